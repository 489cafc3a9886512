"""Load the read-only benchmark corpora from ../shared (never copied into the repo).

Each page is decompressed once into bytes; both extractors get the very same bytes.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

CORPUS_NAMES = ("scrapinghub", "fundus")
SHARED_ENV = "NEWSBOT_SHARED"


@dataclass(frozen=True)
class Gold:
    body: str
    title: str | None = None
    authors: tuple[str, ...] | None = None  # None: the corpus does not annotate authors
    published: str | None = None


@dataclass(frozen=True)
class Page:
    corpus: str
    page_id: str
    url: str | None
    html: bytes = field(repr=False)
    gold: Gold


class CorpusMissing(RuntimeError):
    pass


def default_shared_dir() -> Path:
    """`$NEWSBOT_SHARED`, else `shared/` next to the repo root."""
    env = os.environ.get(SHARED_ENV)
    return Path(env) if env else Path(__file__).resolve().parents[1].parent / "shared"


def corpus_dir(shared: Path, name: str) -> Path:
    return shared / "corpora" / name


def _require(path: Path) -> Path:
    if not path.exists():
        raise CorpusMissing(f"missing {path} (set --shared DIR or ${SHARED_ENV})")
    return path


def _read_gz(path: Path) -> bytes:
    with gzip.open(path, "rb") as fh:
        return fh.read()


def scrapinghub_pages(shared: Path, limit: int | None = None) -> Iterator[Page]:
    """scrapinghub/article-extraction-benchmark: `ground-truth.json` {id: {articleBody, url}} + `html/<id>.html.gz`."""
    root = corpus_dir(shared, "scrapinghub")
    truth = json.loads(_require(root / "ground-truth.json").read_text(encoding="utf-8"))
    for n, page_id in enumerate(sorted(truth)):
        if limit is not None and n >= limit:
            return
        item = truth[page_id]
        html = _read_gz(_require(root / "html" / f"{page_id}.html.gz"))
        yield Page("scrapinghub", page_id, item.get("url"), html, Gold(body=item.get("articleBody") or ""))


def fundus_pages(shared: Path, limit: int | None = None) -> Iterator[Page]:
    """fundus: `gold.jsonl` lines {file, url, title, authors, published, body} + `pages/<file>`."""
    root = corpus_dir(shared, "fundus")
    lines = _require(root / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    for n, row in enumerate(rows):
        if limit is not None and n >= limit:
            return
        html = _read_gz(_require(root / "pages" / row["file"]))
        gold = Gold(
            body=row.get("body") or "",
            title=row.get("title"),
            authors=tuple(row.get("authors") or ()),
            published=row.get("published"),
        )
        yield Page("fundus", row["file"], row.get("url"), html, gold)


def all_page_files(shared: Path, corpus: str, limit: int | None = None) -> list[Page]:
    """Every page file of a corpus, gold or not (for speed runs); URLs where the gold knows them."""
    root = corpus_dir(shared, corpus)
    if corpus == "scrapinghub":
        return load_pages(shared, corpus, limit)
    urls = {}
    for line in _require(root / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            urls[row["file"]] = row.get("url")
    pages_dir = _require(root / "pages")
    names = sorted(p.relative_to(pages_dir).as_posix() for p in pages_dir.rglob("*.html.gz") if p.is_file())
    return [Page(corpus, name, urls.get(name), _read_gz(pages_dir / name), Gold(body="")) for name in names[:limit]]


LOADERS = {"scrapinghub": scrapinghub_pages, "fundus": fundus_pages}


def load_pages(shared: Path, corpus: str, limit: int | None = None) -> list[Page]:
    return list(LOADERS[corpus](shared, limit))


def selected_corpora(choice: str) -> tuple[str, ...]:
    return CORPUS_NAMES if choice == "all" else (choice,)


# ---- digest: floors are only comparable on the very same corpus --------------------------------

_DIGEST_FILES = {"scrapinghub": ("ground-truth.json", "html"), "fundus": ("gold.jsonl", "pages")}


def corpus_digest(shared: Path, name: str) -> str:
    """SHA-256 over the gold file's bytes and the sorted list of page files with their sizes."""
    gold_name, pages_dir = _DIGEST_FILES[name]
    root = corpus_dir(shared, name)
    digest = hashlib.sha256()
    digest.update(_require(root / gold_name).read_bytes())
    for path in sorted(_require(root / pages_dir).rglob("*")):
        if path.is_file():
            digest.update(f"{path.relative_to(root).as_posix()}\t{path.stat().st_size}\n".encode())
    return digest.hexdigest()


def shared_present(shared: Path) -> bool:
    return all(corpus_dir(shared, name).is_dir() for name in CORPUS_NAMES)
