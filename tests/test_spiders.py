"""Spider building blocks: article-like URLs, sitemap parsing with Google News hints, feeds, hints, callbacks."""

import gzip

import pytest
from scrapy import signals
from scrapy.http import HtmlResponse, Request, Response, TextResponse
from scrapy.utils.test import get_crawler

from newsbot.items import ArticleItem
from newsbot.spiders.article import ArticleSpider
from newsbot.spiders.feed import entry_links
from newsbot.spiders.hints import apply_hints
from newsbot.spiders.sitemap import SitemapSpider
from newsbot.spiders.sitemap_xml import SitemapTooLarge, maybe_gunzip, parse_sitemap, sitemap_urls_from_robots
from newsbot.spiders.urls import is_article_like, is_pagination

NEWS_SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>http://site.test/2021/05/lavrov-visit.html</loc>
    <news:news>
      <news:publication><news:name>Site</news:name><news:language>id</news:language></news:publication>
      <news:publication_date>2021-05-19T10:30:00+07:00</news:publication_date>
      <news:title>Lavrov berkunjung</news:title>
      <news:keywords>Rusia, Armenia , </news:keywords>
    </news:news>
  </url>
  <url><loc>http://site.test/about</loc><lastmod>2021-01-01</lastmod></url>
</urlset>"""
SITEMAP_INDEX = b"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>http://site.test/news.xml</loc></sitemap><sitemap><loc>http://site.test/all.xml.gz</loc></sitemap></sitemapindex>"""
XXE = b"""<?xml version="1.0"?><!DOCTYPE u [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>http://site.test/a&x;</loc></url></urlset>"""
RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>S</title><language>en-us</language>
<item><title>Fed speaks</title><link>http://site.test/business/fed-policymaker-says-price-rise-will-fade</link>
<pubDate>Tue, 15 Jun 2021 14:00:00 +0200</pubDate><category>Economy</category></item>
<item><title>No link</title></item></channel></rss>"""


@pytest.mark.parametrize(
    ("url", "article_like"),
    [
        ("http://site.test/2021/05/lavrov-visit.html", True),
        ("http://site.test/dailypress/2021/06/15/city-council-approves-budget/", True),
        ("http://site.test/world/nepal-reopens-everest-trekking-routes-after-landslide", True),
        ("http://site.test/", False),
        ("http://site.test/about", False),
        ("http://site.test/tag/city-council-budget-parks-news/", False),
        ("http://site.test/category/world/", False),
        ("http://site.test/search/label/Rusia", False),
        ("http://site.test/author/jane-smith-senior-reporter/", False),
        ("http://site.test/page/2/", False),
        ("http://site.test/feed/", False),
        ("http://site.test/wp-content/uploads/2021/06/barges-on-the-river.png", False),
        ("http://site.test/2021/05/annual-report.pdf", False),
        ("http://site.test/login", False),
        ("mailto:desk@site.test", False),
    ],
)
def test_is_article_like(url, article_like):
    assert is_article_like(url) is article_like


@pytest.mark.parametrize(
    ("url", "paginated"),
    [("http://s.test/page/2/", True), ("http://s.test/news?page=3", True), ("http://s.test/2021/05/x.html", False)],
)
def test_is_pagination(url, paginated):
    assert is_pagination(url) is paginated


def test_google_news_sitemap_keeps_hints():
    sitemap = parse_sitemap(NEWS_SITEMAP)
    assert sitemap.kind == "urlset"
    assert sitemap.entries[0].hints == {
        "date_published": "2021-05-19T10:30:00+07:00",
        "headline": "Lavrov berkunjung",
        "tags": ["Rusia", "Armenia"],
        "language": "id",
    }


def test_plain_sitemap_entry_has_lastmod_and_no_hints():
    entry = parse_sitemap(NEWS_SITEMAP).entries[1]
    assert (entry.loc, entry.lastmod, entry.hints) == ("http://site.test/about", "2021-01-01", {})


def test_sitemap_index_lists_child_sitemaps():
    sitemap = parse_sitemap(SITEMAP_INDEX)
    assert (sitemap.kind, [e.loc for e in sitemap.entries]) == (
        "sitemapindex", ["http://site.test/news.xml", "http://site.test/all.xml.gz"])


def test_sitemap_parser_does_not_expand_external_entities():
    locs = [e.loc for e in parse_sitemap(XXE).entries]
    assert all("root:" not in loc for loc in locs)


@pytest.mark.parametrize("body", [b"", b"not xml at all", b"<html><body>hi</body></html>"])
def test_non_sitemap_bodies_give_no_entries(body):
    assert parse_sitemap(body).entries == []


def test_gzipped_sitemap_is_unpacked():
    assert maybe_gunzip(gzip.compress(SITEMAP_INDEX), 10_000) == SITEMAP_INDEX


def test_gzip_bomb_is_refused():
    with pytest.raises(SitemapTooLarge):
        maybe_gunzip(gzip.compress(b"x" * 100_000), 1_000)


def test_robots_sitemap_lines():
    robots = "User-agent: *\nDisallow: /private/\nSitemap: http://s.test/sitemap.xml\nsitemap:http://s.test/news.xml\n"
    assert sitemap_urls_from_robots(robots) == ["http://s.test/sitemap.xml", "http://s.test/news.xml"]


@pytest.mark.parametrize(
    ("extracted", "hints", "expected"),
    [
        ({"headline": None, "tags": []}, {"headline": "From sitemap", "tags": ["a"]}, {"headline": "From sitemap", "tags": ["a"]}),
        ({"headline": "On the page", "tags": ["p"]}, {"headline": "From sitemap", "tags": ["a"]}, {"headline": "On the page", "tags": ["p"]}),
        ({"date_published": None}, {"date_published": "2021-05-19T10:30:00+07:00"}, {"date_published": "2021-05-19T10:30:00+07:00"}),
        ({"date_published": None}, {"date_published": "May 19, 2021"}, {"date_published": "2021-05-19T00:00:00"}),
        ({"date_published": None}, {"date_published": "soon"}, {"date_published": None}),
        ({"language": None}, {"language": "en-US"}, {"language": "en"}),
        ({"language": None}, {"language": "english"}, {"language": None}),
    ],
)
def test_hints_fill_only_empty_fields(extracted, hints, expected):
    assert apply_hints(extracted, hints) == expected


def test_feed_entries_become_links_with_hints():
    links = entry_links(RSS)
    assert links == [(
        "http://site.test/business/fed-policymaker-says-price-rise-will-fade",
        {"headline": "Fed speaks", "date_published": "2021-06-15T12:00:00Z", "tags": ["Economy"], "language": "en-us"},
        "2021-06-15T12:00:00Z",
    )]


def spider_with_crawler(cls, **kwargs):
    crawler = get_crawler(cls)
    spider = cls.from_crawler(crawler, **kwargs)
    crawler.spider = spider
    crawler.stats.open_spider()
    return spider


def test_sitemap_spider_puts_news_hints_in_request_meta():
    spider = spider_with_crawler(SitemapSpider, url="http://site.test/")
    response = Response("http://site.test/news.xml", body=NEWS_SITEMAP, request=Request("http://site.test/news.xml"))
    requests = list(spider.parse_sitemap(response))
    assert [r.url for r in requests] == ["http://site.test/2021/05/lavrov-visit.html"]
    assert requests[0].meta["newsbot_hints"]["headline"] == "Lavrov berkunjung"
    assert spider.crawler.stats.get_value("newsbot/skipped/sitemap_not_article") == 1


def test_sitemap_hint_fills_headline_of_a_page_without_one():
    spider = spider_with_crawler(SitemapSpider, url="http://site.test/")
    request = spider.article_request("http://site.test/2021/05/lavrov-visit.html", hints={"headline": "Lavrov berkunjung"})
    page = HtmlResponse(request.url, body=b"<html><body><p>Teks berita tanpa judul di sini.</p></body></html>", request=request)
    item = spider.item_from(page)
    assert isinstance(item, ArticleItem)
    assert item["headline"] == "Lavrov berkunjung"


def test_non_html_article_response_is_a_counted_drop():
    spider = spider_with_crawler(ArticleSpider, urls="http://site.test/report.pdf")
    request = spider.article_request("http://site.test/report.pdf")
    response = Response(request.url, body=b"%PDF-1.4", headers={"Content-Type": "application/pdf"}, request=request)
    assert list(spider.parse_article(response)) == []
    assert spider.crawler.stats.get_value("newsbot/dropped/non_html") == 1


def test_following_takes_same_site_article_links_and_next_pages_only():
    spider = spider_with_crawler(ArticleSpider, urls="http://site.test/", follow="1")
    body = (b'<a href="/2021/05/lavrov-visit.html">a</a><a href="/tag/rusia">t</a><a href="http://other.test/2021/05/x.html">o</a>'
            b'<a rel="next" href="/latest?before=123">next</a><a href="/2021/05/lavrov-visit.html#comments">c</a>')
    request = spider.listing_request("http://site.test/")
    response = HtmlResponse("http://site.test/", body=body, request=request)
    followed = [(r.url, r.callback.__name__) for r in spider.parse_listing(response)]
    assert followed == [("http://site.test/2021/05/lavrov-visit.html", "parse_article"),
                        ("http://site.test/latest?before=123", "parse_listing")]


def test_following_stops_at_max_pages():
    spider = spider_with_crawler(ArticleSpider, urls="http://site.test/", follow="1", max_pages="1")
    body = b'<a href="/2021/05/one-story-here.html">1</a><a href="/2021/05/two-story-here.html">2</a>'
    response = HtmlResponse("http://site.test/", body=body, request=spider.listing_request("http://site.test/"))
    assert len(list(spider.parse_listing(response))) == 1


def test_article_spider_requires_urls():
    with pytest.raises(ValueError, match="urls="):
        ArticleSpider()


def test_text_response_that_is_not_html_is_dropped():
    spider = spider_with_crawler(ArticleSpider, urls="http://site.test/a.txt")
    request = spider.article_request("http://site.test/a.txt")
    response = TextResponse(request.url, body=b"plain", encoding="utf-8", request=request)
    assert list(spider.parse_article(response)) == []


def test_origins_are_not_kept_without_a_seen_store():
    # a dict entry kept for every crawled page grew a 100k-page crawl by ~0.4 KB a page
    spider = spider_with_crawler(ArticleSpider, urls="http://site.test/2021/05/a.html")
    request = spider.article_request("http://site.test/2021/05/a.html")
    page = HtmlResponse(request.url, body=b"<html><body><h1>A</h1><p>Teks berita yang cukup panjang di sini.</p></body></html>", request=request)
    spider.item_from(page)
    assert spider.article_origins == {}


def test_dropped_item_forgets_its_origin_in_incremental_runs(tmp_path):
    crawler = get_crawler(ArticleSpider, settings_dict={"NEWSBOT_STATE_DIR": str(tmp_path)})
    spider = ArticleSpider.from_crawler(crawler, urls="http://site.test/2021/05/a.html")
    request = spider.article_request("http://site.test/2021/05/a.html")
    page = HtmlResponse(request.url, body=b"<html><body><h1>A</h1><p>Teks berita yang cukup panjang di sini.</p></body></html>", request=request)
    item = spider.item_from(page)
    assert list(spider.article_origins) == ["http://site.test/2021/05/a.html"]
    crawler.signals.send_catch_log(signals.item_dropped, item=item, response=page, exception=Exception("dup"), spider=spider)
    assert spider.article_origins == {}
