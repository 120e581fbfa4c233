"""The dashboard's read queries: plain dicts and lists shared by the HTML pages, CSV twins and JSON API.

Every query binds its parameters (``?`` placeholders); nothing a visitor types is pasted into SQL.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from decimal import Decimal
from typing import Any

import duckdb

from zhibiao.normalize import fold_query
from zhibiao.store import regions
from zhibiao.store.names import UnknownNameError
from zhibiao.store.query import plain, readable
from zhibiao.store.search import matching_reports, occurrences
from zhibiao.web.labels import Row, indicator_label, indicator_names, label, province_of
from zhibiao.web.scorecard import analysis_verdicts, decimal_of, judge, scorecard_rows

_FACT_SQL = """
    SELECT f.id, f.doc_id, f.report, f.doc, f.region, f.region_code, f.level, f.indicator, f.indicator_name,
           f.role, f.period, f.measure, f.value, f.value_high, f.unit, f.qualifier, f.text, f.start_char,
           f.end_char, f.norm_start, f.norm_end, f.confidence, f.horizon, f.fact_id, f.review, f.reviewer,
           f.commitment
    FROM {view} f"""
_FACT_KEYS = (
    "id", "doc_id", "report", "doc", "region", "region_code", "level", "indicator", "indicator_name", "role",
    "period", "measure", "value", "value_high", "unit", "qualifier", "text", "start_char", "end_char",
    "norm_start", "norm_end", "confidence", "horizon", "fact_id", "review", "reviewer", "commitment",
)  # fmt: skip
REPORT_ID = re.compile(r"^(\d{1,9})-(\d{1,6})$")
_SPACE = re.compile(r"\s+")


def report_id(doc_id: int, report: int) -> str:
    """The stable id of one report in URLs: ``<document id>-<report index>``."""
    return f"{doc_id}-{report}"


def fact_location(con: duckdb.DuckDBPyConnection, fact_id: str) -> str | None:
    """The report page URL showing a fact (``/report/<id>#fact-<row id>``) given its stable ``fact_id``
    (16 hex digits, as in the panel and the exports) or its row id; None for an unknown id."""
    col = "id" if fact_id.lstrip("-").isdigit() else "fact_id"
    key: Any = int(fact_id) if col == "id" else fact_id
    row = con.execute(f"SELECT doc_id, report, id FROM effective_facts_all WHERE {col} = ? LIMIT 1",
                      [key]).fetchone()  # fmt: skip
    return None if row is None else f"/report/{report_id(row[0], row[1])}#fact-{row[2]}"


def fact_url(f: Row) -> str:
    """Where a fact is shown in its source text."""
    return f"/report/{f['report_id']}#fact-{f['id']}"


def _fact_row(t: tuple[Any, ...]) -> Row:
    f = dict(zip(_FACT_KEYS, t, strict=True))
    f["report_id"] = report_id(f["doc_id"], f["report"])
    f["display"] = readable(f["value"], f["value_high"], f["unit"], f["qualifier"])
    f["indicator_label"] = indicator_label(f["indicator"], f["indicator_name"])
    f["role_label"] = label("role", f["role"])
    f["url"] = fact_url(f)
    return f


def public_fact(f: Row) -> Row:
    """A fact as the API and CSV show it (JSON-friendly values, no internal keys)."""
    keys = ("id", "report_id", "doc", "report", "region", "region_code", "level", "indicator",
            "indicator_label", "role", "period", "measure", "value", "value_high", "unit", "qualifier",
            "display", "text", "start_char", "end_char", "norm_start", "norm_end", "confidence", "horizon",
            "url")
    return {k: plain(f.get(k)) for k in keys}


def query_facts(con: duckdb.DuckDBPyConnection, where: str = "", params: list[Any] | None = None,
                order: str = "f.doc_id, f.report, f.norm_start, f.id", include_rejected: bool = False) -> list[Row]:
    """Facts matching a WHERE clause built by this module (values only ever as bound parameters);
    rejected ones too with ``include_rejected`` (the review mode shows them, to be decided again)."""
    view = "effective_facts_all" if include_rejected else "effective_facts"
    sql = _FACT_SQL.format(view=view) + (f" WHERE {where}" if where else "") + f" ORDER BY {order}"
    return [_fact_row(t) for t in con.execute(sql, params or []).fetchall()]


# -- regions ---------------------------------------------------------------------------------------
def find_region(con: duckdb.DuckDBPyConnection, key: str) -> Row | None:
    """The region a URL key means (division code, full or short name, ``unknown``); None if it names
    none (``zhibiao.store.regions.find_region`` raises with suggestions; ``region_error`` gives them)."""
    try:
        r = regions.find_region(con, key)
    except UnknownNameError:
        return None
    return {"region": r.name, "region_code": r.code, "level": r.level, "level_label": label("level", r.level),
            "province": province_of(r.code), "key": r.key, "label": r.label, "stored": r.stored,
            "unknown": r.unknown, "obj": r}  # fmt: skip


def region_error(con: duckdb.DuckDBPyConnection, key: str) -> str:
    """Why ``key`` names no region, with the closest names."""
    try:
        regions.find_region(con, key)
    except UnknownNameError as e:
        return str(e)
    return f"unknown region: {key}"


def region_key(region: str | None, code: str | None) -> str:
    """The URL key of a region: its division code when known, else its name; ``unknown`` (the
    未识别地区 bucket's page) when neither is."""
    return code or region or regions.UNKNOWN_KEY


def region_label(region: str | None, code: str | None = None) -> str:
    """A region as a page names it: its name, else its code, else 未识别地区."""
    return region or code or regions.UNKNOWN_LABEL


def region_url(region: str | None, code: str | None = None) -> str:
    """The region page of a region (the 未识别地区 bucket's page when it was not recognised)."""
    from urllib.parse import quote

    return "/region/" + quote(region_key(region, code), safe="")


def reports_list(
    con: duckdb.DuckDBPyConnection, where: str = "", params: list[Any] | None = None
) -> list[Row]:
    """Reports (no text) with metadata, counts and their page's URL."""
    rows = con.execute(
        f"""SELECT doc_id, report, doc, title, region, region_code, level, report_type, report_year,
                   review_year, plan_year, date, n_facts, n_mentions, chars
            FROM reports {"WHERE " + where if where else ""}
            ORDER BY report_year DESC NULLS LAST, region_code NULLS LAST, region, doc_id, report""",
        params or [],
    ).fetchall()
    keys = ("doc_id", "report", "doc", "title", "region", "region_code", "level", "report_type",
            "report_year", "review_year", "plan_year", "date", "facts", "mentions", "chars")  # fmt: skip
    out = []
    for t in rows:
        r = dict(zip(keys, t, strict=True))
        r["id"] = report_id(r["doc_id"], r["report"])
        r["province"] = province_of(r["region_code"])
        r["level_label"] = label("level", r["level"])
        r["type_label"] = label("report_type", r["report_type"])
        r["region_key"] = region_key(r["region"], r["region_code"])
        r["url"] = f"/report/{r['id']}"
        r["date"] = plain(r["date"])
        out.append(r)
    return out


def overview(con: duckdb.DuckDBPyConnection) -> Row:
    """What the store holds: reports by year, level and province; facts by indicator; regions."""
    reps = reports_list(con)
    by_year: Counter[tuple[Any, str]] = Counter((r["report_year"], r["level_label"]) for r in reps)
    by_province: Counter[str] = Counter(r["province"] or "(未知)" for r in reps)
    regions: dict[str, Row] = {}
    for r in reps:
        g = regions.setdefault(r["region_key"], {
            "region": r["region"], "region_code": r["region_code"], "province": r["province"],
            "level": r["level"], "level_label": r["level_label"], "reports": 0, "facts": 0, "years": set(),
            "key": r["region_key"],
        })  # fmt: skip
        g["reports"] += 1
        g["facts"] += r["facts"] or 0
        if r["report_year"] is not None:
            g["years"].add(r["report_year"])
    region_rows = sorted(regions.values(), key=lambda g: (g["region_code"] or "~", g["region"] or ""))
    for g in region_rows:
        g["years"] = ", ".join(str(y) for y in sorted(g["years"]))
    ind = con.execute(
        """SELECT indicator, any_value(indicator_name),
                  count(*) FILTER (WHERE role = 'target'), count(*) FILTER (WHERE role = 'actual'),
                  count(*) FILTER (WHERE role = 'prior_target'), count(DISTINCT region),
                  count(DISTINCT period)
           FROM effective_facts GROUP BY indicator ORDER BY count(*) DESC, indicator"""
    ).fetchall()
    best = dict(con.execute(
        """WITH c AS (SELECT indicator, period, count(DISTINCT region) FILTER (WHERE role = 'target') AS t,
                             count(DISTINCT region) AS a
                      FROM effective_facts WHERE period IS NOT NULL GROUP BY indicator, period)
           SELECT indicator, period FROM c
           QUALIFY row_number() OVER (PARTITION BY indicator ORDER BY t DESC, a DESC, period DESC) = 1"""
    ).fetchall())  # the default year of each indicator's page, as ``best_year`` picks it
    indicators = [
        {"indicator": i, "indicator_label": indicator_label(i, nm), "targets": t, "actuals": a,
         "prior_targets": p, "regions": nr, "year": best.get(i)}
        for i, nm, t, a, p, nr, _ny in ind
    ]  # fmt: skip
    return {
        "reports": reps,
        "regions": region_rows,
        "by_year_level": [{"year": y, "level": lv, "reports": n} for (y, lv), n in sorted(
            by_year.items(), key=lambda kv: (-(kv[0][0] or 0), kv[0][1]))],
        "by_province": [{"province": p, "reports": n} for p, n in by_province.most_common()],
        "indicators": indicators,
        "totals": {"reports": len(reps), "regions": len(region_rows),
                   "facts": sum(i["targets"] + i["actuals"] + i["prior_targets"] for i in indicators)},
    }  # fmt: skip


# -- region pages ----------------------------------------------------------------------------------
def region_page(con: duckdb.DuckDBPyConnection, key: str) -> Row | None:
    """Everything the region page shows; None for an unknown region."""
    reg = find_region(con, key)
    if reg is None:
        return None
    where, params = regions.region_condition(reg["obj"], alias="f")
    facts = query_facts(con, where, params)
    rows = [] if reg["unknown"] else scorecard_rows(facts)  # unrelated reports: nothing to pair
    reps = reports_list(con, *regions.region_condition(reg["obj"]))
    kids = [{"label": k.label, "key": k.key, "region_code": k.code, "level_label": label("level", k.level)}
            for k in regions.children(con, reg["obj"])]  # fmt: skip
    charts = [] if reg["unknown"] else region_charts(con, reg)
    reg = {k: v for k, v in reg.items() if k != "obj"}
    return {"region": reg, "scorecard": rows, "reports": reps, "facts": facts, "charts": charts,
            "children": kids}  # fmt: skip


def region_charts(con: duckdb.DuckDBPyConnection, reg: Row) -> list[Row]:
    """One small chart per indicator and measure with a numeric target: target and outcome (as first
    reported) over the years, each outcome with its status, from the research panel; values in the
    unit most of the indicator's rows use."""
    from zhibiao.analysis.panel import panel_records
    from zhibiao.quantity.units import convert

    by: dict[tuple[str, str], list[Row]] = {}
    for r in panel_records(con, region=reg["region_code"] or reg["region"], all_indicators=True):
        by.setdefault((r["indicator"], r["measure"]), []).append(r)
    out: list[Row] = []
    for (ind, measure), rows in by.items():
        units = [r["unit"] for r in rows if r["unit"] and r["target_value"] is not None]
        if not units:
            continue
        unit = max(set(units), key=units.count)
        chart: Row = {"id": f"{ind}-{measure}", "indicator": ind, "measure": measure, "unit": unit,
                      "years": [], "target": [], "actual": [], "status": []}  # fmt: skip
        for r in sorted(rows, key=lambda r: r["year"]):
            tv = convert(r["target_value"], r["unit"], unit) if r["target_value"] is not None else None
            av = convert(r["actual_value"], r["actual_unit"], unit) if r["actual_value"] is not None else None
            chart["years"].append(int(r["year"]))
            chart["target"].append(plain(tv))
            chart["actual"].append(plain(av))
            chart["status"].append(r["status"] if av is not None else None)
        out.append(chart)
    return out


# -- indicator across regions --------------------------------------------------------------------------
def known_indicator(con: duckdb.DuckDBPyConnection, ind: str) -> bool:
    """Whether ``ind`` is a vocabulary indicator or appears among the stored facts."""
    if ind in indicator_names():
        return True
    row = con.execute("SELECT 1 FROM effective_facts WHERE indicator = ? LIMIT 1", [ind]).fetchone()
    return row is not None


def best_year(con: duckdb.DuckDBPyConnection, ind: str) -> int | None:
    """The year to show an indicator for by default: most regions with a target, then the latest."""
    row = con.execute(
        """SELECT period FROM effective_facts WHERE indicator = ? AND period IS NOT NULL
           GROUP BY period ORDER BY count(DISTINCT region) FILTER (WHERE role = 'target') DESC,
                    count(DISTINCT region) DESC, period DESC LIMIT 1""",
        [ind],
    ).fetchone()
    return row[0] if row else None


def indicator_page(
    con: duckdb.DuckDBPyConnection, ind: str, year: int | None, level: str | None, parent: str | None,
    measure: str | None = None,
) -> Row | None:
    """One indicator in one year across regions: ranked targets and outcomes, a chart, a histogram."""
    if not known_indicator(con, ind):
        return None
    years = [r[0] for r in con.execute(
        "SELECT DISTINCT period FROM effective_facts WHERE indicator = ? AND period IS NOT NULL ORDER BY period DESC",
        [ind],
    ).fetchall()]  # fmt: skip
    if year is None and years:
        year = best_year(con, ind)
    where, params = ["f.indicator = ?", "f.period = ?"], [ind, year]
    if level:
        where.append("f.level = ?")
        params.append(level)
    if parent:
        where.append("f.region_code LIKE ?")
        params.append(regions.code_prefix(parent) + "%")
    facts = query_facts(con, " AND ".join(where), params) if year is not None else []
    measures = Counter(f["measure"] for f in facts)
    if measure is None and measures:
        measure = measures.most_common(1)[0][0]
    shown = [f for f in facts if f["measure"] == measure]
    by_region: dict[str, Row] = {}
    for f in shown:
        key = region_key(f["region"], f["region_code"])
        label_ = region_label(f["region"], f["region_code"])
        if key == regions.UNKNOWN_KEY:  # reports of unrecognised regions are never one region
            key, label_ = f"{key}:{f['report_id']}", f"{label_}（{f['report_id']}）"
        g = by_region.setdefault(key, {
            "region": f["region"], "region_code": f["region_code"], "key": key, "label": label_,
            "url": region_url(f["region"], f["region_code"]),
            "level": f["level"], "level_label": label("level", f["level"]), "targets": [], "actuals": [],
        })  # fmt: skip
        g["actuals" if f["role"] == "actual" else "targets"].append(f)
    for g in by_region.values():
        tv = [decimal_of(f["value"]) for f in g["targets"] if f["value"] is not None]
        av = [decimal_of(f["value"]) for f in g["actuals"] if f["value"] is not None]
        g["target_value"] = max(tv) if tv else None
        g["actual_value"] = max(av) if av else None
    verdict = analysis_verdicts(shown)
    for g in by_region.values():
        if verdict is not None:
            verdicts = {verdict[f["id"]] for f in g["targets"] if f["id"] in verdict}
        else:
            verdicts = {judge(t, a) for t in g["targets"] for a in g["actuals"]}
        g["status"] = next((s for s in ("missed", "exceeded", "met") if s in verdicts), "unknown")
        g["status_label"] = label("status", g["status"])
    ranked = sorted(by_region.values(), key=lambda g: (
        g["target_value"] is None, -(g["target_value"] or 0), g["actual_value"] is None,
        -(g["actual_value"] or 0), g["key"]))  # fmt: skip
    for i, g in enumerate(ranked, 1):
        g["rank"] = i
    return {
        "indicator": ind, "indicator_label": indicator_label(ind), "year": year, "years": years,
        "level": level, "parent": parent, "measure": measure, "measures": sorted(measures),
        "rows": ranked, "facts": shown, "chart": _indicator_chart(ranked),
        "histogram": _histogram([f for f in shown if f["role"] == "target"]),
    }  # fmt: skip


def flat_indicator(rows: list[Row]) -> list[Row]:
    """Indicator page rows flattened for CSV and JSON."""
    return [{
        "rank": g["rank"], "region": g["region"], "region_code": g["region_code"],
        "target": " / ".join(f["display"] for f in g["targets"]),
        "actual": " / ".join(f["display"] for f in g["actuals"]),
        "target_value": plain(g["target_value"]), "actual_value": plain(g["actual_value"]),
        "status": g["status"],
        "target_fact_ids": " ".join(str(f["id"]) for f in g["targets"]),
        "actual_fact_ids": " ".join(str(f["id"]) for f in g["actuals"]),
    } for g in rows]  # fmt: skip


def _indicator_chart(ranked: list[Row]) -> Row:
    return {
        "categories": [g["label"] for g in ranked],
        "series": [
            {"name": "目标", "data": [plain(g["target_value"]) for g in ranked]},
            {"name": "完成", "data": [plain(g["actual_value"]) for g in ranked]},
        ],
    }


def _histogram(targets: list[Row]) -> Row:
    """Target values binned (a nice step for the spread), stacked by qualifier."""
    vals = [(decimal_of(f["value"]), f["qualifier"]) for f in targets if f["value"] is not None]
    if not vals:
        return {"categories": [], "series": []}
    lo, hi = min(v for v, _ in vals), max(v for v, _ in vals)
    spread = hi - lo
    step = Decimal("0.5")
    for s in ("0.5", "1", "2", "5", "10", "20", "50", "100", "200", "500", "1000", "10000", "100000"):
        step = Decimal(s)
        if spread / step <= 12:
            break
    start = (lo / step).to_integral_value(rounding="ROUND_FLOOR") * step
    nbins = int((hi - start) / step) + 1
    edges = [f"{(start + i * step).normalize():f}" for i in range(nbins + 1)]
    cats = [f"{edges[i]}–{edges[i + 1]}" for i in range(nbins)]
    counts: dict[str, list[int]] = defaultdict(lambda: [0] * nbins)
    for v, q in vals:
        counts[q][min(int((v - start) / step), nbins - 1)] += 1
    return {"categories": cats,
            "series": [{"name": label("qualifier", q), "data": c} for q, c in sorted(counts.items())]}


# -- report viewer ------------------------------------------------------------------------------------
def report_page(con: duckdb.DuckDBPyConnection, rid: str, include_rejected: bool = False) -> Row | None:
    """A report's metadata, text, sections, facts (rejected ones too with ``include_rejected``),
    mentions and glossary; None if unknown."""
    m = REPORT_ID.match(rid)
    if not m:
        return None
    doc_id, idx = int(m.group(1)), int(m.group(2))
    meta = reports_list(con, "doc_id = ? AND report = ?", [doc_id, idx])
    if not meta:
        return None
    key = [doc_id, idx]
    text_row = con.execute("SELECT text FROM reports WHERE doc_id = ? AND report = ?", key).fetchone()
    text = (text_row[0] if text_row else None) or ""
    sections = [dict(zip(("section", "parent", "depth", "kind", "title", "start", "end"), t, strict=True))
                for t in con.execute(
                    "SELECT section, parent, depth, kind, title, start_char, end_char FROM sections "
                    "WHERE doc_id = ? AND report = ? ORDER BY section", key).fetchall()]  # fmt: skip
    facts = query_facts(con, "f.doc_id = ? AND f.report = ?", [doc_id, idx], include_rejected=include_rejected)
    mentions = [dict(zip(("id", "subject", "role_guess", "raw", "text", "start", "end", "unit", "value"), t,
                         strict=True))
                for t in con.execute(
                    "SELECT id, subject, role_guess, raw, text, norm_start, norm_end, unit, value FROM mentions "
                    "WHERE doc_id = ? AND report = ? ORDER BY norm_start, id", key).fetchall()]
    glossary = [dict(zip(("number", "term", "definition", "start", "end"), t, strict=True))
                for t in con.execute(
                    "SELECT number, term, definition, start_char, end_char FROM glossary "
                    "WHERE doc_id = ? AND report = ? ORDER BY number", key).fetchall()]  # fmt: skip
    return {"meta": meta[0], "text": text, "sections": sections, "facts": facts, "mentions": mentions,
            "glossary": glossary}  # fmt: skip


# -- search -----------------------------------------------------------------------------------------------
def search(
    con: duckdb.DuckDBPyConnection, q: str, region: str | None = None, year: int | None = None,
    report_type: str | None = None, context: int = 40, limit: int = 200, offset: int = 0,
) -> Row:
    """Occurrences of ``q`` in report texts with context, filtered by region (with the regions under
    it), report year and type: ``hits`` ``offset``..``offset + limit`` of ``total`` in ``reports``.

    Candidates come from the bigram index (every bigram of the query present), then the phrase is
    verified in the text (``zhibiao.store.search``, shared with ``zhibiao search``).
    """
    q = fold_query(_SPACE.sub(" ", q.replace("\x00", "")))  # folded as the texts were: 經濟 finds 经济
    out: Row = {"q": q, "total": 0, "reports": 0, "offset": offset, "limit": limit, "hits": []}
    if not q:
        return out
    where: list[str] = []
    params: list[Any] = []
    if region:
        reg = find_region(con, region)
        if reg is None:
            return out
        clause, p = regions.region_condition(reg["obj"], with_children=True, alias="r")
        where.append(clause)
        params.extend(p)
    if year is not None:
        where.append("r.report_year = ?")
        params.append(year)
    if report_type:
        where.append("r.report_type = ?")
        params.append(report_type)
    cands = matching_reports(
        con, q, "r.doc_id, r.report, r.region, r.region_code, r.report_year, r.report_type, r.title, r.text",
        where, params, order="r.report_year DESC NULLS LAST, r.region_code NULLS LAST, r.doc_id, r.report",
    )
    hits: list[Row] = []
    n = 0
    for doc_id, rep, reg_name, code, ryear, rtype, title, body in cands:
        out["reports"] += 1
        for k, pos in enumerate(occurrences(body, q)):
            n += 1
            if not offset < n <= offset + limit:
                continue
            rid = report_id(doc_id, rep)
            hits.append({
                "report_id": rid, "region": reg_name, "region_code": code, "year": ryear, "type": rtype,
                "type_label": label("report_type", rtype), "title": title, "pos": pos,
                "before": body[max(0, pos - context):pos].replace("\n", " "), "match": q,
                "after": body[pos + len(q):pos + len(q) + context].replace("\n", " "),
                "url": f"/report/{rid}?q={url_part(q)}#q-{k}",
            })  # fmt: skip
    return out | {"total": n, "hits": hits}


def url_part(s: str) -> str:
    """``s`` quoted whole for a URL's path or query (``/`` too)."""
    from urllib.parse import quote

    return quote(s, safe="")


def facts_filtered(
    con: duckdb.DuckDBPyConnection, region: str | None, indicator: str | None, role: str | None,
    year: int | None, level: str | None,
) -> list[Row]:
    """Facts for the API: region (code or name, exact region), indicator, role, period, level."""
    where: list[str] = []
    params: list[Any] = []
    if region:
        reg = find_region(con, region)
        if reg is None:
            return []
        clause, p = regions.region_condition(reg["obj"], alias="f")
        where.append(clause)
        params += p
    for col, val in (("indicator", indicator), ("role", role), ("period", year), ("level", level)):
        if val is not None:
            where.append(f"f.{col} = ?")
            params.append(val)
    return query_facts(con, " AND ".join(where), params)
