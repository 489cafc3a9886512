"""`newsbot crawl SPIDER`: run a spider in this process with the project settings.

Production switches: --state-dir (incremental runs), --resume DIR (continue after a stop or a kill), --warc /
--warc-dir (archive responses), --redis URL (be one worker of a distributed crawl).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newsbot.commands._common import EXIT_FAILED, EXIT_OK, UserError
from newsbot.resume import RESUME_JOB_DIR, ResumePlan, prepare_resume

# A crawl that stopped at a configured limit (CLOSESPIDER_*) did what it was asked.
CRAWL_OK_REASONS = ("finished", None, "closespider_itemcount", "closespider_timeout", "closespider_pagecount")


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
    """Run one spider in this process; (exit code, final stats). Non-zero when a spider error occurred.
    With NEWSBOT_REDIS_URL set the spider reads its start URLs from Redis (newsbot/distributed.py)."""
    from scrapy.crawler import CrawlerProcess
    from scrapy.settings import SETTINGS_PRIORITIES
    from scrapy.spiderloader import get_spider_loader

    from newsbot.netguard import guard_applies

    settings = project_settings(overrides)
    loader = get_spider_loader(settings)
    known = loader.list()  # checked before CrawlerProcess installs a reactor
    if spider not in known:
        raise UserError(f"unknown spider {spider!r}; choose from: {', '.join(sorted(known))}")
    spider_class = loader.load(spider)
    if guard_applies(settings, spider) and settings.getpriority("TWISTED_DNS_RESOLVER") == SETTINGS_PRIORITIES["default"]:
        # the private-address guard also checks the address each connection uses (DNS rebinding)
        settings.set("TWISTED_DNS_RESOLVER", "newsbot.netguard.GuardedResolver", priority="project")
    if settings.get("NEWSBOT_REDIS_URL"):
        from newsbot.distributed import redis_settings, redis_spider_class

        settings.setdict(redis_settings(settings["NEWSBOT_REDIS_URL"], settings.getint("MAX_IDLE_TIME_BEFORE_CLOSE") or None), priority="cmdline")
        spider_class = redis_spider_class(spider_class)
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(spider_class)
    failures: list[Any] = []
    deferred = process.crawl(crawler, **spider_args)
    deferred.addErrback(failures.append)
    process.start()
    stats = crawl_stats(crawler)
    if failures and failures[0].check(ValueError, TypeError):
        # the spider refused its arguments (no urls=, an unknown -a name): the user's mistake, exit 2
        raise UserError(f"spider {spider!r}: {failures[0].getErrorMessage()}")
    if failures:
        print(f"newsbot: crawl failed: {failures[0].getErrorMessage()}", file=sys.stderr)
        return EXIT_FAILED, stats
    failed = stats.get("spider_exceptions/count", 0) or stats.get("finish_reason") not in CRAWL_OK_REASONS
    return (EXIT_FAILED if failed else EXIT_OK), stats


def crawl_stats(crawler: Any) -> dict[str, Any]:
    """The crawler's final stats; empty when the crawl never started (Scrapy then refuses to hand out stats)."""
    try:
        return dict(crawler.stats.get_stats()) if crawler.stats else {}
    except RuntimeError:
        return {}


def production_overrides(args: argparse.Namespace) -> dict[str, Any]:
    """Settings from the production flags; explicit -s settings win over them."""
    out: dict[str, Any] = {}
    if args.output:
        out["NEWSBOT_OUTPUT_FILE"] = args.output
    if args.output_dir:
        out["NEWSBOT_OUTPUT_DIR"] = args.output_dir
    if args.resume:
        out["JOBDIR"] = str(Path(args.resume) / RESUME_JOB_DIR)
        out["NEWSBOT_RESUME_DIR"] = args.resume
        out["NEWSBOT_STATE_DIR"] = args.resume
    if args.state_dir:
        out["NEWSBOT_STATE_DIR"] = args.state_dir
    if args.warc:
        out["NEWSBOT_WARC_FILE"] = args.warc
    if args.warc_dir:
        out["NEWSBOT_WARC_DIR"] = args.warc_dir
    if args.redis:
        out["NEWSBOT_REDIS_URL"] = args.redis
    return out


