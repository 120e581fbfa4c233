"""Tests of zhibiao.quantity: numbers, the quantity grammar, scanning real report text."""

from __future__ import annotations

import doctest
import json
import time
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import zhibiao.quantity as quantity
from zhibiao.quantity import numerals, parse, parse_number, scan

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
D = Decimal


def test_doctests() -> None:
    for mod in (quantity, numerals):
        res = doctest.testmod(mod)
        assert res.attempted > 0 and res.failed == 0


# --- numbers ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,234.5", "1234.5"), ("1.57", "1.57"), ("571.02", "571.02"), ("4.0", "4.0"),
        ("一万二千", "12000"), ("两千三百", "2300"), ("十二", "12"), ("三十五", "35"),
        ("百分之六点五", "6.5"), ("零点五", "0.5"), ("一百零五", "105"), ("一万二", "12000"),
        ("三亿五千万", "350000000"), ("16.4亿", "1640000000"), ("1.57万亿", "1570000000000"),
        ("二〇二四", "2024"), ("十", "10"),
    ],
)
def test_parse_number(text: str, value: str) -> None:
    assert parse_number(text) == D(value)


@pytest.mark.parametrize(
    "text", ["", " ", "abc", "十四五", "1.2.3", "万", "亿元", "一是", "12,34", "%", "点五", "第十二", "1-2"]
)
def test_parse_number_none(text: str) -> None:
    assert parse_number(text) is None


# --- parse: the examples of issue 3 ----------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "value", "high", "unit", "qualifier", "direction", "hint"),
    [
        ("增长6.5%左右", "6.5", None, "%", "around", "up", "growth"),
        ("下降1.5%", "-1.5", None, "%", "exact", "down", "growth"),
        ("571.02亿元", "571.02", None, "亿元", "exact", "none", "level"),
        ("6%—6.5%", "6", "6.5", "%", "range", "none", "rate"),
        ("6%-6.5%", "6", "6.5", "%", "range", "none", "rate"),
        ("6%至6.5%", "6", "6.5", "%", "range", "none", "rate"),
        ("6~6.5%", "6", "6.5", "%", "range", "none", "rate"),
        ("6.0%-6.5%", "6.0", "6.5", "%", "range", "none", "rate"),
        ("6—6.5%", "6", "6.5", "%", "range", "none", "rate"),
        ("6%到6.5%", "6", "6.5", "%", "range", "none", "rate"),
        # the dash lost in a scrape (广东 2016 write-ups: `地区生产总值增长7%7.5%`)
        ("增长7%7.5%", "7", "7.5", "%", "range", "up", "growth"),
        # the magnitude said with both ends, the unit once (`力争达到500亿-520亿元`)
        ("500亿-520亿元", "500", "520", "亿元", "range", "none", "level"),
        ("增长6%—6.5%", "6", "6.5", "%", "range", "up", "growth"),
        ("5.5%以上", "5.5", None, "%", "at_least", "none", "rate"),
        ("控制在5.5%左右", "5.5", None, "%", "around", "none", "rate"),
        ("控制在3%以内", "3", None, "%", "at_most", "none", "rate"),
        ("控制在4.5%", "4.5", None, "%", "at_most", "none", "rate"),
        ("102%以内", "102", None, "%", "at_most", "none", "rate"),
        ("0.2个百分点", "0.2", None, "pp", "exact", "none", "change_pp"),
        ("提高1个百分点", "1", None, "pp", "exact", "up", "change_pp"),
        ("下降0.3个百分点", "-0.3", None, "pp", "exact", "down", "change_pp"),
        ("翻一番", "100", None, "%", "exact", "up", "growth"),
        ("翻两番", "300", None, "%", "exact", "up", "growth"),
        ("持平", "0", None, "%", "exact", "flat", "growth"),
        ("力争达到1100亿元以上", "1100", None, "亿元", "at_least", "none", "level"),
        ("突破1000亿元", "1000", None, "亿元", "at_least", "none", "level"),
        ("力争7.2%", "7.2", None, "%", "exact", "none", "rate"),
        ("达到350亿元", "350", None, "亿元", "exact", "none", "level"),
        ("约3000人", "3000", None, "人", "around", "none", "level"),
        ("超过126万亿元", "126", None, "万亿元", "at_least", "none", "level"),
        ("不超过5%", "5", None, "%", "at_most", "none", "rate"),
        ("不低于8%", "8", None, "%", "at_least", "none", "rate"),
        ("降幅超过3%", "-3", None, "%", "at_least", "down", "growth"),
        ("同比增长19.3%", "19.3", None, "%", "exact", "up", "growth"),
        ("比上年增长4%左右", "4", None, "%", "around", "up", "growth"),
        ("较上年增长2.5%", "2.5", None, "%", "exact", "up", "growth"),
        ("增长(同比,下同)6.7%", "6.7", None, "%", "exact", "up", "growth"),
        ("增长了6%", "6", None, "%", "exact", "up", "growth"),
        ("增速为6%", "6", None, "%", "exact", "up", "growth"),
        ("实现增长6%", "6", None, "%", "exact", "up", "growth"),
        ("上涨0.2%", "0.2", None, "%", "exact", "up", "growth"),
        ("提高到65%", "65", None, "%", "exact", "none", "rate"),
        ("增长百分之六点五", "6.5", None, "%", "exact", "up", "growth"),
        # 〇 inside a number (normalisation turns a circle used so, `百分之○点一`, into it)
        ("上涨百分之〇点一", "0.1", None, "%", "exact", "up", "growth"),
        ("增长二〇点五%", "20.5", None, "%", "exact", "up", "growth"),
        # a range in words (联合报 2026: `增长目标设定在百分之四点五至百分之五`), the second 百分之 left out too
        ("增长百分之四点五至百分之五", "4.5", "5", "%", "range", "up", "growth"),
        ("增长百分之五到六", "5", "6", "%", "range", "up", "growth"),
        ("一万二千人", "12000", None, "人", "exact", "none", "level"),
        ("两千三百万元", "2300", None, "万元", "exact", "none", "level"),
        ("三个百分点", "3", None, "pp", "exact", "none", "change_pp"),
        ("16.4亿", "16.4", None, "亿", "exact", "none", "level"),
        ("1000多亿元", "1000", None, "亿元", "at_least", "none", "level"),
        ("增长1.5倍", "1.5", None, "倍", "exact", "up", "growth"),
        ("增加1.1万人", "1.1", None, "万人", "exact", "up", "change"),
        ("新增1.1万人", "1.1", None, "万人", "exact", "none", "level"),
        ("减少27.4%", "-27.4", None, "%", "exact", "down", "growth"),
        ("7.6万亩", "7.6", None, "万亩", "exact", "none", "level"),
        ("81.5亿斤", "81.5", None, "亿斤", "exact", "none", "level"),
        ("12.1亿美元", "12.1", None, "亿美元", "exact", "none", "level"),
        ("1,234.5万千瓦时", "1234.5", None, "万千瓦时", "exact", "none", "level"),
        ("30平方公里", "30", None, "平方公里", "exact", "none", "level"),
        ("2.5万标准箱", "2.5", None, "万标准箱", "exact", "none", "level"),
        # a growth written with its sign (碑林区 2025): a fall
        ("增长-18.9%", "-18.9", None, "%", "exact", "down", "growth"),
        # a round threshold written without a digit (日照 2014, 贵港 2018, 克什克腾旗 2025)
        ("突破百亿", "100", None, "亿元", "at_least", "none", "level"),
        ("迈上万亿元", "1", None, "万亿元", "at_least", "none", "level"),
        ("突破千亿斤", "1000", None, "亿斤", "at_least", "none", "level"),
        # `迈上5万亿台阶`: 台阶 is no unit 台 (四川 2022)
        ("迈上5万亿", "5", None, "万亿", "at_least", "none", "level"),
        # a size remarked on after a rate noun (大同 2010)
        ("增幅高达71.8%", "71.8", None, "%", "exact", "up", "growth"),
    ],
)
def test_parse(text: str, value: str, high: str | None, unit: str, qualifier: str, direction: str,
               hint: str) -> None:
    q = parse(text)
    assert q is not None
    assert (q.value, q.value_high, q.unit, q.qualifier, q.direction, q.measure_hint) == (
        D(value), None if high is None else D(high), unit, qualifier, direction, hint)
    assert q.span == quantity.grammar.Span(0, len(text)) and q.raw == text


