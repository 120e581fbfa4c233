"""In headless Chromium: the dashboard's review mode (``zhibiao serve --review``) over the real corpus.

A reviewer accepts a fact, corrects one, rejects one and adds one the extractor missed by
selecting its text with the mouse, all from the report page and its keys; each decision is read
back from the database (``zhibiao facts`` and the store) while the page never reloads and every
write carries the page's CSRF token. A read-only server over the same corpus shows none of it.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_browser import _shot, browser, chromium, serve  # noqa: F401  (fixtures shared with the page tests)

from zhibiao.store import Store

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
REGION = "福州市"  # its 2024 report states 工业固定资产投资增长30% (an outcome the extractor leaves out)
MISSED = "工业固定资产投资增长30%"
CSP_WATCH = """document.addEventListener('securitypolicyviolation', function (e) {
  (window.__csp = window.__csp || []).push(e.violatedDirective + ' ' + e.blockedURI); });"""
# the first and last character of the first occurrence of a phrase in the report text, scrolled into
# view: their boxes in the viewport, for a mouse drag across the phrase
CHAR_BOXES = """(phrase) => {
  const root = document.getElementById('report-text');
  const at = root.textContent.indexOf(phrase);
  if (at < 0) return null;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let pos = 0, node, first = null, last = null;
  while ((node = walker.nextNode())) {
    const len = node.data.length;
    if (!first && at < pos + len) first = [node, at - pos];
    if (at + phrase.length - 1 < pos + len) { last = [node, at + phrase.length - 1 - pos]; break; }
    pos += len;
  }
  first[0].parentElement.scrollIntoView({ block: 'center' });
  const box = ([n, i]) => { const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 1);
                             const b = r.getBoundingClientRect(); return [b.left, b.right, (b.top + b.bottom) / 2]; };
  return [box(first), box(last)];
}"""


def _report(db: Path, region: str) -> tuple[str, int, str, str]:
    """(report id, report year, document name, report text) of ``region``'s report in the store."""
    with Store(db).connection() as con:
        doc_id, rep, year, doc, text = con.execute(
            "SELECT r.doc_id, r.report, r.report_year, d.name, r.text FROM reports r "
            "JOIN documents d ON d.id = r.doc_id WHERE r.region = ?", [region]).fetchone()  # fmt: skip
    return f"{doc_id}-{rep}", int(year), str(doc), str(text)


def _facts(db: Path, *options: str) -> list[dict]:
    """``zhibiao facts --format json`` over ``db``, as another process reads it while the server runs."""
    out = subprocess.run([sys.executable, "-m", "zhibiao.cli.main", "facts", "--db", str(db), "--format", "json",
                          *options], capture_output=True, text=True, timeout=120)  # fmt: skip
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def _drag_select(page, phrase: str) -> None:
    """Select ``phrase`` in the report text as a person does: press before its first character, drag
    to after its last."""
    boxes = page.evaluate(CHAR_BOXES, phrase)
    assert boxes is not None, f"{phrase} is not in the report"
    (left, _r, y0), (_l, right, y1) = boxes
    page.mouse.move(left + 1, y0)
    page.mouse.down()
    page.mouse.move(right - 1, y1, steps=12)
    page.mouse.up()


