"""Table tests for the field scorer's pure primitives (benchmarks/fields/score.py); no corpus needed."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

_SCORE_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "fields" / "score.py"
_spec = importlib.util.spec_from_file_location("fields_score", _SCORE_PATH)
assert _spec and _spec.loader
score = importlib.util.module_from_spec(_spec)
sys.modules["fields_score"] = score  # dataclasses resolve their module by name
_spec.loader.exec_module(score)

LABELS_PATH = _SCORE_PATH.parent / "labels.jsonl"
# The held-out test set: same format, pages disjoint from the dev set (see benchmarks/fields/README.md).
HELDOUT_PATH = _SCORE_PATH.parent / "heldout.jsonl"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  Anna   MÜLLER ", "anna müller"),
        ("Straße", "strasse"),
        ("ﬁre\u00a0fly", "fire fly"),
        (None, ""),
    ],
)
def test_normalize_space(text, expected):
    assert score.normalize_space(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We will win,”", "we will win,"),
        ("«Nous allons»", "nous allons"),
        ("„Wir schaffen das“", "wir schaffen das"),
    ],
)
def test_normalize_quote_drops_quote_marks(text, expected):
    assert score.normalize_quote(text) == expected


@pytest.mark.parametrize(
    ("pred", "gold", "tp", "n_pred", "n_gold"),
    [
        (["Anna Müller", "Bob Li"], ["anna  müller"], 1, 2, 1),
        ([], ["X Y"], 0, 0, 1),
        (["A B", "a b"], ["A B"], 1, 1, 1),
        (["", "A B"], ["A B"], 1, 1, 1),
    ],
)
def test_set_counts(pred, gold, tp, n_pred, n_gold):
    c = score.set_counts(pred, gold)
    assert (c.tp, c.n_pred, c.n_gold) == (tp, n_pred, n_gold)


@pytest.mark.parametrize(
    ("counts", "p", "r", "f1"),
    [
        ((1, 2, 1), 0.5, 1.0, 2 / 3),
        ((0, 0, 0), 1.0, 1.0, 1.0),
        ((0, 0, 3), 0.0, 0.0, 0.0),
        ((0, 2, 0), 0.0, 1.0, 0.0),
    ],
)
def test_counts_precision_recall_f1(counts, p, r, f1):
    c = score.Counts(*counts)
    assert (c.precision, c.recall) == (p, r)
    assert c.f1 == pytest.approx(f1)


@pytest.mark.parametrize(
    ("pred", "gold", "same"),
    [
        (["rts", "ip"], ["IP", "rts"], True),
        (["rts"], ["rts", "ip"], False),
        ([], [], True),
    ],
)
def test_same_set(pred, gold, same):
    assert score.same_set(pred, gold) is same


@pytest.mark.parametrize(
    ("a", "b", "match"),
    [
        ("We will not give up on this city", "“We will not give up on this city,”", True),
        ("We will not give up on this town", "We will not give up on this city", True),  # 7/8 tokens
        ("We will give up", "We will not give up on this city", False),  # 4/8 tokens and not a substring
        ("not give up", "We will not give up on this city", True),  # contained, 3 tokens
        ("give up", "We will not give up on this city", False),  # contained but too short
        ("Something else entirely here", "We will not give up on this city", False),
        ("", "anything", False),
    ],
)
def test_texts_match(a, b, match):
    assert score.texts_match(a, b) is match


def test_match_texts_is_one_to_one_and_prefers_best_overlap():
    pred = ["the cat sat on the mat today", "the cat sat on the mat"]
    gold = ["the cat sat on the mat"]
    assert score.match_texts(pred, gold) == [(1, 0)]


def test_match_texts_pairs_each_gold_once():
    pred = ["alpha beta gamma delta", "one two three four"]
    gold = ["one two three four", "alpha beta gamma delta"]
    assert score.match_texts(pred, gold) == [(1, 0), (0, 1)]


@pytest.mark.parametrize(
    ("pred", "gold", "ok"),
    [("Reuters", "reuters", True), ("Foto: dpa", "dpa", True), (None, "AP", False), ("AFP", "AP", False)],
)
def test_credit_matches(pred, gold, ok):
    assert score.credit_matches(pred, gold) is ok


@pytest.mark.parametrize(
    ("body", "boilerplate", "leaked"),
    [
        ("Text.\n\nBaca juga: Foo", ["baca juga:", "Back to Top"], ["baca juga:"]),
        ("Clean text.", ["Back to Top"], []),
        ("Anything", [""], []),
    ],
)
def test_body_leaks(body, boilerplate, leaked):
    assert score.body_leaks(body, boilerplate) == leaked


def _label(**fields):
    base = {"path": "p", "language": "en", "dateline": None, "authors": [], "editors": [], "agency": None,
            "quotes": [], "captions": [], "boilerplate": []}
    return {**base, **fields}


@pytest.mark.parametrize(
    ("pred", "gold", "city", "source", "fp"),
    [
        ({"city": "KATHMANDU", "source": "Reuters"}, {"city": "Kathmandu", "source": "Reuters"}, 1, 1, None),
        ({"city": "Kathmandu", "source": None}, {"city": "Kathmandu", "source": "Reuters"}, 1, 0, None),
        (None, {"city": "Kathmandu", "source": None}, 0, 0, None),
        ({"city": "Berlin", "source": None}, None, None, None, 1),
        (None, None, None, None, 0),
    ],
)
def test_dateline_scoring(pred, gold, city, source, fp):
    page = score.score_page(_label(dateline=gold), {"dateline": pred})
    hits = {k: (page.ratios[k].hits if page.ratios[k].total else None) for k in
            ("dateline_city", "dateline_source", "dateline_fp")}
    assert hits == {"dateline_city": city, "dateline_source": source, "dateline_fp": fp}


@pytest.mark.parametrize(
    ("pred", "gold", "bucket", "codes_ok", "names_ok"),
    [
        ({"codes": ["rts", "ip"], "agencies": ["Reuters"]}, {"codes": ["rts", "ip"], "agencies": ["Reuters"]},
         "labelled", 1, 1),
        ({"codes": [], "agencies": ["Reuters"]}, {"codes": ["rts"], "agencies": ["Reuters"]}, "labelled", 0, 1),
        (None, None, "none", 1, 1),
        ({"codes": [], "agencies": ["AP"]}, None, "none", 1, 0),
    ],
)
def test_agency_scoring(pred, gold, bucket, codes_ok, names_ok):
    page = score.score_page(_label(agency=gold), {"agency": pred})
    assert page.ratios[f"agency_codes_{bucket}"].hits == codes_ok
    assert page.ratios[f"agency_names_{bucket}"].hits == names_ok


def test_quote_scoring_counts_matches_and_attribution():
    gold = [
        {"text": "We will rebuild the bridge", "speaker": "Jane Doe", "cue": "said"},
        {"text": "Nobody saw it coming at all", "speaker": "John Roe", "cue": "told"},
    ]
    pred = [
        {"text": "“We will rebuild the bridge,”", "speaker": "jane doe", "cue": "said"},
        {"text": "Nobody saw it coming at all", "speaker": "Roe", "cue": "told"},
        {"text": "an unlabelled scare quote here", "speaker": None, "cue": None},
    ]
    page = score.score_page(_label(quotes=gold), {"quotes": pred})
    c = page.counts["quotes"]
    assert (c.tp, c.n_pred, c.n_gold) == (2, 3, 2)
    assert (page.ratios["quote_speaker"].hits, page.ratios["quote_speaker"].total) == (1, 2)
    assert page.ratios["quote_cue"].hits == 2


def test_caption_scoring_recall_and_credit():
    gold = [{"caption": "Sergei Lavrov in Moscow on Monday", "credit": "Reuters"},
            {"caption": "A second photo caption text", "credit": None}]
    images = [{"url": "u", "caption": "Sergei Lavrov in Moscow on Monday.", "credit": "Foto: Reuters"}]
    page = score.score_page(_label(captions=gold), {"images": images})
    assert (page.ratios["caption"].hits, page.ratios["caption"].total) == (1, 2)
    assert (page.ratios["caption_credit"].hits, page.ratios["caption_credit"].total) == (1, 1)


def test_partial_label_skips_listed_fields():
    label = _label(quotes=[{"text": "a b c d", "speaker": "X", "cue": "said"}], partial=["quotes", "captions"])
    page = score.score_page(label, {})
    assert "quotes" not in page.counts and "quotes" not in page.field_score


def test_aggregate_groups_by_language():
    pages = [score.score_page(_label(language=lang), {}) for lang in ("en", "en", "de")]
    groups = score.aggregate(pages)
    assert (groups["all"].pages, groups["en"].pages, groups["de"].pages) == (3, 2, 1)


def test_worst_pages_lists_only_imperfect_pages_lowest_first():
    good = score.score_page(_label(path="good", authors=["A B"]), {"authors": ["A B"]})
    half = score.score_page(_label(path="half", authors=["A B", "C D"]), {"authors": ["A B"]})
    bad = score.score_page(_label(path="bad", authors=["A B"]), {"authors": []})
    assert [p.path for p in score.worst_pages([good, half, bad], "authors", 5)] == ["bad", "half"]


def test_main_exits_2_without_shared(tmp_path, capsys):
    assert score.main(["--shared", str(tmp_path / "missing")]) == 2
    assert "shared corpus not found" in capsys.readouterr().err


def test_main_rejects_compare_with_json(tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        score.main(["--shared", str(tmp_path), "--json", "--compare", "other.jsonl"])
    assert exc.value.code == 2
    assert "--compare" in capsys.readouterr().err


def test_resolve_labels_falls_back_to_the_repository_root(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert score.resolve_labels(Path("benchmarks/fields/heldout.jsonl")) == HELDOUT_PATH
    (tmp_path / "mine.jsonl").write_text("", encoding="utf-8")
    assert score.resolve_labels(Path("mine.jsonl")) == Path("mine.jsonl")  # found from the working directory
    assert score.resolve_labels(tmp_path / "x.jsonl") == tmp_path / "x.jsonl"  # absolute paths are kept


def test_format_comparison_puts_files_side_by_side():
    dev = score.aggregate([score.score_page(_label(dateline={"city": "Kathmandu", "source": None}),
                                            {"dateline": {"city": "Kathmandu", "source": None}})])["all"]
    held = score.aggregate([score.score_page(_label(dateline={"city": "Paris", "source": "AFP"}), {}),
                            score.score_page(_label(authors=["A B"]), {"authors": ["A B"]})])["all"]
    lines = score.format_comparison({"labels": dev, "heldout": held}).splitlines()
    assert "labels (1p)" in lines[0] and "heldout (2p)" in lines[0]
    city = next(line for line in lines if line.startswith("dateline city accuracy"))
    assert city.split()[3:] == ["100.0%", "1/1", "0.0%", "0/1"]
    authors = next(line for line in lines if line.startswith("authors f1"))
    assert authors.split()[2:] == ["-", "1.000"]  # no names labelled on the dev page: no F1


REQUIRED_KEYS = {"path", "language", "dateline", "byline", "authors", "editors", "agency", "quotes", "captions",
                 "boilerplate"}


def _label_lines(path=LABELS_PATH):
    if not path.exists():
        return []
    return score.load_labels(path)


@pytest.mark.parametrize("label", _label_lines() + _label_lines(HELDOUT_PATH), ids=lambda label: label.get("path", "?")[-40:])
def test_label_line_has_the_documented_shape(label):
    assert label.keys() >= REQUIRED_KEYS
    assert label["path"].startswith(("corpora/fundus/pages/", "corpora/scrapinghub/html/"))
    for key in ("dateline", "agency"):
        assert label[key] is None or isinstance(label[key], dict)
    if label["dateline"]:
        assert {"raw", "city", "source"} <= label["dateline"].keys()
    if label["agency"]:
        assert {"raw", "codes", "agencies"} <= label["agency"].keys()
    assert all({"text", "speaker", "cue"} <= q.keys() for q in label["quotes"])
    assert all({"caption", "credit"} <= c.keys() for c in label["captions"])
    assert set(label.get("partial") or []) <= {"quotes", "captions", "boilerplate", "authors", "editors"}
    json.dumps(label)  # round-trips


@pytest.mark.parametrize("path", [LABELS_PATH, HELDOUT_PATH], ids=lambda p: p.name)
def test_labels_have_unique_paths(path):
    paths = [label["path"] for label in _label_lines(path)]
    assert len(paths) == len(set(paths))


def test_heldout_pages_are_not_in_the_dev_set():
    # A held-out page that is also a dev page would be tuned on and no longer measure generalisation.
    dev = {label["path"] for label in _label_lines()}
    assert not dev & {label["path"] for label in _label_lines(HELDOUT_PATH)}
