"""`newsbot archive`: config checks, and real runs for the lock and every exit code."""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

import pytest
from generated_site import newsbot_cmd, read_lines, run_newsbot

from newsbot.archive import (
    EXIT_ALL_OK,
    EXIT_LOCKED,
    EXIT_NOTHING_RAN,
    EXIT_SOME_FAILED,
    ConfigError,
    crawl_args,
    overall_exit_code,
    parse_config,
    site_outcome,
    site_run_paths,
)

FAST = "download_delay = 0\nautothrottle = false\n"
# Port 1 on loopback: connection refused at once; no retries so the failing site fails fast.
DOWN_SITE = '[[site]]\nname = "down"\nsitemaps = ["http://127.0.0.1:1/sitemap.xml"]\nsettings = { RETRY_ENABLED = false }\n'


def demo_site(base_url: str, extra: str = "") -> str:
    return f'[[site]]\nname = "demo"\nsitemaps = ["{base_url}/"]\n{extra}'


def write_config(folder: Path, *sites: str) -> Path:
    path = folder / "sites.toml"
    path.write_text(f'output_dir = "out"\nstate_dir = "state"\n[defaults]\n{FAST}\n' + "\n".join(sites), encoding="utf-8")
    return path


# -- config ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "no sites"),
        ({"site": [{"name": "a"}]}, "at least one of sitemaps, feeds, start_urls"),
        ({"site": [{"name": "../etc", "feeds": ["http://x.test/rss"]}]}, "'name' must be"),
        ({"site": [{"name": "a", "feeds": "http://x.test/rss", "maxpages": 3}]}, "unknown keys maxpages"),
        ({"site": [{"name": "a", "feeds": [""]}]}, "expected a URL"),
        ({"site": [{"name": "a", "feeds": "u"}, {"name": "a", "feeds": "u"}]}, "unique"),
        ({"sites": []}, "unknown top-level keys sites"),
    ],
)
def test_bad_configs_are_refused_with_a_reason(data, message, tmp_path):
    with pytest.raises(ConfigError, match=message):
        parse_config(data, tmp_path)


def test_site_politeness_and_defaults_become_scrapy_settings(tmp_path):
    data = {"defaults": {"download_delay": 2.0, "obey_robots_txt": True},
            "site": [{"name": "a", "sitemaps": "http://a.test/", "download_delay": 5, "max_articles": 100, "settings": {"USER_AGENT": "x"}}]}
    site = parse_config(data, tmp_path).sites[0]
    assert site.settings == {"DOWNLOAD_DELAY": 5, "ROBOTSTXT_OBEY": True, "CLOSESPIDER_ITEMCOUNT": 100, "USER_AGENT": "x"}


def test_site_run_is_dated_with_jsonl_warc_and_its_own_state(tmp_path):
    from datetime import datetime, timezone

    config = parse_config({"site": [{"name": "a", "feeds": "http://a.test/rss"}]}, tmp_path)
    run = site_run_paths(config, config.sites[0], datetime(2026, 3, 4, 5, 6, 7, tzinfo=timezone.utc))
    assert (run.jsonl, run.warc, run.state_dir) == (
        tmp_path / "archive/a/2026-03-04/050607Z.jsonl", tmp_path / "archive/a/2026-03-04/050607Z.warc.gz", tmp_path / "state/a")
    assert crawl_args(config.sites[0], run)[:2] == ["crawl", "site"] and "feeds=http://a.test/rss" in crawl_args(config.sites[0], run)


@pytest.mark.parametrize(
    ("results", "code"),
    [([True, True], EXIT_ALL_OK), ([True, False], EXIT_SOME_FAILED), ([False, False], EXIT_NOTHING_RAN), ([], EXIT_NOTHING_RAN)],
)
def test_overall_exit_code(results, code):
    assert overall_exit_code(results) == code


