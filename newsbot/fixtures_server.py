"""A local demo news site for tests and `newsbot fixtures serve`: static files driven by fixtures/routes.json.

Standard library only. Text files get `{{BASE_URL}}` replaced by the server's own base URL, so sitemaps,
feeds, canonical links and redirects point back at the running server whatever port it got.

Routing table (fixtures/routes.json):
  "articles":  {path: file}            article pages; listed by article_urls(), expected.json sits beside the file
  "files":     {path: file | {"file": f, "content_type": ct, "gzip": bool}}
  "redirects": {path: target path}      answered with 301 and an absolute Location
  "not_found": file                     body of every 404
Gzip sitemaps are stored as plain XML (so the base URL can be substituted) and compressed per request; they are
served as `application/x-gzip` WITHOUT Content-Encoding, the way most news sites serve `.xml.gz`: the client
gets gzip bytes and must gunzip them itself (Scrapy's SitemapSpider does).
"""

from __future__ import annotations

import gzip
import json
import logging
import os
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

logger = logging.getLogger(__name__)

FIXTURES_ENV = "NEWSBOT_FIXTURES"
BASE_URL_PLACEHOLDER = "{{BASE_URL}}"
ROUTES_FILE = "routes.json"

# Content types by file name ending; longest ending wins. Text types carry a charset.
CONTENT_TYPES: dict[str, str] = {
    ".html": "text/html; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".rss.xml": "application/rss+xml; charset=utf-8",
    ".atom.xml": "application/atom+xml; charset=utf-8",
    ".json": "application/json",
    ".jpg": "image/jpeg",
    ".gif": "image/gif",
    ".png": "image/png",
    ".css": "text/css; charset=utf-8",
    ".pdf": "application/pdf",
}
GZIP_CONTENT_TYPE = "application/x-gzip"
TEXT_SUFFIXES = (".html", ".txt", ".xml", ".json")


def default_fixtures_root() -> Path:
    """The repo's fixtures/ directory, or $NEWSBOT_FIXTURES when set."""
    override = os.environ.get(FIXTURES_ENV)
    if override:
        return Path(override).resolve()
    return Path(__file__).resolve().parents[1] / "fixtures"


@dataclass(frozen=True)
class Route:
    """What one URL path answers with."""

    status: int
    file: Path | None = None
    content_type: str = "text/html; charset=utf-8"
    gzip: bool = False
    location: str | None = None


def content_type_for(name: str) -> str:
    endings = sorted((e for e in CONTENT_TYPES if name.endswith(e)), key=len, reverse=True)
    return CONTENT_TYPES[endings[0]] if endings else "application/octet-stream"


def load_routes(root: Path) -> dict[str, Any]:
    return json.loads((root / ROUTES_FILE).read_text(encoding="utf-8"))


def build_route_table(root: Path, routes: dict[str, Any]) -> dict[str, Route]:
    """Flatten routes.json into path -> Route (redirect targets stay paths; Location is made absolute later)."""
    table: dict[str, Route] = {}
    for path, file in routes.get("articles", {}).items():
        table[path] = Route(200, root / file, content_type_for(file))
    for path, spec in routes.get("files", {}).items():
        spec = {"file": spec} if isinstance(spec, str) else spec
        is_gzip = bool(spec.get("gzip", False))
        default_type = GZIP_CONTENT_TYPE if is_gzip else content_type_for(spec["file"])
        table[path] = Route(200, root / spec["file"], spec.get("content_type", default_type), is_gzip)
    for path, target in routes.get("redirects", {}).items():
        table[path] = Route(301, location=target)
    return table


def render(file: Path, base_url: str) -> bytes:
    """File bytes; text files get the base URL placeholder substituted."""
    data = file.read_bytes()
    if file.name.endswith(TEXT_SUFFIXES):
        data = data.replace(BASE_URL_PLACEHOLDER.encode(), base_url.encode())
    return data


def substitute(value: Any, base_url: str) -> Any:
    """Replace the placeholder in every string inside a JSON-like value."""
    if isinstance(value, str):
        return value.replace(BASE_URL_PLACEHOLDER, base_url)
    if isinstance(value, list):
        return [substitute(v, base_url) for v in value]
    if isinstance(value, dict):
        return {k: substitute(v, base_url) for k, v in value.items()}
    return value


class _FixtureHandler(BaseHTTPRequestHandler):
    server: _FixtureHTTPServer
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self._answer(with_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._answer(with_body=False)

    def _answer(self, with_body: bool) -> None:
        site = self.server.site
        path = urlsplit(self.path).path
        route = site.table.get(path)
        if route is None:
            self._send(404, render(site.not_found, site.base_url), "text/html; charset=utf-8", with_body)
        elif route.status == 301:
            self._send(301, b"", "text/html; charset=utf-8", with_body, location=site.base_url + (route.location or "/"))
        else:
            assert route.file is not None
            body = render(route.file, site.base_url)
            self._send(200, gzip.compress(body, mtime=0) if route.gzip else body, route.content_type, with_body)

    def _send(self, status: int, body: bytes, content_type: str, with_body: bool, location: str | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        if location:
            self.send_header("Location", location)
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - signature fixed by http.server
        # Quiet by default: a logger, not stderr, so test output stays clean.
        logger.debug("%s " + format, self.address_string(), *args)


class _FixtureHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    site: FixtureServer


class FixtureServer:
    """The demo site on a local port; use as a context manager or start()/stop()."""

    def __init__(self, root: Path | None = None, host: str = "127.0.0.1", port: int = 0) -> None:
        self.root = (root or default_fixtures_root()).resolve()
        self.host = host
        self.port = port
        self.base_url = ""
        self.routes = load_routes(self.root)
        self.table = build_route_table(self.root, self.routes)
        self.not_found = self.root / self.routes["not_found"]
        self._httpd: _FixtureHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> FixtureServer:
        httpd = _FixtureHTTPServer((self.host, self.port), _FixtureHandler)
        httpd.site = self
        host, port = httpd.server_address[:2]
        self.base_url = f"http://{host}:{port}"
        self._httpd = httpd
        self._thread = threading.Thread(target=httpd.serve_forever, name="newsbot-fixtures", daemon=True)
        self._thread.start()
        logger.info("fixture site serving %s at %s", self.root, self.base_url)
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> FixtureServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def article_paths(self) -> dict[str, Path]:
        """Article URL path -> page file."""
        return {path: self.root / file for path, file in self.routes.get("articles", {}).items()}

    def article_urls(self) -> list[str]:
        return [self.base_url + path for path in self.article_paths()]

    def expected(self) -> dict[str, dict]:
        """Absolute article URL -> its expected.json, placeholder substituted."""
        out = {}
        for path, page in self.article_paths().items():
            labels = json.loads((page.parent / "expected.json").read_text(encoding="utf-8"))
            out[self.base_url + path] = substitute(labels, self.base_url)
        return out


def serve_forever(root: Path | None = None, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the demo site until Ctrl-C (used by `newsbot fixtures serve`)."""
    server = FixtureServer(root, host, port).start()
    logger.info("demo news site at %s/", server.base_url)
    print(f"newsbot demo site: {server.base_url}/  (Ctrl-C to stop)", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
