"""Turn (pages, predictions) into corpus metrics and per-page findings with a short human reason."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from benchmarks import scoring
from benchmarks.corpora import Page
from benchmarks.runner import Prediction

# Metric keys per corpus, in table order. Which keys exist depends on what the corpus annotates.
BODY_KEYS = ("body_f1", "body_precision", "body_recall")
FIELD_KEYS = ("title_exact", "title_loose", "authors_f1", "date_day", "date_time")


@dataclass(frozen=True)
class Finding:
    """One page's score on one metric (1.0 = perfect) and why it is not perfect."""

    metric: str
    page_id: str
    url: str | None
    score: float
    reason: str


def _clip(text: str | None, width: int = 60) -> str:
    flat = scoring.normalize_text(text)
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _coverage_by_quarter(gold: str, pred: str) -> list[float]:
    """Share of the gold's shingle positions found in pred, per quarter of the gold text."""
    tokens = scoring.tokenize(gold)
    n = scoring.SHINGLE_SIZE
    pred_set = set(scoring.shingles(pred))
    hits = [tuple(tokens[i : i + n]) in pred_set for i in range(max(1, len(tokens) - n + 1))]
    quarters = [hits[len(hits) * q // 4 : len(hits) * (q + 1) // 4] for q in range(4)]
    return [sum(q) / len(q) if q else 1.0 for q in quarters]


def body_reason(gold: str, pred: Prediction, counts: scoring.TpFpFn) -> str:
    if pred.error:
        return f"error: {pred.error}"
    gold_tokens, pred_tokens = len(scoring.tokenize(gold)), len(scoring.tokenize(pred.body))
    if not pred_tokens:
        return "pred empty"
    if not gold_tokens:
        return f"gold empty, pred has {pred_tokens} tokens"
    if counts.tp == 0:
        return f"wrong text: no gold shingle found; pred {pred_tokens} tokens ({pred_tokens / gold_tokens:.1f}x gold)"
    precision, recall = scoring.precision_score(counts), scoring.recall_score(counts)
    parts = []
    if recall < 0.9:
        cover = " ".join(f"{c:.0%}" for c in _coverage_by_quarter(gold, pred.body))
        parts.append(f"recall {recall:.2f}: gold quarters found {cover}")
    if precision < 0.9:
        parts.append(f"precision {precision:.2f}: pred {pred_tokens / gold_tokens:.1f}x gold tokens")
    return "; ".join(parts) or f"P {precision:.2f} R {recall:.2f}"


def title_reason(gold: str | None, pred: Prediction) -> str:
    if not scoring.normalize_text(pred.title):
        return "pred empty"
    if scoring.title_loose(gold, pred.title):
        return f"case/punctuation: '{_clip(pred.title)}' vs '{_clip(gold)}'"
    return f"title differs: '{_clip(pred.title)}' vs '{_clip(gold)}'"


def authors_reason(gold: Sequence[str], pred: Prediction) -> str:
    g, p = scoring.name_set(gold), scoring.name_set(pred.authors)
    parts = []
    if g - p:
        parts.append("missing: " + ", ".join(sorted(g - p)))
    if p - g:
        parts.append("spurious: " + ", ".join(sorted(p - g)))
    return _clip("; ".join(parts), 120)


def date_reason(gold: str | None, pred: Prediction) -> str:
    if not pred.date:
        return f"pred empty (gold {gold})"
    if scoring.parse_iso(pred.date) is None:
        return f"pred unparseable: '{_clip(pred.date)}'"
    return f"pred {pred.date} vs gold {gold}"


def score_body(pages: Sequence[Page], preds: Sequence[Prediction], n_bootstrap: int) -> tuple[dict, list[Finding]]:
    counts = [scoring.shingle_match(page.gold.body, pred.body) for page, pred in zip(pages, preds, strict=True)]
    metrics = {f"body_{k}": v for k, v in scoring.body_metrics(counts).items()}
    std = scoring.bootstrap_std(counts, n_bootstrap)
    metrics.update({f"body_{k}_std": v for k, v in std.items()})
    findings = [
        Finding("body_f1", page.page_id, page.url, scoring.page_f1(c), body_reason(page.gold.body, pred, c))
        for page, pred, c in zip(pages, preds, counts, strict=True)
    ]
    return metrics, findings


def score_fields(pages: Sequence[Page], preds: Sequence[Prediction]) -> tuple[dict, list[Finding]]:
    """Title, authors and date on the pages whose gold has them (fundus); empty dict when none has."""
    metrics: dict[str, float | int] = {}
    findings: list[Finding] = []

    def add(metric: str, page: Page, score: float, reason: str) -> float:
        findings.append(Finding(metric, page.page_id, page.url, score, reason if score < 1 else ""))
        return score

    titled = [(p, q) for p, q in zip(pages, preds, strict=True) if scoring.normalize_text(p.gold.title)]
    if titled:
        metrics["title_exact"] = _mean(
            add("title_exact", p, float(scoring.title_exact(p.gold.title, q.title)), title_reason(p.gold.title, q))
            for p, q in titled
        )
        metrics["title_loose"] = _mean(float(scoring.title_loose(p.gold.title, q.title)) for p, q in titled)

    annotated = [(p, q) for p, q in zip(pages, preds, strict=True) if p.gold.authors is not None]
    with_names = [(p, q) for p, q in annotated if scoring.name_set(p.gold.authors or ())]
    if with_names:
        metrics["authors_f1"] = _mean(
            add("authors_f1", p, scoring.set_f1(p.gold.authors or (), q.authors), authors_reason(p.gold.authors or (), q))
            for p, q in with_names
        )
        metrics["authors_pages"] = len(with_names)
        empty_gold = [(p, q) for p, q in annotated if not scoring.name_set(p.gold.authors or ())]
        spurious = [(p, q) for p, q in empty_gold if scoring.name_set(q.authors)]
        for p, q in spurious:
            add("authors_f1", p, 0.0, "spurious on page without gold authors: " + authors_reason((), q))
        metrics["authors_spurious"] = len(spurious)
        metrics["authors_empty_gold_pages"] = len(empty_gold)

    dated = [(p, q) for p, q in zip(pages, preds, strict=True) if scoring.parse_iso(p.gold.published)]
    if dated:
        metrics["date_day"] = _mean(
            add("date_day", p, float(scoring.same_day(p.gold.published, q.date)), date_reason(p.gold.published, q))
            for p, q in dated
        )
        timed = [(p, q) for p, q in dated if scoring.gold_has_time(p.gold.published)]
        if timed:
            metrics["date_time"] = _mean(
                add(
                    "date_time",
                    p,
                    float(scoring.within_tolerance(p.gold.published, q.date)),
                    date_reason(p.gold.published, q),
                )
                for p, q in timed
            )
        metrics["date_pages"] = len(dated)
    return metrics, findings


def _mean(values) -> float:
    items = list(values)
    return sum(items) / len(items) if items else 0.0


def score_corpus(pages: Sequence[Page], preds: Sequence[Prediction], n_bootstrap: int = 1000) -> tuple[dict, list[Finding]]:
    body_metrics, body_findings = score_body(pages, preds, n_bootstrap)
    field_metrics, field_findings = score_fields(pages, preds)
    metrics = {
        "pages": len(pages),
        "errors": sum(1 for p in preds if p.error),
        **body_metrics,
        **field_metrics,
    }
    return metrics, body_findings + field_findings


def worst(findings: Sequence[Finding], metric: str, n: int) -> list[Finding]:
    """The n lowest-scoring imperfect pages on `metric` (stable: ties keep corpus order)."""
    imperfect = [f for f in findings if f.metric == metric and f.score < 1.0]
    return sorted(imperfect, key=lambda f: f.score)[:n]
