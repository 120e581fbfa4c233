"""An infographic's lines that put the figure before its name (``■ 40678.1亿元 — 全省地区生产总值，增长8%``,
``7.5%左右：地区生产总值增长目标``, or ``【7.5%左右】`` over a line ``今年地区生产总值增长目标``): read as the name's
first clause with the figure after it, each character of that reading traced back to the report's text.

A write-up's `一图读懂` / `数读` transcribes the picture's figure-first captions so; the linker reads names before
figures, so the line is handed to it reordered, and the facts' spans are mapped back (a fact's span then covers the
line from the figure to the words it was read with, still one slice of the original).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from zhibiao import quantity as qty
from zhibiao.facts.cuefile import cue_re, facts_cues
from zhibiao.facts.vocab import MARKS, Vocabulary
from zhibiao.model import Fact, Mention, Span


@dataclass(frozen=True, slots=True)
class Reordered:
    """A line read in another order: the text handed to the linker and, for each of its characters, the
    report-relative position it stands for."""

    text: str
    at: tuple[int, ...]

    def span(self, start: int, end: int) -> Span:
        """The report's slice that holds every character of the reading's ``[start, end)``."""
        covered = self.at[start:end] or (self.at[min(start, len(self.at) - 1)],)
        return Span(min(covered), max(covered) + 1)


def _reading(text: str, pieces: Sequence[tuple[int, int]]) -> Reordered:
    """The slices ``pieces`` of ``text`` read one after another, each character traced to its place."""
    return Reordered("".join(text[a:b] for a, b in pieces), tuple(i for a, b in pieces for i in range(a, b)))


_LABEL_HEAD_END = re.compile(r"[，,；;（(。！!？?]")
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"(?:19|20)\d\d\s*年")
_LINE_CHARS = 60  # a caption line's length at most


def reordered(v: Vocabulary, text: str, start: int, end: int,
              raw: Callable[[int, int], str] | None = None) -> Reordered | None:
    """The reading of the line ``text[start:end]`` as name then figures, or ``None`` when it is no caption so
    written. Its figures (each with a unit or a qualifier, joined by `、`) open it after a bullet and are followed
    by a dash, colon, bar, space or closing bracket and a name (`209.8亿元　公共财政预算收入，增长14.2%`), or stand
    alone (in brackets or not) with the name opening the next line (`385.6亿元` / `全市地区生产总值，增长14.1%`); or
    the line opens on a figure under the name alone on the line above (`地区生产总值` / `726.2亿元，增长10.1%`), a
    name no figure above it claims. A zone's name alone above makes the caption the zone's (`天府新区` / …). Never a
    table's row (cells apart), nor a line a broken sentence runs on into (`全市实现地区生产总值` / `2807.2亿元`), nor
    figures the copy joined across an item's number (`1. 7%` normalised to `1.7%`: ``raw`` gives the source)."""
    if (start > 0 and text[start - 1] != "\n") or "\t" in text[start:end] or _CELL_GAP.search(text, start, end):
        return None
    p = _line_before(text, start)
    zone = p if p is not None and _is_zone(v, text, p) else None
    if zone is not None:
        p = None  # (the zone's name line heads the caption below it)
    named = p is not None and _is_name_line(v, text, p)
    if p is not None and not named and _runs_on(v, text, p):
        return None
    if _is_figure_line(text, (start, end)):
        # figures alone on their line: the name above's in a run of lines that opens on a name (`地区生产总值` /
        # `726.2亿元` / `规模工业增加值` / …), else the name below's (`385.6亿元` / `全市地区生产总值，增长14.1%`)
        got = (_name_above(v, text, start, end, p) if named and p is not None else None) \
            if _run_opens_on_name(v, text, start) else \
            _figures_first(v, text, start, end, _line_after(text, end), raw)
    elif named and p is not None:
        got = _name_above(v, text, start, end, p)
    else:
        got = _figures_first(v, text, start, end, None, raw)
    if got is None and zone is not None and v.alias_re.search(text, start, end) is not None \
            and not text.startswith(_OWN_WHOLE, start):
        # (not a sentence on the whole under the zone's heading: `（四）伊滨新区` / `全市固定资产投资增长11.2%。`)
        got = _reading(text, [(start, end)])  # (`宜昌高新区` / `规模以上工业总产值力争突破…`)
    above = zone or (_line_before(text, p[0]) if p is not None else None)
    if got is not None and above is not None and _is_zone(v, text, above):
        got = _after(above, got, text)  # (`天府新区` / `1500亿元　地区生产总值`: the zone's figure)
    return got


