"""Lists in a sentence: `分别` distributions and runs of figures, and the names their items map to
(`城乡居民人均可支配收入分别增长5%、6.5%`, `一产、二产、三产增加值分别…`, `A 10亿元,B 20亿元,分别增长…`)."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from itertools import pairwise

from zhibiao.facts.cuefile import cue_re
from zhibiao.facts.sentence import _SEMI, _Alias, _clause_index, _Link, _SentenceLinker
from zhibiao.facts.vocab import Vocabulary
from zhibiao.model import Quantity
from zhibiao.quantity.grammar import lost_separator

_PERIOD_SPLIT = re.compile(r"、|和|及|以及|,|，")
_ITEM_NAME = re.compile(r"[\u4e00-\u9fff]{2,10}")  # a thing named in a list (`铁路货运量`), no figure or clause
_PHRASE_END = re.compile(r"\s*(?:[，,。；;、)）]|$)")  # a figure's phrase ends here (`…21041元,`)
_BASES_BEFORE = 60  # how far before a figure the pair of bases it closes on is read (`分别比上年和2005年增长`)


def bases_of_one_subject(v: Vocabulary, rx: re.Pattern[str], sentence: str, end: int) -> bool:
    """Whether the text before ``end`` closes on a pair of bases (``rx``: `,分别比上年和2005年增长`) said of one
    subject: no list of names in its clause, and one amount at most since the sentence's or the last figure's in
    percent (not `全市生产总值达到690亿元,地方一般预算收入达到38亿元,分别比上年和2005年增长…`, two subjects)."""
    if "年和" not in sentence:
        return False  # (no pair of bases at all: the common case, read at once)
    start = max(0, end - _BASES_BEFORE)
    m = rx.search(sentence[start:end])
    if m is None:
        return False
    before = sentence[: start + m.start() + 1]
    since = before[max(before.rfind(c) for c in "。；;%") + 1 :]
    return len(v.subject_amount_re.findall(since)) - len(v.base_amount_re.findall(since)) <= 1


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
        if bases_of_one_subject(v, v.second_base_single_re, sentence, quantities[idx[0]].span.start):
            continue  # `分别比上年和2005年增长10.1%和59.2%`: a pair of bases, the subject's own figures
        if len(idx) > 1:
            for k, i in enumerate(idx):
                out[i] = (g, k, len(idx))
    i = 0
    while i < len(quantities):
        if i in out:
            i += 1
            continue
        j = i
        paired_bases = bases_of_one_subject(v, v.second_base_single_re, sentence, quantities[i].span.start)
        while (
            not paired_bases
            and j + 1 < len(quantities)
            and j + 1 not in out
            and (v.list_sep_re.match(sentence[quantities[j].span.end : quantities[j + 1].span.start])
                 or lost_separator(quantities[j], quantities[j + 1]))
            and quantities[j + 1].extra.get("verb") is None
            and quantities[j + 1].extra.get("pre") is None  # `突破100亿元、达到102.57亿元`: one subject's, in turn
            and quantities[j + 1].extra.get("cue") is None  # `确保增长6%、力争6.5%` is a stretch goal
            and quantities[j + 1].unit == quantities[i].unit
            and quantities[i].qualifier != "qualitative"  # `高于全国平均水平、高于城镇居民收入增速`: one subject's
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
    if len(items) < n:
        # `地区生产总值、城乡居民人均可支配收入分别增长5.5%、4.6%、6.3%`: a pair named as one (urban and rural
        # residents) takes a value for each of its parts
        pairs = [(a, tuple((i,) for i in ids)) if a is not None and frozenset(ids) in sl.v.whole_of_parts
                 else (a, (ids,)) for a, ids in items]
        if sum(len(parts) for _, parts in pairs) == n:
            items = [(a, part) for a, parts in pairs for part in parts]
    if len(items) != n:
        return None
    if all(a is None for a, _ in items):
        # `全社会用电量、铁路货运量分别增长7%和22.1%`: n things named, none an indicator — their figures are
        # theirs, not those of subjects named in earlier clauses
        names = [sl.s[a0:b0].strip("、和及与以 ") for a0, b0 in pairwise(bounds)]
        if len(bounds) == n + 1 and all(_ITEM_NAME.fullmatch(x) for x in names):
            return items
        return None
    return items


def _subjects_of_figures_before(sl: _SentenceLinker, before: list[_Link], n: int, first: Quantity):
    """`一般预算收入完成7309万元,累计支出64338万元,同比分别增长43.6%和32.4%`: a distribution whose
    clause names nothing repeats the subjects of the n figures just before it, in order (a figure of
    something that is no indicator passes that on). None unless those n figures each stand in a
    clause of their own in the same item and name distinct subjects, or all stand in one earlier
    clause as a list whose every figure has its subject."""
    if len(before) != n or any(c in sl.masked[before[0].q.span.start : first.span.start] for c in _SEMI):
        return None
    clauses = {_clause_index(sl.starts, b.q.span.start) for b in before}
    if len(clauses) not in (1, n) or _clause_index(sl.starts, first.span.start) in clauses:
        return None
    # distinct by name: a total and its local part may share an id (`财政总收入…,其中地方财政收入…`)
    named = [(b.ids, b.alias.text) for b in before if b.alias is not None and b.ids]
    if not named or len(set(named)) != len(named):
        return None
    if len(clauses) == 1 and len(named) != n and not all(
            b.alias is not None or sl.v.own_noun_between_re.fullmatch(sl.s[a.q.span.end : b.q.span.start])
            for a, b in pairwise(before)):
        # `一、二、三产业增加值分别达到A、B、C,分别增长x、y、z`: a whole list's subjects again (but not
        # `规模以上工业实现增加值750.4亿元、利润总额107亿元,分别增长…`: each figure after its own noun)
        return None
    return [(b.alias, b.ids) if b.alias is not None and b.ids else (None, ()) for b in before]


def lost_member(v: Vocabulary, sentence: str, end: int) -> bool:
    """Whether a list's next value right after a figure ending at ``end`` lost its unit and ends its clause
    (`分别增长8.7%和9.` where a page was cut): a distribution whose other values are gone."""
    return v.lost_member_re.match(sentence, end) is not None


def _shared_subjects(sl: _SentenceLinker, in_clause: list[_Alias], link: _Link) -> tuple[str, ...]:
    """`一般公共预算收入、固定资产投资保持正增长`: names joined by 、/和 right before the subject
    share its figure; the fact's text then starts at the first of them."""
    ids = list(link.ids)
    first = link.alias
    assert first is not None
    # with 分别 the names are surely several subjects: a short word may qualify the next one
    # (`进出口总额、实际利用外资、引进外省到位资金分别增长20%左右`)
    spread = bool(link.q.extra.get("distributive"))
    # `地区生产总值、公共财政预算收入分别达707亿元、50.6`, `城镇和农村居民人均可支配收入分别增长6.3%、 8.3` (a page cut
    # off): the list's next value lost its unit, so the figure is the first name's alone
    lost = spread and lost_member(sl.v, sl.s, link.q.span.end)
    for a in reversed(in_clause[:-1]):
        gap = sl.s[a.end : first.start]
        if not (sl.v.list_sep_re.match(gap) or (spread and sl.v.list_sep_qualified_re.match(gap))
                or _cut_named_by_its_fall(sl, a, gap, link.q)) or not sl.in_scope(a, []):
            break
        ids[:0] = [i for i in a.ids if i not in ids]
        first = a
    if first is not link.alias:
        link.text_start = first.start
    return first.ids[:1] if lost else tuple(ids)


