"""Turn a linked figure into a fact (measure, value, unit, role, period, qualifier, commitment) or,
when it is no fact of the report, a mention.

``zhibiao.facts.link`` decides which name a figure belongs to; ``emit`` decides what it says of that
name: its measure (``decide_measure``), its role and period (``zhibiao.facts.when``), whether it quotes
a target set before, and whether it is the year's own figure at all (a part of the year, a ratio).
"""

from __future__ import annotations

import dataclasses
import re

from zhibiao import quantity as qty
from zhibiao.document.dates import cn_years
from zhibiao.facts.commitment import commitment
from zhibiao.facts.cuefile import cue_re, facts_cues
from zhibiao.facts.gap import name_before, plan_share, target_met_words
from zhibiao.facts.lists import bases_of_one_subject
from zhibiao.facts.measure import decide_measure, in_multiples, signed, spec_unit
from zhibiao.facts.milestones import successive_milestone
from zhibiao.facts.partofyear import in_part_of_year
from zhibiao.facts.sentence import _SEMI, _clause_index, _Link, _num_start, _SentenceLinker
from zhibiao.facts.subareas import _WHOLE_SOCIETY
from zhibiao.facts.vocab import Vocabulary
from zhibiao.facts.when import bare_year_before, role_and_period
from zhibiao.facts.yearnames import FROM_BASE, YEAR_RE, When
from zhibiao.model import Fact, Mention, Quantity, Report, Role, Span
from zhibiao.quantity.grammar import trusted_span
from zhibiao.quantity.units import to_base

_PROPOSAL_BACK = 12  # characters before a figure's clause where a report may put its target forward (`报告提出,`)


_CLAUSE_BREAK = re.compile("[，,。；;！!？?\n0-9]")  # (a clause's end, or a figure before the label's colon)


def _plan_year_before(v: Vocabulary, report: Report, sl: _SentenceLinker, before: str, cue: str,
                      lead: str = "") -> bool:
    """Whether a target cue (`预期目标`) after the subject states this year's target, not a quoted one:
    the clause names the plan year before it, or names no other year and the passage is this year's plan
    (`今年发展主要预期目标是…。经济增长预期目标为5%左右，主要考虑…`) or, outside a review, the clause puts
    the target forward (`报告提出,…`, also in the sentence's ``lead`` before the clause); a cue of 年初 always
    quotes one."""
    if cue.startswith("年初"):
        return False
    plan = report.meta.plan_year
    if any(w in before for w in v.plan_year_words) or (plan is not None and f"{plan}年" in before):
        return True
    if any(w in before for w in v.review_year_words) or YEAR_RE.search(before):
        return False
    if (plan is not None and not (sl.section is not None and sl.section.kind == "review")
            and bare_year_before(sl, len(lead)) == plan):  # (``lead`` is the sentence up to the cue's clause)
        # (not under a review's heading, where the role would stay a result's: left as a quoted target)
        return True  # `…增长5.8%,2015年,辽宁全年经济增长预期目标为6%`: the plan year as a clause of its own before it
    in_plan = (sl.passage is not None and sl.passage.scope == "year_plan") or (
        sl.section is not None and sl.section.kind == "targets")
    if in_plan:
        return True
    # `报告提出,地区生产总值增长预期目标为7%左右` in a write-up: put forward right before the clause, outside any review
    said = lead[-_PROPOSAL_BACK:] + before
    return (not _in_review(sl) and any(w in said for w in v.proposal_words)
            and not any(w in said for w in v.review_year_words) and not YEAR_RE.search(said))


DIGIT_RE = re.compile(r"\d")


def is_target_reference(v: Vocabulary, q: Quantity) -> bool:
    ref = str(q.extra.get("reference") or "")
    # (a plan or the year's expectation compared with, its figure in parentheses: `低于计划（12%）2.8个百分点`,
    # `低于年初预期（16%）`)
    return bool(q.extra.get("quoted")) and bool(v.prior_target_re.search(ref) or "目标" in ref
                                                or v.quoted_target_open_re.search(ref))


