"""The report year as the body's own sentences tell it (rank 7 of ``zhibiao.document.years``, and the year summed
up then reviewed of rank 4): the plan a write-up is about, this year's targets or tasks, ``2024年是…``, last
year's results, headings on a year's results, a year looked ahead to.

These are the readings of a text that dates itself only in passing; ``zhibiao.document.years`` ranks them below
the title, the delivery date and the session.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from zhibiao.document._common import SENTENCE_END_RE, cues
from zhibiao.document._common import literal_alt as _alt
from zhibiao.document.yearmarks import (
    commemorated_year,
    five_year_plan_year,
)

_C = cues()
_CLAUSE_END_RE = re.compile(r"[。;；!！?？,，]")
_YEAR_IS = re.compile(r"(?:^|[\n。:：,，])\s*(20\d\d)\s*年(?:[,，]\s*)?是")
# a clause of the next sentence saying what will be done (`…战略机遇,我们将以…`)
_WILL = re.compile(r"(?:^|[,，。；;])\s*(?:我们|[我全][省市区县旗州])?(?:" + _alt(_C["years"]["will_words"]) + ")")
_AHEAD_CHARS = 40  # how far after a year summed up `我们将…` shows it is the year ahead
_YEAR_DONE = re.compile(_alt(_C["years"]["year_done_words"]))
_YEAR_DONE_VERB = re.compile(_alt(_C["years"]["year_done_verbs"]))
_REVIEWED = re.compile(_alt(_C["years"]["reviewed_after_words"]))
_PLANNED_AFTER = re.compile(_alt(_C["years"]["planned_after_words"]))
_PLANNED_AFTER_REPORT = re.compile(_C["years"]["planned_after_report"])
_PLANNED_DONE = re.compile(_C["years"]["planned_done"])
_PLANNED_DONE_BEFORE = re.compile(_alt(_C["years"]["planned_looked_back"]))
_REVIEWED_NEXT = re.compile(r"\n\s*(?:" + _alt(_C["years"]["reviewed_next_paragraph_words"]) + ")")
_RESULT_COMPARED = re.compile(_C["years"]["result_compared"])
_RESULT_WINDOW = int(_C["years"]["result_compared_window"])
_DIGIT = re.compile(r"\d")
_PLANNED_FIGURE = re.compile(_C["years"]["year_target_planned_figure"])  # `预期增长7.5%`: a plan's figure
_PART_OF_YEAR = re.compile(_C["years"]["year_target_part"])
_COMPARED_WITH_START = re.compile(_C["years"]["year_target_compared"])
_PLAN_WORDS = re.compile(_C["years"]["year_target_plan_words"])
_LATER_TIME = re.compile(_C["years"]["year_target_later_time"])  # `今年…`, `继续…`: a clause on the year after
_CLAUSE_SPLIT = re.compile(r"[，,；;]")
_YEAR_TARGET_QUOTED = _C["years"]["year_target_quoted"].replace("PLAN", _C["years"]["year_target_plan_words"])
_OTHER_YEAR = re.compile(r"(?:19|20)\d\d\s*年|去年|上年|过去的?一年")
# the goals of a year named earlier in its sentence (`提出,在整体经济发展目标方面,2023年…增长7%左右`)
_GOAL_BEFORE = re.compile(r"(?:" + _alt(_C["years"]["goal_set_words"]) + r"|目标)[^。\n]*$")
SENTENCE_BEFORE = 40
_RESULTS_YEAR = re.compile(
    rf"(?:{_alt(_C['years']['review_lead_words'])})\s*(20\d\d)\s*年"
    rf"|(?<![到至比较由从~\-—\d])" + "".join(f"(?<!{w})" for w in _C["years"]["goal_set_words"])
    + r"(20\d\d)\s*年[,，]?"  # not `确定2012年…达到` (a goal)
    rf"(?:(?!目标|预期|计划|将|要|力争|确保|争取)[^。\n\d]){{0,30}}?"
    rf"(?:{_alt(_C['years']['results_verbs'])})(?!目标)"
)
# (or a sentence: ``打开政府工作报告,一组数据十分亮眼。2021年,江苏经济总量迈上新的大台阶``)
# (or a spokesman's words: ``江苏省政府新闻发言人2日向媒体介绍,2008年初,…``)
# (`2023年以来,…` only opening a paragraph: `。2002年以来,…` inside a five-year review is since then)
_PARAGRAPH_YEAR = re.compile(
    r"(?:^|\n)\s*(20\d\d)\s*年(?:初|以来)?[,，]"
    r"|(?:[。！？!?]|(?:介绍|获悉|表示|指出|透露|显示)[,，:：])\s*(20\d\d)\s*年初?[,，]")  # also `2008年初,…`
# (and a report's telling: `政府工作报告显示, 2024年,该市地区生产总值6136.4亿元`, 惠州 2025)
# a write-up's heading line on a year, written with or without 年 (`回眸2024`, `展望2025年`), alone or
# before a dash or colon and its line (`回顾2013——全市实现生产总值1776.83亿元`; not `回顾2013—2017年`)
# (or a sentence on a year opening on those words, the year without 年 before a comma: `。回眸2024,江宁奋斗起笔`,
# `奋进2025,`; not `。展望2035,苏州将基本实现…`, the far goal of a plan)
_YEAR_HEADING = re.compile(
    r"(?:^|\n)[^\S\n]*(?:(" + _alt(_C["years"]["heading_back_words"]) + r")|"
    + _alt(_C["years"]["heading_ahead_words"]) + r")\s*(20\d\d)\s*年?"
    r"(?:[^\S\n]*(?=\n)|[^\S\n]*(?:——|:|：)(?![^\S\n]*\d)[^\n]*(?=\n))"
    r"|(?:^|\n|[。！？!?])[^\S\n]*(?:(" + _alt(_C["years"]["heading_back_words"]) + r")|"
    + _alt(_C["years"]["sentence_ahead_words"]) + r")(20\d\d)(?=[,，](?!\d))"
)
# a level that rose over a plan's five years to the year reviewed (`从2007年的6423.2亿元增加到2012年的1.6万亿元`)
_FIVE_YEARS_TO = re.compile(
    r"(?:从|由)(20\d\d)\s*年(?:底|末)?的[^。；;\n]{1,30}?(?:" + _alt(_C["years"]["level_rose_verbs"])
    + r")(?:到|至)(20\d\d)\s*年(?:底|末)?的"
)
# a clause opening on a year and what will be done in it (`获悉,2019年,越城区将坚持…`; not the 要 of a word,
# `2024年合肥主要指标增幅高于全国`: ``not_will_before``)
_CLAUSE_YEAR_AHEAD = re.compile(
    r"(?:^|\n|[。！？!?,，:：])\s*(20\d\d)\s*年[,，]?[^,，。；;\d]{0,8}?"
    + "".join(f"(?<!{re.escape(c)})" for c in _C["years"]["not_will_before"]) + "(?:"
    + _alt(_C["years"]["will_words"]) + ")"
)
# a line heading last year's results in a news write-up's list (``2020年成就:``)
# (or a headline on it: ``2024年全市上下解放思想 奋发进取 交出了一份…优异成绩单``)
_DONE_HEADING = r"[^\n。，,\d]{0,16}?(?:" + _alt(_C["years"]["year_done_headings"]) + ")"  # `…迈出坚实步伐`
_RESULTS_HEADING = re.compile(
    r"(?:^|\n)[^\S\n]*(20\d\d)\s*年(?:(?:主要|取得的|[^\n。，,\d]{0,30}?交出了?一份[^\n。，,\d]{0,12}?)?"
    r"(?:成就|成绩|成绩单|答卷)|" + _DONE_HEADING + ")"
    r"[:：]?[^\S\n]*(?=\n)"  # `2019年高质量发展迈出坚实步伐`
)
# the same on an infographic page, the year alone on its line and the heading a line or two below it
# (`2023` / `勠力奋进` / `经济社会发展主要目标任务圆满完成`)
_RESULTS_HEADING_SPLIT = re.compile(
    r"(?:^|\n)[^\S\n]*(20\d\d)\s*年?[^\S\n]*\n(?:[^\S\n]*\n|[^\n。，,\d]{1,12}\n){0,3}?"
    + _DONE_HEADING + r"[:：]?[^\S\n]*(?=\n)"
)
# (or a 成绩单 first and the year alone a line or two below it, behind a bullet, its lines no plan's: `这份成绩单,
# 分量十足!` / `▎2025年` / `——城镇新增就业超35万人`; not `书写高质量发展新答卷` / `2026年` / `…预期增长5%左右`, nor a
# timeline of 成就 year by year)
_RESULTS_HEADING_ABOVE = re.compile(
    r"成绩单[^\n。]{0,12}\n(?:[^\S\n]*\n){0,2}[^\S\n]*[▎■□●◆▲·•]?[^\S\n]*(20\d\d)\s*年?[^\S\n]*\n"
    r"(?![^\n]{0,40}?(?:" + _alt(_C["years"]["results_heading_plan_words"]) + "))"
)
# an infographic's heading on a bare year's record (`2016成绩`, `2017成绩单`) above last year's figures
_RESULTS_HEADING_BARE = re.compile(
    r"(?:^|\n)[^\S\n]*(20\d\d)\s*(?:" + _alt(_C["years"]["record_heading_words"]) + r")[:：]?[^\S\n]*(?=\n)"
)
# a paragraph opening on a year whose targets it then says were met (`2017年党的十九大胜利召开,我们…较好地完成了年初
# 确定的各项目标任务`): the year reviewed (not a span of years, `2016年至2020年,`, nor part of a year, `2024年1-6月`)
_YEAR_TASKS_DONE = re.compile(
    r"(?:^|\n)[^\S\n]*(20\d\d)\s*年(?!\s*(?:" + _C["years"]["year_tasks_done_not_after_year"] + "))"
    r"(?:(?!" + _C["years"]["year_tasks_done_not_before"] + r")[^。\n]){0,120}?" + _C["years"]["year_tasks_done"]
)
_FUTURE_WORDS = re.compile("".join(f"(?<!{re.escape(w)})" for w in _C["years"]["future_words_compared"])
                           + f"(?:{_alt(_C['years']['future_words'])})")
BODY_YEAR_WINDOW = 4000  # a report states its years near the top
_LOOKED_BACK_CHARS = 150  # how far after `2008年初,` a `一年来` shows the year looked back on
_TASKS_YEAR = re.compile(
    rf"(?:^|\n)[^\n]{{0,6}}?(20\d\d)\s*年\s*(?:的)?(?:主要|政府)?(?:{_alt(_C['years']['tasks_heading_words'])})"
)
# the plan a write-up is about (``关于印发2014年国民经济和社会发展计划的通知``, ``《山东省2018年国民经济和社会
# 发展计划》``), not its execution (a page cut right after 计划 tells neither way)
_NAMED_REGION = r"[\u4e00-\u9fff]{2,10}?(?:省|市|区|县|州|旗|盟)"  # a region named before its document (`山东省`)
_PLAN_NAMED = re.compile(
    rf"(?:印发|关于|《(?:{_NAMED_REGION})?)(20\d\d)\s*年(?:度)?(?:{_alt(_C['years']['plan_document_words'])})计划(?![^。\n]{{0,4}}执行)(?=[\s\S])"
)
_REPORT_TOLD = re.compile(
    rf"(?:(20\d\d)\s*年(?:{_NAMED_REGION})?政府工作报告[^,，。:：\n\d]{{0,6}}?(?:{_alt(_C['years']['report_told_words'])})"
    # (or a reporter learned from it: `记者从2025年阳江市政府工作报告(下称《报告》)获悉`)
    rf"|(?<=从)(20\d\d)\s*年(?:{_NAMED_REGION})?政府工作报告[^。\n]{{0,12}}?获悉)"
    # ... and goes on to the year before (`,去年…`), or a reporter's to this one (`…获悉,今年…`; a report 显示 of 今年
    # may be last year's): it tells of its year (not `2024年政府工作报告指出,要力争…`, nor `…显示的十件民生实事`)
    r"[,，:：\s]*(?:(20\d\d)\s*年|(去年|今年))"
)
_TARGET_QUESTION = re.compile(_C["years"]["target_question"])  # `2026年…发展的重点是什么?…今年…`
_SPECIFIC_YEAR = re.compile(r"具体到(\d{4})\s*年")
_SPECIFIC_BEFORE = 200  # the characters before `具体到` read for a look back over several years, or goals
_SPECIFIC_LOOKED_BACK = re.compile(_C["years"]["specific_looked_back"])
_SPECIFIC_AHEAD = re.compile(_C["years"]["specific_ahead"])
_TARGET_YEAR = re.compile(
    # also `2013预期目标`, `2022年,深圳…主要预期性指标为`; not a year whose targets were met
    # (`2011年甘肃省完成了…确定的主要目标任务`)
    # (a digest may set them on lines of their own: `2021年湖南` / `立flag!` / `主要预期目标`)
    # (nor the goals of a plan named between: `回顾…2005年的工作，提出“十一五”时期的主要目标`)
    r"(\d{4})\s*(?:年(?:(?!完成|实现|确定|超额|达到|\d{4}|十[一二三四五六]?五|时期)[^。]){0,20}|(?=(?:主要)?预期目标))"
    r"(主要预期目标|主要目标|预期目标|主要预期性?指标)"
    r"|(?<![到至\d])(\d{4})\s*年[^\n。，,\d]{0,12}?(?:增长|增速)目标"  # `建议2020年GDP增长目标为…`
    r"|(?<=提出了)(\d{4})\s*年的?(?:经济社会)?发展目标"  # `(报告)提出了2019年的发展目标`
    # `今年主要预期目标是2023年地区生产总值增长6%左右` (not a base: `今年的目标是2025年的基础上…`)
    r"|(?<=今年)(?:的)?(?:主要)?(?:预期)?目标(?:是|为)[:：]?\s*(\d{4})\s*年(?![^，,。]{0,6}基础)"
    r"|(?<!完成)(?<!实现)(\d{4})\s*年?(?:经济社会|经济)?(?:主要)?预期(?:发展)?目标"  # `西安发布2023经济预期发展目标`
    r"|(?<=绘制|描绘|勾画|擘画)(\d{4})\s*年[^\n。，,\d]{0,12}?蓝图"  # `湖北荆州绘制2014年经济社会发展蓝图`
    # `政府工作报告中,2012年的一系列经济社会发展目标` (not a year's goals met: `完成了2011年的发展目标`)
    r"|(?<!完成了)(?<!实现了)(?<!完成)(?<!实现)(\d{4})\s*年的一系列(?:经济社会)?发展目标"
    r"|(?<=建议)(\d{4})\s*年[^\n。\d]{0,16}?(?:增长|达到|控制在)"  # `建议2021年上海全市生产总值增长6%以上`
    # `2018年,宁波立下了不少目标` (not a year's goals met: `实现了2023年定下的目标`)
    r"|(?<!完成了)(?<!实现了)(?<!完成)(?<!实现)(\d{4})\s*年[,，]?[^\n。，,\d]{0,8}?(?:立下|定下)(?!的)了?"
    r"[^\n。，,\d]{0,6}?目标"
)
# a write-up's sessions that made a year's goals clear (`这三座东北省会城市已经明确了2023年经济社会发展目标`; not a
# year looked back on, `去年区委全会明确了2025年发展目标`, nor a plan's horizon, `规划纲要草案明确了2030年的发展目标`)
_GOALS_MADE_CLEAR = re.compile(
    r"(?:" + _alt(_C["years"]["goals_made_clear_verbs"]) + r"|(?:" + _alt(_C["years"]["goals_listed_verbs"])
    + r")(?=\d{4}\s*年的?(?:经济社会)?发展目标\s*[:：]))(\d{4})\s*年的?(?:经济社会)?发展目标")
_GOALS_MADE_CLEAR_NOT_AFTER = re.compile(_alt(_C["years"]["goals_made_clear_not_after"]))
_GOALS_MADE_CLEAR_BEFORE = 24  # characters of the sentence before the verb that may say so
# a write-up's summary of the report: the year whose work it reviews or plans
_WORK_OF_YEAR = re.compile(  # `对甘肃省2011年工作进行了回顾`: the region may stand before the year
    r"对[^。\n，,\d]{0,8}?(20\d\d)\s*年(?:的)?(?:政府)?工作(?:进行|作出|做出|作了|做了)了?(回顾|总结|部署|安排)"
)
_REVIEWED_VERBS = ("回顾", "总结")
# a government's work plan for a year (`《国务院2008年工作要点》`)
_WORK_POINTS = re.compile(r"(?<![到至\d])(20\d\d)\s*年(?:政府)?工作要点")
# a write-up's summary without 对: `回顾了“十二五”时期和2015年经济社会发展,提出了…和2016年重点工作`
_WORK_PLANNED = re.compile(
    r"(?:" + _alt(_C["years"]["planned_work_verbs"]) + r")了?[^。\n]{0,40}?(?<![到至\d])(20\d\d)\s*年(?:的)?(?:"
    + _alt(_C["years"]["planned_work_nouns"]) + ")"
)
_REPORT_PARTS = re.compile(
    r"报告(?:" + _alt(_C["years"]["report_parts_words"]) + r")[^。\n]{0,80}(?<![到至\d])(20\d\d)\s*年(?:的)?"
    r"(?:" + _alt(_C["years"]["tasks_heading_words"]) + r")[^。\n]{0,8}?部分"
)
_WORK_REVIEWED = re.compile(
    r"回顾(?:了|总结了)[^。\n]{0,20}?(?<![到至\d])(20\d\d)\s*年(?:的)?[^。\n，,\d]{0,8}?"
    r"(?:" + _alt(_C["years"]["reviewed_work_nouns"]) + ")"  # `回顾了2018年县人民政府工作`
)
_THIS_YEARS_WORK = re.compile(
    rf"(?:{_alt(_C['years']['this_year_work_lead'])})\s*(20\d\d)\s*年\s*(?:的)?[^。\n]{{0,6}}?工作"
)
ANY_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*年")


_GOOD_START = re.compile(_C["years"]["good_start"])  # `奋力实现“十五五”良好开局`: the plan's first year
_LOOKING_AHEAD = re.compile(_C["years"]["looking_ahead"])  # `展望2018 …`


# a year a page wrote as a placeholder (``20xx年,是我区全面实施“十二五”规划的第一年``) or lost its digits
# of (``年是“十四五”规划开局之年`` opening a line or sentence)
_PLACEHOLDER_YEAR_IS = re.compile(
    r"(?:^|[\n。:：])\s*(?:20[xX×Ｘ]{2}\s*)?年\s*[,，]?\s*是[^。\n]{0,16}?(?=[“\"']?十[一二三四五六]五)"
)


def placeholder_plan_year(text: str) -> int | None:
    """``20xx年,是…“十二五”规划的第一年。一年来…`` -> 2012: a redacted year fixed by the plan it
    opens or closes, plus one when the sentence is then reviewed (the report's year)."""
    for m in _PLACEHOLDER_YEAR_IS.finditer(text):
        y = five_year_plan_year("今年是" + text[m.end() : m.end() + 24])
        if y is None:
            continue
        end = SENTENCE_END_RE.search(text, m.end())
        after = text[end.end() : end.end() + 12] if end else ""
        return y + 1 if _REVIEWED.match(after.lstrip()) else y
    return None


def _year_is(text: str) -> int | None:
    """``2025年是“十四五”收官之年`` -> 2025, but ``2017年是本届政府的开局之年。一年来…`` -> 2018:
    a year described and then reviewed is last year. ``2019年,是…`` (a comma) tells only when reviewed."""
    got = year_is_reading(text)
    return got[0] if got else None


def _results_follow(text: str, pos: int) -> bool:
    """Whether the paragraph after ``pos`` reports a result compared with a larger area's before it
    names another year (or 去年): the year just described is the one reviewed."""
    end = text.find("\n", pos)
    window = text[pos : min(end if end >= 0 else len(text), pos + _RESULT_WINDOW)]
    m = _RESULT_COMPARED.search(window)
    return m is not None and not _OTHER_YEAR.search(window, 0, m.start())


def year_is_reading(text: str) -> tuple[int, bool | str] | None:
    """``_year_is`` and whether the year was read as one reviewed (the report's year is the next): ``True``, or
    ``"quoted"`` when only a later sentence quoting its start-of-year target says so (below a title's year)."""
    for m in _YEAR_IS.finditer(text):
        year = int(m.group(1))
        end = SENTENCE_END_RE.search(text, m.end())
        after = text[end.end() : end.end() + 12] if end else ""
        clause = _CLAUSE_END_RE.search(text, m.end())
        if _REVIEWED.match(after.lstrip()) or _REVIEWED.match(text[clause.end() :].lstrip() if clause else ""):
            return year + 1, True  # `2020年是极不平凡的一年,一年来…`: a year described, then reviewed
        par_end = text.find("\n", m.end())
        if par_end >= 0 and _REVIEWED_NEXT.match(text, par_end):
            return year + 1, True  # the next paragraph opens `这一年,我们…`: the year described is gone by
        if clause is not None and text.endswith("的一年", m.end(), clause.start()):
            # `2018年是福田发展历程中具有深远影响的一年。`: a year summed up (but `2012年是实施“十二五”规划重要的
            # 一年。面对…,我们将…` looks ahead: not strong enough to outrank a title either way)
            ahead = _WILL.search(text, clause.start(), clause.end() + _AHEAD_CHARS)  # (`…的一年,全市将…`)
            if ahead:
                return year, False
            done = _YEAR_DONE.search(text, m.end(), clause.start())  # `…极不平凡的一年`: surely gone by
            return year + 1, done is not None
        if end is not None and text.endswith("的一年", m.end(), end.start()) and _YEAR_DONE.search(
                text, m.end(), end.start()):
            # `2008年,是本届政府履行职责的第一年,也是很不寻常、很不平凡的一年。`: summed up as gone by
            return year + 1, True
        if end is not None and _YEAR_DONE_VERB.search(text, m.end(), end.start()):
            return year + 1, True  # `2006年是“十一五”开局之年,…实现了“十一五”的良好开局。`: told as done
        if _results_follow(text, m.end()):
            return year + 1, True  # `2020年,是“十三五”规划收官之年。…全年地区生产总值增长3.6%,好于全国1.3个百分点`
        if (reading := _start_quoted(text, m.end(), year)) is not None:
            return year + 1, reading
        # `他说,2018年,是…的开局之年,…全县上下…`: with a comma the year is as often one reviewed as this one,
        # unless the next sentence plans it (`2019年,是新中国成立70周年…。今年工作的总体要求是`)
        between = text[m.end(1) : m.end()]
        if ("," not in between and "，" not in between) or _planned_after(text, m.start(), end):
            return year, False
    return None


def _start_quoted(text: str, at: int, year: int) -> bool | str | None:
    """Whether a sentence after ``at`` quotes ``year``'s start-of-year target as looked back on (`2014年是…开局之年。…
    2014年全省实现生产总值…,虽比年初预期的9%左右低…`): ``True`` with a result's figure set against the start (it
    outranks a title), ``"quoted"`` without one (`2021年年初计划开工重点项目300个` under `青岛市2021年政府工作报告`: the
    title's year stands), ``None`` when no sentence does, or the year's work is still to come, or only a part of the
    year is told (`2014年前三季度…,略低于年初预期`: a page written during it)."""
    quoted = re.search(_YEAR_TARGET_QUOTED.replace("YEAR", str(year)), text[at:])
    if quoted is None or _plan_said_after(text, at + quoted.end()):
        return None
    said = quoted.group()
    before = said[len(str(year)) : said.rfind("年初")]
    if (part := _PART_OF_YEAR.search(before)) is not None and "全年" not in before[part.end() :]:
        return None
    # (a result's figure, not a plan's, `2021年全市地区生产总值预期增长7.5%，年初计划…`; set against the start,
    # `…，虽比年初预期…`, not in line with it, `…增长8%左右，与年初省里确定的目标相衔接`)
    figure = _DIGIT.search(before) is not None and not _PLANNED_FIGURE.search(before) \
        and _COMPARED_WITH_START.search(before) is not None
    return True if figure else "quoted"


def _plan_said_after(text: str, at: int) -> bool:
    """Whether a later clause of the sentence from ``at`` tells of work still to come on the year's targets
    (`2015年年初确定的目标，绍兴力争全面完成`), not of the year after (`…，今年舟山将努力…`, `…，全市上下将继续
    努力`)."""
    end = SENTENCE_END_RE.search(text, at)
    clauses = _CLAUSE_SPLIT.split(text[at : end.start() if end else len(text)])
    # (its own clause's rest and the next one: further on, a comment, `…，这一成绩来之不易，必须倍加珍惜`)
    return any(_PLAN_WORDS.search(c) and not _LATER_TIME.search(c) for c in clauses[:2])


def _planned_after(text: str, start: int, end: re.Match[str] | None) -> bool:
    """Whether the sentence after a year described plans that year (`2019年,是…之年。今年工作的总体要求是`): not
    its targets said done (`今年经济社会发展的主要预期目标全面完成`), nor a year a write-up says was looked back on
    (`报告回顾,2018年,是…`)."""
    if end is None or _PLANNED_DONE_BEFORE.search(text, max(0, start - 8), start):
        return False
    after = text[end.end() : end.end() + 40].lstrip()
    m = _PLANNED_AFTER.match(after)
    if m is None:
        nxt = SENTENCE_END_RE.search(after)
        m = _PLANNED_AFTER_REPORT.search(after, 0, nxt.start() if nxt else len(after))
    return m is not None and not _PLANNED_DONE.match(after, m.end())



# a chapter heading naming one year (``一、 精彩的2012年``, ``二、奋进的2013年``)
_CHAPTER_YEAR = re.compile(
    r"(?:^|\n)[^\S\n]*[一二三四五六七八九十]{1,3}\s*[、.．]\s*[^\n。，,\d]{0,12}?((?:19|20)\d\d)\s*年[^\n。\d]{0,20}(?=\n)"
)


def _chapter_years(text: str) -> int | None:
    """``一、精彩的2012年`` then ``二、奋进的2013年``: chapters on last year and this one name the report's."""
    years = [int(m.group(1)) for m in _CHAPTER_YEAR.finditer(text)]
    return next((b for a, b in pairwise(years) if b == a + 1), None)


def body_years(text: str) -> Iterator[int]:
    """Rank 7: the body sentences, most telling first."""
    head = text[:BODY_YEAR_WINDOW]
    m = _PLAN_NAMED.search(head)
    if m:
        yield int(m.group(1))
    m = _TARGET_YEAR.search(text) or _TASKS_YEAR.search(text) or _THIS_YEARS_WORK.search(text) or \
        _TARGET_QUESTION.search(text)
    target_year = (int(next(g for g in m.groups() if g and g.isdigit())) if m.re is _TARGET_YEAR else int(m.group(1))
                   ) if m else None
    if (s := _SPECIFIC_YEAR.search(text)) is not None and (m is None or s.start() < m.start()):
        # `今后五年,…。具体到2022年,…实现地区生产总值增长13%以上`: the year the goals come down to; after a look back
        # (`报告在回顾“十二五”发展成就时指出,五年来,…。具体到2015年,全区地区生产总值增长12.1%`) the year reviewed
        lo = max(0, s.start() - _SPECIFIC_BEFORE)
        back = [m.start() for m in _SPECIFIC_LOOKED_BACK.finditer(text, lo, s.start())]
        ahead = [m.start() for m in _SPECIFIC_AHEAD.finditer(text, lo, s.start())]
        looked_back = bool(back) and (not ahead or max(ahead) < max(back))  # (goals said after it win: `今后五年`)
        target_year = int(s.group(1)) + looked_back
    told = next((t for t in _REPORT_TOLD.finditer(head) if t.group(4) == "去年" or (t.group(4) and t.group(2))
                 or (t.group(3) and int(t.group(3)) == int(t.group(1) or t.group(2)) - 1)), None)
    told_year = int(told.group(1) or told.group(2)) if told else None
    if target_year is not None and (told_year is None or target_year >= told_year):
        # (not an earlier year's targets said met in a write-up drawing on a later report: `2022年…报告披露,…高于
        # 2021年预期目标`)
        yield target_year
    for m in _GOALS_MADE_CLEAR.finditer(text):
        before = text[max(0, m.start() - _GOALS_MADE_CLEAR_BEFORE) : m.start()]
        before = before[max(before.rfind("。"), before.rfind("\n")) + 1 :]
        if not _GOALS_MADE_CLEAR_NOT_AFTER.search(before) and all(
                int(y) < int(m.group(1)) for y in ANY_YEAR.findall(before)):  # (`2025年12月底召开的…明确了2026年…`)
            yield int(m.group(1))
            break
    m = _GOOD_START.search(text)
    if m and (years := _C["years"]["five_year_plans"].get(m.group(1))):
        yield years[0]  # `奋力实现“十五五”良好开局`: the year to open the plan is the report's
    m = _LOOKING_AHEAD.search(head)
    if m:  # a write-up headed `展望2018 “一极两中心”建设再谱新篇`: the year it looks ahead to
        yield int(m.group(1))
    m = _WORK_OF_YEAR.search(head)
    if m:  # `报告对2019年工作进行了回顾` -> 2020; `对2022年政府工作进行部署安排` -> 2022
        yield int(m.group(1)) + (1 if m.group(2) in _REVIEWED_VERBS else 0)
    m = _WORK_POINTS.search(head)
    if m:  # `国务院2008年工作要点` -> 2008
        yield int(m.group(1))
    m = _WORK_PLANNED.search(head) or _REPORT_PARTS.search(head)
    if m:  # `提出了…和2016年重点工作` -> 2016; `报告分为…、2021年工作安排三个部分` -> 2021
        yield int(m.group(1))
    m = _WORK_REVIEWED.search(head)
    if m:  # `回顾了“十二五”时期和2015年经济社会发展` -> 2016
        yield int(m.group(1)) + 1
    if told_year is not None:  # `2022年云南省政府工作报告披露,2021年…`: the report a write-up draws on (after the cues
        yield told_year  # of this year's work: a story on them may quote last year's report, `2024年…报告显示`)
    if (y := _year_is(head)) is not None:
        yield y
    if (y := five_year_plan_year(text)) is not None:
        yield y
    if (y := placeholder_plan_year(head)) is not None:
        yield y
    if (y := commemorated_year(head)) is not None:
        yield y
    m = next((x for x in _RESULTS_YEAR.finditer(head) if not _GOAL_BEFORE.search(
        head, max(0, x.start() - SENTENCE_BEFORE), x.start())), None)
    if m:  # (not `报告提出,在整体经济发展目标方面,2023年西安市GDP增长7%左右`: the year's goals)
        yield int(m.group(1) or m.group(2)) + 1
    m = (_RESULTS_HEADING.search(head) or _RESULTS_HEADING_SPLIT.search(head) or _RESULTS_HEADING_ABOVE.search(head)
         or _YEAR_TASKS_DONE.search(head))
    if m:
        yield int(m.group(1)) + 1
    elif bare := [int(y) for y in _RESULTS_HEADING_BARE.findall(head)]:
        yield max(bare) + 1  # (an infographic with one such heading a year, `2020成绩`…`2024成绩`: the latest)
    if (y := _chapter_years(text)) is not None:
        yield y
    m = _PARAGRAPH_YEAR.search(head)
    if m and (not _FUTURE_WORDS.search(head, m.end(), m.end() + 12) or (
            "年初" in m.group() and "一年来" in head[m.end() : m.end() + _LOOKED_BACK_CHARS])):
        # `2023年,徐州坚持稳字当头…`: a paragraph opening on last year; `2008年初,省政府将全年…目标任务分解…。
        # 一年来,…` the start of a year looked back on
        yield int(m.group(1) or m.group(2)) + 1
    m = _FIVE_YEARS_TO.search(head)
    if m and int(m.group(2)) - int(m.group(1)) == 5:  # a five-year review ending on the year reviewed
        yield int(m.group(2)) + 1
    m = _YEAR_HEADING.search(head)
    if m:  # `回眸2024` heads last year's results (the report of 2025); `展望2025` this year's plan
        yield int(m.group(2) or m.group(4)) + (1 if m.group(1) or m.group(3) else 0)
    m = _CLAUSE_YEAR_AHEAD.search(head)
    if m:  # `…两会上获悉,2019年,越城区将坚持稳中求进`: a year opening a clause on what will be done
        yield int(m.group(1))
