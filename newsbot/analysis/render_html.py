"""The report as one self-contained HTML page: inline CSS, SVG plots as data: URIs, no scripts, no network."""

from __future__ import annotations

import base64
import html
from typing import Any

HTML_COVERAGE_COLORMAP = "RdYlGn"  # red = field usually missing on that site, green = usually present
HTML_COVERAGE_RANGE = (0.1, 0.8)  # the colormap's dark ends make black text unreadable
HTML_MAX_COVERAGE_ROWS = 200

HTML_STYLE = """
body { font: 14px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 60em; color: #222; padding: 0 1em; }
h1 { font-size: 1.6em; } h2 { margin-top: 2em; border-bottom: 1px solid #ddd; }
figure { margin: 1em 0; } figure img { max-width: 100%; height: auto; }
table { border-collapse: collapse; margin: 0.5em 0 1em; font-size: 13px; display: block; overflow-x: auto; max-width: 100%; }
th, td { padding: 3px 8px; border: 1px solid #ddd; text-align: left; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.totals td { font-size: 1.1em; } .note { color: #666; font-size: 12px; }
"""


def esc(value: Any) -> str:
    return html.escape("" if value is None else str(value))


def img(svg: str | None, name: str) -> str:
    if svg is None:
        return '<p class="note">No data.</p>'
    data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
    return f'<figure><img class="plot" id="plot-{esc(name)}" alt="{esc(name)}" src="data:image/svg+xml;base64,{data}"></figure>'


def table(rows: list[dict[str, Any]], columns: list[str], cls: str = "") -> str:
    if not rows:
        return '<p class="note">None.</p>'
    head = "".join(f"<th>{esc(c)}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(_cell(r.get(c)) for c in columns) + "</tr>"
        for r in rows
    )
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _cell(value: Any) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f'<td class="num">{value:,}</td>'
    return f"<td>{esc(value)}</td>"


def coverage_table(coverage: dict[str, Any]) -> str:
    """Sites x fields, each cell the share of articles with the field, coloured by a matplotlib colormap."""
    import matplotlib
    from matplotlib.colors import to_hex

    cmap = matplotlib.colormaps[HTML_COVERAGE_COLORMAP]
    low, high = HTML_COVERAGE_RANGE
    fields = coverage["fields"]
    sites = coverage["sites"]
    if not sites:
        return '<p class="note">No articles.</p>'
    head = "<th>site</th><th>articles</th>" + "".join(f"<th>{esc(f)}</th>" for f in fields)
    body = []
    for row in sites[:HTML_MAX_COVERAGE_ROWS]:
        cells = "".join(
            f'<td class="num" style="background:{to_hex(cmap(low + (high - low) * row[f]))}">{row[f]:.0%}</td>' for f in fields
        )
        body.append(f'<tr><td>{esc(row["site"])}</td><td class="num">{row["articles"]:,}</td>{cells}</tr>')
    more = len(sites) - HTML_MAX_COVERAGE_ROWS
    note = f'<p class="note">{more:,} smaller sites not shown (all are in the JSON).</p>' if more > 0 else ""
    return f'<table class="coverage"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>{note}'


def section(title: str, *parts: str) -> str:
    return f"<section><h2>{esc(title)}</h2>{''.join(parts)}</section>"


def render_html(figures: dict[str, Any], plots: dict[str, str]) -> str:
    totals, runs, dups, bad = figures["totals"], figures["runs"], figures["duplicates"], figures["bad_lines"]
    files = figures["inputs"]["files"]
    approx = figures["approximate_counts"]
    approx_note = f'<p class="note">Approximate counts (very many distinct values): {esc(", ".join(approx))}.</p>' if approx else ""
    body = [
        f"<h1>newsbot crawl report</h1><p class=\"note\">{esc(figures['generated_at'])} · newsbot {esc(figures['newsbot_version'])} · "
        f"{len(files):,} file(s), {len(figures['inputs']['summaries']):,} run summary file(s)</p>",
        table([totals], list(totals), "totals"),
        f"<details><summary>Input files</summary><ul>{''.join(f'<li>{esc(f)}</li>' for f in files)}</ul></details>",
        section("Articles", img(plots.get("articles_per_day"), "articles_per_day"), img(plots.get("articles_per_site"), "articles_per_site"),
                img(plots.get("languages"), "languages"), img(plots.get("sections"), "sections")),
        section("Field coverage per site", '<p class="note">Share of articles carrying each field; red cells are fields a site usually lacks.</p>',
                coverage_table(figures["coverage"])),
        section("Sources and voices", img(plots.get("agencies"), "agencies"), img(plots.get("dateline_cities"), "dateline_cities"),
                img(plots.get("speakers"), "speakers"), f'<p class="note">{totals["unattributed_quotes"]:,} of {totals["quotes"]:,} quotes have no resolved speaker.</p>',
                img(plots.get("quotes_per_article"), "quotes_per_article"), approx_note),
        section("Drops and errors", img(plots.get("drops_and_errors"), "drops_and_errors"),
                table(runs["runs"], ["summary", "spider", "started_at", "items", "requests", "dropped", "errors", "finish_reason"]),
                "".join(f'<p class="note">Unreadable summary: {esc(p)}</p>' for p in runs["unreadable_summaries"])),
        section("Duplicates (same body_sha1)", table([{k: v for k, v in dups.items() if k != "file_pairs"}], [k for k in dups if k != "file_pairs"]),
                table(dups["file_pairs"], ["file_a", "file_b", "shared_bodies"])),
        section("Bad lines", table([{"reason": k, "lines": v} for k, v in bad["by_reason"].items()], ["reason", "lines"]),
                table(bad["examples"], ["file", "line", "reason"])),
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>newsbot crawl report</title><style>{HTML_STYLE}</style></head>\n<body>{''.join(body)}</body></html>\n"
    )
