"""Consistency checks: named rules whose failures are stored as flags on facts and reports.

Rules: ``stated_arithmetic`` (a stated gap to last year's target), ``stated_direction`` (超过 a
target the result is below), ``share_parts`` (a share against its part and whole),
``result_conflict`` (one result stated differently in two reports), ``prior_target_mismatch``
(a quoted prior target against the stored target), ``implausible_value`` (outside the ranges of
``data/analysis_rules.toml``), and the rules of ``fact_rules``: ``conflicting_values`` (two values
for one figure in one report) and ``implausible_amount`` (an amount out of scale for the region's
level). ``refresh_flags(con)`` recomputes the ``flags`` table. Messages are English (``message``)
and Chinese (``details["message_zh"]``).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from typing import Any

import duckdb
import pandas as pd

from zhibiao.analysis import fact_rules
from zhibiao.analysis._common import FactRow, load_facts, num_str, region_names, rules, setting
from zhibiao.analysis.labels import code_label, indicator_name
from zhibiao.analysis.outcomes import _agrees, _distinct, _show, to_unit
from zhibiao.model import Quantity
from zhibiao.store.names import unknown

RULES = ("stated_arithmetic", "stated_direction", "share_parts", "result_conflict", "prior_target_mismatch",
         "implausible_value", "conflicting_values", "implausible_amount")  # fmt: skip
FLAG_COLUMNS = [
    "rule", "severity", "message", "fact_ids", "doc", "report", "region", "region_code", "indicator",
    "period", "details",
]  # fmt: skip

_SENTENCE = re.compile(r"[^。；;！!？?\n]+")


@dataclass(slots=True)
class Flag:
    """One failed check, ready to store."""

    rule: str
    severity: str
    message: str
    fact_ids: list[int] = field(default_factory=list)
    doc: str | None = None
    report: int | None = None
    region: str | None = None
    region_code: str | None = None
    indicator: str | None = None
    period: int | None = None
    details: dict[str, Any] = field(default_factory=dict)

    def row(self) -> list[Any]:
        return [
            self.rule, self.severity, self.message, self.fact_ids, self.doc, self.report, self.region,
            self.region_code, self.indicator, self.period, json.dumps(self.details, ensure_ascii=False),
        ]  # fmt: skip


def _digit_unit(d: Decimal) -> Decimal:
    """One unit of the last written digit (``0.2`` -> ``0.1``, ``426`` -> ``1``)."""
    exp = d.as_tuple().exponent
    return Decimal(1).scaleb(min(int(exp), 0)) if isinstance(exp, int) else Decimal(1)


def _base(q: Quantity) -> Decimal | None:
    """A quantity in its base unit when it has one (亿元 -> 元), else its value."""
    return q.extra.get("value_base", q.value)


# -- stated arithmetic ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Arithmetic:
    """A stated comparison with a quoted target: result, target, stated gap and whether they agree."""

    start: int  # sentence start, in the scanned text
    end: int
    result: Decimal
    target: Decimal
    gap: Decimal | None  # signed (a 低于 gap is negative); None when only the direction is stated
    unit: str | None
    computed: Decimal
    ok: bool
    rule: str  # stated_arithmetic | stated_direction
    sentence: str


def arithmetic_checks(text: str) -> list[Arithmetic]:
    """Every ``result, 超过/低于 target(quoted) [gap]`` statement of ``text``, checked.

    The quoted target is the quantity the grammar marks ``quoted``; the result is the nearest
    quantity before it in the same sentence with a compatible unit; the gap the one right after.
    """
    from zhibiao.quantity import scan

    out: list[Arithmetic] = []
    factor = setting("arithmetic", "tolerance_digits")
    for sm in _SENTENCE.finditer(text):
        sent = sm.group()
        if "(" not in sent and "（" not in sent:
            continue
        qs = scan(sent)
        for i, q in enumerate(qs):
            if not q.extra.get("quoted") or q.value is None:
                continue
            res = next((p for p in reversed(qs[:i]) if p.value is not None and not p.extra.get("comparison")
                        and _compatible(p, q)), None)  # fmt: skip
            if res is None or res.value is None:
                continue
            nxt = qs[i + 1] if i + 1 < len(qs) else None
            gap_q = nxt if nxt is not None and nxt.extra.get("comparison") and not nxt.extra.get("quoted") \
                and nxt.span.start - q.span.end <= 1 and nxt.value is not None else None  # fmt: skip
            rb, tb = _base(res), _base(q)
            if rb is None or tb is None:
                continue
            computed = rb - tb
            if gap_q is not None and gap_q.value is not None:
                gb = _base(gap_q) if q.unit != "%" else gap_q.value
                if gb is None:
                    continue
                scale = (gb / gap_q.value) if gap_q.value else Decimal(1)
                tol = _digit_unit(gap_q.value) * factor * abs(scale)
                ok = abs(computed - gb) <= tol
                gap = gap_q.value
                disp = computed / scale if scale else computed
                out.append(Arithmetic(sm.start(), sm.end(), res.value, q.value, gap, gap_q.unit, disp, ok,
                                      "stated_arithmetic", sent))  # fmt: skip
            else:
                direction = "up" if q.extra.get("comparator") in _up_words() else (
                    "down" if q.extra.get("comparator") in _down_words() else None)  # fmt: skip
                if direction is None:
                    continue
                ok = computed >= 0 if direction == "up" else computed <= 0
                out.append(Arithmetic(sm.start(), sm.end(), res.value, q.value, None, q.unit,
                                      res.value - q.value, ok, "stated_direction", sent))  # fmt: skip
    return out


def _compatible(res: Quantity, quoted: Quantity) -> bool:
    if res.unit == quoted.unit:
        return True
    return bool(res.extra.get("base_unit")) and res.extra.get("base_unit") == quoted.extra.get("base_unit")


@cache
def _up_words() -> frozenset[str]:
    from zhibiao.quantity.lexicon import V

    return frozenset(w for w, d in V.cmp_dir.items() if d == "up")


@cache
def _down_words() -> frozenset[str]:
    from zhibiao.quantity.lexicon import V

    return frozenset(w for w, d in V.cmp_dir.items() if d == "down")


# -- shares -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ShareCheck:
    """A stated share against part / whole where both amounts are in the same text."""

    start: int
    end: int
    part_name: str
    whole_name: str
    part: Decimal
    whole: Decimal
    unit: str | None
    stated: Decimal
    computed: Decimal
    ok: bool
    sentence: str


@cache
def _share_re() -> re.Pattern[str]:
    s = rules()["share"]
    alt = lambda ws: "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True))  # noqa: E731
    return re.compile(
        rf"(?:{alt(s['share_words'])})(?P<whole>[^，,。；;、()（）\d%]{{2,24}}?)的?(?:{alt(s['share_nouns'])})"
        rf"(?:{alt(s['share_links'])})?(?P<num>\d+(?:\.\d+)?)%"
    )


def _subject_before(text: str, end: int) -> str:
    """The name a quantity is about: the characters back to the previous separator."""
    i = end
    while i > 0 and text[i - 1] not in "，,。；;、:：()（）—-\n" and end - i < 24:
        i -= 1
    return text[i:end]


def share_checks(text: str) -> list[ShareCheck]:
    """Every ``PART X亿元、占WHOLE比重Y%`` whose whole is stated as an amount elsewhere in ``text``."""
    from zhibiao.quantity import scan

    out: list[ShareCheck] = []
    window = int(rules()["share"]["whole_window"])
    slack = setting("share", "tolerance_pp")
    for m in _share_re().finditer(text):
        whole_name = m.group("whole")
        lo = max(0, m.start() - 40)
        seg = text[lo : m.start()]
        cut = max(seg.rfind(c) for c in "。；;\n")
        seg_start = lo + cut + 1
        qs = [q for q in scan(text[seg_start : m.start()]) if q.value is not None and q.unit != "%"]
        if not qs:
            continue
        part_q = qs[-1]
        if m.start() - (seg_start + part_q.span.end) > 2:
            continue
        part_name = _subject_before(text, seg_start + part_q.extra.get("lead_start", part_q.span.start))
        whole_q = _find_amount(text, whole_name, part_q, window, exclude=(m.start(), m.end()))
        if whole_q is None or not whole_q.value or part_q.value is None:
            continue
        pb, wb = _base(part_q), _base(whole_q)
        if pb is None or not wb:
            continue
        stated = Decimal(m.group("num"))
        computed = pb / wb * 100
        bound = computed * (_digit_unit(part_q.value) / 2 / abs(part_q.value)
                            + _digit_unit(whole_q.value) / 2 / abs(whole_q.value)) \
            + _digit_unit(stated) / 2 + slack  # fmt: skip
        ok = abs(computed - stated) <= bound
        s0 = seg_start
        out.append(ShareCheck(s0, m.end(), part_name, whole_name, part_q.value, whole_q.value, whole_q.unit,
                              stated, computed.quantize(Decimal("0.01")), ok, text[s0 : m.end()]))  # fmt: skip
    return out


def _find_amount(
    text: str, name: str, like: Quantity, window: int, exclude: tuple[int, int]
) -> Quantity | None:
    """The first amount stated right after ``name`` in ``text`` with the same base unit as ``like``."""
    from zhibiao.quantity import scan

    pos = text.find(name)
    while pos >= 0:
        if not exclude[0] <= pos < exclude[1]:
            after = pos + len(name)
            chunk = text[after : after + window + 16]
            stop = min((chunk.find(c) for c in "。；;\n" if c in chunk), default=len(chunk))
            for q in scan(chunk[:stop]):
                if q.span.start > window:
                    break
                if q.value is not None and q.unit != "%" and _compatible(q, like):
                    return q
                break
        pos = text.find(name, pos + 1)
    return None


# -- store-level rules --------------------------------------------------------------------------


def _facts_in(facts: list[FactRow], start: int, end: int) -> list[int]:
    return [f.id for f in facts if f.norm_start is not None and start <= f.norm_start < end]


def _text_flags(con: duckdb.DuckDBPyConnection, facts: list[FactRow]) -> list[Flag]:
    by_report: dict[tuple[str, int], list[FactRow]] = defaultdict(list)
    for f in facts:
        by_report[(f.doc, f.report)].append(f)
    flags: list[Flag] = []
    for doc, rep, region, code, text in con.execute(
        "SELECT doc, report, region, region_code, text FROM reports ORDER BY doc, report"
    ).fetchall():
        if not text:
            continue
        fs = by_report.get((doc, rep), [])
        for a in arithmetic_checks(text):
            if a.ok:
                continue
            ids = _facts_in(fs, a.start, a.end)
            ind = next((f.indicator for f in fs if f.id in ids), None)
            per = next((f.period for f in fs if f.id in ids), None)
            u = "个百分点" if a.unit == "pp" else (a.unit or "")
            if a.rule == "stated_arithmetic":
                msg = (f"stated gap does not add up: {num_str(a.result)} − {num_str(a.target)} = "
                       f"{num_str(a.computed.normalize())}, but the report says {num_str(a.gap)}{u}")  # fmt: skip
                zh = (f"差额计算不符：{num_str(a.result)} − {num_str(a.target)} = "
                      f"{num_str(a.computed.normalize())}，报告写的是{num_str(a.gap)}{u}")  # fmt: skip
            else:
                msg = (f"stated comparison has the wrong direction: {num_str(a.result)} against a target of "
                       f"{num_str(a.target)}")  # fmt: skip
                zh = f"表述与数值方向不符：完成{num_str(a.result)}，目标{num_str(a.target)}"
            flags.append(Flag(a.rule, "error", msg, ids, doc, rep, region, code, ind, per, {"message_zh": zh,
                "sentence": a.sentence.strip(), "result": num_str(a.result), "target": num_str(a.target),
                "gap": num_str(a.gap), "computed": num_str(a.computed.normalize()), "unit": a.unit,
            }))  # fmt: skip
        for s in share_checks(text):
            if s.ok:
                continue
            msg = (f"share does not match its parts: {s.part_name} {num_str(s.part)} / {s.whole_name} "
                   f"{num_str(s.whole)} = {num_str(s.computed)}%, but the report says {num_str(s.stated)}%")
            zh = (f"占比与分项不符：{s.part_name}{num_str(s.part)} ÷ {s.whole_name}{num_str(s.whole)} = "
                  f"{num_str(s.computed)}%，报告写的是{num_str(s.stated)}%")  # fmt: skip
            flags.append(Flag("share_parts", "warning", msg, _facts_in(fs, s.start, s.end), doc, rep, region,
                              code, None, None, {"message_zh": zh, "sentence": s.sentence.strip(),
                                                 "stated": num_str(s.stated), "computed": num_str(s.computed)}))

    return flags


def _conflict_flags(facts: list[FactRow]) -> list[Flag]:
    tol = setting("conflict", "tolerance")
    groups: dict[tuple[str, str, str, int], list[FactRow]] = defaultdict(list)
    for f in facts:
        if f.role == "actual" and f.value is not None and f.measure and f.period is not None:
            groups[(f.key, f.indicator, f.measure, f.period)].append(f)
    names = region_names(facts)
    flags: list[Flag] = []
    for (key, ind, measure, year), fs in groups.items():
        by_src: dict[tuple[str, int], FactRow] = {}
        for f in fs:
            by_src.setdefault((f.doc, f.report), f)
        vals = list(by_src.values())
        if len(vals) < 2:
            continue
        ref = vals[0]
        differ = [v for v in vals[1:] if _differs(ref, v, tol)]
        if not differ:
            continue
        listed = "; ".join(f"{_show(v)} in {v.source} ({v.text})" for v in vals)
        msg = f"{names.get(key, ref.region_label)} {ind} {measure} {year} is reported differently: {listed}"
        zh = (f"{names.get(key, ref.region or ref.region_code or '')}{year}年{indicator_name(ind)}"
              f"（{code_label('measure', measure)}）完成值前后不一："
              + "；".join(f"{_show(v)}（{v.source}：{v.text}）" for v in vals))  # fmt: skip
        flags.append(Flag("result_conflict", "warning", msg, [v.id for v in vals], ref.doc, ref.report,
                          names.get(key, ref.region), ref.region_code, ind, year, {
                              "message_zh": zh, "values": [{"value": _show(v), "source": v.source, "text": v.text,
                                          "report_year": v.report_year, "report_type": v.report_type}
                                         for v in vals]}))  # fmt: skip
    return flags


def _differs(a: FactRow, b: FactRow, tol: Decimal) -> bool:
    if a.value is None or b.value is None:
        return False
    bv = to_unit(b.value, b.unit, a.unit)
    if bv is None:
        return False
    return abs(a.value - bv) > tol


def _prior_flags(facts: list[FactRow]) -> list[Flag]:
    groups: dict[tuple[str, str, str, int], dict[str, list[FactRow]]] = defaultdict(lambda: defaultdict(list))
    for f in facts:
        if f.measure and f.period is not None:
            groups[(f.key, f.indicator, f.measure, f.period)][f.role].append(f)
    names = region_names(facts)
    flags: list[Flag] = []
    for (key, ind, _m, year), roles in groups.items():
        targets = _distinct(roles.get("target", []))
        for p in _distinct(roles.get("prior_target", [])):
            if not targets or p.value is None or _agrees(p, targets):
                continue
            stored = " / ".join(f"{_show(t)} ({t.source})" for t in targets)
            msg = (f"{names.get(key, p.region_label)} {ind} {year}: the target quoted in review ({_show(p)}, "
                   f"{p.source}) differs from the target set that year: {stored}")
            zh = (f"{names.get(key, p.region or p.region_code or '')}{year}年{indicator_name(ind)}：回顾中引述的目标"
                  f"{_show(p)}（{p.source}）与当年设定的目标不符："
                  + " / ".join(f"{_show(t)}（{t.source}）" for t in targets))  # fmt: skip
            flags.append(Flag("prior_target_mismatch", "warning", msg, [p.id, *(t.id for t in targets)],
                              p.doc, p.report, names.get(key, p.region), p.region_code, ind, year,
                              {"message_zh": zh, "quoted": _show(p), "stored": [_show(t) for t in targets]}))
    return flags


def plausible_range(indicator: str, measure: str | None) -> tuple[Decimal, Decimal, list[str] | None] | None:
    """(min, max, roles or None for all) of the plausible values of an indicator's measure."""
    ranges = rules().get("ranges", {})
    r = ranges.get(f"{indicator}.{measure}") or ranges.get(str(measure))
    if not r:
        return None
    return Decimal(str(r["min"])), Decimal(str(r["max"])), r.get("roles")