def test_value_base_is_exact() -> None:
    q = parse("571.02亿元")
    assert q is not None and q.extra["value_base"] == D("57102000000") and q.extra["base_unit"] == "元"
    q = parse("4.1万人")
    assert q is not None and q.extra["value_base"] == D("41000") and q.extra["kind"] == "people"
    # Taiwanese media's 兆 of money is 10^12, kept as written
    q = parse("5.2兆元")
    assert q is not None and q.unit == "兆元"
    assert (q.extra["value_base"], q.extra["kind"]) == (D("5200000000000"), "currency")
    # ... and so is their 兆 of the harvest's 斤 (联合报 on the national 2026 targets: `粮食产量一点四兆斤以上`),
    # while a 兆瓦 stays a megawatt
    q = parse("一点四兆斤")
    assert q is not None and q.unit == "兆斤" and (q.value, q.extra["kind"]) == (D("1.4"), "mass")
    assert q.extra["value_base"] == D("1400000000000")
    assert _raws("新增装机容量120兆瓦") == ["120兆瓦"]
    # (a Taiwan paper's `2兆5979亿元` is 25979亿元, never its 亿 part alone, `5979亿元`, a wrong amount)
    q = parse("2兆5979亿元")
    assert q is not None and (q.value, q.unit, q.raw) == (D("25979"), "亿元", "2兆5979亿元")
    assert q.extra["value_base"] == D("2597900000000")
    assert _raws("全省生产总值2兆5979亿元，成长9%")[0] == "2兆5979亿元"
    # (and its 万 before the ones: `城镇及农村居民人均可支配收入分别为人民币7万1240元与3万6580元`, 自由时报 on
    # 瑞安 2022; `6万8000多元`, `1万1000名`, and the mainland's 万 before the 亿 part, `1万1985亿元`; not a 亿 before
    # a 万 amount)
    got = [(q.value, q.unit) for q in scan("分别为人民币7万1240元与3万6580元")]
    assert got == [(D("71240"), "元"), (D("36580"), "元")]
    q = parse("7万1240元")
    assert q is not None and (q.value, q.unit, q.extra["value_base"]) == (D("71240"), "元", D("71240"))
    for raw, value, unit, qualifier in (
            ("6万8000多元", "68000", "元", "at_least"), ("1万1000名", "11000", "名", "exact"),
            ("6万1240元/人", "61240", "元", "exact"), ("1万1985亿元", "11985", "亿元", "exact")):
        q = parse(raw)
        assert q is not None and (q.value, q.unit, q.qualifier) == (D(value), unit, qualifier), raw
    assert _raws("1亿2000万元") == ["1亿", "2000万元"]  # (annotators differ: 1.2亿元 or 12000万元)
    # (a sum in Chinese numerals whose 万 closes the number, `五亿三千万美元`: 5.3亿美元, not 五亿三千 of 万美元)
    q = parse("五亿三千万美元")
    assert q is not None and (q.value, q.unit) == (D("5.3"), "亿美元") and q.extra["value_base"] == D("530000000")
    q = parse("三千万元")
    assert q is not None and (q.value, q.unit) == (D("3000"), "万元")


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("与经济增长基本同步", "none"), ("与经济增长同步", "none"), ("和经济增长同步", "none"),
        ("与全区经济增长基本同步", "none"), ("高于全市平均", "up"), ("高于全省平均水平", "up"),
        ("不低于全省平均水平", "up"), ("保持正增长", "up"), ("正增长", "up"), ("平稳增长", "up"),
        ("稳中有升", "up"), ("稳步增长", "up"), ("合理增长", "up"), ("保持合理水平", "none"),
        ("量质齐升", "up"), ("量稳质升", "up"), ("高于全市", "up"),
        ("与地区生产总值增幅同步", "none"),  # 道里 2023
        ("与经济增长相匹配", "none"),  # 芜湖 2025
        # a margin over the reference is no value of the subject (吉林 2026, 沿江 2023, 安徽 2020)
        ("高于全国0.7个百分点", "up"), ("高于全市1个百分点", "up"), ("高于全国平均水平0.5个百分点以上", "up"),
        # the level above by its name, its average after it (a district of 长沙, a county of 湖南)
        ("高于长沙市平均水平", "up"), ("不低于湖南省平均水平", "up"), ("高于广西壮族自治区平均水平", "up"),
        ("高于巴音郭楞蒙古自治州平均水平", "up"),
        ("不高于郑州市平均增速", "down"),
    ],
)
def test_qualitative(text: str, direction: str) -> None:
    q = parse(text)
    assert q is not None
    assert (q.value, q.unit, q.qualifier, q.direction, q.extra["phrase"]) == (
        None, None, "qualitative", direction, text)


