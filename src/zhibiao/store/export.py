"""Exports of store tables to the files researchers use: JSONL, CSV, Parquet, Excel and Stata."""

from __future__ import annotations

import json
import re
import secrets
import warnings
from decimal import Decimal, localcontext
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from zhibiao.store.query import QueryError, plain

FORMATS = ("jsonl", "csv", "parquet", "xlsx", "dta")
FRAME_FORMATS = (*FORMATS, "json")
TABLES = ("facts", "reports", "mentions", "glossary", "sections", "documents")

# The spec's fact record (ExtractionResult.fact_records()): exactly these keys, in this order, and the
# same columns in every export format; then the review state. Effective facts: corrections applied,
# rejected facts left out, added ones after the machine's in each report.
FACT_RECORD_SQL = """
    SELECT doc, report, region, region_code, level, indicator, role, period, measure, value, value_high, unit,
           value_base, unit_base, qualifier, text, commitment, start_char, end_char, byte_start, byte_end,
           indicator_name, round(confidence, 3) AS confidence, horizon, region_source, year_source, fact_id, review,
           reviewer
    FROM effective_facts ORDER BY doc_id, report, id < 0, abs(id)"""

_TABLE_SQL = {
    "facts": FACT_RECORD_SQL,
    "reports": """SELECT doc, report, title, region, region_code, level, report_type, report_year,
                         review_year, plan_year, date, session_congress, session_meeting, chars, n_facts,
                         n_mentions, region_source, year_source, type_source, text
                  FROM reports ORDER BY doc_id, report""",
    "mentions": """SELECT doc, report, region, subject, role_guess, value, value_high, unit, qualifier,
                          direction, measure_hint, raw, text, start_char, end_char
                   FROM mentions ORDER BY doc_id, report, id""",
    "glossary": """SELECT doc, report, region, number, term, definition FROM glossary
                   ORDER BY doc_id, report, number""",
    "sections": """SELECT d.name AS doc, s.report, s.section, s.parent, s.depth, s.kind, s.title,
                          s.start_char, s.end_char, s.scope, s.first_year, s.last_year
                   FROM sections s JOIN documents d ON d.id = s.doc_id
                   ORDER BY s.doc_id, s.report, s.section""",
    "documents": """SELECT id, name, path, sha256, bytes, encoding, format, ingested_at, zhibiao_version,
                           n_reports FROM documents ORDER BY id""",
}

_XLSX_MAX_CELL = 32767
_XLSX_DIGITS = 15  # significant digits an Excel number keeps (a double): longer values go as text
_ILLEGAL_XLSX = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_CUT = "…〔cut here: {n:,} more characters past Excel's limit of 32,767; CSV, JSONL and Parquet keep them〕"


class ExportNote(UserWarning):
    """Something an export had to change to fit its format (an Excel cell cut): said, never silent."""


def exact_text(d: Decimal) -> str:
    """A decimal's exact value as plain text, no exponent and no trailing zeros (6.5000000000 -> 6.5)."""
    with localcontext() as ctx:
        ctx.prec = 60  # DECIMAL(38, 10) has up to 38 digits: the default 28 would round them
        t = format(d.normalize(), "f")
    return "0" if t == "-0" else t


def _csv_cell(x: Any) -> Any:
    """A cell for CSV: decimals as their exact text (a float has 17 significant digits at most)."""
    return exact_text(x) if isinstance(x, Decimal) else plain(x)


def _dumps(value: Any, **kw: Any) -> str:
    """``json.dumps`` with every Decimal written as an exact JSON number, not through a float."""
    tag = secrets.token_hex(8)  # a placeholder no text can hold by chance

    def swap(x: Any) -> Any:
        if isinstance(x, Decimal):
            return f"\ue000{tag}{exact_text(x)}\ue001"
        if isinstance(x, dict):
            return {k: swap(v) for k, v in x.items()}
        if isinstance(x, list | tuple):
            return [swap(v) for v in x]
        return plain(x)

    text = json.dumps(swap(value), ensure_ascii=False, **kw)
    return re.sub(f'"\ue000{tag}([^"\ue001]*)\ue001"', r"\1", text) if "\ue000" in text else text


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


def _coded(s: pd.Series, codes: dict[str, str]) -> tuple[pd.Series, dict[int, str]]:
    """A column of codes as small integers with their value labels (codes not listed get their own)."""
    order = list(codes)
    for v in s:
        if isinstance(v, str) and v and v not in codes:
            order.append(v)
    num = {c: i for i, c in enumerate(order, 1)}
    ints = pd.array([num.get(v) if isinstance(v, str) else None for v in s], dtype="Int16")
    return pd.Series(ints, index=s.index), {num[c]: str(codes.get(c, c))[:32000] for c in order}


