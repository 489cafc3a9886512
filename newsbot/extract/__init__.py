"""Pure extraction: HTML in, one article dict (per newsbot's JSON Schema) out. Never imports Scrapy."""

from newsbot.extract.article import extract, warm_up

__all__ = ["extract", "warm_up"]
