"""The years each passage of a report speaks of: five-year review, last year, plan goals, this year.

A report that opens a five-year plan speaks of four periods at once, in chapters whose titles
name them (`一、2025年和“十四五”时期工作回顾`, `二、“十五五”时期主要目标任务`) and in paragraphs
and sentences that open with them (`过去五年`, `——这五年`, `刚刚过去的2025年`, `今年`). The
passages are read in order as a state machine: a top-level heading sets the state from its title
(or from its kind when the title names no years), a nested heading with years of its own sets it,
and so does a cue at the start of a paragraph or sentence; the state holds until the next change.
A figure takes its role and period from the passage it stands in (``zhibiao.facts``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from functools import cache

from zhibiao.document._common import YEAR_CELL_RE, any_re, cues, lines
from zhibiao.document.sections import CHAPTER_MARKER
from zhibiao.model import Passage, PassageScope, ReportMeta, Section, Span

_C = cues()["periods"]
_PLANS: dict[str, list[int]] = cues()["years"]["five_year_plans"]
_SENTENCE_END = re.compile(r"[。！？!?]")
_PAST_SPANS = {"两": 1, "二": 1, "三": 2, "四": 3, "十": 9}  # 过去四年: the review year and the 3 before it
_OPENING_WORDS = re.compile(r"[^0-9０-９，,；;：:、]{0,8}")  # a few words opening a sentence, no clause break
_PAST_COUNT_DIGIT = re.compile(r"(?<![\d.])([2-5])年")  # 过去3年, 5年来: the count in a digit (not 2007年)
# headings that are items of a list (`——经济总量迈上了新台阶`), not chapters: they keep the years
_GROUP_NAME = re.compile(r"\(\?P<\w+>")
_LIST_ITEM = re.compile(r"^\s*(?:——|[●◆■□▲·•*])")
_REPEAT_MAX = 80  # a repeated line this short is a page's title or running header, not a passage's cue
_TITLE_LINE = re.compile(_C["title_line"])  # a report's title on a line of its own
_ANY_YEAR = re.compile(r"(?:19|20)\d\d")
_DIGIT = re.compile(r"\d")
_CLAUSE_BREAK = re.compile(r"[，,；;。！？!?]")
_JOINED = re.compile(_C["joined"])  # a conjunction between two periods a title names


_CELL_CHARS = 6  # a line this short, with no clause mark, is a table's cell


def _among_cells(text: str, start: int, end: int) -> bool:
    """Whether the line at ``start``..``end`` stands among a table's cells: the line before it or after it is a short
    one with no clause mark (`2024年` / `2025年`, `2025年` / `目标`)."""
    before = text[: max(0, start - 1)].rstrip("\n").rpartition("\n")[2].strip()
    after = text[end + 1 :].lstrip("\n").partition("\n")[0].strip()
    return any(0 < len(x) <= _CELL_CHARS and not _CLAUSE_BREAK.search(x) for x in (before, after))


@cache
def _res() -> dict[str, re.Pattern[str]]:
    return {
        "prefix": re.compile("^(?:" + "|".join(_C["opener_prefix"]) + ")*"),  # any run of the prefix words
        "past_years": any_re(_C["past_years"]),
        "past_year": any_re(_C["past_year"]),
        "past_years_record": re.compile(_C["past_years_record"]),
        "past_year_basis": re.compile(_C["past_year_basis"]),
        "this_year": any_re(_C["this_year"]),
        "coming_years": any_re(_C["coming_years"]),
        "year_targets": any_re(_C["year_targets"]),
        "plan_name": re.compile(_C["plan_name"]),
        "plan_outline": re.compile(_C["plan_outline"]),
        "year": re.compile(_C["year"]),
        "year_basis_after": re.compile(_C["year_basis_after"]),
        "bare_year": re.compile(r"(?P<to>(?!))?(?P<y>(?:19|20)\d\d)(?=[,，:：](?!\d))"),
        "goals_horizon": re.compile(_C["goals_horizon"]),
        "year_heading": re.compile("(?:" + "|".join(_C["year_heading_words"]) + r")\s*$"),
        "review_words": any_re(_C["review_words"]),
        "plan_words": any_re(_C["plan_words"]),
        "reported": re.compile(_C["reported"]),
        "announced": re.compile(_C["targets_announced"]),
        "this_year_targets": re.compile(_C["this_year_targets"]),
        "clause_this_year": re.compile(_C["clause_this_year"]),
        "targets_above": re.compile(_C["targets_above"]),
        "clause_this_year_not": re.compile(_C["clause_this_year_not"]),
        "clause_this_year_figure": re.compile(_C["clause_this_year_figure"]),
        "clause_this_year_label": re.compile(_C["clause_this_year_label"]),
    }


@cache
def _any_cue() -> re.Pattern[str]:
    """Whether a sentence head may open on any cue ``cue_years`` reads (a quick first test)."""
    r = _res()
    names = ("year_targets", "plan_name", "year", "bare_year", "coming_years", "past_years", "past_year",
             "this_year")
    parts = (_GROUP_NAME.sub("(?:", r[n].pattern) for n in names)  # names may repeat across parts
    return re.compile("|".join(f"(?:{p})" for p in parts))


@cache
def _opener() -> re.Pattern[str]:
    """A sentence that may open on a cue, opener words included: tried where the sentence starts,
    so most sentences cost one match and no slicing."""
    prefix = _GROUP_NAME.sub("(?:", _res()["prefix"].pattern).removeprefix("^")  # matched at a position
    reported = _res()["reported"].pattern.removesuffix("$")
    return re.compile(f"(?:{prefix})?(?:{_any_cue().pattern})|(?:{prefix})?{reported}")


def plan_years(name: str) -> tuple[int, int] | None:
    """`十四五` -> (2021, 2025); `“十五”` -> (2001, 2005) (`十五` alone only after its opening quote)."""
    if name in ("“十五”", "十五"):
        return (2001, 2005)
    r = _PLANS.get(name)
    return (r[0], r[1]) if r else None


def cue_years(text: str, meta: ReportMeta) -> tuple[int, int, str] | None:
    """(first, last, cue) named at the very start of ``text`` (after opener words), or None.

    >>> from zhibiao.model import ReportMeta
    >>> m = ReportMeta(None, None, None, None, "government_work_report", 2026, 2025, 2026, None, None)
    >>> cue_years("——这五年，综合实力大幅跃升", m)
    (2021, 2025, '这五年')
    >>> cue_years("刚刚过去的2025年，习近平总书记…", m)
    (2025, 2025, '刚刚过去的2025年')
    >>> cue_years("“十五五”时期是基本实现社会主义现代化夯实基础的关键时期", m)
    (2026, 2030, '“十五五”时期')
    >>> cue_years("今年经济社会发展的主要预期目标是：", m)
    (2026, 2026, '今年经济社会发展的主要预期目标是')
    >>> cue_years("加强科技创新，驱动能源转型。", m) is None
    True
    """
    r = _res()
    pm = r["prefix"].match(text)
    at = pm.end() if pm else 0
    head = text[at : at + 40]
    review, plan = meta.review_year, meta.plan_year
    if not _any_cue().match(head):
        if pm and review is not None and r["reported"].search(pm.group()):
            return review, review, pm.group().strip()  # `报告还显示,进出口总额…`: results reported
        return None  # most sentences open on no cue: one match instead of seven
    m = r["year_targets"].match(head)
    if m and plan is not None:
        end = _horizon(r["goals_horizon"].match(head, m.end()))
        if end is not None and end > plan and not r["this_year"].match(m.group()):
            return plan, end, m.group()  # `主要目标是:到2020年,…`: the plan's goals
        return plan, plan, m.group()
    m = r["plan_name"].match(head)
    if m:
        years = plan_years(m.group(1))
        if years is not None:
            quote = "“" if at and text[at - 1] == "“" and not m.group().startswith("“") else ""
            return years[0], years[1], quote + m.group()
    m = r["year"].match(head)
    if m is None and pm and r["year_heading"].search(pm.group()):
        m = r["bare_year"].match(head)  # `回眸2024,江宁…`: a write-up's sentence on a year written without 年
        if m is not None and (review is not None or plan is not None) and int(m.group("y")) not in (review, plan):
            return None  # (`展望2035,`: a plan's far goal, no passage)
    if m:
        y = int(m.group("y"))
        if m.group("to") and plan is not None and y > plan:
            return plan, y, m.group()
        if head[m.end() : m.end() + 2] in ("以来", "来，", "来,") and review is not None and y < review:
            return y, review, m.group() + "以来"  # `2021年以来`: the years since
        if m.group("to") and review is not None and y <= review:
            return None  # `预计到2016年末,GDP达到830亿元`: the end of the years reviewed, not a passage
        if y in (review, plan) or (review is None and plan is None) or (plan is not None and y > plan):
            return y, y, m.group()
        return None  # `2018年，习近平总书记…`: an earlier year named in passing sets no passage
    m = r["coming_years"].match(head)
    if m and plan is not None:
        # `今后三年`: this year and the two after it (the counts of the past years', five when none is said)
        span = next((n for w, n in _PAST_SPANS.items() if w in m.group()), 4)
        return plan, plan + span, m.group()
    m = r["past_years"].match(head)
    if m and review is not None:
        digit = _PAST_COUNT_DIGIT.search(m.group())
        span = int(digit.group(1)) - 1 if digit else next(
            (n for w, n in _PAST_SPANS.items() if w in m.group()), 4)  # 五 and 本届: five years
        return review - span, review, m.group()
    m = r["past_year"].match(head)
    if m and pm and pm.group().endswith("在") and r["past_year_basis"].match(head, m.end()):
        return None  # `在上年基础上,…`: the basis this year builds on, no passage of last year
    if m and review is not None:
        return review, review, m.group()
    m = r["this_year"].match(head)
    if m and plan is not None:
        if m.group() == "今年" and review is not None and (given_late(meta) or head[2:4] == "以来"):
            # a report given in December (`今年以来`): this year is the year it reviews
            return review, review, head[:4] if head[2:4] == "以来" else m.group()
        return plan, plan, m.group()
    return None


def _horizon(m: re.Match[str] | None) -> int | None:
    """The year a goals' horizon names (`到2020年`; `到“十三五”末`: the plan's last year)."""
    if m is None:
        return None
    if m.group("y"):
        return int(m.group("y"))
    years = plan_years(m.group("plan"))
    return years[1] if years else None


def reviews_this_year(scope: PassageScope, cue: str) -> bool:
    """Whether a passage of the year reviewed was opened by this year's word (`今年以来`, or 今年 in a report given
    late): its 今年 is that year, not the plan year."""
    return scope == "year_review" and _res()["this_year"].match(cue) is not None


def given_late(meta: ReportMeta) -> bool:
    """Whether the report was given late in the year it reviews (November, December)."""
    if meta.report_year is not None and meta.report_year == meta.review_year:
        return True
    return bool(meta.date and meta.review_year and meta.date[:4] == str(meta.review_year) and meta.date[5:7] >= "10")


def scope_of(first: int, last: int, meta: ReportMeta) -> PassageScope | None:
    """The kind of passage a range of years makes in a report with these review and plan years."""
    review, plan = meta.review_year, meta.plan_year
    if review is not None and last <= review:
        return "year_review" if first == last else "multi_year_review"
    if plan is not None and first >= plan:
        return "year_plan" if first == last == plan else "plan_goals"
    if review is not None and plan is None and first > review:
        return "year_plan" if first == last else "plan_goals"
    return None


def _title_state(sec: Section, depth: int, meta: ReportMeta) -> tuple[PassageScope, int, int, str] | None:
    """The state a heading sets: the years its title names, or (a top-level heading) its kind's."""
    r = _res()
    title = sec.title
    named: list[tuple[int, int, str]] = []
    opening = cue_years(title, meta)
    if opening is not None and opening[0] == opening[1]:
        named.append(opening)  # `今年是“十三五”的开局之年,…今年主要预期目标为:`: the year it opens on
    elif (this_year := _this_years_targets(title, 0, len(title), meta)) is not None:
        named.append(this_year[1])  # `按照“十一五”规划的总体要求,今年…主要预期目标是:`: this year's, not the plan's
    for m in r["plan_name"].finditer(title):
        years = plan_years(m.group(1))
        if years and not _record(title, m):
            named.append((*years, m.group()))
    if depth == 1 and (m := r["plan_outline"].search(title)) is not None and (years := plan_years(m.group(1) + "五")):
        named.append((*years, m.group()))  # `关于《…第十二个五年规划纲要(草案)》的说明`: the plan's goals
    for m in r["year"].finditer(title):
        y = int(m.group("y"))
        if not _record(title, m) and not r["year_basis_after"].match(title, m.end()):
            named.append((y, y, m.group()))
    for key in ("past_years", "coming_years"):
        m = r[key].search(title)
        if m and key == "past_years" and _record(title, m):
            m = None  # `——社会消费品零售总额…增长14.6%,为5年来最高增速;`: the year's record, not those years'
        if m:
            got = cue_years(m.group(), meta)
            if got:
                named.append(got)
    kinds = [(scope_of(a, b, meta), a, b, cue) for a, b, cue in named]
    kinds = [k for k in kinds if k[0] is not None]
    if kinds:
        # a title naming the year and the five years (`2025年和“十四五”时期工作回顾`) opens with the
        # year: its paragraphs switch to the five years when they say so; one naming the five years
        # first (`“十四五”时期及2025年工作回顾`) opens with them, and the year's passage comes later
        singles = [k for k in kinds if k[1] == k[2]]
        ranges = [k for k in kinds if k[1] != k[2]]
        if singles and ranges and _named_first(title, ranges[0][3], singles[0][3]):
            return ranges[0]  # type: ignore[return-value]
        return singles[0] if singles else kinds[0]  # type: ignore[return-value]
    review, plan = meta.review_year, meta.plan_year
    if depth > 1:
        return None  # a nested heading naming no years keeps the state it stands in
    if sec.kind == "review" and review is not None:
        return "year_review", review, review, sec.title
    if sec.kind in ("targets", "tasks") and plan is not None:
        return "year_plan", plan, plan, sec.title
    return None


