"""Incremental crawling on the seen-store (newsbot/state.py), switched on by NEWSBOT_STATE_DIR.

- SeenStoreSpiderMiddleware drops article requests whose URL a previous run wrote, unless the sitemap/feed date
  (request meta `newsbot_lastmod`) is newer than what we recorded. Listing, sitemap and feed requests always pass.
- IncrementalPipeline drops a re-fetched article whose body did not change, and gives a changed one a
  `date_modified` (the page's own, else the sitemap/feed date, else the fetch time).
- SeenStoreRecordPipeline records an article after JsonlWriterPipeline wrote its line.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from scrapy import Request
from scrapy.exceptions import NotConfigured
from scrapy.spidermiddlewares.base import BaseSpiderMiddleware

from newsbot.pipelines import CountedDrop
from newsbot.state import SeenStore
from newsbot.summary import SUMMARY_DROPPED_PREFIX, SUMMARY_SKIPPED_PREFIX

logger = logging.getLogger(__name__)

META_ARTICLE = "newsbot_article"
META_LASTMOD = "newsbot_lastmod"


@dataclass(frozen=True)
class ArticleOrigin:
    """How an item's page was requested: the URL before redirects and the sitemap/feed date, if any."""

    requested_url: str
    lastmod: str | None


def article_origin(crawler: Any, item: Any) -> ArticleOrigin:
    spider = getattr(crawler, "spider", None)
    origins = getattr(spider, "article_origins", {})
    return origins.get(item.get("url")) or ArticleOrigin(item.get("url") or "", None)


def open_store(crawler: Any) -> SeenStore:
    state_dir = crawler.settings.get("NEWSBOT_STATE_DIR")
    if not state_dir:
        raise NotConfigured  # off unless configured (no message: Scrapy would warn)
    return SeenStore(state_dir)


class SeenStoreSpiderMiddleware(BaseSpiderMiddleware):
    def __init__(self, crawler: Any) -> None:
        super().__init__(crawler)
        self.store = open_store(crawler)
        # an article listed in two sitemaps (plain and news) is skipped twice but is one article
        self.skipped_urls: set[str] = set()

    def get_processed_request(self, request: Request, response: Any) -> Request | None:
        if not request.meta.get(META_ARTICLE) or self.store.needs_fetch(request.url, request.meta.get(META_LASTMOD)):
            return request
        if request.url not in self.skipped_urls:
            self.skipped_urls.add(request.url)
            self.crawler.stats.inc_value(f"{SUMMARY_SKIPPED_PREFIX}seen")
        logger.debug("already written in an earlier run: %s", request.url)
        return None


class IncrementalPipeline:
    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.store = open_store(crawler)

    @classmethod
    def from_crawler(cls, crawler: Any) -> IncrementalPipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        origin = article_origin(self.crawler, item)
        previous = self.store.get(origin.requested_url) or self.store.get(item.get("url") or "")
        if previous is None:
            return item
        if previous.body_sha1 == item.get("body_sha1"):
            self.crawler.stats.inc_value(f"{SUMMARY_DROPPED_PREFIX}unchanged")
            raise CountedDrop("unchanged", "body as in an earlier run", item.get("url"))
        item["date_modified"] = item.get("date_modified") or origin.lastmod or item.get("fetched_at")
        self.crawler.stats.inc_value("newsbot/updated")
        return item


class SeenStoreRecordPipeline:
    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.store = open_store(crawler)

    @classmethod
    def from_crawler(cls, crawler: Any) -> SeenStoreRecordPipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        origin = article_origin(self.crawler, item)
        urls = [origin.requested_url, item.get("url"), item.get("canonical_url")]
        self.store.record(urls, item.get("body_sha1"), origin.lastmod)
        getattr(self.crawler.spider, "article_origins", {}).pop(item.get("url"), None)
        return item
