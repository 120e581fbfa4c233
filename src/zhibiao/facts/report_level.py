"""Rules over all the facts of a report: a figure stated beside a larger one of the same indicator
(a part after 其中, a narrower series, a local revenue beside its total) is not the region's own."""

from __future__ import annotations

import dataclasses
import re
from decimal import ROUND_HALF_UP, Decimal

from zhibiao.document._common import iter_lines
from zhibiao.facts.cuefile import cue_re
from zhibiao.facts.vocab import MARKS, Vocabulary
from zhibiao.model import Fact
from zhibiao.quantity.units import convert


def drop_narrow(v: Vocabulary, facts: list[Fact]) -> list[Fact]:
    """A figure of a narrower series (`城镇固定资产投资850亿元`) when the report gives the whole's figure of
    the same role, period and measure (`全社会固定资产投资1002.5亿元`): the whole's stands."""
    def narrow(f: Fact) -> bool:
        return f.text.startswith(v.narrow_aliases)

    whole = {(f.indicator, f.role, f.period, f.measure) for f in facts if not narrow(f)}
    return [f for f in facts if not narrow(f) or (f.indicator, f.role, f.period, f.measure) not in whole]


def drop_parts(v: Vocabulary, text: str, facts: list[Fact], own: tuple[str, ...] = ()) -> list[Fact]:
    """`进出口总额44.9亿元,…其中,保税物流中心…完成进出口贸易总额8.86亿元`: after 其中, a figure of the
    indicator the sentence already gave is a part of that total (a sub-area's, a sector's), not the region's."""
    out: list[Fact] = []
    for f in facts:
        # (a qualitative fact is no total a figure after 其中 is part of: `粮食…产量稳中有增,其中粮食产量720万吨`)
        same = [g for g in out if (g.indicator, g.role, g.period) == (f.indicator, f.role, f.period)
                and g.value is not None]
        if f.text.startswith(v.local_part_word) or _own_level(v, text, f, own) or _group_of_a_list(
            v, text, f, same
        ) or not any(g.span.end <= f.span.start and v.part_of_total in text[g.span.end : f.span.start]
                     for g in same):
            # `…公共财政收入210.43亿元,其中地方公共财政收入73.17亿元`: the local part is the headline one (and the
            # issuing level's own, `其中区级一般公共预算收入210.1亿元`, one beside it)
            out.append(f)
    return out


def _group_of_a_list(v: Vocabulary, text: str, f: Fact, same: list[Fact]) -> bool:
    """Whether ``f`` names its indicator right after 其中 as one of the groups of a 分别 list before it
    (`城乡居民人均可支配收入分别增长5.3%、7%,其中农村居民人均可支配收入…达到20793元`), where ``same`` (the figures
    before of its indicator, role and period) came from such a list and none is of its measure: not a sub-area's or
    a sector's part (`其中,保税物流中心…进出口贸易总额8.86亿元`), nor a narrower series (`实际利用外资5.6亿美元,…
    其中外商直接投资3.2亿美元`, `其中500万元以上固定资产投资…增长13%`)."""
    # (also a later name of the clauses after 其中: `…分别增长13.1%、23.5%和14.6%,其中全社会固定资产投资总额达到204亿元,
    # 社会消费品零售总额82.6亿元`)
    # (but not after a place that opens the list after 其中: `其中城区完成固定资产投资60亿元、社会消费品零售总额45亿元`)
    if not same:
        return False  # (nothing before of its indicator: ``drop_parts`` keeps it anyway)
    at = text.rfind(v.part_of_total, max(g.span.end for g in same), f.span.start)  # (after every one of them)
    first = at + len(v.part_of_total)  # where the list after 其中 opens
    while first < f.span.start and text[first] in " ,，:：、":
        first += 1
    return at >= 0 and not any(c in text[at : f.span.start] for c in "；;。") and all(
        g.measure != f.measure and v.respectively in g.text and g.span.end <= at for g in same) and bool(
        v.alias_re.match(text, first))


def own_level_words(v: Vocabulary, region: str | None) -> tuple[str, ...]:
    """The words a region's own part of a revenue is named by (`区级`, `区本级` for a district): none for a
    region not named by a level word of its own (a city's `区级` is its districts' share)."""
    if not region or region[-1] not in v.own_level_part_levels:
        return ()
    return tuple(region[-1] + s for s in v.own_level_part_suffixes)


