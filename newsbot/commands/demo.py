"""`newsbot demo`: serve the demo site on a free local port and crawl it through its sitemap."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from newsbot.commands.crawl import report_run, run_crawl


def cmd_demo(args: argparse.Namespace) -> int:
    """Serve the demo site on an ephemeral port, crawl it through its sitemap, print the summary."""
    from newsbot.fixtures_server import FixtureServer

    overrides: dict[str, Any] = {"NEWSBOT_OUTPUT_DIR": args.output_dir, "AUTOTHROTTLE_ENABLED": False}
    with FixtureServer() as server:
        print(f"demo site: {server.base_url}/")
        code, stats = run_crawl("sitemap", {"url": server.base_url + "/"}, overrides)
    report_run(stats)
    summary_file = stats.get("newsbot/summary_file")
    if summary_file and Path(summary_file).is_file():
        print(Path(summary_file).read_text(encoding="utf-8"), end="")
    return code


def register(sub: Any) -> None:
    demo = sub.add_parser("demo", help="serve the demo site and crawl it through its sitemap", description="Serve the demo site on a free local port and crawl it into --output-dir.")
    demo.add_argument("--output-dir", default="output", metavar="DIR", help="where the run files go (default: output)")
    demo.set_defaults(func=cmd_demo)