@pytest.mark.parametrize(
    ("code", "summary", "ok"),
    [
        (0, {"items": 3, "responses_by_status": {"200": 5}}, True),
        (0, {"items": 0, "responses_by_status": {"200": 2}}, True),  # nothing new is still a good run
        (0, {"items": 0, "responses_by_status": {"404": 2}, "errors": {"http/404": 2}}, False),
        (0, {"items": 0, "responses_by_status": {}}, False),
        (1, {"items": 3, "responses_by_status": {"200": 5}}, False),
        (0, None, False),
    ],
)
def test_site_outcome(code, summary, ok):
    assert site_outcome(code, summary)[0] is ok


# -- real runs -------------------------------------------------------------------------------------------------
def test_config_error_exits_2_with_the_reason(tmp_path):
    config = tmp_path / "sites.toml"
    config.write_text("[[site]]\nname = 'a'\n", encoding="utf-8")
    run = run_newsbot("archive", "--config", str(config))
    assert run.returncode == 2 and "at least one of sitemaps" in run.stderr


@pytest.fixture(scope="module")
def overlapping(fixture_server, tmp_path_factory):
    """Run A archives the demo site (slowed so it is still running); run B starts meanwhile and must refuse."""
    tmp = tmp_path_factory.mktemp("archive")
    config = write_config(tmp, demo_site(fixture_server.base_url, "download_delay = 0.1\nconcurrent_requests_per_domain = 1\n"))
    first = subprocess.Popen(newsbot_cmd("archive", "--config", str(config)), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lock = tmp / "state" / "archive.lock"
    deadline = time.monotonic() + 30
    while not (lock.exists() and "pid" in lock.read_text()) and time.monotonic() < deadline:
        time.sleep(0.05)
    second = run_newsbot("archive", "--config", str(config))
    out, err = first.communicate(timeout=120)
    return {"tmp": tmp, "config": config, "first": (first.returncode, out, err), "second": second}


def test_overlapping_run_exits_with_the_lock_code_and_says_why(overlapping):
    second = overlapping["second"]
    assert second.returncode == EXIT_LOCKED and "another archive run holds" in second.stderr


def test_first_run_succeeds_while_holding_the_lock(overlapping, fixture_server):
    code, out, err = overlapping["first"]
    assert code == EXIT_ALL_OK, err[-2000:]
    assert f"ok     demo: {len(fixture_server.article_urls())} new articles" in out


def test_run_writes_dated_jsonl_warc_and_summary(overlapping, fixture_server):
    day = next((overlapping["tmp"] / "out" / "demo").iterdir())
    jsonl = next(day.glob("*Z.jsonl"))
    summary = json.loads(jsonl.with_name(jsonl.name.replace(".jsonl", ".summary.json")).read_text())
    articles = len(fixture_server.article_urls())
    assert len(read_lines(jsonl)) == articles and summary["items"] == articles and list(day.glob("*.warc.gz"))


def test_run_report_lists_each_site(overlapping):
    report = json.loads(next((overlapping["tmp"] / "out").glob("archive-*.json")).read_text())
    assert [(s["site"], s["ok"]) for s in report["sites"]] == [("demo", True)] and report["exit_code"] == 0


def test_lock_is_free_again_after_a_run(overlapping, tmp_path):
    from newsbot.archive import acquire_lock

    acquire_lock(overlapping["tmp"] / "state").close()


def test_some_sites_failed_exits_3(fixture_server, tmp_path):
    one_article = f'[[site]]\nname = "one"\nstart_urls = ["{fixture_server.article_urls()[0]}"]\n'
    run = run_newsbot("archive", "--config", str(write_config(tmp_path, one_article, DOWN_SITE)))
    assert run.returncode == EXIT_SOME_FAILED and "1 of 2 sites failed: down" in run.stderr


def test_nothing_could_run_exits_4(tmp_path):
    run = run_newsbot("archive", "--config", str(write_config(tmp_path, DOWN_SITE)))
    assert run.returncode == EXIT_NOTHING_RAN and "FAILED down: no page could be fetched" in run.stdout
