"""End to end in a real headless Chromium (Debian's package, driven by Playwright) against `zhibiao serve`.

The set-up installs ``chromium`` with apt-get when it is missing (CI starts from a clean machine)
and skips only if that fails. Screenshots of each page go to tests/web/artifacts/ (gitignored).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]  # fmt: skip
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"


@pytest.fixture(scope="session")
def chromium() -> str:
    """Path of the Chromium binary, installing Debian's package first if needed."""
    if not Path(CHROMIUM).exists():
        if shutil.which("apt-get") is None:
            pytest.skip("chromium is missing and apt-get is not available to install it")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        try:
            subprocess.run(["apt-get", "update"], check=True, capture_output=True, timeout=600, env=env)
            subprocess.run(["apt-get", "install", "-y", "chromium"], check=True, capture_output=True,
                           timeout=900, env=env)  # fmt: skip
        except (subprocess.SubprocessError, OSError) as e:
            pytest.skip(f"could not install chromium with apt-get: {e}")
        # CJK glyphs for readable screenshots; the tests themselves do not depend on it
        subprocess.run(["apt-get", "install", "-y", "fonts-noto-cjk"], capture_output=True, timeout=900,
                       env=env)  # fmt: skip
    if not Path(CHROMIUM).exists():
        pytest.skip("chromium installation did not provide /usr/bin/chromium")
    return CHROMIUM


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(corpus_db: Path) -> Iterator[str]:
    """`zhibiao serve` in a subprocess on a free port; its base URL."""
    with serve(corpus_db) as base:
        yield base


@contextmanager
def serve(db: Path, *options: str) -> Iterator[str]:
    """`zhibiao serve --db DB [OPTIONS]` in a subprocess on a free port, for the length of a ``with``: its base URL."""
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "zhibiao.cli.main", "serve", "--db", str(db), "--port", str(port), *options],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                with urllib.request.urlopen(base + "/api/overview", timeout=1) as r:
                    if r.status == 200:
                        break
            except OSError:
                if proc.poll() is not None:
                    out = proc.stdout.read().decode() if proc.stdout else ""
                    pytest.fail(f"zhibiao serve exited: {out}")
                time.sleep(0.1)
        else:
            pytest.fail("zhibiao serve did not answer within 20 s")
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="module")
def browser(chromium: str) -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, args=ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=False)


def test_overview_region_fact_click_search_and_csv(browser, server: str, tmp_path: Path) -> None:
    ctx = browser.new_context(viewport={"width": 1366, "height": 860}, accept_downloads=True)
    page = ctx.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))

    page.goto(server + "/")
    assert page.locator("h1").inner_text() == "数据概览"
    _shot(page, "overview")

    page.locator("#regions a", has_text="济南市").first.click()
    page.wait_for_url("**/region/370100")
    page.wait_for_selector("#charts .minichart svg")  # ECharts, served by the app itself, drew the charts
    _shot(page, "region")

    link = page.locator("#scorecard a.fv", has_text="≥5.5%").first
    expected = link.get_attribute("title")
    assert expected == "地区生产总值增长5.5%以上"
    link.click()
    page.wait_for_url("**/report/*#fact-*")
    hl = page.locator("mark.fact.hl")
    hl.first.wait_for()
    assert "".join(hl.all_inner_texts()) == expected  # the highlighted span is exactly the fact's text
    assert hl.first.is_visible()
    box = hl.first.bounding_box()
    assert box is not None and 0 <= box["y"] <= 860  # scrolled into view
    _shot(page, "report")

    # a fact chosen in the side list highlights its own span instead
    side = page.locator(".factlist a").nth(2)
    fid = side.get_attribute("data-fact-link")
    side.click()
    # a selector, not a JS string: the page's CSP refuses eval, which Playwright's polling of a string uses
    page.wait_for_selector(f'mark[data-fact="{fid}"].hl')
    assert page.locator("mark.fact.hl").count() >= 1

    page.goto(server + "/indicator/gdp?year=2024")
    page.wait_for_selector("#chart-hist svg")
    _shot(page, "indicator")

    page.fill("header input[name=q]", "地区生产总值")
    page.press("header input[name=q]", "Enter")
    page.wait_for_url("**/search?q=*")
    assert page.locator("#hits li").count() >= 5
    assert page.locator("#hits mark").first.inner_text() == "地区生产总值"
    _shot(page, "search")

    with page.expect_download() as dl:
        page.locator("a.csv").first.click()
    saved = tmp_path / "search.csv"
    dl.value.save_as(saved)
    text = saved.read_text(encoding="utf-8-sig")
    assert text.startswith("region,") and "地区生产总值" in text

    page.goto(server + "/checks")
    _shot(page, "checks")
    assert not errors, errors
    ctx.close()


