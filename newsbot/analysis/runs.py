"""Drops and errors from the run summaries (`<run>.summary.json`) the crawl pipeline writes beside its JSONL."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any


def _int_map(value: Any) -> dict[str, int]:
    if not isinstance(value, dict):
        return {}
    return {str(k): v for k, v in value.items() if isinstance(v, int) and not isinstance(v, bool)}


def read_summary(path: Path) -> dict[str, Any] | None:
    """The summary as a dict, or None when the file is not a JSON object."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None
    return data if isinstance(data, dict) else None


def run_row(path: Path, summary: dict[str, Any]) -> dict[str, Any]:
    dropped, errors = _int_map(summary.get("dropped")), _int_map(summary.get("errors"))
    return {
        "summary": str(path),
        "spider": summary.get("spider"),
        "started_at": summary.get("started_at"),
        "items": summary.get("items"),
        "requests": summary.get("requests"),
        "dropped": sum(dropped.values()),
        "errors": sum(errors.values()),
        "finish_reason": summary.get("finish_reason"),
    }


def summarize_runs(paths: Sequence[Path]) -> dict[str, Any]:
    """Totals of drops by reason and errors by kind over all runs, one row per run, unreadable files listed."""
    dropped: Counter[str] = Counter()
    errors: Counter[str] = Counter()
    rows, unreadable = [], []
    for path in paths:
        summary = read_summary(path)
        if summary is None:
            unreadable.append(str(path))
            continue
        dropped.update(_int_map(summary.get("dropped")))
        errors.update(_int_map(summary.get("errors")))
        rows.append(run_row(path, summary))
    return {
        "runs": rows,
        "dropped": dict(dropped.most_common()),
        "errors": dict(errors.most_common()),
        "unreadable_summaries": unreadable,
    }
