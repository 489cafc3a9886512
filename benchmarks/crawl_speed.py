"""Crawl overhead and engine speed, against a local 127.0.0.1 server.

    .venv/bin/python benchmarks/crawl_speed.py [--limit N] [--repeat R] [--noop-pages N]

1. crawl + extract + JSONL (the `article` spider, newsbot's pipelines) over the corpus pages served locally,
   vs `newsbot.extract` alone on the same pages, each in a fresh process: ratio of pages/s (target >= 0.85).
2. a no-op crawl (one tiny item per 1 KB page, no pipelines) with newsbot's settings vs Scrapy's defaults
   (target >= 1.6x). Both runs use the same concurrency with AutoThrottle and robots.txt off, so the
   difference is the engine settings (CONCURRENT_ITEMS, generator check, extensions).
Each crawl runs in its own subprocess; pages/s = responses / the crawl's own elapsed time (Scrapy's
elapsed_time_seconds: engine start to close, interpreter start-up excluded). The pages are served by a separate
process (PageServer). With --repeat R the compared runs alternate R times and the best of each side counts.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

# The local server is on 127.0.0.1, which the private-address guard refuses unless allowed.
CRAWL_BENCH_SETTINGS = ["AUTOTHROTTLE_ENABLED=False", "ROBOTSTXT_OBEY=False", "CONCURRENT_REQUESTS=16",
                        "CONCURRENT_REQUESTS_PER_DOMAIN=16", "LOG_LEVEL=WARNING", "RETRY_ENABLED=False",
                        "NEWSBOT_NETGUARD_ALLOW=127.0.0.1"]


def serve_forever(pages_file: str) -> None:
    """The server process: pages from a pickle file, served as pre-built bytes by one asyncio loop on 127.0.0.1.

    Prints the port, then serves until killed. Each response is a pre-built header plus the page bytes, so
    serving costs a dict lookup and a socket write: the benchmark measures the crawler, not the server.
    """
    import asyncio

    bodies = pickle.loads(Path(pages_file).read_bytes())
    Path(pages_file).unlink()
    heads = {f"/p/{i}.html".encode(): (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n"
                                       % len(body), body) for i, body in enumerate(bodies)}
    not_found = (b"HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: 9\r\n\r\n", b"not found")

    class Http(asyncio.Protocol):
        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            self.transport = transport
            self.buffer = b""

        def data_received(self, data: bytes) -> None:
            # GET requests only (no request bodies): every header block ends at a blank line; keep-alive.
            self.buffer += data
            while (end := self.buffer.find(b"\r\n\r\n")) >= 0:
                request_line = self.buffer[: self.buffer.find(b"\r\n")]
                self.buffer = self.buffer[end + 4:]
                parts = request_line.split(b" ")
                head, body = heads.get(parts[1] if len(parts) > 1 else b"", not_found)
                self.transport.write(head)  # type: ignore[attr-defined]
                self.transport.write(body)  # type: ignore[attr-defined]

    async def run() -> None:
        server = await asyncio.get_running_loop().create_server(Http, "127.0.0.1", 0, backlog=1024)
        print(server.sockets[0].getsockname()[1], flush=True)
        await server.serve_forever()

    asyncio.run(run())


class PageServer:
    """Serves `pages[i]` at /p/<i>.html (text/html) on 127.0.0.1, from a separate process.

    Out of process so the server neither shares the GIL with the in-process extract-only timing nor is slowed by
    it; a single asyncio loop writing pre-built bytes, so the server is never the bottleneck of a crawl it serves
    (the threaded http.server it replaces spent more CPU per page than Scrapy's no-op crawl).
    """

    def __init__(self, pages: Sequence[bytes]) -> None:
        self.pages = list(pages)
        self.proc: subprocess.Popen[str] | None = None
        self.base_url = ""
        self.urls: list[str] = []

    def __enter__(self) -> PageServer:
        with tempfile.NamedTemporaryFile(suffix=".pickle", delete=False) as fh:
            pickle.dump(self.pages, fh, protocol=pickle.HIGHEST_PROTOCOL)
        code = f"import sys; sys.path.insert(0, {str(Path(__file__).resolve().parents[1])!r}); " \
               f"from benchmarks.crawl_speed import serve_forever; serve_forever({fh.name!r})"
        self.proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None
        port = int(self.proc.stdout.readline())
        self.base_url = f"http://127.0.0.1:{port}"
        self.urls = [f"{self.base_url}/p/{i}.html" for i in range(len(self.pages))]
        return self

    def __exit__(self, *exc: object) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait()


def crawl_article_spider(urls: Sequence[str], workdir: Path, extra: Sequence[str] = ()) -> dict:
    """`newsbot crawl article` over `urls` in a subprocess; returns the run summary."""
    url_file = workdir / "urls.txt"
    url_file.write_text("\n".join(urls) + "\n", encoding="utf-8")
    out = workdir / "run.jsonl"
    settings = [arg for s in [*CRAWL_BENCH_SETTINGS, *extra] for arg in ("-s", s)]
    cmd = [sys.executable, "-m", "newsbot", "crawl", "article", "-a", f"url_file={url_file}", "-o", str(out), *settings]
    subprocess.run(cmd, check=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    return json.loads(out.with_name("run.summary.json").read_text(encoding="utf-8"))


NOOP_SCRIPT = """
import json, os, sys
from scrapy import Spider, Request
from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings
# The URLs as PageServer names them (a list of thousands would overflow the command line).
urls = [f"{sys.argv[2]}/p/{i}.html" for i in range(int(sys.argv[3]))]
class NoopSpider(Spider):
    name = "noop"
    async def start(self):
        for url in urls:
            yield Request(url)
    def parse(self, response):
        yield {"n": 1}
if sys.argv[1] == "newsbot":
    os.environ["SCRAPY_SETTINGS_MODULE"] = "newsbot.settings"
    from scrapy.utils.project import get_project_settings
    settings = get_project_settings()
    settings.set("ITEM_PIPELINES", {}, priority="cmdline")
else:
    settings = Settings()
for pair in sys.argv[4:]:
    key, value = pair.split("=", 1)
    settings.set(key, value, priority="cmdline")
process = CrawlerProcess(settings, install_root_handler=False)
crawler = process.create_crawler(NoopSpider)
process.crawl(crawler)
process.start()
stats = crawler.stats.get_stats()
print(json.dumps({"responses": stats.get("response_received_count", 0), "items": stats.get("item_scraped_count", 0),
                  "seconds": stats.get("elapsed_time_seconds")}))
"""


def noop_crawl(profile: str, base_url: str, count: int) -> dict:
    """A no-op crawl of PageServer's first `count` pages with `profile` "newsbot" (project settings) or
    "scrapy" (Scrapy's defaults as shipped)."""
    cmd = [sys.executable, "-c", NOOP_SCRIPT, profile, base_url, str(count), *CRAWL_BENCH_SETTINGS]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


EXTRACT_ONLY_SCRIPT = """
import pickle, sys, time
from pathlib import Path
import newsbot.spiders.article  # the crawl imports this much before its clock starts
from newsbot import extract
bodies, urls = pickle.loads(Path(sys.argv[1]).read_bytes())
started = time.perf_counter()
for body, url in zip(bodies, urls, strict=True):
    extract(body, url=url, content_type="text/html")
print(len(bodies) / (time.perf_counter() - started))
"""


def extract_only(pages: Sequence[bytes], urls: Sequence[str], workdir: Path) -> float:
    """pages/s of newsbot.extract alone on the same pages, in a fresh process like the crawl's.

    Fresh, because the extractor fills caches (per-language vocabularies, memoized class-name and date checks)
    as it goes: a second pass in one process runs warm and would flatter extract-only against a crawl that
    always starts cold. Imports are outside the clock on both sides.
    """
    data = workdir / "extract_only.pickle"
    data.write_bytes(pickle.dumps((list(pages), list(urls)), protocol=pickle.HIGHEST_PROTOCOL))
    proc = subprocess.run([sys.executable, "-c", EXTRACT_ONLY_SCRIPT, str(data)], capture_output=True, text=True,
                          check=True, cwd=Path(__file__).resolve().parents[1])
    data.unlink()
    return float(proc.stdout.strip().splitlines()[-1])


def main(argv: Sequence[str] | None = None) -> int:
    from benchmarks.corpora import CORPUS_NAMES, CorpusMissing, all_page_files, default_shared_dir

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=None, help="first N page files of each corpus")
    ap.add_argument("--noop-pages", type=int, default=4000, help="pages in the no-op crawl")
    ap.add_argument("--repeat", type=int, default=1, help="rounds; each times every run once, the best round counts")
    ap.add_argument("--skip-noop", action="store_true")
    args = ap.parse_args(argv)
    try:
        pages = [p.html for name in CORPUS_NAMES for p in all_page_files(default_shared_dir(), name, args.limit)]
    except CorpusMissing as exc:
        print(f"benchmark corpora not found: {exc}", file=sys.stderr)
        return 2
    # Rounds interleave the runs being compared, so a load spike from elsewhere on the machine hits both sides
    # alike; the best (fastest) run of each side is the least disturbed one.
    alone_runs: list[float] = []
    crawl_runs: list[tuple[float, dict]] = []
    with PageServer(pages) as server:
        for _ in range(args.repeat):
            with tempfile.TemporaryDirectory() as tmp:
                alone_runs.append(extract_only(pages, server.urls, Path(tmp)))
                summary = crawl_article_spider(server.urls, Path(tmp))
            crawl_runs.append((sum(summary["responses_by_status"].values()) / summary["elapsed_seconds"], summary))
    alone = max(alone_runs)
    crawled, summary = max(crawl_runs, key=lambda run: run[0])
    responses = sum(summary["responses_by_status"].values())
    print(f"{len(pages)} corpus pages, {sum(map(len, pages)) / 1e6:.1f} MB, {args.repeat} round(s)")
    print(f"extract only            {alone:8.1f} pages/s  (rounds: {', '.join(f'{r:.1f}' for r in alone_runs)})")
    print(f"crawl+extract+JSONL     {crawled:8.1f} pages/s  ({responses} responses, {summary['items']} items, "
          f"{summary['elapsed_seconds']:.1f} s; rounds: {', '.join(f'{r:.1f}' for r, _ in crawl_runs)})")
    print(f"ratio crawl/extract     {crawled / alone:8.2f}   (target >= 0.85)")
    if args.skip_noop:
        return 0
    tiny = [b"<html><body><p>" + b"x" * 1000 + b"</p></body></html>"] * args.noop_pages
    noop_runs: dict[str, list[float]] = {"scrapy": [], "newsbot": []}
    with PageServer(tiny) as server:
        for _ in range(args.repeat):
            for profile, speeds in noop_runs.items():
                run = noop_crawl(profile, server.base_url, len(server.urls))
                speeds.append(run["responses"] / run["seconds"])
    for profile, speeds in noop_runs.items():
        print(f"no-op crawl, {profile:<8} settings {max(speeds):8.1f} pages/s ({args.noop_pages} pages; "
              f"rounds: {', '.join(f'{r:.1f}' for r in speeds)})")
    print(f"no-op speed-up newsbot/scrapy {max(noop_runs['newsbot']) / max(noop_runs['scrapy']):.2f}x (target >= 1.6x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
