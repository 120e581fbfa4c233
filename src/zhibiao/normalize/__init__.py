"""Decoded text -> normalised text plus an exact offset map back to the original.

Steps (each in ``steps``): whitespace/line ends, the paragraph breaks a run-on copy lost (``paragraphs``),
full-width ASCII, pinyin annotations, note marks, years in Chinese numerals as digits, a PDF copy's page
numbers and running heads (``furniture``, the heads judged on the whole text), OpenCC traditional ->
simplified, percent signs a copy lost (only when it has none), hard line joins, stray spaces; then site-junk
lines are *marked*.

Guarantee of the map (tested with hypothesis): ``to_source`` is monotonic and in bounds, the
whole text maps to the whole original, and every normalised character outside a replaced run
maps to exactly one original character which the character-wise steps (full-width, spaces,
OpenCC) turn into it. A span whose ends fall outside replaced runs maps to the original slice
that normalises back to the same string when the steps' context (neighbouring characters,
whole phrases for OpenCC) lies inside the span; the script and whether the percent signs were lost
are judged on the whole text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import cache, partial
from typing import Any

import numpy as np

from zhibiao.model import NormalizedText, Span
from zhibiao.normalize import furniture, joins, junk, paragraphs, spacedrows, steps
from zhibiao.normalize.markup import read_markup
from zhibiao.normalize.offsets import OffsetMap, edit_columns
from zhibiao.normalize.script import corner_quotes, detect_script, to_simplified, variant_forms

__all__ = ["NormalizedText", "OffsetMap", "fold_query", "normalize", "normalize_blocks"]


Step = Callable[[str], tuple[str, Any]]  # edits: a list of ``Edit`` or four int64 columns


_WIDE_DIGITS = "０１２３４５６７８９"
_ASCII_DIGITS = "0123456789"
_TRIM_CHARS = 1 << 23  # after freeing this much text, give the freed heap pages back to the OS


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim`` (None elsewhere). Freed pieces and numpy temporaries are too small
    for glibc to return by itself and too scattered to be reused whole, so they would stay
    resident and the next stage's peak would stack on top of them."""
    try:
        import ctypes

        return ctypes.CDLL("libc.so.6").malloc_trim  # type: ignore[no-any-return]
    except (OSError, AttributeError):
        return None


def _release() -> None:
    """Return the heap's free pages to the OS (glibc; a no-op elsewhere)."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


class _StepEdits:
    """One step's edits over a text processed piece by piece, in whole-text coordinates."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.parts: list[tuple[np.ndarray, ...]] = []
        self.old_len = 0  # characters of the step's input and output seen so far
        self.new_len = 0

    def add(self, edits: Any, old_len: int, new_len: int) -> None:
        """Edits of one piece (``old_len`` -> ``new_len`` characters), relative to the piece."""
        cols = edit_columns(edits)
        if len(cols[0]):
            a, b = self.old_len, self.new_len
            self.parts.append((cols[0] + a, cols[1] + a, cols[2] + b, cols[3] + b))
        elif new_len != old_len:
            raise AssertionError(f"{self.name} changed length without edits")
        self.old_len += old_len
        self.new_len += new_len

    def after(self, omap: OffsetMap) -> OffsetMap:
        """``omap`` followed by this step."""
        if not self.parts:
            return omap
        cols = [np.concatenate([p[k] for p in self.parts]) for k in range(4)]
        self.parts.clear()
        return omap.then(OffsetMap(*cols, self.old_len, self.new_len))


def _run(step: Step, piece: str, log: _StepEdits) -> str:
    new, edits = step(piece)
    log.add(edits, len(piece), len(new))
    return new


def normalize(text: str) -> NormalizedText:
    """Normalise decoded report text; see the module docstring for the steps and the guarantee.

    A big text goes through the steps as a list of pieces of whole lines (every rule looks no
    further than the next line; the line joins read across pieces), so that besides ``text``
    it costs one normalised copy, not one per step; the edits are composed at the end.
    """
    return _normalize((text if b - a == len(text) else text[a:b] for a, b in steps.blocks(text)), text)


def fold_query(text: str) -> str:
    """A query folded as report texts are (full-width letters and digits, traditional script, pinyin
    annotations, odd spaces), so ``經濟`` or ``ＧＤＰ`` finds what the stored text writes ``经济``, ``GDP``."""
    return normalize(text).text.strip() if text.strip() else ""


