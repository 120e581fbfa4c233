"""Figures in a review of several years (五年来, “十三五”期间): a level reached at their end is a fact of the last
year, growth, averages, totals and milestones passed in those years are no one year's.

Split from ``when``, which asks these questions of a figure it finds in such a passage.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from zhibiao.facts.sentence import _clause_index, _num_start
from zhibiao.facts.vocab import Vocabulary
from zhibiao.facts.yearnames import (
    ANY_YEAR_RE,
    BARE_YEAR_CLAUSE,
    BASE_LEADS,
    DIGIT,
    FROM_BASE,
    PLAN_END_RE,
    PLAN_SPAN_RE,
    PLAN_YEARS,
    SINCE_PLAN_END,
    YEAR_RE,
    Sentence,
    When,
    named_year,
    paragraph_start,
    plan_end,
    year_broken,
)
from zhibiao.model import Passage, Quantity, Report

# the figures of a list before its later member (`分别达到210亿元和` -> `分别达到`)
_LIST_BEFORE = re.compile(r"(?:\d+(?:\.\d+)?[^\d,，;；、和及与]{0,4}[、和及与])+$")
# the same right after a level (`4469亿元,较“十三五”末增长24.3%`)
_AGAINST_PLAN_END = re.compile(r"\s*[,，、]?\s*" + SINCE_PLAN_END.pattern)
# multi-year markers that make a level an average or a total (the others, `翻番`, `十四五时期`,
# qualify a growth beside it, not the level reached)
_AVERAGE_OR_TOTAL = re.compile("年均|平均|每年|累计|共|合计|总计")
_REACHED = re.compile("(?:达到?|增至|升至|提高至|为)$")
_SENTENCE_END = re.compile("[。！？!?]")
TOTAL = re.compile("累计|合计|总计|共计|五年(?:新增|完成|实现)")


def in_multi_year_review(
    v: Vocabulary, q: Quantity, prior: bool, measure: str, window: str, lead: str,
    my: re.Match[str] | None, passage: Passage, ind_id: str | None, review_year: int | None,
    ratio_to_end: bool = False, totals_list: bool = False, opening_figure: bool = False,
    list_year: Callable[[], int | None] | None = None, paragraph_end: Callable[[], int | None] | None = None,
    paragraph_year: Callable[[], int | None] | None = None,
) -> When:
    """A figure in a review of several years: a level reached at their end is a fact of the last
    year; a year named in its clause makes it that year's; the rest are multi-year figures.

    ``lead`` is the clause's text before the number: a level held or passed in those years
    (`稳定在800亿斤以上`, `突破2万亿元`, `控制在5.5%以内`) is not the last year's figure.
    """
    if prior:
        return None, None, None
    if my is not None and review_year is not None:  # `增加到2005年的2293亿元`: the year reached, not a horizon
        marks = [m for m in v.multi_year_re.finditer(window)
                 if m.group().startswith(BASE_LEADS)  # `比2006年增长85.7%`: growth since a base year
                 or (not (YEAR_RE.search(m.group())
                          and all(int(y) <= review_year for y in YEAR_RE.findall(m.group())))
                     and not ((e := PLAN_END_RE.search(m.group())) and plan_end(e) <= review_year))]
        my = marks[0] if marks else None
    level = measure in ("level", "rate", "index") and q.qualifier != "qualitative"
    if level and my is not None and my.group() not in lead and (v.reach_re.search(lead) or _REACHED.search(lead)):
        my = None  # `年均增长9.4%,达到1709亿元`: the average was the growth's; the level reached is the end's
    if level and TOTAL.search(lead):
        return "actual", None, passage.cue  # `固定资产投资累计完成1428亿元`: a total of those years
    if q.qualifier == "qualitative" and named_year(lead) is None:
        # `…;城乡常住居民人均可支配收入增速与经济增长保持同步` after `2021年预计达1350亿元`: words on the years'
        # course, not on the year another clause reached
        return "actual", None, passage.cue
    # a year named by its clauses or the sentence's opening (`由2015年的…增至2020年的…;…由85亿元增至137亿元`)
    named = named_year(window)
    if named is None and level and my is None and list_year is not None:
        # `2021年,实现生产总值288.7亿元,年均增长5.1%;…;固定资产投资74.1亿元`: the year the list opened on
        named = list_year()
    if (named is None and my is None and paragraph_year is not None
            and (level or q.extra.get("baseline") in v.last_year_bases)):
        # `2015年全县实现生产总值263.1亿元,比上年增长7.3%。第一产业增加值98.6亿元,同比增长3.2%` (a report given in
        # November 2016): the figures after a sentence that opened on the year they are of
        named = paragraph_year()
    if named is not None and (review_year is None or named <= review_year) and my is None:
        if level and opening_figure and named_year(lead) is None and (
                v.held_or_passed_re.search(lead.rstrip("了"))
                or v.held_or_passed_re.search(q.extra.get("pre") or q.extra.get("pre_shared") or "")):
            # `…由1123亿元增加到2020年的1700亿元;规上工业总产值提前突破3000亿大关`: the year another subject
            # reached in the sentence's first clause is not when this milestone was passed
            return None, None, None
        return "actual", named, None
    if my is not None and not (level and not _AVERAGE_OR_TOTAL.search(my.group())):
        return "actual", None, my.group()  # `年均增长5.7%`, `累计…`; a level reached stays the end's
    if level:
        pre = q.extra.get("pre") or q.extra.get("pre_shared") or ""
        if v.held_or_passed_re.search(lead.rstrip("了")) or v.held_or_passed_re.search(pre):
            return None, None, None  # a milestone passed, or a level held, some time in those years
        # `由548亿元增加到2293亿元`, `分别达到12488和10163亿元`: the level at the end, not a sum
        # (`固定资产投资138.39亿元,是十一五末的3.8倍`: set against the end of the plan before, a year's level)
        head = _LIST_BEFORE.sub("", lead)  # `分别达到210亿元和`: a list's later member, reached like its first
        reached = (v.reach_re.search(lead) is not None or _REACHED.search(lead) is not None or ratio_to_end
                   or _REACHED.search(head) is not None)
        if TOTAL.search(lead) or (ind_id is not None and ind_id in v.period_totals and not reached):
            return "actual", None, passage.cue  # `城镇新增就业265万人` over five years: a total
        if totals_list and not reached and not pre and named_year(lead) is None:
            # `五年来,累计完成全社会固定资产投资962亿元,年均增长19%;进出口总额46.23亿美元`: a bare amount in a
            # sentence that opened on the years' totals is one of them
            return "actual", None, passage.cue
        end = paragraph_end() if reached and paragraph_end is not None else None
        if end is not None and passage.first is not None and passage.last is not None \
                and passage.first <= end < passage.last:
            # `全市生产总值由2016年的423.3亿元增加到2020年的526.4亿元。…三产增加值由208.5亿元增加到279.6亿元` in a
            # report given in December 2021: the levels the paragraph says were reached in 2020 are 2020's
            return "actual", end, None
        return "actual", passage.last, None
    if measure == "growth" and my is None and q.extra.get("baseline") in v.last_year_bases \
            and DIGIT.search(ANY_YEAR_RE.sub("", window[: max(0, window.rfind(q.extra["baseline"]))])):
        # `…达到7385.1亿元,比上年增长12.6%`: the growth of the level the years ended on, the last year's (not
        # `五年来,全省地区生产总值比上年增长13.5%` alone: no year of its own)
        return "actual", passage.last, None
    return "actual", None, passage.cue  # growth or a change over the years



def paragraph_end_year(v: Vocabulary, report: Report, sl: Sentence) -> int | None:
    """The year an earlier sentence of the paragraph says a level was reached in (`…增加到2020年的526.4亿元`)."""
    text = report.text
    start = text.rfind("\n", 0, sl.offset) + 1
    found = list(v.reached_in_year_re.finditer(text, start, sl.offset))
    return int(found[-1].group(1)) if found else None



def opening_paragraph_year(v: Vocabulary, report: Report, sl: Sentence, q: Quantity, last: int | None,
                           period_total: bool = False) -> int | None:
    """The year an earlier sentence of the paragraph opened on to state its figures (`2015年全县实现生产总值263.1亿元`),
    when it is the plan's end just before the review's ``last`` year (a report given late in the year after: its last
    complete year) and nothing said since ends its hold (``year_broken``: another year, this year, a target's word; an
    estimate or a `now`, `预计…`, `目前…`, of the year ending; a span of years other than the items' own averages). A
    year inside the plan (`2018年,我县实现整县脱贫摘帽`) holds nothing, nor does it for a sum over the plan's years
    (``period_total``: `城镇新增就业1.6万人`) unless the figure's own growth is on the year before."""
    if last is None:
        return None
    text = report.text
    start = paragraph_start(text, sl.offset)
    opened = list(v.opening_year_re.finditer(text, start, sl.offset))
    if not opened:
        return None
    found = opened[-1]  # (the last sentence of the paragraph that opened on a year)
    year = int(found.group(1))
    if year != last - 1 or year % PLAN_YEARS:
        return None
    between = text[found.end() : sl.offset] + sl.s[: _num_start(q)]
    end = _SENTENCE_END.search(between)  # (the opening sentence's own averages, `“十二五”期间年均增长10.8%`, are its)
    if year_broken(v, between) or end is None or any(
            m.group() not in v.average_leads for m in v.multi_year_re.finditer(between, end.end())):
        return None  # (and so are the averages of the items since, `年均增长4.7%;第二产业增加值…`)
    if v.estimate_re.search(between, end.end()) or v.now_re.search(between, end.end()):
        return None  # (`预计全县生产总值达到305亿元`, `目前,全县森林覆盖率达到65.2%`: the year ending's)
    if period_total and not v.level_on_last_year_re.match(sl.s, q.span.end):
        return None
    return year


def opening_list_year(v: Vocabulary, sl: Sentence, q: Quantity) -> int | None:
    """The year of a clause of its own (`2021年,`) earlier in the sentence that opens the list ``q`` is in: no
    other year, no year said in words (`去年`, `全年`), no span of years but the averages of the list's own
    growths (`年均增长5.1%`) and no word of targets since."""
    ci = _clause_index(sl.starts, q.span.start)
    for k in range(ci - 1, -1, -1):
        end = sl.starts[k + 1]
        if BARE_YEAR_CLAUSE.match(sl.s, sl.starts[k], end):
            between = sl.s[end : _num_start(q)]
            if year_broken(v, between) or any(
                    m.group() not in v.average_leads for m in v.multi_year_re.finditer(between)):
                return None
            return named_year(sl.s[sl.starts[k] : end])
    return None



def earlier_base(v: Vocabulary, report: Report, sl: Sentence, q: Quantity, review_year: int) -> re.Match[str] | None:
    """The end of the plan before the paragraph's first growth was measured on (`2010年,…生产总值9500亿元,比2005年
    增长86%` in a 2011 report), when no growth on the year before and no year came since: a bare growth after it is
    over the same five years. Not a base said after the year's own growths (`地区生产总值增长6.1%,…能耗较2020年
    下降12.5%,规模以上工业增加值增长7.2%`: the one figure's), nor another year's (`总量较2020年提高20%`)."""
    pos = sl.offset + q.span.start
    start = paragraph_start(report.text, pos)
    first = v.growth_figure_re.search(report.text, start, pos)
    base = v.plan_end_base_re.search(report.text, start, pos)
    if (first is None or base is None or not base.start() <= first.start() < base.end()
            or int(base.group("y")) != review_year - PLAN_YEARS):
        return None
    since = report.text[base.end() : pos]
    if ANY_YEAR_RE.search(since) or any(w in since for w in v.last_year_bases):
        return None  # (`…,比2005年增长86%。2010年规上工业增加值增长15%`: the year named since is the growth's)
    return base



def in_totals_list(v: Vocabulary, report: Report, sl: Sentence, q: Quantity) -> bool:
    """Whether the sentence (with its items before a `；`, sentences of their own here) opened on the years
    reviewed and gave their totals before the figure's clause (`五年来,累计完成…;进出口总额46.23亿美元`)."""
    start = max(report.text.rfind(c, 0, sl.offset) for c in "。！？!?\n") + 1
    before = report.text[start : sl.offset] + sl.s[: sl.starts[_clause_index(sl.starts, q.span.start)]]
    return bool(v.five_years_re.match(before.lstrip()) and TOTAL.search(before))



def past_plan_reached(v: Vocabulary, sl: Sentence, q: Quantity, review_year: int | None, measure: str,
                      earlier: str = "") -> int | None:
    """The last year of a plan that ended with last year, when the sentence speaks of that plan's years
    (`“十三五”以来`, `“十三五”期间`) and the figure is a level reached (`由7.13万亿元跃升至10.27万亿元`), outside
    any section that says whose figures they are (a news write-up). ``earlier`` is the text right before the
    sentence: a path from a base to the level (`从874.4亿元增加到1301.6亿元`) takes the plan named there, with no
    year since (`…指出:“十三五”时期,广安地区生产总值年均增长7%。曾卿称,…从874.4亿元增加到1301.6亿元`)."""
    if measure != "level" or review_year is None or q.qualifier == "qualitative":
        return None
    lead = sl.s[sl.starts[_clause_index(sl.starts, q.span.start)] : _num_start(q)]
    if not (v.reach_re.search(lead) or _REACHED.search(lead)):
        return None
    m = next(reversed(list(PLAN_SPAN_RE.finditer(sl.s, 0, q.span.start))), None)  # the last plan named
    if m is not None and plan_end(m) == review_year:
        return review_year
    if m is None and FROM_BASE.search(lead) and not ANY_YEAR_RE.search(sl.s, 0, q.span.start) \
            and not v.path_goal_re.search(sl.s, 0, _num_start(q)):  # (`广安将推动…从…增加到…`: a goal)
        e = next(reversed(list(PLAN_SPAN_RE.finditer(earlier))), None)
        if e is not None and plan_end(e) == review_year and not ANY_YEAR_RE.search(earlier, e.end()):
            return review_year
    # `地区生产总值达到4469亿元,较“十三五”末增长24.3%`: set against the end of the plan before the one that
    # ended last year, the level is that plan's end
    m = _AGAINST_PLAN_END.match(sl.s, q.span.end)
    return review_year if m is not None and plan_end(m) + PLAN_YEARS == review_year else None