def _quotes_last_years_report(v: Vocabulary, report: Report, before: str) -> bool:
    """`与去年的政府工作报告提出的全省生产总值增长9%相比`: the sentence quotes an earlier year's report
    before the subject, so its figure is that report's target (a year named must precede the report's)."""
    before = cn_years(before)
    m = next(reversed(list(v.prior_report_re.finditer(before))), None)
    if m is None or any(x.value is not None for x in qty.scan(before[m.end() :])):
        # (a figure between the report quoted and the subject is the one it quoted: `…会议上提出的当年地区生产总值
        # 增长8.5%的目标,但相较2017年该省地区生产总值增长9.5%`)
        return False
    y = m.group("y")
    return y is None or (report.meta.plan_year is not None and int(y) < report.meta.plan_year)


def _quoted_target_list(v: Vocabulary, sentence: str, q: Quantity, review: bool) -> bool:
    """`圆满完成了年初确定的地区生产总值增长10%、…等主要目标任务`: a list of figures quoted back as the
    targets set before, not this year's (`全力完成今年确定的…等目标` is)."""
    if not v.target_list_after_re.match(sentence, q.span.end):
        return False
    quoted = [m for m in v.target_list_quoted_re.finditer(sentence, 0, q.span.start)]
    if not quoted:
        return False
    between = sentence[quoted[-1].end() : q.span.start]
    if not review and cue_re("will_to_meet_before").search(sentence, 0, quoted[-1].start()) is not None:
        return False  # (`坚决完成兵团下达的…等约束性指标` outside a review: this year's to meet)
    return not any(c in between for c in "；;") and not any(
        w in sentence[: q.span.start] for w in v.plan_year_words)


def _handed_down_met(sl: _SentenceLinker, cstart: int, q: Quantity) -> bool:
    """`城镇新增就业完成市下达的5000人的任务` in last year's review: a task the level above set, said met with no result
    of its own beside it, is that target quoted back."""
    return _in_review(sl) and cue_re("handed_down").search(sl.s, cstart, _num_start(q)) is not None


def _in_prior_list(v: Vocabulary, sl: _SentenceLinker, q: Quantity, last_year: bool = False) -> bool:
    """`年初确定的预期性目标为:地区生产总值增长9%左右;…`: a figure of the list of last year's targets a sentence opens
    (``last_year``: one that names last year, `去年该省提出的目标是：…`, a write-up's background), unless a word of the
    results set beside them stands before it in its item (`…增长10%左右，实际增长10.5%;…`: 10.5 is a result, the next
    item's target is not) or opens a list of its own (`；2013年完成情况：…；…`)."""
    m = (cue_re("last_year_list_open") if last_year else v.prior_list_open_re).search(sl.s, 0, q.span.start)
    if m is None and last_year and sl.report.meta.review_year is not None:
        # (or names the year reviewed: `省政府工作报告提出，2015年全省经济社会发展的主要预期目标是：…` in 2016)
        m = next((y for y in cue_re("year_list_open").finditer(sl.s, 0, q.span.start)
                  if int(y.group("y")) == sl.report.meta.review_year), None)
    if m is None or (last_year and cue_re("last_year_list_stop").search(sl.s, m.end(), q.span.start)):
        return False  # (`…；今年目标：…`, `，今年全省…`: this year's, after last year's)
    for r in cue_re("prior_list_result").finditer(sl.s, m.end(), _num_start(q)):
        if r.group("colon") and v.alias_re.match(sl.s, r.end()) is not None:
            return False  # (`2013年完成情况：地区生产总值增长9.3%；…`: a list of results of its own)
        between = sl.s[r.end() : _num_start(q)]
        if not any(c in between for c in _SEMI) and v.alias_re.search(between) is None:
            return False  # (not past a name said after it, `…,实际增长10.5%,固定资产投资增长20%`: the next target)
    return True


def _target_beside_actual(sl: _SentenceLinker, cstart: int, q: Quantity) -> bool:
    """`社会消费品零售总额计划增长12%,实际增长12.5%` in last year's review: the target, set beside its result."""
    return (_in_review(sl) and cue_re("target_beside_actual_lead").search(sl.s, cstart, _num_start(q)) is not None
            and cue_re("target_beside_actual_after").match(sl.s, q.span.end) is not None)


