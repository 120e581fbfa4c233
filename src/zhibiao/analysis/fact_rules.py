"""Checks of one report's facts: two values for one figure, and amounts out of scale for the region.

``conflicting_values``: one report states two different values for the same indicator, role, year
and measure (a five-year total stored next to the year's figure, one figure of a list given to
its neighbour). Targets of different commitment are not a conflict: ``确保6.7%、力争7.2%`` is
two targets on purpose. ``implausible_amount``: an amount outside the range of its indicator for
the region's level (``data/analysis_rules.toml``, ``[amounts]``): a province's GDP of a few
hundred 亿元 is a county's figure or a threshold (``经济总量超百亿元县达到X个``), not the province's.

Each flag's message is English (the ``message`` column); ``details["message_zh"]`` says it in Chinese.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import Any

from zhibiao.analysis._common import FactRow, num_str, rules
from zhibiao.analysis.labels import code_label, indicator_name
from zhibiao.quantity.units import convert


def _shown(f: FactRow) -> str:
    from zhibiao.store.query import readable

    return readable(f.value, f.value_high, f.unit, f.qualifier)


def _same(a: FactRow, b: FactRow) -> bool | None:
    """Whether two facts state the same figure (units converted); None when the units do not convert."""
    if a.value is None or b.value is None:
        return None
    v = convert(b.value, b.unit, a.unit)
    if v is None:
        return None
    hb = convert(b.value_high, b.unit, a.unit) if b.value_high is not None else None
    return v == a.value and hb == a.value_high


def _zh_where(f: FactRow) -> str:
    return f.region or f.region_code or "未识别地区"


def conflicting_values(facts: list[FactRow]) -> list[dict[str, Any]]:
    """One flag per (report, indicator, role, year, measure, commitment) stating more than one value."""
    groups: dict[tuple[Any, ...], list[FactRow]] = defaultdict(list)
    for f in facts:
        if f.value is not None and f.measure and f.period is not None:
            groups[(f.doc, f.report, f.indicator, f.role, f.period, f.measure, f.commitment)].append(f)
    out: list[dict[str, Any]] = []
    for (_doc, _rep, ind, role, year, measure, _c), fs in groups.items():
        distinct: list[FactRow] = []
        for f in fs:
            if all(_same(d, f) is False for d in distinct):  # differs from every value seen (and converts)
                distinct.append(f)
        if len(distinct) < 2:
            continue
        f0 = distinct[0]
        listed = "; ".join(f"{_shown(v)} ({v.text})" for v in distinct)
        listed_zh = "；".join(f"{_shown(v)}（{v.text}）" for v in distinct)
        msg = (f"{f0.region_label} {ind} {measure} {year}: one report states different {role} values: "
               f"{listed}")  # fmt: skip
        zh = (f"{_zh_where(f0)}{year}年{indicator_name(ind)}（{code_label('measure', measure)}）的"
              f"{code_label('role', role)}值在同一报告中不一：{listed_zh}")  # fmt: skip
        out.append({"rule": "conflicting_values", "severity": "warning", "message": msg, "fact": f0,
                    "fact_ids": [v.id for v in distinct], "details": {
                        "message_zh": zh, "values": [{"value": _shown(v), "text": v.text} for v in distinct]}})
    return out


def amount_range(indicator: str, measure: str | None, level: str | None) -> tuple[Decimal, Decimal, str] | None:
    """(min, max, unit) of an indicator's plausible amounts for a region of ``level``, or None."""
    spec = rules().get("amounts", {}).get(f"{indicator}.{measure}")
    if not spec or not level or level not in spec:
        return None
    lo, hi = spec[level]
    return Decimal(str(lo)), Decimal(str(hi)), str(spec["unit"])


def implausible_amounts(facts: list[FactRow]) -> list[dict[str, Any]]:
    """One flag per amount outside its indicator's range for the region's level."""
    out: list[dict[str, Any]] = []
    for f in facts:
        rng = amount_range(f.indicator, f.measure, f.level) if f.value is not None else None
        if rng is None or f.value is None:
            continue
        lo, hi, unit = rng
        v = convert(f.value, f.unit, unit)
        if v is None or lo <= v <= hi:
            continue
        level_en, level_zh = code_label("level", f.level, "en"), code_label("level", f.level)
        msg = (f"implausible {f.role} for the {f.indicator} of a {level_en} region ({f.region_label}): "
               f"{_shown(f)} is outside {num_str(lo)}..{num_str(hi)}{unit} — likely another region's figure "
               f"or a threshold")  # fmt: skip
        zh = (f"{_zh_where(f)}{f.period}年{indicator_name(f.indicator)}{code_label('role', f.role)}{_shown(f)}"
              f"与{level_zh}地区的量级不符（合理范围{num_str(lo)}–{num_str(hi)}{unit}），"
              f"可能是其他地区的数值或门槛值")  # fmt: skip
        out.append({"rule": "implausible_amount", "severity": "warning", "message": msg, "fact": f,
                    "fact_ids": [f.id], "details": {"message_zh": zh, "text": f.text, "min": num_str(lo),
                                                    "max": num_str(hi), "unit": unit}})  # fmt: skip
    return out
