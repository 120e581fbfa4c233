"""Opening the DuckDB file: default path, offline settings, lock errors, migrations."""

from __future__ import annotations

import os
import re
from pathlib import Path

import duckdb

from zhibiao.errors import ZhibiaoError
from zhibiao.store.schema import SCHEMA_VERSION, check_version, migrate, schema_version

DEFAULT_DB = "zhibiao.duckdb"
ENV_DB = "ZHIBIAO_DB"

# Never let DuckDB fetch an extension at run time: everything must work offline.
_OFFLINE = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}

_PID = re.compile(r"PID (\d+)")


class StoreError(ZhibiaoError):
    """A problem with the database file itself (missing, locked, unreadable)."""


class StoreLockedError(StoreError):
    """Another process holds DuckDB's write lock on the file."""

    def __init__(self, path: str, pid: int | None) -> None:
        self.path = path
        self.pid = pid
        who = f"pid {pid}" if pid is not None else "pid unknown"
        super().__init__(
            f"database {path} is in use by another zhibiao process ({who}); "
            "wait for it to finish or choose another file with --db"
        )


def default_db_path(db: str | os.PathLike[str] | None = None) -> Path:
    """``db`` if given, else ``$ZHIBIAO_DB``, else ``./zhibiao.duckdb``."""
    if db:
        return Path(db)
    return Path(os.environ.get(ENV_DB) or DEFAULT_DB)


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


def connect(
    db: str | os.PathLike[str] | None = None, *, read_only: bool = False, must_exist: bool = False
) -> duckdb.DuckDBPyConnection:
    """Open (creating and migrating as needed) the store; read-only opens refuse every write.

    A read-only open of a database written by an older zhibiao first migrates it with a short
    write connection, so old files keep working.
    """
    path = default_db_path(db)
    if (read_only or must_exist) and not path.exists():
        raise StoreError(f"no database at {path}: run `zhibiao ingest PATH...` first (or pass --db)")
    if read_only:
        con = _raw_connect(path, read_only=True)
        version = schema_version(con)
        check_version(version, str(path))
        if version == SCHEMA_VERSION:
            return con
        con.close()
        rw = _raw_connect(path, read_only=False)
        try:
            migrate(rw, str(path))
        finally:
            rw.close()
        return _raw_connect(path, read_only=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    con = _raw_connect(path, read_only=False)
    try:
        migrate(con, str(path))
    except BaseException:
        con.close()
        raise
    return con
