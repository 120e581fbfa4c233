"""Opening the DuckDB file: default path, offline settings, lock waits and errors, migrations.

DuckDB lets one process write a file, or several processes read it, never both at once. So a
writer (``zhibiao ingest``) opens the file only while it stores a batch, and every open waits
for the lock a little (``$ZHIBIAO_LOCK_TIMEOUT`` seconds, default 60) before giving up with a
clear message: readers keep working during an ingest. Two ingests never interleave: the first
holds ``IngestLock`` for its whole run and a second one fails at once.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb

from zhibiao.errors import ZhibiaoError
from zhibiao.store.schema import SCHEMA_VERSION, check_version, migrate, schema_version

DEFAULT_DB = "zhibiao.duckdb"
ENV_DB = "ZHIBIAO_DB"
ENV_LOCK_TIMEOUT = "ZHIBIAO_LOCK_TIMEOUT"
DEFAULT_LOCK_TIMEOUT = 60.0
READER_WAIT_FACTOR = 5  # a writer waits this many lock timeouts for readers to let go: longer than they wait
LOCK_SUFFIX = ".ingest-lock"
PENDING = "pending_doc:"  # meta key of a big file being stored in steps; removed by its last step

# Never let DuckDB fetch an extension at run time: everything must work offline.
_OFFLINE = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}

_PID = re.compile(r"PID (\d+)")


class StoreError(ZhibiaoError):
    """A problem with the database file itself (missing, locked, unreadable)."""


class StoreLockedError(StoreError):
    """Another process holds DuckDB's write lock on the file."""

    def __init__(self, path: str, pid: int | None, reader: bool = False, waited: float | None = None) -> None:
        self.path = path
        self.pid = pid
        self.reader = reader
        who = f"pid {pid}" if pid is not None else "pid unknown"
        if reader:
            after = f" after {waited:g} s" if waited is not None else ""
            super().__init__(
                f"database {path} is held open by a reader ({who}: a query, `zhibiao serve` or a notebook); "
                f"gave up waiting for it{after}: let it finish or close it, or wait longer "
                f"(${ENV_LOCK_TIMEOUT}: writers wait {READER_WAIT_FACTOR}× that for readers)"
            )
        else:
            super().__init__(
                f"database {path} is in use by another zhibiao process ({who}); "
                "wait for it to finish or choose another file with --db"
            )


def default_db_path(db: str | os.PathLike[str] | None = None) -> Path:
    """``db`` if given, else ``$ZHIBIAO_DB``, else ``./zhibiao.duckdb``."""
    if db:
        return Path(db)
    return Path(os.environ.get(ENV_DB) or DEFAULT_DB)


def lock_timeout() -> float:
    """Seconds an open waits for another process's lock: ``$ZHIBIAO_LOCK_TIMEOUT`` or 60."""
    try:
        return max(0.0, float(os.environ.get(ENV_LOCK_TIMEOUT, DEFAULT_LOCK_TIMEOUT)))
    except ValueError:
        return DEFAULT_LOCK_TIMEOUT


