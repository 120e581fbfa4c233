"""The dashboard's pages, CSV twins and JSON API over the real corpus, through FastAPI's TestClient."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient

from zhibiao.web.app import create_app
from zhibiao.web.render import Ann, render


@pytest.fixture(scope="module")
def client(corpus_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(corpus_db, idle_seconds=-1), base_url="http://127.0.0.1") as c:
        yield c


def _csv_rows(resp) -> list[dict[str, str]]:
    assert resp.status_code == 200
    assert resp.headers["content-type"].startswith("text/csv")
    assert "attachment" in resp.headers["content-disposition"]
    return list(csv.DictReader(io.StringIO(resp.content.decode("utf-8-sig"))))


def _jinan(client: TestClient) -> dict:
    params = {"region": "济南市", "indicator": "gdp", "role": "target"}
    return client.get("/api/facts", params=params).json()


def test_overview_lists_regions_reports_and_indicators(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200
    assert r.headers["content-type"] == "text/html; charset=utf-8"
    assert "济南市" in r.text and "遂宁市安居区" in r.text
    assert 'href="/region/370100"' in r.text
    assert 'href="/indicator/gdp?year=' in r.text
    assert '"PingFang SC"' in client.get("/static/style.css").text
    rows = _csv_rows(client.get("/", params={"format": "csv", "table": "reports"}))
    assert len(rows) == 11 and {"济南市", "沈阳市"} <= {x["region"] for x in rows}


def test_region_page_shows_jinan_gdp_target_linked_to_its_source(client: TestClient) -> None:
    r = client.get("/region/370100")
    assert r.status_code == 200
    fid = next(f["id"] for f in _jinan(client)["facts"] if f["value"] == 5.5)
    # the target 5.5%以上 is shown as ≥5.5% and links to its exact span in the report viewer
    link = rf'<a class="fv role-target" href="(/report/[\d-]+#fact-{fid})" title="([^"]+)"[^>]*>≥5.5%</a>'
    m = re.search(link, r.text)
    assert m and m.group(2) == "地区生产总值增长5.5%以上"
    assert client.get("/region/济南").text == r.text  # a short name resolves to the same page
    assert 'class="minichart"' in r.text and "/static/echarts.min.js" in r.text
    rows = _csv_rows(client.get("/region/370100", params={"format": "csv"}))
    gdp = [x for x in rows if x["indicator"] == "gdp" and x["period"] == "2024" and x["measure"] == "growth"]
    assert gdp and "≥5.5%" in gdp[0]["target"] and str(fid) in gdp[0]["target_fact_ids"]
    facts = _csv_rows(client.get("/region/370100", params={"format": "csv", "table": "facts"}))
    assert "地区生产总值增长5.5%以上" in {x["text"] for x in facts}


def test_report_viewer_marks_each_fact_at_its_exact_span(client: TestClient) -> None:
    api = client.get("/api/report/5-1").json()
    assert api["meta"]["region"] == "济南市" and api["facts"]
    html = client.get("/report/5-1").text
    for f in api["facts"]:
        assert api["text"][f["norm_start"]:f["norm_end"]] == f["text"]
        m = re.search(rf'<mark id="fact-{f["id"]}" [^>]*>(.*?)</mark>', html, re.S)
        assert m, f["id"]
        inner = re.sub(r"<[^>]+>", "", m.group(1))
        assert f["text"].startswith(inner.replace("&amp;", "&"))  # the first piece starts the fact's span
    assert 'class="sec d1' in html and 'id="sec-1"' in html  # sections outlined
    terms = client.get("/report/1-1").text  # this report has a 名词解释 section
    assert re.search(r'<abbr class="term" title="两新：指大规模设备更新和消费品以旧换新。">两新</abbr>', terms)
    assert client.get("/report/5-1", params={"q": "地区生产总值"}).text.count('class="hit"') >= 1
    rows = _csv_rows(client.get("/report/5-1", params={"format": "csv"}))
    assert len(rows) == len(api["facts"])


def test_renderer_nests_overlapping_annotations_and_escapes() -> None:
    html = render("a<b>cdef", [Ann(1, 5, 2, "mark", {"id": "fact-1", "data-fact": "1"}),
                               Ann(3, 7, 3, "span", {"data-mention": "9"})])  # fmt: skip
    assert html == ('a<mark id="fact-1" data-fact="1">&lt;b<span data-mention="9">&gt;c</span></mark>'
                    '<span data-mention="9" data-cont="1">de</span>f')


def test_indicator_page_ranks_regions(client: TestClient) -> None:
    r = client.get("/indicator/gdp", params={"year": 2024})
    assert r.status_code == 200
    assert "济南市" in r.text and 'id="chart-hist"' in r.text
    rows = _csv_rows(client.get("/indicator/gdp", params={"year": 2024, "format": "csv"}))
    vals = [float(x["target_value"]) for x in rows if x["target_value"]]
    assert vals == sorted(vals, reverse=True) and len(rows) >= 5
    pref = client.get("/api/indicator/gdp", params={"year": 2024, "level": "county"}).json()
    assert all(row["region_code"] and not row["region_code"].endswith("00") for row in pref["rows"])
    sichuan = client.get("/api/indicator/gdp", params={"year": 2024, "parent": "510000"}).json()
    assert sichuan["rows"] and all(row["region_code"].startswith("51") for row in sichuan["rows"])


def test_search_with_filters_and_csv(client: TestClient) -> None:
    r = client.get("/search", params={"q": "地区生产总值"})
    assert r.status_code == 200 and "<mark>地区生产总值</mark>" in r.text
    api = client.get("/api/search", params={"q": "地区生产总值", "region": "370100"}).json()
    assert api["count"] >= 1 and {h["region"] for h in api["hits"]} == {"济南市"}
    assert all(h["before"] + h["match"] + h["after"] for h in api["hits"])
    none = client.get("/api/search", params={"q": "地区生产总值", "year": 1990}).json()
    assert none["count"] == 0
    rows = _csv_rows(client.get("/search", params={"q": "地区生产总值", "format": "csv"}))
    assert len(rows) >= api["count"]


def test_api_shapes(client: TestClient) -> None:
    reg = client.get("/api/region/370100").json()
    assert reg["region"]["region"] == "济南市" and reg["region"]["province"] == "山东省"
    row = next(x for x in reg["scorecard"] if x["indicator"] == "gdp" and x["period"] == 2024)
    assert row["targets"][0]["url"].startswith("http://127.0.0.1/report/")  # absolute: it leads back from a file
    facts = client.get("/api/facts", params={"region": "济南市", "year": 2024, "role": "target"}).json()
    assert facts["count"] == len(facts["facts"]) > 0
    assert all(f["role"] == "target" and f["period"] == 2024 for f in facts["facts"])
    assert _csv_rows(client.get("/api/facts", params={"indicator": "gdp", "format": "csv"}))
    checks = client.get("/api/checks").json()
    assert checks["count"] == len(checks["flags"])
    assert client.get("/checks").status_code == 200
    spec = client.get("/openapi.json").json()
    assert {"/api/region/{code}", "/api/facts", "/api/report/{rid}", "/api/search", "/api/indicator/{ind}",
            "/api/checks"} <= set(spec["paths"])


@pytest.mark.parametrize("url", ["/region/999999", "/region/火星市", "/report/99-1", "/indicator/no_such",
                                 "/api/region/999999", "/api/report/1-99", "/api/indicator/no_such"])
def test_unknown_ids_are_404(client: TestClient, url: str) -> None:
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("url", ["/report/abc", "/api/report/1", "/api/facts?year=abc",
                                 "/api/facts?year=1200", "/api/facts?role=boss", "/indicator/gdp?level=xx",
                                 "/indicator/gdp?parent=x1", "/search?type=novel&q=a", "/api/search",
                                 "/api/search?q=", "/region/x?format=pdf",
                                 "/api/facts?region=" + "长" * 100, "/indicator/gdp;drop"])
def test_bad_parameters_are_422(client: TestClient, url: str) -> None:
    assert client.get(url).status_code == 422


def test_sql_injection_is_just_text(client: TestClient) -> None:
    r = client.get("/api/facts", params={"region": "济南市' OR '1'='1"})
    assert r.status_code == 200 and r.json()["count"] == 0
    s = client.get("/api/search", params={"q": "'); DROP TABLE facts; --"})
    assert s.status_code == 200 and s.json()["count"] == 0
    assert _jinan(client)["count"] >= 1


def test_schemathesis_finds_no_server_errors(corpus_db: Path) -> None:
    schemathesis = pytest.importorskip("schemathesis")
    from hypothesis import HealthCheck, given, settings
    from schemathesis.checks import not_a_server_error

    app = create_app(corpus_db, idle_seconds=-1, allow_hosts=["testserver"])  # schemathesis's Host
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    tested, calls = 0, []
    for op in schema.get_all_operations():
        operation = op.ok()

        @settings(max_examples=25, deadline=None, derandomize=True,
                  suppress_health_check=list(HealthCheck), database=None)  # fmt: skip
        @given(case=operation.as_strategy())
        def run(case) -> None:
            resp = case.call()
            calls.append(resp.status_code)
            assert resp.status_code < 500, (case.path, case.query, resp.status_code)
            case.validate_response(resp, checks=[not_a_server_error])

        run()
        tested += 1
    assert tested >= 12 and len(calls) >= 100
    assert 200 in calls  # generated cases reached the handlers, not just the validation
