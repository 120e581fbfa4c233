"""Figures of a part of the year (`一季度`, `上半年`, `1—11月`): no facts of the year, but where the sentence says 全年
before them; and a report given on a part of the year (`关于…上半年…计划执行情况的报告`), all of whose figures are the
part's (``facts.emit`` asks before it emits a figure)."""

from __future__ import annotations

from zhibiao.facts.sentence import _clause_index, _num_start, _SentenceLinker
from zhibiao.facts.vocab import Vocabulary
from zhibiao.model import Quantity, Report

_OPENING_CHARS = 300  # where a report that lost its title says what it reports on (``in_part_of_year``)


def in_part_of_year(v: Vocabulary, report: Report, sl: _SentenceLinker, q: Quantity) -> bool:
    """Whether ``q`` stands in a sentence, or a paragraph, that opens on a part of the year
    (`一季度,…;财政一般预算收入下降14.6%`; `2022年一季度,坪山区…。初步预计,地区生产总值增长7%以上`)
    with no 全年 said before it, or its clause names one before it (`二季度增长6.3%`), or the report is on a
    part of the year (its title: `关于…上半年…计划执行情况的报告`) and the sentence says no 全年 before it."""
    text = report.text
    # (its own lead may say 全年, `预计全年增长4%左右`, but not of a plan it shares: `完成全年1.1万人目标的105%`)
    at = sl.offset + (q.span.start if v.whole_year_plan_after_re.match(sl.s, q.span.end) else _num_start(q))
    cstart = sl.starts[_clause_index(sl.starts, q.span.start)]
    parts = list(v.sub_period_re.finditer(sl.s, cstart, q.span.start))
    if parts and v.whole_year not in sl.s[parts[-1].end() : _num_start(q)]:  # (`预计全年5%左右`: its own 全年)
        # `地区生产总值一季度增长4.7%、二季度增长6.3%,全年增长6.7%`: the parts are no facts (a list of
        # parts ending on 全年 before 分别 is read by ``lists._sub_period_subjects``)
        return True
    item = max(sl.s.rfind(c, 0, cstart) for c in "；;") + 1
    earlier = [m for m in v.sub_period_re.finditer(sl.s, item, cstart) if m.group() != v.whole_year]
    if earlier and v.whole_year not in sl.s[earlier[-1].end() : _num_start(q)] \
            and ((part_clause := sl.starts[_clause_index(sl.starts, earlier[0].start())]) == earlier[0].start()
                 or (part_clause == sl.starts[_clause_index(sl.starts, item)]
                     and not any(ch.isdigit() for ch in sl.s[item : earlier[0].start()])
                     and any(ch.isdigit() for ch in sl.s[earlier[0].end() : _clause_end_at(sl, earlier[0].end())]))):
        # `1—9月完成428.3亿元,同比增长2.2%,全年预计完成600亿元`: a clause opening on a part of the year holds
        # the clauses after it in its item until 全年; so does one said before the item's first figure, after its
        # name and holding a figure in its clause (`社会消费品零售总额1—11月完成2701.3亿元，增长15.2%`; not
        # `社会消费品零售总额一季度受疫情影响大幅下滑，完成1120亿元`, a part in passing)
        return True
    if (v.part_of_year_report_re.search(report.meta.title) if report.meta.title
            else v.part_of_year_opening_re.search(report.text, 0, _OPENING_CHARS)) \
            and not v.whole_year_figure_re.search(sl.s, 0, _num_start(q)):
        # a report on a half of the year (`关于…2017年上半年…计划执行情况的报告`): the half's figures; also when the
        # page lost its title and the opening says it (`向省十届人大常委会…报告全省2007年1—6月…计划执行情况`)
        return True
    for start in (sl.offset, text.rfind("\n", 0, sl.offset) + 1):
        sp = v.sub_period_open_re.match(text, start)
        if sp is not None and v.whole_year not in text[sp.end() : at] and not (sp.group("lead") and start != sl.offset):
            return True  # a news lead's part of the year (`…讯(记者 …)一季度,`) holds its sentence only
    return False


def _clause_end_at(sl: _SentenceLinker, pos: int) -> int:
    """End of the clause of ``sl``'s sentence holding ``pos``."""
    k = _clause_index(sl.starts, pos) + 1
    return sl.starts[k] if k < len(sl.starts) else len(sl.s)
