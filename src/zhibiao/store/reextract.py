"""Re-extraction of stored documents from their stored bytes (after an upgrade of zhibiao)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterator

import duckdb

from zhibiao.model import ExtractionResult, GivenMeta
from zhibiao.store.bigfile import _reextract_big
from zhibiao.store.outcome import FileOutcome
from zhibiao.store.write import _version, delete_document_rows, document_bytes, write_result


def reextract_iter(
    con: duckdb.DuckDBPyConnection,
    decode: Callable[[bytes, str], ExtractionResult] | None = None,
) -> Iterator[FileOutcome]:
    """Re-run extraction on every stored document from its stored bytes, one transaction each.

    With the default ``decode``, a big document (its bytes in ``document_parts``) is read as it
    was ingested, a block at a time (``_reextract_big``), not decoded and extracted whole.
    """
    streamed = decode is None
    if decode is None:
        from zhibiao.pipeline import extract_bytes as decode
    docs = con.execute("SELECT id, name, path, sha256, given FROM documents ORDER BY id").fetchall()
    parted = {i for (i,) in con.execute("SELECT DISTINCT doc_id FROM document_parts").fetchall()} if streamed else ()
    for doc_id, name, path, sha, given_json in docs:
        given = GivenMeta.from_json(given_json)  # what the user gave when it was ingested, applied again
        if doc_id in parted:
            yield _reextract_big(con, doc_id, name, path or name, sha, given)
            continue
        raw = document_bytes(con, doc_id)
        if raw is None:
            yield FileOutcome(path or name, "failed", "raw bytes not stored", sha256=sha)
            continue
        try:
            result = decode(raw, name, given) if streamed and given else decode(raw, name)
        except Exception as e:
            yield FileOutcome(path or name, "failed", f"{type(e).__name__}: {e}", sha256=sha)
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            delete_document_rows(con, doc_id)
            nf, nm = write_result(con, doc_id, result)
            con.execute(
                "UPDATE documents SET zhibiao_version = ?, n_reports = ?, ingested_at = ? WHERE id = ?",
                [_version(), len(result.reports), _dt.datetime.now(), doc_id],
            )
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        yield FileOutcome(path or name, "ingested", sha256=sha, reports=len(result.reports), facts=nf,
                          mentions=nm)  # fmt: skip
