"""Publication dates: parse printed/declared dates to ISO 8601, and find a page's published/modified dates.

Fast path first (ISO 8601, RFC 2822, numeric d/m/y) with the standard library and dateutil; dateparser
(slow) only for human forms ("Rabu, 19 Mei 2021 10:15 WIB"), restricted to the page's languages.
Offsets stay as the page prints them; a date with no time stays a date (no invented midnight).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import datetime, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import lxml.etree
from dateutil.parser import isoparse

from newsbot.extract.document import Document, json_ld_articles
from newsbot.extract.lexicon.dates_sources import (
    DATES_MODIFIED_META,
    DATES_MONTH_FIRST_REGIONS,
    DATES_PUBLISHED_META,
)
from newsbot.extract.lexicon.dates_zones import DATES_TIME_CONNECTORS, DATES_ZONE_OFFSETS

_ISO = re.compile(
    r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?$", re.I
)
_RFC_2822 = re.compile(r"^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{2}:\d{2}")
_NUMERIC = re.compile(
    r"(?<!\d)(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)"
    r"(?:[\s,T|-]+(?:[^\W\d]+\.?\s+)?(\d{1,2})[:.h](\d{2})(?![\d/])(?::(\d{2}))?(?:\s*([ap])\.?m\.?)?)?",
    re.I,
)
_ZONE = re.compile(r"(?<![\w+-])(" + "|".join(sorted(DATES_ZONE_OFFSETS, key=len, reverse=True)) + r")(?!\w)")
_NUMERIC_OFFSET = re.compile(r"(?:\b(?:GMT|UTC)\s*)?(?<![\d:])([+-])(\d{1,2})(?::?(\d{2}))?(?!\d)\s*$", re.I)
_GMT_OFFSET = re.compile(r"\b(?:GMT|UTC)\s*([+-])(\d{1,2})(?::?(\d{2}))?(?!\d)", re.I)
_YEAR = re.compile(r"(?<!\d)(?:1[89]|2[01])\d{2}(?!\d)")
_HAS_TIME = re.compile(r"(?<!\d)\d{1,2}\s*[:.h]\s*\d{2}(?!\d)|\b\d{1,2}\s*[ap]\.?m\b", re.I)
_CONNECTORS = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c) for c in DATES_TIME_CONNECTORS) + r")(?!\w)", re.I)
_CLOCK_WORDS = re.compile(r"(?<!\w)(?:uhr|hrs|h(?=\s*$))(?!\w)|[|•·]", re.I)
_AMPM_DOTS = re.compile(r"\b([ap])\.\s?m\.?", re.I)
_DOTTED_TIME = re.compile(r"(?<!\d)(\d{1,2})[.h](\d{2})(?![\d.])")
_MAX_DATE_CHARS = 120
_MAX_LABEL_WORDS = 3


def parse_date(
    text: str | None,
    *,
    languages: list[str] | None = None,
    default_tz: str | None = None,
    month_first: bool = False,
) -> str | None:
    """ISO 8601 for a printed or declared date ("2021-05-19T10:15:00+07:00" or "2021-05-19"), else None.

    Relative dates ("2 hours ago") and dates without a year give None. `default_tz` (IANA name or
    "+07:00") applies only when the text has a time but no zone. `month_first` reads an ambiguous
    numeric date ("05/06/2021") as US pages print it (May 6); otherwise day first (5 June).
    """
    text = " ".join((text or "").split())
    if not text or len(text) > _MAX_DATE_CHARS:
        return None
    parsed = (
        _parse_iso(text)
        or _parse_rfc_2822(text)
        or _parse_numeric(text, month_first)
        or _parse_human(text, languages)
    )
    if parsed is None:
        return None
    moment, has_time = parsed
    if not 1800 < moment.year < 2200:
        return None
    if not has_time:
        return moment.date().isoformat()
    if moment.tzinfo is None and default_tz:
        moment = _localize(moment, default_tz)
    return moment.isoformat(timespec="seconds")


def _parse_iso(text: str) -> tuple[datetime, bool] | None:
    if not _ISO.match(text):
        return None
    try:
        moment = isoparse(text.replace(" ", "T", 1).replace(" ", ""))
    except (ValueError, OverflowError):
        return None
    return moment, len(text) > 10


def _parse_rfc_2822(text: str) -> tuple[datetime, bool] | None:
    if not _RFC_2822.match(text):
        return None
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:  # "-0000" means "zone unknown" in RFC 2822
        return moment, True
    return moment, True


def _parse_numeric(text: str, month_first: bool = False) -> tuple[datetime, bool] | None:
    """"19/05/2021 10:15", "19.05.2021", "05/19/2021 3:04 PM": day first (month first on US pages)
    unless that is impossible. Dotted dates ("05.06.2021") are day first everywhere."""
    match = _NUMERIC.search(text)
    if not match or not _only_labels_around(text, match):
        return None
    first, separator, second, year, hour, minute, second_of_minute, half = match.groups()
    day, month = int(first), int(second)
    if month_first and separator != ".":
        day, month = month, day
    if month > 12 and day <= 12:
        day, month = month, day
    year_number = int(year) + (2000 if len(year) == 2 else 0)
    try:
        moment = datetime(year_number, month, day)
        if hour is not None:
            hours = _to_24_hours(int(hour), half)
            moment = moment.replace(hour=hours, minute=int(minute), second=int(second_of_minute or 0))
    except ValueError:
        return None
    offset = _zone_in(text[match.end() :])
    return (moment.replace(tzinfo=offset) if offset and hour is not None else moment), hour is not None


def _only_labels_around(text: str, match: re.Match[str]) -> bool:
    """The numeric date is the substance of the text, not a number inside a sentence."""
    rest = text[: match.start()] + " " + text[match.end() :]
    return not re.search(r"\d", _ZONE.sub("", _GMT_OFFSET.sub("", rest)))


def _to_24_hours(hour: int, half: str | None) -> int:
    if half is None:
        return hour
    if half.lower() == "p" and hour < 12:
        return hour + 12
    if half.lower() == "a" and hour == 12:
        return 0
    return hour


def _parse_human(text: str, languages: list[str] | None) -> tuple[datetime, bool] | None:
    if not _YEAR.search(text):  # a date with no year would be completed with this year: invented
        return None
    offset = _zone_in(text)
    cleaned = _strip_zone(text)
    cleaned = _AMPM_DOTS.sub(lambda m: m.group(1) + "m", cleaned)
    cleaned = _CLOCK_WORDS.sub(" ", _CONNECTORS.sub(" ", cleaned))
    cleaned = _DOTTED_TIME.sub(r"\1:\2", cleaned)
    cleaned = " ".join(cleaned.replace(" ,", ",").split()).strip(" ,-/|")
    if not cleaned:
        return None
    parser = _date_parser(tuple(_dateparser_languages(languages)))
    words = cleaned.split(" ")
    # Labels before the date ("Published", "Diperbarui") stop dateparser: retry without leading words.
    for skip in range(min(_MAX_LABEL_WORDS, len(words) - 1) + 1):
        data = parser.get_date_data(" ".join(words[skip:]))
        parts = set(data.parts or ()) if data.date_obj is not None else set()
        if {"day", "month", "year"} <= parts:
            break
    else:
        return None
    has_time = "time" in parts or bool(_HAS_TIME.search(text))
    moment = data.date_obj
    if has_time and offset is not None:
        moment = moment.replace(tzinfo=offset)
    elif moment.tzinfo is not None and not has_time:
        moment = moment.replace(tzinfo=None)
    return moment, has_time


def _zone_in(text: str) -> tzinfo | None:
    gmt = _GMT_OFFSET.search(text)
    if gmt:
        return _offset(gmt.group(1), gmt.group(2), gmt.group(3))
    numeric = _NUMERIC_OFFSET.search(text)
    if numeric and _HAS_TIME.search(text[: numeric.start()]):
        return _offset(numeric.group(1), numeric.group(2), numeric.group(3))
    zone = _ZONE.search(text)
    if zone:
        value = DATES_ZONE_OFFSETS[zone.group(1)]
        if value[0] not in "+-":
            return ZoneInfo(value)
        hours, minutes = value[1:].split(":")
        return _offset(value[0], hours, minutes)
    return None


def _strip_zone(text: str) -> str:
    text = _GMT_OFFSET.sub(" ", text)
    numeric = _NUMERIC_OFFSET.search(text)
    if numeric and _HAS_TIME.search(text[: numeric.start()]):
        text = text[: numeric.start()]
    return _ZONE.sub(" ", text)


def _offset(sign: str, hours: str, minutes: str | None) -> tzinfo | None:
    delta = timedelta(hours=int(hours), minutes=int(minutes or 0))
    if delta > timedelta(hours=14):
        return None
    return timezone(-delta if sign == "-" else delta)


def _localize(moment: datetime, zone: str) -> datetime:
    match = re.fullmatch(r"([+-])(\d{2}):?(\d{2})", zone.strip())
    if match:
        offset = _offset(*match.groups())
        return moment.replace(tzinfo=offset) if offset else moment
    try:
        return moment.replace(tzinfo=ZoneInfo(zone))
    except (ZoneInfoNotFoundError, ValueError):
        return moment


def _dateparser_languages(languages: list[str] | None) -> list[str]:
    """The page's languages that dateparser knows, plus English (month names in English are everywhere)."""
    known = _dateparser_known_languages()
    chosen = [code for code in (languages or []) if code in known]
    return list(dict.fromkeys([*chosen, "en"]))


