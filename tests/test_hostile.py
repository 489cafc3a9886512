"""Hostile input handled within set limits: sitemaps (XXE, billion laughs, gzip bomb, 10^6 URLs, deep nesting),
HTML (100k nested tags, a 10 MB single line, a tag flood, binary, a quote-bomb paragraph), and the
private-address guard."""

from __future__ import annotations

import asyncio
import functools
import gzip
import ipaddress
import json
import os
import subprocess
import sys
import time

import pytest
from scrapy import Request
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.utils.test import get_crawler
from twisted.internet.error import DNSLookupError

from newsbot import extract
from newsbot.extract.limits import EXTRACT_MAX_BODY_CHARS, EXTRACT_MAX_PARAGRAPH_CHARS
from newsbot.netguard import NETGUARD_STATS_KEY, GuardedResolver, PrivateAddressGuardMiddleware, is_public
from newsbot.schema import validation_errors
from newsbot.spiders.sitemap_xml import SITEMAP_MAX_ENTRIES, SitemapTooLarge, maybe_gunzip, parse_sitemap

HOSTILE_SECONDS = 10  # per input, on this 2-core machine; real pages take ~20 ms
NS = b'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'


def timed(fn, *args):
    started = time.monotonic()
    result = fn(*args)
    return result, time.monotonic() - started


# --- sitemaps -------------------------------------------------------------------------------------

def billion_laughs() -> bytes:
    levels = b"".join(b'<!ENTITY l%d "%s">' % (i, (b"&l%d;" % (i - 1)) * 10) for i in range(1, 10))
    return b'<?xml version="1.0"?><!DOCTYPE s [<!ENTITY l0 "lol">' + levels + b"]><urlset " + NS + b"><url><loc>http://a.test/&l9;</loc></url></urlset>"


XXE = b'<?xml version="1.0"?><!DOCTYPE s [<!ENTITY x SYSTEM "file:///etc/passwd">]><urlset ' + NS + b"><url><loc>http://a.test/&x;</loc></url></urlset>"
DEEP = b"<urlset " + NS + b"><url><loc>http://a.test/1</loc></url>" + b"<x>" * 100_000 + b"</x>" * 100_000 + b"</urlset>"


def million_urls() -> bytes:
    return b"<urlset " + NS + b">" + b"".join(b"<url><loc>http://a.test/%d</loc></url>" % i for i in range(1_000_000)) + b"</urlset>"


@pytest.mark.parametrize("body", [XXE, billion_laughs()], ids=["xxe", "billion_laughs"])
def test_entities_are_never_expanded(body):
    sitemap, seconds = timed(parse_sitemap, body)
    assert seconds < 1 and all("root:" not in e.loc and "lollol" not in e.loc for e in sitemap.entries)


def test_deep_nesting_is_cut_at_the_parser_depth_limit():
    sitemap, seconds = timed(parse_sitemap, DEEP)
    assert seconds < 1 and [e.loc for e in sitemap.entries] == ["http://a.test/1"]


def test_million_url_sitemap_reads_the_protocol_limit_only():
    sitemap, seconds = timed(parse_sitemap, million_urls())
    assert seconds < HOSTILE_SECONDS and len(sitemap.entries) == SITEMAP_MAX_ENTRIES


def test_gzip_bomb_stops_at_the_decompression_cap():
    bomb = gzip.compress(b"\0" * (64 * 1024 * 1024))  # 64 MiB from ~64 KiB
    with pytest.raises(SitemapTooLarge):
        maybe_gunzip(bomb, 1024 * 1024)


# --- HTML -----------------------------------------------------------------------------------------

HOSTILE_PAGES = {
    "nested_100k_divs": "<html><body>" + "<div>" * 100_000 + "deep" + "</div>" * 100_000 + "</body></html>",
    "nested_100k_inline": "<html><body><p>" + "<b><i>" * 50_000 + "x" + "</i></b>" * 50_000 + "</p></body></html>",
    "single_line_10mb": "<html><body><article><p>" + "word " * 2_000_000 + "</p></article></body></html>",
    "tag_flood_1m": "<html><body><article>" + "<span>a</span>" * 1_000_000 + "</article></body></html>",
    "quote_bomb_paragraph": "<html><body><article><p>" + '"x," he said. ' * 200_000 + "</p></article></body></html>",
    "many_paragraphs": "<html><body><article>" + "".join(f"<p>Paragraph {n} has a few words.</p>" for n in range(20_000)) + "</article></body></html>",
    "binary_bytes": bytes(range(256)) * 40_000,
    "unclosed_comment": "<html><body><!-- " + "x" * 1_000_000,
    "nul_bytes": "<html>\0<body>\0<p>" + "\0" * 100_000 + "</p></body></html>",
}


