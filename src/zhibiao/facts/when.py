"""When a linked figure is about: its role (target / actual / prior target), period and horizon.

The passage a figure stands in (``Report.passages``, from ``zhibiao.document.periods``) says which
years the text is speaking of: a review of several years, last year's review, the new plan's goals
or this year's plan. Inside it, the figure's own clause can still name a year (`提升到2025年的
57.7%`) or a span of years (`年均`, `累计`, `到2027年`). In a review of several years only the
levels reached at its end are facts of its last year (`从A增加到B`: B); growth, totals and
milestones passed some time in those years (`突破X`) are not one year's figures.

How a clause names a year lives in ``yearnames``; the questions asked of a figure in a review of several
years live in ``multiyear``.
"""

from __future__ import annotations

import re
from functools import partial

from zhibiao.document.dates import cn_years
from zhibiao.document.periods import given_late, reviews_this_year
from zhibiao.facts.cuefile import cue_re, facts_cues
from zhibiao.facts.multiyear import (
    TOTAL,
    earlier_base,
    in_multi_year_review,
    in_totals_list,
    opening_list_year,
    opening_paragraph_year,
    paragraph_end_year,
    past_plan_reached,
)
from zhibiao.facts.ranked import ranked_result
from zhibiao.facts.sentence import _clause_index, _num_start
from zhibiao.facts.vocab import Vocabulary
from zhibiao.facts.wholes import FIGURE_NOT_YEAR, whole_lead, whole_year
from zhibiao.facts.yearnames import (
    ANY_YEAR_RE,
    BARE_YEAR_CLAUSE,
    BASE_LEADS,
    BASE_YEAR_RE,
    OPENING_YEAR,
    PLAN_END_RE,
    PLAN_SPAN_RE,
    PLAN_YEARS,
    SINCE_PLAN_END,
    TARGET_SET,
    YEAR_RE,
    Sentence,
    When,
    from_this_year,
    growth_base_year,
    last_year_opened_clause,
    named_year,
    named_year_at,
    opens_on_this_year,
    paragraph_start,
    plan_end,
    year_broken,
)
from zhibiao.model import Quantity, Report, Role
from zhibiao.quantity.numerals import parse_number

_CUE_WINDOW = 400  # characters before a figure searched for role cues and years
_CONTEXT_BACK = 300  # characters looked back for the year a passage is about
_FRAGMENT_BACK = 3000  # ... and, in a fragment with no sections, back this far for the last year word
_NEXT_CLAUSE = re.compile(r"\s*[,，]\s*")  # the start of the clause right after a figure


def local_window(sl: Sentence, q: Quantity, subject_start: int | None) -> str:
    """Where a multi-year marker applies to ``q``: its own clause chain (from its subject, or its
    clause) and a sentence opening such as `五年来,` or `“十四五”期间,`."""
    starts = sl.starts
    cstart = starts[_clause_index(starts, q.span.start)]
    start = min(cstart, subject_start) if subject_start is not None else cstart
    head = sl.s[: starts[1]] if len(starts) > 1 and starts[1] <= start else ""
    if head:
        # a later clause opening on a year takes over from the opening's (`2020年在全省各县市中,…首个突破2000亿元,
        # 2021年全市实现地区生产总值2379.2亿元,…;全市完成财政总收入387.7亿元`: 2021's)
        k = last_year_opened_clause(sl, start)
        if k is not None:
            head += " " + OPENING_YEAR.match(sl.s, starts[k]).group().strip()  # type: ignore[union-attr]

    # a qualitative phrase's own words (`在“十四五”规划期内统筹考核`) are no horizon of the statement
    end = q.span.start if q.qualifier == "qualitative" else q.span.end
    return head + " " + sl.s[start:end]


# a plan's end a figure is to be reached by, opening its clause (`,到“十四五”末,万源全市地区生产总值要达到300亿元`)
_BY_PLAN_END = re.compile(r"(?:^|(?<=[，,：:。；;]))\s*(?:到|至)[“\"]?" + PLAN_END_RE.pattern + r"[”\"]?[，,]?")
_PLAN_BEFORE_CHARS = 200  # how far before a sentence a plan named still holds for a path to its end
_LAST_YEAR_RE = re.compile(r"(?<![过比较])去年")  # not a base (`较去年增长8%`): that is the year's own growth
_EARLIER_YEARS = 5  # how far back a year named beside a figure may make it a target then set
# a base said once for the figures after it (`比2012年(下同)增长47.7%`)
_SAME_BELOW_RE = re.compile(r"比\s*((?:19|20)\d\d)\s*年(?:末|底)?\s*[(（]下同[)）]")
_STREAK_RE = re.compile(r"连续")
_DOUBLING_RE = re.compile(r"翻[了一两二三四]*番|翻倍")  # a doubling: a figure said in words
_FIGURE_RE = re.compile(r"\d|" + _DOUBLING_RE.pattern)