def _own_level(v: Vocabulary, text: str, f: Fact, own: tuple[str, ...]) -> bool:
    """Whether ``f`` is the issuing level's own part of a revenue (`其中区级一般公共预算收入210.1亿元` in a
    district's report, ``own`` its words): a headline figure beside the whole (not of a total that counts the
    central share, `其中区级财政收入16.2亿元` after `区财政总收入41.6亿元`, still a part)."""
    return bool(own) and f.indicator in v.total_of_part and text.endswith(own, 0, f.span.start)


_ROUNDED_DIGITS = 2  # a rounded level says at least this many digits (3.58万亿元, 1.6万亿; not 2万亿元)
_ROUNDED_WITHIN = Decimal("0.005")  # and lies within half a percent of the exact one


def _other_basis(text: str, f: Fact) -> bool:
    """Whether the sentence of ``f`` says its figure is counted on another basis (`按原口径计算,农牧民人均纯收入达到
    9430元` after the new survey's 9976元): the same whole counted otherwise, no part of it."""
    start = max(text.rfind(c, 0, f.span.start) for c in "。；;\n") + 1
    return cue_re("other_basis").search(text, start, f.span.start) is not None


_NEAR = 120  # characters: the total and its local part are stated together


def totals_beside_local(v: Vocabulary, facts: list[Fact], text: str, own: tuple[str, ...] = ()) -> list[Fact]:
    """`公共财政收入14.5亿元,增长10%;地方公共财政收入8.06亿元,增长8%`: stated beside its local part,
    a revenue without 地方 is the total that includes the central share (``total_of`` in indicators.toml:
    budget_revenue_total of budget_revenue); so is one its local part follows (`…一般预算收入40.6亿元,
    增长17.8%,其中地方财政收入21亿元`)."""
    for part_id, total_id in v.total_of_part.items():
        facts = _total_beside_local(v, facts, text, part_id, total_id, own)
    return facts


def _total_beside_local(v: Vocabulary, facts: list[Fact], text: str, part_id: str, total_id: str,
                        own: tuple[str, ...]) -> list[Fact]:
    local_word = v.local_part_word
    named = [f for f in facts if f.indicator == part_id and not f.text.startswith(local_word)]
    local = [f for f in facts if f.indicator == part_id and f.text.startswith(local_word)]
    before_part = {(f.role, f.period, f.span.start) for f in named
                   if v.local_part_after_re.match(text, f.span.end)}
    # (the whole collected in a district before its own part, `…583.1亿元、增长0.4%,其中区级一般公共预算收入…`, ``own``
    # the issuing level's words: a total; in a city's report 区级 is its districts' share, a part)
    # (only where the part's own figure stands beside it: a part said of the same value, `增长5%,其中区级…增长5%`, was
    # read once, and the one figure is the headline's)
    before_own = {f for f in named if (m := v.own_part_after_re.match(text, f.span.end)) is not None
                  and m.group("w") in own and any((g.role, g.period, g.measure) == (f.role, f.period, f.measure)
                                                  and g.span.start > f.span.end for g in named)}
    total, part = v.indicators[total_id], v.indicators[part_id]
    if before_own:
        facts = [dataclasses.replace(f, indicator=total_id, indicator_name=total.name) if f in before_own else f
                 for f in facts]
    if not local and not before_part:
        return facts
    out = []
    for f in facts:
        if (f.indicator == total_id and f.text.startswith(local_word)
                and any((r, p) == (f.role, f.period) and s < f.span.start <= s + _NEAR for r, p, s in before_part)):
            # `其中地方财政收入21亿元` after the budget revenue it is part of: the local part is the headline one,
            # whatever name of a total it goes by
            out.append(dataclasses.replace(f, indicator=part_id, indicator_name=part.name))
            continue
        if (f.indicator == part_id and not f.text.startswith(local_word)
                and (any((g.role, g.period, g.measure) == (f.role, f.period, f.measure) and g.value != f.value
                         and abs(g.span.start - f.span.start) <= _NEAR for g in local)
                     or any((r, p) == (f.role, f.period) and abs(s - f.span.start) <= _NEAR
                            for r, p, s in before_part))):
            f = dataclasses.replace(f, indicator=total_id, indicator_name=total.name)
        out.append(f)
    return out


def _exact_levels(v: Vocabulary, facts: list[Fact], qualifiers: tuple[str, ...] = ("exact",),
                  ) -> dict[tuple[str, int | None], list[Fact]]:
    """The exact results (or those of ``qualifiers``) stated as levels of each headline indicator and year, in text
    order."""
    out: dict[tuple[str, int | None], list[Fact]] = {}
    for f in sorted(facts, key=lambda f: f.span.start):
        if (f.role == "actual" and f.measure == "level" and f.qualifier in qualifiers and f.value is not None
                and v.indicators[f.indicator].headline):  # (the rest may name parts on purpose: 地方财政收入)
            out.setdefault((f.indicator, f.period), []).append(f)
    return out


