"""The seen-store: which article URLs a previous run already wrote, so a repeated run fetches only new ones.

SQLite in WAL mode under NEWSBOT_STATE_DIR. Only articles are recorded (listing, sitemap and feed pages are always
re-fetched). A URL is recorded *after* its line is written, so a kill in between re-fetches it instead of losing it;
`record_output_file` reconciles a killed run's output afterwards (see newsbot/resume.py).
Two processes may share one store: WAL lets readers run beside one writer, and a busy timeout waits out the other
process's short write transactions.
"""

from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from w3lib.url import canonicalize_url

STATE_DB_NAME = "seen.sqlite"
STATE_BUSY_TIMEOUT_SECONDS = 30.0
STATE_ENV = "NEWSBOT_STATE_DIR"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS seen (
    url_key    TEXT PRIMARY KEY,
    body_sha1  TEXT,
    lastmod    TEXT,
    written_at TEXT NOT NULL
)
"""


def url_key(url: str) -> str:
    """The key a URL is stored under: canonical form, no fragment (`?b=1&a=2` == `?a=2&b=1`)."""
    return canonicalize_url(url, keep_fragments=False)


def parse_moment(value: str | None) -> datetime | None:
    """An ISO 8601 date or datetime as an aware UTC datetime (naive = UTC); None when absent or unreadable."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)).astimezone(timezone.utc)


def is_newer(lastmod: str | None, recorded: str | None) -> bool:
    """True when a sitemap/feed date says the page changed after the version we recorded."""
    new, old = parse_moment(lastmod), parse_moment(recorded)
    return new is not None and (old is None or new > old)


@dataclass(frozen=True)
class SeenEntry:
    body_sha1: str | None
    lastmod: str | None
    written_at: str


class SeenStore:
    """url_key -> (body_sha1, lastmod, written_at) of the last written version of each article."""

    def __init__(self, state_dir: Path | str) -> None:
        self.path = Path(state_dir) / STATE_DB_NAME
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: autocommit; each record is its own short transaction, durable once it returns.
        self._db = sqlite3.connect(self.path, timeout=STATE_BUSY_TIMEOUT_SECONDS, isolation_level=None)
        self._setup()

    def _setup(self) -> None:
        """WAL mode and the table. Switching to WAL needs a moment alone with the file, and SQLite does not
        apply the busy timeout to it: two processes creating one store together retry instead of failing."""
        deadline = time.monotonic() + STATE_BUSY_TIMEOUT_SECONDS
        while True:
            try:
                if self._db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    self._db.execute("PRAGMA journal_mode=WAL")
                self._db.execute(_SCHEMA)
                break
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        self._db.execute("PRAGMA synchronous=NORMAL")

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> SeenStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, url: str) -> SeenEntry | None:
        row = self._db.execute("SELECT body_sha1, lastmod, written_at FROM seen WHERE url_key = ?", (url_key(url),)).fetchone()
        return SeenEntry(*row) if row else None

    def needs_fetch(self, url: str, lastmod: str | None = None) -> bool:
        """Never written, or a sitemap/feed date newer than the written version's."""
        entry = self.get(url)
        return entry is None or is_newer(lastmod, entry.lastmod or entry.written_at)

    def record(self, urls: list[str], body_sha1: str | None, lastmod: str | None = None) -> None:
        """Mark every URL of one article (requested, final, canonical) as written now."""
        now = datetime.now(timezone.utc).isoformat()
        rows = [(key, body_sha1, lastmod, now) for key in dict.fromkeys(url_key(u) for u in urls if u)]
        self._db.executemany(
            "INSERT INTO seen (url_key, body_sha1, lastmod, written_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(url_key) DO UPDATE SET body_sha1 = excluded.body_sha1, "
            "lastmod = COALESCE(excluded.lastmod, seen.lastmod), written_at = excluded.written_at",
            rows,
        )

    def count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM seen").fetchone()[0])

    def reset(self) -> int:
        """Forget everything; returns how many URLs were forgotten."""
        forgotten = self.count()
        self._db.execute("DELETE FROM seen")
        return forgotten

    def record_output_file(self, path: Path) -> int:
        """Mark every article in a JSONL file as written (a killed run's lines); returns how many lines."""
        lines = 0
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if not line.endswith("\n"):
                    break  # a torn last line is not a written article
                item = json.loads(line)
                self.record([item.get("url"), item.get("canonical_url")], item.get("body_sha1"))
                lines += 1
        return lines
