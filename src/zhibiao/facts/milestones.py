"""Thresholds passed (`突破700亿元大关`, `跨越500亿、600亿台阶`): which of them are no facts of their own.

A threshold passed just before or after the exact figure of its subject, or several passed one after
another, says no more than the figure (or names no year's); the linker asks this module before it
emits one.
"""

from __future__ import annotations

import re

from zhibiao.facts.cuefile import cue_re
from zhibiao.facts.sentence import _Link, _num_start
from zhibiao.facts.vocab import Vocabulary
from zhibiao.facts.yearnames import YEAR_WORD_RE
from zhibiao.model import Quantity

_CLAUSE_END = re.compile(r"[，,。；;：:]")
_PLAN_LEAD_WINDOW = 16  # characters before a floor read for the plan's word (`城镇新增就业计划6万人以上`)


def drop_milestones(v: Vocabulary, links: list[_Link], sentence: str = "") -> None:
    """`突破700亿元大关、达到721.44亿元`: a round threshold passed, followed (or, `1001.8亿元,突破千亿元`,
    preceded) by the exact figure of the same subject, is no fact of its own (the threshold stays a
    mention); a threshold shared by
    several subjects is dropped for each one whose exact figure follows (`A和B均突破万亿元,分别达到
    12488和10163亿元`)."""
    passed = [_threshold(a) for a in links]  # (before any is dropped)
    subjects_of = [set(a.ids) for a in links]
    for i, a in enumerate(links):
        if not passed[i] or v.completed_target_after_re.match(sentence, a.q.span.end) \
                or v.prior_after_re.match(sentence, a.q.span.end) or _plan_beside_result(sentence, a.q):
            continue  # (`实现了力争突破470亿元的目标`: a threshold named a target is that target, not a milestone)
        covered: set[str] = set()
        # the figures after its run of thresholds (`跨越500亿、600亿台阶,达到860亿元`), as many as the run
        # has subjects (`A、B迈上4000亿、300亿两大台阶,分别达到4026.6亿元、303.4亿元`)
        start, end = i, i + 1
        while start > 0 and passed[start - 1]:
            start -= 1
        while end < len(links) and passed[end]:
            end += 1
        subjects = set().union(*subjects_of[start:end])
        for b in [b for b in links[end:] if b.ids][: len(subjects)]:  # (not the count: `两大台阶`)
            if YEAR_WORD_RE.search(sentence, a.q.span.end, b.q.span.start):
                continue  # `在2012年突破2000亿元,2015年达到2699.63亿元`: another year's figure covers nothing
            if b.q.extra.get("cue") in v.stretch_words:
                continue  # `城镇新增就业1万人以上,力争1.2万人`: a floor, then a higher goal striven for: both targets
            if (set(b.ids) <= set(a.ids) and b.q.qualifier == "exact" and b.q.unit not in (None, "%", "pp")
                    and b.q.value is not None and _not_below(v, b.q, a.q)):
                covered |= set(b.ids)
        before = next((b for b in reversed(links[:i]) if b.q.unit not in (None, "%", "pp")), None)
        if (before is not None and before.ids and set(a.ids) <= set(before.ids) and before.q.qualifier == "exact"
                and before.q.value is not None and v.held_or_passed_re.search(a.q.extra.get("pre") or "")
                and _not_below(v, before.q, a.q)):
            covered |= set(a.ids)  # `规模工业产值1001.8亿元,突破千亿元`: the threshold after the figure
        if covered:
            a.ids = tuple(x for x in a.ids if x not in covered)
    for i, a in enumerate(links):  # a rate's threshold after its exact figure (`研发投入强度达到1.01%，首次迈上1%`)
        before = next((b for b in reversed(links[:i]) if b.q.unit == "%"), None)
        if (a.ids and a.q.unit == "%" and a.q.qualifier == "at_least" and a.q.direction == "none"
                and a.q.measure_hint == "rate" and before is not None and set(a.ids) <= set(before.ids)
                and before.q.qualifier == "exact" and before.q.direction == "none" and before.q.value is not None
                and a.q.value is not None and before.q.value >= a.q.value
                and v.held_or_passed_re.search(a.q.extra.get("pre") or "") and not (a.q.extra.get("pre") or "")
                .startswith(v.held_words) and not v.completed_target_after_re.match(sentence, a.q.span.end)
                and not v.prior_after_re.match(sentence, a.q.span.end)):
            a.ids = ()  # (not a target passed, `达到2.5%，超过2%的目标`)


def _threshold(a: _Link) -> bool:
    """A round amount passed (`突破700亿元`), of some subject."""
    return bool(a.ids) and a.q.qualifier == "at_least" and a.q.unit not in (None, "%", "pp") and a.q.value is not None


def _plan_beside_result(sentence: str, q: Quantity) -> bool:
    """`城镇新增就业计划6万人以上,实际完成6.8万人`: a floor planned, with the result beside it, is the plan
    quoted back, not a threshold passed."""
    start = _num_start(q)
    lead = sentence[max(0, start - _PLAN_LEAD_WINDOW) : start]
    lead = lead[max((m.end() for m in _CLAUSE_END.finditer(lead)), default=0) :]
    return (cue_re("target_beside_actual_lead").search(lead) is not None
            and cue_re("target_beside_actual_after").match(sentence, q.span.end) is not None)


def _not_below(v: Vocabulary, b: Quantity, a: Quantity) -> bool:
    """``b >= a`` in one unit, or in their base unit (`突破一万亿元,达到10505.3亿元`)."""
    if a.unit == b.unit:
        return b.value >= a.value  # type: ignore[operator]
    if a.unit in v.yuan_implied and b.unit == f"{a.unit}元":  # `突破300亿,达到318.8亿元`
        return b.value >= a.value  # type: ignore[operator]
    ab, bb = a.extra.get("value_base"), b.extra.get("value_base")
    return (ab is not None and bb is not None and a.extra.get("base_unit") == b.extra.get("base_unit")
            and bb >= ab)


def successive_milestone(v: Vocabulary, sentence: str, cstart: int, q: Quantity) -> bool:
    """`GDP连续迈上5000亿元、6000亿元两大台阶`: thresholds passed one after another, over several years,
    are no year's figure (the exact figure after them is)."""
    threshold = q.qualifier == "at_least" or bool(v.milestone_after_re.match(sentence, q.span.end))
    m = v.successive_re.search(sentence, cstart)
    return threshold and q.unit not in (None, "%", "pp") and m is not None and m.start() < q.span.start
