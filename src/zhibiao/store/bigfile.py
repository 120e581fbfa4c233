"""The big-file path: a file over ``BIG_FILE`` bytes is extracted by the writer and stored a chunk at a time."""

from __future__ import annotations

import contextlib
import datetime as _dt
import hashlib
from collections.abc import Callable
from dataclasses import replace
from itertools import islice
from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa

from zhibiao import sources
from zhibiao.errors import ZhibiaoInputError
from zhibiao.model import GivenMeta, Source
from zhibiao.store.connect import PENDING
from zhibiao.store.outcome import FileOutcome
from zhibiao.store.rows import _Rows
from zhibiao.store.session import Target, WriteSession
from zhibiao.store.workers import _reason
from zhibiao.store.write import (
    _PARTS_PER_COMMIT,
    _documents_table,
    _insert,
    _insert_chunk,
    _next_ids,
    _parts,
    _transaction,
    _version,
    clear_pending,
    delete_document_rows,
    delete_documents_of,
)

BIG_FILE = 16_000_000  # bytes: a file bigger than this is extracted by the writer as it is stored


STREAM_CHUNK = 10_000  # rows a transaction for a big file: its Python rows stay a few MB
PART_BYTES = 1 << 20  # a big file's bytes go into ``document_parts`` in parts of this size


def store_streaming(target: Target, path: Path, sha: str, given: GivenMeta | None = None,
                    replaces: bool = False) -> FileOutcome:
    """Extract one (big) file and store its rows as they are found, one transaction per chunk.

    A compilation of thousands of reports never has all its rows in memory, in Python or in
    DuckDB's uncommitted storage. Its ``documents`` row goes in last, with the removal of a
    ``meta`` note naming the document id: until then the file is not stored (a later run ingests
    it again), and a failure, here or a crash, has its rows deleted (``clear_pending``). Ids come
    from the sequences in order, so the rows equal those of the same file stored in a batch.

    Memory: a plain-text file is decoded and normalised a block at a time (other formats are
    decoded whole and their bytes let go), its bytes are read again in parts into
    ``document_parts`` (checked against ``sha``), and a ``WriteSession`` renews its connection as
    rows go in. So the peak is about the normalised text, not also the decoded text, the bytes
    and DuckDB's cache. ``given``: the metadata the user gave for the file; ``replaces``: the same
    content is stored with other given metadata, removed when this one is stored.
    """
    from zhibiao import pipeline

    label = str(path)
    session = target if isinstance(target, WriteSession) else None

    def con() -> duckdb.DuckDBPyConnection:
        return session.acquire() if session is not None else target  # type: ignore[return-value]

    try:
        source = _load_big(path, label, sha, given=given)
    except Exception as e:
        return FileOutcome(label, "failed", _reason(e), sha256=sha)
    doc_id = int(_next_ids(con(), "documents_id_seq", 1)[0])
    con().execute("INSERT INTO meta VALUES (?, ?)", [f"{PENDING}{doc_id}", sha])

    def sink(chunk: dict[str, pa.Table]) -> None:
        c = con()
        with _transaction(c):
            _insert_chunk(c, chunk, doc_id)
        if session is not None:  # renew the connection now and then: DuckDB's cache grows with the rows
            session.stored(sum(t.nbytes for t in chunk.values()))

    try:
        rows = _Rows(doc_id, source, STREAM_CHUNK, sink=sink, sha256=sha)
        rows.extend(pipeline.iter_extract_source(source))
        if reason := rows.refusal:
            clear_pending(con())
            return FileOutcome(label, "failed", reason, sha256=sha)
        counts = {"reports": rows.n_reports, "facts": rows.n_facts, "mentions": rows.n_mentions,
                  "damaged": source.damaged}
        del rows
        nbytes = _store_parts(con, path, sha, doc_id)
        meta = (str(path.resolve()), source.name, sha, nbytes, source.encoding, source.format, counts["reports"],
                given.to_json() if given else None, source.damaged)
        del source
        docs = _documents_table(np.array([doc_id]), [meta], pa.nulls(1, pa.binary()))
        c = con()
        with _transaction(c):
            if replaces:
                delete_documents_of(c, sha)
            _insert(c, "documents", docs)
            c.execute("DELETE FROM meta WHERE key = ?", [f"{PENDING}{doc_id}"])
    except Exception as e:
        with contextlib.suppress(duckdb.Error):
            clear_pending(con())
        reason = f"cannot store: {e}" if isinstance(e, duckdb.Error) else _reason(e)
        return FileOutcome(label, "failed", reason, sha256=sha)
    return FileOutcome(str(path.resolve()), "ingested", sha256=sha, bytes=nbytes, **counts)