@pytest.mark.parametrize(
    "text",
    ["2024年", "2月27日", "第十二届", "“十四五”", "“1336”战略", "“2+2+1”", "(一)", "一、", "1.", "〔1〕",
     "十四五规划", "2023-2025年", "一是", "统一", "两个", "一批项目", "PM2.5", "5G", "G318", "1.1.1.1.", "",
     "○", "○ 一批项目"],  # (a circle alone is a bullet)
)
def test_not_quantities(text: str) -> None:
    assert scan(text) == [] and parse(text) is None


def test_a_named_place_is_a_reference_only_with_its_average_after_it() -> None:
    # `高于长沙市平均水平` compares with the city above; `高于长沙市` alone names no average and stays none
    assert parse("高于长沙市") is None
    assert [q.extra["phrase"] for q in scan("确保全社会固定资产投资增速高于长沙市平均水平。")] == ["高于长沙市平均水平"]


def test_a_number_written_close_after_gdp_is_read_but_not_after_other_letters() -> None:
    # 醴陵 2016: `实现GDP532亿元`; `G20` and `PM2.5` stay no quantities
    assert _raws("实现GDP532亿元,增长10.5%") == ["532亿元", "增长10.5%"]
    assert _raws("G20峰会") == [] and _raws("PM2.5浓度") == []
    # (also written in small letters, as a scrape may: 麻阳 2024 `完成gdp113.8亿元`; but not `pm2.5`)
    assert _raws("完成gdp113.8亿元,增长5%") == ["113.8亿元", "增长5%"]
    assert _raws("pm2.5浓度") == []


# --- scan: sentences from the dev corpus ----------------------------------------------------

def _raws(text: str) -> list[str]:
    return [q.raw for q in scan(text)]


@pytest.mark.parametrize(("text", "hint"), [
    ("经济增长回落至10.1%", "growth"),  # a growth said as a noun before a verb that moves a rate: its new value
    ("工业增长回升到-3.2%", "growth"),
    ("研发经费投入强度持续增长提升至2.8%", "rate"),  # not before 提升/提高: the rate or level reached
    ("粮食产量实现恢复性增长提高到50万吨", "level"),
])
def test_a_growth_noun_before_a_reach_verb(text: str, hint: str) -> None:
    assert scan(text)[-1].measure_hint == hint


