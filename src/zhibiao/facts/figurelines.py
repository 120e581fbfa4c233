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


def reordered(v: Vocabulary, text: str, start: int, end: int, next_line: tuple[int, int] | None) -> Reordered | None:
    """The reading of the line ``text[start:end]`` with its leading figures moved after its name's first clause, or
    ``None`` when it is no figure-first line: its figures (each with a unit or a qualifier, joined by `、`) must
    open it, after a bullet, and be followed by a dash, colon or bar and a name, or stand alone (in brackets or not)
    with the name on ``next_line`` (a line of words with no figure)."""
    m = cue_re("figure_first_line").match(text, start, end)
    if m is None:
        return None
    figs = (m.start("figs"), m.end("figs"))
    if not _only_figures(text[figs[0] : figs[1]]):
        return None
    if m.group("sep") is not None:
        label = (m.end(), end)
    elif next_line is not None and m.end() == end:
        label = next_line
        if re.search(r"\d", text[label[0] : label[1]]) or label[1] - label[0] > _LABEL_CHARS:
            return None
    else:
        return None
    head_end = _LABEL_HEAD_END.search(text, label[0], label[1])
    cut = head_end.start() if head_end is not None else label[1]
    if v.alias_re.search(text, label[0], cut) is None:
        return None
    order = [(label[0], cut), figs, (cut, label[1])]
    at = tuple(i for a, b in order for i in range(a, b))
    return Reordered("".join(text[a:b] for a, b in order), at)


_LABEL_CHARS = 40  # a caption line's length at most


def _only_figures(s: str) -> bool:
    """Whether ``s`` holds figures and their joiners only, each figure with a unit or a qualifier (not a bare
    count or an item's number)."""
    found = qty.scan(s)
    if not found or any(q.value is None or (q.unit is None and q.qualifier == "exact") for q in found):
        return False
    rest = s
    for q in sorted(found, key=lambda q: q.span.start, reverse=True):
        rest = rest[: q.span.start] + rest[q.span.end :]
    return not rest.strip(" 、和及\u3000")


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