def _in_unit(f: Fact, unit: str | None) -> Decimal | None:
    return convert(f.value, f.unit, unit) if f.value is not None else None


def drop_passed_beside_exact(v: Vocabulary, facts: list[Fact]) -> list[Fact]:
    """A result's threshold passed in one sentence (`除地区生产总值突破10万亿元外`) and its exact level in
    another (`由7.13万亿元跃升至10.27万亿元`): the report states the level, so the threshold is no fact of
    its own (as within one sentence, ``milestones.drop_milestones``). Only a threshold the level reaches."""
    exact = _exact_levels(v, facts, ("exact", "around"))  # (`突破2.5万亿元，达到25793亿元左右`: the level, said about)

    def covered(f: Fact) -> bool:
        return (f.role == "actual" and f.measure == "level" and f.qualifier == "at_least" and f.value is not None
                and any((e := _in_unit(x, f.unit)) is not None and e >= f.value
                        for x in exact.get((f.indicator, f.period), [])))

    return [f for f in facts if not covered(f)]


def drop_smaller_restated(v: Vocabulary, facts: list[Fact], text: str, own: tuple[str, ...] = ()) -> list[Fact]:
    """Last year's level of an indicator given once (`一般公共预算收入85亿元`), then a smaller one later with
    no word of its own scope (a sector's share in its paragraph: `优化发展金融服务业。…完成一般公共预算收入
    18.08亿元`): a report gives one level a year, so the later, smaller figure is a part (not the issuing
    level's own, `其中区级一般公共预算收入210.1亿元`, a figure of its own)."""
    parts = {id(f) for first, *later in _exact_levels(v, facts).values() for f in later
             if (e := _in_unit(first, f.unit)) is not None and f.value is not None and f.value < e
             and not _own_level(v, text, f, own) and not _other_basis(text, f)}
    return [f for f in facts if id(f) not in parts]


def drop_rounded_restated(v: Vocabulary, facts: list[Fact], text: str, own: tuple[str, ...] = ()) -> list[Fact]:
    """Last year's level of an indicator given rounded (`地区生产总值达3.58万亿元`, a write-up's lead) and exact
    elsewhere (`全年地区生产总值35804亿元`): one level, so the rounded statement is no fact of its own. Only a
    rounding to three digits or more, the two within half a percent (`一般公共预算收入10亿元` and a part's `9.6亿元`
    are two figures), and not the issuing level's own part (`县本级…`)."""
    levels = _exact_levels(v, facts)

    def rounded(f: Fact) -> bool:
        if f.value is None or not f.value or not isinstance(exp := f.value.as_tuple().exponent, int):
            return False
        if len(f.value.as_tuple().digits) < _ROUNDED_DIGITS:
            return False
        return any((e := _in_unit(x, f.unit)) is not None and e != f.value and not _own_level(v, text, x, own)
                   and abs(e - f.value) <= abs(f.value) * _ROUNDED_WITHIN
                   and e.quantize(Decimal(1).scaleb(exp), ROUND_HALF_UP) == f.value
                   for x in levels.get((f.indicator, f.period), []) if x is not f)

    drop = {id(f) for group in levels.values() if len(group) > 1 for f in group if rounded(f)}
    return [f for f in facts if id(f) not in drop]


_HEADLINE_LINES = 4  # the short lines a page opens on: its headline and subheadings
_HEADLINE_CHARS = 40
_MARKED = re.compile(MARKS)  # an infographic's mark opening a highlight (`📈`, `▶`)


def headline_end(text: str) -> int:
    """Where a page's short opening lines (its headline and subheadings) end: 0 when it opens on prose. A block
    of highlights each opening on an infographic's mark runs on to its end (`速览丨…` / `肥西融媒　2025-01-09` / `` /
    `📈 地区生产总值增长6.3%` / `📈 规上工业增加值增长10.5%` / …), not a report's own short lines."""
    end = 0
    for _ in range(_HEADLINE_LINES):  # (only the opening lines are read, not the whole report)
        nl = text.find("\n", end)
        line_end = len(text) if nl < 0 else nl
        if len(text[end:line_end].strip()) > _HEADLINE_CHARS:
            break
        end = line_end + 1
        if nl < 0:
            break
    while end and end < len(text):  # (the marked highlights under it)
        nl = text.find("\n", end)
        line_end = len(text) if nl < 0 else nl
        line = text[end:line_end].strip()
        if not (0 < len(line) <= _HEADLINE_CHARS and _MARKED.match(line)):
            break
        end = line_end + 1
    return end


