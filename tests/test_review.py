"""Review: stable fact ids, the corrections log and the effective view, on real report excerpts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from zhibiao import pipeline
from zhibiao.model import fact_id
from zhibiao.store import Store, connect
from zhibiao.store.schema import _FACT_ID_SQL


@pytest.fixture
def pairs(shared: Path) -> Path:
    return shared / "corpus_pairs"


def _ids(db: Path) -> list[tuple]:
    with Store(db).connection() as con:
        return con.execute("SELECT fact_id, indicator, role, start_char FROM facts ORDER BY id").fetchall()


def test_fact_id_is_the_same_from_extract_ingest_reextract_and_another_database(pairs: Path, tmp_path: Path) -> None:
    src = pairs / "108_jinan_gwr_2025_targets_excerpt.txt"
    recs = pipeline.extract(src).fact_records()
    extracted = [(r["fact_id"], r["indicator"], r["role"], r["start_char"]) for r in recs]
    assert len({x[0] for x in extracted}) == len(extracted) == 9  # 城乡…分别: two facts, two ids
    a, b = tmp_path / "a.duckdb", tmp_path / "b.duckdb"
    Store(a).ingest([src])
    assert _ids(a) == extracted
    Store(a).reextract()
    assert _ids(a) == extracted  # new row ids, same fact ids
    renamed = tmp_path / "renamed.txt"
    shutil.copy(src, renamed)
    Store(b).ingest([pairs / "107_shenyang_gwr_2025_targets_excerpt.txt", renamed])  # other doc_id, other name
    assert [x for x in _ids(b) if x[0] in {e[0] for e in extracted}] == extracted


def test_fact_id_recipe(pairs: Path) -> None:
    import hashlib

    src = pairs / "107_shenyang_gwr_2025_targets_excerpt.txt"
    sha = hashlib.sha256(src.read_bytes()).hexdigest()
    rec = pipeline.extract(src).fact_records()[0]
    s, e, ind, role, measure = (rec[k] for k in ("start_char", "end_char", "indicator", "role", "measure"))
    assert rec["fact_id"] == fact_id(sha, s, e, ind, role, measure)
    # each part matters; the value and period do not (they are what a correction changes)
    assert rec["fact_id"] != fact_id(sha, s + 1, e, ind, role, measure)
    assert rec["fact_id"] != fact_id(sha, s, e, ind, "actual", measure)
    assert rec["fact_id"] != fact_id(sha, s, e, ind, role, measure, 2)
    assert len(rec["fact_id"]) == 16 and int(rec["fact_id"], 16) >= 0


def test_the_migration_fills_fact_ids_of_an_older_database_by_the_same_recipe(pairs: Path, tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    Store(db).ingest(sorted(pairs.glob("10[5-8]_*.txt")))
    want = _ids(db)
    con = connect(db)
    try:  # make it a schema-7 database, as an older zhibiao wrote it
        for view in ("results", "targets", "effective_facts", "effective_facts_all", "review_state"):
            con.execute(f"DROP VIEW {view}")
        con.execute("CREATE VIEW targets AS SELECT * FROM facts WHERE role = 'target'")
        con.execute("CREATE VIEW results AS SELECT * FROM facts WHERE role = 'actual'")
        con.execute("DROP TABLE corrections")
        con.execute("DROP SEQUENCE corrections_seq")
        con.execute("ALTER TABLE facts DROP COLUMN fact_id")
        for col in ("scope", "first_year", "last_year"):  # schema 9's section years
            con.execute(f"ALTER TABLE sections DROP COLUMN {col}")
        con.execute("UPDATE meta SET value = '7' WHERE key = 'schema_version'")
    finally:
        con.close()
    assert _ids(db) == want  # a read-only open migrates it first
    with Store(db).connection() as c:
        assert c.execute("SELECT count(*) FROM effective_facts").fetchone() == (len(want),)
    con = connect(db)
    try:  # the SQL recipe also tells repeated identities apart as the Python one does
        con.execute("UPDATE facts SET start_char = 1, end_char = 2, indicator = 'gdp', role = 'target', "
                    "measure = 'growth' WHERE doc = '107_shenyang_gwr_2025_targets_excerpt.txt'")
        con.execute(_FACT_ID_SQL)
        got = con.execute("SELECT d.sha256, f.fact_id FROM facts f JOIN documents d ON d.id = f.doc_id "
                          "WHERE f.doc = '107_shenyang_gwr_2025_targets_excerpt.txt' ORDER BY f.id").fetchall()
    finally:
        con.close()
    assert [g[1] for g in got] == [fact_id(g[0], 1, 2, "gdp", "target", "growth", n + 1) for n, g in enumerate(got)]


# -- decisions, the effective view and what survives ---------------------------------------------------

from decimal import Decimal  # noqa: E402

import pandas as pd  # noqa: E402

import zhibiao  # noqa: E402
from zhibiao.review import Reviewer, ReviewError  # noqa: E402

SHENYANG = "107_shenyang_gwr_2025_targets_excerpt.txt"
JINAN = "108_jinan_gwr_2025_targets_excerpt.txt"
MISSED = "全年谋划项目总投资5.5万亿元以上"  # a figure of 107 the extractor does not take as a headline fact


def _db(tmp_path: Path, files: list[Path], name: str = "z.duckdb") -> Path:
    db = tmp_path / name
    summary = Store(db).ingest(files)
    assert summary.ok, [o.reason for o in summary.failed]
    return db


def _fid(db: Path, indicator: str, doc: str = SHENYANG) -> str:
    with Store(db).connection() as con:
        rows = con.execute("SELECT fact_id FROM facts WHERE indicator = ? AND doc = ?", [indicator, doc]).fetchall()
    assert len(rows) == 1, rows
    return rows[0][0]


_COLS = ["fact_id", "indicator", "role", "period", "measure", "value", "value_high", "unit", "qualifier", "text",
         "start_char", "end_char", "byte_start", "byte_end", "review", "reviewer"]  # fmt: skip


def _effective(db: Path) -> list[tuple]:
    df = Store(db).facts(include_rejected=True)
    return sorted(tuple(None if pd.isna(v) else v for v in r) for r in df[_COLS].itertuples(index=False))


def test_a_correction_survives_reextract(pairs: Path, tmp_path: Path) -> None:
    db = _db(tmp_path, [pairs / SHENYANG])
    fid = _fid(db, "gdp")
    Reviewer(db, "li").correct(fid, {"period": "2024", "qualifier": "around"}, reason="check")
    Store(db).reextract()
    with Store(db).connection() as con:  # the machine row is new and unchanged...
        assert con.execute("SELECT period, qualifier FROM facts WHERE fact_id = ?", [fid]).fetchone() == (
            2025, "at_least")
    f = Store(db).facts(indicator="gdp")  # ...and the correction still applies to it
    assert f[["fact_id", "period", "qualifier", "review", "reviewer"]].values.tolist() == [
        [fid, 2024, "around", "corrected", "li"]]
    assert Store(db).facts(review="corrected")["fact_id"].tolist() == [fid]


def test_a_fresh_database_with_imported_corrections_has_the_same_effective_facts(
        pairs: Path, tmp_path: Path) -> None:
    a = _db(tmp_path, [pairs / SHENYANG, pairs / JINAN], "a.duckdb")
    rv = Reviewer(a, "li")
    rv.accept(_fid(a, "retail_sales"))
    rv.correct(_fid(a, "budget_revenue"), {"value": "5.0", "value_high": "6", "qualifier": "range"})
    rv.reject(_fid(a, "urban_income"), "two indicators in one clause")
    text = (pairs / SHENYANG).read_text(encoding="utf-8")
    start = text.index(MISSED)
    rv.add(SHENYANG, {"indicator": "fixed_asset_investment", "role": "target", "measure": "level", "period": 2025,
                      "value": "5.5", "unit": "万亿元", "qualifier": "at_least"}, start=start, end=start + len(MISSED))
    rv.correct(_fid(a, "gdp", JINAN), {"role": "actual"})
    log = tmp_path / "log.jsonl"
    from zhibiao.cli.main import app  # noqa: F401  (registers the review commands)
    from zhibiao.review import export_events, import_events

    with Store(a).connection() as con:
        assert export_events(con, log) == 5
    copy = tmp_path / "renamed.txt"
    shutil.copy(pairs / SHENYANG, copy)
    b = _db(tmp_path, [pairs / JINAN, pairs / "106_shenyang_gwr_2023_excerpt.txt", copy], "b.duckdb")
    with Store(b).connection(read_only=False) as con:
        res = import_events(con, log)
        assert (res.new, res.applied, res.conflicts) == (5, 5, [])
        assert import_events(con, log).new == 0  # importing again changes nothing
    want = [r for r in _effective(a)]
    got = [r for r in _effective(b) if r[0] in {w[0] for w in want}]
    assert got == want
    states = {r[-2] for r in want}
    assert states == {"machine", "accepted", "corrected", "rejected", "added"}


def test_reject_removes_a_fact_from_facts_panel_and_every_export(pairs: Path, tmp_path: Path) -> None:
    db = _db(tmp_path, [pairs / SHENYANG, pairs / "105_shenyang_plan_2023_excerpt.txt"])
    fid = _fid(db, "gdp")
    d = zhibiao.open(db)
    panel_before = d.panel(region="沈阳市", indicator="gdp", year=2025)
    assert panel_before["target_value"].notna().any()
    Reviewer(db, "li").reject(fid, "not this report's target")
    assert fid not in d.facts()["fact_id"].tolist()
    assert d.facts(include_rejected=True).set_index("fact_id").loc[fid, "review"] == "rejected"
    assert d.facts(review="rejected")["fact_id"].tolist() == [fid]
    for fmt in ("jsonl", "csv", "parquet", "xlsx", "dta"):
        out = tmp_path / f"facts.{fmt}"
        n = d.export(out)
        df = (pd.read_json(out, lines=True, dtype=False) if fmt == "jsonl" else
              {"csv": pd.read_csv, "parquet": pd.read_parquet, "dta": pd.read_stata, "xlsx": pd.read_excel}[fmt](out))
        assert len(df) == n and fid not in df["fact_id"].tolist() and n == len(d.facts()), fmt
    assert d.sql(f"SELECT count(*) AS n FROM targets WHERE fact_id = '{fid}'")["n"].tolist() == [0]
    panel = d.panel(region="沈阳市", indicator="gdp", year=2025)
    assert panel.empty or panel["target_value"].isna().all()


def test_add_by_span_gives_exact_byte_offsets(pairs: Path, tmp_path: Path) -> None:
    text = (pairs / SHENYANG).read_text(encoding="utf-8")
    raw = text.encode("gb18030")  # two bytes a character: byte offsets differ from character offsets
    (tmp_path / "gbk.txt").write_bytes(raw)
    db = _db(tmp_path, [tmp_path / "gbk.txt"])
    start = text.index(MISSED)
    fields = {"indicator": "fixed_asset_investment", "role": "target", "measure": "level", "period": "2025",
              "value": "5.5", "unit": "万亿元", "qualifier": "at_least"}
    ev = Reviewer(db, "li").add("gbk.txt", fields, start=start, end=start + len(MISSED))
    row = Store(db).facts(review="added").iloc[0]
    assert (row["fact_id"], row["text"], row["start_char"], row["end_char"]) == (ev.fact_id, MISSED, start,
                                                                                   start + len(MISSED))
    assert raw[int(row["byte_start"]) : int(row["byte_end"])].decode("gb18030") == MISSED
    assert int(row["byte_start"]) == len(text[:start].encode("gb18030"))
    assert row["value"] == Decimal("5.5") and row["value_base"] == Decimal("5500000000000")  # 万亿元 -> 元
    with pytest.raises(ReviewError, match="already there"):  # the same fact twice, now by its report span
        with Store(db).connection() as con:
            rep, ns = con.execute("SELECT report, norm_start FROM effective_facts WHERE review = 'added'").fetchone()
        Reviewer(db, "wang").add("gbk.txt", fields, report=rep, norm_start=ns, norm_end=ns + len(MISSED))
    with pytest.raises(ReviewError, match="outside"):
        Reviewer(db, "li").add("gbk.txt", fields, start=len(text), end=len(text) + 3)
