"""Sitemap reading that keeps Google News hints (Scrapy's SitemapSpider drops the news:* children).

Parsing is defensive: no entity expansion (XXE, billion laughs), no DTD, no network, libxml2's depth limit
(no huge trees), streaming with an entry cap, recovery from broken XML; gunzip with a decompression cap.
"""

from __future__ import annotations

import gzip
import io
import logging
import re
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

logger = logging.getLogger(__name__)

SITEMAP_GZIP_MAGIC = b"\x1f\x8b"
SITEMAP_MAX_ENTRIES = 50_000  # the sitemaps.org limit per file; a file claiming 10^6 URLs is not read past it
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


def _safe_events(body: bytes) -> Any:
    """Streaming parse events: no entity expansion, no DTD, no network, libxml2's default depth/size limits."""
    return etree.iterparse(
        io.BytesIO(body), events=("start", "end"), resolve_entities=False, no_network=True, load_dtd=False,
        huge_tree=False, recover=True, remove_comments=True, remove_pis=True,
    )


def parse_sitemap(body: bytes, max_entries: int = SITEMAP_MAX_ENTRIES) -> Sitemap:
    """A sitemap index or URL set from XML bytes (already gunzipped); unknown/unparseable gives no entries.

    Streams the XML and frees each entry once read, so memory stays flat on a 50 MB file; reads at most
    `max_entries` entries (the sitemaps.org limit is 50,000 per file) and logs what it left out.
    """
    kind, child_name, entries = "unknown", None, []
    depth, complete, over_limit = 0, False, False
    try:
        for event, node in _safe_events(body):
            if event == "start":
                depth += 1
                if depth == 1:
                    kind = _local(node.tag)
                    child_name = {"sitemapindex": "sitemap", "urlset": "url"}.get(kind)
                    if child_name is None:
                        return Sitemap("unknown", [])
                continue
            depth -= 1
            complete = depth == 0
            if depth != 1 or _local(node.tag) != child_name:
                continue
            if len(entries) >= max_entries:
                over_limit = True
                break
            if loc := _child_text(node, "loc"):
                hints = _news_hints(node) if kind == "urlset" else {}
                entries.append(SitemapEntry(loc, _child_text(node, "lastmod"), hints))
            node.clear(keep_tail=False)
            parent = node.getparent()
            while parent is not None and node.getprevious() is not None:
                del parent[0]  # entries already read: free them as we go
    except etree.XMLSyntaxError as exc:
        logger.warning("sitemap XML broken after %d entries: %s", len(entries), exc)
    if over_limit:
        logger.warning("sitemap has more than %d entries; the rest was not read", max_entries)
    elif not complete and child_name:
        # libxml2 stops quietly (recover mode) on entity amplification, excessive depth or broken markup
        logger.warning("sitemap XML ended early (broken, too deep or entity-amplified) after %d entries", len(entries))
    return Sitemap(kind if child_name else "unknown", entries)
