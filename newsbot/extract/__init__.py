"""Pure extraction: HTML in, one article dict (per newsbot's JSON Schema) out. Never imports Scrapy."""

from newsbot.extract.article import extract

__all__ = ["extract"]
