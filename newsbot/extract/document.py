"""Decode bytes, parse once with lxml, and read embedded metadata: the Document every step reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import lxml.html


@dataclass
class Document:
    url: str | None
    text: str
    tree: Any | None  # lxml.html.HtmlElement, or None when the input is not parseable HTML
    metadata: dict[str, Any] = field(default_factory=dict)  # extruct output: json-ld, opengraph, microdata
    declared_language: str | None = None


def build_document(html: str | bytes, url: str | None = None, *, content_type: str | None = None) -> Document:
    text = html.decode("utf-8", "replace") if isinstance(html, bytes) else html
    try:
        tree = lxml.html.document_fromstring(text) if text.strip() else None
    except Exception:  # noqa: BLE001
        tree = None
    return Document(url=url, text=text, tree=tree)