@pytest.fixture(scope="module")
def review_db(corpus_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the corpus store to decide on (the other page tests read the original)."""
    path = tmp_path_factory.mktemp("webreview") / "review.duckdb"
    shutil.copyfile(corpus_db, path)
    return path


@pytest.fixture(scope="module")
def review_server(review_db: Path) -> Iterator[str]:
    with serve(review_db, "--review", "--reviewer", "li") as base:
        yield base


def test_accept_correct_reject_and_add_by_selecting_text(browser, review_server: str, review_db: Path) -> None:  # noqa: F811
    rid, year, doc, text = _report(review_db, REGION)
    machine = sorted((f for f in _facts(review_db, "--doc", doc) if f["region"] == REGION),
                     key=lambda f: (f["start_char"], f["end_char"]))  # fmt: skip
    assert len(machine) >= 3 and all(f["review"] == "machine" for f in machine)
    assert MISSED not in {f["text"] for f in machine}  # the extractor left it out

    ctx = browser.new_context(viewport={"width": 1500, "height": 900})
    ctx.add_init_script(CSP_WATCH)
    page = ctx.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    posts = []
    page.on("request", lambda r: posts.append(r) if r.method != "GET" else None)
    page.goto(f"{review_server}/report/{rid}")
    token = page.locator('meta[name="csrf-token"]').get_attribute("content")
    assert token and len(token) >= 32
    page.evaluate("window.__samePage = true")  # gone if anything reloads the page
    keys = page.locator("#rv-keys").inner_text()
    for key in ("n", "p", "a", "r", "e", "f", "Esc"):
        assert f"{key}\n" in keys or f"{key} " in keys, (key, keys)  # each key is documented on the page
    panel = page.locator("#review-panel")
    shown = lambda k: page.locator(f'#rv-fact dd[data-k="{k}"]').inner_text()  # noqa: E731

    # accept: n picks the first fact in reading order (its mark highlighted), a accepts it
    page.keyboard.press("n")
    first = machine[0]
    assert shown("fact_id") == first["fact_id"] and shown("text") == first["text"]
    assert shown("period") == str(first["period"]) and "(" + first["indicator"] + ")" in shown("indicator")
    mark = page.locator(f'mark.fact[data-fid="{first["fact_id"]}"]').first
    assert "hl" in (mark.get_attribute("class") or "") and mark.get_attribute("data-review") == "machine"
    _shot(page, "review-pick")
    page.keyboard.press("a")
    page.wait_for_selector(f'mark.fact[data-fid="{first["fact_id"]}"][data-review="accepted"]')
    assert shown("fact_id") == machine[1]["fact_id"]  # on to the next fact
    got = _facts(review_db, "--review", "accepted")
    assert [(f["fact_id"], f["reviewer"]) for f in got] == [(first["fact_id"], "li")]

    # correct: e opens the fields as they are; the period changes, nothing else
    second = machine[1]
    page.keyboard.press("e")
    assert page.input_value("#rv-e-period") == str(second["period"])
    assert page.input_value("#rv-e-indicator") == second["indicator"]
    assert page.input_value("#rv-e-role") == second["role"]
    page.fill("#rv-e-period", str(second["period"] - 1))
    page.press("#rv-e-period", "Enter")
    page.wait_for_selector(f'mark.fact[data-fid="{second["fact_id"]}"][data-review="corrected"]')
    assert shown("period") == str(second["period"] - 1) and "li" in shown("review")
    assert page.locator("#rv-edit-form").is_hidden()
    _shot(page, "review-corrected")
    (got,) = _facts(review_db, "--review", "corrected")
    assert got["fact_id"] == second["fact_id"] and got["period"] == second["period"] - 1
    assert got["reviewer"] == "li"
    assert {k: got[k] for k in ("indicator", "role", "measure", "value", "text", "start_char")} == {
        k: second[k] for k in ("indicator", "role", "measure", "value", "text", "start_char")}

    # reject: r asks for a reason (Esc cancels); the fact stays on the page, struck out
    page.keyboard.press("n")
    third = machine[2]
    assert shown("fact_id") == third["fact_id"]
    page.keyboard.press("r")
    assert page.locator("#rv-reject-form").is_visible()
    page.keyboard.press("Escape")
    assert page.locator("#rv-reject-form").is_hidden()
    page.keyboard.press("r")
    page.fill("#rv-reason", "a development zone's figure")
    page.press("#rv-reason", "Enter")
    page.wait_for_selector(f'mark.fact[data-fid="{third["fact_id"]}"][data-review="rejected"]')
    assert third["fact_id"] not in {f["fact_id"] for f in _facts(review_db, "--doc", doc)}
    with Store(review_db).connection() as con:
        assert con.execute("SELECT reason, reviewer FROM corrections WHERE action = 'reject'").fetchall() == [
            ("a development zone's figure", "li")]

    # add: drag across the missed figure; the page offers "add a fact" with its value and unit read
    _drag_select(page, MISSED)
    assert page.evaluate("window.getSelection().toString()") == MISSED
    offer = page.locator("#rv-add")
    offer.wait_for(state="visible")
    _shot(page, "review-select")
    offer.click()
    assert page.locator("#rv-add-text").inner_text() == MISSED
    assert (page.input_value("#rv-a-value"), page.input_value("#rv-a-unit")) == ("30", "%")
    page.fill("#rv-a-indicator", "industrial_investment")
    page.select_option("#rv-a-role", "actual")
    page.fill("#rv-a-period", str(year - 1))
    page.select_option("#rv-a-measure", "growth")
    page.locator("#rv-add-form button[type=submit]").click()
    page.wait_for_selector('mark.fact[data-review="added"]')
    added_marks = page.locator('mark.fact[data-review="added"]')
    assert "".join(added_marks.all_inner_texts()) == MISSED
    assert shown("text") == MISSED and shown("review").startswith("人工添加")
    _shot(page, "review-added")

    (added,) = _facts(review_db, "--review", "added")
    assert (added["indicator"], added["role"], added["period"], added["measure"], added["unit"]) == (
        "industrial_investment", "actual", year - 1, "growth", "%")
    assert added["value"] == 30 and added["text"] == MISSED and added["reviewer"] == "li"
    raw = (SHARED / "corpus" / doc).read_bytes()
    assert raw[added["byte_start"] : added["byte_end"]] == MISSED.encode("utf-8")  # exact bytes of the file
    assert raw.decode("utf-8")[added["start_char"] : added["end_char"]] == MISSED
    with Store(review_db).connection() as con:
        ns, ne = con.execute("SELECT norm_start, norm_end FROM effective_facts WHERE review = 'added'").fetchone()
    assert text[ns:ne] == MISSED and text.index(MISSED) == ns
    assert added_marks.first.get_attribute("data-fid") == added["fact_id"]

    # one page all along; each write carried the page's token; nothing the CSP blocks was needed
    assert page.evaluate("window.__samePage") is True
    assert [p.url.rsplit("/", 1)[1] for p in posts] == ["accept", "correct", "reject", "add"]
    assert all(p.headers.get("x-csrf-token") == token for p in posts)
    assert page.evaluate("window.__csp || []") == []
    assert not errors, errors
    assert panel.get_attribute("data-review") == "added"
    ctx.close()


def test_read_only_server_shows_no_review_controls(browser, corpus_db: Path) -> None:  # noqa: F811
    rid, _year, _doc, _text = _report(corpus_db, REGION)
    with serve(corpus_db) as base:
        ctx = browser.new_context(viewport={"width": 1500, "height": 900})
        page = ctx.new_page()
        writes = []
        page.on("request", lambda r: writes.append(r.url) if r.method != "GET" else None)
        page.goto(f"{base}/report/{rid}")
        assert page.locator("mark.fact[data-fid]").count() > 0  # fact ids are on the marks all the same
        for sel in ("#review-panel", "#rv-add", 'meta[name="csrf-token"]', 'script[src*="review"]',
                    "#rv-accept", "#rv-keys"):  # fmt: skip
            assert page.locator(sel).count() == 0, sel
        page.keyboard.press("n")
        page.keyboard.press("a")
        _drag_select(page, MISSED)
        assert page.evaluate("window.getSelection().toString()") == MISSED
        page.keyboard.press("f")
        assert page.locator("button:visible", has_text="添加").count() == 0
        assert "数据只读" in page.locator("footer").inner_text()
        _shot(page, "review-read-only")
        assert writes == []
        status = page.evaluate("""fetch('/api/review/accept', {method: 'POST', headers: {'Content-Type':
            'application/json'}, body: '{}'}).then(r => r.status)""")
        assert status == 405
        ctx.close()


def test_review_panel_on_a_phone_leaves_the_picked_figure_in_sight(browser, review_server: str,  # noqa: F811
                                                                   review_db: Path) -> None:
    rid, _year, _doc, _text = _report(review_db, REGION)
    ctx = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True)
    page = ctx.new_page()
    page.goto(f"{review_server}/report/{rid}")
    for _ in range(5):
        page.locator("#rv-next").click()
    page.wait_for_timeout(300)  # the scroll to the fact
    mark, panel = page.locator("mark.fact.hl").first, page.locator("#review-panel")
    m, p, h = mark.bounding_box(), panel.bounding_box(), page.locator("header.top").bounding_box()
    assert m is not None and p is not None and h is not None
    assert h["y"] + h["height"] <= m["y"] and m["y"] + m["height"] <= p["y"]  # below the header, above the panel
    assert p["y"] + p["height"] <= 844 + 1 and page.locator("#rv-accept").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390 + 1
    _shot(page, "review-phone")
    ctx.close()
