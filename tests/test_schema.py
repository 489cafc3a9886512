"""The shipped JSON Schema is a valid schema and enforces the contract's types."""

import copy

from jsonschema import Draft202012Validator

from newsbot.schema import field_names, load_schema, validation_errors

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
