"""Score newsbot's distinctive fields against the hand-made labels in labels.jsonl.

    python benchmarks/fields/score.py [--shared DIR] [--labels PATH] [--compare PATH] [--worst N] [--json]

`--labels` scores another label file in the same format (benchmarks/fields/heldout.jsonl is the held-out
test set, never used for tuning); `--compare` adds a side-by-side table of the headline metrics of both files.
Runs `newsbot.extract(page_bytes, url=...)` on every labelled page and prints, per language,
dateline / agency / authors / editors / quotes / captions / boilerplate-leak metrics and a worst-pages
list per field. The scoring primitives are the pure functions below (unit-tested in
tests/test_fields_scorer.py); the corpus pages are read from `../shared` and never copied.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SHARED = REPO_ROOT.parent / "shared"
DEFAULT_LABELS = Path(__file__).resolve().parent / "labels.jsonl"

# Quote matching: token overlap (over the longer side) at or above this counts as the same quote.
QUOTE_OVERLAP_MIN = 0.8
# Containment only counts when the shorter side is a real fragment, not "yes" inside a long quote.
QUOTE_CONTAIN_MIN_TOKENS = 3
# Quote marks and dashes stripped before comparing texts (labels carry text without marks).
_QUOTE_CHARS = "\"'“”„‟‘’‚‛«»‹›「」『』〝〞＂"
_TOKEN_RE = re.compile(r"\w+", re.UNICODE)


# ---------------------------------------------------------------- normalisation


def normalize_space(text: str | None) -> str:
    """NFKC, casefold, whitespace collapsed: the form every string comparison uses."""
    if not text:
        return ""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def normalize_quote(text: str | None) -> str:
    """`normalize_space` plus quote marks removed, so «x», "x" and x compare equal."""
    stripped = "".join(" " if ch in _QUOTE_CHARS else ch for ch in normalize_space(text))
    return " ".join(stripped.split())


def tokens(text: str | None) -> list[str]:
    """Word tokens of the normalised text (punctuation ignored)."""
    return _TOKEN_RE.findall(normalize_space(text))


# ---------------------------------------------------------------- set / text similarity


@dataclass
class Counts:
    """True positives against predicted and gold totals; micro-averaged P/R/F1."""

    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.n_pred += other.n_pred
        self.n_gold += other.n_gold

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else (1.0 if not self.n_gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 1.0  # nothing to find: nothing missed

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def set_counts(predicted: Iterable[str], gold: Iterable[str]) -> Counts:
    """Compare two name lists as sets after `normalize_space` (empty strings dropped)."""
    pred = {normalize_space(x) for x in predicted} - {""}
    want = {normalize_space(x) for x in gold} - {""}
    return Counts(tp=len(pred & want), n_pred=len(pred), n_gold=len(want))


def same_set(predicted: Iterable[str], gold: Iterable[str]) -> bool:
    """Exact-set equality after `normalize_space`."""
    c = set_counts(predicted, gold)
    return c.tp == c.n_pred == c.n_gold


def token_overlap(a: str, b: str) -> float:
    """Multiset token overlap divided by the longer side's length (0 when either is empty)."""
    ta, tb = Counter(tokens(a)), Counter(tokens(b))
    longer = max(sum(ta.values()), sum(tb.values()))
    if not longer or not ta or not tb:
        return 0.0
    return sum((ta & tb).values()) / longer


def texts_match(a: str | None, b: str | None) -> bool:
    """Fuzzy text equality: token overlap >= 0.8, or one contains the other (shorter >= 3 tokens)."""
    na, nb = normalize_quote(a), normalize_quote(b)
    if not na or not nb:
        return False
    if token_overlap(na, nb) >= QUOTE_OVERLAP_MIN:
        return True
    shorter, longer = (na, nb) if len(na) <= len(nb) else (nb, na)
    return len(tokens(shorter)) >= QUOTE_CONTAIN_MIN_TOKENS and shorter in longer


