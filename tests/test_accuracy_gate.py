"""CI accuracy gate: newsbot's metrics on the shared corpora must stay at or above benchmarks/baseline.json.

Skips when ../shared is absent. Fails when the corpus differs from the pinned digest (floors are only
comparable on the same pages). newsbot only, in this process, no bootstrap: about 10 s on 2 cores today.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # `benchmarks` lives at the repo root

from benchmarks import baseline as bl  # noqa: E402
from benchmarks.accuracy import format_table, measure  # noqa: E402
from benchmarks.corpora import CORPUS_NAMES, corpus_digest, default_shared_dir, load_pages, shared_present  # noqa: E402

SHARED = default_shared_dir()
BASELINE = bl.load()

needs_shared = pytest.mark.skipif(
    not shared_present(SHARED), reason=f"benchmark corpora not found under {SHARED} (needs ../shared/corpora)"
)


@pytest.fixture(scope="module")
def current_digests() -> dict[str, str]:
    return {name: corpus_digest(SHARED, name) for name in CORPUS_NAMES}


@pytest.fixture(scope="module")
def measured() -> tuple[dict[str, float], str]:
    """newsbot's gated values and the printed table, computed once for all floor tests."""
    pages = [page for name in CORPUS_NAMES for page in load_pages(SHARED, name)]
    runs, metrics, _ = measure(pages, ["newsbot"], isolate=False, progress=False, n_bootstrap=0)
    values = bl.gated_values({corpus: by_extractor["newsbot"] for corpus, by_extractor in metrics.items()})
    return values, format_table(metrics, runs)


def test_baseline_pins_every_corpus_and_gated_metric():
    expected = {f"{corpus}.{key}" for corpus, keys in bl.GATED.items() for key in keys}
    assert set(BASELINE["floors"]) == expected
    assert set(BASELINE["digests"]) == set(CORPUS_NAMES)


@needs_shared
@pytest.mark.parametrize("corpus", CORPUS_NAMES)
def test_corpus_digest_matches_baseline(corpus, current_digests):
    pinned = BASELINE["digests"].get(corpus)
    assert current_digests[corpus] == pinned, (
        f"{corpus} corpus differs from the one the floors were pinned on "
        f"(pinned {pinned}, now {current_digests[corpus]}); floors are not comparable. {bl.REPIN_HELP}"
    )


@needs_shared
@pytest.mark.parametrize("metric", sorted(BASELINE["floors"]))
def test_metric_at_or_above_floor(metric, measured, current_digests):
    corpus = metric.split(".", 1)[0]
    if current_digests.get(corpus) != BASELINE["digests"].get(corpus):
        pytest.skip(f"{corpus} corpus digest differs: see test_corpus_digest_matches_baseline")
    values, table = measured
    floor = BASELINE["floors"][metric]
    value = values.get(metric)
    assert value is not None and value >= floor, (
        f"{metric} = {value} is below its floor {floor} (benchmarks/baseline.json).\n{table}\n"
        "Fix the regression, or if the drop is intended: "
        '.venv/bin/python benchmarks/accuracy.py --pin --allow-lower --why "..."'
    )