def _run_opens_on_name(v: Vocabulary, text: str, start: int) -> bool:
    """Whether the run of name lines and figure lines the line at ``start`` ends opens on a name line (names above
    their figures) rather than on a figure line."""
    top: str | None = None
    line = _line_before(text, start)
    for _ in range(_RUN_LINES):
        if line is None:
            break
        if _is_name_line(v, text, line):
            top = "name"
        elif _is_figure_line(text, line) or _is_verb_figure_line(text, line):
            top = "figure"  # (`增长7.5%` under its name counts as a figure of the run)
        else:
            break
        line = _line_before(text, line[0])
    return top == "name"


def _line_before(text: str, start: int) -> tuple[int, int] | None:
    """The line right above the one starting at ``start`` (None at the text's top or after a blank line)."""
    if start <= 0:
        return None
    a = text.rfind("\n", 0, start - 1) + 1
    return (a, start - 1) if text[a : start - 1].strip() else None


def _line_after(text: str, end: int) -> tuple[int, int] | None:
    """The line right below the one ending at ``end`` (None at the end or before a blank line)."""
    if not text.startswith("\n", end):
        return None
    b = text.find("\n", end + 1)
    b = len(text) if b < 0 else b
    return (end + 1, b) if text[end + 1 : b].strip() else None


def _is_name_line(v: Vocabulary, text: str, line: tuple[int, int]) -> bool:
    """Whether a line is the names of indicators alone (`全市地区生产总值`, `地区生产总值增长`, `城镇居民…和
    农民人均纯收入`)."""
    name = text[line[0] : line[1]]
    if not 0 < len(name.strip()) <= _NAME_CHARS or _DIGIT.search(name) or _LABEL_HEAD_END.search(name):
        return False
    a = v.alias_re.search(name)
    if a is None:
        return False
    before = _LEAD_MARKS.sub("", name[: a.start()]).strip(_BULLETS)  # (`📈 地区生产总值`: an infographic's mark)
    after = re.sub(_NAME_JOINERS, "", v.alias_re.sub("", name[a.end() :]))
    return not (after and after not in _NAME_TAILS) and not (before and not v.whole_region_re.fullmatch(before))


def _is_figure_line(text: str, line: tuple[int, int]) -> bool:
    """Whether a line is figures alone (`385.6亿元`, `【7.5%左右】`)."""
    m = cue_re("figure_first_line").fullmatch(text, line[0], line[1])
    return m is not None and m.group("sep") is None and _only_figures(m.group("figs"))


def _is_verb_figure_line(text: str, line: tuple[int, int]) -> bool:
    """Whether a line is a verb and its figures alone (`增长7.5%`, `比上年增长7.8%`)."""
    m = cue_re("figure_opens_line").match(text, line[0], line[1])
    return m is not None and m.end() > line[0] and _only_figures(text[m.end() : line[1]])


def _is_zone(v: Vocabulary, text: str, line: tuple[int, int]) -> bool:
    """Whether a line is a zone's name alone (`宜昌高新区`, `天府新区`), no numbered heading (`（四）伊滨新区`)."""
    place = _NUMBERED.sub("", text[line[0] : line[1]].strip(_BULLETS)).strip()
    if not 0 < len(place) <= _PLACE_CHARS:
        return False
    m = v.subarea_re.match(place)
    return m is not None and m.end() == len(place)