def set_at_start(sl: _SentenceLinker, q: Quantity) -> bool:
    """`居民消费价格涨幅控制在年初确定的4%以内`: a figure said set at the year's start is that target, quoted back
    (also with its name between: `控制在年初确定的城镇登记失业率4%以内`)."""
    end = name_before(sl, q)
    return cue_re("set_at_start_before").search(sl.s, max(0, end - 16), end) is not None


def _targets_set_quoted(v: Vocabulary, sl: _SentenceLinker, cstart: int, q: Quantity) -> bool:
    """`去年年初,我们提出了地区生产总值增长13%、…的目标` in last year's review: figures a setting verb opens in their
    clause and a target noun closes, the targets set then, quoted back."""
    review = sl.report.meta.review_year
    return (_in_review(sl) and (v.target_list_before_re.search(sl.s, cstart, _num_start(q)) is not None
                                or cue_re("target_list_set_at_start").search(sl.s, cstart, _num_start(q)) is not None)
            and cue_re("set_target_after").match(sl.s, q.span.end) is not None
            and not any(w in sl.s[cstart : q.span.start] for w in v.plan_year_words)
            # (not a goal of a later year: `我们提出了到2020年地区生产总值突破5000亿元的目标`)
            and all(review is not None and int(y) <= review for y in YEAR_RE.findall(sl.s, cstart, q.span.start)))


def quoted_target_after(v: Vocabulary, sentence: str, cstart: int, q: Quantity) -> bool:
    """`好于下降7%的预期`, `低于4.5%的控制目标`: a figure compared with and named a target after it; with 在 only
    when a ceiling closes it (`在4%的控制目标内`), not a place or a time (`在全省率先完成…2万人的目标任务`)."""
    after = v.prior_after_re.match(sentence, q.span.end)
    compares = list(v.prior_compare_re.finditer(sentence, cstart, _num_start(q))) if after else []
    if not compares:
        return False
    return not all(m.group().startswith("在") for m in compares) or bool(v.prior_within_re.match(sentence, after.end()))


