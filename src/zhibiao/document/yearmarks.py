"""Years a report names by the events it stands among rather than by their number: a five-year plan's
first or last year (`今年是“十四五”规划的收官之年`), the next plan's draft or a review of the last
(`“十三五”时期工作回顾`), a Party congress or plenum (`十九届二中、三中、四中全会精神`), an anniversary
(`今年是新中国成立70周年`). ``zhibiao.document.years`` ranks these readings with the rest."""

from __future__ import annotations

import re

from zhibiao.document._common import SENTENCE_END_RE, cues
from zhibiao.document._common import literal_alt as _alt
from zhibiao.document.dates import cn_number

_C = cues()
_CONGRESS_SEASON: list[int] = _C["years"]["congress_season"]  # the months congresses meet in

_FYP = re.compile(r"[“\"']?(十[一二三四五六]五)[”\"']?\s*(?:规划)?(?:的)?\s*(\S{2,5}?年)")
# `今年是…` (`今年作为…`), or a write-up standing at the plan's start (`站在“十四五”开局之年的新征程起点上`)
_THIS_YEAR = re.compile(r"(今年|\d{4}年)(?:是|作为|为)|站在|迎来|正值|恰逢|适逢|值此")
_SUMMED_UP = re.compile(_C["years"]["summed_up"])  # `总结…“十二五”开局之年…`: the year after it


def five_year_plan_year(text: str) -> int | None:
    """``今年是"十四五"规划的收官之年`` -> 2025 (final year; 开局之年 -> first year)."""
    plans = _C["years"]["five_year_plans"]
    for m in _FYP.finditer(text):
        before = text[max(0, m.start() - 12) : m.start()]
        # `《报告》客观总结我市在“十二五”开局之年所取得的成绩`: that year is the one reviewed, the next the report's
        later = 1 if _SUMMED_UP.search(before) else 0
        if not later and not _THIS_YEAR.search(before):
            continue
        first, last = plans.get(m.group(1), (None, None))
        word = text[m.start(2) : m.start(2) + 6]
        if any(word.startswith(w) for w in _C["years"]["final_year_words"]) and last is not None:
            return last + later
        if any(word.startswith(w) for w in _C["years"]["first_year_words"]) and first is not None:
            return first + later
    return None


_PARTY_CONGRESS_YEAR = re.compile(
    r"(?:今年|本年)是(?:党的)?(" + _alt(list(_C["years"]["party_congress_years"])) + r")(?:胜利)?(?:召开|举行)之年"
)


# ... said of the year reviewed (`过去的一年,是党的十九大胜利召开之年`: 2017 reviewed, the report of 2018)
_PARTY_CONGRESS_REVIEWED = re.compile(
    r"(?:" + _alt(_C["years"]["congress_reviewed_openers"]) + r")[，,]?\s*(?:是|为)(?:党的)?("
    + _alt(list(_C["years"]["party_congress_years"])) + r")(?:胜利)?(?:召开|举行)之年(?!后|以后|之后|的次年|的第二年)"
)


# ... or told as held in it (`过去一年，党的二十大胜利召开，擘画了…`; with another congress beside it,
# `党的二十大和省第十二次党代会胜利召开`)
_PARTY_CONGRESS_HELD = re.compile(
    r"(?:" + _alt(_C["years"]["congress_reviewed_openers"]) + r")[，,]\s*(?:党的)?("
    + _alt(list(_C["years"]["party_congress_years"]))
    + r")(?:[和、][^，,。；;！!？?\n]{1,16}?)?(?:胜利|隆重)?(?:召开|举行)(?!之年)"
)
# ... and a plan's first or last year said of the year looked back on (`过去的一年是"十二五"开局之年`)
_PLAN_YEAR_REVIEWED = re.compile(
    r"(?:" + _alt(_C["years"]["congress_reviewed_openers"]) + r")[，,]?\s*(?:是|为)"
    r"(?=[^。；;，,\n]{0,16}?十[一二三四五六]五)"
)


def congress_reviewed_year(text: str) -> int | None:
    """``过去的一年,是党的十九大胜利召开之年`` -> 2018: the year after a congress's, said of the year looked back on
    (``过去一年，党的二十大胜利召开`` -> 2023); so is a plan's first or last year (``过去的一年是"十二五"开局之年`` ->
    2012)."""
    m = _PARTY_CONGRESS_REVIEWED.search(text) or _PARTY_CONGRESS_HELD.search(text)
    if m:
        return int(_C["years"]["party_congress_years"][m.group(1)]) + 1
    for m in _PLAN_YEAR_REVIEWED.finditer(text):
        if (y := five_year_plan_year("今年是" + text[m.end() : m.end() + 24])) is not None:
            return y + 1
    return None


