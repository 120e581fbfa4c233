"""Passages and the years they speak of (five-year review, last year, plan goals, this year), and the
role and period a figure takes from them: on the 2026 provincial reports and short real texts."""

from __future__ import annotations

import doctest
import re
from decimal import Decimal
from pathlib import Path

import pytest

from zhibiao import pipeline
from zhibiao.document import periods
from zhibiao.model import ReportMeta

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
C2026 = sorted((SHARED / "corpus_2026").glob("*.txt"))

META = ReportMeta(None, None, None, None, "government_work_report", 2026, 2025, 2026, None, None)


def test_doctests() -> None:
    assert doctest.testmod(periods).failed == 0


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("五年来，我们聚力构建现代化产业体系", (2021, 2025, "multi_year_review")),
        ("过去的五年极不平凡，习近平总书记两次莅临福建考察", (2021, 2025, "multi_year_review")),
        ("各位代表！“十四五”以来，面对疫情冲击、经济承压", (2021, 2025, "multi_year_review")),
        ("过去一年，是安徽牢记嘱托、感恩奋进的重要一年", (2025, 2025, "year_review")),
        # the years in digits (江苏 2021, 科技日报)
        ("过去5年,江苏全社会研发投入占比达2.82%", (2021, 2025, "multi_year_review")),
        ("近3年,全市经济保持较快增长", (2023, 2025, "multi_year_review")),
        # an infographic's bare year heading its block (西安 2020, 重庆 2024)
        ("2025\n国家中心城市建设全面迈入新阶段", (2025, 2025, "year_review")),
        ("2026 新重庆 开新局\n地区生产总值预期目标增长6%左右", (2026, 2026, "year_plan")),
        # a term of four years (天津滨海新区, set up in 2009, reviewed in November 2013)
        ("过去四年，极具挑战，极不平凡", (2022, 2025, "multi_year_review")),
        # 五莲 2012 news: the years since the last congress's first session
        ("报告指出,县十六届人大一次会议以来的四年,全县经济增长不断加快", (2022, 2025, "multi_year_review")),
        ("这一年,是群众得到实惠明显增多的一年", (2025, 2025, "year_review")),
        # a write-up's view taken before the report's words (安徽 2023, 21世纪经济报道)
        ("更从长的时间来看,报告指出,过去五年,安徽省经济实力实现重大跨越", (2021, 2025, "multi_year_review")),
        # a write-up's speaker before the report's words (钦北区 2014, 钦州人大网; 高邮 2021)
        ("区长莫东培在政府工作报告中说,过去的一年,是钦北区经济社会加快发展的一年", (2025, 2025, "year_review")),
        ("周建峰在报告中提出了2026年全市经济社会高质量发展指标体系安排", (2026, 2026, "year_plan")),
        # (山东 2018 on a news page: the report named by its government)
        ("省政府工作报告提到,五年来,全省经济综合实力大幅提升", (2021, 2025, "multi_year_review")),
        # (but no time word is a speaker: the year before `在…报告中提出的` is the sentence's own)
        ("2025年在政府工作报告中提出的十项民生实事全部完成", (2025, 2025, "year_review")),
        ("去年在政府工作报告中提出的主要目标任务全面完成", (2025, 2025, "year_review")),
        ("今年在政府工作报告中提出的各项目标,要逐项落实", (2026, 2026, "year_plan")),
        ("初步统计，2025年全省地区生产总值60199.45亿元、增长5%", (2025, 2025, "year_review")),
        # (四川 2009, a news write-up: `据统计,2008年四川旅游总收入下降10.3%…`)
        ("据统计,2025年全省旅游总收入下降10.3%", (2025, 2025, "year_review")),
        # a round-up's place before its year (芜湖 2022, 大江资讯: `无为市:2022年地区生产总值增长9.5%左右`)
        ("无为市:2026年地区生产总值增长9.5%左右", (2026, 2026, "year_plan")),
        ("2026年是“十五五”开局之年", (2026, 2026, "year_plan")),
        ("今年是“十五五”开局之年", (2026, 2026, "year_plan")),
        ("“十五五”时期是基本实现社会主义现代化夯实基础、全面发力的关键时期", (2026, 2030, "plan_goals")),
        ("到2030年，全省地区生产总值年均增长5%左右", (2026, 2030, "plan_goals")),
        # a speaker's look back (广东 2016 in a Hong Kong paper)
        ("朱小丹首先回顾“十四五”时期的工作，指五年来，全省经济综合实力迈上新台阶", (2021, 2025, "multi_year_review")),
    ],
)
def test_openers(text: str, want: tuple[int, int, str]) -> None:
    got = periods.cue_years(text, META)
    assert got is not None and got[:2] == want[:2]
    assert periods.scope_of(got[0], got[1], META) == want[2]


@pytest.mark.parametrize(
    "text",
    ["加强科技创新，驱动能源转型。", "各位代表，努力在推动资源型经济转型发展上迈出新步伐", "全年GDP增长4%",
     # the end of the years reviewed (汉阳区, a term review): no passage of one year
     "预计到2025年末, GDP达到830亿元,是2020年的1.6倍。",
     # (a flattened table's row is no heading: a year, then its figures)
     "2025 12.5% 8.3%",
     # (a headline's place before words of no year: `市南区:未来五年…` runs into no paragraph, 青岛 2022)
     "市南区:未来五年力争地区生产总值突破2000亿元"],
)
def test_no_opener(text: str) -> None:
    assert periods.cue_years(text, META) is None


def test_years_unknown_without_report_years() -> None:
    meta = ReportMeta(None, None, None, None, "government_work_report", None, None, None, None, None)
    assert periods.cue_years("过去一年，全市地区生产总值增长6%", meta) is None
    assert periods.scope_of(2021, 2025, meta) is None


# Lines of the 2026 reports that open a passage, and the scope every such line must get.
OPENERS = [
    (re.compile(r"^(?:——)?(?:这五年|五年来|过去的?五年|回望过去五年)"), "multi_year_review", (2021, 2025)),
    (re.compile(r"^(?:过去的?一年|刚刚过去的2025年|一年来)"), "year_review", (2025, 2025)),
    (re.compile(r"^(?:今年|2026年是)"), "year_plan", (2026, 2026)),
    (re.compile(r"^“十五五”时期是"), "plan_goals", (2026, 2030)),
]


@pytest.mark.skipif(not C2026, reason="../shared/corpus_2026 is missing")
def test_passages_of_the_2026_reports() -> None:
    seen = {scope: 0 for _, scope, _ in OPENERS}
    for path in C2026:
        for r in pipeline.read(path):
            starts = [p.span.start for p in r.passages]
            assert starts == sorted(starts) and r.passages[-1].span.end == len(r.text)
            assert all(a.span.end == b.span.start for a, b in zip(r.passages, r.passages[1:], strict=False))
            pos = 0
            for line in r.text.split("\n"):
                for rx, scope, years in OPENERS:
                    if rx.match(line):
                        p = periods.passage_at(r.passages, starts, pos)
                        assert p is not None and (p.scope, (p.first, p.last)) == (scope, years), (path.name, line[:30])
                        seen[scope] += 1
                pos += len(line) + 1
    assert all(n >= 3 for n in seen.values()), seen


def _facts(text: str) -> set[tuple]:
    res = pipeline.extract_bytes(text.encode("utf-8"), "t.txt")
    return {(f.indicator, f.role, f.period, f.measure, f.value, f.qualifier) for rr in res.reports for f in rr.facts}


def test_the_terms_goals_are_goals_not_a_look_back_over_the_term() -> None:
    # 闵行 2017 (a blind series), 湖北 2008: `本届政府的总体目标是：到2021年，…` sets the new term's goals; `本届政府
    # 任期的五年，…` still looks back over the term just ended
    text = ("闵行区2017年政府工作报告\n一、过去五年工作回顾\n过去五年，全区地区生产总值年均增长7%。\n"
            "二、今后五年的主要目标\n今后五年，是全面实施“十三五”规划的决胜阶段。本届政府的总体目标是：到2021年，"
            "基本建成现代化新城区。地区生产总值年均增长6%以上，全社会研发经费支出相当于地区生产总值的比例达到7%左右。\n")
    got = _facts(text)
    assert ("rd_intensity", "target", 2021, "rate", Decimal("7"), "around") in got
    assert not [f for f in got if f[1] == "actual" and f[4] == Decimal("7") and f[0] == "rd_intensity"]


def _in_five_year_review(lines: str) -> set[tuple]:
    """The facts of ``OPENING_A_PLAN`` with ``lines`` in place of a line of its five-year review."""
    return _facts(OPENING_A_PLAN.replace("每年城镇新增就业60万人以上。", lines))


# A report that opens a five-year plan, cut down from ../shared/corpus_2026/314 (贵州) and 303 (吉林).
OPENING_A_PLAN = """2026年贵州省政府工作报告
——2026年1月27日在贵州省第十四届人民代表大会第四次会议上
各位代表：
现在，我代表省人民政府向大会报告工作，请予审议。
一、2025年和“十四五”时期工作回顾
2025年在贵州发展进程中极不平凡。
——民生福祉持续增进。城镇新增就业62.6万人。城镇和农村常住居民人均可支配收入分别增长3.9%和5.7%。
各位代表！2025年主要目标任务的完成，标志着“十四五”规划顺利收官。回望过去五年，贵州经济社会发展条件明显改善。
（五）大力推进以人为本的新型城镇化。深入推进“3个100万”，常住人口城镇化率从2020年的53.2%提升到2025年的57.7%。
（八）加大力度保障和改善民生。扎实推进“六六就业稳岗计划”，每年城镇新增就业60万人以上。
“十四五”时期，地区生产总值跨越3个千亿元台阶，达到1.5万亿元、增长19.8%。
二、“十五五”时期主要目标任务
——高质量发展取得显著成效。全省地区生产总值年均增长5%左右、迈上3万亿元台阶。
三、2026年工作安排
主要预期目标是：地区生产总值增长5%左右，一二三产增加值分别增长3.5%左右、6%左右、5%左右。
"""


def test_a_report_opening_a_plan() -> None:
    facts = _facts(OPENING_A_PLAN)
    d = Decimal
    want = {
        ("new_urban_jobs", "actual", 2025, "level", d("62.6"), "exact"),  # last year's review
        ("urban_income", "actual", 2025, "growth", d("3.9"), "exact"),
        ("rural_income", "actual", 2025, "growth", d("5.7"), "exact"),
        ("urbanization_rate", "actual", 2025, "rate", d("57.7"), "exact"),  # the year named in the clause
        ("gdp", "actual", 2025, "level", d("1.5"), "exact"),  # the level reached at the end of the plan
        ("gdp", "target", 2026, "growth", d("5"), "around"),
        ("gdp_primary", "target", 2026, "growth", d("3.5"), "around"),
        ("gdp_secondary", "target", 2026, "growth", d("6"), "around"),
        ("gdp_tertiary", "target", 2026, "growth", d("5"), "around"),
    }
    assert want <= facts
    dated = {f for f in facts if f[2] in (2025, 2026)}
    # the five years' growth, the yearly floor and the plan's goals are no fact of 2025 or 2026
    assert not {f for f in dated if f[4] in (d("19.8"), d("60"), d("3"), d("53.2"))}, dated
    assert len(dated) == len(want), dated - want


FIVE_YEAR_REVIEW_LINES = [
    # (a paragraph of a five-year review, a value that must not become a fact of the last year)
    ("五年来，粮食产量稳定在800亿斤以上", Decimal("800")),  # held in every year
    ("五年来，地区生产总值突破2万亿元", Decimal("2")),  # a milestone passed some time
    ("五年来，进出口总额突破千亿元", Decimal("1000")),  # and one written without a digit
    ("五年来，城镇调查失业率控制在5.5%以内", Decimal("5.5")),
    ("五年来，城镇新增就业265.15万人", Decimal("265.15")),  # a total of five years
    ("五年来，一般公共预算收入累计完成3.7万亿元", Decimal("3.7")),
    ("五年来，居民人均可支配收入增长34.3%", Decimal("34.3")),  # growth over five years
    ("2025年,万元生产总值能耗累计下降21%", Decimal("-21")),  # summed over the years (天津 2013)
    # the values a list of changes started from, at the end of the plan before (毕节 2021)
    ("城镇和农村居民人均可支配收入从“十四五”末23121元、6945元增加到34274元、11238元", Decimal("6945")),
    ("城镇居民人均可支配收入从“十四五”末23121元增加到34274元", Decimal("23121")),
]


@pytest.mark.parametrize(("line", "value"), FIVE_YEAR_REVIEW_LINES)
def test_five_year_review_figures_are_not_last_years(line: str, value: Decimal) -> None:
    opener = "回望过去五年，贵州经济社会发展条件明显改善。"
    text = OPENING_A_PLAN.replace(opener, opener + "\n" + line + "。")
    assert not {f for f in _facts(text) if f[4] == value and f[2] is not None}


def test_the_plan_year_named_inside_a_five_year_passage_holds_for_the_clauses_after_it() -> None:
    # 南方网 on 广东 2018: `今后五年…。其中,2018年…预期目标为7%左右,固定资产投资增长10%,…`
    text = ("广东省2018年政府工作报告\n今后五年,我省将努力在全面建成小康社会上走在前列。其中,2018年我省的地区生产总值"
            "增长的预期目标为7%左右,固定资产投资增长10%,居民消费价格涨幅控制在3%以内。\n")
    res = pipeline.extract_bytes(text.encode(), "t.txt")
    assert {(f.indicator, f.role, f.period) for rr in res.reports for f in rr.facts} == {
        ("gdp", "target", 2018), ("fixed_asset_investment", "target", 2018), ("cpi", "target", 2018)}


def test_five_year_review_reached_levels_are_last_years() -> None:
    facts = _in_five_year_review(
        "一般公共预算收入从7248亿元提高到8865亿元，进出口总值翻番达到2206亿元。"
        "全社会固定资产投资和社会消费品零售总额均突破万亿元,分别达到12488和10163亿元。"
    )
    assert ("fixed_asset_investment", "actual", 2025, "level", Decimal("12488"), "exact") in facts  # not a sum
    assert ("retail_sales", "actual", 2025, "level", Decimal("10163"), "exact") in facts
    assert ("budget_revenue", "actual", 2025, "level", Decimal("8865"), "exact") in facts
    assert ("trade_total", "actual", 2025, "level", Decimal("2206"), "exact") in facts
    assert not {f for f in facts if f[4] == Decimal("7248")}


def test_a_flow_set_against_the_end_of_the_plan_before_is_the_last_years() -> None:
    """梅县 2016: `固定资产投资138.39亿元,是十一五末的3.8倍` in a five-year review is 2025's level here,
    set against one year's; without the ratio a flow in a five-year review stays the period's total."""
    facts = _in_five_year_review("固定资产投资138.39亿元,是十一五末的3.8倍,年均增长30.6%。")
    assert ("fixed_asset_investment", "actual", 2025, "level", Decimal("138.39"), "exact") in facts
    total = _in_five_year_review("固定资产投资138.39亿元,年均增长30.6%。")
    assert ("fixed_asset_investment", "actual", None, "level", Decimal("138.39"), "exact") in total


def test_a_growth_after_a_sentence_measured_from_the_plans_base_year_is_the_years_own() -> None:
    """A review of 2010 that measures one figure from 2005 (`比2005年增加一倍多`) does not make the plain growths
    of the sentences after it multi-year ones: they are 2010's."""
    text = ("某市2011年政府工作报告\n一、“十一五”发展成就及2010年工作回顾\n“十一五”期间,全市经济取得显著成就。\n"
            "2010年,全市人均地区生产总值突破5000美元,比2005年增加一倍多。地方财政一般预算收入38亿元,增长25%。\n")
    assert ("budget_revenue", "actual", 2010, "growth", Decimal("25"), "exact") in _facts(text)


def test_a_goal_year_written_before_its_figure_stays_its_horizon() -> None:
    """`2027年前,…突破1000亿元`: a year-first horizon holds its figure (a doubling said in words frees the
    clauses after it, a year does not)."""
    facts = _facts("某市2025年政府工作报告\n各位代表:\n2027年前,全市地区生产总值突破1000亿元。\n")
    assert ("gdp", "target", 2027, "level", Decimal("1000"), "at_least") in facts


