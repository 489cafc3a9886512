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
        if not self.start_urls_given:
            raise ValueError("sitemap spider needs -a url=SITE_OR_SITEMAP_URL")

    async def start(self) -> AsyncIterator[Any]:
        for url in self.start_urls_given:
            if looks_like_sitemap_url(url):
                yield self.sitemap_request(url)
            else:
                yield scrapy.Request(urljoin(url, "/robots.txt"), callback=self.parse_robots, errback=self.on_robots_error)

    def sitemap_request(self, url: str) -> scrapy.Request:
        return scrapy.Request(url, callback=self.parse_sitemap, errback=self.on_error)

    def parse_robots(self, response: Response) -> Iterator[scrapy.Request]:
        self.count("newsbot/responses/robots")
        sitemaps = sitemap_urls_from_robots(response.text if hasattr(response, "text") else response.body.decode("utf-8", "replace"))
        for url in sitemaps or [urljoin(response.url, SITEMAP_FALLBACK_PATH)]:
            yield self.sitemap_request(response.urljoin(url))

    def on_robots_error(self, failure: Any) -> Iterator[scrapy.Request]:
        """No robots.txt: try the conventional /sitemap.xml."""
        self.on_error(failure)
        yield self.sitemap_request(urljoin(failure.request.url, SITEMAP_FALLBACK_PATH))

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
                yield self.sitemap_request(url)
            elif entry.hints or is_article_like(url):
                yield self.article_request(url, hints=entry.hints)
            else:
                self.count(f"{STATS_SKIPPED}/sitemap_not_article")
