"""The research panel: one row per region × year × indicator × measure with target, outcome and gap.

Built on ``zhibiao.analysis.outcomes``, which decides how a target meets its outcome (the same cells,
the outcome first reported, the same judgement as the scorecard). Long form for R and pandas,
``wide`` for Stata-style one row per region and year.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from typing import Any

import duckdb
import pandas as pd

from zhibiao.analysis import labels
from zhibiao.analysis._common import FactRow, gazetteer, is_under, load_facts, parent_code, region_codes, region_names
from zhibiao.analysis.outcomes import (
    Cell,
    _show,
    assess,
    cells,
    first_result,
    reference_growth,
    revised_result,
    unknown,
    with_verdict,
)
from zhibiao.errors import ZhibiaoError
from zhibiao.quantity.units import to_base

PANEL_COLUMNS = [
    "region", "region_code", "region_en", "level", "province_code", "prefecture_code", "year",
    "indicator", "indicator_en", "measure", "unit",
    "target_value", "target_high", "target_qualifier", "target_commitment", "target_basis", "target_text",
    "target_doc", "target_fact_id", "n_targets", "other_targets",
    "actual_value", "actual_unit", "actual_qualifier", "actual_text", "actual_doc", "actual_fact_id",
    "actual_revised_value", "actual_revised_doc", "actual_revised_fact_id",
    "prior_target_value", "prior_target_doc",
    "gap", "gap_unit", "status", "status_reason", "status_strict", "status_revised",
    "unit_base", "target_value_base", "actual_value_base",
]  # fmt: skip

# columns of the wide form that identify a row (region and level), then one block per indicator-measure
WIDE_ID_COLUMNS = ["region", "region_code", "region_en", "level", "province_code", "prefecture_code", "year"]
WIDE_FIELDS = {"target": "target_value", "actual": "actual_value", "gap": "gap", "status": "status"}
LEVELS = ("national", "province", "prefecture", "county")


class PanelError(ZhibiaoError):
    """A panel request that cannot be answered (an unknown level or indicator)."""


@cache
def _hierarchy(code: str | None) -> tuple[str | None, str | None]:
    """(province code, prefecture code) a division lies in, itself included; None above its level."""
    if not code or code == "000000":
        return None, None
    from zhibiao.analysis._common import ancestors

    g = gazetteer()
    province = prefecture = None
    for c in [code, *ancestors(code)]:
        d = g.by_code(c)
        lvl = d.level if d is not None else None
        if lvl is None and c.isdigit() and len(c) == 6:  # not in the gazetteer: read the code's shape
            lvl = "province" if c[2:] == "0000" else ("prefecture" if c[4:] == "00" else "county")
        if lvl == "province" and province is None:
            province = c
        elif lvl == "prefecture" and prefecture is None:
            prefecture = c
    return province, prefecture


def primary_target(targets: list[FactRow]) -> FactRow | None:
    """The target a panel row carries: the first binding or expected one (确保6%、力争6.5%: 6%)."""
    for t in targets:
        if t.commitment != "stretch":
            return t
    return targets[0] if targets else None


def _base(value: Decimal | None, unit: str | None, base_unit: str | None) -> Decimal | None:
    """``value`` in ``base_unit`` when its unit reduces to it."""
    if value is None:
        return None
    v, b = to_base(value, unit)
    return v if b is not None and b == base_unit else None


def panel_row(cell: Cell, all_cells: dict[tuple[str, str, str, int], Cell], name: str | None,
              around_pp: Decimal | None = None) -> dict[str, Any]:  # fmt: skip
    """One panel row for one cell (see ``PANEL_COLUMNS``)."""
    standing = cell.standing
    t = primary_target(standing)
    first, revised = first_result(cell.results), revised_result(cell.results)
    ref = reference_growth(all_cells, cell)
    j = with_verdict(assess(cell.indicator, cell.measure, t, first, ref, around_pp), cell.priors) if t \
        else unknown("no_target")
    jr = assess(cell.indicator, cell.measure, t, revised, ref, around_pp) if t and revised else None
    prior = cell.priors[0] if cell.priors and cell.basis == "target" else None
    any_fact = t or first or cell.facts[0]
    unit = t.unit if t else (first.unit if first else None)
    unit_base = to_base(None, unit)[1] if cell.measure == "level" else None
    province, prefecture = _hierarchy(any_fact.region_code)
    region = name or any_fact.region
    return {
        "region": region, "region_code": any_fact.region_code,
        "region_en": labels.region_en(any_fact.region_code, region), "level": any_fact.level,
        "province_code": province, "prefecture_code": prefecture, "year": cell.year,
        "indicator": cell.indicator, "indicator_en": labels.indicator_name(cell.indicator, "en"),
        "measure": cell.measure, "unit": unit,
        "target_value": t.value if t else None, "target_high": t.value_high if t else None,
        "target_qualifier": t.qualifier if t else None, "target_commitment": t.commitment if t else None,
        "target_basis": cell.basis if t else None, "target_text": t.text if t else None,
        "target_doc": t.source if t else None, "target_fact_id": t.fact_id if t else None,
        "n_targets": len(standing),
        "other_targets": " / ".join(_show(o) for o in standing if o is not t) or None,
        "actual_value": first.value if first else None, "actual_unit": first.unit if first else None,
        "actual_qualifier": first.qualifier if first else None, "actual_text": first.text if first else None,
        "actual_doc": first.source if first else None, "actual_fact_id": first.fact_id if first else None,
        "actual_revised_value": revised.value if revised else None,
        "actual_revised_doc": revised.source if revised else None,
        "actual_revised_fact_id": revised.fact_id if revised else None,
        "prior_target_value": prior.value if prior else None, "prior_target_doc": prior.source if prior else None,
        "gap": j.gap, "gap_unit": j.gap_unit, "status": j.status, "status_reason": j.reason,
        "status_strict": j.status_strict, "status_revised": jr.status if jr else None,
        "unit_base": unit_base,
        "target_value_base": _base(t.value, t.unit, unit_base) if t and unit_base else None,
        "actual_value_base": _base(first.value, first.unit, unit_base) if first and unit_base else None,
    }  # fmt: skip


def panel_rows(facts: list[FactRow], around_pp: Decimal | None = None,
               indicators: set[str] | None = None) -> list[dict[str, Any]]:  # fmt: skip
    """Panel rows of every cell of ``facts`` (only ``indicators`` when given), sorted by region, year,
    indicator (vocabulary order) and measure."""
    all_cells = cells(facts)
    names = region_names(facts)
    order = {k: i for i, k in enumerate(labels.indicators())}
    rows = [panel_row(c, all_cells, names.get(c.key), around_pp) for c in all_cells.values()
            if indicators is None or c.indicator in indicators]  # fmt: skip
    rows.sort(key=lambda r: (r["region_code"] or "~", r["region"] or "", r["year"],
                             order.get(r["indicator"], len(order)), r["indicator"], r["measure"]))  # fmt: skip
    return rows


def _keys_under(facts: list[FactRow], keys: set[str], with_children: bool) -> list[FactRow]:
    if not with_children:
        return [f for f in facts if f.key in keys]
    codes = [k for k in keys if k.isdigit()]
    return [f for f in facts if f.key in keys or any(is_under(f.region_code, c) for c in codes)]


def panel_records(
    con: duckdb.DuckDBPyConnection,
    *,
    region: str | None = None,
    with_children: bool = False,
    level: str | None = None,
    parent: str | None = None,
    indicator: str | None = None,
    year: int | None = None,
    years: tuple[int, int] | None = None,
    all_indicators: bool = False,
    around_pp: Decimal | None = None,
) -> list[dict[str, Any]]:
    """The long panel's rows (``PANEL_COLUMNS``), filtered like ``zhibiao facts``.

    ``indicator`` takes an id or a Chinese name; without it the panel holds the spec's headline
    indicators (``all_indicators``: every indicator the store holds).
    """
    if level and level not in LEVELS:
        raise PanelError(f"unknown level {level!r}: choose one of {', '.join(LEVELS)}")
    keys = region_codes(con, region) if region else None
    facts = load_facts(con, year=year, years=years, regions=keys, with_children=with_children)
    if keys is not None:
        facts = _keys_under(facts, keys, with_children)
    if level:
        facts = [f for f in facts if f.level == level]
    if parent:
        code = parent_code(con, parent)
        facts = [f for f in facts if code and is_under(f.region_code, code)]
    wanted: set[str] | None
    if indicator:
        info = labels.indicators()
        wanted = {i for i, v in info.items() if indicator in (i, v.name) or indicator in v.aliases} or {indicator}
    elif all_indicators:
        wanted = None
    else:
        wanted = {i for i, v in labels.indicators().items() if v.headline}
    return panel_rows(facts, around_pp, wanted)


def panel(con: duckdb.DuckDBPyConnection, **filters: Any) -> pd.DataFrame:
    """The long panel as a DataFrame (``PANEL_COLUMNS``); filters as ``panel_records``."""
    return typed(panel_records(con, **filters))


_INT_COLUMNS = ("year", "n_targets")


def typed(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """Panel rows as a DataFrame: integers as (nullable) integers, everything else as objects with None
    for missing values, so a year never reads 2024.0 and an empty cell is None in every format."""
    out = pd.DataFrame(rows, columns=PANEL_COLUMNS, dtype=object)
    for c in _INT_COLUMNS:
        out[c] = pd.array(out[c].tolist(), dtype="Int64")
    return out


def wide_stem(indicator: str) -> str:
    """The stem of an indicator's wide-panel columns: its id, or its short ``var`` when the id is too
    long for Stata's 32-character names (fixed_asset_investment -> fai)."""
    return labels.wide_stem(indicator)


