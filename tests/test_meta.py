"""Report metadata inference (issue 16): the 2026 corpus pinned, and one short real passage for each
rule of ``zhibiao.document.years`` (with ``zhibiao.document.dates``) and ``zhibiao.document.region``,
cases that must say null included.

The passages are openings of real report pages and news write-ups (2005-2026, many regions and
levels), cut to the sentences the rule reads.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhibiao import pipeline
from zhibiao.document.dates import cn_years, find_dates, session_years
from zhibiao.document.gazetteer import load
from zhibiao.document.meta import parse_session
from zhibiao.document.yearmarks import plenum_year
from zhibiao.model import GivenMeta, ReportMeta, Session

REPO = Path(__file__).resolve().parents[1]
CORPUS_2026 = REPO.parent / "shared" / "corpus_2026"


def meta(text: str) -> ReportMeta:
    """The metadata of the one report in ``text``."""
    reports = pipeline.extract_bytes(text.encode("utf-8"), "t.txt").reports
    assert len(reports) == 1
    return reports[0].report.meta


# --- the 2026 provincial corpus, each checked against its title and session line -------------------
PROVINCES_2026 = [
    ("301", "上海市", "310000"), ("302", "内蒙古自治区", "150000"), ("303", "吉林省", "220000"),
    ("304", "天津市", "120000"), ("305", "安徽省", "340000"), ("306", "山东省", "370000"),
    ("307", "山西省", "140000"), ("308", "江西省", "360000"), ("309", "浙江省", "330000"),
    ("310", "海南省", "460000"), ("311", "湖北省", "420000"), ("312", "湖南省", "430000"),
    ("313", "福建省", "350000"), ("314", "贵州省", "520000"), ("315", "重庆市", "500000"),
    ("316", "青海省", "630000"),
]  # fmt: skip


@pytest.mark.parametrize(("prefix", "region", "code"), PROVINCES_2026)
def test_corpus_2026_metadata(prefix: str, region: str, code: str) -> None:
    hits = sorted(CORPUS_2026.glob(f"{prefix}_*.txt")) if CORPUS_2026.is_dir() else []
    if not hits:
        pytest.skip("../shared/corpus_2026 not available")
    reports = pipeline.read(hits[0])
    assert len(reports) == 1
    m = reports[0].meta
    got = (m.region, m.region_code, m.level, m.report_type, m.report_year, m.review_year, m.plan_year)
    assert got == (region, code, "province", "government_work_report", 2026, 2025, 2026)
    assert (m.region_source, m.year_source) in {("title", "date"), ("session", "date")}
    assert m.date is not None and m.date.startswith("2026-0")  # the delivery date, not the page's stamp


# --- year: the session against the terms of the congresses -----------------------------------------
@pytest.mark.parametrize(("session", "level", "code", "years"), [
    (Session(14, 2), "national", "000000", (2024, 2024)),
    (Session(11, 4), "national", "000000", (2011, 2011)),
    (Session(12, 1), "province", "370000", (2013, 2013)),   # 山东 省十二届人大一次会议
    (Session(14, 2), "province", "510000", (2024, 2024)),
    (Session(14, 5), "province", "150000", (2024, 2027)),   # 内蒙古 held its fifth session in 2026
    (Session(7, 5), "province", "460000", (2024, 2027)),    # 海南 numbers its congresses from 1988
    (Session(6, 4), "province", "500000", (2024, 2026)),    # 重庆
    (Session(9, 3), "province", "370000", None),            # a term before the table's alignment
    (Session(17, 3), "prefecture", "210100", None),          # 沈阳: each city numbers its own
    (Session(5, 5), "county", "510904", None),
])  # fmt: skip
def test_session_years(session: Session, level: str, code: str, years: tuple[int, int] | None) -> None:
    assert session_years(session, level, code) == years


def test_year_from_a_national_session_in_a_news_write_up() -> None:
    m = meta("新华社受权播发《政府工作报告》\n2026-03-16 10:40:34 | 来源:泰州日报\n"
             "3月5日,李强总理代表国务院在十四届全国人大四次会议上作《政府工作报告》。\n")
    assert (m.region_code, m.report_year, m.region_source, m.year_source) == ("000000", 2026, "issuer", "session")


def test_a_premier_speaking_today_is_the_national_report_not_the_datelines_city() -> None:
    # 中新社 2007 in traditional characters: `…總理溫家寶今天在此間表示`
    m = meta("喜歡就分享這篇文章\n【中新社北京3月5日電】中國國務院總理溫家寶今天在此間表示,2007年國內生產總值增長目標是"
             "百分之8左右。\n")
    assert (m.region_code, m.report_year) == ("000000", 2007)


def test_a_provincial_newspapers_dateline_city_under_a_governor_is_the_province() -> None:
    # 齐鲁晚报 on 山东 2012: the dateline names the capital, the governor gives the report (`省长…所作的`)
    m = meta("本报济南2月19日讯(记者 郭静) 今年的政府工作报告中,民生以更强势的姿态出现。19日,省长姜大明所作的政府"
             "工作报告明确表示:2012年,GDP预期增长9.5%。\n")
    assert (m.region, m.report_year) == ("山东省", 2012)
    # (nor where a mayor speaks after the governor is named: the city's write-up, a reviewer's)
    m = meta("本报洛阳1月8日讯(记者 王明) 日前,省长王凯所作的政府工作报告对洛阳提出了新要求。8日上午,市长刘宛康作政府"
             "工作报告。报告提出,今年全市地区生产总值增长8%左右。\n")
    assert m.region != "河南省"
    # (a city's mayor under the same dateline keeps the city)
    m = meta("本报济南2月19日讯(记者 郭静) 19日,市长杨鲁豫所作的政府工作报告明确表示:2012年,GDP预期增长10%。\n")
    assert m.region == "济南市"


def test_a_year_since_which_inside_a_five_year_review_is_no_year_reviewed() -> None:
    # 四川日报 on 四川 2006: `。2002年以来,…` inside the review of the tenth plan
    m = meta("张中伟作四川省政府工作报告举要\n走过辉煌的“十五”\n过去5年特别是去年以来,四川超额完成了“十五”计划的"
             "主要指标。\n———5年间,财政对“三农”的投入达1246.2亿元。2002年以来,通过免征农业税,减轻农民负担104亿元。"
             "肉类总产量由2000年的641.3万吨增加到2005年的949.2万吨。\n")
    assert m.report_year != 2003


def test_national_report_is_not_the_city_of_a_footer_address() -> None:
    m = meta("新华社北京3月14日电 新华社受权于14日全文播发李克强总理代表国务院在十四届全国人大一次会议上所作的"
             "《政府工作报告》。\n报社地址:北京市宣武门西大街57号\n")
    assert (m.region, m.level, m.report_year) == ("全国", "national", 2023)


def test_year_from_a_provincial_first_session() -> None:
    m = meta("大众网济南1月25日讯 今天上午9时,省十二届人大一次会议在山东会堂开幕。"
             "山东省省长姜大明代表省人民政府向大会作政府工作报告。\n"
             "姜大明在报告中说,今年是全面贯彻落实党的十八大精神的开局之年。\n")
    assert (m.region, m.report_year, m.year_source) == ("山东省", 2013, "session")
    assert m.session == Session(12, 1)


def test_a_later_provincial_session_alone_gives_its_latest_year_marked_as_such() -> None:
    # 2024 … 2027 (extra sessions push the numbers on): with nothing else, the year it is held in
    # without one, marked so a reader knows to check it (this one was in fact held in 2026)
    m = meta("政府工作报告\n——在内蒙古自治区第十四届人民代表大会第五次会议上\n各位代表：\n"
             "现在，我代表自治区人民政府向大会报告工作，请予审议。\n")
    assert (m.region, m.report_year, m.year_source) == ("内蒙古自治区", 2027, "session_range")


def test_no_session_range_guess_when_the_text_names_a_year_the_session_rules_out() -> None:
    # 安徽 2008: a page's infobox gives the fifth session of a term begun that year (it was the first)
    m = meta("《2008年安徽省政府工作报告》是安徽省人民政府2008年1月25日发表的一份报告。\n"
             "- 会议性质:第十一届人民代表大会第五次会议\n- 省级单位:安徽省\n2008年政府工作报告\n各位代表:\n"
             "现在,我代表省人民政府,向大会作政府工作报告。\n")
    assert m.report_year is None or m.year_source != "session_range"


def test_any_other_reading_of_the_year_wins_over_the_session_range() -> None:
    m = meta("政府工作报告\n——在内蒙古自治区第十四届人民代表大会第五次会议上\n各位代表：\n"
             "现在，我代表自治区人民政府向大会报告工作，请予审议。\n一、2025年工作回顾\n")
    assert (m.report_year, m.year_source) == (2026, "body")


_UNDATED = ("今年我区经济社会发展的主要预期目标是:地区生产总值增长7%左右;规模以上工业增加值增长9%左右;"
            "固定资产投资增长11%左右。\n")  # 新疆 2023, a page that kept the targets paragraph alone


@pytest.mark.parametrize(("name", "year"), [
    ("001_xinjiang_2023.txt", 2023), ("2023年政府工作报告.txt", 2023), ("gwr-2023-targets.txt", 2023),
    ("000_69e9af5951af5f27.txt", None),  # a hash: digits among letters are no year
    ("t20230116_6510213.txt", None),  # a run of digits (a site's page id) is no year
    ("2016-2020年规划.txt", None),  # two years: which one?
])
def test_a_text_that_dates_nothing_takes_the_one_year_its_file_name_holds(name: str, year: int | None) -> None:
    m = pipeline.extract_bytes(_UNDATED.encode(), name).reports[0].report.meta
    assert (m.report_year, m.year_source) == (year, "file_name" if year else None)
    facts = pipeline.extract_bytes(_UNDATED.encode(), name).reports[0].facts
    assert {f.period for f in facts} == {year}


_NAMELESS = ("各位代表:\n现在,我代表人民政府向大会报告工作,请予审议。\n一、2023年工作回顾\n"
             "全年地区生产总值增长5.5%。\n")  # a report that never names its region


@pytest.mark.parametrize(("name", "code"), [
    ("004_fujian_2024.txt", "350000"), ("301_shanghai_municipality_gwr_2024.txt", "310000"),
    ("005_beijing-tongzhou-qu.txt", "110112"),  # 通州区 under the 北京 named (not 南通's)
    ("2024年南昌市政府工作报告.txt", "360100"),
    ("tacheng_2024.txt", "654200"),  # 塔城地区, not its seat 塔城市
    ("000_69e9af5951af5f27.txt", None), ("003_chaoyang_2024.txt", None),  # a hash; six 朝阳
    ("007_guangdong_city_plan_2024.txt", None),  # a city of 广东, not the province
    ("005_qu_zhengfu_jianghua.txt", None),  # 讲话 (a speech) is no 江华县
])
def test_a_text_that_names_no_region_takes_the_one_its_file_name_names(name: str, code: str | None) -> None:
    m = pipeline.extract_bytes(_NAMELESS.encode(), name).reports[0].report.meta
    assert (m.region_code, m.region_source) == (code, "file_name" if code else None)


def test_a_write_up_that_names_its_province_only_by_its_file_or_its_paper_takes_the_sessions_year() -> None:
    """A provincial paper's write-up (`湖北日报讯…省第十一届人民代表大会第一次会议…`, a blind set's 2008 story) names no
    division in its text: the paper's masthead names the province, and the province's terms date the session
    (2008), not the last year the review names (2007)."""
    text = ("省十一届人大一次会议隆重开幕\n\n湖北日报讯（记者周明）1月16日上午，省第十一届人民代表大会第一次会议"
            "隆重开幕。省长作政府工作报告。\n报告指出，2007年是本届政府任期的最后一年。全年全省生产总值增长14.5%。\n")
    m = meta(text)
    assert (m.region_code, m.report_year, str(m.date)) == ("420000", 2008, "2008-01-16")
    unnamed = text.replace("湖北日报讯", "本报讯").encode()
    m = pipeline.extract_bytes(unnamed, "01_hubei_hubei.txt").reports[0].report.meta
    assert (m.region_code, m.region_source, m.report_year) == ("420000", "file_name", 2008)
    # (a city's paper over a county's story is no province's: `嘉兴日报讯` names no issuer of its own)
    m = meta("嘉兴日报讯（记者）2月10日，县第十六届人民代表大会第五次会议开幕。县长作政府工作报告。\n")
    assert m.region_code is None
    # (南方日报 is 广东's)
    m = meta("南方日报讯 1月15日，省十一届人大二次会议开幕。省长作政府工作报告。全省生产总值增长10.1%。\n")
    assert m.region_code == "440000"


def test_file_name_doctests() -> None:
    import doctest

    from zhibiao.document import filename

    assert doctest.testmod(filename).failed == 0


def test_the_file_name_never_overrides_a_region_the_text_names_or_its_speaker_rules_out() -> None:
    text = _NAMELESS.replace("全年地区生产总值", "全年成都市地区生产总值")
    assert pipeline.extract_bytes(text.encode(), "004_fujian_2024.txt").reports[0].report.meta.region == "成都市"
    text = _NAMELESS.replace("我代表人民政府", "我代表县人民政府")  # a county's report: no province
    assert pipeline.extract_bytes(text.encode(), "004_fujian_2024.txt").reports[0].report.meta.region is None


def test_the_file_name_never_overrides_a_year_the_text_gives_or_its_session_rules_out() -> None:
    text = "2024年政府工作报告\n各位代表:\n" + _UNDATED
    m = pipeline.extract_bytes(text.encode(), "report_2019.txt").reports[0].report.meta
    assert (m.report_year, m.year_source) == (2024, "title")
    # 福建省第十三届…第六次会议 is 2019-2022: a name saying 2015 cannot be its year, 2021 can
    lead = ("22日上午,福建省第十三届人民代表大会第六次会议在福州开幕。《政府工作报告》显示,"
            "今年全省地区生产总值预期增长6.5%。\n")
    m = pipeline.extract_bytes(lead.encode(), "fujian_2015.txt").reports[0].report.meta
    assert (m.report_year, m.year_source) == (2022, "session_range")
    m = pipeline.extract_bytes(lead.encode(), "fujian_2021.txt").reports[0].report.meta
    assert (m.report_year, m.year_source) == (2021, "file_name")


def test_a_news_lead_with_only_its_session_is_dated_by_the_session_range() -> None:
    m = meta("22日上午,福建省第十三届人民代表大会第六次会议在福州开幕。《政府工作报告》显示,"
             "去年全省地区生产总值48810亿元、增长8.0%,今年全省地区生产总值预期增长6.5%。\n")
    assert (m.region, m.report_year, m.year_source) == ("福建省", 2022, "session_range")


@pytest.mark.parametrize(("text", "year"), [
    ("全面贯彻党的十九大和十九届二中、三中、四中全会精神,较好地完成了县十七届人大三次会议确定的目标任务", 2020),
    ("深入贯彻党的十八届三中全会精神", 2014),
    ("学习贯彻党的二十届三中全会精神", 2025),  # July 2024
    ("认真贯彻十九届二中全会精神", 2018),  # January 2018, before the congresses of 2018
    ("贯彻党的十九大精神", None),  # a congress, no plenum
])
def test_plenum_year(text: str, year: int | None) -> None:
    assert plenum_year(text) == year


def test_a_clause_opening_on_the_year_ahead_dates_a_write_up() -> None:
    # 越城 2019: a news lead with no date, whose only year is the one the district will work in
    m = meta("新的一年,越城区将紧紧围绕总目标。昨天,记者从正在举行的越城区两会上获悉,2019年,越城区将坚持稳中求进"
             "工作总基调。\n过去一年,全年预计实现地区生产总值同比增长7%。\n")
    assert (m.report_year, m.year_source) == (2019, "body")


def test_a_year_reached_by_a_plan_is_no_year_ahead() -> None:
    m = meta("各位代表:\n现在,我代表区人民政府向大会报告工作。\n全区上下团结奋斗,到2035年,将基本实现现代化。\n")
    assert m.report_year is None


def test_a_year_summed_up_in_a_clause_then_reviewed_is_last_year() -> None:
    # 云南 2021, a news lead: `2020年是极不平凡的一年,一年来,…` reviews 2020
    m = meta("1月26日上午,云南省第十三届人民代表大会第四次会议在昆明开幕。"
             "代省长王予波代表省人民政府向大会作政府工作报告。\n"
             "报告指出,2020年是极不平凡的一年,一年来,云南坚持稳中求进工作总基调。\n")
    assert (m.region, m.report_year) == ("云南省", 2021)


def test_a_write_up_summing_up_what_the_report_reviewed_and_proposed() -> None:
    # 内蒙古 2016 (a news page in traditional characters): no session number, no date with a year;
    # the province only as 自治区 and the city its congress met in
    m = meta("1月22日至29日,自治區兩會在呼和浩特召開。會上,自治區主席巴特爾代表自治區政府向大會作了政府工作報告。"
             "回顧了“十二五”時期和2015年經濟社會發展,提出了“十三五”時期經濟社會發展的主要任務和2016年重點工作。\n")
    assert (m.region, m.report_year) == ("内蒙古自治区", 2016)


def test_the_city_a_county_congress_meets_in_names_no_province() -> None:
    m = meta("3月4日,县第十四届人民代表大会第四次会议在贵阳召开,县长代表县人民政府作政府工作报告。\n")
    assert m.region != "贵州省"


@pytest.mark.parametrize(("text", "year"), [
    # 大理 2013, a news page: the year without 年 before the targets
    ("本报讯 2012年的最后一天,大理市委八届三次全会在下关召开。\n2013预期目标\n"
     "●力争全市地区生产总值增长14%以上\n", 2013),
    ("《国务院2008年工作要点》近日公布,部署2008年宏观调控方向。\n", 2008),
    # 上饶县 2019: the speaker reviewed 2018; `2018年,是…开局之年` alone does not say which
    ("县长何党生向大会作《政府工作报告》。\n何党生首先回顾了2018年县人民政府工作。他说,2018年,是全面贯彻党的十九大精神的"
     "开局之年,也是我县脱贫“摘帽”的决胜之年。\n", 2019),
    # 鄞州 2011 (an excerpt titled by the year it reviews)
    ("2010年政府工作(政府工作报告节选)\n2010年,是鄞州在转型中发展、创新中奋进的一年。一年来,我们在区委的领导下,"
     "全区完成生产总值816.6亿元。\n", 2011),
    # 清河 2008 (a page titled 2007年政府工作报告)
    ("清河区2007年政府工作报告\n\n本届政府组成以来,圆满完成了目标任务。\n\n五年来,全区经济实现“四个翻番”。预计2007年"
     "地区生产总值达到33亿元,年均增长20.9%。\n", 2008),
    # 武侯 2017 (a December session, titled 2016年政府工作报告 by the site): `2016年,预计实现地区生产总值…`
    ("2016年政府工作报告\n——在成都市武侯区第七届人民代表大会第一次会议上\n各位代表:\n一、过去五年工作回顾\n"
     "五年来,我们紧抓发展要务。\n2016年,预计实现地区生产总值860亿元,增长7.9%。\n", 2017),
    # 黄石 2008 on the city's site, titled by the year it reviews: `2007年,全市生产总值完成467亿元` under the review
    ("2007年政府工作报告\n日期:2010-11-27 11:03 来源:黄石市人民政府\n各位代表:\n现在,我代表市人民政府向大会作政府工作"
     "报告,请予审议。\n一、过去四年工作的回顾\n过去的四年,本届政府坚持以科学发展观为指导。\n——综合经济实力明显增强。"
     "2007年,全市生产总值完成467亿元,与2003年相比,年均增长14%。\n", 2008),
    # (but the title's year opening this year's targets is the report's own: no look back before it, a goal's words)
    ("某某市2016年政府工作报告\n发布时间:2016-01-20 09:30\n今年全市经济社会发展的主要预期目标是:\n"
     "2016年,全市地区生产总值达到620亿元,增长8%左右;一般公共预算收入增长8%。\n", 2016),
    # 安徽 2008 in an encyclopedia: the entry's first sentence dates the report, whatever session it misquotes
    ("《2008年安徽省政府工作报告》是安徽省人民政府2008年1月25日发表的一份报告。\n基本介绍\n"
     "- 中文名:2008年安徽省政府工作报告\n- 会议性质:第十一届人民代表大会第五次会议\n2008年政府工作报告\n各位代表:\n"
     "现在,我代表省人民政府,向大会作政府工作报告,请予审议。\n", 2008),
    # 韩城 2016 on a reposting site stamped day first: the plan's goals to 2020, set by the session that month
    ("韩城绘就“十三五”蓝图 确立区域中心城市建设目标\n\n23.02.2016  08:10\n  近日,韩城市人大十七届五次会议绘就了"
     "“十三五”期间的宏伟蓝图。韩城市确定的主要发展指标是:到2020年,生产总值达到800亿元。2020年森林覆盖率达到50%。\n",
     2016),
    # 长城网 on 藁城 2018: a page titled by the year without 年
    ("2018政府工作报告\n来源: 长城网综合\n攻坚克难,新一届政府实现良好开局\n过去的一年,在市委、市政府和区委的正确领导下,"
     "全区上下呈现生动局面。\n", 2018),
    # 北京 2008, a paper on the development-and-reform meeting: `初步预计,2007年本市全年…` outranks 2007年是…之年
    ("本报讯 记者昨天从北京市发展和改革工作会上得知,初步预计,2007年本市全年地区生产总值可达到9000亿元,增长12.5%左右。\n"
     "2007年是奥运筹办的决战之年。在市委、市政府领导下,奥运筹办工作取得重大进展。\n", 2008),
    # 合肥 2025, a news page in traditional characters: a heading looks back on 2024 without 年
    ("1月15日,合肥市第十七屆人民代表大會第四次會議拉開帷幕。\n回眸2024\n——“答卷”很精彩\n"
     "預計,地區生產總值增長5.8%左右。\n", 2025),
    ("1月15日,合肥市第十七届人民代表大会第四次会议开幕。\n展望2025\n今年地区生产总值增长5.5%左右。\n", 2025),
    # 衡阳 2022 (红网, a December session): `回首2021,` opens the sentences on the year looked back on
    ("今天上午,衡阳市第十六届人民代表大会第一次会议在市政府会议中心开幕。\n回首2021,更是激情满怀——\n"
     "全体居民人均可支配收入32502元,增长8.5%......\n", 2022),
    # a write-up naming a year's goals made clear before (last year's, and a plan's far goal) and then its own
    ("1月8日，某区第三届人民代表大会第六次会议开幕。区长在报告中说，去年区委全会明确了2025年发展目标，全区上下锚定目标、"
     "奋力攻坚，地区生产总值增长5.4%。\n报告提出，2026年全区经济社会发展的主要预期目标是：地区生产总值"
     "增长5%左右。\n", 2026),
    # 镇康 2026, a write-up of the session: the plan draft it reviews, named without its brackets, opens the plan
    ("县十八届人大五次会议在南伞隆重开幕\n张德花作政府工作报告\n审查镇康县国民经济和社会发展第十五个五年规划纲要草案等\n"
     "报告指出,五年来,综合实力稳步提升。经济总量从2020年的59.94亿元增至88.08亿元,年均增长5.8%。\n", 2026),
    # a plan's last year drafting the next plan (a reviewer's case): the draft is no session reviewing it
    (("政府工作报告\n"
     "各位代表：\n"
     "现在，我代表市人民政府，向大会报告工作，请予审议。\n"
     "一、过去一年工作回顾\n"
     "过去一年，全市地区生产总值增长6.8%，城镇居民人均可支配收入增长8.1%。\n"
     "二、今年主要目标和重点工作\n"
     "今年是“十三五”规划收官之年。全市经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，一"
     "般公共预算收入增长5%。\n"
     "加强规划引领。全面总结“十三五”规划实施情况，高质量编制全市国民经济和社会发展第十四个五年规划纲"
     "要草案。\n"), 2020),
    # `展望2035,` mid-paragraph looks to a plan's far goal: no report year
    ("某市召开第十七届人民代表大会第五次会议\n会议听取了市长所作的政府工作报告。报告描绘了未来五年的发展蓝图。展望2035，"
     "某市将基本实现社会主义现代化。\n今年全市地区生产总值增长5.5%左右。\n", None),
    # 江宁 2025, a news page: the sentence on the year looked back on, its year without 年, runs on after a comma
    ("辞旧迎新间,南京市江宁区进入“两会时间”。回眸2024,江宁奋斗起笔,全力答好“实干卷”。"
     "预计全年完成地区生产总值超3150亿元,规上工业总产值4780亿元。奋进2025,江宁坚持创新实干。\n", 2025),
    # 甘肃 2012, a news page: `对甘肃省2011年工作进行了回顾`; `2011年…完成了…确定的主要目标任务` is no target year
    ("1月9日,省长刘伟平在省十一届人大五次会议上作《政府工作报告》,对甘肃省2011年工作进行了回顾。《报告》表明,"
     "2011年甘肃省完成了省十一届人大四次会议确定的主要目标任务。\n", 2012),
    # 内蒙古 2013: an article reviewing the plan's five years, from 2007 to 2012
    ("文|内蒙古自治区主席 巴特尔\n——综合经济实力提升最快的时期。全区生产总值从2007年的6423.2亿元增加到2012年的"
     "1.6万亿元,年均增长15.1%。\n", 2013),
    # 梨树 2020, a page titled by the year it reviews: `2019年,是…非同寻常的一年、…更是卓有成效的一年`
    ("2019年梨树县政府工作报告\n——在梨树县第十八届人民代表大会第四次会议上\n各位代表:\n"
     "一、勠力奋战,克难攻坚,过去一年政府工作成效显著\n2019年,是我县经济社会发展非同寻常的一年、极具挑战的一年、"
     "更是卓有成效的一年。面对经济下行压力持续加大。\n", 2020),
    # 镇海 2012, a New Year message: `2012年是…重要的一年。面对…,我们将…` looks ahead
    ("值此2012年新春佳节到来之际,我谨代表镇海区人民政府致以问候!\n过去的2011年,是“十二五”规划的开局之年。"
     "一年来,全区上下全面推进经济社会发展。\n2012年是实施“十二五”规划重要的一年。面对战略机遇,我们将以更加宏大的气魄"
     "推进发展。\n", 2012),
    # 镇江 2011: the review heading names last year beside the plan it closed
    ("政府工作报告\n市长 刘捍东\n各位代表:\n现在,我代表镇江市人民政府向大会作工作报告。\n一、2010年和“十一五”回顾\n"
     "过去的一年,全市上下深入贯彻科学发展观。预计全市实现地区生产总值1957亿元。\n", 2011),
    # 镇江 2020, a summary republished in November: a short heading on what 2019 achieved
    ("张叶飞作政府工作报告(摘要)\n\n2020-11-30中共江苏省委新闻网\n\n  2019年高质量发展迈出坚实步伐\n\n"
     "  预计实现地区生产总值4200亿元,增长6.1%。\n", 2020),
    # 福田 2019: `2019年,是新中国成立70周年` says nothing; the year summed up later does
    ("报告指出,2019年,是新中国成立70周年,是决胜全面建成小康社会的关键之年。\n报告指出,2018年是福田发展历程中具有深远"
     "影响的一年。\n", 2019),
    # 常州 2015, a paper's excerpt: `2015年是新的一年,全市将…` looks ahead, whatever punctuation follows
    ("2015年是新的一年,全市将围绕今年政府工作的总体要求和目标,推进重点工作。\n2015年预期总目标\n"
     "地区生产总值增长8.5%左右。\n", 2015),
    # 兰州 2014, a news page: a sub-heading looks back on 2013 before a dash and the year's headline figure
    ("大西北网2月19日讯 昨日上午,兰州市第十五届人民代表大会第四次会议在省政府礼堂隆重开幕。\n"
     "回顾2013——全市实现生产总值1776.83亿元\n《报告》指出,2013年兰州市经济首位度和综合实力逐步提高。\n", 2014),
    ("回顾2013—2017年\n五年来,全市生产总值年均增长9%。\n", None),  # five years, no year reviewed
    # 涪陵 2023, a plan report cut from its first chapter: last year's report, quoted as approved, has
    # last year's years
    ("一、2022年国民经济和社会发展计划执行情况\n2022年是涪陵发展进程中极不平凡的一年。全年地区生产总值同比增长2.6%。\n"
     "区人大六届一次会议批准的《关于重庆市涪陵区2021年国民经济和社会发展计划执行情况及2022年计划草案的报告》"
     "明确的32项指标中:17项指标达到或超过预期。\n", 2023),
    # 西安 2023, a write-up on a page stamped months later: the year of the goals its headline names,
    # and a year of goals said after 目标 in its sentence is no year reviewed
    ("西安发布2023经济预期发展目标:GDP增长约7%\n发布时间:2024-09-25 06:30\n2月15日,西安市第十七届人民代表大会"
     "第三次会议在陕西大会堂开幕。\n", 2023),
    ("2月15日,西安市第十七届人民代表大会第三次会议在陕西大会堂开幕。\n"
     "政府工作报告提出,在整体经济发展目标方面,2023年西安市GDP增长7%左右,规模以上工业增加值增长10%以上。\n", None),
    # 梧州 2012, a write-up: the report sums up the first year of the plan, so it is the plan's second
    ("2月2日,梧州市十三届人大二次会议开幕,市长王凯代表市人民政府,向大会作《政府工作报告》。《报告》客观总结我市在"
     "“十二五”开局之年所取得的成绩。\n2012年,是实施“十二五”规划承上启下的重要一年。\n", 2012),
    # 黄州 2022 (a new term's report of November 2021): `具体到2022年,…` names the year of its targets
    ("11月20日,黄州区第六届人民代表大会第一次会议上,代区长陈风作《政府工作报告》。\n报告指出,今后五年,要推动市区经济"
     "实力大幅增强。\n具体到2022年,实现地区生产总值增长13%以上;固定资产投资增长20%。\n", 2022),
    # ... but goals said after the look back win (涪陵 2017: `五年来,…。今后五年,…。具体到2017年,…`)
    ("1月10日，涪陵区第五届人民代表大会第一次会议开幕。区长作政府工作报告。\n报告指出，五年来，涪陵经济实力显著增强。"
     "今后五年，全区生产总值年均增长9%。具体到2017年，全区地区生产总值增长9.5%。\n", 2017),
    # 荣昌 2016 (a write-up): after the five-year review it looks back on, `具体到2015年,…` is the year reviewed
    ("1月12日，荣昌区第一届人民代表大会第一次会议开幕。区长作政府工作报告。\n报告在回顾“十二五”发展成就时指出，五年来，"
     "荣昌经济实力实现跨越。\n具体到2015年，全区地区生产总值增长12.1%，增速高于全市1.1个百分点。\n", 2016),
    # 福州 2026 (a write-up): the year's work is to open the next plan; 沧州 2025's lays the ground for it
    ("政府工作报告提出全市经济社会发展主要预期目标\n今年地区生产总值增长5.5%左右\n20日,提请市十六届人大五次会议审议的"
     "政府工作报告,提出了今年全市经济社会发展主要预期目标。\n根据市委统一部署,今年市政府工作总体要求是:…,保持社会和谐稳定,"
     "奋力实现“十五五”良好开局。\n", 2026),
    ("提请市十五届人大五次会议审议的政府工作报告,提出了今年全市经济社会发展主要预期目标。\n今年市政府工作总体要求是:…,"
     "高质量完成“十四五”规划目标任务,为实现“十五五”良好开局打牢基础。\n", None),
    # 滁州 2024, a notice on the year's work: the year's work to be judged later is no year reviewed
    ("滁州市人民政府关于2024年重点工作及责任分解的通知\n2024年是实现“十四五”规划目标任务的关键一年。"
     "市政府把2024年重点工作完成情况纳入年度目标绩效考核。\n", 2024),
    # 镇海 2022, a plan report cut from its first chapter: `基本情况` heads last year's review
    ("一、2021年国民经济和社会发展基本情况\n宁波市镇海区经济社会实现平稳健康发展。主要指标完成情况如下:\n"
     "——地区生产总值1252.4亿元,增长7.0%;\n", 2022),
    # 深圳 2022, a write-up: the year of the targets it names (主要预期性指标) over a milestone years before
    ("深圳市七届人大二次会议昨日开幕。\n据了解,1980年经济总量仅为2.7亿元;2016年,达到2万亿元;2021年,首次突破3万亿元。\n"
     "2022年,深圳经济社会发展的主要预期性指标为:GDP增长6%左右。\n", 2022),
    # a write-up's review opening on the year with a result measured against expectations (`超预期`, the wording of
    # 2022–23 reviews): the year reviewed, not one of goals (a reviewer's)
    ("1月10日上午,义乌市第十七届人民代表大会第三次会议开幕。\n报告总结了过去一年的工作。2022年,义乌顶住多重超预期因素冲击,"
     "全市实现地区生产总值1835.5亿元、增长4.1%。\n", 2023),
])
def test_year_from_the_opening_of_a_report_or_write_up(text: str, year: int | None) -> None:
    assert meta(text).report_year == year


def test_an_undated_report_is_dated_by_the_latest_plenum_it_names() -> None:
    m = meta("各位代表:\n现在,我代表上杭县人民政府,向大会报告政府工作,请予审议。\n20XX年工作回顾\n"
             "20XX年,县政府全面贯彻党的十九大和十九届二中、三中、四中全会精神,预计实现地区生产总值391亿元。\n")
    assert (m.report_year, m.year_source) == (2020, "body")


def test_a_county_session_alone_gives_no_year() -> None:
    m = meta("3月4日,贞丰县第十四届人民代表大会第四次会议隆重开幕,县委副书记、县人民政府县长秦昌政在大会上"
             "作政府工作报告。\n")
    assert (m.region, m.level, m.report_year) == ("贞丰县", "county", None)


def test_the_session_range_keeps_out_a_year_that_cannot_be() -> None:
    from zhibiao.document.years import YearEvidence, pick_year

    ev = [YearEvidence(2016, "body", 7), YearEvidence(2014, "published", 8)]
    assert pick_year(iter(ev), (2014, 2014)) == YearEvidence(2014, "published", 8)
    assert pick_year(iter([YearEvidence(2016, "date", 2)]), (2014, 2014)).year == 2016  # a date is a date


# --- year: dates, Chinese numerals, headings, body sentences ----------------------------------------
@pytest.mark.parametrize(("line", "date", "year"), [
    ("二〇一〇年一月十五日在南开区第十五届人民代表大会第三次会议上", "2010-01-15", 2010),
    ("二0一六年元月八日在浚县第十五届人民代表大会第四次会议上", "2016-01-08", 2016),
    ("二○一二年二月二十日在马鞍山市第十四届人民代表大会第五次会议上", "2012-02-20", 2012),
    ("——2022年12月12日在拉萨市第十二届人民代表大会第三次会议上", "2022-12-12", 2023),  # plans next year
])  # fmt: skip
def test_delivery_dates_in_chinese_numerals_and_late_in_the_year(line: str, date: str, year: int) -> None:
    m = meta(f"政府工作报告\n{line}\n各位代表：\n现在，我代表人民政府向大会报告工作。\n")
    assert (m.date, m.report_year, m.year_source) == (date, year, "date")


_CN = "〇一二三四五六七八九"


@settings(max_examples=80)
@given(st.integers(1949, 2100), st.sampled_from(["〇", "0", "○", "零"]), st.text("年月日的在上 ", max_size=6))
def test_chinese_numeral_years_read_as_digits(year: int, zero: str, tail: str) -> None:
    spelled = "".join(_CN[int(c)] for c in str(year)).replace("〇", zero)
    out = cn_years(f"关于{spelled}年{tail}")
    assert out == f"关于{year}年{tail}" and len(out) == len(f"关于{spelled}年{tail}")


def test_chinese_numerals_that_are_not_years_stay() -> None:
    assert cn_years("第十二届一三五年") == "第十二届一三五年"
    assert cn_years("三二一〇年") == "三二一〇年"  # not a year from 1949 to 2100


def test_the_year_reviewed_named_by_its_congress_beats_a_later_pages_title() -> None:
    # a city's report kept in a later year's 两会 special (the page's title and date say 2019), its own head giving only
    # its session: the body's `过去的一年,是党的十九大胜利召开之年` dates it 2018
    m = meta("某市人民政府门户网站 - 2019年桂林市“两会”专题 - 政府工作报告\n发布时间：2019-01-21\n政府工作报告\n"
             "——在桂林市第五届人民代表大会第二次会议上\n各位代表：\n一、过去一年工作回顾\n"
             "过去的一年，是党的十九大胜利召开之年。全市生产总值完成2064.5亿元，增长7.2%。\n")
    assert (m.report_year, m.year_source) == (2018, "body")


def test_a_forums_board_of_one_region_names_a_repost_that_names_none() -> None:
    # a forum repost (`顺德论坛 › 凤城时事 › …`) of a district's report that says only `区十四届人大五次会议` and
    # `我代表区人民政府`: the board's region (the replies that named its towns are junk now)
    m = meta("顺德论坛 › 凤城时事 › 区长今天做的政府工作报告，大家看看（转）\n"
             "今天上午区十四届人大五次会议开幕，区长在会上做了政府工作报告。\n各位代表：\n现在，我代表区人民政府，向大会作"
             "政府工作报告。\n一、2008年工作回顾\n全区实现地区生产总值1560亿元，增长10.5%。\n")
    assert (m.region_code, m.level) == ("440606", "county")


def test_review_heading_beats_a_title_year() -> None:  # sites title a report by the year it reviews
    m = meta("道外区2009年政府工作报告\n各位代表:\n我代表区人民政府,向大会作工作报告,请予审议。\n"
             "2009年工作简要回顾\n2009年是极不寻常的一年,圆满完成了区十五届人大三次会议确定的各项任务。\n")
    assert (m.region, m.report_year, m.year_source) == ("道外区", 2010, "body")


@pytest.mark.parametrize(("text", "year"), [
    ("徐建役在报告中说,2017年是本届政府的开局之年。一年来,在市委的坚强领导下,较好完成了目标任务。", 2018),
    # 大众日报-style lead on 山东 2015: the year described, its results later compared with the target set at its start
    ("郭树清说,2014年是全面深化改革的开局之年。面对经济下行压力,全省上下稳中求进。\n报告显示,2014年全省实现生产总值"
     "5.94万亿元,增长8.7%,虽比年初预期的9%左右低0.3个百分点。", 2015),
    # (a year set against its start after the whole year follows a part, or after effort said done, is reviewed; one
    # set in line with its start is planned; a comment after it plans nothing: reviewers' probes)
    ("2014年是改革之年。2014年，全市经济前三个月增速放缓，此后逐季回升，全年生产总值增长8%，略低于年初预期。", 2015),
    ("2014年是改革之年。2014年，经过艰苦努力，全市生产总值增长7.9%，略低于年初预期。", 2015),
    ("2014年是改革之年。2014年全市生产总值增长9.5%，高于年初预期，这一成绩来之不易，必须倍加珍惜。", 2015),
    ("2014年是改革之年。2014年全市生产总值增长8%左右，与年初省里确定的目标相衔接。", 2014),
    # (nor a year whose start is named where its work is still to come, or a part of it: reviewers' probes; a title's
    # year stands above it)
    ("2014年是全面深化改革元年。今年以来,全市经济平稳运行。2014年前三季度全市地区生产总值增长8.3%,略低于年初预期。",
     2014),
    ("宁波今年GDP目标增长6.5%\n2019年是新中国成立70周年。2019年年初确定的十大民生实事项目要按期完成。", 2019),
    ("2016年是“十三五”开局之年。2016年年初确定的主要预期目标是:地区生产总值增长7.5%左右。", 2017),
    # (but a start-of-year target of another year says nothing of this one)
    ("2014年是全面深化改革的开局之年。面对经济下行压力,全省上下稳中求进。\n2013年全省生产总值增长9.6%,高于年初预期。",
     2014),
    ("2025年是“十四五”规划收官之年。做好今年工作,意义重大。", 2025),
    ("马中奇在报告中指出,做好2013年的政府工作,对于顺利实施“十二五”发展规划至关重要。", 2013),
    ("王三运在报告中说,刚刚过去的2008年,安徽省政府较好地完成了年度目标任务。", 2009),
    ("今年是党的十九大胜利召开之年,是实施“十三五”规划的重要一年。", 2017),
    ("今年是中国共产党成立一百周年,也是“十四五”规划开局之年。", 2021),
    ("今年是新中国成立70周年,做好今年工作意义重大。", 2019),
    ("2023年,徐州坚持稳字当头、稳中求进,铆足拼劲干劲。", 2024),  # a paragraph opening on last year
    # a county's page that starts at its targets: the chapter after them names the year (海南 2024)
    ("今年经济社会发展主要预期目标是:全县地区生产总值增长8%左右。\n三、2024年主要工作安排\n围绕上述目标,重点抓好以下九个方面工作。",
     2024),
    # 中证网 on 上海 2021: a headline proposing the year's target (`建议` sets it, it reports no result)
    ("龚正: 建议2021年上海全市生产总值增长6%以上\n1月24日,上海市第十五届人民代表大会第五次会议开幕。", 2021),
    # 浙江 2009: a year summed up as gone by in the second clause of its sentence
    ("2008年,是本届政府履行职责的第一年,也是很不寻常、很不平凡的一年。面对国际金融危机,省政府积极应对。", 2009),
    # 中国发展门户网 on 江西 2012: the report's `2012年的一系列经济社会发展目标`
    ("生产总值增长10%,CPI控制在4%左右……代省长所作的政府工作报告中,2012年的一系列经济社会发展目标,显得格外醒目。", 2012),
    # 江苏 2009, a spokesman's press release in traditional characters: the start of a year looked back on
    ("江蘇省政府新聞發言人2日向媒體介紹,2008年初,江蘇省政府將全年經濟社會發展目標任務分解成50項重點工作。"
     "一年來,各項工作完成情況較好,經濟社會發展主要目標全面實現。", 2009),
    ("2024年初,我们将全年目标任务分解到各部门。全市上下要坚定信心。", None),
    # (a year's start when its congress met, then looked back on; a township's sessions: reviewers' probes of a rule
    # tried and withdrawn, which dated such pages by the session)
    ("2019年初，市第十五届人民代表大会第四次会议召开，确定了全年地区生产总值增长8%的目标。一年来，全市上下团结奋斗，"
     "地区生产总值增长8.3%。", 2020),
    ("2023年初，各乡镇人民代表大会陆续召开。全年全县地区生产总值增长6.5%。", 2024),
    # 锡林郭勒盟 2017, a write-up of the year's work: a Party congress still to meet is that year's
    ("扎实做好稳增长、调结构各项工作,以优异成绩迎接自治区成立70周年,迎接党的十九大胜利召开。", 2017),
    ("奋力谱写高质量发展新篇章,以实际行动喜迎党的二十大。", 2022),
    # (a reviewer's: the congress's spirit carried out, or the year it met looked back on, is the year after's;
    # `喜迎十七大` in quotes names a campaign)
    ("过去的一年，我们以迎接党的十九大胜利召开为主线，全面贯彻党的十九大和十九届二中全会精神，扎实做好各项工作。",
     2018),
    ("过去一年，我们以优异成绩迎接党的十九大胜利召开，认真贯彻落实党的十九大各项决策部署。", None),
    ("全县开展“喜迎十七大”系列活动，群众文化生活丰富多彩。", None),
    # (or a write-up's next sentence saying the report set this year's targets: 《领导决策信息》 on the nation, 2023)
    ("2023年,是全面贯彻党的二十大精神的开局之年。政府工作报告明确提出今年发展的主要预期目标是:国内生产总值增长5%左右。",
     2023),
    # (nor its spirit taken as guide without a verb, nor the congress welcomed and then met: a second reviewer's)
    ("过去一年工作回顾\n（一）经济发展稳中有进\n全县上下以习近平新时代中国特色社会主义思想和党的十九大精神为指导，"
     "以优异成绩迎接党的十九大胜利召开。", None),
    ("以实际行动喜迎二十大。全县迎来党的二十大胜利召开，党的二十大擘画了宏伟蓝图。", None),
    # (the targets set out after 是: are no targets said done)
    ("2019年,是新中国成立70周年,是全面建成小康社会关键之年。今年经济社会发展的主要预期目标是:实现地区生产总值增长7%左右。",
     2019),
    # (not a year the city's leaders set targets for at its start, looked back on: a reviewer's)
    ("2023年,是全面贯彻党的二十大精神的开局之年。年初,市委、市政府明确提出今年的主要目标是:地区生产总值增长6%左右。"
     "一年来,全市上下攻坚克难。", None),
    # (and a year whose targets are said done, or that a write-up says the report looked back on, is no year planned)
    ("2019年,是新中国成立70周年,是全面建成小康社会关键之年。今年经济社会发展的主要预期目标全面完成,预计地区生产总值增长7.2%。",
     None),
    ("报告回顾,2018年,是改革开放40周年,是决胜全面建成小康社会的关键之年。今年工作的总体要求是:坚持稳中求进。", None),
    # 开福 2018, a page opening on the year reviewed and its targets said met (no comma after the year)
    ("2017年党的十九大胜利召开,我们认真贯彻习近平新时代中国特色社会主义思想,较好地完成了年初确定的各项目标任务。"
     "全区完成地区生产总值907亿元,增长8%。", 2018),
    # (not a year whose targets are still to be met: `2018年,我们将…确保完成全年目标任务`)
    ("2018年是改革开放40周年,全区上下要确保完成全年目标任务。", 2018),
    # the year reviewed named by the congress that met in it (`过去的一年,是党的十九大胜利召开之年`: 2017, the report
    # of 2018)
    ("过去的一年，是党的十九大胜利召开之年，也是极不平凡的一年。全市经济社会保持平稳健康发展。", 2018),
    # (not the year after it, `…召开之年后的第一年`: a reviewer's)
    ("过去的一年，是党的十九大胜利召开之年后的第一年。2018年全市地区生产总值增长6.4%。", 2019),
    # (a span of years or part of a year opening the paragraph is no year reviewed: a reviewer's)
    ("2016年至2020年，全县上下团结奋斗，圆满完成了各项目标任务。", None),
    ("2024年1-6月，全县地区生产总值完成了全年目标的52%。", None),
    ("2024年截至11月底,全县圆满完成了各项目标任务。", None),
    ("2024年1–6月,全县完成了全年目标的52%。", None),
    # 昆明 2017, an infographic's heading on a bare year's record above last year's figures
    ("昆明市委全会提出2017年目标\n2016成绩\n预计实现GDP4285亿元增长8.5%\n", 2017),
    # 绩溪 2019, a page opening on the year's work: the year described, then planned
    ("2019年,是新中国成立70周年,是全面建成小康社会关键之年。今年工作的总体要求是:以新发展理念为统领。", 2019),
    ("2018年,是改革开放40周年,是决胜全面建成小康社会的关键之年。一年来,我们坚持稳中求进。", 2019),
    # 醴陵 2023 looking back on 2022: a congress met and studied is no year of its own
    ("一年来,我们以迎接党的二十大召开和学习宣传贯彻党的二十大精神为主线,扎实做好各项工作。", None),
    # an undated county report: the congress told as held in the year reviewed, not named 之年 (a 2023 report)
    ("过去一年，党的二十大胜利召开，擘画了全面建设社会主义现代化国家的宏伟蓝图。一年来，我们攻坚克难。", 2023),
    # ... or the year reviewed named as a plan's first year (a 2012 report that prints no year)
    ("过去的一年是\"十二五\"开局之年，也是我县经受多重考验、实现平稳较快发展的一年。", 2012),
    ("去年是“十三五”规划收官之年，全县上下顽强拼搏。", 2021),
    # a write-up's anniversary in a later clause of the sentence that says what this year is (淮北 2018, no year
    # printed)
    ("报告指出，今年是贯彻党的十九大精神的开局之年，是改革开放40周年，是决胜全面建成小康社会的关键一年。", 2018),
    # (not an anniversary the later clause looks forward to or beyond: a reviewer's)
    ("今年是决胜全面建成小康社会的关键之年，是迎接建党100周年的重要一年。", None),
    ("今年是全面建设社会主义现代化的关键之年，是建党100周年之后的新起点。", None),
    # (the congress held beside another: the common 2023 wording)
    ("过去一年，党的二十大和省第十二次党代会胜利召开。", 2023),
])  # fmt: skip
def test_year_from_body_sentences(text: str, year: int | None) -> None:
    m = meta(f"各位代表：\n现在，我代表人民政府向大会报告工作。\n{text}\n")
    assert (m.report_year, m.year_source) == ((year, "body") if year else (None, None))


# --- clutter -----------------------------------------------------------------------------------------
def test_a_repost_stamp_does_not_give_the_year() -> None:
    m = meta("區政府工作會議的講話\n\n時間:2022-07-15 08:03:00\n\n各位代表:\n\n"
             "現在,我代表區人民政府向大會報告工作。\n\n一、2008年工作回顧\n\n2008年是××歷史上很不平凡的一年,圓滿完成了區六屆人大二次會議確定的各項目標任務。\n")
    assert (m.report_year, m.year_source, m.region) == (2009, "body", None)


def test_a_stamp_alone_gives_no_year_unless_the_report_names_it() -> None:
    masked = ("市区政务工作报告\n时间:2022-06-11 04:45:00\n一、年工作回顾\n年是新世纪以来经济发展最为困难的一年,"
              "全面完成了市十二届人大五次会议确定的各项目标任务。\n")
    assert meta(masked).report_year is None
    news = ("发布时间:2008-03-06 08:39:18 信息来源:桃源县政府网\n桃源县第十五届人民代表大会第二次会议3月4下午3:00"
            "在县剧院隆重开幕。县人民政府县长龚德汉向大会作政府工作报告。\n龚德汉在报告中对2007年的政府工作进行了回顾"
            "和总结。\n")
    m = meta(news)
    # (the year reviewed, `对2007年的政府工作进行了回顾`, now dates it from the body before the stamp does)
    assert (m.region, m.report_year, m.year_source) == ("桃源县", 2008, "body")


@pytest.mark.parametrize(("stamp", "year"), [("2022-02-10 17:09", 2022), ("2022-07-10 17:09", None)])
def test_a_page_headed_as_the_report_and_stamped_in_session_season_is_dated_by_the_stamp(
        stamp: str, year: int | None) -> None:
    # 皖西日报 2022 on 六安: the digest names no year, only `过去四年`
    m = meta(f"政府工作报告(摘编)\n\n发布日期:{stamp}来源: 皖西日报\n\n过去四年,六安发展站上新的历史起点\n\n"
             "四年来,全市上下坚持以习近平新时代中国特色社会主义思想为指导,推动六安发展站在新的历史起点上。\n\n"
             "生产总值达到1923.5亿元,年均增长7.7%;一般公共预算收入147.5亿元,年均增长6.9%。\n")
    assert (m.report_year, m.year_source) == ((year, "published") if year else (None, None))


def test_lines_above_the_report_title_are_the_page_around_it() -> None:
    m = meta("专题：2019年全国两会\n政府工作报告\n——在马鞍山市第十五届人民代表大会第五次会议上\n市长 魏尧\n"
             "各位代表：\n现在，我代表市人民政府，向大会报告政府工作。\n一、2015年工作回顾和“十二五”发展成就\n")
    assert (m.region, m.report_year, m.year_source) == ("马鞍山市", 2016, "body")


def test_a_plan_record_to_hand_in_is_a_task_not_a_plan_ended() -> None:
    # `答卷` is most often still to write (`确保高质量交出“十三五”答卷`, a reviewer's): the title's year holds
    m = meta("2020年某某县政府工作报告\n各位代表：\n现在，我代表县人民政府向大会报告工作。\n"
             "三、确保高质量交出“十三五”答卷\n今年经济社会发展的主要预期目标是:地区生产总值增长6%左右。\n")
    assert m.report_year == 2020


# --- region --------------------------------------------------------------------------------------------
def test_no_name_across_a_word_boundary() -> None:
    g = load()
    assert [x.name for x in g.mentions("省委常委会议和县委书记座谈会")] == []
    assert [x.name for x in g.mentions("县委副书记、代理县长胡宏林作报告")] == []
    assert [x.name for x in g.mentions("在和县第十七届人民代表大会第三次会议上")] == ["和县"]
    assert [x.name for x in g.mentions("2024年和县政府工作报告")] == ["和县"]
    assert [x.name for x in g.mentions("马鞍山市和县人民政府")] == ["马鞍山市和县"]


@settings(max_examples=60)
@given(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), st.sampled_from(["和县", "理县", "沙县", "吉县"]))
def test_two_character_names_need_a_boundary(prev: str, name: str) -> None:
    found = [x.name for x in load().mentions(f"会议{prev}{name}委")]
    # (the characters that end a word before a name are the data file's, `boundary_before`)
    ok = prev in load()._before or any(f"会议{prev}"[k:] in load()._by_name for k in range(3))
    assert (name in found) == ok or any(len(n) > 2 for n in found)


def test_county_from_the_congress_and_not_from_the_acting_head() -> None:
    m = meta("10月20日上午,麻阳苗族自治县第八届人民代表大会第一次会议开幕。县委副书记、代理县长胡宏林作"
             "县人民政府工作报告。一图划重点速览:\n")
    assert (m.region, m.region_source, m.report_year) == ("麻阳苗族自治县", "session", None)


def test_a_county_report_is_never_its_province() -> None:
    text = ("××县政府工作报告\n各位代表：\n现在，我代表县人民政府向大会报告工作。\n"
            "2014年，全县生产总值增长8%，增速居安徽省第5位，安徽省表彰我县为安徽省农业先进县。\n")
    m = meta(text)
    assert (m.region, m.region_code, m.report_year) == (None, None, 2015)


def test_prefecture_meeting_held_in_a_county_town() -> None:
    m = meta("州十二届人大一次会议隆重开幕\n发布时间:2012-01-11 21:57:25\n"
             "1月11日,迪庆藏族自治州第十二届人民代表大会第一次会议在香格里拉县城隆重开幕。\n"
             "黄政红代表州人民政府向大会作《政府工作报告》。\n刚刚过去的2011年,是实施“十二五”规划的开局之年。\n")
    assert (m.region, m.level, m.report_year) == ("迪庆藏族自治州", "prefecture", 2012)


def test_region_from_a_dateline() -> None:
    m = meta("本报威海4月15日讯 15日上午,市第十六届人民代表大会第一次会议隆重开幕。代市长张惠代表市人民政府"
             "向大会作工作报告。政府工作报告分为四部分:一、第十五届政府工作回顾;三、2012年政府工作安排。\n")
    assert (m.region, m.region_source) == ("威海市", "dateline")


def test_the_outlet_a_page_credits_is_not_the_region() -> None:
    # 重庆 2015 reposted by 福州在线: the outlet's place in its credit line is no issuer
    m = meta("2015-01-19 16:02:18来源:福州在线\n工作报告提出,2015年,我市GDP增长10%左右。将怎样来实现这个目标?\n"
             "现在,重庆正处在一个可持续发展的好势头,我们必须维护好。2015年,重庆工作报告确定的GDP增长目标,"
             "相比全国其他省市,仍是个高速度。重庆要保持这样的好势头。\n")
    assert m.region == "重庆市"
    # (a government site as the source still tells the issuer)
    m = meta("2007年政府工作报告\n日期:2010-11-27 11:03 来源:黄石市人民政府\n各位代表:\n现在,我代表市人民政府向大会作"
             "政府工作报告,请予审议。\n")
    assert m.region == "黄石市"


def test_a_dateline_of_another_level_is_not_the_region() -> None:
    m = meta("中广网合肥1月14日消息 1月14日上午,安徽省第十一届人民代表大会第二次会议在安徽大剧院隆重开幕。"
             "安徽省人民政府省长王三运作《政府工作报告》。\n")
    assert (m.region, m.region_source, m.report_year) == ("安徽省", "session", 2009)


def test_a_region_said_to_hold_its_congress_is_the_region_not_the_dateline() -> None:
    # 新疆 2017 (中国经济网): the region convenes its congress (`召开第十二届…`); the dateline is its capital
    m = meta("中国经济网乌鲁木齐1月12日讯 (记者查燕荣) “2016年新疆预计地区生产总值(GDP)9550亿元,增长7.6%。”9日,"
             "新疆维吾尔自治区召开第十二届人民代表大会第五次会议,自治区主席雪克来提.扎克尔向大会作政府工作报告时如是说。\n")
    assert (m.region, m.region_source) == ("新疆维吾尔自治区", "session")


def test_a_disclosure_pages_fields_give_no_title_or_year() -> None:
    # 桐城 2011 on a government disclosure page re-posted in 2015: its fields and the related report's title line are
    # page clutter; the title in Chinese numerals gives the year
    m = meta("桐城市政府信息公开网\n索引号：003198516/201502-00031　　信息分类：规划计划\n"
             "生成日期：2015-02-11　　文　　号：无　　关键词：计划执行情况 计划草案\n"
             "相关信息：关于桐城市2014年国民经济和社会发展计划执行情况与2015年计划草案的报告\n\n"
             "关于桐城市二〇一〇年国民经济和社会发展计划执行情况与二〇一一年国民经济和社会发展计划草案的报告\n"
             "——在桐城市第十五届人民代表大会第五次会议上\n各位代表：\n")
    assert (m.report_year, m.year_source, m.report_type) == (2011, "title", "plan_report")


def test_a_titles_year_stands_above_a_start_of_year_target_named() -> None:
    # (reviewers' probes: `2021年年初计划开工重点项目300个` under its title is the year's plan, not a look back)
    m = meta("青岛市2021年政府工作报告\n2021年是“十四五”开局之年。2021年年初计划开工重点项目300个。\n")
    assert (m.report_year, m.year_source) == (2021, "title")


def test_a_county_said_to_hold_its_session_with_no_number_is_the_region() -> None:
    # 自由时报 on 瑞安 2022: `温州市所辖的县级市瑞安市日前召开人大会议`, the session named by no term or meeting
    m = meta("〔两岸经贸〕温州瑞安订今年GDP成长6.5％目标\n〔记者林佳蓉／综合报导〕大陆浙江省温州市所辖的县级市瑞安市"
             "日前召开人大会议，瑞安市长在会中提出政府工作报告，订定2022年地区生产总值成长6.5％左右的目标，与温州市订定的7％"
             "目标相比略为保守。\n")
    assert (m.region, m.region_code, m.region_source) == ("温州市瑞安市", "330381", "session")


def test_a_city_naming_its_province_as_often_as_itself_is_the_city() -> None:
    # 青岛 2025, a page starting mid-report: `对山东、对青岛工作的重要指示要求`, twice; the city speaks
    m = meta("我们也清醒看到,全市经济社会发展还面临一些困难挑战。\n二、2025年工作总体要求和主要目标\n"
             "深入贯彻落实习近平总书记对山东、对青岛工作的重要指示要求,锚定“走在前、挑大梁”,坚持稳中求进。"
             "把习近平总书记对山东、对青岛工作的重要指示要求作为根本遵循。地区生产总值增长5.5%左右。\n")
    assert m.region == "青岛市"


def test_region_from_a_government_sites_dateline() -> None:
    # 吴川市人民政府网 2020: the site is the issuer's own government's
    m = meta("市第十六届人大六次会议隆重开幕\n吴川市人民政府网讯 5月19日上午,市第十六届人大六次会议在博物馆报告大厅"
             "隆重开幕,为加快建设湛茂阳沿海经济带重要滨海城市建言献策。\n")
    assert (m.region, m.region_source) == ("吴川市", "dateline")


def test_region_from_a_papers_dateline_without_a_date() -> None:
    # a paper's own dateline (a reviewer's probes of news items); `本报讯` alone names no place
    text = "2月14日，市六届人大五次会议开幕。市长在政府工作报告中说，去年全市生产总值增长7%。\n"
    m = meta("本报嘉兴讯（记者 李楠）" + text)
    assert (m.region, m.region_source) == ("嘉兴市", "dateline")
    assert meta("本报讯（记者 李楠）" + text).region is None
    # (but never the paper's name: a provincial or city paper over a county's story, `新民晚报讯`; a second reviewer's)
    assert meta("浙江日报讯 记者从安吉两会上获悉，2024年安吉县地区生产总值预期增长7%左右。\n").region == "安吉县"
    assert meta("新民晚报讯 昨天，市人大会议开幕，报告指出，2023年，全市地区生产总值增长5%。\n").region is None


def test_a_city_congress_is_never_the_province_named_in_passing() -> None:
    # a 2009 city report on a contributors' site: `市四届人大` is a city's congress, 广东省委 a higher body
    m = meta("一、年工作回顾\n年是极不寻常、极不平凡的一年。全市人民在党中央、国务院、广东省委、省政府和市委的"
             "正确领导下,圆满完成了市四届人大五次会议确定的各项目标任务。\n全年实现本市生产总值7806.5亿元。\n")
    assert m.region is None


def test_a_short_name_said_once_names_the_speakers_region_when_its_parent_is_named_too() -> None:
    # 五华区 2023: `我代表区人民政府`, the district's short name once, its city named elsewhere
    m = meta("各位代表:\n现在,我代表区人民政府向大会报告工作,请予审议。\n一、2022年工作回顾\n"
             "过去一年,在市委、市政府和区委的坚强领导下,以“当好排头兵、五华在争先”大竞赛活动为主线,"
             "全区地区生产总值增长4.5%。\n主动融入昆明发展大局。\n")
    assert m.region_code == "530102"


def test_a_district_its_lead_repeats_wins_over_its_city_named_once() -> None:
    # 洛江区 2025 (page 2 of the report): `泉州市` once, in a company's name; `洛江` twice
    text = ("二、2025年政府工作目标任务\n各位代表,2025年是“十四五”规划收官之年。全领域加快建设更高水平的智造洛江、"
            "生态新城,奋力谱写中国式现代化洛江篇章。经济社会发展主要预期目标是:地区生产总值增长6.2%。\n"
            "支持泉州市云箭科技等企业发展。\n")
    assert meta(text).region_code == "350504"
    # named once, a district is no more than a place the city's report names
    assert meta(text.replace("生态新城,奋力谱写中国式现代化洛江篇章", "生态新城")).region_code == "350500"


@pytest.mark.parametrize("line", [
    "紧紧依靠全区干群,解放思想,开拓创新,圆满完成了区六届人大确定的目标任务。",  # 解放区 of 焦作
    "复星集团、龙湖地产等中国民营500强企业投资项目启动建设。",  # 龙湖区 of 汕头
])  # fmt: skip
def test_a_short_name_said_once_in_an_everyday_word_names_no_region(line: str) -> None:
    m = meta(f"各位代表:\n现在,我代表区人民政府向大会报告工作,请予审议。\n一、2017年工作回顾\n{line}\n"
             "全区地区生产总值增长7.5%。\n")
    assert m.region is None


def test_a_partner_named_once_is_no_issuer() -> None:
    # 东丽区 2024's plan report, naming no region of its own: another district's plan it carries out, named once
    text = ("各位代表:\n受区政府委托,现将我区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案提请"
            "大会审议。\n一、2023年国民经济和社会发展计划执行情况\n全区地区生产总值增长5%。\n"
            "深度融入“双城”发展格局。{}滨海新区高质量发展支撑引领行动相关部署,加强互访互通,两区开展专题座谈会等对接活动21次。\n")
    assert meta(text.format("落实")).region is None
    assert meta(text.format("对接")).region is None
    # (named so without such a word, the district is still taken for the issuer)
    assert meta(text.format("")).region_code == "120116"
    # (nor are the issuer's own bodies and plans after such a word: a reviewer's `落实涟源市委决策部署`)
    own = ("政府工作报告\n各位代表：\n一、2013年工作回顾\n"
           "过去一年，我们坚决落实{}，全市地区生产总值完成210亿元，增长10.5%。\n")
    assert meta(own.format("涟源市委决策部署")).region == "涟源市"
    assert meta(own.format("涟源市“十二五”规划")).region == "涟源市"


def test_a_slogans_new_before_a_short_name_is_a_word_boundary() -> None:
    # 海东 2020: `建设…新海东` in the headline; a partner city named once in the body is no issuer
    m = meta("坚决打赢疫情防控阻击战 为加快建设城乡统筹新海东而努力奋斗 ——政府工作报告摘登\n"
             "2019年,在市委的坚强领导下,市人民政府圆满完成了市二届人大六次会议确定的主要目标任务。\n"
             "三大攻坚取得显著成效。全市脱贫摘帽“清零”工作强势推进,贫困发生率由年初的1.83%下降到0.03%。"
             "全市地区生产总值同比增长7%。与无锡市持续深化东西部扶贫协作,争取帮扶资金1.2亿元。\n")
    assert m.region_code == "630200"


def test_is_before_a_short_name_is_a_word_boundary() -> None:
    # 桦川 2023: the county speaks of itself as `县`, and names itself only in `也是桦川振兴…` and `新桦川`
    text = ("政 府 工 作 报 告\n── 2023年1月8日在县第十八届人民代表大会第二次会议上\n县长 李水泉\n各位代表:\n"
            "现在,我代表县政府向大会报告工作,请予审议。\n一、2022年工作回顾\n"
            "2022年,是党和国家历史上具有里程碑意义的一年,也是桦川振兴发展进程中极不寻常的一年。\n"
            "“活力、魅力、幸福的新桦川”建设取得积极进展。地区生产总值增长6%。\n")
    assert meta(text).region_code == "230826"
    # said once, it is still no issuer
    assert meta(text.replace("也是桦川振兴", "也是振兴")).region is None


def test_a_possessive_before_a_short_name_before_its_congress_is_a_word_boundary() -> None:
    # 息县 2016 (a county news page): `备受全县人民关注的息县第十三届人民代表大会`, the county named nowhere else
    text = ("发布时间:2016-02-27 13:03\n"
            "2月25日上午,备受全县人民关注的息县第十三届人民代表大会第五次会议在县一高隆重开幕。\n"
            "县十三届人大五次会议应到代表288名,出席会议代表260名。\n在热烈的掌声中,县长赵君峰作《政府工作报告》。\n")
    assert meta(text).region_code == "411528"


def test_a_citys_short_name_said_three_times_inside_words_names_it() -> None:
    # 宜春 2023 (the plan chapter only): `传承宜春…`, `推动宜春…`, `现代化宜春` - never at a word boundary
    text = ("二、2023年工作安排\n2023年是全面贯彻落实党的二十大精神的开局之年。做好今年工作,要大力弘扬伟大建党精神,"
            "传承宜春“率人之先、敢为天下先”的历史基因,推动宜春高质量跨越式发展全面进位,"
            "凝心聚力全面建设社会主义现代化宜春。\n全市经济社会发展的主要预期目标是:地区生产总值增长7%左右。\n")
    assert meta(text).region_code == "360900"
    # twice is not enough: a pair of characters can meet by chance
    assert meta(text.replace("推动宜春高质量", "推动高质量")).region is None


def test_region_from_the_issuer_of_a_traditional_text() -> None:
    m = meta("現在,我代表南開區人民政府,向大會作政府工作報告,請予審議。\n2009年工作回顧\n")
    assert (m.region, m.region_source, m.report_year) == ("南开区", "issuer", 2010)


def test_traditional_variant_characters_in_names() -> None:
    m = meta("政府工作報告\n——2013年3月6日在濬縣第十四屆人民代表大會第二次會議上\n濬縣人民政府縣長 鄭輝\n各位代表：\n")
    assert (m.region, m.region_code) == ("浚县", "410621")


def test_a_province_the_text_never_names_is_null() -> None:
    m = meta("(2007年2月1日 羅清泉)\n各位代表:\n現在,我代表省人民政府向大會作政府工作報告。\n一、2006年工作的回顧\n"
             "2006年,在黨中央、國務院和省委的正確領導下,我省社會主義現代化建設取得令人鼓舞的新成就。\n")
    assert (m.region, m.report_year, m.date) == (None, 2007, "2007-02-01")


def test_a_session_broken_over_two_lines() -> None:
    m = meta("2010年政府工作报告(全文)\n2010年2月24日在杨陵区第七届\n人民代表大会第四次会议上\n杨陵区区长 董胜利\n"
             "各位代表:\n")
    assert (m.region, m.date, m.session) == ("杨陵区", "2010-02-24", Session(7, 4))


def test_a_district_name_many_cities_share_is_told_by_its_neighbours() -> None:
    g = load()
    assert g.resolve("鼓楼区", 2015) is None  # 南京, 福州, 徐州, 开封 …
    assert g.resolve("鼓楼区", 2015, "与秦淮区、玄武区一道推进老城更新").full_name == "南京市鼓楼区"
    m = meta("鼓楼区2015年政府工作报告\n各位代表：\n现在，我代表区人民政府向大会报告工作。\n"
             "一、2014年工作回顾\n与台江区、仓山区协同推进三坊七巷保护。\n")
    assert (m.region, m.report_year) == ("鼓楼区", 2015)


def test_division_names_that_are_everyday_words_need_their_parent() -> None:
    g = load()
    assert [x.name for x in g.mentions("市区政务工作报告\n城区面积扩大到80平方公里,郊区农民增收")] == []
    assert [x.name for x in g.mentions("阳泉市城区人民政府")] == ["阳泉市城区"]
    # an honour's title is no district (君山 2023: `连续十三年保持全省平安区称号`)
    assert [x.name for x in g.mentions("连续十三年保持全省平安区称号")] == []
    assert [x.name for x in g.mentions("海东市平安区人民政府")] == ["海东市平安区"]
    m = meta("市区政务工作报告\n时间:2022-06-11 04:45:00\n一、年工作回顾\n全面完成了市十二届人大五次会议确定的"
             "各项目标任务。\n")
    assert (m.region, m.report_year) == (None, None)


@pytest.mark.parametrize(("stamp", "year"), [("2012-01-11 21:57:25", 2012), ("2012-04-20 09:00:00", None)])
def test_a_stamp_days_after_the_session_it_reports_dates_it(stamp: str, year: int | None) -> None:
    m = meta(f"州十二届人大一次会议隆重开幕\n发布时间:{stamp}\n"
             "▲ 1月11日,迪庆藏族自治州第十二届人民代表大会第一次会议在香格里拉县城隆重开幕。\n"
             "黄政红代表州人民政府向大会作《政府工作报告》。\n")
    assert (m.region, m.report_year) == ("迪庆藏族自治州", year)
    assert m.year_source == ("published" if year else None)


def test_a_stamp_dates_the_session_a_news_page_says_opened_yesterday() -> None:
    # 太原 2009 (a traditional-character repost): `在昨日开幕的市十二届人大四次会议上`, stamped the next day
    m = meta("應對危機挑戰 加快太原發展\n2009-4-27 19:33:00 來源:網絡\n"
             "在昨日開幕的市十二屆人大四次會議上,政府工作報告中提出了今年政府工作的主要任務、具體目標。\n"
             "●主要預期目標\n地區生產總值增長8%左右。\n")
    assert (m.report_year, m.year_source) == (2009, "published")
    # a stamp on a line of the page's fields (`来源：…`, a junk line) dates the `昨日` of the session too (包头 2018)
    m = meta("挤干水分轻装上阵 今年经济增长预期定在6%左右\n——市十五届人大二次会议政府工作报告解读\n"
             "来源：包头日报　　2018-01-10 07:45　　记者 刘晓燕\n"
             "昨日上午，市十五届人大二次会议在市会展中心开幕。市长赵永刚代表市人民政府向大会作政府工作报告。\n")
    assert (m.report_year, m.year_source) == (2018, "published")
    # with no day said against the stamp, an April stamp dates nothing
    m = meta("應對危機挑戰 加快太原發展\n2009-4-27 19:33:00 來源:網絡\n"
             "在市十二屆人大四次會議上,政府工作報告中提出了今年的主要任務。\n")
    assert m.report_year is None


def test_a_year_said_to_have_opened_a_plan_dates_a_text_naming_no_year() -> None:
    # 南阳 2017 (a write-up of a delegation's review): `去年…全市生产总值增长8.5%…,实现了“十三五”良好开局`
    text = ("市人大常委会主任到社旗县代表团与人大代表一起审议政府工作报告。\n他说,去年在经济新常态背景下,全市生产总值"
            "增长8.5%、高于全省0.4个百分点,实现了“十三五”良好开局。\n")
    assert meta(text).report_year == 2017
    # (a plan still to be opened is its first year, `奋力实现“十四五”良好开局`)
    assert meta(text.replace("实现了“十三五”良好开局", "奋力实现“十四五”良好开局")).report_year == 2021
    # (a year the text names outranks it)
    assert meta("2018年政府工作报告\n" + text).report_year == 2018
    # (the year's own tasks done beside it, or the term's first year, still say one year: a reviewer's cases)
    assert meta("县政府工作报告\n各位代表:\n过去一年,全县经济社会发展主要目标任务圆满完成,实现了“十四五”良好开局。\n"
                ).report_year == 2022
    assert meta("县政府工作报告\n去年是本届政府的开局之年,我们实现了“十四五”良好开局。\n").report_year == 2022
    assert meta("县政府工作报告\n过去一年,我们全面完成了“十四五”开局之年各项目标任务,实现了“十四五”良好开局。\n"
                ).report_year == 2022
    # (not a five-year review, nor a plan closed in the same sentence)
    assert meta("政府工作报告\n过去五年,我们统筹发展和安全,实现了“十四五”良好开局,胜利完成“十四五”规划目标任务。\n"
                ).report_year is None
    # said without 了 in a sentence that looks back on one year (汕尾日报 on 城区 2022)
    text = ("城区第九届人民代表大会第二次会议于6月15日开幕,区长李绪代表城区人民政府向大会作政府工作报告。"
            "报告指出,一年来,城区坚持稳中求进工作总基调,各项事业取得长足进步,实现“十四五”良好开局。\n")
    assert meta(text).report_year == 2022
    # (but a year still to open it, `今年要…实现`, says nothing of the year before; nor a look back that does not
    # open its clause, nor a clause striving or laying ground for it: a reviewer's)
    assert meta(text.replace("实现“十四五”良好开局", "今年要实现“十四五”良好开局")).report_year is None
    for line in ("在去年取得决定性成就的基础上,我们要全力以赴实现“十四五”良好开局。",
                 "面对去年以来的疫情冲击,我们奋力推动实现“十四五”良好开局。",
                 "一年来,全区上下团结奋斗,为全面实现“十四五”良好开局打下坚实基础。",
                 "过去一年,全市上下加快实现“十五五”良好开局。"):
        assert meta("区政府工作报告\n各位代表:\n" + line + "\n").report_year is None, line


def test_a_write_ups_question_on_the_years_plan_dates_it() -> None:
    # 川观新闻 on 宜宾 2026: the question a reporter answers from the report
    text = ("宜宾市第六届人民代表大会第七次会议\n1月20日上午,宜宾市第六届人民代表大会第七次会议召开,"
            "宜宾市长向大会作政府工作报告。\n2026年宜宾经济社会发展的重点是什么?又有哪些发展目标?"
            "记者从会上了解到,今年宜宾将重点围绕以下八个方面开展工作。\n")
    assert meta(text).report_year == 2026
    # (not a year whose plan was done: `2025年…发展的目标完成得如何?` asks no such question; nor a far goal's year)
    assert meta(text.replace("的重点是什么", "的目标完成得如何")).report_year is None
    assert meta(text.replace("2026年宜宾经济社会发展", "到2035年宜宾发展")).report_year is None


def test_a_write_up_opening_on_the_whole_plan_looked_back_on_dates_the_next_plans_first_year() -> None:
    # 广州 2026 (a Hong Kong outlet's write-up): `回望“十四五”,报告提到,…`
    text = ("1月19日,广州市第十六届人民代表大会第六次会议开幕。会上,广州市政府工作报告总结了过去一年广州的发展成就。\n"
            "回望“十四五”,报告提到,广州成为全国第三个消费、外贸“双万亿”城市。\n")
    assert meta(text).report_year == 2026
    # (not a part of the plan: `回望“十四五”前三年`; nor a look back in the plan's last year, which a title, the
    # plan's last year named as this one or its years counted so far date: a reviewer's)
    assert meta(text.replace("回望“十四五”,", "回望“十四五”前三年,")).report_year is None
    assert meta("2025年南平市政府工作报告\n回望“十四五”,我们走过了极不平凡的四年。\n").report_year == 2025
    assert meta("市政府工作报告\n今年是“十四五”规划收官之年。回望“十四五”,全市经济总量连跨两个台阶。\n"
                ).report_year == 2025
    assert meta("发布时间:2025-01-15\n市长在市十七届人大五次会议上作政府工作报告\n"
                "回望“十四五”,我们走过了极不平凡的四年,经济总量连跨两个千亿台阶。\n").report_year != 2026


def test_a_day_said_published_is_a_stamp() -> None:
    # 明報 2023 on 广州: `[2023.01.31] 發表` over a story on this year's target, in the season of the congresses
    text = ("大灣區GBA新聞:11個萬億GDP城市 僅廣州調高增長目標\n\n[2023.01.31] 發表\n\n【明報專訊】只有廣州市將今年"
            "GDP目標調高,從去年目標5.5%,調高至今年目標6%以上。\n")
    assert (meta(text).report_year, meta(text).year_source) == (2023, "published")
    assert meta(text.replace(" 發表", "")).report_year is None  # (a bare date line is no stamp)


def test_a_stamp_dates_the_sessions_a_news_page_says_just_closed() -> None:
    # 陆丰 2022 (a traditional-character repost stamped in June): `在剛剛閉幕的市“兩會”`, the report's year
    # never written; the stamp dates the sessions just held
    text = ("陸豐政協網 發布時間:2022-06-21 發布者:liang\n在剛剛閉幕的市“兩會”,《市政府工作報告》全面總結了過去一年"
            "工作,提出今年工作安排。\n《市政府工作報告》指出,過去一年全市經濟發展穩中有進。\n")
    assert (meta(text).report_year, meta(text).year_source) == (2022, "published")
    # (sessions not said to be just held: a June stamp dates nothing)
    assert meta(text.replace("剛剛閉幕的", "")).report_year is None
    # in the season of the sessions the stamp outranks a past year opening a paragraph (a reviewer's case)
    text = ("五年奋进谱华章\n2022-01-25 10:30 来源:某某日报\n在刚刚闭幕的市“两会”上,一份沉甸甸的五年成绩单让人振奋。\n"
            "2020年,面对突如其来的新冠肺炎疫情,全市上下众志成城。\n今年,全市地区生产总值预期增长6.5%左右。\n")
    assert (meta(text).report_year, meta(text).year_source) == (2022, "published")
    # (out of the season a page's body outranks it; nor is a standing committee's meeting a session just held)
    assert meta(text.replace("2022-01-25", "2022-05-25")).report_year == 2021
    assert meta(text.replace("市“两会”", "市人民代表大会常务委员会会议")).report_year == 2021


def test_a_news_stamp_after_a_site_name_dates_the_session_it_reports() -> None:
    # 成都市 2018 (每日经济新闻, three weeks after the session; the text never writes its year)
    m = meta("NBD图数馆 2018-03-20 10:33:06\n2月25日上午10时,成都市第十七届人民代表大会第一次会议在锦江大礼堂隆重开幕。"
             "成都市人民政府市长罗强向大会作政府工作报告。\n报告提出了成都今年发展的主要预期目标——地区生产总值增长7.5%。\n")
    assert (m.region, m.report_year, m.year_source) == ("成都市", 2018, "published")
    # a stamp a year after the session is a repost: it dates nothing
    late = meta("NBD图数馆 2019-02-20 10:33:06\n"
                "3月1日上午10时,成都市第十七届人民代表大会第一次会议在锦江大礼堂隆重开幕。\n")
    assert late.report_year is None


@pytest.mark.parametrize(("stamp", "day", "year"), [
    ("2020-04-22   V赤峰", "4月21日", 2020),  # 巴林右旗 2020: a date in figures with only its source after it
    ("2024-12-25", "12月25日", 2025),  # a December session plans the next year
])  # fmt: skip
def test_a_stamp_the_days_after_the_session_outranks_a_year_summed_up_in_the_body(
        stamp: str, day: str, year: int) -> None:
    m = meta(f"赤峰市巴林右旗人大十七届四次会议隆重召开\n\n{stamp}\n\n{day}上午9时,巴林右旗第十七届人民代表大会"
             "第四次会议隆重召开。\n\n旗政府旗长代表旗人民政府,向大会作工作报告。\n\n他说:2019年是新中国成立70周年,"
             "是全面建成小康社会的关键之年。在市委、市政府和旗委的坚强领导下,全旗上下坚持稳中求进工作总基调。\n")
    assert m.report_year == year


def test_a_session_looked_back_on_is_not_the_reports() -> None:
    m = meta("中评社北京3月5日电 今日上午9时,十一届全国人大一次会议在人民大会堂开幕,国务院总理温家宝作政府工作报告。\n"
             "温家宝说,第十届全国人民代表大会第一次会议以来的五年,是不平凡的五年。\n")
    assert (m.region_code, m.report_year) == ("000000", 2008)


@pytest.mark.parametrize(("text", "code", "year"), [
    ("政府工作报告\n一、过去五年工作回顾\n第十一届全国人民代表大会第一次会议以来的五年,是我国发展进程中极不平凡的五年。\n",
     "000000", 2013),  # the 2013 report (a bilingual copy without its cover)
    ("浙江省政府工作报告\n各位代表:\n一、过去五年工作回顾\n省十一届人大一次会议以来的五年,是我省发展进程中极不平凡的"
     "五年。\n", "330000", 2013),
])  # fmt: skip
def test_a_terms_first_session_looked_back_on_over_five_years_dates_the_next_terms_first(
        text: str, code: str, year: int) -> None:
    m = meta(text)
    assert (m.region_code, m.report_year) == (code, year)


def test_a_first_session_looked_back_on_over_fewer_years_names_no_session() -> None:
    assert parse_session("县十六届人大一次会议以来的四年,全县生产总值年均增长9%") is None
    assert parse_session("省十一届人大一次会议以来,全省生产总值年均增长9%") is None
    # (a goal for the end of the new term names no end of the old one)
    m = meta("政府工作报告\n各位代表:\n现在,我代表河南省人民政府,向大会报告工作。\n一、过去五年工作回顾\n"
             "省十一届人大一次会议以来的五年,是我省发展极不平凡的五年。\n二、今后五年的目标任务\n"
             "到本届政府任期届满时,全省生产总值比2010年翻一番。\n")
    assert (m.region_code, m.report_year) == ("410000", 2013)
    # the term's last report looks back on its own term
    assert parse_session("本届政府任期即将届满。县十五届人大一次会议以来的五年,我们团结带领全县人民…") is None


def test_a_prefecture_is_not_the_older_county_level_city_of_its_name() -> None:
    # 临沂地区临沂市 (372801, until 1994) shares the short name 临沂 with its parent: it counts for neither
    m = meta("《临沂市人民政府关于印发2014年国民经济和社会发展计划的通知》提出,今年临沂GDP增长10%。\n")
    assert (m.region, m.region_code, m.report_year) == ("临沂市", "371300", 2014)


def test_a_variant_character_opencc_leaves_is_read_as_its_standard_form() -> None:
    m = meta("1月26日上午,陜西省第十三屆人民代表大會第五次會議在西安開幕,省長趙一德作政府工作報告。\n")
    assert (m.region, m.region_code) == ("陕西省", "610000")


def test_a_news_list_headed_by_last_years_results_dates_the_report() -> None:
    # a write-up listing the report's figures under `2020年成就:` (陕西 2021, traditional characters);
    # the session alone allows 2019-2022 for a fifth session of the 13th congress
    m = meta("1月26日上午,陜西省第十三屆人民代表大會第五次會議在西安開幕,省長趙一德作政府工作報告。\n"
             "2020年成就:\n實現生產總值2.62萬億元,增長2.2%\n固定資產投資增長4.1%\n"
             "“十四五”目標:\n生產總值增長6.5%左右\n")
    assert (m.region_code, m.report_year, m.review_year, m.date) == ("610000", 2021, 2020, "2021-01-26")


def test_a_date_that_qualifies_the_report_dates_it() -> None:
    # a county's write-up (镇安 2015, 商洛日报): the date stands before `的…政府工作报告`, not in a session line
    m = meta("商洛日报 - 商洛之窗讯 编者按:教育、就业等大事,都在2015年4月27日的镇安县政府工作报告中做了部署。"
             "县长璩泽涛在镇安县十七届人大四次会议上所作的政府工作报告,得到代表们的一致赞许。\n主要目标\n"
             "生产总值增长11.5%左右。\n")
    assert (m.region_code, m.report_year, m.date) == ("611025", 2015, "2015-04-27")


def test_a_date_in_figures_under_the_title_is_the_pages_stamp_not_the_delivery() -> None:
    # a page collecting a city's reports (株洲 2016, posted 2017-05-13): the review heading dates the report
    m = meta("株洲市政府工作报告\n\n2017-05-13\n\n株洲市政府工作报告篇1\n\n在株洲市第十四届人民代表大会第五次会议上\n\n"
             "各位代表:\n\n现在,我代表市人民政府向大会报告工作。\n\n一、2015年及“十二五”时期工作回顾\n\n"
             "2015年,是“十二五”的收官之年。预计全市地区生产总值增长9.5%。\n")
    assert m.report_year == 2016
    # nor is a page's update time before the site's section name (沧州 2015 on a copy site, updated in 2022)
    m = meta("2018年沧州市政府工作报告(全文)\n更新时间:2022-05-07 21:30:48 政府工作报告 我要投稿\n各位代表:\n"
             "现在,我代表沧州市人民政府向大会作工作报告。\n一、2014年工作回顾\n过去一年,全市完成地区生产总值3133.38亿元。\n")
    assert m.report_year == 2015
    # a date written out alone under the title is the day of delivery
    m = meta("株洲市政府工作报告\n\n2016年1月10日\n\n各位代表:\n\n现在,我代表市人民政府向大会报告工作。\n")
    assert (m.report_year, m.date) == (2016, "2016-01-10")


def test_the_yao_of_a_word_is_no_will() -> None:
    # 合肥 2025 news: `2024年合肥主要指标…` is last year's results; the 要 of 主要 says nothing of what will be done
    m = meta("1月15日,合肥市第十七届人民代表大会第四次会议拉开帷幕。今年的合肥市政府工作报告显示,2024年合肥主要指标增幅"
             "高于全国、好于全省。预计地区生产总值增长5.8%左右。\n")
    assert m.report_year in (None, 2025)  # (read from its file name when it has one; never as planning 2024)


def test_a_page_titled_by_the_year_reviewed_that_reviews_a_whole_plan_opens_the_next() -> None:
    # 岳麓区 on its site: titled 2015, it reviews the 十二五 and submits the 十三五 draft, so it was given in 2016
    m = meta("2015年政府工作报告\n\n长沙市岳麓区人民政府代区长  刘  汇\n\n各位代表:\n\n现在,我代表区人民政府向大会报告"
             "工作,请连同《岳麓区国民经济和社会发展第十三个五年规划纲要(草案)》一并审议。\n\n一、“十二五”工作回顾\n\n"
             "2015年,全区实现地区生产总值837亿元(预计,下同),为2010年的2倍。\n")
    assert m.report_year == 2016


def test_a_breadcrumb_is_no_title() -> None:
    # 宜丰县 2009 on its government site: the path to the page ends with 政府工作报告
    m = meta("您当前所在位置: 首页>政府信息公开>法定主动公开内容>决策公开>政府工作报告\n\n2009年政府工作报告\n\n"
             "县长  邓伟\n\n各位代表:\n\n现在,我代表县人民政府,向大会作政府工作报告,请予审议。\n")
    assert (m.title, m.report_year) == ("2009年政府工作报告", 2009)


def test_a_paragraph_opening_on_the_coming_year_is_not_last_year() -> None:
    m = meta("各位代表：\n现在，我代表人民政府向大会报告工作。\n2024年,是实施“十四五”规划的关键一年。\n")
    assert m.report_year != 2025  # (the comma keeps `2024年是` from dating it: None)


def test_a_newspaper_masthead_dates_a_write_up_of_this_years_targets() -> None:
    # 解放日报 2019-01-28 on 上海's targets: the text itself never writes a year
    text = ("| | | 2019年01月28日 星期一\n要闻\n应勇作政府工作报告提出今年上海主要预期目标\n"
            "今年预期目标\n■全市生产总值增长6%-6.5%,地方一般公共预算收入增长5%。\n")
    m = meta(text)
    assert (m.report_year, m.year_source) == (2019, "published")
    # without the masthead nothing on the page dates it
    assert meta(text.replace("| | | 2019年01月28日 星期一\n", "")).report_year is None


def test_a_meeting_that_arranges_next_years_work_dates_the_report_by_it() -> None:
    # 鞍山日报 2006-12-20: the draft report passed in December reviews 2006 and plans 2007
    text = ("http://www.sina.com.cn 2006年12月20日07:51 千华网\n"
            "鞍山日报消息 昨日,市政府召开全体成员(扩大)会议,总结2006年政府工作,安排2007年工作任务。"
            "与会领导举手表决通过了《政府工作报告》。\n"
            "2006年是鞍山经济社会加速发展并取得较大突破的一年。预计,全年实现地区生产总值1150亿元,比上年增长16.5%。\n")
    m = meta(text)
    assert (m.report_year, m.review_year) == (2007, 2006)


@pytest.mark.parametrize(("text", "year"), [
    # 邯郸 2025, an opening whose first headline sums up the year reviewed
    ("各位代表:\n现在,我代表市人民政府向大会报告工作,请予审议。\n"
     "2024年全市上下解放思想 奋发进取 交出了一份经济社会高质量发展的优异成绩单\n"
     "过去的一年,奋斗充满艰辛,成绩殊为不易。\n", 2025),
    # 江苏 2022, a write-up whose year opens a sentence inside a paragraph
    ("今年的《数说两会》如约而至,与你相见。\n打开政府工作报告,一组数据十分亮眼。2021年,江苏经济总量迈上新的大台阶。"
     "全省地区生产总值突破11万亿元、达到11.6万亿元。\n", 2022),
    # a sentence opening on a coming year does not date the report by the year before it
    ("各位代表:\n现在,我代表省人民政府向大会报告工作。2026年,全省经济社会发展的主要预期目标是:"
     "地区生产总值增长5%左右。\n", 2026),
])  # fmt: skip
def test_last_year_named_at_a_headline_or_a_sentence_start_dates_the_report(text: str, year: int) -> None:
    assert meta(text).report_year == year


def test_a_district_named_in_passing_is_no_city_governments_region() -> None:
    # 成都 2017: the city's report names one district once, as an example, and itself only as 成都
    text = ("政府工作报告\n各位代表:\n我代表市人民政府向大会报告工作,请予审议。\n一、2016年工作回顾\n"
            "预计全年实现地区生产总值1.2万亿元,增长7.5%。建设成都信息安全产业园等102个项目,国家技术转移西南中心"
            "成功落户。成都科学城引进中科院成都科学研究中心等10个机构,举办“菁蓉汇”系列活动180场,郫都区、"
            "中国电信(成都)、四川大学成为首批国家双创示范基地。\n")
    assert meta(text).region_code != "510117"


@pytest.mark.parametrize("text", [
    # 鼓楼区 of 南京, 福州, 徐州 or 开封? The title (清河区 2008), the congress or the government that speaks
    # (西湖区 2016, 鼓楼区 2016) name it, nothing tells which: the name as written, with no code
    "鼓楼区2015年政府工作报告\n各位代表:\n现在,我代表区人民政府向大会报告工作。\n一、2014年工作回顾\n"
    "全区地区生产总值增长8%。\n",
    "政府工作报告\n——2016年1月12日在鼓楼区第十五届人民代表大会第六次会议上\n各位代表:\n"
    "现在,我代表区人民政府向大会报告工作。\n一、2015年工作回顾\n全区地区生产总值增长8%。\n",
    "政府工作报告\n区人民政府代区长 刘 军\n各位代表:\n现在,我代表鼓楼区人民政府,向大会作工作报告。\n"
    "2015年工作回顾\n全区地区生产总值增长8%。\n",
])
def test_a_region_several_divisions_are_named_is_kept_by_its_name_without_a_code(text: str) -> None:
    m = meta(text)
    assert (m.region, m.region_code, m.level) == ("鼓楼区", None, "county")


def test_a_name_several_divisions_bear_is_no_region_when_said_in_passing_or_context_tells() -> None:
    # a city's report that names one such district in its body: not the city's region
    text = ("政府工作报告\n各位代表:\n现在,我代表市人民政府向大会报告工作。\n一、2015年工作回顾\n"
            "鼓楼区人民政府与我市签约。全市地区生产总值增长8%。\n")
    assert meta(text).region is None
    # a headline on the district's deputies at the province's congress: not the district's report
    text = ("鼓楼区代表热议政府工作报告\n1月26日上午,省两会开幕。鼓楼区的省人大代表认真听取了政府工作报告。\n"
            "报告提出,2017年全省地区生产总值增长7.5%左右。\n")
    assert meta(text).region is None
    # (nor its deputies said by their term, its standing committee, a partner, an event of its own: a reviewer's)
    for text in ("鼓楼区人大代表热议政府工作报告\n1月12日上午,两会开幕。\n报告提出,2023年全市经济增长6%。\n",
                 "西湖区第十五届人大代表参加省两会\n省十四届人大一次会议开幕。报告提出,2023年全省经济增长5%。\n",
                 "政府工作报告\n各位代表:\n现在,我代表区人民政府向大会报告工作。过去一年,我区与鼓楼区人民政府签订"
                 "对口协作协议。\n一、2022年工作回顾\n全区地区生产总值增长6%。\n",
                 "鼓楼区第三届人才发展大会召开\n2023年3月1日,大会在区政府召开。\n"):
        assert meta(text).region is None, text
    # its city named: the one division
    text = ("鼓楼区2015年政府工作报告\n各位代表:\n现在,我代表区人民政府向大会报告工作。\n一、2014年工作回顾\n"
            "在福州市委的坚强领导下,全区地区生产总值增长8%。\n")
    assert meta(text).region_code == "350102"


def test_a_year_with_the_work_it_will_do_is_no_years_results() -> None:
    # 湖南日报 on 岳阳 2017: `2017年将全面做好稳增长…` plans the year (稳增长 is no result)
    text = ("湖南日报1月6日讯 今天上午,岳阳市第八届人民代表大会第一次会议开幕。"
            "岳阳市市长刘和生在作《政府工作报告》时称,"
            "2017年将全面做好稳增长、促改革、调结构、惠民生、防风险等工作。主要预期目标是:GDP增长9%左右。\n"
            "2016年,该市围绕推进江湖名城建设,开工项目124个。\n")
    assert meta(text).report_year == 2017


def test_a_stamp_after_a_longer_source_line_dates_the_session_it_reports() -> None:
    # 大庆人大网 2013: the stamp follows the source and the font-size buttons
    text = ("当前位置:首页 > 地方人大 > 黑龙江 > 新闻报道\n大庆市九届人大二次会议开幕\n"
            "来源: 大庆人大网  浏览字号: 2013年01月08日 14:28\n"
            "  1月7日,大庆市第九届人民代表大会第二次会议在市委党校会议中心隆重开幕。\n")
    m = meta(text)
    assert (m.report_year, m.date) == (2013, "2013-01-07")


def test_an_anniversary_celebrated_in_the_year_reviewed_dates_the_report() -> None:
    # 北京 2010, a copy with its years redacted (XX年): the 60th anniversary was celebrated in 2009
    text = ("北京市政府工作报告\n各位代表,现在,我代表北京市人民政府,向大会报告政府工作,请予审议。\n"
            "一、过去一年工作回顾。XX年是首都发展历程中很不平凡的一年。初步核算,全市地区生产总值达到11865.9亿元,"
            "比上年增长10.1%。新中国成立60周年庆祝活动圆满成功。\n")
    assert meta(text).report_year == 2010


def test_a_news_page_is_named_by_its_headline_not_its_breadcrumb_or_a_district_in_passing() -> None:
    # 华商报 on 宝鸡 2019: the breadcrumb names the province's news channel, a paragraph one district
    text = ("• 您当前的位置:首页 > 国内新闻 > 陕西新闻 > 宝鸡两会|政府工作报告里都说了些啥\n"
            "  • 宝鸡两会|政府工作报告里都说了些啥\n"
            "    时间:2019-02-16 17:33:20  来源:华商头条-华商报  作者:李琳\n"
            "      惠进才在政府工作报告中,总结了过去一年宝鸡市的发展成就,描绘了今年的发展蓝图。"
            "看懂2019年宝鸡如何谋篇布局。\n"
            "      全市经济社会发展主要预期目标是:地方生产总值增长7.5%,全社会固定资产投资增长11%。\n"
            "      关键词一:新兴产业\n"
            "      加强与中航、西飞等军工企业合作,打造航空航天设备产业链。"
            "支持渭滨区发展传感器产业,抓好华天电子科技半导体、"
            "烽火应急通信指挥系统等项目建设,推动宝鸡高新区和蔡家坡经济技术开发区联动发展。\n")
    assert meta(text).region_code == "610300"


@pytest.mark.parametrize(("text", "year"), [
    # 掌上张家界 2020: the write-up says which year's work the report reviewed
    ("1月6日上午,市第七届人民代表大会第四次会议在市人大会堂隆重开幕。\n"
     "市长刘革安作《政府工作报告》报告对2019年工作进行了回顾。地区生产总值增长7.7%。\n", 2020),
    # 深圳商报 2022 (坪山区): and which year's it planned
    ("4月21日,坪山区二届人大二次会议开幕。区政府工作报告对2022年政府工作进行部署安排。\n", 2022),
    # 德州新闻网 on 临邑 2019: the report proposed that year's goals
    ("德州新闻网讯 县十七届人大三次会议期间,出席会议的人大代表热议政府工作报告。大家一致认为,政府工作报告内容全面,"
     "提出了2019年的发展目标贴近实际。\n“预计全年实现地区生产总值300亿元,增长7.9%。\n", 2019),
    # 人民网 on the three northeastern capitals 2023: the sessions made the year's goals clear, and one
    # mayor's goals of 今年 name their year
    ("最近几天,哈尔滨、沈阳和长春的“两会”相继召开。这三座东北省会城市已经明确了2023年经济社会发展目标。\n"
     "长春市今年的主要预期目标是,地区生产总值增长6.5%左右。\n", 2023),
    ("在1月5日上午召开的哈尔滨市第十六届人民代表大会第二次会议上,哈尔滨市市长张起翔作政府工作报告时介绍说,"
     "哈尔滨今年主要预期目标是2023年地区生产总值增长6%左右,规上工业增加值增长6.5%左右。\n", 2023),
    # 广州日报 on 珠海金湾 2021: standing at the start of the new plan
    ("“十四五”珠海金湾\n广州日报讯 2月6日,珠海市金湾区第四届人民代表大会第八次会议召开,区长赵伟媛向大会作政府工作报告。"
     "站在“十四五”开局之年的新征程起点上,报告展露了对未来金湾区发展规划的思路。\n", 2021),
    # a page headed by the sessions' year (南阳 2022), also on a newspaper's page (阜阳 2022)
    ("2022南阳两会 |\n答卷2021干出新气象\n一年来,全市上下坚持稳中求进。全市生产总值增长9%。\n", 2022),
    ("第06版:2022阜阳两会\n《政府工作报告》解读\n今年,我们撸起袖子这样干\n今年经济社会发展的主要预期目标是:"
     "生产总值增长8.5%。\n", 2022),
    # 阜阳 2008 in traditional characters: a chapter on one year whose first line looks back on it
    ("簡介\n各位代表:\n現在,我代表市人民政府,向大會作政府工作報告,請予審議。\n一、拼搏奮進的2007年\n"
     "過去的一年,全市人民團結拼搏,圓滿完成了市三屆人大二次會議確定的主要目標任務。\n", 2008),
])  # fmt: skip
def test_a_write_ups_summary_of_the_report_dates_it(text: str, year: int) -> None:
    assert meta(text).report_year == year


def test_a_city_named_on_its_own_line_is_not_given_up_for_a_county_named_later() -> None:
    # 当代贵州 2019 on 遵义: the keyword line names the city, the first paragraph one of its counties
    text = ("步履铿锵展新姿\n2019-03-07 03:24 当代贵州 2019年3期\n关键词:遵义市建设\n"
            "继赤水市成为贵州首个脱贫摘帽县(市)之后,2018年9月,遵义市桐梓、习水、湄潭、凤冈四县实现脱贫摘帽。\n"
            "2018年,遵义市坚持稳中求进工作总基调,预计完成地区生产总值3000亿元,增长10%。\n")
    assert meta(text).region_code == "520300"
    # a county named with its city in one line is the county
    assert meta("攀枝花市东区2024年政府工作报告\n各位代表:\n").region_code == "510402"


def test_a_county_that_names_itself_only_by_its_short_name_is_found_by_the_speakers_ending() -> None:
    # 黎平 2023: `我代表县人民政府`, then `黎平` twice in the lead and never `黎平县`
    text = ("政府工作报告\n(2023年1月6日在县第十八届人民代表大会第二次会议上)\n"
            "各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n"
            "过去一年,黎平经济社会发展取得新成绩。黎平侗乡旅游持续升温,地区生产总值增长4.5%。\n")
    m = meta(text)
    assert (m.region_code, m.region_source) == ("522631", "body")


@pytest.mark.parametrize(("text", "year"), [
    # 江西 2010: the session whose tasks were completed is last year's, not the report's
    ("2009年是新世纪以来我国经济社会发展最为困难的一年。\n各位代表:\n现在,我代表省人民政府,向大会报告工作。\n"
     "一、2009年工作简要回顾\n全省经济社会保持平稳较快发展,主要经济指标好于年初预期,多项指标在全国位次前移,"
     "经济发展总体呈现回升向好、逆势上扬的良好态势,完成了省十一届人大二次会议确定的主要任务。\n", 2010),
    # 浙江 2017 (摘要): a chapter on last year's work and results
    ("政府工作报告(摘要)\n一、2016年主要工作和成效\n2016年是实施“十三五”规划开局之年。预计全年生产总值4.6万亿元。\n",
     2017),
    # 花都 2016: the plan's last year described, then its five years reviewed
    ("各位代表:\n现在,我代表区人民政府,向大会作报告,请予审议。\n一、全面回顾,“十二五”期间我区经济社会跨越式发展\n"
     "2015年是“十二五”规划收官之年。五年来,面对错综复杂的宏观环境,我区始终坚持发展第一要务。\n", 2016),
    # 晶报 on 福田 2019: a year summed up as `…的一年` is the year reviewed
    ("1月14日上午,福田区第七届人民代表大会第四次会议在福田会堂召开。福田区区长高圣元向大会作政府工作报告。\n"
     "报告指出,2018年是福田发展历程中具有深远影响的一年。福田区确立了加快建设典范城区的奋斗目标。\n", 2019),
    # 广东 2025 (a Hong Kong site): the estimate of the year just ended
    ("1月15日上午隆重开幕的广东省十四届人大三次会议上,省长王伟中作《政府工作报告》时称,预计2024年该省GDP迈上14万亿元"
     "新台阶、连续36年居全国首位。\n", 2025),
])  # fmt: skip
def test_provincial_openings_dated_by_what_they_review(text: str, year: int) -> None:
    assert meta(text).report_year == year


def test_a_sites_date_banner_with_its_weekday_is_no_delivery_date() -> None:
    # 中国经济网 2016-02-29 on 宁波's report, kept by a site that shows the day it is read (2024)
    text = ("財經 > 滾動新聞 > 正文\n2024年04月20日 星期六\n寧波欲躍居全國大城市第一方陣\n"
            "發佈時間:2016-02-29 07:48:00  來源:中國經濟網\n"
            "日前,寧波市第十四屆人民代表大會第六次會議開幕,寧波市市長盧子躍作政府工作報告。盧子躍説,2015年,"
            "寧波較好地完成了目標任務。實現地區生産總值8011.5億元,增長8%。\n")
    m = meta(text)
    assert (m.report_year, m.date) == (2016, "2016-02-29")
    # a date signed by its speaker is still the delivery date
    signed = meta("政府工作报告\n(2007年2月1日 罗清泉)\n各位代表:\n")
    assert (signed.report_year, signed.date) == (2007, "2007-02-01")


@pytest.mark.parametrize(("text", "code"), [
    # a headline that writes the region by its short name only (漳州 2010, traditional; 上海 2019)
    ("政府工作報告提出:2010年漳州經濟社會發展預期目標\n本網訊 代市長陳冬昨日在政府工作報告中提出今年的預期目標。\n"
     "今年地區生產總值增長12%。\n", "350600"),
    ("今年上海主要预期目标\n市长应勇作政府工作报告时提出,今年全市生产总值增长6%—6.5%。\n", "310000"),
    # 荆州 2014: the province's short name, then the city's (which is also its district's: 荆州区)
    ("湖北荆州绘制2014年经济社会发展蓝图\n发布时间:2015-02-28  来源:荆州新闻网\n 预期目标\n  生产总值增长10.5%。\n",
     "421000"),
])  # fmt: skip
def test_a_headline_names_the_region_by_its_short_name(text: str, code: str) -> None:
    assert meta(text).region_code == code


def test_a_blueprint_a_headline_draws_for_a_year_dates_the_write_up() -> None:
    # 荆州 2014 on a page stamped 2015: `绘制2014年经济社会发展蓝图` names the plan's year
    m = meta("湖北荆州绘制2014年经济社会发展蓝图\n发布时间:2015-02-28  来源:荆州新闻网\n 预期目标\n"
             "  生产总值增长10.5%,固定资产投资增长26%。\n")
    assert m.report_year == 2014


def test_an_everyday_word_that_is_a_countys_short_name_names_no_region() -> None:
    # 新建 (新建县, 南昌) is also the word for `newly built`: a city's write-up that never names itself
    m = meta("新建项目开工\n2009年,我市经济平稳较快增长,新建项目120个,新建厂房30万平方米。"
             "我市实现地区生产总值333亿元。\n")
    assert m.region_code is None


def test_a_redacted_year_is_fixed_by_the_plan_it_opens() -> None:
    # a copy with every year written 20xx (杭州西湖区 2012): `20xx年,是…“十二五”规划的第一年。…一年来`
    # is 2011 reviewed, so the report is of 2012
    m = meta("20xx年政府工作报告\n(20xx年2月19日在杭州市西湖区第十四届人民代表大会第一次会议上)\n各位代表:\n"
             "我代表区人民政府向大会报告工作,请予审议。\n一、20xx年政府工作\n"
             "20xx年,是我区全面实施“十二五”规划的第一年,也是取得突出成绩的一年。一年来,区政府认真贯彻中央决策部署。\n"
             "全区实现地区生产总值566.6亿元,增长11.2%。\n")
    assert (m.region_code, m.report_year, m.review_year) == ("330106", 2012, 2011)


def test_a_year_whose_digits_a_page_lost_is_fixed_by_the_plan_it_opens() -> None:
    # 济宁 2021 plan, its digits lost on the page: `年是“十四五”规划开局之年` opens the plan's first year
    m = meta("济宁市年国民经济和社会发展计划\n年是“十四五”规划开局之年,是向第二个百年奋斗目标进军的第一年。"
             "全市经济社会发展的主要预期目标为:地区生产总值增长6%以上。\n")
    assert m.report_year == 2021
    # a word ending in 年 before 是 is no year lost (`青年是…`)
    assert meta("青年是“十四五”时期的生力军。\n").report_year is None


# Years and regions of page openings of blind review sets 9 and 10, each a class of wording:
# (text, region code, report year, review year)
OPENINGS = [
    # chapters on last year and this one (孟州 2013, a newspaper's summary)
    ("一、 精彩的2012年\n——以主要指标高位增长为标志。孟州市地区生产总值同比增长13.4%。\n"
     "二、奋进的2013年\n(一)指导思想:力争经济增长12%以上。\n", "410883", 2013, 2012),
    # a governor named after the province speaks for it (河北 2023, 21世纪经济报道)
    ("21世纪经济报道记者李莎 北京报道 1月11日,河北省省长王正谱作政府工作报告时指出,"
     "预计河北2022年生产总值增长3.8%左右,一般公共预算收入增长6.6%。\n", "130000", 2023, 2022),
    # a session quoted for its target is not the report's (云南 2019 news)
    ("云南省2018年地区生产总值增长8.9%,实现并超过2018年年初在云南省第十三届人民代表大会第一次会议上"
     "提出的当年地区生产总值增长8.5%的目标。\n2019年,云南省地区生产总值预期增长8.5%。\n", "530000", 2019, 2018),
    # an autonomous region's congress is a province's: its 区 is no district (上游新闻, 广西 2021)
    ("1月21日,广西壮族自治区第十三届人民代表大会第四次会议在南宁开幕,广西壮族自治区人民政府代主席蓝天立"
     "向大会作政府工作报告。政府工作报告提出,2020年全区地区生产总值增长3.7%,"
     "2021年全区生产总值增长目标为7.5%以上。\n", "450000", 2021, 2020),
    # a report handed in with the next plan's draft, reviewing the last plan (甘肃 2021, 中国甘肃网)
    ("政府工作报告\n\n甘肃省代省长 任振鹤\n\n各位代表:\n\n  我代表省人民政府,向大会报告工作,"
     "请连同《甘肃省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要(草案)》一并审议。\n\n"
     "“十三五”时期工作回顾\n\n  过去五年,全省地区生产总值由“十二五”末的6557亿元增加到9017亿元。\n",
     "620000", 2021, 2020),
]


@pytest.mark.parametrize(("text", "code", "year", "review"), OPENINGS)
def test_years_and_regions_of_page_openings(text: str, code: str, year: int, review: int) -> None:
    m = meta(text)
    assert (m.region_code, m.report_year, m.review_year) == (code, year, review)


def test_a_page_stamped_in_one_year_holds_no_report_of_a_later_one() -> None:
    # a district head's speech at the city's congress (齐鲁网, stamped 2017-02-25): the headline's
    # `2018年完成棚改任务` is a goal, not last year's results; 聊城市 the county-level city ended in 1997
    m = meta("东昌府区区长刘培国:今年新增教学班500个 2018年完成棚改任务\n\n2017-02-25 12:09:00 来源:齐鲁网\n\n"
             "齐鲁网聊城2月24日讯 23日,聊城市十七届人大一次会议开幕。东昌府区委副书记、区长刘培国介绍了东昌府区"
             "2016年的工作成绩以及2017年的重点工作。\n刘培国说,2016年东昌府区全区生产总值完成297.3亿元,同比增长7.6%。\n")
    assert m.report_year == 2017
    assert m.region_code != "372501"


def test_a_countys_name_is_written_as_the_report_gives_it() -> None:
    """The facts spec writes the region as the text gives it, in full when the text names the parent:
    a county report that never names its prefecture is 沅陵县 (its code says which one); one that names
    怀化 anywhere is 怀化市沅陵县. A name the user gives keeps the gazetteer's full name."""
    text = ("政府工作报告\n——2019年1月8日在沅陵县第十七届人民代表大会第三次会议上\n各位代表:\n"
            "现在,我代表县人民政府,向大会报告工作,请予审议。\n")
    m = meta(text)
    assert (m.region, m.region_code) == ("沅陵县", "431222")
    m = meta(text + "全县上下在市委、市政府的坚强领导下,主动融入怀化发展大局。\n")
    assert (m.region, m.region_code) == ("怀化市沅陵县", "431222")
    given = pipeline.extract_bytes(text.encode("utf-8"), "t.txt", GivenMeta(region="431222")).reports[0].report.meta
    assert (given.region, given.region_source) == ("怀化市沅陵县", "user")


