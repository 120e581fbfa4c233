"""Review mode of the dashboard: writes only with --review and the page's CSRF token; 405 otherwise.
The report page of review mode carries the token, the review panel and its script; a read-only one none."""

from __future__ import annotations

import html
import json
import re
import tomllib
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from zhibiao.review import Reviewer
from zhibiao.store import Store
from zhibiao.web import review
from zhibiao.web.app import create_app

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SHENYANG = SHARED / "corpus_pairs" / "107_shenyang_gwr_2025_targets_excerpt.txt"
WEB = Path(review.__file__).resolve().parent


@pytest.fixture
def db(tmp_path: Path) -> Path:
    if not SHENYANG.exists():
        pytest.skip("../shared is not beside the checkout")
    path = tmp_path / "z.duckdb"
    assert Store(path).ingest([SHENYANG]).ok
    return path


def test_the_read_only_dashboard_answers_405_to_every_write(db: Path) -> None:
    fid = Store(db).facts()["fact_id"].iloc[0]
    with TestClient(create_app(db), base_url="http://127.0.0.1") as c:
        for method in ("POST", "PUT", "PATCH", "DELETE"):
            for url in ("/api/review/accept", "/", "/api/facts", "/nowhere"):
                r = c.request(method, url, json={"fact_id": fid})
                assert r.status_code == 405, (method, url, r.status_code)
        assert c.get("/api/facts?limit=1").status_code == 200
    assert Store(db).facts(review="accepted").empty


def test_review_writes_need_the_csrf_token(db: Path) -> None:
    f = Store(db).facts().iloc[0]
    app = create_app(db, review=True, reviewer="li")
    token = app.state.csrf_token
    with TestClient(app, base_url="http://127.0.0.1") as c:
        assert c.post("/api/review/accept", json={"fact_id": f["fact_id"]}).status_code == 403
        bad = {"X-CSRF-Token": token[:-1] + ("A" if token[-1] != "A" else "B")}
        assert c.post("/api/review/accept", json={"fact_id": f["fact_id"]}, headers=bad).status_code == 403
        other = {"X-CSRF-Token": token, "Origin": "http://evil.example"}
        assert c.post("/api/review/accept", json={"fact_id": f["fact_id"]}, headers=other).status_code == 403
        assert Store(db).facts(review="accepted").empty
        ok = {"X-CSRF-Token": token}
        assert c.get("/api/facts?limit=1").status_code == 200  # the read connection is open...
        r = c.post("/api/review/accept", json={"fact_id": f["fact_id"]}, headers=ok)  # ...and let go to write
        assert r.status_code == 200 and r.json()["action"] == "accept"
        r = c.post("/api/review/correct", json={"fact_id": f["fact_id"], "fields": {"period": "2024"}}, headers=ok)
        assert r.status_code == 200
        r = c.post("/api/review/correct", json={"fact_id": f["fact_id"], "fields": {"period": "soon"}}, headers=ok)
        assert r.status_code == 422 and "period must be a year" in r.json()["detail"]
        text = SHENYANG.read_text(encoding="utf-8")
        with Store(db).connection() as con:
            doc_id, rtext = con.execute("SELECT doc_id, text FROM reports").fetchone()
        phrase = "全年谋划项目总投资5.5万亿元以上"
        at = rtext.index(phrase)
        r = c.post("/api/review/add", headers=ok, json={
            "report_id": f"{doc_id}-1", "start": at,
            "end": at + len(phrase), "fields": {"indicator": "fixed_asset_investment", "role": "target",
                                                "measure": "level", "value": "5.5", "unit": "万亿元"}})
        assert r.status_code == 200, r.text
        assert c.get("/api/facts?limit=50").status_code == 200
    got = Store(db).facts().set_index("fact_id")
    assert got.loc[f["fact_id"], ["period", "review", "reviewer"]].tolist() == [2024, "corrected", "li"]
    added = got[got["review"] == "added"].iloc[0]
    assert added["text"] == phrase and text[int(added["start_char"]) : int(added["end_char"])] == phrase


