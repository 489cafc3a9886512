"""CI gate for newsbot's own fields: the hand-labelled dev set (benchmarks/fields/labels.jsonl) must score
at or above the floors pinned in benchmarks/fields/baseline.json.

Skips when ../shared is absent. Runs the scorer in this process (about 5 s). Rates where lower is better
(false positives, boilerplate leaks) have ceilings instead of floors. Floors are the values reached when
they were pinned minus a small margin; a change that lowers one must say so in baseline.json's notes.
"""

import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks" / "fields"))

import score  # noqa: E402

BASELINE_PATH = REPO / "benchmarks" / "fields" / "baseline.json"
BASELINE = json.loads(BASELINE_PATH.read_text(encoding="utf-8"))
SHARED = REPO.parent / "shared"

needs_shared = pytest.mark.skipif(
    not (SHARED / "corpora").is_dir(), reason=f"field benchmark corpus not found under {SHARED} (needs ../shared/corpora)"
)


@pytest.fixture(scope="module")
def measured() -> dict[str, float]:
    from newsbot import extract

    pages = score.run(SHARED, score.load_labels(score.DEFAULT_LABELS), extract)
    return score.headline_metrics(score.aggregate(pages))


def test_baseline_names_only_metrics_the_scorer_reports():
    known = set(score.HEADLINE_RATIOS) | set(score.HEADLINE_COUNTS)
    assert set(BASELINE["floors"]) <= known
    assert set(BASELINE["ceilings"]) <= known
    assert BASELINE["notes"], "baseline.json must say how and when its floors were pinned"


@needs_shared
@pytest.mark.parametrize("metric", sorted(BASELINE["floors"]))
def test_metric_at_or_above_floor(metric, measured):
    assert measured[metric] >= BASELINE["floors"][metric], (
        f"{metric} = {measured[metric]:.3f} fell below its floor {BASELINE['floors'][metric]:.3f} "
        "(run `python benchmarks/fields/score.py --worst 10` to see the pages)"
    )


@needs_shared
@pytest.mark.parametrize("metric", sorted(BASELINE["ceilings"]))
def test_rate_at_or_below_ceiling(metric, measured):
    assert measured[metric] <= BASELINE["ceilings"][metric], (
        f"{metric} = {measured[metric]:.3f} rose above its ceiling {BASELINE['ceilings'][metric]:.3f}"
    )
