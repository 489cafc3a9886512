"""`newsbot archive --config sites.toml`: crawl every configured site once (for cron / systemd timers).

Exit codes: 0 every site archived; 3 some sites failed; 4 no site could be archived; 5 another archive run
holds the lock; 2 a config error. Each site is crawled in its own `newsbot crawl site` process, so one site's
crash cannot take the others down.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from newsbot.archive import (
    EXIT_LOCKED,
    ArchiveConfig,
    ArchiveLocked,
    ConfigError,
    acquire_lock,
    crawl_args,
    load_config,
    overall_exit_code,
    read_summary,
    site_outcome,
    site_run_paths,
)
from newsbot.commands._common import UserError

ARCHIVE_SITE_TIMEOUT_SECONDS = 6 * 3600  # a stuck site must not block the next cron run forever


def archive_site(config: ArchiveConfig, site: Any, timeout: float) -> dict[str, Any]:
    run = site_run_paths(config, site, datetime.now(timezone.utc))
    run.jsonl.parent.mkdir(parents=True, exist_ok=True)
    log = run.jsonl.with_name(run.jsonl.name[: -len(".jsonl")] + ".log")
    with log.open("w", encoding="utf-8") as log_fh:
        try:
            code = subprocess.run([sys.executable, "-m", "newsbot", *crawl_args(site, run)], stdout=log_fh, stderr=subprocess.STDOUT, timeout=timeout).returncode
        except subprocess.TimeoutExpired:
            code = -1
    ok, reason = site_outcome(code, read_summary(run.jsonl))
    if code == -1:
        reason = f"timed out after {timeout:.0f}s"
    return {"site": site.name, "ok": ok, "reason": reason, "jsonl": str(run.jsonl), "warc": str(run.warc) if run.warc else None, "log": str(log)}


def cmd_archive(args: argparse.Namespace) -> int:
    try:
        config = load_config(Path(args.config))
    except ConfigError as exc:
        raise UserError(str(exc)) from None
    try:
        lock = acquire_lock(config.state_dir)
    except ArchiveLocked as exc:
        print(f"newsbot archive: {exc}", file=sys.stderr)
        return EXIT_LOCKED
    started = datetime.now(timezone.utc)
    try:
        results = []
        for site in config.sites:
            if args.site and site.name not in args.site:
                continue
            result = archive_site(config, site, args.site_timeout)
            results.append(result)
            print(f"{'ok    ' if result['ok'] else 'FAILED'} {site.name}: {result['reason']} -> {result['jsonl']}", flush=True)
    finally:
        lock.close()
    if not results:
        raise UserError(f"no site named {', '.join(args.site)} in {args.config}")
    code = overall_exit_code([r["ok"] for r in results])
    report = config.output_dir / f"archive-{started.strftime('%Y%m%dT%H%M%SZ')}.json"
    report.write_text(json.dumps({"started_at": started.isoformat(), "exit_code": code, "sites": results}, indent=2) + "\n", encoding="utf-8")
    failed = [r["site"] for r in results if not r["ok"]]
    if failed:
        print(f"newsbot archive: {len(failed)} of {len(results)} sites failed: {', '.join(failed)} (see {report})", file=sys.stderr)
    return code


def register(sub: Any) -> None:
    archive = sub.add_parser(
        "archive", help="crawl every site in a TOML config once (for cron)",
        description="Crawl every configured site into dated JSONL + WARC + summary. Exit codes: 0 all sites ok, "
        "3 some sites failed, 4 no site could be archived, 5 another run holds the lock, 2 config error.",
    )
    archive.add_argument("--config", required=True, metavar="FILE", help="sites.toml")
    archive.add_argument("--site", action="append", metavar="NAME", help="only this site (repeatable)")
    archive.add_argument("--site-timeout", type=float, default=ARCHIVE_SITE_TIMEOUT_SECONDS, metavar="SECONDS", help="give up on one site after this long (default: 6 h)")
    archive.set_defaults(func=cmd_archive)
