"""A figure made a result by what follows it: a margin over the level above (`增长5.4%,高于全国0.4个百分点`), a
streak it continues or a rank it holds or rose by (`,全市排名第6`, `,经济总量在全国位次上升5位`) — unless the words
around it aim at it, as a target's do."""

from __future__ import annotations

import re

from zhibiao.facts.vocab import Vocabulary
from zhibiao.facts.yearnames import Sentence
from zhibiao.model import Quantity

_GOAL_QUALIFIERS = ("around", "at_least", "at_most")  # `左右`, `以上`, `以内`: a goal's words, not a result's
_REST = re.compile(r"[^。；;]*")  # the rest of a clause chain


def ranked_result(v: Vocabulary, sl: Sentence, q: Quantity, kind: str, before: str, continued: bool = False,
                  before_too: bool = False) -> bool:
    """A figure outside targets or tasks with a margin or rank after it (`增长8%,增速居全市第一`; ``before_too``:
    before it), no year ahead (今年) before it nor a goal's qualifier (`7.5%左右,高于…`; not `超过5万亿元`): a result.
    ``continued``: a streak or a field's rank (`,连续三年…`, `,全市排名第6`) or a rank risen (`,全区排名上升4位`), with
    no will ahead (将, 要) either, none aiming at it (`,力争全省排名上升2位`, `,推动…`; for a rank risen, anywhere
    in the rest of its sentence, and never in a passage of this year's plan) nor a plan's end set before it
    (`到“十四五”末,…`)."""
    rx = v.result_after_re if continued else v.actual_margin_re
    m = rx.match(sl.s, q.span.end)
    if continued and m is not None:
        risen = v.rank_risen_re.search(m.group()) is not None
        aim = sl.s[m.start() : _REST.match(sl.s, m.end()).end()] if risen else m.group()
        planned = risen and sl.passage is not None and sl.passage.scope == "year_plan"
        if planned or v.forward_re.search(aim) or v.rank_aim_re.search(aim) or v.rank_goal_re.search(m.group()) \
                or v.goal_by_year_re.search(before):
            m = None
    return (kind not in ("targets", "tasks") and not any(w in before for w in v.plan_year_words)
            and not (q.qualifier in _GOAL_QUALIFIERS and (q.unit == "%" or q.qualifier == "around"))
            and not (continued and v.forward_re.search(before)) and (m is not None or (
                before_too and rx.search(sl.s, 0, q.span.start) is not None)))
