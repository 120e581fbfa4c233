"""Report metadata: title, region (via the gazetteer), type, years, date and session.

Every field uses several clues in order of trust: the title, the session line, the issuing bureau,
then the body; noise (masked words, missing title, newspaper fragments) only removes clues.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from zhibiao.document._common import Line, any_re, cues, lines
from zhibiao.document.gazetteer import NATIONAL_CODE, Division, Gazetteer, load
from zhibiao.document.split import is_title_line
from zhibiao.model import ReportMeta, ReportType, Session, Span

_C = cues()
_HEAD_CHARS = 1500  # the head of a report: title, date, session line, bureau, opening
def _alt(words: list[str]) -> str:
    """A regex alternation of literal words, longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_HEAD_LINES = 14
_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9}
_NUM = r"[零〇一二两三四五六七八九十百\d]{1,5}"
_SESSION_FULL = re.compile(
    rf"第\s*({_NUM})\s*届\s*(?:全国)?\s*人民代表大会\s*(?:常务委员会)?\s*第\s*({_NUM})\s*次\s*会议"
)
_SESSION_ABBR = re.compile(rf"[省市区县旗州]?({_NUM})届\s*(?:全国)?人大\s*({_NUM})次会议")
_SESSION_ABBR_CUE = re.compile(r"(提请|提交|在|向)[^。\n]{0,25}$")
_DATE_FULL = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_DATE_MD = re.compile(r"(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_PUBLISHED = re.compile(
    r"(?:发布时间|发布日期|时间|日期)\s*[:：]?\s*(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})"
)
_PLAN_YEARS = re.compile(r"(\d{4})\s*年[^\n]{0,40}?执行情况[^\n]{0,12}?(\d{4})\s*年[^\n]{0,30}?(计划|预算)")
_TITLE_YEAR = re.compile(r"(\d{4})\s*年度?")
_REVIEW_HEAD = re.compile(r"(\d{4})\s*年[^\n。]{0,12}(工作回顾|执行情况|完成情况)")
_HEAD_TITLE = re.compile(r"^[^\s，,。:：]{0,30}?20\d\d\s*年[^\s，,。:：]{0,30}(?:计划|报告|草案)(?:\([^()]{0,12}\))?$")
_SENTENCE_END_RE = re.compile(r"[。;；!！?？]$")
_YEAR_IS = re.compile(r"(?:^|[\n。:：,，])\s*(20\d\d)\s*年是")
_RESULTS_YEAR = re.compile(
    rf"(?:{_alt(_C['years']['review_lead_words'])})\s*(20\d\d)\s*年"
    rf"|(?<![到至比较由从~\-—\d])(20\d\d)\s*年[,，]?[^。\n\d]{{0,30}}?(?:{_alt(_C['years']['results_verbs'])})"
)
_BODY_YEAR_WINDOW = 4000  # a report states its years near the top
_TASKS_YEAR = re.compile(
    rf"(?:^|\n)[^\n]{{0,6}}?(20\d\d)\s*年\s*(?:{_alt(_C['years']['tasks_heading_words'])})"
)
_TARGET_YEAR = re.compile(r"(\d{4})\s*年[^\n。]{0,20}(主要预期目标|主要目标|预期目标)")
_FYP = re.compile(r"[“\"']?(十[一二三四五六]五)[”\"']?\s*规划(?:的)?\s*(\S{2,5}?年)")
_THIS_YEAR = re.compile(r"(今年|\d{4}年)是")
_TYPE_RES: dict[str, re.Pattern[str]] = {
    k: any_re(_C["report_type"][k]) for k in ("budget_report", "plan_report", "government_work_report")
}
_GWR_BODY = any_re(_C["report_type"]["government_work_report_body"])
_NATIONAL = any_re(_C["region"]["national"])
_BUREAU = any_re(_C["region"]["bureau"])
_SPACES = re.compile(r"\s+")


def cn_number(s: str) -> int | None:
    """Small Chinese or Arabic numeral (``十二`` -> 12, ``二十一`` -> 21, ``5`` -> 5)."""
    s = s.strip()
    if s.isdigit():
        return int(s)
    if not s or any(c not in _CN_DIGITS and c not in "十百" for c in s):
        return None
    total, cur = 0, 0
    for c in s:
        if c == "百":
            total += (cur or 1) * 100
            cur = 0
        elif c == "十":
            total += (cur or 1) * 10
            cur = 0
        else:
            cur = cur * 10 + _CN_DIGITS[c] if cur and len(s) > 2 and "十" not in s else _CN_DIGITS[c]
    return total + cur