def test_a_page_filed_under_a_regions_sessions_names_the_region_and_a_look_ahead_its_year() -> None:
    # 襄阳 2018 (襄阳日报): the breadcrumb files it under the city's 两会; the headline looks ahead to 2018
    m = meta("当前位置:2018襄阳两会 > 报告解读  > 正文\n展望2018 “一极两中心”建设再谱新篇\n"
             "来源: 襄阳日报     作者:     发布日期: 2018-01-05 08:43:00\n  预期目标\n  地区生产总值增长8%\n")
    assert (m.region_code, m.report_year) == ("420600", 2018)


def test_a_district_report_on_a_page_of_the_citys_sessions_names_no_region_and_its_plan_heading_dates_it() -> None:
    # a 无锡 district's 2016 report under a copy site's page on the city's 2017 两会: the speaker is a district,
    # so the city of the page's title is not the issuer; the heading on the 十二五's achievements dates it 2016
    text = ("无锡两会召开时间议程安排,无锡两会政府工作报告全文精神\n"
            "2017年无锡市两会召开时间议程安排,无锡市两会政府工作报告全文精神要点解读\n各位代表:\n"
            "现在,我代表区人民政府向大会报告工作,请予审议。\n工作回顾及“十二五”发展成就\n"
            "是全面完成“十二五”规划的收官之年。一年来,全区经济社会发展取得新进展。\n一、全力稳定经济增长\n"
            "全年全区完成地区生产总值750.1亿元、增长7.5%。\n")
    m = meta(text)
    assert (m.region_code, m.report_year) == (None, 2016)
    res = pipeline.extract_bytes(text.encode(), "537_08_wuxi_qu_2016.txt")  # (nor 巫溪县 from the file's name)
    # (`xian` is 西安 as well as 县: a name saying `xian` and `qu` is still 西安's district)
    assert pipeline.extract_bytes("各位代表:\n过去一年,全区地区生产总值增长8%。\n".encode(), "xian_changan_qu_2016.txt"
                                  ).reports[0].report.meta.region_code == "610116"
    assert res.reports[0].report.meta.region_code is None
    assert {(f.indicator, f.period) for f in res.reports[0].facts} == {("gdp", 2015)}
    # the same heading in a provincial report opening the next plan (浙江 2026)
    assert meta("浙江省2026年政府工作报告\n一、2025年主要工作和“十四五”发展成就\n").report_year == 2026
    # but a heading on what a plan has achieved so far dates nothing
    assert meta("各位代表:\n一、“十三五”以来发展成就显著\n全年地区生产总值增长7%。\n").report_year is None