def _range_flags(facts: list[FactRow]) -> list[Flag]:
    flags: list[Flag] = []
    for f in facts:
        if f.value is None:
            continue
        rng = plausible_range(f.indicator, f.measure)
        if rng is None or (rng[2] is not None and f.role not in rng[2]):
            continue
        lo, hi, _ = rng
        bad = [v for v in (f.value, f.value_high) if v is not None and not lo <= v <= hi]
        if not bad:
            continue
        msg = (f"implausible {f.role} for {f.indicator} ({f.measure}): {_show(f)} is outside "
               f"{num_str(lo)}..{num_str(hi)} — likely an extraction or source error")
        zh = (f"{indicator_name(f.indicator)}{code_label('role', f.role)}（{code_label('measure', f.measure)}）"
              f"{_show(f)}超出合理范围{num_str(lo)}–{num_str(hi)}，可能是提取或原文错误")  # fmt: skip
        flags.append(Flag("implausible_value", "warning", msg, [f.id], f.doc, f.report, f.region,
                          f.region_code, f.indicator, f.period, {"message_zh": zh, "text": f.text,
                                                                 "min": num_str(lo), "max": num_str(hi)}))
    return flags


def compute_flags(con: duckdb.DuckDBPyConnection) -> list[Flag]:
    """Every rule over the whole store (read-only)."""
    facts = load_facts(con)
    own = [Flag(x["rule"], x["severity"], x["message"], x["fact_ids"], x["fact"].doc, x["fact"].report,
                x["fact"].region, x["fact"].region_code, x["fact"].indicator, x["fact"].period, x["details"])
           for x in (*fact_rules.conflicting_values(facts), *fact_rules.implausible_amounts(facts))]  # fmt: skip
    return [*_text_flags(con, facts), *_conflict_flags(facts), *_prior_flags(facts), *_range_flags(facts), *own]


