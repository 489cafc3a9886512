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

_SCALAR_CHECKS: dict[str, Check] = {
    "string": lambda v: isinstance(v, str),
    "null": lambda v: v is None,
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
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
    """A predicate `value -> bool` for the types (and nested types) one schema node allows."""
    node = resolve(node, schema)
    checks = []
    for kind in node_types(node):
        if kind == "array":
            checks.append(_array_check(compile_check(node.get("items", {}), schema)))
        elif kind == "object":
            checks.append(_object_check(node, schema))
        else:
            checks.append(_SCALAR_CHECKS[kind])
    if not checks:
        return lambda v: True
    return checks[0] if len(checks) == 1 else (lambda v: any(check(v) for check in checks))


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