def match_texts(predicted: Sequence[str], gold: Sequence[str]) -> list[tuple[int, int]]:
    """One-to-one (pred_index, gold_index) pairs of matching texts, best overlap first."""
    candidates = [
        (token_overlap(p, g), pi, gi)
        for pi, p in enumerate(predicted)
        for gi, g in enumerate(gold)
        if texts_match(p, g)
    ]
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, pi, gi in candidates:
        if pi not in used_p and gi not in used_g:
            used_p.add(pi)
            used_g.add(gi)
            pairs.append((pi, gi))
    return sorted(pairs, key=lambda p: p[1])


def same_value(predicted: str | None, gold: str | None) -> bool:
    """Case-insensitive exact equality (None and "" are the same missing value)."""
    return normalize_space(predicted) == normalize_space(gold)


def body_leaks(body: str, boilerplate: Iterable[str]) -> list[str]:
    """The labelled boilerplate strings that occur in the body (normalised, case-insensitive)."""
    text = normalize_space(body)
    return [b for b in boilerplate if normalize_space(b) and normalize_space(b) in text]


# ---------------------------------------------------------------- per-page field scores


@dataclass
class Ratio:
    """A hit count over a total, printed as a percentage."""

    hits: int = 0
    total: int = 0

    def add(self, hit: bool) -> None:
        self.hits += int(hit)
        self.total += 1

    def __str__(self) -> str:
        return f"{100 * self.hits / self.total:5.1f}% ({self.hits}/{self.total})" if self.total else "    -"


@dataclass
class PageScore:
    """Everything one page contributes, plus a per-field 0..1 score and a reason for the worst lists."""

    path: str
    language: str
    ratios: dict[str, Ratio] = field(default_factory=lambda: defaultdict(Ratio))
    counts: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    field_score: dict[str, float] = field(default_factory=dict)
    reason: dict[str, str] = field(default_factory=dict)


def _short(value: Any, limit: int = 70) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def score_dateline(page: PageScore, pred: dict | None, gold: dict | None) -> None:
    """City/source accuracy on labelled datelines; false positive when the label is null."""
    if gold is None:
        fp = pred is not None
        page.ratios["dateline_fp"].add(fp)
        page.field_score["dateline"] = 0.0 if fp else 1.0
        if fp:
            page.reason["dateline"] = f"false positive {_short(pred)}"
        return
    # A missed dateline gets nothing, even where the label's source is null.
    city_ok = pred is not None and same_value(pred.get("city"), gold.get("city"))
    source_ok = pred is not None and same_value(pred.get("source"), gold.get("source"))
    page.ratios["dateline_city"].add(city_ok)
    page.ratios["dateline_source"].add(source_ok)
    page.field_score["dateline"] = (city_ok + source_ok) / 2
    if not (city_ok and source_ok):
        page.reason["dateline"] = f"want {gold.get('city')!r}/{gold.get('source')!r} got {_short(pred or None)}"


def score_agency(page: PageScore, pred: dict | None, gold: dict | None) -> None:
    """Exact-set accuracy of codes and agencies, split by whether the page has an agency label."""
    pred, want = pred or {}, gold or {}
    codes_ok = same_set(pred.get("codes") or [], want.get("codes") or [])
    names_ok = same_set(pred.get("agencies") or [], want.get("agencies") or [])
    kind = "labelled" if gold else "none"
    page.ratios[f"agency_codes_{kind}"].add(codes_ok)
    page.ratios[f"agency_names_{kind}"].add(names_ok)
    page.field_score["agency"] = (codes_ok + names_ok) / 2
    if not (codes_ok and names_ok):
        page.reason["agency"] = f"want {_short(gold)} got {_short(pred or None)}"


def score_names(page: PageScore, name: str, pred: list[str], gold: list[str]) -> None:
    """Set P/R/F1 of person names (authors or editors)."""
    c = set_counts(pred, gold)
    page.counts[name].add(c)
    page.field_score[name] = c.f1
    if c.f1 < 1.0:
        page.reason[name] = f"want {_short(gold)} got {_short(pred)}"


