"""Plan reports' tables of last year's indicators, flattened to one cell a line (``zhibiao.facts.tables``).

The tables are cut from real plan reports (清远 2021, 桐乡 2025, 长兴 2018, 越城 2014), as their pages
print them once the layout is lost: one cell a line, blank lines between.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhibiao import pipeline
from zhibiao.normalize import normalize

D = Decimal


def facts(text: str) -> set[tuple]:
    res = pipeline.extract_bytes(text.encode(), "t.txt")
    return {(f.indicator, f.role, f.period, f.measure, f.value, f.qualifier) for rr in res.reports for f in rr.facts}


def spaced(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


_QINGYUAN = spaced(
    "清远市2020年国民经济和社会发展计划执行情况与2021年计划草案的报告",
    "一、2020年国民经济和社会发展计划执行情况",
    "表1  清远市2020年国民经济和社会发展主要指标完成情况",
    "指标名称", "预期目标", "完成情况", "全省排名",
    "地区生产总值增长(%)", "6%左右", "3.8%", "4",
    "社会消费品零售总额增长(%)", "7.8%", "-9.4%", "16",
    "进出口总额增长(%)", "保持正增长", "1.8%", "8",
    "城镇登记失业率(%)", "2.6%以内", "2.5%以内",
    "居民消费价格指数", "3.5%以内", "2.0%",
    "社会保障、资源环境保护、节能减排、安全生产", "完成省下达任务",
)


def test_a_table_with_a_rank_column_gives_last_years_targets_and_results() -> None:
    assert facts(_QINGYUAN) == {
        ("gdp", "prior_target", 2020, "growth", D("6"), "around"),
        ("gdp", "actual", 2020, "growth", D("3.8"), "exact"),
        ("retail_sales", "prior_target", 2020, "growth", D("7.8"), "exact"),
        ("retail_sales", "actual", 2020, "growth", D("-9.4"), "exact"),  # a minus sign alone is a fall
        ("trade_total", "prior_target", 2020, "growth", None, "qualitative"),
        ("trade_total", "actual", 2020, "growth", D("1.8"), "exact"),
        ("registered_unemployment", "prior_target", 2020, "rate", D("2.6"), "at_most"),
        ("registered_unemployment", "actual", 2020, "rate", D("2.5"), "at_most"),
        ("cpi", "prior_target", 2020, "growth", D("3.5"), "at_most"),
        ("cpi", "actual", 2020, "growth", D("2.0"), "exact"),
    }  # the ranks (4, 16, 8) are no figures


def test_years_heading_groups_of_columns_and_a_caption_inside_a_review_chapter() -> None:
    """A county plan report's table (巩义 2025 in a blind set), one cell a line, under a caption inside last year's
    chapter: `2024年 / 2025年` head groups of the columns below (`目标 / 完成 / 目标`), so 2024's target, 2024's result
    and 2025's target; the subsection after the table is still last year's review."""
    text = "\n".join([
        "关于巩义市2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告",
        "一、2024年国民经济和社会发展计划执行情况",
        "（一）主要经济指标完成情况",
        "2024年主要指标完成情况和2025年主要指标计划见下表。",
        "巩义市国民经济和社会发展主要指标表",
        "指标名称", "单位", "2024年", "2025年", "目标", "完成", "目标", "属性",
        "地区生产总值增速", "%", "7", "5.6", "6左右", "预期性",
        "固定资产投资增速", "%", "8", "6.3", "7", "预期性",
        "（二）重点工作推进情况",
        "城乡融合持续深化。常住人口城镇化率达到64.5%，新建改造城镇老旧小区32个。",
        "二、2025年经济社会发展的主要目标",
        "地区生产总值增长6%左右。",
    ]) + "\n"
    assert facts(text) == {
        ("gdp", "prior_target", 2024, "growth", D("7"), "exact"),
        ("gdp", "actual", 2024, "growth", D("5.6"), "exact"),
        ("gdp", "target", 2025, "growth", D("6"), "around"),
        ("fixed_asset_investment", "prior_target", 2024, "growth", D("8"), "exact"),
        ("fixed_asset_investment", "actual", 2024, "growth", D("6.3"), "exact"),
        ("fixed_asset_investment", "target", 2025, "growth", D("7"), "exact"),
        ("urbanization_rate", "actual", 2024, "rate", D("64.5"), "exact"),
    }


@pytest.mark.parametrize(("heads", "row", "expected"), [
    (["2024年", "2025年", "完成", "目标"], ["5.6", "6左右"],
     {("gdp", "actual", 2024, "growth", D("5.6"), "exact"), ("gdp", "target", 2025, "growth", D("6"), "around")}),
    (["2023年", "2024年", "2025年", "完成", "预计完成", "目标"], ["5.2", "5.6", "6左右"],
     {("gdp", "actual", 2023, "growth", D("5.2"), "exact"), ("gdp", "actual", 2024, "growth", D("5.6"), "exact"),
      ("gdp", "target", 2025, "growth", D("6"), "around")}),
    (["2023年", "2024年", "2025年", "完成", "目标", "完成", "目标"], ["5.2", "7", "5.6", "6左右"],
     {("gdp", "actual", 2023, "growth", D("5.2"), "exact"), ("gdp", "prior_target", 2024, "growth", D("7"), "exact"),
      ("gdp", "actual", 2024, "growth", D("5.6"), "exact"), ("gdp", "target", 2025, "growth", D("6"), "around")}),
])  # fmt: skip
def test_a_years_target_heads_its_result_within_groups_of_columns(heads: list[str], row: list[str],
                                                                  expected: set[tuple]) -> None:
    """A reviewer's layouts: a target's head after a result's opens the next year's group (a year's target comes
    before its result)."""
    text = "\n".join(["关于XX市2024年国民经济和社会发展计划执行情况与2025年计划草案的报告", "一、2024年计划执行情况",
                      "主要指标表", "指标名称", "单位", *heads, "地区生产总值增速", "%", *row]) + "\n"
    assert facts(text) == expected


def test_a_year_alone_on_its_line_heads_the_text_after_it_outside_a_table() -> None:
    text = ("兰考县2025年政府工作报告\n一、2024年工作回顾\n地区生产总值增长6.1%。\n2025年\n"
            "地区生产总值增长7%，固定资产投资增长10%。\n")
    assert ("gdp", "target", 2025, "growth", D("7"), "exact") in facts(text)


def test_numbered_rows_with_a_level_in_the_remarks_column() -> None:
    text = spaced(
        "关于桐乡市2024年国民经济和社会发展计划执行情况及2025年国民经济和社会发展计划草案的报告",
        "一、2024年全市国民经济和社会发展计划执行情况",
        "指标名称", "预期目标", "实际完成", "备注", "一、综合发展",
        "1.地区生产总值", "增长6.5%左右", "增长4.8%", "1347.1亿元",
        "2.全员劳动生产率", "20.5万元/", "20.5万元/",  # no indicator of the spec: its cells stay its own
        "3.一般公共预算收入", "增长5%", "下降4.6%", "102.1亿元",
    )
    assert facts(text) == {
        ("gdp", "prior_target", 2024, "growth", D("6.5"), "around"),
        ("gdp", "actual", 2024, "growth", D("4.8"), "exact"),
        ("gdp", "actual", 2024, "level", D("1347.1"), "exact"),
        ("budget_revenue", "prior_target", 2024, "growth", D("5"), "exact"),
        ("budget_revenue", "actual", 2024, "growth", D("-4.6"), "exact"),
        ("budget_revenue", "actual", 2024, "level", D("102.1"), "exact"),
    }


def test_bare_numbers_under_a_growth_header_with_serial_numbers_and_judgements() -> None:
    text = spaced(
        "长兴县2017年国民经济和社会发展计划执行情况与2018年国民经济和社会发展计划草案的报告",
        "一、2017年国民经济和社会发展计划执行情况",
        "2017年国民经济和社会发展主要目标完成情况",
        "序号", "指标名称", "2017年目标", "2017年实绩", "完成情况评价", "比上年增长(%)", "总量", "比上年增长(%)",
        "1", "地区生产总值△", "8", "553.2亿元", "8.1", "超额完成",
        "2", "农村居民人均可支配收入", "8.5", "29341元", "9", "超额完成",
    )
    assert facts(text) == {
        ("gdp", "prior_target", 2017, "growth", D("8"), "exact"),
        ("gdp", "actual", 2017, "level", D("553.2"), "exact"),
        ("gdp", "actual", 2017, "growth", D("8.1"), "exact"),
        ("rural_income", "prior_target", 2017, "growth", D("8.5"), "exact"),
        ("rural_income", "actual", 2017, "level", D("29341"), "exact"),
        ("rural_income", "actual", 2017, "growth", D("9"), "exact"),  # the last row keeps its last figure
    }


def test_a_table_without_a_label_column_under_its_caption() -> None:
    # 明光 2024: the page prints no `指标名称`, the caption stands over the columns, and their `(增速%)`
    # lost its closing bracket; the caption's year is the table's
    text = spaced(
        "关于明光市2023年国民经济和社会发展计划执行情况与2024年计划(草案)的报告",
        "2023年国民经济和社会发展主要指标预计完成情况",
        "全年预期目标(增速%", "预计全年完成情况", "(增速%",
        "地区生产总值", "8.5", "7.5",
        "规上工业增加值", "13.5", "10.5",
        "城镇居民人均可支配收入", "8", "7.5",
    )
    assert facts(text) == {
        ("gdp", "prior_target", 2023, "growth", D("8.5"), "exact"),
        ("gdp", "actual", 2023, "growth", D("7.5"), "exact"),
        ("industrial_va", "prior_target", 2023, "growth", D("13.5"), "exact"),
        ("industrial_va", "actual", 2023, "growth", D("10.5"), "exact"),
        ("urban_income", "prior_target", 2023, "growth", D("8"), "exact"),
        ("urban_income", "actual", 2023, "growth", D("7.5"), "exact"),
    }
    # a column's name alone, with no result column after it, opens no table
    assert facts(spaced("2023年主要指标", "全年预期目标(增速%", "地区生产总值", "8.5", "7.5")) == set()


def test_a_list_without_a_result_column_or_a_header_is_no_table() -> None:
    # a header naming no result column: a plan's own list, read (or not) as sentences
    text = spaced("2013年国民经济和社会发展计划执行情况", "指标名称", "单位", "地区生产总值", "亿元", "8")
    assert facts(text) == set()
    # rows with no header: bare numbers are nobody's
    assert facts(spaced("2013年国民经济和社会发展计划执行情况", "地区生产总值", "8", "9.5")) == set()


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["6%左右", "3.8%", "4", "增长5%", "下降4.6%", "102.1亿元", "超额完成", "保持正增长",
                                 "8", "-9.4%", "地区生产总值", "1.固定资产投资", "一、综合发展", "2", "%", "亿元",
                                 "8左右", "预期性"]), max_size=14),
       st.sampled_from([("指标名称", "预期目标", "完成情况"), ("指标", "单位", "全年目标", "完成情况")]),
       st.sampled_from(["\n\n", "   ", " |\n"]))
def test_every_table_fact_is_the_text_of_its_span(cells: list[str], header: tuple[str, ...], gap: str) -> None:
    # one cell a line, a row on one line parted by spaces, or cells closed by bars; with or without a unit column
    text = "2024年计划执行情况\n" + gap.join([*header, *cells]) + "\n"
    res = pipeline.extract_bytes(text.encode(), "t.txt")
    for rr in res.reports:
        for f in rr.facts:
            assert rr.report.text[f.span.start : f.span.end] == f.text
            first = f.text.splitlines()[0]
            assert "生产总值" in first or "固定资产投资" in first  # a fact runs from its row's name


def test_a_unit_column_gives_each_rows_bare_figures_their_unit() -> None:
    # 黄埔区 2022: `指标 / 单位 / 全年目标 / 完成情况`; a row's second cell is its unit, a growth row's
    # name may say a fall (`能耗降低目标`) and a year, and a row may miss its unit cell
    text = spaced(
        "一、2021年国民经济和社会发展计划执行情况",
        "2021年黄埔区 广州开发区经济社会发展主要指标完成情况",
        "指标", "单位", "全年目标", "完成情况",
        "地区生产总值", "%", "8左右", "8.2",
        "外贸进出口总值", "%", "正增长", "17.3",
        "实际使用外资", "亿美元", "20", "26.5",
        "2021年单位地区生产总值能耗降低目标", "%", "3.4", "5.38",
        "每万人发明专利拥有量", "135", "160",
        "城镇登记失业率", "%", "3.5以内", "3.5以内",
        "新增城镇就业人数", "万人", "3", "3.68",
    )
    assert facts(text) == {
        ("gdp", "prior_target", 2021, "growth", D("8"), "around"),
        ("gdp", "actual", 2021, "growth", D("8.2"), "exact"),
        ("trade_total", "prior_target", 2021, "growth", None, "qualitative"),
        ("trade_total", "actual", 2021, "growth", D("17.3"), "exact"),
        ("foreign_investment", "prior_target", 2021, "level", D("20"), "exact"),
        ("foreign_investment", "actual", 2021, "level", D("26.5"), "exact"),
        ("energy_intensity", "prior_target", 2021, "growth", D("-3.4"), "exact"),
        ("energy_intensity", "actual", 2021, "growth", D("-5.38"), "exact"),
        ("registered_unemployment", "prior_target", 2021, "rate", D("3.5"), "at_most"),
        ("registered_unemployment", "actual", 2021, "rate", D("3.5"), "at_most"),
        ("new_urban_jobs", "prior_target", 2021, "level", D("3"), "exact"),
        ("new_urban_jobs", "actual", 2021, "level", D("3.68"), "exact"),
    }


@pytest.mark.parametrize("gap", ["\n", "\t"])
def test_a_years_outcome_column_beside_its_plans_and_estimates(gap: str) -> None:
    # a plan report's table of four years' columns (`2011年实际 / 2012年计划 / 2012年预计完成 / 2013年计划`, 洛阳 and
    # 南通 style): the year before last's outcomes, last year's plan and result, this year's plan
    rows = [
        ["指标", "单位", "2011年实际", "2012年计划", "2012年预计完成", "2013年计划"],
        ["生产总值增长", "%", "12.5", "12", "10.6", "10以上"],
        ["实际利用外资", "亿美元", "22.1", "25", "25.6", "28"],
        ["城镇登记失业率", "%", "3.6", "4.5以内", "3.5", "4.5以内"],
    ]
    text = "关于2012年国民经济和社会发展计划执行情况及2013年计划草案的报告\n附表：\n" + "".join(
        gap.join(r) + "\n" for r in rows)
    assert facts(text) == {
        ("gdp", "actual", 2011, "growth", D("12.5"), "exact"),
        ("gdp", "prior_target", 2012, "growth", D("12"), "exact"),
        ("gdp", "actual", 2012, "growth", D("10.6"), "exact"),
        ("gdp", "target", 2013, "growth", D("10"), "at_least"),
        ("foreign_investment", "actual", 2011, "level", D("22.1"), "exact"),
        ("foreign_investment", "prior_target", 2012, "level", D("25"), "exact"),
        ("foreign_investment", "actual", 2012, "level", D("25.6"), "exact"),
        ("foreign_investment", "target", 2013, "level", D("28"), "exact"),
        ("registered_unemployment", "actual", 2011, "rate", D("3.6"), "exact"),
        ("registered_unemployment", "prior_target", 2012, "rate", D("4.5"), "at_most"),
        ("registered_unemployment", "actual", 2012, "rate", D("3.5"), "exact"),
        ("registered_unemployment", "target", 2013, "rate", D("4.5"), "at_most"),
    }


def test_columns_headed_by_their_years_alone() -> None:
    # `指标 / 单位 / 2021年 / 2022年` in the 2022 plan report: the plan year's column holds targets, an earlier year's
    # results
    text = "\n".join(["关于2021年国民经济和社会发展计划执行情况与2022年计划草案的报告", "附表",
                     "指标", "单位", "2021年", "2022年",
                     "地区生产总值增长", "%", "8.6", "7左右",
                     "城镇登记失业率", "%", "3.2", "4以内"]) + "\n"
    assert facts(text) == {
        ("gdp", "actual", 2021, "growth", D("8.6"), "exact"), ("gdp", "target", 2022, "growth", D("7"), "around"),
        ("registered_unemployment", "actual", 2021, "rate", D("3.2"), "exact"),
        ("registered_unemployment", "target", 2022, "rate", D("4"), "at_most")}


def test_years_named_relatively_a_change_column_and_a_plan_year_column_after_unnamed_ones() -> None:
    # `上年实绩 / 本年目标 / 增减` (the change column gives no fact), and `预期目标 / 完成情况 / 2021年预期目标` (the
    # columns before the plan year's are the year before's)
    text = "\n".join(["关于2015年国民经济和社会发展计划执行情况与2016年计划草案的报告",
                     "指标名称|单位|上年实绩|本年目标|增减", "地区生产总值|亿元|2101|2260|+159",
                     "地区生产总值增长|%|9.1|8.5|-0.6"]) + "\n"
    assert facts(text) == {
        ("gdp", "actual", 2015, "level", D("2101"), "exact"), ("gdp", "target", 2016, "level", D("2260"), "exact"),
        ("gdp", "actual", 2015, "growth", D("9.1"), "exact"), ("gdp", "target", 2016, "growth", D("8.5"), "exact")}
    text = "\n".join(["关于2020年国民经济和社会发展计划执行情况与2021年计划草案的报告",
                     "指标名称                              预期目标      完成情况      2021年预期目标",
                     "地区生产总值增长（%）                  7.5           -3.8          12左右"]) + "\n"
    assert facts(text) == {
        ("gdp", "prior_target", 2020, "growth", D("7.5"), "exact"),
        ("gdp", "actual", 2020, "growth", D("-3.8"), "exact"),
        ("gdp", "target", 2021, "growth", D("12"), "around")}


def test_growth_columns_among_the_years_columns_are_the_growths_of_the_column_before() -> None:
    # a county's 附表 (`2020年实绩 / 2021年计划 / 2021年预计 / 增长% / 2022年计划`): each cell its column's, the growth
    # cell the estimate's growth, a plan cell written as a growth (`增长9`) one, a plan in words a qualitative target
    text = "\n".join([
        "关于2021年国民经济和社会发展计划执行情况与2022年计划草案的报告", "附表",
        "指标名称", "单位", "2020年实绩", "2021年计划", "2021年预计", "增长%", "2022年计划",
        "地区生产总值", "亿元", "886.2", "增长9", "985.6", "10.5", "增长9左右",
        "实际利用外资", "亿美元", "3.52", "增长5", "3.61", "2.6", "完成市下达任务",
    ]) + "\n"
    got = facts(text)
    assert {("gdp", "prior_target", 2021, "growth", D("9"), "exact"),
            ("gdp", "actual", 2021, "level", D("985.6"), "exact"),
            ("gdp", "actual", 2021, "growth", D("10.5"), "exact"),
            ("gdp", "target", 2022, "growth", D("9"), "around"),
            ("foreign_investment", "prior_target", 2021, "growth", D("5"), "exact"),
            ("foreign_investment", "actual", 2021, "level", D("3.61"), "exact"),
            ("foreign_investment", "actual", 2021, "growth", D("2.6"), "exact")} <= got
    assert not {f for f in got if f[2] == 2021 and f[4] in (D("886.2"), D("3.52"))}
    # (a growth column between the result and the plan, the plan's head asking a growth in %: `8左右` is the growth
    # planned where the row gives a growth, `3以上` a level of jobs where it gives none; a plan equal to the next
    # row's number stays the plan)
    rows = ["序号  指标名称          单位    2021年完成   比上年增长(%)   2022年预期目标(增长%)",
            "1     地区生产总值      亿元    1126.5       8.9             8左右",
            "2     一般公共预算收入  亿元    78.6         11.2            3",
            "3     城镇新增就业      万人    3.25         —               3以上",
            "4     常住人口城镇化率  %       88.5         —               89"]
    got = facts("集美区2022年国民经济和社会发展主要指标\n" + "\n".join(rows) + "\n")
    assert {("gdp", "actual", 2021, "level", D("1126.5"), "exact"),
            ("gdp", "actual", 2021, "growth", D("8.9"), "exact"),
            ("gdp", "target", 2022, "growth", D("8"), "around"),
            ("budget_revenue", "target", 2022, "growth", D("3"), "exact"),
            ("new_urban_jobs", "target", 2022, "level", D("3"), "at_least"),
            ("urbanization_rate", "target", 2022, "rate", D("89"), "exact")} <= got
    assert ("gdp", "target", 2022, "growth", D("8.9"), "exact") not in got


def test_a_table_kept_on_one_line_or_parted_by_bars_is_read_cell_by_cell() -> None:
    # 浦东新区 2022: a page that keeps the table on one line, its cells parted by runs of spaces, with a
    # 属性 column (预期性) and the target column last
    one_line = ("关于浦东新区2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划草案的报告\n"
                "一、2021年国民经济和社会发展计划执行情况   表1:2021年浦东新区国民经济和社会发展计划主要指标完成情况   "
                "序号   指标名称   属性   完成情况   年度目标   绝对值   同比增长   1   地区生产总值   预期性   "
                "15352.99亿元   10%   增长7%以上   2   一般公共预算收入   预期性   1173.7亿元   9%   稳定增长\n")
    assert facts(one_line) == {
        ("gdp", "actual", 2021, "level", D("15352.99"), "exact"),
        ("gdp", "actual", 2021, "growth", D("10"), "exact"),
        ("gdp", "prior_target", 2021, "growth", D("7"), "at_least"),
        ("budget_revenue", "actual", 2021, "level", D("1173.7"), "exact"),
        ("budget_revenue", "actual", 2021, "growth", D("9"), "exact"),
        ("budget_revenue", "prior_target", 2021, "growth", None, "qualitative"),
    }
    # 宿州 2021: each cell on its line, closed by a bar
    bars = ("关于宿州市2020年国民经济和社会发展计划执行情况与2021年计划草案的报告\n"
            "一、2020年国民经济和社会发展计划执行情况\n"
            "表1:2020年国民经济和社会发展计划目标完成情况\n指标名称 |\n2020年计划目标 |\n2020年完成情况 |\n"
            "规上工业增加值 |\n增长高于全省平均水平 |\n5.3% |\n进出口总额 |\n增长高于全省平均水平 |\n47.5% |\n")
    assert facts(bars) == {
        ("industrial_va", "prior_target", 2020, "growth", None, "qualitative"),
        ("industrial_va", "actual", 2020, "growth", D("5.3"), "exact"),
        ("trade_total", "prior_target", 2020, "growth", None, "qualitative"),
        ("trade_total", "actual", 2020, "growth", D("47.5"), "exact"),
    }


# 温州 2016 (a plan report): the target and the result each in two columns, a level and its growth; a row
# without a unit cell (the incomes), a dash for an empty cell, a unit the quantity parser does not read
_WENZHOU = spaced(
    "关于温州市2015年国民经济和社会发展计划执行情况及2016年国民经济和社会发展计划草案的报告",
    "一、2015年国民经济和社会发展计划执行情况",
    "表一   2015年温州市国民经济和社会发展计划主要指标完成情况",
    "指  标  名  称", "单位", "2015年目标", "2015年实绩", "绝对值", "增速(%)", "绝对值", "增速(%)",
    "全市生产总值", "亿元", "4620", "7以上", "4619.8", "8.3",
    "进出口总额", "亿美元", "218", "4.9", "194.8", "-6.3",
    "居民消费价格指数", "%", "103左右", "-", "100.7", "-",
    "研究与试验发展经费支出相当于生产总值比重", "%", "2左右", "-", "1.6左右", "-",
    "城镇常住居民人均可支配收入", "43760", "8以上", "44026", "8.7(实际增长7.9)",
    "单位生产总值能耗", "吨标准煤/万元", "-", "-0.2", "0.4", "-5.5",
)


def test_a_level_and_a_growth_column_under_each_of_target_and_result() -> None:
    got = facts(_WENZHOU)
    want = {
        ("gdp", "prior_target", 2015, "level", D("4620"), "exact"),
        ("gdp", "prior_target", 2015, "growth", D("7"), "at_least"),
        ("gdp", "actual", 2015, "level", D("4619.8"), "exact"),
        ("gdp", "actual", 2015, "growth", D("8.3"), "exact"),
        ("trade_total", "prior_target", 2015, "level", D("218"), "exact"),
        ("trade_total", "actual", 2015, "growth", D("-6.3"), "exact"),
        ("cpi", "prior_target", 2015, "index", D("103"), "around"),  # an index, not a growth of 103%
        ("cpi", "actual", 2015, "index", D("100.7"), "exact"),
        ("rd_intensity", "prior_target", 2015, "rate", D("2"), "around"),
        ("rd_intensity", "actual", 2015, "rate", D("1.6"), "around"),
        ("urban_income", "prior_target", 2015, "level", D("43760"), "exact"),  # a per-head amount: yuan
        ("urban_income", "prior_target", 2015, "growth", D("8"), "at_least"),
        ("urban_income", "actual", 2015, "level", D("44026"), "exact"),
        ("urban_income", "actual", 2015, "growth", D("8.7"), "exact"),
        ("urban_income", "actual", 2015, "growth", D("7.9"), "exact"),  # the real growth in brackets
        ("energy_intensity", "actual", 2015, "growth", D("-5.5"), "exact"),
    }
    assert want <= got, want - got
    assert not {f for f in got if f[3] == "growth" and f[4] > 100}  # never `43760%`


def test_a_growth_column_beside_one_level_column_is_no_pair() -> None:
    # 长兴 2018: the target gives a growth only, the result a level and a growth
    text = spaced(
        "长兴县2017年国民经济和社会发展计划执行情况及2018年计划草案的报告",
        "一、2017年国民经济和社会发展计划执行情况",
        "序号", "指标名称", "2017年目标", "2017年实绩", "完成情况评价", "比上年增长(%)", "总量", "比上年增长(%)",
        "1", "地区生产总值", "8", "553.2亿元", "8.1", "超额完成",
    )
    assert facts(text) >= {("gdp", "prior_target", 2017, "growth", D("8"), "exact"),
                           ("gdp", "actual", 2017, "level", D("553.2"), "exact"),
                           ("gdp", "actual", 2017, "growth", D("8.1"), "exact")}


def test_a_result_split_into_level_and_growth_under_bars_with_serial_numbers() -> None:
    # 温州 2023 (a plan report's table kept as rows parted by bars): only the result has a level and a growth
    # column; the next row's serial number closes each row, a group label (经济发展) opens the first
    text = ("关于温州市2022年国民经济和社会发展计划执行情况与2023年计划草案的报告\n"
            "一、2022年温州市国民经济和社会发展计划执行情况\n"
            "表1 2022年温州市国民经济和社会发展计划完成情况\n"
            "序号 | 指标名称 | 单位 | 2022年计划目标 | 2022年实绩 | |||\n"
            "绝对值 | 增速(%) | ||||||\n"
            "经济发展 | 1 | 地区生产总值(GDP) | 亿元 | 增长7%左右 | 8029.8 | 3.7 | |\n"
            "2 | 全员劳动生产率 | 万元/人年 | 增长8%以上 | 暂无数据 | |||\n"
            "3 | 常住人口城镇化率 | % | 73.3 | 73.3 | |||\n"
            "4 | 一般公共预算收入 | 亿元 | 增长8% | 573.9 | -2.6 | ||\n")
    assert facts(text) == {
        ("gdp", "prior_target", 2022, "growth", D("7"), "around"),
        ("gdp", "actual", 2022, "level", D("8029.8"), "exact"),
        ("gdp", "actual", 2022, "growth", D("3.7"), "exact"),
        # a rate whose unit cell is `%` stays a rate under the header's growth column
        ("urbanization_rate", "prior_target", 2022, "rate", D("73.3"), "exact"),
        ("urbanization_rate", "actual", 2022, "rate", D("73.3"), "exact"),
        ("budget_revenue", "prior_target", 2022, "growth", D("8"), "exact"),
        ("budget_revenue", "actual", 2022, "level", D("573.9"), "exact"),
        ("budget_revenue", "actual", 2022, "growth", D("-2.6"), "exact"),
    }


def test_a_row_whose_name_runs_on_into_another_measure_is_not_the_indicators() -> None:
    # 绍兴 2019: `GDP产税率` and `规上工业主营业务利税率` are ratios of their own, not GDP's or industry's growth;
    # `研究与试验发展经费支出与生产总值之比` is R&D intensity
    text = spaced(
        "关于绍兴市2018年国民经济和社会发展计划执行情况与2019年计划草案的报告",
        "一、2018年国民经济和社会发展计划执行情况",
        "表1:2018年全市国民经济和社会发展目标完成情况",
        "指标名称", "目标", "全年实绩",
        "地区生产总值", "7%左右", "预计7%左右",
        "GDP产税率", "12.5%左右", "预计可以完成",
        "规上工业主营业务利税率", "9%以上", "预计9.4%左右",
        "研究与试验发展经费支出与生产总值之比", "2.6%左右", "按原口径统计预计可以完成目标",
    )
    assert facts(text) == {
        ("gdp", "prior_target", 2018, "growth", D("7"), "around"),
        ("gdp", "actual", 2018, "growth", D("7"), "around"),
        ("rd_intensity", "prior_target", 2018, "rate", D("2.6"), "around"),
    }


def test_a_table_whose_cells_end_in_a_bar_and_whose_target_column_says_mubiao_yuqi() -> None:
    # 浦东新区 2015 plan report, the table as a page gives it: one cell a line, each closed by ` |`
    text = "\n".join([
        "关于浦东新区2014年国民经济和社会发展计划执行情况与2015年国民经济和社会发展计划草案的报告",
        "一、2014年国民经济和社会发展计划执行情况",
        "表1:2014年浦东新区国民经济和社会发展计划主要指标完成情况",
        "序号 |", "指标名称 |", "属性 |", "2014年目标预期 |", "2014年完成情况 |",
        "1 |", "地区生产总值 |", "预期性 |", "增长10%左右 |", "9.3% |",
        "5 |", "全社会固定资产投资 |", "预期性 |", "1700亿元左右 |", "1765.73亿元 |",
    ]) + "\n"
    assert {("gdp", "prior_target", 2014, "growth", D("10"), "around"),
            ("gdp", "actual", 2014, "growth", D("9.3"), "exact"),
            ("fixed_asset_investment", "prior_target", 2014, "level", D("1700"), "around"),
            ("fixed_asset_investment", "actual", 2014, "level", D("1765.73"), "exact")} <= facts(text)


def test_columns_named_with_their_measure_and_cells_with_a_qualifier_but_no_unit() -> None:
    # 杭州 2020 plan report: `2019年目标增长(%)` / `2019年实际增长(%)`, cells `7左右` under the header's percent
    text = spaced(
        "杭州市2019年国民经济和社会发展计划执行情况与2020年计划草案的报告",
        "一、2019年国民经济和社会发展计划执行情况",
        "表1:2019年国民经济和社会发展主要预期目标完成情况",
        "指标名称", "2019年目标增长(%)", "2019年实际增长(%)", "指标属性",
        "地区生产总值", "7左右", "6.8", "预期性",
        "一般公共预算收入", "7.5", "7.7", "预期性",
        "农村居民人均可支配收入", "7.5左右", "9.2", "预期性",
    )
    assert facts(text) == {
        ("gdp", "prior_target", 2019, "growth", D("7"), "around"), ("gdp", "actual", 2019, "growth", D("6.8"), "exact"),
        ("budget_revenue", "prior_target", 2019, "growth", D("7.5"), "exact"),
        ("budget_revenue", "actual", 2019, "growth", D("7.7"), "exact"),
        ("rural_income", "prior_target", 2019, "growth", D("7.5"), "around"),
        ("rural_income", "actual", 2019, "growth", D("9.2"), "exact"),
    }


def test_a_note_under_a_rows_name_is_no_row_nor_figure() -> None:
    # 武昌 2022 plan results: `地区生产总值` / `(简称“GDP”)` / target / level / growth
    text = spaced(
        "武昌区2022年国民经济和社会发展计划执行情况",
        "2022年主要指标完成情况",
        "指标名称", "2022年预期目标", "(增速)", "2022年完成情况(预计)", "绝对值", "增速",
        "地区生产总值", "(简称“GDP”)", "7%", "1750亿元左右", "5%左右",
        "地方一般公共预算收入", "5%", "129亿元", "8.8%",
    )
    assert facts(text) == {
        ("gdp", "prior_target", 2022, "growth", D("7"), "exact"), ("gdp", "actual", 2022, "level", D("1750"), "around"),
        ("gdp", "actual", 2022, "growth", D("5"), "around"),
        ("budget_revenue", "prior_target", 2022, "growth", D("5"), "exact"),
        ("budget_revenue", "actual", 2022, "level", D("129"), "exact"),
        ("budget_revenue", "actual", 2022, "growth", D("8.8"), "exact"),
    }


def test_rate_cells_with_their_own_percent_stay_rates_under_a_growth_column() -> None:
    # a reviewer's case: `增长(%)` in the header makes unitless cells changes, not `78%` nor `3.5%以内`; a row
    # named with its unit (`地区生产总值(亿元)`) takes no percent for `15000左右`
    text = spaced(
        "杭州市2019年国民经济和社会发展计划执行情况与2020年计划草案的报告", "一、2019年国民经济和社会发展计划执行情况",
        "表1:2019年主要指标完成情况", "指标名称", "2019年目标", "2019年完成", "增长(%)",
        "地区生产总值(亿元)", "15000左右", "15373", "6.8",
        "常住人口城镇化率", "78%", "78.5%", "—",
        "城镇登记失业率", "3.5%以内", "1.7%", "—",
    )
    got = facts(text)
    assert {("urbanization_rate", "prior_target", 2019, "rate", D("78"), "exact"),
            ("urbanization_rate", "actual", 2019, "rate", D("78.5"), "exact"),
            ("registered_unemployment", "prior_target", 2019, "rate", D("3.5"), "at_most"),
            ("registered_unemployment", "actual", 2019, "rate", D("1.7"), "exact")} <= got
    assert not {f for f in got if f[0] == "gdp" and f[4] == D("15000")}


def test_a_result_column_noted_as_estimated_and_growth_heads_set_on_two_lines() -> None:
    # 裕安 2025 (a district's plan report): `2024年实绩` / `(预计)`, each column's `增长` / `%` on two lines; a row
    # whose cells left empty are dropped (`地区生产总值 / 亿元 / 7 / 5`: two growths, or two levels?) gives nothing
    # (a reviewer's `一般公共预算收入 / 亿元 / 21.8 / 21.0` may be either), a rate's two cells are its levels
    text = spaced(
        "关于六安市裕安区2024年国民经济和社会发展计划执行情况与2025年计划草案的报告",
        "一、2024年国民经济和社会发展计划执行情况",
        "12024年国民经济和社会发展计划主要指标预计完成情况",
        "指标名称", "单位", "2024年计划", "2024年实绩", "(预计)", "绝对值", "增长", "%", "绝对值", "增长", "%",
        "地区生产总值", "亿元", "7", "5",
        "社会消费品零售总额", "亿元", "238", "8", "231", "3.7", "常住人口城镇化率", "%", "60", "60.5",
    )
    assert facts(text) == {
        ("urbanization_rate", "prior_target", 2024, "rate", D("60"), "exact"),
        ("urbanization_rate", "actual", 2024, "rate", D("60.5"), "exact"),
        ("retail_sales", "prior_target", 2024, "level", D("238"), "exact"),
        ("retail_sales", "prior_target", 2024, "growth", D("8"), "exact"),
        ("retail_sales", "actual", 2024, "level", D("231"), "exact"),
        ("retail_sales", "actual", 2024, "growth", D("3.7"), "exact"),
    }
    # (nor when the row's name gives its money unit: `地区生产总值(亿元) / 7 / 5`, a fourth reviewer's)
    named = text.replace(spaced("地区生产总值", "亿元", "7", "5"), spaced("地区生产总值(亿元)", "7", "5"))
    assert named != text and not {f for f in facts(named) if f[0] == "gdp"}


def test_columns_of_last_years_results_and_this_years_plan() -> None:
    # a plan report's table of last year's plan, its estimate and this year's plan: each column's own year and role;
    # a row that fills not every column (`固定资产投资 / 增长8% / 下降2%`) cannot say which is which, and gives nothing
    text = spaced(
        "某市2024年国民经济和社会发展计划执行情况与2025年计划草案的报告", "附表:主要指标",
        "指标名称", "2024年计划", "2024年预计完成", "2025年计划",
        "地区生产总值", "增长6%左右", "增长5.8%", "增长5.5%左右",
        "一般公共预算收入", "增长5%", "增长3.1%", "力争增长4%",
        "固定资产投资", "增长8%", "下降2%",
    )
    res = pipeline.extract_bytes(text.encode(), "t.txt")
    got = {(f.indicator, f.role, f.period, f.value, f.commitment) for rr in res.reports for f in rr.facts}
    assert got == {
        ("gdp", "prior_target", 2024, D("6"), None), ("gdp", "actual", 2024, D("5.8"), None),
        ("gdp", "target", 2025, D("5.5"), "expected"), ("budget_revenue", "prior_target", 2024, D("5"), None),
        ("budget_revenue", "actual", 2024, D("3.1"), None), ("budget_revenue", "target", 2025, D("4"), "stretch"),
    }
    # (two columns, last year's result and this year's target, in a report's targets chapter)
    text = spaced("某市2024年政府工作报告", "二、2024年主要预期目标", "指标", "2023年完成", "2024年目标",
                  "地区生产总值", "增长5.3%", "增长6%左右", "一般公共预算收入", "增长4.1%", "增长5%")
    assert {(i, r, p, v) for i, r, p, _m, v, _q in facts(text)} == {
        ("gdp", "actual", 2023, D("5.3")), ("gdp", "target", 2024, D("6")),
        ("budget_revenue", "actual", 2023, D("4.1")), ("budget_revenue", "target", 2024, D("5"))}


def test_a_target_column_named_as_set_at_the_years_start() -> None:
    # 黄浦 2022's columns `年初目标` / `全年完成数` (here one cell a line): the target set at the year's start
    text = spaced("上海市黄浦区2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划",
                  "2021年经济和社会发展指标完成情况", "指标名称", "单位", "年初目标", "全年完成数",
                  "社会消费品零售总额增长率", "%", "5左右", "16.1", "商品销售总额增长率", "%", "5左右", "24.4")
    assert facts(text) == {("retail_sales", "prior_target", 2021, "growth", D("5"), "around"),
                           ("retail_sales", "actual", 2021, "growth", D("16.1"), "exact")}


def test_a_row_cut_short_under_two_years_columns_gives_nothing() -> None:
    # a reviewer's: a cell that ends a sentence (`。`) ends the table after one cell of the row: last year's result or
    # this year's target, the lines cannot tell
    text = spaced("某市2024年政府工作报告", "二、2024年主要预期目标", "指标名称", "2023年完成", "2024年目标",
                  "居民人均可支配收入", "增长5.6%", "与经济增长基本同步，在高质量发展中持续增加居民收入。")
    assert not {f for f in facts(text) if f[0] == "disposable_income" and f[4] == D("5.6")}


def test_a_five_year_plans_table_gives_no_years_target() -> None:
    # a reviewer's: `“十四五”规划主要指标完成情况` / `2025年目标` / `2024年完成` in the 2025 report: the plan's goals
    # for its last year, not this year's targets; the year's results keep their column's year
    for caption in ("“十四五”规划实施情况", "十四五主要指标完成情况",
                    "“十四五”规划纲要确定的主要经济社会发展指标完成情况"):
        text = spaced("某市2025年政府工作报告", "一、2024年工作回顾", caption, "指标名称", "单位", "2025年目标",
                      "2024年完成", "常住人口城镇化率", "%", "65", "63.2")
        assert facts(text) == {("urbanization_rate", "actual", 2024, "rate", D("63.2"), "exact")}, caption
    text = spaced("某市2025年政府工作报告", "一、2024年工作回顾", "“十四五”规划主要指标完成情况", "指标名称", "单位",
                  "2025年目标", "2024年完成", "地区生产总值年均增长", "%", "6.5", "5.9", "常住人口城镇化率", "%", "65",
                  "63.2")
    # (nor is a row of the plan's average growth, `地区生产总值年均增长`, any year's growth)
    assert facts(text) == {("urbanization_rate", "actual", 2024, "rate", D("63.2"), "exact")}


def test_a_caption_naming_a_session_or_a_plan_in_passing_is_no_five_year_plans_table() -> None:
    # a fourth reviewer's: `第十五届` above the head, `十五项主要指标`, `（对标“十四五”规划）`: this year's
    # targets still
    for caption in ("——在某市第十五届人民代表大会第四次会议上", "2025年全市经济社会发展十五项主要指标",
                    "2025年主要预期目标（对标“十四五”规划）", "2025年主要预期目标（对标“十四五”规划指标）"):
        text = spaced("某市2025年政府工作报告", "二、2025年工作安排", caption, "指标名称", "单位", "2024年完成",
                      "2025年目标", "常住人口城镇化率", "%", "63.2", "64")
        assert ("urbanization_rate", "target", 2025, "rate", D("64"), "exact") in facts(text), caption


def test_a_table_set_by_tabs_is_read() -> None:
    # an HTML table copied as text, its cells set by tabs (a reviewer's probe of district plan tables): the header's
    # tab before `2015年完成` was dropped as padding between a word and a number, and the table lost its columns
    text = ("2016年武侯区政府工作报告\n2016年主要预期目标\n指标\t单位\t2015年完成\t2016年目标\n"
            "地区生产总值\t亿元\t650\t700\n规模以上工业增加值增长\t%\t7.2\t7\n")
    got = {(f["indicator"], f["role"], f["period"], f["value"])
           for f in pipeline.extract_bytes(text.encode(), "t.txt").fact_records()}
    assert got == {("gdp", "actual", 2015, 650), ("gdp", "target", 2016, 700),
                   ("industrial_va", "actual", 2015, 7.2), ("industrial_va", "target", 2016, 7)}


@pytest.mark.parametrize("line,want", [
    # (but a tab in prose still pads a number, a line of several tabs too: a reviewer's)
    ("全区地区生产总值达到2640亿元，增长\t8.7%；规模以上工业增加值增长\t8.1%。",
     {("gdp", "level", 2640), ("gdp", "growth", 8.7), ("industrial_va", "growth", 8.1)}),
    ("地区生产总值\t780\t亿元", {("gdp", "level", 780)}),
])
def test_a_tab_in_prose_still_pads_its_number(line: str, want: set) -> None:
    text = "2016年某区人民政府工作报告\n一、2015年工作回顾\n" + line + "\n"
    records = pipeline.extract_bytes(text.encode(), "t.txt").fact_records()
    got = {(f["indicator"], f["measure"], f["value"]) for f in records}
    assert got == want


_TABBED = (
    "嘉兴市2013年国民经济和社会发展计划执行情况与2014年计划草案的报告\n一、2013年计划执行情况\n"
    "指标名称\t单位\t2013年计划\t2013年完成\t增长（%）\n"
    "地区生产总值\t亿元\t增长9%\t3147.7\t9.0\n"
    "固定资产投资\t亿元\t增长15%\t1876.5\t16.2\n"
    "城镇居民人均可支配收入\t元\t　\t39087\t9.6\n"
    "居民消费价格涨幅\t%\t3左右\t2.3\t—\n"
    "城镇登记失业率\t%\t3.5以内\t2.6\t—\n"
)


def test_a_growth_column_after_the_target_and_the_result_is_the_results_growth() -> None:
    # `2013年计划 / 2013年完成 / 增长(%)` (a reviewer's plan reports, tabbed): a row's three cells are last year's
    # target, the level reached and its growth; the row's line read as a sentence gives nothing else (its `增长9%` is
    # the plan's, not the result); an empty cell keeps its column's place; a tab after `左右` parts two cells
    got = facts(_TABBED)
    assert got == {
        ("gdp", "prior_target", 2013, "growth", D("9"), "exact"),
        ("gdp", "actual", 2013, "level", D("3147.7"), "exact"), ("gdp", "actual", 2013, "growth", D("9.0"), "exact"),
        ("fixed_asset_investment", "prior_target", 2013, "growth", D("15"), "exact"),
        ("fixed_asset_investment", "actual", 2013, "level", D("1876.5"), "exact"),
        ("fixed_asset_investment", "actual", 2013, "growth", D("16.2"), "exact"),
        ("urban_income", "actual", 2013, "level", D("39087"), "exact"),
        ("urban_income", "actual", 2013, "growth", D("9.6"), "exact"),
        ("cpi", "prior_target", 2013, "growth", D("3"), "around"), ("cpi", "actual", 2013, "growth", D("2.3"), "exact"),
        ("registered_unemployment", "prior_target", 2013, "rate", D("3.5"), "at_most"),
        ("registered_unemployment", "actual", 2013, "rate", D("2.6"), "exact"),
    }
    # (the same rows kept on one line by runs of spaces)
    assert facts(_TABBED.replace("\t", "  ").replace("  　  ", "  ")) >= {
        ("gdp", "actual", 2013, "growth", D("9.0"), "exact"),
        ("cpi", "prior_target", 2013, "growth", D("3"), "around")}


def test_a_table_of_the_plan_years_targets_alone_gives_its_targets() -> None:
    # `指标名称 / 单位 / 2018年计划 / 增长%` (a reviewer's plan report): a level and its growth each a target of the
    # plan year; an empty cell keeps its column's place, and a row of one figure whose place is lost gives nothing
    text = ("荆州市2017年国民经济和社会发展计划执行情况与2018年计划草案的报告\n二、2018年计划草案\n"
            "指标名称\t单位\t2018年计划\t增长%\n"
            "全社会固定资产投资\t亿元\t2470\t12\n"
            "规模以上工业增加值\t%\t　\t8\n")
    got = facts(text)
    assert {("fixed_asset_investment", "target", 2018, "level", D("2470"), "exact"),
            ("fixed_asset_investment", "target", 2018, "growth", D("12"), "exact"),
            ("industrial_va", "target", 2018, "growth", D("8"), "exact")} <= got
    assert not {f for f in got if f[1] != "target"}


def test_each_column_keeps_its_own_year_and_a_growth_cell_its_own_percent() -> None:
    # (a reviewer's: `2014年计划 / 2013年预计完成 / 增长(%)` is this year's target beside last year's result; a growth
    # cell may carry its own %; a five-year plan's goal column gives no year's target)
    got = facts("某县2014年国民经济和社会发展计划草案\n二、2014年计划\n"
                "指标名称\t单位\t2014年计划\t2013年预计完成\t增长(%)\n"
                "地区生产总值\t亿元\t增长8.5%\t405.6\t9.2%\n")
    assert got >= {("gdp", "target", 2014, "growth", D("8.5"), "exact"),
                   ("gdp", "actual", 2013, "level", D("405.6"), "exact"),
                   ("gdp", "actual", 2013, "growth", D("9.2"), "exact")}
    assert not {f for f in got if f[1] == "prior_target"}
    got = facts("长兴县2014年政府工作报告\n一、2013年工作回顾\n“十二五”规划主要指标完成情况\n"
                "指标名称\t单位\t2015年目标\t2013年完成\t增长(%)\n地区生产总值\t亿元\t600\t405.6\t9.2\n")
    assert not {f for f in got if f[1] != "actual"}



def test_a_plan_cell_far_below_the_level_is_a_growth_and_a_growth_cell_may_carry_its_verb() -> None:
    # (a reviewer's: `亿元 / 9左右 / 405.6 / 9.2` plans a growth of about 9%; `增长9.2%`, `下降3.5%` in the growth
    # column)
    got = facts("关于长兴县2013年国民经济和社会发展计划执行情况与2014年计划草案的报告\n一、2013年计划执行情况\n"
                "指标名称\t单位\t2013年计划\t2013年完成\t增长(%)\n"
                "地区生产总值\t亿元\t9左右\t405.6\t增长9.2%\n"
                "进出口总额\t亿美元\t增长8%\t25.2\t下降3.5%\n"
                "全社会固定资产投资\t亿元\t250\t268.3\t35.1\n")
    assert {("gdp", "prior_target", 2013, "growth", D("9"), "around"),
            ("gdp", "actual", 2013, "growth", D("9.2"), "exact"),
            ("trade_total", "actual", 2013, "growth", D("-3.5"), "exact"),
            ("fixed_asset_investment", "prior_target", 2013, "level", D("250"), "exact")} <= got



@pytest.mark.parametrize("line,want", [
    # (a prose line padded with three tabs or more is no table's row: its growths stay)
    ("全县实现地区生产总值\t52.3亿元，增长\t9.5%，财政收入增长\t12%。", ("gdp", "growth", D("9.5"))),
])  # fmt: skip
def test_a_prose_line_with_several_tabs_keeps_its_figures(line: str, want: tuple) -> None:
    text = "2014年某县人民政府工作报告\n一、2013年工作回顾\n" + line + "\n"
    assert want in {(f["indicator"], f["measure"], D(str(f["value"])))
                    for f in pipeline.extract_bytes(text.encode(), "t.txt").fact_records()}


def test_a_bare_plan_not_far_below_the_level_stays_a_level() -> None:
    # (a reviewer's: `城镇新增就业 / 万人 / 0.5 / 2.3` plans a level; only a plan ten times smaller, or four with its
    # qualifier, is a growth)
    got = facts("关于长兴县2013年国民经济和社会发展计划执行情况与2014年计划草案的报告\n一、2013年计划执行情况\n"
                "指标名称\t单位\t2013年计划\t2013年完成\t增长(%)\n城镇新增就业\t万人\t0.5\t2.3\t\n")
    assert ("new_urban_jobs", "prior_target", 2013, "level", D("0.5"), "exact") in got


def test_columns_of_a_years_expectation_and_estimate_alone() -> None:
    """`2026年预期` heads the plan year's targets and `2025年预计` the year's estimated results, as `2026年计划` and
    `2025年完成` do (南通 2026, a plan report's table)."""
    got = facts("关于南通市2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告\n"
                "一、2025年国民经济和社会发展计划执行情况\n"
                "指标\t单位\t2025年计划\t2025年完成\t2026年预期\n地区生产总值增长\t%\t5.5左右\t5.8\t5左右\n")
    assert got == {("gdp", "prior_target", 2025, "growth", D("5.5"), "around"),
                   ("gdp", "actual", 2025, "growth", D("5.8"), "exact"),
                   ("gdp", "target", 2026, "growth", D("5"), "around")}
    got = facts("关于某市2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告\n"
                "二、2026年计划草案\n指标\t单位\t2025年预计\t2026年计划\n地区生产总值增长\t%\t5.8\t5左右\n")
    assert got == {("gdp", "actual", 2025, "growth", D("5.8"), "exact"),
                   ("gdp", "target", 2026, "growth", D("5"), "around")}


def test_bare_columns_under_a_caption_of_two_years_and_a_plan_years_estimates() -> None:
    """`预计 / 预期` under `2025年主要指标预计完成情况和2026年预期目标`: the later year's targets; a column of the plan
    year's estimates (`2025年预计 / 2026年预计`) holds its targets, never results of a year to come."""
    head = ("关于南通市2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n二、2026年计划\n")
    got = facts(head + "表1 2025年主要指标预计完成情况和2026年预期目标\n指标\t单位\t预计\t预期\n"
                "地区生产总值增长\t%\t5.8\t5左右\n")
    assert ("gdp", "target", 2026, "growth", D("5"), "around") in got
    assert not {f for f in got if f[1] == "prior_target"}
    got = facts(head + "表1 主要指标\n指标\t单位\t2025年计划\t2025年预计\t2026年预计\n"
                "地区生产总值增长\t%\t5.5左右\t5.8\t5左右\n")
    assert ("gdp", "target", 2026, "growth", D("5"), "around") in got
    assert not {f for f in got if f[1] == "actual" and f[2] == 2026}


def test_a_date_in_a_caption_is_no_year_of_targets() -> None:
    """`表1 2025年主要指标完成情况（2026年1月）`: the date the table was made, its targets still 2025's."""
    got = facts("关于南通市2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n一、2025年计划执行情况\n"
                "表1 2025年主要指标完成情况（2026年1月）\n指标\t单位\t目标\t完成\n地区生产总值增长\t%\t5.5左右\t5.8\n")
    assert ("gdp", "prior_target", 2025, "growth", D("5.5"), "around") in got
    assert not {f for f in got if f[1] == "target"}


def test_a_sentence_above_the_table_naming_the_five_year_plan_does_not_make_it_the_plans_table() -> None:
    # a plan report's draft (rv121 铁东 2021): `…和“十四五”规划衔接，建议2021年主要指标安排如下：` leads into the year's
    # table; its plan column is 2021's targets, not the plan's goals for 2025 (a caption naming the plan still
    # makes one)
    text = ("某区关于2020年国民经济和社会发展计划执行情况与2021年计划草案的报告\n三、2021年国民经济和社会发展计划草案\n"
            "综合考虑疫情后恢复性增长因素和“十四五”规划衔接，建议2021年主要指标安排如下：\n"
            "指标名称　　　　　　　　　　单位　　　2020年完成　　2021年计划\n"
            "地区生产总值增速　　　　　　%　　　　1.2　　　　　6左右\n"
            "规模以上工业增加值增速　　　%　　　　2.1　　　　　7\n")
    got = facts(text)
    assert ("gdp", "target", 2021, "growth", Decimal("6"), "around") in got
    assert ("industrial_va", "target", 2021, "growth", Decimal("7"), "exact") in got


@pytest.mark.parametrize("lead", [
    "对标“十四五”规划，全区“十四五”主要指标建议如下：",
    "综合考虑发展基础和潜力，“十四五”时期主要指标安排如下：",
])
def test_a_sentence_leading_into_the_plans_table_still_names_it(lead: str) -> None:
    # (a reviewer's probe: the lead-in's last clause names the plan: its goal column gives no 2025 target)
    text = ("某区关于2020年国民经济和社会发展计划执行情况与2021年计划草案的报告\n二、2021年国民经济和社会发展计划草案\n"
            + lead + "\n指标名称　　　　　　单位　　　2020年完成　　2025年目标\n"
            "地区生产总值增速　　　　%　　　　1.2　　　　　6左右\n一般公共预算收入　　　　亿元　　　18.36　　　　25\n")
    got = facts(text)
    assert not [g for g in got if g[1] == "target"]
    assert ("gdp", "actual", 2020, "growth", Decimal("1.2"), "exact") in got


# a city plan report's appendix table (the 柳州 2025 kind): a category column before the names, 属性 between the
# name and the figures, the unit only in the name's brackets, the 约束性 rows' targets
_KINDS = ("关于某市2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告\n"
          "一、2024年国民经济和社会发展计划执行情况\n附表 某市国民经济和社会发展主要指标\n"
          "类别\t指标\t属性\t2024年目标\t2024年预计完成\t2025年目标\n"
          "经济发展\t地区生产总值增长（%）\t预期性\t5.5左右\t4.5\t5左右\n"
          "\t一般公共预算收入（亿元）\t预期性\t160\t158.6\t162\n"
          "民生福祉\t城镇新增就业（万人）\t预期性\t4.2\t4.5\t4.2\n"
          "绿色生态\t单位地区生产总值能耗降低（%）\t约束性\t完成自治区下达任务\t完成自治区下达任务\t完成自治区下达任务\n"
          "\t粮食产量（万吨）\t约束性\t—\t47.3\t46.5以上\n")


def test_a_rows_unit_given_only_in_its_names_brackets_reads_its_levels() -> None:
    got = facts(_KINDS)
    assert {("budget_revenue", "prior_target", 2024, "level", D("160"), "exact"),
            ("budget_revenue", "actual", 2024, "level", D("158.6"), "exact"),
            ("budget_revenue", "target", 2025, "level", D("162"), "exact"),
            ("new_urban_jobs", "prior_target", 2024, "level", D("4.2"), "exact"),
            ("new_urban_jobs", "actual", 2024, "level", D("4.5"), "exact"),
            ("grain_output", "actual", 2024, "level", D("47.3"), "exact"),
            ("grain_output", "target", 2025, "level", D("46.5"), "at_least")} <= got
    assert ("gdp", "target", 2025, "growth", D("5"), "around") in got


def test_a_result_column_stating_a_task_done_in_words_is_a_qualitative_result() -> None:
    # (`完成自治区下达任务` under 2024年预计完成: the year's energy result in words, as in a sentence)
    got = facts(_KINDS)
    assert ("energy_intensity", "actual", 2024, "growth", None, "qualitative") in got
    assert ("energy_intensity", "prior_target", 2024, "growth", None, "qualitative") in got


def _commitments(text: str) -> dict[tuple, str | None]:
    res = pipeline.extract_bytes(text.encode(), "t.txt")
    return {(f.indicator, f.period, f.value): f.commitment
            for rr in res.reports for f in rr.facts if f.role == "target"}


def test_a_row_the_table_classes_binding_gives_its_target_binding_in_the_text_too() -> None:
    # (facts.md: a figure listed under 约束性 is binding; the 属性 column classes each row; the same target stated
    # in the text's list with no word of its own takes it; the 预期性 rows stay expected)
    text = _KINDS + ("二、2025年经济社会发展的主要目标\n建议2025年全市经济社会发展主要目标为：地区生产总值增长5%左右，"
                     "粮食产量46.5万吨以上，单位地区生产总值能耗降低完成自治区下达任务。\n")
    got = _commitments(text)
    assert got[("grain_output", 2025, D("46.5"))] == "binding"
    assert got[("energy_intensity", 2025, None)] == "binding"
    assert got[("gdp", 2025, D("5"))] == "expected"
    assert got[("budget_revenue", 2025, D("162"))] == "expected"


def test_a_long_name_that_took_its_columns_padding_is_parted_from_its_first_cell() -> None:
    # a table aligned by full-width spaces (a blind set's 洛阳 2010): the longest names leave one space, or none after
    # their unit's bracket, before the target cell; each row stays its own (they had run into the row above)
    text = ("洛阳市2009年国民经济和社会发展计划执行情况与2010年计划草案的报告\n一、2009年计划执行情况\n"
            "指标名称　　　　　　　　　计划目标　　完成情况\n"
            "社会消费品零售总额增长（%）　　16　　　　19.5\n"
            "地方财政一般预算收入增长（%）　10　　　　6.1\n"
            "城镇居民人均可支配收入增长（%）9　　　　9.6\n")
    assert facts(text) == {
        ("retail_sales", "prior_target", 2009, "growth", D("16"), "exact"),
        ("retail_sales", "actual", 2009, "growth", D("19.5"), "exact"),
        ("budget_revenue", "prior_target", 2009, "growth", D("10"), "exact"),
        ("budget_revenue", "actual", 2009, "growth", D("6.1"), "exact"),
        ("urban_income", "prior_target", 2009, "growth", D("9"), "exact"),
        ("urban_income", "actual", 2009, "growth", D("9.6"), "exact"),
    }


def test_a_kind_column_before_the_names_gives_each_row_its_own_kind() -> None:
    # (a reviewer's: `属性 / 指标名称 / …`, one cell a line: each row's 预期性/约束性 stands before its name)
    text = spaced("关于某市2022年国民经济和社会发展计划执行情况与2023年计划草案的报告", "二、2023年计划",
                  "附表 2023年主要指标", "属性", "指标名称", "2022年完成", "2023年目标",
                  "预期性", "城镇登记失业率（%）", "3.2", "4.5以内",
                  "约束性", "单位GDP能耗下降（%）", "3.5", "3")
    res = pipeline.extract_bytes(text.encode(), "t.txt")
    got = {f.indicator: f.commitment for rr in res.reports for f in rr.facts if f.role == "target"}
    assert got == {"registered_unemployment": "expected", "energy_intensity": "binding"}


def test_a_growth_planned_beside_a_dash_level_stays_a_growth_under_a_growth_column() -> None:
    # (a reviewer's: `固定资产投资（亿元） / 12左右 / — / -5.3` under `2022年目标 / 2022年完成 / 增长（%）`: 12 is the
    # growth planned, no level of 12亿元; a group heading naming the year inside the table does not end it)
    text = ("关于某市2022年国民经济和社会发展计划执行情况与2023年计划草案的报告\n"
            "一、2022年国民经济和社会发展计划执行情况\n指标名称\t2022年目标\t2022年完成\t增长（%）\n一、2022年度经济发展类主要指标\n"
            "地区生产总值（亿元）\t7左右\t3050\t6.8\n固定资产投资（亿元）\t12左右\t—\t-5.3\n")
    got = facts(text)
    assert ("gdp", "actual", 2022, "level", D("3050"), "exact") in got
    assert ("fixed_asset_investment", "actual", 2022, "growth", D("-5.3"), "exact") in got
    assert not [f for f in got if f[0] == "fixed_asset_investment" and f[3] == "level"]


def test_a_header_set_on_two_lines_of_cells_is_read_column_by_column() -> None:
    # a PDF copy of a district's plan report: each column's year over its kind (`2019年` / `预计完成`), the growth
    # columns' `(%)` under them
    head = "关于包河区2019年国民经济和社会发展计划执行情况与2020年计划草案的报告\n二、2020年计划安排\n附表\n"
    rows = ("  地区生产总值               亿元      1365.2       8.3        —            7.5左右\n"
            "  社会消费品零售总额         亿元      612.4        10.8       667.5        9\n")
    two = ("  指 标 名 称                单位      2019年       增长       2020年       增长\n"
           "                                     预计完成     (%)        计划         (%)\n")
    one = "  指 标 名 称                单位      2019年预计完成       增长(%)       2020年计划       增长(%)\n"
    expected = {
        ("gdp", "actual", 2019, "level", D("1365.2"), "exact"), ("gdp", "actual", 2019, "growth", D("8.3"), "exact"),
        ("gdp", "target", 2020, "growth", D("7.5"), "around"),
        ("retail_sales", "actual", 2019, "level", D("612.4"), "exact"),
        ("retail_sales", "actual", 2019, "growth", D("10.8"), "exact"),
        ("retail_sales", "target", 2020, "level", D("667.5"), "exact"),
        ("retail_sales", "target", 2020, "growth", D("9"), "exact")}
    assert facts(head + one + rows) == expected
    assert facts(head + two + rows) == expected


def test_notes_in_brackets_alone_under_a_header_are_no_second_line_of_it() -> None:
    # (a reviewer's) `2019年 / 2020年` over `（预计） / （计划）`: each a note on its column, read as before
    text = ("关于包河区2019年国民经济和社会发展计划执行情况与2020年计划草案的报告\n二、2020年计划安排\n附表\n"
            "  指 标 名 称                单位      2019年       2020年\n"
            "                                      （预计）     （计划）\n"
            "  地区生产总值               亿元      1365.2       1460\n")
    assert facts(text) == {("gdp", "actual", 2019, "level", D("1365.2"), "exact"),
                           ("gdp", "target", 2020, "level", D("1460"), "exact")}


def test_a_table_saved_as_text_with_one_ideographic_space_between_cells() -> None:
    # a provincial plan report's annex (湖北 2013 style): `全社会固定资产投资增长　%　22　29.1　22　预期性`
    text = ("关于湖北省2012年国民经济和社会发展计划执行情况与2013年计划草案的报告\n"
            "附表：湖北省国民经济和社会发展主要指标\n"
            "指标名称　单位　2012年计划　2012年执行　2013年计划　属性\n"
            "全社会固定资产投资增长　%　22　29.1　20　预期性\n"
            "粮食总产量　万吨　2300以上　2441.8　2400以上　约束性\n")
    assert facts(text) == {
        ("fixed_asset_investment", "prior_target", 2012, "growth", D("22"), "exact"),
        ("fixed_asset_investment", "actual", 2012, "growth", D("29.1"), "exact"),
        ("fixed_asset_investment", "target", 2013, "growth", D("20"), "exact"),
        ("grain_output", "prior_target", 2012, "level", D("2300"), "at_least"),
        ("grain_output", "actual", 2012, "level", D("2441.8"), "exact"),
        ("grain_output", "target", 2013, "level", D("2400"), "at_least")}
    # (a sentence with one ideographic space in it is prose still)
    prose = normalize("全省地区生产总值增长7.5%，　规模以上工业增加值增长8%。").text
    assert "\t" not in prose


def test_a_growth_column_by_its_year_over_rows_with_a_unit_cell() -> None:
    # 林州 2009's annex: `单位 / 2008年预计 / 2009年预期增长(%)` — the second column is the year's planned growth,
    # whatever unit the row's cell names
    text = ("林州市2009年政府工作报告\n附表\n2009年国民经济和社会发展主要指标\n"
            "指标\t单位\t2008年预计\t2009年预期增长(%)\n生产总值\t亿元\t268.5\t11\n")
    assert facts(text) == {("gdp", "actual", 2008, "level", D("268.5"), "exact"),
                           ("gdp", "target", 2009, "growth", D("11"), "exact")}


def test_the_same_amount_in_the_table_and_a_task_in_another_unit_is_one_fact() -> None:
    # 寿光 2022 style (a blind set): the table's `城镇新增就业 / 人 / … / 10000以上`, then a task
    # `新增城镇就业1万人以上`: one target, as the sentence says it (a table's fact the sentences state is not
    # repeated); another amount is a fact of its own
    head = ("寿光市2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划草案\n"
            "指标\t单位\t2021年实际\t2022年目标\n城镇新增就业\t人\t12350\t10000以上\n二、2022年主要任务\n")
    assert facts(head + "全面落实就业优先政策，新增城镇就业1万人以上。\n") == {
        ("new_urban_jobs", "actual", 2021, "level", D("12350"), "exact"),
        ("new_urban_jobs", "target", 2022, "level", D("1"), "at_least")}
    assert ("new_urban_jobs", "target", 2022, "level", D("1.2"), "at_least") in facts(
        head + "全面落实就业优先政策，新增城镇就业1.2万人以上。\n")


def test_a_closing_exhortation_above_the_annex_is_no_caption_of_a_plans_table() -> None:
    # 南宁 2020 style (a blind set): `…为“十三五”规划画上圆满句号！` ends the text; the annex after it is the year's
    # table, its earlier year's target column last year's targets (not a five-year plan's goals)
    text = ("南宁市2019年国民经济和社会发展计划执行情况与2020年计划草案的报告\n一、2019年计划执行情况\n"
            "全市经济运行平稳。\n"
            "各位代表，让我们奋力夺取全面建成小康社会伟大胜利，以优异成绩为“十三五”规划画上圆满句号！\n\n"
            "附件：南宁市2020年国民经济和社会发展主要指标计划表\n\n"
            "指标 | 单位 | 2019年预期目标 | 2019年完成 | 2020年预期目标\n"
            "地区生产总值增长 | % | 7.5左右 | 5.8 | 7左右\n常住人口城市化率 | % | 63.2 | 62.9 | 63.8\n")
    assert facts(text) == {
        ("gdp", "prior_target", 2019, "growth", D("7.5"), "around"),
        ("gdp", "actual", 2019, "growth", D("5.8"), "exact"),
        ("gdp", "target", 2020, "growth", D("7"), "around"),
        ("urbanization_rate", "prior_target", 2019, "rate", D("63.2"), "exact"),
        ("urbanization_rate", "actual", 2019, "rate", D("62.9"), "exact"),
        ("urbanization_rate", "target", 2020, "rate", D("63.8"), "exact")}


def test_an_index_rows_base_in_the_unit_column() -> None:
    # 吉林 2023 style (a blind set): `居民消费价格指数 / 上年=100 / 103左右 / 102.1 / 103左右`
    text = ("关于吉林省2022年国民经济和社会发展计划执行情况与2023年计划草案的报告\n"
            "指标名称\t单位\t2022年计划\t2022年完成\t2023年计划\n居民消费价格指数\t上年=100\t103左右\t102.1\t103左右\n")
    assert facts(text) == {("cpi", "prior_target", 2022, "index", D("103"), "around"),
                           ("cpi", "actual", 2022, "index", D("102.1"), "exact"),
                           ("cpi", "target", 2023, "index", D("103"), "around")}


def test_a_bound_written_by_its_sign_in_a_target_cell() -> None:
    # 尤溪 2018 (a plan report's table, one cell a line): `≤103`, `≤4` under this year's target
    text = ("尤溪县2017年国民经济和社会发展计划执行情况与2018年国民经济和社会发展计划草案的报告\n"
            "（2018年1月9日在尤溪县第十七届人民代表大会第二次会议上）\n各位代表：\n"
            "一、2017年国民经济和社会发展计划执行情况\n2017年全县经济平稳增长。\n"
            "附表：2018年主要经济社会发展指标\n" + "\n".join([
                "序号", "指标名称", "单位", "上年实际", "增长（%）", "本年目标", "增长（%）", "指标属性",
                "1", "地区生产总值", "亿元", "312.6", "8.6", "342", "8.5", "预期性",
                "2", "居民消费价格指数", "%", "101.6", "—", "≤103", "—", "预期性",
                "3", "城镇登记失业率", "%", "2.8", "—", "≤4", "—", "预期性",
                "4", "规模以上工业增加值", "亿元", "142.3", "9.1", "156", "≥8", "预期性"]) + "\n")
    found = facts(text)
    assert ("cpi", "target", 2018, "index", D("103"), "at_most") in found
    assert ("registered_unemployment", "target", 2018, "rate", D("4"), "at_most") in found
    assert ("registered_unemployment", "actual", 2017, "rate", D("2.8"), "exact") in found
    assert ("industrial_va", "target", 2018, "growth", D("8"), "at_least") in found  # (under `增长（%）`)


def test_a_plan_reports_table_with_a_column_of_shares_of_the_plan_and_verbs_in_its_cells() -> None:
    # 湖北 2010, 郑州 2018 (blind plan reports): `完成计划（%）` holds ratios, no results; `提高1.3` under `百分点`
    # is the change its verb says; the FDI's long name is its row's
    text = ("湖北省2009年国民经济和社会发展计划执行情况与2010年计划草案的报告\n一、2009年计划执行情况\n"
            "指标 | 单位 | 2009年计划 | 2009年完成 | 完成计划（%）\n"
            "实际利用外商直接投资 | 亿美元 | 35 | 36.6 | 104.6\n"
            "城镇新增就业 | 万人 | 60 | 71.6 | 119.3\n"
            "常住人口城镇化率 | 百分点 | 提高1.3 | 提高1.4 | —\n")
    assert facts(text) == {
        ("foreign_investment", "prior_target", 2009, "level", D("35"), "exact"),
        ("foreign_investment", "actual", 2009, "level", D("36.6"), "exact"),
        ("new_urban_jobs", "prior_target", 2009, "level", D("60"), "exact"),
        ("new_urban_jobs", "actual", 2009, "level", D("71.6"), "exact"),
        ("urbanization_rate", "prior_target", 2009, "change_pp", D("1.3"), "exact"),
        ("urbanization_rate", "actual", 2009, "change_pp", D("1.4"), "exact"),
    }


def test_a_county_plan_table_whose_plans_are_growths_and_a_parts_row() -> None:
    # 正定 2015 (a blind plan report): `2014年计划` holds the planned growth where it is far below the levels beside
    # it (`生产总值 | 亿元 | 9 | 254.3 | 7.6`), a level where it is not (`城镇新增就业 | 人 | 5000 | 5230`); a part's
    # row named after `其中：` is read
    text = ("正定县2014年国民经济和社会发展计划执行情况与2015年计划草案的报告\n一、2014年计划执行情况\n"
            "| 指标名称 | 单位 | 2014年计划 | 2014年完成 | 比上年增长（%） | 2015年计划 | 比上年增长（%） |\n"
            "|---|---|---|---|---|---|---|\n"
            "| 生产总值 | 亿元 | 9 | 254.3 | 7.6 | 277 | 8左右 |\n"
            "| 城镇新增就业 | 人 | 5000 | 5230 | 4.6 | 5000 | — |\n"
            "| 其中：出口 | 亿美元 | 1.4 | 1.42 | 6.8 | 1.5 | 5.6 |\n")
    got = facts(text)
    assert {("gdp", "prior_target", 2014, "growth", D("9"), "exact"),
            ("new_urban_jobs", "prior_target", 2014, "level", D("5000"), "exact"),
            ("exports", "actual", 2014, "level", D("1.42"), "exact"),
            ("exports", "target", 2015, "growth", D("5.6"), "exact")} <= got
    assert ("gdp", "prior_target", 2014, "level", D("9"), "exact") not in got


def test_a_part_row_named_as_its_whole_is_no_second_figure_of_it() -> None:
    # `其中：城镇固定资产投资` under `全社会固定资产投资` (a 2011 plan report's): a part, not the whole again
    text = ("某市2011年国民经济和社会发展计划执行情况与2012年计划草案的报告\n一、2011年计划执行情况\n"
            "指标 | 单位 | 2011年计划 | 2011年完成 | 2012年计划\n"
            "全社会固定资产投资 | 亿元 | 1000 | 1050 | 1200\n其中：城镇固定资产投资 | 亿元 | 850 | 880 | 1000\n")
    assert {f[4] for f in facts(text)} == {D("1000"), D("1050"), D("1200")}