def role_and_period(
    v: Vocabulary, report: Report, sl: Sentence, q: Quantity, prior: bool, measure: str,
    subject_start: int | None = None, ind_id: str | None = None,
) -> When:
    """(role, period, horizon) of a quantity; role None when it is not a fact of the report.

    A multi-year goal (`到2027年`, `十四五期间`, `年均`) keeps its own end year as period (or
    None when it names none) and the wording as horizon; it never takes the plan year.
    """
    meta = report.meta
    sec = sl.section
    spass = sl.passage_at(q.span.start)  # (the sentence's, or one a clause before the figure opened: `去年…,今年…`)
    if sec is not None and sec.kind == "glossary":
        return None, None, None
    if v.years_taken_re.match(sl.s, q.span.end):
        return None, None, None  # `从1万亿元台阶攀升至2万亿元,用了6年时间`: a history told, no year's figure
    window = cn_years(_blank_basis(v, local_window(sl, q, subject_start)))  # `二00七年` names 2007
    if meta.review_year is not None and "去年" in window:  # `年均增长14%,去年达到18278亿元`
        window = _LAST_YEAR_RE.sub(f"{meta.review_year}年", from_this_year(window))  # (a later 今年 starts over)
    my = v.multi_year_re.search(window)
    found = named_year_at(window)
    if my is not None and found is not None and found[1] > max(m.end() for m in v.multi_year_re.finditer(window)):
        # named after the last multi-year marker the year is the innermost cue (`年均增长14.9%,
        # 2010年达到1790亿元,比上年增长11.8%`, `连续四年增产,2007年产量超过1万亿斤`)
        my = None
    if my is not None:
        last = max(v.multi_year_re.finditer(window), key=lambda m: m.end())
        cut = v.average_cut_re.search(window, last.end())
        if cut is not None and "累计" not in last.group() and (
                _FIGURE_RE.search(window, last.end(), cut.start()) or _STREAK_RE.match(last.group())
                or _DOUBLING_RE.fullmatch(last.group())):
            # `五年内翻了两番,增长35.5%`: the marker was its own clause's figure's; a later clause's is free
            # (`农业连续11年丰收,粮食总产525万吨`: a streak counts years, the figure after is this year's;
            # `…均实现翻番,分别达1.47万亿元和6228亿元`: a doubling is its clause's own figure);
            # a total goes on over its list (`五年累计实施重点项目1344个,…,完成固定资产投资1039亿元`)
            # — but a coming plan's years opening the sentence still hold (`“十三五”期间,GDP预期年均增长12%
            # 左右,突破1000亿元`: passed by the plan's end)
            my = next((m for m in reversed(list(v.multi_year_re.finditer(window, 0, last.start())))
                       if meta.review_year is not None and (p := PLAN_SPAN_RE.match(m.group())) is not None
                       and plan_end(p) > meta.review_year), None)
    if my is None and meta.review_year is not None:
        # `…目标任务:到2027年,浙江省地区生产总值达到12万亿元;人均生产总值达到17万元`: a goal year said
        # earlier in the sentence, and no year since, holds for the goals listed after it
        goal = None
        for m in v.multi_year_re.finditer(sl.s, 0, q.span.start):
            if m.group().startswith(("到", "至")):  # (the horizon `到2027年` of the multi-year words)
                goal = m
        year = YEAR_RE.search(goal.group()) if goal is not None else None
        if (goal is not None and year is not None and int(year.group(1)) > meta.review_year
                and not any(sl.s[max(0, y.start() - 1) : y.start()] not in facts_cues()["base_year_before"]
                            for y in YEAR_RE.finditer(sl.s, goal.end(), q.span.start))):
            my = goal  # (a base year between is no other time: `…;单位生产总值能耗比2005年下降22%;…城镇化率达到52%`)
        # (or the end of a plan still ahead: `到“十四五”末,万源全市地区生产总值要达到300亿元` in 2021: that plan's goal,
        # with the will to reach it between the two, no other time nor an item's end; not `为到“十四五”末…奠定了基础`)
        ns = _num_start(q)
        ahead = [m for m in _BY_PLAN_END.finditer(sl.s, 0, ns) if plan_end(m) > meta.review_year] \
            if my is None and "末" in sl.s else []
        if ahead and not v.goal_other_time_re.search(sl.s, ahead[-1].end(), ns) \
                and v.will_re.search(sl.s, ahead[-1].end(), ns) \
                and (sec is None or sec.kind != "review") \
                and (spass is None or spass.scope not in ("year_review", "multi_year_review")):
            return (None, None, None) if prior else ("target", plan_end(ahead[-1]), ahead[-1].group())
    if q.extra.get("baseline") in v.average_leads and (
            avg := [m for m in v.multi_year_re.finditer(window) if m.group() in v.average_leads]):
        # `从2007年的…增加到2012年的1.6万亿元,年均增长15.1%`: the figure's own 年均 is its horizon, whatever
        # year the sentence reached before it
        my = avg[-1]
    if my is None and (sb := _SAME_BELOW_RE.search(sl.s, 0, q.span.start)) is not None:
        if meta.review_year is not None and int(sb.group(1)) < meta.review_year and measure == "growth":
            my = sb  # `比2012年(下同)增长47.7%;固定资产投资353.7亿元,增长125.1%`: growth since 2012
    clause_lead = sl.s[sl.starts[_clause_index(sl.starts, q.span.start)] : _num_start(q)]
    clause_lead = v.base_of_last_year_re.sub("由", clause_lead)  # (`由去年的4.5%降至4%`: the base's year)
    if (my is None and measure == "growth" and meta.review_year is not None and not prior
            and spass is not None and spass.scope in ("year_review", "multi_year_review")
            and not v.on_last_year_re.search(clause_lead)):
        my = earlier_base(v, report, sl, q, meta.review_year)  # `…比2005年增长86%。人均生产总值…,增长58.9%`
    if (my is None and measure == "growth" and meta.review_year is not None
            and (cc := next(reversed(list(v.compared_clause_re.finditer(sl.s, 0, q.span.start))), None)) is not None
            and int(cc.group(1)) < meta.review_year - 1 and not YEAR_RE.search(sl.s, cc.end(), q.span.start)):
        my = cc  # `与2000年相比,经济总量增长70%以上`: growth since the year the clause compares with
    if (my is None and measure == "growth" and meta.review_year is not None and not prior
            and (cp := next(reversed(list(v.compared_plan_end_re.finditer(sl.s, 0, q.span.start))), None)) is not None
            and plan_end(cp) < meta.review_year and not v.on_last_year_re.search(clause_lead)
            and not any(c in "；;" for c in sl.s[cp.end() : q.span.start])):  # (its item only: not past a `;`)
        return "actual", None, cp.group()  # `与“十五”末相比,2010年…农民人均纯收入达到5287元,增长58.9%`: over the plan
    if (measure in ("level", "rate") and v.held_or_passed_re.search(clause_lead.rstrip("了"))
            and named_year(sl.s[: _num_start(q)]) is None and not _LAST_YEAR_RE.search(sl.s, 0, _num_start(q))
            and not v.estimate_re.search(clause_lead)
            and (sl.section is None or sl.section.kind not in ("targets", "tasks"))
            and (spass is None or spass.scope not in ("year_plan", "plan_goals"))
            and _averaged_after(v, sl.s, q.span.end)):
        # `常住人口城镇化率突破50%,年均提高1.5个百分点`: passed some time in the years averaged, no year's figure (not
        # `2020年,…突破5000亿元,年均…` nor `去年,…超过65%,年均…`, nor the year's estimate `预计突破1.1万亿元,年均…`, nor
        # a plan's line)
        return None, None, None
    if my is None and measure == "level" and TOTAL.search(clause_lead):
        # `“十五”期间,全社会固定资产投资累计达到40亿元`: a total over the years the sentence names earlier,
        # or after (`累计完成固定资产投资657.1亿元,年均增长7.6%`: its average growth says so)
        my = v.multi_year_re.search(sl.s, 0, q.span.start) or v.multi_year_re.search(sl.s, q.span.end)
        if (my is None and subject_start is not None and (t := TOTAL.search(clause_lead)) is not None
                and sl.starts[_clause_index(sl.starts, q.span.start)] + t.start() > subject_start
                and not v.one_years_total_re.search(clause_lead)
                and not v.total_growth_after_re.match(sl.s, q.span.end)):
            # `固定资产投资累计达3600亿元` after `2021年预计地区生产总值4700亿元,…是五年前的1.5倍`: a total said
            # after its name sums years, whatever year opened the sentence (a year's own is `全年累计`, or has
            # a growth on the year before: `农林牧渔及其服务业总产值累计完成25.16亿元,增长5.8%`)
            return "actual", None, t.group()
    if (measure == "growth" and meta.review_year is not None and not prior
            and (base := SINCE_PLAN_END.search(clause_lead)) is not None and plan_end(base) < meta.review_year
            and (sl.section is None or sl.section.kind not in ("targets", "tasks"))
            and (spass is None or spass.scope != "year_plan")
            and not any(c in sl.s[: _num_start(q)] for c in (*v.target_cues, *v.plan_year_words))
            and all(int(y) <= meta.review_year for y in YEAR_RE.findall(sl.s, 0, _num_start(q)))):
        # `,较“十二五”期末增长了47.6%`: over the plan's years, whatever the passage (not a goal's: `到2016年,…万元
        # 生产总值能耗比“十一五”末下降20%`)
        return "actual", None, base.group()
    passage = spass
    if passage is not None and passage.scope == "multi_year_review":
        plan_year = meta.plan_year if meta.plan_year is not None else (
            meta.review_year + 1 if meta.review_year is not None else None)
        if (my is not None and my.group().startswith(("到", "至")) and plan_year is not None
                and (goal_year := YEAR_RE.search(my.group())) is not None and int(goal_year.group(1)) > plan_year):
            # `…明确了“十五五”时期的奋斗愿景:到2030年地区生产总值冲刺3.2万亿元` in a paragraph after the review: a goal
            return (None, None, None) if prior else ("target", int(goal_year.group(1)), my.group())
        if (not prior and plan_year is not None and my is None and named_year(window) == plan_year
                and v.prior_after_re.match(sl.s, q.span.end)):
            return "target", plan_year, None  # `开局之年,成都设定2026年GDP增长5.5%左右的预期目标`: this year's
        if meta.plan_year is not None and (coming := list(v.coming_years_re.finditer(sl.s, 0, q.span.start))):
            # `报告对过去五年…进行了总结和回顾,并提出今后五年的主要目标是:生产总值年均增长8%左右`: the plan's goals
            if prior:
                return None, None, None
            named = named_year(window)  # (`力争2018年比2010年翻一番`: the goal's own year)
            if named is None or named <= meta.plan_year:
                # (or the year the goals are set for, earlier in the sentence: `到2016年,生产总值…,万元生产总值
                # 能耗比“十一五”末下降20%`)
                named = named_year(sl.s[coming[-1].end() : _num_start(q)])
            span = int(parse_number(coming[-1].group()[-2]) or PLAN_YEARS)  # `今后三年`: three years from this one
            end = named if named is not None and named > meta.plan_year else meta.plan_year + span - 1
            return "target", end, coming[-1].group()
        lead = clause_lead
        if (measure == "growth" and my is None and v.on_last_year_re.search(lead) and meta.review_year is not None
                and (found := named_year_at(sl.s[: q.span.start])) is not None and found[0] <= meta.review_year
                and found[1] > max((m.end() for m in v.multi_year_re.finditer(sl.s, 0, q.span.start)), default=-1)):
            return "actual", found[0], None  # `五年来,…2005年,…地区生产总值2371亿元,比上年增长13.5%`: that year's
        if (measure == "growth" and (base := growth_base_year(lead)) is not None and meta.review_year is not None
                and (found := named_year_at(sl.s[: q.span.start])) is not None
                and found[0] == base + 1 <= meta.review_year):
            return "actual", found[0], None  # `2015年达到520亿元,比2014年增长14.5%`: the year's own growth
        return in_multi_year_review(v, q, prior, measure, window, lead, my, passage, ind_id, meta.review_year,
                                     ratio_to_end=v.ratio_to_end_re.match(sl.s, q.span.end) is not None,
                                     totals_list=measure == "level" and in_totals_list(v, report, sl, q),
                                     opening_figure=_opening_has_figure(sl, q),
                                     list_year=partial(opening_list_year, v, sl, q),
                                     paragraph_end=partial(paragraph_end_year, v, report, sl),
                                     paragraph_year=partial(opening_paragraph_year, v, report, sl, q, passage.last,
                                                            measure == "level" and ind_id in v.period_totals))
    horizon: str | None = None
    if my:
        years = ANY_YEAR_RE.findall(my.group())  # (`比1999年增长9.5%` in a 2001 report: last year's own growth)
        end = int(years[-1]) if years else None
        last_years_base = (  # `2013年…比2012年增长10.6%` in the 2014 report: the year's own growth
            end is not None and meta.review_year is not None and end == meta.review_year - 1
            and my.group().startswith(BASE_LEADS) and (passage is None or passage.scope != "year_plan")
        )
        # (not a plan's end named as what this year's targets serve: `实现到“十四五”末目标的需要,今年…主要预期目标是:…`)
        at = sl.s.rfind(my.group(), 0, q.span.start)  # (the marker nearest before the figure, if said twice)
        serves = at >= 0 and ((PLAN_END_RE.search(my.group()) is not None and any(
            w in sl.s[at + len(my.group()) : q.span.start] for w in v.plan_year_words))
            or opens_on_this_year(sl, q, at, meta))
        if (end is None or end not in (meta.plan_year, meta.review_year)) and not last_years_base and not serves:
            horizon = my.group()
    if passage is not None and passage.scope == "plan_goals":
        if prior:
            return None, None, None
        named = named_year(window)
        if named is None and horizon is None:
            # `其中,2018年我省…预期目标为7%左右,固定资产投资增长10%`: the plan year named earlier in the
            # sentence, after its last multi-year marker, still holds
            found = named_year_at(sl.s[: q.span.start])
            marks = [m.end() for m in v.multi_year_re.finditer(sl.s, 0, q.span.start)]
            if found is not None and found[0] == meta.plan_year and found[1] > max(marks, default=-1):
                named = found[0]
            elif opens_on_this_year(sl, q, max(marks, default=0), meta):
                named = meta.plan_year  # `“十二五”期间全省城镇新增就业500万人,今年新增就业100万人以上`
        if named is not None and named == meta.plan_year and horizon is None:
            return "target", named, None  # `2026年…`: this year's figure inside the plan's goals
        if horizon is not None and horizon.startswith(BASE_LEADS):  # `城乡居民收入比2010年翻一番以上`: a base is no
            return "target", named or passage.last, horizon  # end year: by the goal's year
        if horizon is not None:
            years = YEAR_RE.findall(horizon)
            return "target", (int(years[-1]) if years else passage.last), horizon
        return "target", passage.last, passage.cue
    # (the year before as the basis built on, `在巩固去年成果的基础上,`, blanked: no cue of the figure's year)
    sentence = _blank_basis(v, sl.s)
    # the cue words before the figure, its own lead words included (`增长目标是百分之八左右`)
    before = cn_years(sentence[max(0, q.span.start - _CUE_WINDOW) : _num_start(q)])
    if not prior:  # `…,控制在预期4.2%以内;居民消费价格涨幅1.1%`: a target quoted back cues no later figure
        before = v.quoted_target_re.sub("", before)
    before = v.expectations_re.sub("", before)  # `面对超出预期的风险挑战`: no target
    before = v.base_of_last_year_re.sub("由", before)  # `由去年的4.5%降至4%`: the base's year, not the figure's
    before = v.plan_done_re.sub("完成", before)  # `超额完成年度计划,…增长22.7%`: a plan done is a result
    if prior:
        period = passage.last if passage is not None and passage.scope == "year_review" else meta.review_year
        return "prior_target", (None if horizon else period), horizon
    # `与2006年持平,实际利用外资10亿美元`: the base of a comparison is no year of the figures after it,
    # nor is a year in an aside (`一般公共预算支出(扣除2022年灾后恢复重建专项资金支出外)增长3%以上;…`)
    unaside = cn_years(_blank_basis(v, sl.masked)[max(0, q.span.start - _CUE_WINDOW) : _num_start(q)])
    bases = {m.start(1) for m in BASE_YEAR_RE.finditer(unaside)}
    # (nor the plan year naming the report itself: `赣榆区2025年工作报告显示,该区预计实现地区生产总值800亿元以上`;
    # an earlier year's report quoted stays that year's, `2024年的政府工作报告中,全市GDP预期增长6%左右`)
    years = [int(m.group(1)) for m in YEAR_RE.finditer(unaside)
             if m.start(1) not in bases
             and not (int(m.group(1)) == meta.plan_year and v.report_named_re.match(unaside, m.end()))]
    kind = sec.kind if sec is not None else "other"
    role: Role | None = None
    if _set_as_targets(v, sentence, q) or v.named_as_target_re.match(sentence, q.span.end):
        # `会议还确定了…增长10%、…等一揽子目标计划`: a list set as the targets, wherever it stands; a figure made
        # a target after it (`规上工业总产值迈上5万亿元台阶已被苏州市设为2026年…主要预期目标之一`)
        role = "target"
    elif passage is not None and passage.scope == "year_review":
        role = "actual"
        clause = clause_lead
        if (any(w in clause for w in v.plan_year_words) and any(c in clause for c in v.target_cues)) \
                or _this_years_estimate(v, sl, q):
            # `2020年…超过11万亿元,今年广东GDP增长预期目标为6%以上`, `今年预计GDP增长百分之十左右`: this year's
            role = "target"
        elif _this_years_targets_listed(v, sentence, _num_start(q), meta.review_year):
            role = "target"  # `报告又提出今年…各项预期目标,包括…GDP增长6%,规模以上工业增加值增长8%,…`
        elif q.extra.get("cue") in v.review_target_leads:
            role = "target"  # `对2019年仍确定了较高的预期目标。其中,地区生产总值预期增长6.5%`
        elif subject_start is not None and v.review_strive_re.search(sentence, 0, subject_start):
            role = "target"  # `忠县将…,力争规上工业增加值增长11%以上`: what will be striven for
    elif passage is not None and passage.scope == "year_plan":
        # `此外,去年我省公共财政总收入…` under a paragraph that spoke of this year: last year's result; so is
        # a level reached since an earlier year (`预计从2017年的2.01万亿元增加到2.9万亿元以上`)
        since = v.since_year_re.search(sl.masked, 0, _num_start(q))  # (人民币,下同) blanked
        # (and `预计完成地区生产总值690亿元`: an estimate is of the year ending, whatever the passage says)
        # (`由去年的4.5%`: the base's year; from the clause that opened this year, `去年…,今年…`, when one did)
        head = v.base_of_last_year_re.sub("由", sentence[max(0, passage.span.start - sl.offset) : _num_start(q)])
        head = from_this_year(head)  # (`…去年增长12%,今年增长10%以上`: this year's again)
        if sentence.lstrip().startswith(v.part_of_total):
            # `预计完成财政收入76.1亿元,…。其中一般预算收入52亿元`: a part of the sentence before is said as that
            # sentence's figure was, by the words before it (not `…增长8%,与去年持平`, a comparison after it)
            head = whole_lead(report, sl.offset) + head
        estimated = v.estimate_re.search(head) and not any(w in head for w in v.plan_year_words)
        since_earlier = (since is not None and meta.review_year is not None
                         and int(since.group(1)) < meta.review_year and measure == "level")
        role = "actual" if (v.last_year_cue_re.search(head) or estimated or since_earlier
                            or any(ranked_result(v, sl, q, kind, before, c) for c in (False, True))) and not any(
            c in before for c in v.target_cues) else "target"
        if measure == "level" and kind not in ("targets", "tasks") and _step_taken(v, sl, q, clause_lead, head):
            role = "actual"  # a step taken, no will or target word in its sentence: `服务业增加值跃上万亿元新台阶`
    elif kind == "review":
        role = "actual"
    elif kind in ("targets", "tasks"):
        role = "target"
    elif measure == "level" and _step_taken(v, sl, q, clause_lead, sentence[: _num_start(q)]):
        role = "actual"  # `…。 服务业增加值跃上万亿元新台阶` after this year's targets in a write-up: a step taken
    elif _on_last_year(v, sl, q, clause_lead, measure):
        role = "actual"  # `确保…目标的实现,完成生产总值2846.8亿元,同比增长8.8%`: its own clause says a result
    elif meta.review_year is None and (ly := list(cue_re("undated_last_year").finditer(sentence, 0, _num_start(q)))) \
            and not cue_re("undated_last_year_ends").search(sentence, ly[-1].end(), _num_start(q)):
        role = "actual"  # `报告显示,去年全市实现地区生产总值812.6亿元;…` in an undated write-up: last year's results
    elif any(c in before for c in v.target_cues) or _this_years_estimate(v, sl, q):
        role = "target"
    elif any(c in before for c in v.actual_cues) or q.extra.get("estimate") \
            or v.estimate_after_re.match(sentence, q.span.end) \
            or (measure == "level" and v.new_high_after_re.match(sentence, q.span.end)
                and not any(w in before for w in v.plan_year_words)) \
            or ranked_result(v, sl, q, kind, before, before_too=True) or ranked_result(v, sl, q, kind, before, True) \
            or (measure == "level" and v.level_on_last_year_re.match(sentence, q.span.end)):
        # (a margin over the nation before it in the sentence: its clauses are results too; so is a level whose
        # growth on the year before follows it: `实现地区生产总值169.48亿元,同比增长8.9%`)
        role = "actual"
    elif (end := past_plan_reached(v, sl, q, meta.review_year, measure,
                                   report.text[max(0, sl.offset - _PLAN_BEFORE_CHARS) : sl.offset])) is not None:
        return "actual", end, None  # `“十三五”以来,…由7.13万亿元跃升至10.27万亿元`: the level the plan ended on
    elif measure == "growth" and meta.review_year is not None and (
            base := SINCE_PLAN_END.search(clause_lead)
    ) is not None and plan_end(base) + PLAN_YEARS == meta.review_year:
        return "actual", None, base.group()  # `,较“十三五”末增长24.3%`: the growth over the plan just ended
    else:
        role = _role_by_position(v, report, sl.offset + q.span.start)
    last_year_at = max((m.end() for m in YEAR_RE.finditer(before)), default=-1)
    if last_year_at >= 0 and any(before.find(w, last_year_at) >= 0 for w in v.plan_year_words):
        years = []  # `2020年…超过11万亿元,今年广东GDP增长预期目标为6%以上`: 今年 comes after the year named
    if years and horizon is None:
        y = years[-1]
        if y == meta.review_year and meta.review_year is not None:
            role = "actual"
        elif y == meta.plan_year and meta.plan_year is not None and kind != "review":
            role = "target"
    if role is None:
        return None, None, None
    if horizon is None and meta.review_year is not None:
        # `2014年,山西经济增速为4.9%` in a 2017 write-up: an earlier year's result named in its clause
        ci = _clause_index(sl.starts, q.span.start)
        cs = sl.starts[ci]
        if bare_year_before(sl, cs) is not None:
            cs = sl.starts[ci - 1]  # `2014年,山西经济增速为4.9%`: the year stands as a clause of its own
        own = named_year(sentence[cs : _num_start(q)])
        if own is None:
            # `2018年,兰州新区实现地区生产总值205亿元…;固定资产投资310亿元,增长20%` in a 2020 write-up: the year
            # opening the list holds for it
            own = opening_list_year(v, sl, q)
        if own is None and subject_start is not None and subject_start < cs:
            # `2012年全省公共财政收入4059.4亿元,比上年增长17.5%`: the year said before the subject, in its own clause,
            # holds for its figures in the clauses after it
            own = _subject_year(v, sl, q, subject_start)
        if (own is None and role == "actual" and sentence.lstrip().startswith(v.part_of_total)
                and named_year(sentence) is None):
            # `济南市2019年地区生产总值为9443.37亿元…。其中,第一产业增加值343.06亿元`: the parts of a whole said
            # for a year are that year's
            own = whole_year(v, whole_lead(report, sl.offset, FIGURE_NOT_YEAR))
        if own is not None and own <= meta.review_year:
            # `2014年广州确定GDP增速为10%` (a 2015 write-up): a target that year set, not its result
            if own >= meta.review_year - _EARLIER_YEARS and TARGET_SET.search(sentence, cs, _num_start(q)):
                return "prior_target", own, None
            if own < meta.review_year:  # (`2005年全市地区生产总值为500亿元` in a 2022 write-up: that year's)
                return "actual", own, None
        if (own is not None and role == "target" and meta.plan_year is not None and own > meta.plan_year
                and (at := named_year_at(sentence[cs : _num_start(q)])) is not None
                and not year_broken(v, (between := sentence[cs + at[1] + len(str(own)) : _num_start(q)]))
                and cue_re("goal_set_against").search(between) is None):
            # `锚定2030年GDP3.2万亿元目标`: a later year's goal, not this year's (not a goal's year the year's figure
            # is set against: `锚定2025年目标今年…`, `对标2035年远景目标…`)
            return "target", own, f"{own}年"
    if horizon is not None:
        base = horizon.startswith(BASE_LEADS) or _SAME_BELOW_RE.match(horizon)
        years_h = [] if base else YEAR_RE.findall(horizon)  # a base (`比2012年`) is no end year
        if role == "actual" and years_h and meta.review_year is not None and int(years_h[-1]) > meta.review_year:
            role = "target"  # `到2027年…达到12万亿元` in a review: a year not yet come holds a goal, not a result
        goal = next((m for m in PLAN_SPAN_RE.finditer(sl.s, 0, _num_start(q))
                     if cue_re("plan_goal_named").match(sl.s, m.end())), None) if role == "actual" else None
        if goal is not None and not years_h and meta.review_year is not None and plan_end(goal) > meta.review_year:
            # `湖北“十四五”时期的目标为经济总量跨越6万亿元` in 2021: a running plan's goal named so, by its end (not a
            # target word said of last year, `进入“十四五”时期,预期目标顺利完成`)
            return "target", plan_end(goal), horizon
        if role == "target" and not years_h and not base and (end := PLAN_END_RE.search(horizon)) is not None \
                and meta.review_year is not None and plan_end(end) > meta.review_year:
            # `到“十三五”末,生产总值力争突破5000亿元`: by the plan's last year (not a plan over, the base of a growth:
            # `城乡居民收入比“十二五”末翻一番`; nor a result said against the plan's goal, `提前实现“十三五”末目标，
            # 达到…`)
            return role, plan_end(end), horizon
        return role, (int(years_h[-1]) if years_h else None), horizon
    if passage is not None and passage.scope in ("year_review", "year_plan") and passage.last is not None:
        if (role == "actual") == (passage.scope == "year_review"):
            return role, passage.last, None
    return role, meta.review_year if role == "actual" else meta.plan_year, None


