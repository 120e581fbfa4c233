"""Decoded text -> normalised text plus an exact offset map back to the original.

Steps (each in ``steps``): whitespace/line ends, full-width ASCII, pinyin annotations, OpenCC
traditional -> simplified, hard line joins, stray spaces; then site-junk lines are *marked*.

Guarantee of the map (tested with hypothesis): ``to_source`` is monotonic and in bounds, the
whole text maps to the whole original, and every normalised character outside a replaced run
maps to exactly one original character which the character-wise steps (full-width, spaces,
OpenCC) turn into it. A span whose ends fall outside replaced runs maps to the original slice
that normalises back to the same string when the steps' context (neighbouring characters,
whole phrases for OpenCC) lies inside the span.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from zhibiao.model import Span
from zhibiao.normalize import steps
from zhibiao.normalize.offsets import Edit, OffsetMap

__all__ = ["NormalizedText", "OffsetMap", "normalize"]


@dataclass(frozen=True)
class NormalizedText:
    """Normalised text, its map to ``original``, junk-line spans and the detected script."""

    text: str
    offsets: OffsetMap
    original: str
    junk: tuple[Span, ...] = ()
    script: str = "simplified"  # "simplified" | "traditional"
    opencc_config: str | None = None  # "t2s" | "tw2s" | "hk2s" | None

    def source_text(self, span: Span) -> str:
        """The original text behind a normalised span."""
        s = self.offsets.to_source(span)
        return self.original[s.start : s.end]

    def is_junk(self, pos: int) -> bool:
        """True if normalised position ``pos`` lies on a marked site-junk line."""
        return any(j.start <= pos < j.end for j in self.junk)


Step = Callable[[str], tuple[str, list[Edit]]]


def _apply(text: str, omap: OffsetMap, step: Step) -> tuple[str, OffsetMap]:
    new, edits = step(text)
    if not edits:
        if len(new) != len(text):
            raise AssertionError(f"{step.__name__} changed length without edits")
        return new, omap
    return new, omap.then(OffsetMap.from_edits(edits, len(text), len(new)))


def normalize(text: str) -> NormalizedText:
    """Normalise decoded report text; see the module docstring for the steps and the guarantee."""
    omap = OffsetMap.identity(len(text))
    cur = text
    for step in (steps.clean_whitespace, steps.fullwidth_to_ascii, steps.remove_pinyin):
        cur, omap = _apply(cur, omap, step)
    script, config = steps.detect_script(cur)
    if config is not None:
        cfg = config
        cur, omap = _apply(cur, omap, lambda t: steps.to_simplified(t, cfg))
    for step in (steps.join_lines, steps.drop_number_spaces, steps.drop_cjk_digit_spaces, steps.drop_cjk_spaces):
        cur, omap = _apply(cur, omap, step)
    junk = tuple(Span(a, b) for a, b in steps.junk_lines(cur))
    return NormalizedText(cur, omap, text, junk, script, config)
