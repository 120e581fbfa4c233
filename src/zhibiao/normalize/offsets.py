"""Run-length offset map between normalised text and the decoded original.

The map is a sorted list of *edits*: original range ``[src_start, src_end)`` became normalised
range ``[norm_start, norm_end)``. Between edits, text maps one character to one character.
A position inside an edit maps to the whole original run (a span never cuts a replaced run).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from zhibiao.model import Span

# One edit: (old_start, old_end, new_start, new_end).
Edit = tuple[int, int, int, int]


def _map_pos(pos: int, keys: Sequence[int], kend: Sequence[int], vals: Sequence[int],
             vend: Sequence[int], start: bool) -> int:
    """Map ``pos`` from key space to value space; ``start`` picks the rule for span starts."""
    if start:
        i = bisect_right(keys, pos) - 1
        if i < 0:
            return pos
        if pos < kend[i]:
            return vals[i]
        return vend[i] + pos - kend[i]
    i = bisect_left(keys, pos) - 1
    if i < 0:
        return pos
    if pos <= kend[i]:
        return vend[i]
    return vend[i] + pos - kend[i]


@dataclass(frozen=True)
class OffsetMap:
    """Maps normalised positions/spans back to the original text (see module docstring)."""

    src_start: tuple[int, ...] = ()
    src_end: tuple[int, ...] = ()
    norm_start: tuple[int, ...] = ()
    norm_end: tuple[int, ...] = ()
    src_len: int = 0
    norm_len: int = 0

    @classmethod
    def identity(cls, n: int) -> OffsetMap:
        return cls(src_len=n, norm_len=n)

    @classmethod
    def from_edits(cls, edits: Iterable[Edit], src_len: int, norm_len: int) -> OffsetMap:
        es = list(edits)
        return cls(
            tuple(e[0] for e in es), tuple(e[1] for e in es),
            tuple(e[2] for e in es), tuple(e[3] for e in es), src_len, norm_len,
        )

    def edits(self) -> list[Edit]:
        return list(zip(self.src_start, self.src_end, self.norm_start, self.norm_end, strict=True))

    def to_source_pos(self, pos: int, *, end: bool = False) -> int:
        """Original position of normalised ``pos`` (as a span start, or as an end if ``end``)."""
        pos = min(max(pos, 0), self.norm_len)
        return _map_pos(pos, self.norm_start, self.norm_end, self.src_start, self.src_end, not end)

    def to_source(self, span: Span) -> Span:
        """Original span of a normalised span; widened to whole runs where text was replaced."""
        s = self.to_source_pos(span.start)
        e = self.to_source_pos(span.end, end=True)
        if span.start == span.end:
            e = s
        return Span(s, max(s, e))

    def from_source_pos(self, pos: int, *, end: bool = False) -> int:
        """Normalised position of an original position (inverse direction, same rules)."""
        pos = min(max(pos, 0), self.src_len)
        return _map_pos(pos, self.src_start, self.src_end, self.norm_start, self.norm_end, not end)

    def then(self, step: OffsetMap) -> OffsetMap:
        """Compose: ``self`` maps text1->text0, ``step`` maps text2->text1; result text2->text0."""
        if not step.src_start:
            return OffsetMap(self.src_start, self.src_end, self.norm_start, self.norm_end,
                             self.src_len, step.norm_len)
        regions: list[Edit] = []
        for s0, e0, s1, e1 in self.edits():  # text0 range, text1 range -> text2 range
            regions.append((s0, e0, step.from_source_pos(s1), step.from_source_pos(e1, end=True)
                            if e1 > s1 else step.from_source_pos(s1)))
        for s1, e1, s2, e2 in step.edits():  # text1 range -> text0 range
            a = self.to_source_pos(s1)
            b = self.to_source_pos(e1, end=True) if e1 > s1 else a
            regions.append((a, max(a, b), s2, e2))
        regions.sort()
        merged: list[list[int]] = []
        for s0, e0, s2, e2 in regions:
            if merged:
                m = merged[-1]
                if s0 < m[1] or s2 < m[3] or s0 == m[0] or s2 == m[2]:
                    m[1] = max(m[1], e0)
                    m[3] = max(m[3], e2)
                    m[0] = min(m[0], s0)
                    m[2] = min(m[2], s2)
                    continue
            merged.append([s0, e0, s2, e2])
        return OffsetMap.from_edits(((m[0], m[1], m[2], m[3]) for m in merged), self.src_len, step.norm_len)