def test_a_county_said_once_among_others_of_its_city_is_no_issuer() -> None:
    # 六安 2019 (新安晚报's write-up of the review): 金寨县 named once as an award winner, beside 舒城, 金安 and
    # 裕安, counties and districts of the same city: the city's report, not 金寨's
    m = meta(
             "凡本报记者署名文字、图片,版权均属新安晚报所有。任何媒体、网站或个人,未经授权不得转载、链接、转"
             "贴或以其他方式复制发表;已授权的媒体、网站,在使用时必须注明 “来源:新安晚报或安徽网”,违者将"
             "依法追究法律责任。\n"
             "【加快建设现代化产业体系,高质量发展开启新篇章】\n"
             "农村特色产业加快发展。预计农业总产值增长3.5%。以“一谷一带”“一岭一库”为载体,谋划实施特色"
             "产业项目231个,完成投资100多亿元。\n"
             "工业经济骨骼健康发育。预计规上工业增加值增幅超过8.5%,六大主导产业增加值占全部规上工业比重达"
             "65%;预计技改投资增长10%,实现“机器换人”538台。大力发展战新产业,预计产值增长20%。"
             "\n"
             "服务业发展提质增效。开展“放心消费”创建活动,预计实现社会消费品零售总额670亿元、增长12%。"
             "\n"
             "【强力推进创新驱动,动能转换迈出新步伐】\n"
             "海龟科技团队成功运营六安大学科技园,新增院士工作站2家、省级备案众创空间5家、工程研究中心1家、"
             "工程实验室1家、科技孵化器1家;预计高新技术产业增加值增长15%。\n"
             "【持续扩大有效投资,积蓄发展后劲获得新进展】\n"
             "预计到位内资541亿元、增长10%,直接利用外资4.9亿美元、增长12%;新引进亿元以上项目24"
             "1个、5亿元以上项目46个。\n"
             "【扎实打好三大攻坚战,年度战役赢得新胜利】\n"
             "全年承办两次全国扶贫工作现场会,精心打造扶贫项目库、光伏扶贫等“六安亮点”,金寨县荣获全国脱贫攻"
             "坚组织创新奖。预计15.1万贫困人口脱贫、181个贫困村出列,舒城、金安、裕安3个县区有望卸掉贫"
             "困县的“紧箍咒”,开启追梦小康新航程。\n")
    assert m.region_code == "341500"


