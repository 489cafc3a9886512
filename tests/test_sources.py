"""Offline inputs: HTML files, .html.gz, and WARC archives in Common Crawl CC-NEWS layout, via `newsbot extract`."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsbot import batch
from newsbot.batch import Extracted, Failed, extract_all
from newsbot.cli import main
from newsbot.sources import HtmlFile, PageInput, ReadError, Skipped, iter_pages
from newsbot.sources.files import gunzip_capped
from newsbot.sources.warc import warc_date_to_iso

PAGE = "<html lang='en'><head><title>{t}</title></head><body><article><h1>{t}</h1><p>The story of {t} in several plain words.</p></article></body></html>"


def _response(writer: WARCWriter, url: str, body: bytes, *, status: str = "200 OK", content_type: str = "text/html; charset=utf-8", date: str = "2021-05-01T10:00:00Z", encoding: str | None = None) -> None:
    headers = [("Content-Type", content_type), ("Content-Length", str(len(body)))]
    if encoding:
        headers.append(("Content-Encoding", encoding))
    http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
    record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), length=len(body), http_headers=http, warc_headers_dict={"WARC-Date": date})
    writer.write_record(record)


def write_cc_news_warc(path: Path) -> Path:
    """A small WARC shaped like a CC-NEWS file: warcinfo, then request + response + metadata per fetch."""
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=path.name.endswith(".gz"))
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test", "format": "WARC File Format 1.0"}))
        for n, title in enumerate(["Alpha", "Beta"], start=1):
            url = f"https://news.example/2021/05/story-{n}.html"
            request = StatusAndHeaders(f"GET /2021/05/story-{n}.html HTTP/1.1", [("Host", "news.example")], is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
            body = PAGE.format(t=title).encode()
            _response(writer, url, gzip.compress(body) if n == 2 else body, date=f"2021-05-0{n}T10:00:00Z", encoding="gzip" if n == 2 else None)
            writer.write_record(writer.create_warc_record(url, "metadata", payload=io.BytesIO(b"fetchTimeMs: 12\n"), warc_content_type="application/warc-fields"))
        _response(writer, "https://news.example/missing.html", b"gone", status="404 Not Found")
        _response(writer, "https://news.example/logo.png", b"\x89PNG....", content_type="image/png")
        _response(writer, "https://news.example/latin.html", PAGE.format(t="Café").encode("cp1252"), content_type="text/html; charset=windows-1252")
    return path


@pytest.fixture(params=["cc.warc.gz", "cc.warc"])
def warc_file(request, tmp_path):
    return write_cc_news_warc(tmp_path / request.param)


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_warc_pages_are_its_html_2xx_responses(warc_file, tmp_path):
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(warc_file), "-o", str(out)]) == 0
    assert [r["headline"] for r in _lines(out)] == ["Alpha", "Beta", "Café"]


def test_warc_target_uri_becomes_url_and_domain(warc_file, tmp_path):
    out = tmp_path / "out.jsonl"
    main(["extract", str(warc_file), "-o", str(out)])
    first = _lines(out)[0]
    assert first["url"] == "https://news.example/2021/05/story-1.html" and first["domain"] == "news.example"


def test_warc_date_becomes_fetched_at(warc_file, tmp_path):
    out = tmp_path / "out.jsonl"
    main(["extract", str(warc_file), "-o", str(out)])
    assert [r["fetched_at"] for r in _lines(out)][:2] == ["2021-05-01T10:00:00Z", "2021-05-02T10:00:00Z"]


def test_warc_output_validates(warc_file, tmp_path):
    out = tmp_path / "out.jsonl"
    main(["extract", str(warc_file), "-o", str(out)])
    assert main(["validate", str(out)]) == 0


def test_warc_records_that_are_not_pages_are_counted_by_reason(warc_file):
    reasons = sorted(item.reason for item in iter_pages([warc_file]) if isinstance(item, Skipped))
    assert reasons == ["not_html", "record_metadata", "record_metadata", "record_request", "record_request", "record_warcinfo", "status_404"]


def test_skipped_records_are_reported_on_stderr(warc_file, capsys):
    main(["extract", str(warc_file)])
    assert "status_404=1" in capsys.readouterr().err


def test_truncated_warc_keeps_the_pages_before_the_break(tmp_path):
    whole = write_cc_news_warc(tmp_path / "cc.warc").read_bytes()
    cut = tmp_path / "cut.warc"
    cut.write_bytes(whole[: whole.index(b"story-2.html") - 200])
    items = list(iter_pages([cut]))
    pages = [i for i in items if isinstance(i, PageInput)]
    assert len(pages) == 1 and not any(isinstance(i, Failed) for i in items)


def test_garbage_named_warc_is_a_read_error(tmp_path, capsys):
    bad = tmp_path / "bad.warc.gz"
    bad.write_bytes(b"this is not an archive at all")
    assert main(["extract", str(bad)]) == 1
    assert "cannot read" in capsys.readouterr().err


def test_directory_finds_html_and_warc(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    write_cc_news_warc(folder / "a.warc.gz")
    (folder / "b.html").write_text(PAGE.format(t="Gamma"), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(folder), "-o", str(out)]) == 0
    assert [r["headline"] for r in _lines(out)] == ["Alpha", "Beta", "Café", "Gamma"]


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("2021-05-01T10:00:00Z", "2021-05-01T10:00:00Z"),
        ("2021-05-01T10:00:00.123456Z", "2021-05-01T10:00:00Z"),
        ("2021-05-01T12:00:00+02:00", "2021-05-01T10:00:00Z"),
        ("not a date", None),
        (None, None),
    ],
)
def test_warc_date_to_iso(raw, iso):
    assert warc_date_to_iso(raw) == iso


def test_jobs_2_writes_the_same_lines_in_the_same_order_as_jobs_1(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(12):
        (folder / f"p{n:02}.html").write_text(PAGE.format(t=f"Title {n}"), encoding="utf-8")
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["extract", str(folder), "-o", str(one), "--jobs", "1"]) == 0
    assert main(["extract", str(folder), "-o", str(two), "--jobs", "2"]) == 0
    assert one.read_bytes() == two.read_bytes() and len(_lines(one)) == 12


def test_extract_all_passes_errors_through_in_order():
    items = [ReadError("a", "gone"), PageInput("b", "https://x.example/b", PAGE.format(t="B").encode()), Skipped("c", "not_html")]
    outcomes = list(extract_all(items, jobs=2))
    assert [type(o) for o in outcomes] == [ReadError, Extracted, Skipped]


def test_jobs_2_workers_read_the_files_themselves_and_report_unreadable_ones_in_order(tmp_path):
    good = tmp_path / "good.html"
    good.write_text(PAGE.format(t="Good"), encoding="utf-8")
    items = [HtmlFile(str(tmp_path / "missing.html")), HtmlFile(str(good)), Skipped("s", "not_html")]
    outcomes = list(extract_all(items, jobs=2))
    assert [type(o) for o in outcomes] == [ReadError, Extracted, Skipped]
    assert outcomes[0].location.endswith("missing.html")
    assert json.loads(outcomes[1].line)["headline"] == "Good"
    assert json.loads(outcomes[1].line)["url"] == good.resolve().as_uri()


def _die_on_poison(item, timeout):  # runs in a forked worker: a page that kills its process (a segfault, OOM)
    import os

    if item.location == "poison":
        os._exit(1)
    return ORIGINAL_EXTRACT_INPUT(item, timeout)


ORIGINAL_EXTRACT_INPUT = batch.extract_input


def test_a_worker_that_dies_fails_pages_with_a_reason_and_the_batch_ends(monkeypatch):
    """No hang and no crash: every input gets one outcome, in order, and only the poison page fails."""
    monkeypatch.setattr(batch, "extract_input", _die_on_poison)  # inherited by the forked workers
    pages = [PageInput(f"p{n}", f"https://x.example/{n}", PAGE.format(t=f"T{n}").encode()) for n in range(6)]
    items = [*pages[:2], PageInput("poison", "https://x.example/poison", b"<p>x</p>"), *pages[2:]]
    outcomes = list(extract_all(items, jobs=2))
    assert [o.location for o in outcomes] == [i.location for i in items]
    poisoned = outcomes.pop(2)
    assert isinstance(poisoned, Failed) and "worker died" in poisoned.reason
    assert all(isinstance(o, Extracted) for o in outcomes)  # only the page that kills a worker is lost


def test_gzip_bomb_file_is_refused_not_inflated():
    bomb = gzip.compress(b"\0" * (8 * 1024 * 1024))
    with pytest.raises(ValueError, match="over"):
        gunzip_capped(bomb, max_size=1024 * 1024)


def test_progress_bar_goes_to_stderr(tmp_path, capsys):
    (tmp_path / "a.html").write_text(PAGE.format(t="A"), encoding="utf-8")
    main(["extract", str(tmp_path / "a.html"), "--progress"])
    captured = capsys.readouterr()
    assert "page" in captured.err and json.loads(captured.out)["headline"] == "A"