def test_a_reports_numbered_target_line_is_no_news_subheading() -> None:
    """`1.地区生产总值增长6%` on a line of its own before its explanation is a report's item, not a copy of
    last year's growth of the same value."""
    facts = _facts("过去一年,全市地区生产总值增长6%,一般公共预算收入增长5%,经济运行稳中有进,发展质量稳步提升。\n"
                   "二、2025年主要目标\n主要预期目标如下。\n1.地区生产总值增长6%\n"
                   "这一目标综合考虑了国内外形势和我市发展基础,与“十四五”规划目标相衔接,有利于稳定预期、扩大就业。\n")
    assert {f for f in facts if f[0] == "gdp"} == {("gdp", "actual", 2024, "growth", Decimal("6"), "exact"),
                                                  ("gdp", "target", 2025, "growth", Decimal("6"), "exact")}


HEADLINE_COPIES = [
    # 武汉 2019 news: the headline `2018年GDP预计增速8%` and the body's `预计地区生产总值增长8%左右` are one fact;
    # the body's stands even though this year's target has the same value
    ("武汉2018年GDP预计增速8% 主要经济指标保持同类城市前列\n\n时间:2019-01-08\n\n"
     "1月5日,武汉市第十四届人民代表大会第四次会议开幕。武汉市市长周先旺作政府工作报告。\n\n"
     "政府工作报告透露,2018年,武汉市主要经济指标增速保持全国同类城市前列,预计地区生产总值增长8%左右,"
     "全社会固定资产投资增长10.5%左右。\n\n报告称,武汉市今年的主要预期目标是:地区生产总值增长8%左右。\n",
     {("gdp", "actual", 2018, "growth", Decimal("8"), "around"),
      ("gdp", "target", 2019, "growth", Decimal("8"), "around")}),
    # 二七区 2018 news: the subheading `GDP增长9%新年小目标:涨8%` restates last year's growth and this year's
    # target the paragraphs after it give with their years: no target of 9%, and the target keeps its 以上
    ("来源:映象网-东方今报\n\n  围绕建设现代化国际化生态化新城区这一目标,二七区深入实施两大行动,"
     "努力为郑州建设国家中心城市担当重任、增光添彩。\n\n  GDP增长9%新年小目标:涨8%\n\n"
     "  初步预计,2017年全年二七区生产总值完成567亿元,增长9%;一般公共预算收入完成29.4亿元,增长8.5%。\n\n"
     "  2018年,二七区给自己定下了小目标:地区生产总值增长8%以上,一般公共预算收入增长5%以上。\n",
     {("gdp", "actual", 2017, "level", Decimal("567"), "exact"),
      ("gdp", "actual", 2017, "growth", Decimal("9"), "exact"),
      ("gdp", "target", 2018, "growth", Decimal("8"), "at_least")}),
]


@pytest.mark.parametrize(("text", "want"), HEADLINE_COPIES)
def test_a_headline_or_subheading_figure_the_body_restates_leaves_the_bodys_fact(text: str, want: set) -> None:
    got = {f for f in _facts(text) if f[0] == "gdp"}
    assert got == want


def test_a_coming_plans_years_opening_a_sentence_hold_past_an_average_growths_clause() -> None:
    """惠东 2016 news: `“十三五”期间,惠东GDP预期年均增长12%左右,突破1000亿元`: the milestone is the plan's,
    not this year's target."""
    facts = _facts("南方日报讯 (记者/罗锐 通讯员/黄少卿)“十三五”期间,惠东GDP预期年均增长12%左右,突破1000亿元,"
                   "比2015年翻一番。8日,惠东县九届人大六次会议开幕,县长徐毅作政府工作报告时提及上述内容。\n"
                   "“十二五”GDP年均增长15.2%\n“十二五”期间,惠东地区生产总值实现“五年翻一番”的跨越,2015年达到520亿元,"
                   "比2014年增长14.5%,年均增长15.2%。\n")
    assert ("gdp", "target", None, "level", Decimal("1000"), "at_least") in facts
    assert ("gdp", "actual", 2015, "level", Decimal("520"), "exact") in facts


def test_a_level_reached_after_a_doubling_clause_is_the_years() -> None:
    """广东 2013 news: `…均实现翻番,分别达1.47万亿元和6228亿元`: the doubling is its clause's own figure, the levels
    reached after it are last year's."""
    facts = _facts("广东省2013年政府工作报告\n各位代表:\n2012年,来源于广东的财政总收入和地方公共财政预算收入均实现翻番,"
                   "分别达1.47万亿元和6228亿元。\n")
    assert ("budget_revenue", "actual", 2012, "level", Decimal("6228"), "exact") in facts


def test_a_level_reached_after_an_average_growth_is_the_ends() -> None:
    """`年均增长9.4%,达到1709亿元` (深圳 2010): the average is the growth's; the level is the last year's,
    as is a part of a total named after it (`其中…达到880.8亿元`)."""
    facts = _in_five_year_review(
        "全社会固定资产投资年均增长9.4%,达到1709亿元。全口径财政收入年均增长18.5%,达到2765亿元,"
        "其中地方财政一般预算收入达到880.8亿元。"
    )
    assert ("fixed_asset_investment", "actual", 2025, "level", Decimal("1709"), "exact") in facts
    assert ("fixed_asset_investment", "actual", None, "growth", Decimal("9.4"), "exact") in facts
    assert ("budget_revenue", "actual", 2025, "level", Decimal("880.8"), "exact") in facts


def test_a_year_named_after_the_average_makes_the_figures_after_it_that_years() -> None:
    # 深圳市龙岗区 2011 (../review sets): `年均` then `2010年达到…,比上年增长…` in the five-year review
    facts = _in_five_year_review(
        "地区生产总值年均增长14.9%,2010年达到1790亿元,比上年增长11.8%;全社会固定资产投资年均增长17.3%,"
        "2025年达到632亿元,增长19.3%。"
    )
    d = Decimal
    assert ("gdp", "actual", 2010, "level", d("1790"), "exact") in facts
    assert ("gdp", "actual", 2010, "growth", d("11.8"), "exact") in facts
    assert ("fixed_asset_investment", "actual", 2025, "level", d("632"), "exact") in facts
    assert ("fixed_asset_investment", "actual", 2025, "growth", d("19.3"), "exact") in facts
    # the averages stay figures of the five years
    assert {f[2] for f in facts if f[4] in (d("14.9"), d("17.3"))} == {None}



def test_an_average_with_its_years_said_before_it_keeps_the_run() -> None:
    # 广东 2008: `五年年均增长14.5%` names the years it spans, then the last year's growth follows
    facts = _in_five_year_review("生产总值由2020年的13500多亿元增加到2025年的30600多亿元,五年年均增长14.5%,"
                                 "2025年比上年增长14.7%;一般公共预算收入十年年均增长16%,2025年增长12%。")
    d = Decimal
    assert ("gdp", "actual", 2025, "growth", d("14.7"), "exact") in facts
    assert ("gdp", "actual", None, "growth", d("14.5"), "exact") in facts  # the average stays the five years'
    assert ("budget_revenue", "actual", 2025, "growth", d("12"), "exact") in facts


def test_results_a_write_up_says_the_report_shows_after_the_targets_are_last_years() -> None:
    # 深圳 2022: `报告还显示,` opens a paragraph of results after the paragraph of this year's targets
    facts = _facts("深圳市2022年政府工作报告\n2022年,深圳经济社会发展的主要预期性指标为:GDP增长6%左右,"
                   "社会消费品零售总额增长6%。\n民生科技产业多元并进\n报告还显示,进出口总额3.5万亿元、增长16.2%。"
                   "2005年全市地区生产总值为5000亿元。\n")
    d = Decimal
    assert ("gdp", "target", 2022, "growth", d("6"), "around") in facts
    assert ("retail_sales", "target", 2022, "growth", d("6"), "exact") in facts
    assert ("trade_total", "actual", 2021, "level", d("3.5"), "exact") in facts
    assert ("trade_total", "actual", 2021, "growth", d("16.2"), "exact") in facts
    assert ("gdp", "actual", 2005, "level", d("5000"), "exact") in facts  # a year long gone names its own


def test_a_title_the_page_repeats_inside_the_report_opens_no_passage() -> None:
    # 永嘉 2018: the page prints its title again inside last year's review; its year is the plan's
    text = ("2018年浙江永嘉国民经济和社会发展 计划(草案)报告\n\n"
            "——2018年1月19日在永嘉县第十六届人民代表大会第二次会议上\n"
            "一、2017年国民经济和社会发展计划执行情况\n预计全年实现地区生产总值390亿元,增长9%。\n"
            "2018年浙江永嘉国民经济和社会发展 计划(草案)报告\n(一)经济增长保持稳定\n"
            "一是工业经济稳步回升。全县实现规上工业总产值358.16亿元,同比增长14%。\n")
    d = Decimal
    facts = _facts(text)
    assert ("industrial_output", "actual", 2017, "level", d("358.16"), "exact") in facts
    assert ("industrial_output", "actual", 2017, "growth", d("14"), "exact") in facts
    assert not {f for f in facts if f[1] == "target"}


def test_a_look_back_inside_this_years_chapter_lasts_its_paragraph() -> None:
    # 保定 2022: a paragraph of the plan chapter opens on 去年, the tasks after it are this year's
    text = ("保定市2022年政府工作报告\n——2022年1月10日在保定市第十五届人民代表大会第一次会议上\n"
            "一、2021年工作回顾\n全市生产总值增长6.5%。\n二、2022年主要目标任务\n"
            "去年我们在城市更新等“硬实力”方面有了很大提升,今年需要更加注重发挥软实力的作用。\n"
            "（五）深入推进乡村振兴提升工程。建设高标准农田38万亩,确保粮食产量80亿斤以上。\n")
    facts = _facts(text)
    assert ("grain_output", "target", 2022, "level", Decimal("80"), "at_least") in facts
    assert ("gdp", "actual", 2021, "growth", Decimal("6.5"), "exact") in facts


def test_facing_the_new_year_opens_this_years_targets_but_facing_an_event_of_it_does_not() -> None:
    # 莒县 2019 (齐鲁晚报): `面对新的一年,报告中指出,…增长9%` after last year's results
    facts = _facts("莒县2019年政府工作报告\n报告指出,过去的一年实现地区生产总值415亿元,可比增长8.5%。\n"
                   "  面对新的一年,报告中指出,地区生产总值增长9%,一般公共预算收入增长13%。\n")
    d = Decimal
    assert ("gdp", "target", 2019, "growth", d("9"), "exact") in facts
    assert ("gdp", "actual", 2018, "growth", d("8.5"), "exact") in facts
    assert not {f for f in facts if f[1] == "actual" and f[4] == d("9")}
    # 河北 2021: `面对今年初…突发疫情,…` goes on reviewing last year
    facts = _facts("河北省2021年政府工作报告\n过去一年,全省生产总值增长3.9%。\n"
                   "面对今年初石家庄、邢台等地突发疫情,我们众志成城。一般公共预算收入增长2.3%。\n")
    assert ("budget_revenue", "actual", 2020, "growth", d("2.3"), "exact") in facts


def test_an_estimate_is_last_years_result_even_where_this_year_was_named() -> None:
    # 梧州 2012 (a write-up): `2012年,是…重要一年` opens this year, then the report's estimates of 2011
    facts = _facts("梧州市2012年政府工作报告\n2012年,是实施“十二五”规划承上启下的重要一年。\n"
                   "地区生产总值持续高速增长。预计完成地区生产总值690亿元,同比增长15%。\n"
                   "今年预计GDP保持10%的增长速度。\n")
    d = Decimal
    assert ("gdp", "actual", 2011, "level", d("690"), "exact") in facts
    assert ("gdp", "actual", 2011, "growth", d("15"), "exact") in facts
    assert ("gdp", "target", 2012, "growth", d("10"), "exact") in facts  # this year's, though 预计


def test_a_reports_title_line_opens_no_passage() -> None:
    # 黄陂 2021 (a page of three reports): the title names the year planned, not the review after it
    text = ("2021年黄陂区政府工作报告3篇\n\n| 浏览次数:\n推进区实验二小建设。\n\n"
            "  社会保障水平不断提升。城镇新增就业8300人,城镇登记失业率2.22%。\n")
    r = pipeline.extract_bytes(text.encode(), "t.txt").reports[0].report
    assert r.meta.report_year == 2021
    assert [p.scope for p in r.passages] == ["unknown"]


def test_an_expected_growth_inside_last_years_review_is_this_years_target() -> None:
    # 镇江 2019 (a write-up): the review paragraph turns to the year's targets, `预期增长` saying so
    facts = _facts("镇江市2019年政府工作报告\n2018年,全市地区生产总值增长7%左右。\n"
                   "虽然2018年的经济“成绩单”表现不甚突出,镇江市对2019年仍确定了较高的预期目标。"
                   "其中,地区生产总值预期增长6.5%,固定资产投资增长5%。\n")
    assert ("gdp", "target", 2019, "growth", Decimal("6.5"), "exact") in facts

# A 2006 report opening (福建): the five-year review's list items (——) keep the review's years.
FIVE_YEAR_LIST = """2006年福建省政府工作报告
（2006年2月8日）
各位代表：
过去的五年,是我省改革开放和现代化建设阔步前进的五年。
——经济总量迈上了新台阶。全省生产总值由2000年的2003亿元增加到2005年的4070亿元,按可比价格计算,年均增长11.6%。
——继续发展增添了新后劲。社会消费品零售总额由2000年的705亿元增加到1236亿元,年均增长11.9%。
"""


def test_five_year_list_items_keep_the_review_years() -> None:
    facts = _facts(FIVE_YEAR_LIST)
    dated = {f for f in facts if f[2] is not None}
    assert dated == {
        ("gdp", "actual", 2005, "level", Decimal("4070"), "exact"),
        ("retail_sales", "actual", 2005, "level", Decimal("1236"), "exact"),
    }, facts
    assert {f[4] for f in facts if f[2] is None} == {Decimal("11.6"), Decimal("11.9")}  # averages: no year


@pytest.mark.skipif(not C2026, reason="../shared/corpus_2026 is missing")
def test_stored_sections_carry_their_years(tmp_path: Path) -> None:
    from zhibiao.store import Store

    path = next(p for p in C2026 if p.name.startswith("309"))
    store = Store(tmp_path / "z.duckdb")
    assert store.ingest([path]).ok
    rows = store.sql("SELECT kind, scope, first_year, last_year, title FROM sections WHERE depth = 1 ORDER BY section")
    got = [(r.scope, r.first_year, r.last_year) for r in rows.itertuples()]
    assert got == [("year_review", 2025, 2025), ("plan_goals", 2026, 2030), ("year_plan", 2026, 2026)]


def test_years_in_passing_set_no_passage() -> None:
    assert periods.cue_years("2018年，习近平总书记亲临考察", META) is None  # an earlier year named in passing
    first, last, _ = periods.cue_years("2021年以来，全省经济总量连跨两个万亿元台阶", META)  # type: ignore[misc]
    assert (first, last) == (2021, 2025) and periods.scope_of(first, last, META) == "multi_year_review"


def test_this_year_of_a_report_given_in_december_is_the_year_reviewed() -> None:
    december = ReportMeta(None, None, None, None, "government_work_report", 2024, 2024, 2025, "2024-12-26", None)
    assert periods.cue_years("今年全区地区生产总值增6.5%", december)[:2] == (2024, 2024)  # type: ignore[index]
    assert periods.cue_years("明年经济社会发展的主要预期目标是", december)[:2] == (2025, 2025)  # type: ignore[index]


def test_this_year_so_far_is_the_year_reviewed() -> None:
    """黄石港区 gives its report on 27 December: `今年以来` reviews the year ending."""
    meta = ReportMeta(None, None, None, None, "government_work_report", 2023, 2022, 2023, "2022-12-27", None)
    got = periods.cue_years("今年以来,面对经济下行压力加大、新冠疫情多轮冲击的双重挑战", meta)
    assert got is not None and got[:2] == (2022, 2022) and periods.scope_of(2022, 2022, meta) == "year_review"


