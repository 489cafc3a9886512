"""`newsbot` command line: crawl, extract, validate, fixtures serve, demo.

User errors (bad paths, unknown spiders, bad -a/-s syntax) print one clear line and exit 2; no tracebacks.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

CLI_HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
CLI_PROGRESS_MIN_FILES = 5
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class UserError(Exception):
    """A mistake in the command line or its inputs: message only, exit code 2."""


# -- crawl ------------------------------------------------------------------------------------------------------
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


# -- extract ----------------------------------------------------------------------------------------------------
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


# -- validate ---------------------------------------------------------------------------------------------------
def jsonl_problems(path: Path) -> Iterator[tuple[int, str]]:
    """(line number, reason) for every line that is not a valid article object."""
    from newsbot.schema import validation_errors

    with path.open("r", encoding="utf-8", errors="replace") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                yield number, "empty line"
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield number, f"invalid JSON: {exc.msg} at column {exc.colno}"
                continue
            for reason in validation_errors(obj):
                yield number, reason


def cmd_validate(args: argparse.Namespace) -> int:
    missing = [p for p in args.files if not Path(p).is_file()]
    if missing:
        raise UserError(f"no such file: {', '.join(missing)}")
    bad = 0
    for name in args.files:
        for number, reason in jsonl_problems(Path(name)):
            bad += 1
            print(f"{name}:{number}: {reason}")
    if bad:
        print(f"newsbot: {bad} problem(s) found", file=sys.stderr)
        return EXIT_FAILED
    print(f"ok: {len(args.files)} file(s) valid")
    return EXIT_OK


# -- fixtures / demo --------------------------------------------------------------------------------------------
def cmd_fixtures_serve(args: argparse.Namespace) -> int:
    from newsbot.fixtures_server import serve_forever

    serve_forever(Path(args.root) if args.root else None, host=args.host, port=args.port)
    return EXIT_OK


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


# -- parser -----------------------------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsbot", description="Crawl news sites and extract articles as JSON lines.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    crawl = sub.add_parser("crawl", help="run a spider (article, sitemap, feed)", description="Run a spider in this process.")
    crawl.add_argument("spider", help="article | sitemap | feed")
    crawl.add_argument("-a", dest="arg", action="append", metavar="NAME=VALUE", help="spider argument (url=, urls=, url_file=, follow=1, max_pages=N)")
    crawl.add_argument("-s", dest="set", action="append", metavar="NAME=VALUE", help="Scrapy/newsbot setting override")
    crawl.add_argument("-o", "--output", metavar="FILE", help="write items to FILE instead of <output-dir>/<spider>/<time>.jsonl")
    crawl.add_argument("--output-dir", metavar="DIR", help="directory for run files (default: output)")
    crawl.set_defaults(func=cmd_crawl)

    ext = sub.add_parser("extract", help="extract articles from local HTML files", description="Extract HTML files (.html, .htm, .html.gz; directories recursively) to JSONL.")
    ext.add_argument("paths", nargs="+", metavar="PATH")
    ext.add_argument("-o", "--output", metavar="FILE", help="write JSONL to FILE (default: stdout)")
    ext.add_argument("--url", help="the page's URL (one input file only; default: its file:// URI)")
    ext.add_argument("--progress", action="store_true", help="always show a progress bar on stderr")
    ext.set_defaults(func=cmd_extract)

    val = sub.add_parser("validate", help="check JSONL files against the output schema", description="Exit 1 listing line numbers and reasons when any line is invalid.")
    val.add_argument("files", nargs="+", metavar="FILE.jsonl")
    val.set_defaults(func=cmd_validate)

    fix = sub.add_parser("fixtures", help="the local demo news site", description="Serve the demo news site.")
    fix_sub = fix.add_subparsers(dest="fixtures_command", required=True, metavar="ACTION")
    serve = fix_sub.add_parser("serve", help="serve the demo site until Ctrl-C", description="Serve the demo news site until Ctrl-C.")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--root", help="fixtures directory (default: the repo's fixtures/)")
    serve.set_defaults(func=cmd_fixtures_serve)

    demo = sub.add_parser("demo", help="serve the demo site and crawl it through its sitemap", description="Serve the demo site on a free local port and crawl it into --output-dir.")
    demo.add_argument("--output-dir", default="output", metavar="DIR")
    demo.set_defaults(func=cmd_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except UserError as exc:
        print(f"newsbot: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
