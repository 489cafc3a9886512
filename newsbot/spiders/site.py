"""`site` spider: one site's sitemaps, feeds and start pages in one crawl (one JSONL, one WARC, one summary).

Used by `newsbot archive` for each configured site. Args (each comma-separated, at least one given):
sitemaps= (sitemap or site URLs, read as the sitemap spider does), feeds= (RSS/Atom), urls= (pages whose
article links are followed, within max_pages/max_depth).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import scrapy

from newsbot.spiders.base import split_arg
from newsbot.spiders.feed import FeedSpider
from newsbot.spiders.sitemap import SitemapSpider
from newsbot.spiders.urls import is_article_like


class SiteSpider(SitemapSpider):
    name = "site"
    parse_feed = FeedSpider.parse_feed

    def __init__(self, *args: Any, sitemaps: str | None = None, feeds: str | None = None, urls: str | None = None, **kwargs: Any):
        self.feed_urls = split_arg(feeds)
        self.page_urls = split_arg(urls)
        kwargs.setdefault("follow", "1" if self.page_urls else "0")
        # SitemapSpider insists on a URL; this spider may have only feeds or pages.
        self.needs_start_urls = False
        super().__init__(*args, urls=sitemaps, **kwargs)
        if not (self.start_urls_given or self.feed_urls or self.page_urls):
            raise ValueError("site spider needs -a sitemaps=, feeds= or urls=")

    async def start(self) -> AsyncIterator[Any]:
        for url in self.start_urls_given:
            if (request := self.start_request_for(url)) is not None:
                yield request
        for url in self.feed_urls:
            yield scrapy.Request(url, callback=self.parse_feed, errback=self.on_error, dont_filter=True)
        for url in self.page_urls:
            yield self.article_request(url) if is_article_like(url) else self.listing_request(url)
