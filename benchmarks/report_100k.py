"""Time and peak memory of `newsbot report` (and `newsbot export --format parquet`) on synthetic lines.

    .venv/bin/python benchmarks/report_100k.py [--lines 100000] [--files 4] [--keep DIR] [--export]

Writes N synthetic article lines (valid against the schema: ~50 sites, 5,000 speakers, a year of dates,
2% bodies repeated across files, 0.1% bad lines) into a few JSONL files, then runs the real CLI in a child
process and reports its wall time and peak RSS (the child's own, from getrusage).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

BENCH_SEED = 8
BENCH_WORDS = [f"w{i}" for i in range(3000)]
BENCH_SITES = [f"site{i:02d}.example" for i in range(50)]
BENCH_SPEAKERS = [f"Speaker{i} Surname{i % 97}" for i in range(5000)]
BENCH_CITIES = [f"City{i}" for i in range(500)]
BENCH_AGENCIES = ["Reuters", "AP", "AFP", "Antara", "dpa"]
BENCH_BAD_EVERY = 1000
BENCH_REPEAT_SHARE = 0.02


def synthetic_article(rng: random.Random, n: int, repeat_body: str | None) -> dict[str, Any]:
    domain = rng.choice(BENCH_SITES)
    body = repeat_body or " ".join(rng.choices(BENCH_WORDS, k=rng.randint(150, 450)))
    day = date(2025, 1, 1) + timedelta(days=rng.randrange(365))
    maybe = rng.random
    quotes = [{"text": "quoted words", "speaker": rng.choice(BENCH_SPEAKERS) if maybe() < 0.9 else None, "cue": "said", "paragraph": 0} for _ in range(rng.choice((0, 0, 1, 2, 3, 6)))]
    return {
        "schema_version": "1.0",
        "url": f"https://{domain}/news/{n}",
        "canonical_url": f"https://{domain}/news/{n}",
        "domain": domain,
        "site_name": None,
        "language": rng.choice(("en", "en", "id", "de")),
        "headline": f"Headline {n}" if maybe() < 0.97 else None,
        "description": None,
        "authors": [rng.choice(BENCH_SPEAKERS)] if maybe() < 0.6 else [],
        "byline": None,
        "editors": [],
        "date_published": f"{day.isoformat()}T10:00:00+07:00" if maybe() < 0.95 else None,
        "date_modified": None,
        "dateline": {"raw": "CITY -", "city": rng.choice(BENCH_CITIES), "source": None} if maybe() < 0.5 else None,
        "body": body,
        "quotes": quotes,
        "agency": {"raw": "(x)", "codes": ["x"], "agencies": [rng.choice(BENCH_AGENCIES)]} if maybe() < 0.3 else None,
        "images": [{"url": f"https://{domain}/img/{n}.jpg", "caption": "A caption", "credit": "Photo desk"}] if maybe() < 0.4 else [],
        "tags": ["news", "world"],
        "section": rng.choice(("World", "Business", "Sport", "Local", None)),
        "word_count": len(body.split()),
        "body_sha1": hashlib.sha1(body.encode("utf-8")).hexdigest(),
        "fetched_at": "2026-01-01T00:00:00Z",
        "extractor_version": "0.1.0",
    }


def synthetic_lines(count: int, seed: int = BENCH_SEED) -> Iterator[str]:
    """`count` JSONL lines (with newline); every BENCH_BAD_EVERY-th line is broken JSON."""
    rng = random.Random(seed)
    earlier: list[str] = []
    for n in range(count):
        if n % BENCH_BAD_EVERY == BENCH_BAD_EVERY - 1:
            yield '{"url": "https://broken.example/' + str(n) + '", \n'
            continue
        repeat = rng.choice(earlier) if earlier and rng.random() < BENCH_REPEAT_SHARE else None
        article = synthetic_article(rng, n, repeat)
        if len(earlier) < 1000:
            earlier.append(article["body"])
        yield json.dumps(article, ensure_ascii=False) + "\n"


def write_files(folder: Path, lines: int, files: int) -> list[Path]:
    paths = [folder / f"run{i}.jsonl" for i in range(files)]
    handles = [p.open("w", encoding="utf-8") for p in paths]
    try:
        for n, line in enumerate(synthetic_lines(lines)):
            handles[n % files].write(line)
    finally:
        for fh in handles:
            fh.close()
    return paths


def run_child(args: list[str]) -> tuple[float, float]:
    """(wall seconds, peak RSS in MB) of one `newsbot` command in its own process."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "newsbot", *args], capture_output=True, text=True)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"newsbot {' '.join(args)} failed:\n{done.stderr}")
    # ru_maxrss of children is the largest child so far; one child per call keeps the numbers apart
    return wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=100_000)
    parser.add_argument("--files", type=int, default=4)
    parser.add_argument("--keep", metavar="DIR", help="write the inputs and outputs here and keep them")
    parser.add_argument("--export", action="store_true", help="also time `newsbot export --format parquet`")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.keep or tmp)
        folder.mkdir(parents=True, exist_ok=True)
        start = time.perf_counter()
        paths = write_files(folder, args.lines, args.files)
        size_mb = sum(p.stat().st_size for p in paths) / 1e6
        print(f"input: {args.lines:,} lines in {args.files} files, {size_mb:.0f} MB (generated in {time.perf_counter() - start:.1f}s)")
        wall, rss = run_child(["report", *map(str, paths), "-o", str(folder / "report.html")])
        print(f"report: {wall:.1f}s wall, {args.lines / wall:,.0f} lines/s, peak RSS {rss:.0f} MB")
        if args.export:
            wall, rss_all = run_child(["export", *map(str, paths), "--format", "parquet", "-o", str(folder / "articles.parquet")])
            print(f"export parquet: {wall:.1f}s wall, {args.lines / wall:,.0f} lines/s, peak RSS (max of both runs) {rss_all:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