def test_a_news_write_ups_lead_words_open_a_passage() -> None:
    # 临沂市 2014 plan, as a news item tells it (`《计划》提出,今年…`, `去年,临沂实现…`)
    text = ("近日,临沂市政府以正式文件的形式,发布《临沂市人民政府关于印发2014年国民经济和社会发展计划的通知》。\n"
            "去年,临沂实现生产总值3336.8亿元、增长11%。\n"
            "《计划》提出,今年临沂市居民消费价格涨幅控制在3%左右;城镇居民人均可支配收入增长11%。\n")
    res = pipeline.extract_bytes(text.encode("utf-8"), "t.txt")
    meta = res.reports[0].report.meta
    assert (meta.region, meta.region_code, meta.report_year) == ("临沂市", "371300", 2014)
    d = Decimal
    assert {
        ("gdp", "actual", 2013, "level", d("3336.8"), "exact"),  # `临沂` is the report's own region
        ("gdp", "actual", 2013, "growth", d("11"), "exact"),
        ("cpi", "target", 2014, "growth", d("3"), "around"),
        ("urban_income", "target", 2014, "growth", d("11"), "exact"),
    } == _facts(text)


@pytest.mark.parametrize(("line", "want"), [
    # the end of the plan reviewed names its last year (硚口区 2016)
    ("预计“十四五”期末,地区生产总值突破1.6万亿元。", ("gdp", "actual", 2025, "level", Decimal("1.6"), "at_least")),
    # a year named after a streak (全国 2008: `连续四年增产,2007年产量超过1万亿斤`)
    ("全省粮食连续四年增产,2025年产量超过1200亿斤。",
     ("grain_output", "actual", 2025, "level", Decimal("1200"), "at_least")),
])  # fmt: skip
def test_a_year_named_inside_a_five_year_review_dates_its_figure(line: str, want: tuple) -> None:
    opener = "回望过去五年，贵州经济社会发展条件明显改善。"
    assert want in _facts(OPENING_A_PLAN.replace(opener, opener + "\n" + line))


def test_a_target_in_chinese_numerals_of_a_national_news_item() -> None:
    # 中新社 2007 (traditional in the source): the session, the year and the percentage in numerals
    text = ("中新社北京三月五日电 十届全国人大五次会议今天上午在北京人民大会堂拉开帷幕。\n"
            "温家宝总理代表国务院向大会作政府工作报告。\n"
            "报告首先回顾去年政府工作的主要内容,认为二〇〇六年中国经济平稳快速发展。\n"
            "温家宝提出,二00七年中国国内生产总值增长目标是百分之八左右。\n")
    res = pipeline.extract_bytes(text.encode("utf-8"), "t.txt")
    assert (res.reports[0].report.meta.region_code, res.reports[0].report.meta.report_year) == ("000000", 2007)
    assert _facts(text) == {("gdp", "target", 2007, "growth", Decimal("8"), "around")}


def test_a_target_quoted_back_cues_no_later_figure_of_the_sentence() -> None:
    # 山西 2017, as a news item tells it: no passage, the expectations quoted beside the results
    text = ("2017年2月8日,山西省第十二届人民代表大会第七次会议开幕,楼阳生作政府工作报告。\n"
            "报告说,2016年,城镇登记失业率3.52%,控制在预期4.2%以内;居民消费价格涨幅 1.1%,控制在预期3%以内。\n")
    d = Decimal
    assert {
        ("registered_unemployment", "actual", 2016, "rate", d("3.52"), "exact"),
        ("registered_unemployment", "prior_target", 2016, "rate", d("4.2"), "at_most"),
        ("cpi", "actual", 2016, "growth", d("1.1"), "exact"),
        ("cpi", "prior_target", 2016, "growth", d("3"), "at_most"),
    } == _facts(text)


def test_a_report_on_one_line_has_its_passages() -> None:
    # 江西 2008 as a document site keeps it: title, date, opening and review on one line
    text = ("政府工作报告——2008年1月23日在江西省第十一届人民代表大会第一次会议上省长吴新雄"
            "各位代表:现在,我代表省人民政府,向大会作政府工作报告,请予审议。一、2007年经济社会发展情况和本届政府工作简要回顾过去的一年,全省人民开拓奋进。"
            "全省完成生产总值5469亿元,比上年增长13%。人口自然增长率控制在7.87%。。城镇居民人均可支配收入11222元,增长17.5%。\n")
    d = Decimal
    assert {("urban_income", "actual", 2007, "level", d("11222"), "exact"),
            ("urban_income", "actual", 2007, "growth", d("17.5"), "exact")} <= _facts(text)
    assert not {f for f in _facts(text) if f[1] == "target"}


def test_a_numbered_heading_of_no_kind_keeps_the_review_it_stands_in() -> None:
    # 四川 2008: the review's parts are numbered like chapters (`一、产业培育力度加大`)
    text = ("2008年四川省政府工作报告\n——2008年1月24日在四川省第十一届人民代表大会第一次会议上\n各位代表：\n"
            "现在，我代表省人民政府向大会报告工作。\n2007年，全省实现生产总值10505.3亿元，增长14.2%。\n"
            "一、产业培育力度加大\n现代农业发展初见成效。粮食总产量3448.4万吨,增长6.1%。\n")
    d = Decimal
    assert ("grain_output", "actual", 2007, "level", d("3448.4"), "exact") in _facts(text)
    assert not {f for f in _facts(text) if f[1] == "target"}


def test_last_year_named_after_the_average_in_a_five_year_review() -> None:
    # 辽宁 2011: `年均增长14%,去年达到18278亿元`
    text = OPENING_A_PLAN.replace("每年城镇新增就业60万人以上。", "全省地区生产总值年均增长14%,去年达到18278亿元。")
    facts = _facts(text)
    assert ("gdp", "actual", 2025, "level", Decimal("18278"), "exact") in facts
    assert {f[2] for f in facts if f[4] == Decimal("14")} == {None}


def test_a_long_paragraph_on_last_year_keeps_its_year_to_its_end() -> None:
    # 海口 2013 as a news item tells it: the year named once, 300 characters before the last figures
    text = ("2013年2月27日上午,海口市十五届人大三次会议在海南国际会展中心开幕,"
            "冀文林代表海口市人民政府向大会做工作报告。\n"
            "冀文林在政府工作报告中指出,2012年,面对复杂多变的宏观经济形势,在海口市委的正确领导下,海口以学习贯彻十八大精神为动力,"
            "深入落实科学发展观,凝心聚力,攻坚克难,较好地完成市十五届人大一次会议确定的年度目标任务,实现了经济平稳增长、社会和谐稳定。"
            "全年实现地区生产总值820.58亿元,增长9.4%;来自海口的公共财政收入210.43亿元,增长14.4%,"
            "其中地方公共财政收入73.17亿元,增长20.1%;固定资产投资510.38亿元,增长29.2%;社会消费品零售总额436.26亿元,"
            "增长12.7%;城镇居民人均可支配收入22331元,农村居民人均纯收入8134元,分别增长13.2%和13.1%;居民消费价格涨幅3.3%;"
            "城镇登记失业率1.32%;人口自然增长率8.18‰;全面完成省下达的节能减排任务。\n")
    facts = _facts(text)
    assert ("registered_unemployment", "actual", 2012, "rate", Decimal("1.32"), "exact") in facts
    assert not {f for f in facts if f[1] == "target"}


def test_the_tenth_plan_written_in_quotes_opens_its_review() -> None:
    """`“十五”期间` (2001-2005) opens a five-year review of a 2006 report: the period's total is no
    fact of 2005, and the part done in its last year (`其中2005年完成…`) is (天水 2006, cut down)."""
    text = ("2006年天水市政府工作报告\n各位代表：\n"
            "“十五”期间，全社会固定资产投资累计完成201.3亿元,其中2005年完成59.15亿元。\n")
    res = pipeline.extract_bytes(text.encode("utf-8"), "t.txt")
    passages = res.reports[0].report.passages
    assert [(p.first, p.last) for p in passages if p.first is not None] == [(2001, 2005)]
    assert _facts(text) == {
        ("fixed_asset_investment", "actual", None, "level", Decimal("201.3"), "exact"),
        ("fixed_asset_investment", "actual", 2005, "level", Decimal("59.15"), "exact"),
    }


def test_a_news_write_ups_review_paragraph_after_a_headline_of_this_years_target() -> None:
    """A headline of this year's target opens the plan; `报告首先回顾了2017年工作` and `XX介绍,2017年,`
    open the review again, and `XX表示,今年…主要预期目标是` the plan (广州 2018, 羊城晚报, cut down)."""
    text = ("广州市十五届人大三次会议上午开幕,温国辉作《政府工作报告》\n今年GDP预期增长7.5%左右\n"
            "报告首先回顾了2017年工作。温国辉介绍,2017年, 广州市经济社会发展稳中向好。"
            "预计全年地区生产总值2.15万亿元,比上年增长7%以上。\n"
            "温国辉表示,今年经济社会发展主要预期目标是: 地区生产总值增长7.5%左右。\n")
    d = Decimal
    assert _facts(text) >= {
        ("gdp", "actual", 2017, "level", d("2.15"), "exact"),
        ("gdp", "actual", 2017, "growth", d("7"), "at_least"),
        ("gdp", "target", 2018, "growth", d("7.5"), "around"),
    }
    assert not {f for f in _facts(text) if f[1] == "target" and f[4] != d("7.5")}


def test_a_speaker_quoting_the_report_on_last_year_opens_the_review() -> None:
    """`区长X在政府工作报告中说,过去的一年,…实现地区生产总值140.9亿元` reports last year; the targets follow
    (钦北区 2014, a congress write-up on 钦州人大网, cut down)."""
    text = ("钦北区五届人大四次会议胜利召开\n2014-02-26\n"
            "区长莫东培在政府工作报告中说,过去的一年,是钦北区经济社会加快发展、扩量赶超的一年,"
            "实现地区生产总值140.9亿元,增长13.4%,全社会固定资产投资102.1亿元,增长34.3%。"
            "他指出,2014年,全区要以打造超百亿元园区为目标。经济社会发展的主要预期目标是:地区生产总值增长12%;"
            "全社会固定资产投资增长20%。\n")
    d = Decimal
    assert _facts(text) == {
        ("gdp", "actual", 2013, "level", d("140.9"), "exact"),
        ("gdp", "actual", 2013, "growth", d("13.4"), "exact"),
        ("fixed_asset_investment", "actual", 2013, "level", d("102.1"), "exact"),
        ("fixed_asset_investment", "actual", 2013, "growth", d("34.3"), "exact"),
        ("gdp", "target", 2014, "growth", d("12"), "exact"),
        ("fixed_asset_investment", "target", 2014, "growth", d("20"), "exact"),
    }


def test_milestones_and_a_doubling_keep_the_subject_to_the_level_reached() -> None:
    """A new term's review (盐田区 2012): thresholds passed one after another (`先后跨越两百亿元、三百亿元台阶`)
    and a doubling (`实现翻倍增长`) stand between a name and the level reached in the last year."""
    facts = _in_five_year_review(
        "全省生产总值先后跨越两万亿元、三万亿元台阶,预计2025年达到31600亿元,比2020年增长45.7%;"
        "一般公共预算收入实现翻倍增长,从2020年的880亿元增至2025年的2020亿元。"
    )
    assert ("gdp", "actual", 2025, "level", Decimal("31600"), "exact") in facts
    assert ("budget_revenue", "actual", 2025, "level", Decimal("2020"), "exact") in facts
    assert not {f for f in facts if f[1] == "actual" and f[4] in (Decimal("2"), Decimal("3"), Decimal("880"))
                and f[2] is not None}
    assert ("budget_revenue", "actual", None, "growth", Decimal("100"), "exact") in facts  # over five years


def test_a_national_write_up_with_the_year_in_its_headline() -> None:
    """A news item on the national report (新华社): the premier speaks (national, not the dateline's
    北京), the headline names the report's year, and `李克强说，过去一年，…` inside the targets
    paragraph opens last year's review."""
    text = ("2016年政府工作报告提出今年GDP增长6.5%至7%\n"
            "新华社北京3月5日电 国务院总理李克强5日在政府工作报告中提出，今年发展的主要预期目标是：国内生产总值"
            "增长6.5%—7%，居民消费价格涨幅3%左右。李克强说，过去一年，国内生产总值达到67.7万亿元，增长6.9%。\n")
    res = pipeline.extract_bytes(text.encode("utf-8"), "t.txt")
    meta = res.reports[0].report.meta
    assert (meta.region_code, meta.report_year) == ("000000", 2016)
    d = Decimal
    facts = _facts(text)
    assert {("gdp", "actual", 2015, "level", d("67.7"), "exact"), ("gdp", "actual", 2015, "growth", d("6.9"), "exact"),
            ("cpi", "target", 2016, "growth", d("3"), "around")} <= facts
    assert not {f for f in facts if f[1] == "target" and f[4] in (d("67.7"), d("6.9"))}


def test_a_base_said_once_for_the_figures_after_it() -> None:
    """`比2012年(下同)增长47.7%` (桂阳县, a term review of 2016): the later growths are since 2012 too."""
    text = ("2016年桂阳县政府工作报告\n各位代表：\n一、2016年工作回顾\n"
            "2016年,全县生产总值340亿元,比2012年(下同)增长47.7%;固定资产投资353.7亿元,增长125.1%。\n")
    facts = _facts(text)
    assert ("fixed_asset_investment", "actual", 2016, "level", Decimal("353.7"), "exact") in facts
    assert not {f for f in facts if f[4] in (Decimal("47.7"), Decimal("125.1")) and f[2] is not None}


def test_a_total_over_the_tenth_plan_named_earlier_in_the_sentence() -> None:
    """`…大幅增加,“十五”期间,全社会固定资产投资累计达到40亿元` (a banner's 2006 report): a total of 2001-2005."""
    text = ("2006年XX旗政府工作报告\n各位代表：\n一、2005年工作回顾\n"
            "2005年,全旗经济较快增长。固定资产投资大幅增加,“十五”期间,全社会固定资产投资累计达到40亿元,"
            "2005年全社会固定资产投资15亿元。\n")
    facts = _facts(text)
    assert ("fixed_asset_investment", "actual", 2005, "level", Decimal("15"), "exact") in facts
    assert not {f for f in facts if f[4] == Decimal("40") and f[2] is not None}


def test_last_year_opened_by_tebie_shi_inside_a_five_year_review() -> None:
    """湖北 2013: `特别是刚刚过去的2012年,…` opens last year's review inside the five years'."""
    text = ("湖北省2013年政府工作报告\n过去五年的工作回顾\n本届政府履职五年来,开创了科学发展的新局面。特别是刚刚过去的"
            "2012年,全省上下坚持稳增长。主要经济指标继续保持两位数增长,生产总值实现2.22万亿元,增长11.3%。\n")
    assert ("gdp", "actual", 2012, "growth", Decimal("11.3"), "exact") in _facts(text)


def test_last_year_opened_without_its_number_inside_a_five_year_review() -> None:
    """宝鸡-style 2012 report: `刚刚过去的一年,是“十二五”开局之年。` opens 2011's review inside the five years'; a five
    years' total after it (`五年新增城镇就业23万人`) is still no one year's."""
    text = ("宝鸡市2012年政府工作报告\n一、过去五年工作回顾\n"
            "五年来，全市生产总值由2006年的463.2亿元增加到1175.8亿元。\n"
            "刚刚过去的一年，是“十二五”开局之年。全市生产总值达到1175.8亿元，增长14.5%；居民消费价格上涨5.4%。\n"
            "——人民生活得到新改善。五年新增城镇就业23万人。\n")
    facts = _facts(text)
    assert ("gdp", "actual", 2011, "growth", Decimal("14.5"), "exact") in facts
    assert ("cpi", "actual", 2011, "growth", Decimal("5.4"), "exact") in facts
    assert not {f for f in facts if f[0] == "new_urban_jobs" and f[2] is not None}