@functools.cache
def extracted(name: str) -> tuple[dict, float]:
    """(output, seconds) of one hostile page, extracted once per session."""
    return timed(lambda: extract(HOSTILE_PAGES[name], url="https://news.example/a.html"))


@pytest.mark.parametrize("name", list(HOSTILE_PAGES))
def test_hostile_page_is_extracted_in_bounded_time(name):
    assert extracted(name)[1] < HOSTILE_SECONDS


@pytest.mark.parametrize("name", list(HOSTILE_PAGES))
def test_hostile_page_gives_a_valid_object(name):
    assert not validation_errors(extracted(name)[0])


def test_long_body_is_capped():
    assert len(extracted("single_line_10mb")[0]["body"]) <= EXTRACT_MAX_BODY_CHARS


def test_quote_bomb_paragraph_is_cut_to_the_paragraph_cap():
    assert 0 < len(extracted("quote_bomb_paragraph")[0]["body"]) <= EXTRACT_MAX_PARAGRAPH_CHARS


def test_binary_input_gives_an_empty_article():
    result = extracted("binary_bytes")[0]
    assert (result["body"], result["headline"]) == ("", None)


# --- private-address guard ------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("address", "public"),
    [("127.0.0.1", False), ("10.1.2.3", False), ("192.168.0.1", False), ("169.254.169.254", False), ("::1", False),
     ("fe80::1", False), ("::ffff:127.0.0.1", False), ("0.0.0.0", False), ("224.0.0.1", False), ("93.184.215.14", True),
     ("2606:4700::1111", True)],
)
def test_is_public(address, public):
    assert is_public(ipaddress.ip_address(address)) is public


def _guard(**settings):
    crawler = get_crawler(settings_dict={"NEWSBOT_NETGUARD_SPIDERS": ["*"], **settings})
    crawler.stats.open_spider()
    return crawler, PrivateAddressGuardMiddleware.from_crawler(crawler)


@pytest.mark.parametrize("url", ["http://127.0.0.1:8080/x", "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://localhost/"])
def test_guard_refuses_non_public_addresses_and_counts_them(url):
    crawler, guard = _guard()
    with pytest.raises(IgnoreRequest):
        asyncio.run(guard.process_request(Request(url)))
    assert crawler.stats.get_value(NETGUARD_STATS_KEY) == 1


@pytest.mark.parametrize("allow", [["127.0.0.1"], ["127.0.0.0/8"], ["localhost"]])
def test_guard_allow_list_lets_loopback_through(allow):
    _, guard = _guard(NEWSBOT_NETGUARD_ALLOW=allow)
    assert asyncio.run(guard.process_request(Request("http://localhost/x" if allow == ["localhost"] else "http://127.0.0.1/x"))) is None


def test_guard_can_be_turned_off():
    with pytest.raises(NotConfigured):
        _guard(NEWSBOT_NETGUARD_ENABLED=False)


def test_guard_leaves_spiders_it_does_not_guard_alone():
    with pytest.raises(NotConfigured):
        _guard(NEWSBOT_NETGUARD_SPIDERS=["article"])  # get_crawler's spider is "default"


def _article_crawl(tmp_path, url: str, *settings: str) -> tuple[subprocess.CompletedProcess, dict]:
    cmd = [sys.executable, "-m", "newsbot", "crawl", "article", "-a", f"urls={url}", "-o", str(tmp_path / "run.jsonl"),
           "-s", "ROBOTSTXT_OBEY=False", "-s", "LOG_LEVEL=WARNING", *settings]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=60, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    return proc, json.loads((tmp_path / "run.summary.json").read_text(encoding="utf-8"))


@pytest.mark.e2e
def test_article_spider_guards_user_urls_by_default(tmp_path, fixture_server):
    proc, summary = _article_crawl(tmp_path, fixture_server.base_url + "/")
    assert summary["dropped"] == {"private_address": 1} and summary["items"] == 0, proc.stderr[-2000:]


