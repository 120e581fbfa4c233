"""The gazetteer: the generated CSV matches its build script; resolution by year and by context."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhibiao.document.gazetteer import load

REPO = Path(__file__).resolve().parents[1]
SOURCE = REPO.parent / "shared" / "data" / "areacodes" / "result.csv"
GENERATED = REPO / "src" / "zhibiao" / "data" / "gazetteer.csv"


def _body(text: str) -> str:
    return "\n".join(ln for ln in text.splitlines() if not ln.startswith("#"))


def test_generated_file_matches_script() -> None:
    if not SOURCE.exists():
        pytest.skip("../shared/data/areacodes is not beside the checkout")
    spec = importlib.util.spec_from_file_location("build_gazetteer", REPO / "scripts" / "build_gazetteer.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    built = mod.render(mod.build_rows(SOURCE), "2000-01-01")
    current = GENERATED.read_text(encoding="utf-8")
    assert current.startswith("# ") and "CC0" in current.splitlines()[1]
    assert _body(built) == _body(current), "gazetteer.csv is stale: run scripts/build_gazetteer.py"


@pytest.mark.parametrize(("name", "short"), [
    ("攀枝花市", "攀枝花"), ("安居区", "安居"), ("沈阳市", "沈阳"), ("凉山彝族自治州", "凉山"),
    ("恩施土家族苗族自治州", "恩施"), ("广西壮族自治区", "广西"), ("东区", "东区"), ("和县", "和县"),
])
def test_short_names(name: str, short: str) -> None:
    assert {d.short_name for d in load().candidates(name, 2024)} == {short}


def test_history_by_year() -> None:
    g = load()
    assert g.resolve("渡口市", 1985).code == "510400"
    assert g.resolve("攀枝花市", 1985) is None or g.resolve("攀枝花市", 1985).code == "510400"
    assert g.resolve("东区", 1985, "渡口市").full_name == "渡口市东区"
    assert g.resolve("东区", 2024).full_name == "攀枝花市东区"  # the other 东区 were renamed by 2024


def test_repeated_names_need_context() -> None:
    g = load()
    assert g.resolve("市中区", 2024) is None  # 济南, 枣庄, 内江, 乐山 … : never first match
    assert g.resolve("市中区", 2024, "济南市委、济南市人民政府").code == "370103"
    assert g.resolve("市中区", 2024, "内江高质量发展").code == "511002"
    assert g.resolve("遂宁市安居区", 2025).code == "510904"  # parent prefix resolves directly
    assert g.resolve("东区", 1990, "株洲市 株洲").code == "430202"


def test_a_province_prefixed_name_resolves_to_the_division_of_that_year() -> None:
    # 义乌 2016 (an essay site's title `浙江省义乌市工作报告`): 浙江省义乌市 was a division only in 1988-89;
    # in 2016 it is the county-level city under 金华市, not nothing (and so not 金华市 named after it)
    g = load()
    assert g.resolve("浙江省义乌市", 2016, near=True).code == "330782"
    assert g.resolve("江苏省昆山市", 2012, near=True).code == "320583"
    assert g.resolve("江苏省朝阳区", 2016, near=True) is None  # no 朝阳区 in 江苏


def test_national_and_levels() -> None:
    g = load()
    assert g.by_code("000000").level == "national" and g.by_code("000000").name == "全国"
    assert g.resolve("高坪区", 2025).level == "county"
    assert g.resolve("四川省", 2025).level == "province"
    assert g.parent(g.resolve("高坪区", 2025)).name == "南充市"


def test_mentions() -> None:
    ms = load().mentions("在攀枝花市东区第十二届人民代表大会上,沈阳市发改委")
    assert [m.name for m in ms] == ["攀枝花市东区", "沈阳市"]
    # a name closing on a longer one's first character is no boundary (合肥 2017: `批复合肥城市总体规划`)
    assert [m.name for m in load().mentions("国务院正式批复合肥城市总体规划")] == []
    assert [m.name for m in load().mentions("在肥城市第十八届人民代表大会上")] == ["肥城市"]


@settings(max_examples=50)
@given(st.sampled_from([d for d in load().divisions if d.last_year is None and d.level != "national"]))
def test_every_current_full_name_resolves_to_itself(d) -> None:  # type: ignore[no-untyped-def]
    r = load().resolve(d.full_name, 2024)
    assert r is not None and r.code == d.code


@pytest.mark.parametrize(("title", "code"), [
    ("德宏州2024年政府工作报告", "533100"),  # 德宏傣族景颇族自治州
    ("2024年凉山州政府工作报告", "513400"),  # 凉山彝族自治州
    ("2024年延边州政府工作报告", "222400"),  # 延边朝鲜族自治州
    ("三江县2024年政府工作报告", "450226"),  # 三江侗族自治县
])  # fmt: skip
def test_autonomous_divisions_resolve_by_their_everyday_names(title: str, code: str) -> None:
    from zhibiao import pipeline

    text = f"{title}\n各位代表：\n2023年，地区生产总值增长6%。\n"
    meta = pipeline.extract_bytes(text.encode(), "x.txt").reports[0].report.meta
    assert meta.region_code == code


def test_everyday_names_of_autonomous_divisions_are_not_invented_for_others() -> None:
    gaz = load()
    assert gaz.candidates("德宏州") and not gaz.candidates("成都州") and not gaz.candidates("朝阳州")


@pytest.mark.parametrize(("opening", "code"), [
    # a plan report's title and session line (兴安盟's banner, 2023)
    ("关于科右中旗 2022 年国民经济和社会发展计划执行情况\n及 2023 年国民经济和社会发展计划草案的报告\n"
     "——2023 年 1 月 1 日在科右中旗第十七届人民代表大会第二次会议上", "152222"),
    ("达茂旗2024年政府工作报告", "150223"),  # 达尔罕茂明安联合旗
    ("2021年博州政府工作报告", "652700"),  # 博尔塔拉蒙古自治州
])  # fmt: skip
def test_long_names_resolve_by_their_common_short_forms(opening: str, code: str) -> None:
    from zhibiao import pipeline

    text = f"{opening}\n各位代表：\n2023年，地区生产总值增长6%。\n"
    meta = pipeline.extract_bytes(text.encode(), "x.txt").reports[0].report.meta
    assert meta.region_code == code


def test_common_short_forms_name_real_divisions_and_no_other_name() -> None:
    import tomllib

    vocab = tomllib.loads((REPO / "src" / "zhibiao" / "data" / "document_gazetteer.toml").read_text(encoding="utf-8"))
    gaz = load()
    names = {d.name for d in gaz.divisions} | {d.full_name for d in gaz.divisions}
    for official, forms in vocab["common_short_forms"].items():
        assert official in names, official
        for form in forms:  # a short form that is some division's own name would shadow it
            assert form not in names, form
            assert {d.name for d in gaz.candidates(form)} == {official}, form


# -- pinyin names -------------------------------------------------------------------------------------
# Official romanisations (the pinyin place-name rules, GB/T 2260's and ISO 3166-2:CN's province names):
# polyphones read as in place names, apostrophes, generic parts and ethnic names as words of their own.
@pytest.mark.parametrize(("name", "en"), [
    ("安居区", "Anju Qu"), ("西安市", "Xi'an Shi"), ("六安市", "Lu'an Shi"), ("蚌埠市", "Bengbu Shi"),
    ("厦门市", "Xiamen Shi"), ("重庆市", "Chongqing Shi"), ("长治市", "Changzhi Shi"), ("长子县", "Zhangzi Xian"),
    ("朝阳市", "Chaoyang Shi"), ("单县", "Shan Xian"), ("莘县", "Shen Xian"), ("洪洞县", "Hongtong Xian"),
    ("乐清市", "Yueqing Shi"), ("乐亭县", "Laoting Xian"), ("铅山县", "Yanshan Xian"), ("番禺区", "Panyu Qu"),
    ("歙县", "She Xian"), ("吕梁市", "Lüliang Shi"), ("郫都区", "Pidu Qu"),
    ("凉山彝族自治州", "Liangshan Yizu Zizhizhou"),
    ("恩施土家族苗族自治州", "Enshi Tujiazu Miaozu Zizhizhou"), ("鄂伦春自治旗", "Oroqen Zizhiqi"),
    ("内蒙古自治区", "Nei Mongol Zizhiqu"), ("陕西省", "Shaanxi Sheng"), ("山西省", "Shanxi Sheng"),
    ("西藏自治区", "Xizang Zizhiqu"), ("新疆维吾尔自治区", "Xinjiang Uygur Zizhiqu"),
    ("广西壮族自治区", "Guangxi Zhuangzu Zizhiqu"), ("宁夏回族自治区", "Ningxia Huizu Zizhiqu"),
])  # fmt: skip
def test_pinyin_names_follow_official_romanisation(name: str, en: str) -> None:
    assert {d.name_en for d in load().candidates(name, 2024)} == {en}


def test_every_division_has_a_pinyin_name() -> None:
    import re

    ok = re.compile(r"^[A-Z][A-Za-zü']*(?: [A-Z][A-Za-zü']*)*$")
    bad = [(d.code, d.name, d.name_en) for d in load().divisions
           if not ok.match(d.name_en) or not ok.match(d.full_name_en)]  # fmt: skip
    assert not bad, bad[:10]
    (anju,) = load().candidates("遂宁市安居区", 2024)
    assert anju.full_name_en == "Suining Shi Anju Qu"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="南京扬州市区预计实现新建和平长安海东", max_size=20))
def test_the_short_name_at_the_start_is_the_one_a_full_scan_finds_there(text: str) -> None:
    g = load()
    scanned = next((m for m in g.short_mentions(text) if m.start == 0), None)
    assert g.short_mention_at_start(text) == scanned
    assert g.short_mention_at_start("南京预计实现") is not None and g.short_mention_at_start("预计南京") is None


def test_a_short_name_opening_an_institutions_name_is_no_mention() -> None:
    # 滨海新区 2024: `与北京大学、兵器集团等高校` names a partner university, not the region 北京
    g = load()
    got = g.short_mentions("携手高校院所:北京大学、兵器集团,北京研发、天津制造")
    assert [m.name for m in got] == ["北京", "天津"]



def test_a_short_name_that_is_an_everyday_word_is_no_mention() -> None:
    # `新建改扩建公办幼儿园6所` is no 新建区 of 南昌 (a reviewer's district reports were all read as 新建区), nor
    # `新兴产业` 新兴县 or `绿水青山` 青山区; the full names still are
    g = load()
    assert [m.name for m in g.short_mentions("2013年新建社区养老服务中心8个,在新兴产业和绿水青山上下功夫")] == []
    assert g.short_mention_at_start("新建高标准农田5万亩") is None
    assert "新建" not in g.loose_short_counts("新建农村公路65公里,新建改扩建幼儿园6所,新建停车位")
    assert [m.name for m in g.mentions("南昌市新建区第二届人民代表大会")] == ["南昌市新建区"]
    assert [m.name for m in g.short_mentions("在南京推进")] == ["南京"]
    # (a character that ends a word before a name, 新 of `建设新淮北`, opens one with the name's first character:
    # `新增城镇就业3.02万人` is no 增城, a write-up of 淮北 had been given to 增城市)
    assert [m.name for m in g.short_mentions("全市新增城镇就业3.02万人，建设新淮北")] == ["淮北"]
    assert [m.name for m in g.mentions("新增城市绿地20公顷，新增城市公交线路5条")] == []  # (nor 增城市)
    # (the other words such a character opens still end before a name: `在建德`, `建设新开封`, `打造新上饶`)
    said = "在建德发展的关键时期，建设新开封，奋力打造新上饶"
    assert [m.name for m in g.short_mentions(said)] == ["建德", "开封", "上饶"]
    # (after its parent's name it is the division's: `西安长安`, a write-up's headline)
    assert [m.name for m in g.short_mentions("西安长安：奋力谱写高质量发展新篇章")] == ["西安", "长安"]
