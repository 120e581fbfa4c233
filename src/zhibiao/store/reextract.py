"""Re-extraction of stored documents from their stored bytes (after an upgrade of zhibiao)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterator

import duckdb

from zhibiao.model import ExtractionResult, GivenMeta
from zhibiao.store.bigfile import _reextract_big
from zhibiao.store.outcome import FileOutcome
from zhibiao.store.session import Target, WriteSession, _opened
from zhibiao.store.write import _version, delete_document_rows, document_bytes, write_result


def reextract_iter(
    db: Target,
    decode: Callable[[bytes, str], ExtractionResult] | None = None,
) -> Iterator[FileOutcome]:
    """Re-run extraction on every stored document from its stored bytes, one transaction each.

    ``db`` is an open connection, or a ``WriteSession``: then, as during an ingest, the file is
    handed to waiting readers between documents (and the connection renewed every 16 MB), so a
    long re-extraction never keeps readers out for more than one document.

    With the default ``decode``, a big document (its bytes in ``document_parts``) is read as it
    was ingested, a block at a time (``_reextract_big``), not decoded and extracted whole.
    """
    streamed = decode is None
    if decode is None:
        from zhibiao.pipeline import extract_bytes as decode
    with _opened(db) as con:
        docs = con.execute("SELECT id, name, path, sha256, bytes, given FROM documents ORDER BY id").fetchall()
        parted = ({i for (i,) in con.execute("SELECT DISTINCT doc_id FROM document_parts").fetchall()}
                  if streamed else set())  # fmt: skip
    for doc_id, name, path, sha, nbytes, given_json in docs:
        given = GivenMeta.from_json(given_json)  # what the user gave when it was ingested, applied again
        with _opened(db) as con:
            if doc_id in parted:
                out = _reextract_big(con, doc_id, name, path or name, sha, given)
            else:
                out = _reextract_one(con, decode, streamed, doc_id, name, path or name, sha, given)
        if isinstance(db, WriteSession):
            db.stored(nbytes or 0)  # a waiting reader gets the file now
        yield out


def _reextract_one(con: duckdb.DuckDBPyConnection, decode: Callable[..., ExtractionResult], streamed: bool,
                   doc_id: int, name: str, label: str, sha: str, given: GivenMeta | None) -> FileOutcome:
    """Re-extract one document held whole in ``documents.raw``, in one transaction."""
    raw = document_bytes(con, doc_id)
    if raw is None:
        return FileOutcome(label, "failed", "raw bytes not stored", sha256=sha)
    try:
        result = decode(raw, name, given) if streamed and given else decode(raw, name)
    except Exception as e:
        return FileOutcome(label, "failed", f"{type(e).__name__}: {e}", sha256=sha)
    del raw
    con.execute("BEGIN TRANSACTION")
    try:
        delete_document_rows(con, doc_id)
        nf, nm = write_result(con, doc_id, result)
        con.execute(
            "UPDATE documents SET zhibiao_version = ?, n_reports = ?, ingested_at = ?, damaged = ? WHERE id = ?",
            [_version(), len(result.reports), _dt.datetime.now(), result.source.damaged, doc_id],
        )
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return FileOutcome(label, "ingested", sha256=sha, reports=len(result.reports), facts=nf, mentions=nm,
                       damaged=result.source.damaged)