def emit(
    v: Vocabulary,
    report: Report,
    sl: _SentenceLinker,
    link: _Link,
    facts: list[Fact],
    mentions: list[Mention],
    seen: set[tuple],
) -> None:
    q = link.q
    ns = _num_start(q)
    if ns >= 2 and sl.s[ns - 1] in _ILLEGIBLE and sl.s[ns - 2].isdigit():
        add_mention(report, sl, q, mentions)  # `实际利用外资3■60万美元`: a figure whose digit a scan lost
        return
    if in_part_of_year(v, report, sl, q):
        add_mention(report, sl, q, mentions)  # `一季度,…;财政一般预算收入下降14.6%`: a part of the year
        return
    cstart = sl.starts[_clause_index(sl.starts, q.span.start)]
    ns = _num_start(q)
    if bases_of_one_subject(v, v.second_base_pair_re, sl.s, ns):
        add_mention(report, sl, q, mentions)  # `分别比上年和2005年增长10.1%和59.2%`: the growth since 2005
        return
    if v.ahead_target_before_re.search(sl.s, cstart, ns) and v.completed_target_after_re.match(sl.s, q.span.end) \
            and _in_review(sl):
        add_mention(report, sl, q, mentions)  # `为实现今年“增长10%”的目标打下基础` in a review: a target still ahead
        return
    if q.unit not in ("%", "pp") and v.excess_over_target_re.search(sl.s, max(cstart, ns - 16), ns):
        add_mention(report, sl, q, mentions)  # `超预期目标8.57亿元`: by how much the target was passed
        return
    if _an_increase(v, sl.s, cstart, link, q):
        add_mention(report, sl, q, mentions)  # `地区生产总值增量达到186亿元`: the year's increase, not the level
        return
    if not link.ids or _not_a_figure_of_its_own(v, sl, q) or successive_milestone(v, sl.s, cstart, q) or (
        q.qualifier == "qualitative" and link.alias is not None and link.alias.text in v.elliptic_ids
    ):  # a short name counts only with a figure (`服务业提质增效` is no qualitative target)
        add_mention(report, sl, q, mentions)
        return
    if _sum_of_subjects(v, sl, q, link):
        add_mention(report, sl, q, mentions)
        return
    if link.alias is not None and v.projects_before_ids.intersection(link.ids) \
            and (q.unit != "%" or link.prev is not None) \
            and not (link.alias.text.startswith(_WHOLE_SOCIETY) or sl.s[: link.alias.start].endswith(_WHOLE_SOCIETY)) \
            and (pm := v.projects_before_re.search(sl.s, max(0, link.alias.start - 24), link.alias.start)) \
            and not _signed_only(v, sl.s[sl.starts[_clause_index(sl.starts, pm.start())] : pm.start()]):
        # `开工建设重点项目63个,完成固定资产投资53.15亿元,同比增长10%`: the projects' amount and growth (not a growth
        # alone, `实施亿元以上项目1206个,固定资产投资增长7%`, nor `…236个,全社会固定资产投资436.5亿元`: the region's)
        add_mention(report, sl, q, mentions)
        return
    emitted = False
    quoted_after = quoted_target_after(v, sl.s, cstart, q)
    if quoted_after and v.prior_compare_re.match(sl.s, q.span.start) and not q.extra.get("post"):
        # `高于7%的预期目标`: 高于 compares the result with the target, it does not qualify it (the target's own
        # words do: `低于4%左右的调控目标`)
        q = dataclasses.replace(q, qualifier="exact")
    if quoted_after and (m := v.prior_after_re.match(sl.s, q.span.end)) and v.prior_within_re.match(sl.s, m.end()) \
            and not q.extra.get("post"):
        q = dataclasses.replace(q, qualifier="at_most")  # `在4%的控制目标内`: a ceiling (`3%左右的…以内`: around)
    after_name = max(link.alias.end, cstart) if link.alias else cstart
    if link.alias and link.alias.end < cstart and sl.s[cstart - 1] in "：:" \
            and not _CLAUSE_BREAK.search(sl.s, link.alias.end, cstart - 1):
        after_name = link.alias.end  # (`生产总值　年初目标：增长8.5%左右`: the label before the colon is the figure's)
    cue = v.prior_target_re.search(sl.s[after_name : _num_start(q)]) if link.alias else None
    if cue is not None and _plan_year_before(v, report, sl, sl.s[cstart : after_name + cue.start()], cue.group(),
                                             sl.s[:cstart]):
        # `2017年广州市地区生产总值增长的预期目标为8%左右`, `…实现正增长,2023年预期目标增长9.5%左右`:
        # the plan year's target, not last year's
        cue = None
    if cue is None and link.alias is not None and (m := v.named_target_re.search(sl.s, after_name, _num_start(q))) \
            and _last_year_told(v, report, sl, sl.s[cstart:after_name]) \
            and not _plan_year_before(v, report, sl, sl.s[cstart : m.start()], m.group(), sl.s[:cstart]):
        cue = m  # `去年,全市确定GDP增长目标为10%`: last year's target, quoted back
    if cue is None and link.alias is not None and link.alias.start >= cstart and _in_review(sl) and (
            m := v.prior_target_lead_re.match(sl.s, cstart)) is not None and m.end() == link.alias.start:
        cue = m  # `——年计划完成地区生产总值617亿元以上`: last year's plan, quoted before its result
    if cue is None and link.alias is not None and link.alias.end <= cstart and link.prev is not None \
            and _in_review(sl) and (m := v.plan_clause_re.fullmatch(sl.s, cstart, _num_start(q))) is not None:
        cue = m  # `增长2.1%，计划增长4.5%`: the subject's plan for last year, quoted after its result
    if cue is None and link.alias is not None and link.alias.end <= _num_start(q) and _in_review(sl) and (
            m := v.plan_clause_re.fullmatch(sl.s, link.alias.end + sl.s.startswith(("。", "：", ":"), link.alias.end),
                                            _num_start(q))) is not None and m.group().strip():
        # `——农民收入。计划增长9%，实际上增长10.1%`, `一般公共预算收入：计划增长7%左右`, `能耗计划下降3.5%`: the plan
        # said right after the name
        cue = m
    prior = is_target_reference(v, q) or quoted_after or cue is not None or bool(q.extra.get("target_by_margin")) or (
        bool(q.extra.get("target_in_paren")) and not _in_plan(sl)) or (
        link.alias is not None and _quotes_last_years_report(v, report, sl.s[: link.alias.start])) or (
        _quoted_target_list(v, sl.s, q, _in_review(sl))) or _targets_set_quoted(v, sl, cstart, q) or (
        _target_beside_actual(sl, cstart, q)) or (set_at_start(sl, q) and not _in_plan(sl)) or (
        cue_re("last_year_set_before").search(sl.s, max(0, _num_start(q) - 16), _num_start(q)) is not None) or (
        cue_re("last_year_compared_before").search(sl.s, max(0, _num_start(q) - 4), _num_start(q)) is not None
        and v.completed_target_after_re.match(sl.s, q.span.end) is not None) or (
        _in_prior_list(v, sl, q) and not _in_plan(sl)) or _in_prior_list(v, sl, q, last_year=True) or (
        _in_review(sl) and (met := v.target_met_after_re.match(sl.s, q.span.end)) is not None
        and (q.unit in ("%", "pp") or met.group("listed") is not None)  # (a level among `…等目标` met too)
        and (met.group("bare") is None or name_before(sl, q) < _num_start(q)  # (`…增长11%目标基本实现`: named)
             or (link.prev is not None and link.prev.unit == "%"))) or (  # (`增长5.2%，6%目标基本实现`: a growth's)
        q.extra.get("commitment") is not None and _in_review(sl)) or (  # `实现保八争十`: the targets, met
        (link.prev is not None or _handed_down_met(sl, cstart, q) or _missed_before(v, sl, cstart, q)
         or _set_target_met(v, sl, cstart, q) or v.list_joiner_after_re.match(sl.s, q.span.end) is not None)
        and completed_target(v, sl, cstart, q)) or (  # (a list of targets met together: `均完成…增长10%和12%的目标`)
        _ceiling_after_result(q, link.prev) and not _in_plan(sl))
    if prior and q.qualifier == "qualitative" and q.extra.get("task") and _in_review(sl) \
            and cue_re("task_said_done").search(q.extra.get("phrase") or "") is not None:
        # `年初确定的主要预期指标中，…等指标完成或超额完成年度目标`: what was done, a result in words
        prior = False
    when: When | None = None  # the same for every id
    ids = link.ids
    whole = v.whole_of_parts.get(frozenset(ids))
    spread = bool(q.extra.get("distributive")) and q.extra.get("group") is None and q.extra.get("kind") == "currency"
    if whole is not None and spread and v.respectively in q.raw:
        add_mention(report, sl, q, mentions)  # `分别为4304626162元`: each part's amount, run together in a scrape
        return
    # (`均突破2万元`: the one amount is each part's)
    if whole is not None and not spread and q.extra.get("group") is None and any(
        x is not None and x.extra.get("kind") == "currency" and x.direction == "none" and x.extra.get("group") is None
        for x in (q, link.prev)
    ):  # `城乡居民人均可支配收入2.33万元,增长5%`: one level (and its growth) can only be all residents'
        ids = (whole,)  # (``whole_of`` in indicators.toml: disposable_income of urban and rural incomes)
    named = sl.s[link.alias.start : link.alias.end + 2] if link.alias is not None else ""  # (a task's total, 总量)
    if q.extra.get("kind") == "magnitude" and q.unit in v.people_implied and \
            cue_re("counted_noun_after").match(sl.s, q.span.end):
        ids = ()  # `确保城镇新增就业5.2万人,全年实现20万贫困人口脱贫`: 万 counts the noun after it, not the subject's
    for ind_id in ids:
        ind = v.indicators[ind_id]
        # (the words after a name are its own: not a shared list's last name's, `能耗、…和主要污染物排放总量完成…任务`)
        own_named = named if link.alias is not None and ind_id in link.alias.ids else ""
        measure = decide_measure(v, ind_id, ind.measures, ind.units, q, link.prev, prior, own_named)
        if measure is None:
            continue
        if when is None:
            when = role_and_period(v, report, sl, q, prior, measure,
                                   link.alias.start if link.alias is not None else None, ind_id)
        role, period, horizon = when
        if role is None:
            continue
        # (a target named a growth's after its figure is a rise, after a fall too: `下降5%，未完成年初确定的8%增长目标`)
        rise = role == "prior_target" and cue_re("growth_target_after").match(sl.s, q.span.end) is not None
        # (nor is one a fall is compared with, a rise unless it is a cut: `下降2.9%，比年初8%的预期目标低10.9个百分点`,
        # `按年下跌2.5%，远低于年初定下的6%左右的目标`, `下降2.5%，低于年初确定的6%左右的目标`)
        rise = rise or (role == "prior_target" and not ind.cut_target and q.direction == "none" and (
            cue_re("target_compared_before").search(sl.s, cstart, _num_start(q)) is not None
            or cue_re("target_below_before").fullmatch(sl.s, cstart, _num_start(q)) is not None))
        value, value_high = (q.value, q.value_high) if rise and not in_multiples(q) else signed(
            q, link.prev, measure, ind.cut_target)
        start = link.alias.start if link.alias is not None else q.span.start
        if link.text_start is not None:
            start = min(start, link.text_start)
        text = sl.s[start : q.span.end]
        key = (ind_id, role, period, measure, value)
        if key in seen:
            emitted = True
            continue
        seen.add(key)
        unit = spec_unit(v, q, measure)
        value_base, unit_base = to_base(value, unit) if measure == "level" else (None, None)
        facts.append(
            Fact(
                indicator=ind_id,
                role=role,  # type: ignore[arg-type]
                period=period,
                measure=measure,  # type: ignore[arg-type]
                value=value,
                value_high=value_high,
                unit=unit,
                qualifier=_result_qualifier(q, role),
                span=Span(sl.offset + start, sl.offset + q.span.end),
                text=text,
                confidence=link.confidence,
                indicator_name=ind.name,
                horizon=horizon,
                commitment=commitment(sl.s, sl.starts, _commitment_pos(q), v.alias_re) if role == "target" else None,
                value_base=value_base,
                unit_base=unit_base,
            )
        )
        emitted = True
    if not emitted:
        add_mention(report, sl, q, mentions)


