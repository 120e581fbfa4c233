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
        con.execute("ALTER TABLE documents DROP COLUMN damaged")  # schema 11's damage count
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

import json  # noqa: E402
import math  # noqa: E402
from decimal import Decimal  # noqa: E402
from typing import Any  # noqa: E402

import pandas as pd  # noqa: E402

import zhibiao  # noqa: E402
from zhibiao.review import Reviewer, ReviewError, orphans, stats  # noqa: E402  # noqa: E402

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


def _reextract_with(db: Path, change: Any) -> None:
    """Re-extract as a zhibiao whose extractor differs: ``change(facts)`` edits each report's fact list."""
    from zhibiao.store.reextract import reextract_iter

    def decode(raw: bytes, name: str) -> Any:
        result = pipeline.extract_bytes(raw, name)
        for rr in result.reports:
            rr.facts[:] = change(rr.facts)
        return result

    with Store(db).connection(read_only=False) as con:
        assert all(o.status == "ingested" for o in reextract_iter(con, decode))


def test_an_orphan_appears_when_a_span_no_longer_yields_its_fact(pairs: Path, tmp_path: Path) -> None:
    from dataclasses import replace

    from zhibiao.model import Span

    db = _db(tmp_path, [pairs / SHENYANG])
    gdp, retail, budget = _fid(db, "gdp"), _fid(db, "retail_sales"), _fid(db, "budget_revenue")
    rv = Reviewer(db, "li")
    rv.correct(gdp, {"value": "5.6"})
    rv.reject(retail, "a test")
    rv.accept(budget)

    def change(facts: list) -> list:  # gdp's span now starts a character later; retail is no longer found
        out = []
        for f in facts:
            if f.indicator == "gdp":
                f = replace(f, span=Span(f.span.start + 1, f.span.end), text=f.text[1:])
            if f.indicator != "retail_sales":
                out.append(f)
        return out

    _reextract_with(db, change)
    with Store(db).connection() as con:
        got = {o.fact_id: o for o in orphans(con)}
        new_gdp = con.execute("SELECT fact_id FROM facts WHERE indicator = 'gdp'").fetchone()[0]
    assert set(got) == {gdp, retail}  # the accepted budget fact still applies
    assert (got[gdp].why, got[gdp].candidate, got[gdp].fields) == ("span moved", new_gdp, {"value": "5.6"})
    assert (got[retail].why, got[retail].candidate, got[retail].action) == ("no longer produced", None, "reject")
    f = Store(db).facts(include_rejected=True).set_index("indicator")
    assert f.loc["gdp", "review"] == "machine" and f.loc["gdp", "value"] == Decimal("5.5")  # not silently applied
    assert f.loc["budget_revenue", "review"] == "accepted"
    from typer.testing import CliRunner

    from zhibiao.cli.main import _typer_app

    r = CliRunner().invoke(_typer_app, ["review", "orphans", "--db", str(db), "--format", "json"])
    assert r.exit_code == 1 and {x["fact_id"] for x in json.loads(r.stdout)} == {gdp, retail}


def test_precision_recall_and_their_wilson_intervals_on_a_hand_made_case(pairs: Path, tmp_path: Path) -> None:
    db = _db(tmp_path, [pairs / SHENYANG, pairs / JINAN])
    rv = Reviewer(db, "li")
    for ind in ("gdp", "budget_revenue", "fixed_asset_investment", "retail_sales", "energy_intensity"):
        rv.accept(_fid(db, ind))  # 5 right
    rv.correct(_fid(db, "industrial_va"), {"qualifier": "exact"})  # right figure, wrong qualifier: still a hit
    rv.reject(_fid(db, "urban_income"), "a test")  # a false positive
    rv.correct(_fid(db, "rural_income"), {"value": "6", "qualifier": "around"})  # wrong value: a FP and a miss
    text = (pairs / SHENYANG).read_text(encoding="utf-8")
    start = text.index(MISSED)
    rv.add(SHENYANG, {"indicator": "fixed_asset_investment", "role": "target", "measure": "level",
                      "period": "2025", "value": "5.5", "unit": "万亿元"},
           start=start, end=start + len(MISSED))  # a miss
    rv.accept(_fid(db, "gdp", JINAN))  # 108 is not fully reviewed: left out
    with Store(db).connection() as con:
        s = stats(con)
    assert (s.reports, s.reports_reviewed, s.facts, s.decided) == (2, 1, 17, 9)
    assert (s.tp, s.fp, s.fn) == (6, 2, 2)
    assert s.precision == s.recall == 0.75
    # Wilson 95% for 6/8, by hand: z² = 3.8415; centre = (0.75 + z²/16) / (1 + z²/8) = 0.99009 / 1.48019 = 0.66890;
    # half width = z·sqrt(0.75·0.25/8 + z²/256) / 1.48019 = 1.95996 · 0.19607 / 1.48019 = 0.25963
    assert s.precision_ci == pytest.approx((0.40927, 0.92853), abs=1e-4)
    assert s.recall_ci == s.precision_ci
    assert s.corrected_fields["qualifier"] == 2 and s.corrected_fields["value"] == 1 and s.kept == 8
    assert s.by_state == {"accepted": 6, "added": 1, "corrected": 2, "machine": 8, "rejected": 1}


