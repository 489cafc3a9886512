"""Real Scrapy crawls of the demo site, each in a subprocess (a Twisted reactor cannot restart in one process)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsbot.fixtures_server import FixtureServer
from newsbot.schema import validation_errors

pytestmark = pytest.mark.e2e

BOILERPLATE = ("Back to Top", "Buka Komentar", "Tutup Komentar", "Write Komentar", "Siapapun boleh berkomentar",
               "Powered by Blogger", "No comments:")
CRAWL_TIMEOUT = 120


def crawl(out_dir: Path, spider: str, *args: str) -> tuple[subprocess.CompletedProcess, list[dict], dict, Path]:
    """Run `python -m newsbot crawl` and return (process, items, summary, jsonl path)."""
    cmd = [sys.executable, "-m", "newsbot", "crawl", spider, *args, "--output-dir", str(out_dir),
           "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "LOG_LEVEL=WARNING", "-s", "NEWSBOT_NETGUARD_ALLOW=127.0.0.1"]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=CRAWL_TIMEOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    runs = sorted((out_dir / spider).glob("*.jsonl"))
    assert runs, f"no output; stderr:\n{proc.stderr[-3000:]}"
    items = [json.loads(line) for line in runs[-1].read_text(encoding="utf-8").splitlines()]
    summary = json.loads(runs[-1].with_name(runs[-1].name.replace(".jsonl", ".summary.json")).read_text(encoding="utf-8"))
    return proc, items, summary, runs[-1]


def feed_urls(server: FixtureServer) -> list[str]:
    files = server.routes.get("files", {})
    return [server.base_url + path for path, spec in files.items()
            if isinstance(spec, dict) and any(k in spec.get("content_type", "") for k in ("rss", "atom"))]


def section_urls(server: FixtureServer) -> list[str]:
    """The home page and each site's front page ("/x/")."""
    paths = [p for p in server.routes.get("files", {}) if p == "/" or (p.count("/") == 2 and p.endswith("/"))]
    return [server.base_url + p for p in paths]


@pytest.fixture(scope="module")
def runs(fixture_server, tmp_path_factory):
    out = tmp_path_factory.mktemp("crawls")
    base = fixture_server.base_url
    return {
        "sitemap": crawl(out, "sitemap", "-a", f"url={base}/"),
        "feed": crawl(out, "feed", "-a", "urls=" + ",".join(feed_urls(fixture_server))),
        "follow": crawl(out, "article", "-a", "urls=" + ",".join(section_urls(fixture_server)), "-a", "follow=1"),
    }


RUN_NAMES = ["sitemap", "feed", "follow"]


@pytest.mark.parametrize("run", RUN_NAMES)
def test_crawl_exits_zero_and_prints_summary_path(runs, run):
    proc, _, _, path = runs[run]
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert f"summary: {path.with_name(path.name.replace('.jsonl', '.summary.json'))}" in proc.stdout


@pytest.mark.parametrize("run", RUN_NAMES)
def test_crawl_finds_exactly_the_articles(runs, run, fixture_server):
    urls = [item["url"] for item in runs[run][1]]
    assert sorted(urls) == sorted(fixture_server.article_urls())


@pytest.mark.parametrize("run", RUN_NAMES)
def test_every_line_is_valid(runs, run):
    assert [(item["url"], validation_errors(item)) for item in runs[run][1] if validation_errors(item)] == []


@pytest.mark.parametrize("run", RUN_NAMES)
def test_no_part_file_left(runs, run):
    assert list(runs[run][3].parent.glob("*.part")) == []


@pytest.mark.parametrize("run", RUN_NAMES)
def test_no_boilerplate_in_bodies(runs, run):
    found = [(item["url"], phrase) for item in runs[run][1] for phrase in BOILERPLATE if phrase in item["body"]]
    assert found == []


@pytest.mark.parametrize("run", RUN_NAMES)
def test_summary_counts_items(runs, run):
    _, items, summary, _ = runs[run]
    assert summary["items"] == len(items) and summary["finish_reason"] == "finished"


def test_fetched_at_is_set_on_crawled_items(runs):
    assert all(item["fetched_at"] for item in runs["sitemap"][1])


# -- redirects, 404, non-HTML and bad responses -----------------------------------------------------------------
BAD_PAGES = {
    "/2021/05/empty-page-served-with-200.html": ("empty.html", b"", "text/html; charset=utf-8"),
    "/2021/05/binary-served-as-text-html.html": ("binary.bin", bytes(range(256)) * 64, "text/html"),
    "/2021/05/truncated-html-cut-mid-tag.html": ("truncated.html", b"<html><head><title>Cut</title></head><body><h1>Cut off</h1><p>The story starts but the conn", "text/html"),
    "/2021/05/invalid-charset-declared-here.html": ("charset.html", "<html><body><h1>Café</h1><p>Crème brûlée text here.</p></body></html>".encode("latin-1"), "text/html; charset=no-such-charset"),
    "/2021/05/huge-page-over-the-size-limit.html": ("huge.html", None, "text/html"),
}
HUGE_BYTES = 21 * 1024 * 1024


@pytest.fixture(scope="module")
def bad_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("badsite")
    files = {}
    for path, (name, body, content_type) in BAD_PAGES.items():
        if body is None:
            with (root / name).open("wb") as fh:
                fh.write(b"<html><body><p>" + b"word " * (HUGE_BYTES // 5) + b"</p></body></html>")
        else:
            (root / name).write_bytes(body)
        files[path] = {"file": name, "content_type": content_type}
    (root / "404.html").write_text("<h1>Not found</h1>", encoding="utf-8")
    (root / "routes.json").write_text(json.dumps({"files": files, "not_found": "404.html"}), encoding="utf-8")
    with FixtureServer(root) as server:
        yield server


@pytest.fixture(scope="module")
def odd_run(fixture_server, bad_site, tmp_path_factory):
    demo = fixture_server.routes
    redirect = fixture_server.base_url + next(iter(demo["redirects"]))
    pdf = fixture_server.base_url + next(p for p in demo["files"] if p.endswith(".pdf"))
    missing = fixture_server.base_url + "/2021/05/no-such-story-anywhere.html"
    urls = [redirect, pdf, missing] + [bad_site.base_url + p for p in BAD_PAGES]
    out = tmp_path_factory.mktemp("odd")
    return urls, redirect, *crawl(out, "article", "-a", "urls=" + ",".join(urls), "-s", "RETRY_ENABLED=False")


def test_redirect_gives_the_final_url(odd_run, fixture_server):
    _, redirect, _, items, _, _ = odd_run
    target = fixture_server.base_url + fixture_server.routes["redirects"][redirect[len(fixture_server.base_url):]]
    assert target in [item["url"] for item in items] and redirect not in [item["url"] for item in items]


def test_404_and_non_html_are_counted(odd_run):
    summary = odd_run[4]
    assert summary["errors"].get("http/404") == 1 and summary["dropped"].get("non_html") == 1


def test_bad_responses_never_break_the_crawl(odd_run):
    _, _, proc, _, summary, _ = odd_run
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert not [kind for kind in summary["errors"] if kind.startswith("spider/")]


def test_every_requested_url_is_an_item_or_a_counted_drop_or_error(odd_run):
    urls, _, _, items, summary, _ = odd_run
    accounted = len(items) + sum(summary["dropped"].values()) + sum(summary["errors"].values())
    assert accounted == len(urls)
