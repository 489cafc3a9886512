"""`newsbot extract PATH...`: extract local HTML files (offline) to JSONL."""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from newsbot.commands._common import EXIT_FAILED, EXIT_OK, UserError

CLI_HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
CLI_PROGRESS_MIN_FILES = 5

def html_files(paths: Sequence[str]) -> Iterator[Path]:
    """Files as given, directories searched recursively for HTML (sorted for stable output)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = [p for p in path.rglob("*") if p.is_file() and p.name.lower().endswith(CLI_HTML_SUFFIXES)]
            yield from sorted(found)
        else:
            yield path


def read_html(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.name.lower().endswith(".gz") else data


def extract_file(path: Path, url: str | None) -> dict[str, Any]:
    from newsbot import extract
    from newsbot.items import ARTICLE_FIELDS

    result = extract(read_html(path), url=url or path.resolve().as_uri())
    result.setdefault("fetched_at", None)  # same columns as crawled lines: no fetch time for a file
    return {name: result[name] for name in ARTICLE_FIELDS if name in result}


def _progress(files: list[Path], wanted: bool) -> Any:
    if wanted or (len(files) > CLI_PROGRESS_MIN_FILES and sys.stderr.isatty()):
        from tqdm import tqdm

        return tqdm(files, unit="file", file=sys.stderr)
    return files


def cmd_extract(args: argparse.Namespace) -> int:
    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        raise UserError(f"no such file or directory: {', '.join(missing)}")
    files = list(html_files(args.paths))
    if args.url and len(files) != 1:
        raise UserError("--url applies to exactly one input file")
    out: TextIO = open(args.output, "w", encoding="utf-8", newline="\n") if args.output else sys.stdout  # noqa: SIM115
    failed = 0
    try:
        for path in _progress(files, args.progress):
            try:
                record = extract_file(path, args.url)
            except (OSError, EOFError, gzip.BadGzipFile) as exc:
                failed += 1
                print(f"newsbot: cannot read {path}: {exc.strerror if isinstance(exc, OSError) and exc.strerror else exc}", file=sys.stderr)
                continue
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            out.flush()
    finally:
        if out is not sys.stdout:
            out.close()
    if failed:
        print(f"newsbot: {failed} of {len(files)} files could not be read", file=sys.stderr)
    return EXIT_FAILED if failed else EXIT_OK


def register(sub: Any) -> None:
    ext = sub.add_parser("extract", help="extract articles from local HTML files", description="Extract HTML files (.html, .htm, .html.gz; directories recursively) to JSONL.")
    ext.add_argument("paths", nargs="+", metavar="PATH")
    ext.add_argument("-o", "--output", metavar="FILE", help="write JSONL to FILE (default: stdout)")
    ext.add_argument("--url", help="the page's URL (one input file only; default: its file:// URI)")
    ext.add_argument("--progress", action="store_true", help="always show a progress bar on stderr")
    ext.set_defaults(func=cmd_extract)
