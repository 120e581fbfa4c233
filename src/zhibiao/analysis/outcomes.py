"""Target -> outcome: each year's targets paired with the results later reported for that year.

For every (region, indicator, measure, year) with a target (or, failing a stored target, a prior
target quoted in review) the result for that year is looked up in any report of the same region
(joined by division code), and the pair is judged ``met`` / ``missed`` / ``exceeded`` / ``unknown``.

This module is the one place that decides how a target meets its outcome: ``cells`` groups the facts,
``first_result`` / ``revised_result`` pick the outcome first reported and a later revision of it, and
``assess`` judges a target against an outcome. The scorecard (``pair_outcomes``), the comparison and
the research panel (``zhibiao.analysis.panel``) are all built on them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache
from typing import Any

import duckdb
import pandas as pd

from zhibiao.analysis._common import FactRow, load_facts, region_codes, region_names, rules, setting
from zhibiao.quantity.units import convert
from zhibiao.store.query import readable

OUTCOME_COLUMNS = [
    "region", "region_code", "level", "indicator", "measure", "year", "target", "basis", "result",
    "status", "margin", "margin_unit", "status_strict", "prior_target", "prior_target_agrees",
    "target_value", "target_value_high", "target_qualifier", "result_value", "unit",
    "target_source", "result_source", "target_text", "result_text", "n_results", "target_id", "result_id",
    "status_reason", "gap", "gap_unit", "result_revised", "result_revised_value", "result_revised_source",
    "result_revised_id", "status_revised",
]  # fmt: skip

_PP_MEASURES = {"growth", "rate", "index", "change_pp"}


@dataclass(frozen=True, slots=True)
class Judgement:
    """How a result stands against a target: status, signed margin (positive = better), strict status.

    ``reason`` says why a status is ``unknown`` (a code of ``data/codebook.toml``); ``gap`` is the
    result minus the target in ``gap_unit`` (pp for growth and rates, the target's unit for levels).
    """

    status: str
    margin: Decimal | None
    margin_unit: str | None
    status_strict: str
    reason: str | None = None
    gap: Decimal | None = None
    gap_unit: str | None = None


UNKNOWN = Judgement("unknown", None, None, "unknown")


def unknown(reason: str) -> Judgement:
    """An unknown status with its reason (no_result, qualitative, units_differ…)."""
    return Judgement("unknown", None, None, "unknown", reason)


def to_unit(value: Decimal, unit: str | None, target_unit: str | None) -> Decimal | None:
    """``value`` in ``unit`` expressed in ``target_unit`` (None when the units are not convertible)."""
    return convert(value, unit, target_unit)


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


def _gap(measure: str | None, t: FactRow, rv: Decimal) -> tuple[Decimal | None, str | None]:
    """Result minus target (zero inside a range, else to its nearer end), in pp or the target's unit."""
    if t.value is None:
        return None, None
    unit = "pp" if measure in _PP_MEASURES else t.unit
    if t.qualifier == "range" and t.value_high is not None:
        lo, hi = min(t.value, t.value_high), max(t.value, t.value_high)
        g = rv - lo if rv < lo else (rv - hi if rv > hi else Decimal(0))
    else:
        g = rv - t.value
    return _q(g), unit


def assess(
    indicator: str,
    measure: str | None,
    target: FactRow,
    result: FactRow | None,
    reference_growth: Decimal | None = None,
    around_pp: Decimal | None = None,
) -> Judgement:
    """A target against a result: the judgement with its gap, or ``unknown`` with the reason why."""
    if result is None:
        return unknown("no_result")
    if target.value is None:
        j = judge_qualitative(target, result, reference_growth, around_pp)
        if j.status == "unknown" and (said := _verdict_after(result)) is not None:
            # a target set in words (`单位生产总值能耗完成市下达的目标任务`), its result said met or not by the report
            s = "met" if said == "done" else "missed"
            return Judgement(s, None, None, s, "said_done" if said == "done" else "said_short")
        return j if j.status != "unknown" else unknown("qualitative")
    if result.value is None:
        return _said_done(result) or unknown("result_qualitative")
    rv = to_unit(result.value, result.unit, target.unit)
    if rv is None:
        return unknown("units_differ")
    j = judge(indicator, measure, target.qualifier, target.value, target.value_high, rv, around_pp=around_pp)
    if j.status == "unknown":
        return unknown("zero_target")
    gap, gap_unit = _gap(measure, target, rv)
    return replace(j, gap=gap, gap_unit=gap_unit)


_LAST_CLAUSE = re.compile("[，,；;。]")
_SENTENCE_END = re.compile("[。！？!?\n]")
_DIGIT = re.compile(r"\d")
_CLAUSE_OR_ITEM_END = re.compile("[^，,；;]+|[；;]")


@cache
def _status_re(name: str) -> re.Pattern[str]:
    """The regular expression ``name`` of ``analysis_rules.toml``'s ``[status]``, compiled once (said_short,
    said_done, said_not_done and the verdict's words)."""
    return re.compile(rules()["status"][name])


def _said_done(result: FactRow) -> Judgement | None:
    """A result said in words only, judged by the report's word: its target or task said done (`实际利用外资超额完成
    年度目标任务`: met) or not done (`…未完成年度目标`: missed); ``None`` when it says neither."""
    text = result.text or ""
    if _status_re("said_not_done").search(text) or _verdict_after(result) == "short":
        return Judgement("missed", None, None, "missed", "said_short")  # (`…完成省下达任务，但低于年初预期`)
    if _status_re("said_done").search(text) and not _status_re("done_hard_after").match(result.said_after or ""):
        return Judgement("met", None, None, "met", "said_done")  # (not `…完成年度目标任务难度较大`: a problem)
    return None


def _said_short() -> re.Pattern[str]:
    """The words of a shortfall a report says of a target it quotes (``said_short``, compiled once)."""
    return _status_re("said_short")


def with_verdict(j: Judgement, priors: list[FactRow], result: FactRow | None = None) -> Judgement:
    """A result met only within a 左右 target's tolerance that the later report itself says fell short of the
    target it quotes (`增长7.8%，略低于8%左右的预期目标`): missed, by the report's word (``said_short``)."""
    if j.status != "met" or j.status_strict != "missed":
        return j
    short = _said_short()
    # (in the quoted target's own clause, not a comparison before it: `低于全省0.2个百分点，完成8%左右的预期目标`)
    if any(p.text and short.search(_LAST_CLAUSE.split(p.text)[-1]) for p in priors):
        return replace(j, status="missed", reason="said_short")
    # (or right after the result, with no figure: `粮食总产量11.8万吨，略低于年初预期`)
    if result is not None and _verdict_after(result) == "short":
        return replace(j, status="missed", reason="said_short")
    return j


def _verdict_after(result: FactRow) -> str | None:
    """``"short"`` when a clause right after a result, or after the comparisons of it that follow, says it fell short
    of the year's target with no figure of its own (`粮食总产量11.8万吨，略低于年初预期`, `…增长6.1%，虽然较上年加快
    2.3个百分点，但仍略低于年初预期目标`, `…，未完成年初确定的目标`), ``"done"`` when it says the target met
    (`…，完成市下达的节能目标`), else ``None``."""
    after = _SENTENCE_END.split(result.said_after or "", maxsplit=1)[0]
    if after[:1] not in "，,":
        return None
    for part in _CLAUSE_OR_ITEM_END.finditer(after[1:]):
        if part.group() in "；;":
            return None  # (the item is over)
        said = _status_re("verdict_concession").sub("", part.group().strip())
        # (below a ceiling is no shortfall: `城镇登记失业率3.05%，低于年初确定的控制目标`; a fall below its target is,
        # `能耗下降2.9%，低于年初预期目标`)
        short = _status_re("said_not_done") if result.indicator in rules()["status"]["ceiling"] else _said_short()
        if short.match(said) and _status_re("verdict_target_words").search(said) and not _DIGIT.search(said):
            return "short"
        if _status_re("verdict_done").fullmatch(said):
            return "done"  # (`单位生产总值能耗下降4.2%，完成市下达的节能目标`: the report's word that it was met)
        if (m := _status_re("verdict_share").fullmatch(said)) is not None:
            return "done" if Decimal(m.group(1)) >= 100 else "short"  # (`完成年度目标任务的95%`: short of it)
        if not _status_re("verdict_compared").match(said):
            return None  # (another subject's words: the verdict after them is theirs)
    return None


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
    if (m := re.search(rules()["qualitative"]["benchmark_target"], target.text or "")) is not None and (
            j := _against_benchmark(m.group("b"), m.group("g"), result)) is not UNKNOWN:
        return j  # (else the target's other words may judge it: `正增长，增速高于全省平均`)
    if _marker_in(target.text, "qualitative", "positive_markers") and result.value is not None \
            and not (target.said_after or "").startswith(tuple(rules()["qualitative"]["paired_after"])):
        # (not the first half of a pair, `进出口总额稳定增长、增速高于全省平均水平`: the second is not judged)
        s = "met" if result.value > 0 else "missed"
        return Judgement(s, _q(result.value), "pp", s)
    return UNKNOWN


def _against_benchmark(area: str, gap: str | None, result: FactRow) -> Judgement:
    """A target to outpace ``area`` (`增速高于全市平均水平`, by ``gap`` points if it says so) by the result's words in
    its clause: above that area (by as much) met, below it missed, else unknown (the area's own figure is not the
    report's)."""
    after = _ITEM_END.split(result.said_after or "", maxsplit=1)[0]
    q = rules()["qualitative"]
    if (m := re.search(q["benchmark_below"], after)) is not None and area in (m.group("b"), m.group("n")):
        return Judgement("missed", None, None, "missed")
    if (m := re.search(q["benchmark_above"], after)) is not None and m.group("b") == area:
        if gap is None:
            return Judgement("met", None, None, "met")
        if m.group("g") is not None:
            s = "met" if Decimal(m.group("g")) >= Decimal(gap) else "missed"
            return Judgement(s, None, None, s)
    return UNKNOWN


_ITEM_END = re.compile("[。！？!?；;\n]")


_TYPE_ORDER = {"government_work_report": 0, "plan_report": 1, "budget_report": 2}


def reported_order(f: FactRow) -> tuple[Any, ...]:
    """Sort key putting the first report first: by report year, the work report before the plan and
    budget reports delivered at the same session, then date, file and position."""
    return (f.report_year if f.report_year is not None else 9999, _TYPE_ORDER.get(f.report_type or "", 3),
            str(f.date or "9999"), f.doc, f.report, f.norm_start or 0)  # fmt: skip


def first_result(results: list[FactRow]) -> FactRow | None:
    """The outcome first reported (normally in the next year's report); ``results`` in reported order. Where that
    report restates it on the target's basis and says the target met right after (`增长4.8%，剔除减税降费因素后同口径
    增长9.1%，完成年度目标`), the restated figure: the one the report judges (not with its word on the first, `仅增长
    1.7%，未完成年初预算目标，剔除减税降费因素后增长6.8%`, nor with no word at all)."""
    if not results:
        return None
    first = results[0]
    for r in results[1:]:
        if (r.doc, r.report) != (first.doc, first.report):
            break
        if r.value is not None and r.text and _status_re("same_basis_result").search(_before_figure(r)) \
                and _verdict_after(r) == "done":
            return r
    return first


def _before_figure(r: FactRow) -> str:
    """The words of a result's text before its own figure (`…，剔除减税降费因素后同口径增长` of `…增长9.1%`)."""
    i = r.text.rfind(str(r.value).lstrip("-"))
    return r.text[:i] if i > 0 else r.text


def revised_result(results: list[FactRow]) -> FactRow | None:
    """The latest figure of a later report that differs from the first reported one, else None."""
    first = first_result(results)
    if first is None:
        return None
    for r in reversed(results):
        if (r.doc, r.report) == (first.doc, first.report):
            return None
        if r.value is None:
            continue
        v = to_unit(r.value, r.unit, first.unit) if first.value is not None else None
        if v is None or v != first.value or (r.value_high or None) != (first.value_high or None):
            return r
    return None


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


@dataclass(slots=True)
class Cell:
    """Every fact about one (region, indicator, measure, year): targets, quoted targets and results,
    each in reported order (first report first), targets and quoted targets one per distinct value."""

    key: str
    indicator: str
    measure: str
    year: int
    targets: list[FactRow] = field(default_factory=list)
    priors: list[FactRow] = field(default_factory=list)
    results: list[FactRow] = field(default_factory=list)

    @property
    def basis(self) -> str:
        """``target`` when a target was set, ``prior_target`` when only a quoted one stands in."""
        return "target" if self.targets else "prior_target"

    @property
    def standing(self) -> list[FactRow]:
        """The targets the results are judged against: those set, else those quoted back."""
        return self.targets or self.priors

    @property
    def facts(self) -> list[FactRow]:
        """Every fact of the cell."""
        return [*self.targets, *self.priors, *self.results]


def cells(facts: list[FactRow]) -> dict[tuple[str, str, str, int], Cell]:
    """Facts with a period and a measure grouped by (region key, indicator, measure, year)."""
    raw: dict[tuple[str, str, str, int], dict[str, list[FactRow]]] = defaultdict(lambda: defaultdict(list))
    for f in facts:
        if f.period is None or not f.measure:
            continue
        raw[(f.key, f.indicator, f.measure, f.period)][f.role].append(f)
    out: dict[tuple[str, str, str, int], Cell] = {}
    for k, roles in raw.items():
        out[k] = Cell(*k, targets=_distinct(sorted(roles.get("target", []), key=reported_order)),
                      priors=_distinct(sorted(roles.get("prior_target", []), key=reported_order)),
                      results=sorted(roles.get("actual", []), key=reported_order))  # fmt: skip
    return out


def reference_growth(all_cells: dict[tuple[str, str, str, int], Cell], cell: Cell) -> Decimal | None:
    """The region's GDP growth first reported for the cell's year (for 与经济增长同步 targets)."""
    ref_ind = rules()["qualitative"]["sync_reference"]
    if cell.indicator == ref_ind:
        return None
    ref = all_cells.get((cell.key, ref_ind, "growth", cell.year))
    first = first_result(ref.results) if ref else None
    return first.value if first else None


def change_from_levels(all_cells: dict[tuple[str, str, str, int], Cell], cell: Cell) -> FactRow | None:
    """A change in points no report states (`城镇化率提高1.5个百分点`, the target), read off the rates first reported
    for the year and the year before (`达到58.6%` in one report, `达到57.1%` in the last): their difference, with
    both texts; None unless both rates are known."""
    if cell.measure != "change_pp" or cell.year in set(rules()["status"]["census_years"]):
        return None
    now, before = (all_cells.get((cell.key, cell.indicator, "rate", y)) for y in (cell.year, cell.year - 1))
    a = first_result(now.results) if now else None
    b = first_result(before.results) if before else None
    if a is None or b is None or a.value is None or b.value is None or a.unit != b.unit:
        return None
    return replace(a, value=a.value - b.value, measure="change_pp", unit="pp", text=f"{a.text} − {b.text}")


def pair_outcomes(facts: list[FactRow], around_pp: Decimal | None = None) -> list[dict[str, Any]]:
    """Outcome rows (see ``OUTCOME_COLUMNS``) for every keyed target or quoted prior target.

    The result is the outcome first reported; a later, different figure is shown as the revised
    result with its own status.
    """
    all_cells = cells(facts)
    names = region_names(facts)
    out: list[dict[str, Any]] = []
    for cell in all_cells.values():
        targets, basis = cell.standing, cell.basis
        if not targets:
            continue
        result, revised = first_result(cell.results), revised_result(cell.results)
        if result is None:
            result = change_from_levels(all_cells, cell)  # (the change the two years' rates give)
        n_results = len(_distinct(cell.results))
        ref = reference_growth(all_cells, cell) if result is not None else None
        priors = cell.priors
        prior_txt = " / ".join(dict.fromkeys(_show(p) for p in priors)) if basis == "target" else ""
        agrees = (all(_agrees(p, targets) for p in priors) if priors else None) if basis == "target" else None
        for t in targets:
            j = with_verdict(assess(cell.indicator, cell.measure, t, result, ref, around_pp), priors, result)
            jr = assess(cell.indicator, cell.measure, t, revised, ref, around_pp) if revised else None
            out.append({
                "region": names.get(cell.key, t.region), "region_code": t.region_code, "level": t.level,
                "indicator": cell.indicator, "measure": cell.measure, "year": cell.year, "target": _show(t),
                "basis": basis, "result": _show(result), "status": j.status, "margin": j.margin,
                "margin_unit": j.margin_unit, "status_strict": j.status_strict, "prior_target": prior_txt,
                "prior_target_agrees": agrees, "target_value": t.value, "target_value_high": t.value_high,
                "target_qualifier": t.qualifier, "result_value": result.value if result else None, "unit": t.unit,
                "target_source": t.source, "result_source": result.source if result else None,
                "target_text": t.text, "result_text": result.text if result else None,
                "n_results": n_results, "target_id": t.id, "result_id": result.id if result else None,
                "status_reason": j.reason, "gap": j.gap, "gap_unit": j.gap_unit,
                "result_revised": _show(revised) if revised else "",
                "result_revised_value": revised.value if revised else None,
                "result_revised_source": revised.source if revised else None,
                "result_revised_id": revised.id if revised else None,
                "status_revised": jr.status if jr else None,
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
        results = sorted([f for f in fs if f.role == "actual"], key=reported_order)
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
