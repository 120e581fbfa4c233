"""A shared read-only DuckDB connection for the web app, closed when idle so writers are not blocked."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from zhibiao.store.connect import connect, default_db_path, hide_docs, ingest_pid, pending_docs
from zhibiao.store.sql import seal


class ReadOnlyDB:
    """Hands out per-request cursors of one read-only, sealed connection (``zhibiao.store.sql.seal``).

    Opening the file costs tens of milliseconds, so the connection is reused; it is closed after
    ``idle_seconds`` without requests, at once while a ``zhibiao ingest`` is writing the file (it
    needs the file between its batches), and reopened when the file changes on disk.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None, idle_seconds: float = 10.0) -> None:
        self.path: Path = default_db_path(path)
        self.idle_seconds = idle_seconds
        self._lock = threading.Lock()
        self._con: duckdb.DuckDBPyConnection | None = None
        self._stamp: tuple[float, int] | None = None
        self._pending: list[int] = []  # unfinished big files, hidden from every cursor (``hide_docs``)
        self._users = 0
        self._timer: threading.Timer | None = None

    def _file_stamp(self) -> tuple[float, int] | None:
        try:
            st = self.path.stat()
        except OSError:
            return None
        return st.st_mtime, st.st_size

    @contextmanager
    def cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor valid for the ``with`` block (safe to use from the request's own thread)."""
        with self._lock:
            stamp = self._file_stamp()
            if self._con is not None and self._users == 0 and stamp != self._stamp:
                self._close_locked()
            if self._con is None:
                self._con = connect(self.path, read_only=True)
                seal(self._con)  # no file or network access, settings locked: the database file only
                self._stamp = stamp
                self._pending = pending_docs(self._con)
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            self._users += 1
            cur = self._con.cursor()
            hide_docs(cur, self._pending)
        try:
            yield cur
        finally:
            cur.close()
            with self._lock:
                self._users -= 1
                if self._users == 0 and ingest_pid(self.path) is not None:
                    self._close_locked()
                elif self._users == 0 and self.idle_seconds >= 0:
                    self._timer = threading.Timer(self.idle_seconds, self._close_if_idle)
                    self._timer.daemon = True
                    self._timer.start()

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Let the read connection go for the block, so this process may open the file to write
        (DuckDB refuses a read and a write connection to one file in one process); requests wait."""
        with self._lock:
            deadline = time.monotonic() + 30
            while self._users and time.monotonic() < deadline:
                self._lock.release()
                time.sleep(0.01)
                self._lock.acquire()
            self._close_locked()
            yield

    def _close_if_idle(self) -> None:
        with self._lock:
            if self._users == 0:
                self._close_locked()

    def _close_locked(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None

    def close(self) -> None:
        """Close the connection now (app shutdown)."""
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            self._close_locked()
