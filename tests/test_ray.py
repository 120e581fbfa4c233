"""Ray engine (issue 8): Ray Data tasks write a Parquet store equal, row for row, to the local store.

Needs the optional extra ``zhibiao[ray]``; skipped with a reason when Ray is not installed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus"
PAIRS = SHARED / "corpus_pairs"

if not CORPUS.is_dir():
    pytest.skip("../shared/corpus is missing", allow_module_level=True)
ray = pytest.importorskip("ray", reason="Ray is not installed: pip install 'zhibiao[ray]' to run the Ray tests")
pytest.importorskip("ray.data", reason="Ray Data is not installed: pip install 'zhibiao[ray]'")

import zhibiao  # noqa: E402
from zhibiao.api import ParquetDatabase  # noqa: E402
from zhibiao.engines.ray_engine import ingest_ray  # noqa: E402
from zhibiao.store import Store  # noqa: E402

# natural keys: doc_id and ids are surrogates (the Parquet store numbers documents by input rank)
QUERIES = {
    "documents": "SELECT * EXCLUDE (id, ingested_at, raw) FROM documents ORDER BY name",
    "reports": "SELECT * EXCLUDE (doc_id) FROM reports ORDER BY doc, report",
    "facts": "SELECT * EXCLUDE (id, doc_id) FROM facts ORDER BY doc, report, id",
    "mentions": "SELECT * EXCLUDE (id, doc_id) FROM mentions ORDER BY doc, report, id",
    "sections": "SELECT d.name, s.* EXCLUDE (doc_id) FROM sections s JOIN documents d ON d.id = s.doc_id "
    "ORDER BY d.name, s.report, s.section",
    "glossary": "SELECT * EXCLUDE (doc_id) FROM glossary ORDER BY ALL",
}


pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def ray_local():  # type: ignore[no-untyped-def]
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


def _rows(db: Store, table: str) -> list[tuple]:
    with db.connection() as con:
        q = QUERIES[table]
        if table == "documents" and isinstance(db, ParquetDatabase):
            q = q.replace("EXCLUDE (id, ingested_at, raw)", "EXCLUDE (id, ingested_at)")
        return con.execute(q).fetchall()


def test_ray_parquet_store_equals_the_local_store(ray_local: None, tmp_path: Path) -> None:
    local = Store(tmp_path / "local.duckdb")
    assert [Path(o.path).name for o in local.ingest([CORPUS, PAIRS], jobs=1).failed] == ["SOURCES.tsv"]
    out = tmp_path / "parquet"
    summary = ingest_ray([CORPUS, PAIRS], out, files_per_task=4)
    assert [Path(o.path).name for o in summary.failed] == ["SOURCES.tsv"]  # a table of sources, not a report
    assert len(summary.ingested) == local.counts()["documents"] == 13
    assert (out / "facts").is_dir() and list((out / "facts").glob("part-*.parquet"))
    pq = zhibiao.open(out)
    assert isinstance(pq, ParquetDatabase)
    for table in QUERIES:
        want, got = _rows(local, table), _rows(pq, table)
        assert len(want) > 0, table
        assert got == want, table
    counts = local.counts()
    assert pq.counts() == counts
    # the same queries answer the same
    assert pq.facts(region="济南市", role="target")["text"].tolist() == \
        local.facts(region="济南市", role="target")["text"].tolist()  # fmt: skip
    assert len(pq.search("新质生产力")) == len(local.search("新质生产力")) > 0
    # a re-run skips every file already in the folder, and the rows stay as they were
    again = ingest_ray([CORPUS], out)
    assert [o.status for o in again.outcomes] == ["skipped"] * 5
    assert pq.counts() == counts
    with pytest.raises(zhibiao.ZhibiaoError):
        with pq.connection(read_only=False):
            pass


def test_cli_ingest_engine_ray_then_query_the_folder(ray_local: None, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    import zhibiao.cli.main  # noqa: F401  registers every command
    from zhibiao.cli.app import app

    runner = CliRunner()
    out = tmp_path / "pq"
    r = runner.invoke(app, ["ingest", "--engine", "ray", str(CORPUS), "--out", str(out)])
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["ingest", "--engine", "ray", str(CORPUS)])
    assert r.exit_code != 0  # --out is required
    local = tmp_path / "local.duckdb"
    assert runner.invoke(app, ["ingest", str(CORPUS), "--db", str(local)]).exit_code == 0
    got = runner.invoke(app, ["facts", "--db", str(out), "--region", "济南市", "--format", "jsonl"])
    want = runner.invoke(app, ["facts", "--db", str(local), "--region", "济南市", "--format", "jsonl"])
    assert got.exit_code == 0 and got.output == want.output and got.output.count("\n") > 10
