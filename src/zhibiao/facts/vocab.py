"""Indicator and cue vocabulary, compiled once from the data files in ``zhibiao/data``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from zhibiao.facts.cuefile import facts_cues, load_toml
from zhibiao.facts.indicator import Indicator, LocalNames
from zhibiao.facts.indicator_table import compile_indicator_table
from zhibiao.facts.tablecues import TableCues, table_cues
from zhibiao.trie import trie_alternation


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Everything the linker needs, compiled."""

    indicators: dict[str, Indicator]
    alias_ids: dict[str, tuple[str, ...]]  # alias -> indicator ids (several for a group alias)
    alias_re: re.Pattern[str]
    strict_aliases: frozenset[str]
    elliptic_ids: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]]  # short name -> (id, context, partners)
    elliptic_opening: frozenset[str]  # short names that stand alone opening a sentence before their growth figure
    elliptic_opening_after_re: re.Pattern[str]  # `增长6.6%` right after such a name
    elliptic_opening_not_after: tuple[str, ...]  # `项目`: words just before that make such a name another's
    momentum_after_re: re.Pattern[str]  # `较快增长势头`: a pace in words that keeps the subject's run
    momentum_lead_re: re.Pattern[str]  # `今年继续保持`: the clause before such a pace, naming no subject
    elliptic_re: re.Pattern[str] | None
    local_names: tuple[LocalNames, ...]  # names one region's statistics use (Shanghai districts' 增加值)
    prefix_re: re.Pattern[str]
    filler_re: re.Pattern[str]
    skip_re: re.Pattern[str]
    scope_suffix_re: re.Pattern[str]
    macro_region_re: re.Pattern[str]  # `珠三角`, `苏南` at a residue's end: a part of the province by its position
    macro_opening_re: re.Pattern[str]  # `关中地区依托…，` opening a sentence: its figures are that part's
    own_type_words: tuple[str, ...]  # `新区` in 浦东新区's report: the region itself
    own_level_words: tuple[str, ...]  # `区本级` before a revenue: the level's own budget, the headline one
    last_year_bases: frozenset[str]  # `同比增长1.5倍`, `比上年增长12.6%`: a growth on the year before
    plan_end_base_re: re.Pattern[str]  # `比2005年增长86%`: a growth on a base year (group y), its verb after it
    growth_figure_re: re.Pattern[str]  # `增长6.1%`: a growth's verb and the start of its figure
    own_level_indicators: frozenset[str]
    scope_tail_re: re.Pattern[str]  # verbs between a sub-area and the name it qualifies
    subarea_re: re.Pattern[str]
    subarea_clause_re: re.Pattern[str]
    subarea_list_tail_re: re.Pattern[str]  # `、龙栖湾新区等重点园区`: more sub-areas before the verb
    subarea_reports_re: re.Pattern[str]  # `实现`, `完成` after a sub-area's name: the sentence is its report
    counties_words: tuple[str, ...]  # `县域`: the counties together, a part of a city's or province's report
    bare_subarea_words: frozenset[str]  # `新区`, `示范区` alone: a sub-area only after its full name
    scope_tail_times: tuple[str, ...]  # the year a sub-area's figures speak of after its name (`…片区今年`)
    scope_time_places: tuple[str, ...]  # the zones' words a year may follow and keep them sub-areas
    scope_time_not_places: tuple[str, ...]  # words ending so that name no place (城乡, 乡镇)
    own_region_start_re: re.Pattern[str]  # the region's own first word (`全地区去年`, `我市区域`): no sub-area
    region_only: frozenset[str]  # indicators no sub-area reports (jobs, incomes, prices): a run of one leaves them
    whole_region_re: re.Pattern[str]  # `全区`, `我县`: the whole region named again
    drive_words: tuple[str, ...]  # `项目建设带动全市…`: a part that drives the whole region's figure
    aim_words: tuple[str, ...]  # `围绕郑州市…目标`: words of aiming, scope-neutral before the region
    contribution_words: tuple[str, ...]  # `投资拉动GDP增长6.5%`: a part's contribution, not the named figure
    cut_words: tuple[str, ...]  # `减税减少一般公共预算收入1.3亿元`: the amount a cause took off the named figure
    target_cues: tuple[str, ...]
    actual_cues: tuple[str, ...]
    actual_margin_re: re.Pattern[str]  # `，高于全国0.4个百分点` beside a figure: a result
    result_after_re: re.Pattern[str]  # `,连续10个季度超过全国平均水平`, `,全市排名第6` after a figure: a result
    rank_goal_re: re.Pattern[str]  # `,实现全省排名上升2位的目标`: a rank or streak aimed at, not a result
    rank_aim_re: re.Pattern[str]  # `,推动…`, `,努力…`: the same said anywhere in the rest of a rank risen's sentence
    goal_by_year_re: re.Pattern[str]  # `到2025年`, `到“十四五”末` before a figure: a goal to reach by then
    rank_risen_re: re.Pattern[str]  # `位次前移2位`: the words of a rank risen
    estimate_after_re: re.Pattern[str]  # `1500亿元(预计,下同)`: a figure marked an estimate after it, a result
    margin_after_figure_re: re.Pattern[str]  # a figure right before a margin, which comments on it
    bare_margin_re: re.Pattern[str]  # `增长8%,高2个百分点`: a margin with a bare side word
    average_cut_re: re.Pattern[str]  # where a multi-year marker's own clause ends (`，`; `、达到`)
    prior_target_re: re.Pattern[str]
    prior_compare_re: re.Pattern[str]
    task_item_ends: tuple[str, ...]  # what may follow an indicator named inside a task
    task_list_fall_re: re.Pattern[str]  # `能耗下降、森林覆盖率…指标全部完成`: a fall named, then the next name
    task_surplus_re: re.Pattern[str]  # `,超额完成年度任务2.1亿元,`: an aside between a subject's figures
    new_high_words: tuple[str, ...]  # `再创历史新高`: a level's words, nothing beside the level's figure
    new_high_after_re: re.Pattern[str]  # `…1365.16亿斤、再创历史新高`: right after a level, a result
    share_aside_re: re.Pattern[str]  # `,占全省比重提高到26%,`: the subject's share, an aside between its figures
    sub_period_compare_re: re.Pattern[str]  # `,增速比上半年回升2.9个百分点,`: the pace against a part of the year
    rate_noun_lead_re: re.Pattern[str]  # `;增速达16%`: a rate noun opening an item speaks of the subject before
    sub_period_open_re: re.Pattern[str]  # `一季度,…`: a sentence opening on a part of the year (group lead: a dateline)
    part_of_year_report_re: re.Pattern[str]  # a title of a report on a part of the year (`…上半年…计划执行情况`)
    part_of_year_opening_re: re.Pattern[str]  # the opening of a half-year report without its title (`报告全省…1—6月…`)
    whole_year_figure_re: re.Pattern[str]  # 全年 said of a figure, not of its plan (`完成全年计划目标的45.4%`)
    whole_year_plan_after_re: re.Pattern[str]  # `全年1.1万人目标的…`: a plan's noun after the figure 全年 leads
    on_year_before_re: re.Pattern[str]  # `比上年`, `同比`: the year before as a growth's base, no other year named
    sub_period_re: re.Pattern[str]  # `一季度`, `上半年`: a part of the year (not 全年) anywhere
    year_path_re: re.Pattern[str]  # `上半年3.2%、`: one step of a figure's path through the year
    year_path_words_re: re.Pattern[str]  # `从`, `再到`, `逐季攀升`: the words a path through the year is told by
    year_path_end_re: re.Pattern[str]  # `、预计全年`: the path's end, the whole year's figure next
    per_unit_words: tuple[str, ...]  # `单位生产总值…`: a name as an intensity's denominator
    sector_short_names: frozenset[str]  # 一产/二产/三产, also the start of 三产业
    sector_names: frozenset[str]  # 一产…第三产业: before 投资/税收… another thing than value added
    sector_other_nouns: tuple[str, ...]  # `三产投资`: the noun that makes a sector's name another figure
    count_nouns: tuple[str, ...]  # `出口企业增加23.2%`: a noun after a name that counts units of its kind
    increase_nouns: tuple[str, ...]  # `地区生产总值增量达到186亿元`: the year's increase, not the level
    rate_nouns_after_name: tuple[str, ...]  # `GDP增速…`: a bare % told of the name is its growth
    list_noun_head_re: re.Pattern[str]  # `金融机构存贷款余额` heading a list: a noun of its own
    shared_after_list_re: re.Pattern[str]  # `…分别达到X、Y,同步增长9%`
    shared_words_after_list_re: re.Pattern[str]  # `…分别为X、Y,增速与经济增长基本同步`
    among_after_re: re.Pattern[str]  # `规模以上工业中,…`: a part of the name follows
    factor_removed_re: re.Pattern[str]  # `扣除物价因素`: a factor taken out, not a subject
    coming_years_re: re.Pattern[str]  # `今后五年`: the plan's years said inside a review's sentence
    shared_single_distributive_re: re.Pattern[str]  # `,分别增长14%`: one value after different subjects
    quoted_target_open_re: re.Pattern[str]  # `高于预期目标(` before a target quoted in parentheses
    paren_target_verb_re: re.Pattern[str]  # `(增长5%)`: the verb inside the parenthesis
    paren_target_inside_re: re.Pattern[str]  # `(预期目标为8.5%以上)`: the target named inside it
    paren_target_margin_re: re.Pattern[str]  # `增长6.3%,低1.7个百分点(8%左右)`: the margin to the target
    margin_above_words: frozenset[str]  # `高`, `快`: a margin that puts the result above the target
    last_year_cue_re: re.Pattern[str]  # `此外,去年我省…` (not `比去年`)
    report_said_words: tuple[str, ...]  # `…提出今年全省生产总值增长…`
    local_part_after_re: re.Pattern[str]  # a local part after a revenue: that revenue is the total
    own_part_after_re: re.Pattern[str]  # `,其中区级一般公共预算收入…` after a revenue: that revenue is the total
    rate_noun_gap_re: re.Pattern[str]  # `GDP增速确定为8%`: a rate noun between a name and a bare %
    named_target_gap_re: re.Pattern[str]  # `GDP目标为6%以上`: a target named right between a name and a bare %
    rate_label_re: re.Pattern[str]  # `GDP增长目标:8%`: a growth target's label before a colon
    pace_reach_re: re.Pattern[str]  # `力争达到3%`: a pace striven for, said of a series with no rate
    share_nouns: tuple[str, ...]  # `比重`, `占比`: a percentage of a share, not a pace
    same_basis_re: re.Pattern[str]  # `(剔除减税降费因素,同口径增长8.1%)`: a comparable-basis growth
    paren_level_re: re.Pattern[str]  # `增长8.5%左右(达到 28300亿元)`: the subject's level in parentheses
    yuan_implied: frozenset[str]  # 亿 alone said of a money indicator: 亿元
    people_implied: frozenset[str]  # `城镇新增就业1200万`: 万 alone is 万人 for an indicator counted in people
    part_of_total: str  # 其中: what follows is a part of the total just given
    respectively: str  # 分别: a list giving each subject its own figure
    own_level_part_suffixes: tuple[str, ...]  # 级, 本级: after the region's level word, its own part of a revenue
    own_level_part_levels: str  # 区县旗: the level words a region's own part of a revenue is named by
    average_leads: frozenset[str]  # 年均: a growth averaged over several years
    sub_period_list_re: re.Pattern[str]
    sub_period_list_head_re: re.Pattern[str]  # the parts of a year listed before the name they are of
    whole_year: str
    prior_after_re: re.Pattern[str]
    prior_report_re: re.Pattern[str]  # last year's report quoted before the sentence's figures
    quoted_target_re: re.Pattern[str]
    expectations_re: re.Pattern[str]  # `超出预期的风险挑战`: expectations, no target cue
    base_of_last_year_re: re.Pattern[str]  # `由去年的4.5%降至4%`: the base's year, no cue of the figure's
    last_year_basis_re: re.Pattern[str]  # `在巩固去年成果的基础上`: the basis built on, no cue of the figure's year
    second_base_re: re.Pattern[str]  # `分别比上年和2005年增长…`: a base after last year's, no year of the figures
    second_base_single_re: re.Pattern[str]  # `,分别比上年和2005年增长`: a pair of bases of one subject
    second_base_pair_re: re.Pattern[str]  # `分别比上年和2005年增长10.1%和`: the second figure, since the base year
    subject_amount_re: re.Pattern[str]  # `690亿元`: an amount that counts a pair of bases' subjects
    base_amount_re: re.Pattern[str]  # `由2005年的60亿元`: the base of a path, no subject of its own
    will_re: re.Pattern[str]  # `要`, `力争`: the will to reach a goal
    forward_re: re.Pattern[str]  # `将`, `要`: a will looking ahead (not 努力, effort spent; not 将 as 把)
    path_goal_re: re.Pattern[str]  # the same and `计划`: a path from a base said as a goal
    goal_other_time_re: re.Pattern[str]  # `今年`, `2024年`: a plan's end ahead holds no further
    ahead_target_before_re: re.Pattern[str]  # `为实现…`: a target still ahead a result prepares
    completed_target_before_re: re.Pattern[str]  # `…,完成7%的预期目标`: a target said met, right before its figure
    completed_target_after_re: re.Pattern[str]
    exceeded_not_after_re: re.Pattern[str]  # `今年以来…超额完成…`: a target exceeded that is this year's
    exceeded_words: tuple[str, ...]  # `超额`: a target exceeded, one of the past
    report_named_re: re.Pattern[str]  # `2025年工作报告`: the year naming the report
    whole_year_not_after_re: re.Pattern[str]  # `继2024年迈上…后,`: no year of the whole a 其中 part breaks down
    whole_year_not_before_re: re.Pattern[str]
    own_last_year_cues: tuple[str, ...]  # `…,同比增长8.8%`: measured on the year before, a result
    report_title_words: tuple[str, ...]  # `…政府工作报告`: a line naming the report, whose year is the one planned
    plan_done_re: re.Pattern[str]  # `超额完成年度计划`: a plan done, a result's words
    multi_year_re: re.Pattern[str]
    review_year_words: tuple[str, ...]
    proposal_words: tuple[str, ...]  # `报告提出`: a target cue after them states this year's target
    position_review_words: tuple[str, ...]  # review words and estimates: an uncued figure after one is a result
    task_level_words: tuple[str, ...]  # `经济总量…完成…目标任务`: a level set, not the growth
    second_chapter_re: re.Pattern[str]  # `二、2026年重点工作`: the text before it (no review heading) is the review
    plan_year_words: tuple[str, ...]
    target_list_before_re: re.Pattern[str]  # `确定了` before a list of figures set as targets
    target_list_after_re: re.Pattern[str]  # `…等一揽子目标计划` closing it
    named_as_target_re: re.Pattern[str]  # `…迈上5万亿元台阶已被苏州市设为2026年…主要预期目标之一`
    compared_clause_re: re.Pattern[str]  # `与2000年相比,`: a clause comparing with a year (group 1)
    compared_plan_end_re: re.Pattern[str]  # `与“十五”末相比,`: a clause comparing with a plan's end (group 1)
    reached_in_year_re: re.Pattern[str]  # `增加到2020年的`: a level reached in a year the sentence names
    opening_year_re: re.Pattern[str]  # `2015年全县实现生产总值…`: a sentence opening on the year of its figures
    now_re: re.Pattern[str]  # `目前`, `截至`: words of the present, the year ending
    amount_list_after_re: re.Pattern[str]  # `120亿元和5…`: another figure of a list right after an amount
    amount_list_before_re: re.Pattern[str]  # `…120亿元和` right before one
    on_last_year_re: re.Pattern[str]  # a clause's growth on the year before (`比上年增长`): one year's
    own_noun_between_re: re.Pattern[str]  # `、利润总额`: a second figure's own subject in a clause
    target_list_quoted_re: re.Pattern[str]  # `年初确定的` before a list of targets quoted back
    reach_re: re.Pattern[str]
    five_years_re: re.Pattern[str]
    base_re: re.Pattern[str]
    estimate_reached_re: re.Pattern[str]  # `提高到预计的`: the level reached, said an estimate, is no base
    base_after_re: re.Pattern[str]  # right after a figure: the base of the next (`…的基础上`)
    higher_target_before_re: re.Pattern[str]  # `根据中央…确定的今年国内生产总值增长` before a figure
    higher_target_after_re: re.Pattern[str]  # … and `的宏观调控目标` after it: the level above's target
    completion_before_re: re.Pattern[str]  # right before a percentage that is a completion ratio
    milestone_after_re: re.Pattern[str]  # right after a count of thresholds passed (`3个千亿元台阶`)
    prior_target_lead_re: re.Pattern[str]  # a clause opening on last year's plan before the name (`年计划完成…`)
    plan_clause_re: re.Pattern[str]  # a clause of the plan's figure alone after a result (`，计划增长4.5%`)
    prior_list_open_re: re.Pattern[str]  # `年初确定的预期性目标为:…`: the sentence lists last year's targets
    target_met_after_re: re.Pattern[str]  # `…降低3.2%、…的节能减排目标预计可以完成`: the figures named a target met
    excess_over_target_re: re.Pattern[str]  # `超预期目标8.57亿元`: the amount by which a target was passed
    named_target_re: re.Pattern[str]  # a target named right before its figure (`增长目标为`), quoted back in a review
    estimate_re: re.Pattern[str]  # a figure given as an estimate of the year ending (`预计完成…`)
    prior_within_re: re.Pattern[str]  # a ceiling quoted after its figure (`在4%的控制目标内`)
    review_target_leads: frozenset[str]  # a figure's lead that makes it a target in a review (`预期增长6.5%`)
    review_strive_re: re.Pattern[str]  # `忠县将…,力争规上工业增加值增长11%以上` in a review: a target
    step_before_re: re.Pattern[str]  # `跃上万亿元新台阶`: a step taken, a result where nothing else tells
    step_after_re: re.Pattern[str]
    step_future_words: tuple[str, ...]
    stretch_words: tuple[str, ...]  # 力争, 争取…: a stretch goal's governing words (facts_cues.toml [commitment])
    reached_year_re: re.Pattern[str]  # `增加到2012年的1.6万亿元`: the year the figures before reached
    projects_before_re: re.Pattern[str]  # right before a name: the projects it is of (`实施项目58个,完成…`)
    projects_before_ids: frozenset[str]  # the indicators a projects' figure can be mistaken for
    projects_signed_re: re.Pattern[str]  # `新落地…项目12个`: projects signed, not built
    projects_built_re: re.Pattern[str]  # `开工建设…项目`: projects built, whatever their origin
    class_after_re: re.Pattern[str]  # right after a figure that picks out a class of places (`10亿元以下的县`)
    ranking_after_re: re.Pattern[str]  # right after a count in a ranking aside (`333个地级市排名中`)
    list_base_re: re.Pattern[str]  # before the first of a list of values a change started from
    streak_re: re.Pattern[str]  # `连续7个季度`: a run of periods
    held_level_re: re.Pattern[str]  # `稳定在` right after a streak: a level held (this year's target among targets)
    successive_re: re.Pattern[str]  # before thresholds passed one after another (`连续迈上…`)
    held_or_passed_re: re.Pattern[str]  # a verb ending the words before a figure (`稳定在`, `突破`)
    held_words: tuple[str, ...]  # the held ones of them (`保持在`): a level kept, no threshold passed
    list_sep_re: re.Pattern[str]  # a gap that is only a list joiner
    list_joiner_after_re: re.Pattern[str]  # a list's joiner right after a figure (`增长10%和12%`: matched there)
    lost_member_re: re.Pattern[str]  # `707亿元、50.6` where a page was cut: a list's next value, its unit lost
    list_sep_qualified_re: re.Pattern[str]  # a joiner and a short word qualifying the next name
    item_sep_re: re.Pattern[str]  # a list joiner anywhere
    context_year_re: re.Pattern[str]
    period_totals: frozenset[str]  # ids of indicators with ``period_total``
    tables: TableCues  # a plan report's flattened indicator table
    narrow_aliases: tuple[str, ...]  # names of a narrower series, facts only when the whole is not given
    whole_of_parts: dict[frozenset[str], str]  # {urban, rural incomes} -> disposable_income
    part_gaps: dict[str, re.Pattern[str]]  # a whole's id -> the words naming one of its parts before a figure
    total_of_part: dict[str, str]  # budget_revenue -> budget_revenue_total
    local_part_word: str  # 地方: the local part of a revenue named beside its total
    since_year_re: re.Pattern[str]  # `从2017年的2.01万亿元增加到`: a level reached since an earlier year
    ratio_to_end_re: re.Pattern[str]  # `,是十一五末的3.8倍`: a figure set against one year's
    years_taken_re: re.Pattern[str]  # `…攀升至2万亿元,用了6年时间`: a level reached over years, not a year's
    level_on_last_year_re: re.Pattern[str]  # `…亿元,同比增长8.9%` after a level: the level is a result
    total_growth_after_re: re.Pattern[str]  # `累计完成25.16亿元,增长5.8%`: a total with a year's growth
    one_years_total_re: re.Pattern[str]  # `全年`, `1-11月` in a total's clause: one year's total
    list_year_break_re: re.Pattern[str]  # `去年`, `全年`, `目标` after a list's year: its hold ends

    def alias_key(self, m: re.Match[str]) -> str:
        """The key of ``alias_ids`` for a match of ``alias_re``: a pattern alias by its group (``p<i>``),
        a name as written or, in other case, as listed (GDP, gdp)."""
        if m.lastgroup is not None:
            return f"\0pattern{m.lastgroup[1:]}"
        text = m.group()
        if text in self.alias_ids:
            return text
        return next((k for k in self.alias_ids if k.lower() == text.lower()), text)


