"""Typed shapes shared by the extraction steps (plain dicts on the way out, per the output contract)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypedDict


class Dateline(TypedDict):
    raw: str
    city: str | None
    source: str | None


class Agency(TypedDict):
    raw: str
    codes: list[str]
    agencies: list[str]


class Quote(TypedDict):
    text: str
    speaker: str | None
    cue: str | None
    paragraph: int


class Image(TypedDict):
    url: str | None
    caption: str | None
    credit: str | None


@dataclass
class Byline:
    """A parsed byline: person names split from roles, editors and agencies."""

    raw: str | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)


@dataclass
class BodyResult:
    """What main-text extraction hands to the field steps.

    paragraphs: body paragraphs in reading order, boilerplate already removed (captions, codes and
        credit lines may still be inside; the field steps take them out).
    images: images found in the article container (figure/figcaption, captioned tables), caption split.
    byline_texts: byline-like strings found in the DOM near the article (class/itemprop author, "By ..."),
        raw, best first.
    tags: topic labels shown on the page (tag rows, "TOPIK" lists).
    source_lines: short elements named as the story's source near the text ("Quelle: ntv.de, ino/dpa"), raw;
        the agency step reads them when the text itself ends without an agency line.
    """

    paragraphs: list[str] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    byline_texts: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    headline: str | None = None
    source_lines: list[str] = field(default_factory=list)
