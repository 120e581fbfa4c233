"""Reports whose region is not recognised are a labelled bucket, never one region (issue 19, item 10).

Two real reports of two cities (沈阳's 2024 plan report, 本溪's 2024 work report) with every place
name taken out: both state 2023 GDP growth (6%左右 and 5.5%). They are unrelated, so no check may
compare them, no scorecard may pair them, and the dashboard must not treat them as one region.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import zhibiao
from zhibiao.document.gazetteer import load as gazetteer

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SHENYANG_2024 = SHARED / "corpus_pairs" / "104_shenyang_plan_2024_excerpt.txt"
COMPILATION = SHARED / "corpus" / "004_856a73ee7808871b.txt"

if not COMPILATION.is_file() or not SHENYANG_2024.is_file():
    pytest.skip("../shared/corpus is missing", allow_module_level=True)


def without_places(text: str) -> str:
    """``text`` with every division it names (and the divisions above them) taken out, short names too."""
    g = gazetteer()
    words: set[str] = set()
    for m in g.mentions(text):
        for d in g.candidates(m.name):
            while d is not None and d.code != "000000":
                words.update(w for w in (d.name, d.short_name) if len(w) >= 2)
                d = g.parent(d)
    return re.sub("|".join(map(re.escape, sorted(words, key=len, reverse=True))), "", text)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> zhibiao.api.Database:
    tmp = tmp_path_factory.mktemp("unknown")
    (tmp / "plan_a.txt").write_text(without_places(SHENYANG_2024.read_text("utf-8")), "utf-8")
    benxi = next(r for r in zhibiao.read(COMPILATION) if r.meta.region == "本溪市")
    (tmp / "report_b.txt").write_text(without_places(benxi.text), "utf-8")
    d = zhibiao.open(tmp / "u.duckdb")
    assert d.ingest([tmp / "plan_a.txt", tmp / "report_b.txt"]).ok
    reps = d.reports()
    assert len(reps) == 2 and reps["region"].isna().all() and reps["region_code"].isna().all()
    gdp = d.facts(indicator="gdp", role="actual", year=2023)
    assert set(gdp["doc"]) == {"plan_a.txt", "report_b.txt"}  # both state a 2023 GDP result
    return d


def test_check_never_compares_two_unrecognised_reports(db: zhibiao.api.Database) -> None:
    flags = db.checks(refresh=True)
    assert flags[flags["rule"].isin(["result_conflict", "prior_target_mismatch"])].empty
    assert not any("None" in m for m in flags["message"])


def test_the_bucket_is_a_region_argument_of_its_own(db: zhibiao.api.Database) -> None:
    assert len(db.facts(region="未识别地区")) == len(db.facts())
    assert len(db.reports(region="unknown")) == 2
    assert not db.outcomes(region="未识别地区").empty  # each report's own targets, listed apart


@pytest.fixture(scope="module")
def client(db: zhibiao.api.Database) -> Iterator[object]:
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from zhibiao.web.app import create_app

    with TestClient(create_app(db.path, idle_seconds=-1), base_url="http://127.0.0.1") as c:
        yield c


def _region_links(html: str) -> list[str]:
    return re.findall(r'href="(/region/[^"]*)"', html)


@pytest.mark.parametrize("url", ["/", "/indicator/gdp?year=2023", "/indicator/gdp?year=2024", "/checks",
                                 "/search?q=地区生产总值", "/terms?q=高质量发展&by=region", "/report/1-1"])
def test_pages_link_the_bucket_never_an_empty_or_none_region(client, url: str) -> None:  # type: ignore[no-untyped-def]
    html = client.get(url).text
    links = _region_links(html)
    assert "/region/" not in links and "/region/None" not in links and not any("null" in x for x in links)
    assert all(x == "/region/unknown" for x in links), links
    if url in ("/", "/report/1-1", "/terms?q=高质量发展&by=region"):
        assert "未识别地区" in html and links


def test_the_indicator_chart_has_no_null_category(client) -> None:  # type: ignore[no-untyped-def]
    html = client.get("/indicator/gdp?year=2023").text
    chart = json.loads(re.search(r"data-chart='([^']*)'", html).group(1).replace("&#39;", "'"))
    assert None not in chart["categories"] and "null" not in chart["categories"]
    assert len(chart["categories"]) == 2 and all(c.startswith("未识别地区（") for c in chart["categories"])
    api = client.get("/api/indicator/gdp", params={"year": 2023}).json()
    assert len(api["rows"]) == 2  # one row per report, not one "region" holding both


def test_the_bucket_page_lists_the_reports_without_a_scorecard(client) -> None:  # type: ignore[no-untyped-def]
    for key in ("unknown", "未识别地区"):
        r = client.get(f"/region/{key}")
        assert r.status_code == 200
        assert "<h1>未识别地区" in r.text and 'id="unknown-note"' in r.text
        assert 'id="scorecard"' not in r.text and r.text.count('href="/report/') >= 2
    api = client.get("/api/region/unknown").json()
    assert api["scorecard"] == [] and len(api["reports"]) == 2
    assert client.get("/region/None").status_code == 404 and client.get("/region/null").status_code == 404


def test_the_cli_scorecard_of_the_bucket_never_pairs_two_reports(db: zhibiao.api.Database) -> None:
    """`zhibiao show 未识别地区` gave one row "6%左右 / 5.5%" for 2023 GDP from two unrelated reports:
    each report of the bucket keeps its own rows, its source named."""
    card = db.scorecard("未识别地区")
    assert not card.empty and not card["sources"].str.contains(",").any()
    gdp = card[(card["indicator"] == "gdp") & (card["measure"] == "growth") & (card["period"] == 2023)]
    assert sorted(gdp["sources"].str.split("#").str[0]) == ["plan_a.txt", "report_b.txt"]
    assert not gdp["actual"].str.contains(" / ").any()
