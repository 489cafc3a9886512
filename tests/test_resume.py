"""`newsbot crawl --resume DIR` after a SIGKILL and after a graceful stop, with real processes and a real site."""

from __future__ import annotations

import json
import signal
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest
from generated_site import CRAWL_FAST, newsbot_cmd, run_newsbot, write_site

from newsbot.fixtures_server import FixtureServer
from newsbot.resume import cut_after_last_newline, recovered_name
from newsbot.state import SeenStore

pytestmark = pytest.mark.e2e

SITE_ARTICLES = 200
KILL_AFTER_LINES = 40
# Few requests at a time: the crawl is still going when the test has seen KILL_AFTER_LINES lines.
CRAWL_SLOW = [*CRAWL_FAST, "-s", "CONCURRENT_REQUESTS=2"]


@pytest.mark.parametrize(
    ("content", "kept"),
    [(b'{"a": 1}\n{"a": 2}\n', b'{"a": 1}\n{"a": 2}\n'), (b'{"a": 1}\n{"a"', b'{"a": 1}\n'), (b'{"a', b""), (b"", b"")],
)
def test_torn_last_line_is_cut(tmp_path, content, kept):
    path = tmp_path / "run.jsonl.part"
    path.write_bytes(content)
    cut_after_last_newline(path)
    assert path.read_bytes() == kept


def test_recovered_name_never_takes_the_next_runs_name(tmp_path):
    (tmp_path / "run.recovered.jsonl").write_text("")
    assert recovered_name(tmp_path / "run.jsonl").name == "run.recovered-2.jsonl"


def part_lines(folder: Path) -> int:
    return sum(path.read_bytes().count(b"\n") for path in folder.glob("*.part"))


def start_crawl(server: FixtureServer, out: Path, resume: Path) -> subprocess.Popen:
    cmd = newsbot_cmd("crawl", "sitemap", "-a", f"url={server.base_url}/", "--output-dir", str(out), "--resume", str(resume), *CRAWL_SLOW)
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def stop_after_lines(proc: subprocess.Popen, folder: Path, sig: signal.Signals) -> int:
    deadline = time.monotonic() + 60
    while part_lines(folder) < KILL_AFTER_LINES and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    proc.send_signal(sig)
    proc.communicate(timeout=60)
    return part_lines(folder)


def resume(server: FixtureServer, out: Path, resume_dir: Path) -> subprocess.CompletedProcess:
    return run_newsbot("crawl", "sitemap", "-a", f"url={server.base_url}/", "--output-dir", str(out), "--resume", str(resume_dir), *CRAWL_SLOW)


def all_lines(out: Path) -> list[bytes]:
    return [line for path in sorted(out.rglob("*.jsonl")) for line in path.read_bytes().splitlines(keepends=True)]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("resume-site")
    write_site(root, SITE_ARTICLES)
    with FixtureServer(root) as server:
        yield server


@pytest.fixture(scope="module")
def killed(site, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("killed")
    out, resume_dir = tmp / "out", tmp / "resume"
    lines_at_kill = stop_after_lines(start_crawl(site, out, resume_dir), out / "sitemap", signal.SIGKILL)
    orphans = sorted((out / "sitemap").glob("*.part"))
    run = resume(site, out, resume_dir)
    return {"lines_at_kill": lines_at_kill, "orphans": orphans, "run": run, "out": out, "resume": resume_dir}


def test_kill_happened_mid_crawl(killed):
    assert KILL_AFTER_LINES <= killed["lines_at_kill"] < SITE_ARTICLES and len(killed["orphans"]) == 1


def test_resume_after_kill_says_what_it_did(killed):
    assert killed["run"].returncode == 0, killed["run"].stderr[-2000:]
    assert "last run was killed" in killed["run"].stdout and "recovered" in killed["run"].stdout


def test_union_after_kill_and_resume_has_every_article_exactly_once(killed, site):
    counts = Counter(json.loads(line)["url"] for line in all_lines(killed["out"]))
    assert sorted(counts) == sorted(site.article_urls()) and set(counts.values()) == {1}


def test_no_file_has_a_partial_line_or_is_left_as_part(killed):
    files = sorted((killed["out"] / "sitemap").glob("*.jsonl"))
    assert all(path.read_bytes().endswith(b"\n") for path in files)
    assert list((killed["out"] / "sitemap").glob("*.part")) == []


def test_seen_store_lives_in_the_resume_dir(killed):
    with SeenStore(killed["resume"]) as store:
        assert store.count() == SITE_ARTICLES


def test_resume_after_finished_run_is_a_new_incremental_run(killed, site):
    run = resume(site, killed["out"], killed["resume"])
    assert run.returncode == 0 and "last run finished" in run.stdout
    assert f"skipped (already written): {SITE_ARTICLES}" in run.stdout


def test_resume_after_graceful_stop_continues_the_saved_queue(site, tmp_path):
    out, resume_dir = tmp_path / "out", tmp_path / "resume"
    stop_after_lines(start_crawl(site, out, resume_dir), out / "sitemap", signal.SIGINT)
    assert json.loads((resume_dir / "status.json").read_text())["state"] == "stopped"
    run = resume(site, out, resume_dir)
    assert "continuing the stopped run's queue" in run.stdout
    counts = Counter(json.loads(line)["url"] for line in all_lines(out))
    assert sorted(counts) == sorted(site.article_urls()) and set(counts.values()) == {1}
