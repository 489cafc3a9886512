"""`newsbot report`'s work: read, aggregate, draw, render; no argument parsing here."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newsbot.analysis.aggregate import aggregate
from newsbot.analysis.figures import build_figures
from newsbot.analysis.plots import render_plots
from newsbot.analysis.reader import jsonl_files, read_records, summary_files
from newsbot.analysis.render_html import render_html
from newsbot.analysis.runs import summarize_runs


def compute_figures(paths: Sequence[str | Path], progress: bool | None = None) -> dict[str, Any]:
    """The report's figures as JSON data for the JSONL files and run directories in `paths` (one streaming pass)."""
    files = jsonl_files(paths)
    stats = aggregate(read_records(files, progress))
    return build_figures(stats, files, summarize_runs(summary_files(files)))


def build_report(paths: Sequence[str | Path], progress: bool | None = None) -> tuple[dict[str, Any], str]:
    """(figures as JSON data, HTML page with the plots drawn)."""
    figures = compute_figures(paths, progress)
    return figures, render_html(figures, render_plots(figures))