def normalize_blocks(cut: Callable[[int], Iterable[str]]) -> NormalizedText:
    """``normalize`` of a text given by ``cut(size)``: its consecutive pieces, as ``steps.blocks``
    cuts it into pieces of about ``size`` characters (``sources.TextFile.blocks``).

    For a big file decoded a piece at a time: the whole decoded text never exists, so
    ``original`` is left empty; the offset map still maps into it.
    """
    return _normalize(iter(cut(steps.BLOCK)), None)


def _normalize(blocks: Iterator[str], text: str | None) -> NormalizedText:
    """``normalize`` over the blocks of ``text`` (None: not kept, see ``normalize_blocks``)."""
    first = [steps.clean_whitespace, paragraphs.split_run_on, steps.fullwidth_to_ascii, spacedrows.spaced_rows,
             steps.ocr_digit_letters,
             variant_forms,
             steps.remove_pinyin, steps.drop_note_marks, steps.chinese_years, joins.join_page_counters]
    last = [read_markup, steps.fullwidth_points, joins.drop_number_spaces, joins.drop_cjk_digit_spaces,
            joins.drop_cjk_spaces]
    logs = {s.__name__: _StepEdits(s.__name__)
            for s in [*first, furniture.drop_page_furniture, to_simplified, corner_quotes, steps.mixed_numerals,
                      steps.restore_percent, joins.join_lines, *last]}
    pieces: list[str] = []
    n = 0
    wide = 0  # full-width digits less ASCII ones: the copy's figures are full-width (its wrap width counts them so)
    for piece in blocks:
        n += len(piece)
        wide += sum(map(piece.count, _WIDE_DIGITS)) - sum(map(piece.count, _ASCII_DIGITS))
        for step in first:
            piece = _run(step, piece, logs[step.__name__])
        pieces.append(piece)
        del piece
    running = furniture.running_heads(pieces)  # (judged on the whole text: a head is one at many page breaks)
    if running is not None:
        for j in range(len(pieces)):
            pieces[j] = _run(partial(furniture.drop_page_furniture, running=running), pieces[j],
                             logs["drop_page_furniture"])
    elif heads := furniture.breakless_heads(pieces):  # (a copy without page numbers: heads that cut sentences)
        for j in range(len(pieces)):
            pieces[j] = _run(partial(furniture.drop_breakless_heads, heads=heads, first=j == 0), pieces[j],
                             logs["drop_page_furniture"])
    script, config = detect_script(pieces)
    if config is not None:
        cfg = config
        for j in range(len(pieces)):
            pieces[j] = _run(lambda t: to_simplified(t, cfg), pieces[j], logs["to_simplified"])
    for j in range(len(pieces)):  # `9万7千3百多亿元` (after OpenCC: 萬 is 万); 「十四五」 (after the script is told)
        pieces[j] = _run(corner_quotes, _run(steps.mixed_numerals, pieces[j], logs["mixed_numerals"]),
                         logs["corner_quotes"])
    if steps.lost_percent(pieces):  # a copy that dropped every `%` (after OpenCC: the words are simplified)
        for j in range(len(pieces)):
            pieces[j] = _run(steps.restore_percent, pieces[j], logs["restore_percent"])
    cuts = joins.join_cuts(pieces, wide_digits=wide > 0)
    big = n >= _TRIM_CHARS
    out = ""
    carry = ""  # a piece whose final newline was joined runs on into the next one
    freed = 0
    for j in range(len(pieces)):
        piece, pieces[j] = pieces[j], ""  # free each piece once it is copied
        freed += len(piece)
        if big and freed >= _TRIM_CHARS:
            _release()
            freed = 0
        new, edits = joins.delete_positions(piece, cuts[j])
        logs["join_lines"].add(edits, len(piece), len(new))
        del piece, edits
        if j < len(pieces) - 1 and not new.endswith("\n"):
            carry += new  # in place, like ``out``: a joined line may run over many pieces
            continue
        if carry:
            carry += new
            new, carry = carry, ""
        for step in last:
            new = _run(step, new, logs[step.__name__])
        out += new  # appended in place (``out`` has no other reference)
        del new
    omap = OffsetMap.identity(n)
    for log in logs.values():  # the steps' order
        omap = log.after(omap)
        if big:
            _release()
    marked = tuple(Span(a, b) for a, b in junk.junk_lines(out))
    return NormalizedText(out, omap, "" if text is None else text, marked, script, config)
