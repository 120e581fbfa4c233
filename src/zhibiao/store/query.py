"""Read-side queries of the store, each returning a pandas DataFrame."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import duckdb
import pandas as pd

from zhibiao.errors import QueryError
from zhibiao.normalize import fold_query
from zhibiao.store.names import check_choice, check_indicator
from zhibiao.store.regions import UNKNOWN_KEY, code_prefix, find_region, region_condition, region_filter
from zhibiao.store.search import matching_reports, occurrences

_LIST_FACT_COLS = (
    "doc, report, region, region_code, level, indicator, indicator_name, role, period, measure, value, "
    "value_high, unit, value_base, unit_base, qualifier, commitment, text, start_char, end_char, byte_start, "
    "byte_end, confidence, horizon, fact_id, review, reviewer"
)


REVIEW_STATES = ("machine", "accepted", "corrected", "added", "rejected")  # the ``review`` column's values


def resolve_region(con: duckdb.DuckDBPyConnection, region: str) -> list[tuple[str | None, str | None]]:
    """Stored (region, region_code) pairs of the one region ``region`` names (name, short name or code;
    see ``zhibiao.store.regions``); empty when it has no report; UnknownNameError when it names none."""
    r = find_region(con, region)
    clause, params = region_condition(r)
    return con.execute(f"SELECT DISTINCT region, region_code FROM reports WHERE {clause} ORDER BY 1, 2",
                       params).fetchall()  # fmt: skip


@dataclass(slots=True)
class _Where:
    clauses: list[str]
    params: list[Any]

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def sql(self) -> str:
        return ("WHERE " + " AND ".join(self.clauses)) if self.clauses else ""


def facts(
    con: duckdb.DuckDBPyConnection,
    *,
    region: str | None = None,
    with_children: bool = False,
    indicator: str | None = None,
    role: str | None = None,
    year: int | None = None,
    level: str | None = None,
    doc: str | None = None,
    commitment: str | None = None,
    limit: int | None = None,
    review: str | None = None,
    include_rejected: bool = False,
) -> pd.DataFrame:
    """Effective facts (corrections applied) filtered by region (name, short name or code), indicator
    (id or name), role, period, level, file, commitment (binding / stretch / expected: targets only)
    and review state; rejected facts only when asked for. An unknown name of any kind is an error."""
    check_indicator(con, indicator)
    check_choice("role", role)
    check_choice("level", level)
    check_choice("commitment", commitment)
    w = _Where([], [])
    if region:
        clause, params = region_filter(con, region, with_children)
        w.add(clause, *params)
    if indicator:
        w.add("(indicator = ? OR indicator_name = ?)", indicator, indicator)
    if role:
        w.add("role = ?", role)
    if year is not None:
        w.add("period = ?", year)
    if level:
        w.add("level = ?", level)
    if doc:
        w.add("doc = ?", doc)
    if commitment:
        w.add("commitment = ?", commitment)
    if review:
        if review not in REVIEW_STATES:
            raise QueryError(f"unknown review state {review!r}: choose one of {', '.join(REVIEW_STATES)}")
        w.add("review = ?", review)
    view = "effective_facts_all" if include_rejected or review == "rejected" else "effective_facts"
    sql = f"SELECT {_LIST_FACT_COLS} FROM {view} {w.sql()} ORDER BY doc, report, start_char NULLS LAST, id"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return con.execute(sql, w.params).df()


# Facts with their report's year, type and date, as the analysis (target -> outcome, the panel) reads
# them: one tuple per fact in the order of ``zhibiao.analysis._common.FactRow``'s fields.
_PERIOD_FACT_SQL = """
SELECT f.id, f.doc, f.report, f.region, f.region_code, f.level, f.indicator, f.role, f.period, f.measure,
       f.value, f.value_high, f.unit, f.qualifier, f.text, f.horizon, r.report_year, r.report_type, r.date,
       f.norm_start, f.norm_end, f.commitment, f.fact_id,
       CASE WHEN f.role IN ('actual', 'target') THEN substr(r.text, f.norm_end + 1, 40) END AS said_after
