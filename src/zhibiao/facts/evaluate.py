"""Scoring extracted facts against gold, with the rules of ../shared/tools/score_facts.py.

A prediction matches a gold fact when doc, report, indicator, role, measure and value agree
(values within 1e-6 relative, or both null) and the periods agree (a null gold period matches
any); matching is one-to-one; predictions with an id outside the spec, or a period the gold
never names for that report, are ignored; repeated predictions count once.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

HEADLINE_IDS = frozenset(
    {
        "gdp", "gdp_primary", "gdp_secondary", "gdp_tertiary", "agri_output", "industrial_va",
        "industrial_output", "construction_output", "fixed_asset_investment", "retail_sales",
        "trade_total", "exports", "foreign_investment", "budget_revenue", "disposable_income",
        "urban_income", "rural_income", "cpi", "new_urban_jobs", "surveyed_unemployment",
        "registered_unemployment", "grain_output", "energy_intensity", "rd_spending",
        "rd_intensity", "urbanization_rate",
    }
)


def _num(v: Any) -> float | None:
    if v is None or v == "":
        return None
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def same_value(a: Any, b: Any) -> bool:
    x, y = _num(a), _num(b)
    if x is None or y is None:
        return x is None and y is None
    return math.isclose(x, y, rel_tol=1e-6, abs_tol=1e-9)


def report_key(f: dict[str, Any]) -> tuple[str, int]:
    return (str(f.get("doc", "")).rsplit("/", 1)[-1], int(f.get("report") or 1))


def _matches(p: dict[str, Any], g: dict[str, Any]) -> bool:
    return (
        p.get("indicator") == g.get("indicator")
        and p.get("role") == g.get("role")
        and p.get("measure") == g.get("measure")
        and same_value(p.get("value"), g.get("value"))
        and (g.get("period") is None or p.get("period") == g.get("period"))
    )


@dataclass
class Score:
    pairs: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)
    false_positives: list[dict[str, Any]] = field(default_factory=list)
    misses: list[dict[str, Any]] = field(default_factory=list)

    @staticmethod
    def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    @property
    def precision(self) -> float:
        return self.prf(len(self.pairs), len(self.false_positives), len(self.misses))[0]

    @property
    def recall(self) -> float:
        return self.prf(len(self.pairs), len(self.false_positives), len(self.misses))[1]

    @property
    def f1(self) -> float:
        return self.prf(len(self.pairs), len(self.false_positives), len(self.misses))[2]

    def agreement(self, key: str) -> float:
        """Share of matched pairs agreeing on ``qualifier``, ``unit`` or ``value_high``."""
        if not self.pairs:
            return 0.0
        if key == "value_high":
            ok = sum(same_value(p.get(key), g.get(key)) for p, g in self.pairs)
        else:
            ok = sum((p.get(key) or None) == (g.get(key) or None) for p, g in self.pairs)
        return ok / len(self.pairs)

    def commitment(self) -> tuple[float, int]:
        """(agreement, n) on ``commitment`` over matched pairs whose gold line carries one (targets)."""
        pairs = [(p, g) for p, g in self.pairs if g.get("commitment")]
        if not pairs:
            return 0.0, 0
        return sum(p.get("commitment") == g.get("commitment") for p, g in pairs) / len(pairs), len(pairs)

    def by(self, field_name: str) -> dict[str, tuple[int, int, int]]:
        """(tp, fp, fn) per value of ``role``, ``indicator`` or ``doc``."""

        def get(x: dict[str, Any]) -> str:
            return report_key(x)[0] if field_name == "doc" else str(x.get(field_name))

        t: Counter[str] = Counter(get(p) for p, _ in self.pairs)
        fp: Counter[str] = Counter(get(x) for x in self.false_positives)
        fn: Counter[str] = Counter(get(x) for x in self.misses)
        return {k: (t[k], fp[k], fn[k]) for k in sorted(set(t) | set(fp) | set(fn))}


def score(pred: list[dict[str, Any]], gold: list[dict[str, Any]]) -> Score:
    """Match predictions to gold one-to-one, in prediction order (as the shared scorer does)."""
    gold_by_report: dict[tuple[str, int], list[dict[str, Any]]] = defaultdict(list)
    for g in gold:
        gold_by_report[report_key(g)].append(g)
    periods = {k: {g.get("period") for g in gs} for k, gs in gold_by_report.items()}
    unmatched = {k: list(gs) for k, gs in gold_by_report.items()}
    out = Score()
    seen: set[tuple] = set()
    for p in pred:
        k = report_key(p)
        if p.get("indicator") not in HEADLINE_IDS or k not in gold_by_report:
            continue
        if None not in periods[k] and p.get("period") not in periods[k]:
            continue
        dedup = (k, p.get("indicator"), p.get("role"), p.get("measure"), _num(p.get("value")), p.get("period"))
        if dedup in seen:
            continue
        seen.add(dedup)
        cands = unmatched[k]
        hit = next((g for g in cands if _matches(p, g)), None)
        if hit is None:
            out.false_positives.append(p)
        else:
            cands.remove(hit)
            out.pairs.append((p, hit))
    out.misses = [g for gs in unmatched.values() for g in gs]
    return out


def brief(f: dict[str, Any]) -> str:
    """One line describing a fact, for miss / false-positive listings."""
    v, hi = f.get("value"), f.get("value_high")
    val = "null" if v is None else f"{v}" + (f"–{hi}" if hi is not None else "")
    doc, rep = report_key(f)
    return (
        f"{doc}#{rep} {f.get('indicator')} {f.get('role')} {f.get('period')} {f.get('measure')} "
        f"{val}{f.get('unit') or ''} {f.get('qualifier')} | {str(f.get('text', ''))[:60]}"
    )
