"""Pipelines with real items and a real Crawler: counted drops, safe JSONL writing, the run summary."""

import json

import pytest
from scrapy import Request, Spider, signals
from scrapy.exceptions import DownloadTimeoutError, DropItem, IgnoreRequest
from scrapy.http import HtmlResponse, Response
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.test import get_crawler
from twisted.python.failure import Failure

from newsbot.dupefilter import FilteredRequestStats, filtered_reason
from newsbot.loaders import load_article
from newsbot.netguard import PrivateAddressRefused
from newsbot.pipelines import DedupePipeline, JsonlWriterPipeline, ValidatePipeline, summary_path_for
from newsbot.schema import validation_errors
from newsbot.spiders.base import failure_outcome
from newsbot.summary import SUMMARY_ACCOUNTING_KEY, SUMMARY_ACCOUNTING_PER_REQUEST, build_summary


class DemoSpider(Spider):
    name = "demo"


def make_crawler(tmp_path=None, **settings):
    crawler = get_crawler(DemoSpider, {"NEWSBOT_OUTPUT_DIR": str(tmp_path or "."), **settings})
    crawler.spider = DemoSpider.from_crawler(crawler)
    crawler.stats.open_spider()
    return crawler


def article(url="http://s.test/2021/05/a.html", body="Some article text.", headline="A", canonical=None):
    item = load_article({"schema_version": "1.0", "domain": "s.test", "extractor_version": "0.1.0",
                         "body": body, "headline": headline, "canonical_url": canonical},
                        HtmlResponse(url, body=b""))
    assert validation_errors(dict(item)) == []
    return item


def test_valid_item_passes_validation():
    item = article()
    assert ValidatePipeline.from_crawler(make_crawler()).process_item(item) is item


def test_invalid_item_is_dropped_with_its_reasons_and_counted():
    crawler = make_crawler()
    item = article()
    item["date_published"] = "19 Mei 2021"
    with pytest.raises(DropItem, match="date_published"):
        ValidatePipeline.from_crawler(crawler).process_item(item)
    assert crawler.stats.get_value("newsbot/dropped/invalid") == 1


def test_page_without_text_or_headline_is_no_article():
    crawler = make_crawler()
    with pytest.raises(DropItem, match="no_article"):
        ValidatePipeline.from_crawler(crawler).process_item(article(body="", headline=None))
    assert crawler.stats.get_value("newsbot/dropped/no_article") == 1


@pytest.mark.parametrize(
    ("first", "second", "reason"),
    [
        (dict(url="http://s.test/a-story"), dict(url="http://s.test/a-story?", body="Other text."), "duplicate_url"),
        (dict(url="http://s.test/x", canonical="http://s.test/c"), dict(url="http://s.test/y", canonical="http://s.test/c", body="Other."), "duplicate_url"),
        (dict(url="http://s.test/x"), dict(url="http://s.test/y"), "duplicate_body"),
    ],
)
def test_dedupe_by_canonical_url_then_body(first, second, reason):
    crawler = make_crawler()
    pipeline = DedupePipeline.from_crawler(crawler)
    pipeline.process_item(article(**first))
    with pytest.raises(DropItem, match=reason):
        pipeline.process_item(article(**second))
    assert crawler.stats.get_value(f"newsbot/dropped/{reason}") == 1


def test_empty_bodies_are_not_body_duplicates():
    pipeline = DedupePipeline.from_crawler(make_crawler())
    pipeline.process_item(article(url="http://s.test/x", body=""))
    assert pipeline.process_item(article(url="http://s.test/y", body=""))["url"] == "http://s.test/y"


@pytest.fixture
def writer_run(tmp_path):
    crawler = make_crawler(tmp_path)
    writer = JsonlWriterPipeline.from_crawler(crawler)
    writer.open_spider()
    return crawler, writer


def test_writer_writes_to_part_file_until_close(writer_run):
    _, writer = writer_run
    writer.process_item(article())
    assert writer.part.exists() and not writer.output.exists()
    writer.close_spider()
    assert writer.output.exists() and not writer.part.exists()


def test_writer_writes_one_json_line_per_item(writer_run):
    _, writer = writer_run
    writer.process_item(article(url="http://s.test/1", body="Ünïcode text"))
    writer.process_item(article(url="http://s.test/2"))
    writer.close_spider()
    raw = writer.output.read_text(encoding="utf-8")
    lines = raw.splitlines()
    assert raw.endswith("\n") and len(lines) == 2
    assert "Ünïcode" in lines[0]  # no ASCII escaping
    assert [json.loads(line)["url"] for line in lines] == ["http://s.test/1", "http://s.test/2"]


def test_writer_puts_the_run_under_output_dir_and_spider_name(writer_run, tmp_path):
    _, writer = writer_run
    assert writer.output.parent == tmp_path / "demo" and writer.output.name.endswith("Z.jsonl")