def test_a_countys_own_report_naming_its_neighbours_or_a_bridge_stays_the_countys() -> None:
    # its neighbours listed (`与舒城、霍山、裕安的交流合作`) while it speaks as a county; `人行天桥` and `城市中心`
    # are no 天桥区 or 市中区 of 济南
    m = meta("各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n一、2018年工作回顾\n过去的一年,全县"
             "地区生产总值增长8.5%。金寨县荣获全国脱贫攻坚组织创新奖。我们积极融入合肥都市圈,加强与舒城、霍山、裕安的交流合作。\n")
    assert m.region_code == "341524"
    m = meta("各位代表:\n过去一年,全县地区生产总值增长7.5%。平阴县荣获全国文明城市提名城市称号。建成人行天桥2座,"
             "推进城市中心区改造。\n")
    assert m.region_code == "370124"


def test_a_division_a_ranking_is_within_is_no_issuer() -> None:
    # 湘乡 2024 (a plan report cut from its page): `排湘潭市第一` ranks the county-level city within its
    # prefecture; the text never names itself, so it has no region rather than the prefecture's
    m = meta("各位代表:\n受市人民政府委托,报告我市2023年国民经济和社会发展计划执行情况与2024年计划(草案),请予审查。\n"
             "一、2023年计划执行情况\n——年计划固定资产投资增长9%以上,1—10月完成170.6亿元,同比增长7.9%,排湘潭市第一。\n")
    assert m.region_code is None
    # a division named as the place of the report's own results still is one
    assert meta("各位代表:\n受市人民政府委托,报告湘潭市2023年国民经济和社会发展计划执行情况。\n"
                "湘潭市固定资产投资增长7.9%。\n").region_code == "430300"


