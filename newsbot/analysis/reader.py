"""Stream article records from JSONL files and run directories; bad lines come back as `BadLine`, never raise."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsbot.analysis.records import record_problem

READER_JSONL_SUFFIX = ".jsonl"
READER_SUMMARY_SUFFIX = ".summary.json"
# progress is updated per chunk of bytes, not per line: tqdm per line would cost more than the parsing
READER_PROGRESS_STEP = 1 << 20


@dataclass(frozen=True)
class BadLine:
    file: int  # index into the input file list
    line: int  # 1-based
    reason: str


def jsonl_files(paths: Sequence[str | Path]) -> list[Path]:
    """Files as given; directories searched recursively for finished runs (`*.jsonl`, not `.jsonl.part`)."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob(f"*{READER_JSONL_SUFFIX}") if p.is_file()))
        else:
            out.append(path)
    return list(dict.fromkeys(out))  # the same file named twice is read once


def summary_path_for(jsonl: Path) -> Path:
    """`run.jsonl` -> `run.summary.json`, where the crawl pipeline writes the run summary."""
    stem = jsonl.name.removesuffix(READER_JSONL_SUFFIX)
    return jsonl.with_name(stem + READER_SUMMARY_SUFFIX)


def summary_files(files: Sequence[Path]) -> list[Path]:
    """The run summaries that exist beside the given JSONL files."""
    return [s for s in (summary_path_for(f) for f in files) if s.is_file()]


def parse_line(raw: bytes) -> tuple[dict[str, Any] | None, str | None]:
    """(record, None) for a usable article line, else (None, reason)."""
    if not raw.strip():
        return None, "empty line"
    try:
        obj = json.loads(raw)
    except UnicodeDecodeError:
        return None, "not UTF-8"
    except json.JSONDecodeError:
        return None, "invalid JSON"
    problem = record_problem(obj)
    return (None, problem) if problem else (obj, None)


def progress_bar(total_bytes: int, enabled: bool | None) -> Any:
    """A tqdm bar on stderr; by default only when stderr is a terminal."""
    from tqdm import tqdm

    show = sys.stderr.isatty() if enabled is None else enabled
    return tqdm(total=total_bytes, unit="B", unit_scale=True, file=sys.stderr, disable=not show, desc="reading")


def read_records(files: Sequence[Path], progress: bool | None = None) -> Iterator[tuple[int, dict[str, Any] | BadLine]]:
    """(file index, record or BadLine) for every line of every file, in order, streaming."""
    total = sum(f.stat().st_size for f in files)
    with progress_bar(total, progress) as bar:
        for index, path in enumerate(files):
            pending = 0
            with path.open("rb") as fh:
                for number, raw in enumerate(fh, start=1):
                    record, reason = parse_line(raw)
                    yield index, (record if record is not None else BadLine(index, number, reason or "bad line"))
                    pending += len(raw)
                    if pending >= READER_PROGRESS_STEP:
                        bar.update(pending)
                        pending = 0
            bar.update(pending)
