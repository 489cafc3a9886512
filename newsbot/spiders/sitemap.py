"""`sitemap` spider: robots.txt -> sitemap index -> sitemaps (.xml, .xml.gz, Google News) -> articles.

Parses sitemaps itself (spiders/sitemap_xml.py) so Google News children (publication date, title, keywords,
language) travel with each article request as hints.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy.http import Response

from newsbot.spiders.base import STATS_SKIPPED, NewsSpider, split_arg
from newsbot.spiders.hints import normalize_hint_date
from newsbot.spiders.sitemap_xml import SitemapTooLarge, maybe_gunzip, parse_sitemap, sitemap_urls_from_robots
from newsbot.spiders.urls import is_article_like

SITEMAP_FALLBACK_PATH = "/sitemap.xml"


def looks_like_sitemap_url(url: str) -> bool:
    path = urlsplit(url).path.lower()
    return path.endswith((".xml", ".xml.gz", ".gz")) or "sitemap" in path


class SitemapSpider(NewsSpider):
    """-a url=SITE (robots.txt is read) or a sitemap URL; several comma-separated. Sitemap entries with news
    hints are articles by declaration; plain entries must look article-like (home, category pages are skipped)."""

    name = "sitemap"

    def __init__(self, *args: Any, url: str | None = None, urls: str | None = None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.start_urls_given = split_arg(url) + split_arg(urls)
        self.sitemaps_requested: set[str] = set()
        if not self.start_urls_given and self.needs_start_urls:
            raise ValueError("sitemap spider needs -a url=SITE_OR_SITEMAP_URL")

    async def start(self) -> AsyncIterator[Any]:
        for url in self.start_urls_given:
            if (request := self.start_request_for(url)) is not None:
                yield request

    def start_request_for(self, url: str) -> scrapy.Request | None:
        """A sitemap URL is read directly; a site URL through its robots.txt."""
        if looks_like_sitemap_url(url):
            return self.sitemap_request(url)
        robots = urljoin(url, "/robots.txt")
        return scrapy.Request(robots, callback=self.parse_robots, errback=self.on_robots_error, dont_filter=True)

    def sitemap_request(self, url: str) -> scrapy.Request | None:
        """None for a sitemap already requested in this run (dont_filter bypasses Scrapy's own check: an index
        listing itself must not loop)."""
        if url in self.sitemaps_requested:
            return None
        self.sitemaps_requested.add(url)
        return scrapy.Request(url, callback=self.parse_sitemap, errback=self.on_error, dont_filter=True)

    def parse_robots(self, response: Response) -> Iterator[scrapy.Request]:
        self.count("newsbot/responses/robots")
        sitemaps = sitemap_urls_from_robots(response.text if hasattr(response, "text") else response.body.decode("utf-8", "replace"))
        for url in sitemaps or [urljoin(response.url, SITEMAP_FALLBACK_PATH)]:
            if (request := self.sitemap_request(response.urljoin(url))) is not None:
                yield request

    def on_robots_error(self, failure: Any) -> Iterator[scrapy.Request]:
        """No robots.txt: try the conventional /sitemap.xml."""
        self.on_error(failure)
        if (request := self.sitemap_request(urljoin(failure.request.url, SITEMAP_FALLBACK_PATH))) is not None:
            yield request

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        self.count("newsbot/responses/sitemap")
        try:
            body = maybe_gunzip(response.body, self.settings.getint("NEWSBOT_SITEMAP_MAX_BYTES"))
        except (SitemapTooLarge, OSError, EOFError) as exc:
            self.drop_response(response, "bad_sitemap")
            self.logger.warning("unreadable sitemap %s: %s", response.url, exc)
            return
        sitemap = parse_sitemap(body)
        if sitemap.kind == "unknown":
            self.drop_response(response, "bad_sitemap")
            return
        for entry in sitemap.entries:
            url = response.urljoin(entry.loc)
            if sitemap.kind == "sitemapindex":
                if (request := self.sitemap_request(url)) is not None:
                    yield request
            elif entry.hints or is_article_like(url):
                yield self.article_request(url, hints=entry.hints, lastmod=normalize_hint_date(entry.lastmod) if entry.lastmod else None)
            else:
                self.count(f"{STATS_SKIPPED}/sitemap_not_article")
