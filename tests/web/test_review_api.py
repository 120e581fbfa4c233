"""Review mode of the dashboard: writes only with --review and the page's CSRF token; 405 otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from zhibiao.store import Store
from zhibiao.web.app import create_app

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SHENYANG = SHARED / "corpus_pairs" / "107_shenyang_gwr_2025_targets_excerpt.txt"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    if not SHENYANG.exists():
        pytest.skip("../shared is not beside the checkout")
    path = tmp_path / "z.duckdb"
    assert Store(path).ingest([SHENYANG]).ok
    return path


def test_the_read_only_dashboard_answers_405_to_every_write(db: Path) -> None:
    fid = Store(db).facts()["fact_id"].iloc[0]
    with TestClient(create_app(db)) as c:
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
    with TestClient(app) as c:
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
