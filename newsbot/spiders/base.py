"""The one step every newsbot spider shares: response -> extract() -> ArticleLoader -> item, plus link following."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import scrapy
from scrapy import signals
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from newsbot.extract import extract
from newsbot.incremental import META_ARTICLE, META_LASTMOD, ArticleOrigin
from newsbot.loaders import load_article
from newsbot.spiders.hints import apply_hints, merge_hints
from newsbot.spiders.urls import is_article_like, is_pagination, same_site
from newsbot.summary import SUMMARY_ACCOUNTING_KEY, SUMMARY_ACCOUNTING_PER_REQUEST, SUMMARY_ERRORS_PREFIX

logger = logging.getLogger(__name__)

META_HINTS = "newsbot_hints"
META_DEPTH = "newsbot_depth"
STATS_DROPPED = "newsbot/dropped"
STATS_RESPONSES = "newsbot/responses"
STATS_SKIPPED = "newsbot/skipped"
STATS_ERRORS = SUMMARY_ERRORS_PREFIX.rstrip("/")
# IgnoreRequest message start -> drop reason (Scrapy's own middlewares have no subclasses to check)
IGNORED_REQUEST_REASONS: tuple[tuple[str, str], ...] = (
    ("max redirections reached", "too_many_redirects"),  # RedirectMiddleware, REDIRECT_MAX_TIMES
    ("Forbidden by robots.txt", "robots_txt"),
    ("Filtered offsite request", "offsite"),
)


def failure_outcome(failure: Failure) -> str | None:
    """The one stats key a failed request ends as: an error by kind (`http/<status>`, `download/<exception>`) or,
    for a request a middleware chose not to fetch (IgnoreRequest), a drop by reason."""
    if failure.check(HttpError):
        return f"{STATS_ERRORS}/http/{failure.value.response.status}"
    if failure.check(IgnoreRequest):
        if getattr(failure.value, "counted", False):
            return None  # whoever raised it counted the drop already (newsbot.netguard: private_address)
        message = str(failure.value)
        for start, reason in IGNORED_REQUEST_REASONS:
            if message.startswith(start):
                return f"{STATS_DROPPED}/{reason}"
        return f"{STATS_DROPPED}/ignored_request"
    return f"{STATS_ERRORS}/download/{failure.type.__name__}"


def truthy(value: Any) -> bool:
    return str(value).strip().lower() in ("1", "true", "yes", "on")


def split_arg(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split(",") if part.strip()]


class NewsSpider(scrapy.Spider):
    """Base for article, sitemap and feed spiders. Spider args: follow=1, max_pages=N, max_depth=N."""

    follow: bool = False
    needs_start_urls: bool = True  # False when start URLs come from elsewhere (a Redis queue)
    max_pages: int = 100
    max_depth: int = 3

    def __init__(self, *args: Any, follow: str = "0", max_pages: str | None = None, max_depth: str | None = None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.follow = truthy(follow)
        self._max_pages_arg = max_pages
        self._max_depth_arg = max_depth
        self.followed = 0
        self.links_seen: set[str] = set()
        self.hints_by_url: dict[str, dict[str, Any]] = {}
        # final URL -> how it was requested, for the seen-store pipelines; kept only for incremental runs and
        # popped when the item is recorded or dropped (a dict kept for every page grew ~0.4 KB per page)
        self.article_origins: dict[str, ArticleOrigin] = {}
        self.keeps_origins = False

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> NewsSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.max_pages = int(spider._max_pages_arg or settings.getint("NEWSBOT_FOLLOW_MAX_PAGES", 100))
        spider.max_depth = int(spider._max_depth_arg or settings.getint("NEWSBOT_FOLLOW_MAX_DEPTH", 3))
        crawler.signals.connect(spider.mark_accounting, signal=signals.spider_opened)
        spider.keeps_origins = bool(settings.get("NEWSBOT_STATE_DIR"))
        if spider.keeps_origins:
            crawler.signals.connect(spider.forget_origin, signal=signals.item_dropped)
            crawler.signals.connect(spider.forget_origin, signal=signals.item_error)
        return spider

    def forget_origin(self, item: Any, **kwargs: Any) -> None:
        """An item that will never reach the seen-store record pipeline needs no origin."""
        self.article_origins.pop(item.get("url") if hasattr(item, "get") else None, None)

    def mark_accounting(self, spider: Any = None) -> None:
        """on_error counts one final outcome per request: the run summary reads errors from those counts."""
        self.crawler.stats.set_value(SUMMARY_ACCOUNTING_KEY, SUMMARY_ACCOUNTING_PER_REQUEST)

    # -- counting -------------------------------------------------------------------------------------------
    def count(self, key: str) -> None:
        if self.crawler is not None and self.crawler.stats is not None:
            self.crawler.stats.inc_value(key)

    def drop_response(self, response: Response, reason: str) -> None:
        """A response that yields no item is still accounted for: counted by reason and logged."""
        self.count(f"{STATS_DROPPED}/{reason}")
        logger.info("no item from %s: %s", response.url, reason)

    # -- requests -------------------------------------------------------------------------------------------
    def article_request(self, url: str, hints: dict[str, Any] | None = None, depth: int = 0, lastmod: str | None = None) -> scrapy.Request:
        """`lastmod`: the sitemap/feed's date for the page; an incremental run re-fetches a page it wrote before
        only when this is newer than the recorded one."""
        if hints:
            self.hints_by_url[url] = merge_hints(self.hints_by_url.get(url), hints)
        meta = {META_HINTS: dict(hints or {}), META_DEPTH: depth, META_ARTICLE: True, META_LASTMOD: lastmod}
        return scrapy.Request(url, callback=self.parse_article, errback=self.on_error, meta=meta)

    def listing_request(self, url: str, depth: int = 0) -> scrapy.Request:
        # Listings, like sitemaps and feeds, are fetched on every run (dont_filter): a persistent dupefilter (a
        # resumed JOBDIR, Redis) must only hold back articles, whose new links these pages are the source of.
        return scrapy.Request(url, callback=self.parse_listing, errback=self.on_error, meta={META_DEPTH: depth}, dont_filter=True)

    def on_error(self, failure: Failure) -> None:
        """A request that failed for good (Scrapy calls the errback once, after its last retry): counted once, as an
        error by kind or a drop by reason, and logged briefly."""
        request = getattr(failure, "request", None)
        url = request.url if request is not None else "?"
        outcome = failure_outcome(failure)
        if outcome is not None:
            self.count(outcome)
        if failure.check(HttpError):
            response = failure.value.response
            # Scrapy's HttpErrorMiddleware counts only errors no errback handled: keep its keys for stats readers
            self.count("httperror/response_ignored_count")
            self.count(f"httperror/response_ignored_status_count/{response.status}")
            logger.warning("HTTP %s from %s: no item", response.status, response.url)
            return
        logger.warning("failed %s: %s", url, failure.getErrorMessage() or failure.type.__name__)

    # -- callbacks ------------------------------------------------------------------------------------------
    def parse_article(self, response: Response) -> Iterator[Any]:
        self.count(f"{STATS_RESPONSES}/article")
        if not isinstance(response, HtmlResponse):
            self.drop_response(response, "non_html")
            return
        yield self.item_from(response)
        if self.follow:
            yield from self.follow_links(response)

    def parse_listing(self, response: Response) -> Iterator[Any]:
        """A page we only follow links from (a start page or a "next page"); it yields no item of its own."""
        self.count(f"{STATS_RESPONSES}/listing")
        if not isinstance(response, HtmlResponse):
            self.drop_response(response, "non_html")
            return
        yield from self.follow_links(response)

    def item_from(self, response: HtmlResponse) -> Any:
        content_type = response.headers.get("Content-Type", b"").decode("latin-1") or None
        extracted = extract(response.body, url=response.url, content_type=content_type)
        original_url = (response.meta.get("redirect_urls") or [response.request.url if response.request else response.url])[0]
        hints = merge_hints(response.meta.get(META_HINTS), self.hints_by_url.get(original_url))
        if self.keeps_origins:
            self.article_origins[response.url] = ArticleOrigin(original_url, response.meta.get(META_LASTMOD))
        return load_article(apply_hints(extracted, hints), response)

    def follow_links(self, response: HtmlResponse) -> Iterator[scrapy.Request]:
        """Same-site article-like links (and "next page" listings), within max_depth hops and max_pages requests."""
        depth = int(response.meta.get(META_DEPTH, 0)) + 1
        if depth > self.max_depth:
            return
        next_pages = {response.urljoin(h.strip()) for h in response.css("[rel~=next]::attr(href)").getall()}
        for href in response.css("a::attr(href), link[rel~=next]::attr(href)").getall():
            url = response.urljoin(href.strip()).split("#", 1)[0]
            if url in self.links_seen or not same_site(url, response.url):
                continue
            is_article, is_listing = is_article_like(url), url in next_pages or is_pagination(url)
            if not (is_article or is_listing):
                continue
            if self.followed >= self.max_pages:
                self.count(f"{STATS_SKIPPED}/over_follow_limit")
                return
            self.links_seen.add(url)
            self.followed += 1
            yield self.article_request(url, depth=depth) if is_article else self.listing_request(url, depth=depth)
