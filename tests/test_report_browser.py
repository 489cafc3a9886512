"""The report of a real demo crawl in headless Chromium: plots render, no console errors, no network."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# what works here as root in a container; no GPU, no background traffic
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
EXPECTED_PLOTS = {"articles_per_day", "articles_per_site", "languages", "sections", "agencies", "dateline_cities"}

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (make system-deps installs it)")


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`newsbot demo` then `newsbot report` on its output, both through the real CLI."""
    root = tmp_path_factory.mktemp("browser")
    for args in (["demo", "--output-dir", str(root / "output")], ["report", str(root / "output"), "-o", str(root / "report.html")]):
        done = subprocess.run([sys.executable, "-m", "newsbot", *args], capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
    return root / "report.html"


@pytest.fixture(scope="module")
def loaded(report: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The page opened once: its console errors, outside requests, plot sizes, heat-map colours, a screenshot."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright; it drives the system chromium)")
    shot = tmp_path_factory.mktemp("screenshot") / "report.png"
    errors: list[str] = []
    outside: list[str] = []
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1100, "height": 900})
            page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.on("request", lambda req: outside.append(req.url) if not req.url.startswith(("file:", "data:")) else None)
            page.goto(report.as_uri(), wait_until="load")
            plots = page.eval_on_selector_all(
                "img.plot",
                """imgs => imgs.map(i => ({id: i.id, complete: i.complete, natural: [i.naturalWidth, i.naturalHeight],
                    box: [i.getBoundingClientRect().width, i.getBoundingClientRect().height]}))""",
            )
            cells = page.eval_on_selector_all("table.coverage td.num[style]", "tds => tds.map(td => getComputedStyle(td).backgroundColor)")
            page.screenshot(path=str(shot), full_page=True)
        finally:
            browser.close()
    return {"errors": errors, "outside": outside, "plots": plots, "cells": cells, "screenshot": shot}


def test_no_console_errors(loaded):
    assert loaded["errors"] == []


def test_no_request_leaves_the_file(loaded):
    assert loaded["outside"] == []


def test_expected_plots_are_present(loaded):
    assert {p["id"].removeprefix("plot-") for p in loaded["plots"]} >= EXPECTED_PLOTS


def test_every_plot_decodes_and_has_a_size_on_screen(loaded):
    broken = [p for p in loaded["plots"] if not (p["complete"] and min(p["natural"]) > 0 and min(p["box"]) > 0)]
    assert loaded["plots"] and broken == []


def test_coverage_cells_are_coloured(loaded):
    assert loaded["cells"] and all(c not in ("rgba(0, 0, 0, 0)", "rgb(255, 255, 255)") for c in loaded["cells"])


def test_screenshot_is_saved(loaded):
    assert loaded["screenshot"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert loaded["screenshot"].stat().st_size > 20_000
