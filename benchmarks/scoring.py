"""Pure scoring functions for the accuracy benchmark and the CI gate.

Body scoring reproduces scrapinghub/article-extraction-benchmark `evaluate.py` exactly:
`\\w+` tokens (case kept), 4-token shingles counted as a multiset, per-page TP/FP/FN normalized to sum 1,
precision averaged over pages with a non-empty prediction, recall over pages with a non-empty truth,
F1 = harmonic mean of those two averages, and a bootstrap over pages whose spread it prints as
± 1.96·σ. Field scores (title, authors, date) are newsbot's own; their rules are documented per function.
"""

from __future__ import annotations

import random
import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

SHINGLE_SIZE = 4
DATE_TOLERANCE = timedelta(seconds=60)

# Same pattern and flags as the reference evaluate.py (IGNORECASE is inert for \w: tokens keep their case).
_TOKEN_RE = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class TpFpFn:
    """One page's shingle counts, normalized so that tp + fp + fn == 1 (or all zero when both sides are empty)."""

    tp: float
    fp: float
    fn: float


# ---- body: shingle matching -------------------------------------------------------------------


def tokenize(text: str | None) -> list[str]:
    return _TOKEN_RE.findall(text or "")


def shingles(text: str | None, n: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """Multiset of n-token shingles; a text shorter than n tokens is one shorter shingle (reference rule)."""
    tokens = tokenize(text)
    grams = (tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)))
    return Counter(g for g in grams if g)


def shingle_match(true: str | None, pred: str | None, n: int = SHINGLE_SIZE) -> TpFpFn:
    true_sh, pred_sh = shingles(true, n), shingles(pred, n)
    tp = float(sum((true_sh & pred_sh).values()))
    fp = float(sum((pred_sh - true_sh).values()))
    fn = float(sum((true_sh - pred_sh).values()))
    total = tp + fp + fn
    # Normalized so that long articles do not weigh more than short ones.
    return TpFpFn(tp / total, fp / total, fn / total) if total else TpFpFn(0.0, 0.0, 0.0)


def precision_score(c: TpFpFn) -> float:
    if c.fp == c.fn == 0:
        return 1.0
    if c.tp == c.fp == 0:
        return 0.0
    return c.tp / (c.tp + c.fp)


def recall_score(c: TpFpFn) -> float:
    if c.fp == c.fn == 0:
        return 1.0
    if c.tp == c.fn == 0:
        return 0.0
    return c.tp / (c.tp + c.fn)


def page_f1(c: TpFpFn) -> float:
    """One page's F1 (for ranking worst pages; the corpus F1 is NOT the mean of these)."""
    p, r = precision_score(c), recall_score(c)
    return 2 * p * r / (p + r) if p + r else 0.0


def _mean_or_zero(values: list[float]) -> float:
    return statistics.fmean(values) if values else 0.0


def body_metrics(counts: Sequence[TpFpFn]) -> dict[str, float]:
    """Corpus precision/recall/F1 as the reference computes them (pages with an empty side are skipped per mean)."""
    precision = _mean_or_zero([precision_score(c) for c in counts if c.tp + c.fp > 0])
    recall = _mean_or_zero([recall_score(c) for c in counts if c.tp + c.fn > 0])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"f1": f1, "precision": precision, "recall": recall}


def bootstrap_std(counts: Sequence[TpFpFn], n_bootstrap: int = 1000, seed: int = 0) -> dict[str, float]:
    """σ of each body metric over page resamples (the reference prints 1.96·σ as its ±; seeded here)."""
    if len(counts) < 2 or n_bootstrap < 2:
        return {"f1": 0.0, "precision": 0.0, "recall": 0.0}
    rng = random.Random(seed)
    samples: dict[str, list[float]] = {}
    n = len(counts)
    for _ in range(n_bootstrap):
        resample = [counts[rng.randint(0, n - 1)] for _ in range(n)]
        for key, value in body_metrics(resample).items():
            samples.setdefault(key, []).append(value)
    return {key: statistics.stdev(values) for key, values in samples.items()}