def _load_big(path: Path, label: str, sha: str, name: str | None = None, given: GivenMeta | None = None) -> Source:
    """``sources.load_big``, with the bytes of a format read whole checked against ``sha`` and then
    let go (rows need the text only; the bytes are read again for ``document_parts``)."""
    source = sources.load_big(path, label, name)
    if given:
        source = replace(source, given=given)
    if source.stream is None:
        if hashlib.sha256(source.raw).hexdigest() != sha:
            raise ZhibiaoInputError(label, CHANGED)
        source = replace(source, raw=b"")
    return source


CHANGED = "the file changed while it was being ingested"


def _store_parts(con: Callable[[], duckdb.DuckDBPyConnection], path: Path, sha: str, doc_id: int) -> int:
    """Read ``path`` again into ``document_parts``, a few parts a transaction, checking it is still
    ``sha``; returns its size in bytes."""
    digest = hashlib.sha256()
    part = nbytes = 0
    pieces = sources.read_pieces(path, PART_BYTES)
    while chunk := list(islice(pieces, _PARTS_PER_COMMIT)):
        for p in chunk:
            digest.update(p)
            nbytes += len(p)
        c = con()
        with _transaction(c):
            _insert(c, "document_parts", pa.table({
                "doc_id": pa.array([doc_id] * len(chunk), pa.int32()),
                "part": pa.array(range(part, part + len(chunk)), pa.int32()),
                "raw": pa.array(chunk, pa.binary()),
            }))  # fmt: skip
        part += len(chunk)
        del chunk
    if digest.hexdigest() != sha:
        raise ZhibiaoInputError(str(path), CHANGED)
    return nbytes


def _reextract_big(con: duckdb.DuckDBPyConnection, doc_id: int, name: str, label: str, sha: str,
                   given: GivenMeta | None = None) -> FileOutcome:
    """Re-extract a document kept in parts: its bytes go to a temporary file a few parts at a time
    and are read as a big file is ingested (``sources.load_big``); the new rows go in a chunk at a
    time inside the one transaction that deletes the old ones."""
    import tempfile

    from zhibiao import pipeline

    def sink(chunk: dict[str, pa.Table]) -> None:
        _insert_chunk(con, chunk, doc_id)

    with tempfile.TemporaryDirectory(prefix="zhibiao-") as tmp:
        path = Path(tmp) / "document"
        with open(path, "wb") as f:
            f.writelines(_parts(con, doc_id))
        try:
            source = _load_big(path, label, sha, name, given)
        except Exception as e:
            return FileOutcome(label, "failed", f"{type(e).__name__}: {e}", sha256=sha)
        con.execute("BEGIN TRANSACTION")
        try:
            delete_document_rows(con, doc_id)
            rows = _Rows(doc_id, source, STREAM_CHUNK, sink=sink, sha256=sha)
            rows.extend(pipeline.iter_extract_source(source))
            con.execute(
                "UPDATE documents SET zhibiao_version = ?, n_reports = ?, ingested_at = ?, damaged = ? WHERE id = ?",
                [_version(), rows.n_reports, _dt.datetime.now(), source.damaged, doc_id],
            )
            con.execute("COMMIT")
        except Exception as e:
            con.execute("ROLLBACK")
            return FileOutcome(label, "failed", f"{type(e).__name__}: {e}", sha256=sha)
        except BaseException:
            con.execute("ROLLBACK")
            raise
    return FileOutcome(label, "ingested", sha256=sha, reports=rows.n_reports, facts=rows.n_facts,
                       mentions=rows.n_mentions, damaged=source.damaged)  # fmt: skip