@pytest.mark.e2e
@pytest.mark.parametrize("setting", ["NEWSBOT_NETGUARD_ALLOW=127.0.0.1", "NEWSBOT_NETGUARD_ENABLED=False"])
def test_guard_lets_allowed_or_disabled_loopback_through(tmp_path, fixture_server, setting):
    url = fixture_server.article_urls()[0]
    proc, summary = _article_crawl(tmp_path, url, "-s", setting)
    assert summary["items"] == 1 and "private_address" not in summary["dropped"], proc.stderr[-2000:]


def _resolver(allow=()):
    return GuardedResolver(reactor=None, cache_size=0, timeout=5.0, allow=list(allow))  # the reactor is used only to look up


@pytest.mark.parametrize("address", ["127.0.0.1", "10.0.0.7", "169.254.169.254"])
def test_resolver_refuses_a_name_that_now_resolves_to_a_private_address(address):
    with pytest.raises(DNSLookupError, match="non-public"):
        _resolver()._checked(address, "rebound.example")


@pytest.mark.parametrize(("allow", "address"), [([], "93.184.215.14"), (["10.0.0.0/8"], "10.0.0.7"), (["rebound.example"], "127.0.0.1")])
def test_resolver_lets_public_and_allowed_addresses_through(allow, address):
    assert _resolver(allow)._checked(address, "rebound.example") == address


@pytest.mark.e2e
def test_connection_time_check_refuses_what_the_middleware_let_through(tmp_path, fixture_server):
    """With the request-time check out of the way (as a rebinding DNS answer would leave it), the resolver still
    refuses: the download fails as one name-resolution error, nothing is fetched from the private address."""
    url = fixture_server.article_urls()[0].replace("127.0.0.1", "localhost")
    no_middleware = 'DOWNLOADER_MIDDLEWARES={"newsbot.netguard.PrivateAddressGuardMiddleware": null, ' \
        '"scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": null, "newsbot.middlewares.HeadMetaRefreshMiddleware": 580}'
    proc, summary = _article_crawl(tmp_path, url, "-s", no_middleware, "-s", "RETRY_ENABLED=False")
    assert summary["items"] == 0 and summary["errors"] == {"download/CannotResolveHostError": 1}, (summary, proc.stderr[-2000:])
    assert "now resolves to non-public address 127.0.0.1" in proc.stderr


# -- HeadMetaRefreshMiddleware: Scrapy's meta-refresh redirect without decoding pages that cannot hold one ----------

from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware  # noqa: E402
from scrapy.http import HtmlResponse  # noqa: E402

from newsbot.middlewares import HeadMetaRefreshMiddleware, may_hold_meta_refresh  # noqa: E402


def _refresh_middleware():
    crawler = get_crawler(settings_dict={"METAREFRESH_ENABLED": True})
    crawler.stats.open_spider()
    return HeadMetaRefreshMiddleware.from_crawler(crawler)


@pytest.mark.parametrize(
    ("body", "encoding"),
    [
        ('<html><head><META HTTP-EQUIV="Refresh" CONTENT="0; URL=/b.html"></head><body>x</body></html>', "utf-8"),
        ('<html><head><meta http-equiv="refresh" content="0;url=/b.html"></head><body>x</body></html>', "utf-16"),
    ],
)
def test_meta_refresh_still_redirects_as_scrapy_does(body, encoding):
    request = Request("http://site.test/a.html")
    response = HtmlResponse(request.url, body=body.encode(encoding), encoding=encoding, request=request)
    result = _refresh_middleware().process_response(request, response)
    scrapy_result = MetaRefreshMiddleware.from_crawler(get_crawler(settings_dict={"METAREFRESH_ENABLED": True})).process_response(
        request, response
    )
    assert isinstance(result, Request) and result.url.startswith("http://site.test/b.html")
    assert result.url == scrapy_result.url  # (Scrapy keeps a UTF-16 byte-order mark in the URL; so do we)


def test_page_without_refresh_passes_through_unchanged():
    request = Request("http://site.test/a.html")
    response = HtmlResponse(request.url, body=b"<html><body><p>No redirect here.</p></body></html>", request=request)
    assert not may_hold_meta_refresh(response.body)
    assert _refresh_middleware().process_response(request, response) is response
