"""How a clause names the year a figure is about: years said in digits, the base of a comparison, the end of a
five-year plan, and when words said since a year end its hold.

Shared by ``when`` (a figure's role and period) and ``multiyear`` (figures in a review of several years).
"""

from __future__ import annotations

import re
from typing import Protocol

from zhibiao.document.periods import given_late, plan_years
from zhibiao.facts.cuefile import cue_re
from zhibiao.facts.vocab import Vocabulary
from zhibiao.model import Passage, Quantity, ReportMeta, Role, Section

YEAR_RE = re.compile(r"(20\d\d)年")
# a year that is the base of a comparison or a change, not the year of the figure
BASE_YEAR_RE = re.compile(r"(?:比|较|从|由|与|同)((?:19|20)\d\d)年")  # (a base of the last century too)
ANY_YEAR_RE = re.compile(r"((?:19|20)\d\d)年")  # a year of either century: the base of a growth (`比1999年`)
YEAR_WORD_RE = re.compile(r"(?:19|20)\d\d\s*年")  # a year said as a word (`2018年`, `2018 年`), of either century
BARE_YEAR_CLAUSE = re.compile(r"\s*((?:19|20)\d\d)\s*年\s*[，,]")  # a year standing as a clause of its own
# the words a base year follows (`比2012年`, `较2012年`, `与2000年相比`, `同1978年比较`): a year measured from
BASE_LEADS = ("比", "较", "与", "同")
TARGET_SET = re.compile(r"确定|设定|定为")
DIGIT = re.compile(r"\d")
PARAGRAPH_BACK = 2000  # characters looked back, at most, for a paragraph's start
_FROM_BEFORE = re.compile(r"(?:由|从|比|较)[“\"]?$")  # a base, not the figure's year (`比“十一五”末下降20%`)
_PLAN = r"(十[一二三四五六]五)”?(?:规划)?"  # a five-year plan's name (`“十三五”`, `十三五规划`)
PLAN_END_RE = re.compile(_PLAN + "(?:期末|末期|末)")
PLAN_SPAN_RE = re.compile(_PLAN + "(?:以来|期间|时期)")
# growth set against the end of a plan (`较“十三五”末增长24.3%`)
SINCE_PLAN_END = re.compile(r"(?:较|比)[“\"]?" + PLAN_END_RE.pattern)
PLAN_YEARS = 5
FROM_BASE = re.compile(r"(?:从|由)\s*\d")  # a path from a base amount (`从874.4亿元增加到`): several years

When = tuple[Role | None, int | None, str | None]  # (role, period, horizon)


class Sentence(Protocol):
    """What the role and period of a figure need to know of its sentence (``link._SentenceLinker``)."""

    s: str
    offset: int
    starts: list[int]
    section: Section | None
    passage: Passage | None

    def passage_at(self, pos: int) -> Passage | None:
        """The passage holding ``pos`` of the sentence (a clause may open one)."""
        ...


def plan_end(m: re.Match[str]) -> int:
    """The last year of the plan ``m`` names (`“十二五”期末` -> 2015)."""
    years = plan_years(m.group(1))
    return years[1] if years else 0


def named_year(window: str) -> int | None:
    """The last year the window names that is not the base of a comparison (`比2020年`)."""
    found = named_year_at(window)
    return found[0] if found else None


def named_year_at(window: str) -> tuple[int, int] | None:
    """(year, where) of the last year the window names that is not the base of a comparison; the
    end of a five-year plan (`“十二五”期末`) names its last year."""
    bases = {m.start(1) for m in BASE_YEAR_RE.finditer(window)}
    years = [(int(m.group(1)), m.start(1)) for m in YEAR_RE.finditer(window) if m.start(1) not in bases]
    years += [(plan_end(m), m.start()) for m in PLAN_END_RE.finditer(window)
              if not _FROM_BEFORE.search(window, max(0, m.start() - 2), m.start())]  # `由“十三五”末的`: a base
    return max(years, key=lambda t: t[1]) if years else None


def year_broken(v: Vocabulary, between: str) -> bool:
    """Whether the words between a year said earlier and a figure end its hold: another year (but the year
    before as a growth's base, `比上年增长`), this year, or a target's word."""
    between = v.on_year_before_re.sub("", between)
    return bool(YEAR_RE.search(between) or v.list_year_break_re.search(between)
                or any(w in between for w in v.plan_year_words) or any(c in between for c in v.target_cues)
                or TARGET_SET.search(between))


