"""The records sources yield: a page to extract, or an input that could not be read."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageInput:
    """One page's bytes and what is known about its fetch.

    location: where it came from, for messages (a file path, or `archive.warc.gz#record-<n>`, n counting from 0).
    url: the page's URL (WARC-Target-URI, --url, or the file's file:// URI).
    content_type: the HTTP Content-Type header when the page was fetched (its charset guides decoding).
    fetched_at: ISO 8601 UTC fetch time (WARC-Date), None for a plain file.
    """

    location: str
    url: str
    body: bytes
    content_type: str | None = None
    fetched_at: str | None = None


@dataclass(frozen=True)
class HtmlFile:
    """A plain HTML file not read yet: read where it is extracted, so with --jobs N a worker reads the file
    itself and the page bytes never cross a process pipe (the parent only lists paths).

    location: the file path; url: the page's URL when given (--url), else the file's file:// URI.
    """

    location: str
    url: str | None = None


@dataclass(frozen=True)
class ReadError:
    """An input that could not be read (missing, unreadable, broken gzip or WARC): counted, never fatal."""

    location: str
    reason: str


@dataclass(frozen=True)
class Skipped:
    """An archive record that is not a page (a request, a 404, an image): counted by reason, not extracted."""

    location: str
    reason: str
