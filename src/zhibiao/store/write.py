"""Writing rows into the store: transactions, ids from the sequences, batches of files, stored bytes read back."""

from __future__ import annotations

import contextlib
import datetime as _dt
from collections.abc import Iterator

import duckdb
import numpy as np
import pyarrow as pa

from zhibiao._version import __version__
from zhibiao.model import ExtractionResult
from zhibiao.store.connect import PENDING, pending_docs
from zhibiao.store.outcome import FileOutcome
from zhibiao.store.rows import Payload, _Rows


def _insert(con: duckdb.DuckDBPyConnection, table: str, df: pa.Table) -> None:
    if df.num_rows == 0:
        return
    name = f"_zb_{table}"
    con.register(name, df)
    try:
        cols = ", ".join(df.column_names)
        con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {name}")
    finally:
        with contextlib.suppress(duckdb.Error):  # an aborted transaction refuses it; harmless
            con.unregister(name)


def write_result(con: duckdb.DuckDBPyConnection, doc_id: int, result: ExtractionResult) -> tuple[int, int]:
    """Insert every row derived from ``result`` for document ``doc_id`` (caller holds the transaction)."""
    rows = _Rows.of(doc_id, result)
    frames = rows.frames()
    for table in ("reports", "sections", "glossary", "facts", "mentions"):
        _insert(con, table, frames[table])
    _insert(con, "ngrams", _with_doc_id(rows.ngrams(), doc_id))
    return rows.n_facts, rows.n_mentions


def delete_document_rows(con: duckdb.DuckDBPyConnection, doc_id: int) -> None:
    """Remove every derived row of a document (not the document itself)."""
    for table in ("ngrams", "mentions", "facts", "glossary", "sections", "reports"):
        con.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc_id])


def _version() -> str:
    return __version__


def store_result(
    con: duckdb.DuckDBPyConnection, result: ExtractionResult, sha256: str, path: str | None = None
) -> FileOutcome:
    """Store one file's extraction in a single transaction: all of it or nothing."""
    src = result.source
    path = path or src.path
    con.execute("BEGIN TRANSACTION")
    try:
        row = con.execute(
            """INSERT INTO documents (path, name, sha256, bytes, encoding, format, ingested_at,
                                      zhibiao_version, n_reports, raw, given, damaged)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""",
            [path, src.name, sha256, len(src.raw), src.encoding, src.format,
             _dt.datetime.now(), _version(), len(result.reports), src.raw, src.given.to_json() if src.given else None,
             src.damaged],
        ).fetchone()  # fmt: skip
        assert row is not None
        nf, nm = write_result(con, int(row[0]), result)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return FileOutcome(
        path, "ingested", sha256=sha256, reports=len(result.reports), facts=nf, mentions=nm, damaged=src.damaged
    )


_TABLES = ("reports", "sections", "glossary", "facts", "mentions", "ngrams")
_ID_SEQ = {"facts": "facts_id_seq", "mentions": "mentions_id_seq"}


def _next_ids(con: duckdb.DuckDBPyConnection, seq: str, n: int) -> np.ndarray:
    """``n`` fresh values of a sequence, ascending (so ids follow input order, however DuckDB runs)."""
    got = con.execute(f"SELECT nextval('{seq}') AS id FROM range(?)", [n]).fetchnumpy()["id"]
    return np.sort(np.asarray(got, dtype=np.int64))


def _with_doc_id(t: pa.Table, doc_id: int) -> pa.Table:
    ids = pa.array(np.full(t.num_rows, doc_id, np.int32))
    i = t.schema.get_field_index("doc_id")
    return t.append_column("doc_id", ids) if i < 0 else t.set_column(i, "doc_id", ids)


@contextlib.contextmanager
def _transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """One transaction: committed if the block ends normally, rolled back on any exception."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def _insert_new(con: duckdb.DuckDBPyConnection, table: str, t: pa.Table) -> None:
    """Insert rows, giving facts and mentions fresh ids from their sequences, in row order."""
    if table in _ID_SEQ:
        t = t.append_column("id", pa.array(_next_ids(con, _ID_SEQ[table], t.num_rows)))
    _insert(con, table, t)


def _insert_chunk(con: duckdb.DuckDBPyConnection, chunk: dict[str, pa.Table], doc_id: int) -> None:
    """Insert one chunk of a document's rows (``_Rows`` sink; ``ngrams`` come without ``doc_id``)."""
    for table, t in chunk.items():
        _insert_new(con, table, _with_doc_id(t, doc_id) if table == "ngrams" else t)


