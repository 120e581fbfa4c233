"""One sentence of a report as the linker sees it: clauses, the indicator names in it, and the
section and passage it stands in; with the scope checks of a name (sub-areas, sectors, quoted names).
The gap check between a name and its figure reads it from ``facts.gap``."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from zhibiao.document import gazetteer
from zhibiao.document.periods import passage_at
from zhibiao.facts.cuefile import cue_re, facts_cues
from zhibiao.facts.neighbours import NeighbourChecks
from zhibiao.facts.regionwords import (
    LEVELS_ABOVE,
    SURE_REGION,
    _strip,
    bare_name,
    higher_words,
    in_autonomous_region,
    opening_division,
    short_name,
)
from zhibiao.facts.subareas import _WHOLE_SOCIETY, SubareaChecks
from zhibiao.facts.vocab import Vocabulary
from zhibiao.facts.yearnames import YEAR_WORD_RE
from zhibiao.model import Passage, Quantity, Report, Section

_SEVERAL_NAMED = tuple(facts_cues()["own_parts_several"])  # an opening on more than one own city, or a zone of them
_ZONE_REGION = cue_re("zone_region")  # `南京都市圈`: a zone across divisions, even named after the issuer
_DIGIT = re.compile(r"\d")

_SENTENCE_RE = re.compile(r"[^。！？!?\n]+")
# (not a thousands separator: `4,233.2亿元`)
# (and quotations set one after another, `“全市生产总值从…增加到5786亿元”“一般公共预算收入从…”`: one clause each)
_CLAUSE_SEP = re.compile(r"[，；;：:]|,(?!(?<=\d,)\d{3}(?!\d))|[”」』](?=[“「『])")
_PAREN_RE = re.compile(r"[(（][^()（）\n]{0,80}[)）]")
_SEMI = "；;"
_OPEN_QUOTES = ("“", "「", "『")  # a quotation opening right before a name: it starts there
_CLAUSE_BREAKS = "；;，,。"
_SAID_BEFORE_WINDOW = 60  # characters of the paragraph before a sentence where a short name's longer one may stand


@dataclass(slots=True)
class _Alias:
    start: int
    end: int
    ids: tuple[str, ...]
    text: str


@dataclass(slots=True)
class _Link:
    """A quantity with the subject it was linked to (if any)."""

    q: Quantity
    alias: _Alias | None = None
    ids: tuple[str, ...] = ()
    confidence: float = 1.0
    prev: Quantity | None = None  # the figure before it said of the same subject (`确保增长6%、力争6.5%`)
    text_start: int | None = None  # where the fact's text starts, when names before the subject share it
    shared: bool = False  # one figure said of the subjects of the clauses before (`…,均增长17%左右`)


_TRAILING_ASIDE = re.compile(r"\s*[(（][^()（）]{1,20}[)）]$")


def _mask_parens(s: str) -> str:
    """Same-length copy of ``s`` with short parentheticals blanked, so their commas split nothing."""
    if "(" not in s and "（" not in s:
        return s
    return _PAREN_RE.sub(lambda m: "_" * len(m.group()), s)


def _clause_starts(masked: str) -> list[int]:
    return [0, *[m.end() for m in _CLAUSE_SEP.finditer(masked)]]


def _clause_index(starts: list[int], pos: int) -> int:
    return max(0, bisect_right(starts, pos) - 1)


class _Sections:
    """Section lookups of one report, memoised per elementary interval between section bounds:
    no section starts or ends inside one, so every position in it has the same answers."""

    def __init__(self, report: Report) -> None:
        self.report = report
        bounds: set[int] = set()
        stack = list(report.sections)
        while stack:
            sec = stack.pop()
            bounds.add(sec.span.start)
            bounds.add(sec.span.end)
            stack.extend(sec.children)
        self.bounds = sorted(bounds)
        self._at: dict[int, Section | None] = {}
        self.passages = report.passages
        self.passage_starts = [p.span.start for p in report.passages]

    def at(self, pos: int) -> Section | None:
        """``report.section_at(pos)``."""
        i = bisect_right(self.bounds, pos)
        try:
            return self._at[i]
        except KeyError:
            found = self._at[i] = self.report.section_at(pos)
            return found

    def passage(self, pos: int) -> Passage | None:
        """The passage (years spoken of) holding ``pos``."""
        return passage_at(self.passages, self.passage_starts, pos)


class _SentenceLinker(NeighbourChecks, SubareaChecks):
    """Links the quantities of one sentence."""

    def __init__(self, vocab: Vocabulary, report: Report, sentence: str, offset: int,
                 sections: _Sections | None = None) -> None:
        self.v = vocab
        self.report = report
        self.s = sentence
        self.offset = offset
        self.masked = _mask_parens(sentence)
        self.starts = _clause_starts(self.masked)
        self.sections = sections if sections is not None else _Sections(report)
        self.section = self.sections.at(offset)  # sections start at line starts: one per sentence
        self.passage = self.sections.passage(offset)  # the passage the sentence opens in
        self._neighbours: bool | None = None  # whether the sentence opens on another division (lazy)
        self._neighbour_opening = ""  # the words the sentence opens on, where a neighbour may be named
        self._neighbour_speaks = False  # … and that division speaks (`贵州省人代会提出，…`)
        self._own_part: bool | None = None  # whether it opens on one of the region's own divisions (lazy)

    def stands_in(self, scopes: tuple[str, ...], kinds: tuple[str, ...]) -> bool:
        """Whether the sentence's passage is of one of ``scopes``, or, when no passage says, its section of
        one of ``kinds``."""
        if self.passage is not None and self.passage.scope != "unknown":
            return self.passage.scope in scopes
        return self.section is not None and self.section.kind in kinds

    def sets_targets(self) -> bool:
        """Whether the sentence stands among targets: a passage or section of the year's or the plan's."""
        return self.stands_in(("year_plan", "plan_goals"), ("targets", "tasks"))

    def aliases(self, quantities: list[Quantity]) -> list[_Alias]:
        """Indicator names in the sentence that are not inside a quantity expression."""
        hits = list(self.v.alias_re.finditer(self.s))
        elliptic = list(self.v.elliptic_re.finditer(self.s)) if self.v.elliptic_re is not None else []
        meta = self.report.meta
        local = [(ln.ids, m) for ln in self.v.local_names if ln.applies(meta.region_code, meta.level)
                 for m in ln.names_re.finditer(self.s)]  # `全年完成增加值1000.6亿元` in a Shanghai district's report
        if not hits and not elliptic and not local:
            return []  # most sentences name no indicator
        # sorted, disjoint; the names inside a task (`完成国家下达粮食…目标任务`) stay free: they are its subjects
        taken = [(q.span.start, q.extra.get("task_object") or q.span.end, _num_start(q)) for q in quantities]
        q_starts = [t[0] for t in taken]

        def overlapping(a: int, b: int) -> list[tuple[int, int, int]]:
            i = bisect_right(q_starts, a) - 1
            return [t for t in taken[max(0, i) : bisect_left(q_starts, b)] if t[0] < b and a < t[1]]

        def free(a: int, b: int) -> bool:
            return not overlapping(a, b)

        out: list[_Alias] = []
        removed = [m.span() for m in self.v.factor_removed_re.finditer(self.s)]

        def removed_factor(m: re.Match[str]) -> bool:
            return any(x <= m.start() and m.end() <= y for x, y in removed)

        for m in hits:
            a, b = m.start(), m.end()
            if removed_factor(m):
                continue  # `扣除物价因素,实际增长16.2%`: a factor taken out of the figure, not its subject
            if self.s.endswith(self.v.per_unit_words, 0, a):
                continue  # `单位生产总值二氧化碳排放`: the denominator of an intensity, not the indicator
            if self.masked[a] == "_":
                continue  # `(主要是二产、三产未达预期目标),增长2.0%`: a name in an aside is no subject
            if self.v.among_after_re.match(self.s, b):
                continue  # `规模以上工业中,10个重点传统制造业…增加值增长6.9%`: the whole a part is picked from
            if self.s.startswith("业", b) and m.group() in self.v.sector_short_names:
                continue  # `第二、三产业投资`: 三产 is the start of 三产业, a sector's investment
            if m.group() in self.v.sector_names and self.s.startswith(self.v.sector_other_nouns, b):
                continue  # `三产投资201亿元`: the sector's investment, not its value added
            if free(a, b):
                out.append(_Alias(a, b, self.v.alias_ids[self.v.alias_key(m)], m.group()))
                continue
            # a name that runs into a figure's leading verb (`经济增长6.5%左右`) ends where the figure starts
            lead = next(((s, ns) for s, e, ns in overlapping(a, b) if s < b <= ns and a < s), None)
            if lead is not None and free(a, lead[0]):
                out.append(_Alias(a, lead[0], self.v.alias_ids[self.v.alias_key(m)], m.group()))
        for ids, m in local:  # a local name inside a longer one (规模以上工业增加值) is that one's
            if removed_factor(m):
                continue
            if free(m.start(), m.end()) and not any(h.start() < m.end() and m.start() < h.end() for h in hits):
                out.append(_Alias(m.start(), m.end(), ids, m.group()))
        if elliptic:
            for m in elliptic:
                if not free(m.start(), m.end()) or any(a.start <= m.start() < a.end for a in out) or removed_factor(m):
                    continue  # (nor a short name inside a factor taken out: `扣除…项目投资基数较大因素`)
                ind_id, context, partners = self.v.elliptic_ids[m.group()]
                # the context said before it; an item after 、 (`总产值218亿元、增加值61亿元`) takes it from its
                # own clause (`…;高新技术产业总产值42.4亿元、增加值11亿元` is no longer 规模以上工业's), unless
                # that clause is a partner's of the same breakdown (`生产总值增长3.8%,其中,第一产业增长3.7%、
                # 服务业增长2.9%`)
                head = self.s[: m.start()].rstrip()
                if head.endswith("、"):
                    own = head[max(head.rfind(c) for c in _CLAUSE_BREAKS) + 1 :]
                    if not any(p in own for p in partners):
                        head = own
                among = self.v.among_after_re
                alone = (m.group() in self.v.elliptic_opening and not head
                         and self.v.elliptic_opening_after_re.match(self.s, m.end()) is not None
                         and not self._said_just_before(m.group()))
                said = any(not among.match(head, x.end()) for c in context for x in re.finditer(re.escape(c), head))
                if alone or said:
                    # (or alone, opening its sentence right before its growth figure: `…。投资增长8%`)
                    # (not a context a part is picked from: `规模以上工业中,10个重点传统制造业…,增加值…`)
                    # a name inside it (地区生产总值 in 占地区生产总值比重) is part of the short name
                    out = [a for a in out if not (m.start() <= a.start and a.end <= m.end())]
                    out.append(_Alias(m.start(), m.end(), (ind_id,), m.group()))
        out.sort(key=lambda a: a.start)
        return out

    def _said_just_before(self, name: str) -> bool:
        """Whether ``name`` stands in the paragraph's text just before the sentence (`房地产开发投资完成80亿元。
        投资增长4.5%`: the short name opening the sentence is that longer one's), or projects, works or a zone do
        (`竣工亿元以上项目282个。投资增长70%以上`: theirs)."""
        text = self.report.text
        start = max(text.rfind("\n", 0, self.offset) + 1, self.offset - _SAID_BEFORE_WINDOW)
        before = text[start : self.offset]
        return name in before or any(w in before for w in self.v.elliptic_opening_not_after)

    def in_scope(self, alias: _Alias, quantities: list[Quantity]) -> bool:
        """False when the name is qualified by a sub-area, sector or project before it."""
        ci = _clause_index(self.starts, alias.start)
        cs = self.starts[ci]
        # (a figure right before the name ends an item whose separator a scrape lost: `社消零总额增长11%以上进出口总额
        # 增长30%以上`, the 以上 is the figure's, no scope of the name after it; but a bare amount there is a threshold
        # of the name, `5000万元以上进出口总额`)
        # (a figure's, not a comparison's in words: `低于全省生产总值增长7.6%的增速` keeps its 全省 a scope)
        cs = max([cs, *(q.span.end for q in quantities if q.span.end == alias.start and cs <= q.span.start
                        and q.value is not None and (q.unit == "%" or q.direction != "none"))])
        residue = self.s[cs : alias.start].strip()
        year_start = residue.startswith("年初") \
            and cue_re("year_start_target_after").match(self.s, alias.end) is not None
        if year_start:  # `年初全市生产总值增长目标为7%`: the year's start is when the target was set, no scope
            residue = residue.removeprefix("年初")
        if residue.endswith(_OPEN_QUOTES):
            residue = residue[:-1].rstrip()  # `报告将“生产总值增长5.5%左右”列入…目标`: the quote mark is no scope
        # (nor one opening the clause: `“全市生产总值从3875亿元增加到5786亿元”`, a write-up quoting the report)
        residue = residue.lstrip("".join(_OPEN_QUOTES)).lstrip()
        region = self.report.meta.region or ""
        opening = residue
        while (after := _strip(self.v.prefix_re, opening)) != opening:
            opening = after  # `其中,南京预计实现`: the words before the name, scope-neutral ones off its head
        opening = self._without_part(opening)  # `1—11月全市进出口总额…`: a part of the year is no scope (nor in
        # ``_strip_neutral``)
        if self.above_own_level(residue) or self._nation_said(residue, alias.text) or self._above_said(residue):
            return False  # `全国国内生产总值增长7.7%`, `全省生产总值增长9.1%` in a county's review: that region's
        residue = self._strip_neutral(residue)
        whole = list(self.v.whole_region_re.finditer(residue))
        if whole and not residue[whole[-1].end() :].strip() \
                and residue[: whole[-1].start()].rstrip().endswith(self.v.drive_words):
            residue = ""  # `项目建设带动全市固定资产投资增长11.6%`: the whole region's, driven by the projects
        elif residue.endswith(self.v.contribution_words):
            return False  # `固定资产投资拉动GDP增长6.5%`: investment's share of the growth, not GDP's own
        elif residue.endswith(self.v.cut_words):
            return False  # `减税减少一般公共预算收入1.3亿元`: what the tax cuts took off, not the revenue
        if residue.endswith(("”", "」", "\"", "’")):
            return False  # `“新三样”出口`: a quoted name qualifies the indicator
        tail = self.v.scope_tail_re.search(residue)  # `产业集聚区将完成`: the sub-area before its verbs
        if tail and any(w in tail.group(1) for w in self.v.scope_tail_times) and (
                residue[: tail.start(1)] in self.v.bare_subarea_words
                or not residue[: tail.start(1)].endswith(self.v.scope_time_places)
                or self.v.whole_region_re.sub("", residue[: tail.start(1)]).strip() in self.v.scope_time_not_places
                or self.v.own_region_start_re.match(residue)):
            # (`新区今年…` in 黄岛区's report: the region by its own zone's word; `全地区去年…`, `深圳经济特区今年…`:
            # the region itself; only a named zone of a sub-area's kind before the year is one, `…片区今年`)
            tail = None
        core = residue[: tail.start(1)] if tail else residue
        core = _TRAILING_ASIDE.sub("", core)  # `江门高新区（江海区）规上工业总产值`: the zone's other name, an aside
        own_budget = core.endswith(self.v.own_level_words) and set(alias.ids) <= self.v.own_level_indicators
        # (the whole region's own area, `全市区域完成固定资产投资…`, `我县区域…`: no sub-area)
        raw = self.s[cs : alias.start].strip()
        own_area = core in self.v.bare_subarea_words and (w := self.v.whole_region_re.search(raw)) is not None \
            and raw[w.end() :].startswith(core)
        if core and self.v.scope_suffix_re.search(core) and not self._names_the_region(core) and not own_budget \
                and not self._own_list_item(core) and not own_area:
            return False  # (`区本级一般公共预算收入`: the district's own budget is its headline revenue)
        if core and self.v.macro_region_re.search(core) and not self._names_the_region(core):
            return False  # `珠三角地区生产总值增长8.4%`: a part of the province by its position
        first = self.v.alias_re.search(self.s, cs, alias.start) if "、" in self.s[cs : alias.start] else None
        if first is not None and "、" in self.s[first.end() : alias.start] \
                and (head := self.s[cs : first.start()].strip()) \
                and self.v.macro_region_re.search(head.removesuffix("地区")) \
                and not self._names_the_region(head):
            return False  # (`粤东西北地区固定资产投资增长20.2%、地区生产总值增长8.3%`: the part's list goes on)
        if _ZONE_REGION.search(raw):
            return False  # `南京都市圈地区生产总值达到4万亿元` in 南京's report: a zone larger than the issuer
        if core.endswith(self.v.counties_words) and self.report.meta.level in ("prefecture", "province"):
            return False  # `县域地区生产总值增长10%以上` in a city's report: its counties
        if opening and self._another_region_first(_strip(cue_re("neighbour_lead"), opening)):
            return False  # `其中,南京预计实现地区生产总值…` in 镇江's write-up, `邻省甘肃…`: a neighbour's figure
        if ci > 0 and self._neighbours_sentence() and not self._speaker_back(alias.start) and (
                self._neighbour_speaking() or (
                not self._own_whole_named(self.s[cs : alias.start])
                and not any(self._own_whole_opens(self.s[c:]) for c in self.starts[1 : ci + 1])
                and not self._own_item_after(cs)
                and not self._own_parts_work_first(ci, cs, alias))):
            return False  # `2022年郑州全市生产总值预计增长2%左右,规模以上工业增加值增长3.5%`: all the neighbour's
        if self._higher_list_before(alias.start):
            return False  # `…，2023年全省地区生产总值增长6%左右，一般公共预算收入增长6%`: the province's list goes on
        if alias.text in self.v.strict_aliases:
            # the words since the last item break (、 or a figure) must be scope-neutral
            tail_start = _after_figures(cs, alias, quantities)
            # joined by a list joiner to the figure or another name before it (`实际利用外资和进出口总额均增长10%`)
            ends = [tail_start, *(m.end() for m in self.v.alias_re.finditer(self.s, tail_start, alias.start))]
            if any(self.v.list_sep_re.match(self.s[e : alias.start]) for e in ends):
                tail_start = alias.start
            tail = self.s[tail_start : alias.start]
            tail = tail[tail.rfind("、") + 1 :].strip()
            if tail.endswith(_OPEN_QUOTES):
                tail = tail[:-1].rstrip()
            tail = tail.lstrip("".join(_OPEN_QUOTES)).lstrip()  # (`“全市生产总值…”`: a quotation opening the clause)
            tail = tail.lstrip("】]").lstrip()  # (`【3.1%】全省生产总值预计增长3.1%`: a 数读's key figure before it)
            said = max(tail.rfind(w) for w in self.v.report_said_words)  # `该省满怀信心提出今年全省…`
            tail = tail[said:] if said > 0 else tail
            if self._strip_neutral(tail.removeprefix("年初") if year_start else tail):
                return False
        opening = self.s.strip()
        if (m := self.v.subarea_re.match(opening)) is not None and not opening.startswith(region or "\0") \
                and not self._names_the_region(m.group()) and (
                    self._strip_neutral(m.group()) or self._place_after(opening, m.end())):
            # (not `滨海新区区长…指出` in 天津市滨海新区's write-up, nor `2015年新区经济运行…` in 浦东新区's: the
            # region's own, unless a place follows it, `2015年新区陆家嘴金融贸易区实现…`)
            # a sentence opening on a sub-area that reports (`天易经开区实现…;完成地区生产总值430亿元;规模工业
            # 总产值790亿元`): all its clauses are the sub-area's until one names the whole region again
            # (`,全区实现…`); one that opens on a sub-area's work (`综合保税区申建…有序推进,…全年完成
            # 进出口总额44.9亿元`) only its first two
            reports = self._reports_after(opening, m.end())
            w = self.v.whole_region_re.match(self.s[self.starts[ci] :].lstrip()) if ci > 0 else None
            whole_opens = w is not None and self.own_whole(w.group())  # (not 全区 in a county's: the zone's own)
            own_work_only = not reports and self._after_subarea_work_only(ci, alias)
            if not whole_opens and ((ci <= 1 and not own_work_only)
                                    or ((reports or (self._subarea_figures_run(ci) and not (
                                        alias.ids and set(alias.ids) <= self.v.region_only)))
                                        and not self.v.whole_region_re.search(self.s, 0, alias.start))):
                return False  # (`经开区实现…,全县地区生产总值增长9%`: the clause opening on the whole is the region's)
        item = max(self.s.rfind(c, 0, alias.start) for c in _SEMI) + 1
        if ci > 0 and self.starts[ci] > item and self.report.meta.level == "province" \
                and (mo := self.v.macro_opening_re.match(self.s, item)) is not None \
                and not self._names_the_region(mo.group().strip()) \
                and not self.v.whole_region_re.search(self.s, mo.end(), alias.start):
            return False  # `关中地区依托…优势，地区生产总值增长13.5%`: the part's, until the whole is named
        if alias.ids and set(alias.ids) <= self.v.region_only:
            return True  # (no sub-area's run from a later clause takes the region's jobs, incomes or prices)
        return not (self._subarea_reported_before(ci, alias.start, quantities)
                    or self._division_reported_before(ci, alias.start)
                    or self._higher_whole_before(ci, alias, quantities, cs))

    def _region_named_in(self, words: str) -> bool:
        """Whether ``words`` name the report's own region (`历下区`, `鄞州`): its clause is its own again."""
        region = self.report.meta.region or ""
        return any(n and n in words for n in (region, short_name(region), bare_name(region)))

    def _higher_whole_before(self, ci: int, alias: _Alias, quantities: list[Quantity], cs: int) -> bool:
        """Whether an earlier clause of the figure's item, or its own clause before it, gives a figure of the whole of a
        region above the report's (`全市地区生产总值预计突破7800亿元，一般公共预算收入超过800亿元` in a district's
        report): the names after it with no subject of their own are that region's too, until the region's own whole
        is named again or the item ends."""
        # (the words since the last figure or list mark: none but scope-neutral ones, and not the region's own name)
        tail = self.s[_after_figures(cs, alias, quantities) : alias.start]
        tail = tail[tail.rfind("、") + 1 :].strip()
        if self._strip_neutral(tail) or self._region_named_in(tail):
            return False
        end = alias.start
        for k in range(ci, -1, -1):  # (the figure's own clause too: `全市地区生产总值增长8%左右、规模以上工业…`)
            if k < ci and self.s[self.starts[k + 1] - 1] in _SEMI:
                return False
            a = self.v.alias_re.search(self.s, self.starts[k], end if k == ci else self.starts[k + 1])
            if a is None and k == ci:
                continue
            if a is not None:
                residue = self.s[self.starts[k] : a.start()].strip()
                # (not a target weighed against in its own clause, `对照全省生产总值增长8%的目标，建议今年生产总值…`:
                # the clauses after it are the region's)
                # (nor past the region's own voice after it, `…，我们确定地区生产总值增长8%`)
                return self.above_own_level(residue) and not cue_re("benchmark_lead").search(residue) and not any(
                    self.own_whole(w.group()) for w in self.v.whole_region_re.finditer(self.s, a.end(), end)) \
                    and (k == ci or cue_re("speaker_again").search(self.s, self.starts[k + 1] - 1, end) is None)
        return False

    def _own_parts_work_first(self, ci: int, cs: int, alias: _Alias) -> bool:
        """Whether the sentence opens on several of the region's own cities or a zone of them doing work with no figure
        nor name of an indicator (`太原都市圈和大同、长治等区域中心城市建设全面提速，`), the figure's clause then the
        region's own rate or a 全社会 name naming no other whole (not one city's, `太原市加快建设，全市城镇化率…`)."""
        first = self.s[: self.starts[1]] if len(self.starts) > 1 else self.s
        several = any(w in first for w in _SEVERAL_NAMED) or alias.text.startswith(_WHOLE_SOCIETY)  # (or 全社会…)
        return self._own_part_first() and first.rstrip().endswith(("，", ",")) \
            and several and self.v.alias_re.search(first) is None \
            and all(self.own_whole(w.group()) for w in self.v.whole_region_re.finditer(self.s, cs, alias.start)) \
            and self._after_subarea_work_only(ci, alias)

    def _division_reported_before(self, ci: int, end: int) -> bool:
        """Whether an earlier clause of the figure's item opens on another division by its full name and says the goals
        it set (`…,卫辉市提出的目标是:GDP增速15%,固定资产投资增速28%` in 新乡's paper): the clauses after it are that
        division's until the region itself is named again or the item ends (not a division above the report's, nor one
        named with a figure of its own or for work done with it, `与郑州市共建…`, whose next clause is the region's
        again; nor past the speaker's own voice, `…,我们奋起直追,全年地区生产总值增长8%`; the opening clause is
        ``_neighbours_sentence``'s)."""
        for k in range(ci - 1, 0, -1):
            if self.s[self.starts[k + 1] - 1] in _SEMI:
                return False
            clause = self.s[self.starts[k] : self.starts[k + 1] - 1].strip()
            if cue_re("division_goal_said").search(clause) is None:
                continue
            clause = _strip(self.v.prefix_re, clause)
            if self._another_region_first(clause, counties=False) and not self._above_first(clause):
                return not (self.v.whole_region_re.search(self.s, self.starts[k], end)
                            or self._region_named_in(self.s[self.starts[k + 1] : end])  # (`新乡` for 新乡市 too)
                            or cue_re("speaker_again").search(self.s, self.starts[k + 1], end) is not None)
        return False

    def _above_first(self, clause: str) -> bool:
        """Whether ``clause`` opens on a division of a level above the report's (`新乡市下达的…`, `天津港…`)."""
        m, _full = opening_division(clause)
        above = LEVELS_ABOVE.get(self.report.meta.level or "", ())
        return m is not None and any(
            c.level in above for c in gazetteer.load().candidates(m.name, self.report.meta.report_year, short=True))

    def passage_at(self, pos: int) -> Passage | None:
        """The passage holding ``pos`` of the sentence: its own, or one a clause of it opened (`去年…,今年…`)."""
        return self.sections.passage(self.offset + pos)

    def _place_after(self, opening: str, at: int) -> bool:
        """Whether a place stands at ``at``, after the region's own type word (`2015年新区陆家嘴金融贸易区实现…`,
        `新区金桥经济技术开发区规模以上工业总产值…`): a sub-area of the region; not an indicator's name itself."""
        if self.v.alias_re.match(opening, at):
            return False
        p = cue_re("own_type_then_place").match(opening, at)
        return p is not None and bool(cue_re("own_type_place_end").match(opening, p.end())
                                      or self.v.alias_re.match(opening, p.end()))

    def own_whole(self, words: str) -> bool:
        """Whether ``words`` are the region's own whole (`全县`, `我县`, `本县` in a county's report; not `全区` in a
        city's, its autonomous region's, nor `全州` in a county's)."""
        short = short_name(self.report.meta.region or "")
        return bool(short) and self.v.whole_region_re.fullmatch(words) is not None and words[-1] == short[-1]

    def _above_said(self, residue: str) -> bool:
        """Whether a body of the level above says the figure with no whole named (`省里提出生产总值增长10%` in a
        county-level city's report); not that level's own report, nor a county-level city's own 市委."""
        m = cue_re("higher_body_said").match(residue)
        meta = self.report.meta
        if m is None or meta.region_source not in SURE_REGION:
            return False
        if m.group("province"):
            return meta.level in ("prefecture", "county")
        return meta.level == "county" and not short_name(meta.region or "").endswith("市")

    def _nation_said(self, residue: str, name: str) -> bool:
        """Whether the nation's body says the figure of the nation's own name with no whole named (`国家提出今年国内
        生产总值增长8%左右`, or a clause of a sentence the body opens: `中央经济工作会议把…作为首要任务，提出今年国内
        生产总值增长8%左右`); never a name the region's figures go by (`…，我市地区生产总值增长5.5%左右`)."""
        if self.report.meta.level in (None, "national") or facts_cues()["nation_own_name"] not in name or (
                residue and cue_re("national_said").match(residue) is None):
            return False
        if residue and cue_re("national_body").match(residue):
            return True
        # (or a later clause of the list it says, its name alone: `…，单位国内生产总值能源消耗降低4%左右`)
        first = _strip(self.v.prefix_re, self.s[: self.starts[1]] if len(self.starts) > 1 else self.s)
        return cue_re("national_body").match(first) is not None and (
            bool(residue) or cue_re("national_said_in").search(first) is not None)

    def above_own_level(self, residue: str) -> bool:
        """Whether ``residue`` (the words before a name in its clause) is the whole of a region above the report's own
        (`全国`, `全省` in a county's report) with nothing but scope-neutral words around it: the subject, not a
        field or a benchmark (`全县在全省率先`, `成为全省第三个`, `受全国减税降费政策影响`, `健全市场化机制`).
        Only where the region is read from the title or told (a write-up's region guessed from its body may be a
        level too low: its province's figures stay), but for the nation's."""
        meta = self.report.meta
        # (the nation is above any region whatever its level: `全国生产总值增长8.1%，我省增长6.9%` under a title
        # naming no region, the region read from the session under it)
        words = higher_words(meta.level, short_name(meta.region or "").endswith("市"),
                             in_autonomous_region(meta.region, meta.region_code)) \
            if meta.region_source in SURE_REGION else higher_words("province", False) \
            if meta.region and meta.level not in (None, "national") else ()
        own = short_name(meta.region or "")
        words = tuple(w for w in words if not own.startswith(w))  # (`全州` in 全州县's report: its own name)
        at, w = max(((residue.rfind(w), w) for w in words), default=(-1, ""))
        # (a benchmark's comparison before it is no scope either: `高于全省一般公共预算收入增长7%的增速`)
        before = cue_re("benchmark_before").sub("", residue[:at].strip())
        before = cue_re("higher_said_before").sub("", before)  # (`国家提出全国经济增长…`: the nation's own)
        after = cue_re("higher_said_after").sub("", residue[at + len(w) :].strip())  # (`全省提出了`: its own targets)
        return at >= 0 and not _strip(self.v.prefix_re, before) and not _strip(self.v.prefix_re, after)

    def _without_part(self, text: str) -> str:
        """``text`` less a part of the year opening it, after its year if any (`2018年1—11月全市…` -> `全市…`)."""
        year = YEAR_WORD_RE.match(text)  # (a year opening it, before a part of it: `2018年1—11月`)
        at, cut = (year.end() if year else 0), None
        while (part := self.v.sub_period_re.match(text, at)) is not None:  # (a list of them: `上半年、前三季度全市…`)
            cut = at = part.end()
            at += len(text[at:]) - len(text[at:].lstrip("、和及，, "))
        return text[cut:].lstrip() if cut is not None else text

    def _strip_neutral(self, residue: str) -> str:
        """``residue`` less scope-neutral words and the report's own region name, wherever they stand
        (`2024年天津市全市` -> ``; a news write-up's `临沂` for 临沂市 too; `与去年的政府工作报告提出的`,
        last year's report quoted, too)."""
        region = self.report.meta.region or ""
        residue = self._without_part(residue)  # `1—11月全市进出口总额…`: a part of the year is no scope
        short = short_name(region)
        names = [n for n in (region, short, bare_name(region)) if n]
        names += [w for w in self.v.own_type_words if short.endswith(w) and len(short) > len(w)]  # `新区` for 浦东新区
        cut = max(residue.rfind(w) for w in _STATEMENT_OPENERS)
        if cut > 0 and not self.v.scope_suffix_re.search(residue, 0, cut):
            # `…取得新成效预计全年实现生产总值`: a heading run into its paragraph (a PDF line lost); but not a
            # sub-area the statement is of (`新区预计实现地区生产总值1703亿元` in 大连's write-up)
            residue = residue[cut:]
        said = max(residue.rfind(w) + len(w) if w in residue else -1 for w in self.v.report_said_words)
        if said > 0 and not self.v.scope_suffix_re.search(residue[: said - 2]):
            residue = residue[said:]  # `董军提出今年西安市…`: who said it is no scope (a sub-area that did is)
        m = self.v.prior_report_re.search(residue)
        if m is not None:
            residue = residue[: m.start()] + residue[m.end() :].removeprefix("的")
        while True:
            before = residue
            residue = _strip(self.v.prefix_re, residue)
            # (the target a plan aims at: `围绕郑州市地区生产总值增长7%左右目标`, `锚定全市…`)
            residue = next((residue[len(w) :] for w in self.v.aim_words if residue.startswith(w)), residue)
            for name in names:
                if residue.startswith(name):
                    residue = residue[len(name) :]
            if residue == before:
                return residue

    def _own_list_item(self, core: str) -> bool:
        """Whether ``core`` ends on a list item named by the region's own name or level word, after items of no
        scope (`财政总收入、市一般公共预算收入…分别达1569亿元、545亿元` in 东莞's report: the city's own revenue)."""
        head, sep, item = core.rpartition("、")
        return bool(sep) and bool(item) and self._names_the_region(item) \
            and not self.v.scope_suffix_re.search(head.rstrip())

    def _names_the_region(self, name: str) -> bool:
        """Whether ``name`` (`天津市`, `安居区`) is the report's own region, or a real division name
        in a report whose region is unknown (rather than a sub-area of the region)."""
        region = self.report.meta.region
        if region:
            if name in (region, short_name(region)) or region.endswith(name):
                return True
            # `维西县` for 维西傈僳族自治县: its short name with the level word
            code = self.report.meta.region_code
            d = gazetteer.load().by_code(code) if code else None
            return d is not None and len(d.short_name) >= 2 and name in (d.short_name, d.short_name + d.name[-1])
        return bool(gazetteer.load().candidates(name))




# words that open a statement of results: what stands before them is no scope of the name after
_STATEMENT_OPENERS = ("预计", "初步核算", "初步统计", "初步测算", "据统计")


def _after_figures(cs: int, alias: _Alias, quantities: list[Quantity]) -> int:
    """Where the words before a name start after the figures before it in its clause (from ``cs``)."""
    return max([cs, *(q.span.end for q in quantities if q.span.end <= alias.start)])


def _num_start(q: Quantity) -> int:
    """Where the number of ``q`` starts (its span may open with cue words: `计划710亿元`)."""
    ns = q.extra.get("num_span")
    return ns.start if ns is not None else q.span.start
