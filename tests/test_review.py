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