def _rid(db: Path) -> str:
    with Store(db).connection() as con:
        doc_id, rep = con.execute("SELECT doc_id, report FROM reports").fetchone()
    return f"{doc_id}-{rep}"


def _panel_facts(page: str) -> list[dict]:
    m = re.search(r"data-facts='([^']*)'", page)
    assert m is not None
    return json.loads(html.unescape(m.group(1)))


def test_review_page_carries_token_panel_and_every_fact_with_its_state(db: Path) -> None:
    facts = Store(db).facts().sort_values("start_char")
    rejected, corrected = facts["fact_id"].iloc[0], facts["fact_id"].iloc[1]
    rv = Reviewer(db, "wang")
    rv.reject(rejected, "a district's figure")
    rv.correct(corrected, {"period": "2023", "value": "6.50"})
    app = create_app(db, review=True, reviewer="wang")
    with TestClient(app, base_url="http://127.0.0.1") as c:
        r = c.get(f"/report/{_rid(db)}")
    assert r.status_code == 200 and r.headers["cache-control"] == "no-store"
    page = r.text
    assert f'<meta name="csrf-token" content="{app.state.csrf_token}">' in page
    assert '<script src="/static/review.js"></script>' in page and 'id="review-panel"' in page
    panel = _panel_facts(page)
    # every fact, the rejected one too (to be decided again), in reading order, with its state
    assert {f["fact_id"] for f in panel} == set(facts["fact_id"])
    assert [f["start"] for f in panel] == sorted(f["start"] for f in panel)
    by_id = {f["fact_id"]: f for f in panel}
    assert by_id[rejected]["review"] == "rejected" and by_id[rejected]["reviewer"] == "wang"
    fixed = by_id[corrected]
    assert (fixed["review"], fixed["raw"]["period"], fixed["raw"]["value"]) == ("corrected", "2023", "6.5")
    assert fixed["show"]["review"] == "已更正 · wang"
    for fid, state in ((rejected, "rejected"), (corrected, "corrected")):
        assert re.search(rf'<mark [^>]*data-fid="{fid}" data-review="{state}"', page), fid
    # the read-only pages leave the rejected fact out, and show no control
    with TestClient(create_app(db), base_url="http://127.0.0.1") as c:
        ro = c.get(f"/report/{_rid(db)}").text
    assert f'data-fid="{corrected}"' in ro and f'data-fid="{rejected}"' not in ro
    for control in ("csrf-token", "review.js", "review-panel", "rv-accept", "rv-add"):
        assert control not in ro, control


def test_review_page_runs_no_inline_script(db: Path) -> None:
    """What a Content-Security-Policy of script-src 'self' allows: scripts by src, no on* handlers."""
    with TestClient(create_app(db, review=True, reviewer="wang"), base_url="http://127.0.0.1") as c:
        page = c.get(f"/report/{_rid(db)}?lang=en").text
    assert re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", page) == []
    assert re.findall(r"<[^>]+\son[a-z]+\s*=", page) == []
    assert "javascript:" not in page


def test_review_text_is_given_in_english_too() -> None:
    """Every Chinese string of the panel and of review.js's messages has an English entry."""
    en = tomllib.loads((WEB / "ui_en.toml").read_text(encoding="utf-8"))["text"]
    panel = (WEB / "templates" / "review_panel.html").read_text(encoding="utf-8")
    strings = set(re.findall(r"""t\(["']([^"']+)["']\)""", panel)) | set(review._MESSAGES.values())
    cjk = {s for s in strings if re.search(r"[\u4e00-\u9fff]", s)}
    assert len(cjk) >= 30
    assert sorted(cjk - set(en)) == []
    labels = tomllib.loads((WEB / "ui_en.toml").read_text(encoding="utf-8"))["labels"]["review"]
    assert set(labels) == {"machine", "accepted", "corrected", "added", "rejected"}
