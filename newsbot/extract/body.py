"""Main text: find the article container, drop boilerplate, return paragraphs."""

from __future__ import annotations

from newsbot.extract.document import Document
from newsbot.extract.types import BodyResult


def extract_body(doc: Document) -> BodyResult:
    if doc.tree is None:
        return BodyResult()
    paragraphs = [" ".join(p.text_content().split()) for p in doc.tree.xpath("//p")]
    return BodyResult(paragraphs=[p for p in paragraphs if p])