def _in_plan(sl: _SentenceLinker) -> bool:
    """Whether the sentence stands in a passage or section of the year's or the plan's targets."""
    return sl.sets_targets()


def _sum_of_subjects(v: Vocabulary, sl: _SentenceLinker, q: Quantity, link: _Link) -> bool:
    """Whether ``q`` is one exact amount said of two or more subjects that each take amounts (or the growth after
    it), with no whole indicator they make up (城乡居民: all residents), outside a distribution, with no word giving
    it to each (``distributive`` in the quantity grammar: `均突破万亿元`, `同为120亿元`), and no other figure of a
    list beside it (`…达到120亿元和5亿美元`, left unpaired): their sum (`实际利用内外资120亿元`,
    `存贷款余额2180亿元,增长9%`), no one subject's figure."""
    if sum(1 for i in link.ids if "currency" in v.indicators[i].units) < 2 \
            or v.whole_of_parts.get(frozenset(link.ids)) is not None or q.extra.get("group") is not None:
        return False
    return any(
        x is not None and x.extra.get("kind") == "currency" and x.direction == "none" and x.extra.get("group") is None
        and x.qualifier == "exact" and not x.extra.get("distributive")
        and not v.amount_list_after_re.match(sl.s, x.span.end)
        and not v.amount_list_before_re.search(sl.s, 0, x.span.start)
        for x in (q, link.prev))


