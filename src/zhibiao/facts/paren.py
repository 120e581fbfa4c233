"""A target in parentheses right after a result, the figure it was measured against (`增长6.8%（年初目标6.5%）`,
`低1.7个百分点(8%左右)`, `（计划进出口增长8%）`): how it is named, and the subject named inside it (split from
``facts.link``)."""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from zhibiao.facts.cuefile import cue_re
from zhibiao.facts.sentence import _Alias, _num_start
from zhibiao.facts.vocab import Vocabulary
from zhibiao.model import Quantity


def paren_target(v: Vocabulary, sentence: str, po: int, result: Quantity, q: Quantity,
                 legend: bool = False) -> str | None:
    """How the figure in the parenthesis opened at ``po`` is the target the result before it was measured against:
    "named" (`高于预期目标(增长6.5%)`, `(预期目标为8.5%以上)`, `(与年度预期目标6%以上相比`), "legend" (alone right
    after the result where the report's ``legend`` says its parentheses hold the plan, `增长8.3%（8.5%）`), "margin"
    (alone after a margin, `增长6.3%,低1.7个百分点(8%左右)`, where the result less the margin is the figure), or
    None."""
    inside = sentence[po + 1 : _num_start(q)]
    if legend and not sentence[result.span.end : po].strip() and q.unit == result.unit \
            and sentence[_num_start(q) : _num_start(q) + 1].isdigit() \
            and "分别" not in _clause_before(sentence, result) \
            and (not inside or v.paren_target_verb_re.fullmatch(inside) is not None):
        # (the figure alone or after its verb, `（8.5%）`, `（下降3%）`, in the result's own unit: not a conversion,
        # `1.2亿美元（7.8亿元人民币）`, nor `（持平）`; not inside a 分别 list, whose members the parentheses split)
        return "legend"
    if (v.quoted_target_open_re.search(sentence, max(0, po - 12), po)
            and v.paren_target_verb_re.fullmatch(sentence, po + 1, _num_start(q))) or (
            v.paren_target_inside_re.fullmatch(sentence, po + 1, _num_start(q))) or (
            cue_re("paren_after_target_done").search(sentence, max(0, po - 16), po)
            and v.paren_target_verb_re.fullmatch(sentence, po + 1, _num_start(q))):
        return "named"  # (also the target said done before it: `完成年度目标任务（6万人）`, `完成年度预算（7%）`)
    sep = max(sentence.rfind(c, po, _num_start(q)) for c in "、，,")
    if sep > po and cue_re("paren_second_target").fullmatch(sentence, sep, _num_start(q)) and (
            (m := v.paren_target_inside_re.match(sentence, po + 1)) is not None
            and sentence[m.end() : sep].rstrip("%％").replace(".", "", 1).isdigit()):
        return "named"  # `（目标确保7.5%、力争8%）`: the target's second figure
    m = v.paren_target_margin_re.search(sentence, max(0, po - 16), po)
    if (m is None or sentence[po + 1 : _num_start(q)].strip() or q.unit != "%" or result.unit != "%"
            or q.value is None or result.value is None or result.span.end > m.start()):
        return None
    margin = Decimal(m.group("m"))
    target = result.value - margin if m.group("d") in v.margin_above_words else result.value + margin
    return "margin" if q.value == target else None


def cut_planned(v: Vocabulary, result: Quantity, ids: tuple[str, ...], q: Quantity) -> bool:
    """Whether the bare figure ``q`` in parentheses after a fall is a cut planned, so a fall too
    (`能耗下降5.1%（3.2%）`, `能耗下降3.6%（年初目标3%）`), not a rise planned the result fell against
    (`下降5.3%（8%）`)."""
    return result.direction == "down" and q.value is not None and q.value > 0 and q.direction == "none" \
        and all(v.indicators[i].cut_target for i in ids if i in v.indicators)


def _clause_before(sentence: str, q: Quantity) -> str:
    """The words of ``q``'s clause up to its end (its own words too: `分别增长7.2%`)."""
    return sentence[max(sentence.rfind(c, 0, q.span.start) for c in "，,；;") + 1 : q.span.end]


@lru_cache(maxsize=4)
def paren_legend(text: str) -> bool:
    """Whether a report says once what its bare parenthesised figures are (`括号内为年初计划数`): the year's plan."""
    return cue_re("paren_legend").search(text) is not None


def named_before(v: Vocabulary, sentence: str, po: int) -> bool:
    """Whether a parenthesis before the one opened at ``po`` in the sentence named its figure a target
    (`增长9.5%（年度目标9%左右）；…增长9.6%（9.5%）`): the list's bare parentheses after it hold targets too, as
    under a legend."""
    return any(v.paren_target_inside_re.match(sentence, i + 1) is not None
               for i, c in enumerate(sentence[:po]) if c in "(（")


def near_result(q: Quantity, result: Quantity) -> bool:
    """Whether a bare figure in parentheses is near enough the result before it to be its target (`增长9.6%（9.5%）`),
    not another measure of it (`服务业增加值增长10.2%（42.3%）`, its share)."""
    return q.value is not None and result.value is not None and abs(q.value - result.value) <= max(
        _NEAR, abs(result.value))


_NEAR = Decimal(5)  # percentage points a target may stand from a small result


def paren_plan_named(v: Vocabulary, sentence: str, po: int, q: Quantity) -> _Alias | None:
    """The name inside the parenthesis opened at ``po`` right after the plan's word and before the figure's verb
    (`（计划进出口增长8%）`), or None."""
    m = cue_re("paren_plan_lead").match(sentence, po + 1)
    a = v.alias_re.match(sentence, m.end()) if m is not None else None  # (names in parentheses are no subjects)
    if a is None or not v.paren_target_verb_re.fullmatch(sentence, a.end(), _num_start(q)):
        return None
    return _Alias(a.start(), a.end(), v.alias_ids[v.alias_key(a)], a.group())


def paren_targets_of_list(v: Vocabulary, sentence: str, po: int, membership: tuple[object, int, int] | None,
                          qi: int, quantities: list[Quantity], last_group: list,
                          last_group_end: int) -> tuple[_Alias, tuple[str, ...], Quantity] | None:
    """The subject, ids and result of the ``k``-th figure of a list of targets in the parenthesis opened at ``po``
    right after a distribution of as many results (`城镇、农村居民人均可支配收入…，分别增长8.0%和8.9%（目标8%和
    8.5%）`), or None."""
    if po < 0 or membership is None or not isinstance(membership[0], tuple) or membership[0][:1] != ("run",):
        return None
    _, k, n = membership
    head = qi - k
    if len(last_group) != n or last_group_end != head - 1 or any(a is None for a, _ in last_group) \
            or quantities[last_group_end].span.end > po \
            or not v.paren_target_inside_re.fullmatch(sentence, po + 1, _num_start(quantities[head])):
        return None
    alias, ids = last_group[k]
    return alias, ids, quantities[last_group_end - n + 1 + k]
