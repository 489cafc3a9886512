"""`newsbot report PATH...`: one self-contained HTML crawl report plus its figures as JSON."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from newsbot.commands._common import EXIT_OK, UserError


def check_inputs(paths: list[str]) -> None:
    """Exit 2 on missing paths or when no JSONL file is found (shared by report and export)."""
    from newsbot.analysis.reader import jsonl_files

    missing = [p for p in paths if not Path(p).exists()]
    if missing:
        raise UserError(f"no such file or directory: {', '.join(missing)}")
    if not jsonl_files(paths):
        raise UserError(f"no .jsonl files in: {', '.join(paths)}")


def check_output(path: str) -> Path:
    out = Path(path)
    if not out.parent.is_dir():
        raise UserError(f"output folder does not exist: {out.parent}")
    return out


def warn_bad_lines(count: int, total: int) -> None:
    if count:
        print(f"newsbot: skipped {count:,} of {total:,} lines that are not valid article objects", file=sys.stderr)


def cmd_report(args: argparse.Namespace) -> int:
    from newsbot.analysis.report import build_report

    check_inputs(args.paths)
    html_path = check_output(args.output)
    json_path = check_output(args.json) if args.json else html_path.with_suffix(".json")
    figures, page = build_report(args.paths, progress=True if args.progress else None)
    html_path.write_text(page, encoding="utf-8")
    json_path.write_text(json.dumps(figures, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    totals = figures["totals"]
    warn_bad_lines(totals["bad_lines"], totals["lines"])
    print(f"report: {html_path} ({totals['articles']:,} articles from {len(figures['inputs']['files'])} file(s))")
    print(f"figures: {json_path}")
    return EXIT_OK


def register(sub: Any) -> None:
    rep = sub.add_parser(
        "report",
        help="crawl report: HTML with plots + figures as JSON",
        description="Read JSONL files or run directories (with the run summaries beside them) and write one self-contained HTML report plus its figures as JSON.",
    )
    rep.add_argument("paths", nargs="+", metavar="PATH", help="JSONL file or directory (searched recursively for *.jsonl)")
    rep.add_argument("-o", "--output", default="report.html", metavar="FILE", help="HTML report (default: report.html)")
    rep.add_argument("--json", metavar="FILE", help="figures as JSON (default: the report's name with .json)")
    rep.add_argument("--progress", action="store_true", help="always show a progress bar on stderr (default: when stderr is a terminal)")
    rep.set_defaults(func=cmd_report)
