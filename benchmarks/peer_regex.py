"""A peer for the benchmarks: the plain regex extractor a researcher writes in an afternoon.

One pattern per headline indicator, the report year from the first ``20xx年`` of the text, and
"target" when the sentence reads like a plan (目标/预期/力争/左右/以上/以内). No normalisation,
no sections, no compilations. Writes facts in the spec's JSONL shape::

    python benchmarks/peer_regex.py ../shared/corpus/*.txt > peer.jsonl
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

NUM = r"(-?\d+(?:\.\d+)?)"
GAP = r"[^。；;，,]{0,10}?"
GROWTH = r"(?:增长|增加|提高|上涨)" + r"[^。；;0-9]{0,4}?" + NUM + r"\s*%"

# indicator -> (pattern, measure); group 1 is the value, group 2 (if any) the unit
PATTERNS: dict[str, tuple[str, str]] = {
    "gdp": (r"(?:地区生产总值|国内生产总值|生产总值|GDP)" + GAP + GROWTH, "growth"),
    "gdp_primary": (r"第一产业增加值" + GAP + GROWTH, "growth"),
    "gdp_secondary": (r"第二产业增加值" + GAP + GROWTH, "growth"),
    "gdp_tertiary": (r"(?:第三产业|服务业)增加值" + GAP + GROWTH, "growth"),
    "agri_output": (r"农林牧渔业总产值" + GAP + GROWTH, "growth"),
    "industrial_va": (r"(?:规模以上|规上|规模)工业增加值" + GAP + GROWTH, "growth"),
    "industrial_output": (r"(?:规模以上|规上)工业总产值" + GAP + GROWTH, "growth"),
    "construction_output": (r"建筑业总产值" + GAP + GROWTH, "growth"),
    "fixed_asset_investment": (r"固定资产投资" + GAP + GROWTH, "growth"),
    "retail_sales": (r"社会消费品零售总额" + GAP + GROWTH, "growth"),
    "trade_total": (r"进出口(?:总额)?" + GAP + GROWTH, "growth"),
    "foreign_investment": (r"(?:实际利用外资|实际使用外资|外商直接投资)" + GAP + GROWTH, "growth"),
    "budget_revenue": (r"一般公共预算收入" + GAP + GROWTH, "growth"),
    "disposable_income": (r"居民人均可支配收入" + GAP + GROWTH, "growth"),
    "urban_income": (r"城镇居民人均可支配收入" + GAP + GROWTH, "growth"),
    "rural_income": (r"农村居民人均可支配收入" + GAP + GROWTH, "growth"),
    "cpi": (r"居民消费价格(?:指数)?" + GAP + r"(?:涨幅|上涨|增长|控制在)[^。；;0-9]{0,4}?" + NUM + r"\s*%", "growth"),
    "new_urban_jobs": (r"(?:城镇新增就业|新增城镇就业)[^。；;0-9]{0,6}?" + NUM + r"\s*(万人|人)", "level"),
    "surveyed_unemployment": (r"城镇调查失业率[^。；;0-9]{0,8}?" + NUM + r"\s*%", "rate"),
    "registered_unemployment": (r"城镇登记失业率[^。；;0-9]{0,8}?" + NUM + r"\s*%", "rate"),
    "grain_output": (r"粮食(?:总)?产量[^。；;0-9]{0,8}?" + NUM + r"\s*(万吨|亿斤|万斤|吨)", "level"),
    "energy_intensity": (r"单位(?:地区生产总值|GDP)能耗" + GAP + r"(?:下降|降低)" + NUM + r"\s*%", "growth"),
    "rd_spending": (r"(?:研发经费|研发投入|R&D经费)" + GAP + GROWTH, "growth"),
    "rd_intensity": (r"(?:研发|R&D经费)投入强度[^。；;0-9]{0,8}?" + NUM + r"\s*%", "rate"),
    "urbanization_rate": (r"(?:城镇化率|城市化率)[^。；;0-9]{0,8}?" + NUM + r"\s*%", "rate"),
}
COMPILED = {k: (re.compile(p), m) for k, (p, m) in PATTERNS.items()}
YEAR = re.compile(r"(20\d\d)年")
REGION = re.compile(r"([\u4e00-\u9fff]{2,8}?(?:省|市|区|县|州|盟|旗))(?:人民政府|政府工作报告|国民经济)")
SENTENCE = re.compile(r"[^。；;\n]+")
TARGET_CUE = re.compile(r"目标|预期|力争|左右|以上|以内|不低于|控制在|确保|争取")


def qualifier(s: str) -> str:
    if "左右" in s or "约" in s:
        return "around"
    if "以上" in s or "不低于" in s or "超过" in s:
        return "at_least"
    if "以内" in s or "以下" in s or "不超过" in s:
        return "at_most"
    return "exact"


def extract_text(text: str, doc: str) -> Iterator[dict[str, Any]]:
    """Facts of one file's text."""
    y = YEAR.search(text)
    year = int(y.group(1)) if y else None
    r = REGION.search(text[:2000])
    region = r.group(1) if r else None
    for sent in SENTENCE.finditer(text):
        s = sent.group(0)
        target = bool(TARGET_CUE.search(s))
        for ind, (pat, measure) in COMPILED.items():
            for m in pat.finditer(s):
                value = float(m.group(1))
                if ind == "energy_intensity":
                    value = -value
                unit = m.group(2) if m.lastindex and m.lastindex >= 2 else "%"
                yield {
                    "doc": doc, "report": 1, "region": region, "indicator": ind,
                    "role": "target" if target else "actual",
                    "period": None if year is None else (year if target else year - 1),
                    "measure": measure, "value": value, "value_high": None, "unit": unit,
                    "qualifier": qualifier(s[m.end() : m.end() + 4]) if target else "exact",
                    "text": m.group(0),
                }  # fmt: skip


def extract_file(path: Path) -> list[dict[str, Any]]:
    """Facts of one file (UTF-8, undecodable bytes replaced)."""
    return list(extract_text(path.read_bytes().decode("utf-8", errors="replace"), path.name))


def main(argv: list[str]) -> None:
    out = sys.stdout
    for arg in argv:
        p = Path(arg)
        files = sorted(x for x in p.rglob("*.txt")) if p.is_dir() else [p]
        for f in files:
            for rec in extract_file(f):
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
