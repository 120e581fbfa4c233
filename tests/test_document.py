"""zhibiao.document: splitting, metadata (issue 2's acceptance table), sections, glossary, inspect CLI."""

from __future__ import annotations

import json
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from zhibiao import pipeline
from zhibiao.document import split_reports
from zhibiao.document.meta import cn_number, five_year_plan_year, parse_session
from zhibiao.document.sections import build_sections, cue_kind
from zhibiao.document.split import report_spans, toc_span
from zhibiao.model import Report, Section, Source
from zhibiao.normalize import normalize

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def _path(prefix: str) -> Path:
    for sub in ("corpus", "corpus_pairs"):
        hits = sorted((SHARED / sub).glob(f"{prefix}_*.txt")) if (SHARED / sub).is_dir() else []
        if hits:
            return hits[0]
    pytest.skip(f"corpus file {prefix} not available (../shared missing)")


@cache
def _read(prefix: str) -> tuple[Report, ...]:
    from zhibiao.pipeline import read

    return tuple(read(_path(prefix)))


def _text_reports(text: str, name: str = "t.txt") -> list[Report]:
    src = Source(path=name, name=name, raw=text.encode(), text=text, encoding="utf-8")
    return split_reports(normalize(text), src)


def _flat(secs: tuple[Section, ...] | list[Section]) -> list[Section]:
    out: list[Section] = []
    for s in secs:
        out.append(s)
        out.extend(_flat(s.children))
    return out


# --- the acceptance table of issue 2 -----------------------------------------------------------
CORPUS = [
    ("000", 1, "遂宁市安居区", "510904", "county", "plan_report", 2025, 2024, 2025),
    ("001", 1, "南充市高坪区", "511303", "county", "government_work_report", 2025, 2024, 2025),
    ("002", 1, "自贡市", "510300", "prefecture", "plan_report", 2024, 2023, 2024),
    ("003", 1, "攀枝花市东区", "510402", "county", "plan_report", 2024, 2023, 2024),
] + [
    ("004", i, region, code, "prefecture", "government_work_report", 2024, 2023, 2024)
    for i, (region, code) in enumerate(
        [("济南市", "370100"), ("沈阳市", "210100"), ("福州市", "350100"), ("本溪市", "210500"),
         ("盘锦市", "211100"), ("商丘市", "411400"), ("内江市", "511000")], start=1)
]
PAIRS = [
    ("101", "全国", "000000", "national", "government_work_report", 2024),
    ("102", "全国", "000000", "national", "government_work_report", 2025),
    ("103", "沈阳市", "210100", "prefecture", "plan_report", 2025),
    ("104", "沈阳市", "210100", "prefecture", "plan_report", 2024),
    ("105", "沈阳市", "210100", "prefecture", "plan_report", 2023),
    ("106", "沈阳市", "210100", "prefecture", "government_work_report", 2023),
    ("107", "沈阳市", "210100", "prefecture", "government_work_report", 2025),
    ("108", "济南市", "370100", "prefecture", "government_work_report", 2025),
]


def test_report_counts() -> None:
    counts = {p: len(_read(p)) for p in ("000", "001", "002", "003", "004")}
    assert counts == {"000": 1, "001": 1, "002": 1, "003": 1, "004": 7}
    assert [r.index for r in _read("004")] == list(range(1, 8))


@pytest.mark.parametrize(("doc", "idx", "region", "code", "level", "rtype", "year", "review", "plan"), CORPUS)
def test_corpus_metadata(doc: str, idx: int, region: str, code: str, level: str, rtype: str, year: int,
                         review: int, plan: int) -> None:
    m = _read(doc)[idx - 1].meta
    assert (m.region, m.region_code, m.level, m.report_type) == (region, code, level, rtype)
    assert (m.report_year, m.review_year, m.plan_year) == (year, review, plan)


@pytest.mark.parametrize(("doc", "region", "code", "level", "rtype", "year"), PAIRS)
def test_pairs_metadata(doc: str, region: str, code: str, level: str, rtype: str, year: int) -> None:
    reports = _read(doc)
    assert len(reports) == 1
    m = reports[0].meta
    got = (m.region, m.region_code, m.level, m.report_type, m.report_year)
    assert got == (region, code, level, rtype, year)
    assert (m.review_year, m.plan_year) == (year - 1, year)


@pytest.mark.parametrize(("doc", "idx", "congress", "meeting", "date"), [
    ("000", 1, 5, 5, "2025-03-26"),
    ("001", 1, 7, 5, "2025-02-19"),
    ("003", 1, 12, 4, "2024-02-27"),  # delivery date, not the site's publication date
    ("004", 2, 17, 3, "2024-01-08"),
    ("101", 1, 14, 2, "2024-03-05"),
])
def test_session_and_date(doc: str, idx: int, congress: int, meeting: int, date: str) -> None:
    m = _read(doc)[idx - 1].meta
    assert m.session is not None and m.session.to_dict() == {"congress": congress, "meeting": meeting}
    assert m.date == date


def test_dates_from_publication_and_fragments() -> None:
    assert _read("002")[0].meta.date == "2024-02-29"  # newspaper fragment: publication date
    # `——202418日在沈阳市第十七届…`: the delivery date with 年 and 月 lost, read the one way it splits
    # (before, the page's stamp 2024-01-23 stood in for it)
    assert _read("104")[0].meta.date == "2024-01-08"
    assert _read("004")[5].meta.date is None  # 商丘: no date stated anywhere


def test_titles() -> None:
    want = "遂宁市安居区2024年国民经济和社会发展计划执行情况及2025年计划草案的报告"
    assert _read("000")[0].meta.title == want  # a title wrapped over two lines
    assert _read("003")[0].meta.title.startswith("关于攀枝花市东区2023年")  # traditional title converted
    assert _read("004")[6].meta.title == "2024年内江市政府工作报告"
    assert _read("103")[0].meta.title is None  # no title line


# --- splitting ---------------------------------------------------------------------------------
def test_toc_is_not_a_report() -> None:
    reports = _read("004")
    assert reports[0].text.startswith("2024年济南市政府工作报告")
    assert all("目 录" not in r.text for r in reports)
    text = _path("004").read_text(encoding="utf-8")
    ls = __import__("zhibiao.document._common", fromlist=["lines"]).lines(text)
    i, j = toc_span(ls)
    assert (i, j) == (2, 29)


def test_reports_are_exact_slices() -> None:
    for doc in ("004", "003"):
        for r in _read(doc):
            assert r.doc.text[r.offset : r.offset + len(r.text)] == r.text


def test_comment_line_and_single_report() -> None:
    text = "# 合成示例\n某县2024年政府工作报告\n各位代表:\n一、2023年工作回顾\n地区生产总值增长5%。\n"
    spans = report_spans(text)
    assert len(spans) == 1 and text[spans[0].start :].startswith("某县")


def test_two_reports_split_at_titles() -> None:
    one = "2024年济南市政府工作报告\n各位代表:\n一、2023年工作回顾\n增长6%。\n"
    two = "2024年沈阳市政府工作报告\n各位代表:\n一、2023年工作回顾\n增长5%。\n"
    reports = _text_reports(one + two)
    assert [r.meta.region for r in reports] == ["济南市", "沈阳市"]
    assert reports[1].text == two



