"""`extract()`: parse once, then run the small field steps in order and assemble the output object."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from typing import Any, TypeVar
from urllib.parse import urlsplit

from newsbot.extract.body import extract_body
from newsbot.extract.document import Document, build_document
from newsbot.extract.fields.agency import agency_in_source_lines, extract_agency
from newsbot.extract.fields.byline import merge_bylines, parse_byline, pull_credit_lines
from newsbot.extract.fields.captions import pull_caption_paragraphs
from newsbot.extract.fields.dateline import dateline_in_bylines, find_dateline
from newsbot.extract.fields.quotes import find_quotes
from newsbot.extract.language import choose_language
from newsbot.extract.limits import cap_body, cap_input
from newsbot.extract.metadata import PageMeta, read_metadata
from newsbot.extract.types import BodyResult, Byline

logger = logging.getLogger(__name__)
T = TypeVar("T")


def _guarded(step: str, url: str | None, default: T, fn: Callable[..., T], *args: Any) -> T:
    """Run one step; a bug in one field must not cost the whole article (logged with the URL)."""
    try:
        return fn(*args)
    except Exception:  # noqa: BLE001 - any step failure degrades to the field's empty value
        logger.exception("extract step %s failed on %s", step, url or "<no url>")
        return default


def domain_of(url: str | None) -> str:
    """Host of `url`, lower case, without a leading "www."; "" when there is none."""
    if not url:
        return ""
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def extract(html: str | bytes, url: str | None = None, *, content_type: str | None = None) -> dict[str, Any]:
    """Extract one article from a page.

    `html` may be bytes (decoded from `content_type`'s charset, then <meta charset>, then detection) or str.
    Never raises on bad input: a page with no article text gives a null headline and an empty body.
    Hostile input is bounded by the caps in `newsbot.extract.limits` (input size, tag count, body length).
    """
    from newsbot import SCHEMA_VERSION, __version__

    doc = build_document(cap_input(html or "", url), url, content_type=content_type)
    meta = _guarded("metadata", url, PageMeta(), read_metadata, doc)
    body = cap_body(_guarded("body", url, BodyResult(), extract_body, doc), url)
    return assemble(doc, meta, body, schema_version=SCHEMA_VERSION, version=__version__)


# A small page that takes extract() through its lazily built parts: no declared language (the language model
# loads), a quote with a speaker (the cue patterns compile), a printed date, a byline, a dateline.
_WARM_UP_PAGE = """<html><head><title>Council approves the harbour plan</title></head><body><article>
<h1>Council approves the harbour plan</h1><p class="byline">By Jane Doe</p><time>March 3, 2024</time>
<p>LONDON (Reuters) - The city council approved the new harbour plan on Tuesday after a long debate about
costs, jobs and the future of the old docks along the river.</p>
<p>"We have waited for this decision for many years and it will change the waterfront," said Mayor John Smith,
who thanked the residents for their patience during the long planning process.</p></article></body></html>"""


def warm_up() -> None:
    """Build what extract() otherwise builds on first use (~0.6 s: the language model, the quote patterns).

    Optional: extract() works cold. A parent process calls it before forking workers, so they share one warm
    extractor instead of each paying for it.
    """
    extract(_WARM_UP_PAGE, url="http://warm-up.invalid/article")


def assemble(doc: Document, meta: PageMeta, body: BodyResult, *, schema_version: str, version: str) -> dict[str, Any]:
    """Run the text-level field steps over the body paragraphs and build the output object."""
    url = doc.url
    paragraphs = list(body.paragraphs)
    paragraphs, caption_images = _guarded("captions", url, (paragraphs, []), pull_caption_paragraphs, paragraphs)
    paragraphs, credit_lines = _guarded("credits", url, (paragraphs, []), pull_credit_lines, paragraphs)
    lead_texts = (meta.description, meta.headline, body.headline)
    start, dateline = _guarded("dateline", url, (0, None), find_dateline, paragraphs, lead_texts)
    paragraphs = paragraphs[start:]
    paragraphs, agency = _guarded(
        "agency", url, (paragraphs, None), extract_agency, paragraphs, dateline["source"] if dateline else None
    )
    if agency is None:  # "Quelle: ntv.de, ino/dpa" set apart from the text, under a "source" class
        agency = _guarded("agency", url, None, agency_in_source_lines, body.source_lines)
    if dateline is None:  # some sites print it in the byline block: "PTI, Washington, Nov 20 2019"
        dateline = _guarded("dateline", url, None, dateline_in_bylines, body.byline_texts)
    text = "\n\n".join(paragraphs)
    language = choose_language(meta.language, text)
    quotes = _guarded("quotes", url, [], find_quotes, paragraphs, language)

    # DOM bylines and body credit lines are merged under different rules (a teaser's byline is no co-author)
    parsed = [_guarded("byline", url, Byline(), parse_byline, raw) for raw in body.byline_texts]
    credits = [_guarded("byline", url, Byline(), parse_byline, raw) for raw in credit_lines]
    byline = merge_bylines(parsed, meta.authors, meta.not_authors, credits)
    if agency is not None or byline.agencies:
        agency = _merge_agency(agency, byline.agencies)

    images = _merge_images(_attach_captions(body.images, caption_images), meta.images)
    return {
        "schema_version": schema_version,
        "url": url or "",
        "canonical_url": meta.canonical_url,
        "domain": domain_of(url or meta.canonical_url),
        "site_name": meta.site_name,
        "language": language,
        "headline": meta.headline or body.headline,
        "description": meta.description,
        "authors": byline.authors,
        "byline": byline.raw,
        "editors": byline.editors,
        "date_published": meta.date_published,
        "date_modified": meta.date_modified,
        "dateline": dateline,
        "body": text,
        "quotes": quotes,
        "agency": agency,
        "images": images,
        "tags": _unique(meta.tags + body.tags),
        "section": meta.section,
        "word_count": len(text.split()),
        "body_sha1": hashlib.sha1(text.encode("utf-8")).hexdigest(),
        "extractor_version": version,
    }


def _merge_agency(agency: dict | None, extra: list[str]) -> dict | None:
    if agency is None:
        return {"raw": ", ".join(extra), "codes": [], "agencies": _unique(extra)} if extra else None
    return {**agency, "agencies": _unique(agency["agencies"] + extra)}


def _attach_captions(images: list[dict], captions: list[dict]) -> list[dict]:
    """Caption lines found in the text ("Warga mengungsi ... (Foto: Istimewa)") go, in order, to the body's
    photos that have no caption or credit (a blog post's image with its caption line under it); the rest stay
    as images without a URL."""
    images = [dict(image) for image in images]
    bare = iter([image for image in images if image.get("url") and not image.get("caption") and not image.get("credit")])
    leftover = []
    for caption in captions:
        target = next(bare, None)
        if target is None:
            leftover.append(caption)
        else:
            target.update(caption=caption.get("caption"), credit=caption.get("credit"))
    return images + leftover


def _merge_images(found: list[dict], from_meta: list[dict]) -> list[dict]:
    """Images from the article body first; metadata images (og:image) fill in only unseen URLs."""
    out, seen = [], set()
    for image in found + from_meta:
        key = image.get("url") or image.get("caption")
        if key in seen:
            continue
        seen.add(key)
        out.append(image)
    return out


def _unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        key = item.casefold()
        if item and key not in seen:
            seen.add(key)
            out.append(item)
    return out
