"""`newsbot report`: counts, coverage, credits, duplicates, run summaries and bad lines, on extracted fixture pages."""

from __future__ import annotations

import copy
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from newsbot import extract
from newsbot.analysis.counters import TopCounter
from newsbot.analysis.report import build_report, compute_figures
from newsbot.cli import main
from newsbot.summary import build_summary

SITES = Path(__file__).resolve().parents[1] / "fixtures" / "sites"


@pytest.fixture(scope="module")
def articles() -> list[dict[str, Any]]:
    """The demo site's pages through the real extractor; one made-up domain per fixture site."""
    out = []
    for page in sorted(SITES.glob("*/*/page.html")):
        record = extract(page.read_bytes(), url=f"https://{page.parent.parent.name}.example/{page.parent.name}")
        record["fetched_at"] = None
        out.append(record)
    return out


def write_jsonl(path: Path, records: list[Any], extra_lines: tuple[str, ...] = ()) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(r, ensure_ascii=False) for r in records] + list(extra_lines)
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def figures_for(*paths: Path) -> dict[str, Any]:
    return compute_figures(paths, progress=False)


def variant(record: dict[str, Any], **changes: Any) -> dict[str, Any]:
    out = copy.deepcopy(record)
    out.update(changes)
    return out


# Expected values are counted here with plain Counters over the same records, so the tests hold when
# fixture pages are added.


def test_counts_every_article(articles, tmp_path):
    figures = figures_for(write_jsonl(tmp_path / "run.jsonl", articles))
    assert figures["totals"]["articles"] == len(articles) >= 12
    assert figures["totals"]["bad_lines"] == 0


def test_articles_per_site_use_the_site_name(articles, tmp_path):
    figures = figures_for(write_jsonl(tmp_path / "run.jsonl", articles))
    assert {r["site"]: r["articles"] for r in figures["articles_per_site"]} == Counter(a["site_name"] for a in articles)
    assert {"IPHEDIA.com", "WireNews", "The Daily Press"} <= {r["site"] for r in figures["articles_per_site"]}


def test_articles_per_day(articles, tmp_path):
    figures = figures_for(write_jsonl(tmp_path / "run.jsonl", articles))
    expected = Counter((a["date_published"] or "(no date)")[:10] for a in articles)
    assert {r["day"]: r["articles"] for r in figures["articles_per_day"]} == expected


def test_languages(articles, tmp_path):
    figures = figures_for(write_jsonl(tmp_path / "run.jsonl", articles))
    assert {r["language"]: r["articles"] for r in figures["languages"]} == Counter(a["language"] for a in articles)


def test_sections_ranked(articles, tmp_path):
    figures = figures_for(write_jsonl(tmp_path / "run.jsonl", articles))
    expected = Counter(a["section"] or "(none)" for a in articles)
    assert figures["sections"][0]["articles"] == expected.most_common(1)[0][1]
    assert {r["section"]: r["articles"] for r in figures["sections"]} == expected


def test_coverage_shows_a_field_a_site_lacks(articles, tmp_path):
    records = [variant(r, images=[]) if r["site_name"] == "WireNews" else r for r in articles]
    rows = {r["site"]: r for r in figures_for(write_jsonl(tmp_path / "run.jsonl", records))["coverage"]["sites"]}
    assert rows["WireNews"]["images"] == 0
    assert rows["IPHEDIA.com"]["headline"] == 1


def quote(speaker: str | None) -> dict[str, Any]:
    return {"text": "We agree", "speaker": speaker, "cue": "said", "paragraph": 0}


def test_agencies_credited_once_per_article(articles, tmp_path):
    figures = figures_for(write_jsonl(tmp_path / "run.jsonl", articles))
    expected = Counter(name for a in articles for name in set((a["agency"] or {}).get("agencies", [])))
    assert expected["Reuters"] >= 2
    assert {r["agency"]: r["articles"] for r in figures["agencies"]} == expected


def test_dateline_cities(articles, tmp_path):
    figures = figures_for(write_jsonl(tmp_path / "run.jsonl", articles))
    expected = Counter(a["dateline"]["city"] for a in articles if a["dateline"] and a["dateline"]["city"])
    assert "Jakarta" in expected
    assert {r["city"]: r["articles"] for r in figures["dateline_cities"]} == expected


def test_speakers_ranked_by_quotes(articles, tmp_path):
    records = [variant(articles[0], quotes=[quote("Ana Lee"), quote("Bo Chen"), quote("Ana Lee")]), variant(articles[1], quotes=[quote("Ana Lee")])]
    figures = figures_for(write_jsonl(tmp_path / "run.jsonl", records))
    assert figures["speakers"] == [{"speaker": "Ana Lee", "quotes": 3}, {"speaker": "Bo Chen", "quotes": 1}]


