"""Distributed crawling: a real redis-server on a free port, two real worker processes, one generated site."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest
from generated_site import CRAWL_FAST, newsbot_cmd, read_lines, run_newsbot, write_site

from newsbot.distributed import start_url_from_data
from newsbot.fixtures_server import FixtureServer

pytestmark = pytest.mark.e2e

SITE_ARTICLES = 300
WORKER_IDLE_SECONDS = 3
# An idle worker looks at the shared queue on Scrapy's engine heartbeat (every 5 s): a polite per-request delay
# makes the crawl outlast it, as any real crawl does, so the second worker joins in.
WORKER_DOWNLOAD_DELAY = 0.03
REDIS_BINARY = "redis-server"


@pytest.mark.parametrize(
    ("data", "url"),
    [(b"http://a.test/", "http://a.test/"), (b'{"url": "http://a.test/x"}', "http://a.test/x"), (b"  ", None), (b'{"nourl": 1}', None), (b"{bad", None)],
)
def test_queue_entries_are_urls_or_scrapy_redis_json(data, url):
    assert start_url_from_data(data) == url


def redis_binary() -> str | None:
    """redis-server on PATH or in /usr/bin; installed with apt-get when missing and we are root (as CI is)."""
    found = shutil.which(REDIS_BINARY) or shutil.which(REDIS_BINARY, path="/usr/bin:/usr/sbin")
    if found or os.geteuid() != 0 or not shutil.which("apt-get"):
        return found
    subprocess.run(["apt-get", "install", "-y", "-q", "redis-server"], capture_output=True, timeout=600, check=False)
    return shutil.which(REDIS_BINARY, path="/usr/bin:/usr/sbin")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_redis(port: int, deadline: float) -> None:
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
                sock.sendall(b"PING\r\n")
                if sock.recv(16).startswith(b"+PONG"):
                    return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"redis-server on port {port} did not answer PING")


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    binary = redis_binary()
    if binary is None:
        pytest.skip("redis-server is not installed and cannot be installed here (needs root and apt-get)")
    folder = tmp_path_factory.mktemp("redis")
    port = free_port()
    server = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--dir", str(folder), "--save", "", "--appendonly", "no"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_redis(port, time.monotonic() + 20)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        server.terminate()
        server.wait(timeout=10)


def start_worker(redis_url: str, output: Path, log: Path) -> subprocess.Popen:
    cmd = newsbot_cmd("crawl", "sitemap", "--redis", redis_url, "-o", str(output), *CRAWL_FAST,
                      "-s", "LOG_LEVEL=INFO", "-s", f"MAX_IDLE_TIME_BEFORE_CLOSE={WORKER_IDLE_SECONDS}",
                      "-s", f"DOWNLOAD_DELAY={WORKER_DOWNLOAD_DELAY}")
    with log.open("w") as log_fh:  # the child keeps its own copy of the descriptor
        return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=log_fh)


@pytest.fixture(scope="module")
def workers(redis_url, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("workers")
    write_site(tmp / "site", SITE_ARTICLES)
    with FixtureServer(tmp / "site") as site:
        outputs, logs = [tmp / f"worker-{n}.jsonl" for n in (1, 2)], [tmp / f"worker-{n}.log" for n in (1, 2)]
        # Enqueued first: a worker's idle clock runs from its start, and the enqueue process takes a second or
        # two to start on a busy machine. Both workers start together; one takes the sitemap, both take articles.
        enqueue = run_newsbot("enqueue", f"{site.base_url}/", "--redis", redis_url, "--spider", "sitemap")
        procs = [start_worker(redis_url, out, log) for out, log in zip(outputs, logs, strict=True)]
        codes = [proc.wait(timeout=120) for proc in procs]
        return {"site": site, "codes": codes, "items": [read_lines(out) for out in outputs], "logs": logs, "enqueue": enqueue}


def test_enqueue_reports_what_it_pushed(workers):
    assert workers["enqueue"].returncode == 0 and "enqueued 1 URLs to sitemap:start_urls" in workers["enqueue"].stdout


def test_workers_close_by_themselves_after_idling(workers):
    assert workers["codes"] == [0, 0]


def test_every_article_exactly_once_across_workers(workers):
    counts = Counter(item["url"] for items in workers["items"] for item in items)
    assert sorted(counts) == sorted(workers["site"].article_urls()) and set(counts.values()) == {1}


def test_both_workers_did_part_of_the_work(workers):
    per_worker = [len(items) for items in workers["items"]]
    print(f"articles per worker: {per_worker}")
    assert all(count > 0 for count in per_worker)


def test_workers_log_no_warnings_from_scrapy_redis(workers):
    warnings = [line for log in workers["logs"] for line in log.read_text().splitlines() if "Warning" in line]
    assert warnings == []


def test_enqueue_without_redis_url_is_a_usage_error():
    run = run_newsbot("enqueue", "http://a.test/", env={"NEWSBOT_REDIS_URL": ""})
    assert run.returncode == 2 and "needs --redis URL" in run.stderr


def test_enqueue_fresh_clears_the_shared_queue_and_dupefilter(redis_url, workers):
    run = run_newsbot("enqueue", "--fresh", "--redis", redis_url, "--spider", "sitemap")
    assert run.returncode == 0 and "cleared sitemap:requests and sitemap:dupefilter (1 keys)" in run.stdout
