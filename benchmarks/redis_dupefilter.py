"""Memory of the shared Redis dupefilter per million URLs (a benchmark, not a test).

scrapy-redis keeps one SHA-1 hex fingerprint (40 characters) per requested URL in a Redis set. This script starts
a throw-away redis-server on a free port (or uses --redis URL, flushing nothing but its own key), adds N
fingerprints made exactly as scrapy-redis's RFPDupeFilter makes them, and reports `INFO memory` growth.
For comparison it measures the same N fingerprints stored as raw 20-byte digests.

    .venv/bin/python benchmarks/redis_dupefilter.py              # 1,000,000 URLs
    .venv/bin/python benchmarks/redis_dupefilter.py --count 200000
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager

import redis
from scrapy import Request
from scrapy_redis.dupefilter import RFPDupeFilter

BATCH = 10_000


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def throwaway_redis() -> Iterator[str]:
    binary = shutil.which("redis-server") or "/usr/bin/redis-server"
    port = free_port()
    with tempfile.TemporaryDirectory() as folder:
        proc = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--dir", folder, "--save", "", "--appendonly", "no"],
                                stdout=subprocess.DEVNULL)
        try:
            client = redis.Redis(port=port)
            for _ in range(100):
                try:
                    client.ping()
                    break
                except redis.ConnectionError:
                    time.sleep(0.05)
            yield f"redis://127.0.0.1:{port}/0"
        finally:
            proc.terminate()
            proc.wait(timeout=10)


def used_memory(client: redis.Redis) -> int:
    return int(client.info("memory")["used_memory"])


def fill(client: redis.Redis, key: str, members: Iterator[bytes | str], count: int) -> tuple[int, float]:
    """(bytes added, seconds) for SADDing `count` members in pipelined batches."""
    client.delete(key)
    before, started = used_memory(client), time.perf_counter()
    batch: list[bytes | str] = []
    for member in members:
        batch.append(member)
        if len(batch) == BATCH:
            client.sadd(key, *batch)
            batch.clear()
    if batch:
        client.sadd(key, *batch)
    elapsed = time.perf_counter() - started
    assert client.scard(key) == count
    grown = used_memory(client) - before
    client.delete(key)
    return grown, elapsed


def urls(count: int) -> Iterator[str]:
    for n in range(count):
        yield f"https://news{n % 50}.example.org/{2020 + n % 6}/{1 + n % 12:02d}/story-number-{n}-about-something.html"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--redis", metavar="URL", help="an existing server (default: start a throw-away redis-server)")
    args = parser.parse_args(argv)
    dupefilter = RFPDupeFilter(server=None, key="unused")

    def run(url: str) -> None:
        client = redis.Redis.from_url(url)
        version = client.info("server")["redis_version"]
        hex_bytes, hex_seconds = fill(client, "newsbot-bench:hex", (dupefilter.request_fingerprint(Request(u)) for u in urls(args.count)), args.count)
        raw_bytes, _ = fill(client, "newsbot-bench:raw", (hashlib.sha1(u.encode()).digest() for u in urls(args.count)), args.count)
        per_million = 1_000_000 / args.count
        print(f"redis {version}, {args.count:,} URLs")
        print(f"scrapy-redis dupefilter (40-char hex SHA-1 set): {hex_bytes / args.count:.1f} B/URL, "
              f"{hex_bytes * per_million / 2**20:.1f} MiB per 1M URLs ({args.count / hex_seconds:,.0f} adds/s incl. fingerprinting)")
        print(f"raw 20-byte digests, same set:                  {raw_bytes / args.count:.1f} B/URL, "
              f"{raw_bytes * per_million / 2**20:.1f} MiB per 1M URLs")

    if args.redis:
        run(args.redis)
    else:
        with throwaway_redis() as url:
            run(url)
    return 0


if __name__ == "__main__":
    sys.exit(main())
