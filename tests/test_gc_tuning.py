"""The crawl-time garbage-collector threshold: set when the spider opens, restored when it closes."""

from __future__ import annotations

import gc

import pytest
from scrapy import Spider, signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.test import get_crawler

from newsbot.gc_tuning import GcThresholdExtension


@pytest.fixture
def default_thresholds():
    saved = gc.get_threshold()
    yield saved
    gc.set_threshold(*saved)


def test_threshold_applies_during_the_crawl_and_is_restored(default_thresholds):
    crawler = get_crawler(Spider, {"NEWSBOT_GC_THRESHOLD": 12_345, "LOGSTATS_INTERVAL": 0})
    extension = GcThresholdExtension.from_crawler(crawler)  # signals hold handlers weakly: keep it alive
    spider = Spider(name="t")
    crawler.signals.send_catch_log(signals.spider_opened, spider=spider)
    assert gc.get_threshold() == (12_345, *default_thresholds[1:])
    crawler.signals.send_catch_log(signals.spider_closed, spider=spider, reason="finished")
    assert gc.get_threshold() == default_thresholds
    assert extension.saved is None


@pytest.mark.parametrize("value", [0, -1])
def test_zero_or_negative_keeps_pythons_defaults(value):
    with pytest.raises(NotConfigured):
        GcThresholdExtension.from_crawler(get_crawler(Spider, {"NEWSBOT_GC_THRESHOLD": value}))


def test_project_settings_enable_it():
    from newsbot.commands.crawl import project_settings

    settings = project_settings({})
    assert settings.getint("NEWSBOT_GC_THRESHOLD") > 700
    assert "newsbot.gc_tuning.GcThresholdExtension" in settings.getdict("EXTENSIONS")