_ANNIVERSARY_YEAR = re.compile(
    # (or right after the verb of a later clause of the sentence that says what this year is: `今年是贯彻党的十九大
    # 精神的开局之年，是改革开放40周年`; not `，是迎接建党100周年的重要一年`, a year before it, nor `…周年之后的新起点`)
    r"(?:今年|本年)(?:是|恰逢|正值)(?:[^。；;！!？?\n]{0,40}?[，,](?:也是|又是|是|恰逢|正值)(?=(?:"
    + _alt(list(_C["years"]["anniversary_bases"])) + r"))|[^。，,；;]{0,6}?)("
    + _alt(list(_C["years"]["anniversary_bases"]))
    + r")(\d{1,3}|[一二三四五六七八九十百]{1,4})周年(?!之后|以后|后)"
)


# an anniversary celebrated in the year reviewed (``新中国成立60周年庆祝活动圆满成功`` in the 2010 report)
_CELEBRATED = re.compile(
    r"(" + _alt(list(_C["years"]["anniversary_bases"])) + r")(\d{1,3}|[一二三四五六七八九十百]{1,4})周年"
    r"(?:的)?(?:庆祝|纪念)(?:活动|大会|系列活动)?(?:圆满成功|隆重举行|成功举办|成功举行)"
)


def commemorated_year(text: str) -> int | None:
    """``今年是党的十九大胜利召开之年`` -> 2017; ``今年是新中国成立70周年`` -> 2019; ``新中国成立60周年
    庆祝活动圆满成功`` (the year reviewed) -> 2010."""
    m = _PARTY_CONGRESS_YEAR.search(text)
    if m:
        return int(_C["years"]["party_congress_years"][m.group(1)])
    m = _ANNIVERSARY_YEAR.search(text)
    if m and (n := cn_number(m.group(2))) is not None:
        return int(_C["years"]["anniversary_bases"][m.group(1)]) + n
    m = _CELEBRATED.search(text)
    if m and (n := cn_number(m.group(2))) is not None:
        return int(_C["years"]["anniversary_bases"][m.group(1)]) + n + 1
    return None


# a Party congress still to meet (`以优异成绩迎接党的十九大胜利召开`, `喜迎二十大`): the report is of its year, a last
# resort when nothing else dates it; not once the text has lived it (its spirit, `全面贯彻党的十九大和十九届二中全会
# 精神`, `以…党的十九大精神为指导`; what it set, `贯彻落实党的十九大各项决策部署`, `党的二十大擘画了…`; the congress
# met, `迎来党的二十大胜利召开`, `十八大以来`), nor after a look back (`去年`, `过去一年,…以迎接党的十九大胜利召开为
# 主线`, and `…。一年来,` after it in its paragraph), nor as the name of a campaign of that year (`“喜迎十七大”`)
_CONGRESS_AHEAD = re.compile(
    r"(?<![“\"])(?:" + _alt(_C["years"]["congress_ahead_verbs"]) + r")(?:党的)?("
    + _alt(list(_C["years"]["party_congress_years"])) + r")(?:胜利)?(?:召开|的召开)?(?![了过])"
)
_CONGRESS_LIVED = (_C["years"]["congress_lived"].replace("CARRIED", _alt(_C["years"]["congress_carried_verbs"]))
                   .replace("SET", _alt(_C["years"]["congress_set_verbs"])))  # (NAME: the congress's, when used)
_LOOKED_BACK = re.compile(_alt([*_C["years"]["reviewed_after_words"], *_C["years"]["congress_looked_back_words"]]))
_CONGRESS_WINDOW = 4000  # a report looks forward to the congress near its top


def congress_ahead_year(text: str) -> int | None:
    """``以优异成绩迎接党的十九大胜利召开`` -> 2017, the year of a congress the text looks forward to; None
    where it has also lived that congress anywhere, or looks back before it or in its paragraph."""
    for m in _CONGRESS_AHEAD.finditer(text, 0, _CONGRESS_WINDOW):
        par_end = text.find("\n", m.end())
        lived = re.search(_CONGRESS_LIVED.replace("NAME", m.group(1)), text)
        if (not lived and not _LOOKED_BACK.search(text, 0, m.start())
                and not _LOOKED_BACK.search(text, m.end(), par_end if par_end >= 0 else len(text))):
            return int(_C["years"]["party_congress_years"][m.group(1)])
    return None


_PLENUMS = re.compile(
    r"(" + _alt(list(_C["years"]["party_plenums"])) + r")((?:[一二三四五六七]中[、,，和及与]?){1,7})全会"
)
_ORDINAL = {c: i for i, c in enumerate("一二三四五六七")}