def _an_increase(v: Vocabulary, sentence: str, cstart: int, link: _Link, q: Quantity) -> bool:
    """Whether the words right after the name say the figure is the year's increase of a stock (`地区生产总值增量
    达到186亿元`, `社会消费品零售总额新增52亿元`), not its level; a flow named by the same word keeps it
    (`城镇就业新增1.2万人`: 城镇新增就业); read in the figure's own clause (`…增量达到186亿元,总量达到3650亿元`: the
    level)."""
    if link.alias is None or q.extra.get("kind") != "currency" or link.alias.end > q.span.start:
        return False  # (a count of people is a flow: `农村劳动力转移就业新增1.5万人`)
    gap = v.skip_re.sub("", sentence[max(link.alias.end, cstart) : _num_start(q)]).strip()
    if DIGIT_RE.search(gap):
        return False  # `存款余额新增180亿元、达到3200亿元`: the level after the increase
    word = next((w for w in v.increase_nouns if gap.startswith(w)), None)
    return word is not None and not any(word in v.indicators[i].name for i in link.ids)


def _commitment_pos(q: Quantity) -> int:
    """Where a target's governing words are read up to: its number, or the end of a phrase without one, whose
    own words may govern it (`城镇登记失业率严格控制在省控目标以内`: binding)."""
    return q.span.end if q.qualifier == "qualitative" else _num_start(q)