def test_a_write_up_setting_out_targets_without_this_year_opens_their_passage() -> None:
    """果洛 2023: `果洛州划定发展预期目标,地区生产总值增长3%;…` after the paragraph on 2022."""
    text = ("果洛藏族自治州2023年政府工作报告\n2022年,果洛州实现地区生产总值53.62亿元,同比增长2.7%。\n"
            "果洛州划定发展预期目标,地区生产总值增长3%;全社会固定资产投资增长7%;居民消费价格涨幅控制在3%以内。\n")
    facts = _facts(text)
    assert ("gdp", "target", 2023, "growth", Decimal("3"), "exact") in facts
    assert ("gdp", "actual", 2022, "growth", Decimal("2.7"), "exact") in facts


def test_the_premier_reviewing_a_year_opens_its_passage() -> None:
    """A 2016 news write-up: `李克强在回顾2015年工作时提到,…国内生产总值达到67.7万亿元,增长6.9%`."""
    text = ("中国人代会发出全面建成小康社会冲刺动员令\n2016年03月05日14:27 | 来源:新华社\n"
            "中国国务院总理李克强5日宣布:2016年中国经济增长预期目标6.5%-7%。\n他在此间开幕的十二届全国人大四次会议上对全国人大代表说。\n"
            "李克强在回顾2015年工作时提到,中国经济运行保持在合理区间。国内生产总值达到67.7万亿元,增长6.9%。\n")
    facts = _facts(text)
    assert ("gdp", "actual", 2015, "growth", Decimal("6.9"), "exact") in facts
    assert not {f for f in facts if f[1] == "target" and f[4] in (Decimal("67.7"), Decimal("6.9"))}


def test_a_total_whose_average_growth_follows_it() -> None:
    """越城 2016: `累计完成固定资产投资657.1亿元,年均增长7.6%` after a paragraph on 2015 is the plan's total."""
    text = ("越城区2016年政府工作报告\n一、“十二五”发展回顾\n过去五年,是综合实力不断增强的五年。2015年实现地区生产总值"
            "336.8亿元,年均增长7.6%。累计完成固定资产投资657.1亿元,年均增长7.6%。\n")
    facts = _facts(text)
    assert ("gdp", "actual", 2015, "level", Decimal("336.8"), "exact") in facts
    assert not {f for f in facts if f[4] == Decimal("657.1") and f[2] is not None}


def test_a_province_named_by_its_short_name_and_earlier_years_in_a_write_up() -> None:
    """A 2017 write-up on 山西 (traditional characters on the page): `山西` is the region itself, and
    `2014年,山西经济增速为4.9%` is a result of 2014, not of the year reviewed."""
    text = ("山西省政府工作报告\n1月17日,山西省第十二届人民代表大会第七次会议开幕,省长楼阳生作政府工作报告。\n"
            "2014年,山西经济增速为4.9%;2015年,山西经济增速为3.1%;2016年,山西经济增长4.5%。\n")
    facts = _facts(text)
    d = Decimal
    assert {("gdp", "actual", 2014, "growth", d("4.9"), "exact"), ("gdp", "actual", 2015, "growth", d("3.1"), "exact"),
            ("gdp", "actual", 2016, "growth", d("4.5"), "exact")} <= facts


def test_a_base_named_by_the_plan_it_ended() -> None:
    """`由“十五”末的9.5亿元增加到19.2亿元` (静宁县 2011): the level reached is the last year's."""
    facts = _in_five_year_review("全省生产总值由“十三五”末的9.5亿元增加到19.2亿元。")
    assert ("gdp", "actual", 2025, "level", Decimal("19.2"), "exact") in facts
    assert not {f for f in facts if f[4] == Decimal("9.5")}
    # (a plan before the tenth too: `由“八五”期末的833亿元增加到2000年的1400亿元`, 内蒙古 2001)
    facts = _in_five_year_review("全省生产总值由“八五”期末的833亿元增加到2025年的1400亿元。")
    assert ("gdp", "actual", 2025, "level", Decimal("1400"), "exact") in facts
    assert not {f for f in facts if f[4] == Decimal("833")}


def test_a_growth_beside_the_level_reached_in_a_named_year() -> None:
    """`连跨4个千亿台阶,2024年达到1.3万亿元、增长5.8%` (甘肃 2025): both figures are the named year's."""
    facts = _in_five_year_review("全省地区生产总值连跨4个千亿台阶,2025年达到1.3万亿元、增长5.8%。")
    assert {("gdp", "actual", 2025, "level", Decimal("1.3"), "exact"),
            ("gdp", "actual", 2025, "growth", Decimal("5.8"), "exact")} <= facts


def test_a_heading_paragraph_opening_on_this_year_is_this_years() -> None:
    # 中国经济网 2016-02-29 on 宁波's report: the paragraph that states the targets names the new plan
    # after `今年是`; the year it opens on is the year of the targets, not the plan's five
    text = ("宁波市第十四届人民代表大会第六次会议开幕,市长卢子跃作政府工作报告。卢子跃说,2015年,宁波较好地完成了"
            "目标任务。实现地区生产总值8011.5亿元,增长8%。\n"
            "今年是“十三五”的开局之年,卢子跃建议,今年宁波经济社会发展的主要预期目标为:地区生产总值增长7.5%,"
            "一般公共预算收入增长7.5%,城镇新增就业15万人,居民消费价格指数103%左右。\n")
    got = _facts(text)
    assert ("gdp", "target", 2016, "growth", Decimal("7.5"), "exact") in got
    assert ("new_urban_jobs", "target", 2016, "level", Decimal("15"), "exact") in got


def test_a_chapter_named_for_the_five_years_reviews_them() -> None:
    # 湖州 2017 (a news site's digest of the report): `赶超发展的五年`, then the next five years' goals
    text = ("2017年4月22日,湖州市第八届人民代表大会第一次会议开幕。代市长钱三雄作政府工作报告。\n"
            "赶超发展的五年\n地区生产总值从2011年的1520亿元增加到2016年的2243.1亿元,年均增长8.6%;\n"
            "全市城市化率从59.5%提高到62.9%;\n"
            "今后五年的重点目标\n地区生产总值突破3000亿元;\n"
            "2017年主要工作\n全市经济社会发展主要预期目标:\n地区生产总值增长7.5%以上;\n")
    got = _facts(text)
    assert ("urbanization_rate", "actual", 2016, "rate", Decimal("62.9"), "exact") in got
    assert not any(f[1] == "target" and f[2] == 2017 and f[0] == "urbanization_rate" for f in got)
    assert ("gdp", "target", 2017, "growth", Decimal("7.5"), "at_least") in got


def test_a_write_up_naming_the_targets_year_without_its_nian() -> None:
    # 21世纪经济报道 2024-01-26 on 陕西's report: `对于2024发展主要预期目标,…`
    text = ("陕西省第十四届人民代表大会第二次会议开幕。省长赵刚作政府工作报告。\n"
            "报告中提到,2023年陕西省全年生产总值达到33786亿元、增长4.3%。\n"
            "对于2024发展主要预期目标,陕西省政府工作报告中提到,生产总值增长5.5%左右,城镇新增就业40万人以上。\n")
    got = _facts(text)
    assert ("gdp", "target", 2024, "growth", Decimal("5.5"), "around") in got
    assert ("gdp", "actual", 2023, "growth", Decimal("4.3"), "exact") in got
    assert not any(f[1] == "actual" and f[2] == 2023 and f[0] == "new_urban_jobs" for f in got)


def test_growth_over_the_year_before_the_one_reviewed_is_that_years() -> None:
    # 日照 2014 (大众日报): `比2012年增长` in the review of 2013 is 2013's own growth; over five years it is not
    got = _facts("日照市2014年政府工作报告\n刚刚过去的2013年,是困难和挑战较多的一年。"
                 "初步预计,全年生产总值突破1500亿元,比2012年增长10.6%。\n")
    assert ("gdp", "actual", 2013, "growth", Decimal("10.6"), "exact") in got
    got = _facts("日照市2014年政府工作报告\n过去五年,全市生产总值达到1500亿元,比2008年增长80%。\n")
    assert not any(f[3] == "growth" and f[2] == 2013 for f in got)


@pytest.mark.parametrize(("line", "want"), [
    # a threshold written without a digit, in the review of last year (日照 2014, 成都 2015): at_least
    ("地方公共财政预算收入突破百亿大关,增长15.5%",
     ("budget_revenue", "actual", 2013, "level", Decimal("100"), "at_least")),
    ("预计全年地区生产总值迈上万亿元台阶,增长8.8%左右", ("gdp", "actual", 2013, "level", Decimal("1"), "at_least")),
])  # fmt: skip
def test_a_threshold_without_a_digit_in_last_years_review(line: str, want: tuple) -> None:
    assert want in _facts("日照市2014年政府工作报告\n刚刚过去的2013年,是困难和挑战较多的一年。" + line + "。\n")


def test_a_threshold_without_a_digit_gives_way_to_the_exact_figures_after_it() -> None:
    got = _facts("2013年政府工作报告\n刚刚过去的2012年,全社会固定资产投资和社会消费品零售总额均突破万亿元,"
                 "分别达到12488和10163亿元。\n")
    levels = {(f[0], f[4]) for f in got if f[3] == "level"}
    assert levels == {("fixed_asset_investment", Decimal("12488")), ("retail_sales", Decimal("10163"))}


def test_a_streak_counts_years_and_the_figures_after_it_are_the_years() -> None:
    # 保定 2014: `农业连续11年丰收,粮食总产525万吨;固定资产投资增长9.6%`
    got = _facts("保定市2014年政府工作报告\n一、2013年工作回顾\n刚刚过去的2013年,全市生产总值增长9%。"
                 "农业连续11年丰收,粮食总产525万吨;固定资产投资增长9.6%。\n")
    assert ("grain_output", "actual", 2013, "level", Decimal("525"), "exact") in got
    assert ("fixed_asset_investment", "actual", 2013, "growth", Decimal("9.6"), "exact") in got


def test_last_year_named_in_a_sentence_under_this_years_passage_is_last_years() -> None:
    # 海峡导报 on 福建 2014: `报告还提出,今年…` opened this year; the paragraphs after it go back to 去年
    text = ("福建省2014年政府工作报告\n报告透露,初步预计,2013年全省生产总值为21910亿元,增长11%。"
            "报告还提出,今年全省GDP预期增长10.5%左右。\n"
            "此外,去年我省地方公共财政收入2118.67亿元,增长19.3%;居民消费价格总水平上涨2.5%。\n"
            "今年全省生产总值比去年增长10.5%左右。\n")
    got = _facts(text)
    assert ("budget_revenue", "actual", 2013, "level", Decimal("2118.67"), "exact") in got
    assert ("cpi", "actual", 2013, "growth", Decimal("2.5"), "exact") in got
    assert ("gdp", "target", 2014, "growth", Decimal("10.5"), "around") in got  # 比去年 is a baseline


def test_a_distribution_of_start_values_is_no_fact() -> None:
    # 兰州 2022, a five-year review: `分别从29661元、10391元增加到43364元、16117元`
    got = _facts("兰州市2022年政府工作报告\n五年来,经济实力持续攀升。城乡居民人均可支配收入分别从29661元、10391元"
                 "增加到43364元、16117元,年均增长7.9%和9.2%。\n")
    levels = {(f[0], f[4]) for f in got if f[3] == "level"}
    assert levels == {("urban_income", Decimal("43364")), ("rural_income", Decimal("16117"))}


def test_a_chapter_naming_the_five_years_before_the_year_opens_with_the_five_years() -> None:
    # 烟台 2026 (summary): `一、“十四五”时期及2025年工作回顾` speaks of the five years, then of 2025
    text = ("烟台市2026年政府工作报告(摘要版)\n一、“十四五”时期及2025年工作回顾\n主要成就:\n"
            "经济跨越:地区生产总值连跨4个千亿台阶,预计突破1.1万亿元,年均增长6.4%。外贸进出口总额达5379亿元。\n"
            "2025年成绩:预计地区生产总值增长6%以上。\n二、“十五五”时期主要目标任务\n三、2026年重点工作\n"
            "地区生产总值增长目标5.5%。\n")
    facts = _facts(text)
    assert ("gdp", "actual", 2025, "growth", Decimal("6"), "at_least") in facts
    assert ("trade_total", "actual", 2025, "level", Decimal("5379"), "exact") in facts  # the level reached
    assert not {f for f in facts if f[4] == Decimal("1.1")}  # a milestone passed some time in the five years
    # named the other way round, the chapter opens with the year (as in 13 of the 16 provincial reports)
    year_first = _facts(text.replace("“十四五”时期及2025年工作回顾", "2025年及“十四五”时期工作回顾"))
    assert ("gdp", "actual", 2025, "level", Decimal("1.1"), "at_least") in year_first


def test_a_figure_made_one_of_the_years_targets_after_it_is_a_target() -> None:
    # 中新网 on 苏州 2026: the target is named after the figure, in a paragraph of last year's results
    text = ("中新网苏州1月23日电 苏州市第十七届人民代表大会第五次会议22日下午开幕。市长吴庆文代表苏州市人民政府向大会作"
            "政府工作报告。报告披露,2025年苏州市地区生产总值达到2.77万亿元,规上工业总产值达4.9万亿元。"
            "规上工业总产值迈上5万亿元台阶已被苏州市设为2026年经济社会发展的主要预期目标之一。\n")
    facts = _facts(text)
    assert ("industrial_output", "actual", 2025, "level", Decimal("4.9"), "exact") in facts
    assert ("industrial_output", "target", 2026, "level", Decimal("5"), "at_least") in facts
    assert not {f for f in facts if f[4] == Decimal("5") and f[1] == "actual"}


def test_a_level_reached_between_years_in_chinese_numerals() -> None:
    # 中新社 on 广东 2008: the years of `由…增加到…` written `二00二年`, `二00七年`
    text = ("中新社广州一月十七日电 广东省第十一届人民代表大会第一次会议十七日上午在广州开幕。\n"
            "黄华华在《政府工作报告》中表示,广东省生产总值由二00二年的一万三千五百多亿元人民币增加到二00七年的"
            "三万零六百多亿元,年均增长百分之十四点五,二00七年比上年增长百分之十四点五。\n")
    facts = _facts(text)
    assert ("gdp", "actual", 2007, "level", Decimal("30600"), "at_least") in facts
    assert ("gdp", "actual", 2007, "growth", Decimal("14.5"), "exact") in facts
    assert not {f for f in facts if f[4] == Decimal("13500") and f[2] is not None}  # the base year's


