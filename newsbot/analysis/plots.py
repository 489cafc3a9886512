"""Matplotlib figures for the report, rendered to standalone SVG text (no files, no network)."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from typing import Any

PLOTS_WIDTH = 7.5  # inches; the HTML scales the SVG to the column width
PLOTS_BAR_HEIGHT = 0.28
PLOTS_COLOR = "#3b6ea8"
PLOTS_MAX_BAR_DAYS = 120  # a longer span is drawn as lines: bars would be thinner than a pixel


def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg")  # no display; must precede the pyplot import
    import matplotlib.pyplot as plt

    return plt


def to_svg(fig: Any, salt: str) -> str:
    """The figure as SVG text; `salt` keeps element ids distinct between figures of one page."""
    import matplotlib

    plt = _pyplot()
    with matplotlib.rc_context({"svg.hashsalt": salt, "svg.fonttype": "none"}):
        buf = io.StringIO()
        fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None})
    plt.close(fig)
    return buf.getvalue()


def barh(rows: list[dict[str, Any]], label: str, value: str, title: str) -> Any:
    """Horizontal bars, largest on top, each labelled with its count."""
    plt = _pyplot()
    labels = [str(r[label]) for r in rows][::-1]
    values = [r[value] for r in rows][::-1]
    fig, ax = plt.subplots(figsize=(PLOTS_WIDTH, 1.0 + PLOTS_BAR_HEIGHT * len(rows)))
    bars = ax.barh(labels, values, color=PLOTS_COLOR)
    ax.bar_label(bars, padding=3, fontsize=8)
    ax.set_title(title, loc="left")
    ax.set_xlabel(value)
    ax.spines[["top", "right"]].set_visible(False)
    ax.tick_params(axis="y", labelsize=8)
    ax.margins(x=0.08)
    ax.xaxis.set_major_locator(integer_ticks())
    return fig


def integer_ticks() -> Any:
    from matplotlib.ticker import MaxNLocator

    return MaxNLocator(integer=True)


def parse_day(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def per_day_chart(rows: list[dict[str, Any]], title: str) -> Any:
    """Articles per publication day by site: stacked bars for a short span, lines for a long one."""
    plt = _pyplot()
    series: dict[str, dict[date, int]] = {}
    for r in rows:
        day = parse_day(r["day"])
        if day is not None:
            series.setdefault(r["site"], {})[day] = r["articles"]
    all_days = sorted({d for points in series.values() for d in points})
    bars = (all_days[-1] - all_days[0]).days <= PLOTS_MAX_BAR_DAYS
    fig, ax = plt.subplots(figsize=(PLOTS_WIDTH, 3.2))
    bottom = dict.fromkeys(all_days, 0)
    for site, points in sorted(series.items(), key=lambda kv: -sum(kv[1].values())):
        days = sorted(points)
        values = [points[d] for d in days]
        if bars:
            ax.bar(days, values, bottom=[bottom[d] for d in days], width=0.8, label=site)
            for d, v in zip(days, values, strict=True):
                bottom[d] += v
        else:
            ax.plot(days, values, marker="o", markersize=2, linewidth=1, label=site)
    ax.set_title(title, loc="left")
    ax.set_ylabel("articles")
    ax.set_ylim(bottom=0)
    ax.yaxis.set_major_locator(integer_ticks())
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(fontsize=7, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    fig.autofmt_xdate()
    return fig


def quotes_histogram(data: dict[str, Any], title: str) -> Any:
    plt = _pyplot()
    counts = data["counts"]
    labels = [f"{c['quotes']}+" if c["quotes"] >= data["capped_at"] else str(c["quotes"]) for c in counts]
    fig, ax = plt.subplots(figsize=(PLOTS_WIDTH, 2.8))
    bars = ax.bar(labels, [c["articles"] for c in counts], color=PLOTS_COLOR)
    ax.bar_label(bars, padding=2, fontsize=8)
    ax.set_title(title, loc="left")
    ax.set_xlabel("quotes in the article")
    ax.set_ylabel("articles")
    ax.yaxis.set_major_locator(integer_ticks())
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def drops_and_errors_rows(runs: dict[str, Any]) -> list[dict[str, Any]]:
    out = [{"reason": f"dropped: {k}", "count": v} for k, v in runs["dropped"].items()]
    out += [{"reason": f"error: {k}", "count": v} for k, v in runs["errors"].items()]
    return sorted(out, key=lambda r: -r["count"])


# figure name -> (has data?, draw); the names are the keys of the figures JSON they draw
PLOTS: dict[str, tuple[Callable[[dict[str, Any]], bool], Callable[[dict[str, Any]], Any]]] = {
    "articles_per_day": (
        lambda f: any(parse_day(r["day"]) for r in f["articles_per_day_by_site"]),
        lambda f: per_day_chart(f["articles_per_day_by_site"], "Articles per publication day"),
    ),
    "articles_per_site": (
        lambda f: bool(f["articles_per_site"]),
        lambda f: barh(f["articles_per_site"][:20], "site", "articles", "Articles per site"),
    ),
    "languages": (lambda f: bool(f["languages"]), lambda f: barh(f["languages"], "language", "articles", "Languages")),
    "sections": (lambda f: bool(f["sections"]), lambda f: barh(f["sections"], "section", "articles", "Sections (top 20)")),
    "agencies": (lambda f: bool(f["agencies"]), lambda f: barh(f["agencies"], "agency", "articles", "Agencies credited")),
    "dateline_cities": (
        lambda f: bool(f["dateline_cities"]),
        lambda f: barh(f["dateline_cities"], "city", "articles", "Dateline cities (top 20)"),
    ),
    "speakers": (lambda f: bool(f["speakers"]), lambda f: barh(f["speakers"], "speaker", "quotes", "Most quoted speakers (top 20)")),
    "quotes_per_article": (
        lambda f: bool(f["quotes_per_article"]["counts"]),
        lambda f: quotes_histogram(f["quotes_per_article"], "Quotes per article"),
    ),
    "drops_and_errors": (
        lambda f: bool(drops_and_errors_rows(f["runs"])),
        lambda f: barh(drops_and_errors_rows(f["runs"]), "reason", "count", "Drops and errors (run summaries)"),
    ),
}


def render_plots(figures: dict[str, Any]) -> dict[str, str]:
    """SVG text per figure name, for the figures that have data."""
    return {name: to_svg(draw(figures), salt=name) for name, (has_data, draw) in PLOTS.items() if has_data(figures)}