def _runs_on(v: Vocabulary, text: str, line: tuple[int, int]) -> bool:
    """Whether a line is a sentence broken off after a name (a PDF copy: `全市实现地区生产总值` / `2807.2亿元`): the
    figure below is that name's, no caption's."""
    s = text[line[0] : line[1]].rstrip()
    if s.lstrip().startswith(tuple(_BULLETS.strip())) or cue_re("figure_first_line").match(s) is not None:
        return False  # (a list's item or a caption above: `■ 3.5% — 城镇登记失业率` / `■ 1.7% — …`)
    return not s.endswith(_LINE_ENDS) and any(m.end() == len(s) for m in v.alias_re.finditer(s))


def _after(line: tuple[int, int], got: Reordered, text: str) -> Reordered:
    """``got`` read after the zone's name ``line``."""
    return Reordered(text[line[0] : line[1]] + got.text, tuple(range(line[0], line[1])) + got.at)


def _figures_first(v: Vocabulary, text: str, start: int, end: int, next_line: tuple[int, int] | None,
                   raw: Callable[[int, int], str] | None) -> Reordered | None:
    """The line whose figures come first read with them after its name's first clause (see ``reordered``)."""
    m = cue_re("figure_first_line").match(text, start, end)
    if m is None or not _only_figures(text[m.start("figs") : m.end("figs")]):
        return _figures_against_name(v, text, start, end, raw)
    figs = (m.start("figs"), m.end("figs"))
    if raw is not None and _ITEM_JOINED.search(raw(*figs)):
        return None  # (`1. 7%左右 — …`: an item's number and its figure, joined in normalising)
    if m.group("sep") is not None or m.group("gap") is not None:
        label = (m.end(), end)
    elif next_line is not None and m.end() == end and next_line[1] - next_line[0] <= _LINE_CHARS:
        label = next_line
    else:
        return None
    head_end = _LABEL_HEAD_END.search(text, label[0], label[1])
    cut = head_end.start() if head_end is not None else label[1]
    if v.alias_re.search(text, label[0], cut) is None or _DIGIT.search(_YEAR.sub("", text[label[0] : cut])):
        return None  # (a year may head the name: `8.5%左右——2019年地区生产总值增长目标`)
    return _reading(text, [(label[0], cut), figs, (cut, label[1])])


def _figures_against_name(v: Vocabulary, text: str, start: int, end: int,
                          raw: Callable[[int, int], str] | None) -> Reordered | None:
    """A line opening on its figures right against the name (a copy that lost the space between them:
    `3136.8亿元全市地区生产总值，比上年增长9.1%`, `9%、10%城镇居民人均可支配收入和农民人均纯收入分别增长`)."""
    at = start + len(text[start:end]) - len(text[start:end].lstrip(_BULLETS))
    if not qty.may_hold(text, at, min(end, at + _LEAD_CHARS)):
        return None  # (no figure can open the line: most lines, spared a scan)
    found = qty.scan(text[at:end])
    stop = 0
    for q in found:
        if q.span.start != stop or q.value is None or (q.unit is None and q.qualifier == "exact"):
            break
        stop = q.span.end + (1 if text.startswith("、", at + q.span.end) else 0)
    stop = at + stop
    if stop == at or text[stop - 1] == "、" or (found[0].qualifier in ("at_least", "at_most")
                                                and found[0].unit not in ("%", "％", "‰")):
        return None  # (`500万元以上固定资产投资`: an amount's threshold of the name, no caption's figure)
    if raw is not None and _ITEM_JOINED.search(raw(at, stop)):
        return None
    label_at = stop
    if (w := v.whole_region_re.match(text, stop)) is not None:
        label_at = w.end()
    if v.alias_re.match(text, label_at) is None or v.alias_re.match(text, label_at).group() == "":
        return None
    head_end = _LABEL_HEAD_END.search(text, stop, end)
    cut = head_end.start() if head_end is not None else end
    if _DIGIT.search(text, stop, cut):
        return None  # (a threshold before the name, `500万元以上固定资产投资893.4亿元`: the figure after is its own)
    return _reading(text, [(stop, cut), (at, stop), (cut, end)])