def _raw_connect(path: Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    try:
        return duckdb.connect(str(path), read_only=read_only, config=dict(_OFFLINE))
    except duckdb.IOException as e:
        msg = str(e)
        if "lock" in msg.lower():
            m = _PID.search(msg)
            raise StoreLockedError(str(path), int(m.group(1)) if m else None) from None
        raise StoreError(f"{path}: cannot open database: {msg}") from None
    except duckdb.Error as e:
        raise StoreError(f"{path}: cannot open database: {e}") from None


def wait_connect(path: Path, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    """Open the file as it is (no migration), retrying for ``wait`` seconds while another process holds it.

    A reader, or a short writer such as a review decision, kept out by a running ``zhibiao ingest``
    asks it for the file (``want_read``); the ingest hands it over after the batch it is storing. A
    writer kept out by readers waits for them ``READER_WAIT_FACTOR`` times longer, and then says it
    was a reader.
    """
    start = time.monotonic()
    delay = 0.02
    reader = False  # once readers were seen keeping a writer out, it waits for them the longer time
    while True:
        try:
            return _raw_connect(path, read_only)
        except StoreLockedError as e:
            kinds = None if read_only else lock_kinds(path)
            if kinds == set() and time.monotonic() < start + wait * READER_WAIT_FACTOR:
                time.sleep(0.01)  # let go between the failed open and the look: try again now
                continue
            reader = reader or kinds == {"READ"}
            limit = wait * READER_WAIT_FACTOR if reader else wait
            left = start + limit - time.monotonic()
            if left <= 0:
                if reader:
                    raise StoreLockedError(str(path), e.pid, reader=True, waited=limit) from None
                raise
            want_read(path)
        time.sleep(min(delay, left))
        delay = min(delay * 1.5, 0.25)


def lock_kinds(path: Path) -> set[str] | None:
    """The kinds of lock (``READ``: a reader, ``WRITE``: a writer) other processes hold on the file
    now, from ``/proc/locks`` (Linux); None where it cannot be told."""
    try:
        st = os.stat(path)
        table = Path("/proc/locks").read_text()
    except OSError:
        return None
    dev = f"{os.major(st.st_dev):02x}:{os.minor(st.st_dev):02x}:{st.st_ino}"
    return {f[3] for f in (line.split() for line in table.splitlines())
            if len(f) > 5 and f[1] != "->" and f[5] == dev}  # fmt: skip


def connect(
    db: str | os.PathLike[str] | None = None,
    *,
    read_only: bool = False,
    must_exist: bool = False,
    wait: float | None = None,
) -> duckdb.DuckDBPyConnection:
    """Open (creating and migrating as needed) the store; read-only opens refuse every write.

    While another process holds the file, the open retries for ``wait`` seconds (default
    ``lock_timeout()``) before raising ``StoreLockedError``. A read-only open of a database
    written by an older zhibiao first migrates it with a short write connection.
    """
    path = default_db_path(db)
    wait = lock_timeout() if wait is None else wait
    if (read_only or must_exist) and not path.exists():
        raise StoreError(f"no database at {path}: run `zhibiao ingest PATH...` first (or pass --db)")
    if read_only:
        con = wait_connect(path, True, wait)
        version = schema_version(con)
        check_version(version, str(path))
        if version != SCHEMA_VERSION:
            con.close()
            rw = wait_connect(path, False, wait)
            try:
                migrate(rw, str(path))
            finally:
                rw.close()
            con = wait_connect(path, True, wait)
        hide_docs(con, pending_docs(con))
        return con
    path.parent.mkdir(parents=True, exist_ok=True)
    con = wait_connect(path, False, wait)
    try:
        migrate(con, str(path))
    except BaseException:
        con.close()
        raise
    return con


def pending_docs(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Ids of big files being stored in steps (``bigfile.store_streaming``), or left so by a killed
    ingest: some of their rows are in the tables, their ``documents`` row is not."""
    keys = con.execute("SELECT key FROM meta WHERE starts_with(key, ?)", [PENDING]).fetchall()
    return sorted(int(k[len(PENDING) :]) for (k,) in keys)


def hide_docs(con: duckdb.DuckDBPyConnection, doc_ids: list[int]) -> None:
    """Hide the rows of ``doc_ids`` from every query made through ``con`` (a read connection).

    Each table with a ``doc_id`` is shadowed by a temporary view of the same name without those
    rows: temporary objects come first in name lookup (``facts`` and ``main.facts`` both find the
    view), and the stored views (``targets``, ``results``) read through them. Only a name
    qualified by the database (``zhibiao.main.facts``) reaches the table itself. Temporary views
    belong to one connection: a ``cursor()`` of it needs its own call.
    """
    if not doc_ids:
        return
    (db,) = con.execute("SELECT current_database()").fetchone()  # type: ignore[misc]
    tables = con.execute(
        """SELECT c.table_name FROM duckdb_columns() c JOIN duckdb_tables() t
               ON t.database_name = c.database_name AND t.schema_name = c.schema_name
              AND t.table_name = c.table_name
           WHERE c.database_name = ? AND c.schema_name = 'main' AND c.column_name = 'doc_id'
           ORDER BY 1""",
        [db],
    ).fetchall()
    ids = ", ".join(str(int(i)) for i in doc_ids)
    quoted = '"' + str(db).replace('"', '""') + '"'
    for (table,) in tables:
        con.execute(f'CREATE OR REPLACE TEMP VIEW "{table}" AS '
                    f'SELECT * FROM {quoted}.main."{table}" WHERE doc_id NOT IN ({ids})')  # fmt: skip


def lock_path(db: str | os.PathLike[str] | None = None) -> Path:
    """The file an ingest locks beside the database (it holds the writer's pid while locked)."""
    path = default_db_path(db)
    return path.with_name("." + path.name + LOCK_SUFFIX)  # hidden: folder scans never pick it up


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def ingest_pid(db: str | os.PathLike[str] | None = None) -> int | None:
    """The pid of the ``zhibiao ingest`` writing ``db`` now, or None (readers then keep connections)."""
    try:
        text = lock_path(db).read_text().strip()
    except OSError:
        return None
    if not text.isdigit():
        return None
    pid = int(text)
    return pid if pid != os.getpid() and _alive(pid) else None


@contextlib.contextmanager
def ingest_lock(db: str | os.PathLike[str] | None = None) -> Iterator[Path]:
    """Hold the ingest lock of ``db`` for a ``with`` block; a second ingest fails at once, clearly.

    An advisory ``flock`` (released by the kernel if the process dies), so a killed ingest never
    leaves a stale lock; the lock file (and the note readers leave in ``want_read``) is removed at
    the end. On systems without ``fcntl`` only DuckDB's own lock protects the file.
    """
    path = default_db_path(db)
    try:
        import fcntl
    except ImportError:  # Windows
        yield path
        return
    lp = lock_path(path)
    lp.parent.mkdir(parents=True, exist_ok=True)
    while True:
        fd = os.open(lp, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
            os.close(fd)
            raise StoreLockedError(str(path), int(text) if text.isdigit() else None) from None
        try:  # the holder before us removes the file as it finishes: hold the file that is there now
            if os.fstat(fd).st_ino == os.stat(lp).st_ino:
                break
        except FileNotFoundError:
            pass
        os.close(fd)
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield path
    finally:
        for left in (_readers_path(path), lp):  # removed while still locked (see the loop above)
            with contextlib.suppress(OSError):
                left.unlink()
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def _readers_path(db: str | os.PathLike[str] | None) -> Path:
    lp = lock_path(db)
    return lp.with_name(lp.name + ".readers")


def want_read(db: str | os.PathLike[str] | None = None) -> None:
    """Tell a running ingest that a reader waits for the file (it closes it after its batch)."""
    if ingest_pid(db) is None:
        return
    with contextlib.suppress(OSError):
        _readers_path(db).write_text(str(os.getpid()))


def readers_waiting_since(db: str | os.PathLike[str] | None = None) -> float | None:
    """When a reader last asked for the file, on the ``time.monotonic`` clock; None if never."""
    try:
        mtime = _readers_path(db).stat().st_mtime
    except OSError:
        return None
    return time.monotonic() - (time.time() - mtime)
