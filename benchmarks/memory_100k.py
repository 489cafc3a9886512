"""Resident memory over a long crawl: `newsbot crawl article` over N distinct self-written pages on 127.0.0.1.

    .venv/bin/python benchmarks/memory_100k.py [--pages 100000] [--every 5]

The crawl runs in a subprocess with newsbot's pipelines (validate, dedupe, JSONL); its RSS is read from
/proc/<pid>/status every `--every` seconds and printed with the responses so far (from the log stats line).
Flat means: after the first 10 % of the run, max RSS - min RSS stays within 50 MB; the slope (MB per 10,000
pages, least squares over the samples after warm-up) shows a leak if there is one. Pages are small,
unique articles (~3 KB), so the run measures the crawler's memory, not one page's parse.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.crawl_speed import CRAWL_BENCH_SETTINGS, PageServer  # noqa: E402

MEMORY_FLAT_MB = 50
WORDS = ["council", "budget", "river", "school", "market", "weather", "minister", "election", "harbour", "festival", "transport", "hospital"]


def synthetic_article(n: int) -> bytes:
    """A small, unique news page: headline, byline, dateline, six paragraphs, one quote."""
    words = [WORDS[(n * 7 + i * 3) % len(WORDS)] for i in range(60)]
    paragraphs = "".join(f"<p>{' '.join(words[i:i + 30])} number {n} part {i}.</p>" for i in range(0, 60, 10))
    return (
        f"<html lang='en'><head><title>Story {n}</title><meta name='author' content='Reporter {n % 97}'></head><body>"
        f"<nav><a href='/'>Home</a></nav><article><h1>Story number {n} about the {words[0]}</h1>"
        f"<p>LONDON, May 1 (Reuters) - The {words[1]} story {n} begins here.</p>{paragraphs}"
        f"<p>\"We will look at it again,\" said Jane Smith {n}.</p></article><footer>Contact us</footer></body></html>"
    ).encode()


def rss_mb(pid: int) -> float | None:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    match = re.search(r"VmRSS:\s+(\d+) kB", status)
    return int(match.group(1)) / 1024 if match else None


def slope_per_10k(samples: list[tuple[int, float]]) -> float:
    """Least-squares MB per 10,000 pages."""
    if len(samples) < 2:
        return 0.0
    xs, ys = [s[0] for s in samples], [s[1] for s in samples]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    var = sum((x - mx) ** 2 for x in xs)
    return 10_000 * sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / var if var else 0.0


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=100_000)
    ap.add_argument("--every", type=float, default=5.0, help="seconds between RSS samples")
    args = ap.parse_args(argv)
    pages = [synthetic_article(n) for n in range(args.pages)]
    with PageServer(pages) as server, tempfile.TemporaryDirectory() as tmp:
        url_file = Path(tmp) / "urls.txt"
        url_file.write_text("\n".join(server.urls) + "\n", encoding="utf-8")
        settings = [a for s in [*CRAWL_BENCH_SETTINGS, "LOG_LEVEL=INFO", "LOGSTATS_INTERVAL=5"] for a in ("-s", s)]
        cmd = [sys.executable, "-m", "newsbot", "crawl", "article", "-a", f"url_file={url_file}", "-o", str(Path(tmp) / "run.jsonl"), *settings]
        log = Path(tmp) / "crawl.log"
        with log.open("w") as log_fh:
            proc = subprocess.Popen(cmd, stdout=log_fh, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"})
            samples: list[tuple[int, float]] = []
            started = time.monotonic()
            print(f"{'seconds':>8}{'pages':>9}{'RSS MB':>9}")
            while proc.poll() is None:
                time.sleep(args.every)
                rss = rss_mb(proc.pid)
                crawled = re.findall(r"Crawled (\d+) pages", log.read_text(errors="replace"))
                done = int(crawled[-1]) if crawled else 0
                if rss is not None:
                    samples.append((done, rss))
                    print(f"{time.monotonic() - started:8.0f}{done:9d}{rss:9.1f}", flush=True)
        lines = sum(1 for _ in (Path(tmp) / "run.jsonl").open()) if (Path(tmp) / "run.jsonl").exists() else 0
    after_warmup = [s for s in samples if s[0] >= args.pages // 10]
    spread = max(s[1] for s in after_warmup) - min(s[1] for s in after_warmup) if after_warmup else 0.0
    print(f"{args.pages} pages requested, {lines} JSONL lines, exit {proc.returncode}, {time.monotonic() - started:.0f} s")
    print(f"RSS after warm-up: min {min(s[1] for s in after_warmup):.1f} MB, max {max(s[1] for s in after_warmup):.1f} MB, "
          f"spread {spread:.1f} MB (flat if <= {MEMORY_FLAT_MB}); slope {slope_per_10k(after_warmup):+.2f} MB per 10,000 pages"
          if after_warmup else "too few samples")
    return 0 if spread <= MEMORY_FLAT_MB else 1


if __name__ == "__main__":
    sys.exit(main())