_SUBHEAD_END = tuple("。！？!?；;，,：:、")
# an item of a list (`1.`, `(一)`, `一、`, `——`, `●`): a report's own line, not a news subheading
_LIST_MARKER = re.compile(r"(?:\d{1,2}\s*[.、．)）]|[(（][一二三四五六七八九十\d]{1,3}[)）]"
                          r"|[一二三四五六七八九十]{1,3}\s*[、.．]|[—\-－]{1,2}|[●○◆■□▲·•*])")


def headline_zones(text: str, news: bool = True) -> list[tuple[int, int]]:
    """The page's opening lines, and, in a news page (``news``: no report title), each subheading inside it:
    a short line with a figure between two paragraphs (`GDP增长9%新年小目标:涨8%`), not ending a sentence nor
    opening on a list marker (`1.地区生产总值增长6%` is a report's item), the paragraph after it a long one."""
    zones = [(0, headline_end(text))]
    if not news:
        return zones
    filled = [ln for ln in iter_lines(text) if ln.text.strip()]
    for j, ln in enumerate(filled):
        t = ln.text.strip()
        if (ln.start < zones[0][1] or not 4 <= len(t) <= _HEADLINE_CHARS or t.endswith(_SUBHEAD_END)
                or _LIST_MARKER.match(t)
                or "|" in t or not any(c.isdigit() for c in t) or j == 0 or j + 1 >= len(filled)):
            continue
        before, after = filled[j - 1].text.strip(), filled[j + 1].text.strip()
        if before.endswith(("。", "！", "？", "!", "?", "”", "）", ")")) and len(after) > _HEADLINE_CHARS:
            zones.append((ln.start, ln.end))
    return zones


def _names_its_year(text: str, zones: list[tuple[int, int]], f: Fact, title_words: tuple[str, ...]) -> bool:
    """Whether the headline lines before ``f`` name its year on a line of their own words (`回顾2017年`), not
    on a line naming the report (``title_words``: `广东省2016年政府工作报告`), which names the year planned."""
    zone = next((a for a, b in zones if a <= f.span.start < b), f.span.start)
    return any(f"{f.period}年" in ln and not any(w in ln for w in title_words)
               for ln in text[zone : f.span.start].split("\n"))


def headline_copies(text: str, facts: list[Fact], zones: list[tuple[int, int]] | None = None,
                    this_year: tuple[str, ...] = (), title_words: tuple[str, ...] = ()) -> list[Fact]:
    """A figure in a page's short opening lines (the headline `廣東GDP 7.28萬億元`) or in a news subheading that
    the body states again (same indicator, measure and value) is a copy of that statement, and the body's fact
    stands alone: the headline has no section to say whose year it is."""
    zones = zones if zones is not None else headline_zones(text)
    head = [f for f in facts if any(a <= f.span.start < b for a, b in zones)]
    if not head or len(head) == len(facts):
        return facts
    ids = {id(f) for f in head}
    body = [f for f in facts if id(f) not in ids]
    said = {(g.indicator, g.measure, g.value) for g in body if g.value is not None}
    said_when = {(g.indicator, g.measure, g.value, g.role, g.period) for g in body if g.value is not None}
    # (but a headline saying this year's figure is no copy of a body's average over several years: `今年广东GDP增长
    # 目标:8%` over `今后五年…生产总值年均增长8%左右`)
    averages_only = said - {(g.indicator, g.measure, g.value) for g in body if g.horizon is None}

    # (a target said in words, `城乡居民收入与经济增长同步` over the body's `城乡居民收入增长与经济增长同步`)
    said_in_words = {(g.indicator, g.role, g.period) for g in body if g.qualifier == "qualitative"}

    def copy(f: Fact) -> bool:
        if f.qualifier == "qualitative":
            return (f.indicator, f.role, f.period) in said_in_words
        key = (f.indicator, f.measure, f.value)
        if key not in said:
            return False
        line = text[text.rfind("\n", 0, f.span.start) + 1 : f.span.start]
        if (f.period is not None and (*key, f.role, f.period) not in said_when
                and _names_its_year(text, zones, f, title_words)):
            return False  # `回顾2017年⏎…城乡居民收入分别增长8.6%和9.3%`: the lines name their own year
        return not (key in averages_only and f.horizon is None and any(w in line for w in this_year))

    return [f for f in facts if id(f) not in ids or not copy(f)]
