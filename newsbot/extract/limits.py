"""Input limits for `extract()`: bound the work one hostile or pathological page can cause.

Real news pages stay far below these caps (the 418 benchmark pages: at most 2.2 MB and ~8,100 tags; the
longest article bodies are a few 10,000 characters). A page over a cap is cut, not refused: the article
usually starts early in the page, and the output must still be one schema-valid object.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from newsbot.extract.types import BodyResult

logger = logging.getLogger(__name__)

# Bytes (or characters) of HTML read; a 10 MB single line of text is cut here.
EXTRACT_MAX_INPUT_CHARS = 8 * 1024 * 1024
# Tags parsed: per-element work (metadata, boilerplate, body scoring) is ~80 µs, so 100k tags ≈ 8 s.
EXTRACT_MAX_TAGS = 100_000
# Text-level steps (quotes, agency, bylines) scan paragraphs; some scans grow faster than linearly
# (a 20,000-char paragraph of '"x," he said.' repeated took 9 s in the quote step; 10,000 chars ~2.5 s).
EXTRACT_MAX_PARAGRAPH_CHARS = 10_000  # ~1,600 words; a real paragraph is rarely a tenth of that
EXTRACT_MAX_BODY_CHARS = 500_000


# Control characters other than whitespace and ESC: a page made of these is binary served as text/html.
_CONTROL_CHARS = frozenset([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)])
EXTRACT_BINARY_SAMPLE = 4096
EXTRACT_BINARY_MAX_SHARE = 0.10
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_DROP_CONTROL_CHARS = dict.fromkeys(_CONTROL_CHARS)  # str.translate table deleting them
_CONTROL_BYTES = bytes(sorted(_CONTROL_CHARS))


def looks_binary(html: str | bytes) -> bool:
    """True when the start of `html` is mostly control characters (an image or archive sent as text/html)."""
    sample = html[:EXTRACT_BINARY_SAMPLE]
    if not sample:
        return False
    if isinstance(sample, str):
        controls = len(sample) - len(sample.translate(_DROP_CONTROL_CHARS))  # counted in C, not per character
    elif sample.startswith(_UTF16_BOMS):
        return False
    else:
        controls = len(sample) - len(bytes(sample).translate(None, _CONTROL_BYTES))
    return controls > EXTRACT_BINARY_MAX_SHARE * len(sample)


def _nth_index(data: str | bytes, needle: str | bytes, n: int) -> int:
    """Index of the n-th (1-based) occurrence of `needle`, or -1."""
    pos = -1
    for _ in range(n):
        pos = data.find(needle, pos + 1)  # type: ignore[arg-type]
        if pos < 0:
            return -1
    return pos


def cap_input(html: str | bytes, url: str | None) -> str | bytes:
    """`html` cut to EXTRACT_MAX_INPUT_CHARS and to before its EXTRACT_MAX_TAGS-th tag (logged when cut);
    binary data gives "" (a page with no article, not control characters in a body)."""
    if looks_binary(html):
        logger.warning("page %s: binary data, not HTML", url or "<no url>")
        return ""
    if len(html) > EXTRACT_MAX_INPUT_CHARS:
        logger.warning("page %s: %d chars of HTML, reading the first %d", url or "<no url>", len(html), EXTRACT_MAX_INPUT_CHARS)
        html = html[:EXTRACT_MAX_INPUT_CHARS]
    lt: str | bytes = b"<" if isinstance(html, (bytes, bytearray)) else "<"
    if html.count(lt) > EXTRACT_MAX_TAGS:  # type: ignore[arg-type]
        cut = _nth_index(html, lt, EXTRACT_MAX_TAGS + 1)
        logger.warning("page %s: over %d tags, reading the first %d", url or "<no url>", EXTRACT_MAX_TAGS, EXTRACT_MAX_TAGS)
        html = html[:cut]
    return html


def cap_body(body: BodyResult, url: str | None) -> BodyResult:
    """Paragraphs cut to EXTRACT_MAX_PARAGRAPH_CHARS each and EXTRACT_MAX_BODY_CHARS in all (logged when cut)."""
    paragraphs, total, cut = [], 0, False
    for paragraph in body.paragraphs:
        if total >= EXTRACT_MAX_BODY_CHARS:
            cut = True
            break
        if len(paragraph) > EXTRACT_MAX_PARAGRAPH_CHARS:
            paragraph, cut = paragraph[:EXTRACT_MAX_PARAGRAPH_CHARS], True
        paragraphs.append(paragraph)
        total += len(paragraph)
    if not cut:
        return body
    logger.warning("page %s: body over the paragraph/body caps, cut to %d chars", url or "<no url>", total)
    return replace(body, paragraphs=paragraphs)
