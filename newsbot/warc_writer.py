"""Archive every response a crawl receives as WARC 1.1 (warcio): a `request` and a `response` record per fetch,
each record gzipped on its own (the .warc.gz layout `warcio index`, pywb and Common Crawl tools read).

Switched on by NEWSBOT_WARC_FILE (one file) or NEWSBOT_WARC_DIR (`<dir>/<spider>-<UTC time>-<pid>.warc.gz`).
The body is the one Scrapy hands the spider: decompressed and de-chunked. As Common Crawl does, the header that
no longer describes the stored body is renamed (`Content-Encoding` -> `X-Crawler-Content-Encoding`, same for
`Transfer-Encoding` and `Content-Length`) and a true `Content-Length` is written, so any WARC reader gets the
HTML bytes from the payload. Redirect hops are not archived: the response record is the final page under its
final URL (WARC-Target-URI).
"""

from __future__ import annotations

import io
import logging
import os
from datetime import datetime, timezone
from http import HTTPStatus
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.exceptions import NotConfigured
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsbot import __version__

logger = logging.getLogger(__name__)

WARC_RENAMED_HEADERS = ("content-encoding", "transfer-encoding", "content-length")
WARC_RENAMED_PREFIX = "X-Crawler-"


def warc_file_name(spider: str, now: datetime | None = None) -> str:
    moment = (now or datetime.now(timezone.utc)).strftime("%Y%m%dT%H%M%SZ")
    return f"{spider}-{moment}-{os.getpid()}.warc.gz"


def _decode(value: bytes | str) -> str:
    return value.decode("latin-1") if isinstance(value, bytes) else value


def header_pairs(headers: Any) -> list[tuple[str, str]]:
    """Scrapy Headers (name -> list of values) as (name, value) pairs, one per value."""
    return [(_decode(name), _decode(value)) for name, values in headers.items() for value in values]


def response_header_pairs(headers: Any, body_length: int) -> list[tuple[str, str]]:
    """Response headers describing the stored (decoded) body; the wire's framing headers kept under X-Crawler-."""
    pairs = []
    for name, value in header_pairs(headers):
        renamed = name.lower() in WARC_RENAMED_HEADERS
        pairs.append((WARC_RENAMED_PREFIX + name if renamed else name, value))
    pairs.append(("Content-Length", str(body_length)))
    return pairs


def reason_phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def warc_date(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class WarcArchive:
    """An open .warc.gz that fetches are appended to; starts with a warcinfo record."""

    def __init__(self, path: Path, software: str = f"newsbot/{__version__}") -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._fh = path.open("ab")
        self._writer = WARCWriter(self._fh, gzip=True, warc_version="WARC/1.1")
        info = self._writer.create_warcinfo_record(path.name, {"software": software, "format": "WARC File Format 1.1"})
        self._writer.write_record(info)
        self.records = 1

    def write_fetch(self, *, url: str, method: str, request_headers: list[tuple[str, str]], status: int,
                    response_headers: Any, body: bytes, fetched: datetime, ip: str | None = None) -> None:
        """One request record and one response record, linked by WARC-Concurrent-To."""
        date = warc_date(fetched)
        parts = urlsplit(url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        if not any(name.lower() == "host" for name, _ in request_headers):
            request_headers = [("Host", parts.netloc), *request_headers]
        http_response = StatusAndHeaders(f"{status} {reason_phrase(status)}", response_header_pairs(response_headers, len(body)), protocol="HTTP/1.1")
        extra = {"WARC-Date": date}
        if ip:
            extra["WARC-IP-Address"] = ip
        response = self._writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http_response, warc_headers_dict=extra)
        http_request = StatusAndHeaders(f"{method} {target} HTTP/1.1", request_headers, is_http_request=True)
        request = self._writer.create_warc_record(
            url, "request", payload=io.BytesIO(b""), http_headers=http_request,
            warc_headers_dict={"WARC-Date": date, "WARC-Concurrent-To": response.rec_headers.get_header("WARC-Record-ID")},
        )
        self._writer.write_record(request)
        self._writer.write_record(response)
        self._fh.flush()  # whole records on disk: a killed crawl leaves a readable archive
        self.records += 2

    def close(self) -> None:
        self._fh.close()


class WarcWriterExtension:
    """Scrapy extension: each received response (after decompression, before the spider) goes into the archive."""

    def __init__(self, crawler: Any, path: Path) -> None:
        self.crawler = crawler
        self.path = path
        self.archive: WarcArchive | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> WarcWriterExtension:
        settings = crawler.settings
        explicit, folder = settings.get("NEWSBOT_WARC_FILE"), settings.get("NEWSBOT_WARC_DIR")
        if not (explicit or folder):
            raise NotConfigured  # off unless configured (no message: Scrapy would warn)
        spider_name = getattr(crawler.spidercls, "name", None) or "crawl"
        ext = cls(crawler, Path(explicit) if explicit else Path(folder) / warc_file_name(spider_name))
        crawler.signals.connect(ext.open, signal=signals.spider_opened)
        crawler.signals.connect(ext.on_response, signal=signals.response_received)
        crawler.signals.connect(ext.close, signal=signals.spider_closed)
        return ext

    def open(self, spider: Any) -> None:
        self.archive = WarcArchive(self.path)
        self.crawler.stats.set_value("newsbot/warc_file", str(self.path))

    def on_response(self, response: Any, request: Any, spider: Any) -> None:
        if self.archive is None:
            return
        ip = getattr(response, "ip_address", None)
        self.archive.write_fetch(
            url=response.url, method=request.method, request_headers=header_pairs(request.headers),
            status=response.status, response_headers=response.headers, body=response.body,
            fetched=datetime.now(timezone.utc), ip=str(ip) if ip else None,
        )
        self.crawler.stats.inc_value("newsbot/warc_records", 2)

    def close(self, spider: Any) -> None:
        if self.archive is not None:
            self.archive.close()
            self.archive = None