def parse_session(text: str) -> Session | None:
    """Congress and meeting numbers: ``第十二届…第四次会议`` or ``区五届人大五次会议`` (after 提请/在)."""
    m = _SESSION_FULL.search(text)
    if m:
        c, n = cn_number(m.group(1)), cn_number(m.group(2))
        if c and n:
            return Session(c, n)
    for m in _SESSION_ABBR.finditer(text):
        if _SESSION_ABBR_CUE.search(text[max(0, m.start() - 30) : m.start()]):
            c, n = cn_number(m.group(1)), cn_number(m.group(2))
            if c and n:
                return Session(c, n)
    return None


def _valid_date(y: int, mo: int, d: int) -> str | None:
    if 1949 <= y <= 2100 and 1 <= mo <= 12 and 1 <= d <= 31:
        return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


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
                        and not _PUBLISHED.search(prev):
                    return prev + cand, i
            return cand, i
    for i, ln in enumerate(ls[:3]):  # `平利县2025年国民经济和社会发展计划`: a plan titled without 报告
        t = ln.text.strip()
        if _HEAD_TITLE.match(t) and not _SENTENCE_END_RE.search(t):
            return t, i
    return None, -1


def _session_line(head: str) -> str:
    """The text of the line(s) naming the congress session (before 人民代表大会), '' if none."""
    m = _SESSION_FULL.search(head) or re.search(r"人民代表大会", head)
    if not m:
        return ""
    start = head.rfind("\n", 0, m.start())
    return head[start + 1 : m.end()]


def find_date(head: str, report_year: int | None) -> str | None:
    """Delivery date (next to the session line or alone on a line), else publication date."""
    sess = _session_line(head)
    for m in _DATE_FULL.finditer(sess):
        g = m.groups()
        y, mo, d = (g[0], g[1], g[2]) if g[0] else (g[3], g[4], g[5])
        iso = _valid_date(int(y), int(mo), int(d))
        if iso:
            return iso
    for ln in head.split("\n")[:_HEAD_LINES]:
        t = ln.strip().strip("()（）—- ")
        m = _DATE_FULL.fullmatch(t)
        if m:
            g = m.groups()
            y, mo, d = (g[0], g[1], g[2]) if g[0] else (g[3], g[4], g[5])
            iso = _valid_date(int(y), int(mo), int(d))
            if iso:
                return iso
    m = _PUBLISHED.search(head)
    if m:
        iso = _valid_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if iso:
            return iso
    if report_year and sess:
        m = _DATE_MD.search(sess)
        if m:
            return _valid_date(report_year, int(m.group(1)), int(m.group(2)))
    return None


def report_type(title: str | None, head: str, text: str) -> ReportType:
    """Report type from the title, else the head, else body cues (government work report)."""
    for zone in (title or "", head):
        if not zone:
            continue
        for kind, rx in _TYPE_RES.items():
            if rx.search(zone):
                return kind  # type: ignore[return-value]
    if _GWR_BODY.search(text):
        return "government_work_report"
    return "other"


def five_year_plan_year(text: str) -> int | None:
    """``今年是"十四五"规划的收官之年`` -> 2025 (final year; 开局之年 -> first year)."""
    plans = _C["years"]["five_year_plans"]
    for m in _FYP.finditer(text):
        if not _THIS_YEAR.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        first, last = plans.get(m.group(1), (None, None))
        word = text[m.start(2) : m.start(2) + 6]
        if any(word.startswith(w) for w in _C["years"]["final_year_words"]):
            return last
        if any(word.startswith(w) for w in _C["years"]["first_year_words"]):
            return first
    return None