def _state(con: duckdb.DuckDBPyConnection) -> str:
    """A fingerprint of the stored facts and their review: flags are stale when it changes."""
    row = con.execute(
        "SELECT count(*), coalesce(max(id), 0), (SELECT count(*) FROM documents), "
        "(SELECT count(*) FROM corrections), (SELECT coalesce(max(seq), 0) FROM corrections) FROM facts"
    ).fetchone()
    return ":".join(str(x) for x in (row or ()))


def flags_stale(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the flags table was computed from other facts than the stored ones."""
    row = con.execute("SELECT value FROM meta WHERE key = 'flags_state'").fetchone()
    return not row or row[0] != _state(con)


def refresh_flags(con: duckdb.DuckDBPyConnection) -> int:
    """Recompute the ``flags`` table from the stored facts and reports in one transaction."""
    flags = compute_flags(con)
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM flags")
        if flags:
            con.executemany(
                "INSERT INTO flags (rule, severity, message, fact_ids, doc, report, region, region_code, "
                "indicator, period, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [f.row() for f in flags],
            )
        con.execute("INSERT OR REPLACE INTO meta VALUES ('flags_state', ?)", [_state(con)])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return len(flags)


def flags(
    con: duckdb.DuckDBPyConnection, *, rule: str | None = None, region: str | None = None
) -> pd.DataFrame:
    """Stored flags as a DataFrame, optionally for one rule or one region (name or code)."""
    where, params = [], []
    if rule and rule not in RULES:
        raise unknown("rule", rule, RULES)
    if rule:
        where.append("rule = ?")
        params.append(rule)
    sql = "SELECT id, " + ", ".join(FLAG_COLUMNS) + " FROM flags"
    if where:
        sql += " WHERE " + " AND ".join(where)
    df = con.execute(sql + " ORDER BY severity, rule, region, indicator, period, id", params).df()
    if region:
        from zhibiao.analysis._common import region_codes

        keys = region_codes(con, region)
        df = df[df["region_code"].isin(keys) | df["region"].isin(keys)]
    return df.reset_index(drop=True)