def _record(title: str, m: re.Match[str]) -> bool:
    """Whether the years ``m`` names in a heading follow a figure and make a record of it (`——…增长14.6%,为5年来最高
    增速`, `…为2001年以来最高`), not the span the heading's passage reviews."""
    return (_DIGIT.search(title, 0, m.start()) is not None
            and _res()["past_years_record"].match(title, m.end()) is not None)


def _named_first(title: str, first: str, then: str) -> bool:
    """Whether ``title`` names ``first`` and then, joined to it by a conjunction, ``then``
    (`“十四五”时期及2025年工作回顾`)."""
    a, b = title.find(first), title.find(then)
    return 0 <= a < b and _JOINED.search(title, a + len(first), b) is not None


def _headings(sections: Sequence[Section], depth: int = 1) -> Iterator[tuple[int, Section]]:
    for s in sections:
        yield depth, s
        yield from _headings(s.children, depth + 1)


def _sentence_starts(text: str, start: int, end: int) -> Iterator[int]:
    """Starts of the sentences of the line ``text[start:end]``."""
    yield start
    for m in _SENTENCE_END.finditer(text, start, end):
        if m.end() < end:
            yield m.end()


def build_passages(text: str, meta: ReportMeta, sections: Sequence[Section], intro_end: int = 0) -> list[Passage]:
    """The passages of a report's text: consecutive spans, each with the years it speaks of.

    Text before the first heading or cue, and text whose years cannot be told, is ``unknown``.
    """
    events: dict[int, tuple[PassageScope, int | None, int | None, str]] = {}
    heads = sorted(_headings(sections), key=lambda h: (h[1].span.start, h[0]))
    for depth, sec in heads:
        state = _title_state(sec, depth, meta)
        if state is not None:
            events[sec.span.start] = state
        elif depth == 1 and not _LIST_ITEM.match(sec.title) and sec.kind != "other":
            events[sec.span.start] = ("unknown", None, None, sec.title)  # a chapter of its own: years unknown
        # a top-level heading of no kind that names no years (`一、产业培育力度加大` inside last year's
        # review of an opening cut from a page) keeps the state it stands in
    heading_starts = {sec.span.start for _, sec in heads}
    heading_events = dict(events)
    # where each numbered chapter's state starts (`二、2022年主要目标任务`; not a paragraph stating targets)
    chapter_at = sorted(sec.span.start for depth, sec in heads
                        if depth == 1 and sec.span.start in events and CHAPTER_MARKER.match(sec.title))
    seen: set[str] = set()
    for ln in lines(text):
        key = ln.text.strip()
        if key in seen and len(key) <= _REPEAT_MAX and not _SENTENCE_END.search(key):
            continue  # a line said before, the page's title or a running header repeated (`2018年…计划(草案)报告`)
        seen.add(key)
        if ln.end <= intro_end or not key or (YEAR_CELL_RE.fullmatch(key) and _among_cells(text, ln.start, ln.end)):
            continue  # (a table's head cell, `2024年` / `2025年` / `目标`…, opens no passage; a year heading text does)
        if _TITLE_LINE.fullmatch(key):
            # (a report's title, `2021年黄陂区政府工作报告3篇`, names the year it plans, not the next lines'; below a
            # write-up's lead it starts the report's text, which the lead's years do not reach)
            before = [at for at in events if at < ln.start]
            if ln.start > intro_end and before and events[max(before)][0] == "year_review" and _ANY_YEAR.search(key):
                # (only a review's: a subhead naming the report, `一图读懂2026年政府工作报告`, inside this year's
                # plan or the plan's goals leaves them; so does a running header without a year)
                events.setdefault(ln.start, ("unknown", None, None, ""))
            continue
        for s in _sentence_starts(text, ln.start, ln.end):
            if s < intro_end:
                continue  # a report on one line: its opening words share the line with its body
            if s in heading_starts:
                continue  # the heading's own state; a paragraph that is a heading (`…主要预期目标是：…。
                # 李克强说，过去一年，…`) still has sentences of its own
            end = min(ln.end, s + 60)
            got = cue_years(text[s:end], meta) if _opener().match(text, s, end) else None
            at = s
            if got is None and (ann := _announced(text, s, ln.end, meta)) is not None:
                at, got = ann  # (from the year announced: the clauses before it may report last year's)
            if got is None:
                _this_years_clause(text, s, ln.end, meta, events)
                continue
            scope = scope_of(got[0], got[1], meta)
            if scope is not None:
                if scope == "plan_goals" and _res()["targets_above"].match(text, s):
                    # (`上述目标与…“十二五”规划纲要…相衔接`: the plan the targets above keep to, to the sentence's end)
                    held = [x for x in events if x < at]
                    m = _SENTENCE_END.search(text, s, ln.end)
                    events.setdefault(m.end() if m else ln.end,
                                      events[max(held)] if held else ("unknown", None, None, ""))
                events[at] = (scope, got[0], got[1], got[2])
                i = bisect_right(chapter_at, s) - 1
                chapter = events[chapter_at[i]] if i >= 0 else None
                if (scope == "year_review" and chapter is not None and ln.end not in events and (
                        chapter[0] == "year_plan" or (chapter[0] == "multi_year_review" and _LIST_ITEM.match(ln.text)
                                                      and got[1] == chapter[2]))):
                    # `去年我们在城市更新等方面有了很大提升,今年需要…` inside this year's chapter: the look
                    # back lasts its paragraph, then the chapter's year holds again; so does an item of a five-year
                    # review opening on the plan's last year (`——综合经济实力跃上新台阶。2005年全省生产总值达到…`):
                    # the items after it are the five years' again
                    events[ln.end] = chapter
            _this_years_clause(text, s, ln.end, meta, events)
    _plan_goals_end_at_heading(text, heads, heading_events, events)
    out: list[Passage] = []
    cur: tuple[PassageScope, int | None, int | None, str] = ("unknown", None, None, "")
    pos = 0
    for at in sorted(events):
        if at > pos:
            out.append(Passage(Span(pos, at), cur[0], cur[1], cur[2], cur[3]))
        cur, pos = events[at], at
    out.append(Passage(Span(pos, len(text)), cur[0], cur[1], cur[2], cur[3]))
    return _merge(out)


