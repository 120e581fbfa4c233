"""In headless Chromium: the region page's per-indicator charts and the dashboard's language switch.

The store holds the dev corpus and its pairs, so 沈阳市 has targets judged against the outcomes of
the next year's reports (a missed one among them) and targets still awaiting theirs.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_browser import _shot, browser, chromium, serve  # noqa: F401  (fixtures shared with the page tests)

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
MISSED = "#d62728"  # the colour of a missed outcome's marker (static/app.js)


@pytest.fixture(scope="module")
def pairs_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not (SHARED / "corpus_pairs").is_dir():
        pytest.skip("../shared/corpus_pairs is not beside the checkout")
    import zhibiao

    db = tmp_path_factory.mktemp("webpanel") / "pairs.duckdb"
    assert zhibiao.open(db).ingest([str(SHARED / "corpus"), str(SHARED / "corpus_pairs" / "*.txt")]).ok
    with serve(db) as base:
        yield base


def test_region_page_draws_one_chart_per_indicator_with_status_markers(browser, pairs_server: str) -> None:  # noqa: F811
    ctx = browser.new_context(viewport={"width": 1366, "height": 900})
    page = ctx.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(pairs_server + "/region/210100")
    charts = page.locator("#charts .minichart")
    n = charts.count()
    assert n >= 5  # gdp, industry, investment, retail sales, budget revenue…
    # every chart drawn: wait on the last one's svg (a JS string would be polled with eval, which the
    # page's CSP refuses)
    page.locator("#charts .minichart svg").nth(n - 1).wait_for(state="attached")
    assert page.locator("#charts .minichart svg").count() == n
    gdp = page.locator("#chart-gdp-growth")
    data = json.loads(gdp.get_attribute("data-chart") or "{}")
    i = data["years"].index(2024)
    assert data["target"][i] is not None and data["actual"][i] is not None
    status = data["status"][i]
    assert status in ("met", "exceeded", "missed")
    assert status in (gdp.get_attribute("data-statuses") or "").split()
    # two lines (target dashed, outcome solid) and the 2024 outcome's marker in its status colour
    svg = gdp.locator("svg").first.inner_html()
    assert 'stroke-dasharray' in svg
    if status == "missed":
        assert MISSED in svg.lower()
    assert page.locator("figure.mini", has=gdp).locator("figcaption").inner_text() == "地区生产总值 · 增速 (%)"
    _shot(page, "region-charts")
    assert not errors, errors
    ctx.close()


def test_language_switch(browser, pairs_server: str) -> None:  # noqa: F811
    ctx = browser.new_context(viewport={"width": 1366, "height": 900})
    page = ctx.new_page()
    page.goto(pairs_server + "/region/210100")
    assert page.locator("h1").inner_text().startswith("沈阳市")
    assert page.locator("html").get_attribute("lang") == "zh-CN"
    page.locator("#lang-toggle").click()
    page.wait_for_url("**lang=en*")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text().startswith("Shenyang Shi")
    gdp = page.locator("#chart-gdp-growth")
    assert page.locator("figure.mini", has=gdp).locator("figcaption").inner_text() == "GDP · growth (%)"
    assert page.locator("#charts h2").inner_text() == "Each indicator: target and outcome over the years"
    assert page.locator("header nav a").first.inner_text() == "Overview"
    page.wait_for_selector("#charts .minichart svg")
    legend = page.locator("#chart-gdp-growth svg").first.inner_html()
    assert "Target" in legend and "Outcome" in legend  # the chart speaks the page's language
    _shot(page, "region-charts-en")
    # the choice is remembered: the overview, reached by a plain link, stays in English
    page.locator("header nav a").first.click()
    page.wait_for_url(pairs_server + "/")
    assert page.locator("h1").inner_text() == "What the store holds"
    assert page.locator("#regions a", has_text="Shenyang Shi").count() == 1
    page.locator("#lang-toggle").click()
    page.wait_for_url("**lang=zh*")
    assert page.locator("h1").inner_text() == "数据概览"
    ctx.close()