def test_a_city_section_of_a_provinces_news_site_names_the_city() -> None:
    # 长治 2024 (山西新闻网): the breadcrumb files the write-up under the city, the text names only 山西
    text = ("政府工作报告解读(上)\n\n经济运行稳中向好 民生福祉成色更足\n\n山西新闻网>>地市频道>>长治频道>>长治新闻\n\n"
            "过去一年,在市委的坚强领导下,全市上下深入贯彻落实习近平总书记对山西工作的重要讲话重要指示精神。\n"
            "地区生产总值完成 2806.2亿元,增长 5.6%。\n")
    assert meta(text).region_code == "140400"
    # a city's news site hosting a provincial report does not make it the city's
    text = ("福州新闻网\n\n关于福建省2020年国民经济和社会发展计划执行情况及2021年国民经济和社会发展计划草案的报告\n\n"
            "——2021年1月24日在福建省第十三届人民代表大会第五次会议上\n")
    assert meta(text).region_code == "350000"


def test_a_chapter_looking_back_on_the_year_with_hui_mou() -> None:
    # 包头 2021 (a news site's digest of the report): `一、2020年和“十三五”回眸`
    text = ("【政府工作报告摘编】不用扬鞭自奋蹄 携手奋进新征程\n一、2020年和“十三五”回眸\n(一)2020年经济社会发展成就\n"
            "统筹推动新冠肺炎疫情防控和经济社会发展。\n2.全力保持经济平稳运行\n全年地区生产总值增长3%。\n")
    m = meta(text)
    assert (m.review_year, m.plan_year) == (2020, 2021)
    res = pipeline.extract_bytes(text.encode(), "t.txt")
    assert {(f.indicator, f.role, f.period) for rr in res.reports for f in rr.facts} == {("gdp", "actual", 2020)}


