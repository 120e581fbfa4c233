"""The dashboard's consistency checks page: the analysis flags, each with the facts it rests on.

Read-only like ``zhibiao.web.data``: flags come from the stored table when current, else are computed
in memory and cached per state of the facts.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

import duckdb

from zhibiao.web.data import query_facts
from zhibiao.web.labels import Row, indicator_label, label
from zhibiao.web.scorecard import scorecard_rows

# -- checks ------------------------------------------------------------------------------------------------
_FLAG_CACHE: dict[str, list[Row]] = {}


def checks(con: duckdb.DuckDBPyConnection) -> list[Row]:
    """Consistency flags, each with the facts it rests on.

    The flags of ``zhibiao.analysis.checks``: its stored ``flags`` table when up to date, else
    computed in memory (the web layer never writes) and cached per state of the facts.
    Without that package, two kinds are derived here (``_own_checks``).
    """
    try:
        from zhibiao.analysis.checks import _state, compute_flags, flags_stale
    except ImportError:
        return _own_checks(con)
    state = _state(con)
    if state in _FLAG_CACHE:
        return _FLAG_CACHE[state]
    has_table = con.execute(
        "SELECT count(*) FROM duckdb_tables() "
        "WHERE table_name = 'flags' AND database_name = current_database()"
    ).fetchone()
    if has_table and has_table[0] and not flags_stale(con):
        raw = con.execute(
            "SELECT rule, severity, message, fact_ids, region, region_code, indicator, period, details "
            "FROM flags ORDER BY severity, rule, region_code, indicator, period, id"
        ).fetchall()
    else:
        raw = [(f.rule, f.severity, f.message, f.fact_ids, f.region, f.region_code, f.indicator, f.period,
                f.details) for f in compute_flags(con)]  # fmt: skip
    ids = sorted({int(i) for r in raw for i in (r[3] or [])})
    listed = query_facts(con, "f.id IN (SELECT unnest(?::BIGINT[]))", [ids]) if ids else []
    by_id = {f["id"]: f for f in listed}
    out = [{
        "kind": rule, "kind_label": label("rule", rule), "severity": sev, "message": msg, "region": reg,
        "message_zh": _details(det).get("message_zh") or msg,
        "region_code": code, "indicator": ind, "indicator_label": indicator_label(ind) if ind else "",
        "period": period, "facts": [by_id[int(i)] for i in (fids or []) if int(i) in by_id],
    } for rule, sev, msg, fids, reg, code, ind, period, det in raw]  # fmt: skip
    if len(_FLAG_CACHE) > 8:
        _FLAG_CACHE.clear()
    _FLAG_CACHE[state] = out
    return out


def _details(d: Any) -> dict[str, Any]:
    """A flag's details: stored as JSON text, computed as a dict."""
    if isinstance(d, dict):
        return d
    try:
        out = json.loads(d) if d else {}
    except ValueError:
        return {}
    return out if isinstance(out, dict) else {}


def _own_checks(con: duckdb.DuckDBPyConnection) -> list[Row]:
    """Fallback flags: one report stating different values for one fact key, and missed targets."""
    facts = query_facts(con)
    by_key: dict[tuple[Any, ...], list[Row]] = defaultdict(list)
    for f in facts:
        by_key[(f["doc_id"], f["report"], f["indicator"], f["role"], f["period"], f["measure"],
                f["unit"] or "")].append(f)  # fmt: skip
    flags: list[Row] = []
    for (_d, _r, ind, role, period, measure, unit), fs in by_key.items():
        shown = {f["display"] for f in fs}
        if len(shown) > 1 and period is not None:
            f0 = fs[0]
            flags.append({
                "kind": "conflicting_values", "kind_label": label("rule", "conflicting_values"),
                "severity": "warning", "region": f0["region"],
                "region_code": f0["region_code"], "indicator": ind, "indicator_label": f0["indicator_label"],
                "period": period,
                "message": f"同一报告对{f0['indicator_label']}{period}年{label('role', role)}"
                           f"({label('measure', measure)}{unit})给出不同数值：{' / '.join(sorted(shown))}",
                "facts": fs,
            })  # fmt: skip
    regions: dict[tuple[Any, Any], list[Row]] = defaultdict(list)
    for f in facts:
        regions[(f["region"], f["region_code"])].append(f)
    for (reg, code), fs in regions.items():
        for g in scorecard_rows(fs):
            if g["status"] == "missed":
                flags.append({
                    "kind": "target_missed", "kind_label": label("rule", "target_missed"), "severity": "info",
                    "region": reg, "region_code": code, "indicator": g["indicator"],
                    "indicator_label": g["indicator_label"], "period": g["period"],
                    "message": f"{reg or code}{g['period']}年{g['indicator_label']}{g['measure_label']}"
                               f"目标{' / '.join(f['display'] for f in g['targets'])}，"
                               f"完成{' / '.join(f['display'] for f in g['actuals'])}",
                    "facts": g["targets"] + g["actuals"],
                })  # fmt: skip
    flags.sort(key=lambda x: (x["kind"], x["region_code"] or "", x["indicator"], x["period"] or 0))
    return flags


def flat_checks(flags: list[Row]) -> list[Row]:
    """Flags flattened for CSV and JSON."""
    return [{
        "kind": x["kind"], "kind_label": x.get("kind_label", x["kind"]), "severity": x["severity"],
        "region": x["region"], "region_code": x["region_code"],
        "indicator": x["indicator"], "period": x["period"], "message": x["message"],
        "message_zh": x.get("message_zh", x["message"]),
        "fact_ids": " ".join(str(f["id"]) for f in x["facts"]),
        "sources": " ".join(f["url"] for f in x["facts"]),
    } for x in flags]  # fmt: skip
