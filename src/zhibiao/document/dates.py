"""Dates and numerals of a report's head, and the years a congress session can fall in.

``find_dates`` reads the delivery date (the session sentence, a date line under the title, a month and
day once the year is known) and a page's publication stamp; ``cn_years`` turns years in Chinese
numerals into digits; ``session_years`` bounds a national or provincial session by the term table
(``data/congress_terms.toml``). ``zhibiao.document.years`` ranks these readings with the rest.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from functools import cache, lru_cache
from importlib import resources
from typing import Any, NamedTuple

from zhibiao.document._common import cues
from zhibiao.model import Session
from zhibiao.normalize.steps import year_digits

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9}
_DAY = r"[\d一二三四五六七八九十]{1,3}"
_DATE_FULL = re.compile(
    rf"(\d{{4}})\s*年\s*({_DAY}|元)\s*月\s*({_DAY})\s*日|(\d{{4}})[-/.](\d{{1,2}})[-/.](\d{{1,2}})(?!\d)"
)
# a date that qualifies the report itself (``都在2015年4月27日的镇安县政府工作报告中做了部署``)
_REPORT_DATE = re.compile(rf"(?:{_DATE_FULL.pattern})(?=(?:的|召开的|所作的)?[^。！？\n，,；;]{{0,16}}?政府工作报告)")
# a date whose 年 and 月 a copy lost (`——20101221日在武汉市武昌区第十三届人民代表大会…`, `2011211日`): read
# only when the digits split into a month and a day one way alone
_COMPACT = re.compile(r"(?<!\d)((?:19|20)\d\d)(\d{2,4})日")
# `(2007年2月1日 羅清泉)`: a date signed; a weekday is no signature (`2024年04月20日 星期六`: a page's banner)
_SIGNED = re.compile(r"(?<=日)\s+(?!星期|礼拜|周[一二三四五六日天])[\u4e00-\u9fff·]{2,4}$")
_STAMP_FORM = re.compile(r"\d{4}-\d{2}-\d{2}")  # a site's stamp of a page: zero-padded, with dashes
_DATE_MD = re.compile(rf"(?<![\d年])({_DAY}|元)\s*月\s*({_DAY})\s*日")
_PUBLISHED = re.compile(
    r"(?:发布时间|发布日期|刊发日期|时间|日期)\s*[:：]?\s*(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})"
)
# a newspaper's name and the day of its issue (``甘孜日报 2019年01月08日``)
_MASTHEAD = r"^\s*[\u4e00-\u9fff]{2,10}(?:日报|晚报|时报|报)\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
# a stamp with its time, alone or after a short site name (``NBD图数馆 2018-03-20 10:33:06``,
# ``来源: 大庆人大网  浏览字号: 2013年01月08日 14:28``)
_STAMP_LINE = re.compile(
    r"^[^\d\n]{0,30}?(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})\s*日?\s*"
    r"(?:\d{1,2}:\d{2}|\d{1,2}\s*时\s*\d{1,2}\s*分|星期|周[一二三四五六日天])"  # (``2011年01月18日 00时00分``)
    # or a page's date in figures with only its source after it (``2020-04-22   V赤峰``)
    r"|^\W{0,3}(\d{4})-(\d{1,2})-(\d{1,2})(?:\s+[^\s\d]{1,12})?\s*$"
    # or a newspaper's masthead: its name, then the day (``甘孜日报 2019年01月08日``; in figures with its page and
    # section, ``澳門日報　2018-01-16　A05　粵港澳``)
    r"|" + _MASTHEAD + r"\s*$"
    r"|^\s*[\u4e00-\u9fff]{2,10}(?:日报|晚报|时报|报)\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:\s+[A-Z]?\d{1,3}版?)?"
    r"(?:\s+[^\s\d]{1,12})?\s*$"
    # or a site's or account's name, then the day alone (``郫都发布  中共成都市郫都区委宣传部  2018-01-11``)
    r"|^[^\d\n。，,！!？?]{2,30}?\s(\d{4})-(\d{1,2})-(\d{1,2})\s*$"
    # or a day in figures said published (明報's ``[2023.01.31] 發表``)
    r"|^\W{0,3}(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\W{0,3}\s*(?:发表|发布|刊发)\s*$"
)  # or a newspaper's masthead date (``2019年01月28日 星期一``)

# (also with the congress before its term: `韩城市人大十七届五次会议`; and by its meeting's short name,
# `第六届人代会第六次会议`)
_SESSION_SENTENCE = re.compile(
    r"(?:第\s*)?[零〇一二两三四五六七八九十\d]{1,4}\s*届\s*(?:全国)?\s*(?:"
    + "|".join(cues()["region"]["congress_names"]) + r")[^。\n]{0,12}?会议"
    r"|(?:人民代表大会|人大)\s*(?:第\s*)?[零〇一二两三四五六七八九十\d]{1,4}\s*届[^。\n]{0,12}?会议"
)
_NEXT_YEAR_FROM_MONTH = 9  # a report delivered from September on (a new term's first session)
# a newspaper's masthead with its page heading the text (``河北日报 2024年1月26日 第05版 · 市县新闻``): only among the
# first lines, before any sentence (a masthead in a related-news or back-issue list below is another article's)
_MASTHEAD_PAGE = re.compile(
    _MASTHEAD + r"\s*(?:星期[一二三四五六日天])?\s*第\s*[A-Z]?[\d一二三四五六七八九十]{1,3}\s*版[^\n\d]{0,20}$")
_MASTHEAD_LINES = 3
# a stamp written day first, with its time (``23.02.2016  08:10``: a reposting site's European form)
_STAMP_DMY = re.compile(r"^\W{0,3}(\d{1,2})\.(\d{1,2})\.(\d{4})\s+\d{1,2}:\d{2}")
_STAMP_DAYS = 31  # a news page stamped up to a month after the session it reports dates it


class Dates(NamedTuple):
    """The delivery date (``None`` if the report states none) and a page's publication stamp."""

    delivered: str | None
    published: str | None
    # the month and day of the session sentence when it gives no year (`1月11日,…第一次会议…开幕`)
    session_day: tuple[int, int] | None = None


