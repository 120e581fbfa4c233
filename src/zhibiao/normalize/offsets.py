"""Run-length offset map between normalised text and the decoded original.

The map is a sorted list of *edits*: original range ``[src_start, src_end)`` became normalised
range ``[norm_start, norm_end)``. Between edits, text maps one character to one character.
A position inside an edit maps to the whole original run (a span never cuts a replaced run).
The four edit columns are int64 numpy arrays (8 bytes an edit, not a tuple of Python ints).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from zhibiao.model import Span

# One edit: (old_start, old_end, new_start, new_end).
Edit = tuple[int, int, int, int]
_EMPTY = np.zeros(0, dtype=np.int64)
_EMPTY.setflags(write=False)


def _col(values: Any) -> np.ndarray:
    """A read-only int64 column (shared, not copied, when already one)."""
    if isinstance(values, tuple) and not values:
        return _EMPTY
    a = np.asarray(values, dtype=np.int64)
    if a.ndim != 1:
        a = a.reshape(-1)
    if a.flags.writeable:
        a.setflags(write=False)
    return a


def edit_columns(edits: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The four columns of ``edits``: an ``(n, 4)`` array, four columns, or an iterable of ``Edit``."""
    if isinstance(edits, tuple) and len(edits) == 4 and all(isinstance(c, np.ndarray) for c in edits):
        return edits  # type: ignore[return-value]
    if isinstance(edits, np.ndarray):
        arr = edits.reshape(-1, 4)
    else:
        es = edits if isinstance(edits, list) else list(edits)
        if not es:
            return _EMPTY, _EMPTY, _EMPTY, _EMPTY
        arr = np.array(es, dtype=np.int64).reshape(-1, 4)
    return tuple(np.ascontiguousarray(arr[:, k], dtype=np.int64) for k in range(4))  # type: ignore[return-value]


def _map_pos(pos: int, keys: np.ndarray, kend: np.ndarray, vals: np.ndarray,
             vend: np.ndarray, start: bool) -> int:
    """Map ``pos`` from key space to value space; ``start`` picks the rule for span starts."""
    if start:
        i = int(np.searchsorted(keys, pos, side="right")) - 1
        if i < 0:
            return pos
        if pos < kend[i]:
            return int(vals[i])
        return int(vend[i]) + pos - int(kend[i])
    i = int(np.searchsorted(keys, pos, side="left")) - 1
    if i < 0:
        return pos
    if pos <= kend[i]:
        return int(vend[i])
    return int(vend[i]) + pos - int(kend[i])


@dataclass(frozen=True, eq=False)
class OffsetMap:
    """Maps normalised positions/spans back to the original text (see module docstring)."""

    src_start: np.ndarray = ()  # type: ignore[assignment]  # any int sequence; stored as int64
    src_end: np.ndarray = ()  # type: ignore[assignment]  # any int sequence; stored as int64
    norm_start: np.ndarray = ()  # type: ignore[assignment]  # any int sequence; stored as int64
    norm_end: np.ndarray = ()  # type: ignore[assignment]  # any int sequence; stored as int64
    src_len: int = 0
    norm_len: int = 0

    def __post_init__(self) -> None:
        for name in ("src_start", "src_end", "norm_start", "norm_end"):
            object.__setattr__(self, name, _col(getattr(self, name)))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OffsetMap):
            return NotImplemented
        return (self.src_len == other.src_len and self.norm_len == other.norm_len
                and all(np.array_equal(a, b) for a, b in zip(self._arrays(), other._arrays(), strict=True)))

    def __hash__(self) -> int:
        return hash((self.src_len, self.norm_len, *(c.tobytes() for c in self._arrays())))

    @classmethod
    def identity(cls, n: int) -> OffsetMap:
        return cls(src_len=n, norm_len=n)

    @classmethod
    def from_edits(cls, edits: Any, src_len: int, norm_len: int) -> OffsetMap:
        """From ``Edit`` tuples, an ``(n, 4)`` int array, or four columns (see ``edit_columns``)."""
        return cls(*edit_columns(edits), src_len, norm_len)

    def edits(self) -> list[Edit]:
        return list(zip(self.src_start.tolist(), self.src_end.tolist(), self.norm_start.tolist(),
                        self.norm_end.tolist(), strict=True))

    def to_source_pos(self, pos: int, *, end: bool = False) -> int:
        """Original position of normalised ``pos`` (as a span start, or as an end if ``end``)."""
        pos = min(max(int(pos), 0), self.norm_len)
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
        pos = min(max(int(pos), 0), self.src_len)
        return _map_pos(pos, self.src_start, self.src_end, self.norm_start, self.norm_end, not end)

    def then(self, step: OffsetMap) -> OffsetMap:
        """Compose: ``self`` maps text1->text0, ``step`` maps text2->text1; result text2->text0.

        Vectorised with numpy (a traditional-script report yields ~30k edits per MB); only the
        final merge of overlapping regions is a loop, over plain ints.
        """
        if not len(step.src_start):
            return OffsetMap(self.src_start, self.src_end, self.norm_start, self.norm_end,
                             self.src_len, step.norm_len)
        a_s0, a_e0, a_s1, a_e1 = self._arrays()
        b_s1, b_e1, b_s2, b_e2 = step._arrays()
        # self's edits carried into text2 coordinates
        r1_s2 = _map_arr(np.clip(a_s1, 0, step.src_len), b_s1, b_e1, b_s2, b_e2, True)
        r1_e2 = np.where(a_e1 > a_s1,
                         _map_arr(np.clip(a_e1, 0, step.src_len), b_s1, b_e1, b_s2, b_e2, False), r1_s2)
        # step's edits carried back into text0 coordinates
        r2_s0 = _map_arr(np.clip(b_s1, 0, self.norm_len), a_s1, a_e1, a_s0, a_e0, True)
        r2_e0 = np.where(b_e1 > b_s1,
                         _map_arr(np.clip(b_e1, 0, self.norm_len), a_s1, a_e1, a_s0, a_e0, False), r2_s0)
        # temporaries are dropped as soon as they are used: a big text has ~1M edits (8 MB a column)
        s0 = np.concatenate([a_s0, r2_s0])
        e0 = np.concatenate([a_e0, np.maximum(r2_s0, r2_e0)])
        del r2_s0, r2_e0
        s2 = np.concatenate([r1_s2, b_s2])
        e2 = np.concatenate([r1_e2, b_e2])
        del r1_s2, r1_e2
        order = np.lexsort((e2, s2, e0, s0))
        s0, e0, s2, e2 = s0[order], e0[order], s2[order], e2[order]
        del order
        merged = _merge_sorted(s0, e0, s2, e2)
        return OffsetMap(*merged, self.src_len, step.norm_len)

    def _arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """The four edit columns as int64 arrays."""
        return self.src_start, self.src_end, self.norm_start, self.norm_end


