"""A larger young-generation threshold for Python's cyclic garbage collector while a crawl runs.

Each page allocates tens of thousands of short-lived containers (element proxies, dicts, match lists) that
reference counting frees at once. With the default threshold (700) they still trigger ~2 young collections a
page, and every few seconds a full collection walks the crawler's whole heap (Scrapy, Twisted, the language
model, the lexicons): ~50 ms each. Measured on the 418 corpus pages (benchmarks/crawl_speed.py): ~0.4 s of
a 7.9 s crawl went to the collector; at 50,000 it is ~5 % faster. Extraction alone gains nothing from it (its
heap is small), which is why only the crawl sets it. Cyclic garbage still gets collected, just in larger
batches; the 100k-page memory benchmark checks that resident memory stays flat.
"""

from __future__ import annotations

import gc
import logging
from typing import Any

from scrapy import signals
from scrapy.exceptions import NotConfigured

logger = logging.getLogger(__name__)

GC_THRESHOLD_SETTING = "NEWSBOT_GC_THRESHOLD"


class GcThresholdExtension:
    """Sets gc's generation-0 threshold to NEWSBOT_GC_THRESHOLD for the crawl and restores it at the end."""

    def __init__(self, threshold: int) -> None:
        self.threshold = threshold
        self.saved: tuple[int, ...] | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> GcThresholdExtension:
        threshold = crawler.settings.getint(GC_THRESHOLD_SETTING, 0)
        if threshold <= 0:
            raise NotConfigured(f"{GC_THRESHOLD_SETTING} unset: Python's default collector thresholds")
        extension = cls(threshold)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider: Any) -> None:
        self.saved = gc.get_threshold()
        gc.set_threshold(self.threshold, *self.saved[1:])
        logger.debug("gc thresholds %s -> %s", self.saved, gc.get_threshold())

    def spider_closed(self, spider: Any) -> None:
        if self.saved is not None:
            gc.set_threshold(*self.saved)
            self.saved = None