def test_cohen_kappa_per_field_on_a_hand_made_case(pairs: Path, tmp_path: Path) -> None:
    db = _db(tmp_path, [pairs / SHENYANG, pairs / JINAN])
    with Store(db).connection() as con:
        ids = [r[0] for r in con.execute("SELECT fact_id FROM facts ORDER BY id LIMIT 10").fetchall()]
    a, b = Reviewer(db, "a"), Reviewer(db, "b")
    # verdicts (rejected?) of a / b: f0 T/T, f1 T/F, f2 F/T, f3 F/T, f4..f9 F/F
    for i, fid in enumerate(ids):
        (a.reject if i in (0, 1) else a.accept)(fid, "x")
        (b.reject if i in (0, 2, 3) else b.accept)(fid, "x")
    # periods on the six both kept (all 2025 as extracted): a moves f4 to 2024, b moves f4 and f5
    a.correct(ids[4], {"period": "2024"})
    b.correct(ids[4], {"period": "2024"})
    b.correct(ids[5], {"period": "2024"})
    with Store(db).connection() as con:
        rows = {r["field"]: r for r in stats(con).agreement}
    # verdict: p_o = 7/10; p_e = (2·3 + 8·7)/100 = 0.62; kappa = 0.08/0.38
    assert (rows["verdict"]["facts"], rows["verdict"]["agreement"]) == (10, 0.7)
    assert rows["verdict"]["kappa"] == pytest.approx(0.08 / 0.38)
    # period: p_o = 5/6; p_e = (1·2 + 5·4)/36 = 22/36; kappa = (30/36 - 22/36) / (14/36) = 8/14
    assert rows["period"]["facts"] == 6 and rows["period"]["kappa"] == pytest.approx(8 / 14)
    assert rows["indicator"]["kappa"] == 1.0  # six indicators, all agreed
    assert rows["role"]["agreement"] == 1.0 and math.isnan(rows["role"]["kappa"])  # one label throughout: undefined


