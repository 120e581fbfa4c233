"""Search folds its query as the texts were folded (issue 19, item 9): ``經濟`` finds ``经济``."""

from __future__ import annotations

from pathlib import Path

import pytest

import zhibiao
from zhibiao.normalize import fold_query

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
NATIONAL = [SHARED / "corpus_pairs" / "101_cn_national_gwr_2024.txt", SHARED / "corpus" / "003_ee0cd8f568fba525.txt"]

if not all(p.is_file() for p in NATIONAL):
    pytest.skip("../shared corpora are missing", allow_module_level=True)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> zhibiao.api.Database:
    d = zhibiao.open(tmp_path_factory.mktemp("fold") / "f.duckdb")
    assert d.ingest(NATIONAL).ok  # 003 is written in traditional characters, 101 in simplified
    return d


@pytest.mark.parametrize(("query", "stored"), [
    ("經濟", "经济"), ("新質生產力", "新质生产力"), ("ＳＴＥＡＭ", "STEAM"), ("５%左右", "5%左右"),
    ("地區生產總值", "地区生产总值"), (" 经济 ", "经济"),
])  # fmt: skip
def test_a_query_is_folded_as_the_texts_were(db: zhibiao.api.Database, query: str, stored: str) -> None:
    assert fold_query(query) == stored
    want = db.search(stored, limit=10_000)
    got = db.search(query, limit=10_000)
    assert len(want) > 0 and got.to_dict("records") == want.to_dict("records")
    assert set(got["match"]) == {stored}


def test_the_dashboard_folds_too(db: zhibiao.api.Database) -> None:
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from zhibiao.web.app import create_app

    with TestClient(create_app(db.path, idle_seconds=-1), base_url="http://127.0.0.1") as c:
        trad = c.get("/api/search", params={"q": "經濟"}).json()
        simp = c.get("/api/search", params={"q": "经济"}).json()
        assert trad["count"] == simp["count"] > 0 and trad["hits"] == simp["hits"]
        page = c.get("/report/1-1", params={"q": "經濟"}).text
        assert 'class="hit"' in page  # the report viewer marks the folded query
