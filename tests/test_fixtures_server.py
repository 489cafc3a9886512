"""The demo site server: routing, content types, redirects, 404s, and sitemaps/feeds that list exactly the articles."""

from __future__ import annotations

import gzip
import re
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

from newsbot.fixtures_server import FixtureServer, default_fixtures_root

SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
ATOM_NS = "{http://www.w3.org/2005/Atom}"
FEEDS = ["/iphedia/feeds/posts/default", "/wirenews/rss.xml", "/dailypress/feed/"]
DELIBERATELY_DEAD = {"/dailypress/2019/01/01/removed-story/"}


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


def fetch(url: str) -> Reply:
    """GET without following redirects; HTTP errors are answers, not exceptions."""
    try:
        with _OPENER.open(url, timeout=10) as response:
            return Reply(response.status, dict(response.headers), response.read())
    except urllib.error.HTTPError as error:
        return Reply(error.code, dict(error.headers), error.read())


def xml_root(body: bytes) -> ET.Element:
    return ET.fromstring(body)


def sitemap_locs(body: bytes) -> list[str]:
    return [loc.text or "" for loc in xml_root(body).iter(f"{SITEMAP_NS}loc")]


def feed_links(body: bytes) -> list[str]:
    root = xml_root(body)
    if root.tag == f"{ATOM_NS}feed":
        return [
            link.get("href", "")
            for entry in root.iter(f"{ATOM_NS}entry")
            for link in entry.iter(f"{ATOM_NS}link")
            if link.get("rel") == "alternate"
        ]
    return [item.findtext("link", "") for item in root.iter("item")]


def test_default_root_is_the_repo_fixtures_dir() -> None:
    assert default_fixtures_root() == Path(__file__).resolve().parents[1] / "fixtures"


def test_default_root_honours_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NEWSBOT_FIXTURES", str(tmp_path))
    assert default_fixtures_root() == tmp_path.resolve()


def test_base_url_is_local_ephemeral_port(fixture_server: FixtureServer) -> None:
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", fixture_server.base_url)
    assert not fixture_server.base_url.endswith(":0")


def test_robots_points_at_sitemap_and_disallows_private(fixture_server: FixtureServer) -> None:
    reply = fetch(fixture_server.base_url + "/robots.txt")
    assert reply.status == 200
    assert reply.headers["Content-Type"].startswith("text/plain")
    text = reply.body.decode()
    assert f"Sitemap: {fixture_server.base_url}/sitemap.xml" in text
    assert "Disallow: /private/" in text


def test_sitemap_index_lists_gzip_and_news_sitemaps(fixture_server: FixtureServer) -> None:
    reply = fetch(fixture_server.base_url + "/sitemap.xml")
    assert reply.status == 200
    assert reply.headers["Content-Type"].startswith("application/xml")
    assert sitemap_locs(reply.body) == [
        fixture_server.base_url + "/sitemap-articles.xml.gz",
        fixture_server.base_url + "/news-sitemap.xml",
    ]


def test_gzip_sitemap_is_gzip_bytes_without_content_encoding(fixture_server: FixtureServer) -> None:
    reply = fetch(fixture_server.base_url + "/sitemap-articles.xml.gz")
    assert reply.status == 200
    assert reply.headers["Content-Type"] == "application/x-gzip"
    assert "Content-Encoding" not in reply.headers
    assert sorted(sitemap_locs(gzip.decompress(reply.body))) == sorted(fixture_server.article_urls())


def test_news_sitemap_lists_every_article_with_news_fields(fixture_server: FixtureServer) -> None:
    reply = fetch(fixture_server.base_url + "/news-sitemap.xml")
    root = xml_root(reply.body)
    news = "{http://www.google.com/schemas/sitemap-news/0.9}"
    assert sorted(sitemap_locs(reply.body)) == sorted(fixture_server.article_urls())
    for tag in ("publication_date", "title", "keywords", "language"):
        assert len(list(root.iter(news + tag))) == len(fixture_server.article_urls()), tag


@pytest.mark.parametrize(
    ("path", "content_type"),
    [
        ("/iphedia/feeds/posts/default", "application/atom+xml; charset=utf-8"),
        ("/wirenews/rss.xml", "application/rss+xml; charset=utf-8"),
        ("/dailypress/feed/", "application/rss+xml; charset=utf-8"),
    ],
)
def test_feed_content_type(fixture_server: FixtureServer, path: str, content_type: str) -> None:
    reply = fetch(fixture_server.base_url + path)
    assert reply.status == 200
    assert reply.headers["Content-Type"] == content_type


