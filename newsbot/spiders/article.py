"""`article` spider: extract the pages you name (-a urls=u1,u2 or -a url_file=path)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from newsbot.spiders.base import NewsSpider, split_arg
from newsbot.spiders.urls import is_article_like


def read_url_file(path: str) -> list[str]:
    """One URL per line; blank lines and # comments skipped."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


class ArticleSpider(NewsSpider):
    """Every named URL is extracted; with follow=1 a URL that is not article-like (a home page) is only followed."""

    name = "article"

    def __init__(self, *args: Any, urls: str | None = None, url: str | None = None, url_file: str | None = None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.start_urls_given = split_arg(urls) + split_arg(url) + (read_url_file(url_file) if url_file else [])
        if not self.start_urls_given and self.needs_start_urls:
            raise ValueError("article spider needs -a urls=URL[,URL...] or -a url_file=PATH")

    async def start(self) -> AsyncIterator[Any]:
        for url in self.start_urls_given:
            yield self.start_request_for(url)

    def start_request_for(self, url: str) -> Any:
        if self.follow and not is_article_like(url):
            return self.listing_request(url)
        return self.article_request(url)
