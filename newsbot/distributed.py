"""Distributed crawling on Redis with scrapy-redis: one shared request queue and dupefilter, many workers.

`newsbot enqueue URL... --redis URL --spider NAME` pushes start URLs to `<NAME>:start_urls`; every
`newsbot crawl NAME --redis URL` is a worker that pops them, shares the requests its pages lead to through
`<NAME>:requests`, skips what any worker already requested (`<NAME>:dupefilter`, a Redis set of SHA-1
fingerprints), writes its own JSONL and closes after MAX_IDLE_TIME_BEFORE_CLOSE seconds with nothing to do.

scrapy-redis 0.9.1 runs on Scrapy 2.19 with two thin adaptations here: its scheduler passes `spider=` to
StatsCollector.inc_value and logs through Spider.log (both deprecated in 2.19: warnings) -> RedisScheduler; its spider mixin reads
start URLs in `start_requests()`, which Scrapy 2.13+ replaced by the async `start()`, and starts its idle clock
at import time instead of at open -> redis_spider_class. Its dupefilter works unchanged.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import AsyncIterator
from typing import Any

from scrapy import signals
from scrapy.utils.misc import load_object
from scrapy_redis.scheduler import Scheduler
from scrapy_redis.spiders import RedisMixin

logger = logging.getLogger(__name__)

DISTRIBUTED_IDLE_SECONDS = 10
START_URLS_KEY = "%(name)s:start_urls"
REQUESTS_KEY = "%(spider)s:requests"
DUPEFILTER_KEY = "%(spider)s:dupefilter"


class RedisScheduler(Scheduler):
    """scrapy-redis's Scheduler without the `spider=` stats argument and Spider.log, which Scrapy 2.19 deprecates."""

    def open(self, spider: Any) -> None:
        self.spider = spider
        self.queue = load_object(self.queue_cls)(
            server=self.server, spider=spider, key=self.queue_key % {"spider": spider.name}, serializer=self.serializer
        )
        if not self.df:
            self.df = load_object(self.dupefilter_cls).from_spider(spider)
        if self.flush_on_start:
            self.flush()
        if len(self.queue):
            logger.info("joining a crawl in progress: %d requests queued in Redis", len(self.queue))

    def enqueue_request(self, request: Any) -> bool:
        if not request.dont_filter and self.df.request_seen(request):
            self.df.log(request, self.spider)
            return False
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis")
        self.queue.push(request)
        return True

    def next_request(self) -> Any:
        request = self.queue.pop(self.idle_before_close)
        if request and self.stats:
            self.stats.inc_value("scheduler/dequeued/redis")
        return request


def redis_settings(url: str, idle_seconds: int | None = None) -> dict[str, Any]:
    """Settings that turn a crawl into a worker. The queue and dupefilter persist when a worker closes: other
    workers may still be running (scrapy-redis would otherwise flush both); `newsbot enqueue --fresh` clears them."""
    return {
        "REDIS_URL": url,
        "NEWSBOT_REDIS_URL": url,
        "SCHEDULER": "newsbot.distributed.RedisScheduler",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_PERSIST": True,
        "SCHEDULER_QUEUE_KEY": REQUESTS_KEY,
        "SCHEDULER_DUPEFILTER_KEY": DUPEFILTER_KEY,
        "REDIS_START_URLS_KEY": START_URLS_KEY,
        "MAX_IDLE_TIME_BEFORE_CLOSE": idle_seconds if idle_seconds is not None else DISTRIBUTED_IDLE_SECONDS,
    }


def start_url_from_data(data: bytes | str, encoding: str = "utf-8") -> str | None:
    """A queue entry: a plain URL, or scrapy-redis's JSON form {"url": ...}."""
    text = (data.decode(encoding) if isinstance(data, bytes) else data).strip()
    if text.startswith("{"):
        try:
            url = json.loads(text).get("url")
        except (json.JSONDecodeError, AttributeError):
            return None
        return url if isinstance(url, str) else None
    return text or None


def redis_spider_class(base: type) -> type:
    """`base` (a NewsSpider with `start_request_for(url)`) reading its start URLs from Redis."""

    class RedisWorker(RedisMixin, base):  # type: ignore[misc, valid-type]
        needs_start_urls = False

        @classmethod
        def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> Any:
            spider = super().from_crawler(crawler, *args, **kwargs)
            spider.setup_redis(crawler)
            crawler.signals.connect(spider.reset_idle_clock, signal=signals.spider_opened)
            return spider

        def reset_idle_clock(self, spider: Any) -> None:
            self.spider_idle_start_time = int(time.time())

        async def start(self) -> AsyncIterator[Any]:
            for url in self.start_urls_given:  # -a url=... still works beside the queue
                yield self.start_request_for(url)
            for request in self.next_requests():
                yield request

        def make_request_from_data(self, data: bytes) -> Any:
            url = start_url_from_data(data, self.redis_encoding or "utf-8")
            return self.start_request_for(url) if url else None

    RedisWorker.__name__ = RedisWorker.__qualname__ = f"Redis{base.__name__}"
    RedisWorker.__module__ = base.__module__
    return RedisWorker


def queue_keys(spider: str) -> dict[str, str]:
    return {
        "start_urls": START_URLS_KEY % {"name": spider},
        "requests": REQUESTS_KEY % {"spider": spider},
        "dupefilter": DUPEFILTER_KEY % {"spider": spider},
    }