def _blank_basis(v: Vocabulary, s: str) -> str:
    """``s`` with the year before named as a basis (`在上年增长5.6%的基础上`, `去年较高的基数`) blanked, and a second
    base after last year's (`分别比上年和2005年`), their length kept."""
    if "基础上" in s or "基数" in s:
        s = v.last_year_basis_re.sub(lambda m: " " * len(m.group()), s)
    return v.second_base_re.sub(lambda m: " " * len(m.group()), s) if "和" in s else s


def bare_year_before(sl: Sentence, cstart: int) -> int | None:
    """The year standing as a clause of its own right before the clause at ``cstart`` (`2014年,山西经济增速为4.9%`,
    `…,2015年,辽宁全年经济增长预期目标为6%`), or None."""
    ci = _clause_index(sl.starts, cstart)
    m = BARE_YEAR_CLAUSE.match(sl.s, sl.starts[ci - 1], cstart) if ci > 0 else None
    return int(m.group(1)) if m else None


def _this_years_targets_listed(v: Vocabulary, sentence: str, end: int, review_year: int | None) -> bool:
    """Whether the sentence announces this year's targets before ``end`` (`今年…预期目标,包括…`) and names
    no year gone by (`2023年`, `去年`) between that and the figure: the list that follows is the targets'."""
    head = v.expectations_re.sub("", sentence[:end])  # (`面对超出预期的风险挑战`: no target cue)
    years = [i for w in v.plan_year_words if (i := head.find(w)) >= 0]
    cues = [i for c in v.target_cues if (i := head.find(c)) >= 0]
    if not years or not cues:
        return False
    after = head[min(*years, *cues) :]
    return not v.last_year_cue_re.search(after) and not (
        review_year is not None and f"{review_year}年" in after)


