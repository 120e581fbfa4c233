"""Parallel ingest (issue 8): N workers and one batching writer store exactly what one process does."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa
import pytest

from zhibiao.store import Store, connect
from zhibiao.store.ingest import _Writer, ingest_iter
from zhibiao.store.paths import expand_paths

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus"
PAIRS = SHARED / "corpus_pairs"

if not CORPUS.is_dir():
    pytest.skip("../shared/corpus is missing", allow_module_level=True)

# every stored column except the time of ingest and the raw bytes (compared through sha256)
QUERIES = {
    "documents": "SELECT * EXCLUDE (ingested_at, raw) FROM documents ORDER BY id",
    "reports": "SELECT * FROM reports ORDER BY doc_id, report",
    "sections": "SELECT * FROM sections ORDER BY doc_id, report, section",
    "glossary": "SELECT * FROM glossary ORDER BY ALL",
    "facts": "SELECT * FROM facts ORDER BY id",
    "mentions": "SELECT * FROM mentions ORDER BY id",
    "ngrams": "SELECT count(*), sum(gram % 1000003), sum(doc_id * report) FROM ngrams",
}


def _only_the_notes_file_failed(outcomes: list) -> None:
    """corpus_pairs/SOURCES.tsv is a table of sources, not a report: refused; every report is stored."""
    failed = {Path(o.path).name: o.reason for o in outcomes if o.status == "failed"}
    assert list(failed) == ["SOURCES.tsv"] and "no report found" in failed["SOURCES.tsv"], failed
    assert all(o.status == "ingested" for o in outcomes if Path(o.path).name != "SOURCES.tsv")


def _rows(db: Path) -> dict[str, list[tuple]]:
    with connect(db, read_only=True) as con:
        return {t: con.execute(q).fetchall() for t, q in QUERIES.items()}


@pytest.fixture(scope="module")
def one_process(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("j1") / "z.duckdb"
    summary = Store(db).ingest([CORPUS, PAIRS], jobs=1)
    _only_the_notes_file_failed(summary.outcomes)
    return db


def test_two_workers_store_the_same_rows_as_one(one_process: Path, tmp_path: Path) -> None:
    db = tmp_path / "j2.duckdb"
    summary = Store(db).ingest([CORPUS, PAIRS], jobs=2)
    _only_the_notes_file_failed(summary.outcomes)
    want, got = _rows(one_process), _rows(db)
    assert len(want["facts"]) > 300 and len(want["reports"]) == 19  # 11 in corpus/, 8 in corpus_pairs/
    for table in QUERIES:
        assert got[table] == want[table], table


def test_batch_boundaries_do_not_change_the_rows(one_process: Path, tmp_path: Path) -> None:
    """A writer that commits after every file stores the same rows (ids follow input order)."""
    db = tmp_path / "small.duckdb"
    orig = _Writer.__init__

    def tiny(self: _Writer, con: duckdb.DuckDBPyConnection) -> None:
        orig(self, con, max_files=1)

    _Writer.__init__ = tiny  # type: ignore[method-assign]
    try:
        with connect(db) as con:
            outs = list(ingest_iter(con, expand_paths([CORPUS, PAIRS])))
    finally:
        _Writer.__init__ = orig  # type: ignore[method-assign]
    _only_the_notes_file_failed(outs)
    assert _rows(db) == _rows(one_process)


def test_outcomes_carry_bytes_for_the_progress_rate(one_process: Path) -> None:
    with connect(one_process, read_only=True) as con:
        sizes = dict(con.execute("SELECT name, bytes FROM documents").fetchall())
    summary = Store(one_process).ingest([CORPUS], jobs=2)
    assert [o.status for o in summary.outcomes] == ["skipped"] * 5  # same content: nothing re-extracted
    summary = Store(one_process.with_name("again.duckdb")).ingest([CORPUS], jobs=2)
    assert {Path(o.path).name: o.bytes for o in summary.outcomes} == {
        k: v for k, v in sizes.items() if k in {p.name for p in CORPUS.glob("*.txt")}
    }


def test_a_file_that_cannot_be_stored_fails_alone(tmp_path: Path) -> None:
    """When a batch's transaction fails, its files are retried one by one: only the bad one fails."""
    from zhibiao import pipeline
    from zhibiao.store.rows import Payload, payload_of

    files = sorted(CORPUS.glob("*.txt"))[:3]
    payloads = [payload_of(pipeline.extract(f), str(f)) for f in files]
    bad = payloads[1]
    bad.frames["facts"] = bad.frames["facts"].set_column(
        bad.frames["facts"].schema.get_field_index("indicator"), "indicator",
        pa.nulls(bad.frames["facts"].num_rows, "string"),
    )  # NOT NULL violated
    with connect(tmp_path / "z.duckdb") as con:
        w = _Writer(con, max_files=100)
        for i, p in enumerate(payloads):
            assert w.add((p, f"{i}" * 64)) == []
        outs = w.flush()
        assert [o.status for o in outs] == ["ingested", "failed", "ingested"]
        assert "cannot store" in outs[1].reason
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
        assert isinstance(payloads[0], Payload)


def test_cli_progress_and_default_jobs(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    import zhibiao.cli.main  # noqa: F401  registers every command
    from zhibiao.cli.app import app

    r = CliRunner().invoke(app, ["ingest", str(CORPUS), "--db", str(tmp_path / "c.duckdb")])
    assert r.exit_code == 0, r.output
    assert Store(tmp_path / "c.duckdb").counts()["documents"] == 5