@lru_cache(maxsize=1)
def _dateparser_known_languages() -> frozenset[str]:
    from dateparser.data.languages_info import language_order

    return frozenset(language_order)


@lru_cache(maxsize=64)
def _date_parser(languages: tuple[str, ...]) -> Any:
    # Imported late: dateparser costs ~60 ms to import and most pages never need it.
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=list(languages),
        settings={
            "PARSERS": ["custom-formats", "absolute-time"],  # no "relative-time": "2 hours ago" is not a date
            "DATE_ORDER": "DMY",
            "PREFER_DAY_OF_MONTH": "first",
            "RETURN_AS_TIMEZONE_AWARE": False,
            "STRICT_PARSING": False,
        },
    )


# --- finding a page's dates -----------------------------------------------------------------------

_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|[^\d]|$)")
_TEXT_DATE_HINT = re.compile(r"(?<!\d)(?:1[89]|2[01])\d{2}(?!\d)|(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-]\d{2}(?!\d)")
_PUBLISHED_ELEMENTS = lxml.etree.XPath(
    "//time[@datetime][@itemprop='datePublished' or @pubdate or contains(@class, 'publish')]/@datetime"
    " | //*[@itemprop='datePublished'][@content]/@content"
    " | //abbr[contains(concat(' ', normalize-space(@class), ' '), ' published ')]/@title"
)
_MODIFIED_ELEMENTS = lxml.etree.XPath(
    "//time[@datetime][@itemprop='dateModified' or contains(@class, 'updated') or contains(@class, 'modified')]"
    "/@datetime | //*[@itemprop='dateModified'][@content]/@content"
    " | //abbr[contains(concat(' ', normalize-space(@class), ' '), ' updated ')]/@title"
)
_ANY_TIME = lxml.etree.XPath("(//time[@datetime])[1]/@datetime")
_TEXT_AFTER_HEADLINE = lxml.etree.XPath("(//h1)[1]/following::text()[normalize-space()][position() <= 60]")
_MAX_VISIBLE_DATE_CHARS = 80
_MAX_DETECTION_TEXTS = 200