def _set_as_targets(v: Vocabulary, sentence: str, q: Quantity) -> bool:
    """Whether ``q`` stands in a list of figures a setting verb opens and a target noun closes
    (`确定了地方财政一般预算收入增长10%、全社会固定资产投资增长20%…等一揽子目标计划`)."""
    if not v.target_list_after_re.match(sentence, q.span.end):
        return False
    opened = [m for m in v.target_list_before_re.finditer(sentence, 0, q.span.start)]
    # the verb's list runs to the figure: no sentence-like break (`；`) between them
    return bool(opened) and not any(c in sentence[opened[-1].end() : q.span.start] for c in "；;")


def _subject_year(v: Vocabulary, sl: Sentence, q: Quantity, subject_start: int) -> int | None:
    """The year named in the subject's clause before its name (`2012年全省公共财政收入…`), when nothing from the
    name to ``q`` names another year (but the year before as a base), this year or a target, and no span of
    years."""
    ys = sl.starts[_clause_index(sl.starts, subject_start)]
    between = sl.s[subject_start : _num_start(q)]
    if year_broken(v, between) or v.multi_year_re.search(between):
        return None
    return named_year(sl.s[ys:subject_start])


def _averaged_after(v: Vocabulary, sentence: str, end: int) -> bool:
    """Whether the clause right after a figure opens on an average over years (`,年均提高1.5个百分点`)."""
    m = _NEXT_CLAUSE.match(sentence, end)
    return m is not None and sentence.startswith(tuple(v.average_leads), m.end())


