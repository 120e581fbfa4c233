"""Exports of store tables to the files researchers use: JSONL, CSV, Parquet, Excel and Stata."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from zhibiao.store.query import QueryError, plain

FORMATS = ("jsonl", "csv", "parquet", "xlsx", "dta")
TABLES = ("facts", "reports", "mentions", "glossary", "sections", "documents")

# The spec's fact record (ExtractionResult.fact_records()): exactly these keys, in this order.
FACT_RECORD_SQL = """
    SELECT doc, report, region, indicator, role, period, measure, value, value_high, unit, qualifier, text,
           commitment, start_char AS "start", end_char AS "end", byte_start, byte_end, indicator_name,
           round(confidence, 3) AS confidence, horizon
    FROM facts ORDER BY doc_id, report, id"""

_TABLE_SQL = {
    "facts": FACT_RECORD_SQL.replace("FROM facts", ", region_code, level FROM facts"),
    "reports": """SELECT doc, report, title, region, region_code, level, report_type, report_year,
                         review_year, plan_year, date, session_congress, session_meeting, chars, n_facts,
                         n_mentions, text
                  FROM reports ORDER BY doc_id, report""",
    "mentions": """SELECT doc, report, region, subject, role_guess, value, value_high, unit, qualifier,
                          direction, measure_hint, raw, text, start_char, end_char
                   FROM mentions ORDER BY doc_id, report, id""",
    "glossary": """SELECT doc, report, region, number, term, definition FROM glossary
                   ORDER BY doc_id, report, number""",
    "sections": """SELECT d.name AS doc, s.report, s.section, s.parent, s.depth, s.kind, s.title,
                          s.start_char, s.end_char
                   FROM sections s JOIN documents d ON d.id = s.doc_id
                   ORDER BY s.doc_id, s.report, s.section""",
    "documents": """SELECT id, name, path, sha256, bytes, encoding, format, ingested_at, zhibiao_version,
                           n_reports FROM documents ORDER BY id""",
}

_XLSX_MAX_CELL = 32767
_ILLEGAL_XLSX = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def table_sql(table: str) -> str:
    """The SELECT behind an export of ``table``."""
    if table not in _TABLE_SQL:
        raise QueryError(f"unknown table {table!r}: choose one of {', '.join(TABLES)}")
    return _TABLE_SQL[table]


def labels(con: duckdb.DuckDBPyConnection, table: str) -> dict[str, str]:
    """Column comments of a stored table (used as Stata variable labels)."""
    rows = con.execute(
        "SELECT column_name, comment FROM duckdb_columns() WHERE table_name = ? AND comment IS NOT NULL",
        [table],
    ).fetchall()
    return {c: str(t)[:80] for c, t in rows if t}


def _to_float(series: pd.Series) -> pd.Series:
    return series.map(lambda x: float(x) if isinstance(x, Decimal) else x).astype("float64")


def _for_stata(df: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """Stata-friendly dtypes: numbers as double, strings without NaN; long strings become strL."""
    out = pd.DataFrame(index=df.index)
    strl: list[str] = []
    for col in df.columns:
        s = df[col]
        if s.dtype == object and s.map(lambda x: isinstance(x, Decimal)).any():
            out[col] = _to_float(s)
        elif pd.api.types.is_bool_dtype(s):
            out[col] = s.astype("float64")
        elif pd.api.types.is_integer_dtype(s) or pd.api.types.is_float_dtype(s):
            out[col] = s.astype("float64")
        elif pd.api.types.is_datetime64_any_dtype(s):
            out[col] = s
        else:
            vals = s.map(lambda x: "" if plain(x) is None else str(plain(x)))
            out[col] = vals.astype(object)
            if len(vals) and vals.map(lambda v: len(v.encode("utf-8"))).max() > 2045:
                strl.append(col)
    return out, strl


def _for_excel(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    for col in out.columns:
        s = out[col]
        if s.dtype == object:
            if s.map(lambda x: isinstance(x, Decimal)).any():
                out[col] = _to_float(s)
            else:
                out[col] = s.map(
                    lambda x: _ILLEGAL_XLSX.sub("", x)[:_XLSX_MAX_CELL] if isinstance(x, str) else x
                )
    return out


def export(con: duckdb.DuckDBPyConnection, table: str, fmt: str, out: str | Path) -> int:
    """Write ``table`` to ``out`` in ``fmt``; return the number of rows written."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    sql = FACT_RECORD_SQL if (table, fmt) == ("facts", "jsonl") else table_sql(table)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "parquet":
        n = con.execute(f"SELECT count(*) FROM ({sql})").fetchone()
        con.execute(f"COPY ({sql}) TO '{_sql_str(out)}' (FORMAT parquet)")
        return int(n[0]) if n else 0
    if fmt == "jsonl":
        cur = con.execute(sql)
        cols = [d[0] for d in cur.description]
        n = 0
        with out.open("w", encoding="utf-8") as fh:
            while batch := cur.fetchmany(10_000):
                for row in batch:
                    fh.write(json.dumps({c: plain(v) for c, v in zip(cols, row, strict=True)},
                                        ensure_ascii=False) + "\n")  # fmt: skip
                    n += 1
        return n
    df = con.execute(sql).df()
    if fmt == "csv":
        df.map(plain).to_csv(out, index=False, encoding="utf-8-sig")
    elif fmt == "xlsx":
        _for_excel(df).to_excel(out, index=False, sheet_name=table, engine="openpyxl")
    else:  # dta
        sdf, strl = _for_stata(df.rename(columns={"start": "start_char", "end": "end_char"}))
        lab = {c: v for c, v in labels(con, table).items() if c in sdf.columns}
        for c in sdf.columns:
            lab.setdefault(c, c)
        sdf.to_stata(out, version=118, write_index=False, variable_labels=lab, convert_strl=strl)
    return len(df)


def _sql_str(p: Path) -> str:
    return str(p).replace("'", "''")


def rows_as_records(df: pd.DataFrame) -> list[dict[str, Any]]:
    """DataFrame rows as JSON-friendly dicts."""
    cols = list(df.columns)
    return [{c: plain(v) for c, v in zip(cols, row, strict=True)} for row in df.itertuples(index=False)]
