"""WARC archives written while crawling: valid for warcio's own tools, one gzip member per record, request and
response records linked, payloads equal to what the server sent, and re-extractable offline."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import zlib

import pytest
from generated_site import CRAWL_FAST, read_lines, run_newsbot
from scrapy import Spider
from scrapy.exceptions import NotConfigured
from scrapy.http import Headers
from scrapy.utils.test import get_crawler
from warcio.archiveiterator import ArchiveIterator

from newsbot.fixtures_server import render
from newsbot.warc_writer import WarcWriterExtension, response_header_pairs

pytestmark = pytest.mark.e2e

WARCIO = [sys.executable, "-m", "warcio.cli"]


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Content-Type": "text/html"}, [("Content-Type", "text/html"), ("Content-Length", "5")]),
        ({"Content-Encoding": "gzip", "Content-Length": "3"},
         [("X-Crawler-Content-Encoding", "gzip"), ("X-Crawler-Content-Length", "3"), ("Content-Length", "5")]),
        ({"Transfer-Encoding": "chunked"}, [("X-Crawler-Transfer-Encoding", "chunked"), ("Content-Length", "5")]),
    ],
)
def test_response_headers_describe_the_stored_body(headers, expected):
    assert response_header_pairs(Headers(headers), 5) == expected


@pytest.fixture(scope="module")
def archive(fixture_server, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("warc")
    warc = tmp / "crawl.warc.gz"
    run = run_newsbot("crawl", "sitemap", "-a", f"url={fixture_server.base_url}/", "-o", str(tmp / "crawl.jsonl"), "--warc", str(warc), *CRAWL_FAST)
    assert run.returncode == 0, run.stderr[-2000:]
    with warc.open("rb") as fh:
        records = [(r.rec_type, r.rec_headers, r.http_headers, r.content_stream().read()) for r in ArchiveIterator(fh)]
    return {"path": warc, "records": records, "items": read_lines(tmp / "crawl.jsonl"), "stdout": run.stdout}


def test_crawl_prints_the_warc_path(archive):
    assert f"warc: {archive['path']}" in archive["stdout"]


def test_warcio_check_accepts_the_archive(archive):
    check = subprocess.run([*WARCIO, "check", "-v", str(archive["path"])], capture_output=True, text=True, timeout=60)
    assert check.returncode == 0 and "digest pass" in check.stdout and "fail" not in check.stdout, check.stdout[-2000:]


def test_warcio_index_lists_a_request_and_a_response_per_article(archive, fixture_server):
    index = subprocess.run([*WARCIO, "index", str(archive["path"])], capture_output=True, text=True, timeout=60, check=True)
    entries = [json.loads(line) for line in index.stdout.splitlines()]
    for url in fixture_server.article_urls():
        assert sorted(e["warc-type"] for e in entries if e.get("warc-target-uri") == url) == ["request", "response"]


def test_every_record_is_its_own_gzip_member(archive):
    data = archive["path"].read_bytes()
    members = 0
    while data:
        decompressor = zlib.decompressobj(wbits=31)
        decompressor.decompress(data)
        data, members = decompressor.unused_data, members + 1
    assert members == len(archive["records"]) and gzip.decompress(archive["path"].read_bytes()).startswith(b"WARC/1.1")


def test_first_record_is_warcinfo(archive):
    assert archive["records"][0][0] == "warcinfo"


def test_request_record_points_at_its_response(archive):
    response_ids = {h.get_header("WARC-Record-ID") for kind, h, _, _ in archive["records"] if kind == "response"}
    requests = [h for kind, h, _, _ in archive["records"] if kind == "request"]
    assert requests and all(h.get_header("WARC-Concurrent-To") in response_ids for h in requests)


def test_response_payload_is_the_page_the_server_sent(archive, fixture_server):
    payloads = {h.get_header("WARC-Target-URI"): body for kind, h, _, body in archive["records"] if kind == "response"}
    for path, page in fixture_server.article_paths().items():
        assert payloads[fixture_server.base_url + path] == render(page, fixture_server.base_url)


def test_response_records_keep_status_and_content_type(archive):
    statuses = {http.get_statuscode() for kind, _, http, _ in archive["records"] if kind == "response"}
    types = {http.get_header("Content-Type") for kind, _, http, _ in archive["records"] if kind == "response"}
    assert "200" in statuses and "text/html; charset=utf-8" in types


def test_newsbot_extract_rereads_the_archive_offline(archive, tmp_path):
    out = tmp_path / "again.jsonl"
    run = run_newsbot("extract", str(archive["path"]), "-o", str(out))
    assert run.returncode == 0, run.stderr[-2000:]
    crawled = {item["url"]: item["headline"] for item in archive["items"]}
    offline = {item["url"]: item["headline"] for item in read_lines(out) if item["url"] in crawled}
    assert offline == crawled


def test_warc_writer_is_off_unless_a_warc_setting_is_given():
    with pytest.raises(NotConfigured):
        WarcWriterExtension.from_crawler(get_crawler(Spider))
