"""Sitemap reading that keeps Google News hints (Scrapy's SitemapSpider drops the news:* children).

Parsing is defensive: no entity expansion, no network, no huge trees, recover from broken XML.
"""

from __future__ import annotations

import gzip
import io
import re
from dataclasses import dataclass, field

from lxml import etree

SITEMAP_GZIP_MAGIC = b"\x1f\x8b"
_ROBOTS_SITEMAP = re.compile(r"^\s*sitemap\s*:\s*(\S+)", re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True)
class SitemapEntry:
    """One <url> (or <sitemap>) entry: its location, lastmod and news hints (may be empty)."""

    loc: str
    lastmod: str | None = None
    hints: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Sitemap:
    kind: str  # "sitemapindex", "urlset" or "unknown"
    entries: list[SitemapEntry]


class SitemapTooLarge(ValueError):
    pass


def sitemap_urls_from_robots(text: str) -> list[str]:
    """The Sitemap: lines of a robots.txt, in order, without duplicates."""
    return list(dict.fromkeys(_ROBOTS_SITEMAP.findall(text)))


def maybe_gunzip(body: bytes, max_size: int) -> bytes:
    """Gunzip `body` when it is gzip data (a .xml.gz served without Content-Encoding); cap the output size."""
    if not body.startswith(SITEMAP_GZIP_MAGIC):
        return body
    with gzip.GzipFile(fileobj=io.BytesIO(body)) as fh:
        data = fh.read(max_size + 1)
    if len(data) > max_size:
        raise SitemapTooLarge(f"decompressed sitemap over {max_size} bytes")
    return data


def _safe_parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, recover=True, remove_comments=True, load_dtd=False
    )


def _local(tag: object) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _child_text(node: etree._Element, name: str) -> str | None:
    for child in node:
        if _local(child.tag) == name and child.text and child.text.strip():
            return child.text.strip()
    return None


def _news_hints(url_node: etree._Element) -> dict[str, object]:
    """news:publication_date, news:title, news:keywords, news:language of one <url>, when present."""
    hints: dict[str, object] = {}
    for news in url_node:
        if _local(news.tag) != "news":
            continue
        date = _child_text(news, "publication_date")
        title = _child_text(news, "title")
        keywords = _child_text(news, "keywords")
        language = None
        for publication in news:
            if _local(publication.tag) == "publication":
                language = _child_text(publication, "language")
        if date:
            hints["date_published"] = date
        if title:
            hints["headline"] = title
        if keywords:
            hints["tags"] = [k.strip() for k in keywords.split(",") if k.strip()]
        if language:
            hints["language"] = language
    return hints


def parse_sitemap(body: bytes) -> Sitemap:
    """A sitemap index or URL set from XML bytes (already gunzipped); unknown/unparseable gives no entries."""
    try:
        root = etree.fromstring(body, parser=_safe_parser())
    except etree.XMLSyntaxError:
        return Sitemap("unknown", [])
    if root is None:
        return Sitemap("unknown", [])
    kind = _local(root.tag)
    child_name = {"sitemapindex": "sitemap", "urlset": "url"}.get(kind)
    if child_name is None:
        return Sitemap("unknown", [])
    entries = []
    for node in root:
        if _local(node.tag) != child_name:
            continue
        loc = _child_text(node, "loc")
        if loc:
            hints = _news_hints(node) if kind == "urlset" else {}
            entries.append(SitemapEntry(loc, _child_text(node, "lastmod"), hints))
    return Sitemap(kind, entries)
