"""Incremental crawls on the seen-store: a repeated run writes only what is new or changed (real crawls)."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from generated_site import ARTICLE_TEMPLATE, CRAWL_FAST, copy_demo_site, read_lines, run_newsbot

from newsbot.fixtures_server import FixtureServer
from newsbot.state import SeenStore, is_newer, url_key

pytestmark = pytest.mark.e2e

NEW_ARTICLES = {
    "/dailypress/2021/06/20/library-extends-weekend-opening-hours/": "Library extends weekend opening hours",
    "/wirenews/world/ferry-service-resumes-after-winter-storms": "Ferry service resumes after winter storms",
}


# -- the store itself ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lastmod", "recorded", "newer"),
    [
        ("2024-05-02T00:00:00Z", "2024-05-01T00:00:00+00:00", True),
        ("2024-05-01T00:00:00Z", "2024-05-01T00:00:00+00:00", False),
        ("2024-05-01T09:00:00+07:00", "2024-05-01T03:00:00Z", False),  # same instant in another zone
        ("2024-05-01", "2024-04-30T23:00:00Z", True),
        (None, "2024-05-01T00:00:00Z", False),
        ("not a date", "2024-05-01T00:00:00Z", False),
        ("2024-05-01T00:00:00Z", None, True),
    ],
)
def test_is_newer_compares_instants(lastmod, recorded, newer):
    assert is_newer(lastmod, recorded) is newer


def test_url_key_ignores_query_order_and_fragment():
    assert url_key("http://s.test/a?b=1&a=2#top") == url_key("http://s.test/a?a=2&b=1")


def test_store_needs_fetch_until_recorded_then_only_when_newer(tmp_path):
    with SeenStore(tmp_path) as store:
        assert store.needs_fetch("http://s.test/a")
        store.record(["http://s.test/a"], "sha", "2024-05-01T00:00:00Z")
        assert (store.needs_fetch("http://s.test/a", "2024-05-01T00:00:00Z"), store.needs_fetch("http://s.test/a", "2024-06-01")) == (False, True)


def test_store_uses_wal_so_two_processes_can_share_it(tmp_path):
    SeenStore(tmp_path).close()
    mode = sqlite3.connect(tmp_path / "seen.sqlite").execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


WRITER_SCRIPT = """
import sys
from newsbot.state import SeenStore
store = SeenStore(sys.argv[1])
for n in range(300):
    store.record([f"http://s.test/{sys.argv[2]}/{n}"], "sha")
"""


def test_two_processes_write_concurrently_without_losing_records(tmp_path):
    writers = [subprocess.Popen([sys.executable, "-c", WRITER_SCRIPT, str(tmp_path), name]) for name in ("a", "b")]
    assert [writer.wait(timeout=60) for writer in writers] == [0, 0]
    with SeenStore(tmp_path) as store:
        assert store.count() == 600


# -- real crawls ------------------------------------------------------------------------------------------------
def add_article(root: Path, path: str, title: str, lastmod: str) -> None:
    """A new page in the copied demo site, listed in its plain sitemap."""
    name = "sites/new-" + re.sub(r"\W+", "-", path).strip("-") + ".html"
    (root / name).write_text(ARTICLE_TEMPLATE.format(title=title, n=len(title)), encoding="utf-8")
    routes_file = root / "routes.json"
    routes = json.loads(routes_file.read_text(encoding="utf-8"))
    routes["articles"][path] = name
    routes_file.write_text(json.dumps(routes, indent=2), encoding="utf-8")
    sitemap = root / "static" / "sitemap-articles.xml"
    entry = f"<url><loc>{{{{BASE_URL}}}}{path}</loc><lastmod>{lastmod}</lastmod></url>\n</urlset>"
    sitemap.write_text(sitemap.read_text(encoding="utf-8").replace("</urlset>", entry), encoding="utf-8")


def crawl_site(server: FixtureServer, out: Path, state: Path, *extra: str) -> tuple[list[dict], str]:
    run = run_newsbot("crawl", "sitemap", "-a", f"url={server.base_url}/", "-o", str(out), "--state-dir", str(state), *extra, *CRAWL_FAST)
    assert run.returncode == 0, run.stderr[-2000:]
    return read_lines(out), run.stdout


def edit_article(root: Path, path: str, new_lastmod: str) -> None:
    """Change the article's text and its sitemap lastmod, the way a site publishes a correction."""
    page = root / json.loads((root / "routes.json").read_text(encoding="utf-8"))["articles"][path]
    page.write_text(page.read_text(encoding="utf-8").replace("short debate", "long debate"), encoding="utf-8")
    sitemap = root / "static" / "sitemap-articles.xml"
    text = re.sub(re.escape(path) + r"</loc><lastmod>[^<]+", f"{path}</loc><lastmod>{new_lastmod}", sitemap.read_text(encoding="utf-8"))
    sitemap.write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """First crawl of a demo-site copy; two articles added; second crawl; one article edited; third crawl; reset.
    The server restarts on the same port after each change (it reads its routes at start)."""
    tmp = tmp_path_factory.mktemp("incremental")
    root = copy_demo_site(tmp / "site")
    state = tmp / "state"
    out = {}
    with FixtureServer(root) as server:
        out["base_url"], out["known"] = server.base_url, len(server.article_urls())
        port = int(server.base_url.rsplit(":", 1)[1])
        out["first"] = crawl_site(server, tmp / "1.jsonl", state)
    for path, title in NEW_ARTICLES.items():
        add_article(root, path, title, "2021-06-20T08:00:00+00:00")
    with FixtureServer(root, port=port) as server:
        out["second"] = crawl_site(server, tmp / "2.jsonl", state)
        edit_article(root, next(iter(NEW_ARTICLES)), "2021-06-21T09:30:00+00:00")
        out["third"] = crawl_site(server, tmp / "3.jsonl", state)
        out["reset"] = crawl_site(server, tmp / "4.jsonl", state, "--reset-state")
    return out


def test_first_run_writes_every_article(runs):
    assert len(runs["first"][0]) == runs["known"]


def test_rerun_after_adding_two_articles_writes_exactly_those_two(runs):
    urls = sorted(item["url"] for item in runs["second"][0])
    assert urls == sorted(runs["base_url"] + path for path in NEW_ARTICLES)


def test_rerun_reports_the_articles_it_skipped(runs):
    # every known article is listed in the plain and in the news sitemap: counted once all the same
    assert f"skipped (already written): {runs['known']}\n" in runs["second"][1]


def test_article_with_newer_lastmod_and_changed_body_is_written_again_with_date_modified(runs):
    items = runs["third"][0]
    assert [(item["url"], item["date_modified"]) for item in items] == [
        (runs["base_url"] + next(iter(NEW_ARTICLES)), "2021-06-21T09:30:00+00:00")]


def test_reset_state_writes_everything_again(runs):
    assert len(runs["reset"][0]) == runs["known"] + len(NEW_ARTICLES) and "state: forgot" in runs["reset"][1]
