"""A Parquet store: one folder per table of ``part-*.parquet`` files, queried like the DuckDB store.

``zhibiao ingest --engine ray --out DIR`` writes it; ``zhibiao.open(DIR)`` (or ``--db DIR``) reads it
through an in-memory DuckDB whose tables are views over the Parquet files, so every query of
``zhibiao.store`` works unchanged. Remote folders (``s3://bucket/prefix``) are read through
pyarrow's filesystems.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

from zhibiao.store import Store
from zhibiao.store.connect import StoreError
from zhibiao.store.schema import migrate

TABLES = ("documents", "reports", "sections", "glossary", "facts", "mentions", "ngrams")
MARKER = "_zhibiao_parquet"  # written at the root of every Parquet store
_OFFLINE = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}


def is_remote(path: str | os.PathLike[str]) -> bool:
    return "://" in str(path)


def is_parquet_store(path: str | os.PathLike[str] | None) -> bool:
    """True for a folder written by ``ingest --engine ray`` (or any remote URI)."""
    if path is None:
        return False
    if is_remote(path):
        return not str(path).endswith(".duckdb")
    p = Path(path)
    return p.is_dir() and ((p / MARKER).exists() or (p / "facts").is_dir() or (p / "documents").is_dir())


def filesystem(uri: str | os.PathLike[str]) -> tuple[Any, str]:
    """(pyarrow filesystem, path inside it) for a local path or a URI such as ``s3://bucket/dir``."""
    from pyarrow import fs

    if is_remote(uri):
        return fs.FileSystem.from_uri(str(uri))
    return fs.LocalFileSystem(), str(Path(uri).resolve())


def parquet_files(root: str | os.PathLike[str], table: str) -> list[str]:
    """The part files of one table (paths inside the root's filesystem), sorted."""
    from pyarrow import fs as pafs

    f, base = filesystem(root)
    infos = f.get_file_info(pafs.FileSelector(f"{base}/{table}", allow_not_found=True))
    return sorted(i.path for i in infos if i.type == pafs.FileType.File and i.path.endswith(".parquet"))


def attach(con: duckdb.DuckDBPyConnection, root: str | os.PathLike[str]) -> None:
    """Create the store's schema in ``con`` and replace each table that has Parquet parts by a view."""
    migrate(con, ":memory:")
    views = con.execute(
        "SELECT view_name, sql FROM duckdb_views() WHERE NOT internal AND schema_name = 'main' ORDER BY view_oid"
    ).fetchall()  # in creation order: a view is created after the views it reads
    for name, _ in reversed(views):
        con.execute(f"DROP VIEW {name}")
    f, _base = filesystem(root)
    for table in TABLES:
        parts = parquet_files(root, table)
        if not parts:
            continue  # keep the empty table the schema created
        con.execute(f"DROP TABLE {table}")
        if is_remote(root):
            import pyarrow.dataset as ds

            con.register(f"_pq_{table}", ds.dataset(parts, format="parquet", filesystem=f))
            con.execute(f"CREATE VIEW {table} AS SELECT * FROM _pq_{table}")
        else:
            files = ", ".join("'" + p.replace("'", "''") + "'" for p in parts)
            con.execute(f"CREATE VIEW {table} AS SELECT * FROM read_parquet([{files}])")
    for _, sql in views:
        con.execute(sql)


class ParquetStore(Store):
    """A read-only zhibiao store kept as Parquet (``zhibiao ingest --engine ray --out DIR``); the API's
    ``ParquetDatabase`` adds the analysis methods and adding files through the Ray engine."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = str(root)
        self.path = Path(root) if not is_remote(root) else Path(str(root).split("://", 1)[1])

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.root!r})"

    @contextmanager
    def connection(self, *, read_only: bool = True) -> Iterator[duckdb.DuckDBPyConnection]:
        """An in-memory DuckDB whose tables read the Parquet files."""
        if not read_only:
            raise StoreError(
                f"{self.root} is a Parquet store (read-only here): add files with "
                "`zhibiao ingest --engine ray --out DIR`"
            )
        con = duckdb.connect(":memory:", config=dict(_OFFLINE))
        try:
            attach(con, self.root)
            yield con
        finally:
            con.close()