def test_a_compilation_of_abstracts_splits_at_titles_over_their_session_lines() -> None:
    # a city's compilation of abstracts (玉林 2020 and its 陆川县): no `各位代表` under the titles, each a session line;
    # a title may end on `（摘要）`
    one = ("玉林市2020年政府工作报告（摘要）\n——2020年1月8日在玉林市第五届人民代表大会第五次会议上\n"
           "一、2019年工作回顾\n全市地区生产总值1761.8亿元，增长6.4%。\n")
    two = ("陆川县2020年政府工作报告（摘要）\n——2020年1月15日在陆川县第十七届人民代表大会第五次会议上\n"
           "一、2019年工作回顾\n全县地区生产总值完成218.4亿元，增长6.8%。\n")
    reports = _text_reports(one + two)
    assert [r.meta.region for r in reports] == ["玉林市", "陆川县"]
    assert reports[1].text == two
    # ... but a second title before any sentence is the same report's (a page's header, then the report's title;
    # a cover, then the speaker's caption)
    head = "政府工作报告\n——2015年2月4日在大庆市第九届人民代表大会第四次会议上\n·本刊特稿·\n"
    assert len(_text_reports(head + "政府工作报告\n——2015年2月4日在大庆市第九届人民代表大会第四次会议上\n"
                             "各位代表:\n一、2014年工作回顾\n地区生产总值4070亿元。\n")) == 1
    # (a reviewer's: reports that open with the address still split when their items end on `；`; a full report's
    # page repeating its title and session line, its first report opening on the address, starts none)
    lu = ("陆川县政府工作报告\n——2020年1月15日在陆川县第十七届人民代表大会第五次会议上\n各位代表：\n"
          "地区生产总值增长6.5%；\n")
    bo = ("博白县政府工作报告\n——2020年1月12日在博白县第十六届人民代表大会第五次会议上\n各位代表：\n"
          "地区生产总值增长7.1%；\n")
    assert [r.meta.region for r in _text_reports(lu + bo)] == ["陆川县", "博白县"]
    page = ("陆川县政府工作报告\n——2020年1月15日在陆川县第十七届人民代表大会第五次会议上\n各位代表：\n"
            "一、2019年工作回顾\n地区生产总值增长6.5%。\n上一页 1 2 3 下一页\n陆川县政府工作报告\n"
            "——2020年1月15日在陆川县第十七届人民代表大会第五次会议上\n二、2020年主要预期目标\n地区生产总值增长7%左右。\n")
    assert len(_text_reports(page)) == 1
    # (a third reviewer's, and a PDF copy's: a running head over each page, repeating the title, a picture's caption
    # naming the report, a related item's title and session line with no body after them, are no reports; a plan
    # report given at the work report's session, under a title of its own, is one)
    head = "安庆市人民政府工作报告（2016）\n"
    pdf = (head + "政府工作报告\n——2016年1月18日在安庆市第十五届人民代表大会第五次会议上\n各位代表：\n"
           "一、2015年工作回顾\n全市生产总值1235.6亿元，增长8.5%。\n- 1 -\n" + head
           + "各位代表，过去五年的成绩来之不易。\n二、2016年主要目标\n地区生产总值增长8.5%左右。\n")
    assert len(_text_reports(pdf)) == 1
    lu_full = lu.replace("地区生产总值增长6.5%；", "一、2019年工作回顾\n地区生产总值增长6.5%。")
    for tail in ("图：陆川县政府工作报告\n——2020年1月15日在陆川县第十七届人民代表大会第五次会议上\n"
                 "地区生产总值增长7%。\n",
                 "相关阅读\n博白县政府工作报告\n——2020年1月12日在博白县第十六届人民代表大会第五次会议上\n"):
        assert len(_text_reports(lu_full + tail)) == 1, tail
    plan = ("陆川县2019年国民经济和社会发展计划执行情况与2020年计划草案的报告\n"
            "——2020年1月15日在陆川县第十七届人民代表大会第五次会议上\n各位代表：\n2019年地区生产总值增长6.0%。\n")
    assert [r.meta.report_type for r in _text_reports(lu_full + plan)] == ["government_work_report", "plan_report"]
    # (a fourth reviewer's: two years' reports under one title, each opening on the formula, still split; a related
    # item's title, session line and teaser after `相关阅读` open none)
    year = ("政府工作报告\n（{y}年1月10日在陆川县第十七届人民代表大会第{n}次会议上）\n各位代表：\n"
            "现在，我代表县人民政府，向大会报告工作，请予审议。\n一、{p}年工作回顾\n地区生产总值完成{v}亿元。\n")
    two = year.format(y=2019, n="四", p=2018, v=110.1) + year.format(y=2020, n="五", p=2019, v=120.5)
    assert [r.meta.report_year for r in _text_reports(two)] == [2019, 2020]
    teaser = ("相关阅读\n博白县2020年政府工作报告\n——2020年1月16日在博白县第十七届人民代表大会第四次会议上\n"
              "博白县2019年地区生产总值突破300亿元。\n")
    abstract = ("陆川县2020年政府工作报告\n——2020年1月15日在陆川县第十七届人民代表大会第五次会议上\n"
                "2019年，全县地区生产总值完成120.5亿元，增长6.5%。\n")
    assert len(_text_reports(abstract + teaser)) == 1

@given(st.text(alphabet="a中 \r\n", max_size=60), st.integers(min_value=1, max_value=8))
@settings(max_examples=300, deadline=None)
def test_lines_walked_block_by_block_are_the_lines(text: str, block: int) -> None:
    """``iter_lines`` splits a big text a block at a time; the lines must not depend on the block."""
    from zhibiao.document import _common

    old, _common._BLOCK = _common._BLOCK, block
    try:
        assert list(_common.iter_lines(text)) == _common.lines(text)
    finally:
        _common._BLOCK = old


def test_report_spans_do_not_depend_on_the_line_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    """The compilation is split the same when its lines are walked in blocks of a few characters."""
    from zhibiao.document import _common

    text = normalize(_path("004").read_text(encoding="utf-8")).text
    whole = report_spans(text)
    monkeypatch.setattr(_common, "_BLOCK", 50)
    assert report_spans(text) == whole and len(whole) == len(_read("004"))


def test_leading_comments_longer_than_the_head_are_skipped() -> None:
    """More than 200 comment or blank lines before the report: it still starts at its title."""
    body = "某县2024年政府工作报告\n各位代表:\n一、2023年工作回顾\n地区生产总值增长5%。\n"
    text = "# 抓取说明\n\n" * 150 + body
    (span,) = report_spans(text)
    assert text[span.start :] == body
    assert report_spans("# 只有注释\n" * 300) == []


def test_reports_come_one_at_a_time_as_split() -> None:
    from zhibiao.document import iter_reports
    from zhibiao.sources import load

    src = load(_path("004"))
    doc = normalize(src.text)
    lazy = iter_reports(doc, src)
    first = next(lazy)
    listed = split_reports(doc, src)
    assert (first.text, first.meta, first.sections) == (listed[0].text, listed[0].meta, listed[0].sections)
    assert [r.offset for r in [first, *lazy]] == [r.offset for r in listed]


# --- sections ----------------------------------------------------------------------------------
@pytest.mark.parametrize("doc", ["000", "001", "003", "004", "101", "102", "107", "108"])
def test_targets_section_present(doc: str) -> None:
    for r in _read(doc):
        if "主要预期目标" in r.text or "预期目标建议" in r.text:
            kinds = [s for s in _flat(r.sections) if s.kind == "targets"]
            assert kinds, (doc, r.index)
            t = kinds[0]
            assert "增长" in r.text[t.span.start : t.span.end]


def test_sections_001_gwr() -> None:
    r = _read("001")[0]
    top = [(s.kind, s.title) for s in r.sections]
    assert top == [("review", "2024年工作回顾"), ("tasks", "2025年工作任务"), ("glossary", "名词解释")]
    tasks = r.sections[1]
    assert tasks.children[0].kind == "targets"
    assert r.text[tasks.children[0].span.start :].startswith("综合考虑各方因素")
    assert [c.title[:3] for c in tasks.children[1:]] == [f"({n})" for n in "一二三四五六"]
    review = r.sections[0]
    assert review.children[0].title.startswith("——承压前行")  # —— lead items become sections
    assert review.children[3].title.startswith("(一)")  # (一) closes the —— items, not nested in them


def test_sections_003_tree_and_kinds() -> None:
    r = _read("003")[0]
    assert [s.kind for s in r.sections] == ["review", "targets", "tasks"]
    first = r.sections[0]
    assert [c.title for c in first.children][:1] == ["(一)2023年目标完成情况"]
    assert first.children[1].children[0].title.startswith("1.致力建机制")
    assert first.children[1].children[0].level == 3
    for s in r.sections:  # spans nest and are report-relative
        for c in s.children:
            assert s.span.start <= c.span.start < c.span.end <= s.span.end
    assert r.sections[-1].span.end == len(r.text)


def test_section_kinds_on_short_text() -> None:
    text = ("2025年某区政府工作报告\n各位代表:\n一、2024年工作回顾\n(一)主要指标完成情况\n增长6%。\n"
            "二、2025年工作安排\n今年主要预期目标是:地区生产总值增长6%左右。\n(一)抓产业\n推进。\n")
    secs = build_sections(text, text.index("一、"))
    flat = [(s.kind, s.title) for s in _flat(secs)]
    assert flat[0] == ("review", "一、2024年工作回顾")
    assert flat[1] == ("review", "(一)主要指标完成情况")
    assert ("targets", "今年主要预期目标是") in flat
    assert flat[-1] == ("tasks", "(一)抓产业")


@pytest.mark.parametrize(("title", "kind"), [
    ("主要目标全面实现", "review"),  # 江苏 2009 press release: last year's targets met
    ("2、各种压力挑战,较好完成了市十三届人大三次会议确定的主要目标任务", "review"),  # 武汉 2015, a page break
    ("主要指标完成情况", "review"),
    ("确保全面完成全年目标任务", "tasks"),  # still to be met
    ("力争全面实现主要目标", "targets"),
    ("——主要指标稳增", "review"),  # 汉中 2019: the indicators said to have risen
    ("主要指标好于预期", "review"),
    ("主要指标", "targets"), ("主要目标任务", "targets"),  # a plan's heading
])  # fmt: skip
def test_a_heading_saying_its_targets_were_met_is_a_review(title: str, kind: str) -> None:
    assert cue_kind(title) == kind


