"""A 127.0.0.1 server whose pages misbehave on purpose, for fault-injection crawls (tests/test_faults.py).

Each path names its fault; `FAULTS` lists them with the outcome a crawl should record. Standard library only;
handler threads are daemons, so a client that gave up never keeps the server (or the test) alive.
"""

from __future__ import annotations

import gzip
import socket
import struct
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

FAULT_DRIP_SECONDS = 0.25  # one byte per this interval: a response that never finishes within a short timeout
FAULT_HANG_SECONDS = 30  # the "timeout" page answers after this long (the crawl's DOWNLOAD_TIMEOUT is shorter)
FAULT_BIG_BYTES = 50 * 1024 * 1024


def article(title: str, text: str = "") -> str:
    """A small article page whose body (and canonical URL) is unique to `title`."""
    lead = f"{text} The {title} story begins with a plain paragraph that has enough words to count as article text."
    more = f"A second paragraph about {title} follows, so the page reads like a short news report with some detail."
    return (
        f"<html><head><title>{title}</title><link rel='canonical' href='/ok/canonical-{title}.html'></head>"
        f"<body><article><h1>{title}</h1><p>{lead}</p><p>{more}</p></article></body></html>"
    )


def _bad_crc_gzip(data: bytes) -> bytes:
    packed = bytearray(gzip.compress(data))
    packed[-8] ^= 0xFF  # the CRC32 in the gzip trailer
    return bytes(packed)


UTF8_TEXT = "Überraschung: Café, naïve façade — 東京 news."
# path -> (status, headers, body); bodies are bytes, or a string naming a special behaviour
STATIC: dict[str, tuple[int, dict[str, str], bytes | str]] = {
    "/ok/1.html": (200, {"Content-Type": "text/html; charset=utf-8"}, article("One").encode()),
    "/ok/2.html": (200, {"Content-Type": "text/html; charset=utf-8"}, article("Two").encode()),
    "/e500.html": (500, {"Content-Type": "text/html", "Retry-After": "1"}, b"<h1>Internal error</h1>"),
    "/e503.html": (503, {"Content-Type": "text/html", "Retry-After": "1"}, b"<h1>Unavailable</h1>"),
    "/e429.html": (429, {"Content-Type": "text/html", "Retry-After": "1"}, b"<h1>Slow down</h1>"),
    "/e404.html": (404, {"Content-Type": "text/html"}, b"<h1>Not found</h1>"),
    "/empty.html": (200, {"Content-Type": "text/html; charset=utf-8"}, b""),
    "/binary.html": (200, {"Content-Type": "text/html"}, bytes(range(256)) * 64),
    "/cp1252-no-charset.html": (200, {"Content-Type": "text/html"}, article("Cp1252", "Caf\u00e9 cr\u00e8me \u201cquoted\u201d \u2014 text.").encode("cp1252")),
    "/latin1-holding-utf8.html": (200, {"Content-Type": "text/html; charset=iso-8859-1"}, article("Mislabelled", UTF8_TEXT).encode("utf-8")),
    "/shift-jis-no-charset.html": (200, {"Content-Type": "text/html"}, article("ShiftJIS", "東京で記者会見が開かれた。政府は新しい方針を発表した。").encode("shift_jis")),
    "/bad-crc.html": (200, {"Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip"}, _bad_crc_gzip(article("BadCrc").encode())),
    "/truncated.html": (200, {"Content-Type": "text/html; charset=utf-8"}, "truncated"),
    "/reset.html": (200, {}, "reset"),
    "/timeout.html": (200, {}, "hang"),
    "/drip.html": (200, {"Content-Type": "text/html; charset=utf-8"}, "drip"),
    "/big.html": (200, {"Content-Type": "text/html; charset=utf-8"}, "big"),
    "/big-chunked.html": (200, {"Content-Type": "text/html; charset=utf-8"}, "big-chunked"),
    "/loop-a.html": (302, {"Location": "/loop-b.html"}, b""),
    "/loop-b.html": (302, {"Location": "/loop-a.html"}, b""),
    "/redirect-chain.html": (302, {"Location": "/chain/1.html"}, b""),  # /chain/N.html -> /chain/N+1.html, endless
    "/private/kept-out.html": (200, {"Content-Type": "text/html; charset=utf-8"}, article("KeptOut").encode()),
}
ROBOTS_TXT = b"User-agent: *\nDisallow: /private/\n"


class FaultHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: FaultServerHTTP

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        pass

    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        path = self.path.split("?", 1)[0]
        self.server.hits[path] = self.server.hits.get(path, 0) + 1
        if path == "/robots.txt":
            return self._send(200, {"Content-Type": "text/plain"}, ROBOTS_TXT)
        if path.startswith("/chain/"):
            step = int(path.removeprefix("/chain/").removesuffix(".html") or 0)
            return self._send(302, {"Location": f"/chain/{step + 1}.html"}, b"")
        status, headers, body = STATIC.get(path, (404, {"Content-Type": "text/html"}, b"<h1>Not found</h1>"))
        if isinstance(body, bytes):
            return self._send(status, headers, body)
        getattr(self, f"_fault_{body.replace('-', '_')}")(headers)
        return None

    def _send(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _fault_truncated(self, headers: dict[str, str]) -> None:
        """Announces 10,000 bytes, sends 300, closes: data loss."""
        self.send_response(200)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", "10000")
        self.end_headers()
        self.wfile.write(article("Truncated").encode()[:300])
        self.wfile.flush()
        self.close_connection = True

    def _fault_reset(self, headers: dict[str, str]) -> None:
        """TCP RST instead of an answer (SO_LINGER 0 then close)."""
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True

    def _fault_hang(self, headers: dict[str, str]) -> None:
        time.sleep(FAULT_HANG_SECONDS)
        self.close_connection = True

    def _fault_drip(self, headers: dict[str, str]) -> None:
        """Headers at once, then one byte every FAULT_DRIP_SECONDS for a 2,000-byte body."""
        self.send_response(200)
        self.send_header("Content-Type", headers["Content-Type"])
        self.send_header("Content-Length", "2000")
        self.end_headers()
        try:
            for _ in range(2000):
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(FAULT_DRIP_SECONDS)
        except OSError:
            pass
        self.close_connection = True

    def _fault_big(self, headers: dict[str, str]) -> None:
        """A 50 MB page with its length announced (the client can refuse it from the headers)."""
        self._stream_big(headers, chunked=False)

    def _fault_big_chunked(self, headers: dict[str, str]) -> None:
        """A 50 MB page with no length (the client only finds out while reading)."""
        self._stream_big(headers, chunked=True)

    def _stream_big(self, headers: dict[str, str], *, chunked: bool) -> None:
        self.send_response(200)
        self.send_header("Content-Type", headers["Content-Type"])
        self.send_header("Transfer-Encoding" if chunked else "Content-Length", "chunked" if chunked else str(FAULT_BIG_BYTES))
        self.end_headers()
        block = b"<p>" + b"word " * 13106 + b"</p>\n"  # ~64 KiB
        try:
            for _ in range(FAULT_BIG_BYTES // len(block)):
                self.wfile.write(b"%x\r\n%s\r\n" % (len(block), block) if chunked else block)
            if chunked:
                self.wfile.write(b"0\r\n\r\n")
        except OSError:
            pass  # the client gave up: that is the point
        self.close_connection = True


class FaultServerHTTP(ThreadingHTTPServer):
    daemon_threads = True
    # socketserver's listen backlog is 5: with the crawl's 16 concurrent requests a connection beyond it waits for
    # a SYN retransmit (1 s, then 3 s) and a 2 s DOWNLOAD_TIMEOUT fires before the page is even asked for.
    request_queue_size = 128
    hits: dict[str, int]


class FaultServer:
    """`with FaultServer() as server:` serves STATIC on an ephemeral 127.0.0.1 port."""

    def __init__(self) -> None:
        self.httpd = FaultServerHTTP(("127.0.0.1", 0), FaultHandler)
        self.httpd.hits = {}
        self.base_url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return self.base_url + path

    def __enter__(self) -> FaultServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


if __name__ == "__main__":  # manual poking: python tests/faultserver.py
    with FaultServer() as running:
        print(running.base_url, flush=True)
        threading.Event().wait()