def _this_years_clause(text: str, start: int, line_end: int, meta: ReportMeta,
                       events: dict[int, tuple[PassageScope, int | None, int | None, str]]) -> None:
    """A clause of last year's review opening on this year's word (`去年全市生产总值增长13.5%,今年全市生产总值增长
    12%左右`, a write-up's): this year's to the sentence's end, then the review's again (not `,今年一季度新增规上企业
    20户,全社会固定资产投资完成1200亿元`: vetoed in its own clause). Not in a report given late in the year it reviews,
    whose 今年 is that year (`去年…增长8.1%,今年预计增长9%`, in December)."""
    if given_late(meta):
        return
    m = _SENTENCE_END.search(text, start, line_end)
    end = m.end() if m else line_end
    for c in _res()["clause_this_year"].finditer(text, start, end):
        b = _CLAUSE_BREAK.search(text, c.end(), end)
        clause_end = b.start() if b else end
        if _res()["clause_this_year_not"].search(text, c.end(), clause_end):
            continue  # (a year still under way: `,今年继续…`, `,今年1-2月…`)
        # this year's to the sentence's end when the clause sets or moves a figure or names a target (its list goes on);
        # to its own end when it only holds one (`,今年还要新增城镇就业1万人`); not without (`,今年我们将继续…`)
        whole = (_res()["clause_this_year_figure"].search(text, c.end(), clause_end) is not None
                 or _res()["clause_this_year_label"].fullmatch(text, c.end(), clause_end) is not None)
        if not whole and not _DIGIT.search(text, c.end(), clause_end):
            continue
        before = [at for at in events if at <= c.start()]
        state = events[max(before)] if before else None
        got = cue_years(text[c.end() - 2 : clause_end], meta)
        if state is None or state[0] != "year_review" or got is None or scope_of(got[0], got[1], meta) != "year_plan":
            continue
        if reviews_this_year(state[0], state[3]):
            return  # (a passage opened by `今年以来`: its 今年 is the year reviewed)
        events[c.end() - 2] = ("year_plan", got[0], got[1], got[2])
        events.setdefault(end if whole else clause_end, state)
        return