# --- glossary ----------------------------------------------------------------------------------
def test_glossary_000_brackets() -> None:
    g = _read("000")[0].glossary
    assert len(g) == 40 and [e.number for e in g] == list(range(1, 41))
    assert (g[2].term, g[2].definition) == ("智改数转", "指智能化改造和数字化转型。")


def test_glossary_001_numbered() -> None:
    r = _read("001")[0]
    g = r.glossary
    assert len(g) == 37 and [e.number for e in g] == list(range(1, 38))
    assert (g[1].term, g[1].definition) == ("智改数转", "智能化改造和数字化转型。")
    assert g[13].term == "市委“1558”工作思路"
    e = g[36]
    assert r.text[e.span.start : e.span.end].startswith("37.五种不良作风")


def test_no_glossary_where_none() -> None:
    assert _read("003")[0].glossary == []
    assert all(r.glossary == [] for r in _read("004"))


# --- small parsers -----------------------------------------------------------------------------
@pytest.mark.parametrize(("s", "n"), [("五", 5), ("十", 10), ("十二", 12), ("二十一", 21), ("一百零三", 103),
                                      ("18", 18)])
def test_cn_number(s: str, n: int) -> None:
    assert cn_number(s) == n


@settings(max_examples=60)
@given(st.integers(min_value=1, max_value=99))
def test_cn_number_roundtrip(n: int) -> None:
    digits = "零一二三四五六七八九"
    tens, ones = divmod(n, 10)
    s = "" if tens == 0 else ("十" if tens == 1 else digits[tens] + "十")
    s += "" if ones == 0 else digits[ones]
    assert cn_number(s) == n


@settings(max_examples=60)
@given(st.integers(1, 30), st.integers(1, 9), st.sampled_from(["区", "县", "市"]))
def test_session_abbreviation(congress: int, meeting: int, level: str) -> None:
    text = f"提请{level}{congress}届人大{meeting}次会议审议"
    assert parse_session(text).to_dict() == {"congress": congress, "meeting": meeting}


def test_session_full_and_previous_abbreviation() -> None:
    s = parse_session("在遂宁市安居区第五届人民代表大会第五次会议上")
    assert s is not None and (s.congress, s.meeting) == (5, 5)
    assert parse_session("认真执行区五届人大四次会议审查批准的计划") is None  # a past session, not this one


@pytest.mark.parametrize(("text", "year"), [
    ("今年是“十四五”规划的收官之年,也是“十五五”规划谋篇布局之年", 2025),
    ("2021年是“十四五”规划的开局之年", 2021),
    ("今年是“十三五”规划收官之年", 2020),
    ("2024年是实现“十四五”规划目标任务的关键一年", None),
    # a write-up's `今年作为…` (桂林 2016 news)
    ("该市不但去年成绩斐然,今年作为“十三五”开局之年,各项重点工作安排更是看点十足", 2016),
    ("去年作为“十三五”开局之年", None),  # a year reviewed is no report year by this cue
])
def test_five_year_plan_year(text: str, year: int | None) -> None:
    assert five_year_plan_year(text) == year


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="一二三、()——1.\n各位代表报告年:增长%工作回顾目标", max_size=200))
def test_split_never_raises(text: str) -> None:
    for r in _text_reports(text):
        assert r.doc.text[r.offset : r.offset + len(r.text)] == r.text
        for s in _flat(r.sections):
            assert 0 <= s.span.start <= s.span.end <= len(r.text)


# --- CLI ---------------------------------------------------------------------------------------
KEYS = ["index", "title", "region", "region_code", "level", "report_type", "report_year", "review_year",
        "plan_year", "date", "session", "meta_source", "sections", "glossary", "passages"]


