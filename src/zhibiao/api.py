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

from zhibiao.engines.parquet import ParquetStore, is_parquet_store
from zhibiao.store import IngestSummary, Store

__all__ = ["Database", "ParquetDatabase", "open"]


class Database(Store):
    """A zhibiao database file with pandas-returning queries (see ``zhibiao.store.Store``)."""

    def facts(self, region: str | None = None, role: str | None = None, **filters: Any) -> pd.DataFrame:
        """Facts as a DataFrame; filters: region, role, indicator, year, level, with_children, doc, commitment,
        limit."""
        return super().facts(region=region, role=role, **filters)

    def polars(self, sql: str) -> Any:
        """Read-only SQL as a Polars DataFrame (needs ``polars`` installed)."""
        import polars as pl

        return pl.from_pandas(self.sql(sql))

    def ingest(self, paths: Any, on_file: Any = None, jobs: int = 1) -> IngestSummary:
        """Ingest files, folders (recursive) and globs; returns per-file outcomes."""
        return super().ingest(paths, on_file=on_file, jobs=jobs)

    # -- accountability analysis (zhibiao.analysis) ------------------------------------------------
    def outcomes(
        self, region: str | None = None, year: int | None = None, indicator: str | None = None,
        around_pp: Any = None,
    ) -> pd.DataFrame:
        """Target -> outcome per (region, indicator, measure, year): status met/missed/exceeded/unknown."""
        from zhibiao.analysis import outcomes

        with self.connection() as con:
            return outcomes(con, region, year, indicator, around_pp)

    def compare(self, indicator: str, year: int, **filters: Any) -> pd.DataFrame:
        """One indicator in one year across regions, ranked; filters: level, parent, measure."""
        from zhibiao.analysis import compare

        with self.connection() as con:
            return compare(con, indicator, year, **filters)

    def escalation(self, indicator: str, year: int, measure: str | None = None) -> pd.DataFrame:
        """Each region's target against its nearest stored higher level's (层层加码)."""
        from zhibiao.analysis import escalation

        with self.connection() as con:
            return escalation(con, indicator, year, measure=measure)

    def timeseries(self, region: str, indicator: str) -> pd.DataFrame:
        """One region's targets and results for one indicator over all stored years."""
        from zhibiao.analysis import timeseries

        with self.connection() as con:
            return timeseries(con, region, indicator)

    def checks(self, refresh: bool = False, rule: str | None = None, region: str | None = None) -> pd.DataFrame:
        """Consistency-check flags, recomputed first when stale (or when ``refresh``)."""
        from zhibiao.analysis.checks import flags, flags_stale, refresh_flags

        with self.connection() as con:
            stale = refresh or flags_stale(con)
        if stale:
            with self.connection(read_only=False) as con:
                refresh_flags(con)
        with self.connection() as con:
            return flags(con, rule=rule, region=region)


    # -- the research panel (zhibiao.analysis.panel) -------------------------------------------------
    def panel(self, wide: bool = False, **filters: Any) -> pd.DataFrame:
        """The target–outcome panel: one row per region × year × indicator × measure (``wide``: per
        region × year); filters: region, with_children, level, parent, indicator, year, years
        ((2012, 2025) or "2012-2025"), all_indicators, around_pp."""
        from zhibiao.analysis.panel import panel
        from zhibiao.analysis.panel import wide as to_wide
        from zhibiao.analysis.terms import parse_years

        filters["years"] = parse_years(filters.get("years"))
        with self.connection() as con:
            df = panel(con, **filters)
        return to_wide(df) if wide else df

    def export(
        self, out: str | os.PathLike[str], fmt: str | None = None, table: str = "facts",
        lang: str | None = None, **filters: Any,
    ) -> int:
        """Write a table to a file (format from the extension): a store table, or ``panel`` /
        ``panel_wide`` (``filters`` as for ``panel``). ``lang`` (zh|en) gives Stata variable and value
        labels in that language and adds English name columns; by default a panel's Stata labels are
        English and its value labels the codes themselves."""
        from pathlib import Path

        from zhibiao.analysis import labels
        from zhibiao.store.export import write_frame

        fmt = fmt or Path(out).suffix.lstrip(".").lower()
        if table in ("panel", "panel_wide"):
            df = self.panel(wide=table == "panel_wide", **filters)
            return write_frame(df, fmt, out, sheet=table, **labels.stata_labels(df, "panel", lang))
        if filters:
            raise TypeError(f"filters {sorted(filters)} apply to the panel only")
        if lang is None:
            return super().export(out, fmt=fmt, table=table)
        if table != "facts":
            return super().export(out, fmt=fmt, table=table)
        with self.connection() as con:
            from zhibiao.store.export import frame, table_sql

            df = labels.with_english_names(frame(con, table_sql(table)), lang)
        return write_frame(df, fmt, out, sheet=table, **labels.stata_labels(df, "facts", lang))

    # -- policy language (zhibiao.analysis.terms / .glossary) ----------------------------------------
    def terms(self, terms: Any, by: str = "year", **filters: Any) -> pd.DataFrame:
        """Term frequencies per 10,000 characters by year|region|level|province|report;
        filters: level, parent, years ("2015-2026"). See ``zhibiao.analysis.terms.terms``."""
        from zhibiao.analysis.terms import terms as _terms

        return _terms(self, [terms] if isinstance(terms, str) else terms, by=by, **filters)

    def first_use(self, terms: Any) -> pd.DataFrame:
        """The first report (date, region, level) using each term."""
        from zhibiao.analysis.terms import first_use

        return first_use(self, [terms] if isinstance(terms, str) else terms)

    def diffusion(self, terms: Any) -> pd.DataFrame:
        """Cumulative share of regions of each level using each term, by year."""
        from zhibiao.analysis.terms import diffusion

        return diffusion(self, [terms] if isinstance(terms, str) else terms)

    def new_terms(self, year: int, limit: int | None = None) -> pd.DataFrame:
        """Quoted phrases, numbered slogans and glossary terms first seen in ``year``."""
        from zhibiao.analysis.terms import new_terms

        return new_terms(self, year, limit=limit)

    def glossary_dictionary(self, term: str | None = None, entries: bool = False) -> pd.DataFrame:
        """The glossary across reports, one row per term (``entries=True``: one row per definition)."""
        from zhibiao.analysis.glossary import glossary_dictionary, glossary_entries

        return (glossary_entries if entries else glossary_dictionary)(self, term)


class ParquetDatabase(ParquetStore, Database):
    """A read-only Parquet store (``zhibiao ingest --engine ray --out DIR``) with the API's methods."""

    def ingest(self, paths: Any, on_file: Any = None, jobs: int = 1) -> Any:
        """Adding to a Parquet store goes through the Ray engine."""
        from zhibiao.engines.ray_engine import ingest_ray

        return ingest_ray(paths, self.root, on_file=on_file)


def open(path: str | os.PathLike[str] | None = None) -> Database:
    """The database at ``path`` (default ``$ZHIBIAO_DB`` or ``./zhibiao.duckdb``); created on first ingest.

    A folder written by ``zhibiao ingest --engine ray --out DIR`` opens as a read-only Parquet store.
    """
    if is_parquet_store(path):
        assert path is not None
        return ParquetDatabase(path)
    return Database(path)
