"""Two checks `check` missed (issue 19, item 11): two values for one figure inside one report, and an
amount out of scale for the region's level. Both say it in English and Chinese."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest

import zhibiao
from zhibiao.analysis.fact_rules import amount_range

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus"
PAIRS = SHARED / "corpus_pairs"
GUIZHOU = SHARED / "corpus_2026" / "314_guizhou_province_gwr_2026.txt"
GDP_2025 = "地区生产总值突破2万亿元、达到23562亿元"

if not CORPUS.is_dir() or not GUIZHOU.is_file():
    pytest.skip("../shared corpora are missing", allow_module_level=True)


@pytest.fixture(scope="module")
def dev_flags(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    d = zhibiao.open(tmp_path_factory.mktemp("dev") / "dev.duckdb")
    assert d.ingest([str(CORPUS / "*.txt"), str(PAIRS / "*.txt")]).ok
    return d.checks(refresh=True)


def _zh(row: pd.Series) -> str:
    return json.loads(row["details"])["message_zh"]


def test_one_report_stating_two_values_for_one_figure_is_flagged(dev_flags: pd.DataFrame) -> None:
    cv = dev_flags[dev_flags["rule"] == "conflicting_values"]
    benxi = cv[(cv["region"] == "本溪市") & (cv["indicator"] == "industrial_va") & (cv["period"] == 2023)]
    assert len(benxi) == 1  # 规上工业增加值增长3% against 规上、规下工业增加值分别增长12%
    row = benxi.iloc[0]
    assert "3% (规上工业增加值增长3%)" in row["message"] and "12%" in row["message"]
    assert "one report states different actual values" in row["message"]
    assert _zh(row).startswith("本溪市2023年规模以上工业增加值（增速）的完成值在同一报告中不一："
                               "3%（规上工业增加值增长3%）")
    for r in cv.itertuples():
        values = json.loads(r.details)["values"]
        assert len(r.fact_ids) == len(values) >= 2 and len({v["value"] for v in values}) == len(values)


def test_a_binding_and_a_stretch_target_are_not_a_conflict(dev_flags: pd.DataFrame) -> None:
    # 003: 地区生产总值确保增长6.7%、力争7.2%以上 — two targets on purpose
    cv = dev_flags[(dev_flags["rule"] == "conflicting_values") & (dev_flags["doc"] == "003_ee0cd8f568fba525.txt")]
    assert not ((cv["indicator"] == "gdp") & (cv["period"] == 2024)).any()


def test_every_flag_has_a_chinese_message(dev_flags: pd.DataFrame) -> None:
    assert len(dev_flags) > 0
    for r in dev_flags.itertuples():
        zh = json.loads(r.details)["message_zh"]
        assert zh and any("\u4e00" <= c <= "\u9fff" for c in zh) and "None" not in zh


@pytest.fixture(scope="module")
def guizhou(tmp_path_factory: pytest.TempPathFactory) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Flags of the Guizhou 2026 report as it is, and with its 2025 GDP written as 235.62亿元."""
    tmp = tmp_path_factory.mktemp("gz")
    text = GUIZHOU.read_text("utf-8")
    assert text.count(GDP_2025) == 1
    (tmp / "altered.txt").write_text(text.replace(GDP_2025, "地区生产总值达到235.62亿元"), "utf-8")
    out = []
    for name, path in (("plain", GUIZHOU), ("altered", tmp / "altered.txt")):
        d = zhibiao.open(tmp / f"{name}.duckdb")
        assert d.ingest([path]).ok
        out.append(d.checks(refresh=True))
    return out[0], out[1]


def test_a_provinces_gdp_of_a_few_hundred_yi_is_implausible(guizhou: tuple[pd.DataFrame, pd.DataFrame]) -> None:
    plain, altered = guizhou
    assert (plain["rule"] == "implausible_amount").sum() == 0
    bad = altered[altered["rule"] == "implausible_amount"]
    assert len(bad) == 1
    row = bad.iloc[0]
    assert row["indicator"] == "gdp" and row["period"] == 2025 and row["region"] == "贵州省"
    assert "province region (贵州省): 235.62亿元 is outside 500..300000亿元" in row["message"]
    assert _zh(row) == ("贵州省2025年地区生产总值完成235.62亿元与省级地区的量级不符（合理范围500–300000亿元），"
                        "可能是其他地区的数值或门槛值")


@pytest.mark.parametrize(("level", "yi", "ok"), [
    ("province", "507", True),  # 西藏 2010
    ("province", "100", False),  # 经济总量超百亿元县…
    ("county", "16700", True),  # 浦东新区 2023
    ("prefecture", "36000", True),  # 深圳 2023
    ("national", "1349084", True),
    ("national", "6", False),
])  # fmt: skip
def test_amount_ranges_by_level(level: str, yi: str, ok: bool) -> None:
    rng = amount_range("gdp", "level", level)
    assert rng is not None and rng[2] == "亿元"
    assert (rng[0] <= Decimal(yi) <= rng[1]) is ok
    assert amount_range("gdp", "growth", level) is None and amount_range("gdp", "level", None) is None