# ---- title ------------------------------------------------------------------------------------


def normalize_text(text: str | None) -> str:
    """NFKC, every whitespace run (incl. NBSP, newlines) to one space, stripped. Case is kept."""
    return " ".join(unicodedata.normalize("NFKC", text or "").split())


def title_exact(gold: str | None, pred: str | None) -> bool:
    """Exact after normalize_text: a title with a site suffix or a different case is wrong (as fundus gold is)."""
    return bool(normalize_text(gold)) and normalize_text(gold) == normalize_text(pred)


def title_loose(gold: str | None, pred: str | None) -> bool:
    """Casefolded and with punctuation/quote differences ignored: tells "right title, wrong typography"."""
    gold_words = tokenize(normalize_text(gold).casefold())
    return bool(gold_words) and gold_words == tokenize(normalize_text(pred).casefold())


# ---- authors ----------------------------------------------------------------------------------


def normalize_name(name: str | None) -> str:
    return normalize_text(name).casefold()


def name_set(names: Iterable[str | None]) -> frozenset[str]:
    return frozenset(n for n in (normalize_name(x) for x in names) if n)


def set_f1(gold: Iterable[str | None], pred: Iterable[str | None]) -> float:
    """F1 of two name sets; both empty counts as 1.0 (the runner only averages over pages with gold names)."""
    g, p = name_set(gold), name_set(pred)
    if not g and not p:
        return 1.0
    hits = len(g & p)
    return 2 * hits / (len(g) + len(p))


def split_author_string(raw: str | None) -> list[str]:
    """trafilatura joins authors with "; "."""
    return [part.strip() for part in (raw or "").split(";") if part.strip()]


# ---- dates ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ParsedDate:
    day: date
    moment: datetime | None  # None when the string is date-only; tz-aware when it carried an offset


_DATE_ONLY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_iso(value: str | None) -> ParsedDate | None:
    """Parse an ISO 8601 date or date-time ("Z" accepted); None for empty or unparseable strings."""
    text = (value or "").strip()
    if not text:
        return None
    try:
        if _DATE_ONLY_RE.match(text):
            return ParsedDate(date.fromisoformat(text), None)
        moment = datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text)
    except ValueError:
        return None
    return ParsedDate(moment.date(), moment)


def _in_gold_zone(gold: datetime, pred: datetime) -> datetime:
    """Pred as wall-clock time in the gold's zone when both carry an offset, else pred unchanged."""
    if gold.tzinfo is not None and pred.tzinfo is not None:
        return pred.astimezone(gold.tzinfo)
    return pred


def same_day(gold: str | None, pred: str | None) -> bool:
    """Same calendar day as the gold's local day; with offsets on both sides pred is first moved into gold's zone."""
    g, p = parse_iso(gold), parse_iso(pred)
    if g is None or p is None:
        return False
    if g.moment is not None and p.moment is not None:
        return _in_gold_zone(g.moment, p.moment).date() == g.day
    return g.day == p.day


def gold_has_time(gold: str | None) -> bool:
    g = parse_iso(gold)
    return g is not None and g.moment is not None


def within_tolerance(gold: str | None, pred: str | None, tolerance: timedelta = DATE_TOLERANCE) -> bool:
    """|pred - gold| <= tolerance; absolute instants when both have offsets, wall-clock times otherwise.

    A date-only prediction against a gold time of day fails (the time was not found).
    """
    g, p = parse_iso(gold), parse_iso(pred)
    if g is None or p is None or g.moment is None or p.moment is None:
        return False
    gm, pm = g.moment, p.moment
    if (gm.tzinfo is None) != (pm.tzinfo is None):
        gm, pm = gm.replace(tzinfo=None), pm.replace(tzinfo=None)
    return abs(gm - pm) <= tolerance