def find_dates(doc: Document) -> tuple[str | None, str | None]:
    """(published, modified) as ISO 8601; modified only when stated and different from published.

    Declared sources first (JSON-LD, <meta>, <time>/microdata), then the visible date near the
    headline, then a date in the URL path.
    """
    from newsbot.extract.language import iso639_1  # late: language.py stays free of date concerns

    languages = [code] if (code := iso639_1(doc.declared_language)) else None
    month_first = prints_month_first(doc)
    published = _first_date(_declared_published(doc), languages, month_first)
    if published is None and doc.tree is not None:
        published = _visible_date(doc.tree, languages or _detected_languages(doc.tree), month_first)
    if published is None:
        published = date_from_url(doc.url)
    modified = _first_date(_declared_modified(doc), languages, month_first)
    if modified is not None and published is not None and _same_moment(modified, published):
        modified = None
    return published, modified


def prints_month_first(doc: Document) -> bool:
    """The page declares a locale whose numeric dates put the month first (en-US: 05/06/2021 = May 6)."""
    declared = [doc.declared_language, *doc.meta_tags.get("og:locale", []), *doc.meta_tags.get("content-language", [])]
    for value in declared:
        parts = re.split(r"[-_]", (value or "").strip())
        if len(parts) >= 2 and parts[0].casefold() in ("en", "es", "fil") and len(parts[-1]) == 2:
            return parts[-1].upper() in DATES_MONTH_FIRST_REGIONS
    return False


