"""The shipped JSON Schema is a valid schema and enforces the contract's types."""

import copy

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from newsbot.schema import _fast_check, field_names, load_schema, validation_errors

MINIMAL = {
    "schema_version": "1.0", "url": "http://example.test/a", "canonical_url": None, "domain": "example.test",
    "site_name": None, "language": None, "headline": None, "description": None, "authors": [], "byline": None,
    "editors": [], "date_published": None, "date_modified": None, "dateline": None, "body": "",
    "quotes": [], "agency": None, "images": [], "tags": [], "section": None, "word_count": 0,
    "body_sha1": "da39a3ee5e6b4b0d3255bfef95601890afd80709", "extractor_version": "0.1.0",
}


def test_schema_is_valid_draft_2020_12():
    Draft202012Validator.check_schema(load_schema())


def test_minimal_object_is_valid():
    assert validation_errors(MINIMAL) == []


def test_every_field_is_required_except_fetched_at():
    assert set(load_schema()["required"]) == set(field_names()) - {"fetched_at"}


def test_wrong_types_are_reported_with_their_path():
    bad = copy.deepcopy(MINIMAL)
    bad["authors"] = "Jane Doe"
    bad["quotes"] = [{"text": "x", "speaker": 3, "cue": None, "paragraph": 0}]
    bad["date_published"] = "19 Mei 2021"
    errors = validation_errors(bad)
    assert any(e.startswith("authors:") for e in errors)
    assert any(e.startswith("quotes/0/speaker:") for e in errors)
    assert any(e.startswith("date_published:") for e in errors)


def test_unknown_field_is_rejected():
    bad = dict(MINIMAL, extra=1)
    assert validation_errors(bad)


# -- the compiled fast check must never pass an object jsonschema rejects ----------------------------------------

FULL = {
    **MINIMAL,
    "canonical_url": "http://example.test/a", "site_name": "Example", "language": "id", "headline": "Judul",
    "description": "Ringkasan", "authors": ["Rina Wulandari"], "byline": "Penulis: Rina Wulandari",
    "editors": ["Budi Santoso"], "date_published": "2021-05-19T10:15:00+07:00", "date_modified": None,
    "dateline": {"raw": "MOSKOW, IPHEDIA.com -", "city": "Moskow", "source": "IPHEDIA.com"}, "body": "Teks.",
    "quotes": [{"text": "Kami siap", "speaker": "Sergei Lavrov", "cue": "kata", "paragraph": 0}],
    "agency": {"raw": "(rts/ip)", "codes": ["rts", "ip"], "agencies": ["Reuters"]},
    "images": [{"url": "http://example.test/a.jpg", "caption": "Lavrov", "credit": "Reuters"}],
    "tags": ["Rusia"], "section": "Dunia", "word_count": 1, "fetched_at": "2021-05-19T03:20:00+00:00",
}
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 3) | st.floats(allow_nan=False, width=32) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _paths(child, (*prefix, index))


ALL_PATHS = [path for path in _paths(FULL) if path]


@st.composite
def mutated_articles(draw):
    obj = copy.deepcopy(FULL)
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(ALL_PATHS))
        parent = obj
        try:
            for key in path[:-1]:
                parent = parent[key]
            action = draw(st.sampled_from(["replace", "delete", "add"]))
            if action == "replace":
                parent[path[-1]] = draw(JSON_VALUES)
            elif action == "delete" and isinstance(parent, dict):
                del parent[path[-1]]
            elif isinstance(parent, dict):
                parent[draw(st.text(max_size=6))] = draw(JSON_VALUES)
        except (KeyError, IndexError, TypeError):
            pass  # an earlier mutation removed or replaced the parent
    return obj


def test_fast_check_accepts_the_full_object():
    fast = _fast_check()
    assert fast is not None and fast(FULL) and Draft202012Validator(load_schema()).is_valid(FULL)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(mutated_articles())
def test_fast_check_agrees_with_jsonschema(obj):
    assert _fast_check()(obj) == Draft202012Validator(load_schema()).is_valid(obj)
