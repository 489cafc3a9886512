"""Page-level metadata: headline, description, site name, canonical URL, dates, tags, section."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsbot.extract.document import Document
from newsbot.extract.types import Image


@dataclass
class PageMeta:
    headline: str | None = None
    description: str | None = None
    site_name: str | None = None
    canonical_url: str | None = None
    language: str | None = None
    authors: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    section: str | None = None
    date_published: str | None = None
    date_modified: str | None = None
    images: list[Image] = field(default_factory=list)


def read_metadata(doc: Document) -> PageMeta:
    meta = PageMeta()
    if doc.tree is not None:
        h1 = doc.tree.xpath("//h1")
        meta.headline = h1[0].text_content().strip() or None if h1 else None
    return meta
