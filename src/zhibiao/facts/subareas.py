"""Whose figures a sentence gives when it opens on a sub-area of the region (a zone, a new district, a park):
the sub-area's while it reports (`曲梁产业集聚区完成固定资产投资126亿元,规模以上工业增加值增长28%`), the region's own
rates and incomes after the sub-area's work alone (`县城新区框架进一步拉开，城镇化率达到53.2%`) (split from
``facts.sentence``, whose sentence linker these checks are mixed into)."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING, Protocol

from zhibiao.facts.cuefile import cue_re, facts_cues

if TYPE_CHECKING:
    from zhibiao.facts.vocab import Vocabulary
    from zhibiao.model import Quantity

_SUBAREA_WORK_REGION_ONLY = frozenset(facts_cues()["subarea_region_only"]).difference(
    facts_cues()["subarea_work_makes"])  # (a sub-area's work makes jobs, not the region's rates and incomes)
_SUBAREA_WORDS = tuple(facts_cues()["subarea_suffixes"])
_WHOLE_SOCIETY = tuple(facts_cues()["subarea_work_whole_names"])  # `全社会研发投入强度`: the whole's by its name
_SUBAREA_LIST_MAX = 40  # how far a list of sub-areas may run before its verb
_DIGIT = re.compile(r"\d")
_SEMI = "；;"


class _Named(Protocol):
    """An indicator's name found in the sentence (``facts.sentence._Alias``): what these checks read of it."""

    start: int
    ids: tuple[str, ...]
    text: str


def _named_in_full(bare: str, s: str, end: int) -> bool:
    """Whether ``s[:end]`` names ``bare`` (`示范区`) with words of its name before it (`综改示范区`)."""
    at = s.find(bare, 1, end)
    while at != -1:
        if "\u4e00" <= s[at - 1] <= "\u9fff":
            return True
        at = s.find(bare, at + 1, end)
    return False


class SubareaChecks:
    """The sub-area checks of a sentence; mixed into ``facts.sentence._SentenceLinker``."""

    s: str
    v: Vocabulary
    starts: list[int]

    # (and the linker's _strip_neutral, _names_the_region and _place_after)

    def _after_subarea_work_only(self, ci: int, alias: _Named) -> bool:
        """Whether the figure's clause, after a sentence opening on a sub-area's work alone (no figure, no goal:
        `县城新区框架进一步拉开，城镇化率达到53.2%`; or an own city's, `大同、长治等区域中心城市建设全面提速，
        城镇化率…`), gives one of the region's own rates or incomes, or a name of the whole society (`…等创新平台加快
        建设，全社会研发投入强度提高到3.7%`), naming no sub-area again (`新区常住人口城镇化率`, `带动园区周边农民
        人均纯收入`)."""
        if ci == 0 or len(self.starts) < 2 or not alias.ids or not (
                set(alias.ids) <= _SUBAREA_WORK_REGION_ONLY or alias.text.startswith(_WHOLE_SOCIETY)):
            return False
        own = self.s[: self.starts[1]]
        if _DIGIT.search(own) or cue_re("subarea_work_goal").search(own):
            return False
        return not any(w in self.s[self.starts[ci] : alias.start] for w in _SUBAREA_WORDS)

    def _subarea_figures_run(self, ci: int) -> bool:
        """Whether every clause between a sentence's opening on a sub-area's work and the figure's clause ``ci`` reports
        a figure of no indicator (`县经济开发区承载能力不断增强，全年实现主营业务收入210亿元，规模以上工业增加值增长
        24.6%`): the sub-area's figures run on to it (not its works, `太湖新城建设全面展开，新建城市道路38公里，城镇化率
        达到67.5%`)."""
        return ci >= 2 and all(
            _DIGIT.search(c := self.s[self.starts[k] : self.starts[k + 1]]) and self.v.alias_re.search(c) is None
            and self.v.subarea_reports_re.match(c.lstrip()) is not None for k in range(1, ci))

    def _reports_after(self, text: str, at: int) -> bool:
        """Whether a sub-area named at ``text[:at]`` reports (`实现`, `完成`, or a figure's name right after it), after
        more sub-areas listed with it (`锦州经济技术开发区、龙栖湾新区等重点园区完成…`)."""
        m = self.v.subarea_reports_re.search(text, at, at + _SUBAREA_LIST_MAX)
        if m is not None and self.v.subarea_list_tail_re.fullmatch(text, at, m.start()):
            return True
        return self.v.alias_re.match(text, at) is not None

    def _subarea_reported_before(self, ci: int, end: int, quantities: list[Quantity]) -> bool:
        """Whether a clause of the figure's item, at or before its own, opens on a sub-area that reports
        (`坚持把产业集聚区作为主阵地,曲梁产业集聚区完成固定资产投资126亿元,规模以上工业增加值增长28%`): the clauses
        after it are the sub-area's until the whole region is named again (`,全市…`) or the item ends (`;`). Not
        where the item gave figures before it (a list of the region's, `…增长12%,产业集聚区完成固定资产投资150亿元,
        一般公共预算收入增长10%`) nor a breakdown (`其中产业集聚区完成…`)."""
        for k in range(ci, 0, -1):
            clause = self.s[self.starts[k] : end].lstrip()
            m = self.v.subarea_clause_re.match(clause)
            if m is not None and m.group() in self.v.bare_subarea_words and not _named_in_full(m.group(), self.s,
                                                                                           self.starts[k]):
                m = None  # bare `示范区` is a sub-area only after its full name (`…综改示范区管委会挂牌运行,示范区…`)
            if m is not None and self._reports_after(clause, m.end()) \
                    and not self._names_the_region(m.group()) \
                    and (self._strip_neutral(m.group()) or self._place_after(clause, m.end())):
                item = max(self.s.rfind(c, 0, self.starts[k]) for c in _SEMI) + 1
                # (figures of the region's named before, not a count of works: `哈西地区新建商务楼宇5栋，哈西商圈实现…`)
                return not (self.v.whole_region_re.search(self.s, self.starts[k], end)
                            or any(item <= q.span.start < self.starts[k] and self.v.alias_re.search(
                                self.s, self.starts[max(0, bisect_right(self.starts, q.span.start) - 1)], q.span.start)
                                   for q in quantities))
            if self.s[self.starts[k] - 1] in _SEMI or clause.startswith(self.v.part_of_total):
                return False
        return False
