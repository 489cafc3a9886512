"""Accuracy (and speed) of newsbot.extract side by side with trafilatura on the shared corpora.

    .venv/bin/python benchmarks/accuracy.py [--corpus all|scrapinghub|fundus] [--limit N]
        [--no-trafilatura] [--worst N] [--json PATH] [--shared DIR]
        [--pin [--allow-lower --why "..."]]

Prints one table, the worst newsbot pages per metric with a reason, and writes
benchmarks/results/<YYYY-MM-DD>.json. Exit 2 when the corpora are absent. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.metadata
import json
import platform
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script: make `benchmarks` importable

from benchmarks import baseline as bl  # noqa: E402
from benchmarks.corpora import (  # noqa: E402
    CORPUS_NAMES,
    CorpusMissing,
    Page,
    corpus_digest,
    default_shared_dir,
    load_pages,
    selected_corpora,
)
from benchmarks.evaluate import Finding, score_corpus, worst  # noqa: E402
from benchmarks.runner import RunResult, run  # noqa: E402

RESULTS_DIR = Path(__file__).resolve().parent / "results"

ROWS = (  # (metric key, label, shown with bootstrap ±)
    ("body_f1", "body F1", True),
    ("body_precision", "body precision", False),
    ("body_recall", "body recall", False),
    ("title_exact", "title exact", False),
    ("title_loose", "title loose (casefold, no punct.)", False),
    ("authors_f1", "authors F1", False),
    ("authors_spurious", "authors spurious (pages)", False),
    ("date_day", "date same day", False),
    ("date_time", "date within 60 s", False),
    ("errors", "pages raising", False),
)
WORST_METRICS = ("body_f1", "title_exact", "authors_f1", "date_day", "date_time")


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=None, help="the shared/ dir (default: $NEWSBOT_SHARED or ../shared)")
    ap.add_argument("--corpus", choices=("all", *CORPUS_NAMES), default="all")
    ap.add_argument("--limit", type=int, default=None, help="first N pages of each corpus")
    ap.add_argument("--no-trafilatura", action="store_true", help="measure newsbot only")
    ap.add_argument("--worst", type=int, default=20, help="worst newsbot pages listed per metric (0: none)")
    ap.add_argument("--json", type=Path, default=None, help="results file (default: benchmarks/results/<date>.json)")
    ap.add_argument("--n-bootstrap", type=int, default=1000, help="bootstrap resamples for the body ± (reference: 1000)")
    ap.add_argument("--no-isolate", action="store_true", help="run extractors in this process (RSS then cumulative)")
    ap.add_argument("--quiet", action="store_true", help="no progress bars")
    ap.add_argument("--pin", action="store_true", help="write newsbot's numbers minus the margin as floors")
    ap.add_argument("--allow-lower", action="store_true", help="with --pin: allow lowering a floor (needs --why)")
    ap.add_argument("--why", default=None, help="with --pin: the reason recorded in baseline.json notes")
    return ap.parse_args(argv)


def measure(
    pages: Sequence[Page], extractors: Sequence[str], *, isolate: bool, progress: bool, n_bootstrap: int
) -> tuple[dict[str, RunResult], dict[str, dict[str, dict]], dict[str, list[Finding]]]:
    """Run each extractor over all pages, then score per corpus: (runs, metrics[corpus][extractor], findings)."""
    runs = {name: run(name, pages, isolate=isolate, progress=progress) for name in extractors}
    metrics: dict[str, dict[str, dict]] = {}
    findings: dict[str, list[Finding]] = {name: [] for name in extractors}
    for corpus in dict.fromkeys(p.corpus for p in pages):
        idx = [i for i, p in enumerate(pages) if p.corpus == corpus]
        corpus_pages = [pages[i] for i in idx]
        for name, result in runs.items():
            m, f = score_corpus(corpus_pages, [result.predictions[i] for i in idx], n_bootstrap)
            metrics.setdefault(corpus, {})[name] = m
            findings[name].extend(f)
    return runs, metrics, findings


def _cell(metrics: dict | None, key: str, with_ci: bool) -> str:
    if metrics is None or key not in metrics:
        return "-"
    value = metrics[key]
    if isinstance(value, int):
        return str(value)
    if with_ci:  # the reference evaluate.py prints ± 1.96·σ of the bootstrap
        return f"{value:.3f} ±{1.96 * metrics.get(key + '_std', 0.0):.3f}"
    return f"{value:.3f}"


def format_table(metrics: dict[str, dict[str, dict]], runs: dict[str, RunResult]) -> str:
    names = list(runs)
    compare = len(names) == 2
    header = f"{'metric':<36}" + "".join(f"{n:>16}" for n in names) + (f"{'diff':>10}" if compare else "")
    lines = [header, "-" * len(header)]
    for corpus, by_extractor in metrics.items():
        first = by_extractor[names[0]]
        extra = f", authors on {first['authors_pages']}" if "authors_pages" in first else ""
        lines.append(f"{corpus} ({first['pages']} pages{extra})")
        for key, label, with_ci in ROWS:
            if key not in first:
                continue
            if key == "authors_spurious":
                label = f"authors spurious (of {first['authors_empty_gold_pages']} no-gold)"
            row = f"  {label:<34}" + "".join(f"{_cell(by_extractor.get(n), key, with_ci):>16}" for n in names)
            if compare and isinstance(first[key], float):
                row += f"{first[key] - by_extractor[names[1]][key]:>+10.3f}"
            lines.append(row)
    total = len(next(iter(runs.values())).predictions)
    lines.append(f"speed ({total} pages, extraction only, after warm-up)")
    lines.append(
        f"  {'pages/s':<34}"
        + "".join(f"{r.pages_per_second:>16.1f}" for r in runs.values())
        + (f"{_ratio(runs, 'pages_per_second'):>10}" if compare else "")
    )
    lines.append(
        f"  {'peak RSS MB':<34}"
        + "".join(f"{r.peak_rss_kb / 1024:>16.0f}" for r in runs.values())
        + (f"{_ratio(runs, 'peak_rss_kb'):>10}" if compare else "")
    )
    lines.append(
        f"  {'RSS growth MB (imports + work)':<34}"
        + "".join(f"{r.rss_growth_kb / 1024:>16.0f}" for r in runs.values())
        + (f"{_ratio(runs, 'rss_growth_kb'):>10}" if compare else "")
    )
    lines.append("body F1 ± = 1.96·bootstrap σ (as scrapinghub's evaluate.py prints); diff = newsbot - trafilatura;")
    lines.append("speed/RSS last column = newsbot / trafilatura ratio")
    return "\n".join(lines)


def _ratio(runs: dict[str, RunResult], attr: str) -> str:
    a, b = (getattr(r, attr) for r in runs.values())
    return f"x{a / b:.2f}" if b else "-"


def format_worst(findings: Sequence[Finding], n: int) -> str:
    out = []
    for metric in WORST_METRICS:
        rows = worst(findings, metric, n)
        if not rows:
            continue
        out.append(f"\nworst {len(rows)} newsbot pages on {metric}:")
        out.extend(f"  {f.score:.2f}  {_short_id(f.page_id):<40}  {f.reason}" for f in rows)
    return "\n".join(out)


def _short_id(page_id: str) -> str:
    """fundus ids are readable file names; scrapinghub's 64-hex ids are cut (the JSON has them whole)."""
    return page_id if len(page_id) <= 40 else page_id[:16] + "…"


