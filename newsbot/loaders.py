"""ArticleLoader: fill an ArticleItem from an `extract()` result, cleaning strings on the way in.

The extractor already returns contract-shaped values; the loader is the last guard before output:
NFC, collapsed whitespace, boilerplate-only lines removed, and stable types (missing string -> null,
missing list -> []) so every JSONL line has the same columns.
"""

from __future__ import annotations

import hashlib
import importlib
import re
import unicodedata
from datetime import datetime, timezone
from functools import lru_cache
from typing import Any

from itemloaders.processors import Identity, MapCompose, TakeFirst
from itemloaders.utils import arg_to_iter
from scrapy.loader import ItemLoader

from newsbot.items import ARTICLE_FIELDS, ArticleItem
from newsbot.schema import load_schema

# Languages whose phrase data (extract/lexicon/boilerplate_<lang>.py) feeds the boilerplate-only line filter.
LOADER_LEXICON_MODULES = ("common", "en", "id", "de", "fr", "es")

_BLANK_RUNS = re.compile(r"\n{3,}")


@lru_cache(maxsize=1)
def boilerplate_lines() -> frozenset[str]:
    """Whole-line widget labels ("back to top", "buka komentar") from the lexicon, casefolded."""
    lines: set[str] = set()
    for lang in LOADER_LEXICON_MODULES:
        try:
            module = importlib.import_module(f"newsbot.extract.lexicon.boilerplate_{lang}")
        except ImportError:
            continue
        phrases = getattr(module, "PHRASES", None)
        lines.update(line.casefold() for line in getattr(phrases, "lines", ()))
    return frozenset(lines)


def is_boilerplate_line(line: str) -> bool:
    key = line.strip().rstrip(":").strip().casefold()
    return bool(key) and key in boilerplate_lines()


def clean_text(value: Any) -> Any:
    """NFC, one space between words, one blank line between paragraphs, widget-only lines dropped.

    Non-strings (ints, dicts) pass through; a string left empty becomes None so MapCompose drops it.
    """
    if not isinstance(value, str):
        return value
    text = unicodedata.normalize("NFC", value).replace("\r\n", "\n").replace("\r", "\n")
    # str.split() per line: every run of whitespace (NBSP, tabs, ...) becomes one space, ends trimmed, in C
    # (a regex substitution over the body cost ~5x as much)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    kept = [line for line in lines if not is_boilerplate_line(line)]
    text = _BLANK_RUNS.sub("\n\n", "\n".join(kept)).strip()
    return text or None


def _schema_types(spec: dict[str, Any], defs: dict[str, Any]) -> list[str]:
    """JSON types a schema property allows, following a local $ref."""
    if "type" not in spec and "$ref" in spec:
        spec = defs[spec["$ref"].rsplit("/", 1)[-1]]
    types = spec.get("type", ["string", "null"])
    return [types] if isinstance(types, str) else list(types)


@lru_cache(maxsize=1)
def field_defaults() -> dict[str, Any]:
    """Value for a field the extraction left empty: [] for lists, None where null is allowed, else ""/0."""
    schema = load_schema()
    out: dict[str, Any] = {}
    for name in ARTICLE_FIELDS:
        types = _schema_types(schema["properties"].get(name, {}), schema.get("$defs", {}))
        if "array" in types:
            out[name] = []
        elif "null" in types:
            out[name] = None
        else:
            out[name] = 0 if "integer" in types else ""
    return out


# Structured fields pass through untouched: the extractor owns their inner strings and paragraph indexes.
LOADER_PASSTHROUGH_FIELDS = ("quotes", "images", "dateline", "agency")


class ArticleLoader(ItemLoader):
    default_item_class = ArticleItem
    default_input_processor = MapCompose(clean_text)
    default_output_processor = TakeFirst()

    # list of strings: cleaned one by one, kept as a list
    authors_out = Identity()
    editors_out = Identity()
    tags_out = Identity()
    # lists of objects: unchanged
    quotes_in = Identity()
    quotes_out = Identity()
    images_in = Identity()
    images_out = Identity()
    # single objects: unchanged, first one wins
    dateline_in = Identity()
    agency_in = Identity()


def utc_now_iso() -> str:
    """Receipt time, UTC, second precision ("2024-05-01T10:00:00Z")."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _processor_kinds() -> tuple[frozenset[str], frozenset[str]]:
    """Fields whose input, and whose output, processor is Identity on ArticleLoader (the others: MapCompose(clean_text)
    in, TakeFirst out). Read from the class so the fast path below cannot drift from the declared loader."""
    fields = ArticleItem.fields
    identity_in = frozenset(n for n in fields if isinstance(getattr(ArticleLoader, f"{n}_in", None), Identity))
    identity_out = frozenset(n for n in fields if isinstance(getattr(ArticleLoader, f"{n}_out", None), Identity))
    return identity_in, identity_out


_IDENTITY_IN, _IDENTITY_OUT = _processor_kinds()


def _field_value(name: str, value: Any) -> Any:
    """What ArticleLoader().add_value(name, value) then load_item() gives the field (None: left unset).

    The same processors applied directly: ItemLoader's per-call wrapping (context, processor lookup) cost as much
    per article as the cleaning itself."""
    values = arg_to_iter(value)
    if name not in _IDENTITY_IN:
        values = [out for v in values for out in arg_to_iter(clean_text(v))]
    values = list(values)
    if not values:
        return None
    if name in _IDENTITY_OUT:
        return values
    return next((v for v in values if v is not None and v != ""), None)


def load_article(extracted: dict[str, Any], response: Any, *, fetched_at: str | None = None) -> ArticleItem:
    """An ArticleItem from `extract()`'s dict, with the final URL of `response` and the receipt time.

    `fetched_at` defaults to now (the callback runs right after the body arrives); body_sha1 and
    word_count are recomputed when cleaning changed the body so they always describe the output body.
    Field by field this is ArticleLoader's add_value/replace_value/load_item, without the loader object.
    """
    values = dict(extracted)
    values["url"] = response.url
    values["fetched_at"] = fetched_at or utc_now_iso()
    item = ArticleItem()
    for name in ARTICLE_FIELDS:
        value = values.get(name)
        if value is not None:
            loaded = _field_value(name, value)
            if loaded is not None:
                item[name] = loaded
    return complete_item(item)


def complete_item(item: ArticleItem) -> ArticleItem:
    """Fill missing fields with their typed empty value; keep body_sha1/word_count true to the body."""
    out = ArticleItem()
    for name, default in field_defaults().items():
        value = item.get(name)
        out[name] = (list(default) if isinstance(default, list) else default) if value is None else value
    body = out["body"] or ""
    out["body"] = body
    out["word_count"] = len(body.split())
    out["body_sha1"] = hashlib.sha1(body.encode("utf-8")).hexdigest()
    return out
