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
from collections.abc import Sequence
from dataclasses import dataclass

from zhibiao import quantity as qty
from zhibiao.facts.cuefile import cue_re
from zhibiao.facts.vocab import Vocabulary
from zhibiao.model import Fact, Mention, Quantity, Span


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


_LABEL_HEAD_END = re.compile(r"[，,；;（(。！!？?]")
_DIGIT = re.compile(r"\d")
_LINE_CHARS = 60  # a caption line's length at most


def reordered(v: Vocabulary, text: str, start: int, end: int, next_line: tuple[int, int] | None,
              prev_line: tuple[int, int] | None = None) -> Reordered | None:
    """The reading of the line ``text[start:end]`` as name then figures, or ``None`` when it is no caption so
    written. Its figures (each with a unit or a qualifier, joined by `、`) open it after a bullet and are followed
    by a dash, colon, bar, space or closing bracket and a name (`209.8亿元　公共财政预算收入，增长14.2%`), or stand
    alone (in brackets or not) with the name opening ``next_line`` (`385.6亿元` / `全市地区生产总值，增长14.1%`);
    or the line opens on a figure with the name alone on ``prev_line`` (`地区生产总值` / `726.2亿元，增长10.1%`)."""
    return _figures_first(v, text, start, end, next_line) or _name_above(v, text, start, end, prev_line) \
        or _place_above(v, text, start, end, prev_line)


def _figures_first(v: Vocabulary, text: str, start: int, end: int,
                   next_line: tuple[int, int] | None) -> Reordered | None:
    """The line whose figures come first read with them after its name's first clause (see ``reordered``)."""
    m = cue_re("figure_first_line").match(text, start, end)
    if m is None or not _only_figures(text[m.start("figs") : m.end("figs")]):
        return _figures_against_name(v, text, start, end)
    figs = (m.start("figs"), m.end("figs"))
    if m.group("sep") is not None or m.group("gap") is not None:
        label = (m.end(), end)
    elif next_line is not None and m.end() == end and next_line[1] - next_line[0] <= _LINE_CHARS:
        label = next_line
    else:
        return None
    head_end = _LABEL_HEAD_END.search(text, label[0], label[1])
    cut = head_end.start() if head_end is not None else label[1]
    if v.alias_re.search(text, label[0], cut) is None or _DIGIT.search(text, label[0], cut):
        return None
    order = [(label[0], cut), figs, (cut, label[1])]
    at = tuple(i for a, b in order for i in range(a, b))
    return Reordered("".join(text[a:b] for a, b in order), at)


def _figures_against_name(v: Vocabulary, text: str, start: int, end: int) -> Reordered | None:
    """A line opening on its figures right against the name (a copy that lost the space between them:
    `3136.8亿元全市地区生产总值，比上年增长9.1%`, `9%、10%城镇居民人均可支配收入和农民人均纯收入分别增长`)."""
    at = start + len(text[start:end]) - len(text[start:end].lstrip(_BULLETS))
    found = qty.scan(text[at:end])
    stop = 0
    for q in found:
        if q.span.start != stop or q.value is None or (q.unit is None and q.qualifier == "exact"):
            break
        stop = q.span.end + (1 if text.startswith("、", at + q.span.end) else 0)
    stop = at + stop
    if stop == at or text[stop - 1] == "、":
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
    order = [(stop, cut), (at, stop), (cut, end)]
    at_ = tuple(i for a, b in order for i in range(a, b))
    return Reordered("".join(text[a:b] for a, b in order), at_)


