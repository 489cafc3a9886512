"""`newsbot crawl SPIDER`: run a spider in this process with the project settings."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import Any

from newsbot.commands._common import EXIT_FAILED, EXIT_OK, UserError


def parse_pairs(pairs: Sequence[str], flag: str) -> dict[str, str]:
    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise UserError(f"{flag} expects NAME=VALUE, got {pair!r}")
        out[key.strip()] = value
    return out


def project_settings(overrides: dict[str, Any]) -> Any:
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "newsbot.settings")
    from scrapy.utils.project import get_project_settings

    settings = get_project_settings()
    settings.setdict(overrides, priority="cmdline")
    return settings


def run_crawl(spider: str, spider_args: dict[str, str], overrides: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    """Run one spider in this process; (exit code, final stats). Non-zero when a spider error occurred."""
    from scrapy.crawler import CrawlerProcess
    from scrapy.spiderloader import get_spider_loader

    settings = project_settings(overrides)
    known = get_spider_loader(settings).list()  # checked before CrawlerProcess installs a reactor
    if spider not in known:
        raise UserError(f"unknown spider {spider!r}; choose from: {', '.join(sorted(known))}")
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(spider)
    failures: list[str] = []
    deferred = process.crawl(crawler, **spider_args)
    deferred.addErrback(lambda failure: failures.append(failure.getErrorMessage()))
    process.start()
    stats = dict(crawler.stats.get_stats()) if crawler.stats else {}
    if failures:
        print(f"newsbot: crawl failed: {failures[0]}", file=sys.stderr)
        return EXIT_FAILED, stats
    failed = stats.get("spider_exceptions/count", 0) or stats.get("finish_reason") not in ("finished", None)
    return (EXIT_FAILED if failed else EXIT_OK), stats


def cmd_crawl(args: argparse.Namespace) -> int:
    overrides: dict[str, Any] = parse_pairs(args.set or [], "-s")
    if args.output:
        overrides["NEWSBOT_OUTPUT_FILE"] = args.output
    if args.output_dir:
        overrides["NEWSBOT_OUTPUT_DIR"] = args.output_dir
    code, stats = run_crawl(args.spider, parse_pairs(args.arg or [], "-a"), overrides)
    report_run(stats)
    return code


def report_run(stats: dict[str, Any]) -> None:
    if stats.get("newsbot/output_file"):
        print(f"output: {stats['newsbot/output_file']}")
    if stats.get("newsbot/summary_file"):
        print(f"summary: {stats['newsbot/summary_file']}")


def register(sub: Any) -> None:
    crawl = sub.add_parser("crawl", help="run a spider (article, sitemap, feed)", description="Run a spider in this process.")
    crawl.add_argument("spider", help="article | sitemap | feed")
    crawl.add_argument("-a", dest="arg", action="append", metavar="NAME=VALUE", help="spider argument (url=, urls=, url_file=, follow=1, max_pages=N)")
    crawl.add_argument("-s", dest="set", action="append", metavar="NAME=VALUE", help="Scrapy/newsbot setting override")
    crawl.add_argument("-o", "--output", metavar="FILE", help="write items to FILE instead of <output-dir>/<spider>/<time>.jsonl")
    crawl.add_argument("--output-dir", metavar="DIR", help="directory for run files (default: output)")
    crawl.set_defaults(func=cmd_crawl)