FROM effective_facts f LEFT JOIN reports r ON r.doc_id = f.doc_id AND r.report = f.report
"""


def period_facts(
    con: duckdb.DuckDBPyConnection,
    *,
    indicator: str | None = None,
    year: int | None = None,
    years: tuple[int, int] | None = None,
    regions: set[str] | None = None,
    with_children: bool = False,
) -> list[tuple[Any, ...]]:
    """Single-year facts (no multi-year horizon) with a period, with their report's year, type and date;
    ``regions`` (division codes or names, or ``unknown:doc#report`` keys of reports whose region was
    not recognised) narrows them to those regions (``with_children``: and every division whose code
    lies under one of them)."""
    check_indicator(con, indicator)
    w = _Where(["f.period IS NOT NULL", "(f.horizon IS NULL OR f.horizon = '')"], [])
    if regions is not None:
        keys = sorted(regions) or [""]
        marks = ", ".join("?" * len(keys))
        parts = [f"f.region_code IN ({marks})", f"(f.region_code IS NULL AND f.region IN ({marks}))"]
        params: list[Any] = [*keys, *keys]
        for k in keys:
            if k.startswith(UNKNOWN_KEY + ":"):  # one report of the 未识别地区 bucket
                doc, _, rep = k[len(UNKNOWN_KEY) + 1 :].rpartition("#")
                parts.append("(f.region IS NULL AND f.region_code IS NULL AND f.doc = ? AND f.report = ?)")
                params += [doc, int(rep)]
            elif with_children and k.isdigit():
                parts.append("f.region_code LIKE ?")
                params.append(code_prefix(k) + "%")
        w.add("(" + " OR ".join(parts) + ")", *params)
    if indicator:
        w.add("(f.indicator = ? OR f.indicator_name = ?)", indicator, indicator)
    if year is not None:
        w.add("f.period = ?", year)
    if years is not None:
        w.add("f.period BETWEEN ? AND ?", years[0], years[1])
    sql = f"{_PERIOD_FACT_SQL} {w.sql()} ORDER BY f.doc, f.report, f.norm_start, f.id"
    return con.execute(sql, w.params).fetchall()


def reports(
    con: duckdb.DuckDBPyConnection,
    *,
    region: str | None = None,
    with_children: bool = False,
    year: int | None = None,
    level: str | None = None,
    report_type: str | None = None,
) -> pd.DataFrame:
    """One row per stored report with its metadata and fact counts (no text)."""
    check_choice("level", level)
    check_choice("report type", report_type)
    w = _Where([], [])
    if region:
        clause, params = region_filter(con, region, with_children)
        w.add(clause, *params)
    if year is not None:
        w.add("report_year = ?", year)
    if level:
        w.add("level = ?", level)
    if report_type:
        w.add("report_type = ?", report_type)
    return con.execute(
        f"""SELECT doc, report, region, region_code, level, report_year AS year, report_type AS type,
                   title, date, n_facts AS facts, n_mentions AS mentions, chars
            FROM reports {w.sql()} ORDER BY region, report_year, doc, report""",
        w.params,
    ).df()


def scorecard(
    con: duckdb.DuckDBPyConnection, region: str, year: int | None = None, with_children: bool = False
) -> pd.DataFrame:
    """One row per (indicator, measure, period): the target and the reported result side by side.

    A report whose region was not recognised keeps rows of its own (never paired with another such
    report: being unrecognised is no common region)."""
    clause, params = region_filter(con, region, with_children)
    where = clause
    if year is not None:
        where += " AND period = ?"
        params.append(year)
    df = con.execute(
        f"""SELECT region, indicator, measure, period, role, value, value_high, unit, qualifier, doc, report
            FROM effective_facts WHERE {where} AND period IS NOT NULL
            ORDER BY region, indicator, measure, period, role, doc, report, start_char""",
        params,
    ).df()
    rows: dict[tuple[Any, ...], dict[str, Any]] = {}
    for r in df.itertuples(index=False):
        unknown = r.region is None or pd.isna(r.region)
        key = (r.region, (r.doc, r.report) if unknown else None, r.indicator, r.measure, r.period)
        row = rows.setdefault(key, {
            "region": r.region, "indicator": r.indicator, "measure": r.measure, "period": r.period,
            "target": "", "actual": "", "prior_target": "", "sources": [],
        })  # fmt: skip
        shown = readable(r.value, r.value_high, r.unit, r.qualifier)
        if shown not in row[r.role].split(" / "):
            row[r.role] = f"{row[r.role]} / {shown}" if row[r.role] else shown
        src = f"{r.doc}#{r.report}"
        if src not in row["sources"]:
            row["sources"].append(src)
    out = pd.DataFrame(
        list(rows.values()),
        columns=["region", "indicator", "measure", "period", "target", "prior_target", "actual", "sources"],
    )
    out["sources"] = out["sources"].map(", ".join)
    return out


def search(con: duckdb.DuckDBPyConnection, text: str, *, context: int = 30, limit: int = 50) -> pd.DataFrame:
    """Reports containing ``text``, each occurrence with ``context`` characters either side.

    Candidate reports come from the bigram index (all of the query's bigrams present), then the
    phrase itself is verified in each candidate's text.
    """
    text = fold_query(text)  # 經濟 finds 经济: the query is folded as the texts were
    if not text:
        raise QueryError("search needs some text")
    cands = matching_reports(con, text, "r.doc, r.report, r.region, r.report_year, r.title, r.text",
                             order="r.region, r.report_year, r.doc, r.report")
    hits: list[dict[str, Any]] = []
    for doc, rep, region, year, _title, body in cands:
        for pos in occurrences(body, text):
            if len(hits) >= limit:
                break
            before = body[max(0, pos - context) : pos].replace("\n", " ")
            after = body[pos + len(text) : pos + len(text) + context].replace("\n", " ")
            hits.append({
                "region": region, "year": year, "doc": doc, "report": rep, "pos": pos,
                "before": before, "match": text, "after": after,
            })  # fmt: skip
        if len(hits) >= limit:
            break
    return pd.DataFrame(hits, columns=["region", "year", "doc", "report", "pos", "before", "match", "after"])


def _num_str(d: Any) -> str:
    if d is None or (isinstance(d, float) and d != d):
        return ""
    if not isinstance(d, Decimal):
        d = Decimal(str(d))
    s = f"{d.normalize():f}"
    return s


def readable(value: Any, value_high: Any, unit: Any, qualifier: Any) -> str:
    """A value as a reader writes it: ``7%左右``, ``≥6.5%``, ``≤5.5%``, ``6%–6.5%``, ``571.02亿元``."""
    if unit is None or (isinstance(unit, float) and unit != unit):
        unit = ""
    u = "个百分点" if unit == "pp" else unit
    v = _num_str(value)
    if qualifier == "qualitative" or not v:
        return "(定性)"
    if qualifier == "range" and _num_str(value_high):
        return f"{v}{u}–{_num_str(value_high)}{u}"
    if qualifier == "around":
        return f"{v}{u}左右"
    if qualifier == "at_least":
        return f"≥{v}{u}"
    if qualifier == "at_most":
        return f"≤{v}{u}"
    return f"{v}{u}"


def _is_null(x: Any) -> bool:
    return x is None or (isinstance(x, float) and x != x) or x is pd.NA or x is pd.NaT


def plain(x: Any) -> Any:
    """A cell as a JSON-friendly Python value: Decimal -> int or float, NaN/NA -> None, dates -> ISO,
    LIST and STRUCT cells (numpy arrays, dicts) -> lists and dicts of such values."""
    if _is_null(x):
        return None
    if isinstance(x, dict):
        return {str(k): plain(v) for k, v in x.items()}
    if isinstance(x, list | tuple) or getattr(x, "ndim", 0) > 0:  # a LIST column reads as a numpy array
        return [plain(v) for v in x]
    if isinstance(x, Decimal):
        return int(x) if x == x.to_integral_value() else float(x)
    if isinstance(x, float):  # pandas turns integer columns with nulls into floats: 2024.0 -> 2024
        return int(x) if x.is_integer() else x
    if isinstance(x, pd.Timestamp) and x == x.normalize():  # a DATE column read through pandas
        return x.date().isoformat()
    if hasattr(x, "isoformat"):
        return x.isoformat()
    if hasattr(x, "item"):  # numpy scalars
        return x.item()
    if isinstance(x, bytes | bytearray | memoryview):
        return None
    return x
