"""The dashboard's policy-language pages: term frequencies across reports and the glossary dictionary
(名词解释) the reports define. Queries bind their parameters like ``zhibiao.web.data``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

import duckdb

from zhibiao.store.query import plain
from zhibiao.web.data import region_key, report_id, url_part
from zhibiao.web.labels import Row, label

# -- policy language: term frequencies and the glossary dictionary ----------------------------------
_TERM_SPLIT = re.compile(r"[,，、;；\s\x00-\x1f\x7f]+")
TERM_BY = ("year", "region", "level", "province")
MAX_TERMS = 20
MAX_TERM_CHARS = 50


def split_terms(raw: list[str] | None) -> list[str]:
    """Query terms from repeated ``q`` values, each possibly a comma/space separated list; normalised
    (simplified, full-width folded) like the stored text, deduplicated, in order."""
    from zhibiao.analysis.terms import normalize_term

    out = [normalize_term(t) for v in raw or [] for t in _TERM_SPLIT.split(v) if t]
    return list(dict.fromkeys(t for t in out if t))


def _records(df: Any) -> list[Row]:
    """A DataFrame as JSON-friendly row dicts."""
    return [{k: plain(v) for k, v in r.items()} for r in df.to_dict("records")]


def _report_ids(con: duckdb.DuckDBPyConnection) -> dict[tuple[str, int], str]:
    """(file name, report index) -> the report's URL id (the term API names reports by file)."""
    rows = con.execute("SELECT doc, report, min(doc_id) FROM reports GROUP BY doc, report").fetchall()
    return {(d, r): report_id(i, r) for d, r, i in rows}


def _link_reports(rows: list[Row], ids: dict[tuple[str, int], str], q: str | None = None) -> None:
    """Add ``report_id`` and ``url`` (the report viewer, with ``q`` marked) to rows naming doc/report."""
    for x in rows:
        rid = ids.get((x.get("doc"), x.get("report")))
        x["report_id"] = rid
        x["url"] = (f"/report/{rid}" + (f"?q={url_part(q)}" if q else "")) if rid else None
        x["level_label"] = label("level", x.get("level"))


def _line_chart(df: Any, key: str, value: str, scale: float = 1.0) -> Row:
    """ECharts payload of one line per ``key`` value over years: categories and series."""
    df = df[df["year"].notna()]
    years = sorted({int(y) for y in df["year"]})
    series = []
    for name, g in df.groupby(key, sort=False):
        by_year = {int(y): v for y, v in zip(g["year"], g[value], strict=True)}
        data = [None if by_year.get(y) is None else round(float(by_year[y]) * scale, 4) for y in years]
        series.append({"name": label("level", name) if key == "level" else str(name), "data": data})
    return {"categories": [str(y) for y in years], "series": series}


def terms_page(
    con: duckdb.DuckDBPyConnection,
    terms: list[str],
    by: str = "year",
    level: str | None = None,
    parent: str | None = None,
    years: str | None = None,
) -> Row:
    """Frequencies of ``terms`` by ``by`` under the filters, the reports using them, the yearly chart
    data (rate per 10,000 characters and share of reports, one line per term), and each term's first
    use and diffusion across the whole store."""
    from zhibiao.analysis import terms as ta

    table = ta.terms(con, terms, by=by, level=level, parent=parent, years=years)
    per = ta.terms(con, terms, by="report", level=level, parent=parent, years=years)
    yearly = table if by == "year" else ta.terms(con, terms, by="year", level=level, parent=parent,
                                                 years=years)  # fmt: skip
    first = ta.first_use(con, terms)
    diff = ta.diffusion(con, terms)
    ids = _report_ids(con)
    rows = _records(table)
    for x in rows:
        x["label"] = label("level", x[by]) if by == "level" else ("" if x[by] is None else str(x[by]))
    used = per[per["count"] > 0]
    used = used.assign(_t=used["term"].map({t: i for i, t in enumerate(terms)}))
    reports = _records(used.sort_values(["_t", "year", "rate"], ascending=[True, True, False],
                                        na_position="last", kind="stable").drop(columns="_t"))  # fmt: skip
    for x in reports:
        _link_reports([x], ids, x["term"])
        x["region_key"] = region_key(x["region"], x["region_code"])
    first_rows = _records(first)
    for x in first_rows:
        _link_reports([x], ids, x["term"])
    diff_rows = _records(diff)
    for x in diff_rows:
        x["level_label"] = label("level", x["level"])
    return {
        "terms": terms, "by": by, "level": level, "parent": parent, "years": years,
        "rows": rows, "reports": reports, "first_use": first_rows, "diffusion": diff_rows,
        "chart_rate": _line_chart(yearly, "term", "rate_mean"),
        "chart_share": _line_chart(yearly, "term", "share", 100.0),
    }  # fmt: skip


GLOSSARY_COLS = ["term", "key", "variants", "regions", "entries", "first_year", "last_year", "meanings",
                 "agree", "region_names", "definition"]  # fmt: skip
GLOSSARY_ENTRY_COLS = ["key", "term", "region", "region_code", "level", "year", "report_id", "doc", "report",
                       "number", "definition", "meaning", "url"]  # fmt: skip


def glossary_page(con: duckdb.DuckDBPyConnection, q: str | None = None) -> Row:
    """The cross-report dictionary (optionally the terms matching ``q``), each term with every
    region's definition linked to its report."""
    from zhibiao.analysis.glossary import glossary_dictionary, glossary_entries

    q = (q or "").strip() or None
    terms = _records(glossary_dictionary(con, q))
    entries = _records(glossary_entries(con, q))
    ids = _report_ids(con)
    by_key: dict[str, list[Row]] = defaultdict(list)
    for e in entries:
        rid = ids.get((e["doc"], e["report"]))
        e["report_id"] = rid
        e["url"] = f"/report/{rid}" if rid else None
        e["level_label"] = label("level", e["level"])
        e["region_key"] = region_key(e["region"], e["region_code"])
        by_key[e["key"]].append(e)
    for t in terms:
        t["agree_label"] = {True: "一致", False: "不一致", None: "—"}[t["agree"]]
        t["definitions"] = by_key.get(t["key"], [])
    return {"q": q, "terms": terms, "entries": entries}
