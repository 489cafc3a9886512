"""`newsbot enqueue URL... --redis URL [--spider NAME] [--fresh]`: start URLs for distributed workers.

Workers are `newsbot crawl NAME --redis URL` processes (newsbot/distributed.py); they may start before or after
the URLs are pushed.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from newsbot.commands._common import EXIT_FAILED, EXIT_OK, UserError

ENQUEUE_SPIDERS = ("sitemap", "feed", "article", "site")


def cmd_enqueue(args: argparse.Namespace) -> int:
    import redis

    from newsbot.distributed import queue_keys

    url = args.redis or os.environ.get("NEWSBOT_REDIS_URL")
    if not url:
        raise UserError("enqueue needs --redis URL or NEWSBOT_REDIS_URL")
    urls = list(args.urls)
    if args.file:
        from newsbot.spiders.article import read_url_file

        urls += read_url_file(args.file)
    if not urls and not args.fresh:
        raise UserError("nothing to enqueue: give URLs or --file")
    keys = queue_keys(args.spider)
    try:
        server = redis.Redis.from_url(url)
        if args.fresh:
            forgotten = server.delete(keys["requests"], keys["dupefilter"])
            print(f"cleared {keys['requests']} and {keys['dupefilter']} ({forgotten} keys)")
        if urls:
            server.rpush(keys["start_urls"], *urls)
        waiting = server.llen(keys["start_urls"])
    except redis.RedisError as exc:
        print(f"newsbot: redis at {url}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(f"enqueued {len(urls)} URLs to {keys['start_urls']} ({waiting} waiting)")
    return EXIT_OK


def register(sub: Any) -> None:
    enqueue = sub.add_parser("enqueue", help="push start URLs for distributed workers (Redis)", description="Push start URLs to <spider>:start_urls for `newsbot crawl SPIDER --redis URL` workers.")
    enqueue.add_argument("urls", nargs="*", metavar="URL")
    enqueue.add_argument("--redis", metavar="URL", help="redis://host:port/db (default: $NEWSBOT_REDIS_URL)")
    enqueue.add_argument("--spider", default="sitemap", choices=ENQUEUE_SPIDERS, help="which workers take the URLs (default: sitemap)")
    enqueue.add_argument("--file", metavar="PATH", help="also the URLs in PATH, one per line")
    enqueue.add_argument("--fresh", action="store_true", help="first clear the spider's shared request queue and dupefilter (a new crawl of already-seen URLs)")
    enqueue.set_defaults(func=cmd_enqueue)