def test_unattributed_quotes_are_counted_apart(articles, tmp_path):
    figures = figures_for(write_jsonl(tmp_path / "run.jsonl", [variant(articles[0], quotes=[quote(None), quote("Ana Lee")])]))
    assert (figures["totals"]["quotes"], figures["totals"]["unattributed_quotes"]) == (2, 1)


def test_quotes_per_article_histogram(articles, tmp_path):
    records = [variant(articles[0], quotes=[]), variant(articles[1], quotes=[quote("A B")] * 2), variant(articles[2], quotes=[quote("A B")] * 2)]
    figures = figures_for(write_jsonl(tmp_path / "run.jsonl", records))
    assert figures["quotes_per_article"]["counts"] == [{"quotes": 0, "articles": 1}, {"quotes": 2, "articles": 2}]


def test_quotes_per_article_caps_the_last_bucket(articles, tmp_path):
    figures = figures_for(write_jsonl(tmp_path / "run.jsonl", [variant(articles[0], quotes=[quote("A B")] * 45)]))
    assert figures["quotes_per_article"]["counts"] == [{"quotes": 20, "articles": 1}]


def test_duplicates_across_files(articles, tmp_path):
    a = write_jsonl(tmp_path / "a.jsonl", articles)
    b = write_jsonl(tmp_path / "b.jsonl", articles[:3])
    dups = figures_for(a, b)["duplicates"]
    assert (dups["duplicate_lines"], dups["cross_file_groups"]) == (3, 3)
    assert dups["file_pairs"] == [{"file_a": str(a), "file_b": str(b), "shared_bodies": 3}]


def test_duplicates_within_one_file_are_not_cross_file(articles, tmp_path):
    dups = figures_for(write_jsonl(tmp_path / "a.jsonl", articles + articles[:2]))["duplicates"]
    assert (dups["duplicate_lines"], dups["cross_file_groups"]) == (2, 0)


def test_empty_bodies_are_not_duplicates(articles, tmp_path):
    empty = variant(articles[0], body="", body_sha1="da39a3ee5e6b4b0d3255bfef95601890afd80709")
    dups = figures_for(write_jsonl(tmp_path / "a.jsonl", [empty, empty]))["duplicates"]
    assert dups["duplicate_lines"] == 0


def test_run_summaries_beside_the_jsonl_give_drops_and_errors(articles, tmp_path):
    write_jsonl(tmp_path / "run.jsonl", articles)
    stats = {"newsbot/written": 12, "newsbot/dropped/duplicate": 2, "newsbot/dropped/invalid": 1,
             "downloader/exception_type_count/twisted.internet.error.TimeoutError": 3}
    summary = build_summary(stats, spider="sitemap", output_file=str(tmp_path / "run.jsonl"))
    (tmp_path / "run.summary.json").write_text(json.dumps(summary), encoding="utf-8")
    runs = figures_for(tmp_path)["runs"]
    assert runs["dropped"] == {"duplicate": 2, "invalid": 1}
    assert runs["errors"] == {"download/TimeoutError": 3}
    assert runs["runs"][0]["dropped"] == 3


def test_unreadable_summary_is_listed_not_fatal(articles, tmp_path):
    write_jsonl(tmp_path / "run.jsonl", articles)
    (tmp_path / "run.summary.json").write_text("{not json", encoding="utf-8")
    runs = figures_for(tmp_path)["runs"]
    assert runs["unreadable_summaries"] == [str(tmp_path / "run.summary.json")]


def test_run_directory_skips_unfinished_part_files(articles, tmp_path):
    write_jsonl(tmp_path / "sitemap" / "done.jsonl", articles)
    write_jsonl(tmp_path / "sitemap" / "running.jsonl.part", articles)
    assert figures_for(tmp_path)["totals"]["articles"] == len(articles)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"url": "https://x.example/a", ', "invalid JSON"),
        ("[1, 2]", "not a JSON object"),
        ("   ", "empty line"),
        ('{"url": "https://x.example/a"}', "missing field 'schema_version'"),
    ],
)
def test_bad_lines_are_counted_by_reason(articles, tmp_path, line, reason):
    figures = figures_for(write_jsonl(tmp_path / "run.jsonl", articles, extra_lines=(line,)))
    assert figures["totals"]["articles"] == len(articles)
    assert figures["bad_lines"]["by_reason"] == {reason: 1}
    assert figures["bad_lines"]["examples"][0]["line"] == len(articles) + 1


@pytest.mark.parametrize(
    ("field", "value"),
    [("quotes", "none"), ("authors", [1]), ("dateline", {"raw": "X"}), ("word_count", "12"), ("agency", {"raw": "x", "codes": None, "agencies": []})],
)
def test_wrong_types_are_bad_lines(articles, tmp_path, field, value):
    figures = figures_for(write_jsonl(tmp_path / "run.jsonl", [variant(articles[0], **{field: value})]))
    assert figures["bad_lines"]["by_reason"] == {f"field '{field}' has the wrong type": 1}