def score_quotes(page: PageScore, pred: list[dict], gold: list[dict]) -> None:
    """Quote P/R/F1 by fuzzy text match; speaker and cue accuracy on the matched pairs."""
    pairs = match_texts([q.get("text") or "" for q in pred], [q["text"] for q in gold])
    page.counts["quotes"].add(Counts(tp=len(pairs), n_pred=len(pred), n_gold=len(gold)))
    misses = []
    for pi, gi in pairs:
        p, g = pred[pi], gold[gi]
        speaker_ok = same_value(p.get("speaker"), g.get("speaker"))
        cue_ok = same_value(p.get("cue"), g.get("cue"))
        page.ratios["quote_speaker"].add(speaker_ok)
        page.ratios["quote_cue"].add(cue_ok)
        if not (speaker_ok and cue_ok):
            misses.append(f"{g.get('speaker')}/{g.get('cue')} vs {p.get('speaker')}/{p.get('cue')}")
    c = Counts(tp=len(pairs), n_pred=len(pred), n_gold=len(gold))
    page.field_score["quotes"] = c.f1
    if c.f1 < 1.0 or misses:
        page.reason["quotes"] = f"matched {len(pairs)} of {len(gold)} labelled, {len(pred)} predicted" + (
            f"; attribution {misses[0]}" if misses else ""
        )


def score_captions(page: PageScore, images: list[dict], gold: list[dict]) -> None:
    """Recall of labelled captions (fuzzy) and of their credits (on the matched image)."""
    if not gold:
        return
    pairs = match_texts([im.get("caption") or "" for im in images], [c["caption"] for c in gold])
    by_gold = {gi: pi for pi, gi in pairs}
    credit_hits = credit_total = 0
    for gi, g in enumerate(gold):
        page.ratios["caption"].add(gi in by_gold)
        if g.get("credit"):
            credit_total += 1
            got = images[by_gold[gi]].get("credit") if gi in by_gold else None
            ok = credit_matches(got, g["credit"])
            credit_hits += ok
            page.ratios["caption_credit"].add(ok)
    page.field_score["captions"] = (len(pairs) + credit_hits) / (len(gold) + credit_total)
    if page.field_score["captions"] < 1.0:
        page.reason["captions"] = f"{len(pairs)}/{len(gold)} captions, {credit_hits}/{credit_total} credits"


def credit_matches(predicted: str | None, gold: str) -> bool:
    """Credits compare case-insensitively; a prefix like "Foto:" on either side is tolerated."""
    p, g = normalize_space(predicted), normalize_space(gold)
    return bool(p) and (p == g or p.endswith(g) or g.endswith(p))


def score_boilerplate(page: PageScore, body: str, boilerplate: list[str]) -> None:
    """A page leaks when any labelled boilerplate string reaches the body."""
    if not boilerplate:
        return
    leaked = body_leaks(body, boilerplate)
    page.ratios["boilerplate_leak"].add(bool(leaked))
    page.field_score["boilerplate"] = 0.0 if leaked else 1.0
    if leaked:
        page.reason["boilerplate"] = f"leaked {_short(leaked)}"


FIELDS = ("dateline", "agency", "authors", "editors", "quotes", "captions", "boilerplate")


def score_page(label: dict, output: dict) -> PageScore:
    """Score one extractor output against one label line; fields named in `partial` are skipped."""
    skip = set(label.get("partial") or [])
    page = PageScore(path=label["path"], language=label.get("language") or "?")
    if "dateline" not in skip:
        score_dateline(page, output.get("dateline"), label.get("dateline"))
    if "agency" not in skip:
        score_agency(page, output.get("agency"), label.get("agency"))
    for name in ("authors", "editors"):
        if name not in skip:
            score_names(page, name, output.get(name) or [], label.get(name) or [])
    if "quotes" not in skip:
        score_quotes(page, output.get("quotes") or [], label.get("quotes") or [])
    if "captions" not in skip:
        score_captions(page, output.get("images") or [], label.get("captions") or [])
    if "boilerplate" not in skip:
        score_boilerplate(page, output.get("body") or "", label.get("boilerplate") or [])
    return page


# ---------------------------------------------------------------- report


@dataclass
class Totals:
    ratios: dict[str, Ratio] = field(default_factory=lambda: defaultdict(Ratio))
    counts: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    pages: int = 0