def _announced(text: str, start: int, line_end: int, meta: ReportMeta) -> tuple[int, tuple[int, int, str]] | None:
    """Where the sentence at ``start`` announces the plan year's targets (`于海田还在报告中阐述了2019年淄博市
    经济社会发展的预期目标建议。`), and the plan year: the passage of this year's targets opens there."""
    if meta.plan_year is None:
        return None
    m = _SENTENCE_END.search(text, start, line_end)
    sentence_end = m.end() if m else line_end
    a = _res()["announced"].search(text, start, sentence_end)
    if a is None or int(a.group("y")) != meta.plan_year:
        return _this_years_targets(text, start, sentence_end, meta)
    # a few words before the year, no clause of their own (`针对2013年的发展目标,郭庚茂特别提到,“…”`), report
    # nothing of last year's: the passage opens with the sentence, so its figures are read in it (not a clause
    # before it, `全省财政收入突破三千亿元,2015年的主要目标是…`, which may)
    at = start if _OPENING_WORDS.fullmatch(text, start, a.start()) else a.start()
    return at, (meta.plan_year, meta.plan_year, a.group())


def _this_years_targets(text: str, start: int, end: int, meta: ReportMeta) -> tuple[int, tuple[int, int, str]] | None:
    """Where ``text[start:end]`` announces this year's targets by its word (`根据上述目标,今年全市…主要预期目标是:`),
    and the plan year; not in a report given late in the year it reviews, whose 今年 is that year."""
    m = _res()["this_year_targets"].search(text, start, end)
    if m is None or meta.plan_year is None or (m.group().startswith("今年") and given_late(meta)):
        return None
    # (from the sentence's start when the words before hold no figure: `综合考虑各方面因素,今年…`)
    at = start if not _DIGIT.search(text, start, m.start()) else m.start()
    return at, (meta.plan_year, meta.plan_year, m.group())