def test_scan_spans_include_lead_words() -> None:
    text = "预计全市地区生产总值增长6%左右,确保规上工业总产值达到350亿元,城镇调查失业率控制在5.5%左右"
    assert _raws(text) == ["增长6%左右", "达到350亿元", "控制在5.5%左右"]
    q = scan(text)[0]
    assert text[q.extra["num_span"].start:q.extra["num_span"].end] == "6"
    assert q.extra["lead_start"] == text.index("增长")


def test_a_range_that_is_none_leaves_its_figures() -> None:
    # a dashless pair that falls, or stands in a distribution whose 、 was lost, is two figures; so is a
    # range whose units differ (`增长5%-6亿元`)
    assert _raws("增长7.5%7%") == ["增长7.5%", "7%"]
    assert _raws("固定资产投资分别增长9%12%") == ["分别增长9%", "12%"]
    # (also after a pair of subjects: 黄陂 2023's `城镇、农村居民人均可支配收入同比增长6.1%8%`)
    assert _raws("城镇、农村居民人均可支配收入同比增长6.1%8%") == ["同比增长6.1%", "8%"]
    # (only in their own clause: `城乡居民基本医疗保险参保率达到95%,地区生产总值增长7%7.5%` keeps its range)
    got = [(q.value, q.value_high) for q in scan("城乡居民医保参保率达到95%,地区生产总值增长7%7.5%")]
    assert got[-1] == (D("7"), D("7.5"))
    assert _raws("增长5%-6亿元") == ["增长5%", "6亿元"]
    # (so is a pair in words that falls, `由百分之五到百分之三`; nor is a year after a figure its range's end)
    assert _raws("失业率由百分之五到百分之三") == ["百分之五", "到百分之三"]
    assert [(q.value, q.value_high) for q in scan("能耗下降百分之三到二〇二五年")] == [(D("-3"), None)]
    # (nor a path from one to the other, `城镇化率从百分之五十二到百分之五十八`, nor a month, `百分之六至九月份`)
    got = [(q.value, q.value_high) for q in scan("城镇化率从百分之五十二到百分之五十八")]
    assert got == [(D("52"), None), (D("58"), None)]
    assert [(q.value, q.value_high) for q in scan("增长百分之六至九月份累计")] == [(D("6"), None)]
    # (also with words between: `由上年的百分之二点一到百分之二点四`, a fourth reviewer's case; not 自由…)
    assert [q.value_high for q in scan("研发投入强度由上年的百分之二点一到百分之二点四")] == [None, None]
    assert [q.value_high for q in scan("自由贸易区增长百分之五至百分之六")] == [D("6")]
    # (but a 均 of 人均 is no distribution: `人均可支配收入增长7%7.5%` is a range)
    assert [(q.value, q.value_high) for q in scan("城镇居民人均可支配收入增长7%7.5%")] == [(D("7"), D("7.5"))]


def test_scan_stretch_goal() -> None:
    qs = scan("地区生产总值确保增长6.7%、力争7.2%以上")
    assert [(q.raw, q.value, q.qualifier, q.extra.get("cue")) for q in qs] == [
        ("确保增长6.7%", D("6.7"), "exact", "确保"), ("力争7.2%以上", D("7.2"), "at_least", "力争")]


def test_distribution_growth() -> None:
    text = "城乡居民人均可支配收入分别增长5.2%、7.8%,居民消费价格指数控制在102%以内"
    qs = scan(text)
    assert [(q.value, q.direction, q.measure_hint, q.extra.get("group_index")) for q in qs] == [
        (D("5.2"), "up", "growth", 0), (D("7.8"), "up", "growth", 1), (D("102"), "none", "rate", None)]
    assert qs[0].raw == "分别增长5.2%" and qs[0].extra["group"] == qs[1].extra["group"]
    assert qs[2].qualifier == "at_most"


def test_an_aside_in_brackets_after_a_member_keeps_the_distribution() -> None:
    # 清涧 2023: `增速分别为5.6%(全市第四)、6.6%`; the second member is the rural figure, not a figure of its own
    qs = scan("城乡居民人均可支配收入增速分别为5.6%(全市第四)、6.6%")
    assert [(q.value, q.extra.get("group_index")) for q in qs] == [(D("5.6"), 0), (D("6.6"), 1)]
    # (an aside with a figure of its own is no aside: `分别增长5.6%(高于全市0.5个百分点)、6.6%`)
    qs = scan("城乡居民人均可支配收入分别增长5.6%(高于全市0.5个百分点)、6.6%")
    assert [q.extra.get("group_index") for q in qs if q.unit == "%"][-1] is None


