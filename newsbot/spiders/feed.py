"""`feed` spider: RSS/Atom feeds (feedparser, any dialect) -> entry links -> articles, with entry hints."""

from __future__ import annotations

import calendar
from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timezone
from typing import Any

import feedparser
import scrapy
from scrapy.http import Response

from newsbot.spiders.base import NewsSpider, split_arg


def iso_utc(parsed: Any) -> str | None:
    """feedparser's UTC struct_time as ISO 8601 ("...Z"); None when absent."""
    if not parsed:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), tz=timezone.utc).isoformat().replace("+00:00", "Z")


def entry_lastmod(entry: Any) -> str | None:
    """When the entry last changed (updated, else published): an incremental run re-fetches an article after it."""
    # dict.get: FeedParserDict.get("updated_parsed") warns and falls back to published_parsed by itself
    return iso_utc(dict.get(entry, "updated_parsed") or dict.get(entry, "published_parsed"))


def entry_hints(entry: Any, feed_language: str | None) -> dict[str, Any]:
    """Title, publication time (UTC), category terms and the feed's language, as article hints."""
    hints: dict[str, Any] = {}
    if entry.get("title"):
        hints["headline"] = entry["title"]
    published = iso_utc(entry.get("published_parsed") or entry.get("updated_parsed"))
    if published:
        hints["date_published"] = published
    tags = [tag.get("term") for tag in entry.get("tags") or [] if tag.get("term")]
    if tags:
        hints["tags"] = tags
    if feed_language:
        hints["language"] = feed_language
    return hints


def entry_links(body: bytes) -> list[tuple[str, dict[str, Any], str | None]]:
    """(link, hints, lastmod) per feed entry; bytes in, so feedparser never touches the network."""
    parsed = feedparser.parse(body)
    language = parsed.feed.get("language")
    return [(entry["link"], entry_hints(entry, language), entry_lastmod(entry)) for entry in parsed.entries if entry.get("link")]


class FeedSpider(NewsSpider):
    """-a url=FEED_URL (several comma-separated)."""

    name = "feed"

    def __init__(self, *args: Any, url: str | None = None, urls: str | None = None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.start_urls_given = split_arg(url) + split_arg(urls)
        if not self.start_urls_given and self.needs_start_urls:
            raise ValueError("feed spider needs -a url=FEED_URL")

    async def start(self) -> AsyncIterator[Any]:
        for url in self.start_urls_given:
            yield self.start_request_for(url)

    def start_request_for(self, url: str) -> scrapy.Request:
        return scrapy.Request(url, callback=self.parse_feed, errback=self.on_error, dont_filter=True)

    def parse_feed(self, response: Response) -> Iterator[scrapy.Request]:
        self.count("newsbot/responses/feed")
        links = entry_links(response.body)
        if not links:
            self.drop_response(response, "empty_feed")
        for link, hints, lastmod in links:
            yield self.article_request(response.urljoin(link), hints=hints, lastmod=lastmod)
