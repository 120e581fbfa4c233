"""The /terms and /glossary pages, their CSV twins and JSON API over the real corpus (TestClient)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

import duckdb
from fastapi.testclient import TestClient

from zhibiao.web.app import create_app

TERM = "低空经济"


@pytest.fixture(scope="module")
def client(corpus_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(corpus_db, idle_seconds=-1), base_url="http://127.0.0.1") as c:
        yield c


@pytest.fixture(scope="module")
def stored(corpus_db: Path) -> list[tuple[str, str, str, int]]:
    """(report id, region, level, occurrences of TERM) for every stored report, counted in its text."""
    con = duckdb.connect(str(corpus_db), read_only=True)
    try:
        rows = con.execute("SELECT doc_id, report, region, level, text FROM reports").fetchall()
    finally:
        con.close()
    return [(f"{d}-{r}", reg, lv, (text or "").count(TERM)) for d, r, reg, lv, text in rows]


def _csv_rows(resp) -> list[dict[str, str]]:
    assert resp.status_code == 200
    assert resp.headers["content-type"].startswith("text/csv")
    assert "attachment" in resp.headers["content-disposition"]
    return list(csv.DictReader(io.StringIO(resp.content.decode("utf-8-sig"))))


def test_terms_by_region_lists_exactly_the_regions_whose_text_contains_it(client: TestClient, stored) -> None:
    with_term = {reg: 0 for rid, reg, lv, n in stored if n}
    for _rid, reg, _lv, n in stored:
        if n:
            with_term[reg] += n
    assert with_term and len(with_term) < len({x[1] for x in stored})  # some regions have it, some not
    html = client.get("/terms", params={"q": TERM, "by": "region"})
    assert html.status_code == 200
    used = set(re.findall(rf'<tr class="used" data-term="{TERM}" data-key="([^"]+)">', html.text))
    zero = set(re.findall(rf'<tr class="zero" data-term="{TERM}" data-key="([^"]+)">', html.text))
    assert used == set(with_term) and not used & zero
    assert used | zero == {x[1] for x in stored}
    # the reports table links exactly the reports whose stored text contains it, highlighted in the viewer
    shown = set(re.findall(r'<tr data-term="[^"]+" data-region="[^"]*" data-report="([^"]+)">', html.text))
    assert shown == {rid for rid, _reg, _lv, n in stored if n}
    assert any(f'href="/report/{rid}?q=' in html.text for rid in shown)
    # the CSV twin says the same, with the occurrence counts
    rows = _csv_rows(client.get("/terms", params={"q": TERM, "by": "region", "format": "csv"}))
    assert {x["region"]: int(x["occurrences"]) for x in rows if int(x["reports_with"])} == with_term
    reps = _csv_rows(client.get("/terms", params={"q": TERM, "format": "csv", "table": "reports"}))
    assert {x["report_id"]: int(x["count"]) for x in reps} == {rid: n for rid, _r, _l, n in stored if n}
    api = client.get("/api/terms", params={"q": TERM, "by": "region"}).json()
    assert {x["region"] for x in api["rows"] if x["reports_with"]} == set(with_term)
    assert all(0 <= x["share"] <= 1 and x["rate_mean"] >= 0 for x in api["rows"])


def test_terms_chart_first_use_and_diffusion(client: TestClient, stored) -> None:
    r = client.get("/terms", params=[("q", TERM), ("q", "新质生产力")])
    assert r.status_code == 200
    assert 'id="chart-terms-rate" data-kind="line"' in r.text and "/static/echarts.min.js" in r.text
    api = client.get("/api/terms", params={"q": f"{TERM}，新质生产力"}).json()
    assert api["terms"] == [TERM, "新质生产力"]
    assert [s["name"] for s in api["chart_rate"]["series"]] == [TERM, "新质生产力"]
    assert all(len(s["data"]) == len(api["chart_rate"]["categories"]) for s in api["chart_share"]["series"])
    first = next(x for x in api["first_use"] if x["term"] == TERM)
    assert first["url"].startswith(f"http://127.0.0.1/report/{first['report_id']}") and first["report_id"] in {
        rid for rid, _r, _l, n in stored if n}
    assert first["regions"] == len({reg for _rid, reg, _lv, n in stored if n})
    diff = [x for x in api["diffusion"] if x["term"] == TERM]
    assert diff and all(0 <= x["regions_using"] <= x["regions_total"] for x in diff)
    # the CSV links of the page keep both repeated terms
    assert f"q={TERM}".replace(TERM, "%E4%BD%8E%E7%A9%BA%E7%BB%8F%E6%B5%8E") in r.text
    assert r.text.count("q=%E6%96%B0%E8%B4%A8%E7%94%9F%E4%BA%A7%E5%8A%9B") >= 4
    assert _csv_rows(client.get("/terms", params=[("q", TERM), ("format", "csv"), ("table", "diffusion")]))


def test_terms_filters_narrow_the_reports(client: TestClient) -> None:
    county = client.get("/api/terms", params={"q": TERM, "by": "level", "level": "county"}).json()
    assert {x["level"] for x in county["rows"]} == {"county"}
    anju = client.get("/api/terms", params={"q": TERM, "by": "region", "parent": "遂宁市安居区"}).json()
    assert [x["region"] for x in anju["rows"]] == ["遂宁市安居区"]
    none = client.get("/api/terms", params={"q": TERM, "years": "1990-1991"}).json()
    assert none["rows"] == [] and none["reports"] == []
    unused = client.get("/terms", params={"q": "<"})  # a term no report uses: no rows, no error
    assert unused.status_code == 200 and "没有报告提及这些词语" in unused.text
    # a form submitted with "all levels" sends level= : treated as no filter on the page
    assert client.get("/terms", params={"q": TERM, "level": "", "parent": "", "years": ""}).status_code == 200


def test_empty_terms_page_explains_and_offers_the_form(client: TestClient) -> None:
    for params in ({}, {"q": ""}, {"q": " ， "}):
        r = client.get("/terms", params=params)
        assert r.status_code == 200
        assert 'id="terms-help"' in r.text and 'id="terms-form"' in r.text and 'id="terms-freq"' not in r.text
    home = client.get("/").text
    assert 'href="/terms"' in home and 'href="/glossary"' in home


def test_glossary_shows_both_regions_definitions_of_liangxin(client: TestClient) -> None:
    r = client.get("/glossary", params={"q": "两新"})
    assert r.status_code == 200
    items = re.findall(r'<li data-region="([^"]+)">(.*?)</li>', r.text, re.S)
    regions = {reg for reg, _body in items}
    assert {"遂宁市安居区", "南充市高坪区"} <= regions
    assert all(re.search(r'href="/report/\d+-\d+"', body) and "以旧换新" in body for _reg, body in items)
    assert "一致" in r.text
    rows = _csv_rows(client.get("/glossary", params={"q": "两新", "format": "csv", "table": "entries"}))
    assert {"遂宁市安居区", "南充市高坪区"} <= {x["region"] for x in rows}
    whole = _csv_rows(client.get("/glossary", params={"format": "csv"}))
    assert len(whole) > 1 and "两新" in {x["key"] for x in whole}


def test_api_glossary_json_shape(client: TestClient) -> None:
    api = client.get("/api/glossary", params={"q": "两新"}).json()
    assert set(api) == {"q", "count", "terms"} and api["count"] == len(api["terms"]) == 1
    t = api["terms"][0]
    assert {"term", "key", "regions", "first_year", "last_year", "agree", "definitions"} <= set(t)
    assert t["regions"] == 2 and t["agree"] is True and isinstance(t["first_year"], int)
    for d in t["definitions"]:
        assert re.fullmatch(r"http://127\.0\.0\.1/report/\d+-\d+", d["url"]) and d["definition"]
        page = client.get(f"/api/report/{d['report_id']}").json()
        assert page["meta"]["region"] == d["region"]
    slogan = client.get("/api/glossary", params={"q": "1336"}).json()["terms"][0]
    assert slogan["agree"] is False and slogan["meanings"] == 2
    everything = client.get("/api/glossary").json()
    assert everything["count"] > 1 and everything["q"] is None
    assert client.get("/api/glossary", params={"q": "没有这个词语"}).json()["count"] == 0


@pytest.mark.parametrize("url", [
    "/terms?q=x&by=foo", "/terms?q=x&level=city", "/terms?q=x&years=abc", "/terms?q=x&years=20245",
    "/terms?q=x&format=pdf", "/terms?q=x&format=csv&table=nope", "/api/terms", "/api/terms?q=",
    "/api/terms?q=%00", "/api/terms?q=x&by=report", "/api/terms?q=" + "长" * 60, "/api/terms?" + "&".join(
        f"q=t{i}" for i in range(25)), "/api/glossary?q=" + "长" * 101, "/glossary?format=xls",
    "/api/terms?q=x&parent=" + "长" * 65,
])  # fmt: skip
def test_bad_parameters_are_422(client: TestClient, url: str) -> None:
    assert client.get(url).status_code == 422


def test_odd_but_valid_input_is_not_an_error(client: TestClient) -> None:
    for params in ({"q": "'); DROP TABLE reports; --"}, {"q": "低空經濟"}):
        r = client.get("/api/terms", params=params)
        assert r.status_code == 200, params
    r = client.get("/api/terms", params={"q": "x", "parent": "火星"})  # a typo is not "no reports" (issue 19)
    assert r.status_code == 422 and "unknown region '火星'" in r.json()["detail"]
    trad = client.get("/api/terms", params={"q": "低空經濟"}).json()  # traditional query, simplified text
    assert trad["terms"] == [TERM] and any(x["reports_with"] for x in trad["rows"])
    assert client.get("/glossary", params={"q": "<script>"}).status_code == 200
    assert "<script>" not in client.get("/glossary", params={"q": "<script>"}).text.split("<main>")[1]
