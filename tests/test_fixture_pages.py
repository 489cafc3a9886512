"""Each demo article, each labelled field: newsbot.extract() on the served page must equal expected.json exactly.

One test per field (id `site/case/field`) so a failure names the field. Labels are written by hand from the
page (fixtures/README.md), never from extractor output.
"""

from __future__ import annotations

import difflib
import json
import urllib.request
from pathlib import Path
from typing import Any

import lxml.html
import pytest

import newsbot
from newsbot.fixtures_server import FixtureServer, default_fixtures_root, load_routes


def _cases() -> list[tuple[str, str, str]]:
    """(url path, case id "site/case", field) for every labelled field, read at collection time."""
    root = default_fixtures_root()
    out = []
    for path, page in load_routes(root)["articles"].items():
        case_dir = (root / page).parent
        labels = json.loads((case_dir / "expected.json").read_text(encoding="utf-8"))
        case_id = f"{case_dir.parent.name}/{case_dir.name}"
        out += [(path, case_id, field) for field in labels]
    return out


CASES = _cases()
_extracted: dict[str, dict[str, Any]] = {}


def extracted(server: FixtureServer, url: str) -> dict[str, Any]:
    """Fetch the page from the server once per URL and extract it (the header's charset goes along)."""
    if url not in _extracted:
        with urllib.request.urlopen(url, timeout=10) as response:
            page, content_type = response.read(), response.headers["Content-Type"]
        _extracted[url] = newsbot.extract(page, url=url, content_type=content_type)
    return _extracted[url]


def body_diff(expected: str, actual: str) -> str:
    return "\n".join(
        difflib.unified_diff(expected.split("\n\n"), actual.split("\n\n"), "expected", "actual", lineterm="")
    )


@pytest.mark.parametrize(("path", "case_id", "field"), CASES, ids=[f"{c}/{f}" for _, c, f in CASES])
def test_field_matches_label(fixture_server: FixtureServer, path: str, case_id: str, field: str) -> None:
    url = fixture_server.base_url + path
    expected = fixture_server.expected()[url][field]
    actual = extracted(fixture_server, url).get(field)
    if field == "body" and isinstance(actual, str):
        assert actual == expected, "body differs (paragraph diff):\n" + body_diff(expected, actual)
    else:
        assert actual == expected


def test_every_case_labels_the_same_fields() -> None:
    fields_by_case: dict[str, set[str]] = {}
    for _, case_id, field in CASES:
        fields_by_case.setdefault(case_id, set()).add(field)
    assert len({frozenset(f) for f in fields_by_case.values()}) == 1


def test_labels_cover_the_contract_minus_derived_fields() -> None:
    schema = json.loads((Path(newsbot.__file__).parent / "article.schema.json").read_text(encoding="utf-8"))
    derived = {"url", "fetched_at", "extractor_version", "schema_version", "word_count", "body_sha1", "domain"}
    labelled = {field for _, _, field in CASES}
    assert labelled == set(schema["properties"]) - derived


ARTICLE_CASES = sorted({(path, case_id) for path, case_id, _ in CASES})


@pytest.mark.parametrize(("path", "case_id"), ARTICLE_CASES, ids=[c for _, c in ARTICLE_CASES])
def test_quote_labels_point_at_their_paragraph(fixture_server: FixtureServer, path: str, case_id: str) -> None:
    """Self-check of the labels: each quote starts in the body paragraph its index names (it may run on)."""
    labels = fixture_server.expected()[fixture_server.base_url + path]
    paragraphs = labels["body"].split("\n\n")
    for quote in labels["quotes"]:
        first_sentence = quote["text"].split(". ")[0]
        assert first_sentence in paragraphs[quote["paragraph"]], quote


def _visible_text(page: bytes) -> str:
    """Page text with every run of whitespace (nbsp included) collapsed to one space."""
    tree = lxml.html.fromstring(page)
    for node in tree.xpath("//script|//style"):
        node.drop_tree()
    return " ".join(tree.text_content().replace("\xa0", " ").split())


@pytest.mark.parametrize(("path", "case_id"), ARTICLE_CASES, ids=[c for _, c in ARTICLE_CASES])
def test_labelled_body_paragraphs_are_printed_on_the_page(path: str, case_id: str) -> None:
    """Self-check of the labels: every expected paragraph is on the page word for word (no typos in labels)."""
    root = default_fixtures_root()
    page_file = root / load_routes(root)["articles"][path]
    text = _visible_text(page_file.read_bytes())
    labels = json.loads((page_file.parent / "expected.json").read_text(encoding="utf-8"))
    missing = [p for p in labels["body"].split("\n\n") if p not in text]
    assert missing == []
