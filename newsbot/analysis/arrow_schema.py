"""A fixed Arrow schema derived from the package JSON Schema, so every Parquet file has the same types.

Inferring types per file would make a column of all-null `dateline`s `null`-typed in one file and a
struct in the next; deriving them from the contract keeps them identical across files and runs.
Dates stay ISO 8601 strings: one column cannot hold the pages' mixed UTC offsets and date-only values.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from newsbot.analysis.records import node_types, resolve
from newsbot.schema import load_schema


def arrow_type(node: dict[str, Any], schema: dict[str, Any]) -> Any:
    """The Arrow type for one JSON Schema node (nullability comes from Arrow: every field may be null)."""
    import pyarrow as pa

    node = resolve(node, schema)
    kinds = [k for k in node_types(node) if k != "null"]
    if len(kinds) != 1:
        raise ValueError(f"no single Arrow type for JSON Schema types {node_types(node)}")
    kind = kinds[0]
    if kind == "array":
        return pa.list_(arrow_type(node.get("items", {}), schema))
    if kind == "object":
        return pa.struct([pa.field(name, arrow_type(sub, schema)) for name, sub in node.get("properties", {}).items()])
    return {"string": pa.string(), "integer": pa.int64(), "number": pa.float64(), "boolean": pa.bool_()}[kind]


@lru_cache(maxsize=1)
def article_arrow_schema() -> Any:
    """The article as an Arrow schema: top-level fields in contract order."""
    import pyarrow as pa

    schema = load_schema()
    return pa.schema([pa.field(name, arrow_type(node, schema)) for name, node in schema["properties"].items()])
