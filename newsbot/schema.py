"""The output contract: the JSON Schema shipped in the package, and validation against it."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
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


Check = Callable[[Any], bool]
# Keywords that only annotate: they never make an instance invalid.
_ANNOTATIONS = frozenset({"description", "title", "$schema", "$id", "$defs", "$comment", "examples", "default"})
# JSON type -> test. bool is an int in Python, not in JSON; a float like 1.0 that JSON Schema counts as an
# integer fails here, which only sends it to the full validator (the fast check may refuse, never wrongly accept).
_TYPE_TESTS: dict[str, Check] = {
    "string": lambda v: isinstance(v, str),
    "null": lambda v: v is None,
    "integer": lambda v: type(v) is int,
    "number": lambda v: type(v) in (int, float),
    "boolean": lambda v: type(v) is bool,
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
}


class UnsupportedKeyword(ValueError):
    """The schema uses a keyword the fast check does not compile: validation then uses jsonschema alone."""


def _compile(spec: Any, defs: dict[str, Any]) -> Check:
    """One predicate for a (sub)schema, built once. Covers the keywords our schema uses; any other raises."""
    if spec is True or spec == {}:
        return lambda v: True
    if spec is False:
        return lambda v: False
    unknown = set(spec) - _ANNOTATIONS - {"$ref", "type", "properties", "required", "additionalProperties", "items",
                                          "minLength", "pattern", "minimum", "const"}
    if unknown:
        raise UnsupportedKeyword(", ".join(sorted(unknown)))
    checks: list[Check] = []
    if "$ref" in spec:
        ref = spec["$ref"]
        if not ref.startswith("#/$defs/"):
            raise UnsupportedKeyword(f"$ref {ref}")
        target = defs[ref.rsplit("/", 1)[-1]]
        # compiled lazily on first use: a $def may refer to itself
        compiled: list[Check] = []
        checks.append(lambda v: (compiled or compiled.append(_compile(target, defs)) or compiled)[0](v))
    if "type" in spec:
        names = [spec["type"]] if isinstance(spec["type"], str) else list(spec["type"])
        tests = [_TYPE_TESTS[name] for name in names]
        checks.append(lambda v: any(test(v) for test in tests))
    if "const" in spec:
        const = spec["const"]
        checks.append(lambda v: type(v) is type(const) and v == const)
    if "minLength" in spec:
        min_length = spec["minLength"]
        checks.append(lambda v: not isinstance(v, str) or len(v) >= min_length)
    if "pattern" in spec:
        pattern = re.compile(spec["pattern"])
        checks.append(lambda v: not isinstance(v, str) or pattern.search(v) is not None)
    if "minimum" in spec:
        minimum = spec["minimum"]
        checks.append(lambda v: type(v) not in (int, float) or v >= minimum)
    if "items" in spec:
        item_check = _compile(spec["items"], defs)
        checks.append(lambda v: not isinstance(v, list) or all(item_check(x) for x in v))
    if {"properties", "required", "additionalProperties"} & set(spec):
        props = {name: _compile(sub, defs) for name, sub in spec.get("properties", {}).items()}
        required = tuple(spec.get("required", ()))
        extra = _compile(spec.get("additionalProperties", True), defs)

        def object_check(v: Any) -> bool:
            if not isinstance(v, dict):
                return True
            if any(name not in v for name in required):
                return False
            for key, value in v.items():
                check = props.get(key)
                if not (check(value) if check is not None else extra(value)):
                    return False
            return True

        checks.append(object_check)
    return lambda v: all(check(v) for check in checks)


@lru_cache(maxsize=1)
def _fast_check() -> Check | None:
    """The schema compiled to plain predicates (~20x faster than jsonschema on an article); None if it cannot be."""
    schema = load_schema()
    try:
        return _compile(schema, schema.get("$defs", {}))
    except UnsupportedKeyword:
        return None


def validation_errors(obj: Any) -> list[str]:
    """Every way `obj` breaks the schema, as short readable reasons ("quotes/0/speaker: 3 is not ..."); [] if valid.

    A crawl validates every item: the compiled check passes the valid ones cheaply; whatever it refuses goes to
    jsonschema, which decides and words the reasons.
    """
    fast = _fast_check()
    if fast is not None and fast(obj):
        return []
    errors = sorted(_validator().iter_errors(obj), key=lambda e: list(e.absolute_path))
    out = []
    for err in errors:
        where = "/".join(str(p) for p in err.absolute_path) or "(root)"
        out.append(f"{where}: {err.message}")
    return out


def is_valid(obj: Any) -> bool:
    fast = _fast_check()
    return (fast is not None and fast(obj)) or _validator().is_valid(obj)


def field_names() -> list[str]:
    """Top-level field names in schema order (the README's field table follows this order)."""
    return list(load_schema()["properties"])