# --- numerals and dates --------------------------------------------------------------------------
@lru_cache(maxsize=16)  # a report's head and body are read for its year twice (before and after its region)
def cn_years(text: str) -> str:
    """``text`` with years written in Chinese numerals as digits, same length (``二〇一〇年`` ->
    ``2010年``): what normalisation already did to a report's text, for text that did not pass through
    it (a given title, a test's sentence)."""
    return year_digits(text)


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


def _small(s: str) -> int | None:
    """A month or day number in digits or Chinese numerals (``元`` is the first month)."""
    return 1 if s == "元" else cn_number(s)


def _valid_date(y: int, mo: int | None, d: int | None) -> str | None:
    if mo is not None and d is not None and 1949 <= y <= 2100 and 1 <= mo <= 12 and 1 <= d <= 31:
        return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


def _date_of(m: re.Match[str]) -> str | None:
    g = m.groups()
    if g[0]:
        return _valid_date(int(g[0]), _small(g[1]), _small(g[2]))
    return _valid_date(int(g[3]), int(g[4]), int(g[5]))


# an encyclopedia's entry opening on the report (`《2008年安徽省政府工作报告》是安徽省人民政府2008年1月25日发表的一份
# 报告`): the day it was delivered, said before the page's own title
_ENTRY_DATE = re.compile(rf"(?:{_DATE_FULL.pattern})(?=(?:发表|发布|所作|作)的(?:一份|一篇)?报告)")


def entry_date(text: str) -> str | None:
    """The delivery date an encyclopedia's entry gives in its first sentence on the report."""
    end = _SENTENCE_END.search(text)
    m = _ENTRY_DATE.search(text, 0, end.end() if end else len(text))
    return _date_of(m) if m is not None and m.group(1) is not None else None


_SENTENCE_END = re.compile(r"[。\n]")


def _compact_date(m: re.Match[str]) -> str | None:
    """``20101221日`` -> 2010-12-21: the month and day digits split the one valid way (None if two are)."""
    y, md = int(m.group(1)), m.group(2)
    found = {d for k in (1, 2) if (d := _valid_date(y, int(md[:k]), int(md[k:]) if md[k:] else None))}
    return found.pop() if len(found) == 1 else None


def session_sentences(head: str) -> list[str]:
    """The sentences naming a congress session (a line broken inside one joined to the line before),
    in order: the report's own first, then a news write-up's repeats of it."""
    out = []
    for m in _SESSION_SENTENCE.finditer(head):
        start = head.rfind("\n", 0, m.start())
        start = head.rfind("\n", 0, start) if start > 0 and not head[start + 1 : m.start()].strip() else start
        cut = max(start, *(head.rfind(c, 0, m.start()) for c in "。！？"))
        out.append(head[cut + 1 : m.end()])
    if not out and (m := re.search(r"人民代表大会", head)):
        start = head.rfind("\n", 0, m.start())
        out.append(head[max(start, *(head.rfind(c, 0, m.start()) for c in "。！？")) + 1 : m.end()])
    return out


