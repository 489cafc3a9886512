"""The report's figures as plain JSON data (what `--json` writes and what the plots and tables draw)."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from newsbot.analysis.aggregate import AGGREGATE_QUOTES_CAP, COVERAGE_FIELDS, CrawlStats

FIGURES_TOP = 20
FIGURES_SITES_PER_DAY = 8  # lines in "articles per day"; the other sites are summed as one line
FIGURES_OTHER_SITES = "(other sites)"


def rows(pairs: Sequence[tuple[Hashable, int]], key: str, value: str = "articles") -> list[dict[str, Any]]:
    return [{key: k, value: v} for k, v in pairs]


def per_day_by_site(stats: CrawlStats, sites: list[str]) -> list[dict[str, Any]]:
    """Long format (day, site, articles); sites outside `sites` summed as FIGURES_OTHER_SITES."""
    keep = set(sites[:FIGURES_SITES_PER_DAY])
    out: dict[tuple[str, str], int] = {}
    for (site, day), n in stats.per_site_day.items():
        label = site if site in keep else FIGURES_OTHER_SITES
        out[day, label] = out.get((day, label), 0) + n
    return [{"day": d, "site": s, "articles": n} for (d, s), n in sorted(out.items())]


def coverage_rows(stats: CrawlStats) -> list[dict[str, Any]]:
    """One row per site (most articles first): article count and the share of articles with each field."""
    out = []
    for site, counts in sorted(stats.coverage.items(), key=lambda kv: (-kv[1]["articles"], kv[0])):
        total = counts["articles"]
        row: dict[str, Any] = {"site": site, "articles": total}
        row.update({name: round(counts[name] / total, 4) for name in COVERAGE_FIELDS})
        out.append(row)
    return out


def build_figures(stats: CrawlStats, files: Sequence[Path], runs: dict[str, Any]) -> dict[str, Any]:
    from newsbot import __version__

    names = [str(f) for f in files]
    sites = [site for site, _ in sorted(((s, c["articles"]) for s, c in stats.coverage.items()), key=lambda kv: (-kv[1], kv[0]))]
    return {
        "generated_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "newsbot_version": __version__,
        "inputs": {"files": names, "summaries": [r["summary"] for r in runs["runs"]]},
        "totals": {
            "lines": stats.lines,
            "articles": stats.articles,
            "bad_lines": stats.lines - stats.articles,
            "sites": len(stats.coverage),
            "quotes": sum(stats.speakers.counts.values()) + stats.unattributed_quotes,
            "unattributed_quotes": stats.unattributed_quotes,
        },
        "bad_lines": {
            "by_reason": dict(stats.bad_lines.most_common()),
            "examples": [{"file": names[b.file], "line": b.line, "reason": b.reason} for b in stats.bad_examples],
        },
        "articles_per_day": [{"day": d, "articles": n} for d, n in sorted(stats.per_day.items())],
        "articles_per_day_by_site": per_day_by_site(stats, sites),
        "articles_per_site": [{"site": s, "articles": stats.coverage[s]["articles"]} for s in sites],
        "languages": rows(stats.languages.most_common(), "language"),
        "sections": rows(stats.sections.most_common(FIGURES_TOP), "section"),
        "coverage": {"fields": list(COVERAGE_FIELDS), "sites": coverage_rows(stats)},
        "agencies": rows(stats.agencies.most_common(FIGURES_TOP), "agency"),
        "dateline_cities": rows(stats.cities.most_common(FIGURES_TOP), "city"),
        "speakers": rows(stats.speakers.most_common(FIGURES_TOP), "speaker", "quotes"),
        "quotes_per_article": {
            "capped_at": AGGREGATE_QUOTES_CAP,
            "counts": [{"quotes": q, "articles": n} for q, n in sorted(stats.quotes_per_article.items())],
        },
        "approximate_counts": sorted(
            name for name, counter in (("sections", stats.sections), ("agencies", stats.agencies), ("dateline_cities", stats.cities), ("speakers", stats.speakers)) if counter.approximate
        ),
        "runs": runs,
        "duplicates": stats.duplicates.summary(names),
    }
