"""`newsbot extract PATH...`: extract local HTML files and WARC archives (offline) to JSONL."""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from newsbot.commands._common import EXIT_FAILED, EXIT_OK, UserError

CLI_PROGRESS_MIN_PAGES = 5


def _progress(outcomes: Iterator[Any], wanted: bool, total: int | None) -> Iterable[Any]:
    """A tqdm bar on stderr when asked for, or when stderr is a terminal and there is more than a handful."""
    if wanted or (sys.stderr.isatty() and (total is None or total > CLI_PROGRESS_MIN_PAGES)):
        from tqdm import tqdm

        return tqdm(outcomes, unit="page", file=sys.stderr, total=total)
    return outcomes


def _jobs(value: int) -> int:
    return value if value > 0 else (os.cpu_count() or 1)


def cmd_extract(args: argparse.Namespace) -> int:
    from newsbot.batch import Extracted, Failed, extract_all
    from newsbot.sources import ReadError, Skipped, expand_paths, is_warc, iter_inputs

    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        raise UserError(f"no such file or directory: {', '.join(missing)}")
    files = expand_paths(args.paths)
    if args.url and (len(files) != 1 or is_warc(files[0])):
        raise UserError("--url applies to exactly one input HTML file")
    total = None if any(is_warc(f) for f in files) else len(files)
    outcomes = extract_all(iter_inputs(files, args.url), jobs=_jobs(args.jobs), timeout=args.timeout)
    out: TextIO = open(args.output, "w", encoding="utf-8", newline="\n") if args.output else sys.stdout  # noqa: SIM115
    written, unreadable, failed, skipped = 0, 0, 0, Counter[str]()
    try:
        for outcome in _progress(outcomes, args.progress, total):
            if isinstance(outcome, Extracted):
                out.write(outcome.line + "\n")
                written += 1
            elif isinstance(outcome, Skipped):
                skipped[outcome.reason] += 1
            elif isinstance(outcome, ReadError):
                unreadable += 1
                print(f"newsbot: cannot read {outcome.location}: {outcome.reason}", file=sys.stderr)
            elif isinstance(outcome, Failed):
                failed += 1
                print(f"newsbot: no article from {outcome.location}: {outcome.reason}", file=sys.stderr)
        out.flush()
    finally:
        if out is not sys.stdout:
            out.close()
    report(written, unreadable, failed, skipped, len(files))
    return EXIT_FAILED if unreadable or failed else EXIT_OK


def report(written: int, unreadable: int, failed: int, skipped: Counter[str], files: int) -> None:
    """Account for every input on stderr: lines written, unreadable inputs, failed pages, skipped records."""
    if unreadable:
        print(f"newsbot: {unreadable} of {files} files could not be read", file=sys.stderr)
    if failed or skipped:
        reasons = ", ".join(f"{k}={v}" for k, v in sorted(skipped.items())) or "none"
        print(f"newsbot: {written} pages written, {failed} failed, skipped records: {reasons}", file=sys.stderr)


def register(sub: Any) -> None:
    ext = sub.add_parser(
        "extract",
        help="extract articles from local HTML files or WARC archives",
        description="Extract HTML files (.html, .htm, .html.gz) and WARC archives (.warc, .warc.gz, incl. "
        "Common Crawl CC-NEWS) to JSONL; directories are searched recursively. Output is in input order.",
    )
    ext.add_argument("paths", nargs="+", metavar="PATH")
    ext.add_argument("-o", "--output", metavar="FILE", help="write JSONL to FILE (default: stdout)")
    ext.add_argument("--url", help="the page's URL (one input HTML file only; default: its file:// URI)")
    ext.add_argument("-j", "--jobs", type=int, default=1, metavar="N", help="worker processes (0: one per core; default 1)")
    ext.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS", help="time limit per page (0: none; default 30)")
    ext.add_argument("--progress", action="store_true", help="always show a progress bar on stderr")
    ext.set_defaults(func=cmd_extract)