def test_inspect_json() -> None:
    from zhibiao.cli.main import _typer_app

    res = CliRunner().invoke(_typer_app, ["inspect", str(_path("003")), "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert len(data) == 1 and list(data[0]) == KEYS
    d = data[0]
    assert (d["region"], d["region_code"]) == ("攀枝花市东区", "510402")
    assert d["session"] == {"congress": 12, "meeting": 4}
    assert {"kind", "title", "start", "end"} == set(d["sections"][0])
    assert [s["kind"] for s in d["sections"]].count("targets") >= 1
    scopes = {(p["scope"], p["first_year"], p["last_year"]) for p in d["passages"]}
    assert {("year_review", 2023, 2023), ("year_plan", 2024, 2024)} <= scopes  # a plan report: 2023 and 2024


def test_inspect_table_and_sample() -> None:
    from zhibiao.cli.main import _typer_app

    res = CliRunner().invoke(_typer_app, ["inspect", str(REPO / "examples" / "sample_report.txt")])
    assert res.exit_code == 0, res.output
    assert "丽水市云和县" in res.output and "331125" in res.output
    res = CliRunner().invoke(_typer_app, ["inspect", str(REPO / "examples" / "sample_report.txt"), "--json"])
    d = json.loads(res.output)[0]
    assert (d["report_type"], d["report_year"], d["date"]) == ("plan_report", 2025, "2025-01-16")
    assert len(d["glossary"]) == 3
    assert "targets" in [s["kind"] for s in d["sections"]]


def test_plan_year_from_a_targets_sentence_beats_a_review_year_is_sentence() -> None:
    from zhibiao.document.meta import find_years

    text = (
        "报告指出,2024年是深入实施“十四五”规划的关键一年。\n"
        "2025年全区经济社会发展的主要预期目标是:地区生产总值增长5%左右。\n"
    )
    assert find_years(None, "", text, "government_work_report", None) == (2025, 2024, 2025)


@pytest.mark.parametrize(("text", "years"), [
    # 山东 2021 news: the year summed up is then reported, compared with the nation's: it is reviewed
    ("报告指出,2020年,是“十三五”规划收官之年。山东深入贯彻党中央部署,经济运行全面恢复、回升向好。"
     "全年地区生产总值增长3.6%,好于全国1.3个百分点。\n", (2021, 2020, 2021)),
    # the same opening with 去年's results after it: the year may be the report's own, and a comma
    # after it leaves that open
    ("报告指出,2020年,是“十三五”规划收官之年。去年全县地区生产总值增长6.5%,高于全国0.4个百分点。\n",
     (None, None, None)),
])
def test_a_year_summed_up_then_reported_is_the_year_reviewed(text: str, years: tuple) -> None:
    from zhibiao.document.meta import find_years

    assert find_years(None, "", text, "government_work_report", None) == years


@pytest.mark.parametrize(("text", "years"), [
    # 庐阳 2016, filed by a document site under `2015年…政府工作报告`: a plan's five years told as the ones
    # just lived make the report the next year's
    ("2015年合肥市庐阳区人民政府工作报告(全文)\n一、砥砺奋进,铸就十二五新辉煌\n十二五是庐阳区经济转型不断加快、"
     "城市品质逐年提升的五年。五年来,圆满完成了十二五规划既定目标。\n", (2016, 2015, 2016)),
    # the plan ahead told as five years to come is no review
    ("2016年某区人民政府工作报告\n二、十三五时期的主要目标\n十三五是全面建成小康社会的五年。今后五年,地区生产总值"
     "年均增长7%。\n", (2016, 2015, 2016)),
])
def test_a_plan_told_as_the_five_years_just_lived_dates_the_report(text: str, years: tuple) -> None:
    from zhibiao.document.meta import find_years

    title, body = text.split("\n", 1)
    assert find_years(title, "", body, "government_work_report", None) == years


def test_a_write_up_listing_the_reports_parts_names_its_year() -> None:
    """吉水 2021 news: the parts of the report end on the year whose work it arranges, which outranks a
    `2020年是…收官之年` that the write-up then reviews."""
    from zhibiao.document.meta import find_years

    text = ("县长段恩雄代表县人民政府向大会作政府工作报告。\n报告分为2020年工作和“十三五”时期发展回顾、"
            "“十四五”时期发展的主要考虑、2021年工作安排三个部分。\n段恩雄在报告中指出,2020年是“十三五”的收官之年,"
            "全县上下统筹推进疫情防控和经济社会发展。全年地区生产总值增长3.8%。\n")
    assert find_years(None, "", text, "government_work_report", None) == (2021, 2020, 2021)


def test_a_sites_link_line_above_a_news_item_opens_no_report() -> None:
    # 巨野 2025: the page's header links to another county's session; its report is the one below
    from zhibiao import pipeline

    text = ("今日特推: 山东枣庄市市中区十三届人大四次会议开幕\n搜索:\n\n山东巨野县第十九届人民代表大会第四次会议开幕\n"
            "1月16日上午,山东省菏泽市巨野县第十九届人民代表大会第四次会议开幕。县长楚德勤代表县人民政府向大会作"
            "政府工作报告。\n报告回顾了2024年的工作。2024年,预计实现地区生产总值478亿元,增长6.8%。\n")
    reports = pipeline.extract_bytes(text.encode("utf-8"), "t.txt").reports
    assert [(r.report.meta.region_code, r.report.meta.report_year) for r in reports] == [("371724", 2025)]


def test_a_digest_that_sets_its_years_on_lines_of_their_own() -> None:
    # 湖南 2021, a one-thousand-character digest: `2020年湖南` / `交答卷!` … `2021年湖南` / `立flag!` / `主要预期目标`
    from zhibiao import pipeline

    text = ("快读!千字极简版湖南省政府工作报告来了\n\n  湖南省政府工作报告\n\n  2020年湖南\n\n  交答卷!\n\n"
            "  地区生产总值增长3.8%,总量突破4万亿元\n\n  固定资产投资增长7.6%\n\n  2021年湖南\n\n  立flag!\n\n\n"
            "  主要预期目标\n\n  地区生产总值增长7%以上\n\n  城镇新增就业70万人\n")
    rr = pipeline.extract_bytes(text.encode("utf-8"), "t.txt").reports[0]
    assert rr.report.meta.report_year == 2021
    got = {(f.indicator, f.role, f.period, f.measure, f.value) for f in rr.facts}
    assert {("gdp", "actual", 2020, "growth", Decimal("3.8")), ("gdp", "target", 2021, "growth", Decimal("7"))} <= got


def test_a_news_item_on_several_regions_sessions_is_one_report_each() -> None:
    """`各地相继公布今年经济增长目标` (2020, traditional, a news site): 杭州's session, then 通辽's, then
    临汾's — a report each, in order, each with its own region and year."""
    from zhibiao import pipeline

    text = ("各地相继公布今年经济增长目标\n"
            "据中国新闻网报道,4月26日,杭州市第十三届人民代表大会第五次会议开幕,杭州市代市长刘忻作政府工作报告时"
            "介绍,建议2020年GDP增长目标为增长6.5%左右。\n"
            "除杭州外,内蒙古通辽、山西临汾等地也已公布了今年GDP的增长目标。\n"
            "其中,在4月11日召开的通辽市人大五届三次会议上,市政府关于通辽市2019年国民经济和社会发展计划执行情况"
            "与2020年国民经济和社会发展计划草案的报告以书面形式提请大会审议。报告提出,2020年主要预期目标为地区生产"
            "总值增长5%左右。\n"
            "4月18日上午,山西临汾市四届人大七次会议在临汾市会议中心开幕。临汾市2020年主要预期目标:全市地区生产总值"
            "增长6.1%左右。\n")
    reports = pipeline.extract_bytes(text.encode("utf-8"), "t.txt").reports
    assert [(r.report.meta.region_code, r.report.meta.plan_year) for r in reports] == [
        ("330100", 2020), ("150500", 2020), ("141000", 2020)]
    assert [[(f.indicator, f.role, f.value) for f in r.facts if f.indicator == "gdp"] for r in reports] == [
        [("gdp", "target", Decimal("6.5"))], [("gdp", "target", Decimal("5"))], [("gdp", "target", Decimal("6.1"))]]


def test_a_round_up_of_reports_delivered_at_sessions_is_one_report_each() -> None:
    """东北三省会 2023 (a news round-up): `在长春市第十六届人民代表大会第二次会议上,…作政府工作报告` opens a
    session as much as `…会议召开`: the first city's paragraph is a report of its own, not the item's lead."""
    from zhibiao import pipeline

    text = ("2023年,东北三省三座省会城市要这么干!\n"
            "最近几天,哈尔滨、沈阳和长春的“两会”相继召开。\n"
            "1月9日,在长春市第十六届人民代表大会第二次会议上,长春市市长王子联作政府工作报告。据王子联介绍,长春市今年的"
            "主要预期目标是,地区生产总值增长6.5%左右,固定资产投资增长5%左右。\n"
            "1月8日,沈阳市第十七届人民代表大会第二次会议召开,沈阳市市长吕志成向大会作政府工作报告时表示,2023年全市"
            "经济社会发展主要预期目标是:地区生产总值增长6%以上;固定资产投资增长10%以上。\n"
            "在1月5日上午召开的哈尔滨市第十六届人民代表大会第二次会议上,哈尔滨市市长张起翔作政府工作报告时介绍说,"
            "哈尔滨今年主要预期目标是2023年地区生产总值增长6%左右,固定资产投资增长8%以上。\n")
    reports = pipeline.extract_bytes(text.encode("utf-8"), "t.txt").reports
    assert [r.report.meta.region_code for r in reports] == ["220100", "210100", "230100"]
    assert [[(f.indicator, f.value) for f in r.facts if f.indicator == "fixed_asset_investment"] for r in reports] == [
        [("fixed_asset_investment", Decimal("5"))], [("fixed_asset_investment", Decimal("10"))],
        [("fixed_asset_investment", Decimal("8"))]]


def test_one_regions_sessions_named_twice_stay_one_report() -> None:
    """A county report naming its own congress twice, and a news item with one session: not split."""
    from zhibiao import pipeline

    text = ("在县第十七届人民代表大会第二次会议开幕式上,县长作政府工作报告。\n"
            "我们认真落实县第十七届人民代表大会第一次会议确定的目标任务。\n"
            "今年全县地区生产总值增长8%。\n")
    assert len(pipeline.extract_bytes(text.encode("utf-8"), "t.txt").reports) == 1


def test_a_headline_naming_a_districts_session_by_its_city_stays_one_report() -> None:
    """深圳商报 2022 on 坪山区: the headline calls the district's session 深圳's; one report, the district's."""
    from zhibiao import pipeline

    text = ("深圳二屆人大二次會議開幕 部署2022政府工作\n2022-04-22 08:24:49 來源: 深圳商報\n"
            "4月21日,坪山區二屆人大二次會議開幕。區政府工作報告回顧了2021年工作,對2022年政府工作進行部署安排。\n"
            "報告指出,坪山區2021年實現了經濟發展穩中提質。全年地區生產總值達910.6億元、增長11.7%。\n")
    reports = pipeline.extract_bytes(text.encode("utf-8"), "t.txt").reports
    assert [(r.report.meta.region_code, r.report.meta.report_year) for r in reports] == [("440310", 2022)]


def test_a_digest_headed_by_city_names_is_one_report_each_sharing_its_year() -> None:
    """`主要预期目标 大湾区九市 今年这样干` (2021): each city's name alone on a line heads its targets;
    the cities share the item's year, which only its introduction names."""
    from zhibiao import pipeline

    text = ("主要预期目标 大湾区九市 今年这样干\n今年是“十四五”规划开局之年,珠三角九市陆续召开市两会。\n"
            "广州\n●地区生产总值增长6%以上\n●固定资产投资增长8%\n深圳\n重点工作\n1.增强畅通国内大循环功能\n"
            "惠州\n●地区生产总值增长8.5%\n●社会消费品零售总额增长10%以上\n")
    reports = pipeline.extract_bytes(text.encode("utf-8"), "t.txt").reports
    assert [r.report.meta.plan_year for r in reports] == [2021, 2021, 2021]
    assert [r.report.meta.region_code for r in reports] == ["440100", "440300", "441300"]  # 广州 under the intro too
    assert [[(f.indicator, f.period, f.value) for f in r.facts if f.indicator == "gdp"] for r in reports] == [
        [("gdp", 2021, Decimal("6"))], [], [("gdp", 2021, Decimal("8.5"))]]


def test_a_digest_of_one_citys_districts_is_one_report_each() -> None:
    """重庆日报 2020, `从区县两会看新年新图景`: each district's short name alone on a line heads its
    targets; two districts of one city suffice, while a lone county name line opens nothing."""
    from zhibiao import pipeline

    text = ("只争朝夕不负韶华 2020区县这么干\n\n新年伊始,全市各区县陆续召开两会,部署2020年目标任务和重点工作。\n\n"
            "渝中\n\n打造“三片一带”\n\n2020年目标:地区生产总值增长5%,固定资产投资总额增长8.5%左右。\n\n"
            "沙坪坝\n\n开工一批重大项目\n\n2020年目标:地区生产总值增长5%左右,固定资产投资总额增长8%左右。\n")
    reports = pipeline.extract_bytes(text.encode("utf-8"), "t.txt").reports
    assert [r.report.meta.region_code for r in reports] == ["500103", "500106"]
    assert [sorted((f.indicator, f.value) for f in r.facts) for r in reports] == [
        [("fixed_asset_investment", Decimal("8.5")), ("gdp", Decimal("5"))],
        [("fixed_asset_investment", Decimal("8")), ("gdp", Decimal("5"))]]
    one = text.split("沙坪坝")[0]
    assert len(pipeline.extract_bytes(one.encode("utf-8"), "t.txt").reports) == 1


def test_a_province_named_once_with_two_of_its_cities_is_the_issuer() -> None:
    """湖北 2015: the provincial government speaks, names 湖北 once and then 武汉, 襄阳 and 宜昌 by their
    two-character names; named once with no city of its own around it, it stays unknown."""
    from zhibiao import pipeline

    opening = ("各位代表:\n现在,我代表省人民政府向大会作工作报告,请予审议。\n一、2014年工作回顾\n"
               "我们认真学习贯彻习近平总书记系列重要讲话和对湖北的重要指示精神,深入落实中央和省委的决策部署。")
    cities = "武汉迈入“万亿元俱乐部”,襄阳、宜昌总量均超过3100亿元。\n"
    reports = pipeline.extract_bytes((opening + cities).encode("utf-8"), "t.txt").reports
    assert [r.report.meta.region_code for r in reports] == ["420000"]
    alone = pipeline.extract_bytes((opening + "\n").encode("utf-8"), "t.txt").reports
    assert [r.report.meta.region_code for r in alone] == [None]


def test_a_national_agencys_bureau_city_is_no_issuer_of_a_story_on_its_province() -> None:
    """新华社 2012 on 江苏's year: the dateline names the bureau's city (南京), the story only 江苏; with
    the city named again in the story, the dateline's city stands."""
    from zhibiao import pipeline

    text = ("新华社南京2月8日电(记者 叶超)2011年新春伊始,江苏省政府常务会议确定,"
            "全年经济社会发展目标任务细化分解为54项重点工作。\n"
            "回首2011年这一“十二五”开局之年,江苏这一经济大省交出了不俗成绩单。去年江苏社会消费品零售总额增长17.5%。\n")
    reports = pipeline.extract_bytes(text.encode("utf-8"), "t.txt").reports
    assert [r.report.meta.region_code for r in reports] == ["320000"]
    assert ("retail_sales", Decimal("17.5")) in {(f.indicator, f.value) for f in reports[0].facts}
    city = text.replace("江苏这一经济大省", "南京这一省会城市")
    assert [r.report.meta.region_code for r in pipeline.extract_bytes(city.encode("utf-8"), "t.txt").reports] \
        == ["320100"]


def test_a_line_naming_a_plan_document_is_no_heading() -> None:
    # 芜湖 2019 (a write-up): `并提报《年国民经济和社会发展计划草案》` goes on the sentence before; it opens no tasks
    # section that would make the results after it targets
    text = ("日前,芜湖市发展和改革委员会正式提报\n《年国民经济和社会发展计划执行情况》,\n"
            "并提报《年国民经济和社会发展计划草案》\n芜湖市人民政府网全文刊发了相关提案。\n"
            "初步核算,全市实现地区生产总值.5亿元,同比增长8.4%。\n")
    assert build_sections(text) == []
    assert cue_kind("年国民经济和社会发展计划草案") == "tasks"  # the words alone would be a tasks heading


def test_a_column_headed_by_bracketed_region_names_is_one_report_each() -> None:
    """江苏新时空 2024, `聚焦地方两会`: `【南京:…】` and `【苏州:…】` head each city's part; a single such
    heading opens nothing."""
    from zhibiao import pipeline

    text = ("【聚焦地方两会】奋力展现走在前做示范新气象新成效\n1月12日起,江苏各设区市陆续进入“两会”时间。\n"
            "【南京:奋力在中国式现代化城市实践中走在前列】\n2023年,南京市预计地区生产总值增长4.7%左右。\n"
            "2024年,南京市经济社会发展的主要预期目标是地区生产总值增长5%以上。\n"
            "【苏州:推动中国式现代化美好图景率先变为现实】\n"
            "2023年,苏州全社会研发投入达到1055亿元;城乡居民人均可支配收入分别达到8.2万元和4.6万元。\n")
    reports = pipeline.extract_bytes(text.encode("utf-8"), "t.txt").reports
    assert [r.report.meta.region_code for r in reports] == ["320100", "320500"]
    assert {(f.indicator, f.value) for f in reports[1].facts if f.measure == "level"} >= {
        ("urban_income", Decimal("8.2")), ("rural_income", Decimal("4.6"))}
    one = text.split("【苏州")[0]
    assert len(pipeline.extract_bytes(one.encode("utf-8"), "t.txt").reports) == 1


def test_a_round_up_of_a_citys_counties_under_their_names_and_a_colon_is_one_report_each() -> None:
    """大江资讯 2022 on 芜湖's counties: `无为市:2022年地区生产总值增长9.5%左右,…` / `南陵县:2022年…`: each
    paragraph is its county's targets, in the year the item is dated (no year reviewed); one such
    paragraph alone opens nothing."""
    from zhibiao import pipeline

    text = ("芜湖“七杰”,谁领风骚?\n时间:2022-01-12 08:25:30 来源:大江资讯\n"
            "2021年收获满满, 2022年是“十四五”承上启下的关键一年,芜湖各县(市、区)已定下明确目标。\n"
            "无为市:2022年地区生产总值增长9.5%左右,一般公共预算收入增长8.5%。\n"
            "南陵县:2022年地区生产总值增长9.5%左右,固定资产投资增长10%左右。\n"
            "镜湖区:2022年地区生产总值增长9%,社会消费品零售总额增长7%。\n")
    reports = pipeline.extract_bytes(text.encode("utf-8"), "t.txt").reports
    assert [r.report.meta.region_code for r in reports] == ["340281", "340223", "340202"]
    assert {(f.indicator, f.role, f.period, f.value) for f in reports[1].facts} == {
        ("gdp", "target", 2022, Decimal("9.5")), ("fixed_asset_investment", "target", 2022, Decimal("10"))}
    one = text.split("南陵县")[0]
    assert len(pipeline.extract_bytes(one.encode("utf-8"), "t.txt").reports) == 1


def test_a_round_up_under_sub_headings_of_region_and_colon_is_one_report_each() -> None:
    """大公报 2009 on three 福建 cities: `福州：预期增11% 力争12%` / `厦门：确保外贸出口正增长` (a heading with no
    figure) / `泉州：…` head each city's paragraphs; a long line opening `厦门：` with no figure heads nothing, but
    the paragraphs led by each city's head speaking split the story all the same."""
    from zhibiao import pipeline

    text = ("闽三市两会定调保增长\n【大公报讯】福州、厦门及泉州日前相继召开人代会。\n"
            "福州：预期增11% 力争12%\n福州市市长在报告中表示，2008年福州实现地区生产总值2285.6亿元，增长13%。"
            "今年福州地区生产总值预期增长11%。\n"
            "厦门：确保外贸出口正增长\n厦门市市长在报告中坦言，厦门2008年实现地区生产总值1560亿元，增长11.1%。"
            "今年厦门地区生产总值预期增长10%。\n"
            "泉州：民企转型 工业产值增15%\n泉州市市长在报告中指出，2008年泉州地区生产总值2995.4亿元，增长13.5%。"
            "今年泉州地区生产总值增长12%。\n")
    reports = pipeline.extract_bytes(text.encode("utf-8"), "t.txt").reports
    assert [r.report.meta.region_code for r in reports] == ["350100", "350200", "350500"]
    assert {(f.indicator, f.role, f.measure, f.value) for f in reports[1].facts} == {
        ("gdp", "actual", "level", Decimal("1560")), ("gdp", "actual", "growth", Decimal("11.1")),
        ("gdp", "target", "growth", Decimal("10")), ("exports", "target", "growth", None)}  # (its heading's target too)
    long_line = text.replace("厦门：确保外贸出口正增长\n",
                             "厦门：受国际金融危机影响，外贸出口面临较大压力，全市上下要确保外贸出口实现正增长\n")
    # (each paragraph led by its city's head speaking with figures of its own: a round-up all the same, the long line
    # going with the paragraph of the city it names)
    reports = pipeline.extract_bytes(long_line.encode("utf-8"), "t.txt").reports
    assert [r.report.meta.region_code for r in reports] == ["350100", "350200", "350500"]
    assert reports[1].report.text.startswith("厦门：受国际金融危机影响")
    # (a related-reading list of such headlines under one city's item heads nothing: a reviewer's)
    related = ("福州今年GDP预期增长11%\n【大公报讯】福州市长在政府工作报告中提出,今年福州地区生产总值预期增长11%,"
               "一般公共预算收入增长10%。\n相关阅读\n厦门：确保外贸出口正增长\n泉州：民企转型升级\n漳州：打造沿海增长极\n")
    reports = pipeline.extract_bytes(related.encode("utf-8"), "t.txt").reports
    assert [r.report.meta.region_code for r in reports] == ["350100"]


def test_two_dispatches_on_two_regions_sessions_are_one_report_each() -> None:
    """中央社 on 厦门 and 泉州 2023, one dispatch after the other under their headlines: one report each; a follow-up
    dispatch on the same session stays with the first."""
    from zhibiao import pipeline

    one = ("厦门订今年经济成长7%左右　对台融合列重点\n\n"
           "（中央社记者李宜霖台北7日电）中国大陆福建省厦门市人民代表大会今天开幕，厦门市长作政府工作报告。\n\n"
           "报告说，去年厦门规模以上工业增加值成长5.6%。对于今年的主要预期目标，报告列出：地区生产总值成长7%左右。"
           "（编辑：陈政伟）\n\n")
    two = ("泉州GDP拚站稳1.2兆人民币　民营经济占比逾8成\n\n"
           "（中央社记者李宜霖台北8日电）与金门隔海相望的福建省泉州市今天召开人代会，泉州市长作政府工作报告。\n\n"
           "报告说，去年泉州规模以上工业增加值成长4.3%。对于今年的目标，报告提出：地区生产总值成长6.5%左右。\n")
    reports = pipeline.extract_bytes((one + two).encode("utf-8"), "t.txt").reports
    assert [r.report.meta.region_code for r in reports] == ["350200", "350500"]
    assert {(f.indicator, f.role, f.value) for f in reports[1].facts} == {
        ("industrial_va", "actual", Decimal("4.3")), ("gdp", "target", Decimal("6.5"))}
    again = one + two.replace("泉州GDP拚站稳1.2兆人民币", "厦门代表热议").replace("泉州", "厦门")
    assert len(pipeline.extract_bytes(again.encode("utf-8"), "t.txt").reports) == 1
    # (a later dispatch whose region's head delivers its report, or that opens on a region as its subject, is that
    # region's; a scholar's comment, a dispatch on Taiwan, or an official of the level above at the first region's
    # session is no report: reviewers' probes)
    for second, code in (("（中央社记者李宜霖台北8日电）泉州市长王永礼今天作政府工作报告说,今年泉州地区生产总值"
                           "预期增长6.5%左右。", "350500"),
                         ("（中央社记者李宜霖台北8日电）中国大陆广东省今年经济成长目标5%,进出口增长3%。", "440000")):
        reports = pipeline.extract_bytes((one + "标题\n" + second + "\n").encode("utf-8"), "t.txt").reports
        assert [r.report.meta.region_code for r in reports] == ["350200", code], second
    # (a digest under a province's headline: each dispatch by the region it opens on, `莆田地区生产总值` being 莆田's)
    digest = ("福建各地两会速递\n新华社福州1月8日电 福州市今年地区生产总值预期增长7%左右，一般公共预算收入增长5%。\n"
              "新华社莆田1月9日电 据莆田市政府工作报告，今年莆田地区生产总值预期增长6.5%左右。\n")
    reports = pipeline.extract_bytes(digest.encode("utf-8"), "t.txt").reports
    assert [r.report.meta.region_code for r in reports] == ["350100", "350300"]
    assert {(f.indicator, f.value) for f in reports[0].facts} == {
        ("gdp", Decimal("7")), ("budget_revenue", Decimal("5"))}
    for second in ("（中央社记者李宜霖台北8日电）学者今天表示,厦门与泉州竞争加剧,厦门今年固定资产投资增长10%。",
                   "（中央社记者李宜霖台北8日电）台湾今年经济成长预估2%,厦门今年进出口成长5%。",
                   "（中央社记者李宜霖台北8日电）福建省副省长参加厦门代表团审议,厦门今年进出口增长5%。"):
        reports = pipeline.extract_bytes((one + "标题\n" + second + "\n").encode("utf-8"), "t.txt").reports
        assert [r.report.meta.region_code for r in reports] == ["350200"], second


def test_a_round_up_of_several_cities_reports_a_paragraph_each_is_one_report_each() -> None:
    """上海证券报 2025 on 江苏's trillion-yuan cities: each paragraph opens on a city (`苏州市政府工作报告指出,…`,
    `常州作为…`); a paragraph that names its own city only stays whole."""
    from zhibiao import pipeline

    text = ("长三角万亿GDP城市政府工作报告发布\n上证报中国证券网讯 近期,长三角地区多个城市相继步入“两会时间”。\n"
            "南京市政府工作报告显示,2024年南京市地区生产总值预计增长4.5%左右。\n"
            "苏州市政府工作报告指出,2024年苏州市地区生产总值预计达到2.67万亿元,增长6%左右。\n"
            "常州作为“万亿之城再出发”的起点,2024年预计地区生产总值增长6%左右。此外,常州还顺利完成了全年经济社会"
            "发展主要目标任务,规上工业增加值增长6.8%左右。\n"
            "无锡市政府工作报告透露,2024年无锡全市地区生产总值预计达到1.62万亿元,增长5.8%左右。\n")
    reports = pipeline.extract_bytes(text.encode("utf-8"), "t.txt").reports
    assert [r.report.meta.region_code for r in reports] == ["320100", "320500", "320400", "320200"]
    assert {(f.indicator, f.role, f.period, f.value) for f in reports[2].facts} == {
        ("gdp", "actual", 2024, Decimal("6")), ("industrial_va", "actual", 2024, Decimal("6.8"))}
    one = "\n".join(text.split("\n")[:3]) + "\n"
    assert len(pipeline.extract_bytes(one.encode("utf-8"), "t.txt").reports) == 1


def test_a_newspapers_round_up_with_a_byline_under_each_city_is_one_report_each() -> None:
    """A provincial paper's 两会 page (`赣州：…` / `——市长张立群作政府工作报告` / `1月29日，赣州市第四届人民
    代表大会第五次会议开幕`…): the bylines name a report type but title no report; each city's session opens its own."""
    from zhibiao import pipeline

    def city(name: str, mayor: str, day: int, growth: str) -> str:
        return (f"{name[:2]}：奋力推进高质量发展\n——市长{mayor}作政府工作报告\n本报记者 李明\n"
                f"1月{day}日，{name}第四届人民代表大会第五次会议开幕。报告指出，2014年全市实现生产总值1200亿元，"
                f"增长{growth}%。\n")

    text = ("江西日报 2015年2月6日 第A3版：两会特刊\n各地两会·政府工作报告摘要\n"
            + city("赣州市", "张立群", 29, "9.6") + city("上饶市", "马海涛", 30, "9.4")
            + city("吉安市", "王少峰", 28, "10"))
    reports = pipeline.extract_bytes(text.encode("utf-8"), "t.txt").reports
    assert [r.report.meta.region_code for r in reports] == ["360700", "361100", "360800"]
    assert [[(f.indicator, f.measure, f.value) for f in r.facts if f.measure == "growth"] for r in reports] == [
        [("gdp", "growth", Decimal("9.6"))], [("gdp", "growth", Decimal("9.4"))], [("gdp", "growth", Decimal("10"))]]


def test_a_wechat_digest_of_districts_under_marked_names_is_one_report_each() -> None:
    """A WeChat `一图读懂` of a city's districts: each `▌禅城区` heads its own, an infographic's marked names over
    their values (`📈 地区生产总值` / `2068.5亿元，增长1.8%`); the report titles listed under `往期推荐` title none."""
    from zhibiao import pipeline

    def district(name: str, gdp: str, jobs: str) -> str:
        return (f"▌{name}\n1月9日，{name}人民代表大会会议开幕。\n\n【2022年成绩单】\n📈 地区生产总值\n"
                f"{gdp}亿元，增长1.8%\n👷 城镇新增就业\n{jobs}万人\n🏭 规上工业增加值\n增长2.6%\n\n"
                "【2023年目标】\n✅ 地区生产总值增长5%以上\n\n")

    text = ("一图读懂｜禅城、南海2023年政府工作报告来了！\n原创 佛山发布 2023-01-13 18:30\n\n"
            + district("禅城区", "2068.5", "2.1") + district("南海区", "3611.2", "2.6")
            + "往期推荐\n一图读懂｜佛山市2023年政府工作报告\n佛山市十六届人大三次会议开幕\n\n阅读 1.2万\n")
    reports = pipeline.extract_bytes(text.encode("utf-8"), "t.txt").reports
    assert [r.report.meta.region_code for r in reports] == ["440604", "440605"]
    assert {(f.indicator, f.role, f.period, f.measure, f.value) for f in reports[1].facts} == {
        ("gdp", "actual", 2022, "level", Decimal("3611.2")), ("gdp", "actual", 2022, "growth", Decimal("1.8")),
        ("new_urban_jobs", "actual", 2022, "level", Decimal("2.6")),
        ("industrial_va", "actual", 2022, "growth", Decimal("2.6")), ("gdp", "target", 2023, "growth", Decimal("5"))}


def test_a_yearbooks_entries_of_one_regions_sessions_are_one_report_each() -> None:
    """A yearbook page (`【政府工作报告】 2012年1月12日，甘肃省第十一届人民代表大会第五次会议在兰州开幕…` and the next
    years' entries): one region's sessions of several years, one report each, dated by their own session."""
    from zhibiao import pipeline

    def entry(day: str, session: str, gdp: str) -> str:
        return (f"【政府工作报告】 {day}，甘肃省{session}在兰州开幕，省长作政府工作报告。报告回顾了上年工作："
                f"全省生产总值达到{gdp}亿元，增长12.5%。\n【省政府全体会议】 省政府召开全体会议，分解目标任务。\n\n")

    text = ("《甘肃年鉴》省政府工作条目摘编\n" + entry("2012年1月12日", "第十一届人民代表大会第五次会议", "5020")
            + entry("2013年1月26日", "第十二届人民代表大会第一次会议", "5650"))
    reports = pipeline.extract_bytes(text.encode("utf-8"), "t.txt").reports
    assert [(r.report.meta.region_code, r.report.meta.report_year) for r in reports] == [
        ("620000", 2012), ("620000", 2013)]
    assert [[(f.period, f.value) for f in r.facts if f.measure == "level"] for r in reports] == [
        [(2011, Decimal("5020"))], [(2012, Decimal("5650"))]]
    # (one session named twice in one item stays one report)
    one = entry("2012年1月12日", "第十一届人民代表大会第五次会议", "5020") * 2
    assert len(pipeline.extract_bytes(one.encode("utf-8"), "t.txt").reports) == 1


def test_a_countys_delegation_at_the_citys_congress_is_no_issuer() -> None:
    # 南阳 2017 news: the city congress's chair joins 社旗县's delegation to discuss the city's report
    from zhibiao import pipeline

    text = ("南阳报业传媒集团(全媒体记者 贾林伟)2月6日下午,市人大常委会主任杨其昌到社旗县代表团"
            "与人大代表一起审议政府工作报告。\n"
            "杨其昌说,今年政府工作报告文风朴实,符合南阳当下发展实际。去年全市生产总值增长8.5%,"
            "建设大美南阳、活力南阳、幸福南阳。(来源:南阳日报)\n")
    assert pipeline.extract_bytes(text.encode(), "nanyang_2017.txt").reports[0].report.meta.region == "南阳市"


def test_a_year_told_as_done_in_its_own_sentence_is_the_year_reviewed() -> None:
    """广东 2007 news: `二00六年是“十一五”开局之年,…实现了“十一五”的良好开局。` reviews 2006."""
    from zhibiao.document.meta import find_years

    text = ("黄华华说,二00六年是“十一五”开局之年,是广东省取得新的重大成绩的一年,实现了“十一五”的良好开局。"
            "去年经济初步呈现良好发展趋势。\n")
    assert find_years(None, "", text, "government_work_report", None) == (2007, 2006, 2007)



def test_a_plan_reports_numbered_chapter_of_its_draft_is_no_second_report() -> None:
    # 黑龙江 2019 (rv130; also rv121's 铁东 2021): `二、2019年国民经济和社会发展计划草案` heads the draft, the report's
    # second part, and its targets are the report's own
    text = ("关于某省2018年国民经济和社会发展计划执行情况与2019年国民经济和社会发展计划草案的报告\n"
            "——2019年1月28日在某省第十三届人民代表大会第三次会议上\n各位代表：\n"
            "一、2018年国民经济和社会发展计划执行情况\n全省地区生产总值增长5.1%。\n\n"
            "二、2019年国民经济和社会发展计划草案\n2019年是新中国成立70周年。建议2019年全省经济社会发展主要预期目标是："
            "地区生产总值增长5%—5.5%。\n三、2019年重点任务\n（一）扎实推进结构调整。\n"
            "各位代表，让我们在省委的坚强领导下，凝心聚力，为完成全年目标任务而努力奋斗！\n")
    res = pipeline.extract_bytes(text.encode(), "t.txt")
    assert len(res.reports) == 1
    assert ("gdp", "target", 2019) in {(f.indicator, f.role, f.period) for f in res.reports[0].facts}


@pytest.mark.parametrize("mark", ["1.", "一、", "1、"])
def test_numbered_titles_of_separate_reports_still_split_a_collection(mark: str) -> None:
    # (a reviewer's probe: a sample site's list of reports, each title numbered; each names its region)
    second = "2." if mark == "1." else ("二、" if mark == "一、" else "2、")
    text = (f"{mark}2019年洛阳市政府工作报告\n各位代表：\n2018年，全市地区生产总值增长7.5%。\n"
            f"{second}2019年栾川县政府工作报告\n各位代表：\n2018年，全县地区生产总值增长8.1%。\n")
    res = pipeline.extract_bytes(text.encode(), "t.txt")
    assert [r.report.meta.region_code for r in res.reports] == ["410300", "410324"]


def test_a_compilation_whose_first_report_opens_on_its_address_still_splits_at_the_next_abstracts() -> None:
    # a prefecture's compilation (a blind set's 赣州 2018): the first county's full report opens on `各位代表：`, the
    # next ones are abstracts under a title and a session line of their own
    one = ("政府工作报告\n——2018年1月16日在章贡区第五届人民代表大会第二次会议上\n区长  刘建明\n各位代表：\n"
           "一、2017年工作回顾\n全区地区生产总值增长9.1%。\n")
    two = ("赣州市南康区人民政府工作报告（摘要）\n——2018年1月10日在赣州市南康区第二届人民代表大会第三次会议上\n"
           "区人民政府区长  钟国平\n一、2017年工作回顾\n全区地区生产总值增长9.6%。\n")
    assert [r.meta.region for r in _text_reports(one + two)] == ["章贡区", "赣州市南康区"]
    # (also under the compilation's own heading for each county)
    headed = "一、章贡区\n" + one + "二、南康区\n" + two
    assert [r.meta.region for r in _text_reports(headed)] == ["章贡区", "赣州市南康区"]


def test_a_papers_page_of_cities_sessions_splits_at_each_citys_session() -> None:
    # a provincial paper's page of its cities' targets (a blind set's 河南日报 2015): 南阳 (411300) then 许昌 (411000),
    # whose codes share `411`: two cities, not one inside the other
    text = ("各市今年经济发展目标一览\n□本报记者  孙国强  整理\n"
            "洛阳：力争生产总值增长9%\n洛阳市第十四届人民代表大会第三次会议1月9日开幕。今年洛阳市发展的主要目标是："
            "生产总值增长8.5%，力争9%。\n"
            "南阳：确保生产总值增长9%\n据南阳市市长程志明1月13日在南阳市第五届人民代表大会第三次会议上所作的政府工作报告，"
            "2014年南阳市生产总值达到2347亿元。\n"
            "许昌：城镇化率提高1.8个百分点\n许昌市第六届人民代表大会第五次会议于1月8日开幕。今年许昌市主要预期目标是："
            "生产总值增长9%。\n")
    assert [r.meta.region for r in _text_reports(text)] == ["洛阳市", "南阳市", "许昌市"]


@pytest.mark.parametrize("tail", [
    # (a reviewer's: a report quoting another report's title and session line mid-sentence, or last year's report,
    # or its own page head repeated with the session worded shorter, opens no report of its own)
    "全市上下认真贯彻落实\n江西省人民政府工作报告\n——2018年1月26日在江西省第十三届人民代表大会第一次会议上\n的部署。\n",
    "（上接第2版）\n2018年政府工作报告\n——2018年1月8日在赣州市五届人大二次会议上\n全市地区生产总值增长9%左右。\n",
])
def test_a_quoted_title_or_a_repeated_session_opens_no_report(tail: str) -> None:
    text = ("赣州市人民政府工作报告\n——2018年1月8日在赣州市第五届人民代表大会第二次会议上\n各位代表：\n"
            "一、2017年工作回顾\n全市生产总值增长9.5%。\n" + tail)
    assert len(_text_reports(text)) == 1
    # (two cities' sessions of the same term and meeting are two)
    other = ("南阳市人民政府工作报告（摘要）\n——2018年1月8日在南阳市第五届人民代表大会第二次会议上\n"
             "过去一年，全市生产总值增长10.2%。\n")
    assert [r.meta.region for r in _text_reports(text.replace(tail, "") + other)] == ["赣州市", "南阳市"]


def test_excerpts_under_numbered_titles_and_session_lines_without_a_dash_are_reports_of_their_own() -> None:
    # a researcher's file of provinces' target sections: `一、…政府工作报告(摘录)` over the session line as the
    # report's cover prints it, with no dash, and no address
    def part(n: str, region: str, year: int, term: str, meeting: str) -> str:
        return (f"{n}、{region}{year}年政府工作报告(摘录)\n"
                f"{year}年1月20日在{region}第{term}届人民代表大会第{meeting}次会议上\n"
                f"……\n{year}年经济社会发展的主要预期目标是:生产总值增长7%左右。\n\n")
    text = "省级政府工作报告年度目标摘录(整理稿)\n\n" + part("一", "河南省", 2012, "十一", "五") + part(
        "二", "甘肃省", 2018, "十三", "一") + part("三", "广西壮族自治区", 2024, "十四", "二")
    reports = _text_reports(text)
    assert [(r.meta.region, r.meta.report_year) for r in reports] == [
        ("河南省", 2012), ("甘肃省", 2018), ("广西壮族自治区", 2024)]
    # (a sentence that opens on a date and a meeting is no session line)
    body = ("2012年1月5日在河南省第十一届人民代表大会第五次会议上，省长作了报告。\n")
    assert len(_text_reports("河南省2012年政府工作报告\n各位代表:\n增长9%。\n" + body)) == 1


def test_a_list_of_related_items_after_the_editors_line_ends_the_report() -> None:
    # 宜宾叙州区 2020 on a portal: the page goes on after the report with another article, the city's figures of 2019
    report = ("宜宾市叙州区2020年政府工作报告\n各位代表：\n二、2020年主要目标\n"
              "今年主要预期目标是：地区生产总值增长8%左右。\n各位代表，让我们团结奋斗！\n")
    tail = ("责任编辑：陈思敏\n【相关阅读】\n2019年宜宾市经济运行情况发布\n"
            "据宜宾市统计局消息，2019年全市实现地区生产总值2601.89亿元，增长8.8%。其中，第一产业增加值284.31亿元，"
            "增长2.9%。全社会固定资产投资增长11.8%，城镇新增就业4.2万人。\n")
    facts = [f for rr in pipeline.extract_bytes((report + tail).encode(), "t.txt").reports for f in rr.facts]
    assert [(f.indicator, f.role, f.value) for f in facts] == [("gdp", "target", Decimal("8"))]
    # (a list of related items with no editor's line before it ends nothing: a box inside an article)
    inline = report.replace("各位代表，让我们", "【相关阅读】\n各位代表，让我们") + "城镇新增就业1万人。\n"
    spans = report_spans(inline)
    assert spans[-1].end == len(inline)


def test_a_list_of_related_items_before_the_reports_own_chapters_ends_nothing() -> None:
    # (a reviewer's) a portal's head with an editor's line and a related list before the report's chapters
    text = ("宜宾市叙州区2020年政府工作报告\n编辑：李明\n各位代表：\n现在，我代表区人民政府向大会报告工作，请予审议。\n"
            "【相关阅读】\n一、2019年工作回顾\n全区地区生产总值增长8.1%。\n二、2020年主要目标\n地区生产总值增长7.5%左右。\n")
    facts = [f for rr in pipeline.extract_bytes(text.encode(), "t.txt").reports for f in rr.facts]
    assert {(f.indicator, f.role) for f in facts} == {("gdp", "actual"), ("gdp", "target")}


def test_a_story_on_one_session_with_others_listed_under_their_names_is_one_report() -> None:
    # 河南 2024 in a blind write-up: its session, then `中部其他五省的目标各有侧重：` / `湖北：去年…，今年目标为
    # 6%左右；` / …: one report, 河南's, the others' figures beside it no facts
    text = ("河南今年GDP增长目标定为5.5%左右 中部六省“成绩单”出炉\n"
            "1月25日，河南省第十四届人民代表大会第二次会议在郑州开幕，河南省政府工作报告提出，今年全省地区生产总值增长"
            "5.5%左右，一般公共预算收入增长5%。\n"
            "报告显示，去年河南地区生产总值59132.4亿元，增长4.1%。\n记者梳理发现，中部其他五省的目标各有侧重：\n"
            "湖北：去年地区生产总值增长6%，今年目标为6%左右；\n湖南：去年增长4.6%，今年目标为5.5%左右；\n"
            "安徽：去年增长5.8%，今年目标为6%左右；\n")
    reports = _text_reports(text)
    assert [r.meta.region for r in reports] == ["河南省"]
    got = {(f.indicator, f.role, f.value) for rr in pipeline.extract_bytes(text.encode(), "t.txt").reports
           for f in rr.facts}
    assert got == {("gdp", "target", Decimal("5.5")), ("budget_revenue", "target", Decimal("5")),
                   ("gdp", "actual", Decimal("59132.4")), ("gdp", "actual", Decimal("4.1"))}
    # (a round-up with no session of its own before the names stays a digest, a report each)
    digest = ("中部六省今年目标出炉\n湖北：去年地区生产总值增长6%，今年目标为6%左右；\n"
              "湖南：去年增长4.6%，今年目标为5.5%左右；\n安徽：去年增长5.8%，今年目标为6%左右；\n")
    assert len(_text_reports(digest)) == 3


def test_a_citys_session_and_its_provinces_set_beside_it_are_one_report() -> None:
    # 深圳 2023 in a blind write-up: `此前召开的广东省十四届人大一次会议提出，…` is the province's, set beside
    # the city's
    text = ("深圳2023年GDP增长目标定为6%\n2月12日，深圳市第七届人民代表大会第四次会议开幕。"
            "今年全市地区生产总值增长6%。\n"
            "6%的增速目标，在广东省内处于较高水平。此前召开的广东省十四届人大一次会议提出，今年全省地区生产总值增长"
            "5%以上。\n回看去年，深圳地区生产总值3.24万亿元，增长3.3%。\n")
    reports = _text_reports(text)
    assert [r.meta.region for r in reports] == ["深圳市"]


def test_a_digests_name_lines_are_told_apart_by_the_city_it_names() -> None:
    # 福州 2019 in a blind set: `■ 鼓楼区` (a name four cities' districts bear) under `福州市各县（市）区…摘编`
    text = ("福州市各县（市）区2019年政府工作报告摘编\n\n■ 鼓楼区\n"
            "2018年，鼓楼区实现地区生产总值1326.5亿元，增长8.1%。\n2019年主要预期目标：地区生产总值增长7.5%。\n\n"
            "■ 仓山区\n过去一年，全区经济稳中有进，GDP达到980亿元，增长8.6%。\n"
            "今年，全区将确保地区生产总值增长8%以上。\n\n■ 长乐区\n2018年，全区完成地区生产总值892.6亿元，增长9.3%。\n")
    assert [r.meta.region for r in _text_reports(text)] == ["福州市鼓楼区", "福州市仓山区", "福州市长乐区"]


def test_two_provinces_under_their_short_names_one_a_citys_too_are_a_report_each() -> None:
    # 明报 on 辽宁 and 吉林 2017 (a blind set): `吉林：…` is the province's heading, not 吉林市's
    text = ("东北两省开两会\n辽宁、吉林两省人大会议上周先后在沈阳和长春开幕，两省省长分别作政府工作报告。\n\n"
            "辽宁：全国唯一负增长\n\n"
            "辽宁的报告坦承，2016年全省地区生产总值按年下跌2.5%。\n\n吉林：粮食产量创新高\n\n"
            "吉林的报告显示，2016年全省地区生产总值增长6.9%。\n")
    assert [r.meta.region for r in _text_reports(text)] == ["辽宁省", "吉林省"]


def test_a_name_a_province_and_its_city_share_takes_the_level_of_the_other_headed_names() -> None:
    # (a reviewer's probe) `吉林：…` among cities is 吉林市, among provinces 吉林省
    text = ("吉林省各市州晒目标\n长春：2019年全市地区生产总值增长6.5%左右。\n吉林：2019年全市地区生产总值增长6%左右。\n"
            "四平：2019年全市地区生产总值增长6%。\n")
    assert [r.meta.region for r in _text_reports(text)] == ["长春市", "吉林市", "四平市"]


def test_a_plan_report_appended_to_the_work_report_is_a_report_of_its_own() -> None:
    # 顺德 2018 and 杭州 2021 (reposts): `【附】…计划（草案）的报告（摘要）` under the work report, its bureau's line
    # under it, no address
    text = ("佛山市顺德区政府工作报告\n——2018年1月12日在佛山市顺德区第十六届人民代表大会第三次会议上\n各位代表：\n"
            "一、2017年工作回顾\n全区实现地区生产总值3005.6亿元，增长8.3%。\n二、2018年主要目标\n地区生产总值增长7.5%左右。\n"
            "【附】佛山市顺德区2017年国民经济和社会发展计划执行情况与2018年计划（草案）的报告（摘要）\n区发展规划和统计局\n"
            "一、2017年计划执行情况\n农林牧渔业总产值81.2亿元，增长2.6%。\n")
    reports = _text_reports(text)
    assert [r.meta.report_type for r in reports] == ["government_work_report", "plan_report"]
    assert [r.meta.report_year for r in reports] == [2018, 2018]
    # an annex of the report's own (a glossary, a table) under `附：` stays in it
    text = ("佛山市顺德区政府工作报告\n——2018年1月12日在佛山市顺德区第十六届人民代表大会第三次会议上\n各位代表：\n"
            "全区实现地区生产总值3005.6亿元，增长8.3%。\n附：名词解释\n1.规模以上工业：年主营业务收入2000万元以上的工业企业。\n")
    assert len(_text_reports(text)) == 1