def test_invalid_utf8_is_a_bad_line(articles, tmp_path):
    path = write_jsonl(tmp_path / "run.jsonl", articles[:1])
    with path.open("ab") as fh:
        fh.write(b'{"headline": "\xff\xfe"}\n')
    assert figures_for(path)["bad_lines"]["by_reason"] == {"not UTF-8": 1}


def test_html_is_self_contained(articles, tmp_path):
    page = build_report([write_jsonl(tmp_path / "run.jsonl", articles)], progress=False)[1]
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//|@import|url\(\s*["']?https?:""", page)
    assert "<script" not in page


def test_html_has_one_image_per_plot_with_data(articles, tmp_path):
    records = [variant(articles[0], quotes=[quote("Ana Lee")]), *articles[1:]]
    page = build_report([write_jsonl(tmp_path / "run.jsonl", records)], progress=False)[1]
    plots = re.findall(r'<img class="plot" id="plot-([a-z_]+)"', page)
    assert plots == ["articles_per_day", "articles_per_site", "languages", "sections", "agencies", "dateline_cities", "speakers", "quotes_per_article"]


def test_html_escapes_values_from_the_data(articles, tmp_path):
    page = build_report([write_jsonl(tmp_path / "run.jsonl", [variant(articles[0], site_name="<b>x</b>")])], progress=False)[1]
    assert "<b>x</b>" not in page and "&lt;b&gt;x&lt;/b&gt;" in page


def test_cli_writes_html_and_json_figures(articles, tmp_path, capsys):
    run = write_jsonl(tmp_path / "run.jsonl", articles)
    assert main(["report", str(run), "-o", str(tmp_path / "r.html"), "--json", str(tmp_path / "f.json")]) == 0
    assert (tmp_path / "r.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert json.loads((tmp_path / "f.json").read_text(encoding="utf-8"))["totals"]["articles"] == len(articles)


def test_cli_json_defaults_beside_the_html(articles, tmp_path):
    main(["report", str(write_jsonl(tmp_path / "run.jsonl", articles)), "-o", str(tmp_path / "r.html")])
    assert (tmp_path / "r.json").is_file()


def test_cli_progress_bar_goes_to_stderr(articles, tmp_path, capsys):
    main(["report", str(write_jsonl(tmp_path / "run.jsonl", articles)), "-o", str(tmp_path / "r.html"), "--progress"])
    out, err = capsys.readouterr()
    assert "reading" in err and "reading" not in out


def test_cli_warns_about_bad_lines(articles, tmp_path, capsys):
    main(["report", str(write_jsonl(tmp_path / "run.jsonl", articles, extra_lines=("oops",))), "-o", str(tmp_path / "r.html")])
    assert f"skipped 1 of {len(articles) + 1} lines" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("make_args", "message"),
    [
        (lambda p: [str(p / "missing.jsonl"), "-o", str(p / "r.html")], "no such file"),
        (lambda p: [str(p), "-o", str(p / "r.html")], "no .jsonl files"),
        (lambda p: [str(p / "run.jsonl"), "-o", str(p / "nowhere" / "r.html")], "output folder does not exist"),
    ],
)
def test_cli_user_errors_exit_2(articles, tmp_path, capsys, make_args, message):
    if "run.jsonl" in make_args(tmp_path)[0]:
        write_jsonl(tmp_path / "run.jsonl", articles)
    assert main(["report", *make_args(tmp_path)]) == 2
    assert capsys.readouterr().err.startswith(f"newsbot: {message}")


def test_report_of_only_bad_lines_still_renders(tmp_path):
    figures, page = build_report([write_jsonl(tmp_path / "run.jsonl", [], extra_lines=("oops", "[]"))], progress=False)
    assert (figures["totals"]["articles"], figures["totals"]["bad_lines"]) == (0, 2)
    assert "<img" not in page and "No articles." in page


def test_top_counter_stays_bounded_and_keeps_the_frequent():
    counter = TopCounter(capacity=10)
    for i in range(1000):
        counter.add("frequent")
        counter.add(f"rare-{i}")
    assert len(counter) <= 20 and counter.approximate
    assert counter.most_common(1) == [("frequent", 1000)]


def test_benchmark_lines_are_valid_articles_with_one_bad_line_per_thousand():
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # `benchmarks` lives at the repo root
    from benchmarks.report_100k import synthetic_lines
    from newsbot.analysis.reader import parse_line
    from newsbot.schema import is_valid

    parsed = [parse_line(line.encode("utf-8")) for line in synthetic_lines(1000)]
    assert [reason for _, reason in parsed if reason] == ["invalid JSON"]
    assert all(is_valid(record) for record, _ in parsed[:50])