def test_phone_layout(browser, server: str) -> None:
    ctx = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True)
    page = ctx.new_page()
    page.goto(server + "/region/370100")
    page.wait_for_selector("#charts .minichart svg")
    # no horizontal scrolling of the page itself: wide tables scroll inside their own box
    assert page.evaluate("document.documentElement.scrollWidth") <= 390 + 1
    _shot(page, "region-phone")
    page.goto(server + "/report/5-1")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390 + 1
    _shot(page, "report-phone")
    ctx.close()


CSP_WATCH = """document.addEventListener('securitypolicyviolation', function (e) {
  (window.__csp = window.__csp || []).push(e.violatedDirective + ' ' + e.blockedURI); });"""


def test_every_page_works_under_its_content_security_policy(browser, server: str) -> None:
    """The CSP header is on, and no page needs anything it blocks: charts still draw (issue 19)."""
    ctx = browser.new_context(viewport={"width": 1366, "height": 860})
    ctx.add_init_script(CSP_WATCH)
    page = ctx.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if "Content Security Policy" in m.text else None)
    charts = {"/region/370100": ".minichart svg", "/indicator/gdp?year=2024": "#chart-hist svg",
              "/terms?q=新质生产力": "#chart-terms-rate svg"}  # fmt: skip
    for url in ["/", "/region/370100", "/indicator/gdp?year=2024", "/report/5-1", "/search?q=经济", "/checks",
                "/terms?q=新质生产力", "/glossary?q=两新", "/docs", "/region/370100?lang=en"]:  # fmt: skip
        resp = page.goto(server + url)
        assert resp is not None and "script-src 'self'" in resp.headers["content-security-policy"], url
        if url in charts:
            page.wait_for_selector(charts[url])
        assert page.evaluate("window.__csp || []") == [], url
    assert not errors, errors
    ctx.close()


NO_SIDEWAYS = """() => [document.documentElement.scrollWidth,
  Math.max(0, ...Array.from(document.querySelectorAll('.tw')).map(e => e.scrollWidth - e.clientWidth))]"""


def test_glossary_terms_and_region_pages_on_a_phone(browser, server: str) -> None:
    """390 px wide: no sideways scrolling of the page or of any table; 名词解释 opens on a tap (issue 19)."""
    ctx = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True,
                              has_touch=True)  # fmt: skip
    page = ctx.new_page()
    for url in ["/glossary", "/glossary?q=两新", "/terms?q=新质生产力", "/terms?q=新质生产力&by=region",
                "/region/370100", "/region/510402", "/checks", "/search?q=经济"]:  # fmt: skip
        page.goto(server + url)
        page_width, table_overflow = page.evaluate(NO_SIDEWAYS)
        assert page_width <= 391 and table_overflow <= 1, (url, page_width, table_overflow)
        _shot(page, "phone" + url.replace("/", "-").replace("?", "-"))
    # the glossary's definitions are read in full, each labelled
    page.goto(server + "/glossary?q=两新")
    assert page.locator("#glossary td[data-label='释义'] li").first.is_visible()
    # a 名词解释 term in a report: a tap shows its definition
    page.goto(server + "/report/1-1")
    term = page.locator("abbr.term", has_text="两新").first
    term.scroll_into_view_if_needed()
    term.tap()
    tip = page.locator("#term-tip")
    tip.wait_for(state="visible")
    assert tip.inner_text().startswith("两新：") and "以旧换新" in tip.inner_text()
    box = tip.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 391
    page.locator("h1").tap()
    assert not tip.is_visible()
    # an exceeded target has a badge of its own colour
    page.goto(server + "/region/510402")
    badge = page.locator(".st-exceeded").first
    colours = badge.evaluate("e => [getComputedStyle(e).backgroundColor, "
                             "getComputedStyle(e.parentElement).backgroundColor]")
    assert colours[0] not in ("rgba(0, 0, 0, 0)", colours[1])
    ctx.close()