def test_amounts_of_change_listed_share_their_verb() -> None:
    # 1163 (2022): `较年初增加31.1亿元、17.58亿元`: the bare amount after an increase is an increase too
    qs = scan("存贷款余额分别达到328.34亿元、189.28亿元,较年初增加31.1亿元、17.58亿元")
    assert [(q.value, q.direction, q.measure_hint) for q in qs[2:]] == [
        (D("31.1"), "up", "change"), (D("17.58"), "up", "change")]
    # ... but not a figure with words of its own, nor one in another unit, nor one past a comma
    qs = scan("城镇新增就业1.2万人、农村劳动力转移就业2万人")
    assert qs[1].measure_hint == "level" and qs[1].extra.get("group") is None
    qs = scan("一般公共预算收入增加5亿元、12%")
    assert qs[1].extra.get("group") is None
    qs = scan("地区生产总值增加50亿元,450亿元")
    assert qs[1].measure_hint == "level"
    # (with no 分别 anywhere in the text either: 济宁 2006 `…贷款余额623.14亿元,比“九五”末增加528.45亿元和306.65亿元`)
    qs = scan("金融机构年末存款余额939.57亿元、贷款余额623.14亿元,比“九五”末增加528.45亿元和306.65亿元")
    assert [(q.value, q.measure_hint) for q in qs[2:]] == [(D("528.45"), "change"), (D("306.65"), "change")]


def test_distribution_levels_and_mixed_qualifiers() -> None:
    qs = scan("就业困难人员再就业分别达4.1万人、2.74万人、0.76万人")
    assert [(q.value, q.unit, q.extra["group_index"]) for q in qs] == [
        (D("4.1"), "万人", 0), (D("2.74"), "万人", 1), (D("0.76"), "万人", 2)]
    qs = scan("城乡居民人均可支配收入分别增长5.5%左右和6.5%以上")
    assert [(q.value, q.qualifier, q.direction) for q in qs] == [
        (D("5.5"), "around", "up"), (D("6.5"), "at_least", "up")]
    qs = scan("分别同比下降51.45%、49.68%")
    assert [q.value for q in qs] == [D("-51.45"), D("-49.68")]
    assert scan("分别下降24%和21.2%")[1].value == D("-21.2")


def test_comparison_with_quoted_target() -> None:
    text = "地区生产总值为571.02亿元,增长(同比,下同)6.7%,超过年初预期目标(6.5%)0.2个百分点"
    qs = scan(text)
    assert [(q.raw, q.value, q.unit) for q in qs] == [
        ("为571.02亿元", D("571.02"), "亿元"), ("增长(同比,下同)6.7%", D("6.7"), "%"),
        ("超过年初预期目标(6.5%)", D("6.5"), "%"), ("0.2个百分点", D("0.2"), "pp")]
    assert qs[2].extra["reference"] == "年初预期目标" and qs[2].extra["comparison"] is True
    assert qs[3].extra["reference"] == "年初预期目标" and qs[3].direction == "up"
    qs = scan("低于年初预期目标(10%)4.2个百分点")
    assert [(q.value, q.direction) for q in qs] == [(D("10"), "none"), (D("-4.2"), "down")]


@pytest.mark.parametrize(
    ("text", "ref", "direction"),
    [("比全省高0.5个百分点", "全省", "up"), ("比全国低0.3个百分点", "全国", "down")],
)
def test_comparison_gap(text: str, ref: str, direction: str) -> None:
    (q,) = scan(text)
    assert (q.raw, q.unit, q.extra["reference"], q.direction) == (text, "pp", ref, direction)
    # (`高于全市1个百分点` is one qualitative phrase, margin and all: see test_qualitative)


def test_comparison_with_last_year_is_a_change() -> None:
    (q,) = scan("比上年提高1.2个百分点")
    assert q.direction == "up" and "comparison" not in q.extra


# --- bugs caught while reading the dev corpus -----------------------------------------------

@pytest.mark.parametrize(
    ("text", "raw", "value", "unit", "qualifier"),
    [
        ("扶失业人员再就业2.1万余人", "2.1万余人", "2.1", "万人", "at_least"),
        ("推动海铁联运规模突破4.4万标箱", "突破4.4万标箱", "4.4", "万标箱", "at_least"),
        ("举办促消费活动1000余场", "1000余场", "1000", "场", "at_least"),
        ("粮食产量首次跃上1.4万亿斤新台阶", "跃上1.4万亿斤", "1.4", "万亿斤", "at_least"),
        ("粮食产量在145亿斤以上", "在145亿斤以上", "145", "亿斤", "at_least"),
        ("开办时间缩短40%", "缩短40%", "-40", "%", "exact"),
    ],
)
def test_bugs_caught(text: str, raw: str, value: str, unit: str, qualifier: str) -> None:
    (q,) = scan(text)
    assert (q.raw, q.value, q.unit, q.qualifier) == (raw, D(value), unit, qualifier)


def test_chi_ping_inside_bao_chi_ping_wen_is_not_flat() -> None:
    assert scan("房地产市场保持平稳健康发展") == []
    assert [q.raw for q in scan("与上年基本持平")] == ["基本持平"]


def _gold() -> list[dict]:
    rows = []
    for p in sorted((SHARED / "gold").glob("*.jsonl")) if SHARED.is_dir() else []:
        rows += [json.loads(line) for line in p.read_text("utf-8").splitlines() if line.strip()]
    return rows


# phrases too vague for a grammar of quantities (no number, no stock phrase)
_GOLD_OUT_OF_SCOPE = {"单位生产总值能耗与“十四五”目标统筹衔接"}