def _for_stata(
    df: pd.DataFrame, value_labels: dict[str, dict[str, str]] | None = None
) -> tuple[pd.DataFrame, list[str], dict[str, dict[int, str]]]:
    """Stata-friendly dtypes: decimals as double, integers kept integers (years never become floats),
    strings without NaN, long strings as strL, coded columns as labelled integers."""
    out = pd.DataFrame(index=df.index)
    strl: list[str] = []
    vlabels: dict[str, dict[int, str]] = {}
    for col in df.columns:
        s = df[col]
        if value_labels and col in value_labels:
            out[col], vlabels[col] = _coded(s, value_labels[col])
        elif s.dtype == object and s.map(lambda x: isinstance(x, Decimal)).any():
            out[col] = _to_float(s)
        elif pd.api.types.is_bool_dtype(s):
            out[col] = s.astype("Int8")
        elif pd.api.types.is_integer_dtype(s):
            out[col] = s if s.isna().any() or s.empty or s.abs().max() < 2**31 - 1 else s.astype("float64")
        elif pd.api.types.is_float_dtype(s):
            out[col] = s.astype("float64")
        elif pd.api.types.is_datetime64_any_dtype(s):
            out[col] = s
        else:
            vals = s.map(lambda x: "" if plain(x) is None else str(plain(x)))
            out[col] = vals.astype(object)
            if len(vals) and vals.map(lambda v: len(v.encode("utf-8"))).max() > 2045:
                strl.append(col)
    return out, strl, vlabels


def _excel_number(x: Any) -> Any:
    """A decimal as an Excel number when a double holds it (15 significant digits), else its exact text."""
    if not isinstance(x, Decimal):
        return x
    with localcontext() as ctx:
        ctx.prec = 60
        digits = len(x.normalize().as_tuple().digits)
    return float(x) if digits <= _XLSX_DIGITS else exact_text(x)


def _for_excel(df: pd.DataFrame) -> tuple[pd.DataFrame, list[tuple[int, str, int]]]:
    """Cells Excel can hold, and the cells cut to its 32,767 characters: (row in the sheet, column,
    characters the text had). A cut cell ends with a note saying how much is missing."""
    out = df.copy()
    cuts: list[tuple[int, str, int]] = []
    for col in out.columns:
        s = out[col]
        if s.dtype == object and s.map(lambda x: isinstance(x, Decimal)).any():
            out[col] = s.map(_excel_number)
            continue
        if not pd.api.types.is_string_dtype(s):  # object or str (pandas 3 reads text as ``str``)
            continue
        cells = []
        for i, x in enumerate(s):
            if isinstance(x, str):
                x = _ILLEGAL_XLSX.sub("", x)
                if len(x) > _XLSX_MAX_CELL:
                    keep = _XLSX_MAX_CELL - len(_CUT.format(n=len(x)))
                    cuts.append((i + 2, str(col), len(x)))  # row 1 holds the header
                    x = x[:keep] + _CUT.format(n=len(x) - keep)
            cells.append(x)
        out[col] = pd.Series(cells, index=s.index, dtype=object)
    return out, cuts


def _write_excel(df: pd.DataFrame, out: Path, sheet: str) -> None:
    """The sheet, and when cells had to be cut, a sheet ``cut`` listing them and an ``ExportNote``."""
    data, cuts = _for_excel(df)
    with pd.ExcelWriter(out, engine="openpyxl") as xw:
        data.to_excel(xw, index=False, sheet_name=sheet[:31])
        if cuts:
            pd.DataFrame(cuts, columns=["row", "column", "characters"]).to_excel(xw, index=False, sheet_name="cut")
    if cuts:
        row, col, n = cuts[0]
        more = f" and {len(cuts) - 1} more" if len(cuts) > 1 else ""
        warnings.warn(ExportNote(
            f"{out}: Excel holds 32,767 characters a cell: cut the text of row {row}, column {col} ({n:,} "
            f"characters){more}; each ends with a note and the sheet 'cut' lists them (CSV, JSONL and "
            "Parquet keep the whole text)"), stacklevel=3)  # fmt: skip