# News write-ups whose passages open where no heading or sentence start says so: (text, facts that must be
# read, values that must not be targets)
WRITE_UP_PASSAGES = [
    # 經濟通 on 北京 2026: the targets first, then `殷勇表示，2025北京全市地区生产总值…` (no 年)
    ("北京市第十六届人民代表大会第四次会议25日开幕，北京市市长殷勇作政府工作报告。\n"
     "报告提出，2026年经济社会发展主要预期目标是：一般公共预算收入增长4%左右，城镇调查失业率控制在5%以内。\n"
     "殷勇表示，2025北京全市地区生产总值5.2万亿元人民币，增长5.4%，一般公共预算收入增长4.8%，城镇调查失业率4.1%。\n",
     {("budget_revenue", "target", 2026, "growth", Decimal("4"), "around"),
      ("budget_revenue", "actual", 2025, "growth", Decimal("4.8"), "exact"),
      ("surveyed_unemployment", "actual", 2025, "rate", Decimal("4.1"), "exact")},
     {Decimal("4.8"), Decimal("4.1")}),
    # 鲁中晨报 on 淄博 2019: the mayor `还在报告中阐述了2019年…预期目标建议`, after a paragraph on 2018
    ("鲁中网—鲁中晨报1月22日讯 淄博市第十五届人民代表大会第四次会议隆重开幕,市长于海田作政府工作报告。\n"
     "报告指出,2018全市经济社会发展稳中有进,一般公共预算收入完成385.23亿元,同比增长6.54%。\n"
     "于海田还在报告中阐述了2019年淄博市经济社会发展的预期目标建议。其中地区生产总值增长6.5%左右,"
     "一般公共预算收入增长5%左右。\n",
     {("budget_revenue", "actual", 2018, "growth", Decimal("6.54"), "exact"),
      ("gdp", "target", 2019, "growth", Decimal("6.5"), "around"),
      ("budget_revenue", "target", 2019, "growth", Decimal("5"), "around")},
     {Decimal("6.54")}),
    # 聯合報 on 广东 2026: this year's target first, then `據「廣東發布」…,孟凡利…時指出,2025年…`
    ("date 2026-01-26 廣東省十四屆人大五次會議今天在廣州開幕，廣東省省長孟凡利向大會作政府工作報告。"
     "今年廣東省設定GDP目標為4.5%至5%。\n\n"
     "據「廣東發布」微信公眾號發布，孟凡利向大會作出政府工作報告時指出，2025年廣東省經濟運行穩中有進。"
     "廣東省生產總值增長3.9%、總量連續37年居全國首位。地方一般公共預算收入增長3%。\n",
     {("gdp", "actual", 2025, "growth", Decimal("3.9"), "exact"),
      ("budget_revenue", "actual", 2025, "growth", Decimal("3"), "exact")},
     {Decimal("3.9"), Decimal("3")}),
    # 21世纪经济报道 on 湖南 2024: the headline's target first, then `…作政府工作报告时介绍道,2023年…`; the
    # sentence after it, with no year of its own, still reports 2023
    ("2024年湖南GDP目标增长6%左右\n\n"
     "湖南省省长毛伟明在作政府工作报告时介绍道,2023年湖南全年地区生产总值同比增长4.6%,"
     "地方一般公共预算收入增长8.3%。全体居民人均可支配收入增长5.5%。\n"
     "同时,政府工作报告提出了2024年新的预期目标,其中包括地区生产总值增长6%左右。\n",
     {("disposable_income", "actual", 2023, "growth", Decimal("5.5"), "exact"),
      ("gdp", "target", 2024, "growth", Decimal("6"), "around")},
     {Decimal("5.5"), Decimal("8.3")}),
    # 大公报 on 东莞 2015: a Hong Kong paper's `…作政府工作报告时透露，2014年…` after this year's target, and
    # `他透露，去年…`: last year's results, their start-of-year target quoted back
    ("东莞今年GDP目标增长8%\n东莞市十五届人大五次会议昨日开幕，市长袁宝成在会上作政府工作报告时透露，2014年东莞实现"
     "生产总值5881.2亿元人民币，按年增长7.8%，虽未达到年初订下的8.5%目标。\n"
     "报告提出，今年东莞生产总值增长8%。他透露，去年全市规模以上工业增加值增长8.9%，未达到年初确定的10%目标。\n",
     {("gdp", "actual", 2014, "growth", Decimal("7.8"), "exact"),
      ("gdp", "prior_target", 2014, "growth", Decimal("8.5"), "exact"),
      ("industrial_va", "actual", 2014, "growth", Decimal("8.9"), "exact"),
      ("industrial_va", "prior_target", 2014, "growth", Decimal("10"), "exact"),
      ("gdp", "target", 2015, "growth", Decimal("8"), "exact")},
     {Decimal("7.8"), Decimal("8.5"), Decimal("8.9"), Decimal("10")}),
    # 自由时报 on 瑞安 2022: this year's target first, then `根据报告，瑞安去年…` (the source, the region's short name),
    # its result against the target set at last year's start (`较前一年成长9.1%，高于年初设定的7.5%目标`)
    ("温州瑞安订今年GDP成长6.5%目标\n2022/02/16 14:32\n瑞安市日前召开人大会议，瑞安市长在会中提出政府工作报告，订定"
     "今年地区生产总值成长6.5%左右的目标。\n根据报告，瑞安去年地区生产总值达人民币1006.8亿元，较前一年成长9.1%，高于年初设定的7.5%目标。\n",
     {("gdp", "target", 2022, "growth", Decimal("6.5"), "around"),
      ("gdp", "actual", 2021, "growth", Decimal("9.1"), "exact"),
      ("gdp", "prior_target", 2021, "growth", Decimal("7.5"), "exact")},
     {Decimal("9.1"), Decimal("7.5"), Decimal("1006.8")}),
    # 洛阳日报-style lead on 偃师 2022: after a paragraph on 2021, `报告特别强调，今年要…` opens this year's tasks again
    ("偃师区一届人大二次会议开幕\n报告提出，2022年全区经济社会发展主要预期目标是：地区生产总值增长7.5%左右。\n"
     "2021年，全区研发投入强度达到1.9%，常住人口城镇化率达到50.8%。\n"
     "报告特别强调，今年要坚持就业优先，城镇登记失业率控制在4%以内；要大力推进科技创新，全社会研发投入强度提高到2%以上。\n",
     {("registered_unemployment", "target", 2022, "rate", Decimal("4"), "at_most"),
      ("rd_intensity", "target", 2022, "rate", Decimal("2"), "at_least"),
      ("rd_intensity", "actual", 2021, "rate", Decimal("1.9"), "exact")},
     set()),
    # 联合报 on 福建 2016: after the five-year review, `就2015年而言，…` and `财政收入方面，2015年…` turn to last year
    ("福建今年GDP目标增长8.5%左右\n报告指出，“十二五”期间，福建全省地区生产总值从1.47兆元增加到2015年的2.6兆元，年均增长10.7%。\n"
     "就2015年而言，全省地区生产总值增长9%。\n财政收入方面，2015年全省地方一般公共预算收入2544亿元，增长7.4%。"
     "城镇居民人均可支配收入33275元，增长8.2%。\n",
     {("gdp", "actual", 2015, "growth", Decimal("9"), "exact"),
      ("urban_income", "actual", 2015, "growth", Decimal("8.2"), "exact")},
     {Decimal("9"), Decimal("8.2")}),
    # 中央社 on 广东 2019: `至于今年的目标，报告提出，…` after last year's figures
    ("广东订今年GDP目标\n（中央社记者台北14日电）广东省第十三届人民代表大会第二次会议今天开幕。报告指出，去年广东地区生产"
     "总值增长6.8%，规模以上工业增加值增长6.3%。\n至于今年的目标，报告提出，地区生产总值成长6%至6.5%。\n",
     {("gdp", "target", 2019, "growth", Decimal("6"), "range")},
     set()),
    # 中新社 on 河南 2013: after a look back over five years, `针对2013年的发展目标,郭庚茂特别提到,“…”`: a few
    # opening words with no clause break stand before the year, so the whole sentence is this year's
    ("河南省十二届人大一次会议21日在郑州开幕。河南省长郭庚茂表示,2012年全省生产总值预计达3万亿元。"
     "过去5年,河南还经历国际金融危机带来的负面影响,郭庚茂认为上述成绩“来之不易”。\n"
     "针对2013年的发展目标,郭庚茂特别提到,“城镇居民人均可支配收入、农民人均纯收入实际增长9%以上,"
     "力争与经济增长同步”。河南今年的生产总值目标为增长10%左右。\n",
     {("urban_income", "target", 2013, "growth", Decimal("9"), "at_least"),
      ("rural_income", "target", 2013, "growth", Decimal("9"), "at_least"),
      ("gdp", "target", 2013, "growth", Decimal("10"), "around")},
     set()),
]


@pytest.mark.parametrize(("text", "want", "not_targets"), WRITE_UP_PASSAGES)
def test_a_write_ups_passages_open_on_a_year_said_mid_sentence(text: str, want: set, not_targets: set) -> None:
    facts = _facts(text)
    assert want <= facts, want - facts
    assert not {f for f in facts if f[1] == "target" and f[4] in not_targets}


def test_a_part_said_in_the_sentence_after_an_estimate_is_an_estimate_too() -> None:
    # 梧州日报 2012: under `2012年,是…重要一年`, `预计完成财政收入76.1亿元,…。其中一般预算收入52亿元,…`
    text = ("2012年梧州市政府工作报告解读\n2012年,是实施“十二五”规划承上启下的重要一年。\n"
            "财政收入实现三年翻番。预计完成财政收入76.1亿元,同比增长35.6%。其中一般预算收入52亿元,同比增长36%。\n")
    facts = _facts(text)
    assert ("budget_revenue", "actual", 2011, "level", Decimal("52"), "exact") in facts
    assert ("budget_revenue", "actual", 2011, "growth", Decimal("36"), "exact") in facts


@pytest.mark.parametrize("text", [
    "2014年,GDP增速逐季攀升,上半年3.2%、前三季度4.4%、预计全年5%左右。",  # 渝中 2024
    "2014年,全区GDP增速从一季度3.3%、到上半年4.5%、再到前三季度4.9%,全年增长5%。",  # 玄武 2025
])
def test_a_figures_path_through_the_year_ends_on_the_years_fact(text: str) -> None:
    facts = _facts("某某区2015年政府工作报告\n一、2014年工作回顾\n" + text + "\n")
    gdp = {f for f in facts if f[0] == "gdp"}  # the parts through the year are no facts
    assert gdp and all(f[1:5] == ("actual", 2014, "growth", Decimal("5")) for f in gdp)


def test_a_year_opening_a_list_in_a_five_year_review_holds_for_its_investment() -> None:
    # 新华区 2022: `2021年,实现生产总值288.7亿元,年均增长5.1%;…;固定资产投资74.1亿元,年均增长15.5%`: the
    # investment is 2021's, not a five-year total; its average growth stays the years'
    facts = _in_five_year_review("克服不利影响,2021年,实现生产总值288.7亿元,年均增长5.1%;"
                                 "固定资产投资74.1亿元,年均增长15.5%。")
    assert ("fixed_asset_investment", "actual", 2021, "level", Decimal("74.1"), "exact") in facts
    assert not {f for f in facts if f[4] == Decimal("15.5") and f[2] is not None}
    # with no year opening the list, a five-year review's investment stays a total of the years
    facts = _in_five_year_review("克服不利影响,实现生产总值288.7亿元;固定资产投资74.1亿元。")
    assert not {f for f in facts if f[4] == Decimal("74.1") and f[2] is not None}


@pytest.mark.parametrize("text", [
    "2010年,全市地区生产总值首次突破千亿元;去年,全市地区生产总值达到1500亿元,增长8%。",  # a year in words since
    "2013年启动的50个重点项目全部竣工,全年完成固定资产投资500亿元,增长15%。",  # a year that is no clause
    "全年地区生产总值增长8%,2013年为9.5%,财政收入增长10%。",  # a comparison's year
])
def test_a_year_that_opens_no_list_dates_no_figure_after_it(text: str) -> None:
    facts = _facts("某某市2015年政府工作报告\n一、2014年工作回顾\n" + text + "\n")
    assert {f[2] for f in facts if f[4] in (Decimal("1500"), Decimal("500"), Decimal("10"))} == {2014}


def test_a_part_said_after_a_target_stays_a_target() -> None:
    # `…增长8%,与去年持平。其中第三产业增加值增长10%`: the comparison after the figure says nothing of the part
    facts = _facts("某某市2015年政府工作报告\n二、2015年工作安排\n2015年是全面深化改革的关键之年。"
                   "地区生产总值增长8%,与去年持平。其中第三产业增加值增长10%。\n")
    assert ("gdp_tertiary", "target", 2015, "growth", Decimal("10"), "exact") in facts


def test_a_total_said_after_its_name_sums_years_whatever_year_opened_the_sentence() -> None:
    # 昆山 2022: `2021年预计地区生产总值4700亿元,…;固定资产投资累计达3600亿元`: five years' investment
    facts = _facts("2022年昆山市政府工作报告\n一、过去五年和2021年工作回顾\n2021年预计地区生产总值4700亿元,"
                   "一般公共预算收入466.9亿元,总量均是五年前的1.5倍;固定资产投资累计达3600亿元。\n")
    assert ("gdp", "actual", 2021, "level", Decimal("4700"), "exact") in facts
    assert not {f for f in facts if f[4] == Decimal("3600") and f[2] is not None}
    # a year's own running total stays the year's (`全年固定资产投资累计完成500亿元`)
    facts = _facts("某某市2015年政府工作报告\n一、2014年工作回顾\n全年固定资产投资累计完成500亿元,增长10%。\n")
    assert ("fixed_asset_investment", "actual", 2014, "level", Decimal("500"), "exact") in facts


def test_a_level_whose_growth_on_the_year_before_follows_is_a_result() -> None:
    # 海南 news on 秀英区 2016: no passage says the year, but `实现地区生产总值169.48亿元,同比增长8.9%` reports one
    facts = _facts("秀英区2016年召开人代会\n2月24日,秀英区召开第六届人民代表大会第六次会议。记者从会上获悉,"
                   "秀英区以投资项目促进经济发展,实现地区生产总值169.48亿元,同比增长8.9%。\n")
    assert {f[1] for f in facts if f[0] == "gdp"} == {"actual"}
    assert any(f[0] == "gdp" and f[3] == "level" and f[4] == Decimal("169.48") for f in facts)


def test_a_level_reached_over_the_years_it_took_is_no_years_figure() -> None:
    # 中新社 on 云南 2024: `经济总量从1万亿元台阶攀升至2万亿元,用了6年时间` tells a history
    text = ("发布时间:2024-01-24 20:45:41\n中新社昆明1月24日电 2023年云南省经济总量首次突破3万亿元大关。"
            "记者从24日在昆明开幕的云南省第十四届人民代表大会第二次会议上获得上述消息。\n"
            "位于中国西南边陲的云南,经济总量从1万亿元台阶攀升至2万亿元,用了6年时间;再至“3万亿俱乐部”,用了5年时间。\n")
    facts = _facts(text)
    assert ("gdp", "actual", 2023, "level", Decimal("3"), "at_least") in facts
    assert not {f for f in facts if f[4] == Decimal("2")}


def test_an_earlier_year_opening_a_sentence_holds_for_its_list() -> None:
    # 甘肃 news on 兰州新区's 2020 meeting: after this year's targets, `2018年,…;固定资产投资310亿元,增长20%;…`
    text = ("兰州新区今年GDP增长预期目标:确保22%,力争30%\n"
            "兰州新区在2019年取得了地区生产总值增长18.5%的成绩之后,近日确定了2020年地区生产总值预期目标:确保增长22%。\n"
            "2020年1月6日,兰州新区召开2020年工作会议,回顾总结过去一年新区各项工作,安排部署今年重点工作。\n"
            "兰州新区位于兰州市北部秦王川盆地。\n"
            "2018年,兰州新区实现地区生产总值205亿元、增长16%;固定资产投资310亿元,增长20%;"
            "一般公共预算收入15.2亿元,增长15.6%。\n")
    facts = _facts(text)
    assert ("fixed_asset_investment", "actual", 2018, "level", Decimal("310"), "exact") in facts
    assert ("budget_revenue", "actual", 2018, "growth", Decimal("15.6"), "exact") in facts
    assert not {f for f in facts if f[4] in (Decimal("310"), Decimal("15.2")) and f[1] == "target"}
    # a year named as a ratio's base (`是2015年的2.3倍`) is no year of the figures after it
    later = text.replace("2018年,兰州新区实现地区生产总值205亿元、增长16%",
                         "2019年,兰州新区地区生产总值是2015年的2.3倍")
    assert not {f for f in _facts(later) if f[4] == Decimal("310") and f[2] == 2015}


def test_a_years_growth_on_the_year_before_inside_a_five_year_review() -> None:
    # 成都 2006: `五年来,…2005年,全市地区生产总值2371亿元,比上年增长13.5%,五年年均增长13.2%`
    facts = _in_five_year_review("五年来,经济总量明显增长,2021年,全省地区生产总值2371亿元,比上年增长13.5%,"
                                 "五年年均增长13.2%。")
    assert ("gdp", "actual", 2021, "growth", Decimal("13.5"), "exact") in facts
    assert not {f for f in facts if f[4] == Decimal("13.2") and f[2] is not None}  # the average: no year's
    # with no year named, a growth in a five-year review stays the period's
    facts = _in_five_year_review("五年来,全省地区生产总值比上年增长13.5%。")
    assert not {f for f in facts if f[4] == Decimal("13.5") and f[2] is not None}


