"""The README's analyst examples run as written, on a real demo crawl, so the docs and the tests cannot drift.

The examples are the fenced blocks in README.md right after a `<!-- example:sh -->` or `<!-- example:python -->`
marker: shell commands (a demo crawl into output/, the report, the exports) run in a temp directory, then every
Python block runs there and must give the quotes-per-speaker-per-month table counted here with plain json.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"


def example_blocks(language: str, path: Path = README) -> list[str]:
    """Bodies of the ```language blocks marked `<!-- example:language -->` on the line before."""
    return re.findall(rf"^<!-- example:{language} -->\n```{language}\n(.*?)^```", path.read_text(encoding="utf-8"), re.M | re.S)


SHELL_LINES = [line for block in example_blocks("sh") for line in block.splitlines() if line.strip()]
PYTHON_BLOCKS = example_blocks("python")


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory where the doc's shell commands ran: demo crawl in output/, exports, report."""
    root = tmp_path_factory.mktemp("analyst")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    for line in SHELL_LINES:
        done = subprocess.run(shlex.split(line), cwd=root, env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, f"{line}\n{done.stderr}"
    return root


def run_snippet(code: str, workdir: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.chdir(workdir)
    namespace: dict[str, Any] = {}
    exec(compile(code, str(README), "exec"), namespace)  # noqa: S102 - the documented snippet, verbatim
    return namespace["per_month"]


def test_readme_has_pandas_and_duckdb_examples_for_jsonl_and_parquet():
    assert len(PYTHON_BLOCKS) == 4
    assert sum("import duckdb" in b for b in PYTHON_BLOCKS) == 2
    assert sum("import pandas" in b for b in PYTHON_BLOCKS) == 2
    assert sum("articles.parquet" in b for b in PYTHON_BLOCKS) == 2
    assert {"newsbot demo", "newsbot report", "newsbot export"} <= {" ".join(line.split()[:2]) for line in SHELL_LINES}


def test_every_python_block_of_the_analyst_section_is_tested():
    """An unmarked block would be an example nobody runs."""
    text = README.read_text(encoding="utf-8")
    analysts = text[text.index("\n## Analysts") : text.index("\n## ", text.index("\n## Analysts") + 1)]
    assert analysts.count("```python") == len(PYTHON_BLOCKS)


def test_docs_analysts_holds_no_untested_code():
    """docs/analysts.md links to the README's examples instead of keeping copies that could drift."""
    assert "```python" not in (ROOT / "docs" / "analysts.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("line", SHELL_LINES)
def test_shell_commands_write_their_outputs(workdir, line):
    args = shlex.split(line)
    if "-o" in args:
        assert (workdir / args[args.index("-o") + 1]).stat().st_size > 0
    else:
        assert list((workdir / "output").rglob("*.jsonl"))


def quotes_per_speaker_month(workdir: Path) -> Counter[tuple[str, str]]:
    """The expected answer, counted with plain json from the crawl's JSONL."""
    counts: Counter[tuple[str, str]] = Counter()
    for path in (workdir / "output").rglob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            article = json.loads(line)
            for q in article["quotes"]:
                if q["speaker"]:
                    counts[q["speaker"], (article["date_published"] or "")[:7]] += 1
    return counts


@pytest.mark.parametrize("index", range(len(PYTHON_BLOCKS)))
def test_snippet_counts_quotes_per_speaker_per_month(workdir, monkeypatch, index):
    expected = quotes_per_speaker_month(workdir)
    assert expected, "the demo crawl has no attributed quotes (extractor regression?)"
    table = run_snippet(PYTHON_BLOCKS[index], workdir, monkeypatch)
    assert list(table.columns) == ["speaker", "month", "quotes"]
    assert {(s, m): q for s, m, q in table.itertuples(index=False, name=None)} == dict(expected)


def test_all_snippets_give_the_same_table(workdir, monkeypatch):
    tables = [run_snippet(code, workdir, monkeypatch).to_dict("records") for code in PYTHON_BLOCKS]
    assert all(t == tables[0] for t in tables[1:])
