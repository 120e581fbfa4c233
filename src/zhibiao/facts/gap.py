"""The gap check: whether the words between an indicator's name and a figure keep the name as the figure's subject
(split from ``facts.sentence``, which holds the sentence the check reads)."""

from __future__ import annotations

import re

from zhibiao.facts.cuefile import cue_re, facts_cues
from zhibiao.facts.sentence import _CLAUSE_SEP, _clause_index, _num_start, _SentenceLinker, _strip
from zhibiao.facts.vocab import Vocabulary
from zhibiao.facts.yearnames import past_year_path
from zhibiao.model import Quantity

_QUOTE_MARKS = re.compile("[“”\"「」『』]")
# what a name may be said to do before `、` and its figure: words, no figure, no other clause or item
_FIGURELESS_PHRASE = re.compile(r"[^，,；;。：:！？!?\d%、]{2,16}")
# or its rank among its peers (`经济总量跃升至全省第4位、达到2458.8亿元`)
_RANK_PHRASE = re.compile(r"[^，,；;。：:！？!?\d%、]{0,8}第\s*[\d一二三四五六七八九十]{1,3}\s*(?:位|名)")
# further names joined to a subject (`、主要污染物排放量`), none of them a figure or a clause
# (a verb of the first may stand before them: `单位生产总值能耗下降和二氧化硫、…减排完成国家、省下达的目标任务`)
_NOUN_LIST_RE = re.compile(r"(?:(?:下降|降低)率?)?(?:[、和及与][^，,；;。：:！？!?\d%]{1,20}?)+\Z")


def gap_ok(sl: _SentenceLinker, alias_end: int, q: Quantity, same_subject: list[Quantity]) -> tuple[bool, float]:
    """Whether the text between a name and a quantity keeps the name as its subject."""
    # (an item's heading run on into its figures, `地区生产总值。年度目标…`: its full stop is no gap)
    gap = sl.s[alias_end : q.span.start].removeprefix("。")
    if sl.s.startswith(("均", "都"), q.span.start):  # `能耗和二氧化碳排放量均下降3.5%`
        gap += sl.s[q.span.start]
    for other in same_subject:  # `总额44.9亿元、同比增长21.6%`: earlier figures of the same subject
        if alias_end <= other.span.start and other.span.end <= q.span.start:
            gap = gap.replace(sl.s[other.span.start : other.span.end], "")
    streak = sl.v.streak_re.search(sl.s, alias_end, q.span.end)
    if streak is not None:
        if not (sl.v.held_level_re.match(sl.s, streak.end()) and sl.sets_targets()):
            return False, 0.0  # `增速连续7个季度高于全国`: a streak, not this year's figure
        gap = gap.replace(streak.group(), "")  # (a level held a year more, `连续12年稳定在…`: no gap)
    gap = sl.v.skip_re.sub("", _QUOTE_MARKS.sub("", gap))  # `实现“五年翻一番”`: quote marks say nothing
    gap = cue_re("set_at_start_before").sub("", gap)  # `涨幅控制在年初确定的4%以内`: the target quoted back
    if sl.v.completed_target_after_re.match(sl.s, q.span.end):
        gap = cue_re("benchmark_before").sub("", gap)  # `增速略低于年初确定的8.5%的预期目标`: compared with it
    missed = sl.v.completed_target_before_re.search(gap)
    if missed is not None and missed.group("missed") is not None \
            and sl.v.completed_target_after_re.match(sl.s, q.span.end):
        gap = gap[: missed.start()]  # `固定资产投资未完成年初确定的16%的目标`: the name's target, missed
    gap = cue_re("each_alike_in_gap").sub("", gap)  # `城乡居民收入增幅均超过…12%的目标`: each alike
    gap = past_year_path(sl.v, sl.s, gap, q)
    # `地区生产总值一季度增长4.7%`: a part of the year's figure is the name's (a mention, see
    # ``partofyear.in_part_of_year``), and the name's run goes on to `…,全年增长6.7%`
    if (parted := sl.v.sub_period_re.sub("", gap)) != gap:
        # (`GDP增速从一季度3.3%、到上半年4.5%`: the words of the name's path through the year go with its parts)
        parted = sl.v.year_path_words_re.sub("", parted)
    gap = parted
    rest = _strip(sl.v.filler_re, gap.strip())
    if not rest:
        return True, 1.0
    if rest.startswith(sl.v.count_nouns):
        return False, 0.0  # `出口企业增加23.2%`: the firms of that kind counted, not the indicator
    if len(rest) <= 2 and not _CLAUSE_SEP.search(rest):
        return True, 0.7
    if q.qualifier == "qualitative" and _NOUN_LIST_RE.match(gap.strip()):
        return True, 0.8  # `单位生产总值能耗、主要污染物排放量进一步下降`: one phrase said of every listed name
    head, sep, tail = gap.rpartition("、")
    if sep and not _strip(sl.v.filler_re, tail.strip()) and (
            _FIGURELESS_PHRASE.fullmatch(head.strip()) or _RANK_PHRASE.fullmatch(head.strip())):
        return True, 0.8  # `地区生产总值再迈上新的百亿台阶、增长8.1%`: a phrase without a figure, then the figure
    return False, 0.0


def target_met_words(sl: _SentenceLinker, cstart: int, q: Quantity) -> re.Match[str] | None:
    """The words right before ``q``'s number that say a target was met or missed (`完成7%的预期目标`), also when the
    target names its indicator again between them and the figure (`完成了年初确定的城镇新增就业45万人目标`)."""
    end = _num_start(q)
    m = sl.v.completed_target_before_re.search(sl.s, cstart, end)
    if m is not None:
        return m
    named = name_before(sl, q)
    return sl.v.completed_target_before_re.search(sl.s, cstart, named) if named < end else None


def name_before(sl: _SentenceLinker, q: Quantity) -> int:
    """Where the indicator's name right before ``q``'s number starts, with only its verb between
    (`…年初确定的城镇新增就业45万人`: at 城镇), else where the number starts."""
    end = _num_start(q)
    start = max(sl.s.rfind(c, 0, end) for c in "，,；;。") + 1
    names = [a for a in sl.v.alias_re.finditer(sl.s, start, end)
             if cue_re("name_in_target_lead").fullmatch(sl.s, a.end(), end)]
    return names[-1].start() if names else end




def plan_share(v: Vocabulary, sl: _SentenceLinker, q: Quantity) -> bool:
    """`投资完成520亿元，完成96%的年度计划`, `增长8%，完成99%的年度计划`: the share of the year's plan done, no figure
    of its own; after a growth (`增长11%，完成8%的年度计划`, `增长11%、完成8%…`) a small one is the growth planned."""
    after = v.completed_target_after_re.match(sl.s, q.span.end)
    if after is None or not after.group("plan") or q.unit != "%" or q.direction != "none":
        return False
    m = target_met_words(sl, sl.starts[_clause_index(sl.starts, q.span.start)], q)
    start = m.start() if m is not None else q.span.start
    return not cue_re("growth_before_plan_done").search(sl.s, 0, start) or (
        q.value is not None and q.value >= facts_cues()["plan_share_from"])