def _on_last_year(v: Vocabulary, sl: Sentence, q: Quantity, own: str, measure: str) -> bool:
    """Whether ``q``'s own clause (``own``, its words before the number; or, for a level, the words right after
    it) measures it on the year before (`同比增长8.8%`, `2846.8亿元,同比增长8.8%`), with no target word of its own."""
    if any(c in own for c in (*v.target_cues, *v.plan_year_words)):
        return False  # (`今年预计全市地区生产总值同比增长7%左右`: this year's)
    return any(c in own for c in v.own_last_year_cues) or (
        measure == "level" and v.level_on_last_year_re.match(sl.s, q.span.end) is not None)


def _step_taken(v: Vocabulary, sl: Sentence, q: Quantity, clause: str, lead: str | None = None) -> bool:
    """Whether ``q`` is a level passed with a step named after it (`跃上万亿元新台阶`, `突破千亿大关`) and no
    will or target word before it in its clause (``clause``, its words before the number; or in ``lead``, the
    words before it that must have none)."""
    return (v.step_before_re.search(clause) is not None and v.step_after_re.match(sl.s, q.span.end) is not None
            and not any(w in (clause if lead is None else lead) for w in v.step_future_words))


def _this_years_estimate(v: Vocabulary, sl: Sentence, q: Quantity) -> bool:
    """`今年预计GDP增长百分之十左右`: an estimate said of this year in the figure's clause is its target, not
    a result of the year ending (but in a report given late in the year, that year's: `…,今年预计增长9%`)."""
    clause = sl.s[sl.starts[_clause_index(sl.starts, q.span.start)] : _num_start(q)]
    p = sl.passage_at(q.span.start)  # (nor in a passage `今年以来…` opened as the year reviewed)
    return bool(v.estimate_re.search(clause)) and any(w in clause for w in v.plan_year_words) \
        and not given_late(sl.report.meta) and not (p is not None and reviews_this_year(p.scope, p.cue))