def test_a_numbered_chapter_reviewing_a_plan_dates_the_report() -> None:
    # 嘉兴 2016 (a compilation page, no year printed): `一、“十二五”发展回顾` -> the first year of the next plan
    m = meta("嘉兴市政府工作报告篇1\n各位代表:\n现在,我代表市人民政府向大会报告工作,请予审议。\n一、“十二五”发展回顾\n"
             "“十二五”时期是嘉兴发展进程中不平凡的五年。\n这五年,地区生产总值从2315.5亿元增加到3517.1亿元。\n")
    assert (m.review_year, m.plan_year) == (2015, 2016)


def test_the_pages_own_title_line_names_the_report_a_bare_title_under_it_does_not() -> None:
    # 海安 2021 (a document site): its title on the first line, the site's clutter, then `政府工作报告`
    text = ("2021年海安市政府工作报告\nVIP专免\n2024-01-13\n999+\n57.85KB\n89 页\n海报\n侵权投诉\n政府工作报告\n"
            "各位代表:\n现在,我代表市人民政府向大会报告工作,请予审议。\n2020 年及“十三五”工作回顾\n"
            "在南通市委、市政府和海安市委的正确领导下,全市地区生产总值增长4.5%。紧紧围绕南通市委“三个全方位”的新要求。\n")
    m = meta(text)
    assert (m.region_code, m.report_year) == ("320685", 2021)


def test_a_plan_named_in_book_title_marks_with_its_region_dates_the_write_up() -> None:
    # 山东 2018 (a write-up in traditional characters): `《山東省2018年國民經濟和社會發展計劃》` is the plan the
    # page is about, though the next sentence's `《計劃》預期,2018年全省生產總值增長` reads like a year reviewed
    m = meta("記者日前從省發展改革委獲悉,《山東省2018年國民經濟和社會發展計劃》(以下簡稱《計劃》)已經省十三屆人大一次"
             "會議審議通過。\n為引導各方面把主要精力放到推動高質量發展上來,《計劃》預期,2018年全省生產總值增長7%以上,"
             "一般公共預算收入增長6.5%。\n")
    assert (m.region_code, m.report_year, m.review_year) == ("370000", 2018, 2017)


def test_the_government_represented_with_its_term_names_the_district() -> None:
    # 南开 2011: `我代表南开区第十五届人民政府` under a bare `政府工作报告`, a site's city name above it
    m = meta("天津\n\n政府工作报告\n\n时间:2011-12-29 00:00:00\n\n各位代表:\n\n现在,我代表南开区第十五届人民政府,"
             "向大会作工作报告,请予审议。\n")
    assert (m.region_code, m.level) == ("120104", "county")


def test_a_year_described_then_taken_up_by_this_year_in_the_next_paragraph_is_the_year_reviewed() -> None:
    # 江门 2024: `2023年是…开局之年,是…经济恢复发展的一年。…取得新成效。` then `这一年,我们聚焦稳增长`
    m = meta("江门市人民政府信息公开\n\n现在,我代表市人民政府,向大会报告工作,请予审议。\n\n2023年是全面贯彻党的二十大"
             "精神的开局之年,是三年新冠疫情防控转段后经济恢复发展的一年。我们全面实现“四个千亿”发展目标,经济社会发展"
             "取得新成效。\n\n这一年,我们聚焦稳增长,全力推动经济回升向好。其中地区生产总值增长5.5%。\n")
    assert (m.region_code, m.report_year, m.review_year) == ("440700", 2024, 2023)


def test_a_write_up_of_the_national_report_names_its_year_after_the_headlines_bar_and_says_wo_guo() -> None:
    # 央视网 2021 (traditional characters): no division and no speaker; `今年我國發展的主要預期目標` is the country's
    m = meta("直通兩會·解讀政府工作報告 | 2021年鞏固恢復性增長 保持經濟社會健康發展\n央視網消息:《政府工作報告》中指出,"
             "今年我國的發展仍然面臨不少挑戰。\n政府報告中提出,今年我國發展的主要預期目標是:\n一、國內生產總值增長6%以上;\n")
    assert (m.region_code, m.level, m.report_year) == ("000000", "national", 2021)
    # while a province's own 国内生产总值 in a text that names nothing else leaves the region unknown
    m = meta("全年國內生產總值達到8186億元,增長13.6%;城鎮新增就業38.8萬人。\n過去一年,我們主要做了以下工作。\n")
    assert m.region_code is None


def test_a_session_just_opened_is_the_reports() -> None:
    # 常熟 2023 (a write-up): `记者从近日开幕的常熟市十六届人大二次会议上获悉`
    m = meta("常熟市“六大导向”建设“江南福地”\n苏报讯(驻常熟记者 陈洁)记者从近日开幕的常熟市十六届人大二次会议上获悉,"
             "去年常熟预计实现地区生产总值2780亿元。\n")
    assert m.session is not None and (m.session.congress, m.session.meeting) == (16, 2)


def test_a_newspapers_masthead_dates_a_write_up_that_quotes_the_report_and_its_we_names_the_level() -> None:
    # 甘孜日报 2019: no year in the text but the masthead's; `我州` four times, a county named in passing
    m = meta("甘孜日报 2019年01月08日\n◎本网记者 张嗥\n“预计全年实现地区生产总值293.08亿元,同比增长9%……”政府工作报告中,"
             "一组组暖心的数字饱含着暖暖的民生温度,代表委员们纷纷为一年来我州经济社会飞速发展由衷赞叹。\n今年以来,我州全力"
             "推进全域旅游发展。“政府工作报告中提到,今年我州建成国家4A级景区2个。”州政协委员、理塘县政协主席王建琼告诉记者,"
             "这个消息让她振奋。\n今年,我州接待游客2230万人次。\n")
    assert (m.region_code, m.report_year, m.date) == ("513300", 2019, "2019-01-08")


def test_a_text_speaking_of_its_whole_city_is_no_districts_it_heads_a_line_with() -> None:
    # 上海 2017 (a summary page without title): `全市生产总值…`, then news subheadings on 浦东's free-trade zone
    m = meta("综合各方面因素,建议今年全市经济社会发展的主要预期目标是:全市生产总值增长6.5%左右,一般公共预算收入增长7%,"
             "城镇登记失业率控制在4.4%以内。\n今年将召开党的十九大和市第十一次党代表大会。上海坚持稳中求进、进中提质。\n"
             "自贸区建设——\n将探索金融业负面清单\n浦东要构建管理新体制\n2017年\n推进“区港一体化”\n"
             "在浦东新区加快构建与开放型经济相适应的政府管理新体制\n杨雄市长在政府工作报告指出,过去一年,上海坚持制度创新。\n")
    assert m.region_code == "310000"
    # (but `是全省…中心城区` ranks a district within its province: 金水区 2019 speaks of 全区)
    m = meta("金水区是河南省会郑州市的中心城区,是全省经济最发达的城区之一。\n金水区是河南省委所在地,是全省政治、经济、"
             "文化的中心城区。全区上下深入贯彻落实科学发展观。\n2018年以来,金水区紧紧围绕工作总格局,全区经济社会发展保持了"
             "健康稳定的良好态势。\n全年地区生产总值完成1378.8亿元,同比增长9.5%。\n")
    assert m.region_code == "410105"


def test_a_provinces_area_the_city_serves_names_no_issuer() -> None:
    # 宜昌 2016 (a copy without title): `湖北省域副中心城市` is the province's area, 宜昌 the city speaking
    m = meta("更新时间:2018-09-15 22:59\n2015年,全市经济运行保持良好态势,延续“高于全国全省、领先中部沿江”的竞进势头,"
             "全面完成市五届六次人代会议确定的主要预期目标。预计生产总值增长10%。\n中交建集团等一批知名企业纷纷“加盟”宜昌。"
             "围绕“四个全面”战略布局宜昌实施,加快建设湖北省域副中心城市,确保在全省率先全面建成小康社会。宜昌发展势头良好。\n")
    assert m.region_code == "420500"


def test_the_level_above_leading_the_issuer_is_no_issuer() -> None:
    # 隆昌 2022 (a middle page): `省委省政府、内江市委市政府坚强领导` names the city above; 隆昌 speaks
    text = ("各位代表,过去一年政府工作取得的成绩来之不易。这些成绩的取得,是省委省政府、内江市委市政府坚强领导、"
            "深切关怀的结果,是隆昌市委统揽全局、科学决策的结果,是市人大、市政协有效监督、大力支持的结果。在此,我谨代表市人民政府,"
            "向关心、支持和参与隆昌建设发展的各界朋友,表示衷心感谢!内江市下达的目标任务全面完成。\n")
    assert meta(text).region_code == "511083"
    # the city's own party committee leading it names the city (`在内江市委的坚强领导下`), and so do its party
    # committee and government in a write-up that names nothing inside it
    assert meta("在内江市委的坚强领导下,我们代表市人民政府报告工作。内江市经济平稳运行。\n").region_code == "511000"
    assert meta("过去一年,在隆昌市委、市政府的坚强领导下,全市地区生产总值增长8%。\n").region_code == "511083"


@pytest.mark.parametrize(("text", "code"), [
    # 全市 not opening a clause is the city a district serves, not the speaker (a 浦东 write-up)
    ("政府工作报告解读\n过去一年,浦东新区勇挑重担,助推全市经济高质量发展,对全市经济增长贡献率超过30%。\n"
     "浦东新区地区生产总值增长7%,一般公共预算收入增长5%。\n", "310115"),
    # 市域 is the city's own area, not a higher one's (嘉兴)
    ("政府工作报告解读\n过去一年,全面推进嘉兴市域一体化,市域社会治理现代化试点成效明显,地区生产总值增长8%。\n"
     "嘉兴全面推进共同富裕示范区建设。\n", "330400"),
])
def test_a_level_word_in_passing_keeps_the_issuer(text: str, code: str) -> None:
    assert meta(text).region_code == code


def test_an_infographics_year_alone_above_its_heading_of_results_is_the_year_reviewed() -> None:
    # 长治 2024 (a write-up drawn as an infographic): `2023` alone, then `经济社会发展主要目标任务圆满完成`
    m = meta("政府工作报告解读(上)\n\n经济运行稳中向好 民生福祉成色更足\n\n过去一年,在市委的坚强领导下,"
             "全市上下攻坚克难、砥砺前行。\n\n2023\n\n勠力奋进\n\n经济社会发展主要目标任务圆满完成\n\n"
             "地区生产总值完成 2806.2亿元,增长 5.6%。\n")
    assert (m.report_year, m.review_year) == (2024, 2023)