def find_years(title: str | None, head: str, text: str, rtype: ReportType,
               date: str | None) -> tuple[int | None, int | None, int | None]:
    """(report_year, review_year, plan_year) from title, session date, body headings, plan cycles."""
    for zone in (title or "", head):
        m = _PLAN_YEARS.search(zone)
        if m:
            review, plan = int(m.group(1)), int(m.group(2))
            if plan - review == 1:
                return plan, review, plan
    # The delivery date and the review heading say when the report was given; a title year is
    # ambiguous (sites title a report by the year delivered or by the year reviewed).
    year: int | None = None
    sess = _session_line(head)
    m = _DATE_FULL.search(sess)
    if m:
        year = int(m.group(1) or m.group(4))
    if year is None:
        m = _REVIEW_HEAD.search(text)
        if m:
            year = int(m.group(1)) + 1
    if year is None and title:
        m = _TITLE_YEAR.search(title)
        if m:
            year = int(m.group(1))
    if year is None:  # `2025年…主要预期目标`, `2025年工作任务`: the plan year, the strongest body clue
        m = _TARGET_YEAR.search(text) or _TASKS_YEAR.search(text)
        if m:
            year = int(m.group(1))
    if year is None:
        m = _YEAR_IS.search(text[:_BODY_YEAR_WINDOW])  # `2025年是“十四五”规划收官之年`: this year
        if m:
            year = int(m.group(1))
    if year is None:
        year = five_year_plan_year(text)
    if year is None:
        m = _RESULTS_YEAR.search(text[:_BODY_YEAR_WINDOW])  # `回顾了2024年的工作`, `2024年,预计实现…`
        if m:
            year = int(m.group(1) or m.group(2)) + 1
    if year is None and date:
        year = int(date[:4])
    if year is None:
        return None, None, None
    return year, year - 1, year


def _division_in(zone: str, gaz: Gazetteer, year: int | None, context: str) -> Division | None:
    """The most specific division named in ``zone`` (a county beats its prefecture)."""
    best: Division | None = None
    rank = {"national": 0, "province": 1, "prefecture": 2, "county": 3}
    for mt in gaz.mentions(zone):
        d = gaz.resolve(mt.name, year, context + zone)
        if d is None:
            continue
        if best is None or rank[d.level] > rank[best.level]:
            # a lower division counts only if it lies inside the one already found (or none found)
            if best is None or _inside(gaz, d, best, year) or rank[best.level] < 2:
                best = d
    return best


def _inside(gaz: Gazetteer, child: Division, parent: Division, year: int | None) -> bool:
    p = gaz.parent(child, year)
    while p is not None:
        if p.code == parent.code:
            return True
        p = gaz.parent(p, year) if p.parent_code else None
    return False


def find_region(title: str | None, head: str, text: str, year: int | None,
                gaz: Gazetteer) -> Division | None:
    """The issuing region: title, session line, bureau line, head, then the most-named division."""
    if _NATIONAL.search(head) or (title and _NATIONAL.search(title)):
        return gaz.by_code(NATIONAL_CODE)
    sess = _session_line(head)
    sess = sess[: sess.find("人民代表大会")] if "人民代表大会" in sess else sess
    bureau = ""
    for ln in head.split("\n"):
        m = _BUREAU.search(ln)
        if m and len(ln.strip()) <= 40:
            bureau = ln[: m.start()]
            break
    for zone in (title or "", sess, bureau, head):
        if zone:
            d = _division_in(zone, gaz, year, text)
            if d is not None:
                return d
    counts: Counter[str] = Counter()
    for mt in gaz.mentions(text):
        if len(mt.name) >= 3:
            counts[mt.name] += 1
    for name, _n in counts.most_common(3):
        d = gaz.resolve(name, year, text)
        if d is not None and d.level in ("province", "prefecture", "county"):
            return d
    return None


def extract_meta(text: str, source_title: str | None = None, junk: Sequence[Span] = ()) -> ReportMeta:
    """All metadata of one report's normalised text (``junk``: report-relative junk line spans)."""
    junk_starts = {s.start for s in junk}
    ls = [ln for ln in lines(text) if ln.text.strip() and ln.start not in junk_starts]
    title, _ = find_title(ls)
    if title is None and source_title and is_title_line(source_title):
        title = source_title.strip()
    if title is not None:
        title = _SPACES.sub("", title) if re.search(r"[\u4e00-\u9fff]\s+[\u4e00-\u9fff]", title) else title
    head = "\n".join(ln.text for ln in lines(text[:_HEAD_CHARS])[: _HEAD_LINES + 6])
    rtype = report_type(title, head, text)
    date = find_date(head, None)
    report_year, review_year, plan_year = find_years(title, head, text, rtype, date)
    if date is None:
        date = find_date(head, report_year)
    gaz = load()
    div = find_region(title, head, text, report_year, gaz)
    return ReportMeta(
        title=title,
        region=gaz.region_name(div) if div else None,
        region_code=div.code if div else None,
        level=div.level if div else None,
        report_type=rtype,
        report_year=report_year,
        review_year=review_year,
        plan_year=plan_year,
        date=date,
        session=parse_session(head) or parse_session(text[:4000]),
    )