def paragraph_start(text: str, pos: int) -> int:
    """Where the paragraph holding ``pos`` starts, looked for at most ``PARAGRAPH_BACK`` characters back (0 when its
    line break lies further)."""
    return text.rfind("\n", max(0, pos - PARAGRAPH_BACK), pos) + 1


_CLAUSE_REST = re.compile(r"[\d，,;；、]")  # after a base year: another figure or clause, so not the growth's own


def growth_base_year(lead: str) -> int | None:
    """The year a growth is measured from when its clause ends on it and the verb (`,比2014年增长`)."""
    m = next(reversed(list(BASE_YEAR_RE.finditer(lead))), None)
    if m is None or not lead.startswith(("比", "较"), m.start()) or _CLAUSE_REST.search(lead, m.end()):
        return None
    return int(m.group(1))


def from_this_year(text: str) -> str:
    """``text`` from this year's word on, when it stands after last year's (`全区地区生产总值去年增长14.6%,今年增长
    14%左右`): the figure's own time starts there; else ``text`` whole."""
    this = max((m.start() for m in cue_re("this_year_word").finditer(text)), default=-1)
    last = max((m.start() for m in cue_re("last_year_word").finditer(text)), default=-1)
    return text[this:] if this > last else text


def opens_on_this_year(sl: Sentence, q: Quantity, after: int, meta: ReportMeta) -> bool:
    """Whether the figure's clause opens on this year's word after ``after`` (`“十二五”期间…500万人,今年新增就业100万人
    以上`): this year's figure beside the plan's; not 今年 in a clause before (`今年是开局之年,…主要目标是:…`), nor
    several years from it (`今年和明年…累计`), nor in a report given late in the year it reviews (its 今年 is
    that year)."""
    if given_late(meta):
        return False
    last = max((m.end() for m in cue_re("clause_opens_this_year").finditer(sl.s, after, q.span.start)), default=-1)
    return last >= 0 and not any(c in sl.s[last : q.span.start] for c in "，,；;：:")


def past_year_path(v: Vocabulary, sentence: str, text: str, q: Quantity) -> str:
    """``text`` (what stands before ``q``) less a path of the figure through the year when ``q`` is the whole
    year's (`GDP增速逐季攀升,上半年3.2%、前三季度4.4%、预计全年5%左右`, `从一季度3.3%、到上半年4.5%、再到前三季度
    4.9%,全年完成1368.6亿元`): the parts are mentions, the name's fact is the year's."""
    whole = sentence.startswith(v.whole_year, q.span.start)  # (`全年5%左右`: 全年 is the figure's lead)
    end = v.year_path_end_re.search(text + (v.whole_year if whole else ""))
    if end is None or not v.sub_period_re.search(text, 0, end.start()):
        return text
    walked = v.year_path_re.sub("", text[: end.start()])  # the parts with their figures
    walked = v.sub_period_re.sub("", walked)  # parts whose figures the name's own run took
    return v.year_path_words_re.sub("", walked + text[end.start() :])


OPENING_YEAR = re.compile(r"\s*(?:19|20)\d\d\s*年(?![底末初前以来起])")  # a clause opening on a year


def last_year_opened_clause(sl: Sentence, before: int) -> int | None:
    """The index of the last clause after the sentence's first, starting before ``before``, that opens on a year
    (`…,2021年全市实现地区生产总值2379.2亿元`), if any."""
    starts = sl.starts
    return next((k for k in range(len(starts) - 1, 0, -1)
                 if starts[k] < before and (m := OPENING_YEAR.match(sl.s, starts[k]))
                 and not _item_closing_aside(sl, k, m.end())), None)


def _item_closing_aside(sl: Sentence, k: int, after_year: int) -> bool:
    """Whether clause ``k``, opening on a year, is an aside closing its list item with no figure of its own
    (`地区生产总值由…增加到1218.6亿元，年均增长13.4%，2012年跨过千亿元大关；一般公共预算收入达到58.7亿元`): its year
    is the milestone's, not the next items'."""
    end = sl.starts[k + 1] if k + 1 < len(sl.starts) else len(sl.s)
    body = sl.s[after_year:end]
    return body.rstrip().endswith(("；", ";")) and not any(c.isdigit() for c in body)
