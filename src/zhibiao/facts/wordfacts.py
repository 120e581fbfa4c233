"""A sentence's qualitative facts beside its figures: a statement in words is a fact only when its indicator gets no
figure of its measure in the same sentence (split from ``facts.link``, which calls it once a sentence)."""

from __future__ import annotations

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
