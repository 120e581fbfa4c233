"""Target -> outcome: each year's targets paired with the results later reported for that year.

For every (region, indicator, measure, year) with a target (or, failing a stored target, a prior
target quoted in review) the result for that year is looked up in any report of the same region
(joined by division code), and the pair is judged ``met`` / ``missed`` / ``exceeded`` / ``unknown``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

import duckdb
import pandas as pd

from zhibiao.analysis._common import FactRow, load_facts, region_codes, region_names, rules, setting
from zhibiao.store.query import readable

OUTCOME_COLUMNS = [
    "region", "region_code", "level", "indicator", "measure", "year", "target", "basis", "result",
    "status", "margin", "margin_unit", "status_strict", "prior_target", "prior_target_agrees",
    "target_value", "target_value_high", "target_qualifier", "result_value", "unit",
    "target_source", "result_source", "target_text", "result_text", "n_results", "target_id", "result_id",
]  # fmt: skip

_PP_MEASURES = {"growth", "rate", "index", "change_pp"}


@dataclass(frozen=True, slots=True)
class Judgement:
    """How a result stands against a target: status, signed margin (positive = better), strict status."""

    status: str
    margin: Decimal | None
    margin_unit: str | None
    status_strict: str


UNKNOWN = Judgement("unknown", None, None, "unknown")


@cache
def _unit_factor(unit: str) -> tuple[Decimal, str] | None:
    """(factor to the base unit, base unit) of a level unit such as 亿元 or 万人, via the quantity grammar."""
    from zhibiao.quantity import parse

    q = parse("1" + unit)
    if q is None or q.unit != unit or "value_base" not in q.extra:
        return None
    return Decimal(q.extra["value_base"]), str(q.extra.get("base_unit") or unit)


def to_unit(value: Decimal, unit: str | None, target_unit: str | None) -> Decimal | None:
    """``value`` in ``unit`` expressed in ``target_unit`` (None when the units are not convertible)."""
    if unit == target_unit:
        return value
    if not unit or not target_unit:
        return None
    a, b = _unit_factor(unit), _unit_factor(target_unit)
    if a is None or b is None or a[1] != b[1]:
        return None
    return value * a[0] / b[0]


def _better(indicator: str) -> int:
    return -1 if indicator in set(rules()["status"]["lower_is_better"]) else 1


def _classify(d: Decimal, tol: Decimal, ceiling: bool) -> str:
    """Status from the signed distance ``d`` to the threshold (positive = good side)."""
    if d < -tol:
        return "missed"
    if ceiling or d <= tol:
        return "met"
    return "exceeded"


def judge(
    indicator: str,
    measure: str | None,
    qualifier: str | None,
    value: Decimal | None,
    value_high: Decimal | None,
    result: Decimal | None,
    *,
    around_pp: Decimal | None = None,
) -> Judgement:
    """Judge a numeric result against a numeric target in the indicator's own direction.

    ``at_least`` is met by an equal result and exceeded by a better one; ``around`` is met within the
    tolerance (default ±0.5 pp; ±0.5 % of the target for levels) and read as exact for the strict
    status; ``at_most`` and ceiling indicators (CPI, unemployment) are met by anything at or under
    the ceiling; a fall target (energy intensity −3%) is met by a bigger fall; a range by anything
    inside it. The margin is in pp for growth/rate/index (percent of the target for levels).
    """
    if value is None or result is None:
        return UNKNOWN
    better = _better(indicator)
    ceiling = qualifier == "at_most" or indicator in set(rules()["status"]["ceiling"])
    if qualifier == "at_most":
        better = -1
    level = measure not in _PP_MEASURES
    if qualifier == "range" and value_high is not None:
        lo, hi = min(value, value_high), max(value, value_high)
        threshold, far = (lo, hi) if better > 0 else (hi, lo)
    else:
        threshold = far = value
    if level:
        if threshold == 0:
            return UNKNOWN
        d = (result - threshold) / abs(threshold) * 100 * better
        unit = "%"
        tol = setting("status", "around_tolerance_level_pct")
    else:
        d = (result - threshold) * better
        unit = "pp"
        tol = around_pp if around_pp is not None else setting("status", "around_tolerance_pp")
    strict = _classify(d, Decimal(0), ceiling)
    if qualifier == "range" and far != threshold:
        beyond = (result - far) * better
        status = "missed" if d < 0 else ("exceeded" if beyond > 0 and not ceiling else "met")
        return Judgement(status, _q(d), unit, status)
    status = _classify(d, tol if qualifier == "around" else Decimal(0), ceiling)
    return Judgement(status, _q(d), unit, strict)


def _q(d: Decimal) -> Decimal:
    """A margin rounded to 4 decimals, trailing zeros dropped."""
    return d.quantize(Decimal("0.0001")).normalize() if d == d else d


def _marker_in(text: str | None, section: str, key: str) -> bool:
    return bool(text) and any(w in text for w in rules()[section][key])


def judge_qualitative(
    target: FactRow, result: FactRow | None, reference_growth: Decimal | None, around_pp: Decimal | None
) -> Judgement:
    """A qualitative target (与经济增长同步, 正增长) against a result, where the wording allows it."""
    if result is None:
        return UNKNOWN
    tol = around_pp if around_pp is not None else setting("status", "around_tolerance_pp")
    if _marker_in(target.text, "qualitative", "sync_markers"):
        if result.value is None:
            ok = _marker_in(result.text, "qualitative", "sync_markers")
            return Judgement("met", None, None, "met") if ok else UNKNOWN
        if reference_growth is None or result.measure != "growth":
            return UNKNOWN
        d = result.value - reference_growth
        return Judgement(
            "missed" if d < -tol else "met", _q(d), "pp", "missed" if d < 0 else "met"
        )
    if _marker_in(target.text, "qualitative", "positive_markers") and result.value is not None:
        s = "met" if result.value > 0 else "missed"
        return Judgement(s, _q(result.value), "pp", s)
    return UNKNOWN


def _latest_first(f: FactRow) -> tuple[Any, ...]:
    """Sort key putting the most recent report first (a later figure supersedes a 预计 estimate)."""
    return (-(f.report_year or 0), str(f.date or ""), f.doc, f.report)


def _distinct(rows: list[FactRow]) -> list[FactRow]:
    """One row per distinct stated value (value, high, qualifier), first occurrence kept."""
    seen: set[tuple[Any, ...]] = set()
    out: list[FactRow] = []
    for f in rows:
        k = (f.value, f.value_high, f.qualifier if f.value is not None else f.text)
        if k not in seen:
            seen.add(k)
            out.append(f)
    return out


def _agrees(prior: FactRow, targets: list[FactRow]) -> bool:
    """Whether a quoted prior target matches one of the stored targets (value and unit)."""
    for t in targets:
        if t.value is None or prior.value is None:
            continue
        v = to_unit(prior.value, prior.unit, t.unit)
        if v is not None and v == t.value and (prior.value_high or None) == (t.value_high or None):
            return True
    return False


def _show(f: FactRow | None) -> str:
    if f is None:
        return ""
    return readable(f.value, f.value_high, f.unit, f.qualifier)


def pair_outcomes(facts: list[FactRow], around_pp: Decimal | None = None) -> list[dict[str, Any]]:
    """Outcome rows (see ``OUTCOME_COLUMNS``) for every keyed target or quoted prior target."""
    groups: dict[tuple[str, str, str, int], dict[str, list[FactRow]]] = defaultdict(lambda: defaultdict(list))
    for f in facts:
        if f.period is None or not f.measure:
            continue
        groups[(f.key, f.indicator, f.measure, f.period)][f.role].append(f)
    names = region_names(facts)
    out: list[dict[str, Any]] = []
    for (key, indicator, measure, year), roles in groups.items():
        targets = _distinct(roles.get("target", []))
        priors = _distinct(roles.get("prior_target", []))
        results = sorted(roles.get("actual", []), key=_latest_first)
        basis = "target"
        if not targets:
            targets, basis = priors, "prior_target"
        if not targets:
            continue
        result = results[0] if results else None
        n_results = len(_distinct(results))
        ref = None
        if result is not None and indicator != rules()["qualitative"]["sync_reference"]:
            ref_key = (key, rules()["qualitative"]["sync_reference"], "growth", year)
            refs = sorted(groups[ref_key]["actual"], key=_latest_first) if ref_key in groups else []
            ref = refs[0].value if refs else None
        prior_txt = " / ".join(dict.fromkeys(_show(p) for p in priors)) if basis == "target" else ""
        agrees = (all(_agrees(p, targets) for p in priors) if priors else None) if basis == "target" else None
        for t in targets:
            if result is None:
                j = UNKNOWN
            elif t.value is None:
                j = judge_qualitative(t, result, ref, around_pp)
            else:
                rv = to_unit(result.value, result.unit, t.unit) if result.value is not None else None
                j = judge(indicator, measure, t.qualifier, t.value, t.value_high, rv, around_pp=around_pp)
            out.append({
                "region": names.get(key, t.region), "region_code": t.region_code, "level": t.level,
                "indicator": indicator, "measure": measure, "year": year, "target": _show(t), "basis": basis,
                "result": _show(result), "status": j.status, "margin": j.margin, "margin_unit": j.margin_unit,
                "status_strict": j.status_strict, "prior_target": prior_txt, "prior_target_agrees": agrees,
                "target_value": t.value, "target_value_high": t.value_high, "target_qualifier": t.qualifier,
                "result_value": result.value if result else None, "unit": t.unit,
                "target_source": t.source, "result_source": result.source if result else None,
                "target_text": t.text, "result_text": result.text if result else None,
                "n_results": n_results, "target_id": t.id, "result_id": result.id if result else None,
            })  # fmt: skip
    out.sort(key=lambda r: (r["region"] or "", r["year"], r["indicator"], r["measure"], r["target_id"]))
    return out


def outcomes(
    con: duckdb.DuckDBPyConnection,
    region: str | None = None,
    year: int | None = None,
    indicator: str | None = None,
    around_pp: Decimal | None = None,
) -> pd.DataFrame:
    """Target -> outcome rows as a DataFrame, optionally for one region (name, short name or code)."""
    facts = load_facts(con, indicator=indicator, year=year)
    if region:
        keys = region_codes(con, region)
        facts = [f for f in facts if f.key in keys]
    return pd.DataFrame(pair_outcomes(facts, around_pp), columns=OUTCOME_COLUMNS)


TIMESERIES_COLUMNS = [
    "region", "region_code", "indicator", "measure", "year", "target", "result", "status",
    "target_value", "result_value", "unit", "sources",
]  # fmt: skip


def timeseries(con: duckdb.DuckDBPyConnection, region: str, indicator: str) -> pd.DataFrame:
    """One region's targets and results for one indicator, one row per (measure, year)."""
    keys = region_codes(con, region)
    facts = [f for f in load_facts(con, indicator=indicator) if f.key in keys]
    paired = {(r["measure"], r["year"]): r for r in pair_outcomes(facts)}
    by: dict[tuple[str, int], list[FactRow]] = defaultdict(list)
    for f in facts:
        if f.measure and f.period is not None:
            by[(f.measure, f.period)].append(f)
    names = region_names(facts)
    rows: list[dict[str, Any]] = []
    for (measure, year), fs in sorted(by.items(), key=lambda kv: (kv[0][0], kv[0][1])):
        targets = _distinct([f for f in fs if f.role == "target"]) or _distinct(
            [f for f in fs if f.role == "prior_target"]
        )
        results = sorted([f for f in fs if f.role == "actual"], key=_latest_first)
        p = paired.get((measure, year))
        first = fs[0]
        rows.append({
            "region": names.get(first.key, first.region), "region_code": first.region_code,
            "indicator": first.indicator, "measure": measure, "year": year,
            "target": " / ".join(_show(t) for t in targets), "result": _show(results[0]) if results else "",
            "status": p["status"] if p else ("" if not targets else "unknown"),
            "target_value": targets[0].value if targets else None,
            "result_value": results[0].value if results else None,
            "unit": (targets or results or fs)[0].unit,
            "sources": ", ".join(dict.fromkeys(f.source for f in fs)),
        })  # fmt: skip
    return pd.DataFrame(rows, columns=TIMESERIES_COLUMNS)