def test_a_photo_caption_naming_a_county_is_not_the_issuer() -> None:
    # 黔东南 2020, a news page: the caption of a photo taken in 凯里 sits in the head
    text = ("會議現場(錢仕豪 攝)\n報告指出,過去一年,全州經濟社會發展穩中有進。\n\n"
            "在凱里——西湖區東西部勞務協作專場招聘上找工作的群眾(錢仕豪 攝)\n"
            "2019年,黔東南州經濟發展呈現快速增長勢頭,全州地區生產總值完成1123億元,增長8.4%。"
            "黔東南州經濟逆勢上揚。2019年是黔東南州扶貧力度最大的一年,凱里市和丹寨等6個已摘帽縣剩余貧困人口全部脫貧。\n")
    assert meta(text).region == "黔东南苗族侗族自治州"


@pytest.mark.parametrize(("line", "date"), [
    ("——20101221日在武汉市武昌区第十三届人民代表大会第六次会议上", "2010-12-21"),  # 武昌 2010: 年 and 月 lost
    ("——2011211日在获嘉县第十四届人民代表大会第五次会议上", "2011-02-11"),
    ("——2011111日在县第十五届人民代表大会第五次会议上", None),  # 1-11 or 11-1: not read
])
def test_a_date_that_lost_its_year_and_month_words(line: str, date: str | None) -> None:
    assert find_dates(line, None).delivered == date


def test_a_plan_review_heading_run_into_the_opening_gives_the_year_even_with_a_garbled_year() -> None:
    # 浔阳 2011, a document site's copy on one line, its year garbled: `…意见。一、“十一五〞及2023年工作回忆…`
    text = ("区人民政府年度工作报告材料各位代表。现在,我代表区人民政府,向大会作工作报告,请予审议。"
            "一、“十一五〞及2023年工作回忆“十一五〞时期是我区经济社会发展进程中极不寻常的五年。"
            "“十一五〞期末,全区完成生产总值249.1亿元,是“十五〞期末的1.9倍,年均增长15%。\n")
    m = meta(text)
    assert (m.report_year, m.review_year) == (2011, 2010)


# 忠县 2025, a news write-up that never writes 重庆市忠县 (its opening lines)
ZHONGXIAN = (
    "忠县坚持把习近平总书记视察重庆激发的干事创业激情转化为贯彻落实党中央决策部署的坚决行动,认真落实市委六届"
    "历次全会精神和市委书记袁家军调研忠县指示要求,按照忠县“1116”总体工作思路,紧扣“加快打造三峡库区特"
    "色中等城市特色产业集群县域样板”总目标,聚焦“2029年前后全县工业总产值和GDP均突破1000亿元,2"
    "035年城市规模达到50平方公里、50万人”的“双千亿”“双50”主要支撑目标,推动经济社会高质量发展。\n"
    "2024年,忠县地区生产总值增长6.7%,位居全市区县第四,固定资产投资、社会消费品零售总额、一般公共预"
    "算收入等主要经济指标增速均高于全市平均水平,实现了“大学梦”“名校梦”“三甲梦”“万达梦”“石宝寨快游梦"
    "”等百万忠县人民的幸福梦。\n"
    "聚焦“双千亿”目标,忠县将持续壮大“2+4”现代制造业集群,做实做优西南地区最大LNG加工处理基地和化学"
    "原料药生产基地,提速建设乌杨新区3平方公里核心区等项目,力争规上工业增加值增长11%以上。\n"
)


def test_a_two_character_county_said_often_is_the_region() -> None:
    assert meta(ZHONGXIAN).region == "重庆市忠县"
    # its city of province rank named once in passing is not the region either
    more = ZHONGXIAN.rstrip("\n") + "加快建设重庆市优化营商环境标杆城市,扎实推进民营经济高质量发展。\n"
    assert meta(more).region == "重庆市忠县"


def test_a_stamp_with_its_time_in_hours_and_minutes_words_dates_the_session() -> None:
    # 四川 2011 (四川在线): `• 2011年01月18日 00时00分` over `1月18日上午,…省十一届人大四次会议…`, whose term
    # table leaves 2009-2011 open, and `2010年是实施“十一五”规划的最后一年` later in the body
    text = ("推进新跨越 谱写新辉煌\n  • 2011年01月18日 00时00分\n  • 来源: 四川在线\n"
            "      1月18日上午,我省830名省人大代表汇聚省十一届人大四次会议,满腔热忱共谋“十二五”发展。\n"
            "      四川省第十一届人大第四次会议今日10点在锦江大礼堂开幕。\n"
            "      10时整,大会开幕。省长蒋巨峰开始作政府工作报告。预计全省生产总值超过16700亿元,增长15%左右。\n"
            "      蒋巨峰表示,2010年是实施“十一五”规划的最后一年,也是汶川特大地震灾后恢复重建的决胜之年。\n")
    m = meta(text)
    assert (m.region, m.report_year, m.date) == ("四川省", 2011, "2011-01-18")


@pytest.mark.parametrize("text", [
    # a province with a few counties under it names its province, not the county it speaks of twice
    "政府工作报告解读\n报告指出，2023年，海南省地区生产总值增长9.2%，一般公共预算收入增长10.1%。今年，全省地区生产总值"
    "增长8%左右。要加快文昌国际航天城建设，推动文昌商业航天发射场常态化发射，支持博鳌亚洲论坛办好年会。\n",
    # a city of province rank said as often as its district is its own write-up's region
    "政府工作报告解读\n报告指出，2023年，上海市地区生产总值增长5%。要推动浦东高水平改革开放，支持浦东打造社会主义"
    "现代化建设引领区。\n",
])
def test_a_division_named_in_passing_under_its_province_is_not_the_region(text: str) -> None:
    assert meta(text).region in ("海南省", "上海市")


def test_a_page_listing_a_provinces_cities_is_the_provinces() -> None:
    # 辽宁 2010's second page names no issuer, speaks of `全省` and lists its cities: not the first city listed
    m = meta("服务业发展步伐明显加快。预计全省服务业增加值增长12.1%,为近10年来最高增速。\n"
             "全年在建高速公路1276公里。沈阳、大连、丹东、锦州、营口、朝阳机场新建、扩建工程全面推进。"
             "沈阳地铁一号、二号线进展顺利,大连地铁开工建设。\n")
    assert m.region == "辽宁省"
    # (nor one that sets its figure against its province, `占全省的60%`: a reviewer's case)
    m = meta("2010年政府工作报告\n大连港货物吞吐量增长12%,占全省的60%。推进大连、丹东、锦州、营口、盘锦、葫芦岛沿海"
             "经济带开发。大连地区生产总值增长15%,固定资产投资增长25%。\n")
    assert m.region == "大连市"
    # (a city that speaks as one keeps its name: `全市` with its neighbours listed)
    m = meta("2010年沈阳市政府工作报告\n全市地区生产总值增长14%。沈阳、大连、丹东、锦州、营口五市合作推进。\n")
    assert m.region == "沈阳市"


def test_a_prefecture_speaking_names_itself_inside_words_or_by_its_counties_only() -> None:
    # 迪庆 2012: a write-up of the session that says `迪庆` inside words only, and 香格里拉, a county of its own
    m = meta("——州十二届人民代表大会第一次会议开幕式侧记\n瑞雪兆丰年。一月的香格里拉,处处涌动着希望的热潮。"
             "来自全州各族各界的人大代表肩负依法履职的重任。2011年,全州生产总值增长12%。"
             "他们将认真履行宪法和法律赋予的神圣职责,共同描绘迪庆未来的发展蓝图。\n")
    assert m.region == "迪庆藏族自治州"
    # 德宏 2025: `我代表州人民政府` and two of its counties named by their short names, the state never
    m = meta("各位代表:\n现在,我代表州人民政府,向大会报告工作。\n一、2024年工作回顾\n"
             "全州完成地区生产总值620.1亿元、增长3%。瑞丽口岸通关便利化水平提升,陇川甘蔗产业提质增效。"
             "坚持以铸牢中华民族共同体意识为主线。\n")
    assert m.region == "德宏傣族景颇族自治州"
    # (one county named, and 共和 inside 中华人民共和国, name no prefecture)
    m = meta("各位代表:\n现在,我代表州人民政府,向大会报告工作。\n一、2024年工作回顾\n"
             "全州完成地区生产总值620.1亿元、增长3%。瑞丽口岸通关便利化水平提升。中华人民共和国成立75周年。\n")
    assert m.region is None


def test_a_year_alone_below_a_heading_of_results_is_the_year_reviewed() -> None:
    # 广州 2026 on a news page: the session's date has no year; `这份成绩单…` then `▎2025年` over the results
    m = meta("1月19日上午9时,广州市第十六届人民代表大会第六次会议开幕,广州市市长孙志洋作政府工作报告。\n"
             "让我们从四个维度、30句话,读懂这份报告。\n这份成绩单,分量十足!\n▎2025年\n"
             "——城镇新增就业超35万人,实有经营主体超400万户\n")
    assert (m.report_year, m.review_year) == (2026, 2025)


def test_a_write_up_saying_the_goals_a_year_was_set_dates_the_report() -> None:
    # 宁波 2018 (a write-up without a date): `2018年,宁波立下了不少目标`
    m = meta("今天上午,宁波市十五届人大三次会议开幕,市长裘东耀代表市人民政府向大会作政府工作报告。记者从政府工作报告中"
             "注意到,2018年,宁波立下了不少目标。\n●实际利用外资43亿美元,浙商回归实到资金800亿元。\n")
    assert m.report_year == 2018


@pytest.mark.parametrize(("level", "tail"), [
    # a reviewer's cases: pairs inside ordinary words (中华人民共和国's 共和, 统筹发展和安全's 和安, read as 和田地区)
    # name no division for a speaker who names none
    ("州", "全州各族干部群众同心同德、砥砺奋进,隆重庆祝中华人民共和国成立75周年。"),
    ("区", "我们统筹发展和安全,推动医疗和康养产业融合发展。"),
])
def test_a_speaker_naming_no_division_keeps_no_region(level: str, tail: str) -> None:
    m = meta(f"各位代表:\n现在,我代表{level}人民政府,向大会报告工作,请予审议。\n一、2024年工作回顾\n"
             f"过去一年,全{level}完成地区生产总值620.1亿元、增长3%。" + tail + "\n")
    assert m.region is None


def test_a_provincial_documents_number_names_the_province_that_speaks_without_naming_itself() -> None:
    # 湖北 2018: the plan report forwarded by the province's notice, `文件编号:鄂政发〔2018〕1号`, and 全省 throughout
    m = meta("省政府批转省发展改革委关于2018年全省国民经济和社会发展计划报告的通知\n文件编号:鄂政发〔2018〕1号\n"
             "各市、州、县人民政府,省政府各部门:\n省发展改革委《关于2018年全省国民经济和社会发展计划的报告》已经省十三届人大"
             "一次会议审议通过,现批转给你们。\n2018年全省地区生产总值增长7.5%左右。\n")
    assert m.region == "湖北省"
    # (a city's notice, `杭政发〔2020〕`, names no province: a city speaks)
    m = meta("市政府关于印发2020年全市国民经济和社会发展计划的通知\n杭政发〔2020〕3号\n"
             "2020年全市地区生产总值增长6.5%。\n")
    assert m.region != "浙江省"


def test_a_write_up_whose_speaker_is_the_premier_is_the_national_reports() -> None:
    # 2014 (a traditional-character copy): `李克强说,2014年经济社会发展的主要预期目标是:国内生产总值增长7.5%左右`
    m = meta("李克強說,2014年經濟社會發展的主要預期目標是:國內生產總值增長7.5%左右,居民消費價格漲幅控制在3.5%左右。\n")
    assert (m.region, m.report_year) == ("全国", 2014)


def test_a_year_said_reaching_a_level_in_a_write_up_is_the_year_reviewed() -> None:
    # 广东 2013 (a newspaper's write-up without a date): `初步核算,2012年全省生产总值达5.7万亿元`
    m = meta("去年成绩单\nGDP年均增长10.2%\n而昨天,省长朱小丹在政府工作报告中“晒”出了广东去年经济发展的成绩单。"
             "初步核算,2012年全省生产总值达5.7万亿元,年均增长10.2%,总量继续居全国首位。\n")
    assert (m.report_year, m.review_year) == (2013, 2012)


def test_a_second_reviewers_cases_keep_their_region_and_year() -> None:
    # a county head who shares the premier's name speaks for his county
    assert meta("县长李强说,2015年全县经济社会发展的主要预期目标是:地区生产总值增长8%左右。\n").region != "全国"
    # a year whose goals were met is the year reviewed, not the year whose goals are set
    m = meta("过去一年,全市上下团结奋斗,实现了2023年定下的目标。\n2023年,全市地区生产总值增长6%。\n"
             "今年,全市地区生产总值预期增长5.5%左右。\n")
    assert m.report_year == 2024
    # a new 答卷 above a line of plans dates nothing
    assert meta("奋力书写高质量发展新答卷\n\n2026年\n全市地区生产总值预期增长5%左右,一般公共预算收入增长3%。\n"
                ).report_year != 2027


def test_a_congress_said_by_its_meetings_short_name_names_the_region_over_a_headlines_province() -> None:
    # 封面新闻 on 万源 2021: the headline names the province before the county (`四川万源`), the lead the congress by
    # its meeting's short name (`人代会`)
    m = meta("300亿元!四川万源为自己新的五年征程定下目标\n\n封面新闻记者 罗轩\n\n1月20日上午,四川万源市第六届人代会"
             "第六次会议开幕。此次会议既是对万源2020年和过去五年的全面总结,又给自己新的五年征程定下了目标。据了解,2020年,"
             "万源预计全年实现地区生产总值140亿元、增长4%。\n")
    assert (m.region, m.region_source) == ("万源市", "session")


def test_a_write_up_drawing_on_the_report_names_its_year_over_a_year_described() -> None:
    # 云南 2022 (a 繁體 repost of a write-up): `2021年是…“十四五”开局之年,…交出了一份高质量的答卷` describes the year
    # reviewed; `2022年云南省政府工作报告披露` names the report
    m = meta("地区生产总值达2.71万亿元,进出口总额增长16.8%。2021年是农历辛丑牛年,也是“十四五”开局之年,尽管瑞丽等地多次"
             "发生疫情,边疆云南仍交出了一份高质量的答卷。\n粮食稳,天下安。2022年云南省政府工作报告披露,2021年云南粮食总产量"
             "达1930.3万吨。\n")
    assert m.report_year == 2022


def test_a_write_up_quoting_last_years_report_keeps_this_years_targets_year() -> None:
    # a reviewer's case: a 2024 story on this year's targets that quotes the 2023 report's figures
    m = meta("成都今年经济增长目标定为6%左右\n1月20日,成都市长作政府工作报告。报告提出,2024年主要预期目标是:"
             "地区生产总值增长6%左右。记者注意到,2023年成都市政府工作报告显示,2022年全市地区生产总值增长2.8%。\n")
    assert m.report_year == 2024


@pytest.mark.parametrize("text", [
    # 惠州 2025 (a write-up): the report's telling opens on last year's results
    "2月19日,惠州市第十三届人民代表大会第六次会议开幕。市委副书记、代市长陈宇航向大会作政府工作报告。\n"
    "政府工作报告显示, 2024年,该市地区生产总值6136.4亿元,增速居广东第三。\n"
    "今年,该市经济社会发展的主要预期目标是:地区生产总值增长6%左右。\n",
    # 阳江 2025 (a write-up): the reporter learned from the report named with its year
    "南方日报讯 2月25日,阳江市第八届人民代表大会第六次会议开幕。记者从2025年阳江市政府工作报告(下称《报告》)获悉,"
    "去年阳江实现地区生产总值1629.6亿元、增长3.5%。今年,阳江地区生产总值预期目标为增长5%左右。\n",
    # ... or going on to this year (the writer's year is the report's), with no session to date it
    "南方日报讯 2月25日,阳江市人民代表大会开幕。记者从2025年阳江市政府工作报告获悉,今年阳江地区生产总值预期目标为"
    "增长5%左右。\n",
])
def test_a_write_up_dated_by_what_the_report_tells_or_by_the_report_the_reporter_read(text: str) -> None:
    assert meta(text).report_year == 2025
    # (a reviewer's: a report 显示 of 今年 may be last year's, quoted by a writer of the year after)
    m = meta("南方日报讯 2月25日,阳江市人民代表大会开幕。2024年阳江市政府工作报告显示,今年全市地区生产总值预期增长"
             "5%左右。记者从会上获悉,2025年全市地区生产总值预期增长5.5%。\n")
    assert m.report_year == 2025


def test_a_write_up_drawing_on_the_report_is_not_dated_by_the_targets_it_says_were_met() -> None:
    # a reviewer's case: `高于2021年预期目标0.3个百分点` names last year's targets, the report drawn on is 2022's
    m = meta("云南经济稳中向好\n记者了解到,全省经济运行总体平稳。2022年云南省政府工作报告披露的数据显示,"
             "2021年全省地区生产总值达到27146.8亿元,增长7.3%,高于2021年预期目标0.3个百分点。\n")
    assert m.report_year == 2022


@pytest.mark.parametrize(("text", "year"), [
    # a reviewer's fourth cases: 指出 still tells; a story quoting last year's report while it reviews that year
    ("云南经济观察\n新华网昆明消息。记者注意到,2022年云南省政府工作报告指出,2021年是“十四五”开局之年,全省上下"
     "交出了一份高质量的答卷。全省地区生产总值达到27146.76亿元,增长7.3%。\n", 2022),
    ("宁波两会观察\n新华网宁波消息。市长在报告中回顾了2024年全市经济社会发展情况。一年前,2024年宁波市政府工作报告"
     "披露,全市地区生产总值预期增长5.5%左右。一年来,全市地区生产总值达到18147.7亿元,增长5.4%。\n", 2025),
])
def test_a_write_ups_report_named_with_a_telling_word_and_a_review_named_after_it(text: str, year: int) -> None:
    assert meta(text).report_year == year


def test_last_years_report_quoted_for_its_targets_dates_no_write_up() -> None:
    # a reviewer's fifth case: `2024年政府工作报告指出,要力争…` in a 2025 story compares with last year's targets
    m = meta("今年GDP增长目标定为6%左右\n今年全市经济社会发展的主要预期目标是:地区生产总值增长6%左右。\n"
             "2024年,全市地区生产总值完成3200亿元,增长5.8%。\n值得一提的是,2024年政府工作报告指出,要力争地区生产总值增长6.5%,实际完成5.8%。\n")
    assert m.report_year == 2025


def test_a_write_ups_line_listing_the_sessions_reports_types_it_by_the_first() -> None:
    # `代表们将审议政府工作报告、…计划草案的报告、财政预算执行情况与预算草案的报告`: a write-up of the work report
    m = meta("1月10日上午,义乌市第十七届人民代表大会第三次会议开幕。市长王健代表市人民政府作工作报告。\n"
             "会议期间,代表们将审议政府工作报告、国民经济和社会发展计划执行情况与计划草案的报告、"
             "财政预算执行情况与预算草案的报告。\n")
    assert m.report_type == "government_work_report"
    assert meta("关于2023年预算执行情况和2024年预算草案的报告\n各位代表:\n").report_type == "budget_report"


def test_a_future_word_after_a_verb_of_saying_still_looks_ahead() -> None:
    # `2024年，县委提出要…` (a reviewer's): 要 after 提出 is no comparison (`超预期`, `好于预期` are)
    m = meta("长兴县政府工作报告解读\n2024年，县委提出要坚持稳中求进工作总基调。全县地区生产总值增长6%左右。\n")
    assert (m.review_year, m.plan_year) == (2023, 2024)


def test_a_report_named_on_its_own_before_the_work_report_types_the_head() -> None:
    # (a budget report that cites the work report first: the list rule is for lists only)
    m = meta("县财政局关于预算的说明\n根据县政府工作报告确定的目标，县财政局编制了2014年财政预算草案的报告。"
             "2013年一般公共预算收入增长10%。\n")
    assert m.report_type == "budget_report"


def test_a_write_up_of_the_sessions_close_that_gives_the_years_goals_is_a_work_reports() -> None:
    # 新浪湖南 on 长沙 2014 (rv124): no word of the work report, but the session and the goals it set; and `已确定2014年
    # 发展目标` dates them as `确定了` does
    text = ("本报1月11日讯(记者 王晗)今天下午,长沙市人大十四届二次会议落下帷幕。在随后召开的媒体见面会上,"
            "刚刚当选长沙市市长的胡衡华表示,将以群众满意为第一追求。\n"
            "长沙市已确定2014年发展目标:地区生产总值增长11.5%,财政总收入增长15%。\n")
    m = meta(text)
    assert (m.report_type, m.report_year) == ("government_work_report", 2014)
    facts = {(f.indicator, f.role, f.period) for rr in pipeline.extract_bytes(text.encode(), "t.txt").reports
             for f in rr.facts}
    assert ("gdp", "target", 2014) in facts
    # (a session's news with no goals is no work report's, nor a year looked back on: `去年已确定2013年发展目标`)
    assert meta(text.replace("发展目标:", "工作:")).report_type == "other"
    assert meta(text.replace("长沙市已确定", "去年已确定")).report_year != 2014
    # (nor another body's paper that names the session and its goals: `…统计公报`, a party congress's report)
    assert meta("某县2014年国民经济和社会发展统计公报\n" + text).report_type == "other"


