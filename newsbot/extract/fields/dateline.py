from __future__ import annotations

from newsbot.extract.types import Dateline


def parse_dateline(paragraph: str) -> Dateline | None:
    return None
