"""`zhibiao sql` and `Database.sql` are read-only by what a statement does (issue 19, item 1).

Every statement below was, or could be, a way to write through a "read-only" SQL prompt: each must
be refused, leave no file behind and leave the database as it was.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

import zhibiao
import zhibiao.cli.main  # registers every command
from zhibiao.cli.app import app
from zhibiao.store import QueryError

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "sample_report.txt"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sql") / "store.duckdb"
    assert zhibiao.open(path).ingest([SAMPLE]).ok
    return path


def hostile(out: Path, db: Path) -> list[str]:
    """Statements that write files, change state or reach outside the database; ``out`` is a folder."""
    o = str(out)
    return [
        f"COPY facts TO '{o}/a.csv'",
        f"COPY (SELECT 'x') TO '{o}/other.duckdb'",
        f"EXPLAIN ANALYZE COPY facts TO '{o}/b.csv'",
        f"explain   analyse COPY (SELECT 1) TO '{o}/c.csv'",
        f"EXPLAIN (ANALYZE, FORMAT json) COPY facts TO '{o}/d.csv'",
        f"EXPLAIN ANALYZE EXPLAIN ANALYZE COPY facts TO '{o}/e.csv'",
        "EXPLAIN ANALYZE CREATE TEMP TABLE t AS SELECT 1",
        "CREATE TEMP TABLE t AS SELECT 1",
        "CREATE TEMP VIEW v AS SELECT 1",
        "CREATE MACRO m() AS 1",
        "EXPLAIN ANALYZE SET threads = 1",
        "SET threads = 1",
        "SET enable_external_access = true",
        "RESET lock_configuration",
        "USE memory",
        f"ATTACH '{o}/x.duckdb' AS x",
        f"ATTACH '{db}' AS y",
        "DETACH store",
        "INSTALL httpfs",
        "LOAD httpfs",
        "FORCE INSTALL json",
        "PRAGMA enable_profiling",
        f"PRAGMA profiling_output = '{o}/p.txt'",
        "PRAGMA threads = 1",
        "CHECKPOINT",
        "CALL pragma_version()",
        "VACUUM",
        f"EXPORT DATABASE '{o}/export'",
        f"IMPORT DATABASE '{o}/export'",
        "BEGIN TRANSACTION",
        "PREPARE p AS SELECT 1",
        "DELETE FROM facts",
        "UPDATE facts SET value = 1",
        "INSERT INTO meta VALUES ('x', 'y')",
        "DROP TABLE facts",
        "ALTER TABLE facts RENAME TO f2",
        "COMMENT ON TABLE facts IS 'x'",
        "CREATE SECRET s (TYPE s3)",
        "SELECT 1; DELETE FROM facts",
        "SELECT 1; SELECT 2",
        f"SELECT 1; COPY facts TO '{o}/f.csv'",
        "SELECT nextval('flags_id_seq')",
        f"SELECT * FROM query('COPY facts TO ''{o}/g.csv''')",
        "/* comment */ DELETE FROM facts",
        "",
        "   ;  ",
    ]


def _sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def test_hostile_statements_are_refused_and_change_nothing(db: Path, tmp_path: Path) -> None:
    d = zhibiao.open(db)
    before = (_sha(db), d.counts())
    out = tmp_path / "out"
    out.mkdir()
    for stmt in hostile(out, db):
        with pytest.raises(QueryError):
            d.sql(stmt)
        with pytest.raises(QueryError):
            d.sql(stmt, files=False)
    assert list(out.iterdir()) == []
    assert (_sha(db), d.counts()) == before


def test_refusals_name_what_the_statement_does(db: Path, tmp_path: Path) -> None:
    d = zhibiao.open(db)
    with pytest.raises(QueryError, match="EXPLAIN of a COPY statement is refused"):
        d.sql(f"EXPLAIN ANALYZE COPY facts TO '{tmp_path}/x.csv'")
    with pytest.raises(QueryError, match="one read-only statement at a time"):
        d.sql("SELECT 1; SELECT 2")
    with pytest.raises(QueryError, match="SET statements are refused"):
        d.sql("SET threads = 1")


def test_reading_statements_still_answer(db: Path) -> None:
    d = zhibiao.open(db)
    n = d.counts()["facts"]
    assert int(d.sql("SELECT count(*) AS n FROM facts")["n"][0]) == n
    assert int(d.sql("FROM facts SELECT count(*) AS n")["n"][0]) == n
    assert "column_name" in d.sql("DESCRIBE facts").columns
    assert len(d.sql("SHOW TABLES")) > 5
    assert len(d.sql("EXPLAIN SELECT * FROM facts")) == 1
    assert len(d.sql("EXPLAIN ANALYZE SELECT count(*) FROM facts")) == 1
    assert len(d.sql("WITH t AS (SELECT 1 AS x) SELECT * FROM t")) == 1
    assert len(d.sql("SELECT * FROM pragma_table_info('facts')")) > 10


def test_local_files_are_readable_on_the_cli_but_not_when_files_are_off(db: Path, tmp_path: Path) -> None:
    mine = tmp_path / "mine.csv"
    mine.write_text("region,gdp\n济南市,1\n", encoding="utf-8")
    d = zhibiao.open(db)
    assert d.sql(f"SELECT region FROM read_csv('{mine}')")["region"].tolist() == ["济南市"]
    with pytest.raises(QueryError, match="disabled by configuration"):
        d.sql(f"SELECT * FROM read_csv('{mine}')", files=False)
    with pytest.raises(QueryError):
        d.sql("SELECT * FROM read_csv('/etc/passwd')", files=False)


def test_cli_sql_refuses_with_exit_2_and_no_traceback(db: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    target = tmp_path / "x.csv"
    r = runner.invoke(app, ["sql", f"EXPLAIN ANALYZE COPY facts TO '{target}'", "--db", str(db)])
    assert isinstance(r.exception, QueryError) and "read-only" in str(r.exception)
    assert not target.exists()


def test_pivot_answers_with_its_values_named_and_says_how_without(db: Path) -> None:
    """A PIVOT that lists its values is one query; without the list DuckDB runs it as several
    statements (it makes a type of the values first): refused, saying to list them."""
    d = zhibiao.open(db)
    got = d.sql("PIVOT (SELECT role FROM facts) ON role IN ('target', 'actual') USING count(*)")
    assert list(got.columns) == ["target", "actual"] and int(got.iloc[0].sum()) > 0
    assert len(d.sql("UNPIVOT (SELECT 1 AS a, 2 AS b) ON a, b INTO NAME k VALUE v")) == 2
    with pytest.raises(QueryError, match=r"PIVOT … ON col IN \("):
        d.sql("PIVOT (SELECT role FROM facts) ON role USING count(*)")