def _name_above(v: Vocabulary, text: str, start: int, end: int, prev_line: tuple[int, int]) -> Reordered | None:
    """The line read after the name alone on the line above it, ``prev_line`` (`地区生产总值` / `726.2亿元，增长10.1%`,
    `城镇登记失业率` / `控制在3.5%以内`): the line opens on its figure, after a verb at most, and names nothing."""
    m = cue_re("figure_opens_line").match(text, start, end)
    head_end = _LABEL_HEAD_END.search(text, start, end)
    if m is None or v.alias_re.search(text, start, head_end.start() if head_end else end) is not None:
        return None
    head = text[m.end() : head_end.start() if head_end else end]
    if not _only_figures(head):
        return None  # (its first clause the figures alone: not `3000万元以上项目开工286个`, a threshold's)
    return _reading(text, [prev_line, (start, end)])


_PLACE_CHARS = 16  # a zone's name line above its caption, at most
_RUN_LINES = 60  # how far up a run of caption lines is followed
_LEAD_CHARS = 12  # a figure opening a line has its number within this many characters (its lead words before it)
_NAME_CHARS = 24  # a name's line above its figure, at most
_NAME_TAILS = tuple(facts_cues()["caption_name_tails"])
_NAME_JOINERS = r"[\s\u3000和及与、]"
_BULLETS: str = facts_cues()["caption_bullets"]
_LEAD_MARKS = re.compile(r"^\s*" + MARKS + "+")
_LINE_ENDS = tuple(facts_cues()["caption_line_ends"])
_CELL_GAP = re.compile(r"\S(?: {2,}|\u3000{2,})\S")  # a table row's cells apart (a line with one gap is a caption's)
_OWN_WHOLE = tuple(facts_cues()["caption_own_wholes"])  # (not 全区: a zone's word too)
_NUMBERED = re.compile(r"^[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．]")  # a numbered heading (`（四）伊滨新区`)
_ITEM_JOINED = re.compile(r"\d[.．、]\s+\d")  # `1. 7%` in the source: an item's number before its figure


def _only_figures(s: str) -> bool:
    """Whether ``s`` holds figures and their joiners only (`、`, `和`, a commitment word), each figure with a unit or
    a qualifier (not a bare count or an item's number)."""
    found = qty.scan(s)
    if not found or any(q.value is None or (q.unit is None and q.qualifier == "exact") for q in found):
        return False
    if any(not s[a.span.end : b.span.start].strip(" \u3000") and not s.startswith(_COMMITMENT_WORDS, b.span.start)
           and b.extra.get("verb") is None for a, b in pairwise(found)):
        # (two figures with nothing between: a table row whose gap a copy lost, `2303.8亿元2450亿元`; not a level and
        # its growth, `3474.3亿元增长8.5%`)
        return False
    rest = s
    for q in sorted(found, key=lambda q: q.span.start, reverse=True):
        rest = rest[: q.span.start] + rest[q.span.end :]
    for w in _COMMITMENT_WORDS:
        rest = rest.replace(w, "")
    return not rest.strip(" 、和及\u3000")


_COMMITMENT_WORDS = tuple(facts_cues()["caption_commitment_words"])  # (`确保11%　力争12%` / `地区生产总值增长`)


def mapped(facts: Sequence[Fact], mentions: Sequence[Mention], line: Reordered, offset: int,
           text: str) -> tuple[list[Fact], list[Mention]]:
    """The facts and mentions read from ``line`` (handed to the linker at ``offset``), their spans and texts those
    of the report."""

    def back(s: Span) -> Span:
        return line.span(s.start - offset, s.end - offset)

    out_f = [dataclasses.replace(f, span=(sp := back(f.span)), text=text[sp.start : sp.end]) for f in facts]
    out_m = [dataclasses.replace(m, span=(sp := back(m.span)), text=text[sp.start : sp.end]) for m in mentions]
    return out_f, out_m