def test_export_gold_scores_f1_one_against_the_effective_facts(pairs: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from zhibiao.cli.main import _typer_app

    db = _db(tmp_path, [pairs / SHENYANG, pairs / JINAN])
    rv = Reviewer(db, "li")
    with Store(db).connection() as con:
        ids = [r[0] for r in con.execute("SELECT fact_id FROM facts WHERE doc = ? ORDER BY id", [SHENYANG]).fetchall()]
    rv.reject(ids[0], "x")
    rv.correct(ids[1], {"value": "4.5", "period": "2024"})
    for fid in ids[2:]:
        rv.accept(fid)
    run = CliRunner().invoke
    gold, eff = tmp_path / "gold.jsonl", tmp_path / "effective.jsonl"
    assert run(_typer_app, ["review", "export-gold", "-o", str(gold), "--db", str(db)]).exit_code == 0
    assert run(_typer_app, ["export", "--format", "jsonl", "-o", str(eff), "--db", str(db)]).exit_code == 0
    lines = [json.loads(x) for x in gold.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 7 and {x["doc"] for x in lines} == {SHENYANG}
    r = run(_typer_app, ["eval", str(gold), "--predictions", str(eff)])
    assert r.exit_code == 0 and "F1 1.000" in r.stdout, r.stdout
    r = run(_typer_app, ["eval", str(gold), str(pairs / SHENYANG), str(pairs / JINAN)])  # the extractor itself
    assert "matched 6  false-positive 2  missed 1" in r.stdout, r.stdout


def test_the_interactive_queue_takes_one_key_per_fact_riskiest_first(pairs: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from zhibiao.cli.main import _typer_app

    db = _db(tmp_path, [pairs / SHENYANG])
    with Store(db).connection() as con:
        from zhibiao.review import queue

        order = [(i.fact["indicator"], i.reasons) for i in queue(con)]
    assert [o[0] for o in order[:2]] == ["urban_income", "rural_income"]  # confidence 0.7 and qualitative
    assert "confidence 0.70" in order[0][1] and "qualitative" in order[0][1]
    # reject the first (with a reason), edit the second's qualifier then move on, accept the third,
    # skip the fourth, add a missed fact from the fifth's report, quit
    keys = "r" + "two indicators\n" + "e" + "qualifier\nexact\n" + "s" + "a" + "s" + "m" + MISSED + "\n" + \
        "fixed_asset_investment\ntarget\nlevel\n2025\n5.5\n万亿元\nat_least\n" + "q"
    r = CliRunner().invoke(_typer_app, ["review", "next", "--db", str(db)], input=keys,
                           env={"ZHIBIAO_REVIEWER": "zhao"})  # fmt: skip
    assert r.exit_code == 0, r.stdout
    assert "why now: confidence 0.70" in r.stdout and "城镇和农村居民人均可支配收入增长与经济增长同步" in r.stdout
    f = Store(db).facts(include_rejected=True).set_index("fact_id")
    got = {(row.indicator, row.review, row.reviewer) for row in f.itertuples() if row.review != "machine"}
    third = order[2][0]
    assert got == {("urban_income", "rejected", "zhao"), ("rural_income", "corrected", "zhao"),
                   (third, "accepted", "zhao"), ("fixed_asset_investment", "added", "zhao")}
    assert "3 decisions by zhao" in r.stderr if r.stderr_bytes else "3 decisions by zhao" in r.output
    # without a reviewer nothing is written
    r = CliRunner().invoke(_typer_app, ["review", "accept", f.index[0], "--db", str(db)], env={"ZHIBIAO_REVIEWER": ""})
    assert r.exit_code != 0 and "who is reviewing" in str(r.exception)


def test_a_sample_of_reports_is_the_same_for_the_same_seed_in_any_database(pairs: Path, tmp_path: Path) -> None:
    from zhibiao.review import queue

    files = sorted(pairs.glob("10[3-8]_*.txt"))
    a, b = _db(tmp_path, files, "a.duckdb"), _db(tmp_path, files[::-1], "b.duckdb")  # other doc ids

    def picked(db: Path, seed: int) -> list[tuple[str, str]]:
        with Store(db).connection() as con:
            return sorted({(i.fact["doc"], i.fact["sha256"]) for i in queue(con, sample=2, seed=seed)})

    assert picked(a, 7) == picked(b, 7) and len(picked(a, 7)) == 2
    assert any(picked(a, s) != picked(a, 7) for s in range(3))


def test_an_import_that_conflicts_is_listed_not_applied(pairs: Path, tmp_path: Path) -> None:
    from zhibiao.review import export_events, held, import_events

    a = _db(tmp_path, [pairs / SHENYANG], "a.duckdb")
    b = _db(tmp_path, [pairs / SHENYANG], "b.duckdb")
    gdp, budget = _fid(a, "gdp"), _fid(a, "budget_revenue")
    Reviewer(a, "li").correct(gdp, {"period": "2024"})
    Reviewer(b, "wang").correct(gdp, {"period": "2023"})  # disagrees
    Reviewer(b, "wang").accept(budget)  # new to a
    with Store(b).connection() as con:
        export_events(con, tmp_path / "b.jsonl")
    with Store(a).connection(read_only=False) as con:
        res = import_events(con, tmp_path / "b.jsonl")
        assert (res.new, res.applied, [c.fact_id for c in res.conflicts]) == (2, 1, [gdp])
        assert [h["fact_id"] for h in held(con)] == [gdp]
    f = Store(a).facts().set_index("fact_id")
    assert (f.loc[gdp, "period"], f.loc[gdp, "reviewer"]) == (2024, "li")  # not overwritten
    assert (f.loc[budget, "review"], f.loc[budget, "reviewer"]) == ("accepted", "wang")
    # a sender who had seen li's decision supersedes it: a exports, b imports, b decides again, a imports
    with Store(a).connection() as con:
        export_events(con, tmp_path / "a.jsonl")
    with Store(b).connection(read_only=False) as con:
        import_events(con, tmp_path / "a.jsonl")
    Reviewer(b, "wang").correct(gdp, {"period": "2022"})
    with Store(b).connection() as con:
        export_events(con, tmp_path / "b2.jsonl")
    with Store(a).connection(read_only=False) as con:
        res = import_events(con, tmp_path / "b2.jsonl")
    assert res.conflicts == [] and Store(a).facts().set_index("fact_id").loc[gdp, "period"] == 2022


def test_decisions_are_written_while_an_ingest_runs(pairs: Path, tmp_path: Path) -> None:
    """A review write waits its turn like a reader: the ingest hands over the file between batches.
    So does the review server: its pages answer and its writes land while the ingest runs."""
    import subprocess
    import sys
    import time

    from fastapi.testclient import TestClient

    from zhibiao.web.app import create_app

    db = _db(tmp_path, [pairs / SHENYANG])
    ids = [r[0] for r in Store(db).facts()[["fact_id"]].itertuples(index=False)]
    text = (pairs / "101_cn_national_gwr_2024.txt").read_text(encoding="utf-8")
    folder = tmp_path / "more"
    folder.mkdir()
    for i in range(40):  # distinct bytes, one batch each: the ingest runs for a while
        (folder / f"r{i}.txt").write_text(f"({i})" + text, encoding="utf-8")
    zb = Path(sys.executable).with_name("zhibiao")
    ingest = subprocess.Popen([str(zb), "ingest", str(folder), "--db", str(db), "--jobs", "1"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        from zhibiao.store.connect import ingest_pid

        deadline = time.monotonic() + 60
        while ingest_pid(db) is None and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.5)
        waits = []
        for fid in ids[:3]:  # in this process: the time measured is the wait for the file, not a start-up
            t0 = time.monotonic()
            Reviewer(db, "li").accept(fid)
            waits.append(time.monotonic() - t0)
        app = create_app(db, review=True, reviewer="wang")
        ok = {"X-CSRF-Token": app.state.csrf_token}
        with TestClient(app, base_url="http://127.0.0.1") as c:  # serve --review, in this process (its Host)
            served = [c.get("/api/facts?limit=3").status_code]
            t0 = time.monotonic()
            served.append(c.post("/api/review/reject", json={"fact_id": ids[3], "reason": "x"}, headers=ok).status_code)
            served.append(c.post("/api/review/correct", json={"fact_id": ids[4], "fields": {"period": "2024"}},
                                 headers=ok).status_code)  # fmt: skip
            waits.append((time.monotonic() - t0) / 2)
            served.append(c.get("/api/overview").status_code)
        busy = ingest.poll() is None
    finally:
        out, err = ingest.communicate(timeout=600)
    assert ingest.returncode == 0, out + err
    assert busy, "the ingest ended before the decisions: the test proved nothing"
    assert max(waits) < 10, waits  # a batch or two, not the whole ingest (nor the 60 s lock timeout)
    f = Store(db).facts(doc=SHENYANG).set_index("fact_id")
    assert f.loc[ids[:3], "review"].tolist() == ["accepted"] * 3
    assert served == [200] * 4
    f = Store(db).facts(doc=SHENYANG, include_rejected=True).set_index("fact_id")
    assert f.loc[ids[3:5], ["review", "reviewer"]].values.tolist() == [["rejected", "wang"], ["corrected", "wang"]]
    assert f.loc[ids[4], "period"] == 2024
    assert len(Store(db).reports()) == 41
