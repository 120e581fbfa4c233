"""Where an ingest writes: the database file opened per batch and handed to waiting readers between them."""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb

from zhibiao.store.write import clear_pending


class WriteSession:
    """Where an ingest writes: the database file, kept open between batches unless a reader waits.

    DuckDB lets one process write a file or several read it, never both. A reader that finds the
    file locked by an ingest says so (``connect.want_read``); the session then closes the file
    after the batch in hand and leaves it closed for a moment, so the reader gets in. Without
    readers the connection is reused (each close is a checkpoint); it is renewed every
    ``renew_bytes`` of input (16 MB) so DuckDB's block cache does not grow with the database.
    """

    def __init__(self, db: str | os.PathLike[str], threads: int = 1, renew_bytes: int = 16_000_000,
                 yield_seconds: float = 1.0, checkpoint_mb: int = 32, appends_only: bool = True) -> None:
        self.path = Path(db)
        self.appends_only = appends_only  # an ingest: no vacuum at checkpoints (see ``acquire``)
        self.checkpoint_mb = checkpoint_mb
        self.threads = threads  # DuckDB threads: the workers already keep the cores busy
        self.renew_bytes = renew_bytes
        self.yield_seconds = yield_seconds
        self.migrated = False
        self.con: duckdb.DuckDBPyConnection | None = None
        self.opened_at = 0.0
        self.closed_at = 0.0
        self.nbytes = 0  # input bytes stored since the connection was opened
        self.yielded = 0  # times the file was handed to waiting readers
        self.yielding = False

    def acquire(self) -> duckdb.DuckDBPyConnection:
        """The open connection, opening it (and waiting for readers to finish) if needed."""
        from zhibiao.store.connect import connect, lock_timeout, wait_connect

        if self.con is None:
            pause = self.closed_at + self.yield_seconds - time.monotonic()
            if self.yielding and pause > 0:  # let the waiting reader in first
                time.sleep(pause)
            self.yielding = False
            if self.migrated:  # checked once per run: later opens skip the schema queries
                self.con = wait_connect(self.path, read_only=False, wait=lock_timeout())
            else:
                self.con = connect(self.path)
                self.migrated = True
                clear_pending(self.con)  # rows a killed ingest left of a big file
            self.con.execute(f"SET threads = {int(self.threads)}")
            self.con.execute(f"SET checkpoint_threshold = '{self.checkpoint_mb}MB'")
            # An ingest only appends, so a checkpoint's vacuum pass has nothing to reclaim; it
            # would merge and rewrite the row groups of the wide text columns (source bytes,
            # report texts) in memory, and those peaks grew with the database (1.4 GB at 1 GB).
            if self.appends_only:
                with contextlib.suppress(duckdb.Error):  # older DuckDB releases lack the setting
                    self.con.execute("SET max_vacuum_tasks = 0")
            self.opened_at, self.nbytes = time.monotonic(), 0
        return self.con

    def stored(self, nbytes: int) -> None:
        """After a batch: close if a reader waits (or the cache should be dropped)."""
        from zhibiao.store.connect import readers_waiting_since

        self.nbytes += nbytes
        asked = readers_waiting_since(self.path)
        if asked is not None and asked >= self.opened_at - 1.0:
            self.yielded += 1
            self.close()
            self.yielding = True
        elif self.nbytes >= self.renew_bytes:
            self.close()

    def close(self) -> None:
        """Close the file (a checkpoint); the next batch reopens it."""
        if self.con is not None:
            self.con.close()
            self.con = None
            self.closed_at = time.monotonic()

    @contextlib.contextmanager
    def open(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """The connection for one batch; it may stay open for the next one."""
        con = self.acquire()
        try:
            yield con
        except BaseException:
            self.close()
            raise


Target = duckdb.DuckDBPyConnection | WriteSession


@contextlib.contextmanager
def _opened(target: Target) -> Iterator[duckdb.DuckDBPyConnection]:
    if isinstance(target, WriteSession):
        with target.open() as con:
            yield con
    else:
        yield target
