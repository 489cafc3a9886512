"""Which links a following spider takes: article-like pages on the same site, and "next page" listings."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

# Path segments that name a listing, an account page or a feed rather than one article.
URLS_NON_ARTICLE_SEGMENTS = frozenset({
    "tag", "tags", "category", "categories", "kategori", "label", "topic", "topics", "topik", "author",
    "authors", "penulis", "page", "halaman", "feed", "feeds", "rss", "atom", "login", "logout", "signin",
    "signup", "register", "account", "search", "cari", "wp-admin", "wp-login.php", "cdn-cgi", "static",
    "assets", "amp-stories", "subscribe", "newsletter", "privacy", "terms", "about", "contact",
})
URLS_STATIC_SUFFIXES = (
    ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".ico", ".pdf", ".zip", ".gz", ".mp3", ".mp4",
    ".webm", ".css", ".js", ".json", ".xml", ".txt", ".rss", ".atom", ".doc", ".docx", ".xls", ".xlsx",
)
# /2024/05/01/, /2024/05/, /20240501, 2024-05-01 anywhere in the path
_DATE_IN_PATH = re.compile(r"(?:^|/)(?:19|20)\d{2}(?:/(?:0?[1-9]|1[0-2])(?:/|$)|[-/]?(?:0[1-9]|1[0-2])[-/]?(?:0[1-9]|[12]\d|3[01]))")
_WORD_SPLIT = re.compile(r"[-_]+")
URLS_MIN_SLUG_WORDS = 4
URLS_MIN_SLUG_CHARS = 30
_PAGINATION_PATH = re.compile(r"/(?:page|halaman)/\d+/?$")
_PAGINATION_PARAMS = ("page", "p", "halaman", "paged")


def site_host(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def same_site(url: str, other: str) -> bool:
    return bool(site_host(url)) and site_host(url) == site_host(other)


def _has_long_slug(path: str) -> bool:
    last = path.rstrip("/").rsplit("/", 1)[-1]
    last = re.sub(r"\.(?:s?html?|php|aspx?)$", "", last)
    words = [w for w in _WORD_SPLIT.split(last) if w]
    return len(words) >= URLS_MIN_SLUG_WORDS or (len(last) >= URLS_MIN_SLUG_CHARS and len(words) >= 2)


def is_article_like(url: str) -> bool:
    """A URL that looks like one article: a date or a long slug in the path, not a listing/feed/static file."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return False
    path = parts.path.lower()
    if path.endswith(URLS_STATIC_SUFFIXES):
        return False
    segments = [s for s in path.split("/") if s]
    if not segments or URLS_NON_ARTICLE_SEGMENTS.intersection(segments):
        return False
    return bool(_DATE_IN_PATH.search(path)) or _has_long_slug(path)


def is_pagination(url: str) -> bool:
    """A "next page" of a listing: /page/2, ?page=2."""
    parts = urlsplit(url)
    if _PAGINATION_PATH.search(parts.path.lower()):
        return True
    query = parse_qs(parts.query)
    return any(key in query and query[key][0].isdigit() for key in _PAGINATION_PARAMS)
