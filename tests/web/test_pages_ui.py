"""Dashboard pages a newcomer tripped over (issue 19, item 19): API docs offline, favicon, badges, paging,
.json/.csv twins, region finder. ``client`` is the dashboard over the corpus (conftest)."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient


def test_api_docs_work_offline_and_list_every_endpoint(client: TestClient) -> None:
    r = client.get("/docs")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "cdn" not in r.text.lower() and "<script>" not in r.text
    for path in client.get("/openapi.json").json()["paths"]:
        assert f"<code>{path}</code>" in r.text, path
    assert "<code>region</code>" in r.text and "Region code or name" in r.text  # parameters, described
    assert client.get("/redoc").status_code == 404  # ReDoc also came from a CDN


def test_favicon_is_served(client: TestClient) -> None:
    for url in ("/favicon.ico", "/static/favicon.svg"):
        r = client.get(url)
        assert r.status_code == 200 and r.headers["content-type"].startswith("image/svg+xml")
        assert r.content.startswith(b"<svg")
    assert 'rel="icon"' in client.get("/").text


def test_exceeded_has_its_own_badge(client: TestClient) -> None:
    assert ".st-exceeded" in client.get("/static/style.css").text
    html = client.get("/region/510402").text  # 攀枝花市东区 beat several of its 2023 targets
    assert '<span class="st st-exceeded">超额完成</span>' in html


def _occurrences(corpus_db: Path, q: str) -> int:
    import zhibiao

    n = zhibiao.open(corpus_db).sql(
        f"SELECT sum((length(text) - length(replace(text, '{q}', ''))) // {len(q)}) AS n FROM reports")
    return int(n["n"][0])


def test_search_gives_the_total_and_pages_through_it(client: TestClient, corpus_db: Path) -> None:
    total = _occurrences(corpus_db, "经济")
    assert total > 200  # more than the old cap of 200
    api = client.get("/api/search", params={"q": "经济"}).json()
    assert api["total"] == total and api["count"] == 200 and api["offset"] == 0
    seen: list[tuple[str, int]] = []
    page = 1
    while True:
        html = client.get("/search", params={"q": "经济", "page": page}).text
        assert f"共 {total} 处" in html
        hits = re.findall(r'<a href="(/report/[\d-]+)\?q=[^"#]*#q-(\d+)"', html)
        seen += [(h, int(k)) for h, k in hits]
        if 'rel="next"' not in html:
            break
        assert len(hits) == 50 and f"第 {page * 50 - 49}–{page * 50} 处" in html
        page += 1
    assert len(seen) == total and len(set(seen)) == total  # every hit once, none twice
    rows = list(csv.DictReader(io.StringIO(client.get("/search", params={"q": "经济", "format": "csv"})
                                           .content.decode("utf-8-sig"))))  # fmt: skip
    assert len(rows) == total


@pytest.mark.parametrize("url", ["/", "/region/370100", "/indicator/gdp?year=2024", "/report/5-1", "/search?q=经济",
                                 "/checks", "/terms?q=新质生产力", "/glossary?q=两新"])  # fmt: skip
def test_every_page_links_its_json_and_csv_twins(client: TestClient, url: str) -> None:
    html = client.get(url).text
    twins = re.search(r'id="twins">本页数据：<a href="([^"]+)"[^>]*>JSON</a> · <a href="([^"]+)"', html)
    assert twins, url
    js, cs = (h.replace("&amp;", "&") for h in twins.groups())
    path, _, query = url.partition("?")
    api = "/api/overview" if path == "/" else "/api" + path
    assert client.get(js).json() == client.get(api + ("?" + query if query else "")).json()
    sep = "&" if query else "?"
    assert client.get(cs).content == client.get(url + sep + "format=csv").content
    assert client.get(cs).headers["content-type"].startswith("text/csv")


def test_exports_carry_absolute_links_and_totals(client: TestClient) -> None:
    region = client.get("/region/370100.json").json()
    assert region["counts"]["facts"] == len(client.get("/api/facts", params={"region": "370100"}).json()["facts"])
    url = region["scorecard"][0]["targets"][0]["url"]
    assert url.startswith("http://127.0.0.1/report/") and client.get(url.split("#")[0]).status_code == 200
    facts = client.get("/api/facts", params={"limit": 3}).json()
    assert facts["count"] == 3 and facts["total"] > 3
    rows = list(csv.DictReader(io.StringIO(client.get("/checks.csv").content.decode("utf-8-sig"))))
    assert all(s.startswith("http://127.0.0.1/report/") for r in rows for s in r["sources"].split())


def test_region_finder_takes_short_names(client: TestClient) -> None:
    for q, code in [("安居", "510904"), ("安居区", "510904"), ("济南", "370100"), ("510904", "510904")]:
        r = client.get("/region", params={"q": q}, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == f"/region/{code}", q
    assert "<h1>遂宁市安居区" in client.get("/region/安居").text
    miss = client.get("/region", params={"q": "济南是"})
    assert miss.status_code == 404 and "did you mean 济南市" in miss.text
    assert 'id="region-finder"' in client.get("/").text
