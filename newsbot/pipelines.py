"""Item pipelines: validate against the contract, drop duplicates, write JSONL safely, summarize the run.

Every drop is counted in stats as `newsbot/dropped/<reason>` and logged with the URL and the reason.
"""

from __future__ import annotations

import json
import logging
import os
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.exceptions import DropItem
from scrapy.logformatter import LogFormatter
from w3lib.url import canonicalize_url

from newsbot.items import ARTICLE_FIELDS
from newsbot.schema import validation_errors
from newsbot.summary import SUMMARY_DROPPED_PREFIX, build_summary, format_summary

logger = logging.getLogger(__name__)

PIPELINE_MAX_REASONS = 3


class CountedDrop(DropItem):
    """A DropItem that knows its short reason key (e.g. "duplicate_url")."""

    def __init__(self, reason: str, detail: str, url: str | None) -> None:
        super().__init__(f"{reason}: {detail} ({url or 'no url'})")
        self.reason = reason


class _CountingPipeline:
    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Any) -> _CountingPipeline:
        return cls(crawler)

    def drop(self, item: Any, reason: str, detail: str) -> CountedDrop:
        url = item.get("url")
        self.stats.inc_value(f"{SUMMARY_DROPPED_PREFIX}{reason}")
        logger.info("dropped %s: %s: %s", url, reason, detail)
        return CountedDrop(reason, detail, url)


class ValidatePipeline(_CountingPipeline):
    """Contract check (JSON Schema), and pages with no article text at all (empty body, no headline)."""

    def process_item(self, item: Any) -> Any:
        errors = validation_errors(dict(item))
        if errors:
            raise self.drop(item, "invalid", "; ".join(errors[:PIPELINE_MAX_REASONS]))
        if not item.get("body") and not item.get("headline"):
            raise self.drop(item, "no_article", "empty body and no headline")
        return item


def canonical_key(item: Any) -> str:
    return canonicalize_url(item.get("canonical_url") or item.get("url") or "", keep_fragments=False)


class DedupePipeline(_CountingPipeline):
    """Within one run: the same canonical URL, then the same body text (empty bodies are never body-dupes)."""

    def __init__(self, crawler: Any) -> None:
        super().__init__(crawler)
        self.seen_urls: set[str] = set()
        self.seen_bodies: set[str] = set()

    def process_item(self, item: Any) -> Any:
        key = canonical_key(item)
        if key in self.seen_urls:
            raise self.drop(item, "duplicate_url", key)
        sha1 = item.get("body_sha1") if item.get("body") else None
        if sha1 and sha1 in self.seen_bodies:
            raise self.drop(item, "duplicate_body", sha1)
        self.seen_urls.add(key)
        if sha1:
            self.seen_bodies.add(sha1)
        return item


def run_file_name(now: datetime | None = None) -> str:
    return (now or datetime.now(timezone.utc)).strftime("%Y%m%dT%H%M%SZ")


def summary_path_for(output: Path) -> Path:
    """`run.jsonl` -> `run.summary.json` beside it."""
    stem = output.name[: -len(".jsonl")] if output.name.endswith(".jsonl") else output.name
    return output.with_name(f"{stem}.summary.json")


def item_line(item: Any) -> bytes:
    """One JSON line in contract field order."""
    data = dict(item)
    ordered = {name: data[name] for name in ARTICLE_FIELDS if name in data}
    ordered.update({k: v for k, v in data.items() if k not in ordered})
    return (json.dumps(ordered, ensure_ascii=False) + "\n").encode("utf-8")


class JsonlWriterPipeline:
    """Writes `<dir>/<spider>/<UTC time>.jsonl` (or NEWSBOT_OUTPUT_FILE) through a `.part` file.

    Each line goes out in one unbuffered write, so a killed crawl leaves whole lines in the `.part` file;
    the rename to `.jsonl` on close marks a finished run. The run summary is written at spider_closed,
    when Scrapy's core stats (finish reason, elapsed time) are final.
    """

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.output: Path | None = None
        self.part: Path | None = None
        self._fh: Any = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> JsonlWriterPipeline:
        pipeline = cls(crawler)
        crawler.signals.connect(pipeline.write_summary, signal=signals.spider_closed)
        return pipeline

    def output_path(self) -> Path:
        settings = self.crawler.settings
        explicit = settings.get("NEWSBOT_OUTPUT_FILE")
        if explicit:
            return Path(explicit)
        spider_name = self.crawler.spider.name if self.crawler.spider else "crawl"
        folder = Path(settings.get("NEWSBOT_OUTPUT_DIR") or "output") / spider_name
        path = folder / f"{run_file_name()}.jsonl"
        n = 1
        while path.exists() or path.with_name(path.name + ".part").exists():
            n += 1
            path = folder / f"{run_file_name()}-{n}.jsonl"
        return path

    def open_spider(self) -> None:
        self.output = self.output_path()
        self.output.parent.mkdir(parents=True, exist_ok=True)
        self.part = self.output.with_name(self.output.name + ".part")
        self._fh = open(self.part, "wb", buffering=0)  # noqa: SIM115 - held open for the whole run
        self.stats.set_value("newsbot/output_file", str(self.output))

    def process_item(self, item: Any) -> Any:
        self._fh.write(item_line(item))
        self.stats.inc_value("newsbot/written")
        return item

    def close_spider(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None
            os.replace(self.part, self.output)

    def write_summary(self, spider: Any, reason: str) -> None:
        if self.output is None:
            return
        stats = dict(self.stats.get_stats())
        stats.setdefault("finish_reason", reason)
        if stats.get("elapsed_time_seconds") is None and isinstance(stats.get("start_time"), datetime):
            stats["elapsed_time_seconds"] = (datetime.now(timezone.utc) - stats["start_time"]).total_seconds()
        summary = build_summary(stats, spider=spider.name, output_file=str(self.output))
        path = summary_path_for(self.output)
        path.write_text(json.dumps(summary, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        self.stats.set_value("newsbot/summary_file", str(path))
        logger.info("run summary %s: %s", path, format_summary(summary))


class ShortDropLogFormatter(LogFormatter):
    """Drops are logged by the pipelines with URL and reason; Scrapy's default would also dump the whole item.

    Below DEBUG (LOG_LEVEL INFO and up) the per-response "Crawled"/"Scraped" DEBUG lines are not built at all:
    Scrapy's root handler filters by level after the record is made, so every response paid for two records.
    """

    def __init__(self, log_debug: bool = True) -> None:
        self.log_debug = log_debug

    @classmethod
    def from_crawler(cls, crawler: Any) -> ShortDropLogFormatter:
        level = crawler.settings.get("LOG_LEVEL", "DEBUG")
        numeric = level if isinstance(level, int) else logging.getLevelName(str(level).upper())
        return cls(log_debug=not isinstance(numeric, int) or numeric <= logging.DEBUG)

    def crawled(self, request: Any, response: Any, spider: Any) -> Any:
        return super().crawled(request, response, spider) if self.log_debug else None

    def scraped(self, item: Any, response: Any, spider: Any) -> Any:
        return super().scraped(item, response, spider) if self.log_debug else None

    def dropped(self, item: Any, exception: BaseException, response: Any, spider: Any = None) -> Any:
        if not self.log_debug:
            return None
        entry = super().dropped(item, exception, response, spider)
        entry["level"] = logging.DEBUG
        entry["msg"] = "Dropped: %(exception)s"
        return entry