def prepare_state(args: argparse.Namespace, settings_overrides: dict[str, Any]) -> None:
    """--reset-state, and the recovery a --resume DIR needs after how the last run there ended."""
    from newsbot.state import SeenStore

    state_dir = settings_overrides.get("NEWSBOT_STATE_DIR") or os.environ.get("NEWSBOT_STATE_DIR")
    if args.reset_state and not state_dir:
        raise UserError("--reset-state needs a state directory: --state-dir DIR, --resume DIR or NEWSBOT_STATE_DIR")
    if not state_dir:
        return
    with SeenStore(state_dir) as store:
        if args.reset_state:
            print(f"state: forgot {store.reset()} URLs in {store.path}")
        if args.resume:
            plan = prepare_resume(Path(args.resume), store)
            print(f"resume: {describe_plan(plan)}")


def describe_plan(plan: ResumePlan) -> str:
    if plan.previous_state is None:
        return "first run in this directory"
    if plan.kept_queue:
        return "continuing the stopped run's queue"
    text = "last run was killed; restarting from the start URLs, written articles are skipped" if plan.previous_state == "running" else "last run finished; new incremental run"
    if plan.recovered_file:
        text += f"; recovered {plan.recovered_lines} lines into {plan.recovered_file}"
    return text


def cmd_crawl(args: argparse.Namespace) -> int:
    overrides = production_overrides(args) | parse_pairs(args.set or [], "-s")
    prepare_state(args, overrides)
    code, stats = run_crawl(args.spider, parse_pairs(args.arg or [], "-a"), overrides)
    report_run(stats)
    return code


def report_run(stats: dict[str, Any]) -> None:
    if stats.get("newsbot/output_file"):
        print(f"output: {stats['newsbot/output_file']}")
    if stats.get("newsbot/summary_file"):
        print(f"summary: {stats['newsbot/summary_file']}")
    if stats.get("newsbot/warc_file"):
        print(f"warc: {stats['newsbot/warc_file']}")
    if stats.get("newsbot/skipped/seen"):
        print(f"skipped (already written): {stats['newsbot/skipped/seen']}")


def register(sub: Any) -> None:
    crawl = sub.add_parser("crawl", help="run a spider (article, sitemap, feed, site)", description="Run a spider in this process.")
    crawl.add_argument("spider", help="article | sitemap | feed | site")
    crawl.add_argument("-a", dest="arg", action="append", metavar="NAME=VALUE", help="spider argument (url=, urls=, url_file=, sitemaps=, feeds=, follow=1, max_pages=N, max_depth=N)")
    crawl.add_argument("-s", dest="set", action="append", metavar="NAME=VALUE", help="Scrapy/newsbot setting override")
    crawl.add_argument("-o", "--output", metavar="FILE", help="write items to FILE instead of <output-dir>/<spider>/<time>.jsonl")
    crawl.add_argument("--output-dir", metavar="DIR", help="directory for run files (default: output)")
    crawl.add_argument("--state-dir", metavar="DIR", help="seen-store for incremental runs (default: $NEWSBOT_STATE_DIR)")
    crawl.add_argument("--reset-state", action="store_true", help="forget every article the state directory recorded, then crawl")
    crawl.add_argument("--resume", metavar="DIR", help="resumable run: Scrapy JOBDIR and the seen-store in DIR; rerun the same command to continue")
    crawl.add_argument("--warc", metavar="FILE", help="archive every response into FILE (.warc.gz)")
    crawl.add_argument("--warc-dir", metavar="DIR", help="archive into DIR/<spider>-<time>-<pid>.warc.gz")
    crawl.add_argument("--redis", metavar="URL", help="be a worker of a distributed crawl (default: $NEWSBOT_REDIS_URL); start URLs come from `newsbot enqueue`")
    crawl.set_defaults(func=cmd_crawl)
