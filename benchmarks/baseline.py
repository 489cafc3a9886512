"""benchmarks/baseline.json: newsbot's accuracy floors, pinned to one corpus digest, never lowered silently."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

BASELINE_PATH = Path(__file__).resolve().parent / "baseline.json"
MARGIN = 0.005

# The gated metrics: "<corpus>.<metric>" -> a value in [0, 1] where higher is better.
GATED = {
    "scrapinghub": ("body_f1",),
    "fundus": ("body_f1", "title_exact", "authors_f1", "date_day", "date_time"),
}

REPIN_HELP = (
    "re-pin with: .venv/bin/python benchmarks/accuracy.py --pin --no-trafilatura "
    '--allow-lower --why "<what changed in the corpus>"'
)


def gated_values(metrics_by_corpus: dict[str, dict]) -> dict[str, float]:
    return {
        f"{corpus}.{key}": float(metrics_by_corpus[corpus][key])
        for corpus, keys in GATED.items()
        if corpus in metrics_by_corpus
        for key in keys
        if key in metrics_by_corpus[corpus]
    }


def floor_for(value: float, margin: float = MARGIN) -> float:
    """value - margin, rounded DOWN to 3 decimals, never below 0."""
    return max(0.0, math.floor((value - margin) * 1000 + 1e-9) / 1000)


def load(path: Path = BASELINE_PATH) -> dict:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"floors": {}, "digests": {}, "notes": []}


def save(baseline: dict, path: Path = BASELINE_PATH) -> None:
    path.write_text(json.dumps(baseline, indent=2, ensure_ascii=False, sort_keys=False) + "\n", encoding="utf-8")


def below_floor(values: dict[str, float], floors: dict[str, float]) -> dict[str, tuple[float, float]]:
    """{metric: (value, floor)} for every floored metric whose value is under its floor (a missing value fails)."""
    return {
        key: (values.get(key, float("nan")), floor)
        for key, floor in floors.items()
        if not values.get(key, -1.0) >= floor
    }


def digest_mismatches(pinned: dict[str, str], current: dict[str, str]) -> list[str]:
    return [name for name, digest in pinned.items() if current.get(name) != digest]


@dataclass(frozen=True)
class PinPlan:
    floors: dict[str, float]
    lowered: dict[str, tuple[float, float]]  # metric -> (old floor, new floor)
    raised: dict[str, tuple[float | None, float]]
    digest_changed: list[str]


def plan_pin(baseline: dict, values: dict[str, float], digests: dict[str, str], margin: float = MARGIN) -> PinPlan:
    old = baseline.get("floors", {})
    new = {key: floor_for(value, margin) for key, value in sorted(values.items())}
    lowered = {k: (old[k], v) for k, v in new.items() if k in old and v < old[k]}
    raised = {k: (old.get(k), v) for k, v in new.items() if k not in old or v > old[k]}
    changed = [name for name, d in digests.items() if baseline.get("digests", {}).get(name) not in (None, d)]
    return PinPlan(new, lowered, raised, changed)


def apply_pin(baseline: dict, plan: PinPlan, digests: dict[str, str], note: str) -> dict:
    """A new baseline with the plan's floors (kept floors for metrics not measured) and one note appended."""
    floors = {**baseline.get("floors", {}), **plan.floors}
    return {
        **baseline,
        "margin": MARGIN,
        "floors": dict(sorted(floors.items())),
        "digests": {**baseline.get("digests", {}), **digests},
        "notes": [*baseline.get("notes", []), note],
    }


def describe_changes(plan: PinPlan) -> str:
    parts = [f"{k} {old}->{new}" for k, (old, new) in plan.lowered.items()]
    parts += [f"{k} {old if old is not None else 'new'}->{new}" for k, (old, new) in plan.raised.items()]
    if plan.digest_changed:
        parts.append("corpus digest changed: " + ", ".join(plan.digest_changed))
    return "; ".join(parts) or "no floor changed"
