"""WARC archives (.warc, .warc.gz) as pages: newsbot's own archives and Common Crawl CC-NEWS files.

CC-NEWS layout: `warcinfo`, then per fetch a `request`, a `response` (HTTP status line + headers + body) and
a `metadata` record. Only `response` records with a 2xx status and an HTML (or missing) Content-Type are
pages; every other record is reported as skipped with a reason, so the caller can count it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newsbot.sources.types import PageInput, ReadError, Skipped

WARC_SUFFIXES = (".warc", ".warc.gz")
# One record's payload is read up to this size; the rest is not a news page (extract() caps it further).
WARC_MAX_RECORD_BYTES = 32 * 1024 * 1024
WARC_HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def warc_date_to_iso(value: str | None) -> str | None:
    """WARC-Date (W3C date, maybe with fractions) as second-precision UTC ISO 8601 ("2024-05-01T10:00:00Z")."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _skip_reason(record: object) -> str | None:
    """Why a record is not a page, or None when it is one."""
    rec_type = record.rec_type  # type: ignore[attr-defined]
    if rec_type != "response":
        return f"record_{rec_type}"
    http = record.http_headers  # type: ignore[attr-defined]
    if http is None:
        return "no_http_headers"
    status = http.get_statuscode() or ""
    if not status.startswith("2"):
        return f"status_{status or 'missing'}"
    content_type = (http.get_header("Content-Type") or "").split(";", 1)[0].strip().lower()
    if content_type and content_type not in WARC_HTML_TYPES:
        return "not_html"
    return None


def read_warc(path: Path) -> Iterator[PageInput | ReadError | Skipped]:
    """Pages of one WARC file, in record order; a broken archive ends with a ReadError after what was read."""
    try:
        with path.open("rb") as fh:
            for number, record in enumerate(ArchiveIterator(fh)):
                if record.format != "warc":  # warcio also reads ARC, and reads any text as a broken ARC
                    raise ValueError(f"not a WARC record ({record.format})")
                location = f"{path}#record-{number}"
                reason = _skip_reason(record)
                if reason is not None:
                    yield Skipped(location, reason)
                    continue
                body = record.content_stream().read(WARC_MAX_RECORD_BYTES)
                yield PageInput(
                    location=location,
                    url=record.rec_headers.get_header("WARC-Target-URI") or "",
                    body=body,
                    content_type=record.http_headers.get_header("Content-Type"),
                    fetched_at=warc_date_to_iso(record.rec_headers.get_header("WARC-Date")),
                )
    except OSError as exc:
        yield ReadError(str(path), exc.strerror or str(exc))
    except (ArchiveLoadFailed, EOFError, ValueError) as exc:
        yield ReadError(str(path), f"broken WARC: {exc}")
