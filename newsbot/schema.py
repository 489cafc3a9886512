"""The output contract: the JSON Schema shipped in the package, and validation against it."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator

SCHEMA_FILE = "article.schema.json"


@lru_cache(maxsize=1)
def load_schema() -> dict[str, Any]:
    """The article JSON Schema as a dict (read once from the package)."""
    text = resources.files("newsbot").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")
    return json.loads(text)


@lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    return Draft202012Validator(load_schema())


def validation_errors(obj: Any) -> list[str]:
    """Every way `obj` breaks the schema, as short readable reasons ("quotes/0/speaker: 3 is not ..."); [] if valid."""
    errors = sorted(_validator().iter_errors(obj), key=lambda e: list(e.absolute_path))
    out = []
    for err in errors:
        where = "/".join(str(p) for p in err.absolute_path) or "(root)"
        out.append(f"{where}: {err.message}")
    return out


def is_valid(obj: Any) -> bool:
    return _validator().is_valid(obj)


def field_names() -> list[str]:
    """Top-level field names in schema order (the README's field table follows this order)."""
    return list(load_schema()["properties"])