def test_feeds_together_list_exactly_the_articles(fixture_server: FixtureServer) -> None:
    links = [link for path in FEEDS for link in feed_links(fetch(fixture_server.base_url + path).body)]
    assert sorted(links) == sorted(fixture_server.article_urls())


def test_every_article_is_served_as_utf8_html(fixture_server: FixtureServer) -> None:
    for url in fixture_server.article_urls():
        reply = fetch(url)
        assert (reply.status, reply.headers["Content-Type"]) == (200, "text/html; charset=utf-8"), url


def test_article_has_base_url_substituted(fixture_server: FixtureServer) -> None:
    url = fixture_server.article_urls()[0]
    body = fetch(url).body.decode()
    assert "{{BASE_URL}}" not in body
    assert f'href="{url}"' in body


def test_old_article_url_redirects_permanently(fixture_server: FixtureServer) -> None:
    reply = fetch(fixture_server.base_url + "/iphedia/2021/05/rusia-tawarkan-bantuan.html")
    assert reply.status == 301
    assert reply.headers["Location"] == (
        fixture_server.base_url + "/iphedia/2021/05/rusia-siap-bantu-tetapkan-batas-armenia-azerbaijan.html"
    )


def test_unknown_path_is_a_real_404_with_html(fixture_server: FixtureServer) -> None:
    reply = fetch(fixture_server.base_url + "/dailypress/2019/01/01/removed-story/")
    assert reply.status == 404
    assert reply.headers["Content-Type"] == "text/html; charset=utf-8"
    assert b"Not Found" in reply.body


@pytest.mark.parametrize(
    ("path", "content_type", "magic"),
    [("/dailypress/media-kit.pdf", "application/pdf", b"%PDF-"), ("/iphedia/img/sergei-lavrov.png", "image/png", b"\x89PNG")],
)
def test_binary_files_are_served_raw(fixture_server: FixtureServer, path: str, content_type: str, magic: bytes) -> None:
    reply = fetch(fixture_server.base_url + path)
    assert (reply.status, reply.headers["Content-Type"]) == (200, content_type)
    assert reply.body.startswith(magic)


def test_index_pages_paginate_to_page_two(fixture_server: FixtureServer) -> None:
    for site, page2 in [("iphedia", "/iphedia/page/2.html"), ("wirenews", "/wirenews/page/2"), ("dailypress", "/dailypress/page/2/")]:
        index = fetch(f"{fixture_server.base_url}/{site}/").body.decode()
        assert f'rel="next" href="{fixture_server.base_url}{page2}"' in index
        assert fetch(fixture_server.base_url + page2).status == 200


def test_head_request_gets_headers_only(fixture_server: FixtureServer) -> None:
    request = urllib.request.Request(fixture_server.base_url + "/robots.txt", method="HEAD")
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.status == 200
        assert int(response.headers["Content-Length"]) > 0
        assert response.read() == b""


def test_every_internal_link_resolves(fixture_server: FixtureServer) -> None:
    """Every <a href> on every served HTML page answers 200 or 301, except the one deliberately dead link."""
    base = fixture_server.base_url
    html_paths = [path for path, route in fixture_server.table.items() if route.status == 200 and route.content_type.startswith("text/html")]
    targets = set()
    for path in html_paths:
        body = fetch(base + path).body.decode()
        for href in re.findall(r'<a [^>]*href="([^"#]+)', body):
            if href.startswith(base):
                targets.add(href[len(base):].split("?")[0])
            elif href.startswith("/"):
                targets.add(href.split("?")[0])
    broken = {t for t in targets if fetch(base + t).status not in (200, 301)}
    assert broken == DELIBERATELY_DEAD


def test_expected_labels_use_served_urls(fixture_server: FixtureServer) -> None:
    expected = fixture_server.expected()
    assert sorted(expected) == sorted(fixture_server.article_urls())
    for url, labels in expected.items():
        assert labels["canonical_url"] == url
        assert "{{BASE_URL}}" not in repr(labels)


def test_server_stops_and_frees_its_port() -> None:
    server = FixtureServer().start()
    url = server.base_url + "/robots.txt"
    assert fetch(url).status == 200
    server.stop()
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(url, timeout=2)