def _set_target_met(v: Vocabulary, sl: _SentenceLinker, cstart: int, q: Quantity) -> bool:
    """`一般公共预算收入完成年初制定的255亿元目标`: a figure after the words of a target met that name who set it or
    when is that target, with no result said before it."""
    m = target_met_words(sl, cstart, q)
    return m is not None and cue_re("target_set_words").search(m.group()) is not None


def _missed_before(v: Vocabulary, sl: _SentenceLinker, cstart: int, q: Quantity) -> bool:
    """`…没有达到增长8%的目标`: a figure after a target's words said not met is that target, never a result."""
    m = target_met_words(sl, cstart, q)
    return m is not None and m.group("missed") is not None


def completed_target(v: Vocabulary, sl: _SentenceLinker, cstart: int, q: Quantity) -> bool:
    """`地区生产总值增长7.1%,完成7%的预期目标`: in last year's review, a figure right after the words of a target
    met and before a target's noun is that target quoted back (the caller asks for a result of the subject before it:
    `城镇新增就业完成5.2万人的年度目标任务` alone is the result); a target exceeded is one of the past wherever it
    stands (`城镇新增就业超143万人、超额完成国家下达的110万人年度任务`, a write-up's)."""
    m = target_met_words(sl, cstart, q)
    if m is None or v.completed_target_after_re.match(sl.s, q.span.end) is None or plan_share(v, sl, q):
        return False
    # (not where the sentence speaks of this year or of a task still ahead: `今年以来…截至11月底,…超额完成市下达的
    # 1.2万人年度目标任务`, `确保城镇新增就业1.5万人,超额完成…`)
    return _in_review(sl) or (m.group().startswith(v.exceeded_words) and not _in_plan(sl)
                              and not v.exceeded_not_after_re.search(sl.s, 0, m.start()))


def one_year_multiples(v: Vocabulary, sl: _SentenceLinker, quantities: list[Quantity]) -> list[Quantity]:
    """The quantities, a bare growth in multiples marked ``one_year`` where the sentence reviews last year alone
    (`实际利用外商直接投资22亿美元,可比增长1.1倍`: a rise of 110% in that year)."""
    bare = [in_multiples(q) and q.extra.get("baseline") in _NO_YEAR_BASES and not sl.s.startswith("多", q.span.end)
            for q in quantities]  # (not `增长1倍多`: more than the figure)
    if not any(bare) or not _one_year_told(v, sl):
        return quantities
    return [dataclasses.replace(q, extra={**q.extra, "one_year": True}) if b else q
            for q, b in zip(quantities, bare, strict=True)]


_NO_YEAR_BASES = frozenset([None, *facts_cues()["comparable_bases"]])


def _one_year_told(v: Vocabulary, sl: _SentenceLinker) -> bool:
    """Whether the sentence stands in a passage reviewing last year alone and names no years of its own nor a
    path from a base (`从1.39亿元增加到8.6亿元,增长6.2倍` is over several years)."""
    return (sl.passage is not None and sl.passage.scope == "year_review" and not v.multi_year_re.search(sl.s)
            and not FROM_BASE.search(sl.s) and not YEAR_RE.search(sl.s) and not cue_re("many_years").search(sl.s)
            and not (sl.section is not None and cue_re("many_years").search(sl.section.title)))



def _in_review(sl: _SentenceLinker) -> bool:
    """Whether the sentence stands in a review of last year (its passage, or its section when no passage
    says): there `全年计划…` quotes last year's plan, in this year's it states the target."""
    return sl.stands_in(("year_review",), ("review",))