def _documents_table(ids: np.ndarray, docs: list[tuple[str, str, str, int, str, str, int, str | None, int]],
                     raw: pa.Array) -> pa.Table:
    """``documents`` rows: ids, (path, name, sha256, bytes, encoding, format, n_reports, given, damaged)
    each, the bytes."""
    path, name, sha, nbytes, encoding, fmt, n_reports, given, damaged = (list(c) for c in zip(*docs, strict=True))
    return pa.table({
        "id": pa.array(ids.astype(np.int32)), "path": path, "name": name, "sha256": sha,
        "bytes": pa.array(nbytes, pa.int64()), "encoding": encoding, "format": fmt,
        "ingested_at": pa.array([_dt.datetime.now()] * len(docs), pa.timestamp("us")),
        "zhibiao_version": [_version()] * len(docs), "n_reports": pa.array(n_reports, pa.int32()), "raw": raw,
        "given": pa.array(given, pa.string()),
        "damaged": pa.array(damaged, pa.int32()),
    })  # fmt: skip


def delete_documents_of(con: duckdb.DuckDBPyConnection, sha: str) -> None:
    """Remove the documents with content ``sha`` and all their rows (caller holds the transaction):
    the same file ingested again with other given metadata replaces them."""
    for (doc_id,) in con.execute("SELECT id FROM documents WHERE sha256 = ?", [sha]).fetchall():
        delete_document_rows(con, doc_id)
        con.execute("DELETE FROM document_parts WHERE doc_id = ?", [doc_id])
        con.execute("DELETE FROM documents WHERE id = ?", [doc_id])


def store_batch(con: duckdb.DuckDBPyConnection, batch: list[tuple[Payload, str]]) -> list[FileOutcome]:
    """Store several files' rows in ONE transaction (one INSERT per table): all of them or none.

    Ids are taken from the sequences in input order, so the rows are the same whatever the batch
    boundaries or the number of workers were.
    """
    if not batch:
        return []
    with _transaction(con):
        for p, sha in batch:
            if p.replaces:
                delete_documents_of(con, sha)
        ids = _next_ids(con, "documents_id_seq", len(batch))
        docs = _documents_table(ids, [(p.path, p.name, sha, p.nbytes, p.encoding, p.format, p.n_reports, p.given,
                                       p.damaged) for p, sha in batch],
                                pa.array([p.raw for p, _ in batch], pa.binary()))  # fmt: skip
        _insert(con, "documents", docs)
        for table in _TABLES:
            parts = [_with_doc_id(p.frames[table], int(i)) for (p, _), i in zip(batch, ids, strict=True)
                     if p.frames[table].num_rows]  # fmt: skip
            if not parts:
                continue
            _insert_new(con, table, pa.concat_tables(parts, promote_options="permissive"))
    return [FileOutcome(p.path, "ingested", sha256=sha, reports=p.n_reports, facts=p.facts, mentions=p.mentions,
                        bytes=p.nbytes, damaged=p.damaged) for p, sha in batch]  # fmt: skip


_PARTS_PER_COMMIT = 16


def document_bytes(con: duckdb.DuckDBPyConnection, doc_id: int) -> bytes | None:
    """The stored bytes of a document: ``documents.raw``, or its ``document_parts`` for a big file."""
    row = con.execute("SELECT raw FROM documents WHERE id = ?", [doc_id]).fetchone()
    if row is None:
        return None
    if row[0] is not None:
        return bytes(row[0])
    return b"".join(_parts(con, doc_id)) or None


def _parts(con: duckdb.DuckDBPyConnection, doc_id: int) -> Iterator[bytes]:
    """A big document's bytes in order, a few parts (``_PARTS_PER_COMMIT``) fetched at a time."""
    (last,) = con.execute("SELECT max(part) FROM document_parts WHERE doc_id = ?", [doc_id]).fetchone()
    for a in range(0, -1 if last is None else int(last) + 1, _PARTS_PER_COMMIT):
        got = con.execute("SELECT raw FROM document_parts WHERE doc_id = ? AND part >= ? AND part < ? ORDER BY part",
                          [doc_id, a, a + _PARTS_PER_COMMIT]).fetchall()  # fmt: skip
        yield from (bytes(p) for (p,) in got)


def clear_pending(con: duckdb.DuckDBPyConnection) -> int:
    """Delete the rows of big files whose storing did not finish (see ``store_streaming``)."""
    docs = pending_docs(con)
    for doc_id in docs:
        with _transaction(con):
            delete_document_rows(con, doc_id)
            con.execute("DELETE FROM document_parts WHERE doc_id = ?", [doc_id])
            con.execute("DELETE FROM meta WHERE key = ?", [f"{PENDING}{doc_id}"])
    return len(docs)
