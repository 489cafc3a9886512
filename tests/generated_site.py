"""Generated news sites for the production-crawling tests: N short self-written articles, a sitemap, a feed.

The layout is a FixtureServer root (routes.json + files), so tests serve it the way they serve the demo site.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

CRAWL_FAST = ["-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0", "-s", "LOG_LEVEL=WARNING"]

ARTICLE_TEMPLATE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | Generated Gazette</title>
<meta property="og:site_name" content="Generated Gazette"></head>
<body><header><a href="/">Generated Gazette</a></header>
<article><h1>{title}</h1>
<p class="byline">By Test Writer</p>
<p>{title}. This generated report number {n} describes how the committee of town {n} met on Monday to review the budget.</p>
<p>Members discussed road repairs, school meals and the library hours for district {n}, and agreed to meet again next month.</p>
<p>The vote on item {n} passed with a clear majority after a short debate about costs.</p>
</article></body></html>
"""


def article_path(n: int) -> str:
    return f"/news/2024/05/{1 + n % 28:02d}/town-committee-report-number-{n:05d}.html"


def sitemap_xml(paths: list[str], lastmods: dict[str, str] | None = None) -> str:
    rows = []
    for path in paths:
        lastmod = (lastmods or {}).get(path, "2024-05-01T10:00:00+00:00")
        rows.append(f"<url><loc>{{{{BASE_URL}}}}{path}</loc><lastmod>{lastmod}</lastmod></url>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + "\n".join(rows) + "\n</urlset>\n")


def write_site(root: Path, count: int, start: int = 0) -> list[str]:
    """Articles start..start+count-1 listed in /sitemap.xml; returns their URL paths."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "pages").mkdir(exist_ok=True)
    articles = {}
    for n in range(start, start + count):
        name = f"pages/a{n:05d}.html"
        (root / name).write_text(ARTICLE_TEMPLATE.format(title=f"Town committee report {n}", n=n), encoding="utf-8")
        articles[article_path(n)] = name
    (root / "sitemap.xml").write_text(sitemap_xml(list(articles)), encoding="utf-8")
    (root / "robots.txt").write_text("User-agent: *\nSitemap: {{BASE_URL}}/sitemap.xml\n", encoding="utf-8")
    (root / "404.html").write_text("<h1>Not found</h1>", encoding="utf-8")
    routes = {"articles": articles, "files": {"/sitemap.xml": "sitemap.xml", "/robots.txt": "robots.txt"}, "not_found": "404.html"}
    (root / "routes.json").write_text(json.dumps(routes, indent=1), encoding="utf-8")
    return list(articles)


def copy_demo_site(target: Path) -> Path:
    """A writable copy of the repo's fixtures/ (tests add articles to it)."""
    source = Path(__file__).resolve().parents[1] / "fixtures"
    shutil.copytree(source, target)
    return target


def newsbot_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "newsbot", *args]


def run_newsbot(*args: str, timeout: float = 120, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(newsbot_cmd(*args), capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})})


def read_lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
