"""The embedded DuckDB store: schema and migrations, ingest transactions, queries and exports.

Only this package touches the database. ``Store`` opens a short-lived connection per operation, and
an ingest opens the file only while it stores a batch, so readers keep working during an ingest
and a long-lived Python session never holds DuckDB's single-writer lock while idle.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from zhibiao.errors import ZhibiaoError
from zhibiao.model import GivenMeta
from zhibiao.store import export as _export
from zhibiao.store import query as _query
from zhibiao.store.connect import (
    DEFAULT_DB,
    ENV_DB,
    StoreError,
    StoreLockedError,
    connect,
    default_db_path,
    ingest_lock,
    ingest_pid,
    lock_path,
)
from zhibiao.store.ingest import ingest_iter
from zhibiao.store.outcome import FileOutcome, IngestSummary
from zhibiao.store.paths import expand_paths
from zhibiao.store.query import QueryError, readable
from zhibiao.store.reextract import reextract_iter
from zhibiao.store.regions import Region, children, find_region
from zhibiao.store.schema import MIGRATIONS, SCHEMA_VERSION, migrate, schema_version
from zhibiao.store.session import WriteSession
from zhibiao.store.sql import read_only_sql
from zhibiao.store.write import clear_pending, document_bytes

__all__ = [
    "DEFAULT_DB",
    "ENV_DB",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "FileOutcome",
    "IngestSummary",
    "QueryError",
    "Store",
    "StoreError",
    "StoreLockedError",
    "connect",
    "default_db_path",
    "document_bytes",
    "migrate",
    "readable",
    "schema_version",
]


class Store:
    """A zhibiao database file: ingest reports, query facts, export tables."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = default_db_path(path)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self.path)!r})"

    @contextmanager
    def connection(self, *, read_only: bool = True) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection for the duration of a ``with`` block (read-only unless asked).

        A read connection does not see the rows of a big file whose storing has not finished
        (``connect.hide_docs``); a write connection, when no ingest is running, deletes those a
        killed ingest left behind.
        """
        con = connect(self.path, read_only=read_only)
        if not read_only and ingest_pid(self.path) is None:
            try:
                clear_pending(con)
            except BaseException:
                con.close()
                raise
        try:
            yield con
        finally:
            con.close()

    # -- writing -------------------------------------------------------------------------------
    def ingest_iter(
        self, paths: Iterable[str | os.PathLike[str]], **kw: Any
    ) -> Iterator[tuple[int, FileOutcome]]:
        """Yield ``(total, outcome)`` per file as each commits (for progress displays)."""
        if kw.get("jobs") == 0:
            kw["jobs"] = os.cpu_count() or 1
        files = expand_paths(paths, exclude=[self.path, lock_path(self.path)])
        with ingest_lock(self.path):  # a second ingest of this file fails at once, clearly
            for outcome in ingest_iter(WriteSession(self.path), files, **kw):
                yield len(files), outcome

    def ingest(
        self,
        paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
        on_file: Callable[[FileOutcome], None] | None = None,
        jobs: int = 1,
        given: GivenMeta | Callable[[Path], GivenMeta | None] | None = None,
    ) -> IngestSummary:
        """Ingest files, folders (recursive) and globs; duplicates by sha256 are skipped.

        ``jobs`` worker processes extract in parallel (0: one per CPU); this process writes.
        ``given``: metadata the user gives (region, year, report type), for every file or per file
        (a function of its path); it wins over the text and is kept for ``reextract``.
        """
        if isinstance(paths, str | os.PathLike):
            paths = [paths]
        if isinstance(given, GivenMeta):
            given = _same_for_all(given)
        summary = IngestSummary()
        for _total, outcome in self.ingest_iter(paths, jobs=jobs, given=given):
            summary.outcomes.append(outcome)
            if on_file:
                on_file(outcome)
        return summary

    def reextract_iter(self) -> Iterator[tuple[int, FileOutcome]]:
        """Yield ``(total, outcome)`` per stored document as its re-extraction commits.

        Like an ingest, it holds the ingest lock (a second writer stops at once) and hands the
        file to waiting readers between documents.
        """
        with ingest_lock(self.path):
            session = WriteSession(self.path, appends_only=False)
            try:
                with session.open() as con:
                    row = con.execute("SELECT count(*) FROM documents").fetchone()
                total = int(row[0]) if row else 0
                for outcome in reextract_iter(session):
                    yield total, outcome
            finally:
                session.close()

    def reextract(self, on_file: Callable[[FileOutcome], None] | None = None) -> IngestSummary:
        """Re-run extraction on every stored document (after a zhibiao upgrade)."""
        summary = IngestSummary()
        for _total, outcome in self.reextract_iter():
            summary.outcomes.append(outcome)
            if on_file:
                on_file(outcome)
        return summary

    # -- reading -------------------------------------------------------------------------------
    def facts(self, **filters: Any) -> pd.DataFrame:
        """Facts as a DataFrame; filters: region, with_children, indicator, role, year, level, doc, limit."""
        with self.connection() as con:
            return _query.facts(con, **filters)

    def reports(self, **filters: Any) -> pd.DataFrame:
        """Reports (metadata and counts) as a DataFrame; filters: region, with_children, year, level."""
        with self.connection() as con:
            return _query.reports(con, **filters)

    def scorecard(self, region: str, year: int | None = None, with_children: bool = False) -> pd.DataFrame:
        """Targets and results side by side per indicator for one region."""
        with self.connection() as con:
            return _query.scorecard(con, region, year, with_children)

    def region(self, text: str) -> tuple[Region, list[Region]]:
        """The one region ``text`` names and the stored regions under it (``zhibiao.store.regions``)."""
        with self.connection() as con:
            r = find_region(con, text)
            return r, children(con, r)

    def search(self, text: str, **kw: Any) -> pd.DataFrame:
        """Occurrences of ``text`` in report texts, with context."""
        with self.connection() as con:
            return _query.search(con, text, **kw)

    def sql(self, sql: str, *, files: bool = True) -> pd.DataFrame:
        """One read-only SQL statement (see ``zhibiao.store.sql``); ``files=False`` also refuses
        reading files (``read_csv``) and the network."""
        with self.connection() as con:
            return read_only_sql(con, sql, files=files)

    def export(self, out: str | os.PathLike[str], fmt: str | None = None, table: str = "facts") -> int:
        """Write a table to a file; the format defaults to the file's extension."""
        out = Path(out)
        fmt = fmt or out.suffix.lstrip(".").lower()
        with self.connection() as con:
            try:
                return _export.export(con, table, fmt, out)
            except OSError as e:
                raise ZhibiaoError(f"cannot write {out}: {e.strerror or e}") from None

    def counts(self) -> dict[str, int]:
        """Row counts of the main tables."""
        with self.connection() as con:
            out: dict[str, int] = {}
            for t in ("documents", "reports", "sections", "glossary", "facts", "mentions", "ngrams"):
                row = con.execute(f"SELECT count(*) FROM {t}").fetchone()
                out[t] = int(row[0]) if row else 0
            return out


def _same_for_all(given: GivenMeta) -> Callable[[Path], GivenMeta | None]:
    """``given`` for every file."""
    return lambda _path: given
