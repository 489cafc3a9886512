"""Requests the scheduler's dupefilter removes are counted as drops with a reason, so every request is accounted for.

Scrapy's scheduler silently drops a request whose fingerprint it has seen (an exact repeat of a start URL, a
redirect back into the chain it came from) and fires `request_dropped`. Listening to that signal, rather than
subclassing a dupefilter, counts the same way whichever dupefilter runs: Scrapy's RFPDupeFilter (also with a
resumed JOBDIR) or scrapy-redis's shared one (newsbot/distributed.py), which keeps no stats of its own.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy import signals
from w3lib.url import canonicalize_url

from newsbot.summary import SUMMARY_DROPPED_PREFIX

logger = logging.getLogger(__name__)

DUPEFILTER_REASON_REPEAT = "duplicate_request"
DUPEFILTER_REASON_LOOP = "redirect_loop"


def filtered_reason(url: str, redirect_urls: list[str] | None) -> str:
    """Why a filtered request ended: its redirect chain came back to a URL already in it, or a plain repeat."""
    key = canonicalize_url(url, keep_fragments=False)
    if any(canonicalize_url(seen, keep_fragments=False) == key for seen in redirect_urls or ()):
        return DUPEFILTER_REASON_LOOP
    return DUPEFILTER_REASON_REPEAT


class FilteredRequestStats:
    """Extension: `newsbot/dropped/<reason>` for each request the scheduler refused (its dupefilter said seen)."""

    def __init__(self, crawler: Any) -> None:
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Any) -> FilteredRequestStats:
        extension = cls(crawler)
        crawler.signals.connect(extension.request_dropped, signal=signals.request_dropped)
        return extension

    def request_dropped(self, request: Any, spider: Any = None) -> None:
        reason = filtered_reason(request.url, request.meta.get("redirect_urls"))
        self.stats.inc_value(f"{SUMMARY_DROPPED_PREFIX}{reason}")
        logger.info("dropped %s: %s", request.url, reason)
