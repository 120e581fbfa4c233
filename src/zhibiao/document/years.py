"""The report year and the delivery date, from the evidence a report gives, ranked by trust.

The first rank that speaks wins (``year_evidence`` yields them in this order):

1. a plan or budget report's title naming both years (``2024年…执行情况及2025年…计划``)  [title]
2. the delivery date (``——2024年1月8日在…会议上``, a date line under the title, the date of a
   news lead's session sentence); a date from September on opens a new term and plans the next
   year                                                                                    [date]
3. the session of the National People's Congress (``十四届全国人大二次会议`` is 2024)        [session]
4. the heading of last year's review (``一、2023年工作回顾``, ``2023年工作简要回顾``, ``一、拼搏奋进的2007年``
   over ``过去的一年,…``), or in the opening
   a result estimated for a year (``预计2007年地区生产总值…``) or a year summed up and then reviewed
   (``2010年,是…的一年。一年来``): + 1; a whole five-year plan reviewed (``一、“十二五”工作回顾``) or the
   next one's draft submitted (``第十三个五年规划纲要(草案)``): the next plan's first year  [body]
5. a year in the title (``2024年…政府工作报告``; sites title by either year, hence below 4)  [title]
6. a provincial session the term table pins to one year (``省十二届人大一次会议`` is 2013)   [session]
7. a page's publication stamp that falls within a month after the month and day its session
   sentence gives (``4月21日上午9时,…第四次会议隆重召开`` stamped 2020-04-22; from September on the
   next year); then body sentences: the plan a write-up is about (``印发2014年…计划``), this
   year's targets or tasks (``2024年主要预期目标``), ``2024年是…`` (unless the next sentence
   reviews it: ``一年来``), ``今年是“十四五”收官之年``, ``今年是党的十九大召开之年``,
   ``今年是新中国成立70周年``, last year's results (``刚刚过去的2023年``, ``2023年,预计…``, a
   paragraph opening ``2023年,`` with no word of the future) + 1                                [body]
8. the page's publication stamp (``时间：2024-01-22``), only when the report itself names that
   year or the one before, or a text naming no year
   tells of this year's targets (``今年…主要预期目标``) or is headed as the report
   (``政府工作报告(摘编)``) on a page stamped January to March                                [published]
9. the year after the latest plenum of the Party's Central Committee the report names
   (``十九届二中、三中、四中全会精神``: October 2019, so 2020); a plan's good start told of the year
   looked back on (``一年来,…实现“十四五”良好开局``: 2022); a paragraph opening on a whole plan looked
   back on (``回望“十四五”,``: 2026)                                                           [body]
10. when nothing else speaks, the last year a provincial session's range allows: the year it is
   held in when no extra session came before it (``福建省第十三届…第六次会议`` is 2019–2022: 2022;
   内蒙古's 第十四届…第五次会议 of 2026 is read 2027, hence a source of its own)    [session_range]

11. when the text dates nothing, or only by rank 10, the one year the input file's name holds
   (``南昌市2023年政府工作报告.pdf``, ``xinjiang_2023.txt``; not a run of digits or letters
   around it, as in a hash or ``t20230116``), if the session allows it              [file_name]

Ranks 4 to 8 must fall in the years the session allows when the term table knows the congress
(extra sessions make session K of a provincial term a range of years, see
``data/congress_terms.toml``). Page clutter (site headers, stamps, lines before the title) never
feeds ranks 1 to 7. Years in Chinese numerals (``二〇一〇年``, ``二0一0年``) count as digits. The body's
own sentences (rank 7, and the year summed up then reviewed of rank 4) are read in ``zhibiao.document.bodyyears``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from zhibiao.document._common import SENTENCE_END_RE, cues
from zhibiao.document._common import literal_alt as _alt
from zhibiao.document.bodyyears import (
    ANY_YEAR,
    BODY_YEAR_WINDOW,
    SENTENCE_BEFORE,
    body_years,
    year_is_reading,
)
from zhibiao.document.dates import Dates, cn_years, session_years, stamp_dates_the_session, year_of_date
from zhibiao.document.yearmarks import (
    congress_reviewed_year,
    good_start_done_year,
    plan_looked_back_year,
    plan_opening_year,
    plenum_year,
)
from zhibiao.model import MetaSource, Session

_C = cues()

# a write-up of this year's targets (`提出今年上海主要预期目标`): a stamp of the congress season dates it
_THIS_YEARS_TARGETS = re.compile(r"今年[^。\n]{0,12}?(?:主要)?(?:预期)?目标")
# a page that quotes the report (`政府工作报告中提到,今年我州…`): in the congress season, that year's report
_REPORT_QUOTED = re.compile(r"政府工作报告(?:中|里|指出|提出|提到)")
# a page headed as the report itself (`政府工作报告(摘编)`), not as a speech or a work summary
_REPORT_HEADING = re.compile(r"^\W*(?:[\u4e00-\u9fff]{0,12}?)政府工作报告\W*(?:[(（](?:摘编|摘要|摘登|全文)[)）])?\W*$")
_CONGRESS_SEASON: list[int] = _C["years"]["congress_season"]  # the months congresses meet in
_NEW_TERM_MONTHS: list[int] = _C["years"]["new_term_months"]
_SESSION_JUST_HELD = re.compile(_C["years"]["session_just_held"])
_PLAN_YEARS = re.compile(r"(\d{4})\s*年[^\n]{0,40}?执行情况[^\n]{0,12}?(\d{4})\s*年[^\n]{0,30}?(计划|预算)")
# last year's report quoted as approved (`区人大六届一次会议批准的《关于…2021年…计划执行情况及2022年计划草案的
# 报告》明确的32项指标中`): its years are not this report's
_APPROVED_BEFORE = re.compile(r"(?:批准|通过)的《[^《》\n]{0,24}$")
_TITLE_YEAR = re.compile(r"(\d{4})\s*(?:年度?|(?=政府工作报告))")  # also `2018政府工作报告`
# a headline naming the report by its year (``2016年政府工作报告提出今年GDP增长6.5%至7%``)
_HEADLINE_REPORT_YEAR = re.compile(
    r"^[^\n。]{0,20}?((?:19|20)\d\d)\s*年\s*《?[^\s《》，,。\n\d]{0,16}?政府工作报告"
    # `2022南阳两会 |`: the sessions of 2022 (also on a newspaper's page: `第06版:2022阜阳两会`)
    r"|^(?:第\s*[A-Z]?\d{1,3}\s*版\s*[:：]?\s*)?[^\n。\d]{0,12}?((?:19|20)\d\d)\s*年?\s*[\u4e00-\u9fff]{0,6}?两会"
    # `直通两会·解读政府工作报告 | 2021年巩固恢复性增长`: the report, then its year after the headline's bar
    r"|^[^\n。\d]{0,20}?政府工作报告\s*[|｜:：]\s*((?:19|20)\d\d)\s*年"
)
_HEADLINE_LINES = 2
_REVIEW_HEAD = re.compile(
    # (and `2010年和“十一五”回顾`, `2020年和“十三五”回眸`, `2021年国民经济和社会发展基本情况` ending its line)
    # (not a year's work to be judged: `把2024年重点工作完成情况纳入年度目标绩效考核`)
    r"(?<!把)(?<!将)(\d{4})\s*年[^\n。，,；;]{0,12}?(?:工作(?:简要)?回顾|工作的回顾|执行情况|完成情况|(?:回顾|回眸|回望|基本情况)(?=\s*(?:\n|$))"
    r"|(?<=\d年)(?:主要)?工作(?:和|及|与)?(?:主要)?(?:成效|成绩|进展)(?=\s*(?:\n|$)))"  # `一、2016年主要工作和成效`
)
# a chapter heading on one year whose first line looks back on it (``一、拼搏奋进的2007年`` then ``过去的一年,…``)
_YEAR_CHAPTER_LOOKED_BACK = re.compile(
    r"(?:^|\n)[^\S\n]*[一二三四五六七八九十]{1,3}\s*[、.．]\s*[^\n。，,\d]{0,12}?(20\d\d)\s*年[^\S\n]*\n"
    r"[^\S\n]*(?:过去的?一年|一年来|刚刚过去的一年|这一年)"
)
# a result estimated for a year in the report's opening (`预计2007年地区生产总值达到33亿元`, `初步预计,2007年
# 本市全年地区生产总值可达到9000亿元`): the year reviewed
_ESTIMATED_YEAR = re.compile(
    r"预计[，,]?\s*(20\d\d)\s*年(?:[本我全][市区县省州旗])?(?:全年)?(?:全[市区县省州旗])?(?:实现|完成)?(?:地区)?生产总值"
    # or the year first (`2016年,预计实现地区生产总值860亿元`)
    r"|(?:^|\n|[。；;])\s*(20\d\d)\s*年[，,]?\s*(?:全[市区县省州旗])?预计(?:全年)?(?:全[市区县省州旗])?(?:实现|完成)?(?:地区)?生产总值")
_REVIEWED_LEAD = 1500  # the opening where a report sums up the year it reviews


# --- the ranked evidence -------------------------------------------------------------------------
class YearEvidence(NamedTuple):
    """One reading of the report year and where it came from."""

    year: int
    source: MetaSource
    rank: int  # 0 (given by the user), 1 (most trusted in the text) .. 10, see the module docstring


# a review of a whole plan (``“十三五”时期工作回顾``) or a heading on its achievements (``工作回顾及“十二五”发展成就``):
# the report opens the next plan (data file, [years] plan_review_head and plan_achieved_head)
_PLAN_WAS = re.compile(r"[“\"]?(十[一二三四五六]五)[”\"]?(?:时期|期间)?是[^。！？!?\n]{0,60}?的五年[。！!]\s*(?:"
                       + _alt([w for w in _C["years"]["reviewed_after_words"] if "五年" in w]) + ")")


def year_evidence(title: str | None, head: str, body: str, dates: Dates,
                  session: tuple[Session | None, str | None, str | None]) -> Iterator[YearEvidence]:
    """Every reading of the report year, in the order of trust of the module docstring.

    ``head``: the report's front matter (title to opening, clutter removed); ``body``: its text
    without clutter lines; ``session``: (the session, the region's level and code) for the term table.
    """
    title = cn_years(title or "")
    head, body = cn_years(head), cn_years(body)
    for zone in (title, head):
        m = next((x for x in _PLAN_YEARS.finditer(zone) if not _APPROVED_BEFORE.search(zone, 0, x.start())), None)
        if m and int(m.group(2)) - int(m.group(1)) == 1:
            yield YearEvidence(int(m.group(2)), "title", 1)
            break
    if dates.delivered:
        yield YearEvidence(year_of_date(dates.delivered), "date", 2)
    span = session_years(*session)
    if span and session[1] == "national":
        yield YearEvidence(span[0], "session", 3)
    m = _REVIEW_HEAD.search(body) or _YEAR_CHAPTER_LOOKED_BACK.search(body)
    if m:
        yield YearEvidence(int(m.group(1)) + 1, "body", 4)
    lead = body[:_REVIEWED_LEAD]
    m = _ESTIMATED_YEAR.search(lead)
    if m:  # `预计2007年地区生产总值达到33亿元` under a page titled 2007: that year is the one reviewed
        yield YearEvidence(int(m.group(1) or m.group(2)) + 1, "body", 4)
    if (y := congress_reviewed_year(lead)) is not None:
        yield YearEvidence(y, "body", 4)  # `过去的一年,是党的十九大胜利召开之年`: 2017 reviewed, under a page of 2019
    got = year_is_reading(lead)
    if got is not None and got[1] is True:
        yield YearEvidence(got[0], "body", 4)  # `2010年,是…的一年。一年来,…`: the year reviewed, plus one
    m = _PLAN_WAS.search(lead)
    if m and (plan := _C["years"]["five_year_plans"].get(m.group(1))):
        # `十二五是…的五年。五年来,…` under a page titled 2015: the plan's last year is the one reviewed
        yield YearEvidence(int(plan[1]) + 1, "body", 4)
    if (y := plan_opening_year(body[:BODY_YEAR_WINDOW])) is not None:
        # `一、“十二五”工作回顾`, `请连同《…第十三个五年规划纲要(草案)》一并审议` under a page titled 2015: the plan
        # reviewed has ended, the report opens the next (sites title a report by either year)
        yield YearEvidence(y, "body", 4)
    m = _TITLE_YEAR.search(title)
    if m and _year_done_in_lead(lead, int(m.group(1))):
        # `2007年政府工作报告` above `一、过去四年工作的回顾 …2007年,全市生产总值完成467亿元`: a site titling the
        # report by the year it reviews
        yield YearEvidence(int(m.group(1)) + 1, "body", 4)
    if m:
        yield YearEvidence(int(m.group(1)), "title", 5)
    for line in [ln for ln in head.split("\n") if ln.strip()][:_HEADLINE_LINES]:
        if m := _HEADLINE_REPORT_YEAR.match(line.strip()):
            yield YearEvidence(int(next(g for g in m.groups() if g)), "head", 5)
            break
    if got is not None and got[1] == "quoted":
        yield YearEvidence(got[0], "body", 5)  # (a year whose start-of-year target is quoted back: below a title)
    if span and span[0] == span[1]:
        yield YearEvidence(span[0], "session", 6)
    latest = _latest_possible(dates.published)
    just_held = dates.published is not None and _SESSION_JUST_HELD.search(body[:BODY_YEAR_WINDOW]) is not None
    if stamp_dates_the_session(dates) or (just_held and _in_season(dates.published or "", _NEW_TERM_MONTHS)):
        # a page stamped the days after its session, or in their season telling of them as just held (`刚刚闭幕的`)
        yield YearEvidence(year_of_date(dates.published), "published", 7)  # type: ignore[arg-type]
    for y in body_years(body):
        if latest is None or y <= latest:  # a page stamped 2017 holds no report of 2019
            yield YearEvidence(y, "body", 7)
    if just_held:  # (stamped out of the season, June: only when the body names no year)
        yield YearEvidence(year_of_date(dates.published), "published", 8)  # type: ignore[arg-type]
    if dates.published:
        y = int(dates.published[:4])
        named = {int(x) for x in ANY_YEAR.findall(body)}
        season = _in_season(dates.published)
        # (in the season of the congresses, a page naming no year, or only years still to come: `到2020年,生产总值
        # 达到800亿元` on a page stamped February 2016, the goals of the plan the session opened)
        if y in named or y - 1 in named or (
            season and all(n > y for n in named) and (_THIS_YEARS_TARGETS.search(body) or _REPORT_QUOTED.search(body)
                                                      or any(_REPORT_HEADING.match(ln)
                                                             for ln in head.split("\n")[:_HEADLINE_LINES]))
        ):
            yield YearEvidence(y, "published", 8)
    if (y := plenum_year(body[:BODY_YEAR_WINDOW])) is not None:
        yield YearEvidence(y, "body", 9)
    if (y := good_start_done_year(body[:BODY_YEAR_WINDOW])) is not None:
        yield YearEvidence(y, "body", 9)  # `去年…实现了“十三五”良好开局`: 2016 reviewed, the report 2017
    if (y := plan_looked_back_year(body[:BODY_YEAR_WINDOW])) is not None:
        yield YearEvidence(y, "body", 9)  # `回望“十四五”,报告提到,…`: the plan over, the next one's first year
    if span:
        yield YearEvidence(span[1], "session_range", 10)  # annual sessions only: the range's last year


def _in_season(iso: str, also: list[int] | None = None) -> bool:
    """Whether a date falls in the season of the congresses (January to March), or in the months ``also`` names."""
    return _CONGRESS_SEASON[0] <= (month := int(iso[5:7])) <= _CONGRESS_SEASON[1] or month in (also or [])


def _year_done_in_lead(lead: str, year: int) -> bool:
    """Whether a sentence of the opening, under a look back (`回顾`, `过去…年`), starts on ``year`` and states the
    region's output done in it with no word of a target (`2007年,全市生产总值完成467亿元`): the year is the one
    reviewed (not `主要预期目标是:2016年,全市地区生产总值达到620亿元,增长8%左右`)."""
    for m in _OUTPUT_DONE.finditer(lead):
        if int(m.group(1)) != year or not _LOOKED_BACK.search(lead, 0, m.start()):
            continue
        end = SENTENCE_END_RE.search(lead, m.end())
        sentence = lead[m.start() : end.end() if end else len(lead)]
        before = lead[max(0, m.start() - SENTENCE_BEFORE) : m.start()]
        if not _GOAL_WORDS.search(sentence) and not _GOAL_WORDS.search(before):
            return True
    return False


_OUTPUT_DONE = re.compile(r"(?:^|\n|[。；;！!])[\s—\-]*((?:19|20)\d\d)\s*年[，,]?\s*" + _C["years"]["output_done"])
_LOOKED_BACK = re.compile(_C["years"]["looked_back"])
_GOAL_WORDS = re.compile(_alt(_C["years"]["goal_words"]))


def _latest_possible(published: str | None) -> int | None:
    """The latest report year a page stamped ``published`` can hold (the next year's from September)."""
    return year_of_date(published) if published else None


def pick_year(evidence: Iterator[YearEvidence], allowed: tuple[int, int] | None) -> YearEvidence | None:
    """The first reading to trust: ranks 1-3 always, later ranks only inside ``allowed`` years; the
    session range's own guess only when the text said nothing else (a reading it ruled out means the
    text and the session disagree: a page's wrong session number, and no year is safer)."""
    ruled_out = False
    for ev in evidence:
        if ev.source == "session_range" and ruled_out:
            return None
        if ev.rank <= 3 or allowed is None or allowed[0] <= ev.year <= allowed[1]:
            return ev
        ruled_out = True
    return None