def aggregate(pages: Iterable[PageScore]) -> dict[str, Totals]:
    """Sum page scores into an "all" group and one group per language."""
    groups: dict[str, Totals] = defaultdict(Totals)
    for page in pages:
        for key in ("all", page.language):
            t = groups[key]
            t.pages += 1
            for name, r in page.ratios.items():
                t.ratios[name].hits += r.hits
                t.ratios[name].total += r.total
            for name, c in page.counts.items():
                t.counts[name].add(c)
    return dict(groups)


RATIO_ROWS = (
    ("dateline city accuracy", "dateline_city"),
    ("dateline source accuracy", "dateline_source"),
    ("dateline false-positive rate", "dateline_fp"),
    ("agency codes exact (labelled)", "agency_codes_labelled"),
    ("agency names exact (labelled)", "agency_names_labelled"),
    ("agency codes exact (no agency)", "agency_codes_none"),
    ("agency names exact (no agency)", "agency_names_none"),
    ("quote speaker acc (matched)", "quote_speaker"),
    ("quote cue acc (matched)", "quote_cue"),
    ("caption recall", "caption"),
    ("caption credit recall", "caption_credit"),
    ("pages leaking boilerplate", "boilerplate_leak"),
)
COUNT_ROWS = (("authors", "authors"), ("editors", "editors"), ("quotes", "quotes"))


def format_report(groups: dict[str, Totals]) -> str:
    """One table: metrics down, "all" then each language across."""
    keys = ["all", *sorted(k for k in groups if k != "all")]
    width = 16
    lines = [f"{'metric':34}" + "".join(f"{k + ' (' + str(groups[k].pages) + 'p)':>{width}}" for k in keys)]
    for title, name in RATIO_ROWS:
        lines.append(f"{title:34}" + "".join(f"{_ratio_cell(groups[k].ratios.get(name)):>{width}}" for k in keys))
    for title, name in COUNT_ROWS:
        for metric in ("precision", "recall", "f1"):
            cells = "".join(f"{_count_cell(groups[k].counts.get(name), metric):>{width}}" for k in keys)
            lines.append(f"{title + ' ' + metric:34}{cells}")
    return "\n".join(lines)


# Headline metrics (name -> how to read it from the "all" group), pinned by tests/test_fields_gate.py.
HEADLINE_RATIOS = {
    "dateline_city_accuracy": "dateline_city",
    "dateline_source_accuracy": "dateline_source",
    "dateline_false_positive_rate": "dateline_fp",
    "agency_codes_exact_labelled": "agency_codes_labelled",
    "agency_names_exact_labelled": "agency_names_labelled",
    "agency_codes_exact_none": "agency_codes_none",
    "agency_names_exact_none": "agency_names_none",
    "quote_speaker_accuracy": "quote_speaker",
    "quote_cue_accuracy": "quote_cue",
    "caption_recall": "caption",
    "caption_credit_recall": "caption_credit",
    "boilerplate_leak_rate": "boilerplate_leak",
}
HEADLINE_COUNTS = {"quotes_f1": "quotes", "authors_f1": "authors", "editors_f1": "editors"}


def headline_metrics(groups: dict[str, Totals]) -> dict[str, float]:
    """The pinned numbers for all languages together, as fractions (0..1)."""
    totals = groups["all"]
    out: dict[str, float] = {}
    for name, key in HEADLINE_RATIOS.items():
        ratio = totals.ratios.get(key)
        if ratio is not None and ratio.total:
            out[name] = ratio.hits / ratio.total
    for name, key in HEADLINE_COUNTS.items():
        counts = totals.counts.get(key)
        if counts is not None and (counts.n_gold or counts.n_pred):
            out[name] = counts.f1
    return out


def _ratio_cell(r: Ratio | None) -> str:
    return "-" if r is None or not r.total else f"{100 * r.hits / r.total:.1f}% {r.hits}/{r.total}"


def _count_cell(c: Counts | None, metric: str) -> str:
    return "-" if c is None or not (c.n_gold or c.n_pred) else f"{getattr(c, metric):.3f}"