_LIST_OPENS = ("：", ":")  # the end of a line announcing a list: its goals stand under the headings after it


def _plan_goals_end_at_heading(text: str, heads: Sequence[tuple[int, Section]],
                               heading_events: dict[int, tuple[PassageScope, int | None, int | None, str]],
                               events: dict[int, tuple[PassageScope, int | None, int | None, str]]) -> None:
    """`“十三五”期间，全市地区生产总值年均增长8.5%…` closing this year's targets: the plan's goals a paragraph
    opens last to the next heading, under which the chapter's year holds again (`（二）主要预期目标` …
    `（三）重点工作`); when its line announces a list (`“十四五”时期主要目标是：` / `（一）经济发展取得新成效`), only to
    the next heading of the same depth or higher."""
    for depth, sec in heads:
        at = sec.span.start
        if at in heading_events:
            continue  # (a heading with years of its own)
        before = [x for x in events if x < at]
        chapter = [x for x in heading_events if x < at]
        if not before or not chapter:
            continue
        last, own = max(before), max(chapter)
        if last <= own or events[last][0] != "plan_goals" or heading_events[own][0] != "year_plan":
            continue
        # the depth of the innermost heading the goals' first opener stands under (`“十三五”时期的主要目标：` under
        # the chapter, then `到2020年…` under its `（一）`: the chapter's depth)
        run = sorted(x for x in events if own < x <= last)
        k = len(run) - 1
        while k > 0 and events[run[k - 1]][0] == "plan_goals":
            k -= 1
        opener = run[k]
        under = max((d for d, h in heads if h.span.start <= opener < h.span.end), default=None)
        # (an opener whose line announces the goals, `“十四五”时期，…主要目标是：`, lists them under the headings after
        # it: they stay the plan's down to a heading of its own depth; any other is a paragraph of its own, `今后五年，…
        # 奋斗目标是：…年均增长8%左右…。` before `（一）着力推动服务业提质增效`)
        line_end = text.find("\n", opener)
        listed = text[opener : line_end if line_end >= 0 else len(text)].rstrip().endswith(_LIST_OPENS)
        if under is not None and (depth <= under or not listed):
            events[at] = heading_events[own]


def _merge(passages: list[Passage]) -> list[Passage]:
    """Adjacent passages of the same scope and years become one (the first cue stays)."""
    out: list[Passage] = []
    for p in passages:
        if out and (out[-1].scope, out[-1].first, out[-1].last) == (p.scope, p.first, p.last):
            out[-1] = Passage(Span(out[-1].span.start, p.span.end), p.scope, p.first, p.last, out[-1].cue)
        else:
            out.append(p)
    return out


def passage_at(passages: Sequence[Passage], starts: Sequence[int], pos: int) -> Passage | None:
    """The passage holding ``pos`` (``starts`` are the passages' starts, sorted)."""
    i = bisect_right(starts, pos) - 1
    return passages[i] if 0 <= i < len(passages) else None