def _map_arr(pos: np.ndarray, keys: np.ndarray, kend: np.ndarray, vals: np.ndarray, vend: np.ndarray,
             start: bool) -> np.ndarray:
    """``_map_pos`` over an array of positions (positions already clamped to the key space)."""
    if not len(keys):
        return pos.copy()
    i = np.searchsorted(keys, pos, side="right" if start else "left") - 1
    j = np.maximum(i, 0)
    ke, ve = kend[j], vend[j]
    inside = pos < ke if start else pos <= ke
    out = np.where(inside, vals[j] if start else ve, ve + pos - ke)
    return np.where(i < 0, pos, out)


def _merge(s0: list[int], e0: list[int], s2: list[int], e2: list[int]) -> tuple[tuple[int, ...], ...]:
    """Merge sorted regions that overlap (or share a start) in either text into single edits."""
    if not s0:
        return (), (), (), ()
    o0, o1, o2, o3 = [], [], [], []
    m0, m1, m2, m3 = s0[0], e0[0], s2[0], e2[0]
    for a, b, c, d in zip(s0, e0, s2, e2, strict=True):
        if a < m1 or c < m3 or a == m0 or c == m2:
            if b > m1:
                m1 = b
            if d > m3:
                m3 = d
            if c < m2:
                m2 = c
            continue
        o0.append(m0)
        o1.append(m1)
        o2.append(m2)
        o3.append(m3)
        m0, m1, m2, m3 = a, b, c, d
    o0.append(m0)
    o1.append(m1)
    o2.append(m2)
    o3.append(m3)
    return tuple(o0), tuple(o1), tuple(o2), tuple(o3)


def _merge_sorted(s0: np.ndarray, e0: np.ndarray, s2: np.ndarray, e2: np.ndarray) -> tuple[np.ndarray, ...]:
    """``_merge`` in bulk: regions that clearly start a new group are cut apart with numpy.

    A region starts a new group whatever came before when it begins at or after every earlier
    region's end and strictly after every earlier start, in both texts; only the (rare) runs
    between such cuts go through the exact sequential merge.
    """
    n = len(s0)
    if n == 0:
        return _EMPTY, _EMPTY, _EMPTY, _EMPTY
    cut = np.ones(n, dtype=bool)
    cut[1:] = s0[1:] >= np.maximum.accumulate(e0)[:-1]
    cut[1:] &= s2[1:] >= np.maximum.accumulate(e2)[:-1]
    cut[1:] &= s0[1:] > s0[:-1]
    cut[1:] &= s2[1:] > np.maximum.accumulate(s2)[:-1]
    starts = np.flatnonzero(cut)
    lengths = np.diff(np.append(starts, n))
    out = [s0[starts], e0[starts], s2[starts], e2[starts]]
    long = np.flatnonzero(lengths > 1)
    if not len(long):
        return tuple(out)
    pieces: dict[int, tuple[tuple[int, ...], ...]] = {}
    for g in long.tolist():
        a, b = int(starts[g]), int(starts[g] + lengths[g])
        pieces[g] = _merge(s0[a:b].tolist(), e0[a:b].tolist(), s2[a:b].tolist(), e2[a:b].tolist())
    if all(len(m[0]) == 1 for m in pieces.values()):
        for g, m in pieces.items():
            for col, vals in zip(out, m, strict=True):
                col[g] = vals[0]
        return tuple(out)
    cols = [c.tolist() for c in out]
    res: list[list[int]] = [[], [], [], []]
    for g in range(len(starts)):
        rows = pieces.get(g)
        for k in range(4):
            if rows is None:
                res[k].append(cols[k][g])
            else:
                res[k].extend(rows[k])
    return tuple(np.asarray(c, dtype=np.int64) for c in res)


def spans_to_source(omap: OffsetMap, starts: Sequence[int], ends: Sequence[int]) -> tuple[list[int], list[int]]:
    """``omap.to_source`` for many spans at once (numpy): the original starts and ends."""
    s = np.clip(np.asarray(starts, dtype=np.int64), 0, omap.norm_len)
    e = np.clip(np.asarray(ends, dtype=np.int64), 0, omap.norm_len)
    keys, kend, vals, vend = omap.norm_start, omap.norm_end, omap.src_start, omap.src_end
    a = _map_arr(s, keys, kend, vals, vend, True)
    b = _map_arr(e, keys, kend, vals, vend, False)
    b = np.where(s == e, a, np.maximum(a, b))
    return a.tolist(), b.tolist()