def frame(con: duckdb.DuckDBPyConnection, sql: str) -> pd.DataFrame:
    """A query's rows as a DataFrame that keeps integers integers (nullable), decimals Decimal and
    dates dates: through Arrow, so a year with a missing value never becomes 2024.0."""
    import pyarrow as pa

    ints = {pa.int8(): pd.Int8Dtype(), pa.int16(): pd.Int16Dtype(), pa.int32(): pd.Int32Dtype(),
            pa.int64(): pd.Int64Dtype()}  # fmt: skip
    rel = con.sql(sql)
    table = rel.to_arrow_table() if hasattr(rel, "to_arrow_table") else rel.arrow()  # DuckDB 2 / 1.x
    return table.to_pandas(types_mapper=ints.get)


def _decimal_columns(df: pd.DataFrame) -> list[str]:
    return [c for c in df.columns if df[c].dtype == object and df[c].map(lambda x: isinstance(x, Decimal)).any()]


def _write_parquet(df: pd.DataFrame, out: Path) -> None:
    """Parquet with decimals as DECIMAL(38, 10), integers as integers and strings as UTF-8."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    dec = pa.decimal128(38, 10)
    step = Decimal("1e-10")
    arrays, names = [], []
    for col in df.columns:
        s = df[col]
        if col in _decimal_columns(df):
            arr = pa.array([None if not isinstance(x, Decimal) else x.quantize(step) for x in s], type=dec)
        elif s.dtype == object:
            vals = [plain(x) for x in s]
            arr = pa.array([None if v is None else v for v in vals])
        else:
            arr = pa.Array.from_pandas(s)
        arrays.append(arr)
        names.append(str(col))
    pq.write_table(pa.table(arrays, names=names), out)


def write_frame(
    df: pd.DataFrame,
    fmt: str,
    out: str | Path,
    *,
    sheet: str = "data",
    variable_labels: dict[str, str] | None = None,
    value_labels: dict[str, dict[str, str]] | None = None,
) -> int:
    """Write a DataFrame in ``fmt`` (the export formats and ``json``), the same columns in every format,
    decimals exactly (as text in CSV, as JSON numbers; as text in Excel past 15 digits);
    Stata gets variable labels and, for the coded columns of ``value_labels`` (column -> code ->
    label), value labels. Returns the number of rows written."""
    if fmt not in FRAME_FORMATS:
        raise QueryError(f"unknown format {fmt!r}: choose one of {', '.join(FRAME_FORMATS)}")
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt in ("jsonl", "json"):
        cols = [str(c) for c in df.columns]
        recs = [dict(zip(cols, row, strict=True)) for row in df.itertuples(index=False)]
        with out.open("w", encoding="utf-8") as fh:
            if fmt == "json":
                fh.write(_dumps(recs, indent=1) + "\n")
            else:
                for r in recs:
                    fh.write(_dumps(r) + "\n")
    elif fmt == "parquet":
        _write_parquet(df, out)
    elif fmt == "csv":
        df.map(_csv_cell).to_csv(out, index=False, encoding="utf-8-sig")
    elif fmt == "xlsx":
        _write_excel(df, out, sheet)
    else:  # dta
        sdf, strl, vlabels = _for_stata(df, value_labels)
        lab = {c: str(v)[:80] for c, v in (variable_labels or {}).items() if c in sdf.columns}
        for c in sdf.columns:
            lab.setdefault(c, c)
        sdf.to_stata(out, version=118, write_index=False, variable_labels=lab, convert_strl=strl,
                     value_labels=vlabels or None)  # fmt: skip
    return len(df)


def export(
    con: duckdb.DuckDBPyConnection,
    table: str,
    fmt: str,
    out: str | Path,
    *,
    variable_labels: dict[str, str] | None = None,
    value_labels: dict[str, dict[str, str]] | None = None,
) -> int:
    """Write ``table`` to ``out`` in ``fmt``; return the number of rows written.

    Stata variable labels default to the table's column comments.
    """
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    sql = table_sql(table)
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
                    fh.write(_dumps(dict(zip(cols, row, strict=True))) + "\n")
                    n += 1
        return n
    lab = variable_labels if variable_labels is not None else labels(con, table)
    return write_frame(frame(con, sql), fmt, out, sheet=table, variable_labels=lab, value_labels=value_labels)


def _sql_str(p: Path) -> str:
    return str(p).replace("'", "''")


def rows_as_records(df: pd.DataFrame) -> list[dict[str, Any]]:
    """DataFrame rows as JSON-friendly dicts."""
    cols = list(df.columns)
    return [{c: plain(v) for c, v in zip(cols, row, strict=True)} for row in df.itertuples(index=False)]