def _dist_version(name: str) -> str | None:
    """Installed version, read without importing the extractor into this (parent) process."""
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return None


def _git_commit() -> str | None:
    try:
        root = Path(__file__).resolve().parents[1]
        return subprocess.run(
            ["git", "-C", str(root), "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None


def results_document(args, metrics, runs, findings, digests) -> dict:
    versions = {name: _dist_version(name) for name in runs} | {"python": platform.python_version()}
    return {
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "commit": _git_commit(),
        "versions": versions,
        "args": {"corpus": args.corpus, "limit": args.limit, "n_bootstrap": args.n_bootstrap},
        "digests": digests,
        "metrics": metrics,
        "speed": {
            name: {
                "pages": len(r.predictions),
                "seconds": r.seconds,
                "seconds_by_corpus": r.seconds_by_corpus,
                "pages_per_second": r.pages_per_second,
                "rss_before_mb": r.rss_before_kb / 1024,
                "rss_growth_mb": r.rss_growth_kb / 1024,
                "peak_rss_mb": r.peak_rss_kb / 1024,
            }
            for name, r in runs.items()
        },
        "findings_newsbot": [asdict(f) for f in findings.get("newsbot", []) if f.score < 1.0],
    }


def pin(args, metrics: dict[str, dict[str, dict]], digests: dict[str, str]) -> int:
    if args.corpus != "all" or args.limit is not None:
        print("--pin needs the full corpora: drop --corpus/--limit", file=sys.stderr)
        return 1
    current = bl.load()
    values = bl.gated_values({corpus: m["newsbot"] for corpus, m in metrics.items()})
    plan = bl.plan_pin(current, values, digests)
    if (plan.lowered or plan.digest_changed) and not (args.allow_lower and args.why):
        print("refusing to pin: " + bl.describe_changes(plan), file=sys.stderr)
        print("lowering a floor or changing the corpus needs --allow-lower --why \"...\"", file=sys.stderr)
        return 1
    why = args.why or "re-pinned after extractor changes"
    note = f"{dt.date.today().isoformat()} newsbot {_dist_version('newsbot')} @ {_git_commit()}: {bl.describe_changes(plan)} ({why})"
    bl.save(bl.apply_pin(current, plan, digests, note))
    print(f"pinned {bl.BASELINE_PATH}: {note}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    shared = args.shared or default_shared_dir()
    corpora = selected_corpora(args.corpus)
    try:
        digests = {name: corpus_digest(shared, name) for name in corpora}
        pages = [page for name in corpora for page in load_pages(shared, name, args.limit)]
    except CorpusMissing as exc:
        print(f"benchmark corpora not found: {exc}", file=sys.stderr)
        return 2
    extractors = ["newsbot"] if args.no_trafilatura else ["newsbot", "trafilatura"]
    runs, metrics, findings = measure(
        pages, extractors, isolate=not args.no_isolate, progress=not args.quiet, n_bootstrap=args.n_bootstrap
    )
    print(format_table(metrics, runs))
    if args.worst:
        print(format_worst(findings["newsbot"], args.worst))
    out = args.json or RESULTS_DIR / f"{dt.date.today().isoformat()}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results_document(args, metrics, runs, findings, digests), indent=1, ensure_ascii=False))
    print(f"\nresults written to {out}", file=sys.stderr)
    return pin(args, metrics, digests) if args.pin else 0


if __name__ == "__main__":
    sys.exit(main())
