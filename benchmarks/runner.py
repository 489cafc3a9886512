"""Run one extractor over decompressed pages: a warm-up, then one timed loop (no I/O inside it).

Each extractor can run in a forked child so its peak RSS (ru_maxrss) is its own and not the other's;
the child inherits the pages through fork (no pickling of the HTML) and returns only the predictions.
"""

from __future__ import annotations

import multiprocessing
import resource
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from benchmarks.corpora import Page
from benchmarks.scoring import split_author_string

WARMUP_PAGES = 3


@dataclass(frozen=True)
class Prediction:
    body: str = ""
    title: str | None = None
    authors: tuple[str, ...] = ()
    date: str | None = None
    error: str | None = None


@dataclass
class RunResult:
    extractor: str
    predictions: list[Prediction]
    seconds: float  # the timed loop only: extraction calls, no decompression or scoring
    seconds_by_corpus: dict[str, float] = field(default_factory=dict)
    rss_before_kb: int = 0  # ru_maxrss before warm-up (pages already in memory, extractor not yet imported)
    peak_rss_kb: int = 0  # ru_maxrss after the loop

    @property
    def rss_growth_kb(self) -> int:
        return self.peak_rss_kb - self.rss_before_kb

    @property
    def pages_per_second(self) -> float:
        return len(self.predictions) / self.seconds if self.seconds else 0.0


def newsbot_predict(page: Page) -> Prediction:
    import newsbot

    out = newsbot.extract(page.html, url=page.url)
    return Prediction(
        body=out.get("body") or "",
        title=out.get("headline"),
        authors=tuple(out.get("authors") or ()),
        date=out.get("date_published"),
    )


def trafilatura_predict(page: Page) -> Prediction:
    """bare_extraction with metadata; comments excluded as in the scrapinghub benchmark's trafilatura run."""
    import trafilatura

    doc = trafilatura.bare_extraction(page.html, url=page.url, with_metadata=True, include_comments=False)
    if doc is None:
        return Prediction()
    return Prediction(
        body=doc.text or "",
        title=doc.title,
        authors=tuple(split_author_string(doc.author)),
        date=doc.date,
    )


def trafilatura_text(page: Page, with_metadata: bool) -> Prediction:
    """trafilatura.extract (plain text), as most users call it; for the speed benchmark."""
    import trafilatura

    text = trafilatura.extract(page.html, url=page.url, with_metadata=with_metadata, include_comments=False)
    return Prediction(body=text or "")


EXTRACTORS: dict[str, Callable[[Page], Prediction]] = {
    "newsbot": newsbot_predict,
    "trafilatura": trafilatura_predict,
    "trafilatura.extract+meta": lambda page: trafilatura_text(page, with_metadata=True),
    "trafilatura.extract": lambda page: trafilatura_text(page, with_metadata=False),
}


def _safe(fn: Callable[[Page], Prediction], page: Page) -> Prediction:
    try:
        return fn(page)
    except (ImportError, SyntaxError):
        raise  # a broken extractor package, not a broken page: stop the run
    except Exception as exc:  # noqa: BLE001 - one broken page must not stop the benchmark
        return Prediction(error=f"{type(exc).__name__}: {exc}"[:200])


def _max_rss_kb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def run_in_process(name: str, pages: Sequence[Page], progress: bool = True) -> RunResult:
    from tqdm import tqdm

    rss_before = _max_rss_kb()  # before the extractor's imports and warm-up: its whole footprint counts
    fn = EXTRACTORS[name]
    for page in pages[:WARMUP_PAGES]:
        _safe(fn, page)
    predictions: list[Prediction] = []
    by_corpus: dict[str, float] = {}
    total = 0.0
    for page in tqdm(pages, desc=name, unit="page", file=sys.stderr, disable=not progress, leave=False):
        start = time.perf_counter()
        predictions.append(_safe(fn, page))
        spent = time.perf_counter() - start
        total += spent
        by_corpus[page.corpus] = by_corpus.get(page.corpus, 0.0) + spent
    return RunResult(name, predictions, total, by_corpus, rss_before, _max_rss_kb())


# Set by run_isolated just before forking; the child reads it instead of receiving pickled pages.
_FORK_PAGES: Sequence[Page] = ()


def _child(name: str, progress: bool) -> RunResult:
    return run_in_process(name, _FORK_PAGES, progress)


def run_isolated(name: str, pages: Sequence[Page], progress: bool = True) -> RunResult:
    """run_in_process inside a forked child, so ru_maxrss reflects this extractor only."""
    global _FORK_PAGES
    _FORK_PAGES = pages
    try:
        with multiprocessing.get_context("fork").Pool(1) as pool:
            return pool.apply(_child, (name, progress))
    finally:
        _FORK_PAGES = ()


def run(name: str, pages: Sequence[Page], *, isolate: bool, progress: bool = True) -> RunResult:
    return run_isolated(name, pages, progress) if isolate else run_in_process(name, pages, progress)