def test_goals_said_settled_with_yi_date_a_write_up_only_when_listed_after() -> None:
    # (a reviewer's probes: `围绕已明确2017年经济社会发展目标，…增长8.1%` looks back on a year; `国务院已经确定2015年
    # 发展目标，全国…` is another body's; neither dates the session's write-up)
    text = ("市人大会议开幕\n市十五届人大二次会议开幕。过去一年，全市上下围绕已明确2017年经济社会发展目标，奋力拼搏，"
            "地区生产总值增长8.1%。今年主要预期目标是：地区生产总值增长7.5%。\n")
    assert meta(text).report_year is None
    assert meta("市人大会议审议政府工作报告\n代表们认为，国务院已经确定2015年发展目标，全国经济增长7%左右，"
                "我市今年地区生产总值增长9%的预期目标切实可行。\n").report_year is None


def test_a_newspapers_masthead_with_its_page_dates_a_write_up() -> None:
    # 河北日报 on 沧州 2024 (rv126): `河北日报 2024年1月26日 第05版 · 市县新闻`, then `本报沧州1月25日电`
    text = ("河北日报 2024年1月26日 第05版 · 市县新闻\n\n沧州：锚定“沿海经济强市”目标 今年GDP预期增长6.5%左右\n\n"
            "本报沧州1月25日电（记者 赵明远）25日上午，沧州市第十五届人民代表大会第三次会议开幕。"
            "市长代表市政府作政府工作报告。\n")
    assert meta(text).report_year == 2024
    # (a reviewer's probe: a masthead below the text, in a related-news list, is another article's)
    assert meta("过去一年，全市地区生产总值增长7%。今年主要预期目标是：地区生产总值增长6%左右。\n相关新闻\n"
                "河北日报 2023年12月30日 第05版 · 市县新闻\n").report_year is None


def test_a_taiwan_agencys_editor_line_dates_a_story_that_prints_no_year() -> None:
    # 中央社 on 成都 2024 (a blind set): the story says only `1/22`, `去年`, `今年`; its closing editor line carries the
    # day it went out in the Republic's years (`（編輯：張均懋）1130122`: 2024-01-22), in the season of the sessions
    text = ("成都經濟總量逾2.2兆 今年GDP目標成長6%左右\n1/22 21:05\n"
            "（中央社記者林雅婷台北22日電）成都市長今天在成都市人大會議上發表政府工作報告指出，今年經濟成長目標訂為百分之六左右。\n"
            "報告提出，今年地區生產總值成長6%左右。\n（編輯：張均懋）1130122\n")
    m = meta(text)
    assert (m.report_year, m.year_source) == (2024, "published")
    assert meta(text.replace("（編輯：張均懋）1130122", "（編輯：張均懋）")).report_year is None


def test_a_region_met_or_learnt_from_is_no_evidence_of_which_namesake_speaks() -> None:
    # (a blind set's districts whose names several cities bear) a friendship, an exchange or a model named in full is
    # another city's district, neither the issuer nor a tie of the issuer's name to that city
    head = "政府工作报告\n——2012年1月9日在铁西区第十五届人民代表大会第五次会议上\n各位代表：\n一、过去一年工作回顾\n"
    m = meta(head + "认真学习借鉴沈阳市铁西区老工业基地搬迁改造的经验。积极融入沈阳经济区建设。"
             "万达广场、鞍山站前商务区改造加快推进。全区地区生产总值增长12%。\n")
    assert m.region_code in (None, "210303")  # (the partner's namesake never; 鞍山 and 沈阳 are both named once more)
    m = meta("政府工作报告\n——2024年1月10日在城关区第十八届人民代表大会第三次会议上\n各位代表：\n一、过去一年工作回顾\n"
             "深入贯彻习近平总书记对甘肃重要讲话精神。"
             "与拉萨市城关区缔结友好城区。兰州老街入选国家级夜间文化和旅游消费集聚区，兰州科技大市场建成运营。"
             "全区地区生产总值增长6%。\n")
    assert m.region_code == "620102"


def test_the_whole_of_a_prefecture_said_by_its_own_word_in_its_report_and_in_a_countys() -> None:
    # 阿里地区 2012: `全地区实现生产总值…` is the prefecture's own whole; in a county under it, the level above
    text = "{}2012年政府工作报告\n一、2011年工作回顾\n全地区实现生产总值32.6亿元，增长13.8%。\n"
    own = [(f.indicator, f.value) for rr in pipeline.extract_bytes(text.format("阿里地区").encode(), "t.txt").reports
           for f in rr.facts]
    assert ("gdp", 32.6) in [(i, float(v)) for i, v in own]
    county = [f for rr in pipeline.extract_bytes(text.format("噶尔县").encode(), "t.txt").reports for f in rr.facts]
    assert county == []


def test_the_issuers_own_city_after_words_of_meeting_is_kept() -> None:
    # (a reviewer's) `向福州市人大常委会报告工作`, `向宁波市争取专项资金`: the issuer's own city, context for its name
    head = "政府工作报告\n——2019年1月10日在鼓楼区第十七届人民代表大会第四次会议上\n各位代表：\n一、2018年工作回顾\n"
    m = meta(head + "一年来，我们主动向福州市人大常委会报告工作，向福州市争取专项资金3亿元。全区地区生产总值增长7%。\n")
    assert m.region_code == "350102"
    # (a partner's namesake with its experience quoted after it is still a partner)
    m = meta(head + "借鉴福州市鼓楼区“一线工作法”经验，全区地区生产总值增长7.2%。开封市委、市政府坚强领导。\n")
    assert m.region_code != "350102"


def test_a_signature_at_the_end_names_the_issuer_the_title_lost() -> None:
    # 昆山 2013 in a blind set: no title, `我代表市人民政府`, 苏州 named more often than 昆山, then the signature
    from zhibiao import pipeline

    text = ("各位代表:\n现在,我代表市人民政府,向大会报告工作,请予审议。\n一、2012年工作回顾\n"
            "在苏州市委、市政府和市委的坚强领导下,全市实现地区生产总值2730亿元,在苏州大市范围内继续保持领先,总量继续位居苏州各市(区)前列。\n"
            "让我们勇当苏州乃至全省发展的排头兵!\n\n昆山市人民政府办公室\n二〇一三年一月\n")
    meta = pipeline.extract_bytes(text.encode(), "t.txt").reports[0].report.meta
    assert (meta.region, meta.region_code) == ("苏州市昆山市", "320583")


def test_a_sites_footer_and_a_city_signing_a_countys_text_do_not_outrank_the_dateline() -> None:
    from zhibiao import pipeline

    filler = "".join(f"第{k}项工作稳步推进。\n" for k in range(30))
    text = ("昆山2013年政府工作报告提出今年目标\n本报昆山1月8日讯　政府工作报告提出，2013年全市地区生产总值增长10%。\n"
            + filler + "\n苏州市人民政府办公室\n")
    assert pipeline.extract_bytes(text.encode(), "t.txt").reports[0].report.meta.region == "苏州市昆山市"
    site = ("政府工作报告\n我代表市人民政府向大会报告工作。\n" + filler + "网站地图 | 联系我们\n江苏省人民政府办公厅\n")
    assert pipeline.extract_bytes(site.encode(), "t.txt").reports[0].report.meta.region != "江苏省"


def test_a_former_city_merged_away_is_no_issuer() -> None:
    # 济南 2019 (齐鲁网): the new city's first report gives the old city's figures apart, `原莱芜市` on a short line
    text = ("新济南首份政府工作报告出炉：今年GDP预期增长7.5%左右\n"
            "\n"
            "2019-01-31 11:05:20　来源：齐鲁网　作者：闪电新闻记者 王铮\n"
            "\n"
            "齐鲁网·闪电新闻1月31日讯　今天上午，济南市人民代表大会会议在山东会堂开幕，市长作政府工作报告。"
            "这是莱芜划归济南管辖后，“新济南”的第一份政府工作报告。报告提出，今年全市地区生产总值增长7.5%左右。\n"
            "\n"
            "【回顾】去年主要指标稳中有进\n"
            "\n"
            "报告显示，去年全市（不含原莱芜市，下同）地区生产总值7856.6亿元，增长7.4%。\n"
            "\n"
            "原莱芜市地区生产总值1005.7亿元，增长6.1%。按照新的行政区划计算，去年全市经济总量超过8800亿元。\n")
    assert meta(text).region_code == "370100"
    # `平原县` keeps its `原`: a name that holds the character is no former division
    text = ("平原县人民政府工作报告\n各位代表:现在,我代表县人民政府向大会报告工作。\n"
            "2018年,全县地区生产总值增长6.5%。\n")
    assert meta(text).region_code == "371426"


def test_a_local_sites_masthead_names_the_county_over_its_prefecture_said_once() -> None:
    # 寿光 2009 (寿光新闻网): a county-level city's `市十五届人大`, the prefecture's session told of once
    text = ("图说政府工作报告\n寿光新闻网　发布时间：2009年2月12日　来源：寿光日报\n"
            "编者按：2月11日，市十五届人大三次会议隆重开幕。市长在政府工作报告中回顾了去年我市的不凡历程。\n"
            "■去年：逆势而上　交出满意答卷\n385.6亿元\n全市地区生产总值，增长14.1%\n"
            "156.3亿元\n规模以上工业增加值，增长18.9%\n"
            "21.36亿元\n地方财政一般预算收入，增长25.2%\n236.8亿元\n全社会固定资产投资，增长24.5%\n"
            "118.2亿元\n社会消费品零售总额，增长22.8%\n16980元\n城镇居民人均可支配收入，增长14.6%\n"
            "第九届\n中国（寿光）国际蔬菜科技博览会成功举办\n■今年：坚定信心　迎难而上\n"
            "前不久召开的潍坊市人代会提出，今年全市地区生产总值增长10%以上，我市地区生产总值增长12%左右。\n")
    assert meta(text).region_code == "370783"
    # the masthead of a site of the city over the city's own report changes nothing
    text = ("潍坊新闻网　发布时间：2009年2月12日\n编者按：市十五届人大三次会议隆重开幕。\n"
            "潍坊市地区生产总值增长13.2%。\n")
    assert meta(text).region_code == "370700"


def test_a_county_sites_masthead_or_a_citys_office_over_the_other_levels_own_text() -> None:
    # a county's site reposting its prefecture's report: the body names only the prefecture, its region stays
    text = ("寿光新闻网　发布时间：2012年2月20日　来源：寿光日报\n各位代表：现在，我代表市人民政府向大会报告工作。\n"
            "2011年，潍坊市生产总值增长12%，潍坊一般预算收入增长25%，潍坊规上工业增加值增长15%。今年全市生产总值增长11%。\n")
    assert meta(text).region_code == "370700"
    # a city's office posting a county's report that names only the county: the county's
    text = ("来源：潍坊市人民政府办公室\n发布时间：2012-03-01\n各位代表：现在，我代表市人民政府向大会报告工作。\n"
            "2011年，寿光市地区生产总值增长12%，寿光一般预算收入增长25%，寿光市规上工业增加值增长15%。今年全市生产总值增长11%。\n")
    assert meta(text).region_code == "370783"


def test_a_story_on_one_city_quoting_a_neighbours_head_stays_whole() -> None:
    # (a round-up splits only where each head's paragraph gives figures of its own)
    text = ("成都2016年政府工作报告要点\n成都市长唐良智12日在成都市十六届人大四次会议上作政府工作报告。"
            "今年全市地区生产总值增长7.5%左右。\n会上，德阳市长何礼表示，成德同城化将提速。\n全市规模以上工业增加值增长8.5%。\n")
    reports = pipeline.extract_bytes(text.encode(), "t.txt").reports
    assert [r.report.meta.region_code for r in reports] == ["510100"]
    # a round-up of three provinces, a paragraph each led by its head speaking, is one report each
    text = ("陆经济新常态 京沪粤齐降温\n大陆各省区市地方两会近日陆续召开。\n"
            "北京市长王安顺23日在北京市十四届人大三次会议作政府工作报告，今年北京地区生产总值增长7%左右。\n"
            "上海则成为首个不设具体增长目标的省级地区。上海市长杨雄25日在市人大会议上说，去年上海GDP增长百分之七。\n"
            "广东省长朱小丹25日宣布，今年广东经济增长目标为7.5%。\n")
    reports = pipeline.extract_bytes(text.encode(), "t.txt").reports
    assert [r.report.meta.region_code for r in reports] == ["110000", "310000", "440000"]


def test_a_round_up_whose_heads_follow_their_provinces_full_names() -> None:
    # 中新网 2010: `江苏省代省长罗志军在报告中说`, `浙江省省长吕祖善介绍`: the name ends before the head's word
    text = ("多省份公布今年GDP增长目标\n2010年01月28日 09:12　来源：中国新闻网\n"
            "中新网1月28日电 各省份2010年经济增长目标相继出炉。\n"
            "江苏提出，今年全省生产总值增长11%。江苏省代省长罗志军在报告中说，去年全省生产总值增长12.4%。\n"
            "浙江省今年的预期目标是全省生产总值增长9%。浙江省省长吕祖善介绍，去年浙江全省生产总值增长8.9%。\n"
            "福建省今年确定的目标为全省生产总值增长10%以上。福建省省长黄小晶说，去年全省生产总值增长12%。\n")
    reports = pipeline.extract_bytes(text.encode(), "t.txt").reports
    assert [r.report.meta.region_code for r in reports] == ["320000", "330000", "350000"]


def test_a_provincial_papers_story_of_the_premiers_report_and_its_own() -> None:
    # 湖北日报 2012: the premier's targets, then the province's report told (`省长王国生在省十一届人大五次会议上
    # 所作的…`)
    text = ("国家下调增速目标至7.5% 湖北11%的目标不变\n——代表委员热议全国与我省两份政府工作报告\n"
            "荆楚网消息（湖北日报）3月5日，国务院总理温家宝在十一届全国人大五次会议上作政府工作报告，"
            "提出今年国内生产总值增长7.5%。\n"
            "今年1月，省长王国生在省十一届人大五次会议上所作的政府工作报告提出，今年全省生产总值增长11%。\n")
    assert meta(text).region_code == "420000"
    # the premier's report alone stays the nation's
    text = ("国务院总理温家宝在十一届全国人大五次会议上作政府工作报告\n"
            "新华社北京3月5日电 国务院总理温家宝5日在十一届全国人大五次会议上"
            "作政府工作报告，提出今年国内生产总值增长7.5%。\n")
    assert meta(text).region_code == "000000"


def test_the_plans_goals_named_after_the_year_reviewed_date_nothing() -> None:
    # 浙江 2006 (人民网): `回顾“十五”时期和2005年的工作，提出“十一五”时期的主要目标任务和2006年的工作安排`
    text = ("浙江“十五”圆满收官 今年生产总值预期增长9%以上\n"
            "人民网杭州1月16日电 浙江省十届人大四次会议今天上午在杭州开幕。"
            "浙江省省长吕祖善代表省人民政府作政府工作报告，回顾“十五”时期和2005年的工作，提出“十一五”时期的主要目标任务和"
            "2006年的工作安排。\n报告显示，刚刚过去的2005年，全省生产总值增长12.4%。\n")
    assert meta(text).report_year == 2006


def test_a_national_write_up_naming_a_governors_report_in_passing_stays_national() -> None:
    text = ("国务院总理温家宝作政府工作报告\n"
            "新华社北京3月5日电 国务院总理温家宝今天在十一届全国人大四次会议上作政府工作报告，"
            "今年国内生产总值增长8%左右。\n浙江省长吕祖善在省十一届人大四次会议上所作的政府工作报告中曾提出全省生产总值增长8%。\n")
    assert meta(text).region_code == "000000"


def test_one_provinces_story_with_a_neighbours_governor_stays_whole() -> None:
    # (a round-up led by heads names three regions or more)
    text = ("湖南今年GDP预期增长10%\n"
            "湖南省省长徐守盛今天在省十二届人大一次会议上作政府工作报告，今年全省地区生产总值增长10%。\n"
            "而湖北省省长王国生在武汉表示，湖北今年生产总值增长10%左右。\n")
    reports = pipeline.extract_bytes(text.encode(), "t.txt").reports
    assert [r.report.meta.region_code for r in reports] == ["430000"]


def test_a_round_up_with_autonomous_regions_led_by_their_chairmen() -> None:
    # 新华网 2010: an autonomous region's head is its chairman (`广西壮族自治区主席马飚…时说`), as a province's is its
    # governor; each paragraph so led is one report
    text = ("多省区公布今年经济增长目标\n新华网北京1月25日电 近日，各地陆续召开人代会。\n"
            "广东省省长黄华华在省十一届人大三次会议上作政府工作报告时提出，今年全省生产总值增长8.5%。\n"
            "广西壮族自治区主席马飚在自治区十一届人大三次会议上作政府工作报告时说，今年全区生产总值增长10%以上。\n"
            "内蒙古自治区主席巴特尔在报告中提出，今年全区生产总值增长13%左右。\n")
    reports = pipeline.extract_bytes(text.encode(), "t.txt").reports
    assert [r.report.meta.region_code for r in reports] == ["440000", "450000", "150000"]
    # a chairman of the political consultative conference is no head of a government
    text = ("广东省今年GDP预期增长8.5%\n"
            "广东省省长黄华华在省十一届人大三次会议上作政府工作报告时提出，今年全省生产总值增长8.5%。\n"
            "广西壮族自治区政协主席马庆生在会上表示，两广合作将深化。\n"
            "湖南省省长周强说，今年湖南生产总值增长10%。\n")
    reports = pipeline.extract_bytes(text.encode(), "t.txt").reports
    assert [r.report.meta.region_code for r in reports] == ["440000"]


def test_a_provincial_papers_digest_of_its_strong_counties_under_their_names() -> None:
    # 浙江 2017 (a blind set's): `■慈溪市` / … / `■义乌市` / … / `■诸暨市`, counties of three cities of one province:
    # one report each, each the county of the item's year (宁波's 慈溪市, not the city of 1988-89 under the province)
    text = ("县域“领头羊”亮出2017年成绩单和目标单\n【编者按】近期，我省经济强县（市）陆续召开人代会。\n■慈溪市\n"
            "慈溪市政府工作报告显示，2016年全市实现地区生产总值1860.2亿元，增长7.3%。\n■义乌市\n"
            "义乌市政府工作报告指出，2016年全市地区生产总值增长7.6%。\n■诸暨市\n"
            "诸暨市政府工作报告显示，2016年诸暨地区生产总值1054.6亿元，增长7%。\n")
    reports = pipeline.extract_bytes(text.encode(), "t.txt").reports
    assert [r.report.meta.region_code for r in reports] == ["330282", "330782", "330681"]


def test_a_round_up_heading_one_city_without_a_colon() -> None:
    # 苏南 2023 (a blind set's): `苏州：…` / … / `无锡市今年将GDP增长目标定在5.5%左右` / … / `南京：…`; and 湖北 2014:
    # `武汉：…` / … then paragraphs opening on the others' reports (`襄阳市政府工作报告则提出`)
    text = ("多地公布2023年GDP目标\n\n苏州：GDP增长5%左右\n\n"
            "苏州市政府工作报告提出，2023年苏州地区生产总值增长5%左右。\n\n"
            "无锡市今年将GDP增长目标定在5.5%左右\n\n无锡市今年将地区生产总值增长目标定为5.5%左右。\n\n"
            "南京：确保增长5.5%以上\n\n南京市长陈之常提出，2023年全市地区生产总值确保增长5.5%以上。\n")
    reports = pipeline.extract_bytes(text.encode(), "t.txt").reports
    assert [r.report.meta.region_code for r in reports] == ["320500", "320200", "320100"]
    text = ("武汉宜昌襄阳晒出2014年发展目标\n\n武汉：生产总值增长10%左右\n\n"
            "武汉市市长唐良智作政府工作报告，2014年全市地区生产总值"
            "增长10%左右。\n\n宜昌市政府工作报告提出，2014年全市生产总值增长11%以上。\n"
            "襄阳市政府工作报告则提出，今年全市生产总值增长11%。\n")
    reports = pipeline.extract_bytes(text.encode(), "t.txt").reports
    assert [r.report.meta.region_code for r in reports] == ["420100", "420500", "420600"]


def test_a_digest_of_two_counties_of_different_cities_of_one_province() -> None:
    text = ("县域“领头羊”亮出2017年成绩单\n【编者按】近期，我省经济强县陆续召开人代会。\n■慈溪市\n"
            "慈溪市政府工作报告显示，2016年全市实现地区生产总值1860.2亿元，增长7.3%。\n■义乌市\n"
            "义乌市政府工作报告指出，2016年全市地区生产总值增长7.6%。\n")
    reports = pipeline.extract_bytes(text.encode(), "t.txt").reports
    assert [r.report.meta.region_code for r in reports] == ["330282", "330782"]


def test_a_round_up_with_a_chairmans_name_in_two_parts_and_reports_said_also() -> None:
    # reviewers' probes after stop 67: `雪克来提·扎克尔`, a name joined by a dot; `…政府工作报告亦提出`
    text = ("多省区公布今年经济增长目标\n新华网北京1月25日电 近日，各地陆续召开人代会。\n"
            "广东省省长朱小丹在省十二届人大四次会议上作政府工作报告时提出，今年全省生产总值增长7.5%。\n"
            "新疆维吾尔自治区主席雪克来提·扎克尔在自治区十二届人大四次会议上说，今年全区生产总值增长9%。\n"
            "内蒙古自治区主席巴特尔在报告中提出，今年全区生产总值增长7.5%左右。\n")
    reports = pipeline.extract_bytes(text.encode(), "t.txt").reports
    assert [r.report.meta.region_code for r in reports] == ["440000", "650000", "150000"]
    text = ("三市晒出2014年发展目标\n\n武汉：生产总值增长10%左右\n\n"
            "武汉市市长唐良智作政府工作报告，2014年全市地区生产总值增长10%左右。\n\n宜昌市政府工作报告亦提出，2014年全市生产总值增长11%以上。\n"
            "襄阳市政府工作报告同样明确提出，今年全市生产总值增长11%。\n")
    reports = pipeline.extract_bytes(text.encode(), "t.txt").reports
    assert [r.report.meta.region_code for r in reports] == ["420100", "420500", "420600"]
