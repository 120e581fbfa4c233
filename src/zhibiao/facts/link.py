"""Link the quantities of a report to indicators, roles, periods and measures.

The unit of work is a sentence (up to 。！？ or a line end); inside it, clauses (split at
，,；;：: outside parentheses) each have at most one subject. A quantity's subject is the
nearest indicator name before it in its clause, or, when its clause opens with a verb
(`,增长6.7%`), the subject of the previous clause. Scope rules keep sub-areas, sectors and
projects out of the headline facts; they stay as mentions.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from zhibiao import quantity as qty
from zhibiao.document import gazetteer
from zhibiao.document.periods import passage_at
from zhibiao.facts.commitment import commitment
from zhibiao.facts.vocab import Vocabulary, load
from zhibiao.facts.when import When, role_and_period
from zhibiao.model import Fact, Mention, Passage, Quantity, Report, Role, Section, Span
from zhibiao.quantity.grammar import trusted_span
from zhibiao.quantity.units import to_base

_SENTENCE_RE = re.compile(r"[^。！？!?\n]+")
_CLAUSE_SEP = re.compile(r"[，,；;：:]")
_PAREN_RE = re.compile(r"[(（][^()（）\n]{0,80}[)）]")
_SEMI = "；;"


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


def _mask_parens(s: str) -> str:
    """Same-length copy of ``s`` with short parentheticals blanked, so their commas split nothing."""
    if "(" not in s and "（" not in s:
        return s
    return _PAREN_RE.sub(lambda m: "_" * len(m.group()), s)


def _clause_starts(masked: str) -> list[int]:
    return [0, *[m.end() for m in _CLAUSE_SEP.finditer(masked)]]


def _clause_index(starts: list[int], pos: int) -> int:
    return max(0, bisect_right(starts, pos) - 1)


def _strip(pattern: re.Pattern[str], s: str) -> str:
    m = pattern.match(s)
    return s[m.end() :] if m else s


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


class _SentenceLinker:
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
        self.passage = self.sections.passage(offset)  # passages start at sentence starts

    def aliases(self, quantities: list[Quantity]) -> list[_Alias]:
        """Indicator names in the sentence that are not inside a quantity expression."""
        hits = list(self.v.alias_re.finditer(self.s))
        elliptic = list(self.v.elliptic_re.finditer(self.s)) if self.v.elliptic_re is not None else []
        if not hits and not elliptic:
            return []  # most sentences name no indicator
        taken = [(q.span.start, q.span.end, _num_start(q)) for q in quantities]  # sorted, disjoint
        q_starts = [t[0] for t in taken]

        def overlapping(a: int, b: int) -> list[tuple[int, int, int]]:
            i = bisect_right(q_starts, a) - 1
            return [t for t in taken[max(0, i) : bisect_left(q_starts, b)] if t[0] < b and a < t[1]]

        def free(a: int, b: int) -> bool:
            return not overlapping(a, b)

        out: list[_Alias] = []
        for m in hits:
            a, b = m.start(), m.end()
            if free(a, b):
                out.append(_Alias(a, b, self.v.alias_ids[self._key(m)], m.group()))
                continue
            # a name that runs into a figure's leading verb (`经济增长6.5%左右`) ends where the figure starts
            lead = next(((s, ns) for s, e, ns in overlapping(a, b) if s < b <= ns and a < s), None)
            if lead is not None and free(a, lead[0]):
                out.append(_Alias(a, lead[0], self.v.alias_ids[self._key(m)], m.group()))
        if elliptic:
            for m in elliptic:
                if not free(m.start(), m.end()) or any(a.start <= m.start() < a.end for a in out):
                    continue
                ind_id, context = self.v.elliptic_ids[m.group()]
                if any(c in self.s[: m.start()] for c in context):
                    out.append(_Alias(m.start(), m.end(), (ind_id,), m.group()))
        out.sort(key=lambda a: a.start)
        return out

    def _key(self, m: re.Match[str]) -> str:
        if m.lastgroup is not None:  # a pattern alias: its group is named p<i>
            return f"\0pattern{m.lastgroup[1:]}"
        text = m.group()
        if text in self.v.alias_ids:
            return text
        for k in self.v.alias_ids:  # case-insensitive match (GDP, gdp)
            if k.lower() == text.lower():
                return k
        return text

    def in_scope(self, alias: _Alias, quantities: list[Quantity]) -> bool:
        """False when the name is qualified by a sub-area, sector or project before it."""
        ci = _clause_index(self.starts, alias.start)
        cs = self.starts[ci]
        residue = self.s[cs : alias.start].strip()
        region = self.report.meta.region or ""
        residue = self._strip_neutral(residue)
        if residue.endswith(("”", "」", "\"", "’")):
            return False  # `“新三样”出口`: a quoted name qualifies the indicator
        if residue and self.v.scope_suffix_re.search(residue) and not self._names_the_region(residue):
            return False
        if alias.text in self.v.strict_aliases:
            # the words since the last item break (、 or a figure) must be scope-neutral
            tail_start = max([cs, *(q.span.end for q in quantities if q.span.end <= alias.start)])
            tail = self.s[tail_start : alias.start]
            tail = tail[tail.rfind("、") + 1 :].strip()
            if self._strip_neutral(tail):
                return False
        if ci <= 1 and self.v.subarea_re.match(self.s.strip()) and not self.s.strip().startswith(region or "\0"):
            return False
        return True

    def _strip_neutral(self, residue: str) -> str:
        """``residue`` less scope-neutral words and the report's own region name, wherever they stand
        (`2024年天津市全市` -> ``)."""
        region = self.report.meta.region or ""
        names = [n for n in (region, _short(region)) if n]
        while True:
            before = residue
            residue = _strip(self.v.prefix_re, residue)
            for name in names:
                if residue.startswith(name):
                    residue = residue[len(name) :]
            if residue == before:
                return residue

    def _names_the_region(self, name: str) -> bool:
        """Whether ``name`` (`天津市`, `安居区`) is the report's own region, or a real division name
        in a report whose region is unknown (rather than a sub-area of the region)."""
        region = self.report.meta.region
        if region:
            return name in (region, _short(region)) or region.endswith(name)
        return bool(gazetteer.load().candidates(name))

    def gap_ok(self, alias_end: int, q: Quantity, same_subject: list[Quantity]) -> tuple[bool, float]:
        """Whether the text between a name and a quantity keeps the name as its subject."""
        gap = self.s[alias_end : q.span.start]
        for other in same_subject:  # `总额44.9亿元、同比增长21.6%`: earlier figures of the same subject
            if alias_end <= other.span.start and other.span.end <= q.span.start:
                gap = gap.replace(self.s[other.span.start : other.span.end], "")
        if "连续" in gap:
            return False, 0.0  # `增速连续7个季度高于全国`: a streak, not this year's figure
        gap = self.v.skip_re.sub("", gap)
        rest = _strip(self.v.filler_re, gap.strip())
        if not rest:
            return True, 1.0
        if len(rest) <= 2 and not _CLAUSE_SEP.search(rest):
            return True, 0.7
        return False, 0.0


@lru_cache(maxsize=256)
def _short(region: str) -> str:
    """`遂宁市安居区` -> `安居区`: the last division name of a full region name."""
    m = re.search(r"[^省市州盟地区县旗]+(?:区|县|市|旗)$", region)
    return m.group() if m else region


def _decide_measure(v: Vocabulary, ind_id: str, measures: frozenset[str], units: frozenset[str], q: Quantity,
                    prev: Quantity | None = None, prior: bool = False) -> str | None:
    """The spec's measure for quantity ``q`` said of an indicator, or None when it cannot be one.

    ``prev`` is the figure said just before of the same subject: a bare `力争6.5%` after
    `确保增长6%` is growth too. A quoted prior target (`年初预期目标(6.5%)`) takes the
    indicator's own measure for a percentage.
    """
    if q.qualifier == "qualitative":
        if q.extra.get("task"):  # `城镇新增就业超额完成全年任务`: the level (or rate) set, else its change
            return next((m for m in ("level", "rate", "growth") if m in measures), None)
        return "growth" if "growth" in measures else None
    unit = q.unit
    if unit == "pp":
        return "change_pp" if "change_pp" in measures else None
    if unit == "%":
        reach = bool(v.reach_re.search(q.raw))
        moving = q.direction in ("up", "down", "flat") or q.measure_hint == "growth"
        if not moving and not reach and prev is not None and prev.unit == "%" and q.extra.get("verb") is None:
            moving = prev.direction in ("up", "down", "flat") and not v.reach_re.search(prev.raw)
        if prior and not reach and q.direction == "none":
            return "growth" if "growth" in measures else ("rate" if "rate" in measures else None)
        if ind_id == "cpi" and not moving and q.value is not None and q.value >= 80:
            return "index"
        if moving and not reach:
            return "growth" if "growth" in measures else None
        if "rate" in measures:
            return "rate"
        return None
    kind = q.extra.get("kind")
    if kind and kind in units and "level" in measures:
        if q.direction in ("up", "down") and not v.reach_re.search(q.raw) and not q.extra.get("comparison"):
            return None  # `净增110.8亿元`, `增加1000人`: a change of a level, not the level
        return "level"
    return None


def _signed(q: Quantity, prev: Quantity | None, measure: str) -> tuple:
    """Value and high end, negated for a verb-less figure that continues a fall (`下降3%、力争3.5%`)."""
    v, hi = q.value, q.value_high
    if (measure == "growth" and prev is not None and prev.direction == "down" and q.direction == "none"
            and q.extra.get("verb") is None and v is not None and v > 0):
        v = -v
        hi = -hi if hi is not None else None
        if hi is not None:
            v, hi = hi, v
    return v, hi


def _compatible(v: Vocabulary, ids: tuple[str, ...], q: Quantity, prev: Quantity | None) -> bool:
    return any(
        _decide_measure(v, i, v.indicators[i].measures, v.indicators[i].units, q, prev, prior=True) is not None
        or _decide_measure(v, i, v.indicators[i].measures, v.indicators[i].units, q, prev) is not None
        for i in ids
    )


def link_report(report: Report, vocab: Vocabulary | None = None) -> tuple[list[Fact], list[Mention]]:
    """All facts and mentions of one report."""
    v = vocab or load()
    facts: list[Fact] = []
    mentions: list[Mention] = []
    seen: set[tuple] = set()
    n = len(report.text)
    # junk lines (report-relative) that overlap the report: only these can hold a sentence start
    junk = [(j.start - report.offset, j.end - report.offset) for j in report.doc.junk
            if j.start - report.offset < n and j.end - report.offset > 0]
    sections = _Sections(report)
    text = report.text
    for m in _SENTENCE_RE.finditer(text):
        s_off = m.start()
        if not qty.may_hold(text, s_off, m.end()):
            continue  # no figure can stand in it
        if junk and any(a <= s_off < b for a, b in junk):
            continue
        sentence = m.group()
        quantities = qty.scan(sentence)
        if not quantities:
            continue
        _link_sentence(v, report, sentence, s_off, quantities, facts, mentions, seen, sections)
    numeric = {(f.indicator, f.role, f.period, f.measure) for f in facts if f.qualifier != "qualitative"}
    if numeric:  # `…等主要指标增速均高于全国平均水平` says nothing an indicator's own figure does not
        facts = [f for f in facts if f.qualifier != "qualitative" or (f.indicator, f.role, f.period, f.measure)
                 not in numeric]  # fmt: skip
    return facts, mentions




def _memberships(v: Vocabulary, sentence: str, quantities: list[Quantity]) -> dict[int, tuple[object, int, int]]:
    """Quantity index -> (group id, index in group, group size) for `分别` groups and for value
    lists without `分别` (`分别达到39098元、16340元,增长4.7%、5.1%`: the second list repeats the
    first's subjects). A list is a run of figures joined only by 、/和/及 whose later members
    have no verb of their own."""
    out: dict[int, tuple[object, int, int]] = {}
    groups: dict[object, list[int]] = {}
    for i, q in enumerate(quantities):
        g = q.extra.get("group")
        if g is not None:
            groups.setdefault(g, []).append(i)
    for g, idx in groups.items():
        if len(idx) > 1:
            for k, i in enumerate(idx):
                out[i] = (g, k, len(idx))
    i = 0
    while i < len(quantities):
        if i in out:
            i += 1
            continue
        j = i
        while (
            j + 1 < len(quantities)
            and j + 1 not in out
            and v.list_sep_re.match(sentence[quantities[j].span.end : quantities[j + 1].span.start])
            and quantities[j + 1].extra.get("verb") is None
            and quantities[j + 1].extra.get("cue") is None  # `确保增长6%、力争6.5%` is a stretch goal
            and quantities[j + 1].unit == quantities[i].unit
        ):
            j += 1
        if j > i:
            for k in range(i, j + 1):
                out[k] = (("run", i), k - i, j - i + 1)
        i = j + 1
    return out


def _between(aliases: list[_Alias], starts: list[int], a: int, b: int) -> list[_Alias]:
    """The names lying within ``[a, b)`` (``aliases`` sorted by start, ``starts`` their starts)."""
    return [x for x in aliases[bisect_left(starts, a) : bisect_left(starts, b)] if x.end <= b]


def _item_subjects(sl: _SentenceLinker, aliases: list[_Alias], start: int, end: int, n: int):
    """Subjects of an n-value list from the list of names before it: `第一产业、规模以上工业、
    服务业增加值分别增长…` or `规模以上工业增加值、高新技术产品产值、地方财政一般预算收入…分别为…`
    (an item that names no indicator keeps its place). None when the items do not number n."""
    inside = aliases  # already those between start and end
    if len(inside) == 1 and len(inside[0].ids) == n:  # 城乡居民人均可支配收入: one name, two ids
        return [(inside[0], (i,)) for i in inside[0].ids]
    phrase = sl.s[start:end]
    cuts = [
        m.start() + start
        for m in sl.v.item_sep_re.finditer(phrase)
        if not any(a.start <= m.start() + start < a.end for a in inside)
    ]
    bounds = [start, *cuts, end]
    items = []
    last_text = sl.s[bounds[-2] : end].strip("、和及与以 ")
    for a0, b0 in pairwise(bounds):
        named = [a for a in inside if a0 <= a.start and a.end <= b0 + 1]
        if named:
            items.append((named[-1], named[-1].ids))
        else:  # shared-suffix ellipsis: `第一、二、三产业增加值`, `规上工业、服务业增加值`
            items.append(_complete_item(sl, a0, b0, last_text))
    items = [it for it in items if it != (None, ())] if len(items) > n else items
    if len(items) != n or all(a is None for a, _ in items):
        return None
    return items




def _subjects_of_figures_before(sl: _SentenceLinker, before: list[_Link], n: int, first: Quantity):
    """`一般预算收入完成7309万元,累计支出64338万元,同比分别增长43.6%和32.4%`: a distribution whose
    clause names nothing repeats the subjects of the n figures just before it, in order (a figure of
    something that is no indicator passes that on). None unless those n figures each stand in a
    clause of their own in the same item and name distinct subjects."""
    if len(before) != n or any(c in sl.masked[before[0].q.span.start : first.span.start] for c in _SEMI):
        return None
    clauses = {_clause_index(sl.starts, b.q.span.start) for b in before}
    if len(clauses) != n or _clause_index(sl.starts, first.span.start) in clauses:
        return None
    named = [b.ids for b in before if b.alias is not None and b.ids]
    if not named or len(set(named)) != len(named):
        return None
    return [(b.alias, b.ids) if b.alias is not None and b.ids else (None, ()) for b in before]


def _bare_subject(sl: _SentenceLinker, aliases: list[_Alias], alias_starts: list[int],
                  quantities: list[Quantity], cstart: int) -> _Alias | None:
    """The last name in the clause before ``cstart`` when that clause holds no figure
    (`全年地区生产总值迈上新台阶,总量突破5万亿元`), within the same item (no ；between)."""
    prev_start = sl.starts[_clause_index(sl.starts, cstart - 1)]
    if any(c in sl.masked[prev_start:cstart] for c in _SEMI):
        return None
    if any(prev_start <= q.span.start < cstart for q in quantities):
        return None
    names = _between(aliases, alias_starts, prev_start, cstart)
    return names[-1] if names else None


def _verb_led(v: Vocabulary, sentence: str, cstart: int, q: Quantity) -> bool:
    """Whether only filler words stand between a clause's start and its figure."""
    prefix = v.skip_re.sub("", sentence[cstart : q.span.start]).strip()
    return not _strip(v.filler_re, prefix)


def _shared_subjects(sl: _SentenceLinker, in_clause: list[_Alias], link: _Link) -> tuple[str, ...]:
    """`一般公共预算收入、固定资产投资保持正增长`: names joined by 、/和 right before the subject
    share its figure; the fact's text then starts at the first of them."""
    ids = list(link.ids)
    first = link.alias
    assert first is not None
    for a in reversed(in_clause[:-1]):
        if not sl.v.list_sep_re.match(sl.s[a.end : first.start]) or not sl.in_scope(a, []):
            break
        ids[:0] = [i for i in a.ids if i not in ids]
        first = a
    if first is not link.alias:
        link.text_start = first.start
    return tuple(ids)


def _complete_item(sl: _SentenceLinker, a0: int, b0: int, last: str) -> tuple[_Alias | None, tuple[str, ...]]:
    """An item of a list completed with the last item's ending (`二` + `产业增加值` -> 第二产业增加值)."""
    item = sl.s[a0:b0].strip("、和及与以 ")
    if not item or len(item) > 12:
        return None, ()
    for k in range(len(last) - 1, -1, -1):
        tail = last[len(last) - k :] if k else ""
        for cand in (item + tail, "第" + item + tail):
            ids = sl.v.alias_ids.get(cand)
            if ids:
                return _Alias(a0, b0, ids, cand), ids
    return None, ()


def _link_sentence(
    v: Vocabulary,
    report: Report,
    sentence: str,
    s_off: int,
    quantities: list[Quantity],
    facts: list[Fact],
    mentions: list[Mention],
    seen: set[tuple],
    sections: _Sections | None = None,
) -> None:
    sl = _SentenceLinker(v, report, sentence, s_off, sections)
    aliases = sl.aliases(quantities)
    member = _memberships(v, sentence, quantities) if len(quantities) > 1 else {}  # a list has 2+ figures
    if not aliases and not member:  # no name to link a figure to: every figure is a mention
        for q in quantities:
            _add_mention(report, sl, q, mentions)
        return
    alias_starts = [a.start for a in aliases]
    links: list[_Link] = []
    by_alias: dict[int, list[Quantity]] = {}
    prev_subject: _Link | None = None
    group_subjects: dict[object, list] = {}

    for qi, q in enumerate(quantities):
        link = _Link(q)
        links.append(link)
        if q.extra.get("comparison") and not _is_target_reference(v, q):
            continue  # `高于全市1个百分点`: a gap to a benchmark, not a fact of its own
        if q.qualifier == "qualitative" and _DIGIT_RE.search(sentence, q.span.end, _clause_end(sl, q.span.end)):
            continue  # `增速分别高于全省和全国0.8个、1.3个百分点`: a numeric comparison, not a qualitative target
        if sl.masked[_num_start(q)] == "_" and not q.extra.get("quoted"):
            continue  # inside an aside `(主要是…难以支撑投资持续增长)`: a mention, and the run goes on
        ci = _clause_index(sl.starts, q.span.start)
        cstart = sl.starts[ci]
        lo, hi = bisect_left(alias_starts, cstart), bisect_left(alias_starts, q.span.start)
        in_clause = [a for a in aliases[lo:hi] if a.end <= q.span.start]
        if qi in member:
            gid, k, n = member[qi]
            if gid not in group_subjects:
                first = quantities[qi - k]
                c0 = sl.starts[_clause_index(sl.starts, first.span.start)]
                last_q_end = quantities[qi - k - 1].span.end if qi - k > 0 else c0
                subjects = _item_subjects(sl, _between(aliases, alias_starts, max(c0, last_q_end), first.span.start),
                                          max(c0, last_q_end), first.span.start, n)
                if subjects is None:
                    subjects = _subjects_of_figures_before(sl, links[max(0, qi - k - n) : qi - k], n, first)
                if subjects is None:  # names in earlier clauses of the same item: `A 10亿元,B 20亿元,分别增长…`
                    item_start = 1 + max(sl.masked.rfind("；", 0, first.span.start),
                                         sl.masked.rfind(";", 0, first.span.start))
                    named = _between(aliases, alias_starts, item_start, first.span.start)
                    distinct: list[_Alias] = []
                    for a in named:
                        if all(a.ids != b.ids for b in distinct):
                            distinct.append(a)
                    if len(distinct) == 1 and len(distinct[0].ids) == n:
                        subjects = [(distinct[0], (i,)) for i in distinct[0].ids]
                    elif named:  # the list of names in the clause of the last one: `A、B、C和D跃上新台阶,分别为…`
                        last = named[-1]
                        c1 = sl.starts[_clause_index(sl.starts, last.start)]
                        subjects = _item_subjects(
                            sl, _between(aliases, alias_starts, c1, last.end), c1, last.end, n
                        )
                    if subjects is None and len(distinct) >= n:
                        subjects = [(a, a.ids) for a in distinct[-n:]]
                group_subjects[gid] = subjects or []
            subjects = group_subjects[gid]
            if subjects and k < len(subjects) and subjects[k][0] is not None:
                alias, ids = subjects[k]
                link.alias, link.ids = alias, ids if sl.in_scope(alias, quantities) else ()
                link.confidence = 0.9
                link.prev = quantities[qi - k] if k else None  # later members carry the head's verb
            if subjects or not (isinstance(gid, tuple) and gid[:1] == ("run",)):
                continue  # a list without named subjects is linked figure by figure below
        if v.base_re.search(sentence[max(0, q.span.start - 12) : q.span.start]) or (
            q.extra.get("kind") == "count" and v.milestone_after_re.match(sentence, q.span.end)
        ):
            # `由2005年31.8%提高到37.5%` (a base), `完成年计划710亿元的89.4%` (a share of a figure) or
            # `跨越3个千亿元台阶` (thresholds passed): not a fact, but it stays in the subject's chain
            if in_clause:
                by_alias.setdefault(in_clause[-1].start, []).append(q)
                if prev_subject is None or prev_subject.alias is not in_clause[-1]:
                    prev_subject = _Link(q, in_clause[-1], in_clause[-1].ids)  # the subject's run goes on
            elif prev_subject is not None and prev_subject.alias is not None:
                by_alias.setdefault(prev_subject.alias.start, []).append(q)
            continue
        if in_clause:
            alias = in_clause[-1]
            chain = by_alias.get(alias.start, [])
            ok, conf = sl.gap_ok(alias.end, q, chain)
            if ok:
                link.alias, link.ids, link.confidence = alias, alias.ids, conf
                link.ids = _shared_subjects(sl, in_clause, link)
                link.prev = next((x for x in reversed(chain) if not v.base_re.search(
                    sentence[max(0, x.span.start - 12) : x.span.start])), None)
                if not sl.in_scope(alias, quantities):
                    link.ids = ()
                if _compatible(v, alias.ids, q, link.prev):
                    by_alias.setdefault(alias.start, []).append(q)
                    prev_subject = link
                    continue
            prev_subject = None
            continue
        # No name in this clause: a verb-led clause continues the previous subject.
        if prev_subject is not None and prev_subject.alias is not None and ci > 0:
            between = sl.masked[prev_subject.q.span.end : cstart]
            crosses_item = any(c in between for c in _SEMI)  # `；` ends an item of a list
            # what precedes the number in its clause, less the figure's own lead words (增长), a
            # quoted-target cue (`完成年计划710亿元`) and the subject's figures said before it in the
            # clause (`,达到1.5万亿元、增长19.8%`)
            cuts = [
                (m.start(), min(m.end(), q.span.start))
                for m in v.prior_target_re.finditer(sentence, cstart, _num_start(q))
                if m.start() < q.span.start
            ] + [
                (x.span.start, x.span.end) for x in by_alias.get(prev_subject.alias.start, [])
                if cstart <= x.span.start and x.span.end <= q.span.start
            ]
            prefix = "".join(
                ch for i, ch in enumerate(sentence[cstart : q.span.start], cstart)
                if not any(a <= i < b for a, b in cuts)
            ) if cuts else sentence[cstart : q.span.start]
            prefix = v.skip_re.sub("", prefix).strip()
            if not crosses_item and not _strip(v.filler_re, prefix):
                chain = by_alias.get(prev_subject.alias.start, [])
                prev_q = chain[-1] if chain else None
                if _compatible(v, prev_subject.ids, q, prev_q):
                    link.alias, link.ids, link.prev = prev_subject.alias, prev_subject.ids, prev_q
                    link.confidence = 0.9
                    by_alias.setdefault(prev_subject.alias.start, []).append(q)
                    prev_subject = link
                # a verb-led figure that cannot be one of the subject's (`净增110.8亿元`) keeps the run
                continue
        # a name in an earlier clause of the same item that carried no figure of its own
        named = _bare_subject(sl, aliases, alias_starts, quantities, cstart) if ci > 0 else None
        if named is not None and _verb_led(v, sentence, cstart, q) and _compatible(v, named.ids, q, None):
            link.alias, link.ids, link.confidence = named, named.ids, 0.8
            if not sl.in_scope(named, quantities):
                link.ids = ()
            by_alias.setdefault(named.start, []).append(q)
            prev_subject = link
            continue
        prev_subject = None  # a figure of an unknown subject ends the previous subject's run

    _drop_milestones(links)
    first = len(facts)
    for link in links:
        _emit(v, report, sl, link, facts, mentions, seen)
    _drop_words_beside_figures(facts, first)


def _drop_words_beside_figures(facts: list[Fact], first: int) -> None:
    """`粮食产量838.6亿斤、再创历史新高`, `增长7.4%，快于经济增速`: a qualitative statement is a fact
    only when its indicator gets no figure in the same sentence (``facts[first:]`` are its facts)."""
    new = facts[first:]
    if len(new) < 2:
        return
    numeric = {(f.indicator, f.role, f.period) for f in new if f.qualifier != "qualitative"}
    if numeric:
        facts[first:] = [
            f for f in new if f.qualifier != "qualitative" or (f.indicator, f.role, f.period) not in numeric
        ]


def _drop_milestones(links: list[_Link]) -> None:
    """`突破700亿元大关、达到721.44亿元`: a round threshold passed, followed by the exact figure of
    the same subject, is no fact of its own (the threshold stays a mention)."""
    for a, b in pairwise(links):
        if (a.ids and a.ids == b.ids and a.q.qualifier == "at_least" and b.q.qualifier == "exact"
                and a.q.unit == b.q.unit and a.q.unit not in (None, "%", "pp")
                and a.q.value is not None and b.q.value is not None and b.q.value >= a.q.value):
            a.ids = ()


_DIGIT_RE = re.compile(r"\d")


def _clause_end(sl: _SentenceLinker, pos: int) -> int:
    """End of the clause holding ``pos``."""
    i = bisect_right(sl.starts, pos)
    return sl.starts[i] - 1 if i < len(sl.starts) else len(sl.s)


def _num_start(q: Quantity) -> int:
    """Where the number of ``q`` starts (its span may open with cue words: `计划710亿元`)."""
    ns = q.extra.get("num_span")
    return ns.start if ns is not None else q.span.start


def _is_target_reference(v: Vocabulary, q: Quantity) -> bool:
    ref = str(q.extra.get("reference") or "")
    return bool(q.extra.get("quoted")) and bool(v.prior_target_re.search(ref) or "目标" in ref)


def _emit(
    v: Vocabulary,
    report: Report,
    sl: _SentenceLinker,
    link: _Link,
    facts: list[Fact],
    mentions: list[Mention],
    seen: set[tuple],
) -> None:
    q = link.q
    if not link.ids or _not_a_figure_of_its_own(v, sl.s, q):
        _add_mention(report, sl, q, mentions)
        return
    emitted = False
    cstart = sl.starts[_clause_index(sl.starts, q.span.start)]
    prior = _is_target_reference(v, q) or bool(
        link.alias is not None
        and v.prior_target_re.search(sl.s[max(link.alias.end, cstart) : _num_start(q)])
    )
    when: When | None = None  # the same for every id
    for ind_id in link.ids:
        ind = v.indicators[ind_id]
        measure = _decide_measure(v, ind_id, ind.measures, ind.units, q, link.prev, prior)
        if measure is None:
            continue
        if when is None:
            when = role_and_period(v, report, sl, q, prior, measure,
                                   link.alias.start if link.alias is not None else None, ind_id)
        role, period, horizon = when
        if role is None:
            continue
        value, value_high = _signed(q, link.prev, measure)
        start = link.alias.start if link.alias is not None else q.span.start
        if link.text_start is not None:
            start = min(start, link.text_start)
        text = sl.s[start : q.span.end]
        key = (ind_id, role, period, measure, value)
        if key in seen:
            emitted = True
            continue
        seen.add(key)
        unit = _spec_unit(q, measure)
        value_base, unit_base = to_base(value, unit) if measure == "level" else (None, None)
        facts.append(
            Fact(
                indicator=ind_id,
                role=role,  # type: ignore[arg-type]
                period=period,
                measure=measure,  # type: ignore[arg-type]
                value=value,
                value_high=value_high,
                unit=unit,
                qualifier=q.qualifier,
                span=Span(sl.offset + start, sl.offset + q.span.end),
                text=text,
                confidence=link.confidence,
                indicator_name=ind.name,
                horizon=horizon,
                commitment=commitment(sl.s, sl.starts, _num_start(q), v.alias_re) if role == "target" else None,
                value_base=value_base,
                unit_base=unit_base,
            )
        )
        emitted = True
    if not emitted:
        _add_mention(report, sl, q, mentions)


def _not_a_figure_of_its_own(v: Vocabulary, sentence: str, q: Quantity) -> bool:
    """`与上年持平` (is it the index or its growth that is flat? the notes leave it out) and
    `完成年计划的118.2%` (a completion ratio, not the indicator's value)."""
    if q.direction == "flat" and not _DIGIT_RE.search(q.raw):
        return True
    ns = _num_start(q)
    return q.unit == "%" and bool(v.completion_before_re.search(sentence, max(0, ns - 12), ns))


_ROLE_GUESS: dict[str, Role] = {"review": "actual", "targets": "target", "tasks": "target"}


def _add_mention(report: Report, sl: _SentenceLinker, q: Quantity, mentions: list[Mention]) -> None:
    """Record ``q`` as a mention, with its subject phrase and a role guessed from its section."""
    span = q.span
    qs = span.start
    cs = sl.starts[_clause_index(sl.starts, qs)]  # the start of the clause holding the quantity
    subject = sl.s[cs:qs].rpartition("、")[2].strip()[-24:]  # the words before it in its clause
    sec = sl.section
    guess = _ROLE_GUESS.get(sec.kind) if sec is not None else None
    start = sl.offset + qs - len(subject)
    end = sl.offset + span.end
    mentions.append(Mention(subject, q, guess, trusted_span(start, end), report.text[start:end]))


def _spec_unit(q: Quantity, measure: str) -> str | None:
    if q.qualifier == "qualitative" or q.value is None:
        return None
    if measure == "change_pp":
        return "pp"
    return q.unit
