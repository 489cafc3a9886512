"""`newsbot` command line. Each subcommand lives in its own module under newsbot/commands/.

User errors (bad paths, unknown spiders, bad -a/-s syntax) print one clear line and exit 2; no tracebacks.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence

import newsbot.commands
from newsbot.commands._common import EXIT_USAGE, UserError


def command_modules() -> list[str]:
    """Names of the subcommand modules (files in newsbot/commands/ not starting with "_"), sorted."""
    return sorted(m.name for m in pkgutil.iter_modules(newsbot.commands.__path__) if not m.name.startswith("_"))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsbot", description="Crawl news sites and extract articles as JSON lines.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in command_modules():
        importlib.import_module(f"newsbot.commands.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except UserError as exc:
        print(f"newsbot: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