def format_comparison(columns: dict[str, Totals]) -> str:
    """Headline metrics of several label files side by side (one "all" Totals per column)."""
    width = 18
    lines = [f"{'metric':34}" + "".join(f"{f'{k} ({t.pages}p)':>{width}}" for k, t in columns.items())]
    for title, name in RATIO_ROWS:
        lines.append(f"{title:34}" + "".join(f"{_ratio_cell(t.ratios.get(name)):>{width}}" for t in columns.values()))
    for title, name in COUNT_ROWS:
        cells = "".join(f"{_count_cell(t.counts.get(name), 'f1'):>{width}}" for t in columns.values())
        lines.append(f"{title + ' f1':34}{cells}")
    return "\n".join(lines)


def worst_pages(pages: Sequence[PageScore], name: str, n: int) -> list[PageScore]:
    """The `n` lowest-scoring pages for a field (only pages with a reason, i.e. not perfect)."""
    scored = [p for p in pages if name in p.field_score and name in p.reason]
    return sorted(scored, key=lambda p: (p.field_score[name], p.path))[:n]


# ---------------------------------------------------------------- corpus I/O


def load_labels(path: Path) -> list[dict]:
    """Label lines (blank lines and lines starting with // are ignored)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("//"):
            rows.append(json.loads(line))
    return rows


def resolve_labels(path: Path) -> Path:
    """A relative label path is taken from the working directory, else from the repository root."""
    if path.is_absolute() or path.exists():
        return path
    return REPO_ROOT / path


def load_urls(shared: Path) -> dict[str, str]:
    """Known page URLs keyed by corpus path relative to `shared`."""
    urls: dict[str, str] = {}
    gold = shared / "corpora/fundus/gold.jsonl"
    if gold.exists():
        for line in gold.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            urls[f"corpora/fundus/pages/{row['file']}"] = row["url"]
    truth = shared / "corpora/scrapinghub/ground-truth.json"
    if truth.exists():
        for key, row in json.loads(truth.read_text(encoding="utf-8")).items():
            urls[f"corpora/scrapinghub/html/{key}.html.gz"] = row.get("url")
    return urls


def run(shared: Path, labels: list[dict], extract: Callable[..., dict]) -> list[PageScore]:
    urls = load_urls(shared)
    pages = []
    for label in labels:
        raw = gzip.decompress((shared / label["path"]).read_bytes())
        pages.append(score_page(label, extract(raw, url=urls.get(label["path"]))))
    return pages


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared corpus directory")
    parser.add_argument("--labels", type=Path, default=DEFAULT_LABELS,
                        help="label file to score against (default: the dev set labels.jsonl)")
    parser.add_argument("--compare", type=Path, default=None,
                        help="a second label file; adds its headline metrics next to --labels' (e.g. heldout.jsonl)")
    parser.add_argument("--worst", type=int, default=5, help="worst pages to list per field")
    parser.add_argument("--json", action="store_true", help="print only the headline metrics as JSON")
    args = parser.parse_args(argv)
    if args.json and args.compare:
        parser.error("--compare prints a table; it cannot be combined with --json")
    if not (args.shared / "corpora").is_dir():
        print(f"score.py: shared corpus not found at {args.shared} (pass --shared DIR)", file=sys.stderr)
        return 2

    from newsbot import extract

    labels_path = resolve_labels(args.labels)
    labels = load_labels(labels_path)
    pages = run(args.shared, labels, extract)
    if args.json:
        print(json.dumps(headline_metrics(aggregate(pages)), indent=2, sort_keys=True))
        return 0
    partial = sum(1 for label in labels if label.get("partial"))
    print(f"{len(labels)} labelled pages ({len(labels) - partial} full, {partial} partial) from {labels_path.name}\n")
    print(format_report(aggregate(pages)))
    for name in FIELDS:
        worst = worst_pages(pages, name, args.worst)
        if worst:
            print(f"\nworst {name}:")
            for p in worst:
                print(f"  {p.field_score[name]:.2f} [{p.language}] {p.path}: {p.reason[name]}")
    if args.compare:
        other_path = resolve_labels(args.compare)
        other = run(args.shared, load_labels(other_path), extract)
        columns = {labels_path.stem: aggregate(pages)["all"], other_path.stem: aggregate(other)["all"]}
        print(f"\nall languages, {labels_path.name} vs {other_path.name}:")
        print(format_comparison(columns))
    return 0


if __name__ == "__main__":
    sys.exit(main())
