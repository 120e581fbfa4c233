"""Metadata the user gives: a manifest (CSV) and ``--region`` / ``--year`` on extract, inspect and ingest.

The given values win over the text, resolve against the divisions of their year, and are recorded
with source ``user``; a value zhibiao cannot use stops the command before any file is read.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from zhibiao import pipeline
from zhibiao.cli.main import _typer_app
from zhibiao.document.given import GivenMetaError, check, from_manifest, given_for, region_division
from zhibiao.errors import ZhibiaoInputError
from zhibiao.model import GivenMeta
from zhibiao.sources.manifest import read_manifest

# A news write-up that never names its year (a county session alone gives none).
NEWS = ("3月4日,贞丰县第十四届人民代表大会第四次会议隆重开幕,县委副书记、县人民政府县长秦昌政在大会上"
        "作政府工作报告。报告提出,地区生产总值增长12%。\n")
# An opening whose province is never named.
OPENING = ("(2007年2月1日)\n各位代表:\n现在,我代表省人民政府向大会作政府工作报告。\n一、2006年工作的回顾\n"
           "全年实现生产总值7497亿元,增长12.1%。\n")


def meta_of(text: str, given: GivenMeta | None):  # type: ignore[no-untyped-def]
    return pipeline.extract_bytes(text.encode(), "t.txt", given).reports[0].report.meta


def test_given_values_win_and_are_recorded_as_the_users() -> None:
    m = meta_of(NEWS, None)
    assert (m.report_year, m.year_source) == (None, None)
    m = meta_of(NEWS, GivenMeta(year=2014))
    assert (m.report_year, m.review_year, m.year_source) == (2014, 2013, "user")
    assert (m.region, m.region_source) == ("贞丰县", "session")  # still read
    m = meta_of(OPENING, GivenMeta(region="420000", report_type="plan_report"))
    assert (m.region, m.level, m.region_source) == ("湖北省", "province", "user")
    assert (m.report_type, m.type_source, m.report_year, m.year_source) == ("plan_report", "user", 2007, "date")


def test_the_year_given_sets_the_period_of_the_facts() -> None:
    res = pipeline.extract_bytes(NEWS.encode(), "t.txt", GivenMeta(year=2014))
    assert {f.period for rr in res.reports for f in rr.facts if f.indicator == "gdp"} == {2014}


def test_a_given_region_resolves_in_the_given_year() -> None:
    assert region_division("攀枝花市", 2024).code == "510400"
    assert region_division("渡口市", 1985).code == "510400"  # the same city before its renaming in 1987
    assert region_division("510904").full_name == "遂宁市安居区"
    assert region_division("全国").code == "000000"
    assert region_division("济南市市中区", 2024).code == "370103"


@pytest.mark.parametrize(("given", "message"), [
    (GivenMeta(region="市中区", year=2024), "names several divisions"),
    (GivenMeta(region="999999"), "is not an administrative division code"),
    (GivenMeta(region="火星市"), "is not the name of an administrative division"),
    (GivenMeta(year=1800), "is not a year"),
])  # fmt: skip
def test_given_values_zhibiao_cannot_use_are_refused(given: GivenMeta, message: str) -> None:
    with pytest.raises(GivenMetaError, match=message):
        check(given)


def test_flags_win_over_the_manifest_value_by_value() -> None:
    flags = GivenMeta(year=2020)
    assert flags.over(GivenMeta(region="安居区", year=2019)) == GivenMeta(region="安居区", year=2020)
    assert not GivenMeta() and GivenMeta().over(None) == GivenMeta()


# --- the manifest --------------------------------------------------------------------------------------
def _manifest(tmp_path: Path, text: str, encoding: str = "utf-8-sig") -> Path:
    p = tmp_path / "manifest.csv"
    p.write_bytes(text.encode(encoding))
    return p


def test_manifest_columns_paths_and_empty_cells(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    p = _manifest(tmp_path, "File,Region_Code,year,type\na/one.txt,510904,2025,计划\ntwo.txt,,,\n\n")
    rows = read_manifest(p)
    assert [(r.line, r.file, r.region, r.year, r.report_type) for r in rows] == [
        (2, tmp_path / "a" / "one.txt", "510904", "2025", "计划"), (3, tmp_path / "two.txt", "", "", "")]
    given = from_manifest(rows, str(p))
    assert given[tmp_path / "a" / "one.txt"] == GivenMeta("510904", 2025, "plan_report")
    assert given[tmp_path / "two.txt"] == GivenMeta()
    assert given_for(tmp_path / "a" / "one.txt", given) == GivenMeta("510904", 2025, "plan_report")
    assert given_for(tmp_path / "elsewhere" / "one.txt", given) == GivenMeta("510904", 2025, "plan_report")
    assert given_for(tmp_path / "three.txt", given) is None


def test_manifest_saved_by_a_chinese_excel(tmp_path: Path) -> None:
    p = _manifest(tmp_path, "文件,地区,年份\n报告.txt,遂宁市安居区,2025年\n", "gb18030")
    assert from_manifest(read_manifest(p), str(p)) == {tmp_path / "报告.txt": GivenMeta("遂宁市安居区", 2025)}


@pytest.mark.parametrize(("text", "message"), [
    ("", "the manifest is empty"),
    ("region,year\n安居区,2025\n", "no 'file' column"),
    ("file,province\na.txt,四川\n", "unknown column 'province'"),
    ("file,year\na.txt,2025\na.txt,2024\n", "line 3: a.txt is already given on line 2"),
    ("file,year\n,2025\n", "line 2: no file named"),
])  # fmt: skip
def test_manifest_errors_name_the_line(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ZhibiaoInputError, match=message):
        read_manifest(_manifest(tmp_path, text))


@pytest.mark.parametrize(("row", "message"), [
    ("a.txt,,20x5,", "line 2: year '20x5' is not a year"),
    ("a.txt,市中区,2024,", "line 2: region '市中区' names several divisions"),
    ("a.txt,,,报表", "line 2: report type '报表' is not one of"),
])  # fmt: skip
def test_manifest_values_are_checked_with_their_line(tmp_path: Path, row: str, message: str) -> None:
    p = _manifest(tmp_path, f"file,region,year,report_type\n{row}\n")
    with pytest.raises(GivenMetaError, match=message):
        from_manifest(read_manifest(p), str(p))


# --- the command line ------------------------------------------------------------------------------------
def test_extract_with_flags(tmp_path: Path) -> None:
    f = tmp_path / "news.txt"
    f.write_text(NEWS, encoding="utf-8")
    res = CliRunner().invoke(_typer_app, ["extract", str(f), "--format", "jsonl", "--year", "2014"])
    assert res.exit_code == 0, res.output
    recs = [json.loads(x) for x in res.output.splitlines()]
    assert recs and {(r["period"], r["year_source"]) for r in recs if r["indicator"] == "gdp"} == {(2014, "user")}


def test_extract_the_files_of_a_manifest(tmp_path: Path) -> None:
    (tmp_path / "news.txt").write_text(NEWS, encoding="utf-8")
    (tmp_path / "opening.txt").write_text(OPENING, encoding="utf-8")
    m = _manifest(tmp_path, "file,region,year\nnews.txt,,2014\nopening.txt,湖北省,\n")
    res = CliRunner().invoke(_typer_app, ["extract", "--manifest", str(m), "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    got = {(r["doc"], r["region"], r["period"], r["region_source"], r["year_source"])
           for r in map(json.loads, res.output.splitlines()) if r["indicator"] == "gdp"}
    assert got == {("news.txt", "贞丰县", 2014, "session", "user"),
                   ("opening.txt", "湖北省", 2006, "user", "date")}


def test_inspect_shows_where_each_value_came_from(tmp_path: Path) -> None:
    f = tmp_path / "opening.txt"
    f.write_text(OPENING, encoding="utf-8")
    res = CliRunner().invoke(_typer_app, ["inspect", str(f), "--json", "--region", "湖北省"])
    assert res.exit_code == 0, res.output
    d = json.loads(res.output)[0]
    assert d["region"] == "湖北省" and d["meta_source"] == {"region": "user", "year": "date", "report_type": "head"}
    res = CliRunner().invoke(_typer_app, ["inspect", str(f), "--region", "湖北省"])
    assert "given by the user" in res.output and "from the date" in res.output


def test_a_bad_flag_stops_before_any_file_is_read(tmp_path: Path) -> None:
    from zhibiao.cli.main import app

    f = tmp_path / "news.txt"
    f.write_text(NEWS, encoding="utf-8")
    with pytest.raises(SystemExit) as e:
        import sys

        argv, sys.argv = sys.argv, ["zhibiao", "extract", str(f), "--region", "市中区"]
        try:
            app()
        finally:
            sys.argv = argv
    assert e.value.code == 2


# --- the database --------------------------------------------------------------------------------------
def _rows(db: Path, sql: str) -> list[tuple]:  # type: ignore[type-arg]
    from zhibiao.store import Store

    with Store(db).connection() as con:
        return con.execute(sql).fetchall()


def test_ingest_records_the_given_metadata_and_reextract_applies_it_again(tmp_path: Path) -> None:
    from zhibiao.store import Store

    (tmp_path / "news.txt").write_text(NEWS, encoding="utf-8")
    (tmp_path / "opening.txt").write_text(OPENING, encoding="utf-8")
    m = _manifest(tmp_path, "file,region,year\nnews.txt,,2014\nopening.txt,湖北省,\n")
    db = tmp_path / "z.duckdb"
    res = CliRunner().invoke(_typer_app, ["ingest", "--manifest", str(m), "--db", str(db)])
    assert res.exit_code == 0, res.output
    want = {("news.txt", "贞丰县", 2014, "session", "user"),
            ("opening.txt", "湖北省", 2007, "user", "date")}
    sql = "SELECT doc, region, report_year, region_source, year_source FROM reports"
    assert set(_rows(db, sql)) == want
    assert set(_rows(db, "SELECT name, given FROM documents")) == {
        ("news.txt", '{"year": 2014}'), ("opening.txt", '{"region": "湖北省"}')}
    assert set(_rows(db, "SELECT DISTINCT period, year_source FROM facts WHERE doc = 'news.txt'")) == {(2014, "user")}
    Store(db).reextract()
    assert set(_rows(db, sql)) == want


def test_ingesting_again_with_other_given_metadata_replaces_the_document(tmp_path: Path) -> None:
    from zhibiao.store import Store

    f = tmp_path / "news.txt"
    f.write_text(NEWS, encoding="utf-8")
    db = tmp_path / "z.duckdb"
    s = Store(db)
    assert len(s.ingest([f]).ingested) == 1
    assert _rows(db, "SELECT report_year, year_source FROM reports") == [(None, None)]
    assert len(s.ingest([f]).skipped) == 1  # same content, nothing given: skipped as always
    got = s.ingest([f], given=GivenMeta(year=2014))
    assert len(got.ingested) == 1
    assert _rows(db, "SELECT report_year, year_source FROM reports") == [(2014, "user")]
    assert _rows(db, "SELECT count(*) FROM documents") == [(1,)]
    assert len(s.ingest([f], given=GivenMeta(year=2014)).skipped) == 1  # the same given again: skipped
    res = CliRunner().invoke(_typer_app, ["ingest", str(f), "--db", str(db), "--year", "2015", "--jobs", "2"])
    assert res.exit_code == 0, res.output
    assert _rows(db, "SELECT report_year, year_source FROM reports") == [(2015, "user")]
    assert _rows(db, "SELECT count(*) FROM documents") == [(1,)]


def test_ingest_without_files_or_manifest_says_so(tmp_path: Path) -> None:
    res = CliRunner().invoke(_typer_app, ["ingest", "--db", str(tmp_path / "z.duckdb")])
    assert res.exit_code != 0


_REGIONS = ["遂宁市安居区", "510904", "全国", "湖北省", "济南市市中区", ""]
_TYPES = {"plan_report": "plan_report", "计划": "plan_report", "预算报告": "budget_report",
          "政府工作报告": "government_work_report", "": None}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")),
                                  min_size=1, max_size=12).filter(lambda t: t.strip() and "/" not in t
                                                                  and t.strip() not in (".", "..")),
                          st.sampled_from(_REGIONS), st.one_of(st.none(), st.integers(1949, 2100)),
                          st.sampled_from(sorted(_TYPES))),
                min_size=1, max_size=5, unique_by=lambda r: r[0].strip()),
       st.sampled_from(["utf-8-sig", "utf-8", "gb18030"]))
def test_a_manifest_written_by_any_csv_writer_reads_back(tmp_path_factory: pytest.TempPathFactory,
                                                        rows: list[tuple[str, str, int | None, str]],
                                                        encoding: str) -> None:
    import csv
    import io

    folder = tmp_path_factory.mktemp("m")
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["file", "region", "year", "report_type"])
    for name, region, year, kind in rows:
        w.writerow([name, region, "" if year is None else year, kind])
    try:
        raw = buf.getvalue().encode(encoding)
    except UnicodeEncodeError:
        return  # GB18030 covers every character, UTF-8 too: nothing to test otherwise
    (folder / "m.csv").write_bytes(raw)
    got = from_manifest(read_manifest(folder / "m.csv"), "m.csv")
    want = {(folder / name.strip()).resolve(): GivenMeta(region or None, year, _TYPES[kind])
            for name, region, year, kind in rows}
    assert got == want
