"""The README's field table must match the shipped JSON Schema, so the docs cannot drift."""

import re
from pathlib import Path

import pytest

from newsbot.schema import field_names, load_schema

README = Path(__file__).resolve().parents[1] / "README.md"
ROW = re.compile(r"^\| `(?P<name>[a-z_0-9]+)` \| (?P<type>[^|]+(?:\\\|[^|]+)*) \|", re.M)

TYPE_NAMES = {"str": "string", "int": "integer", "obj": "object", "null": "null"}


def readme_fields() -> dict[str, str]:
    section = README.read_text(encoding="utf-8").split("## Output fields", 1)[1].split("\n## ", 1)[0]
    return {m["name"]: m["type"].strip() for m in ROW.finditer(section)}


def schema_types(prop: dict) -> set[str]:
    schema = load_schema()
    if "$ref" in prop:
        prop = schema["$defs"][prop["$ref"].rsplit("/", 1)[1]]
    kinds = prop["type"] if isinstance(prop["type"], list) else [prop["type"]]
    return set(kinds)


def readme_types(text: str) -> set[str]:
    out = set()
    for part in text.replace("\\|", "|").split("|"):
        part = part.strip()
        out.add("array" if part.startswith("list[") else TYPE_NAMES[part])
    return out


def test_readme_lists_exactly_the_schema_fields_in_order():
    assert list(readme_fields()) == field_names()


@pytest.mark.parametrize("name", field_names())
def test_readme_type_matches_schema(name):
    prop = load_schema()["properties"][name]
    assert readme_types(readme_fields()[name]) == schema_types(prop)
