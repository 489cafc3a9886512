"""Parallel offline extraction: pages in, JSON lines out, in input order, over N worker processes.

Output order is the input order whatever `jobs` is, so `--jobs 2` and `--jobs 1` write identical files
(reproducible runs, easy diffs when re-extracting an archive with a newer extractor). A bounded window of
pages in flight keeps memory flat on a WARC of any size; a slow page holds back writing, never reading.
Each page runs under a time limit in its worker (SIGALRM), so one pathological page costs at most
`timeout` seconds and is reported as a failure, never a hang.
"""

from __future__ import annotations

import json
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from newsbot.sources.types import PageInput, ReadError, Skipped

BATCH_DEFAULT_TIMEOUT = 30.0
BATCH_WINDOW_PER_JOB = 8  # pages in flight per worker: enough to keep it busy, small enough to stay flat


class PageTimeout(Exception):
    pass


@dataclass(frozen=True)
class Extracted:
    """One page extracted: its JSON line (no newline), serialized in the worker to spare the writer."""

    location: str
    line: str


@dataclass(frozen=True)
class Failed:
    """A page whose extraction ran over its time limit or raised (extract() itself should never raise)."""

    location: str
    reason: str


Outcome = Extracted | Failed | ReadError | Skipped


def page_record(page: PageInput) -> dict[str, Any]:
    """The output object for one page: extract() plus the fetch time, in contract field order."""
    from newsbot import extract
    from newsbot.items import ARTICLE_FIELDS

    result = extract(page.body, url=page.url, content_type=page.content_type)
    result["fetched_at"] = page.fetched_at  # null for a plain file: same columns as crawled lines
    return {name: result[name] for name in ARTICLE_FIELDS if name in result}


def _on_alarm(signum: int, frame: Any) -> None:
    raise PageTimeout


def extract_page(page: PageInput, timeout: float) -> Extracted | Failed:
    """Extract one page within `timeout` seconds (0: no limit). Runs in a worker's (or the CLI's) main thread."""
    use_alarm = timeout > 0 and hasattr(signal, "setitimer")
    if use_alarm:
        previous = signal.signal(signal.SIGALRM, _on_alarm)
        signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        return Extracted(page.location, json.dumps(page_record(page), ensure_ascii=False))
    except PageTimeout:
        return Failed(page.location, f"extraction over {timeout:g}s")
    except Exception as exc:  # noqa: BLE001 - one bad page is reported, the batch goes on
        return Failed(page.location, f"extraction error: {type(exc).__name__}: {exc}")
    finally:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


def _warm_up() -> None:
    """Import the extractor once per worker, before the first page (imports are most of a cold start)."""
    import newsbot.extract  # noqa: F401


def extract_all(inputs: Iterable[PageInput | ReadError | Skipped], jobs: int = 1, timeout: float = BATCH_DEFAULT_TIMEOUT) -> Iterator[Outcome]:
    """One outcome per input, in input order; pages extracted over `jobs` processes (1: in this process)."""
    if jobs <= 1:
        for item in inputs:
            yield extract_page(item, timeout) if isinstance(item, PageInput) else item
        return
    window: deque[Outcome | tuple[str, Future[Extracted | Failed]]] = deque()
    with ProcessPoolExecutor(max_workers=jobs, initializer=_warm_up) as pool:
        for item in inputs:
            window.append(_submit(pool, item, timeout) if isinstance(item, PageInput) else item)
            while len(window) >= jobs * BATCH_WINDOW_PER_JOB:
                yield _result(window.popleft())
        while window:
            yield _result(window.popleft())


def _submit(pool: ProcessPoolExecutor, page: PageInput, timeout: float) -> Failed | tuple[str, Future[Extracted | Failed]]:
    try:
        return page.location, pool.submit(extract_page, page, timeout)
    except BrokenProcessPool as exc:
        return Failed(page.location, f"worker pool broken: {exc}")


def _result(entry: Outcome | tuple[str, Future[Extracted | Failed]]) -> Outcome:
    if isinstance(entry, tuple):
        location, future = entry
        try:
            return future.result()
        except Exception as exc:  # noqa: BLE001 - a worker that died (e.g. out of memory) fails its pages only
            return Failed(location, f"worker failed: {type(exc).__name__}: {exc}")
    return entry
