"""zhibiao.analysis: target -> outcome, comparison, escalation and consistency checks on the dev corpus."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import zhibiao
from zhibiao.analysis import judge
from zhibiao.analysis.checks import arithmetic_checks, share_checks

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus"
PAIRS = SHARED / "corpus_pairs"
F003 = "003_ee0cd8f568fba525.txt"
SHENYANG_104 = "104_shenyang_plan_2024_excerpt.txt"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> zhibiao.api.Database:
    if not CORPUS.is_dir() or not PAIRS.is_dir():
        pytest.skip("shared corpus not available")
    d = zhibiao.open(tmp_path_factory.mktemp("an") / "an.duckdb")
    summary = d.ingest([str(CORPUS / "*.txt"), str(PAIRS / "*.txt")])
    assert summary.ok
    return d


def _row(df, **kw):  # type: ignore[no-untyped-def]
    sub = df
    for k, v in kw.items():
        sub = sub[sub[k] == v]
    assert len(sub) >= 1, f"no row with {kw}"
    return sub.iloc[0]


# -- judging a result against a target (pure) -------------------------------------------------


@pytest.mark.parametrize(
    ("indicator", "measure", "qualifier", "value", "high", "result", "status", "strict"),
    [
        ("gdp", "growth", "at_least", "6", None, "6.0", "met", "met"),  # 6%以上 met by 6.0
        ("gdp", "growth", "at_least", "6", None, "5.2", "missed", "missed"),
        ("gdp", "growth", "around", "7", None, "6.8", "met", "missed"),  # 7%左右 met by 6.8
        ("gdp", "growth", "around", "7", None, "7.6", "exceeded", "exceeded"),
        ("gdp", "growth", "exact", "6.5", None, "6.7", "exceeded", "exceeded"),
        ("registered_unemployment", "rate", "at_most", "4.0", None, "3.69", "met", "met"),
        ("registered_unemployment", "rate", "at_most", "4.0", None, "4.2", "missed", "missed"),
        ("cpi", "growth", "around", "3", None, "0.2", "met", "met"),  # a ceiling whatever the wording
        ("surveyed_unemployment", "rate", "around", "5.5", None, "6.1", "missed", "missed"),
        ("energy_intensity", "growth", "exact", "-3", None, "-3.5", "exceeded", "exceeded"),  # bigger fall
        ("energy_intensity", "growth", "exact", "-3", None, "-2", "missed", "missed"),
        ("gdp", "growth", "range", "6", "6.5", "6.2", "met", "met"),
        ("gdp", "growth", "range", "6", "6.5", "5.9", "missed", "missed"),
        ("gdp", "growth", "range", "6", "6.5", "7", "exceeded", "exceeded"),
        ("new_urban_jobs", "level", "at_least", "6000", None, "6426", "exceeded", "exceeded"),
        # a level around its target within 2% of it (four blind district series' writers: `粮食总产量12万吨左右`)
        ("grain_output", "level", "around", "12", None, "11.8", "met", "missed"),
        ("grain_output", "level", "around", "12", None, "11.5", "missed", "missed"),
    ],
)
def test_judge(indicator, measure, qualifier, value, high, result, status, strict) -> None:  # type: ignore[no-untyped-def]
    j = judge(indicator, measure, qualifier, Decimal(value), Decimal(high) if high else None, Decimal(result))
    assert (j.status, j.status_strict) == (status, strict)


def test_judge_margin_units() -> None:
    j = judge("new_urban_jobs", "level", "at_least", Decimal("6000"), None, Decimal("6426"))
    assert (j.margin, j.margin_unit) == (Decimal("7.1"), "%")
    j = judge("gdp", "growth", "exact", Decimal("6.5"), None, Decimal("6.7"))
    assert (j.margin, j.margin_unit) == (Decimal("0.2"), "pp")
    # a wider around tolerance is a setting
    assert judge("gdp", "growth", "around", Decimal("7"), None, Decimal("6.4")).status == "missed"
    assert judge("gdp", "growth", "around", Decimal("7"), None, Decimal("6.4"), around_pp=Decimal(1)).status == "met"


@pytest.mark.parametrize(("target", "growth", "status"), [
    ("全社会固定资产投资实现止跌回升", "6.9", "met"),  # 甘井子 2017 in a blind series: a turn from a fall
    ("全社会固定资产投资实现止跌回升", "-2.1", "missed"),
    ("外贸出口保持正增长", "0.5", "met"),
    ("一般公共预算收入由负转正", "-0.3", "missed"),
    ("实际利用外资力争保持稳定", "-50", "unknown"),  # (no direction said: no verdict)
    ("实际利用外资稳定增长", "4.5", "met"),  # (a growth with no pace set: any growth above zero)
    ("社会消费品零售总额平稳增长", "-1", "missed"),
    ("城乡居民收入持续增长", "7.1", "unknown"),  # (持续增长: often the first half of a pair with 同步)
])
def test_a_qualitative_targets_direction_judges_the_growth(target: str, growth: str, status: str) -> None:
    from zhibiao.analysis._common import FactRow
    from zhibiao.analysis.outcomes import judge_qualitative

    def row(role: str, value: Decimal | None, text: str) -> FactRow:
        return FactRow(1, "t.txt", 1, "某区", None, "county", "fixed_asset_investment", role, 2017, "growth", value,
                       None, "%" if value is not None else None, "exact" if value is not None else "qualitative",
                       text, None, 2018, "government_work_report", None, 0, 0)

    j = judge_qualitative(row("target", None, target), row("actual", Decimal(growth), f"增长{growth}%"), None, None)
    assert j.status == status


@pytest.mark.parametrize(("said", "status", "reason"), [
    ("实际利用外资超额完成年度目标任务", "met", "said_done"),  # 渝北 2014 in a blind series
    ("实际利用外资完成市下达的目标任务", "met", "said_done"),
    ("实际利用外资未完成年度目标", "missed", "said_short"),
    ("实际利用外资难以完成年度目标任务", "missed", "said_short"),
    ("城镇登记失业率低于市下达的控制目标", "unknown", "result_qualitative"),  # (a rate below its ceiling: no shortfall)
    ("实际利用外资保持稳定", "unknown", "result_qualitative"),
])
def test_a_result_said_in_words_is_judged_by_the_reports_word(said: str, status: str, reason: str) -> None:
    from zhibiao.analysis._common import FactRow
    from zhibiao.analysis.outcomes import assess

    target = FactRow(1, "t.txt", 1, "某区", None, "county", "foreign_investment", "target", 2013, "level",
                     Decimal(7), None, "亿美元", "exact", "确保实际利用外资7亿美元", None, 2013,
                     "government_work_report", None, 0, 0)
    result = FactRow(2, "u.txt", 1, "某区", None, "county", "foreign_investment", "actual", 2013, "level", None, None,
                     None, "qualitative", said, None, 2014, "government_work_report", None, 0, 0)
    j = assess("foreign_investment", "level", target, result)
    assert (j.status, j.reason) == (status, reason)


def test_a_growth_in_words_paired_with_a_second_condition_is_not_judged_by_the_first() -> None:
    from zhibiao.analysis._common import FactRow
    from zhibiao.analysis.outcomes import judge_qualitative

    target = FactRow(1, "t.txt", 1, "某县", None, "county", "trade_total", "target", 2017, "growth", None, None, None,
                     "qualitative", "进出口总额稳定增长", None, 2017, "government_work_report", None, 0, 0,
                     said_after="、增速高于全省平均水平。")
    result = FactRow(2, "u.txt", 1, "某县", None, "county", "trade_total", "actual", 2017, "growth", Decimal("2.1"),
                     None, "%", "exact", "进出口总额增长2.1%", None, 2018, "government_work_report", None, 0, 0)
    assert judge_qualitative(target, result, None, None).status == "unknown"


@pytest.mark.parametrize(("after", "status"), [
    # 金水 2014 in a blind series: `单位生产总值能耗下降4.2%，完成市下达的节能目标`
    ("，完成市下达的节能目标。", "met"),
    ("，超额完成年度目标任务。", "met"),
    ("，未完成市下达的目标任务。", "missed"),
    ("，较上年回落0.3个百分点。", "unknown"),  # (no verdict said)
    ("；二氧化硫排放量完成市下达的任务。", "unknown"),  # (another item's verdict)
    ("，完成技改投资任务。", "unknown"),  # (another task done: a reviewer's probe)
    ("，完成年度目标的九成。", "unknown"),  # (a part of the target)
    ("，基本完成年度目标。", "met"),
    ("，达到年初预期目标。", "met"),
    ("，完成年度计划。", "met"),
    ("，完成年度目标任务的95%。", "missed"),  # (a share of it short of the whole)
    ("，完成省下达目标任务的120%。", "met"),
    ("，增长5.2%，完成市下达的目标任务。", "met"),  # (the result's growth between it and the verdict)
])
def test_a_target_set_in_words_is_judged_by_the_verdict_after_its_result(after: str, status: str) -> None:
    from zhibiao.analysis._common import FactRow
    from zhibiao.analysis.outcomes import assess

    target = FactRow(1, "t.txt", 1, "某区", None, "county", "energy_intensity", "target", 2013, "growth", None, None,
                     None, "qualitative", "单位生产总值能耗完成市下达的目标任务", None, 2013, "government_work_report",
                     None, 0, 0)
    result = FactRow(2, "u.txt", 1, "某区", None, "county", "energy_intensity", "actual", 2013, "growth",
                     Decimal("-4.2"), None, "%", "exact", "单位生产总值能耗下降4.2%", None, 2014,
                     "government_work_report", None, 0, 0, said_after=after)
    assert assess("energy_intensity", "growth", target, result).status == status


@settings(max_examples=60, deadline=None)
@given(
    st.decimals(min_value=-20, max_value=30, places=1),
    st.decimals(min_value=0, max_value=5, places=1),
)
def test_better_result_never_worse_status(target: Decimal, delta: Decimal) -> None:
    order = {"missed": 0, "met": 1, "exceeded": 2}
    for ind in ("gdp", "energy_intensity"):
        sign = -1 if ind == "energy_intensity" else 1
        a = judge(ind, "growth", "around", target, None, target)
        b = judge(ind, "growth", "around", target, None, target + sign * delta)
        assert order[b.status] >= order[a.status] == 1
        assert b.margin == delta


# -- target -> outcome on the dev corpus --------------------------------------------------------


def test_national_2024_targets_against_2025_report(db) -> None:  # type: ignore[no-untyped-def]
    df = db.outcomes("全国", year=2024)
    expect = {
        ("gdp", "growth"): ("met", "102_cn_national_gwr_2025.txt#1"),
        ("new_urban_jobs", "level"): ("exceeded", None),
        ("surveyed_unemployment", "rate"): ("met", None),
        ("cpi", "growth"): ("met", None),
        ("grain_output", "level"): ("exceeded", None),
        ("energy_intensity", "growth"): ("met", None),
        ("disposable_income", "growth"): ("met", None),  # 与经济增长同步: 5.1% against GDP 5%
    }
    for (ind, measure), (status, src) in expect.items():
        r = _row(df, indicator=ind, measure=measure)
        assert r["status"] == status, (ind, r["status"])
        assert r["result_source"].startswith("102_")
        assert r["target_source"].startswith("101_")
        if src:
            assert r["result_source"] == src
    gdp = _row(df, indicator="gdp")
    assert (gdp["target"], gdp["result"], gdp["margin"]) == ("5%左右", "5%", Decimal(0))
    assert _row(df, indicator="energy_intensity")["status_strict"] == "exceeded"  # a bigger fall


def test_shenyang_2024_targets_against_2025_plan_report(db) -> None:  # type: ignore[no-untyped-def]
    df = db.outcomes("沈阳市", year=2024)
    expect = {"gdp": "missed", "budget_revenue": "missed", "industrial_va": "missed",
              "fixed_asset_investment": "missed", "retail_sales": "missed", "urban_income": "met",
              "rural_income": "met"}  # fmt: skip
    for ind, status in expect.items():
        r = _row(df, indicator=ind)
        assert r["target_source"] == "004_856a73ee7808871b.txt#2"
        assert r["result_source"] == "103_shenyang_plan_2025_excerpt.txt#1"
        assert r["status"] == status, ind
    gdp = _row(df, indicator="gdp")
    assert (gdp["target"], gdp["result"], gdp["margin"]) == ("≥6%", "5.2%左右", Decimal("-0.8"))


def test_003_prior_targets_paired_with_results(db) -> None:  # type: ignore[no-untyped-def]
    df = db.outcomes("攀枝花市东区", year=2023)
    expect = {
        ("gdp", "6.5%", "6.7%", "exceeded", "0.2"),
        ("fixed_asset_investment", "10%", "5.8%", "missed", "-4.2"),
        ("industrial_va", "8.5%", "8.6%", "exceeded", "0.1"),
        ("retail_sales", "9%", "10.6%", "exceeded", "1.6"),
        ("urban_income", "7%左右", "3.4%", "missed", "-3.6"),
        ("budget_revenue", "9亿元", "9.55亿元", "exceeded", "6.1111"),
        ("new_urban_jobs", "≥6000人", "6426人", "exceeded", "7.1"),
        ("registered_unemployment", "≤4%", "3.69%", "met", "0.31"),
    }
    got = {(r.indicator, r.target, r.result, r.status, str(r.margin)) for r in df.itertuples()
           if r.basis == "prior_target"}  # fmt: skip
    assert got == expect


def test_several_targets_each_paired(db) -> None:  # type: ignore[no-untyped-def]
    df = db.outcomes("510402", year=2024, indicator="gdp")
    assert sorted(df["target"]) == ["6.7%", "≥7.2%"]  # 确保6.7%、力争7.2%以上: two rows


def test_regions_joined_by_code(db) -> None:  # type: ignore[no-untyped-def]
    ts = db.timeseries("210100", "gdp")
    srcs = ", ".join(ts["sources"])
    for doc in ("105_", "104_", "103_", "106_", "107_", "004_856a73ee7808871b.txt#2"):
        assert doc in srcs
    assert set(ts["region"]) == {"沈阳市"}
    assert list(ts[ts["measure"] == "growth"]["year"]) == [2022, 2023, 2024, 2025]
    # a short name, the full name and the code are one region
    for name in ("沈阳", "沈阳市", "210100"):
        assert len(db.outcomes(name, year=2024)) == len(db.outcomes("沈阳市", year=2024))
    assert len(db.outcomes("安居区")) == len(db.outcomes("510904")) > 0


# -- comparison and escalation ---------------------------------------------------------------------


def test_compare_gdp_2024_lists_the_six_cities(db) -> None:  # type: ignore[no-untyped-def]
    df = db.compare("gdp", 2024, level="prefecture")
    growth = df[(df["measure"] == "growth") & (df["target"] != "")]
    assert set(growth["region"]) == {"济南市", "沈阳市", "福州市", "本溪市", "盘锦市", "商丘市"}
    assert list(growth["target"]) == ["6.5%左右", "≥6%", "6%", "6%左右", "6%左右", "≥5.5%"]
    assert list(growth["rank"]) == [1, 2, 3, 4, 5, 6]
    assert _row(growth, region="济南市")["qualifier"] == "at_least"
    assert "内江市" not in set(df["region"])


def test_compare_parent_filter(db) -> None:  # type: ignore[no-untyped-def]
    sichuan = db.compare("gdp", 2025, parent="510000")
    assert set(sichuan["region"]) == {"遂宁市安居区", "南充市高坪区"}
    liaoning = db.compare("gdp", 2024, parent="辽宁省")
    assert set(liaoning["region"]) == {"沈阳市", "本溪市", "盘锦市"}


def test_escalation_against_national(db) -> None:  # type: ignore[no-untyped-def]
    df = db.escalation("gdp", 2024)
    sy = _row(df, region="沈阳市")
    assert (sy["parent_region"], sy["parent_target"], sy["escalation"], sy["escalated"]) == (
        "全国", "5%左右", Decimal(1), True)  # fmt: skip


# -- consistency checks ---------------------------------------------------------------------------


def test_003_stated_arithmetic_checks_out(db) -> None:  # type: ignore[no-untyped-def]
    text = db.sql(f"SELECT text FROM reports WHERE doc = '{F003}'").iloc[0, 0]  # normalised text
    checks = [a for a in arithmetic_checks(text) if a.rule == "stated_arithmetic"]
    assert len(checks) == 7 and all(a.ok for a in checks)
    assert {(a.result, a.target, a.gap) for a in checks} >= {
        (Decimal("6.7"), Decimal("6.5"), Decimal("0.2")), (Decimal("5.8"), Decimal("10"), Decimal("-4.2")),
        (Decimal("6426"), Decimal("6000"), Decimal("426")), (Decimal("9.55"), Decimal("9"), Decimal("0.55")),
    }  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "ok"),
    [
        ("地区生产总值增长6.7%,超过年初预期目标(6.5%)0.2个百分点", True),
        ("地区生产总值增长6.7%,超过年初预期目标(6.5%)0.3个百分点", False),
        ("全社会固定资产投资增长5.8%,低于年初预期目标(10%)4.2个百分点", True),
        ("全社会固定资产投资增长5.8%,低于年初预期目标(10%)3.2个百分点", False),
        ("城镇新增就业6426人,超过年初预期目标(6000人以上)426人", True),
        ("城镇新增就业6426人,超过年初预期目标(6000人以上)462人", False),
    ],
)
def test_arithmetic_sentences(sentence: str, ok: bool) -> None:
    (a,) = arithmetic_checks(sentence)
    assert a.ok is ok


def test_share_against_parts() -> None:
    good = "一般公共预算支出39.92亿元。民生支出27.12亿元、占一般公共预算支出比重67.94%"
    (s,) = share_checks(good)
    assert s.ok and s.part_name == "民生支出" and s.whole == Decimal("39.92")
    (bad,) = share_checks(good.replace("67.94%", "76.94%"))
    assert not bad.ok
    # the whole not stated in the text: nothing to check (001's own sentence)
    assert share_checks("民生支出27.12亿元、占一般公共预算支出比重67.94%") == []


def test_clean_corpus_has_no_arithmetic_flags(db) -> None:  # type: ignore[no-untyped-def]
    flags = db.checks(refresh=True)
    assert not set(flags["rule"]) & {"stated_arithmetic", "stated_direction", "share_parts"}


@pytest.fixture(scope="module")
def altered(tmp_path_factory: pytest.TempPathFactory) -> zhibiao.api.Database:
    """A store with a copy of 003 whose GDP gap is altered and a copy of 104 with another GDP result."""
    if not CORPUS.is_dir() or not PAIRS.is_dir():
        pytest.skip("shared corpus not available")
    tmp = tmp_path_factory.mktemp("alt")
    t3 = (CORPUS / F003).read_text("utf-8")
    gap = re.compile(r"\(6\.5%\)0\.2([个個]百分[点點])")  # the source is traditional Chinese
    assert len(gap.findall(t3)) == 1
    (tmp / "alt_003.txt").write_text(gap.sub(r"(6.5%)0.4\1", t3), "utf-8")
    t104 = (PAIRS / SHENYANG_104).read_text("utf-8")
    new104, n = re.subn(r"地区生产总值增长6%左右", "地区生产总值增长5.8%左右", t104, count=1)
    assert n == 1
    (tmp / "alt_104.txt").write_text(new104, "utf-8")
    d = zhibiao.open(tmp / "alt.duckdb")
    assert d.ingest([str(tmp / "alt_003.txt"), str(tmp / "alt_104.txt"),
                     str(CORPUS / "004_856a73ee7808871b.txt")]).ok  # fmt: skip
    return d


def test_altered_gap_flagged(altered) -> None:  # type: ignore[no-untyped-def]
    flags = altered.checks()
    ar = flags[flags["rule"] == "stated_arithmetic"]
    assert len(ar) == 1
    f = ar.iloc[0]
    assert f["indicator"] == "gdp" and f["period"] == 2023 and f["severity"] == "error"
    assert "0.4" in f["message"] and "6.7 − 6.5 = 0.2" in f["message"]
    assert len(f["fact_ids"]) >= 2


def test_conflicting_results_listed_with_sources(altered) -> None:  # type: ignore[no-untyped-def]
    flags = altered.checks(rule="result_conflict")
    gdp = flags[(flags["indicator"] == "gdp") & (flags["period"] == 2023)]
    assert len(gdp) == 1
    msg = gdp.iloc[0]["message"]
    assert "5.8%左右" in msg and "6%左右" in msg and "alt_104.txt#1" in msg and "004_856a73ee7808871b.txt#2" in msg
    details = json.loads(gdp.iloc[0]["details"])
    assert {v["source"] for v in details["values"]} == {"alt_104.txt#1", "004_856a73ee7808871b.txt#2"}


def test_implausible_target_flagged(tmp_path: Path) -> None:
    d = zhibiao.open(tmp_path / "x.duckdb")
    (tmp_path / "r.txt").write_text(
        "2024年沈阳市政府工作报告\n今年经济社会发展的主要预期目标是:地区生产总值增长65%,"
        "一般公共预算收入增长6%。\n", "utf-8")  # fmt: skip
    assert d.ingest([str(tmp_path / "r.txt")]).ok
    if d.facts(indicator="gdp", role="target").empty:
        pytest.skip("extraction found no target in the synthetic report")
    flags = d.checks()
    imp = flags[flags["rule"] == "implausible_value"]
    assert list(imp["indicator"]) == ["gdp"]


# -- CLI -----------------------------------------------------------------------------------------


def test_cli_formats(db) -> None:  # type: ignore[no-untyped-def]
    from zhibiao.cli.main import _typer_app

    runner = CliRunner()
    base = ["--db", str(db.path)]
    r = runner.invoke(_typer_app, ["compare", "gdp", "--year", "2024", "--level", "prefecture", "-f", "json", *base])
    assert r.exit_code == 0, r.output
    rows = json.loads(r.stdout)
    assert [x["region"] for x in rows if x["measure"] == "growth"][:6] == [
        "商丘市", "沈阳市", "本溪市", "盘锦市", "福州市", "济南市"]  # fmt: skip
    for cmd in (["scorecard", "沈阳"], ["escalation", "gdp", "-y", "2024"], ["timeseries", "沈阳", "gdp"],
                ["check"]):  # fmt: skip
        for fmt in ("table", "csv", "json"):
            r = runner.invoke(_typer_app, [*cmd, "-f", fmt, *base])
            assert r.exit_code == 0, (cmd, fmt, r.output)
    r = runner.invoke(_typer_app, ["scorecard", "全国", "--year", "2024", "-f", "csv", *base])
    assert "102_cn_national_gwr_2025.txt#1" in r.stdout


def test_cli_plot(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("matplotlib")
    from zhibiao.cli.main import _typer_app

    runner = CliRunner()
    for name in ("c.svg", "c.html"):
        r = runner.invoke(_typer_app, ["compare", "gdp", "-y", "2024", "--plot", str(tmp_path / name),
                                       "--db", str(db.path)])  # fmt: skip
        assert r.exit_code == 0, r.output
    assert "沈阳市" in (tmp_path / "c.svg").read_text("utf-8")  # text kept as text
    assert "<svg" in (tmp_path / "c.html").read_text("utf-8")
    r = runner.invoke(_typer_app, ["scorecard", "沈阳", "--plot", str(tmp_path / "s.png"), "--db", str(db.path)])
    assert r.exit_code == 0 and (tmp_path / "s.png").read_bytes()[:4] == b"\x89PNG"


def _urbanization_outcome(tmp_path: Path, year: int, rate_before: str, target: str, rate: str):  # type: ignore[no-untyped-def]
    """The outcome row of a county's urbanization target for ``year`` set beside the year before's rate, the next
    report giving only the rate reached."""
    a = (f"某县{year}年政府工作报告\n——{year}年1月12日在会宁县第十七届人民代表大会第六次会议上\n各位代表：\n"
         f"一、{year - 1}年工作回顾\n城镇化率达到{rate_before}%。\n二、{year}年主要目标\n"
         f"今年经济社会发展的主要预期目标是：城镇化率提高{target}个百分点。\n")
    b = (f"某县{year + 1}年政府工作报告\n——{year + 1}年1月10日在会宁县第十八届人民代表大会第一次会议上\n各位代表：\n"
         f"一、{year}年工作回顾\n城镇化率达到{rate}%。\n")
    for name, text in (("a.txt", a), ("b.txt", b)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    d = zhibiao.open(tmp_path / "t.duckdb")
    assert d.ingest([str(tmp_path / "*.txt")]).ok
    return _row(d.outcomes(), indicator="urbanization_rate", measure="change_pp", year=year)


def test_a_change_in_points_no_report_states_is_read_off_the_two_years_rates(tmp_path: Path) -> None:
    # a county's series (blind sets of 2012–2020 county reports): the target `城镇化率提高1.5个百分点`, the next
    # report gives only the rate reached (`城镇化率达到46.6%`), the one before it the year before's (`达到45.2%`):
    # +1.4, missed
    row = _urbanization_outcome(tmp_path, 2016, "45.2", "1.5", "46.6")
    assert row["status"] == "missed" and row["result_value"] == Decimal("1.4")


def test_no_change_in_points_is_read_off_a_census_years_rates(tmp_path: Path) -> None:
    # (a reviewer's: 2020's rate, revised by the census, less 2019's is no year's change)
    assert _urbanization_outcome(tmp_path, 2020, "59.2", "1", "64.5")["status"] == "unknown"


def _gdp_outcome(tmp_path: Path, after: str) -> dict:
    """A district's 2013 GDP target `8%左右` and the 2014 report's sentence on its result, ``after``."""
    a = ("殷都区2013年政府工作报告\n各位代表：\n一、2012年工作回顾\n地区生产总值增长9%。\n二、2013年主要目标\n"
         "今年经济社会发展的主要预期目标是：地区生产总值增长8%左右。\n")
    b = f"殷都区2014年政府工作报告\n各位代表：\n一、2013年工作回顾\n{after}\n"
    for name, text in (("a.txt", a), ("b.txt", b)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    d = zhibiao.open(tmp_path / "t.duckdb")
    assert d.ingest([str(tmp_path / "*.txt")]).ok
    return _row(d.outcomes(), indicator="gdp", measure="growth", year=2013)


def test_a_result_within_the_tolerance_the_report_says_fell_short_is_missed(tmp_path: Path) -> None:
    # 安阳殷都区 2014 (a blind series): `增长7.8%，略低于8%左右的预期目标` — within 0.5 points of 8%左右, but the report
    # itself says it fell short
    row = _gdp_outcome(tmp_path, "地区生产总值增长7.8%，略低于8%左右的预期目标。")
    assert (row["status"], row["status_strict"], row["status_reason"]) == ("missed", "missed", "said_short")


def test_a_result_within_the_tolerance_with_no_word_of_the_report_is_met(tmp_path: Path) -> None:
    row = _gdp_outcome(tmp_path, "地区生产总值增长7.8%。")
    assert (row["status"], row["status_reason"]) == ("met", None)
    # (nor does `不低于` say it fell short)
    row = _gdp_outcome(tmp_path, "地区生产总值增长7.8%，实现了不低于7.5%的目标。")
    assert row["status"] == "met"


@pytest.mark.parametrize("after", [
    "地区生产总值增长7.8%，略低于年初预期。",  # (no figure quoted: the verdict alone)
    "地区生产总值增长7.8%，虽然较上年加快2.3个百分点，但仍略低于年初预期目标。",  # 陇西 2019 in a blind series
    "地区生产总值增长7.8%，未能实现年初预期目标。",  # (a reviewer's wordings of a shortfall)
    "地区生产总值增长7.8%，与年初目标仍有差距。",
    "地区生产总值增长7.8%，比年初预期略低。",
])
def test_a_shortfall_said_right_after_the_result_with_no_figure_is_missed(tmp_path: Path, after: str) -> None:
    row = _gdp_outcome(tmp_path, after)
    assert (row["status"], row["status_reason"]) == ("missed", "said_short")


def test_a_ceiling_said_undercut_is_no_shortfall(tmp_path: Path) -> None:
    # (a reviewer's: `城镇登记失业率3.05%，低于年初确定的控制目标` is under its ceiling, met)
    a = "蓬江区2018年政府工作报告\n二、2018年主要目标\n城镇登记失业率控制在3%左右。\n"
    b = "蓬江区2019年政府工作报告\n一、2018年工作回顾\n城镇登记失业率3.05%，低于年初确定的控制目标。\n"
    for name, text in (("a.txt", a), ("b.txt", b)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    d = zhibiao.open(tmp_path / "t.duckdb")
    assert d.ingest([str(tmp_path / "*.txt")]).ok
    assert _row(d.outcomes(), indicator="registered_unemployment", year=2018)["status"] == "met"


def test_a_shortfall_said_after_another_subject_is_not_the_results(tmp_path: Path) -> None:
    # (the verdict after another indicator's figure is that indicator's; an item over ends the result's words)
    row = _gdp_outcome(tmp_path, "地区生产总值增长7.8%，固定资产投资增长5%，未完成年初预期目标。")
    assert row["status"] == "met"
    row = _gdp_outcome(tmp_path, "地区生产总值增长7.8%；粮食产量略低于年初预期。")
    assert row["status"] == "met"


def test_a_comparison_before_a_target_said_met_is_no_word_of_a_shortfall(tmp_path: Path) -> None:
    # (a reviewer's) `低于全省…，完成8%左右的预期目标`: the 低于 is of the province, the target was met
    row = _gdp_outcome(tmp_path, "地区生产总值增长7.8%，低于全省平均水平0.2个百分点，完成8%左右的预期目标。")
    assert (row["status"], row["status_reason"]) == ("met", None)


@pytest.mark.parametrize(("after", "status"), [
    # 洪山 2017/2018 in a blind series: `外贸出口增速高于全市平均水平`, then `…增长6%，增速高于全市平均水平1.8个百分点`
    ("，增速高于全市平均水平1.8个百分点，扭转了上年下滑的局面；", "met"),
    ("，增速低于全市平均水平0.6个百分点。", "missed"),
    ("，高于全省平均水平1.8个百分点。", "unknown"),  # (another area than the target's)
    ("。增速高于全市平均水平。", "unknown"),  # (said in the next sentence: of something else)
])
def test_a_target_to_outpace_a_wider_area_is_judged_by_the_results_own_words(after: str, status: str) -> None:
    from zhibiao.analysis._common import FactRow
    from zhibiao.analysis.outcomes import judge_qualitative

    target = FactRow(1, "t.txt", 1, "某区", None, "county", "exports", "target", 2017, "growth", None, None, None,
                     "qualitative", "外贸出口增速高于全市平均水平", None, 2017, "government_work_report", None, 0, 0)
    result = FactRow(2, "u.txt", 1, "某区", None, "county", "exports", "actual", 2017, "growth", Decimal("6"), None,
                     "%", "exact", "外贸出口10.21亿美元，增长6%", None, 2018, "government_work_report", None, 0, 0,
                     said_after=after)
    assert judge_qualitative(target, result, None, None).status == status


@pytest.mark.parametrize(("target", "after", "status"), [
    ("外贸出口增速高于全市平均水平", "，未能高于全市平均水平。", "missed"),  # (a reviewer's probes: the verb denied)
    ("外贸出口增速高于全市平均水平", "，不低于全市平均水平。", "unknown"),
    ("外贸出口增速高于全市平均水平", "；进口增速低于全市平均水平。", "unknown"),  # (another item after `；`)
    ("外贸出口增速高于全市平均水平2个百分点", "，高于全市平均水平0.5个百分点。", "missed"),  # (the margin asked)
    ("外贸出口增速高于全市平均水平2个百分点", "，高于全市平均水平2.3个百分点。", "met"),
    ("外贸出口正增长，增速高于全市平均", "。", "met"),  # (no word on the area: the growth in words judges it)
])
def test_a_benchmark_target_against_denied_verbs_margins_and_other_items(target: str, after: str, status: str) -> None:
    from zhibiao.analysis._common import FactRow
    from zhibiao.analysis.outcomes import judge_qualitative

    t = FactRow(1, "t.txt", 1, "某区", None, "county", "exports", "target", 2017, "growth", None, None, None,
                "qualitative", target, None, 2017, "government_work_report", None, 0, 0)
    r = FactRow(2, "u.txt", 1, "某区", None, "county", "exports", "actual", 2017, "growth", Decimal("6"), None,
                "%", "exact", "外贸出口增长6%", None, 2018, "government_work_report", None, 0, 0, said_after=after)
    assert judge_qualitative(t, r, None, None).status == status


def _outcomes_of(tmp_path: Path, texts: dict[str, str], region: str):  # type: ignore[no-untyped-def]
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    d = zhibiao.open(tmp_path / "o.duckdb")
    assert d.ingest([str(tmp_path / "*.txt")]).ok
    return d.outcomes(region=region)


def test_a_county_city_made_a_district_in_place_keeps_its_series(tmp_path: Path) -> None:
    # 即墨市 set its 2017 targets; 青岛市即墨区 (370215, the same place made a district that year) reported them
    texts = {
        "jimo2017.txt": "即墨市2017年政府工作报告\n——2017年1月10日在即墨市第十七届人民代表大会第一次会议上\n"
                        "二、2017年主要目标\n今年全市地区生产总值增长8.5%左右。\n",
        "jimo2018.txt": "青岛市即墨区2018年政府工作报告\n——2018年1月10日在青岛市即墨区第一届人民代表大会第一次会议上\n"
                        "一、2017年工作回顾\n全区地区生产总值增长8.7%。\n",
    }
    for region in ("即墨市", "青岛市即墨区"):
        df = _outcomes_of(tmp_path, texts, region)
        row = df[(df["indicator"] == "gdp") & (df["year"] == 2017)].iloc[0]
        assert row["result_value"] == Decimal("8.7") and row["status"] == "met"


@pytest.mark.parametrize(("said", "value", "status"), [
    # the report restates the revenue on the target's basis and says the target met right after: that figure
    ("增长4.8%，剔除减税降费因素后同口径增长9.1%，完成年度目标。", "9.1", "exceeded"),
    ("增长4.8%，按可比口径计算，可比增长9.2%，完成年度目标。", "9.2", "exceeded"),
    # (its word on the first figure, the restated one after it: the first)
    ("仅增长1.7%，未完成年初预算目标，剔除减税降费因素后增长6.8%。", "1.7", "missed"),
    # (no word at all: the first)
    ("增长4.8%，剔除减税降费因素后同口径增长9.1%。", "4.8", "missed"),
])
def test_a_result_restated_on_the_targets_basis(tmp_path: Path, said: str, value: str, status: str) -> None:
    texts = {
        "g2019.txt": "赣州市2019年政府工作报告\n——2019年1月10日在赣州市第五届人民代表大会第三次会议上\n"
                     "二、2019年主要目标\n今年一般公共预算收入增长6%。\n",
        "g2020.txt": "赣州市2020年政府工作报告\n——2020年1月10日在赣州市第五届人民代表大会第四次会议上\n"
                     "一、2019年工作回顾\n全市一般公共预算收入296.7亿元，" + said + "\n",
    }
    df = _outcomes_of(tmp_path, texts, "赣州市")
    row = df[(df["indicator"] == "budget_revenue") & (df["year"] == 2019) & (df["measure"] == "growth")].iloc[0]
    assert row["result_value"] == Decimal(value) and row["status"] == status


def test_a_reused_code_or_a_merger_starts_no_series_of_another_place() -> None:
    from zhibiao.analysis._common import continued_code

    assert continued_code("370282", 2016) == "370215"  # 即墨市 made a district in place
    assert continued_code("511422", 2013) == "511403"  # 彭山县 → 彭山区 (its code once 李渡区's, long before)
    assert continued_code("419001", 2019) == "419001"  # 济源市: its code's holder of 1988 had another successor
    assert continued_code("370684", 2019) == "370684"  # 蓬莱市 merged with 长岛县 into 蓬莱区: a new series


def test_core_inflation_is_no_restatement_of_the_price_target(tmp_path: Path) -> None:
    texts = {
        "c2019.txt": "赣州市2019年政府工作报告\n——2019年1月10日在赣州市第五届人民代表大会第三次会议上\n"
                     "二、2019年主要目标\n居民消费价格涨幅控制在3%左右。\n",
        "c2020.txt": "赣州市2020年政府工作报告\n——2020年1月10日在赣州市第五届人民代表大会第四次会议上\n"
                     "一、2019年工作回顾\n居民消费价格上涨2.8%，剔除食品价格因素后上涨1.5%，完成年度调控目标。\n",
    }
    df = _outcomes_of(tmp_path, texts, "赣州市")
    assert not df.empty and all(df[df["indicator"] == "cpi"]["result_value"] == Decimal("2.8"))
