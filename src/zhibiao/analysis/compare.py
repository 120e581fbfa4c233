"""Cross-region and cross-level comparison of one indicator in one year."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import Any

import duckdb
import pandas as pd

from zhibiao.analysis._common import FactRow, ancestors, is_under, load_facts, parent_code, region_names
from zhibiao.analysis.outcomes import _better, _distinct, _show, judge, pair_outcomes, reported_order, to_unit
from zhibiao.store.names import check_choice

COMPARE_COLUMNS = [
    "rank", "region", "region_code", "level", "indicator", "measure", "year", "target", "qualifier",
    "result", "status", "margin", "margin_unit", "target_value", "result_value", "unit",
    "target_source", "result_source", "target_text",
]  # fmt: skip


def _filter(
    con: duckdb.DuckDBPyConnection, facts: list[FactRow], level: str | None, parent: str | None
) -> list[FactRow]:
    if level:
        facts = [f for f in facts if f.level == level]
    if parent:
        code = parent_code(con, parent)
        facts = [f for f in facts if code and is_under(f.region_code, code)] if code else []
    return facts


def _sort_value(v: Decimal | None, indicator: str) -> tuple[int, Decimal]:
    """Best first in the indicator's own direction; missing values last."""
    if v is None:
        return (1, Decimal(0))
    return (0, -v * _better(indicator))


def compare(
    con: duckdb.DuckDBPyConnection,
    indicator: str,
    year: int,
    *,
    level: str | None = None,
    parent: str | None = None,
    measure: str | None = None,
) -> pd.DataFrame:
    """Every stored region's targets and results for ``indicator`` in ``year``, ranked by target.

    One row per stated target (确保/力争 give two); regions with a result but no target follow
    with an empty target. ``level`` and ``parent`` (a code or name: every region under it) filter.
    """
    check_choice("level", level)
    check_choice("measure", measure)
    facts = _filter(con, load_facts(con, indicator=indicator, year=year), level, parent)
    if measure:
        facts = [f for f in facts if f.measure == measure]
    rows = pair_outcomes(facts)
    targeted = {(r["region_code"] or r["region"], r["measure"]) for r in rows}
    names = region_names(facts)
    extra: dict[tuple[str, str], list[FactRow]] = defaultdict(list)
    for f in facts:
        if f.role == "actual" and f.measure and (f.key, f.measure) not in targeted:
            extra[(f.key, f.measure)].append(f)
    for (key, m), fs in extra.items():
        res = sorted(fs, key=reported_order)[0]
        rows.append({
            "region": names.get(key, res.region), "region_code": res.region_code, "level": res.level,
            "indicator": res.indicator, "measure": m, "year": year, "target": "", "result": _show(res),
            "status": "", "margin": None, "margin_unit": None, "target_value": None,
            "result_value": res.value, "unit": res.unit, "target_source": None,
            "result_source": res.source, "target_text": None, "target_qualifier": None,
        })  # fmt: skip
    rows.sort(key=lambda r: (r["measure"], r["target_value"] is None and r["target"] == "",
                             _sort_value(r["target_value"], r["indicator"]),
                             _sort_value(r["result_value"], r["indicator"]), r["region"] or ""))  # fmt: skip
    rank: dict[str, int] = defaultdict(int)
    seen: set[tuple[str, str]] = set()
    for r in rows:
        k = (r["measure"], r["region_code"] or r["region"])
        if k not in seen and r["target"]:
            seen.add(k)
            rank[r["measure"]] += 1
            r["rank"] = rank[r["measure"]]
        else:
            r["rank"] = None
        r["qualifier"] = r.get("target_qualifier")
    return pd.DataFrame(rows, columns=COMPARE_COLUMNS)


ESCALATION_COLUMNS = [
    "region", "region_code", "level", "indicator", "measure", "year", "target", "parent_region",
    "parent_code", "parent_level", "parent_target", "escalation", "escalation_unit", "escalated",
    "target_source", "parent_source",
]  # fmt: skip


def escalation(
    con: duckdb.DuckDBPyConnection, indicator: str, year: int, *, measure: str | None = None
) -> pd.DataFrame:
    """Each region's target against its nearest stored higher level's (层层加码).

    ``escalation`` is how far the region's target is on the ambitious side of its parent's (pp for
    growth and rates, percent for levels); ``escalated`` is True when it is strictly more ambitious.
    The first-stated target of each side is compared (确保 before 力争).
    """
    check_choice("measure", measure)
    facts = [f for f in load_facts(con, indicator=indicator, year=year) if f.role == "target"]
    if measure:
        facts = [f for f in facts if f.measure == measure]
    by: dict[tuple[str, str], list[FactRow]] = defaultdict(list)
    for f in facts:
        if f.measure:
            by[(f.key, f.measure)].append(f)
    names = region_names(facts)
    rows: list[dict[str, Any]] = []
    for (key, m), ts in by.items():
        t = _distinct(ts)[0]
        for anc in ancestors(t.region_code):
            if (anc, m) not in by:
                continue
            p = _distinct(by[(anc, m)])[0]
            j = None
            if t.value is not None and p.value is not None:
                tv = to_unit(t.value, t.unit, p.unit)
                j = judge(t.indicator, m, "exact", p.value, None, tv)
            rows.append({
                "region": names.get(key, t.region), "region_code": t.region_code, "level": t.level,
                "indicator": t.indicator, "measure": m, "year": year, "target": _show(t),
                "parent_region": names.get(anc, p.region), "parent_code": p.region_code,
                "parent_level": p.level, "parent_target": _show(p),
                "escalation": j.margin if j else None, "escalation_unit": j.margin_unit if j else None,
                "escalated": (j.margin > 0) if j and j.margin is not None else None,
                "target_source": t.source, "parent_source": p.source,
            })  # fmt: skip
            break
    rows.sort(key=lambda r: (r["measure"], r["parent_region"] or "", r["region"] or ""))
    return pd.DataFrame(rows, columns=ESCALATION_COLUMNS)
