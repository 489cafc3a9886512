from __future__ import annotations

from newsbot.extract.types import Byline


def parse_byline(raw: str) -> Byline:
    return Byline(raw=raw)


def pull_credit_lines(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    return paragraphs, []


def merge_bylines(parsed: list[Byline], metadata_authors: list[str]) -> Byline:
    first = parsed[0] if parsed else Byline()
    return Byline(raw=first.raw, authors=first.authors or list(metadata_authors), editors=first.editors,
                  agencies=first.agencies)
