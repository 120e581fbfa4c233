"""What the words around a figure make of it: a base or a share (`由2005年31.8%`, `比上年的57.6%`), the target a
result met (`完成…批准的增长7%的目标`), a threshold inside a name (`500万元以上固定资产投资`), a rank's field, a pace
striven for or a target named before it, a clause its verb leads (``facts.link`` asks these while it links a
sentence's figures to their names)."""

from __future__ import annotations

import re

from zhibiao.facts.cuefile import cue_re
from zhibiao.facts.sentence import _CLAUSE_BREAKS, _Alias, _num_start, _strip
from zhibiao.facts.vocab import Vocabulary
from zhibiao.facts.yearnames import past_year_path
from zhibiao.model import Quantity

BASE_WINDOW = 12  # characters read before a figure for the words that make it a base
_HAN = re.compile(r"[\u4e00-\u9fff]")


def approved_before(v: Vocabulary, sentence: str, q: Quantity) -> bool:
    """Whether a prior-target cue ends right before the figure (`完成区人代会批准的增长7%的目标`): the target
    the result met, not a base or a share of the figure before."""
    return any(m.end() == q.span.start
               for m in v.prior_target_re.finditer(sentence, max(0, q.span.start - 12), q.span.start))


def base_before(v: Vocabulary, sentence: str, q: Quantity) -> bool:
    """Whether the words right before ``q`` make it a base or a share (`由2005年31.8%`, `710亿元的89.4%`), not a
    level reached said an estimate (`提高到预计的1420亿元`)."""
    before = sentence[max(0, q.span.start - BASE_WINDOW) : q.span.start]
    return bool(v.base_re.search(before)) and not v.estimate_reached_re.search(before)


def last_years_base(v: Vocabulary, sentence: str, q: Quantity, review: int | None) -> bool:
    """A base named by last year (`,比上年的57.6%提高0.3个百分点`, `比2017年的1.9%` in the review of 2018), not one
    of years before (`比2015年末的55.6%`)."""
    words = ("上年", "去年", f"{review - 1}年") if review else ("上年", "去年")
    return base_before(v, sentence, q) and any(
        w in sentence[max(0, q.span.start - BASE_WINDOW) : q.span.start] for w in words)


def base_start(v: Vocabulary, sentence: str, q: Quantity, review: int | None) -> int:
    """Where ``q`` starts with the words naming it last year's base (`比上年的57.6%`: at 比), or where it starts."""
    lo = max(0, q.span.start - BASE_WINDOW)
    m = v.base_re.search(sentence, lo, q.span.start) if last_years_base(v, sentence, q, review) else None
    return m.start() if m is not None else q.span.start


def ranked(sentence: str, end: int) -> bool:
    """Whether a rank among places opens the clause ending at ``end`` (`我市成为全省第二个地区生产总值跨越…`)."""
    at = max((m.end() for m in cue_re("rank_opening").finditer(sentence, 0, end)), default=-1)
    return at >= 0 and not any(c in sentence[at:end] for c in _CLAUSE_BREAKS)


def runs_into_words(sentence: str, q: Quantity) -> bool:
    """Whether a word follows the quantity with no break (`500万元及以上固定资产投资`): it may open a name."""
    return _HAN.match(sentence, q.span.end) is not None


def outside_names(v: Vocabulary, sentence: str, quantities: list[Quantity]) -> list[Quantity]:
    """The quantities that are not a threshold inside an indicator's name (`500万元以上固定资产投资`
    is the measure's statistical scope, not a figure; so is `500万元` of `500万元及以上固定资产投资`), nor a
    word of praise a name's pattern spans (`服务业较快增长,实现增加值964.92亿元`: the figure is the name's)."""
    names = [m.span() for m in v.alias_re.finditer(sentence)] \
        if any(q.qualifier == "qualitative" for q in quantities) else []
    out = []
    for q in quantities:
        m = v.alias_re.match(sentence, _num_start(q)) if q.qualifier in ("at_least", "exact") else None
        if q.qualifier == "qualitative" and any(a < q.span.start and q.span.end < b for a, b in names):
            continue
        if m is None or m.end() <= q.span.end:
            out.append(q)
    return out


def pace_striven(v: Vocabulary, sentence: str, alias: _Alias, q: Quantity) -> bool:
    """`固定资产投资稳定增长、力争达到3%`: a bare percentage a target word reaches, said of series that
    have no rate of their own and with no share noun between (`服务业占比力争达到50%` is a share)."""
    return (bool(v.pace_reach_re.match(q.raw))
            and not any(n in sentence[alias.end : q.span.start] for n in v.share_nouns)
            and not any("rate" in v.indicators[i].measures for i in alias.ids if i in v.indicators))


def target_named(v: Vocabulary, sentence: str, alias: _Alias, q: Quantity) -> bool:
    """`今年GDP目标为6%以上`: a bare percentage right after a name and its target, said of series that have no rate,
    index or cut of their own (`城镇调查失业率目标为5.5%左右` is a rate)."""
    return (v.named_target_gap_re.fullmatch(sentence, alias.end, _num_start(q)) is not None
            and not any({"rate", "index"} & v.indicators[i].measures or v.indicators[i].cut_target
                        for i in alias.ids if i in v.indicators))


def verb_led(v: Vocabulary, sentence: str, cstart: int, q: Quantity) -> bool:
    """Whether only filler words stand between a clause's start and its figure."""
    prefix = past_year_path(v, sentence, v.skip_re.sub("", sentence[cstart : q.span.start]), q).strip()
    return not _strip(v.filler_re, prefix)