def wide(df: pd.DataFrame) -> pd.DataFrame:
    """One row per region × year: the id columns, then ``{indicator}_{measure}_{target|actual|gap|status}``."""
    if df.empty:
        return pd.DataFrame(columns=WIDE_ID_COLUMNS)
    order = {k: i for i, k in enumerate(labels.indicators())}
    blocks = sorted({(r.indicator, r.measure) for r in df.itertuples(index=False)},
                    key=lambda k: (order.get(k[0], len(order)), k[0], k[1]))  # fmt: skip
    rows: dict[tuple[Any, ...], dict[str, Any]] = {}
    for r in df.to_dict("records"):
        key = (r["region_code"] or r["region"], r["year"])
        row = rows.setdefault(key, {c: r[c] for c in WIDE_ID_COLUMNS})
        stem = f"{wide_stem(r['indicator'])}_{r['measure']}"
        for suffix, col in WIDE_FIELDS.items():
            row.setdefault(f"{stem}_{suffix}", r[col])
    columns = WIDE_ID_COLUMNS + [f"{wide_stem(i)}_{m}_{s}" for i, m in blocks for s in WIDE_FIELDS]
    out = pd.DataFrame(list(rows.values()), columns=columns)
    return out.sort_values(["region_code", "region", "year"], na_position="last", kind="stable",
                           ignore_index=True)  # fmt: skip
