"""Scorecards: a region's targets and outcomes side by side per indicator and year, with met or missed.

``zhibiao.analysis`` decides when it is installed (its tolerances and unit conversions); ``judge`` otherwise.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from zhibiao.web.labels import Row, indicator_names, label, labels


def decimal_of(d: Any) -> Decimal | None:
    """A stored value as a Decimal (DuckDB hands back Decimals; JSON and tests may give ints or strings)."""
    if d is None:
        return None
    return d if isinstance(d, Decimal) else Decimal(str(d))


def judge(target: Row, actual: Row) -> str:
    """``met`` / ``missed`` / ``unknown``: does the actual outcome reach the target?

    Comparable only in the same measure and unit. Higher is better unless the indicator is one of
    ``labels.toml``'s lower-is-better ones or the target is a ceiling (``at_most``).
    """
    if target["qualifier"] == "qualitative" or actual["qualifier"] == "qualitative":
        return "unknown"
    if target["measure"] != actual["measure"] or (target["unit"] or "") != (actual["unit"] or ""):
        return "unknown"
    tv, th, av = decimal_of(target["value"]), decimal_of(target["value_high"]), decimal_of(actual["value"])
    if tv is None or av is None:
        return "unknown"
    lower_better = labels()["direction"]["lower_is_better"]
    lower = target["qualifier"] == "at_most" or target["indicator"] in lower_better
    if lower:
        return "met" if av <= (th if th is not None else tv) else "missed"
    return "met" if av >= tv else "missed"


def scorecard_rows(facts: list[Row]) -> list[Row]:
    """Targets and outcomes side by side per (indicator, measure, unit, period), with met/missed."""
    groups: dict[tuple[Any, ...], Row] = {}
    for f in facts:
        if f["period"] is None:
            continue
        key = (f["indicator"], f["measure"], f["unit"] or "", f["period"])
        g = groups.setdefault(key, {
            "indicator": f["indicator"], "indicator_label": f["indicator_label"], "measure": f["measure"],
            "measure_label": label("measure", f["measure"]), "unit": f["unit"], "period": f["period"],
            "targets": [], "actuals": [],
        })  # fmt: skip
        g["actuals" if f["role"] == "actual" else "targets"].append(f)
    order = list(indicator_names())
    rank = {k: i for i, k in enumerate(order)}
    rows = sorted(groups.values(), key=lambda g: (rank.get(g["indicator"], len(rank)), g["indicator"],
                                                   g["measure"], -g["period"]))  # fmt: skip
    verdict = analysis_verdicts(facts)
    for g in rows:
        verdicts: set[str] = set()
        if verdict is not None:
            verdicts = {verdict[f["id"]] for f in g["targets"] if f["id"] in verdict}
        elif g["targets"] and g["actuals"]:
            verdicts = {judge(t, a) for t in g["targets"] for a in g["actuals"]}
        status = next((s for s in ("missed", "exceeded", "met") if s in verdicts), "unknown")
        g["status"] = status
        g["status_label"] = label("status", status)
    return rows


def analysis_verdicts(facts: list[Row]) -> dict[int, str] | None:
    """Target fact id -> status from ``zhibiao.analysis`` (its tolerances and unit conversions), or
    None when that package is not installed, in which case ``judge`` decides."""
    try:
        from zhibiao.analysis._common import FactRow
        from zhibiao.analysis.outcomes import pair_outcomes
    except ImportError:
        return None
    rows = [
        FactRow(f["id"], f["doc"], f["report"], f["region"], f["region_code"], f["level"], f["indicator"],
                f["role"], f["period"], f["measure"], decimal_of(f["value"]), decimal_of(f["value_high"]), f["unit"],
                f["qualifier"], f["text"], f["horizon"], None, None, None, f["norm_start"], f["norm_end"])
        for f in facts
        if f["period"] is not None and not f["horizon"]
    ]  # fmt: skip
    return {r["target_id"]: r["status"] for r in pair_outcomes(rows)}


def flat_scorecard(rows: list[Row]) -> list[Row]:
    """Scorecard rows flattened for CSV and JSON (values and fact ids joined)."""
    return [{
        "indicator": g["indicator"], "indicator_label": g["indicator_label"], "measure": g["measure"],
        "unit": g["unit"], "period": g["period"],
        "target": " / ".join(f["display"] for f in g["targets"]),
        "actual": " / ".join(f["display"] for f in g["actuals"]),
        "status": g["status"],
        "target_fact_ids": " ".join(str(f["id"]) for f in g["targets"]),
        "actual_fact_ids": " ".join(str(f["id"]) for f in g["actuals"]),
    } for g in rows]  # fmt: skip
