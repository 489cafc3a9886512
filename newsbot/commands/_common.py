"""What every `newsbot` subcommand shares: exit codes and the user-error type."""

from __future__ import annotations

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class UserError(Exception):
    """A mistake in the command line or its inputs: message only, exit code 2."""