def test_gold_texts_yield_their_quantity() -> None:
    """Each gold fact's text holds a quantity with the gold value, range, unit and qualifier."""
    rows = _gold()
    if not rows:
        pytest.skip("shared gold missing")
    misses = []
    for d in rows:
        if d["text"] in _GOLD_OUT_OF_SCOPE:
            continue
        want = (None if d["value"] is None else D(str(d["value"])),
                None if d["value_high"] is None else D(str(d["value_high"])), d["unit"], d["qualifier"])
        got = [(q.value, q.value_high, q.unit, q.qualifier) for q in scan(d["text"])]
        if want not in got:
            misses.append((d["text"], want, got))
    assert not misses, misses[:5]
    assert len(rows) > 300


def _corpus() -> list[str]:
    if not SHARED.is_dir():
        pytest.skip("shared corpus missing")
    files = sorted((SHARED / "corpus").glob("*.txt")) + sorted((SHARED / "corpus_pairs").glob("*.txt"))
    return [p.read_text("utf-8") for p in files]


def test_scan_corpus_invariants() -> None:
    for text in _corpus():
        qs = scan(text)
        assert qs
        end = 0
        for q in qs:
            assert end <= q.span.start < q.span.end <= len(text)
            assert q.raw == text[q.span.start:q.span.end]
            ns = q.extra["num_span"]
            if ns is not None:
                assert q.span.start <= ns.start < ns.end <= q.span.end
                assert not text[ns.end:q.span.end].startswith(("年", "月", "日", "届"))
            end = q.span.end


def test_scan_corpus_no_years_or_dates() -> None:
    text = "\n".join(_corpus())
    for q in scan(text):
        if q.value is not None and q.unit in ("个", "天"):
            assert text[q.span.end:q.span.end + 1] not in ("年", "月", "日")
        assert q.unit not in ("年", "月", "日", "届")


# --- properties -------------------------------------------------------------------------------

_ALPHABET = st.sampled_from(list(
    "0123456789.,%％-—~至到以上下内左右约增长下降分别、和个百分点亿万元人吨亩倍翻一两番持平第年月日"
    "十百千零点(（)）“”与经济同步高于全市平均不低超过控制在力争达实现 abc\n"))


@settings(max_examples=300, deadline=None)
@given(st.text(_ALPHABET, max_size=80) | st.text(max_size=40))
def test_never_raises_and_spans_are_sound(text: str) -> None:
    qs = scan(text)
    end = 0
    for q in qs:
        assert end <= q.span.start < q.span.end <= len(text)
        assert q.raw == text[q.span.start:q.span.end]
        assert q.value is None or isinstance(q.value, Decimal)
        end = q.span.end
    parse(text)
    parse_number(text)


_decimals = st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False)


@settings(max_examples=150, deadline=None)
@given(_decimals, st.sampled_from(["亿元", "万元", "万人", "万吨", "亿斤", "万亩", "元", "人"]))
def test_roundtrip_levels(d: Decimal, unit: str) -> None:
    q = parse(f"{d}{unit}")
    assert q is not None and q.value == d and q.unit == unit
    assert parse_number(str(d)) == d


@settings(max_examples=150, deadline=None)
@given(_decimals, st.sampled_from([("增长", 1, "%"), ("下降", -1, "%"), ("提高", 1, "pp")]))
def test_roundtrip_changes(d: Decimal, verb: tuple[str, int, str]) -> None:
    word, sign, unit = verb
    text = f"{word}{d}{'%' if unit == '%' else '个百分点'}左右"
    q = parse(text)
    assert q is not None and q.value == sign * d and q.unit == unit and q.qualifier == "around"
    assert q.span.end == len(text)


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1, max_value=99_999_999))
def test_roundtrip_thousands_separators(n: int) -> None:
    assert parse_number(f"{n:,}") == n


# --- linearity (sanity, not a speed goal) -----------------------------------------------------

def _adversarial(size: int) -> str:
    unit = ("1" * 300 + "%%%%" + "增长" * 40 + "1.1." * 50 + "分别、、、" * 20 + "一" * 200
            + "6%—6.5%、" * 10 + "高于全市" * 10 + "(" * 30 + "增长(同比" * 10)
    return (unit * (size // len(unit) + 1))[:size]


def _time(text: str) -> float:
    t = time.perf_counter()
    scan(text)
    return time.perf_counter() - t


def test_scan_is_linear_on_adversarial_text() -> None:
    """10x the text must take well under 100x the time (quadratic); 40x leaves room for a busy machine."""
    small, big = _adversarial(20_000), _adversarial(200_000)
    _time(small)
    t_small = min(_time(small) for _ in range(3))
    t_big = min(_time(big) for _ in range(3))
    assert t_big < 40 * max(t_small, 1e-3), (t_small, t_big)


def test_qualitative_phrase_after_a_parenthesis_is_no_comparison() -> None:
    """Found by fuzzing: a qualitative phrase right after `)` has no number to compare."""
    q = parse("（一）不低于省")
    assert q is None or q.value is None


def test_words_between_a_distribution_and_its_verb() -> None:
    """`分别保持增长20%、13%和14%以上`: 保持 stands between 分别 and the verb; the list shares 以上."""
    from zhibiao.quantity import scan

    qs = scan("分别保持增长20%、13%和14%以上")
    assert [(q.value, q.qualifier, q.direction, q.extra.get("group_index")) for q in qs] == [
        (Decimal("20"), "at_least", "up", 0), (Decimal("13"), "at_least", "up", 1), (Decimal("14"), "at_least", "up", 2)
    ]


# --- the range of a value (issue 19, item 6) --------------------------------------------------------
# DECIMAL(38, 10): 28 integer digits, 10 decimals. Past it a figure is not read as a quantity, one
# figure at a time: never rounded, never failing the file it stands in.

@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("9" * 28, "9" * 28), ("1" * 28 + "万", None), ("1" * 29, None), ("1" * 24 + "万", "1" * 24 + "0000"),
        ("0.1234567890", "0.1234567890"), ("0.12345678901", None), ("12.50000000000", "12.50000000000"),
        ("1" * 21 + "亿", None), ("1" * 20 + "亿", "1" * 20 + "0" * 8), ("1.5" + "0" * 40 + "万", "15000"),
    ],
)
def test_values_past_decimal_38_10_are_not_quantities(text: str, value: str | None) -> None:
    assert parse_number(text) == (None if value is None else Decimal(value))


