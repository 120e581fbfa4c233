"""Qualitative facts beside figures: in a sentence, a statement in words is a fact only when its indicator gets no
figure of its measure in the same sentence (``facts.link`` calls it once a sentence); in a report, only when it says
what the report's figures do not (called once a report; both split from ``facts.link``)."""

from __future__ import annotations

from zhibiao import quantity as qty
from zhibiao.facts.cuefile import cue_re
from zhibiao.facts.vocab import Vocabulary
from zhibiao.model import Fact


def drop_words_beside_figures(v: Vocabulary, facts: list[Fact], first: int) -> None:
    """`增长7.4%，快于经济增速`: a qualitative statement is a fact only when its indicator gets no figure
    of its measure in the same sentence (``facts[first:]`` are its facts); a level beside it leaves a
    growth said in words (`一般公共预算收入完成26.12亿元,实现正增长`), but not a new high, which says
    only what the level does (`粮食产量838.6亿斤、再创历史新高`); nor after an average over years of its
    measure, which it compares (`年均增长8.4%,高于全国平均水平`)."""
    if len(new := facts[first:]) < 2:
        return
    numeric = {(f.indicator, f.role, f.period, f.measure) for f in new if f.qualifier != "qualitative"}
    figured = {k[:3] for k in numeric}
    figures = [g for g in new if g.qualifier != "qualitative"]
    if numeric:
        facts[first:] = [
            f for f in new if f.qualifier != "qualitative" or not (
                (f.indicator, f.role, f.period, f.measure) in numeric
                or any(_compares(f, g) for g in figures)
                or (f.text.endswith(v.new_high_words) and (
                    (f.indicator, f.role, f.period) in figured or any(_runs_through(f, g) for g in figures))))
        ]


def _runs_through(f: Fact, g: Fact) -> bool:
    """Whether qualitative ``f``'s text runs through figure ``g`` of its indicator (`粮食总产量1365.16亿斤、
    再创历史新高`: the words say what that figure does, whatever role they would get on their own)."""
    return f.indicator == g.indicator and f.span.start <= g.span.start and g.span.end <= f.span.end


def _compares(f: Fact, g: Fact) -> bool:
    """Whether qualitative ``f`` runs on from ``g``, an average over years of its indicator and measure, and
    compares it (`年均增长8.4%,高于全国平均水平`), not a year's growth."""
    return g.period is None and (f.role, f.measure) == (g.role, g.measure) and _runs_through(f, g)


def words_saying_more(facts: list[Fact]) -> list[Fact]:
    """The report's ``facts`` less its qualitative ones that say nothing its figures do not (``_says_more``)."""
    numeric = {(f.indicator, f.role, f.period, f.measure) for f in facts if f.qualifier != "qualitative"}
    if not numeric:
        return facts
    figured = {k[:3] for k in numeric}
    return [f for f in facts if f.qualifier != "qualitative" or _says_more(f, numeric, figured)]


def _says_more(f: Fact, numeric: set[tuple], figured: set[tuple]) -> bool:
    """Whether a qualitative fact says what the report's figures of its indicator do not: not beside a
    figure of the same year and measure (`…等主要指标增速均高于全国平均水平`), unless it states a task set from
    above as done in words of its own (`单位生产总值综合能耗…完成市下达任务` in the summary, its fall of 1.5%
    said later: whether the task was met is no part of the figure); nor as a task done that only comments
    on the figure just before it (`规模以上工业增加值同比增长7%,完成全年目标`)."""
    if (f.indicator, f.role, f.period, f.measure) in numeric:
        # (not a list of indicators said done together, `…、城镇登记失业率等指标完成年度目标`: a summary of figures)
        return _task_done(f) and not _after_figure(f) and cue_re("indicators_listed_done").search(f.text) is None
    return not ((f.indicator, f.role, f.period) in figured and _task_done(f) and _after_figure(f))


def _after_figure(f: Fact) -> bool:
    """Whether a qualitative fact's text runs from a figure of its subject (it took the subject from it)."""
    return any(q.value is not None for q in qty.scan(f.text))


def _task_done(f: Fact) -> bool:
    """Whether a qualitative fact states a task set from above as done or to be done."""
    return any(q.extra.get("task") for q in qty.scan(f.text))
