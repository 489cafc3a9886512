from __future__ import annotations

from newsbot.extract.types import Agency


def extract_agency(paragraphs: list[str], dateline_source: str | None = None) -> tuple[list[str], Agency | None]:
    return paragraphs, None