def _cut_named_by_its_fall(sl: _SentenceLinker, a: _Alias, gap: str, q: Quantity) -> bool:
    """`单位地区生产总值能耗下降、森林覆盖率…5项约束性指标全部完成`: an indicator whose target is a cut, named by
    its fall before the next name of a list a task done is said of (not `进出口总额下降、实际利用外资保持正增长`)."""
    return bool(q.extra.get("task")) and bool(a.ids) and sl.v.task_list_fall_re.match(gap) is not None and all(
        sl.v.indicators[i].cut_target for i in a.ids if i in sl.v.indicators)


def _complete_item(sl: _SentenceLinker, a0: int, b0: int, last: str) -> tuple[_Alias | None, tuple[str, ...]]:
    """An item of a list completed with the last item's ending (`二` + `产业增加值` -> 第二产业增加值)."""
    item = sl.s[a0:b0].strip("、和及与以 ")
    if item.startswith("其中"):  # `其中一、二、三产业增加值分别…`: the parts of a total named before
        item = item[2:]
    # (or else without the whole region's word before it: `全市存款、贷款余额分别…`, `全市金融机构存、贷款余额…`; not
    # a name's own first word, `全体、城镇和农村居民…`, `全社会、民间固定资产投资…`)
    for whole in (item, sl.v.whole_region_re.sub("", item, count=1) if sl.v.whole_region_re.match(item) else None):
        if not whole or len(whole) > 12:
            continue
        for k in range(len(last) - 1, -1, -1):
            tail = last[len(last) - k :] if k else ""
            for cand in (whole + tail, "第" + whole + tail):
                ids = sl.v.alias_ids.get(cand)
                if ids:
                    return _Alias(a0, b0, ids, cand), ids
    part = _part_of_whole_before(sl, item, a0)
    at = sl.s.find(item, a0, b0)  # (the item's own words: not the joiner before it)
    return (_Alias(at, at + len(item), part, item), part) if part else (None, ())


