"""Speed and memory of newsbot.extract against trafilatura, on every page file of the shared corpora.

    .venv/bin/python benchmarks/speed.py [--corpus all|scrapinghub|fundus] [--limit N] [--profile] [--json PATH]
                                         [--cli-jobs [--cli-repeat R]]

--cli-jobs also times `newsbot extract DIR --jobs 1` against `--jobs 2` (subprocesses, wall clock incl. start-up)
over the pages written as .html files, each repeated R times (default 3) so start-up is a small share.

Pages are decompressed up front; each extractor then runs in its own forked child (warm-up, one timed
loop of extraction calls only) so that its peak RSS is its own. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script: make `benchmarks` importable

from benchmarks.corpora import (  # noqa: E402
    CORPUS_NAMES,
    CorpusMissing,
    Page,
    all_page_files,
    default_shared_dir,
    selected_corpora,
)
from benchmarks.runner import EXTRACTORS, RunResult, run_isolated  # noqa: E402

CONTENDERS = ("newsbot", "trafilatura.extract+meta", "trafilatura.extract")


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=None, help="the shared/ dir (default: $NEWSBOT_SHARED or ../shared)")
    ap.add_argument("--corpus", choices=("all", *CORPUS_NAMES), default="all")
    ap.add_argument("--limit", type=int, default=None, help="first N page files of each corpus")
    ap.add_argument("--profile", action="store_true", help="also profile newsbot (cProfile, top 15) in a separate pass")
    ap.add_argument("--json", type=Path, default=None, help="write the numbers to this file")
    ap.add_argument("--quiet", action="store_true", help="no progress bars")
    ap.add_argument("--cli-jobs", action="store_true", help="also time `newsbot extract --jobs 1` vs `--jobs 2`")
    ap.add_argument("--cli-repeat", type=int, default=3, help="copies of each page for --cli-jobs")
    return ap.parse_args(argv)


def format_table(runs: dict[str, RunResult]) -> str:
    base = runs["newsbot"]
    header = f"{'extractor':<26}{'pages/s':>9}{'ms/page':>9}{'peak RSS MB':>13}{'RSS growth MB':>15}{'newsbot speed x':>17}"
    lines = [header, "-" * len(header)]
    for name, r in runs.items():
        ms = 1000 * r.seconds / len(r.predictions) if r.predictions else 0.0
        ratio = base.pages_per_second / r.pages_per_second if r.pages_per_second else 0.0
        lines.append(
            f"{name:<26}{r.pages_per_second:>9.1f}{ms:>9.2f}{r.peak_rss_kb / 1024:>13.0f}"
            f"{r.rss_growth_kb / 1024:>15.0f}{ratio:>17.2f}"
        )
    lines.append("newsbot speed x = newsbot pages/s / that row's pages/s (>1: newsbot is faster)")
    lines.append("RSS growth = peak RSS - RSS before the extractor was imported (pages already loaded)")
    return "\n".join(lines)


def profile_newsbot(pages: Sequence[Page], top: int = 15) -> str:
    """cProfile of one newsbot pass: cumulative time of newsbot's own functions (≈ per stage), then hot spots."""
    fn = EXTRACTORS["newsbot"]
    fn(pages[0])  # imports outside the profile
    profiler = cProfile.Profile()
    profiler.enable()
    for page in pages:
        fn(page)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).strip_dirs()
    out.write(f"--- newsbot functions by cumulative time (top {top}) ---\n")
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(r"newsbot", top)
    out.write(f"--- all functions by own time (top {top}) ---\n")
    stats.sort_stats("tottime").print_stats(top)
    return out.getvalue()


def cli_jobs_speed(pages: Sequence[Page], repeat: int, jobs: Sequence[int] = (1, 2)) -> dict[int, float]:
    """pages/s of the `newsbot extract` command per --jobs value, over the pages as files (wall clock)."""
    rates = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        for copy in range(repeat):
            for n, page in enumerate(pages):
                (folder / f"{copy}-{n:05}.html").write_bytes(page.html)
        count = repeat * len(pages)
        for n_jobs in jobs:
            started = time.perf_counter()
            cmd = [sys.executable, "-m", "newsbot", "extract", str(folder), "-o", str(Path(tmp) / f"out{n_jobs}.jsonl"), "--jobs", str(n_jobs)]
            subprocess.run(cmd, check=True, stderr=subprocess.DEVNULL)
            rates[n_jobs] = count / (time.perf_counter() - started)
            print(f"newsbot extract --jobs {n_jobs}: {count} files, {rates[n_jobs]:.1f} pages/s")
    print(f"--jobs {jobs[-1]} / --jobs {jobs[0]}: {rates[jobs[-1]] / rates[jobs[0]]:.2f}x (target >= 1.8x)")
    return rates


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    shared = args.shared or default_shared_dir()
    try:
        pages = [p for name in selected_corpora(args.corpus) for p in all_page_files(shared, name, args.limit)]
    except CorpusMissing as exc:
        print(f"benchmark corpora not found: {exc}", file=sys.stderr)
        return 2
    mb = sum(len(p.html) for p in pages) / 1e6
    print(f"{len(pages)} pages, {mb:.1f} MB of HTML decompressed up front")
    runs = {name: run_isolated(name, pages, progress=not args.quiet) for name in CONTENDERS}
    print(format_table(runs))
    errors = {name: sum(1 for p in r.predictions if p.error) for name, r in runs.items()}
    if any(errors.values()):
        print(f"pages raising: {errors}")
    if args.profile:
        print(profile_newsbot(pages))
    if args.cli_jobs:
        cli_jobs_speed(pages, args.cli_repeat)
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    name: {
                        "pages": len(r.predictions),
                        "seconds": r.seconds,
                        "pages_per_second": r.pages_per_second,
                        "peak_rss_mb": r.peak_rss_kb / 1024,
                        "rss_growth_mb": r.rss_growth_kb / 1024,
                        "errors": errors[name],
                    }
                    for name, r in runs.items()
                },
                indent=1,
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