def test_striving_for_a_figure_after_last_years_results_is_this_years_target() -> None:
    # 忠县 2025 (a news write-up): `2024年,…` opens a paragraph of results; the next ones strive (力争) for this
    # year's figures, with no year of their own
    text = ("忠县2025年政府工作报告\n"
            "2024年,忠县地区生产总值增长6.7%,位居全市区县第四,固定资产投资、社会消费品零售总额、一般公共预算收入"
            "等主要经济指标增速均高于全市平均水平。\n"
            "聚焦“双千亿”目标,忠县将持续壮大现代制造业集群,力争规上工业增加值增长11%以上。\n"
            "落实重点项目“四专”工作机制,力争固定资产投资增长10%以上。\n")
    facts = _facts(text)
    assert ("gdp", "actual", 2024, "growth", Decimal("6.7"), "exact") in facts
    assert ("industrial_va", "target", 2025, "growth", Decimal("11"), "at_least") in facts
    assert ("fixed_asset_investment", "target", 2025, "growth", Decimal("10"), "at_least") in facts
    assert ("retail_sales", "actual", 2024, "growth", None, "qualitative") in facts
    # without the striving word the figure stays last year's result
    plain = _facts(text.replace("力争固定资产投资", "固定资产投资"))
    assert ("fixed_asset_investment", "actual", 2024, "growth", Decimal("10"), "at_least") in plain


def test_growth_over_a_past_plans_end_gets_no_year_unless_a_goal() -> None:
    # 苏州 2021: `2020年,…。实现一般公共预算收入2303亿元,较“十二五”期末增长了47.6%`: five years' growth
    text = ("苏州市2021年政府工作报告\n一、2020年工作回顾\n"
            "2020年,地区生产总值迈上2万亿元新台阶。实现一般公共预算收入2303亿元,较“十二五”期末增长了47.6%。\n")
    facts = _facts(text)
    assert ("budget_revenue", "actual", 2020, "level", Decimal("2303"), "exact") in facts
    assert not {f for f in facts if f[4] == Decimal("47.6") and f[2] is not None}
    # 天津滨海新区 2013: `今后三年,…总体目标是:到2016年,…万元生产总值能耗比“十一五”末下降20%`: the goal's year
    goal = ("天津滨海新区年GDP将达8000亿元\n"
            "滨海新区区长宗国英在其政府工作报告中指出,2013年全区生产总值预计超过8000亿元(人民币,下同),"
            "较2009年增长1.1倍,过去四年年均增长21.6%。\n"
            "宗国英表示,今后三年,该区将创新体制机制。全区经济社会发展的总体目标是:到2016年,生产总值超过1.2万亿元,"
            "万元生产总值能耗比“十一五”末下降20%。\n"
            "报告指出,2014年,滨海新区将新开工140个重点项目,预期生产总值增长17%。\n")
    facts = _facts(goal)
    assert ("energy_intensity", "target", 2016, "growth", Decimal("-20"), "exact") in facts
    # the district's head naming it before `指出` is no sub-area of it
    assert ("gdp", "actual", 2013, "level", Decimal("8000"), "at_least") in facts


def test_a_year_named_as_a_base_is_no_year_the_passage_is_about() -> None:
    # 河南 2018 (a news write-up): `进出口总值5233亿元,是2012年的1.6倍,…。常住人口城镇化率突破50%`: 2012 is a base
    text = ("河南省十三届人大一次会议开幕\n"
            "  报告显示,初步核算河南省2017年生产总值达到4.5万亿元,年均增长8.4%,高于全国水平1.3个百分点。"
            "进出口总值5233亿元,是2012年的1.6倍,居中西部首位。常住人口城镇化率突破50%,年均提高1.5个百分点。\n")
    facts = _facts(text)
    assert not {f for f in facts if f[4] == Decimal("50") and f[1] == "target"}


def test_a_later_clause_opening_on_a_year_takes_over_from_the_sentences_opening_year() -> None:
    # 慈溪 2022, the term's review: `2020年在全省各县市中,…首个突破2000亿元,2021年全市实现地区生产总值2379.2亿元,
    # 年均增长7.9%;全市完成财政总收入387.7亿元,其中一般公共预算收入225.3亿元,…;社会消费品零售总额700.8亿元`
    text = ("2022年慈溪市政府工作报告\n一、本届政府工作回顾\n"
            "市十七届人大一次会议以来,我们较好地完成了市十七届人大历次会议确定的目标任务。\n"
            "我们坚持发展第一要务,综合实力跃上新台阶。2020年在全省各县市中,地区生产总值首个突破2000亿元,"
            "2021年全市实现地区生产总值2379.2亿元,年均增长7.9%;全市完成财政总收入387.7亿元,"
            "其中一般公共预算收入225.3亿元,分别年均增长9.6%、11.3%;社会消费品零售总额700.8亿元、年均增长6.6%;"
            "外贸进出口突破1000亿元。\n")
    facts = _facts(text)
    assert ("budget_revenue", "actual", 2021, "level", Decimal("225.3"), "exact") in facts
    # a milestone passed in the years reviewed is no year's, whichever clause named a year before it
    assert not {f for f in facts if f[4] == Decimal("1000")}
    assert ("retail_sales", "actual", 2021, "level", Decimal("700.8"), "exact") in facts
    assert ("gdp", "actual", 2020, "level", Decimal("2000"), "at_least") in facts


def test_a_step_taken_after_this_years_targets_in_a_write_up_is_a_result() -> None:
    # 广东 2007 (信息时报): after `今年全省生产总值增长预期目标为9%`, a subheading and a sentence of last year's
    text = ("广东省长黄华华作工作报告 07年GDP预期增长9%\n"
            "时报讯 昨日上午,广东省省长黄华华对《政府工作报告》(征求意见稿)进行说明。他透露,2006年全省生产总值达到"
            "25800亿元,比上年增长14%。为减轻资源环境的压力,今年全省生产总值增长预期目标为9%,城镇居民人均可支配收入"
            "增长8%。 服务业增加值跃上万亿元新台阶 黄华华说,广东省产品获中国名牌产品数居全国首位。"
            "物流、旅游等现代服务业发展加快,服务业增加值跃上万亿元新台阶。\n")
    facts = _facts(text)
    assert ("gdp_tertiary", "actual", 2006, "level", Decimal("1"), "at_least") in facts
    assert not {f for f in facts if f[0] == "gdp_tertiary" and f[1] == "target"}
    # a step still to take is a target
    goal = text.replace("物流、旅游等现代服务业发展加快,服务业增加值跃上", "今年服务业增加值力争跃上")
    assert ("gdp_tertiary", "target", 2007, "level", Decimal("1"), "at_least") in _facts(goal)


def test_a_pages_opening_lines_that_name_their_year_are_no_copy_of_a_later_years_figure() -> None:
    # 商洛 2018 (a newspaper's special page in bullets): `回顾2017年` lines, then the 2018 targets; rural income
    # grew 9.3% in 2017 and is to grow 9.3% in 2018
    text = ("回顾2017年\n生产总值增长9.5%,规模以上工业增加值增长14.5%\n城乡居民收入分别增长8.6%和9.3%\n"
            "全社会固定资产投资增长23.6%,增速均居全省第二\n"
            "展望2018年\n今年经济社会发展的主要预期目标是:生产总值增长9%左右,规模以上工业增加值增长12%左右,"
            "全社会固定资产投资增长12%左右,城乡居民收入分别增长8.5%和9.3%左右。\n")
    facts = _facts(text)
    assert ("rural_income", "actual", 2017, "growth", Decimal("9.3"), "exact") in facts
    assert ("rural_income", "target", 2018, "growth", Decimal("9.3"), "around") in facts


def test_last_year_reached_by_the_figures_before_holds_for_a_fragments_levels() -> None:
    # 内蒙古 2013, the chairman's five-year review printed as an article: no heading, no year word but the years
    # the figures moved between
    text = ("文|内蒙古自治区主席 巴特尔\n\n"
            "——综合经济实力提升最快的时期。全区生产总值从2007年的6423.2亿元增加到2012年的1.6万亿元,"
            "增加近万亿元,年均增长15.1%。地方财政总收入由835.5亿元增加到2497.3亿元,增长2倍,年均增长24.5%。"
            "固定资产投资由4405亿元增加到1.3万亿元,年均增长24.1%。\n"
            "内蒙古自治区第十二届人民代表大会第一次会议于2013年1月召开。\n")
    facts = _facts(text)
    assert ("fixed_asset_investment", "actual", 2012, "level", Decimal("1.3"), "exact") in facts
    assert not {f for f in facts if f[1] == "target"}


@pytest.mark.parametrize(("text", "want"), [
    # funds secured (争取) and a proverb (力争上游) strive for no figure after them
    ("某某县2016年政府工作报告\n2015年，全县地区生产总值增长8.5%。项目建设成效明显，全年争取上级资金32亿元、"
     "实际利用外资3.2亿美元、固定资产投资完成156亿元。\n",
     ("fixed_asset_investment", "actual", 2015, "level", Decimal("156"), "exact")),
    ("某某县2016年政府工作报告\n2015年，全县上下力争上游、实现规模以上工业增加值增长9.2%。\n",
     ("industrial_va", "actual", 2015, "growth", Decimal("9.2"), "exact")),
    # a step still to take this year, or in this year's chapter, is a target
    ("某某市2016年政府工作报告\n市长在报告中说，今年全市经济社会发展的主要预期目标是地区生产总值增长8%左右。"
     "今年全市地区生产总值迈上1000亿元新台阶，一般公共预算收入增长8%。\n",
     ("gdp", "target", 2016, "level", Decimal("1000"), "at_least")),
    ("某某市2016年政府工作报告\n一、2015年工作回顾\n全市地区生产总值增长8%。\n二、2016年工作安排\n"
     "今年经济社会发展的主要预期目标是地区生产总值增长8%左右。\n全市地区生产总值突破1000亿元大关。\n",
     ("gdp", "target", 2016, "level", Decimal("1000"), "at_least")),
    # a growth over a past plan's end among this year's targets stays a target
    ("某某市2022年政府工作报告\n二、2022年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，"
     "单位地区生产总值能耗较“十三五”末下降14%。\n",
     ("energy_intensity", "target", None, "growth", Decimal("-14"), "exact")),
])
def test_the_days_rules_stay_within_their_wordings(text: str, want: tuple) -> None:
    assert want in _facts(text)


def test_expectations_beaten_and_a_target_met_before_a_result_cue_no_target() -> None:
    # 洛阳 2023 plan, under the review of 2022: `今年以来,面对超出预期的风险挑战,…,全市地区生产总值5675.2亿元、
    # 同比增长3%`
    plan = ("洛阳市2023年国民经济和社会发展计划\n一、2022年国民经济和社会发展计划执行情况\n"
            "今年以来,面对超出预期的风险挑战,全市上下坚决落实“疫情要防住、经济要稳住、发展要安全”重大要求,"
            "全市经济社会发展保持稳定恢复、稳中向好的态势,全市地区生产总值5675.2亿元、同比增长3%。\n")
    assert ("gdp", "actual", 2022, "level", Decimal("5675.2"), "exact") in _facts(plan)
    # 榆林 2014 (a news write-up): `确保…目标的实现,完成生产总值2846.8亿元,同比增长8.8%`
    news = ("榆林市第三届人大五次会议隆重召开\n"
            "榆林市市长陆治原在政府工作报告中说到,过去的一年,是进入新世纪以来榆林市经济发展极为困难的一年:面临煤炭价格"
            "下滑等严峻考验。中共榆林市委、市政府把握大局、正确领导,全市干部群众艰苦努力,确保榆林市经济社会发展稳中有进、"
            "稳中向好目标的实现,完成生产总值2846.8亿元,同比增长8.8%。\n陆治原称,2014年榆林将全力以赴推动重大项目建设。\n")
    facts = _facts(news)
    assert ("gdp", "actual", 2013, "level", Decimal("2846.8"), "exact") in facts
    assert ("gdp", "actual", 2013, "growth", Decimal("8.8"), "exact") in facts
    # (but this year's estimate measured on the year before is still this year's target)
    ahead = news + "今年预计全市生产总值同比增长9%左右。\n"
    assert ("gdp", "target", 2014, "growth", Decimal("9"), "around") in _facts(ahead)


# 宝鸡 2021 (a page of the report): the address opens a paragraph of the five-year review, after the review of 2020
BAOJI_2021 = ("2021年宝鸡市政府工作报告\n\n  去年以来及“十三五”工作回顾\n\n"
              "2020年,面对新冠肺炎疫情冲击和严峻经济形势,全市地区生产总值增长3.3%,高于全省1.1个百分点。\n\n"
              "各位代表!“十三五”期间,市政府聚焦追赶超越,较好完成了各项目标任务。全市地区生产总值达到2276.95亿元,"
              "居全省第三,年均增长6.3%,万元GDP能耗下降16.2%。\n")


@pytest.mark.parametrize("text", [
    BAOJI_2021,
    # (the address on the body's first paragraph: the address is the intro, not the paragraph it opens)
    re.sub(r"2020年,面对[^\n]*\n\n", "", BAOJI_2021),
])
def test_an_address_opening_a_paragraph_of_the_body_keeps_its_years(text: str) -> None:
    facts = _facts(text)
    # the five years' fall in energy use per unit of output is no figure of 2020
    assert ("energy_intensity", "actual", None, "growth", Decimal("-16.2"), "exact") in facts
    assert ("energy_intensity", "actual", 2020, "growth", Decimal("-16.2"), "exact") not in facts
    assert ("gdp", "actual", 2020, "level", Decimal("2276.95"), "exact") in facts


def test_an_address_on_its_own_or_before_the_formula_ends_the_intro() -> None:
    from zhibiao.document import _intro_end
    text = "某某市2016年政府工作报告\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n"
    assert _intro_end(text) == text.index("\n现在")
    text = ("某某市2016年政府工作报告\n各位代表：现在，我代表市人民政府向大会报告工作，请予审议，"
            "并请市政协委员提出意见。\n一、")
    assert _intro_end(text) == text.index("\n一、")


def test_a_growth_on_the_year_before_noted_for_the_figures_after_it_is_that_years() -> None:
    # 遂溪 2016 (a five-year review): `比上年(下同)增长7.3%` is the named year's own growth, not the five years'
    # (given in November 2016: the review's last year is 2016, its latest full figures 2015's)
    text = ("政府工作报告(2016年11月24日)\n——2016年11月24日在遂溪县第十六届人民代表大会第一次会议上\n"
            "过去五年的工作回顾\n过去五年,是遂溪经济社会发展取得重要成就的五年。\n综合经济实力大幅提升。"
            "2015年全县实现生产总值263.1亿元,比上年(下同)增长7.3% ,“十二五”期间(下同)年均增长10.8%。\n")
    facts = _facts(text)
    assert ("gdp", "actual", 2015, "growth", Decimal("7.3"), "exact") in facts
    assert ("gdp", "actual", None, "growth", Decimal("10.8"), "exact") in facts


@pytest.mark.parametrize(("said", "want", "not_want"), [
    # 河南 2006: a clause comparing with a year long past measures the growths after it from that year
    ("与2000年相比,经济总量增长70%以上,地方财政一般预算收入实现翻番。",
     ("gdp", "actual", None, "growth", Decimal("70"), "at_least"),
     ("gdp", "actual", 2005, "growth", Decimal("70"), "at_least")),
    ("全省生产总值10587亿元,与2000年相比增长70%。",
     ("gdp", "actual", None, "growth", Decimal("70"), "exact"),
     ("gdp", "actual", 2000, "growth", Decimal("70"), "exact")),
    # (the year before said as a comparison is the year's own growth)
    ("全市地区生产总值完成500亿元,与上年相比增长12%。",
     ("gdp", "actual", 2005, "growth", Decimal("12"), "exact"), None),
])
def test_a_growth_compared_with_a_year_said_around_it(said: str, want: tuple, not_want: tuple | None) -> None:
    facts = _facts("河南省2006年政府工作报告\n2005年," + said + "\n")
    assert want in facts and not_want not in facts


