"""Report metadata: title, type, session, delivery date, year (``years``) and region (``region``).

Each attribute is read from the places of a report in order of trust and remembers which one
gave it (``ReportMeta.region_source`` …). The zones: the **title**; the **head** (the front matter
from the title to the opening ``各位代表``: date line, session line, issuer line); the **lead** (the
first paragraphs, where a news write-up names its congress, speaker and dateline); the **body**.
Page clutter (site-junk lines marked by ``normalize``, and lines above a found title) feeds none
of them: it only ever gives a publication stamp, the last resort for the year.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import chain

from zhibiao.document._common import Line, any_re, cues, lines
from zhibiao.document.ambiguous import ambiguous_issuer
from zhibiao.document.dates import Dates, agency_serial_date, cn_number, entry_date, find_dates, session_years
from zhibiao.document.filename import file_name_region, file_name_year
from zhibiao.document.gazetteer import Division, Gazetteer, load
from zhibiao.document.given import region_division
from zhibiao.document.pageregion import section_region
from zhibiao.document.region import RegionEvidence, find_region
from zhibiao.document.speaker import speaker_ending, speaker_levels
from zhibiao.document.split import is_title_line
from zhibiao.document.yearmarks import congress_ahead_year, five_year_plan_year
from zhibiao.document.years import YearEvidence, pick_year, year_evidence
from zhibiao.model import GivenMeta, MetaSource, ReportMeta, ReportType, Session, Span

__all__ = ["cn_number", "extract_meta", "find_title", "find_years", "five_year_plan_year", "parse_session",
           "report_type"]

_C = cues()
_HEAD_LINES = 14
_RAW_HEAD_LINES = 20
_LEAD_CHARS = 3000
_TYPE_CHARS = 1500  # the title block and the opening paragraph name the kind of report
_NUM = r"[零〇一二两三四五六七八九十百\d]{1,5}"
_SESSION_FULL = re.compile(
    rf"第\s*({_NUM})\s*届\s*(?:全国)?\s*人民代表大会\s*(?:常务委员会)?\s*第\s*({_NUM})\s*次\s*会议"
)
_SESSION_ABBR = re.compile(rf"[省市区县旗州]?({_NUM})届\s*(?:全国)?人大\s*(?:第)?({_NUM})次会议")
# (`在…`, `提请…`; `近日开幕的常熟市十六届人大二次会议上获悉`: a session just opened)
_SESSION_ABBR_CUE = re.compile(r"(?:(提请|提交|在|向)[^。\n]{0,25}|(?:开幕|召开|举行)的[^。\n，,]{0,8})$")
_SESSION_PAST = re.compile(r"\s*(?:" + "|".join(map(re.escape, _C["years"]["session_past_words"])) + ")")
_TERM_LOOKED_BACK = re.compile(_C["years"]["session_term_looked_back"])
_TERM_ENDING = re.compile(_C["years"]["session_term_ending"])
_SESSION_ABBR_NOW = re.compile(r"^[^。\n]{0,20}?(开幕|召开|举行|隆重|闭幕|拉开帷幕)")
_HEAD_TITLE = re.compile(r"^[^\s，,。:：]{0,30}?20\d\d\s*年[^\s，,。:：]{0,30}(?:计划|报告|草案)(?:\([^()]{0,12}\))?$")
_SENTENCE_END_RE = re.compile(r"[。;；!！?？]$")
_PUBLISHED_LINE = re.compile(r"(?:发布时间|发布日期|时间|日期)\s*[:：]?\s*\d{4}")
_OPENING = re.compile(_C["split"]["opening"])
_DATE_LINE = re.compile(r"^\W*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
_CONFIRM_LINES = 8
_TYPE_RES: dict[str, re.Pattern[str]] = {
    k: any_re(_C["report_type"][k]) for k in ("budget_report", "plan_report", "government_work_report")
}
_GWR_BODY = any_re(_C["report_type"]["government_work_report_body"])
_SESSION_GOALS = re.compile(_C["report_type"]["session_goals_body"])
_SESSION_GOALS_NOT = any_re(_C["report_type"]["session_goals_not_head"])
_SENTENCES = re.compile(r"[。；;！!？?\n]")
_SPACES = re.compile(r"\s+")


def parse_session(text: str) -> Session | None:
    """Congress and meeting numbers: ``第十二届…第四次会议``, or ``区五届人大五次会议`` after
    提请/在 or before 开幕 (a past session named in the body is not the report's). With none, a term's first
    session looked back on over its five years (``第十一届全国人民代表大会第一次会议以来的五年``) places the report at
    the next congress's first."""
    found = _own_session(text)
    if found is not None or _TERM_ENDING.search(text):
        return found
    for m in chain(_SESSION_FULL.finditer(text), _SESSION_ABBR.finditer(text)):
        c, n = cn_number(m.group(1)), cn_number(m.group(2))
        if c and n == 1 and _TERM_LOOKED_BACK.match(text, m.end()):
            return Session(c + 1, 1)
    return None


def _own_session(text: str) -> Session | None:
    """The session the text says it is given at (see ``parse_session``)."""
    for m in _SESSION_FULL.finditer(text):
        if _SESSION_PAST.match(text, m.end()):
            continue  # `第十届全国人民代表大会第一次会议以来的五年`: a session looked back on
        c, n = cn_number(m.group(1)), cn_number(m.group(2))
        if c and n:
            return Session(c, n)
    for m in _SESSION_ABBR.finditer(text):
        if _SESSION_PAST.match(text, m.end()):
            continue  # `完成了省十一届人大二次会议确定的主要任务`: last year's session, looked back on
        if _SESSION_ABBR_CUE.search(text[max(0, m.start() - 30) : m.start()]) \
                or _SESSION_ABBR_NOW.match(text[m.end() : m.end() + 26]):
            c, n = cn_number(m.group(1)), cn_number(m.group(2))
            if c and n:
                return Session(c, n)
    return None


_BARE_TITLE = re.compile(_C["report_type"]["bare_title"])  # a title naming neither region nor year


def find_title(ls: Sequence[Line]) -> tuple[str | None, int]:
    """The title (a wrapped title joined) and the index of its last line, searching the head."""
    for i, ln in enumerate(ls[:_HEAD_LINES]):
        t = ln.text.strip()
        cand = re.split(r"\s*——", t, maxsplit=1)[0].strip()
        if cand and is_title_line(cand):
            if i > 0:
                prev = ls[i - 1].text.strip()
                if prev and not re.search(r"[。:：,，;；!！]$", prev) and len(prev) + len(cand) <= 90 \
                        and re.search(r"\d{4}年", prev) and not is_title_line(prev) \
                        and not _PUBLISHED_LINE.search(prev):
                    return prev + cand, i
            return cand, i
    for i, ln in enumerate(ls[:3]):  # `平利县2025年国民经济和社会发展计划`: a plan titled without 报告
        t = ln.text.strip()
        if _HEAD_TITLE.match(t) and not _SENTENCE_END_RE.search(t):
            return t, i
    return None, -1


def report_type(title: str | None, head: str, text: str) -> ReportType:
    """Report type from the title, else the head, else body cues (government work report)."""
    return _report_type(title, head, text)[0]


def _report_type(title: str | None, head: str, text: str) -> tuple[ReportType, MetaSource | None]:
    if title:
        for kind, rx in _TYPE_RES.items():
            if rx.search(title):
                return kind, "title"  # type: ignore[return-value]
    # in the head, a budget's words before a plan's before the work report's (`根据政府工作报告确定的目标,…编制了
    # 2014年财政预算草案的报告`: a budget report); but a write-up's line listing the session's reports (`代表们将审议
    # 政府工作报告、…计划草案的报告、财政预算执行情况与预算草案的报告`) names its own first
    named: list[str] = []  # the kinds a sentence names on their own
    listed: list[str] = []  # the first of each list of reports
    for sentence in _SENTENCES.split(head or ""):
        found = sorted((m.start(), m.end(), kind) for kind, rx in _TYPE_RES.items() if (m := rx.search(sentence)))
        if len(found) > 1 and "、" in sentence[found[0][1] : found[1][0]]:
            listed.append(found[0][2])
        else:
            named += [kind for _s, _e, kind in found]
    if named:
        return min(named, key=list(_TYPE_RES).index), "head"  # type: ignore[return-value]
    if listed:
        return listed[0], "head"  # type: ignore[return-value]
    if _GWR_BODY.search(text) or (
            _SESSION_GOALS.search(text) and not _SESSION_GOALS_NOT.search(f"{title or ''}\n{head}")):
        return "government_work_report", "body"
    return "other", None


def find_years(title: str | None, head: str, text: str, rtype: ReportType,
               date: str | None) -> tuple[int | None, int | None, int | None]:
    """(report_year, review_year, plan_year) from the text alone (no session table, ``date`` taken
    as the delivery date)."""
    ev = pick_year(year_evidence(title, head, text, Dates(date, None), (None, None, None)), None)
    return (ev.year, ev.year - 1, ev.year) if ev else (None, None, None)


class _Zones:
    """The title, head, lead and body of a report, page clutter left out."""

    def __init__(self, text: str, source_title: str | None, junk: Sequence[Span]) -> None:
        junk_starts = {s.start for s in junk}
        every = [ln for ln in lines(text) if ln.text.strip()]
        ls = [ln for ln in every if ln.start not in junk_starts]
        title, idx = find_title(ls)
        confirmed = idx >= 0 and self._opens_report(ls, idx)
        if idx >= 0 and not confirmed:  # a title-like link above the report: take the report's own title
            later, k = find_title(ls[idx + 1 :])
            if later is not None and self._opens_report(ls, idx + 1 + k):
                # (but a bare `政府工作报告` under the page's own first line, `2021年海安市政府工作报告`, names
                # no region or year: the page's title says them)
                if not (idx == 0 and _BARE_TITLE.fullmatch(later) and not _BARE_TITLE.fullmatch(title or "")):
                    title = later
                idx, confirmed = idx + 1 + k, True
        if title is None and source_title and is_title_line(source_title):
            title = source_title.strip()
        if title is not None:
            title = _SPACES.sub("", title) if re.search(r"[\u4e00-\u9fff]\s+[\u4e00-\u9fff]", title) else title
        self.title = title
        # lines above a title that opens the report are the page around it
        content = ls[idx:] if confirmed and idx > 0 else ls
        end = next((k for k, ln in enumerate(content[:_HEAD_LINES + 6]) if _OPENING.match(ln.text)), _HEAD_LINES)
        self.head = "\n".join(ln.text for ln in content[: end + 1])
        self.body = "\n".join(ln.text for ln in content)
        self.lead = self.body[:_LEAD_CHARS]
        self.raw_head = "\n".join(ln.text for ln in every[:_RAW_HEAD_LINES])  # stamps live in the clutter

    @staticmethod
    def _opens_report(ls: Sequence[Line], idx: int) -> bool:
        """Whether the title line ``ls[idx]`` is followed by a report's opening, session or date line
        (a title-like line with no report under it is a link of the page around the report)."""
        return any(_OPENING.match(ln.text) or _SESSION_FULL.search(ln.text) or _DATE_LINE.search(ln.text)
                   for ln in ls[idx : idx + _CONFIRM_LINES])


def _named_in(z: _Zones, reg: RegionEvidence | None) -> str | None:
    """The text a region read from the report is written as in (its title and body); None for one the
    user or the file's name gave, which keeps its full name."""
    return None if reg is None or reg.source in ("user", "file_name") else f"{z.title or ''}\n{z.body}"


def _year(z: _Zones, dates: Dates, session: Session | None, div: Division | None,  # type: ignore[no-untyped-def]
          file_name: str | None):
    level, code = (div.level, div.code) if div else (None, None)
    allowed = session_years(session, level, code)
    ev = pick_year(year_evidence(z.title, z.head, z.body, dates, (session, level, code)), allowed)
    if ev is None or ev.source == "session_range":  # the text dates nothing: the file's name may
        named = file_name_year(file_name)
        if named is not None and (allowed is None or allowed[0] <= named <= allowed[1]):
            return YearEvidence(named, "file_name", 11)
        y = congress_ahead_year(z.body) if ev is None else None
        if y is not None and (allowed is None or allowed[0] <= y <= allowed[1]):
            return YearEvidence(y, "body", 12)  # `迎接党的十九大胜利召开`: the congress's year, the last resort
    return ev


def extract_meta(text: str, source_title: str | None = None, junk: Sequence[Span] = (),
                 given: GivenMeta | None = None, file_name: str | None = None) -> ReportMeta:
    """All metadata of one report's normalised text (``junk``: report-relative junk line spans);
    each value the user ``given`` wins and is recorded with source ``user``; the input ``file_name``
    dates a report whose text dates nothing."""
    z = _Zones(text, source_title, junk)
    given = given or GivenMeta()
    rtype, type_source = _report_type(z.title, z.lead[:_TYPE_CHARS], text)
    if given.report_type is not None:
        rtype, type_source = given.report_type, "user"
    session = parse_session(z.head) or parse_session(z.lead) or parse_session(text[:4000])
    dates, raw = find_dates(z.head, None), find_dates(z.raw_head, None)
    # (the stamp may stand on a line of the page's fields, `来源：包头日报 2018-01-10 07:45`, and date `昨日` with it)
    dates = Dates(dates.delivered or entry_date(z.raw_head), raw.published or agency_serial_date(text),
                  dates.session_day or raw.session_day)
    gaz: Gazetteer = load()
    reg: RegionEvidence | None = None
    if given.region is not None:
        reg = RegionEvidence(region_division(given.region, given.year, gaz), "user")
    ev = YearEvidence(given.year, "user", 0) if given.year is not None else _year(z, dates, None, None, file_name)
    if reg is None:
        reg = find_region(z.title, z.head, z.lead, z.body, ev.year if ev else None, gaz)
    if given.year is None:
        ev = _year(z, dates, session, reg.division if reg else None, file_name)
    if ev and reg and not reg.division.valid_in(ev.year) and not reg.division.valid_in(ev.year - 1):
        if given.region is not None:  # the divisions of that year
            reg = RegionEvidence(region_division(given.region, ev.year, gaz), "user")
        else:
            reg = find_region(z.title, z.head, z.lead, z.body, ev.year, gaz)
    if given.region is None:  # the page files the text under a region's section (`2018襄阳两会 > 报告解读`)
        reg = section_region(z.raw_head, gaz, ev.year if ev else None, z.body, reg, speaker_levels(z.head, z.lead))
    if reg is None and (named := file_name_region(file_name, ev.year if ev else None, gaz,
                                                  speaker_levels(z.head, z.lead))) is not None:
        reg = RegionEvidence(named, "file_name")  # the text names no division: the file's name may
        levels = speaker_levels(z.head, z.lead)
        if given.year is None and (levels is None or named.level in levels):
            # (and its session's year by the region's terms: `省十一届人大一次会议` is 湖北's 2008; not a city's session
            # read by a province's terms)
            ev = _year(z, dates, session, named, file_name)
    div = reg.division if reg else None
    year = ev.year if ev else None
    named = None if reg is not None or given.region is not None else ambiguous_issuer(
        z.title, z.head, z.lead, year, gaz, speaker_levels(z.head, z.lead), speaker_ending(z.head, z.lead))
    date = dates.delivered or (find_dates(z.head, year).delivered if year else None) or dates.published
    return ReportMeta(
        title=z.title,
        # (a name several divisions bear, the text telling not which: the name as written, with no code)
        region=gaz.region_name(div, _named_in(z, reg)) if div else (named.name if named else None),
        region_code=div.code if div else None,
        level=div.level if div else (named.level if named else None),
        report_type=rtype,
        report_year=year,
        review_year=year - 1 if year else None,
        plan_year=year,
        date=date,
        session=session,
        region_source=reg.source if reg else (named.source if named else None),
        year_source=ev.source if ev else None,
        type_source=type_source,
    )