def _part_of_whole_before(sl: _SentenceLinker, item: str, before: int) -> tuple[str, ...]:
    """An item that names a part of a whole said earlier in the sentence by its part word alone (`全体居民人均可支配
    收入42618元、增长6%，其中城镇居民、农村居民分别增长5.1%和7.2%`: urban, rural), in a list of such items alone
    up to its 分别 (not `城镇、农村低保标准分别…`, another thing's parts), else ()."""
    word = cue_re("part_item_suffix").sub("", item)
    at = sl.s.find(item, before)
    for m in sl.v.alias_re.finditer(sl.s, 0, before):
        for i in sl.v.alias_ids.get(sl.v.alias_key(m), ()):
            words = dict(sl.v.indicators[i].part_words) if i in sl.v.indicators else {}
            if word in words and _parts_up_to_split(tuple(words)).match(sl.s, at + len(item)) is not None:
                return (words[word],)
    return ()


@lru_cache(maxsize=32)
def _parts_up_to_split(words: tuple[str, ...]) -> re.Pattern[str]:
    """Only more part ``words`` (with their people's words) up to a list's 分别, compiled once per whole."""
    rest = cue_re("part_item_suffix").pattern.removesuffix("$")
    parts = "|".join(map(re.escape, words))
    return re.compile(f"(?:\\s*[、和及与]\\s*(?:{parts})(?:{rest})?)*\\s*分别")


def _sub_period_subjects(v: Vocabulary, sl: _SentenceLinker, in_clause: list[_Alias], start: int, end: int, n: int):
    """`地区生产总值一季度、上半年、前三季度、全年分别增长3%、3.4%、4%、4.5%左右`: the parts of a year listed
    before the figures; only the whole year's member keeps the subject. None when no such list."""
    if not in_clause:
        return None
    alias = in_clause[-1]
    m = v.sub_period_list_re.search(sl.s, start, end)
    if m is None or alias.end > m.start():
        # or listed before the name, a whole-region word between (`一季度、…、全年全市GDP分别增长…`)
        m = v.sub_period_list_head_re.search(sl.s, start, alias.start)
    if m is None:
        return None
    words = [w.strip() for w in _PERIOD_SPLIT.split(m.group("list")) if w.strip()]
    if len(words) != n:
        return None
    return [(alias, alias.ids) if w == v.whole_year else (None, ()) for w in words]


def _whole_naming_parts(v: Vocabulary, ids: tuple[str, ...]) -> str | None:
    """The indicator whose part words name parts of ``ids``: the one named, the whole of the parts named together,
    or the whole of the one part named."""
    if len(ids) != 1:
        return v.whole_of_parts.get(frozenset(ids))
    if ids[0] in v.part_gaps:
        return ids[0]
    return next((w for parts, w in v.whole_of_parts.items() if ids[0] in parts and w in v.part_gaps), None)