def test_a_figure_out_of_range_is_skipped_alone() -> None:
    """The grammar reads the figures around one that is out of range as before."""
    text = f"人口{'9' * 30}人，地区生产总值增长6.5%左右，能耗下降0.12345678901%，城镇新增就业12万人。"
    assert [(q.raw, q.value) for q in scan(text)] == [("增长6.5%左右", D("6.5")), ("12万人", D("12"))]


_DIGITS = st.text("0123456789", min_size=1, max_size=60)


@settings(max_examples=500, deadline=None)
@given(_DIGITS, st.one_of(st.none(), _DIGITS), st.text("十百千万亿", max_size=4))
def test_parse_number_is_exact_or_none(whole: str, frac: str | None, mag: str) -> None:
    """Property: any run of digits (with decimals and magnitudes) parses without an exception, to an
    exact value within DECIMAL(38, 10) or to None; never to a value rounded to 28 digits."""
    from decimal import localcontext

    text = whole + (f".{frac}" if frac else "") + mag
    v = parse_number(text)
    if v is None:
        return
    assert numerals.in_range(v)
    if not mag:
        with localcontext() as ctx:
            ctx.prec = 200
            assert v == Decimal(text)


_COMPARISON_TOKENS = ["低于", "高于", "超过", "翻番", "翻一番", "(", ")", "（", "）", "5%", "6.5%", "4度",
                      "0.2个百分点", "年初预期目标", "增长", "下降", "4", "度", "，", "全国平均", "持平"]  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_COMPARISON_TOKENS), max_size=10).map("".join))
@example("低于低于(5%低于全国平均)翻番")  # a quoted number after a phrase without one crashed the re-read
def test_comparisons_never_make_spans_overlap(text: str) -> None:
    """Property: a quoted target re-read as a comparison (`超过年初预期目标(6.5%)`) never reaches back
    over the figure before it (`低于翻番(5%)4度` gave two spans from 0)."""
    end = 0
    for q in scan(text):
        assert end <= q.span.start < q.span.end <= len(text), (text, [x.span for x in scan(text)])
        end = q.span.end


@pytest.mark.parametrize("space", [" ", "\u3000", "  "])
def test_a_scrapes_space_between_verb_and_number_keeps_the_verb(space: str) -> None:
    text = f"居民消费价格涨幅{space}1.1%"
    (q,) = scan(text)
    assert (q.value, q.direction, text[q.span.start : q.span.end]) == (Decimal("1.1"), "up", f"涨幅{space}1.1%")
    (q,) = scan(f"一般公共预算收入下降{space}5.2%")
    assert q.value == Decimal("-5.2")


@pytest.mark.parametrize(
    ("text", "value"),
    [("居民消费价格指数为102.7", "102.7"), ("居民消费价格指数102.5,比上年回落1个百分点", "102.5"),
     ("商品零售价格指数为99.6", "99.6")],
)
def test_a_price_index_without_its_percent_sign(text: str, value: str) -> None:
    """Older reports write a price index bare (长沙 2015: `居民消费价格指数为102.7`): read as %."""
    q = scan(text)[0]
    assert (q.value, q.unit, q.qualifier) == (Decimal(value), "%", "exact")


@pytest.mark.parametrize(
    "text",
    ["居民消费价格指数为2024年", "居民消费价格指数为1.5万", "发展指数为0.85", "景气指数为55.2", "价格指数为102.7亿元"],
)
def test_no_price_index_is_read_from_other_numbers(text: str) -> None:
    assert all(not (q.unit == "%" and q.value is not None and q.value >= 90) for q in scan(text))


def test_doubled_is_a_growth_of_a_hundred_percent() -> None:
    """`实现翻倍增长` (盐田区 2012) reads like 翻番: +100%."""
    q = scan("财政一般预算收入实现翻倍增长")[0]
    assert (q.value, q.unit, q.direction) == (Decimal("100"), "%", "up")