def test_levels_reached_in_a_year_the_paragraph_names_in_a_late_years_five_year_review() -> None:
    # 武威 (given 7 December 2021): its five-year review's paragraph says the output reached in 2020; the levels
    # after it reached by the same words are 2020's too, not the year of the session's
    text = ("武威市2022年政府工作报告\n——2021年12月7日在武威市第五届人民代表大会第一次会议上\n一、过去五年工作回顾\n"
            "过去五年,全市经济社会高质量发展取得重大成就。\n——综合经济实力大幅提升。全市生产总值由2016年的423.3亿元"
            "增加到2020年的526.4亿元,跃居全省第5位。三产增加值由208.5亿元增加到279.6亿元,居全省第5位。\n")
    facts = _facts(text)
    assert ("gdp", "actual", 2020, "level", Decimal("526.4"), "exact") in facts
    assert ("gdp_tertiary", "actual", 2020, "level", Decimal("279.6"), "exact") in facts


def test_a_write_up_quoting_the_reports_five_years_keeps_their_milestones_out_of_the_last_year() -> None:
    # 山东 2018 on a news page: the year one clause named is not when the milestones after it were passed
    text = ("2018年山东省政府工作报告\n省政府工作报告提到,五年来,全省经济综合实力大幅提升,"
            "地区生产总值迈上两个万亿元台阶,2017年达到7.27万亿元;一般公共预算收入突破6000亿元;粮食产量稳定在900亿斤以上。\n")
    res = pipeline.extract_bytes(text.encode(), "t.txt")
    assert {(f.indicator, f.period, f.value) for rr in res.reports for f in rr.facts if f.period is not None} == {
        ("gdp", 2017, Decimal("7.27"))}


def test_a_bare_growth_after_one_on_a_base_of_several_years_ago_is_on_that_base() -> None:
    # 深圳 2011 (深圳特区报): `比2005年增长86%`, then the paragraph's growths without a base are over the same years
    head = "深圳市2011年政府工作报告\n一、“十一五”发展成就及2010年工作回顾\n"
    text = head + ("2010年,预计实现本市生产总值9500亿元,比2005年增长86%。人均生产总值1.46万美元,增长58.9%。"
                   "规模以上工业增加值、地方财政一般预算收入跃上新台阶,分别为4050亿元、1106.8亿元,增长88%、168%。\n")
    res = pipeline.extract_bytes(text.encode(), "t.txt")
    dated = {(f.indicator, f.measure, f.period) for rr in res.reports for f in rr.facts if f.period is not None}
    assert dated == {("gdp", "level", 2010), ("gdp_per_capita", "level", 2010), ("industrial_va", "level", 2010),
                     ("budget_revenue", "level", 2010)}
    # (a year named since, or a growth on the year before, is the year's own again)
    text = head + "2010年,预计实现本市生产总值9500亿元,比2005年增长86%。2010年规模以上工业增加值增长15%。\n"
    res = pipeline.extract_bytes(text.encode(), "t.txt")
    assert ("industrial_va", 2010) in {(f.indicator, f.period) for rr in res.reports for f in rr.facts}
    text = head + "2010年,预计实现本市生产总值9500亿元,比2005年增长86%;规模以上工业增加值比上年增长15%。\n"
    res = pipeline.extract_bytes(text.encode(), "t.txt")
    assert ("industrial_va", 2010) in {(f.indicator, f.period) for rr in res.reports for f in rr.facts}


def test_a_goal_year_and_this_years_target_said_in_paragraphs_after_a_five_year_review() -> None:
    # 成都 2026 (人民网): after `“十四五”圆满收官,…2025年达2.48万亿元`, the next paragraph's `到2030年…冲刺3.2万亿元`
    # is the new plan's goal and `设定2026年GDP增长5.5%左右的预期目标` this year's target, not the review's figures
    text = ("成都市2026年政府工作报告\n“十四五”圆满收官,成都交出了一份亮眼答卷:地区生产总值连跨6个千亿台阶,"
            "2025年达2.48万亿元,增长5.8%。\n站在新的历史起点,《政府工作报告》明确了“十五五”时期的奋斗愿景:"
            "到2030年地区生产总值冲刺3.2万亿元。开局之年,成都设定2026年GDP增长5.5%左右的预期目标。\n")
    res = pipeline.extract_bytes(text.encode(), "t.txt")
    assert {(f.role, f.period, f.measure, f.value) for rr in res.reports for f in rr.facts} == {
        ("actual", 2025, "level", Decimal("2.48")), ("actual", 2025, "growth", Decimal("5.8")),
        ("target", 2030, "level", Decimal("3.2")), ("target", 2026, "growth", Decimal("5.5"))}


def test_a_milestone_passed_with_an_average_of_years_after_it_is_no_years_figure() -> None:
    # 河南 2018 (a write-up): `常住人口城镇化率突破50%,年均提高1.5个百分点` was passed over the years averaged
    text = ("河南省2018年政府工作报告\n报告显示,河南省2017年生产总值达到4.5万亿元。常住人口城镇化率突破50%,年均提高"
            "1.5个百分点。2017年,全省粮食产量突破1200亿斤,增长2%。\n")
    res = pipeline.extract_bytes(text.encode(), "t.txt")
    dated = {(f.indicator, f.value) for rr in res.reports for f in rr.facts if f.period is not None}
    assert dated == {("gdp", Decimal("4.5")), ("grain_output", Decimal("1200")), ("grain_output", Decimal("2"))}


def test_a_base_said_after_the_years_own_growths_is_that_figures_only() -> None:
    # a reviewer's case: `…能耗较2020年下降12.5%` after the year's GDP growth; the growths after it are the year's
    text = ("2024年某市政府工作报告\n一、2023年工作回顾\n过去一年,全市地区生产总值增长6.1%。绿色转型成效明显,单位地区"
            "生产总值能耗较2020年下降12.5%,规模以上工业增加值增长7.2%。\n")
    res = pipeline.extract_bytes(text.encode(), "t.txt")
    assert ("industrial_va", 2023) in {(f.indicator, f.period) for rr in res.reports for f in rr.facts}


def test_growths_after_a_clause_comparing_with_the_plan_before_are_over_its_years() -> None:
    # 临汾 2011: `与“十五”末相比,,2010年…农民人均纯收入达到5287元,增长58.9%`: the level is 2010's, the growth the plan's
    text = ("临汾市2011年政府工作报告\n过去的五年,是综合实力显著增强的五年。与“十五”末相比,,2010年全市农民人均纯收入"
            "达到5287元,增长58.9%。2010年全市生产总值增长13%。\n")
    res = pipeline.extract_bytes(text.encode(), "t.txt")
    got = {(f.indicator, f.measure, f.period) for rr in res.reports for f in rr.facts}
    assert {("rural_income", "level", 2010), ("rural_income", "growth", None), ("gdp", "growth", 2010)} == got


def test_a_second_reviewers_cases_keep_their_years() -> None:
    # the year of a milestone said in its own clause before (`2020年,`), or in a plan's line, is kept
    text = "2021年政府工作报告\n一、“十三五”时期和2020年工作回顾\n2020年,全市地区生产总值突破5000亿元,年均增长6.5%。\n"
    res = pipeline.extract_bytes(text.encode(), "t.txt")
    assert ("gdp", 2020, Decimal("5000")) in {(f.indicator, f.period, f.value) for rr in res.reports for f in rr.facts}
    # a comparison with the plan before reaches its own item only, not past a `;`
    text = ("2026年政府工作报告\n一、“十四五”时期和2025年工作回顾\n与“十三五”末相比,全市经济总量增加3000亿元;2025年,"
            "全市地区生产总值增长5.5%,一般公共预算收入增长4%。\n")
    res = pipeline.extract_bytes(text.encode(), "t.txt")
    assert {(f.indicator, f.period) for rr in res.reports for f in rr.facts if f.measure == "growth"} == {
        ("gdp", 2025), ("budget_revenue", 2025)}


# 遂溪's report of 24 November 2016, down to the opening of its five-year review (the plan ended in 2015)
_REVIEW_NOV_2016 = ("政府工作报告\n——2016年11月24日在遂溪县第十六届人民代表大会第一次会议上\n遂溪县县长 余庆创\n"
                    "各位代表:\n现在,我代表县人民政府向大会作政府工作报告,请予审议。\n过去五年的工作回顾\n"
                    "过去五年,是遂溪经济社会发展经受重大考验、取得重要成就的五年。\n")


def test_figures_after_a_sentence_opening_on_their_year_in_a_five_year_review_are_that_years() -> None:
    """遂溪 gives its report on 24 November 2016 and reviews the plan ended in 2015: the parts of the 2015 output
    the paragraph goes on to give, with growths on the year before and no year of their own, are 2015's (not
    2016's, the year the date would make the last one), their averages over the plan none's."""
    text = (_REVIEW_NOV_2016 + "综合经济实力大幅提升。2015年全县实现生产总值263.1亿元,比上年(下同)增长7.3%,"
            "“十二五”期间(下同)年均增长10.8%。第一产业增加值98.6亿元,同比增长3.2%,年均增长4.7%;第二产业增加值77.3亿元,同比增长5.5%,"
            "年均增长12.6%。一般公共预算收入6.95亿元,同比增长13.17%,年均增长15.36%。\n")
    facts = _facts(text)
    d = Decimal
    assert {("gdp_primary", "actual", 2015, "level", d("98.6"), "exact"),
            ("gdp_secondary", "actual", 2015, "growth", d("5.5"), "exact"),
            ("budget_revenue", "actual", 2015, "level", d("6.95"), "exact")} <= facts
    assert ("gdp_primary", "actual", None, "growth", d("4.7"), "exact") in facts
    # (a sentence since on the years reviewed ends the year's hold: `五年来,…`)
    after = _facts(text.replace("一般公共预算收入6.95亿元", "五年来,一般公共预算收入6.95亿元"))
    assert not {f for f in after if f[0] == "budget_revenue" and f[2] == 2015}

    # (nor does it reach an estimate of the year ending, or a level said as it is now)
    for words in ("预计一般公共预算收入6.95亿元", "目前,一般公共预算收入6.95亿元"):
        after = _facts(text.replace("一般公共预算收入6.95亿元", words))
        assert not {f for f in after if f[0] == "budget_revenue" and f[2] == 2015}


_OPENING_2021 = ("某县2021年政府工作报告\n各位代表:\n现在,我代表县人民政府向大会作政府工作报告,请予审议。\n"
                 "一、“十三五”时期工作回顾\n“十三五”时期,是我县发展极不平凡的五年。\n")


@pytest.mark.parametrize("line", [
    # a year inside the plan, an event's or a milestone's, holds nothing for the levels reached at its end
    "脱贫攻坚取得决定性胜利。2019年,我县实现整县脱贫摘帽,贫困发生率降至0.31%。农村居民人均可支配收入达到14860元,"
    "年均增长9.5%。",
    "产业结构持续优化。2016年,全县实现规模以上工业增加值45亿元,首次跨入全省工业强县行列。规上工业增加值达到78亿元。",
])
def test_a_year_inside_the_plan_opening_a_paragraph_is_not_the_year_of_the_levels_after_it(line: str) -> None:
    facts = _facts(_OPENING_2021 + line + "\n")
    later = {f for f in facts if f[4] in (Decimal("14860"), Decimal("78"))}
    assert later and all(f[2] == 2020 for f in later), later


def test_a_sum_over_the_plan_after_a_sentence_on_its_last_year_stays_the_plans() -> None:
    """A Nov 2016 report: `全县共完成固定资产投资580亿元,年均增长15.2%` after `2015年全县实现…` sums the five years."""
    text = (_REVIEW_NOV_2016 + "综合实力显著增强。2015年全县实现生产总值263.1亿元,"
            "比上年增长7.3%。全县共完成固定资产投资580亿元,年均增长15.2%。\n")
    facts = _facts(text)
    assert ("gdp", "actual", 2015, "level", Decimal("263.1"), "exact") in facts
    assert not {f for f in facts if f[0] == "fixed_asset_investment" and f[2] == 2015}


# A 2011 report cut to its three chapters, in the wording of the reports that opened the 12th plan (安徽, 浙江 2006):
# the plan's outline titled by its number written out, and this year's targets after a lead-in that names the plan.
OPENING_THE_12TH_PLAN = """2011年某某省政府工作报告
——2011年1月15日在安徽省第十一届人民代表大会第四次会议上
一、2010年工作和“十一五”发展回顾
2010年，全省生产总值增长14.5%。
二、关于《安徽省国民经济和社会发展第十二个五年规划纲要（草案）》的说明
经过五年努力，主要指标是：全省生产总值达到2.5万亿元；城镇化率达到50%。
三、2011年政府工作
{lead}今年全省经济社会发展的主要预期目标是：全省生产总值增长11%，城镇登记失业率控制在4.5%以内。
"""


@pytest.mark.parametrize("lead", ["", "按照“十二五”规划的总体要求，", "根据上述目标，", "综合考虑各方面因素，",
                                  "为确保“十二五”开好局、起好步，"])
def test_this_years_targets_after_a_lead_in_naming_the_plan_are_this_years(lead: str) -> None:
    # a reviewer's probes of reports opening a plan: with the plan named before 今年 (or the chapter holding the
    # plan's goals), this year's targets took the plan's end year; and the goals under the outline's title, a plan
    # named by its number written out, were read as last year's results
    facts = _facts(OPENING_THE_12TH_PLAN.format(lead=lead))
    d = Decimal
    assert ("gdp", "target", 2011, "growth", d("11"), "exact") in facts
    assert ("registered_unemployment", "target", 2011, "rate", d("4.5"), "at_most") in facts
    assert ("gdp", "actual", 2010, "growth", d("14.5"), "exact") in facts
    assert not {f for f in facts if f[1] == "actual" and f[4] in (d("2.5"), d("50"))}  # the goals are no results
    # (the same in a chapter that holds the plan's goals and this year's, titled after both)
    outline = "二、关于《安徽省国民经济和社会发展第十二个五年规划纲要（草案）》的说明"
    text = OPENING_THE_12TH_PLAN.format(lead=lead).replace("三、2011年政府工作\n", "").replace(
        outline, "二、“十二五”时期的主要目标和2011年工作")
    assert ("gdp", "target", 2011, "growth", d("11"), "exact") in _facts(text)


def test_this_years_word_in_passing_opens_no_passage() -> None:
    # `今年是实现“十二五”目标的关键一年` names no targets; nor does 今年 in a report given in December (the year it
    # reviews)
    m = ReportMeta(None, None, None, None, "government_work_report", 2012, 2011, 2012, None, None)
    assert periods._this_years_targets("今年是实现“十二五”规划目标的关键一年。", 0, 20, m) is None
    late = ReportMeta(None, None, None, None, "plan_report", 2011, 2011, 2012, "2011-12-20", None)
    assert periods._this_years_targets("根据上述要求，今年主要预期目标是：", 0, 17, late) is None
    assert periods._this_years_targets("根据上述要求，明年主要预期目标是：", 0, 17, late) is not None
    # (nor this year's with the years after it, nor a goal said in words: a reviewer's)
    for said in ("根据省委建议，今后五年和今年全省经济社会发展的主要预期目标是：",
                 "今年和今后一个时期全市经济社会发展的主要目标是：",
                 "站在新的起点上，今年全省经济工作的主要目标是实现“十二五”良好开局。"):
        assert periods._this_years_targets(said, 0, len(said), m) is None, said