def part_named(v: Vocabulary, ids: tuple[str, ...], gap: str, after: str) -> tuple[str, ...]:
    """The part of a whole a figure is said of when the words before it name the part (`居民人均可支配收入预计城镇
    完成40127元`: urban; `;农村完成21041元` in its run: rural) and the figure ends its phrase (``after``, the text
    right after it: not `农村实现1200元人均增收`, an amount of something else), else ``ids`` unchanged.

    >>> v = __import__("zhibiao.facts.vocab", fromlist=["load"]).load()
    >>> part_named(v, ("disposable_income",), "预计城镇完成", ","), part_named(v, ("disposable_income",), "农村", "")
    (('urban_income',), ('rural_income',))
    >>> part_named(v, ("disposable_income",), "预计", ","), part_named(v, ("gdp",), "城镇", ",")
    (('disposable_income',), ('gdp',))
    >>> part_named(v, ("disposable_income",), "农村实现", "人均增收")
    ('disposable_income',)
    >>> part_named(v, ("urban_income", "rural_income"), "城镇", "、"), part_named(v, ("urban_income",), "农村增长", "")
    (('urban_income',), ('rural_income',))
    """
    # (the parts named together, `城乡居民人均可支配收入城镇32150元`: their whole's words name one; a part named,
    # `城镇居民人均可支配收入增长7%，农村增长8.5%`: its whole's words name its sibling)
    whole = _whole_naming_parts(v, ids)
    gap_re = v.part_gaps.get(whole) if whole is not None else None
    m = gap_re.fullmatch(gap) if gap_re is not None and _PHRASE_END.match(after) else None
    return (dict(v.indicators[whole].part_words)[m.group("w")],) if m is not None else ids


def part_after_figure(v: Vocabulary, whole: tuple[str, ...], before: tuple[str, ...], between: str,
                      after: str) -> tuple[str, ...]:
    """The part a figure is said of, read from the text ``between`` it and the figure before it of the same whole
    (said of ``before``): a part named after that figure (`居民人均可支配收入城镇增长7%、农村增长8.5%`: rural), or
    the same part going on with only a lead word between (`城镇达到32150元、增长8.2%`: the urban growth); else
    ``whole``.

    >>> v = __import__("zhibiao.facts.vocab", fromlist=["load"]).load()
    >>> w, u = ("disposable_income",), ("urban_income",)
    >>> part_after_figure(v, w, u, "、农村增长", ""), part_after_figure(v, w, w, "、农村", "。")
    (('rural_income',), ('rural_income',))
    >>> part_after_figure(v, w, u, "、增长", ""), part_after_figure(v, w, w, "、增长", "")
    (('urban_income',), ('disposable_income',))
    >>> part_after_figure(v, w, u, "，全省增长", "")
    ('disposable_income',)
    """
    if between[:1] in ("、", "，", ",") and (part := part_named(v, whole, between[1:], after)) != whole:
        return part
    one = _whole_naming_parts(v, whole)
    parts = dict(v.indicators[one].part_words).values() if one is not None else ()
    if len(before) == 1 and before[0] in parts and cue_re("part_goes_on_gap").fullmatch(between):
        return before
    return whole


def bare_subject(sl: _SentenceLinker, aliases: list[_Alias], alias_starts: list[int],
                 quantities: list[Quantity], cstart: int) -> _Alias | None:
    """The last name in the clauses before ``cstart`` when they hold no figure
    (`全年地区生产总值迈上新台阶,总量突破5万亿元`; `地区生产总值上半年由负转正,三、四季度加快恢复,全年增长3.9%`:
    up to ``_BARE_CLAUSES`` back), within the same item (no ；between)."""
    end = cstart
    for _ in range(_BARE_CLAUSES):
        if end <= 0:
            return None
        prev_start = sl.starts[_clause_index(sl.starts, end - 1)]
        if any(c in sl.masked[prev_start:end] for c in _SEMI):
            return None
        if any(prev_start <= q.span.start < end and q.value is not None for q in quantities):
            return None  # (a figure in words is none: `固定资产投资增速6月份实现由负转正，全年增长3.9%`)
        names = _between(aliases, alias_starts, prev_start, end)
        if not names and end == cstart:  # a name that runs into the figure's clause (`服务业…,实现增加值`)
            names = [x for x in aliases[bisect_left(alias_starts, prev_start) : bisect_left(alias_starts, end)]
                     if x.end > end]
        if names:
            return names[-1]
        end = prev_start
    return None


_BARE_CLAUSES = 3  # figure-less clauses looked back through for the name a verb-led figure continues