def test_summary_file_counts_items_drops_and_errors(writer_run):
    crawler, writer = writer_run
    writer.process_item(article())
    for key in ("newsbot/dropped/no_article", "newsbot/dropped/non_html", "httperror/response_ignored_status_count/404",
                "downloader/exception_type_count/twisted.internet.error.ConnectionRefusedError",
                "downloader/response_status_count/200"):
        crawler.stats.inc_value(key)
    writer.close_spider()
    crawler.signals.send_catch_log(signals.spider_closed, spider=crawler.spider, reason="finished")
    summary = json.loads(summary_path_for(writer.output).read_text(encoding="utf-8"))
    assert summary["items"] == 1
    assert summary["dropped"] == {"no_article": 1, "non_html": 1}
    assert summary["errors"] == {"download/ConnectionRefusedError": 1, "http/404": 1}
    assert (summary["responses_by_status"], summary["finish_reason"]) == ({"200": 1}, "finished")


def test_explicit_output_file_setting(tmp_path):
    target = tmp_path / "run.jsonl"
    writer = JsonlWriterPipeline.from_crawler(make_crawler(tmp_path, NEWSBOT_OUTPUT_FILE=str(target)))
    writer.open_spider()
    writer.close_spider()
    assert target.exists() and summary_path_for(target).name == "run.summary.json"


def test_summary_counts_one_error_per_request_not_per_attempt():
    # A spider with per-request accounting: Scrapy's per-attempt counters (2 timeouts for 1 URL retried once) are
    # not read; the errback's one final outcome per request is.
    stats = {SUMMARY_ACCOUNTING_KEY: SUMMARY_ACCOUNTING_PER_REQUEST,
             "downloader/exception_type_count/scrapy.exceptions.DownloadTimeoutError": 2,
             "httperror/response_ignored_status_count/503": 1, "retry/count": 2,
             "newsbot/errors/download/DownloadTimeoutError": 1, "newsbot/errors/http/503": 1,
             "spider_exceptions/count": 1, "spider_exceptions/ValueError": 1}
    summary = build_summary(stats, spider="article", output_file=None)
    assert summary["errors"] == {"download/DownloadTimeoutError": 1, "http/503": 1, "spider/ValueError": 1}
    assert summary["retries"] == 2


def _failure(exception, url="http://s.test/a"):
    try:
        raise exception
    except Exception:
        failure = Failure()
    failure.request = Request(url)
    return failure


@pytest.mark.parametrize(
    ("exception", "expected"),
    [
        (DownloadTimeoutError("took longer than 2.0 seconds"), "newsbot/errors/download/DownloadTimeoutError"),
        (HttpError(Response("http://s.test/a", status=404), "Ignoring non-200 response"), "newsbot/errors/http/404"),
        (IgnoreRequest("max redirections reached"), "newsbot/dropped/too_many_redirects"),
        (IgnoreRequest("Forbidden by robots.txt"), "newsbot/dropped/robots_txt"),
        (IgnoreRequest("Filtered offsite request to 'other.test'"), "newsbot/dropped/offsite"),
        (PrivateAddressRefused("non-public address 10.0.0.1"), None),  # netguard counted it as private_address
        (IgnoreRequest("some middleware's own reason"), "newsbot/dropped/ignored_request"),
    ],
)
def test_failure_outcome_is_one_error_kind_or_drop_reason(exception, expected):
    assert failure_outcome(_failure(exception)) == expected


@pytest.mark.parametrize(
    ("url", "redirect_urls", "expected"),
    [
        ("http://s.test/a", None, "duplicate_request"),
        ("http://s.test/a", ["http://s.test/a", "http://s.test/b"], "redirect_loop"),
        ("http://s.test/a?y=2&x=1", ["http://s.test/a?x=1&y=2"], "redirect_loop"),  # the same fingerprint
        ("http://s.test/new", ["http://s.test/old"], "duplicate_request"),  # redirected onto a page fetched before
    ],
)
def test_filtered_reason(url, redirect_urls, expected):
    assert filtered_reason(url, redirect_urls) == expected


def test_requests_the_scheduler_refuses_are_counted_drops():
    crawler = make_crawler()
    extension = FilteredRequestStats.from_crawler(crawler)  # noqa: F841 - signals hold handlers weakly
    looped = Request("http://s.test/a", meta={"redirect_urls": ["http://s.test/a", "http://s.test/b"]})
    for request in (Request("http://s.test/a"), Request("http://s.test/c"), looped):
        crawler.signals.send_catch_log(signals.request_dropped, request=request, spider=crawler.spider)
    assert crawler.stats.get_value("newsbot/dropped/duplicate_request") == 2
    assert crawler.stats.get_value("newsbot/dropped/redirect_loop") == 1
