"""The measure a figure gives of an indicator (level, growth, rate, index, change in points) and its value and unit
as the spec writes them (a growth in multiples in percent, a fall continued, 亿 of money as 亿元) (split from
``facts.emit``)."""

from __future__ import annotations

from zhibiao.facts.cuefile import cue_re
from zhibiao.facts.vocab import Vocabulary
from zhibiao.model import Quantity


def decide_measure(v: Vocabulary, ind_id: str, measures: frozenset[str], units: frozenset[str], q: Quantity,
                    prev: Quantity | None = None, prior: bool = False, named: str = "") -> str | None:
    """The spec's measure for quantity ``q`` said of an indicator, or None when it cannot be one.

    ``prev`` is the figure said just before of the same subject: a bare `力争6.5%` after
    `确保增长6%` is growth too. A quoted prior target (`年初预期目标(6.5%)`) takes the
    indicator's own measure for a percentage. ``named`` is the name as written and the words right after it
    (`经济总量`, `地区生产总值总量和`): a total named makes a task said done a level.
    """
    if q.qualifier == "qualitative":
        if q.extra.get("task"):  # `城镇新增就业超额完成全年任务`: the level (or rate) set, else its change
            own = v.indicators[ind_id].task_measure if ind_id in v.indicators else None
            if own == "growth" and "level" in measures and any(w in named for w in v.task_level_words):
                return "level"  # `经济总量提前完成“十三五”目标任务`, `…总值总量和增速均完成`: the total set
            return own or next((m for m in ("level", "rate", "growth") if m in measures), None)
        if q.direction == "flat" and ind_id in v.indicators and v.indicators[ind_id].level_in_words:
            return "level"  # `粮食产量保持基本稳定`: the harvest held where it is
        if "growth" in measures:
            return "growth"
        # (a rate whose course a target sets in words, `城镇调查失业率保持稳中有降态势`: the rate)
        return "rate" if ind_id in v.indicators and v.indicators[ind_id].rate_in_words else None
    unit = q.unit
    if unit == "pp":
        return "change_pp" if "change_pp" in measures else None
    if unit == "%":
        reach = bool(v.reach_re.search(q.raw)) and not q.extra.get("rate_reached")  # `涨幅回落到2.6%`
        moving = q.direction in ("up", "down", "flat") or q.measure_hint == "growth"
        if not moving and not reach and prev is not None and prev.unit == "%" and q.extra.get("verb") is None:
            moving = prev.direction in ("up", "down", "flat") and not v.reach_re.search(prev.raw)
        if ind_id == "cpi" and not moving and q.value is not None and q.value >= 80:
            return "index"  # (a quoted target too: `居民消费价格指数 / % / 103左右`)
        if prior and not reach and q.direction == "none":
            return "growth" if "growth" in measures else ("rate" if "rate" in measures else None)
        if ind_id == "cpi" and not moving and not reach and q.value is not None and q.value < 20:
            return "growth"  # `居民消费价格指数控制在4%以内`: a price rise held under a ceiling
        if moving and not reach:
            if "growth" not in measures and "rate" in measures and q.extra.get("rate_noun_shared"):
                return "rate"  # (`城镇调查失业率、居民消费价格涨幅分别控制在5%和3%`: the rate's own value)
            return "growth" if "growth" in measures else None
        if "rate" in measures:
            return "rate"
        return None
    if in_multiples(q) and q.direction == "up" and "growth" in measures and (
            q.extra.get("baseline") in v.last_year_bases or q.extra.get("one_year")):
        # `进出口贸易额同比增长1.5倍`: a rise of 150% on last year (not `是上年的2倍`, a ratio); so is a bare one in a
        # review of last year alone (`实际利用外商直接投资22亿美元,可比增长1.1倍`)
        return "growth"
    kind = q.extra.get("kind")
    if kind == "magnitude" and q.unit in v.yuan_implied and "currency" in units:
        kind = "currency"  # `规上工业产值超2000亿`, `固定资产投资1858.57亿`: an amount of money without its 元
    elif kind == "magnitude" and q.unit in v.people_implied and units == frozenset({"people"}):
        kind = "people"  # `城镇新增就业1200万以上`: a number of people without its 人
    if kind and kind in units and "level" in measures:
        if q.direction in ("up", "down") and not v.reach_re.search(q.raw) and not q.extra.get("comparison"):
            return None  # `净增110.8亿元`, `增加1000人`: a change of a level, not the level
        return "level"
    return None


_PERCENT_PER_MULTIPLE = 100  # `增长1.5倍`: a rise of 150%


def in_multiples(q: Quantity) -> bool:
    """Whether ``q`` is said in a unit of the kind ``multiple`` (units.toml: `倍`)."""
    return q.extra.get("kind") == "multiple"


def signed(q: Quantity, prev: Quantity | None, measure: str, cut: bool = False) -> tuple:
    """Value and high end, negated for a verb-less figure that continues a fall (`下降3%、力争3.5%`; not a target
    the fall is said below, `下降0.4%，低于4%左右的调控目标`, unless its target is a cut too: ``cut``,
    `能耗下降2.8%，低于3.2%的年度目标`); a growth said in multiples in percent (`增长1.5倍`: 150)."""
    v, hi = q.value, q.value_high
    if measure == "growth" and in_multiples(q):
        v = v * _PERCENT_PER_MULTIPLE if v is not None else None
        hi = hi * _PERCENT_PER_MULTIPLE if hi is not None else None
    if (measure == "growth" and prev is not None and prev.direction == "down" and q.direction == "none"
            and q.extra.get("verb") is None and v is not None and v > 0
            and (cut or not cue_re("target_above_fall").fullmatch(q.extra.get("pre") or ""))):
        v = -v
        hi = -hi if hi is not None else None
        if hi is not None:
            v, hi = hi, v
    return v, hi


def spec_unit(v: Vocabulary, q: Quantity, measure: str) -> str | None:
    """The spec's unit of a figure of ``measure`` (`pp` for a change in points, `%` for a growth in multiples)."""
    if q.qualifier == "qualitative" or q.value is None:
        return None
    if measure == "change_pp":
        return "pp"
    if measure == "growth" and in_multiples(q):
        return "%"  # (its value is in percent, ``signed``)
    if measure == "level" and q.extra.get("kind") == "magnitude" and q.unit in v.yuan_implied:
        return q.unit + "元"  # said of a money indicator (`…超2000亿`): 亿元
    if measure == "level" and q.extra.get("kind") == "magnitude" and q.unit in v.people_implied:
        return q.unit + "人"  # said of an indicator counted in people (`…1200万`): 万人
    return q.unit