def find_dates(head: str, report_year: int | None) -> Dates:
    """The delivery date: in the session sentence, alone on a line of the head (``(2022年1月5日)``),
    or a month and day in the session sentence once the year is known; and the publication stamp."""
    delivered = None
    head = cn_years(head)
    sentences = session_sentences(head)
    for m in (m for sess in sentences for m in _DATE_FULL.finditer(sess)):
        if (delivered := _date_of(m)) is not None:
            break
    if delivered is None:
        delivered = next((d for sess in sentences for m in _COMPACT.finditer(sess) if (d := _compact_date(m))), None)
    if delivered is None:
        # (a date written out: one in figures before the report's name is a page's stamp, `更新时间:2022-05-07
        # 21:30:48 政府工作报告`)
        m = next((x for x in _REPORT_DATE.finditer(head) if x.group(1) is not None), None)
        if m is not None:
            delivered = _date_of(m)
    if delivered is None:
        for ln in head.split("\n"):
            t = _SIGNED.sub("", ln.strip().strip("()（）—-― ")).strip("()（）—-― ")
            m = _DATE_FULL.fullmatch(t)
            # (a page's stamp alone on its line, ``2017-05-13`` zero-padded, is not the day of delivery;
            # ``2019.1.15``, ``(2019/1/15)`` under a title are)
            if m and not _STAMP_FORM.fullmatch(t) and (delivered := _date_of(m)) is not None:
                break
    day = None
    m = next((d for sess in sentences if (d := _DATE_MD.search(sess))), None) if delivered is None else None
    if m:
        mo, d = _small(m.group(1)), _small(m.group(2))
        day = (mo, d) if mo and d else None
        if report_year and day:
            delivered = _valid_date(report_year, *day)
    published = None
    m = _PUBLISHED.search(head)
    if m is None:
        m = next((s for ln in head.split("\n") if (s := _STAMP_LINE.match(ln))), None)
    if m is None:
        for ln in [ln for ln in head.split("\n") if ln.strip()][:_MASTHEAD_LINES]:
            if "。" in ln:
                break  # (the text has begun: a masthead below it is another article's)
            if (m := _MASTHEAD_PAGE.match(ln)) is not None:
                break
    if m is not None:
        g = [x for x in m.groups() if x is not None]
        published = _valid_date(int(g[0]), int(g[1]), int(g[2]))
    elif (m := next((s for ln in head.split("\n") if (s := _STAMP_DMY.match(ln))), None)) is not None:
        published = _valid_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    if delivered is None and day is None and published is not None:
        # `在昨日开幕的市十二届人大四次会议上` on a page stamped 2009-4-27: the session's day is the stamp's,
        # less one for 昨日
        rel = next((r for sess in sentences if (r := _RELATIVE_DAY.search(sess))), None)
        if rel is not None:
            d0 = dt.date.fromisoformat(published) - dt.timedelta(days=_DAYS_BEFORE[rel.group()])
            day = (d0.month, d0.day)
    return Dates(delivered, published, day)


# a session sentence's day said against the day a news page went out (`在昨日开幕的…会议上`, `今天上午,…`):
# the days it stands before the page's stamp
_DAYS_BEFORE: dict[str, int] = cues()["dates"]["relative_days"]
_ROC_SERIAL = re.compile(cues()["dates"]["roc_serial"])
_ROC_OFFSET = int(cues()["dates"]["roc_year_offset"])


def agency_serial_date(text: str) -> str | None:
    """The day a Taiwan agency's story went out, from its closing editor line (`（編輯：張均懋）1130122`:
    2024-01-22), or None."""
    m = _ROC_SERIAL.search(text)
    return _valid_date(int(m.group(1)) + _ROC_OFFSET, int(m.group(2)), int(m.group(3))) if m else None
_RELATIVE_DAY = re.compile("|".join(map(re.escape, _DAYS_BEFORE)))


def stamp_dates_the_session(dates: Dates) -> bool:
    """Whether the publication stamp falls within ``_STAMP_DAYS`` after the day the session sentence
    names (``1月11日,…会议…开幕`` stamped 2012-01-11): then the stamp dates the session itself."""
    if not dates.published or not dates.session_day:
        return False
    stamp = dt.date.fromisoformat(dates.published)
    for y in (stamp.year, stamp.year - 1):
        try:
            day = dt.date(y, *dates.session_day)
        except ValueError:
            continue
        if 0 <= (stamp - day).days <= _STAMP_DAYS:
            return True
    return False


def year_of_date(iso: str) -> int:
    """The year a report delivered on ``iso`` plans for (the next one from September on)."""
    y, mo = int(iso[:4]), int(iso[5:7])
    return y + 1 if mo >= _NEXT_YEAR_FROM_MONTH else y


# --- terms of the people's congresses -------------------------------------------------------------
@cache
def _terms() -> dict[str, Any]:
    return tomllib.loads((resources.files("zhibiao") / "data" / "congress_terms.toml").read_text("utf-8"))


def session_years(session: Session | None, level: str | None, code: str | None) -> tuple[int, int] | None:
    """The years ``session`` can have been held in, by the term table of ``level`` (national and
    provincial congresses only; ``None`` when the table does not know the congress)."""
    if session is None or session.meeting < 1:
        return None
    t = _terms()
    k = session.meeting
    if level == "national":
        first = t["national"]["first_session"].get(str(session.congress))
        if first is None or k > 5:
            return None
        return first + k - 1, first + k - 1
    if level == "province" and code:
        p = t["province"]
        ref = p["congress_in_reference_year"].get(code)
        if ref is None:
            return None
        start = p["reference_year"] + p["term_years"] * (session.congress - ref)
        if start < p["aligned_since"] or session.congress > ref + 2:
            return None
        if k == 1:
            return start, start
        return start + 1, start + min(k - 1, p["term_years"] - 1)
    return None
