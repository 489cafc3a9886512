"""Type checks for one JSONL line, derived from the package JSON Schema (types only, no content rules).

Full jsonschema validation costs ~10x more per line; a report over a million lines only needs to know
that each field has the type the aggregations and the Arrow schema expect.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from newsbot.schema import load_schema

Check = Callable[[Any], bool]

# JSON Schema scalar type -> Python types (bool is an int subclass, so "integer" excludes it below)
_PY_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "null": (type(None),),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
}


def resolve(node: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """Follow a local `$ref` ("#/$defs/name"); sibling keys (description) are dropped."""
    ref = node.get("$ref")
    if not ref:
        return node
    target: Any = schema
    for part in ref.removeprefix("#/").split("/"):
        target = target[part]
    return resolve(target, schema)


def node_types(node: dict[str, Any]) -> list[str]:
    kind = node.get("type", [])
    return [kind] if isinstance(kind, str) else list(kind)


def compile_check(node: dict[str, Any], schema: dict[str, Any]) -> Check:
    """A predicate `value -> bool` for the types (and nested types) one schema node allows.

    Scalars are one isinstance() against a tuple: this runs for every field of every line.
    """
    node = resolve(node, schema)
    kinds = node_types(node)
    if not kinds:
        return lambda v: True
    scalars = tuple(t for kind in kinds for t in _PY_TYPES.get(kind, ()))
    bool_ok = "boolean" in kinds
    nested = [
        _array_check(compile_check(node.get("items", {}), schema)) if kind == "array" else _object_check(node, schema)
        for kind in kinds
        if kind in ("array", "object")
    ]

    def check(v: Any) -> bool:
        if isinstance(v, scalars):
            return bool_ok or not isinstance(v, bool)
        return any(fn(v) for fn in nested)

    return check


def _array_check(item: Check) -> Check:
    return lambda v: isinstance(v, list) and all(item(x) for x in v)


def _object_check(node: dict[str, Any], schema: dict[str, Any]) -> Check:
    props = {name: compile_check(sub, schema) for name, sub in node.get("properties", {}).items()}
    required = tuple(node.get("required", ()))

    def check(v: Any) -> bool:
        return (
            isinstance(v, dict)
            and all(name in v for name in required)
            and all(fn(v[name]) for name, fn in props.items() if name in v)
        )

    return check


@lru_cache(maxsize=1)
def field_checks() -> tuple[tuple[str, bool, Check], ...]:
    """(field, required, check) for every top-level field of the article schema, in schema order."""
    schema = load_schema()
    required = set(schema.get("required", ()))
    return tuple((name, name in required, compile_check(node, schema)) for name, node in schema["properties"].items())


def record_problem(obj: Any) -> str | None:
    """The first reason `obj` is not a usable article line ("field 'quotes' has the wrong type"), or None."""
    if not isinstance(obj, dict):
        return "not a JSON object"
    for name, required, check in field_checks():
        if name not in obj:
            if required:
                return f"missing field '{name}'"
            continue
        if not check(obj[name]):
            return f"field '{name}' has the wrong type"
    return None