def plenum_year(text: str) -> int | None:
    """``十九届二中、三中、四中全会精神`` -> 2020: the year after the latest plenum a text names (held
    in autumn), or its own year (one held from January to March, before the congresses meet)."""
    latest: str | None = None
    for m in _PLENUMS.finditer(text):
        held = _C["years"]["party_plenums"][m.group(1)]
        k = max(_ORDINAL[c] for c in m.group(2) if c in _ORDINAL)
        if k < len(held) and (latest is None or held[k] > latest):
            latest = held[k]
    if latest is None:
        return None
    return int(latest[:4]) + (0 if int(latest[5:7]) <= _CONGRESS_SEASON[1] else 1)


_PLAN_REVIEW_HEAD = re.compile(_C["years"]["plan_review_head"])
_PLAN_ACHIEVED_HEAD = re.compile(_C["years"]["plan_achieved_head"])
_PLAN_LOOKED_BACK = re.compile(_C["years"]["plan_looked_back"])
_PLAN_LOOKED_BACK_NOT = re.compile(_C["years"]["plan_looked_back_not"])
# a plan's five years told as the ones just lived (``十二五是…的五年。五年来,…``): the report is of the year after
# (also without the brackets where the session reviews it: `审查镇康县国民经济和社会发展第十五个五年规划纲要草案等`;
# not a task of drafting it, `高质量编制…第十四个五年规划纲要草案`, in the plan's last year)
_NEXT_PLAN_DRAFT = re.compile(
    r"第(十[一二三四五六])个五年规划[^。\n]{0,30}?(?:\(草案\)|（草案）)"
    r"|(?:审查|审议|批准)[^。，,；;\n]{0,20}?第(十[一二三四五六])个五年规划[^。，,；;\n]{0,12}?纲要草案"
)


def plan_opening_year(text: str) -> int | None:
    """``“十三五”时期工作回顾``, ``“十三五”发展成就`` or ``第十四个五年规划…(草案)`` -> 2021, the first year of
    the next plan."""
    plans = _C["years"]["five_year_plans"]
    m = _NEXT_PLAN_DRAFT.search(text)
    if m and (span := plans.get((m.group(1) or m.group(2)) + "五")):
        return int(span[0])
    m = _PLAN_REVIEW_HEAD.search(text) or _PLAN_ACHIEVED_HEAD.search(text)
    if m and (span := plans.get(m.group(1))):
        return int(span[1]) + 1
    return None


def plan_looked_back_year(text: str) -> int | None:
    """``回望“十四五”,报告提到,…`` opening a write-up's paragraph -> 2026, the next plan's first year; none in a text
    that calls this year the plan's last or counts the plan's years so far (``四年来``)."""
    m = _PLAN_LOOKED_BACK.search(text)
    if m is None or _PLAN_LOOKED_BACK_NOT.search(text):
        return None
    span = _C["years"]["five_year_plans"].get(m.group(1))
    return int(span[1]) + 1 if span else None


_GOOD_START_DONE = re.compile(_C["years"]["good_start_done"])  # `实现了“十三五”良好开局`: the plan's second year
_GOOD_START_LOOKED_BACK = re.compile(_C["years"]["good_start_looked_back"])  # `一年来,…实现“十四五”良好开局`
_GOOD_START_FORWARD = tuple(_C["years"]["good_start_forward"])
_GOOD_START_DONE_NOT = re.compile(_C["years"]["good_start_done_not"])  # `过去五年,…`: no one year's start


def good_start_done_year(text: str) -> int | None:
    """The year after a plan's first, said opened well in a sentence on one year (`去年…实现了“十三五”良好开局`), not
    in one on several years or on a plan closed (`过去五年,…圆满收官,实现了“十四五”良好开局`)."""
    looked_back = [m for m in _GOOD_START_LOOKED_BACK.finditer(text)
                   if not any(w in _clause_before(text, m.end(1)) for w in _GOOD_START_FORWARD)]
    for m in [*_GOOD_START_DONE.finditer(text), *looked_back]:
        start = max(text.rfind(c, 0, m.start()) for c in "。！？!?\n") + 1
        end = SENTENCE_END_RE.search(text, m.end())
        if _GOOD_START_DONE_NOT.search(text, start, end.start() if end else len(text)):
            continue
        if (years := _C["years"]["five_year_plans"].get(m.group(1))) is not None:
            return int(years[0]) + 1
    return None


def _clause_before(text: str, end: int) -> str:
    """The words of the clause ``end`` stands in, up to it."""
    return text[max(text.rfind(c, 0, end) for c in "，,；;。") + 1 : end]
