"""One pass over the records: counts for every figure of the report, in bounded memory."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from newsbot.analysis.counters import TopCounter
from newsbot.analysis.duplicates import DuplicateFinder
from newsbot.analysis.reader import BadLine

AGGREGATE_BAD_LINE_EXAMPLES = 20
AGGREGATE_QUOTES_CAP = 20  # the last bucket of "quotes per article" holds 20 or more
AGGREGATE_NO_DATE = "(no date)"
AGGREGATE_UNKNOWN = "(unknown)"
AGGREGATE_NONE = "(none)"

# field coverage per site: does the article carry this field?
COVERAGE_FIELDS: dict[str, Callable[[dict[str, Any]], bool]] = {
    "headline": lambda r: bool(r.get("headline")),
    "authors": lambda r: bool(r.get("authors")),
    "date": lambda r: bool(r.get("date_published")),
    "dateline": lambda r: r.get("dateline") is not None,
    "quotes": lambda r: bool(r.get("quotes")),
    "agency": lambda r: r.get("agency") is not None,
    "images": lambda r: bool(r.get("images")),
}


def site_of(record: dict[str, Any]) -> str:
    """The publisher a line belongs to: its site name, else its domain."""
    return record.get("site_name") or record.get("domain") or AGGREGATE_UNKNOWN


def day_of(record: dict[str, Any]) -> str:
    """The publication day as printed (YYYY-MM-DD in the page's own time zone)."""
    value = record.get("date_published")
    return value[:10] if value and len(value) >= 10 else AGGREGATE_NO_DATE


@dataclass
class CrawlStats:
    lines: int = 0
    articles: int = 0
    bad_lines: Counter[str] = field(default_factory=Counter)
    bad_examples: list[BadLine] = field(default_factory=list)
    per_day: Counter[str] = field(default_factory=Counter)
    per_site_day: Counter[tuple[str, str]] = field(default_factory=Counter)
    coverage: dict[str, Counter[str]] = field(default_factory=dict)  # site -> field -> articles having it
    languages: Counter[str] = field(default_factory=Counter)
    sections: TopCounter = field(default_factory=TopCounter)
    agencies: TopCounter = field(default_factory=TopCounter)
    cities: TopCounter = field(default_factory=TopCounter)
    speakers: TopCounter = field(default_factory=TopCounter)
    unattributed_quotes: int = 0
    quotes_per_article: Counter[int] = field(default_factory=Counter)
    duplicates: DuplicateFinder = field(default_factory=DuplicateFinder)

    def add_bad(self, bad: BadLine) -> None:
        self.lines += 1
        self.bad_lines[bad.reason] += 1
        if len(self.bad_examples) < AGGREGATE_BAD_LINE_EXAMPLES:
            self.bad_examples.append(bad)

    def add(self, file_index: int, record: dict[str, Any]) -> None:
        self.lines += 1
        self.articles += 1
        site, day = site_of(record), day_of(record)
        self.per_day[day] += 1
        self.per_site_day[site, day] += 1
        cover = self.coverage.setdefault(site, Counter())
        cover["articles"] += 1
        for name, has in COVERAGE_FIELDS.items():
            if has(record):
                cover[name] += 1
        self.languages[record.get("language") or AGGREGATE_UNKNOWN] += 1
        self.sections.add(record.get("section") or AGGREGATE_NONE)
        self._add_credits(record)
        self._add_quotes(record.get("quotes") or [])
        self.duplicates.add(record["body_sha1"], file_index)

    def _add_credits(self, record: dict[str, Any]) -> None:
        agency = record.get("agency") or {}
        for name in dict.fromkeys(agency.get("agencies") or ()):  # once per article
            self.agencies.add(name)
        city = (record.get("dateline") or {}).get("city")
        if city:
            self.cities.add(city)

    def _add_quotes(self, quotes: list[dict[str, Any]]) -> None:
        self.quotes_per_article[min(len(quotes), AGGREGATE_QUOTES_CAP)] += 1
        for quote in quotes:
            if quote.get("speaker"):
                self.speakers.add(quote["speaker"])
            else:
                self.unattributed_quotes += 1


def aggregate(items: Iterable[tuple[int, dict[str, Any] | BadLine]]) -> CrawlStats:
    stats = CrawlStats()
    for file_index, item in items:
        if isinstance(item, BadLine):
            stats.add_bad(item)
        else:
            stats.add(file_index, item)
    return stats
