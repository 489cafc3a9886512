"""Scoring rules of the accuracy benchmark: the scrapinghub shingle method and newsbot's field comparisons."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # `benchmarks` lives at the repo root

from benchmarks import baseline as bl  # noqa: E402
from benchmarks import scoring as s  # noqa: E402

# ---- tokens and shingles --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Hello, world!", ["Hello", "world"]),
        ("don't stop", ["don", "t", "stop"]),
        ("Größe 3,5 km", ["Größe", "3", "5", "km"]),
        ("", []),
        (None, []),
    ],
)
def test_tokenize_is_word_regex_keeping_case(text, tokens):
    assert s.tokenize(text) == tokens


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a b c d e", {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}),
        ("a b", {("a", "b"): 1}),  # shorter than 4 tokens: one short shingle
        ("", {}),
        ("x y z w x y z w", {("x", "y", "z", "w"): 2, ("y", "z", "w", "x"): 1, ("z", "w", "x", "y"): 1, ("w", "x", "y", "z"): 1}),
    ],
)
def test_shingles_are_a_multiset_of_4_grams(text, expected):
    assert dict(s.shingles(text)) == expected


# ---- per-page TP/FP/FN and P/R --------------------------------------------------------------


@pytest.mark.parametrize(
    ("true", "pred", "expected"),
    [
        ("a b c d e", "a b c d e", s.TpFpFn(1.0, 0.0, 0.0)),
        ("", "", s.TpFpFn(0.0, 0.0, 0.0)),
        ("a b c d", "", s.TpFpFn(0.0, 0.0, 1.0)),
        ("", "a b c d", s.TpFpFn(0.0, 1.0, 0.0)),
        ("a b c d e", "a b c d", s.TpFpFn(0.5, 0.0, 0.5)),
        # repeated shingles count: two in pred against one in truth is one FP
        ("a b c d", "a b c d a b c d", s.TpFpFn(1 / 5, 4 / 5, 0.0)),
    ],
)
def test_shingle_match_normalizes_counts_to_one(true, pred, expected):
    got = s.shingle_match(true, pred)
    assert (got.tp, got.fp, got.fn) == pytest.approx((expected.tp, expected.fp, expected.fn))


@pytest.mark.parametrize(
    ("counts", "precision", "recall"),
    [
        (s.TpFpFn(0, 0, 0), 1.0, 1.0),  # both empty: perfect by the reference's definition
        (s.TpFpFn(0, 0, 1), 0.0, 0.0),  # pred empty
        (s.TpFpFn(0, 1, 0), 0.0, 0.0),  # truth empty
        (s.TpFpFn(0.5, 0.25, 0.25), 2 / 3, 2 / 3),
        (s.TpFpFn(0.5, 0.5, 0.0), 0.5, 1.0),
    ],
)
def test_precision_and_recall_edge_cases(counts, precision, recall):
    assert (s.precision_score(counts), s.recall_score(counts)) == pytest.approx((precision, recall))


def test_body_metrics_skip_empty_sides_per_mean_and_f1_is_harmonic_of_means():
    counts = [
        s.TpFpFn(1.0, 0.0, 0.0),  # perfect
        s.TpFpFn(0.0, 0.0, 1.0),  # pred empty: in recall only
        s.TpFpFn(0.0, 1.0, 0.0),  # truth empty: in precision only
        s.TpFpFn(0.0, 0.0, 0.0),  # both empty: in neither
    ]
    m = s.body_metrics(counts)
    assert m["precision"] == pytest.approx(0.5)
    assert m["recall"] == pytest.approx(0.5)
    assert m["f1"] == pytest.approx(0.5)


def test_body_f1_is_not_the_mean_of_page_f1():
    counts = [s.TpFpFn(0.5, 0.5, 0.0), s.TpFpFn(0.5, 0.0, 0.5)]
    assert s.body_metrics(counts)["f1"] == pytest.approx(0.75)
    assert (s.page_f1(counts[0]) + s.page_f1(counts[1])) / 2 == pytest.approx(2 / 3)


@pytest.mark.parametrize(
    ("counts", "zero"),
    [([s.TpFpFn(1, 0, 0)] * 5, True), ([s.TpFpFn(1, 0, 0), s.TpFpFn(0, 0, 1)] * 5, False)],
)
def test_bootstrap_std_is_zero_only_for_identical_pages(counts, zero):
    assert (s.bootstrap_std(counts, n_bootstrap=200)["f1"] == 0.0) is zero


def test_bootstrap_std_is_reproducible_with_its_seed():
    counts = [s.TpFpFn(1, 0, 0), s.TpFpFn(0.3, 0.3, 0.4), s.TpFpFn(0, 0, 1)]
    assert s.bootstrap_std(counts, 100, seed=7) == s.bootstrap_std(counts, 100, seed=7)


# ---- titles -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold", "pred", "exact", "loose"),
    [
        ("Rain in Jakarta", "Rain in Jakarta", True, True),
        ("Rain in Jakarta", "  Rain\u00a0in\nJakarta ", True, True),  # NBSP and newlines are whitespace
        ("Ｒａｉｎ", "Rain", True, True),  # NFKC folds full-width letters
        ("Rain in Jakarta", "rain in jakarta", False, True),
        ("“Rain” in Jakarta", '"Rain" in Jakarta', False, True),
        ("Rain in Jakarta", "Rain in Jakarta | Daily Site", False, False),
        ("Rain in Jakarta", None, False, False),
        ("", "", False, False),  # no gold: never a match
    ],
)
def test_title_exact_and_loose(gold, pred, exact, loose):
    assert (s.title_exact(gold, pred), s.title_loose(gold, pred)) == (exact, loose)


# ---- authors ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "normalized"),
    [
        ("  Anna  Giulia\u00a0Fink ", "anna giulia fink"),
        ("ANDRÉ Schmidt", "andré schmidt"),
        ("Ｊｏｈｎ", "john"),
        ("Straße", "strasse"),  # casefold, not lower
    ],
)
def test_normalize_name(name, normalized):
    assert s.normalize_name(name) == normalized


@pytest.mark.parametrize(
    ("gold", "pred", "f1"),
    [
        (["Anna Fink", "Jan Marchart"], ["anna fink", "JAN MARCHART"], 1.0),
        (["Anna Fink", "Jan Marchart"], ["Anna Fink"], 2 / 3),
        (["Anna Fink"], ["Anna Fink", "Reuters"], 2 / 3),
        (["Anna Fink"], [], 0.0),
        ([], [], 1.0),
        (["Anna Fink", "Anna Fink"], ["Anna Fink"], 1.0),  # sets: duplicates do not count twice
    ],
)
def test_author_set_f1(gold, pred, f1):
    assert s.set_f1(gold, pred) == pytest.approx(f1)


def test_split_author_string_reads_trafilatura_separator():
    assert s.split_author_string("Anna Fink; Jan Marchart; ") == ["Anna Fink", "Jan Marchart"]


# ---- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold", "pred", "day"),
    [
        ("2025-06-05T14:46:12+02:00", "2025-06-05T14:46:12+02:00", True),
        ("2025-06-05T14:46:12+02:00", "2025-06-05", True),  # date-only pred: its day
        ("2025-06-05", "2025-06-05T23:59:00+05:00", True),  # date-only gold: pred's printed day
        # pred given in UTC, moved to gold's zone: 23:30Z is 01:30 next day at +02:00
        ("2025-06-06T01:30:00+02:00", "2025-06-05T23:30:00Z", True),
        ("2025-06-06T01:30:00+02:00", "2025-06-05T23:30:00", False),  # naive pred: its own wall clock
        ("2025-06-05T14:46:12+02:00", "2025-06-04", False),
        ("2025-06-05T14:46:12+02:00", None, False),
        ("2025-06-05T14:46:12+02:00", "5 June 2025", False),  # not ISO 8601: unparseable
    ],
)
def test_same_day(gold, pred, day):
    assert s.same_day(gold, pred) is day


@pytest.mark.parametrize(
    ("gold", "pred", "ok"),
    [
        ("2025-06-05T14:46:12+02:00", "2025-06-05T12:46:12+00:00", True),  # same instant, other offset
        ("2025-06-05T14:46:12+02:00", "2025-06-05T12:47:12Z", True),  # exactly 60 s
        ("2025-06-05T14:46:12+02:00", "2025-06-05T12:47:13Z", False),  # 61 s
        ("2024-05-03T15:47:42.389000+00:00", "2024-05-03T15:47:42Z", True),  # fractional seconds
        ("2025-06-05T14:46:12", "2025-06-05T14:46:40+02:00", True),  # one side naive: wall clock
        ("2025-06-05T14:46:12+02:00", "2025-06-05", False),  # pred has no time of day
        ("2025-06-05", "2025-06-05T00:00:00", False),  # gold has no time: not applicable, never a hit
    ],
)
def test_within_tolerance(gold, pred, ok):
    assert s.within_tolerance(gold, pred) is ok


@pytest.mark.parametrize(
    ("value", "has_time"),
    [("2025-06-05T14:46:12+02:00", True), ("2025-06-05", False), (None, False), ("garbage", False)],
)
def test_gold_has_time(value, has_time):
    assert s.gold_has_time(value) is has_time


# ---- baseline floors --------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "floor"), [(0.8824, 0.877), (0.005, 0.0), (0.0, 0.0), (1.0, 0.995)])
def test_floor_is_value_minus_margin_rounded_down(value, floor):
    assert bl.floor_for(value) == pytest.approx(floor)


def test_below_floor_reports_low_and_missing_metrics():
    floors = {"a.x": 0.5, "a.y": 0.5, "a.z": 0.5}
    assert set(bl.below_floor({"a.x": 0.49, "a.y": 0.5}, floors)) == {"a.x", "a.z"}


def test_plan_pin_separates_lowered_and_raised_floors():
    current = {"floors": {"a.x": 0.5, "a.y": 0.5}, "digests": {"c": "d1"}}
    plan = bl.plan_pin(current, {"a.x": 0.9, "a.y": 0.3, "a.w": 0.6}, {"c": "d1"})
    assert set(plan.lowered) == {"a.y"}
    assert set(plan.raised) == {"a.x", "a.w"}
    assert plan.digest_changed == []


def test_plan_pin_flags_a_changed_corpus():
    plan = bl.plan_pin({"floors": {}, "digests": {"c": "d1"}}, {}, {"c": "d2"})
    assert plan.digest_changed == ["c"]


def test_apply_pin_appends_a_note_and_keeps_unmeasured_floors():
    current = {"floors": {"a.x": 0.5, "b.y": 0.4}, "digests": {}, "notes": ["v1"]}
    plan = bl.plan_pin(current, {"a.x": 0.9}, {})
    new = bl.apply_pin(current, plan, {}, "v2")
    assert new["floors"] == {"a.x": 0.895, "b.y": 0.4}
    assert new["notes"] == ["v1", "v2"]