def date_from_url(url: str | None) -> str | None:
    """"https://x.com/2021/05/19/story" -> "2021-05-19"."""
    match = _URL_DATE.search(url or "")
    if not match:
        return None
    try:
        return datetime(*(int(part) for part in match.groups())).date().isoformat()
    except ValueError:
        return None


def _declared_published(doc: Document) -> Iterator[str | None]:
    """Candidates best first, lazily: most pages stop at JSON-LD, so the tree is rarely searched."""
    yield from (_json_ld_value(item.get("datePublished")) for item in json_ld_articles(doc))
    yield from (value for key in DATES_PUBLISHED_META[:3] for value in doc.meta_tags.get(key, []))
    if doc.tree is not None:
        yield from (str(value) for value in _PUBLISHED_ELEMENTS(doc.tree))
    yield from (_json_ld_value(item.get("datePublished")) for item in doc.metadata.get("json-ld", []))
    yield from (value for key in DATES_PUBLISHED_META[3:] for value in doc.meta_tags.get(key, []))
    if doc.tree is not None:
        yield from (str(value) for value in _ANY_TIME(doc.tree))


def _declared_modified(doc: Document) -> Iterator[str | None]:
    yield from (_json_ld_value(item.get("dateModified")) for item in json_ld_articles(doc))
    yield from (value for key in DATES_MODIFIED_META for value in doc.meta_tags.get(key, []))
    if doc.tree is not None:
        yield from (str(value) for value in _MODIFIED_ELEMENTS(doc.tree))


def _json_ld_value(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@value")
    return value if isinstance(value, str) else None


def _first_date(candidates: Iterable[str | None], languages: list[str] | None, month_first: bool = False) -> str | None:
    for candidate in candidates:
        parsed = parse_date(candidate, languages=languages, month_first=month_first) if candidate else None
        if parsed:
            return parsed
    return None


def _visible_date(tree: Any, languages: list[str] | None, month_first: bool = False) -> str | None:
    """The first printed date among the texts that follow the headline."""
    for text in _TEXT_AFTER_HEADLINE(tree):
        text = " ".join(str(text).split())
        if len(text) <= _MAX_VISIBLE_DATE_CHARS and _TEXT_DATE_HINT.search(text):
            parsed = parse_date(text, languages=languages, month_first=month_first)
            if parsed:
                return parsed
    return None


def _detected_languages(tree: Any) -> list[str] | None:
    """Month names need a language: detect it from the page text when the page declares none."""
    from newsbot.extract.language import choose_language

    detected = choose_language(None, " ".join(tree.xpath("//p//text()")[:_MAX_DETECTION_TEXTS]))
    return [detected] if detected else None


def _same_moment(first: str, second: str) -> bool:
    if first == second:
        return True
    try:
        a, b = datetime.fromisoformat(first), datetime.fromisoformat(second)
    except ValueError:
        return False
    if (a.tzinfo is None) != (b.tzinfo is None) or len(first) == 10 or len(second) == 10:
        return a.date() == b.date() and (len(first) == 10 or len(second) == 10)
    return abs((a - b).total_seconds()) < 60
