"""Scheduled archiving (`newsbot archive --config sites.toml`): every configured site crawled once, in turn.

Per site and run: `<output_dir>/<site>/<YYYY-MM-DD>/<HHMMSS>Z.jsonl` + `.summary.json` + `.warc.gz`, and an
incremental seen-store in `<state_dir>/<site>/`, so an hourly run writes only new or updated articles. A run
holds an exclusive lock on `<state_dir>/archive.lock` (fcntl.flock: released by the kernel when the process
dies, so a crashed run never leaves a stale lock); an overlapping run exits at once with EXIT_LOCKED.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import sys
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

# Exit codes of `newsbot archive` (2 is a usage/config error, as for every newsbot command).
EXIT_ALL_OK = 0
EXIT_SOME_FAILED = 3
EXIT_NOTHING_RAN = 4
EXIT_LOCKED = 5

ARCHIVE_LOCK_FILE = "archive.lock"
_SITE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")

# Per-site keys -> Scrapy settings; values may also come from [defaults].
POLITENESS_SETTINGS = {
    "download_delay": "DOWNLOAD_DELAY",
    "concurrent_requests_per_domain": "CONCURRENT_REQUESTS_PER_DOMAIN",
    "autothrottle": "AUTOTHROTTLE_ENABLED",
    "obey_robots_txt": "ROBOTSTXT_OBEY",
    "max_articles": "CLOSESPIDER_ITEMCOUNT",
    "max_pages": "NEWSBOT_FOLLOW_MAX_PAGES",
    "max_depth": "NEWSBOT_FOLLOW_MAX_DEPTH",
    "max_seconds": "CLOSESPIDER_TIMEOUT",
}
SOURCE_KEYS = ("sitemaps", "feeds", "start_urls")
SITE_KEYS = {"name", *SOURCE_KEYS, "warc", "settings", *POLITENESS_SETTINGS}
ARCHIVE_KEYS = {"output_dir", "state_dir", "defaults", "site"}


class ConfigError(ValueError):
    pass


@dataclass(frozen=True)
class SiteConfig:
    name: str
    sitemaps: list[str] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)
    start_urls: list[str] = field(default_factory=list)
    warc: bool = True
    settings: dict[str, Any] = field(default_factory=dict)  # Scrapy settings for this site's crawl


@dataclass(frozen=True)
class ArchiveConfig:
    output_dir: Path
    state_dir: Path
    sites: list[SiteConfig]


def _url_list(value: Any, where: str) -> list[str]:
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
        raise ConfigError(f"{where}: expected a URL or a list of URLs")
    return [v.strip() for v in values]


def parse_site(raw: dict[str, Any], defaults: dict[str, Any], index: int) -> SiteConfig:
    name = raw.get("name")
    where = f"site {name or index + 1}"
    if not isinstance(name, str) or not _SITE_NAME.match(name):
        raise ConfigError(f"{where}: 'name' must be letters, digits, '.', '_' or '-' (it names a folder)")
    unknown = sorted(set(raw) - SITE_KEYS)
    if unknown:
        raise ConfigError(f"{where}: unknown keys {', '.join(unknown)} (known: {', '.join(sorted(SITE_KEYS))})")
    merged = {**defaults, **raw}
    sources = {key: _url_list(merged[key], f"{where}.{key}") if key in merged else [] for key in SOURCE_KEYS}
    if not any(sources.values()):
        raise ConfigError(f"{where}: give at least one of sitemaps, feeds, start_urls")
    settings = {POLITENESS_SETTINGS[key]: merged[key] for key in POLITENESS_SETTINGS if key in merged}
    extra = merged.get("settings", {})
    if not isinstance(extra, dict):
        raise ConfigError(f"{where}.settings: expected a table of Scrapy settings")
    return SiteConfig(name, sources["sitemaps"], sources["feeds"], sources["start_urls"], bool(merged.get("warc", True)), {**settings, **extra})


def parse_config(data: dict[str, Any], base_dir: Path) -> ArchiveConfig:
    """The TOML document as an ArchiveConfig; relative paths are relative to the config file."""
    unknown = sorted(set(data) - ARCHIVE_KEYS)
    if unknown:
        raise ConfigError(f"unknown top-level keys {', '.join(unknown)} (known: {', '.join(sorted(ARCHIVE_KEYS))})")
    defaults = data.get("defaults", {})
    if not isinstance(defaults, dict) or set(defaults) - (SITE_KEYS - {"name"}):
        raise ConfigError(f"[defaults] takes the per-site keys: {', '.join(sorted(SITE_KEYS - {'name'}))}")
    raw_sites = data.get("site", [])
    if not isinstance(raw_sites, list) or not raw_sites:
        raise ConfigError("no sites: add [[site]] tables")
    sites = [parse_site(raw, defaults, i) for i, raw in enumerate(raw_sites)]
    names = [site.name for site in sites]
    if len(set(names)) != len(names):
        raise ConfigError("site names must be unique")
    return ArchiveConfig(base_dir / data.get("output_dir", "archive"), base_dir / data.get("state_dir", "state"), sites)


def load_config(path: Path) -> ArchiveConfig:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"no config file {path}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: {exc}") from exc
    return parse_config(data, path.resolve().parent)


# -- the lock ----------------------------------------------------------------------------------------------------
class ArchiveLocked(RuntimeError):
    pass


def acquire_lock(state_dir: Path) -> IO[str]:
    """An exclusive, non-blocking flock on <state_dir>/archive.lock, holding our pid; keep the handle open."""
    state_dir.mkdir(parents=True, exist_ok=True)
    path = state_dir / ARCHIVE_LOCK_FILE
    fh = path.open("a+", encoding="utf-8")
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        fh.seek(0)
        holder = fh.read().strip() or "unknown"
        fh.close()
        raise ArchiveLocked(f"another archive run holds {path} ({holder}); not starting") from None
    fh.seek(0)
    fh.truncate()
    fh.write(f"pid {os.getpid()}, started {datetime.now(timezone.utc).isoformat(timespec='seconds')}\n")
    fh.flush()
    return fh


# -- one site's crawl ----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SiteRun:
    jsonl: Path
    warc: Path | None
    state_dir: Path


def site_run_paths(config: ArchiveConfig, site: SiteConfig, now: datetime) -> SiteRun:
    folder = config.output_dir / site.name / now.strftime("%Y-%m-%d")
    stem = now.strftime("%H%M%SZ")
    return SiteRun(folder / f"{stem}.jsonl", folder / f"{stem}.warc.gz" if site.warc else None, config.state_dir / site.name)


def crawl_args(site: SiteConfig, run: SiteRun) -> list[str]:
    """`newsbot crawl site ...` arguments for one site."""
    args = ["crawl", "site", "-o", str(run.jsonl), "--state-dir", str(run.state_dir)]
    for arg, urls in (("sitemaps", site.sitemaps), ("feeds", site.feeds), ("urls", site.start_urls)):
        if urls:
            args += ["-a", f"{arg}={','.join(urls)}"]
    if run.warc:
        args += ["--warc", str(run.warc)]
    for key, value in site.settings.items():
        args += ["-s", f"{key}={value}"]
    return args


def site_outcome(exit_code: int, summary: dict[str, Any] | None) -> tuple[bool, str]:
    """(ok, reason). A crawl that ran but got no page at all (site down, DNS gone) failed too."""
    if exit_code != 0:
        return False, f"crawl exited {exit_code}"
    if summary is None:
        return False, "no run summary"
    fetched = sum(count for status, count in summary.get("responses_by_status", {}).items() if status.startswith(("2", "3")))
    if fetched == 0:
        errors = ", ".join(f"{k}={v}" for k, v in summary.get("errors", {}).items()) or "no responses"
        return False, f"no page could be fetched ({errors})"
    return True, f"{summary.get('items', 0)} new articles, {fetched} pages fetched"


def read_summary(jsonl: Path) -> dict[str, Any] | None:
    path = jsonl.with_name(jsonl.name[: -len(".jsonl")] + ".summary.json")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return None


def overall_exit_code(results: list[bool]) -> int:
    if results and all(results):
        return EXIT_ALL_OK
    return EXIT_SOME_FAILED if any(results) else EXIT_NOTHING_RAN