def test_a_bare_amount_joined_to_one_of_its_size_shares_its_unit() -> None:
    # 鄞州 2015: `城乡居民人均可支配收入46324和26682元`, no 分别
    assert [(q.value, q.unit) for q in scan("城乡居民人均可支配收入46324和26682元")] == [
        (Decimal("46324"), "元"), (Decimal("26682"), "元")]
    # a number far from the amount's size (a count, a code) is left alone
    assert [(q.value, q.unit) for q in scan("新建学校3和300万元")] == [(Decimal("300"), "万元")]


def test_a_qualifier_word_before_a_noun_of_size() -> None:
    # 青海 2006: `突破总量500亿元` passes a threshold like `突破500亿元`
    [q] = scan("突破总量500亿元")
    assert (q.value, q.unit, q.qualifier) == (Decimal("500"), "亿元", "at_least")


def test_a_pace_said_as_a_speed_has_its_direction() -> None:
    assert [(q.value, q.direction) for q in scan("以年均12%的速度持续增长")] == [(Decimal("12"), "up")]
    assert [(q.value, q.direction) for q in scan("以年均3%的速度下降")] == [(Decimal("-3"), "down")]


@pytest.mark.parametrize(("text", "value", "high", "unit", "qualifier"), [
    ("GDP达1.2万亿人民币", "1.2", None, "万亿元", "exact"),  # the currency alone after a magnitude, not 亿人
    ("居民消费价格指数控制在103.5左右", "103.5", None, "%", "around"),  # 长沙 2014: an index held near, no %
    ("地区生产总值增长5%一5.5%", "5", "5.5", "%", "range"),  # 杭州 2026: 一 typed for a dash
    ("人均可支配收入首破8万元", "8", None, "万元", "at_least"),  # 杭州 2026
    ("按年增长6.8%", "6.8", None, "%", "exact"),  # a Hong Kong paper's year on year
    ("较前一年成长9.1%", "9.1", None, "%", "exact"),  # a Taiwan paper's (自由时报 on 瑞安 2022)
    ("比上年度增长12%", "12", None, "%", "exact"),
])
def test_wordings_of_sets_214_to_221(text: str, value: str, high: str | None, unit: str, qualifier: str) -> None:
    [q] = scan(text)
    assert (q.value, q.value_high, q.unit, q.qualifier) == (
        Decimal(value), None if high is None else Decimal(high), unit, qualifier)


def test_a_dash_typed_as_yi_is_no_range_between_a_month_and_a_count() -> None:
    assert [(q.value, q.value_high) for q in scan("1一11月增长5%")] == [(Decimal("5"), None)]
    assert scan("全年接待游客1.2亿人")[0].unit == "亿人"


@pytest.mark.parametrize(("text", "values"), [
    ("地区生产总值增速“保6争7”", ["6", "7"]),  # 凉山 2021
    ("实现保八争十", ["8", "10"]),  # 宝山 2016, in Chinese numerals
    ("经济增长保7.5争8%", ["7.5", "8"]),
])
def test_bao_zheng_gives_two_growth_rates_each_with_its_commitment(text: str, values: list[str]) -> None:
    got = scan(text)
    assert [(q.value, q.unit, q.measure_hint) for q in got] == [(Decimal(v), "%", "growth") for v in values]
    assert [q.extra.get("commitment") for q in got] == ["binding", "stretch"]
    assert all(text[q.span.start] in "保争" for q in got)  # each span opens on its word


@pytest.mark.parametrize("text", ["保持6%增长", "争取7%", "保障房3000套", "争创全国文明城市"])
def test_bao_and_zheng_alone_are_no_bao_zheng(text: str) -> None:
    assert all(q.extra.get("commitment") is None for q in scan(text))


def test_a_bound_written_by_its_sign() -> None:
    # a plan table's `≤4%`, `≥8%`: the qualifier the sign says
    assert [(q.value, q.qualifier) for q in scan("城镇登记失业率≤4%")] == [(Decimal("4"), "at_most")]
    assert [(q.value, q.qualifier) for q in scan("增长≥8%")] == [(Decimal("8"), "at_least")]
    assert scan("≤4") == []  # (a bare number, no unit: nothing)


def test_a_list_headed_by_a_figure_below_zero_rises_with_its_verb() -> None:
    # 藁城 2022 (a blind set's): `三次产业增加值分别增长-1.2%、3.5%、1.4%`: only the first is a fall, by its own sign
    values = [q.value for q in scan("三次产业增加值分别增长-1.2%、3.5%、1.4%")]
    assert values == [Decimal("-1.2"), Decimal("3.5"), Decimal("1.4")]
    assert [q.value for q in scan("城乡居民人均可支配收入分别下降1.5%、2%")] == [Decimal("-1.5"), Decimal("-2")]
    # (a later member below zero by its own sign: its minus is its own, in its span)
    qs = scan("地区生产总值、一般公共预算收入分别增长-3.2%和-1.5%")
    assert [q.value for q in qs] == [Decimal("-3.2"), Decimal("-1.5")] and qs[1].raw == "-1.5%"
    assert [q.value for q in scan("分别增长3%、-2.1%")] == [Decimal("3"), Decimal("-2.1")]
