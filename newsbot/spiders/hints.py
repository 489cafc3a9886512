"""Hints from sitemaps and feeds (date, title, keywords, language) fill fields the page itself left empty."""

from __future__ import annotations

import re
from typing import Any

from dateutil import parser as dateutil_parser

HINT_FIELDS = ("date_published", "headline", "tags", "language")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$")
_LANGUAGE = re.compile(r"^([a-zA-Z]{2})(?:[-_].*)?$")


def normalize_hint_date(value: str) -> str | None:
    """An ISO 8601 date as the contract wants it; W3C datetimes pass, other formats are parsed; junk -> None."""
    value = value.strip()
    if _ISO_DATE.match(value):
        return value
    try:
        return dateutil_parser.parse(value).isoformat()
    except (ValueError, OverflowError):
        return None


def normalize_hint_language(value: str) -> str | None:
    """ISO 639-1 from a tag like "id", "en-US", "zh_cn"; None when it is not one."""
    match = _LANGUAGE.match(value.strip())
    return match.group(1).lower() if match else None


def clean_hints(hints: dict[str, Any]) -> dict[str, Any]:
    """Only contract-valid hint values survive."""
    out: dict[str, Any] = {}
    if isinstance(hints.get("date_published"), str):
        date = normalize_hint_date(hints["date_published"])
        if date:
            out["date_published"] = date
    if isinstance(hints.get("headline"), str) and hints["headline"].strip():
        out["headline"] = hints["headline"].strip()
    tags = [t.strip() for t in hints.get("tags") or [] if isinstance(t, str) and t.strip()]
    if tags:
        out["tags"] = tags
    if isinstance(hints.get("language"), str):
        language = normalize_hint_language(hints["language"])
        if language:
            out["language"] = language
    return out


def merge_hints(*sources: dict[str, Any] | None) -> dict[str, Any]:
    """First non-empty value per field wins (a Google News sitemap entry beats a plain one)."""
    out: dict[str, Any] = {}
    for source in sources:
        for key, value in (source or {}).items():
            if value and key not in out:
                out[key] = value
    return out


def apply_hints(extracted: dict[str, Any], hints: dict[str, Any] | None) -> dict[str, Any]:
    """`extracted` with empty hint fields filled from `hints`; what the page states always wins."""
    cleaned = clean_hints(hints or {})
    out = dict(extracted)
    for name in HINT_FIELDS:
        if name in cleaned and not out.get(name):
            out[name] = cleaned[name]
    return out
