"""zhibiao.normalize: each step on short real phrases, the offset map's guarantees (hypothesis),
and the real corpus (pinyin artefacts of 003, every gold fact text findable)."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from zhibiao import extract_bytes, pipeline
from zhibiao.model import Span
from zhibiao.normalize import normalize, script, steps

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DOC003 = SHARED / "corpus" / "003_ee0cd8f568fba525.txt"


def _doc(name: str) -> Path:
    for sub in ("corpus", "corpus_pairs"):
        if (SHARED / sub / name).exists():
            return SHARED / sub / name
    pytest.skip(f"{name} not available")


# --- steps on real phrases ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("增长１２．５％", "增长12.5%"),
        ("ＧＤＰ增长５．２％，居民消费价格涨幅３％左右。", "GDP增长5.2%，居民消费价格涨幅3%左右。"),
        ("一、２０２４年工作回顾．", "一、2024年工作回顾．"),
        ("第一行\r\n第二行\r第三行", "第一行\n第二行\n第三行"),
        ("国务院总理\u3000李强", "国务院总理 李强"),
        ("增\u200b长\ufeff6.5%", "增长6.5%"),
    ],
)
def test_whitespace_and_fullwidth(raw: str, want: str) -> None:
    assert normalize(raw).text == want


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("關(guān)於攀枝花市東區(qū)", "关于攀枝花市东区"),
        ("社會發(fā)展計劃執(zhí)行情況", "社会发展计划执行情况"),
        # a space left before the closing parenthesis (西安 2021)
        ("社會(huì )消費品零售總額增長(cháng)9%以上", "社会消费品零售总额增长9%以上"),
        ("地区生产总值增长(同比,下同)6.7%", "地区生产总值增长(同比,下同)6.7%"),
        ("超过年初预期目标(6.5%)0.2个百分点", "超过年初预期目标(6.5%)0.2个百分点"),
        ("(2024年2月27日在东区第十二届人民代表大会第四次会议上)",) * 2,
        ("地区生产总值(GDP)增长", "地区生产总值(GDP)增长"),
        ("计划草案的报告(书面)", "计划草案的报告(书面)"),
        ("研发(rd)投入", "研发(rd)投入"),
        # a word of several syllables with its tones (锦州 2025, a news site's annotated copy)
        ("社会消费品(xiāofèipǐn)零售总额(língshòuzǒngé)增长7%", "社会消费品零售总额增长7%"),
        ("中国(china)和人员(staff)", "中国(china)和人员(staff)"),  # unmarked: it may be English
        # a page that glossed twice (长沙县 2022): the repeat goes with the gloss, a different one stays
        ("全年地(di)区生(sheng)(sheng)产总值同(tong)比(bi)增(zeng)(zeng)长(zhang)(zhang)7.6%",
         "全年地区生产总值同比增长7.6%"),
        ("生(sheng)(shang)产", "生(shang)产"),
    ],
)
def test_pinyin_removal(raw: str, want: str) -> None:
    assert normalize(raw).text == want


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        # a glossary's note number between a name and its figure (浏阳 2023, 宜春 2021)
        ("全市R&D[3]经费占比达2.33%", "全市R&D经费占比达2.33%"),
        ("一般公共预算收入[1]17.7亿元", "一般公共预算收入17.7亿元"),
        ("全面落实“三高四新”[1]战略定位", "全面落实“三高四新”战略定位"),
        ("抓好“两个统筹”[2],勇当", "抓好“两个统筹”,勇当"),
        # a note opening its line, a year in brackets and a number of three digits stay
        ("[1]三高四新:指", "[1]三高四新:指"),
        ("见文件[2020]", "见文件[2020]"),
        ("编号[123]号", "编号[123]号"),
        # a journal database's mark of where an article's text begins (a 2023 abstract page)
        ("<正>2023年,是全面贯彻党的二十大精神的开局之年。", "2023年,是全面贯彻党的二十大精神的开局之年。"),
    ],
)
def test_note_marks_dropped(raw: str, want: str) -> None:
    norm = normalize(raw)
    assert norm.text == want
    i = want.find("经费") if "经费" in want else len(want) - 2
    back = norm.offsets.to_source(Span(i, i + 2))
    assert raw[back.start : back.end] == want[i : i + 2]  # what follows the mark maps to its own characters


def test_pinyin_syllables() -> None:
    assert all(steps.is_pinyin_syllable(s) for s in ["guān", "qū", "fā", "zhí", "jīng", "lüè", "er"])
    assert not any(steps.is_pinyin_syllable(s) for s in ["gdp", "rd", "abc", "xyz", "qqq"])


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        (
            "——2025年1月12日在沈阳市第十七届\n人民代表大会第四次会议上",
            "——2025年1月12日在沈阳市第十七届人民代表大会第四次会议上",
        ),
        ("安居区2024年国民经济和社会\n发展计划执行情况", "安居区2024年国民经济和社会发展计划执行情况"),
        ("增长6 .5 %", "增长6.5%"),
        ("2023年国民 经济和社会发展计划草案的报告", "2023年国民经济和社会发展计划草案的报告"),
        # a PDF that sets each number on a line of its own (平湖市 2021)
        ("地区生产总值从\n497.8\n亿元增加到\n779\n亿元,年均增长\n7.3%\n。",
         "地区生产总值从497.8亿元增加到779亿元,年均增长7.3%。"),
        ("年均分别增长\n8.9%\n、\n12.2%\n。", "年均分别增长8.9%、12.2%。"),
        # ... or a rate alone on its line with the mark that ends its clause (太湖县 2020)
        ("预计,地区生产总值增长\n8%;\n财政收入增长\n10%;\n居民人均可支配收入增长\n10%\n。",
         "预计,地区生产总值增长8%;\n财政收入增长10%;\n居民人均可支配收入增长10%。"),
        ("全年目标任务圆满完成。\n8%;", "全年目标任务圆满完成。\n8%;"),
        # (names and rates in two columns, a reviewer's: no name takes the figure of the one above it)
        ("地区生产总值增长\n财政收入增长\n8%;\n10%;", "地区生产总值增长\n财政收入增长\n8%;\n10%;"),
        ("地区生产总值\n财政收入\n8%;\n10%;", "地区生产总值\n财政收入\n8%;\n10%;"),
        # (a list's first item after its head's verb is joined: `…主要预期目标为\n地区生产总值增长\n7%;`)
        ("力争实现\n地区生产总值增长\n7%;", "力争实现\n地区生产总值增长7%;"),
        # ... before its qualifier, or a count's measure word (吉林 2020)
        ("预计全年地区生产总值增长\n3.5%\n左右。规模以上工业增加值增速由负转正,增长\n3%\n以上。",
         "预计全年地区生产总值增长3.5%左右。规模以上工业增加值增速由负转正,增长3%以上。"),
        ("克服国内汽车市场\n28\n年以来首次下滑和连续\n18\n个月负增长",
         "克服国内汽车市场28年以来首次下滑和连续18个月负增长"),
        # a unit cut from its magnitude (洪泽 2022)
        ("预计全年实现地区生产总值 385 亿\n元,增长 9.8%", "预计全年实现地区生产总值385亿元,增长9.8%"),
        ("外贸进出口总额4.2亿\n美元", "外贸进出口总额4.2亿美元"),
        # a figure's verb and its minus sign cut by hard line breaks (三明 2021)
        ("外贸出口106.6亿元,增\n长-\n39.7%;社会消费品零售总额781.71亿元,下\n降0.3%",
         "外贸出口106.6亿元,增长-39.7%;社会消费品零售总额781.71亿元,下降0.3%"),
        # double primes as quotation marks
        ("〝十一五〞期末,全区完成生产总值249.1亿元", "“十一五”期末,全区完成生产总值249.1亿元"),
        # a quoted plan name set on a line of its own between its quote marks (河北 2021, a scraped copy)
        ("2021年是“\n十四五\n”开局之年", "2021年是“十四五”开局之年"),
        ("确保“\n十四五\n”迈好第一步", "确保“十四五”迈好第一步"),
        # a plan's name between garbled quote marks (荣县 2021, a scraped copy)
        ("”十三五’末,全县地区生产总值达到230.5亿元", "“十三五”末,全县地区生产总值达到230.5亿元"),
        ("‘十二五”期间", "“十二五”期间"),
        ("我们“十五”期间", "我们“十五”期间"),  # right as it is
        ("报告提出“实现‘十三五’良好开局”", "报告提出“实现‘十三五’良好开局”"),  # a nested quote too
        # a sentence's line ending on an indicator's name, its figure opening the next (武昌 2022, a scraped copy)
        ("同比增长14.5%,总量稳居中心城区第一;地方一般公共预算收入\n141.8 亿元,同比增长 29.5%",
         "同比增长14.5%,总量稳居中心城区第一;地方一般公共预算收入141.8亿元,同比增长29.5%"),
        # a circle written for a numeral's zero, inside the numeral only (上海 2026 on a Taiwanese site); a bullet stays
        ("上涨百分之○点一,增长二○点五%,五点○", "上涨百分之〇点一,增长二〇点五%,五点〇"),
        ("上漲百分之○點一", "上涨百分之〇点一"),  # (traditional: read before OpenCC)
        ("○两万人,○十个", "○两万人,○十个"),
        # small form punctuation (人民网 on 湟中 2024)
        ("基本同步﹔城镇登记失业率控制在市定目标内﹐粮食", "基本同步；城镇登记失业率控制在市定目标内，粮食"),
        # a line ending on a comma or a list mark goes on (a copy wrapped by its characters, where a line full of
        # digits is short: a reviewer's)
        ("一般公共预算收入71.3亿元，\n增长10.5%；社会消费品零售总额903.2亿元，增长10.8%",
         "一般公共预算收入71.3亿元，增长10.5%；社会消费品零售总额903.2亿元，增长10.8%"),
        ("规模以上工业增加值、\n固定资产投资分别增长8%、10%", "规模以上工业增加值、固定资产投资分别增长8%、10%"),
        # (an indicator's 增加值 split by a wrap: 慈溪 2010 on a traditional-character site)
        ("总产值1742.6亿元，增长5.3%，规模以上工业增\n加值348.2亿元，增长6.7%；",
         "总产值1742.6亿元，增长5.3%，规模以上工业增加值348.2亿元，增长6.7%；"),
        # (the ASCII comma of a repost too: 江阴 2023 on a traditional-character site)
        ("预计全年实现地区生产总值4758.6亿元,\n增长3.1%;一般公共预算收入268.1亿元",
         "预计全年实现地区生产总值4758.6亿元,增长3.1%;一般公共预算收入268.1亿元"),
        # a line that opens on a clause's punctuation, and a verb awaiting the rate that opens the next line (PDF
        # copies wrapped by their characters: a reviewer's)
        ("社会消费品零售总额685.6亿元\n，增长6.6%", "社会消费品零售总额685.6亿元，增长6.6%"),
        ("固定资产投资386.2亿元，增长\n18.7%；社会消费品", "固定资产投资386.2亿元，增长18.7%；社会消费品"),
    ],
)
def test_joins_and_spaces(raw: str, want: str) -> None:
    assert normalize(raw).text == want


@pytest.mark.parametrize(
    "raw",
    [
        # a page's field ending on an ASCII comma, and any line before a report's title on a line of its own
        # (reviewers' probes)
        "来源:江阴日报,\n江阴市2024年政府工作报告",
        "2024-01-10 09:30,浏览次数:1234,\n江阴市2024年政府工作报告",
        "关于自贡市2023年国民经济和社会发展计划执行情况及2024年计划草案的报告\n2024-02-29",
        "一、2024年工作回顾\n过去一年,是全面贯彻党的二十大精神的开局之年",
        "2025年3月26日\n在遂宁市安居区第五届人民代表大会第五次会议上",
        "——202418日在沈阳市第十七届\n\n人民代表大会第三次会议上",
        "着力推进的\n(一)坚持创新驱动",
        "  沈阳市人民政府市长 吕志成",
        "网站首页 政务公开 物价工作 互动交流 政务服务",
        "共1 2 3项",
        "地区生产总值\n2800\n2750\n增速",  # a table's column of numbers stays a column
        "一般公共预算收入\n141.8亿元",  # (a label cell with its figure under it: no sentence)
        "2023年工作回顾。\n2024",
        "接待游客3亿\n人次",  # only 元 goes with its magnitude
        "他说:“\n\n”",  # quote marks with nothing between them to join
        "一、主要指标完成情况，\n(一)地区生产总值",  # (a heading after a comma stays a heading)
        "来源：长兴新闻网，\n2013年，长兴县地区生产总值增长9%",  # (a page's field: a reviewer's)
        "一、经济实现较快增长\n2023年，全市",  # (a heading on a verb, a year after it)
    ],
)
def test_never_joined_or_squeezed(raw: str) -> None:
    assert normalize(raw).text == raw


def test_the_bulleted_links_under_a_related_news_heading_are_junk() -> None:
    # (a reviewer's Taiwanese copy: other regions' headlines listed after the report were read as its targets)
    raw = ("奋力谱写新时代广西发展新篇章！\n相關新聞：\n‧貴州省政府工作報告：今年經濟增長目標８％左右\n"
           "‧廣東省政府工作報告提出今年GDP增長６％—６．５％\n版權所有 不得轉載\n")
    n = normalize(raw)
    junk = [n.text[j.start : j.end] for j in n.junk]
    assert any("贵州" in j for j in junk) and any("广东" in j for j in junk)
    assert not any("广西" in j for j in junk)
    # (a bulleted line of the report itself, under no such heading, stays; nor is a sentence opening on the words a
    # heading: `相关报道显示，…：` / `·地区生产总值1803亿元，增长8.9%`)
    # (相关文章, 相關文章: a reprint site's list of other years' reports, 泉州 2018)
    n = normalize("相關文章：\n·泉州市2017年政府工作報告：GDP增長8.5%左右\n")
    assert any("泉州" in n.text[j.start : j.end] for j in n.junk)
    assert not normalize("主要预期目标：\n•地区生产总值增长6%左右\n").junk
    # (a site's sidebar of other years' reports, with or without bullets: 山西 2016, 海南 2021 in a blind set)
    n = normalize("往届报告\n▶ 2015年政府工作报告：今年全省地区生产总值预期增长7%左右\n各位代表：\n")
    assert any("2015年政府工作报告" in n.text[j.start : j.end] for j in n.junk)
    n = normalize("侧栏 · 历年报告\n2020年省政府工作报告：全省生产总值增长6.5%左右\n\n各位代表：\n")
    assert any("2020年省政府工作报告" in n.text[j.start : j.end] for j in n.junk)
    assert not normalize("相关报道显示，2013年全市经济运行平稳：\n·地区生产总值1803亿元，增长8.9%\n").junk
    # (a traditional-character site's heading in brackets or in its own words, over its own bullets: `【相關閱讀】`,
    # `延伸閱讀：`, `相關連結：`, `・`, `＊`, `▲`, `＞`; a blind set's 江苏 2016 and 辽宁 2021 reposts)
    for head, bullet in (("【相關閱讀】", " ‧ "), ("延伸閱讀：", "▲ "), ("相關連結：", " ＞ "), ("【延伸閱讀】", "・ "),
                         ("【相關新聞】", "＊ ")):
        n = normalize(f"奮力開創新局面！\n\n{head}\n{bullet}吉林省2020年地區生產總值增長2.4% 一般公共預算收入增長1.1%\n"
                      "本網所有內容僅供參考\n")
        assert any("吉林" in n.text[j.start : j.end] for j in n.junk), head
        assert not any("奋力" in n.text[j.start : j.end] for j in n.junk)


def test_other_years_report_titles_and_a_teaser_box_under_a_link_heading_are_junk() -> None:
    # (福建 2015 in a blind set: a sidebar of other years' reports whose titles carry clause marks, and a teaser box
    # closed by its link right above the report's text)
    n = normalize("努力奋斗！\n往年政府工作报告\n2014年福建省政府工作报告：地区生产总值预期增长10.5%左右\n"
                  "2013年福建省政府工作报告：生产总值增长11%，财政总收入增长12%\n【打印】【关闭】\n")
    assert any("财政总收入增长12%" in n.text[j.start : j.end] for j in n.junk)
    n = normalize("加强审计监督。\n【延伸阅读】\n福建政府工作报告历年目标回顾：2013年生产总值预期增长11%，"
                  "2014年预期增长10.5%左右……\n点击进入专题>>\n各位代表！过去一年成绩的取得，是全省人民团结奋斗的结果。\n")
    assert any("历年目标回顾" in n.text[j.start : j.end] for j in n.junk)
    assert not any("各位代表" in n.text[j.start : j.end] for j in n.junk)
    # (a report's own list under a colon, with clause marks and no link heading, stays)
    assert not normalize("主要预期目标：\n地区生产总值增长7%左右，财政总收入增长8%\n").junk


def test_a_forums_short_replies_are_junk_and_the_posters_long_floor_is_not() -> None:
    # a forum repost: readers' remarks on the figures (`5樓 洛浦秋風 2021-2-3 23:02` / `進出口增長12.6%有點意外啊`) are
    # no results of the report; a later floor where the poster goes on with the report runs long and stays
    report = ("2樓 老城根兒下（樓主） 2021-2-3 21:40\n"
              + "全市地區生產總值增長3%，規模以上工業增加值增長3.5%。" * 20 + "\n")
    raw = ("洛陽市2021年政府工作報告\n全市地區生產總值5128.4億元，增長3%。\n\n" + report
           + "\n5樓  洛浦秋風  2021-2-3 23:02\n進出口增長12.6%有點意外啊\n\n6樓 牡丹花開了：就業每年都完成得不錯\n")
    n = normalize(raw)
    junk = "".join(n.text[j.start : j.end] for j in n.junk)
    assert "12.6%" in junk and "就业" in junk
    assert "5128.4" not in junk and "3.5%" not in junk
    assert not normalize("全县新建住宅2楼 位于城区\n地区生产总值增长8%。\n").junk  # (not a floor: no number ahead)
    # (the first post's author going on in a later floor, however short, or with the report's target list, stays)
    for later in ("2楼 洛浦秋风 发表于 2024-2-3 22:41\n二、2024年主要目标\n地区生产总值增长6%左右。\n",
                  "2楼 路人 发表于 2024-2-3 22:41\n今年主要预期目标是：地区生产总值增长6%左右。\n"):
        n = normalize("1楼 洛浦秋风 发表于 2024-2-3 22:40\n洛阳市政府工作报告\n" + later)
        assert not any("6%" in n.text[j.start : j.end] for j in n.junk)
    # (but the poster's own short remark is a remark, and a reply quoting the report is the reply's words after it)
    for later in ("2楼 洛浦秋风 发表于 2024-2-3 22:41\nGDP增长6.2%，不错啊\n",
                  "2楼 路人 2024-2-3 22:58\n[quote]今年主要预期目标是：地区生产总值增长6%左右。[/quote]\n目标挺实在\n"):
        n = normalize("1楼 洛浦秋风 发表于 2024-2-3 22:40\n洛阳市政府工作报告\n" + later)
        assert any("6" in n.text[j.start : j.end] for j in n.junk)


def test_a_long_images_phrase_lines_are_joined_block_by_block() -> None:
    # an H5 long image's text, one phrase a line, a blank line between items: an item with a verb alone over its figure
    # joins (and in such a text, a name over its figure alone); prose blocks and a table's cells stay
    raw = ("过去一年\n面对复杂多变的外部环境\n全县上下坚定信心\n\n地区生产总值\n达到\n812.6\n亿元\n增长\n6.3%\n\n"
           "规上工业增加值\n增长\n8.1%\n\n常住人口城镇化率\n67.4%\n")
    out = normalize(raw).text
    assert "地区生产总值达到812.6亿元增长6.3%\n" in out and "规上工业增加值增长8.1%\n" in out
    assert "常住人口城镇化率67.4%\n" in out and "过去一年\n面对" in out
    raw = ("一般公共预算收入\n完成\n52.3\n亿元\n同口径增长\n4.6%\n\n城镇调查失业率\n控制在\n5.5%以内\n\n"
           "规上工业增加值\n增长\n8.1%\n")  # (`完成`, a table's column head too, and `控制在` alone over their figures)
    out = normalize(raw).text
    assert "一般公共预算收入完成52.3亿元同口径增长4.6%\n" in out and "城镇调查失业率控制在5.5%以内\n" in out
    table = "指标名称\n预期目标\n完成情况\n\n地区生产总值增长(%)\n6%左右\n3.8%\n\n城镇化率(%)\n66\n"
    assert normalize(table).text == table
    table = "指标名称\n2021年\n2022年\n\n地区生产总值\n增长\n8.6%\n增长\n7%\n\n固定资产投资\n增长\n9.5%\n增长\n9%\n"
    assert "地区生产总值增长8.6%增长" not in normalize(table).text  # (a row's two years' growths, one cell a line)


def test_an_infographics_marked_name_joins_its_value_below_not_a_figure_set_above_it() -> None:
    raw = ("【2023年成绩单】\n📈 地区生产总值\n5958.6亿元\n增长7.2%\n🏭 规上工业总产值\n突破8000亿元\n"
           "👷 城镇新增就业\n7.52万人\n🎯单位GDP能耗\n完成省下达的目标任务\n")
    out = normalize(raw).text
    assert all(x in out for x in ("📈 地区生产总值5958.6亿元增长7.2%\n", "🏭 规上工业总产值突破8000亿元\n",
                                  "👷 城镇新增就业7.52万人\n", "🎯单位GDP能耗完成省下达的目标任务\n"))
    # (figures set over their names, or a name over two years' figures: which is whose the lines cannot tell)
    for raw in ("2023年成绩单\n2068.5亿元\n📈 地区生产总值\n182.3亿元\n💰 一般公共预算收入\n",
                "📈 地区生产总值\n1980亿元\n2068.5亿元\n", "📈 地区生产总值\n增长6.3%\n增长7%左右\n",
                "2022年目标\n控制在5.5%以内\n🎯城镇调查失业率\n完成省下达的目标任务\n🎯单位GDP能耗\n"):
        assert normalize(raw).text == raw


def test_a_wechat_articles_unbulleted_links_under_its_list_head_are_junk() -> None:
    # `往期推荐` / `一图读懂｜佛山市2023年政府工作报告`: other articles, up to the blank line ending the list
    n = normalize("全区地区生产总值增长5%。\n\n往期推荐\n一图读懂｜2023年佛山十件民生实事\n"
                  "一图读懂｜佛山市2023年政府工作报告\n\n来源｜禅城发布\n")
    junk = [n.text[j.start : j.end] for j in n.junk]
    assert "一图读懂｜佛山市2023年政府工作报告" in junk and not any("5%" in j for j in junk)
    # (but not the report's own lines right under a sidebar's empty heading: its title and date line, its targets)
    for own in ("2024年洛阳市政府工作报告\n——2024年1月22日在洛阳市第十六届人民代表大会第四次会议上\n",
                "今年主要预期目标：\n地区生产总值增长6%左右；\n城镇新增就业3.5万人\n"):
        n = normalize("相关阅读\n" + own + "\n各位代表：\n")
        assert not any(n.text[j.start : j.end].strip() and "相关阅读" not in n.text[j.start : j.end] for j in n.junk)


def test_junk_lines_marked_not_deleted() -> None:
    raw = (
        "今天是: 无障碍辅助浏览工具条\n网站首页 政务公开 物价工作\n您的位置:首页 > 发改工作\n"
        "关于沈阳市2023年计划草案的报告\n发布时间:2024年01月23日 来源: 国民经济综合处\n"
        "coffeezulin.com 发布时间:2024-04-28 选择阅读字号:[ 大 中 小 ] 阅读次数:\n正文复制\n导航菜单\n"
        "各位代表:\n资金来源主要是地方政府专项债券。"
    )
    n = normalize(raw)
    junk = [n.text[j.start : j.end] for j in n.junk]
    assert len(junk) == 7
    assert all("报告" not in j and "代表" not in j and "资金" not in j for j in junk)
    assert n.text.count("\n") == raw.count("\n")


def test_links_to_other_articles_and_contact_blocks_are_junk() -> None:
    raw = ("今日特推: 山东枣庄市市中区十三届人大四次会议开幕\n地址:浙江台州市黄岩区东城街道王东路\n"
           "邮箱:978899468@qq.com\n相关阅读:区县两会速览\n1月16日上午,山东省菏泽市巨野县第十九届人民代表大会第四次会议开幕。")
    n = normalize(raw)
    junk = [n.text[j.start : j.end] for j in n.junk]
    assert len(junk) == 4 and not any("巨野" in j for j in junk)


# --- script detection -----------------------------------------------------------------------
def test_script_detection() -> None:
    assert normalize("东北首家续贷服务中心在沈落地").text == "东北首家续贷服务中心在沈落地"
    t = normalize("關於攀枝花市東區2023年國民經濟和社會發展計劃執行情況")
    assert t.script == "traditional" and t.opencc_config in {"t2s", "tw2s", "hk2s"}
    assert t.text == "关于攀枝花市东区2023年国民经济和社会发展计划执行情况"
    assert normalize("臺灣的軟體產業在網路時代").opencc_config == "tw2s"


def test_taiwanese_words_opencc_keeps_become_the_mainland_ones_of_the_same_length() -> None:
    # 人间福报 (Taiwan) on 北京 2026: `殷勇介紹未來十五五規畫提及`
    t = normalize("【本報綜合報導】大陸各地進入地方「兩會」時間。殷勇介紹未來十五五規畫提及,設置了29項主要指標")
    assert "十五五规划提及" in t.text
    assert all(len(a) == len(b) for a, b in script._MAINLAND_WORDS.items())  # offsets stay as they are


def test_length_changing_conversion_keeps_map() -> None:
    raw = "我們的軟體很好。\n第二行沒有變化"
    steps_text, _ = script.to_simplified(raw, "tw2sp")
    assert "软件" in steps_text
    n = normalize(raw)
    i = n.text.find("第二行")
    assert n.source_text(Span(i, i + 3)) == "第二行"


# --- offset map properties ------------------------------------------------------------------
ALPHABET = st.sampled_from(
    [
        *"的和在第届国民经济社会发展關於東區經濟會發計劃報告年月日一二、,，。:()（）%％．.0123456789０１２",
"\n", "\r\n", " ", "\u3000", "\u200b", "(guān)", "(qū)", "(huì )", "(GDP)", "(6.5%)", "１２．５％", "6 .5 %",
       "網站首頁", "发布时间:", "\n\n", "a", "z", "ü", "——", "[1]", "[12]", "［3］", "”",
       "\n- 2 -\n", "\n第 3 页 共 9 页\n", "政府工作报告",
    ]
)
TEXTS = st.lists(ALPHABET, max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_map_is_monotonic_in_bounds_and_consistent(text: str) -> None:
    n = normalize(text)
    m = n.offsets
    whole = m.to_source(Span(0, len(n.text)))
    # only removed characters (zero-width, CR, trailing pinyin) lie outside the whole text's image
    assert normalize(text[: whole.start]).text.strip() == ""
    assert normalize(text[whole.start : whole.end]).text == n.text
    prev = 0
    for p in range(len(n.text) + 1):
        s = m.to_source_pos(p)
        assert prev <= s <= len(text)
        prev = s
    # gaps between edits have equal length in both texts (linear runs)
    ps = pn = 0
    for s0, e0, s1, e1 in m.edits():
        assert s0 - ps == s1 - pn and s0 >= ps and s1 >= pn
        ps, pn = e0, e1
    assert len(text) - ps == len(n.text) - pn


_EDGE_NOTE_MARK = re.compile(r"\[\d{1,2}\]$")
# a PDF copy's page number, deleted or kept by the short line after it (see normalize.furniture): like a note mark,
# read by what follows it, so a slice that ends before that line may lose a page number the whole text kept
# (also cut at a slice's edge)
_PAGE_NUMBER = re.compile(r"-(?:\s*2(?:\s*-)?)?|第(?:\s*3(?:\s*页(?:\s*共(?:\s*9(?:\s*页)?)?)?)?)?")


def test_a_note_mark_is_read_by_what_follows_it() -> None:
    # what makes the round trip's edge tolerance above necessary: the same mark, kept or deleted by the next character
    assert normalize("的[12]").text == "的"
    assert normalize("的[12]经费").text == "的经费"
    assert normalize("的[12](").text == "的[12]("


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.data())
def test_span_roundtrip(text: str, data: st.DataObject) -> None:
    n = normalize(text)
    a = data.draw(st.integers(0, len(n.text)))
    b = data.draw(st.integers(a, len(n.text)))
    src = n.offsets.to_source(Span(a, b))
    sliced = normalize(n.original[src.start : src.end])
    assume(sliced.script == n.script)  # the script is judged on the whole text, not on a slice
    back = sliced.text
    piece = n.text[a:b]
    # the source slice normalises to the piece, up to context-dependent steps at its edges (a note mark the
    # piece ends on, `的[12]`, is kept before `(` in the whole text and deleted at the end of the slice)
    core = _EDGE_NOTE_MARK.sub("", _PAGE_NUMBER.sub("", piece).strip().replace("\n", "").replace(" ", ""))
    assert core[1:-1] in _PAGE_NUMBER.sub("", back).replace("\n", "").replace(" ", "") or len(core) <= 2


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_never_raises_on_any_text(text: str) -> None:
    n = normalize(text)
    s = n.offsets.to_source(Span(0, len(n.text)))
    assert 0 <= s.start <= s.end <= len(text)


# --- real corpus ----------------------------------------------------------------------------
def test_003_pinyin_artefacts_gone_and_offsets_exact() -> None:
    if not DOC003.exists():
        pytest.skip("corpus not available")
    raw = DOC003.read_text(encoding="utf-8")
    n = normalize(raw)
    title = "关于攀枝花市东区2023年国民经济和社会发展计划执行情况及2024年计划草案的报告"
    assert n.text.startswith(title)
    assert n.script == "traditional"
    import re

    assert not re.search(r"[\u4e00-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)", n.text)
    src = n.offsets.to_source(Span(0, len(title)))
    assert raw[src.start : src.end].startswith("關(guān)于攀枝花市東區(qū)")
    assert normalize(raw[src.start : src.end]).text == title


def _gold() -> list[dict]:
    rows: list[dict] = []
    for g in sorted((SHARED / "gold").glob("*.jsonl")):
        rows += [json.loads(line) for line in g.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows


def test_every_gold_text_is_found_and_maps_back() -> None:
    if not (SHARED / "gold").is_dir():
        pytest.skip("gold not available")
    cache: dict[str, object] = {}
    rows = _gold()
    assert rows
    for row in rows:
        name = row["doc"]
        if name not in cache:
            cache[name] = normalize(_doc(name).read_text(encoding="utf-8"))
        n = cache[name]
        i = n.text.find(row["text"])
        assert i >= 0, (name, row["text"])
        orig = n.source_text(Span(i, i + len(row["text"])))
        assert normalize(orig).text == row["text"]
        if name.startswith("003"):
            assert abs(len(orig) - len(row["text"])) <= 8 * (orig.count("(") + 1)


def test_spaces_padding_numbers_are_dropped_but_not_page_numbers() -> None:
    assert normalize("增长 10.3%，地区生产总值 1651 亿元").text == "增长10.3%，地区生产总值1651亿元"
    assert normalize("2024年济南市政府工作报告 23\n").text == "2024年济南市政府工作报告 23\n"


def test_hard_wrapped_text_is_rejoined_without_joining_headings() -> None:
    body = "经济发展提质增效,综合实力迈上新台阶。地区生产总值增长8.4%;固定资产投资增"
    lines = ["一、2019年工作回顾"] + [body] * 8 + ["长11.5%。"]
    text = "\n".join(lines)
    out = normalize(text).text
    assert out.startswith("一、2019年工作回顾\n")
    assert "投资增长11.5%" in out


def test_a_wrapped_line_broken_at_the_space_before_a_figure_is_rejoined() -> None:
    # a PDF's copy wraps at the space a report left between a name and its figure (`社会消费品零售总额 596.1亿元`)
    body = "经济发展提质增效,综合实力迈上新台阶。地区生产总值增长8.4%;固定资产投资增"
    cut = "长11.5%。兑现以旧换新补贴1.1亿元,激活消费增量7.1亿元。社会消费品零售总额 "  # at the wrap width
    lines = [body] * 8 + [cut, "596.1亿元、增长8.3%。"]
    out = normalize("\n".join(lines)).text
    assert "社会消费品零售总额596.1亿元、增长8.3%" in out
    # (not a number's own digits parted at a space, `总额 5 ` / `96.1亿元`: that break stays)
    parted = [line + " " for line in [body] * 8 + [cut.rstrip() + " 5", "96.1亿元、增长8.3%。"]]
    assert "596.1" not in normalize("\n".join(parted)).text and "\n96.1亿元" in normalize("\n".join(parted)).text


def test_a_sentences_line_ending_on_a_name_joins_the_growth_on_the_next() -> None:
    # 上海 2024 in a news copy set 38 characters a line; a table set one cell a line (no clause in the name's
    # line) keeps its cells apart
    raw = ("龚正说,综合各方面因素,建议今年全市经济社会发展的主要预期目标是:全市生产总值\n"
           "增长5%左右,地方一般公共预算收入增长5%。\n")
    assert "全市生产总值增长5%左右" in normalize(raw).text
    table = "地区生产总值\n增长9%\n287.32亿元\n增长6.0%\n"
    assert normalize(table).text == table


def test_a_digests_items_of_a_name_line_and_a_growth_line_are_joined() -> None:
    # 赣州 2024's digest (`全年GDP` / `增长5.3%左右`, `城镇和农村居民人均可支配收入` / `分别增长4.5%、8.5%左右`) and
    # 长沙 2018's: name, growth, name, growth… join into their items
    raw = ("596个省大中型项目投资完成年度计划的117.5%\n全年GDP\n增长5.3%左右\n一般公共预算收入增长4.4%\n"
           "城镇和农村居民人均可支配收入\n分别增长4.5%、8.5%左右\n聚力扶实体、强创新,产业发展步伐稳健\n")
    out = normalize(raw).text
    assert "\n全年GDP增长5.3%左右\n" in out and "\n城镇和农村居民人均可支配收入分别增长4.5%、8.5%左右\n" in out
    raw = "省会城市第一名\n城镇居民人均可支配收入\n增长8%\n农村居民人均可支配收入\n增长8.5%\n四个中心建设\n"
    assert "\n城镇居民人均可支配收入增长8%\n农村居民人均可支配收入增长8.5%\n" in normalize(raw).text
    # ... and an infographic's items of a name, its amount and its growth, one a line (`● 地区生产总值` / `235.6亿元` /
    # `增长8.9%`, also `同口径增长7.2%`), each item set off by a blank line or not
    raw = ("【2021年成绩单】\n\n● 地区生产总值\n235.6亿元\n增长8.9%\n\n● 规模以上工业增加值\n增长12.4%\n\n"
           "● 一般公共预算收入\n13.82亿元\n同口径增长7.2%\n\n▲ 接待游客1120万人次\n")
    out = normalize(raw).text
    assert all(item in out for item in ("● 地区生产总值235.6亿元增长8.9%\n", "● 规模以上工业增加值增长12.4%\n",
                                        "● 一般公共预算收入13.82亿元同口径增长7.2%\n"))
    raw = ("省会城市第一名\n城镇居民人均可支配收入\n38650元\n增长7.5%\n农村居民人均可支配收入\n15720元\n增长10.6%\n"
           "公共财政预算收入\n5.62亿元\n增长15.3%\n四个中心建设\n")
    assert ("\n城镇居民人均可支配收入38650元增长7.5%\n农村居民人均可支配收入15720元增长10.6%\n"
            "公共财政预算收入5.62亿元增长15.3%\n") in normalize(raw).text  # (an older name too)
    # ... but not the columns of a table (the names, then their figures), a name over two years' figures, nor
    # figures each set over its name: which figure is whose the lines cannot tell
    for table in ("2023年主要指标完成情况\n地区生产总值\n一般公共预算收入\n固定资产投资\n"
                  "增长4.5%\n增长5.1%\n增长6.2%\n",
                  "2023年完成和2024年目标\n地区生产总值\n增长5.3%\n增长6%左右\n一般公共预算收入\n增长4.1%\n增长5%\n",
                  "2023年成绩单\n增长5.3%\n全市GDP\n增长6.1%\n一般公共预算收入\n增长8.2%\n固定资产投资\n"):
        out = normalize(table).text
        assert not any(f"{name}增长" in out for name in ("地区生产总值", "一般公共预算收入", "固定资产投资", "全市GDP"))
    # (a second reviewer's: rows far below their heads, whose next cell is words, `与经济增长同步`, and a figure over
    # the first name with a blank line or a verb before it)
    rows = "".join(f"{name}\n增长{k}.1%\n与经济增长同步\n" for k, name in enumerate(
        ("地区生产总值", "规上工业增加值", "固定资产投资", "社会消费品零售总额", "一般公共预算收入", "进出口总额")))
    out = normalize("二、2024年主要预期目标\n指标名称\n2023年完成\n2024年目标\n" + rows).text
    assert "\n进出口总额\n增长5.1%\n" in out
    for lead in ("1.35万亿元\n\n", "达1.35万亿元\n"):
        digest = "地区生产总值\n增长5.3%\n一般公共预算收入\n增长6.1%\n城乡居民收入\n"
        out = normalize("2023年成绩单\n" + lead + digest).text
        assert "地区生产总值增长" not in out
    # (nor is a growth the growth of the growth above it: two years' cells stay apart)
    assert "\n增长5.3%\n增长6%左右\n" in normalize("地区生产总值\n增长5.3%\n增长6%左右\n一般公共预算收入\n").text
    # (a reviewer's: a table's rows under its column heads, the same name in two tables side by side, a figure alone
    # over the first name: each row looks like a digest's item, and is none)
    for table in ("二、2024年主要预期目标\n指标名称\n2023年完成\n2024年目标\n地区生产总值\n增长5.3%\n"
                  "增长6%左右，力争更好\n一般公共预算收入\n增长4.1%\n与经济增长同步\n",
                  "附表：主要经济指标\n指标\n2023年\n2024年\n地区生产总值\n增长5.3%\n—\n一般公共预算收入\n增长4.1%\n—\n",
                  "附表\n2023年主要指标完成情况\n2024年主要预期目标\n地区生产总值\n增长5.3%\n地区生产总值\n增长6%左右\n",
                  "2023年成绩单\n1.35万亿元\n地区生产总值\n增长5.3%\n一般公共预算收入\n增长6.1%\n城乡居民收入\n"):
        out = normalize(table).text
        assert "地区生产总值增长" not in out and "一般公共预算收入增长" not in out


def test_care_of_and_small_percent_signs_are_percent() -> None:
    """Scraped reports write the percent sign as ℅ or ﹪: one character each, offsets kept."""
    n = normalize("一般预算收入同比分别增长43.6℅和32.4﹪")
    assert n.text.endswith("43.6%和32.4%")
    assert n.offsets.to_source(Span(len(n.text) - 1, len(n.text))) == Span(len(n.text) - 1, len(n.text))


def test_a_box_drawing_line_is_a_dash() -> None:
    """A mirror's copy writes a list item's dash with box-drawing lines (启东 2021): one character each."""
    n = normalize("──完成进出口总额210亿元。")
    assert n.text == "——完成进出口总额210亿元。"
    assert n.offsets.to_source(Span(2, 4)) == Span(2, 4)


@pytest.mark.parametrize(("raw", "want"), [
    # an ideographic full stop for the decimal point of a percentage (全国 2009, traditional)
    ("城鎮登記失業率4。6%以內", "城镇登记失业率4.6%以内"),
    ("完成4。6月份的工作", "完成4。6月份的工作"),  # not a percentage: kept
    # and of amounts and points (鄂州 2015, a news site's copy)
    ("规模以上工业增加值373。15亿元,增长11。3%", "规模以上工业增加值373.15亿元,增长11.3%"),
    ("实际利用外资2。19亿美元,高于全省0。2个百分点", "实际利用外资2.19亿美元,高于全省0.2个百分点"),
    ("总量达到100。2015年,全市", "总量达到100。2015年,全市"),  # a sentence ends, the next opens on a year
    # and of amounts in traditional characters, read before the script is converted (清河 2008)
    ("地方一般預算收入達到4。4億元,服務業增加值22。7億元", "地方一般预算收入达到4.4亿元,服务业增加值22.7亿元"),
    ("完成3。4萬人的安置", "完成3.4万人的安置"),
    # a write-up set one phrase a line (宜都 2025): the growth line continues the figure before it
    ("完成地方一般公共预算收入33.2亿元\n增长10.5%\n赛迪排名跃居第61位",
     "完成地方一般公共预算收入33.2亿元增长10.5%\n赛迪排名跃居第61位"),
    ("地区生产总值增长7.7%\n规上工业增加值增长11.7%", "地区生产总值增长7.7%\n规上工业增加值增长11.7%"),
    # (but not a figure alone on its line: 越城区 2014's table of 2013's results set one cell a line, its growth a cell)
    ("地区生产总值\n增长9%\n287.32亿元\n增长6.0%\n实际管辖", "地区生产总值\n增长9%\n287.32亿元\n增长6.0%\n实际管辖"),
    # (also after the figure's comma: 吉阳 2024's `数读` list)
    ("■全年地区生产总值363.27亿元,\n同比增长11.5%。\n■一般公共预算收入19.5亿元,\n同比增长60.76%。",
     "■全年地区生产总值363.27亿元,同比增长11.5%。\n■一般公共预算收入19.5亿元,同比增长60.76%。"),
    # a space that groups thousands before a unit (内蒙古 2007 plan report), never a list of digits
    ("全年实现生产总值4 790亿元,第二产业增加值2 329.5亿元", "全年实现生产总值4790亿元,第二产业增加值2329.5亿元"),
    ("分别为1 2 3", "分别为1 2 3"),
    # a percentage split after its first digit (人民网's copy of 荆州 2020), never a count after a list number
    ("社会消费品零售总额增长1 1.5%,地方一般公共预算收入", "社会消费品零售总额增长11.5%,地方一般公共预算收入"),
    ("新增1 10个", "新增1 10个"),
    # an amount's last digit split off (长丰 2018)
    ("人均可支配收入分别达到30400元、1760 0元", "人均可支配收入分别达到30400元、17600元"),
    ("全社会研发经费投入强度达到2.1 6%", "全社会研发经费投入强度达到2.16%"),  # a decimal's last digit (a scrape)
    ("分别为2.1 6 8", "分别为2.1 6 8"),
    ("常住人口1760 5人", "常住人口1760 5人"),
    # a page that spaces out its digits (庄河 2021)
    ("一般公共预算收入57.2亿元,按可比口径计算增长1 6 %;固定资产投资完成8 5亿元",
     "一般公共预算收入57.2亿元,按可比口径计算增长16%;固定资产投资完成85亿元"),
    # a hard wrap inside an indicator's name (监利 2017, a document site's copy)
    ("全县规模\n以上工业增加值增长10%", "全县规模以上工业增加值增长10%"),
    ("增长14.3%;城镇常住\n居民人均可支配收入33432元", "增长14.3%;城镇常住居民人均可支配收入33432元"),  # 淳安 2016
    # a page that spaces out a name's characters one by one (湖北 2018 news); a menu's words stay apart
    ("◎ 城 镇 登 记 失 业 率2.59%,低于全国1.3个百分点左右", "◎ 城镇登记失业率2.59%,低于全国1.3个百分点左右"),
    ("首页 新闻 政务 公开", "首页 新闻 政务 公开"),
    ("全区地区生\n产总值增长8%", "全区地区生产总值增长8%"),
    # a PDF copy that sets a line break after the first character of the short name (平湖 2021)
    ("。\n规\n上工业产值从\n1236\n亿元增加到", "。\n规上工业产值从1236亿元增加到"),
    # a hard wrap inside a qualifier or a measure word, in a text too short to show its wrap width
    # (福建 2023's targets; 金乡 2020's; a point: 高坪 2025)
    ("全省地区生产总值增长6%左\n右,一般公共预算总收入增长6%左右",
     "全省地区生产总值增长6%左右,一般公共预算总收入增长6%左右"),
    ("城镇和农村居民人均可支配收入分\n别增长7.5%、8%", "城镇和农村居民人均可支配收入分别增长7.5%、8%"),
    ("力争全区常住人口城镇化率提高1个百\n分点。", "力争全区常住人口城镇化率提高1个百分点。"),
    ("预计地区生产总值超过1.5万亿元、增长8%左右,城乡居民\n人均可支配收入分别增长8.3%、9%。",  # 海南 2024
     "预计地区生产总值超过1.5万亿元、增长8%左右,城乡居民人均可支配收入分别增长8.3%、9%。"),
    ("增长6%左\n\n右岸", "增长6%左\n\n右岸"),  # (not across a blank line: a paragraph ends there)
    # (nor where a heading's last word and the next line's first would make one: `失业` / `率先`, `增加` / `值得`)
    ("(一)稳就业防止规模性失业\n率先落实援企稳岗政策", "(一)稳就业防止规模性失业\n率先落实援企稳岗政策"),
    ("居民收入大幅增加\n值得一提的是", "居民收入大幅增加\n值得一提的是"),
])  # fmt: skip
def test_scrape_damage_inside_figures_and_names(raw: str, want: str) -> None:
    n = normalize(raw)
    assert n.text == want
    assert n.source_text(Span(0, len(n.text))) == raw


def test_years_in_chinese_numerals_become_digits_and_map_back() -> None:
    # 中新社 on 广东 2008: `由二00二年的…增加到二00七年的…`, with a zero written as a digit
    raw = "广东省生产总值由二00二年的一万三千五百多亿元人民币增加到二〇〇七年的三万零六百多亿元"
    nt = normalize(raw)
    assert nt.text == "广东省生产总值由2002年的一万三千五百多亿元人民币增加到2007年的三万零六百多亿元"
    at = nt.text.index("2007年")
    assert nt.source_text(Span(at, at + 5)) == "二〇〇七年"  # the digits trace to the numerals
    # not a year: part of a longer numeral, or outside 1949-2100
    assert normalize("十二〇〇年、一二三四年").text == "十二〇〇年、一二三四年"


def test_year_digits_doctests() -> None:
    import doctest

    assert doctest.testmod(steps).failed == 0


# --- a copy that lost its percent signs -------------------------------------------------------
HAIDIAN = ("实现地区生产总值4161亿元,比上年增长8.5左右;区级一般公共预算收入316.2亿元,增长8.5;"
           "城镇居民人均可支配收入约5.0万元,农村居民人均纯收入约2.7万元,分别增长9、9.5;"
           "城镇登记失业率始终控制在1以内。")  # 海淀 2015, a copy with every `%` gone


def test_lost_percent_signs_come_back_and_map_to_the_digits() -> None:
    n = normalize(HAIDIAN)
    assert "增长8.5%左右" in n.text and "增长8.5%;" in n.text and "分别增长9%、9.5%" in n.text
    assert "控制在1%以内" in n.text and "4161亿元" in n.text and "约5.0万元" in n.text
    i = n.text.find("9.5%")
    assert n.source_text(Span(i, i + 4)) in {"9.5", "9、9.5"}  # the replaced run, never beyond it


def test_lost_percent_signs_of_rates_said_after_their_names_come_back() -> None:
    # 温州 2015 on a template site that dropped every sign
    n = normalize("实现地区生产总值4303亿元,同比增长7.2;一般公共预算收入353亿元,增长8.8;"
                  "居民消费价格涨幅控制在1.8;城镇登记失业率1.91;节能减排超额完成省下达任务。")
    assert "涨幅控制在1.8%;" in n.text and "城镇登记失业率1.91%;" in n.text and "4303亿元" in n.text


def test_lost_percent_signs_come_back_where_a_copy_kept_a_few() -> None:
    # 北京 2010 in a copy: the first growth kept its sign, the rest lost theirs
    n = normalize("全市地区生产总值达到11865.9亿元,比上年增长10.1%,人均地区生产总值超过1万美元;完成地方财政收入"
                  "2026.8亿元,增长10.3。城镇登记失业率为1.44。城镇居民人均可支配收入26738元,农民人均纯收入11986元,"
                  "实际增长9.7和13.4。")
    assert "增长10.3%。" in n.text and "失业率为1.44%。" in n.text and "实际增长9.7%和13.4%。" in n.text
    assert "增长10.1%," in n.text and "11865.9亿元" in n.text
    # (a sign kept after a space is kept once)
    n = normalize("全市地区生产总值增长10.1 %,完成地方财政收入增长10.3。城镇登记失业率为1.44。"
                  "农民人均纯收入实际增长9.7和13.4。")
    assert "增长10.1%," in n.text and "增长10.3%。" in n.text and n.text.count("%") == 5


@pytest.mark.parametrize("text", [
    HAIDIAN + "居民消费价格上涨1.5%,工业增长10%。",  # signs kept for half the bare numbers: not a copy that lost them
    "地区生产总值增长8.5左右。",  # too few bare numbers to tell
    "城乡居民收入增长1倍,提高2个百分点,增长2015年,增长3成。" * 3,  # not percentages
])
def test_percent_signs_are_added_only_to_a_copy_that_lost_most_of_them(text: str) -> None:
    assert normalize(text).text.count("%") == text.count("%")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["增长", "下降", "提高", "增幅为"]),
                          st.decimals(min_value=0, max_value=99, places=1).map(str),
                          st.sampled_from(["左右", "以上", ",", "。", ";"])), min_size=3, max_size=8))
def test_restored_numbers_map_back_to_their_digits(items: list[tuple[str, str, str]]) -> None:
    raw = "".join(f"指标{w}{v}{q}" for w, v, q in items)
    n = normalize(raw)
    assert n.text.count("%") == len(items)
    start = 0
    for w, v, _q in items:
        i = n.text.index(f"{w}{v}%", start) + len(w)
        assert n.source_text(Span(i, i + len(v) + 1)) == v
        start = i


def test_japanese_variant_forms_become_simplified_in_any_text() -> None:
    # 福建 2019 in a news copy: `全省生产总值増长8-8.5%` (増, U+5897) in an otherwise simplified page
    raw = "全省生产总值増长8-8.5%,农村居民人均可支配收入増长8.5%。"
    n = normalize(raw)
    assert n.text == raw.replace("増", "增")
    assert n.script == "simplified"
    i = n.text.index("增")
    assert n.source_text(Span(i, i + 2)) == "増长"  # one for one: the span is the original's


@pytest.mark.parametrize(("raw", "want", "number", "source"), [
    # 商业电台 2019 and now新闻 2013 on 广东's report (traditional, as the page gives it)
    ("廣東省去年生產總值達到9萬7千3百多億元人民幣", "广东省去年生产总值达到97300多亿元人民币", "97300", "9萬7千3百"),
    ("广东省去年生产总值,为5万7千亿人民币", "广东省去年生产总值,为57000亿人民币", "57000", "5万7千"),
    # 成都 2004 (成都晚报): an amount in 亿 and then 万, one figure in 亿
    ("全市地方财政收入完成108亿3038万元,首次突破百亿元大关", "全市地方财政收入完成108.3038亿元,首次突破百亿元大关",
     "108.3038亿", "108亿3038万"),
    ("医疗卫生增幅最高,支出6亿6187万元", "医疗卫生增幅最高,支出6.6187亿元", "6.6187亿", "6亿6187万"),
    ("实现2亿零500万美元", "实现2.05亿美元", "2.05亿", "2亿零500万"),
    # the 万 part in a digit and 千 (百): `3亿5千万元`, 3.5亿元
    ("全年争取上级资金3亿5千万元", "全年争取上级资金3.5亿元", "3.5亿", "3亿5千万"),
    ("实际利用外资1亿2千5百万美元", "实际利用外资1.25亿美元", "1.25亿", "1亿2千5百万"),
])
def test_digits_written_before_chinese_units_become_one_number(raw: str, want: str, number: str, source: str) -> None:
    n = normalize(raw)
    assert n.text == want
    i = want.index(number)
    assert n.source_text(Span(i, i + len(number))) == source  # the number maps back to its run


@pytest.mark.parametrize("raw", ["9万人", "3千米", "2万3万", "1千米3百米", "1亿2000万人", "3亿5千万人", "3亿5千元"])
def test_a_lone_digit_before_a_unit_or_units_that_do_not_fall_stay(raw: str) -> None:
    assert normalize(raw).text == raw


@given(st.integers(1, 9), st.integers(0, 9), st.integers(0, 9))
def test_mixed_numerals_property(a: int, b: int, c: int) -> None:
    n = normalize(f"达到{a}万{b}千{c}百亿元")
    assert n.text == f"达到{a * 10000 + b * 1000 + c * 100}亿元"


def test_a_blank_line_after_de_is_joined_and_maps_back() -> None:
    # 静宁 2011, a document site's copy: `全县生产总值由“十五”末的` / `` / `12.8亿元增加到19.2亿元`
    raw = "全县生产总值由“十五”末的\n\n12.8亿元增加到19.2亿元,年均增长8.4%。"
    n = normalize(raw)
    assert n.text == raw.replace("\n", "")
    i = n.text.index("19.2")
    assert n.source_text(Span(i, i + 4)) == "19.2"


@pytest.mark.parametrize("raw", ["我们的\n\n一、目标", "一、我们的\n\n发展", "是这样的\n\n 接着"])
def test_a_blank_line_before_a_heading_or_after_one_stays(raw: str) -> None:
    assert normalize(raw).text == raw


def test_a_minus_sign_split_from_its_number_after_a_word() -> None:
    # 三明 2021 (a PDF copy): `外贸出口106.6亿元,增 长- 39.7%`
    assert normalize("外贸出口106.6亿元,增 长- 39.7%;").text == "外贸出口106.6亿元,增长-39.7%;"
    assert normalize("2019 - 2020年").text == "2019 - 2020年"  # a range of years keeps its spaces


def test_a_document_sites_page_counters_are_joined_away() -> None:
    # 赣州 2021 and 济南 2012 on document sites: each page opens its line with `N、`, cut mid-sentence or
    # mid-number; a numbered list's short items stay as they are
    page = ("全市上下坚持以习近平新时代中国特色社会主义思想为指导,统筹疫情防控和经济社会发展,"
            "扎实做好六稳工作、全面落实六保任务。")
    raw = (f"1、2021年赣州市政府工作报告(全文) {page}全年GDP增长4.2%,城镇、农村居民人均可支配收入分别增长\n\n"
           f"2、6.3%、9.2%,增幅全省第一;{page}实现生产总值4406.\n3、3亿元。\n")
    n = normalize(raw)
    assert "分别增长6.3%、9.2%" in n.text and "生产总值4406.3亿元" in n.text
    assert n.source_text(Span(0, len(n.text))) == raw
    assert normalize("一、工作回顾\n1、经济发展\n2、社会事业\n").text == "一、工作回顾\n1、经济发展\n2、社会事业\n"


def test_a_run_on_copy_gets_its_paragraph_breaks_back() -> None:
    # 安居区's 2025 plan report (corpus 000) as a document site gives it: every line break lost, the head,
    # headings and paragraphs parted by spaces
    path = next((SHARED / "corpus").glob("000_*.txt"), None)
    if path is None:
        pytest.skip("../shared/corpus/000 not found")
    text = path.read_text("utf-8")
    flat = re.sub(r"\s*\n\s*", " ", text)
    n = normalize(flat)
    assert "\n各位代表:" in n.text or "\n各位代表：" in n.text
    headings = [ln for ln in normalize(text).text.split("\n") if re.match("[一二三四五六七八九十]、", ln)]
    assert headings and all(f"\n{h[:8]}" in n.text for h in headings)  # each chapter opens a line again
    assert n.source_text(Span(0, len(n.text))) == flat  # the breaks replace spaces: the map holds
    # (a news item of one paragraph is no run-on copy: its `。 ` spacing and inline items stay its own)
    item = flat[:1500]
    assert "\n" not in normalize(item).text.strip()


def test_a_long_paragraph_with_spaces_inside_its_sentences_stays_one() -> None:
    # 杭州 2022's review as a copy left it: spaces where its hard wraps were, inside sentences
    para = ("2021年是实施“十四五”规划的开局之年。面对错综复杂的 经济形势、持续演变的新冠疫情,我们在市委的坚强领导下,在 "
            "市人大、市政协的监督支持下,全面完成了市十三届人大六次会议确定的目标任务。全市生产总值18109亿元、"
            "增长8.5%,经济总量居全国城市第8位;一般公共预算收入2387亿元。") * 2
    assert "\n" not in normalize(para).text


def test_a_paragraph_among_others_keeps_its_own_spaces_and_lists() -> None:
    # sentences of 杭州 2022's review, parted by spaces, with a list of the paragraph's own after `：` (the
    # form a reviewer found): a paragraph of a text with others is no run-on copy, however long (a look-back
    # that opens it must reach its end)
    para = ("2021年是实施“十四五”规划的开局之年。 面对错综复杂的经济形势、持续演变的新冠疫情,我们在市委的坚强领导下,"
            "全面完成了市十三届人大六次会议确定的目标任务。 全市生产总值18109亿元、增长8.5%,经济总量居全国城市第8位。 "
            "主要做了以下工作：(一)全力稳住经济基本盘；(二)加快建设创新策源地；(三)持续增进民生福祉。"
            "一般公共预算收入2387亿元,税收收入2234亿元,分别居全国城市第5位、第4位;研发投入强度3.6%。 "
            "城乡居民人均可支配收入分别增长8.8%和10.3%;高质量完成十件民生实事,群众获得感、幸福感、安全感持续增强。 "
            "这些成绩的取得,是市委总揽全局、协调各方的结果,是市人大、市政协监督支持的结果,是全市人民团结奋斗的结果。")
    assert len(para) > 300
    other = "二、2022年工作安排\n" + "今年是党的二十大召开之年,做好政府工作意义重大。综合考虑各方面因素,建议:" * 4
    text = f"一、2021年工作回顾\n{para}\n{other}\n"
    assert normalize(text).text.count("\n") == text.count("\n")




def test_a_pdf_copys_page_number_between_a_figure_and_its_unit_is_deleted() -> None:
    # a township's 2022 report saved from its PDF as text: the page break fell between the rural income and
    # its unit, and the page number was glued into the sentence (`16883- 2 -元`): the figure lost its unit
    raw = ("城镇常住居民人均可支配收入40145元,同比增长5.5%,农村常住居民人均可支配收入16883\n"
           "- 2 -\n"
           "元,同比增长9.7%。\n"
           "一年来,主要做了以下工作:\n")
    n = normalize(raw)
    assert "人均可支配收入16883元,同比增长9.7%" in n.text
    assert "- 2 -" not in n.text
    assert n.source_text(Span(0, len(n.text))) == raw
    i = n.text.find("16883元")
    assert n.source_text(Span(i, i + len("16883元"))) == "16883\n- 2 -\n元"
    facts = {(f.indicator, f.measure, f.value) for rr in extract_bytes(raw.encode(), "p.txt").reports
             for f in rr.facts}
    assert ("rural_income", "level", Decimal("16883")) in facts


def test_a_running_head_beside_every_page_number_is_deleted_but_the_title_stays() -> None:
    para = ("全市上下坚持稳中求进工作总基调,完整准确全面贯彻新发展理念,经济运行总体平稳、稳中有进,"
            "地区生产总值增长6.1%,一般公共预算收入增长5.2%,城乡居民人均可支配收入分别增长5.0%和7.1%。")
    body = "\n".join([para[k : k + 38] for k in range(0, len(para), 38)])
    raw = "政府工作报告\n" + "\n— 1 —\n政府工作报告\n".join([body] * 3) + "\n"
    out = normalize(raw).text
    assert out.startswith("政府工作报告\n") and out.count("政府工作报告") == 1
    assert "— 1 —" not in out and out.count("地区生产总值增长6.1%") == 3


@pytest.mark.parametrize("raw", [
    # a footer of two lines: the text between two page breaks stands beside both, and is still one line
    "各位代表:\n全县地区生产总值完成125.6亿元,同比增长6.5%。\n- 1 -\n第1页 共2页\n"
    "一般公共预算收入完成8.2亿元,同比增长5.1%。\n- 2 -\n第2页 共2页\n",
    # a blank page
    "各位代表:\n全县地区生产总值完成125.6亿元,同比增长6.5%。\n- 1 -\n一般公共预算收入完成8.2亿元,同比增长5.1%。\n"
    "- 2 -\n- 3 -\n城镇居民人均可支配收入41234元,增长5.0%。\n- 4 -\n",
])
def test_the_text_between_page_numbers_is_no_running_head(raw: str) -> None:
    out = normalize(raw).text
    assert "- 1 -" not in out and "第1页" not in out
    assert all(line in out for line in raw.split("\n") if "增长" in line)


def test_a_tables_cells_beside_page_numbers_are_no_running_heads() -> None:
    # 越城区's 2013 plan table set one cell a line (blind 958_01), re-set as PDF pages: the cells beside the page
    # numbers look alike with their digits folded (`增长9%`, `增长8%`), yet a head holds no figure
    raw = ("2013年国民经济和社会发展主要指标完成情况\n指标名称\n目标\n全年完成\n实绩\n增速\n地区生产总值\n增长9%\n"
           "- 2 -\n287.32亿元\n增长6.0%\n地方财政收入\n增长8%\n- 3 -\n10.99亿元\n增长15.1%\n")
    out = normalize(raw).text
    assert all(cell in out for cell in ("增长9%", "287.32亿元", "增长8%", "10.99亿元"))


@pytest.mark.parametrize(("raw", "kept"), [
    ("地区生产总值\n增长9%\n287.32亿元\n3\n增长6.0%\n", "\n3\n"),  # a table set one cell a line: a bare number
    ("各项指标完成情况见附表 - 2 - 所列。\n", "- 2 -"),  # inside a line
    ("全年增长6%。\n- 2 -\n第二节 主要任务\n", "第二节 主要任务"),  # beside one page number only: the next page's
    ("字体:\n—2023—\n02/08\n", "—2023—"),  # a news page's date stamp: a year is no page number
    ("- 1 -\n政府工作报告\n各位代表:\n", "政府工作报告\n各位代表"),  # a title under a page number: no head
])
def test_lines_that_are_no_page_furniture_stay(raw: str, kept: str) -> None:
    assert kept in normalize(raw).text


def test_corner_quotes_read_as_the_mainlands() -> None:
    # a Hong Kong or Taiwan copy's corner quotes (a reviewer's probe: `今年是「十四五」開局之年` gave no year), one for
    # one, so the offsets hold; the Taiwan script is still told by them
    text = "今年是「十四五」開局之年，全市生產總值預期增長6%左右。去年全市生產總值增長3.2%。"
    n = normalize(text)
    assert "“十四五”" in n.text and len(n.text) == len(text)
    got = {(f["role"], f["period"], f["value"]) for f in extract_bytes(text.encode(), "t.txt").fact_records()}
    assert got == {("target", 2021, 6), ("actual", 2020, 3.2)}
    assert normalize("『十二五』規劃").text.startswith("“十二五”规划")


def test_a_running_head_without_page_numbers_that_cuts_sentences_is_deleted() -> None:
    """A PDF copied without its footers (邳州 2010): `邳州市人民政府工作报告` atop each page cuts sentences, even a
    name (`进` / head / `出口总额`); said three times and cutting two sentences, it goes, but the title stays."""
    wrap = "面对百年不遇的国际金融危机的严重冲击，面对外需急剧\n萎缩、企业经营困难、就业压力加大的严峻形势，我们\n"
    raw = ("邳州市人民政府工作报告\n各位代表：\n" + "邳州市人民政府工作报告\n".join(
        [wrap + "认真贯彻落实中央和省的一系列决策部署。全年完成进\n",
         "出口总额3.26亿美元，下降8.6%。" + wrap, "加快转型。" + wrap, "全县上下团结奋进。\n"]))
    n = normalize(raw)
    assert n.text.startswith("邳州市人民政府工作报告") and n.text.count("邳州市人民政府工作报告") == 1
    assert "进出口总额3.26亿美元" in n.text
    # an address said again and again is no head
    assert normalize("各位代表:\n我代表\n各位代表:\n我们\n各位代表:\n要\n").text.count("各位代表") == 3


def _compilation(title: str) -> str:
    """Three reports of one city under one title shape, each with its date line and address (a reviewer's probe)."""
    out = []
    for y in (2021, 2020, 2019):
        out.append(title.format(y=y) + f"\n——{y}年1月20日在邳州市第十七届人民代表大会第{y - 2017}次会议上\n各位代表：\n"
                   f"一、{y - 1}年工作回顾\n过去的一年，全市实现地区生产总值818.2亿元，增长8.4%；一般公共预算收入"
                   "57.21亿元，增长5.2%；固定资产投资增长11.4%；社会消费品零售总额393.4亿元，增长8.8%，全市上下\n"
                   f"二、{y}年工作安排\n主要预期目标是：地区生产总值增长6%左右。\n")
    return "".join(out)


@pytest.mark.parametrize("title", ["政府工作报告", "{y}年邳州市政府工作报告"])
def test_a_compilations_titles_are_no_running_heads(title: str) -> None:
    """Titles said again in a compilation of one city's reports (their date lines follow them) are never deleted
    as a page's running head, and each still opens its report."""
    text = _compilation(title)
    assert normalize(text).text.count("工作报告") == text.count("工作报告")
    assert len(pipeline.extract_bytes(text.encode(), "t.txt").reports) == 3


def test_a_banner_opening_a_copy_that_lost_its_line_breaks_marks_no_report_junk() -> None:
    # a document site's banner before a news item run on into one line (富平 2022's write-up as such a site copies it):
    # the line is the report's head and text, not site junk; a banner on a line of its own still is
    item = ("县十八届人大二次会议隆重开幕 富平县融媒体中心 2022-01-11 18:32 富平县融媒体中心讯 1月11日上午，"
            "富平县第十八届人民代表大会第二次会议在县会议中心隆重开幕。县长代表县人民政府向大会作政府工作报告。"
            "去年，全县生产总值完成328.6亿元，同比增长7.1%；规模以上工业增加值增长12.4%；"
            "社会消费品零售总额达到96.8亿元，增长11.6%；一般公共预算收入实现8.92亿元，增长16.8%。")
    banner = "正文复制 更多写作资料+ 微信: 【会员享300g最新资料/每天稳定更新】 "
    assert not normalize(banner + item).junk
    assert normalize(banner + "\n" + item).junk
    report = pipeline.extract_bytes((banner + item).encode(), "t.txt").reports[0]
    assert (report.report.meta.region_code, report.report.meta.report_year) == ("610528", 2022)
    assert {(f.indicator, f.measure, f.value) for f in report.facts} >= {
        ("gdp", "level", Decimal("328.6")), ("gdp", "growth", Decimal("7.1")),
        ("industrial_va", "growth", Decimal("12.4"))}


_INCOMES = ("城镇居民人均可支配收入３０１８５元、农村居民人均纯收入１０５２０元，分别成长１２．２％和１３．５％，"
            "农民收入增幅连续三年高于城镇居民。")


def test_a_hard_wrap_of_full_width_figures_is_joined_wherever_it_falls() -> None:
    # a fixed-width copy of a page in full-width digits (a Taiwanese paper's 广东 2013 write-up): its lines are as wide
    # as the wrap, two columns a digit, though after the digits become ASCII a line of many figures looks short
    for shift in range(38):
        para = ("广东省政府工作报告指出，" + "全省经济平稳较快发展，" * 12 + "甲" * shift + _INCOMES
                + "全省上下团结奋斗。" * 12)
        lines = [para[k : k + 38] for k in range(0, len(para), 38)]
        text = normalize("\n".join(lines)).text
        assert "分别成长12.2%和13.5%，农民" in text, shift


def test_a_long_footer_line_stays_junk_only_a_pages_head_runs_on() -> None:
    # (a reviewer's probe: a footer run on with another article's headline is junk however long; a page's head
    # before a copy that lost its line breaks is not)
    footer = ("来源：某县人民政府办公室 责任编辑：张三 版权所有：某县人民政府 " + "公安备案号：12345678901234 " * 6
              + "推荐阅读：某县2013年国民经济和社会发展统计公报：全县地区生产总值增长10.1%。")
    assert normalize(footer).junk
    assert not normalize("当前位置：首页 > 政务公开 " + "全县地区生产总值增长9.5%，财政收入增长15%。" * 10).junk


def test_a_table_after_wrapped_full_width_prose_keeps_its_rows_apart() -> None:
    # (a reviewer's probe: full-width digits make the prose's wrapped lines wide, not a table's rows, whose cells are
    # parted by gaps: the head row is not joined to the first row)
    prose = "２０２０年，全区地区生产总值增长１．２％，规模以上工业增加值增长２．１％，固定资产投资增长４．３％。" * 6
    wrapped = "\n".join(prose[k : k + 30] for k in range(0, len(prose), 30))
    table = ("建议2021年主要指标安排如下：\n指标名称　　　　　　　　　　单位　　　２０２０年完成　　２０２１年计划\n"
             "地区生产总值增速　　　　　　％　　　　１．２　　　　　６左右\n"
             "规模以上工业增加值增速　　　％　　　　２．１　　　　　７\n")
    text = normalize(wrapped + "\n" + table).text
    assert "2021年计划\n地区生产总值增速" in text


@pytest.mark.parametrize(("raw", "want"), [
    ("居民消费价格指数控制在１０２\n．５％，城镇登记失业率", "居民消费价格指数控制在102.5%，城镇登记失业率"),
    ("居民消费价格指数控制在１０２．\n５％，城镇登记失业率", "居民消费价格指数控制在102.5%，城镇登记失业率"),
    ("今年１\n．。", "今年1\n．。"),  # (no digit after it: no point, no join)
])
def test_a_full_width_point_parted_from_its_digits_by_a_wrap_is_a_decimal_point(raw: str, want: str) -> None:
    assert normalize(raw).text == want


@pytest.mark.parametrize(("raw", "want"), [
    # a repost cut at no fixed width (a forum's traditional-script copy): a name ending one line of prose, its
    # figure and unit opening the next
    ("其中，第一产业增加值182.3亿元，增长6.2%；第二产业增加值\n652.7亿元，增长19.5%；第三产业增加值411.5亿元。",
     "其中，第一产业增加值182.3亿元，增长6.2%；第二产业增加值652.7亿元，增长19.5%；第三产业增加值411.5亿元。"),
    # (not a table's name cell over its value cell, nor a line of prose before a year opening the next)
    ("地区生产总值\n652.7亿元\n一般公共预算收入\n38.6亿元", "地区生产总值\n652.7亿元\n一般公共预算收入\n38.6亿元"),
    ("■强化节能减排和生态建设,努力实现可持续发展\n2010年是实施“十一五”规划的最后一年,也是决胜之年。",
     "■强化节能减排和生态建设,努力实现可持续发展\n2010年是实施“十一五”规划的最后一年,也是决胜之年。"),
])  # fmt: skip
def test_a_line_of_prose_cut_between_a_name_and_its_figure_is_joined(raw: str, want: str) -> None:
    assert normalize(raw).text == want


def test_a_copy_cut_by_its_characters_count_is_joined_where_a_line_of_figures_runs_short() -> None:
    # a county's report copied with a break every 38 characters (枝江 2017): a line of ASCII figures is narrower than
    # the rest, yet cut at the same count (`…增长5%，剔除` / `营改增…`, `…城镇新增就业5130` / `人，…`)
    for shift in range(38):
        para = ("一年来，我们坚持稳中求进工作总基调，全力以赴稳增长、调结构、防风险、惠民生。" * 4 + "甲" * shift
                + "社会消费品零售总额140.5亿元，增长12.1%；一般公共预算收入25.3亿元，增长5%，"
                "剔除营改增等政策性减收因素后同口径增长8.2%，城镇新增就业5130人。"
                + "全市上下团结奋斗，实现了良好开局。" * 8)
        lines = [para[k : k + 38] for k in range(0, len(para), 38)]
        text = normalize("\n".join(lines)).text
        assert "剔除营改增等政策性减收因素后同口径增长8.2%，城镇新增就业5130人" in text, shift


def test_a_table_row_as_long_as_a_copys_cut_is_no_wrapped_line() -> None:
    # (a reviewer's) a copy cut every 38 characters, its annex rows space-aligned and 38 characters long
    prose = "一年来，我们坚持稳中求进工作总基调，全力以赴稳增长、调结构、防风险、惠民生，取得了新成效。" * 6
    lines = [prose[k : k + 38] for k in range(0, len(prose), 38)]
    rows = ["地区生产总值增长（%）        8.0      8.3   ", "一般公共预算收入增长（%）    6.0      6.5   "]
    rows = [r.ljust(38) for r in rows]
    text = normalize("\n".join([*lines, "附表", *rows]) + "\n").text
    assert "\n一般公共预算收入增长" in text and "\n地区生产总值增长" in text


@pytest.mark.parametrize(("raw", "want"), [
    ("地区生产总值186.3亿元，增长l2.6%", "地区生产总值186.3亿元，增长12.6%"),  # an OCR copy's letters for digits
    ("农民人均纯收入785O元，居民消费价格控制在1O3%以内", "农民人均纯收入7850元，居民消费价格控制在103%以内"),
    ("2Ol7年城镇新增就业4l26人", "2017年城镇新增就业4126人"),
    ("推广O2O模式", "推广O2O模式"),  # (no figure: letters of a word stay)
    ("GDP10%", "GDP10%"),
])
def test_letters_an_ocr_read_for_digits_inside_a_figure(raw: str, want: str) -> None:
    assert normalize(raw).text == want


@pytest.mark.parametrize(("raw", "want"), [
    # an OCR'd county report (正定 2008 in a blind set): a figure's digits parted by the page's line break
    ("全社会固定资产投资完成58.7亿元，增长2\n8.6%。社会消费品零售总额35.2亿元，增长17.8%。",
     "全社会固定资产投资完成58.7亿元，增长28.6%。社会消费品零售总额35.2亿元，增长17.8%。"),
    ("县域经济快速增长，综合实力明显增强。全县完成生产总值1\n03.6亿元，比上年增长14.2%。",
     "县域经济快速增长，综合实力明显增强。全县完成生产总值103.6亿元，比上年增长14.2%。"),
    ("人民生活持续改善，城镇居民人均可支配收入1352\n0元，增长9.8%；农民人均纯收入5212元。",
     "人民生活持续改善，城镇居民人均可支配收入13520元，增长9.8%；农民人均纯收入5212元。"),
    # (not a year under a line, nor a table's cells: a name cell, then its figure's line)
    ("我们召开了全县经济工作会议，部署了2023\n年的工作。", "我们召开了全县经济工作会议，部署了2023\n年的工作。"),
    ("地区生产总值\n2\n8.6%", "地区生产总值\n2\n8.6%"),
])
def test_a_figure_parted_by_a_line_break_in_prose_is_joined(raw: str, want: str) -> None:
    assert normalize(raw).text == want


@pytest.mark.parametrize("raw", [
    "财政收入完成112.8亿元，增长14.6%，其中公共财政预\n算收入71.5亿元，增长16.2%。",  # 六安 2014 in a blind set
    "面对历史罕见的干旱，全市粮\n食总产量仍达到512.3万吨。",
])
def test_an_older_indicator_name_parted_by_a_wrap_is_joined(raw: str) -> None:
    assert normalize(raw).text == raw.replace("\n", "")


def test_a_row_with_one_ideographic_space_before_its_unit_and_runs_between_its_figures() -> None:
    # an OCR copy's annex (林州 2009): `规模以上工业增加值　亿元　　103.6　　　　14`, name and unit parted by one
    text = normalize("规模以上工业增加值\u3000亿元\u3000\u3000103.6\u3000\u3000\u3000\u300014\n").text
    assert text.startswith("规模以上工业增加值\t亿元")
    # (prose with runs of them between its paragraphs keeps its single one a space)
    assert "\t" not in normalize("全市生产总值增长8%。\u3000\u3000二、主要工作\u3000坚持稳中求进。").text


@pytest.mark.parametrize(("text", "junk_words", "kept_words"), [
    # a traditional repost's footer (天津 2024 in a blind set): `【下一篇】` with another province's report
    ("今年全市生產總值增長4.5%左右。\n【上一篇】河北省2024年政府工作報告（全文）\n"
     "【下一篇】北京市2024年政府工作報告：地區生產總值增長5%左右\n", ("北京", "河北"), ("4.5%",)),
    # 烟台 2021 in a blind set: `【相关推荐】` over another year's report headline with its target
    ("今年全市生产总值增长6%以上。\n\n【相关推荐】\n· 一图读懂2022年烟台市政府工作报告：全市生产总值增长6%以上\n"
     "· 2021年一季度全市生产总值1821.3亿元，同比增长19.2%\n", ("2022年烟台市", "一季度"), ("今年全市",)),
    # 常德 2016 in a blind set: `政府工作报告栏目` over other years' reports with their figures
    ("2016年常德市政府工作报告\n政府工作报告栏目\n▪ 2017年政府工作报告：2016年全市地区生产总值2955.3亿元，增长8.8%\n"
     "▪ 2016年政府工作报告\n", ("2955.3",), ()),
    # 成都 2016 in a blind set: `上一篇：…` after a blank line (the pattern's leading space runs over it)
    ("為全面建成小康社會而努力奮鬥！\n\n上一篇：成都市2015年政府工作報告：地區生產總值增長8.5%左右，一般公共預算收入增長9%\n"
     "下一篇：成都市2017年政府工作報告：2016年全市地區生產總值12170.2億元\n", ("8.5%", "12170.2"), ("奋斗",)),
    # 河北 2021 and 湖北 2011 in a blind set: `往年报告速览` over `> 2020年…报告：…`, a ranked `热点排行` list
    ("2021年河北省政府工作报告\n\n往年报告速览\n> 2020年河北省政府工作报告：全省生产总值增长6.8%，达到3.5万亿元\n\n"
     "政府工作报告\n", ("3.5万亿元",), ("2021年河北省",)),
    ("为实现湖北跨越式发展而努力奋斗！\n\n热点排行\n1. 2012年湖北省政府工作报告：今年全省生产总值预期增长10%以上\n"
     "2. 2013年湖北省政府工作报告：去年全省生产总值突破2.2万亿元\n", ("10%以上", "2.2万亿元"), ("奋斗",)),
    # 温州 2024 (a traditional repost): a ranked list, its items numbered with `、`, a communiqué's figures among them
    ("讓我們奮力打造千年商港！\n\n熱點排行\n1、溫州市政府工作報告（2025年）：地區生產總值增長6%左右\n"
     "2、2023年溫州市國民經濟和社會發展統計公報：全市生產總值8730億元\n3、溫州市2024年國民經濟和社會發展計劃\n",
     ("6%左右", "8730", "2024年国民经济"), ("奋力",)),
    # 天水 2020 in a blind set: a ranked list inside the report, its report's next item right under it
    ("居民消费价格总水平上涨2.1%。\n相关新闻\n· 平凉市2019年地区生产总值增长6.6%\n热点排行\n"
     "1. 天水市召开2020年全市经济工作会议\n2. 我市6.83万贫困人口实现脱贫\n"
     "（一）决战决胜脱贫攻坚。坚持把脱贫攻坚作为头等大事和第一民生工程，全年减少农村贫困人口6.83万人。\n",
     ("平凉", "2020年全市经济工作会议", "6.83万贫困人口实现"), ("决战决胜",)),
])
def test_other_articles_listed_on_the_page_are_junk(text: str, junk_words: tuple, kept_words: tuple) -> None:
    n = normalize(text)
    junk = [n.text[j.start : j.end] for j in n.junk]
    assert all(any(w in j for j in junk) for w in junk_words)
    assert not any(w in j for j in junk for w in kept_words)


def test_a_page_counter_beside_the_sites_name_is_page_furniture() -> None:
    # 吴江 2014 in a blind set: `第1页 共3页　吴江区人民政府网` between a name and its figure
    raw = "全区社会消费品零售总额\n第1页 共3页　吴江区人民政府网\n386.5亿元，增长13.8%。\n"
    n = normalize(raw)
    assert "社会消费品零售总额386.5亿元" in n.text
    assert n.source_text(Span(0, len(n.text))) == raw
    # (a sentence naming a page stays: it is no counter alone on its line)
    assert "详见第2页共3页的附表" in normalize("主要指标详见第2页共3页的附表。\n").text


@pytest.mark.parametrize(("raw", "want"), [
    # a scraped page's text copy (正定 2012, 天水 2020 in a blind set): references and line tags left in
    ("其中地方一般预算收入&nbsp;8.36亿元，增长26.1%", "其中地方一般预算收入8.36亿元，增长26.1%"),
    ("积极融入&ldquo;一带一路&rdquo;建设，<br/>进出口总额增长10%以上。",
     "积极融入“一带一路”建设，进出口总额增长10%以上。"),
    ("全年完成。<br>（二）工业", "全年完成。\n（二）工业"),
    ("引&#8220;十三五&#x201D;规划", "引“十三五”规划"),
    # (what no reference is stays as written)
    ("R&D;投入 &abc; a<b>粗</b>体", "R&D;投入 &abc; a粗体"),
])
def test_web_markup_left_in_a_text_copy_is_read(raw: str, want: str) -> None:
    n = normalize(raw)
    assert n.text == want
    assert n.source_text(Span(0, len(n.text))) == raw
    i = n.text.find("8.36亿元")
    if i >= 0:
        assert n.source_text(Span(i, i + 6)) == "8.36亿元"



@pytest.mark.parametrize(("raw", "kept"), [
    # a report's own heading or figure beside a page counter stays (reviewers' probes): only a site's name goes
    ("一、2015年工作回顾　第1页 共4页\n全区实现地区生产总值680亿元。\n", "2015年工作回顾"),
    ("第2页 共4页　城镇新增就业1万人\n", "城镇新增就业1万人"),
])
def test_a_page_counter_beside_a_heading_or_a_figure_keeps_them(raw: str, kept: str) -> None:
    assert kept in normalize(raw).text


def test_a_ranked_heading_over_the_reports_own_numbered_items_takes_none() -> None:
    n = normalize("二、2020年主要目标\n热点排行\n1、全市生产总值增长6%左右；\n2、一般公共预算收入增长5%；\n"
                  "全市上下要坚定信心，奋力完成全年目标任务。\n")
    assert not any("生产总值" in n.text[j.start : j.end] for j in n.junk)


def test_a_table_whose_cells_one_space_parts_gets_tabs() -> None:
    # 锦州 2018 (a blind set's plan report): `指标名称 单位 2017年计划 2017年预计完成 2018年计划` over rows of a name,
    #  a unit
    # and figures, one plain space between them
    text = ("附表\n指标名称 单位 2017年计划 2017年预计完成 2018年计"
            "划\n一、预期性指标\n地区生产总值增长 % 7 3.2 6.5左右\n"
            "固定资产投资增长 % 5 -8.5 5\n实际利用外资 亿美元 3.5 2.1 2.5\n城镇登记失业率 % 4.5以内 3.6 4.5以内\n")
    out = normalize(text).text
    assert "指标名称\t单位\t2017年计划" in out and "地区生产总值增长\t%\t7\t3.2\t6.5左右" in out
    assert "一、预期性指标\n" in out and len(out) == len(text)
    # (prose, or two such lines alone, keep their spaces)
    two = "地区生产总值增长 % 7 3.2 6.5左右\n固定资产投资增长 % 5 -8.5 5\n"
    assert normalize(two).text == two
