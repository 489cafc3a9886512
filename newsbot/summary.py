"""A run summary from Scrapy's stats: items, drops by reason, errors by kind, requests, responses by status."""

from __future__ import annotations

from datetime import datetime
from typing import Any

SUMMARY_DROPPED_PREFIX = "newsbot/dropped/"
# One final outcome per failed request, counted by the spider's errback (newsbot/spiders/base.py) after its last
# retry: newsbot/errors/download/<exception>, newsbot/errors/http/<status>.
SUMMARY_ERRORS_PREFIX = "newsbot/errors/"
# Set by newsbot's spiders: errors come from SUMMARY_ERRORS_PREFIX. Stats without it (another spider, an old run)
# fall back to Scrapy's counters, which count every attempt, retries included.
SUMMARY_ACCOUNTING_KEY = "newsbot/accounting"
SUMMARY_ACCOUNTING_PER_REQUEST = "per_request"
SUMMARY_SPIDER_ERRORS_PREFIX = "spider_exceptions/"
# Scrapy's stats prefix -> error kind, for stats without per-request accounting
SUMMARY_ERROR_PREFIXES = {
    "downloader/exception_type_count/": "download",
    "httperror/response_ignored_status_count/": "http",
}
SUMMARY_STATUS_PREFIX = "downloader/response_status_count/"
SUMMARY_RESPONSES_PREFIX = "newsbot/responses/"
SUMMARY_SKIPPED_PREFIX = "newsbot/skipped/"


def _by_prefix(stats: dict[str, Any], prefix: str) -> dict[str, int]:
    return {key[len(prefix):]: int(value) for key, value in sorted(stats.items()) if key.startswith(prefix)}


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


def summary_errors(stats: dict[str, Any]) -> dict[str, int]:
    """Errors by kind: `download/<exception>`, `http/<status>`, `spider/<exception>` (a callback raised)."""
    errors: dict[str, int] = {}
    if stats.get(SUMMARY_ACCOUNTING_KEY) == SUMMARY_ACCOUNTING_PER_REQUEST:
        errors.update(_by_prefix(stats, SUMMARY_ERRORS_PREFIX))
    else:
        for prefix, kind in SUMMARY_ERROR_PREFIXES.items():
            for name, count in _by_prefix(stats, prefix).items():
                errors[f"{kind}/{name.rsplit('.', 1)[-1]}"] = count
    for name, count in _by_prefix(stats, SUMMARY_SPIDER_ERRORS_PREFIX).items():
        if name != "count":
            errors[f"spider/{name.rsplit('.', 1)[-1]}"] = count
    return dict(sorted(errors.items()))


def build_summary(stats: dict[str, Any], *, spider: str, output_file: str | None) -> dict[str, Any]:
    """Everything a crawl fetched, accounted for: written items, counted drops, counted errors."""
    errors = summary_errors(stats)
    return {
        "spider": spider,
        "output_file": output_file,
        "items": int(stats.get("newsbot/written", 0)),
        "dropped": _by_prefix(stats, SUMMARY_DROPPED_PREFIX),
        "errors": errors,
        "skipped_links": _by_prefix(stats, SUMMARY_SKIPPED_PREFIX),
        "requests": int(stats.get("downloader/request_count", 0)),  # every attempt: retries, redirects, robots.txt
        "retries": int(stats.get("retry/count", 0)),
        "responses_by_status": _by_prefix(stats, SUMMARY_STATUS_PREFIX),
        "responses_by_kind": _by_prefix(stats, SUMMARY_RESPONSES_PREFIX),
        "finish_reason": stats.get("finish_reason"),
        "started_at": _iso(stats.get("start_time")),
        "elapsed_seconds": stats.get("elapsed_time_seconds"),
    }


def format_summary(summary: dict[str, Any]) -> str:
    """One short human line for logs and the CLI."""
    dropped = ", ".join(f"{k}={v}" for k, v in summary["dropped"].items()) or "none"
    errors = ", ".join(f"{k}={v}" for k, v in summary["errors"].items()) or "none"
    return (
        f"{summary['items']} items, dropped: {dropped}; errors: {errors}; "
        f"{summary['requests']} requests in {summary['elapsed_seconds'] or 0:.1f}s ({summary['finish_reason']})"
    )
