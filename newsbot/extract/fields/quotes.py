from __future__ import annotations

from newsbot.extract.types import Quote


def find_quotes(paragraphs: list[str], language: str | None) -> list[Quote]:
    return []
