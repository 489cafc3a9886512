"""Shared pytest fixtures."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from newsbot.fixtures_server import FixtureServer


@pytest.fixture(scope="session")
def fixture_server() -> Iterator[FixtureServer]:
    """The demo news site (fixtures/) on an ephemeral 127.0.0.1 port for the whole test session."""
    with FixtureServer() as server:
        yield server
