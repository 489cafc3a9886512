"""`newsbot crawl ... --resume DIR`: Scrapy's JOBDIR (DIR/job) plus the seen-store (DIR/seen.sqlite).

DIR/status.json says how the last run in DIR ended; ResumeStatusExtension keeps it current:
- "stopped" (Ctrl-C, SIGTERM, a close reason other than finished): Scrapy saved its queue cleanly; it is resumed.
- "running" at start-up means the run was killed (SIGKILL, power loss). Scrapy only saves its queue on a clean
  stop, so DIR/job cannot be trusted and is deleted; the run starts again from its start URLs and the seen-store
  skips every article already written. The killed run's `.part` output is recovered first: cut after its last
  whole line, renamed to `<stem>.recovered.jsonl`, and each of its articles recorded in the seen-store (a kill between writing a
  line and recording it would otherwise fetch that article twice).
- "finished": the next run is a new incremental run; DIR/job is deleted so Scrapy's dupefilter does not block
  the sitemaps and feeds, which are always re-fetched.
"""

from __future__ import annotations

import json
import logging
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scrapy import signals

from newsbot.state import SeenStore

logger = logging.getLogger(__name__)

RESUME_STATUS_FILE = "status.json"
RESUME_JOB_DIR = "job"
PART_SUFFIX = ".part"


@dataclass(frozen=True)
class ResumePlan:
    previous_state: str | None  # None: first run in DIR
    kept_queue: bool
    recovered_file: Path | None
    recovered_lines: int


def read_status(resume_dir: Path) -> dict[str, Any]:
    path = resume_dir / RESUME_STATUS_FILE
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return {}


def write_status(resume_dir: Path, state: str, output: str | None) -> None:
    resume_dir.mkdir(parents=True, exist_ok=True)
    tmp = resume_dir / (RESUME_STATUS_FILE + ".tmp")
    tmp.write_text(json.dumps({"state": state, "output": output}) + "\n", encoding="utf-8")
    tmp.replace(resume_dir / RESUME_STATUS_FILE)


def cut_after_last_newline(path: Path) -> None:
    """Drop a torn last line (a write cut short by a full disk); whole lines stay."""
    data = path.read_bytes()
    end = data.rfind(b"\n") + 1
    if end != len(data):
        with path.open("r+b") as fh:
            fh.truncate(end)


def recovered_name(output: Path) -> Path:
    """`<stem>.recovered.jsonl` (then -2, -3 ...): never the name the next run writes (an explicit -o FILE is
    reused by every resumed run)."""
    stem = output.name[: -len(".jsonl")] if output.name.endswith(".jsonl") else output.name
    candidate, n = output.with_name(f"{stem}.recovered.jsonl"), 1
    while candidate.exists():
        n += 1
        candidate = output.with_name(f"{stem}.recovered-{n}.jsonl")
    return candidate


def recover_output(output: Path, store: SeenStore) -> tuple[Path | None, int]:
    """A killed run's `<output>.part`: made a finished `.jsonl` and recorded as written. (path, lines)."""
    part = output.with_name(output.name + PART_SUFFIX)
    if not part.is_file():
        return None, 0
    cut_after_last_newline(part)
    lines = store.record_output_file(part)
    target = recovered_name(output)
    part.replace(target)
    return target, lines


def prepare_resume(resume_dir: Path, store: SeenStore) -> ResumePlan:
    """Make DIR ready for the next run according to how the last one ended (see the module docstring)."""
    status = read_status(resume_dir)
    state = status.get("state")
    job = resume_dir / RESUME_JOB_DIR
    recovered, lines = None, 0
    if state == "running" and status.get("output"):
        recovered, lines = recover_output(Path(status["output"]), store)
    keep_queue = state == "stopped"
    if not keep_queue and job.exists():
        shutil.rmtree(job)
    return ResumePlan(state, keep_queue, recovered, lines)


class ResumeStatusExtension:
    """Writes DIR/status.json: "running" (with the output file) once the run opens, its end state at close."""

    def __init__(self, crawler: Any, resume_dir: Path) -> None:
        self.crawler = crawler
        self.resume_dir = resume_dir

    @classmethod
    def from_crawler(cls, crawler: Any) -> ResumeStatusExtension:
        from scrapy.exceptions import NotConfigured

        resume_dir = crawler.settings.get("NEWSBOT_RESUME_DIR")
        if not resume_dir:
            raise NotConfigured  # off unless configured (no message: Scrapy would warn)
        ext = cls(crawler, Path(resume_dir))
        crawler.signals.connect(ext.opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.closed, signal=signals.spider_closed)
        return ext

    def output(self) -> str | None:
        return self.crawler.stats.get_value("newsbot/output_file")

    def opened(self, spider: Any) -> None:
        write_status(self.resume_dir, "running", self.output())

    def closed(self, spider: Any, reason: str) -> None:
        write_status(self.resume_dir, "finished" if reason == "finished" else "stopped", self.output())
