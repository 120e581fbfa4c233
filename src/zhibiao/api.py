"""The Python API over the store: ``db = zhibiao.open("zhibiao.duckdb")``.

::

    import zhibiao
    db = zhibiao.open("zhibiao.duckdb")
    db.ingest(["reports/"])
    df = db.facts(region="济南市", role="target")   # a pandas DataFrame
    db.export("facts.dta")

Each call opens the DuckDB file briefly, so an idle notebook never blocks ``zhibiao ingest``.
"""

from __future__ import annotations

import os
from typing import Any

import pandas as pd

from zhibiao.store import IngestSummary, Store

__all__ = ["Database", "open"]


class Database(Store):
    """A zhibiao database file with pandas-returning queries (see ``zhibiao.store.Store``)."""

    def facts(self, region: str | None = None, role: str | None = None, **filters: Any) -> pd.DataFrame:
        """Facts as a DataFrame; filters: region, role, indicator, year, level, with_children, doc, limit."""
        return super().facts(region=region, role=role, **filters)

    def polars(self, sql: str) -> Any:
        """Read-only SQL as a Polars DataFrame (needs ``polars`` installed)."""
        import polars as pl

        return pl.from_pandas(self.sql(sql))

    def ingest(self, paths: Any, on_file: Any = None, jobs: int = 1) -> IngestSummary:
        """Ingest files, folders (recursive) and globs; returns per-file outcomes."""
        return super().ingest(paths, on_file=on_file, jobs=jobs)


def open(path: str | os.PathLike[str] | None = None) -> Database:
    """The database at ``path`` (default ``$ZHIBIAO_DB`` or ``./zhibiao.duckdb``); created on first ingest."""
    return Database(path)