MARKS: str = facts_cues()["infographic_marks"]  # `📈`, `▌`, `①` before an item (a regular expression's class)


def _alternation(words: list[str] | tuple[str, ...]) -> str:
    """A regex matching any of ``words`` (empty ones ignored), the longest at a position winning."""
    return trie_alternation(w for w in words if w)


@lru_cache(maxsize=1)
def load() -> Vocabulary:
    """Compile the vocabulary (cached: data files are read once per process)."""
    ind_data = load_toml("indicators.toml")
    cues = facts_cues()
    skips = [*cues["skip_patterns"], cues["rank_opening"]]  # (a rank opening a milestone's clause is skipped too)
    table = compile_indicator_table(ind_data, cues["elliptic_not_before"])
    indicators, alias_ids, alias_re = table.indicators, table.alias_ids, table.alias_re
    elliptic_ids, elliptic_opening, elliptic_re = table.elliptic_ids, table.elliptic_opening, table.elliptic_re
    local_names = table.local_names
    # the parts of a year (`一季度`, `上半年`, `全年`) and a list of them (`一季度、上半年、前三季度、全年`)
    parts = "(?:" + "|".join(cues["sub_periods"]) + ")"
    parts_open = "|".join(p for p in cues["sub_periods"] if p != cues["whole_year"])  # (not 全年)
    parts_list = "(?P<list>" + parts + r"(?:\s*(?:、|和|及|以及|,|，)\s*" + parts + ")+)"

    def held(pattern: str) -> str:
        """The pattern with the words of a level held year after year put in for its HELD (`连续9年稳定在…`)."""
        return pattern.replace("HELD", cues["held_level"])

    def subarea(pattern: str, least: int) -> str:
        """The pattern with a sub-area's last words put in for its SUBAREA, and for NAMED a run of ``least`` to 14
        characters of its name before them."""
        named = cues["subarea_name_chars"] + "{" + str(least) + ",14}?"
        return pattern.replace("NAMED", named).replace("SUBAREA", "|".join(cues["subarea_suffixes"]))

    return Vocabulary(
        indicators=indicators,
        alias_ids=alias_ids,
        alias_re=alias_re,
        # a local name counts only as a strict one: with scope-neutral words before it
        strict_aliases=frozenset(a for ind in indicators.values() for a in ind.strict)
        | frozenset(n for row in ind_data.get("local_name", []) for n in row["names"]),
        elliptic_ids=elliptic_ids,
        elliptic_opening=frozenset(elliptic_opening),
        elliptic_opening_after_re=re.compile(cues["elliptic_opening_after"]),
        elliptic_opening_not_after=tuple(cues["elliptic_opening_not_after"]),
        momentum_after_re=re.compile(cues["momentum_after"]),
        momentum_lead_re=re.compile(cues["momentum_lead"]),
        elliptic_re=elliptic_re,
        local_names=local_names,
        prefix_re=re.compile(
            "^(?:" + "|".join(skips) + "|[—\\-–·•*\\s●◆■□▲△▶►★☆○◇・]|" + MARKS + "|[“\"「](?=\\s*$)|20\\d\\d年|"
            + "二[〇○零O0][〇○零O0一二三四五六七八九]{2}年|"  # `二00七年`
            + "\\d{1,2}[.．、](?!\\d)|"  # a list item's number (`4.进出口总额10318.1亿元`)
            # the parts of a year listed before the name (`一季度、上半年、前三季度、全年全市GDP分别增长…`)
            + parts + "(?:、" + parts + ")+|" + cues["plan_period_prefix"] + "|" + cues["quoted_target_lead"] + "|"
            + _alternation(cues["allowed_prefixes"]) + ")+"
        ),
        filler_re=re.compile(
            "^(?:" + "|".join(skips) + "|[、，,和及与并且(（]|" + _alternation(cues["fillers"]) + ")+"
        ),
        skip_re=re.compile("|".join(skips)),
        scope_suffix_re=re.compile("(?:" + _alternation(cues["scope_suffixes"]) + ")$"),
        macro_region_re=re.compile(cues["macro_region"].replace("WORDS", cues["macro_region_words"])),
        macro_opening_re=re.compile(cues["macro_region_opening"].replace("PARTS", cues["macro_region_parts"])),
        own_type_words=tuple(cues["own_type_words"]),
        own_level_words=tuple(cues["own_level_words"]),
        last_year_bases=frozenset(cues["last_year_bases"]),
        plan_end_base_re=re.compile(cues["base_year_growth"]),
        growth_figure_re=re.compile(cues["growth_figure"]),
        own_level_indicators=frozenset(cues["own_level_indicators"]),
        scope_tail_re=re.compile(
            "(?:" + _alternation(cues["scope_tail_places"]) + ")((?:" + _alternation(cues["scope_tail_words"]) + ")+)$"
        ),
        subarea_re=re.compile(subarea(cues["subarea_topic"], 1)),
        subarea_clause_re=re.compile(subarea(cues["subarea_topic"], 0)),  # (`示范区全年…` after its full name)
        subarea_list_tail_re=re.compile(subarea(cues["subarea_list_tail"], 0)),
        subarea_reports_re=re.compile(_alternation(cues["subarea_reports"])),
        region_only=frozenset(cues["subarea_region_only"]),
        counties_words=tuple(cues["counties_words"]),
        bare_subarea_words=frozenset(cues["scope_tail_places"]),
        scope_tail_times=tuple(cues["scope_tail_times"]),
        scope_time_places=tuple(cues["scope_time_places"]),
        scope_time_not_places=tuple(cues["scope_time_not_places"]),
        own_region_start_re=re.compile(cues["own_region_start"]),
        whole_region_re=re.compile(cues["whole_region"]),
        drive_words=tuple(cues["drive_words"]),
        aim_words=tuple(cues["aim_words"]),
        contribution_words=tuple(cues["contribution_words"]),
        cut_words=tuple(cues["cut_words"]),
        target_cues=tuple(cues["target_cues"]),
        actual_cues=tuple(cues["actual_cues"]),
        actual_margin_re=re.compile(cues["actual_margin"]),
        result_after_re=re.compile(cues["result_after"]),
        rank_goal_re=re.compile(cues["rank_goal"]),
        rank_aim_re=re.compile(cues["rank_aim"]),
        goal_by_year_re=re.compile(cues["goal_by_year"]),
        rank_risen_re=re.compile(cues["rank_risen"]),
        estimate_after_re=re.compile(cues["estimate_after"]),
        margin_after_figure_re=re.compile(cues["margin_after_figure"]),
        bare_margin_re=re.compile(cues["bare_margin"]),
        average_cut_re=re.compile(cues["average_cut"]),
        prior_target_re=re.compile(_alternation(cues["prior_target_cues"])),
        prior_compare_re=re.compile(cues["prior_target_compare"]),
        task_item_ends=tuple(cues["task_item_ends"]),
        task_list_fall_re=re.compile(cues["task_list_fall"]),
        task_surplus_re=re.compile(cues["task_surplus"]),
        new_high_words=tuple(cues["new_high_words"]),
        new_high_after_re=re.compile(r"\s*[、，,]?\s*(?:" + _alternation(cues["new_high_words"]) + ")"
                                     + f"(?!{cues['new_high_not_before']})"),
        share_aside_re=re.compile(cues["share_aside"]),
        sub_period_compare_re=re.compile(cues["sub_period_compare"].replace("PARTS", "(?:" + parts_open + ")")),
        rate_noun_lead_re=re.compile(cues["rate_noun_lead"]),
        sub_period_list_re=re.compile(parts_list + r"\s*(?:分别|依次)?\s*$"),
        # the same list before the name (`一季度、上半年、前三季度、全年全市GDP分别增长…`)
        sub_period_list_head_re=re.compile(parts_list + r"\s*(?:" + cues["whole_region"] + r")?\s*$"),
        # a sentence that opens on a part of the year (`一季度,全市生产总值增幅回落5.2个百分点;…`)
        sub_period_open_re=re.compile(
            r"\s*(?P<lead>" + cues["sub_period_dateline"] + r")?(?:(?:" + cues["sub_period_until"] + r")"
            + r"(?:(?:19|20)\d\d年|今年|去年)?(?!" + cues["year_end_part"] + r")(?:" + parts_open + r")(?:"
            + cues["sub_period_end"] + r")?|(?:(?:19|20)\d\d年|今年|去年)?(?:" + parts_open + r")(?:以来)?)[,，]"
        ),
        sub_period_re=re.compile("|".join(p for p in cues["sub_periods"] if p != cues["whole_year"])),
        part_of_year_report_re=re.compile(cues["part_of_year_report"]),
        part_of_year_opening_re=re.compile(cues["part_of_year_opening"] + cues["part_of_year_report"]),
        whole_year_figure_re=re.compile(cues["whole_year_figure"]),
        whole_year_plan_after_re=re.compile(cues["whole_year_plan_after"]),
        on_year_before_re=re.compile(cues["on_year_before"]),
        year_path_re=re.compile(
            r"(?:" + "|".join(cues["year_path_words"]) + r")*(?:"
            + "|".join(p for p in cues["sub_periods"] if p != cues["whole_year"])
            + r")的?\s*-?\d+(?:\.\d+)?\s*[%％][、,，]?"),
        year_path_words_re=re.compile("|".join(cues["year_path_words"])),
        year_path_end_re=re.compile(
            r"(?:" + "|".join(cues["year_path_words"]) + r")*" + cues["whole_year"] + r"的?\s*\Z"),
        whole_year=cues["whole_year"],
        per_unit_words=tuple(cues["per_unit_words"]),
        sector_short_names=frozenset(cues["sector_short_names"]),
        sector_names=frozenset(cues["sector_names"]),
        sector_other_nouns=tuple(cues["sector_other_nouns"]),
        count_nouns=tuple(cues["count_nouns"]),
        increase_nouns=tuple(cues["increase_nouns"]),
        rate_nouns_after_name=tuple(cues["rate_nouns_after_name"]),
        list_noun_head_re=re.compile(rf"(?!{cues['list_head_not_noun']})[\u4e00-\u9fff]{{2,}}"),
        shared_after_list_re=re.compile(cues["shared_after_list"]),
        shared_words_after_list_re=re.compile(cues["shared_words_after_list"]),
        among_after_re=re.compile(cues["among_after"]),
        factor_removed_re=re.compile(cues["factor_removed"]),
        coming_years_re=re.compile(cues["coming_years"]),
        shared_single_distributive_re=re.compile(cues["shared_single_distributive"]),
        quoted_target_open_re=re.compile(cues["quoted_target_open"]),
        paren_target_verb_re=re.compile(cues["paren_target_verbs"]),
        paren_target_inside_re=re.compile(cues["paren_target_inside"]),
        paren_target_margin_re=re.compile(cues["paren_target_margin"]),
        margin_above_words=frozenset(cues["margin_above_words"]),
        last_year_cue_re=re.compile(cues["last_year_cue"]),
        report_said_words=tuple(cues["report_said_words"]),
        local_part_after_re=re.compile(cues["local_part_after"]),
        own_part_after_re=re.compile(cues["own_part_after"]),
        rate_noun_gap_re=re.compile(cues["rate_noun_gap"]),
        named_target_gap_re=re.compile(cues["named_target_gap"]),
        rate_label_re=re.compile(cues["rate_label"]),
        pace_reach_re=re.compile(cues["pace_reach"]),
        share_nouns=tuple(cues["share_nouns"]),
        same_basis_re=re.compile(cues["same_basis"]),
        paren_level_re=re.compile(cues["paren_level"]),
        yuan_implied=frozenset(cues["yuan_implied_magnitudes"]),
        people_implied=frozenset(cues["people_implied_magnitudes"]),
        part_of_total=cues["part_of_total"],
        respectively=cues["respectively"],
        own_level_part_suffixes=tuple(cues["own_level_part_suffixes"]),
        own_level_part_levels="".join(cues["own_level_part_levels"]),
        average_leads=frozenset(cues["average_leads"]),
        prior_after_re=re.compile(cues["prior_target_after"]),
        prior_report_re=re.compile(cues["prior_report"]),
        quoted_target_re=re.compile(cues["quoted_target_phrases"]),
        expectations_re=re.compile(cues["expectations"]),
        base_of_last_year_re=re.compile(cues["base_of_last_year"]),
        last_year_basis_re=re.compile(cues["last_year_basis"]),
        second_base_re=re.compile(cues["second_base"]),
        second_base_single_re=re.compile(cues["second_base_clause"] + r"(?:增长|下降|提高|增加)?\s*$"),
        second_base_pair_re=re.compile(
            cues["second_base_clause"] + r"(?:增长|下降|提高|增加)\s*[\d.]+\s*%\s*[和、]\s*$"),
        subject_amount_re=re.compile(cues["subject_amount"]),
        base_amount_re=re.compile(r"(?:由|从)(?:(?:19|20)\d\d年(?:末|底)?的?)?\s*" + cues["subject_amount"]),
        will_re=re.compile(cues["will_words"]),
        forward_re=re.compile(cues["forward_words"]),
        path_goal_re=re.compile(cues["will_words"] + "|" + _alternation(cues["path_goal_words"])),
        goal_other_time_re=re.compile(cues["goal_other_time"]),
        completed_target_before_re=re.compile(cues["completed_target_before"]),
        ahead_target_before_re=re.compile(cues["ahead_target_before"]),
        completed_target_after_re=re.compile(cues["completed_target_after"]),
        exceeded_not_after_re=re.compile(cues["exceeded_not_after"]),
        exceeded_words=tuple(cues["exceeded_words"]),
        report_named_re=re.compile(cues["report_named_after_year"]),
        whole_year_not_after_re=re.compile(cues["whole_year_not_after"]),
        whole_year_not_before_re=re.compile(cues["whole_year_not_before"]),
        own_last_year_cues=tuple(cues["own_last_year_cues"]),
        report_title_words=tuple(cues["report_title_words"]),
        plan_done_re=re.compile(cues["plan_done"]),
        multi_year_re=re.compile(held("|".join(cues["multi_year_patterns"]))),
        review_year_words=tuple(cues["review_year_words"]),
        proposal_words=tuple(cues["proposal_words"]),
        position_review_words=(*cues["review_year_words"], *cues["estimate_words"]),
        task_level_words=tuple(cues["task_level_words"]),
        second_chapter_re=re.compile(cues["second_chapter"]),
        plan_year_words=tuple(cues["plan_year_words"]),
        target_list_before_re=re.compile(cues["target_list_before"]),
        target_list_after_re=re.compile(cues["target_list_after"]),
        named_as_target_re=re.compile(cues["named_as_target"]),
        on_last_year_re=re.compile(cues["on_last_year"]),
        reached_in_year_re=re.compile(cues["reached_in_year"]),
        opening_year_re=re.compile(cues["opening_year"]),
        now_re=re.compile(cues["now"]),
        amount_list_after_re=re.compile(cues["amount_list_after"]),
        amount_list_before_re=re.compile(cues["amount_list_before"]),
        compared_clause_re=re.compile(cues["compared_clause"]),
        compared_plan_end_re=re.compile(cues["compared_plan_end"]),
        own_noun_between_re=re.compile(cues["own_noun_between"]),
        target_list_quoted_re=re.compile(cues["target_list_quoted_before"]),
        reach_re=re.compile(f"(?:{_alternation(cues['reach_verbs'])})(?:{_alternation(cues['reach_connectors'])})"),
        five_years_re=re.compile("|".join(cues["five_year_patterns"])),
        base_re=re.compile(cues["base_before"]),
        estimate_reached_re=re.compile(cues["estimate_reached_before"]),
        base_after_re=re.compile(cues["base_after"]),
        higher_target_before_re=re.compile(cues["higher_target_before"]),
        higher_target_after_re=re.compile(cues["higher_target_after"]),
        milestone_after_re=re.compile(cues["milestone_after"]),
        class_after_re=re.compile(cues["class_after"]),
        projects_before_re=re.compile(cues["projects_before"]),
        projects_before_ids=frozenset(cues["projects_before_ids"]),
        projects_signed_re=re.compile(cues["projects_signed"]),
        projects_built_re=re.compile(cues["projects_built"]),
        review_target_leads=frozenset(cues["review_target_leads"]),
        review_strive_re=re.compile(cues["review_strive"]),
        step_before_re=re.compile(cues["step_before"]),
        step_after_re=re.compile(cues["step_after"]),
        step_future_words=(*cues["step_future_words"], *cues["plan_year_words"], *cues["commitment"]["binding"],
                           *cues["commitment"]["stretch"]),
        stretch_words=tuple(cues["commitment"]["stretch"]),
        reached_year_re=re.compile(cues["reached_year"]),
        estimate_re=re.compile(cues["estimate_lead"]),
        prior_within_re=re.compile(cues["prior_target_within"]),
        prior_target_lead_re=re.compile(cues["prior_target_lead"]),
        plan_clause_re=re.compile(cues["plan_clause"]),
        prior_list_open_re=re.compile(cues["prior_list_open"]),
        target_met_after_re=re.compile(cues["target_met_after"]),
        excess_over_target_re=re.compile(cues["excess_over_target"]),
        named_target_re=re.compile(cues["named_target"]),
        ranking_after_re=re.compile(cues["ranking_after"]),
        list_base_re=re.compile(cues["list_base_before"]),
        streak_re=re.compile(cues["streak"]),
        held_level_re=re.compile(cues["held_level"]),
        successive_re=re.compile(held(cues["successive"])),
        completion_before_re=re.compile(cues["completion_before"]),
        held_or_passed_re=re.compile("(?:" + _alternation(cues["held_words"] + cues["held_or_passed"]) + ")了?$"),
        held_words=tuple(cues["held_words"]),  # `迈进了三万元关口`
        list_sep_re=re.compile(rf"^\s*(?:{_alternation(cues['list_joiners'])})\s*$"),
        list_joiner_after_re=re.compile(_alternation(cues["list_joiners"])),
        lost_member_re=re.compile(rf"\s*(?:{_alternation(cues['list_joiners'])})\s*\d+(?:\.\d*)?\s*(?:$|[。；;，,\n])"),
        list_sep_qualified_re=re.compile(
            rf"^\s*(?:{_alternation(cues['list_joiners'])})\s*[\u4e00-\u9fff]{{1,{cues['list_item_qualifier_chars']}}}$"),
        item_sep_re=re.compile(_alternation(cues["list_joiners"])),
        # (a base is no year a passage is about: `比2012年`, `是2012年的1.6倍`, `与2015年相比`)
        context_year_re=re.compile(
            r"(?<![到至比较由从是与同~\-—\d])20\d\d(?=年)(?![年][底前末]|年以来)|"
            + _alternation([*cues["review_year_words"], *cues["estimate_words"], *cues["plan_year_words"]])
        ),
        period_totals=frozenset(i.id for i in indicators.values() if i.period_total),
        tables=table_cues(cues["tables"]),
        narrow_aliases=tuple(a for row in ind_data["indicator"] for a in row.get("narrow", [])),
        whole_of_parts={i.whole_of: i.id for i in indicators.values() if i.whole_of},
        part_gaps={i.id: re.compile(cues["part_named_gap"].replace("PART", _alternation([w for w, _ in i.part_words])))
                   for i in indicators.values() if i.part_words},
        total_of_part={i.total_of: i.id for i in indicators.values() if i.total_of},
        local_part_word=cues["local_part_word"],
        since_year_re=re.compile(cues["since_year"]),
        ratio_to_end_re=re.compile(cues["ratio_to_end"]),
        years_taken_re=re.compile(cues["years_taken"]),
        level_on_last_year_re=re.compile(
            cues["level_on_last_year"].replace("LAST_YEAR", _alternation(cues["own_last_year_cues"]))),
        total_growth_after_re=re.compile(cues["total_growth_after"]),
        one_years_total_re=re.compile(cues["one_years_total"]),
        list_year_break_re=re.compile(cues["list_year_break"]),
    )
