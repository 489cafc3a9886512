"""atheris (libFuzzer) target: `newsbot.extract` must never raise and must always return a schema-valid object.

    .venv/bin/python -m pip install atheris            # once
    .venv/bin/python fuzz/fuzz_extract.py -atheris_runs=200000 -max_len=65536 fuzz/corpus
    .venv/bin/python fuzz/fuzz_extract.py -max_total_time=600 fuzz/corpus   # ten minutes

The corpus directory (fuzz/corpus, created on first run, not committed) is seeded from tests/test_fuzz.py's
self-written pages; libFuzzer adds every input that reaches new code. A failure stops the run and writes
`crash-<sha1>` with the input; replay it with `.venv/bin/python fuzz/fuzz_extract.py crash-<sha1>`.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from newsbot import extract
    from newsbot.schema import validation_errors

FUZZ_CONTENT_TYPES = (None, "text/html", "text/html; charset=utf-8", "text/html; charset=shift_jis", "text/html; charset=bogus")


def test_one_input(data: bytes) -> None:
    """First byte picks the Content-Type and bytes-or-text input; the rest is the page."""
    if not data:
        return
    selector, page = data[0], data[1:]
    content_type = FUZZ_CONTENT_TYPES[selector % len(FUZZ_CONTENT_TYPES)]
    html: str | bytes = page.decode("utf-8", "replace") if selector & 0x80 else page
    result = extract(html, url="https://news.example/2024/05/a.html", content_type=content_type)
    errors = validation_errors(result)
    if errors:
        raise AssertionError(f"schema violations: {errors}")


def seed_corpus(folder: Path) -> None:
    """Write the self-written seed pages into an empty corpus folder."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from test_fuzz import SEED_PAGES

    folder.mkdir(parents=True, exist_ok=True)
    if not any(folder.iterdir()):
        for n, page in enumerate(SEED_PAGES):
            (folder / f"seed-{n}").write_bytes(b"\x00" + page.encode("utf-8"))


def main() -> None:
    logging.disable(logging.CRITICAL)  # extract() logs capped/binary pages; millions of lines would drown libFuzzer's
    corpus_dirs = [Path(a) for a in sys.argv[1:] if not a.startswith("-") and not Path(a).is_file()]
    for folder in corpus_dirs:
        seed_corpus(folder)
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
