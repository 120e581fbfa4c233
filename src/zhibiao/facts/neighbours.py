"""Whose figures a sentence gives when it names another division: a neighbour's (`邻省江苏…该省…`, `2022年郑州全市
生产总值…` in a county's write-up), or one of the region's own cities and counties (`银川…；常住人口城镇化率…` in
宁夏's report), and where the region's own whole takes the run back (split from ``facts.sentence``, whose sentence
linker these checks are mixed into)."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from zhibiao.document import gazetteer
from zhibiao.document._common import FIGURE_RE
from zhibiao.facts.cuefile import cue_re, facts_cues
from zhibiao.facts.regionwords import _strip, bare_name, opening_division, short_name

if TYPE_CHECKING:
    from zhibiao.facts.vocab import Vocabulary
    from zhibiao.model import Report


_ITEM_END = re.compile("[；;。！!？?]")  # an item's end, past which a list said of another whole does not go
_BARE = re.compile(r"[\s、，,和及与]*(?:全部|全社会|全体)?")  # the words before a list's later name: none of its own
# where a list item's figure ends (`增长7.5%左右`, `突破3000亿元`)
_FIGURE_END = re.compile(r"[0-9][0-9.]*\s*(?:%|％|‰|个百分点|[亿万千]?(?:美元|元|人次|人|吨|斤|户|个))?"
                         r"(?:左右|以上|以内|以下)?")


class NeighbourChecks:
    """The neighbour and own-part checks of a sentence; mixed into ``facts.sentence._SentenceLinker``."""

    s: str
    v: Vocabulary
    report: Report
    starts: list[int]
    _neighbours: bool | None
    _neighbour_opening: str
    _neighbour_speaks: bool
    _own_part: bool | None

    # (and the linker's own_whole, _names_the_region and above_own_level)

    def _speaker_back(self, at: int) -> bool:
        """Whether, after the sentence's opening clause on another division, the region speaks again before ``at``
        (`泉州市提出今年全市生产总值增长8%左右的预期目标，我们结合安溪实际，…确定今年全县…主要预期目标是：地区生产总值
        增长8.5%左右` in 安溪's report): the figures after are its own."""
        if len(self.starts) < 2 or self.starts[1] >= at:
            return False
        # (only a whole of another level than the neighbour's: `江西省提出，今年全省…` keeps its 全省 in a province's
        # write-up, `嘉兴…全市…` in 海宁's report its 全市)
        # (never the neighbour's own words quoted: `苏州市长李亚平表示，我们将确保…`, `泉州市委书记…强调，我们要…`)
        if cue_re("speech_verb_end").search(self.s, 0, self.starts[1]) is not None:
            return False
        d, _full = opening_division(self._neighbour_opening)
        if d is None:
            return False
        theirs = {d.name[-1], *(c.name[-1] for c in gazetteer.load().candidates(d.name, short=True))}
        said = (m.group()[-1] for m in cue_re("speaker_again").finditer(self.s, self.starts[1] - 1, at))
        return any(c == "们" or c not in theirs for c in said) or any(
            self.own_whole(w.group()) and w.group()[-1] not in theirs  # type: ignore[attr-defined]
            and not self.s.startswith(_NOT_WHOLE_AFTER, w.end())  # (not a rank: `全省第二的地区生产总值`)
            for w in self.v.whole_region_re.finditer(self.s, self.starts[1], at))

    def _higher_list_before(self, at: int) -> bool:
        """Whether the name at ``at`` goes on a list a level above opened earlier in its item, with no whole named
        since (`全省经济工作会议提出，2023年全省地区生产总值增长6%左右，一般公共预算收入增长6%，固定资产投资增长10%`,
        `并与全市地区生产总值增长8%左右、固定资产投资增长13%的预期目标相衔接`): the level above's figures too."""
        names = list(self.v.alias_re.finditer(self.s, 0, at))
        while names:
            prev = names.pop()
            if _ITEM_END.search(self.s, prev.end(), at) \
                    or self.v.whole_region_re.search(self.s, prev.end(), at):
                return False
            figures = list(_FIGURE_END.finditer(self.s, prev.end(), at))
            figure = figures[-1] if figures else None
            if figure is None or not _BARE.fullmatch(self.s, figure.end(), at):
                return False  # (`…增长8%的目标，建议今年…`, `…的增速，一般公共预算收入…`: the list ended at its figure)
            cs = self.starts[bisect_right(self.starts, prev.start()) - 1]
            residue = self.s[cs : prev.start()].strip()
            if not _BARE.fullmatch(residue):
                return self.above_own_level(residue) or self._above_said(residue)  # type: ignore[attr-defined]
            at = prev.start()
        return False

    def _own_whole_named(self, clause: str) -> bool:
        """Whether the name a clause ends on follows the province's whole (`全省`) right before it, which no
        city opening the sentence can be (`西安、宝鸡和延安被列为…,全省第三产业增加值增长8.8%` in 陕西's write-up;
        not `全省第二的地区生产总值`, `成为全省首个地区生产总值突破…的城市`)."""
        if self.report.meta.level != "province":
            return False
        clause = clause.rstrip()
        found = list(self.v.whole_region_re.finditer(clause))
        return bool(found) and found[-1].end() == len(clause) and (self.report.meta.region or "").endswith(
            found[-1].group()[1:])  # standing right before the name

    def _neighbours_sentence(self) -> bool:
        """Whether the sentence opens on another division's name (after its year and the words that
        may stand first): every figure in it is then that division's."""
        if self._neighbours is None:
            opening = self.s.strip()
            # (after a year or a time and its comma: `2017年，长沙全市地区生产总值增长9%，…`, `同期，淮南全市…`)
            while (after := _strip(self.v.prefix_re, opening).lstrip("，,：: ")) != opening:
                opening = after
            # (a neighbour named as one: `同在长三角的邻省江苏日前公布，该省…`, `与厦门相邻的漳州市…`)
            opening = _strip(cue_re("neighbour_lead"), opening)
            # (a county's two-character short name is too often an everyday word: 新建, 和平, 长安)
            self._neighbours = bool(opening) and self._another_region_first(opening, counties=False)
            self._neighbour_opening = opening
            # (the neighbour's congress speaking, `贵州省人代会提出，今年全省…`: its whole and 我省 are its own)
            self._neighbour_speaks = self._neighbours and cue_re("neighbour_speaks").match(opening) is not None
        return self._neighbours

    def _neighbour_speaking(self) -> bool:
        """Whether the sentence opens on another division that speaks (`贵州省人代会提出，…`): no whole said after it is
        the region's."""
        return self._neighbours_sentence() and self._neighbour_speaks

    def _own_whole_opens(self, clause: str) -> bool:
        """Whether the clause opens on the region's own whole (`，我市规模以上工业增加值…`, `；全县地区生产总值…`
        after a neighbour's figures): the region's again, and so are the clauses after it."""
        c = cue_re("clause_time_first").sub("", clause.lstrip(" \u3000，,；;、").lstrip("而但且同时其中"))
        m = self.v.whole_region_re.match(c)
        # (not a rank or a share among the whole: `全省第二的地区生产总值`, `全市平均`)
        if m is not None:
            # (not where the region's own figure is said after it, the whole being the city above's: `据宁波市统计局初步
            # 核算，去年全市地区生产总值增长7.1%；我市…增长7.5%` in 慈溪's report, `…，其中温岭增长7.8%`)
            short = short_name(self.report.meta.region or "")
            later = c[m.end() :]
            return self.own_whole(m.group()) and not c.startswith(_NOT_WHOLE_AFTER, m.end()) \
                and not ("我" + m.group()[-1] in later or (len(short) >= 2 and short in later))
        # (or the region's own name: `2017年，长沙全市…增长9%，浏阳地区生产总值增长9.5%` in 浏阳's report)
        d, _full = opening_division(c)
        return d is not None and self._names_the_region(d.name)

    def _own_item_after(self, cs: int) -> bool:
        """Whether the clause at ``cs`` stands in a later item (after `；`) of a sentence that opens on an own city's or
        county's work with no figure (`银川…高铁建成通车；常住人口城镇化率由66.0%提高到69.3%` in 宁夏's report): the
        region's; not where that item gives the city's figures (`银川市地区生产总值增长8%；固定资产投资增长5%`), nor
        where the clause names a whole that is not the region's (`；全市地区生产总值增长6%`: the city's)."""
        first = re.split("[；;]", self.s, maxsplit=1)[0]
        if len(first) == len(self.s) or first.strip() == "" or cs <= len(first) or FIGURE_RE.search(first):
            return False
        clause = self.s[cs:]
        return self._own_part_first() and not any(
            not self.own_whole(w.group()) for w in self.v.whole_region_re.finditer(clause[:12]))

    def _own_part_first(self) -> bool:
        """Whether the division the sentence opens on lies inside the report's region (`银川` in 宁夏's report); read
        once a sentence."""
        if self._own_part is None:
            code = self.report.meta.region_code
            opening = self.s.strip()
            while (after := _strip(self.v.prefix_re, opening)) != opening:
                opening = after
            m, _full = opening_division(opening)
            gaz, year = gazetteer.load(), self.report.meta.report_year
            cands = gaz.candidates(m.name, year, short=True) if code and m is not None else []
            self._own_part = bool(cands) and all(_inside(gaz, c, code, year) for c in cands)  # type: ignore[arg-type]
        return self._own_part

    def _another_region_first(self, residue: str, counties: bool = True) -> bool:
        """Whether ``residue`` opens on the name of a division that is not the report's own (its full
        or its short name: `南京预计实现`, `扬州2018年预计`); only when the report's region is known
        (``counties=False``: a county's short name does not count)."""
        code = self.report.meta.region_code
        if not code:
            return False
        m, full = opening_division(residue)
        if m is None or self._names_the_region(m.name) or m.name in (bare_name(self.report.meta.region or ""), ""):
            return False
        if m.name.endswith("地区") and residue.startswith("生产总值", m.end) and (
                self._names_the_region(m.name[:-2]) or m.name[:-2] == bare_name(self.report.meta.region or "")):
            return False  # `南宁地区生产总值增长3.7%` in 南宁's report: its name and 地区生产总值, not 南宁地区
        if cue_re("issued_by_after").match(residue, m.end):
            return False  # `全面完成泉州市下达的节能减排任务,…`: the level that set the task, no neighbour
        cands = gazetteer.load().candidates(m.name, self.report.meta.report_year, short=True)
        if not counties and not full:
            cands = [c for c in cands if c.level in ("province", "prefecture")]
        return bool(cands) and all(c.code != code and c.level != "national" for c in cands)


def _inside(gaz: gazetteer.Gazetteer, d: gazetteer.Division, code: str, year: int | None) -> bool:
    """Whether ``d`` lies under the division ``code`` (its parent, or its parent's parent)."""
    for _ in range(3):
        p = gaz.parent(d, year)
        if p is None:
            return False
        if p.code == code:
            return True
        d = p
    return False


_NOT_WHOLE_AFTER = tuple(facts_cues()["whole_not_after"])