def _opening_has_figure(sl: Sentence, q: Quantity) -> bool:
    """Whether the sentence's first clause, when not the figure's own, states a figure of its own (it is
    then a clause of another subject, not an opening such as `2020年,`)."""
    starts = sl.starts
    ci = _clause_index(starts, q.span.start)
    own = starts[ci]
    if len(starts) > 1 and own >= starts[1] and _FIGURE_RE.search(YEAR_RE.sub("", sl.s[: starts[1]])) is not None:
        return True
    # (or the later clause opening on a year that ``local_window`` takes the year from: `2021年全市实现地区生产总值
    # 2379.2亿元,…;外贸进出口突破1000亿元`)
    k = last_year_opened_clause(sl, own)
    if k is None:
        return False
    return _FIGURE_RE.search(YEAR_RE.sub("", sl.s[starts[k] : starts[k + 1]])) is not None


def _role_by_position(v: Vocabulary, report: Report, pos: int) -> Role | None:
    """Role of an uncued figure outside any review/targets/tasks section, from where it stands.

    Before the first review section ends it is the review (actual); after the review, or in a
    fragment with no review at all (a plan draft cut from a newspaper), it is the plan (target).
    """
    meta = report.meta
    back = report.text[max(0, pos - _CONTEXT_BACK) : pos]
    near = [(m.start(), m.group()) for m in v.context_year_re.finditer(back)]
    if not near:  # a long paragraph (`2012年,…全年实现…;…;城镇登记失业率1.32%`): its own opening
        para = paragraph_start(report.text, pos)
        near = [(m.start(), m.group()) for m in v.context_year_re.finditer(report.text, para, pos)]
    if near:  # the nearest year named before it: `2023年…取得的新成绩:地区生产总值…`
        word = near[-1][1]
        y = int(word[:4]) if word[:4].isdigit() else None
        if word in v.position_review_words or (y is not None and y == meta.review_year):
            return "actual"
        if word in v.plan_year_words or (y is not None and y == meta.plan_year):
            return "target"
    reviews = [s for s in report.sections if s.kind == "review"]
    if not reviews and report.sections and pos < report.sections[0].span.start \
            and v.second_chapter_re.match(report.sections[0].title or ""):
        return "actual"  # the text above a report's second chapter is its first, the review
    if not reviews:
        # a fragment with no sections: the last word of a year before it, farther back
        # (`过去一年,全市…。\n——主要指标稳增。实现生产总值1471.88亿元`), else the plan
        far = list(v.context_year_re.finditer(report.text, max(0, pos - _FRAGMENT_BACK), pos))
        if far and (far[-1].group() in v.position_review_words or far[-1].group()[:4] == str(meta.review_year)):
            return "actual"
        # (or last year reached by the figures before it, after any other year word: `全区生产总值从2007年的
        # 6423.2亿元增加到2012年的1.6万亿元,…;固定资产投资由4405亿元增加到1.3万亿元` in a 2013 review)
        reached = [m for m in v.reached_year_re.finditer(report.text, max(0, pos - _FRAGMENT_BACK), pos)
                   if int(m.group(1)) == meta.review_year]
        if reached and (not far or reached[-1].start() > far[-1].start()):
            return "actual"
        return "target" if meta.plan_year is not None else None
    if pos < reviews[0].span.start:
        return None  # the opening lines: neither
    return "actual" if pos < reviews[-1].span.end else "target"