def _last_year_told(v: Vocabulary, report: Report, sl: _SentenceLinker, before: str) -> bool:
    """Whether a figure's clause tells of last year: it stands in last year's review, or the words before
    its name say last year (`去年`) or a year before the plan's."""
    if _in_review(sl) or any(w in before for w in v.review_year_words):
        return True
    # (or the sentence opens on last year alone: `一年前，长沙提出的GDP增长目标同样是5.5%左右`)
    opening = sl.s[: sl.starts[1]].strip(" ，,") if len(sl.starts) > 1 else ""
    if opening.removesuffix("年初") in v.review_year_words:
        return True
    plan = report.meta.plan_year
    return plan is not None and any(int(y) < plan for y in YEAR_RE.findall(cn_years(before)))


_ILLEGIBLE = facts_cues()["illegible_marks"]  # what an OCR copy puts for a character it could not read
def _signed_only(v: Vocabulary, lead: str) -> bool:
    """Whether the projects a clause counts are only landed or signed (`新落地500强项目12个`), not built."""
    return bool(v.projects_signed_re.search(lead)) and not v.projects_built_re.search(lead)


_CEILING_LEADS = ("控制在", "控制")  # the leads (a figure's ``pre``) of a ceiling held: `控制在3%以内`


def _ceiling_after_result(q: Quantity, prev: Quantity | None) -> bool:
    """`城镇登记失业率为2.46%,实现年初预期,控制在3.0%以内`: a ceiling said after the subject's own exact
    figure, in its unit and no lower, is the target it kept within, quoted back."""
    return (prev is not None and q.qualifier == "at_most" and q.extra.get("pre") in _CEILING_LEADS
            and bool(q.extra.get("post")) and prev.qualifier == "exact" and prev.unit == q.unit
            and prev.direction != "down" and prev.value is not None and q.value is not None
            and prev.value <= q.value)


def _result_qualifier(q: Quantity, role: str) -> str:
    """`居民消费价格涨幅控制在2.3%` in a review states the result (exact); with 以内, or in a plan, a
    ceiling (at_most)."""
    if role == "actual" and q.qualifier == "at_most" and q.extra.get("pre") in _CEILING_LEADS \
            and not q.extra.get("post"):
        return "exact"
    return q.qualifier


def _not_a_figure_of_its_own(v: Vocabulary, sl: _SentenceLinker, q: Quantity) -> bool:
    """`与上年持平` (is it the index or its growth that is flat? the notes leave it out; a phrase such as
    `进出口保持稳定` is a qualitative fact) and
    `完成年计划的118.2%` (a completion ratio, not the indicator's value)."""
    if q.direction == "flat" and q.qualifier != "qualitative" and not DIGIT_RE.search(q.raw):
        return True
    ns = _num_start(q)
    # `完成年度计划的113.1%和120.4%`: the ratios listed after the first are ratios too (not, in a review, a plan a
    # result is held within or weighed against, `控制在年初计划的3%以内`; among this year's targets, `增长10%,高于计划
    # 的8%`, no figure of its own)
    return (q.unit == "%" and bool(v.completion_before_re.search(sl.s, max(0, ns - 40), ns))
            and (not set_at_start(sl, q) or _in_plan(sl))) or plan_share(v, sl, q)



_ROLE_GUESS: dict[str, Role] = {"review": "actual", "targets": "target", "tasks": "target"}


def add_mention(report: Report, sl: _SentenceLinker, q: Quantity, mentions: list[Mention]) -> None:
    """Record ``q`` as a mention, with its subject phrase and a role guessed from its section."""
    span = q.span
    qs = span.start
    cs = sl.starts[_clause_index(sl.starts, qs)]  # the start of the clause holding the quantity
    subject = sl.s[cs:qs].rpartition("、")[2].strip()[-24:]  # the words before it in its clause
    sec = sl.section
    guess = _ROLE_GUESS.get(sec.kind) if sec is not None else None
    start = sl.offset + qs - len(subject)
    end = sl.offset + span.end
    mentions.append(Mention(subject, q, guess, trusted_span(start, end), report.text[start:end]))
