"""The Scrapy item: one Field per output-contract field, derived from the shipped JSON Schema."""

from __future__ import annotations

import scrapy

from newsbot.schema import field_names

# `fetched_at` is part of the schema already; listed again so the item keeps it even if the schema moves it.
ARTICLE_FIELDS: tuple[str, ...] = tuple(dict.fromkeys([*field_names(), "fetched_at"]))

# scrapy.Item collects Field class attributes through its metaclass, so build the class from the field list
# instead of retyping every name (a renamed schema field cannot drift from the item).
ArticleItem = type(
    "ArticleItem",
    (scrapy.Item,),
    {"__module__": __name__, "__doc__": "One extracted article, in output-contract field order."}
    | {name: scrapy.Field() for name in ARTICLE_FIELDS},
)