def _name_above(v: Vocabulary, text: str, start: int, end: int, prev_line: tuple[int, int] | None) -> Reordered | None:
    """The line read after the name alone on the line above it (`地区生产总值` / `726.2亿元，增长10.1%`,
    `城镇登记失业率` / `控制在3.5%以内`): the line opens on its figure, after a verb at most, and names nothing."""
    if prev_line is None or not 0 < prev_line[1] - prev_line[0] <= _NAME_CHARS:
        return None
    name = text[prev_line[0] : prev_line[1]]
    a = v.alias_re.search(name)
    if a is None or _DIGIT.search(name) or _LABEL_HEAD_END.search(name):
        return None
    before = name[: a.start()].strip(_BULLETS)
    after = re.sub(_NAME_JOINERS, "", v.alias_re.sub("", name[a.end() :]))
    if (after and after not in _NAME_TAILS) or (before and not v.whole_region_re.fullmatch(before)):
        return None  # (the names alone: `全市地区生产总值`, `地区生产总值增长`, `城镇居民…和农民人均纯收入`)
    m = cue_re("figure_opens_line").match(text, start, end)
    head_end = _LABEL_HEAD_END.search(text, start, end)
    if m is None or v.alias_re.search(text, start, head_end.start() if head_end else end) is not None:
        return None
    first = qty.scan(text[m.end() : head_end.start() if head_end else end])
    if not first or first[0].span.start != 0 or (first[0].unit is None and first[0].qualifier == "exact"):
        return None
    order = [prev_line, (start, end)]
    at = tuple(i for a, b in order for i in range(a, b))
    return Reordered("".join(text[a:b] for a, b in order), at)


def _place_above(v: Vocabulary, text: str, start: int, end: int, prev_line: tuple[int, int] | None) -> Reordered | None:
    """The line read after a sub-area's name alone on the line above it (`宜昌高新区` / `规模以上工业总产值力争突破
    2000亿元`): a caption of that zone, its figures the zone's."""
    if prev_line is None or not 0 < prev_line[1] - prev_line[0] <= _PLACE_CHARS:
        return None
    place = text[prev_line[0] : prev_line[1]].strip(_BULLETS)
    m = v.subarea_re.match(place)
    if m is None or m.end() != len(place) or v.alias_re.search(text, start, end) is None:
        return None
    order = [prev_line, (start, end)]
    at = tuple(i for a, b in order for i in range(a, b))
    return Reordered("".join(text[a:b] for a, b in order), at)


_PLACE_CHARS = 16  # a zone's name line above its caption, at most
_NAME_CHARS = 24  # a name's line above its figure, at most
_NAME_TAILS = ("增长", "增速", "涨幅", "下降", "降低", "提高")
_NAME_JOINERS = r"[\s\u3000和及与、]"
_BULLETS = " \u3000■●◆◇□▲△▶►★☆•·‧※◎○▪"


def _only_figures(s: str) -> bool:
    """Whether ``s`` holds figures and their joiners only, each figure with a unit or a qualifier (not a bare
    count or an item's number)."""
    found = qty.scan(s)
    if not found or any(q.value is None or (q.unit is None and q.qualifier == "exact") for q in found):
        return False
    rest = s
    for q in sorted(found, key=lambda q: q.span.start, reverse=True):
        rest = rest[: q.span.start] + rest[q.span.end :]
    for w in _COMMITMENT_WORDS:
        rest = rest.replace(w, "")
    return not rest.strip(" 、和及\u3000")


_COMMITMENT_WORDS = ("确保", "力争", "争取")  # (`确保11%　力争12%` / `地区生产总值增长`)


def mapped(facts: Sequence[Fact], mentions: Sequence[Mention], line: Reordered, offset: int,
           text: str) -> tuple[list[Fact], list[Mention]]:
    """The facts and mentions read from ``line`` (handed to the linker at ``offset``), their spans and texts those
    of the report."""

    def back(s: Span) -> Span:
        return line.span(s.start - offset, s.end - offset)

    out_f = [dataclasses.replace(f, span=(sp := back(f.span)), text=text[sp.start : sp.end]) for f in facts]
    out_m = [dataclasses.replace(m, span=(sp := back(m.span)), text=text[sp.start : sp.end]) for m in mentions]
    return out_f, out_m


def scan(line: Reordered) -> list[Quantity]:
    """The quantities of the reading."""
    return qty.scan(line.text)
