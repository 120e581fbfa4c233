"""Ingest: files in, one writer storing them in batches in input order while workers extract."""

from __future__ import annotations

import contextlib
import os
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

import duckdb

from zhibiao.model import GivenMeta
from zhibiao.store.bigfile import store_streaming
from zhibiao.store.outcome import FileOutcome
from zhibiao.store.rows import Payload
from zhibiao.store.session import Target, WriteSession, _opened
from zhibiao.store.units import GivenFor, _outcome, _stored_as, _Unit, _units
from zhibiao.store.workers import WINDOW_PER_JOB, Extractor, _default_extract, _Inline, _warm_up, _worker_init
from zhibiao.store.write import store_batch


class _Writer:
    """The single writer: buffers extracted files and stores them in batches, outcomes in input order.

    ``stored`` maps the sha256 of every stored document to its name: read once at the start and
    kept up to date, so deciding that a file is already stored needs no database access.
    """

    def __init__(self, target: Target, max_files: int = 32, max_bytes: int = 8_000_000,
                 max_wait: float = 0.25) -> None:
        self.target = target
        self.max_files, self.max_bytes, self.max_wait = max_files, max_bytes, max_wait
        self.queue: list[FileOutcome | tuple[Payload, str]] = []  # finished outcomes and rows to store
        self.nbytes = 0
        with _opened(target) as con:
            docs = con.execute("SELECT sha256, name, given FROM documents").fetchall()
        self.stored: dict[str, str] = {sha: name for sha, name, _ in docs}
        self.stored_given: dict[str, str | None] = {sha: given for sha, _, given in docs}
        self.since = time.perf_counter()

    def add(self, item: FileOutcome | tuple[Payload, str]) -> list[FileOutcome]:
        """Queue one file's outcome or rows; returns the outcomes that are final now."""
        self.queue.append(item)
        if isinstance(item, tuple):
            self.nbytes += item[0].nbytes
        rows = sum(isinstance(x, tuple) for x in self.queue)
        if rows == 0:
            return self.flush()
        if (rows >= self.max_files or self.nbytes >= self.max_bytes
                or time.perf_counter() - self.since >= self.max_wait):  # fmt: skip
            return self.flush()
        return []

    def flush(self) -> list[FileOutcome]:
        """Store everything queued; outcomes in the order the files were added."""
        queue, self.queue, self.nbytes = self.queue, [], 0
        self.since = time.perf_counter()
        batch = [x for x in queue if isinstance(x, tuple)]
        if batch:
            with _opened(self.target) as con:
                try:
                    outs = store_batch(con, batch)
                except duckdb.Error:  # one bad file must not sink the batch: store them one by one
                    outs = [self._store_one(con, x) for x in batch]
            for (p, sha), o in zip(batch, outs, strict=True):
                if o.status == "ingested":
                    self.stored[sha] = p.name
                    self.stored_given[sha] = p.given
            if isinstance(self.target, WriteSession):
                self.target.stored(sum(p.nbytes for p, _ in batch))
        stored = iter(outs if batch else [])
        return [next(stored) if isinstance(x, tuple) else x for x in queue]

    def store_big(self, label: str, sha: str, given: GivenMeta | None = None, replaces: bool = False) -> FileOutcome:
        """Extract and store one big file here, a chunk of reports at a time (``store_streaming``)."""
        try:
            out = store_streaming(self.target, Path(label), sha, given, replaces)
        except BaseException:  # as ``WriteSession.open``: a killed run leaves the file closed
            if isinstance(self.target, WriteSession):
                self.target.close()
            raise
        if out.status == "ingested":
            self.stored[sha] = Path(label).name
            self.stored_given[sha] = given.to_json() if given else None
        if isinstance(self.target, WriteSession):
            self.target.stored(out.bytes)
        return out

    @staticmethod
    def _store_one(con: duckdb.DuckDBPyConnection, item: tuple[Payload, str]) -> FileOutcome:
        try:
            return store_batch(con, [item])[0]
        except duckdb.Error as e:
            return FileOutcome(item[0].path, "failed", f"cannot store: {e}", sha256=item[1])


def ingest_iter(
    db: Target,
    files: Iterable[Path | str],
    extract: Extractor = _default_extract,
    jobs: int = 1,
    given: GivenFor | None = None,
) -> Iterator[FileOutcome]:
    """Ingest files in order, yielding each outcome as soon as its batch's transaction has committed.

    ``db`` is an open connection, or a ``WriteSession`` (the database opened per batch, so readers
    work during the ingest). A ZIP archive's members are ingested as documents of their own. With
    ``jobs > 1`` extraction (and building the rows) runs in that many worker processes while this
    process, the only writer, stores results in input order and in batches; at most
    ``WINDOW_PER_JOB * jobs`` results wait in memory (enough queued work to keep the workers busy
    while a batch is being stored). The stored rows are the same for any ``jobs``.

    ``given`` tells the metadata the user gives for a file (the default extractor applies it); a
    file already stored is skipped unless it is now given other metadata: it then replaces the
    stored document.
    """
    files = list(files)
    jobs = max(1, min(jobs, len(files)))
    yield from _ingest(db, files, extract, jobs, given)


def _ingest(db: Target, files: list[Path | str], extract: Extractor, jobs: int,
            given: GivenFor | None = None) -> Iterator[FileOutcome]:
    """``ingest_iter`` once the file list and the number of workers are settled."""
    writer = _Writer(db)
    stored = writer.stored
    with contextlib.ExitStack() as stack:
        pool = None
        if jobs > 1:
            if extract is _default_extract:
                _warm_up()
            pool = stack.enter_context(ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init,
                                                           initargs=(os.getpid(),)))  # fmt: skip
        if isinstance(db, WriteSession):
            stack.callback(db.close)
        window: deque[tuple[_Unit, Future[Payload | str] | _Inline | None]] = deque()
        submitted: set[str] = set()  # contents already sent for extraction in this run
        units = _units(files, extract, stored, given, writer.stored_given)
        while True:
            while len(window) < WINDOW_PER_JOB * jobs and (u := next(units, None)) is not None:
                fut: Future[Payload | str] | _Inline | None = None
                if u.big and isinstance(u.checked, str) and u.checked in submitted:
                    u.big = False  # the same big content twice in one run: the second is "skipped"
                if isinstance(u.checked, str) and u.checked not in submitted and (u.job is not None or u.big):
                    submitted.add(u.checked)
                    if u.job is not None:
                        fut = pool.submit(u.job[0], *u.job[1]) if pool else _Inline(u.job)
                window.append((u, fut))
                if pool is None:
                    break
            if not window:
                break
            u, fut = window.popleft()
            if isinstance(u.checked, FileOutcome):
                yield from writer.add(u.checked)
            elif u.big and (u.checked not in stored or u.replaces):
                yield from writer.flush()  # outcomes stay in input order
                yield writer.store_big(u.label, u.checked, u.given, u.replaces)
            elif fut is None:  # same content as an earlier document of this run: store that one first
                yield from writer.flush()
                yield _stored_as(stored, u.label, u.checked) or FileOutcome(
                    u.label, "failed", "same content as an earlier file that failed", sha256=u.checked
                )
            else:
                got = fut.result()
                if isinstance(got, Payload) and not got.raw:
                    got.raw = u.raw
                if isinstance(got, Payload):
                    got.replaces = u.replaces
                yield from writer.add(_outcome(u.label, u.checked, got))
        yield from writer.flush()