@pytest.mark.parametrize("text,want", [
    # a clause opening on this year's word after last year's figure, in a write-up or a review (a reviewer's probes
    # of news items): this year's target to the sentence's end, then last year's again
    ("2006年嘉兴市政府工作报告\n去年全市生产总值增长13.5%，今年全市生产总值增长12%左右。一般预算收入增长20%。\n",
     {("gdp", "actual", 2005, "growth", "13.5", "exact"), ("gdp", "target", 2006, "growth", "12", "around"),
      ("budget_revenue", "actual", 2005, "growth", "20", "exact")}),
    ("2020年1月，某县政府工作报告指出，二〇一九年全县生产总值增长8.1%，今年全县生产总值增长7.5%左右。\n",
     {("gdp", "actual", 2019, "growth", "8.1", "exact"), ("gdp", "target", 2020, "growth", "7.5", "around")}),
    # (to the sentence's end: the list goes on; a second reviewer's)
    ("2024年某市政府工作报告\n一、2023年工作回顾\n2023年全市地区生产总值增长6.5%,今年全市地区生产总值增长6%左右,"
     "一般公共预算收入增长5%。\n",
     {("gdp", "actual", 2023, "growth", "6.5", "exact"), ("gdp", "target", 2024, "growth", "6", "around"),
      ("budget_revenue", "target", 2024, "growth", "5", "exact")}),
    # (a clause that only holds a figure is this year's to its own end: a third reviewer's)
    ("2016年某市政府工作报告\n一、2015年工作回顾\n城镇新增就业1.2万人，今年还将新增就业岗位1万个，城镇登记失业率3.2%。\n",
     {("new_urban_jobs", "actual", 2015, "level", "1.2", "exact"),
      ("registered_unemployment", "actual", 2015, "rate", "3.2", "exact")}),
    ("2016年某市政府工作报告\n一、2015年工作回顾\n全市城镇登记失业率3.5%，今年城镇登记失业率4%以内。\n",
     {("registered_unemployment", "actual", 2015, "rate", "3.5", "exact"),
      ("registered_unemployment", "target", 2016, "rate", "4", "at_most")}),
    # (a clause that is only the targets' label opens them: a reviewer's net check, 甘井子 2018's wording)
    ("2018年某区政府工作报告\n一、2017年工作回顾\n2017年,全区地区生产总值增长6.5%,今年目标,地区生产总值增长7%左右,"
     "一般公共预算收入增长6%。\n",
     {("gdp", "actual", 2017, "growth", "6.5", "exact"), ("gdp", "target", 2018, "growth", "7", "around"),
      ("budget_revenue", "target", 2018, "growth", "6", "exact")}),
    # (not a clause that only ends on a target word: a reviewer's)
    ("2016年某区政府工作报告\n一、2015年工作回顾\n全区生产总值增长8%,今年全区上下齐心协力超额完成了各项目标,"
     "规模以上工业增加值增长9%。\n",
     {("gdp", "actual", 2015, "growth", "8", "exact"), ("industrial_va", "actual", 2015, "growth", "9", "exact")}),
    # (nor `今年目标任务更加艰巨`, a target word without a figure: a third reviewer's)
    ("2016年某市政府工作报告\n一、2015年工作回顾\n全市地区生产总值增长8%，今年目标任务更加艰巨，一般公共预算收入增长10%。\n",
     {("gdp", "actual", 2015, "growth", "8", "exact"), ("budget_revenue", "actual", 2015, "growth", "10", "exact")}),
    # (nor a clause on this year with no figure of its own moved or set: a second reviewer's)
    ("2016年某市政府工作报告\n一、2015年工作回顾\n全市一般公共预算收入增长9%，今年我们将继续加大招商力度，"
     "社会消费品零售总额增长11%。\n",
     {("budget_revenue", "actual", 2015, "growth", "9", "exact"),
      ("retail_sales", "actual", 2015, "growth", "11", "exact")}),
    # (not a part of the year or a season: a reviewer's)
    ("2016年某市政府工作报告\n一、2015年工作回顾\n规上工业增加值增长9%,今年一季度新增规上企业20户,全社会固定资产投资"
     "完成1200亿元,增长15%。\n",
     {("industrial_va", "actual", 2015, "growth", "9", "exact"),
      ("fixed_asset_investment", "actual", 2015, "level", "1200", "exact"),
      ("fixed_asset_investment", "actual", 2015, "growth", "15", "exact")}),
    ("2016年某市政府工作报告\n一、2015年工作回顾\n粮食总产量达到250万吨,今年夏粮又获丰收,"
     "农民人均纯收入达到1.2万元,增长9%。\n",
     {("grain_output", "actual", 2015, "level", "250", "exact"),
      ("rural_income", "actual", 2015, "level", "1.2", "exact"),
      ("rural_income", "actual", 2015, "growth", "9", "exact")}),
    # (not a year still under way, estimated: 980's `…,今年继续保持较快增长势头,…全年预计达1100亿元`)
    ("2023年某区政府工作报告\n一、2022年工作回顾\n地区生产总值在2021年突破千亿元关口后，今年继续保持较快增长势头，"
     "全年预计达1100亿元、增长6%。\n",
     {("gdp", "actual", 2022, "level", "1100", "exact"), ("gdp", "actual", 2022, "growth", "6", "exact")}),
])  # fmt: skip
def test_a_clause_opening_on_this_year_after_last_years_figure(text: str, want: set) -> None:
    assert _facts(text) == {(*f[:4], Decimal(f[4]), f[5]) for f in want}


def test_this_years_figure_beside_the_plans_is_this_years() -> None:
    # `“十二五”期间全省城镇新增就业500万人，今年新增就业100万人以上` (reviewers' probes of 2011 task chapters): the
    # clause opening on this year's word holds this year's figure, the plan's stays the plan's
    text = ("2011年某某省政府工作报告\n三、2011年的主要任务\n（一）千方百计扩大就业。"
            "“十二五”期间全省城镇新增就业500万人，今年新增就业100万人以上。\n")
    got = {(f[0], f[1], f[2], f[4]) for f in _facts(text)}
    d = Decimal
    assert got == {("new_urban_jobs", "target", 2015, d("500")), ("new_urban_jobs", "target", 2011, d("100"))}
    # (not in a report given in December, whose 今年 is the year it reviews, nor several years from it: a reviewer's)
    text = ("2015年某县人民政府工作报告\n——2015年12月28日在县第十七届人民代表大会第五次会议上\n"
            "二、“十三五”时期的主要目标\n“十三五”期间粮食产量稳定在100亿斤以上，今年粮食产量达到102亿斤。\n")
    assert not {f for f in _facts(text) if f[2] == 2016}
    text = ("2016年某市政府工作报告\n三、2016年主要任务\n“十三五”期间城镇新增就业累计50万人，"
            "今年和明年城镇新增就业累计18万人。\n")
    assert not {f for f in _facts(text) if f[2] == 2016}
    # (not this year's word in a clause before the goals, nor a start counted from it: a reviewer's)
    for text in ("2021年某市政府工作报告\n二、“十四五”时期的主要目标\n“十四五”时期是…关键时期，今年是开局之年，"
                 "全市发展的主要目标是：地区生产总值突破3000亿元。\n",
                 "2011年某省政府工作报告\n三、2011年的主要任务\n“十二五”期间，从今年起全省城镇新增就业累计达到400万人。\n"):
        assert not {f for f in _facts(text) if f[2] in (2011, 2021)}, text


def test_a_record_over_past_years_in_a_list_item_is_the_years_own() -> None:
    """`为5年来最高增速` (沈阳 2007) says the year's growth was the highest in five years: the item (a dash line
    read as a heading) opens no review of five years, and the items after it keep the year reviewed."""
    facts = _facts("2007年沈阳市政府工作报告\n一、2006年政府工作回顾\n"
                   "——社会消费品零售总额实现1048.7亿元,增长14.6%,为5年来最高增速;\n"
                   "——实际利用外资实现30.4亿美元,增长43.4%,首次突破30亿美元;\n")
    assert {(f[0], f[2], f[3], f[4]) for f in facts} == {
        ("retail_sales", 2006, "level", Decimal("1048.7")), ("retail_sales", 2006, "growth", Decimal("14.6")),
        ("foreign_investment", 2006, "level", Decimal("30.4")), ("foreign_investment", 2006, "growth", Decimal("43.4")),
    }


def test_a_journal_abstracts_body_mark_hides_no_year() -> None:
    """A journal page's `摘要` / `<正>2023年,是…开局之年。…今年发展的主要预期目标是:` is the 2023 report's."""
    res = pipeline.extract_bytes("摘要\n\n<正>2023年,是全面贯彻党的二十大精神的开局之年。政府工作报告明确提出今年发展的"
                                 "主要预期目标是:国内生产总值增长5%左右。".encode(), "t.txt")
    assert res.reports[0].report.meta.report_year == 2023
    assert {(f.indicator, f.period, f.value) for f in res.reports[0].facts} == {("gdp", 2023, Decimal("5"))}


def test_main_targets_set_for_a_year_ahead_are_the_plans_goals() -> None:
    """`主要目标是:到2020年,…` under a chapter of the coming plan (南岗 2016) opens the plan's goals up to that year,
    not this year's targets; said of this year, or with no year ahead, the opener is this year's."""
    got = periods.cue_years("主要目标是:到2030年,地区生产总值达到1450亿元左右,年均增长7.5%左右", META)
    assert got is not None and got[:2] == (2026, 2030) and periods.scope_of(*got[:2], META) == "plan_goals"
    assert periods.cue_years("今年主要目标是:到2030年…", META)[:2] == (2026, 2026)  # type: ignore[index]
    assert periods.cue_years("主要目标是:地区生产总值增长5%左右", META)[:2] == (2026, 2026)  # type: ignore[index]


@pytest.mark.parametrize("record", ["为近5年来最高增速", "为“十五”以来最高增速", "为2001年以来最高增速",
                                    "是五年来增长最快的一年"])
def test_other_records_said_after_a_figure_in_a_list_item(record: str) -> None:
    facts = _facts("2007年沈阳市政府工作报告\n一、2006年政府工作回顾\n"
                   f"——社会消费品零售总额实现1048.7亿元,增长14.6%,{record};\n"
                   "——农民人均纯收入达到5712元,增长13.1%。\n")
    assert {(f[0], f[2], f[3]) for f in facts} == {
        ("retail_sales", 2006, "level"), ("retail_sales", 2006, "growth"),
        ("rural_income", 2006, "level"), ("rural_income", 2006, "growth")}


def test_a_heading_on_the_five_years_most_notable_still_opens_the_five_year_review() -> None:
    """`一、过去五年最不平凡的发展历程`: no figure before the years, no record; a growth over them is no year's."""
    facts = _facts("温县2016年政府工作报告\n一、过去五年最不平凡的发展历程\n"
                   "地区生产总值由120亿元增加到210亿元,增长75%,粮食总产量突破40万吨。\n"
                   "二、2016年工作安排\n今年地区生产总值增长8%左右。\n")
    assert ("gdp", "actual", 2015, "level", Decimal("210"), "exact") in facts
    assert not {f for f in facts if f[3] == "growth" and f[1] == "actual" and f[2] is not None}
    assert not {f for f in facts if f[0] == "grain_output" and f[2] is not None}


@pytest.mark.parametrize("horizon", ["到“十五五”末,", "“十五五”期间,"])
def test_main_targets_set_for_the_end_of_a_plan_are_the_plans_goals(horizon: str) -> None:
    got = periods.cue_years(f"主要目标是:{horizon}地区生产总值达到1450亿元", META)
    assert got is not None and got[:2] == (2026, 2030)


def test_a_write_ups_report_summing_up_a_plans_years() -> None:
    """`报告用“五个明显”总结了“十二五”时期的发展成就:…城镇化率提高到38.5%` (固始 2016): the plan's end, 2015."""
    facts = _facts("固始县2016年政府工作报告\n"
                   "报告用“五个明显”总结了“十二五”时期的发展成就:综合实力明显增强,五年间全县生产总值年均增长10.2%;"
                   "城乡面貌明显改善,城镇化率提高到38.5%。\n")
    assert ("urbanization_rate", "actual", 2015, "rate", Decimal("38.5"), "exact") in facts
    assert not {f for f in facts if f[0] == "gdp" and f[2] is not None}


def test_the_paragraph_setting_the_years_work_opens_this_years_targets_after_the_plans_goals() -> None:
    # a county's plan-opening report (a blind set's 神木 2026): the plan's goals, then `做好今年政府工作，要…努力实现…`
    text = ("某县2026年政府工作报告\n二、2026年主要工作\n今年是“十五五”规划开局之年。“十五五”时期，"
            "我们将力争地区生产总值年均增长5.5%左右。\n做好今年政府工作，要坚持稳中求进工作总基调，统筹发展和安全，努力实现地区生产总值增长5.5%、"
            "规上工业增加值增长6%，城镇登记失业率控制在4%以内。\n")
    got = _facts(text)
    assert {("gdp", "target", 2026, "growth", Decimal("5.5"), "exact"),
            ("industrial_va", "target", 2026, "growth", Decimal("6"), "exact"),
            ("registered_unemployment", "target", 2026, "rate", Decimal("4"), "at_most")} <= got


def test_an_item_of_a_five_year_review_opening_on_its_last_year_leaves_the_items_after_it_the_plans() -> None:
    # 山东 2006 (a blind set): `——综合经济实力跃上新台阶。2005年全省生产总值达到…` is the plan's end level, and a later
    # item's `五年累计实际利用外资365亿美元` is still the five years' total, no 2005 figure
    text = ("山东省2006年政府工作报告\n一、“十五”时期的回顾\n过去的五年，是我省发展进程中极不平凡的五年。\n"
            "——综合经济实力跃上新台阶。2005年全省生产总值达到18468亿元，按可比价格计算，“十五”期间年均增长13.4%；人均生产"
            "总值突破2万元。地方财政一般预算收入达到1073亿元，年均增长19.5%。\n"
            "——结构调整取得重大进展。规模以上工业增加值年均增长24.6%。\n"
            "——改革开放实现新突破。进出口总额由2000年的250亿美元增加到2005年的768.9亿美元，年均增长25.2%；五年累计实际利用"
            "外资365亿美元。\n")
    got = _facts(text)
    assert ("gdp", "actual", 2005, "level", Decimal("18468"), "exact") in got
    assert not [f for f in got if f[0] == "foreign_investment" and f[2] is not None]


def test_the_plans_goals_a_paragraph_opens_end_at_the_next_heading() -> None:
    # 株洲 2016 plan report: `“十三五”期间…` closes the targets' part; the tasks under the next heading are the year's
    text = ("关于株洲市2015年国民经济和社会发展计划执行情况与2016年计划草案的报告\n"
            "二、2016年国民经济和社会发展计划草案\n（二）主要预期目标\n——地区生产总值增长8.5%左右。\n"
            "“十三五”期间，全市地区生产总值年均增长8.5%，到2020年达到3500亿元。\n"
            "（三）重点工作\n1．着力扩大有效投资。力争实际利用外资增长10%。\n"
            "2．着力推进新型城镇化。常住人口城镇化率提高1.2个百分点。\n")
    facts = _facts(text)
    assert ("foreign_investment", "target", 2016, "growth", Decimal("10"), "exact") in facts
    assert ("urbanization_rate", "target", 2016, "change_pp", Decimal("1.2"), "exact") in facts
    assert ("gdp", "target", 2016, "level", Decimal("3500"), "exact") not in facts  # (the plan's goal, 2020's)


def test_the_plans_goals_listed_under_the_headings_after_their_announcement_stay_the_plans() -> None:
    # (a reviewer's) `“十四五”时期，…主要目标是：` ending its line, then the goals under `（一）`, `（二）`: the plan's
    text = ("株洲市2021年政府工作报告\n二、2021年主要目标任务\n今年地区生产总值增长7%左右。\n"
            "“十四五”时期，经济社会发展主要目标是：\n（一）经济发展取得新成效\n常住人口城镇化率达到70%，研发经费投入强度达到3%。\n"
            "（二）改革开放迈出新步伐\n进出口总额突破1000亿元。\n")
    facts = _facts(text)
    assert ("gdp", "target", 2021, "growth", Decimal("7"), "around") in facts
    assert not any(f[1] == "target" and f[2] == 2021 and f[0] != "gdp" for f in facts)


def test_a_named_speaker_opens_a_passage_but_a_body_does_not() -> None:
    # 福建 2011 (中央社): `黄小晶提出，今年…` opens this year's targets; `市委提出，今年…` in a review does not
    found = _facts("福建省人民政府工作报告\n——2011年1月18日在福建省第十一届人民代表大会第四次会议上\n"
                   "去年，全省生产总值增长13.8%。\n黄小晶提出，今年全社会固定资产投资成长20%，社会消费品零售总额成长17%。\n")
    assert {(f[0], f[1]) for f in found if f[0] in ("fixed_asset_investment", "retail_sales")} == {
        ("fixed_asset_investment", "target"), ("retail_sales", "target")}
    found = _facts("苏州市2019年政府工作报告\n一、2018年工作回顾\n市委提出，今年要实现地区生产总值增长7%左右。"
                   "全年地区生产总值增长6.8%。\n")
    assert any(f[0] == "gdp" and f[1] == "actual" and f[2] == 2018 for f in found)
