"""Script: whether a text is in traditional characters (and whose: Taiwan's, Hong Kong's), and its conversion
to simplified with OpenCC, a block of lines at a time, with the edits that map the converted text back; variant
characters OpenCC leaves alone. Normalisation steps in the shape of ``steps`` (``(text) -> (new_text, edits)``).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from functools import cache

import numpy as np

from zhibiao.normalize import steps
from zhibiao.normalize.offsets import Edit
from zhibiao.normalize.steps import CJK_RANGES, RULES

_S = RULES["script"]


@cache
def _converter(config: str):  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC(config)


_SCRIPT_SAMPLE = 3_000  # characters per slice sampled for script detection


def _slice(pieces: Sequence[str], a: int, b: int) -> str:
    """``"".join(pieces)[a:b]`` without joining the pieces."""
    out: list[str] = []
    pos = 0
    for p in pieces:
        end = pos + len(p)
        if end > a and pos < b:
            out.append(p[max(0, a - pos) : b - pos])
        pos = end
        if pos >= b:
            break
    return "".join(out)


def detect_script(text: str | Sequence[str]) -> tuple[str, str | None]:
    """``("traditional", config)`` if a sample changes enough under t2s, else ``("simplified", None)``.

    ``text`` may be a list of pieces of whole lines (read as their concatenation).
    """
    pieces = [text] if isinstance(text, str) else text
    n = sum(map(len, pieces))
    if n <= 3 * _SCRIPT_SAMPLE:
        sample = "".join(pieces)
    else:  # three slices (start, middle, end) decide the script as well as the whole text
        k = _SCRIPT_SAMPLE
        sample = "".join(_slice(pieces, i, i + k) for i in (0, n // 2 - k // 2, n - k))
    cjk = _count_cjk(sample)
    if not cjk:
        return "simplified", None
    conv = _converter("t2s").convert(sample)
    changed = _count_changed(sample, conv)
    if changed / cjk < _S["traditional_threshold"]:
        return "simplified", None
    # markers hold no newline, so none spans two pieces
    tw = sum(p.count(m) for p in pieces for m in _S["taiwan_markers"])
    hk = sum(p.count(m) for p in pieces for m in _S["hongkong_markers"])
    if tw > hk and tw >= 2:
        return "traditional", "tw2s"
    if hk > tw and hk >= 2:
        return "traditional", "hk2s"
    return "traditional", "t2s"


def _count_cjk(s: str) -> int:
    """Number of characters of ``s`` in the ``CJK`` class (numpy over code points)."""
    x = np.frombuffer(s.encode("utf-32-le"), dtype=np.uint32)
    return sum(int(np.count_nonzero((x >= lo) & (x <= hi))) for lo, hi in CJK_RANGES)


def _count_changed(a: str, b: str) -> int:
    """Positions where ``a`` and ``b`` differ, over the length of the shorter (numpy, not a char loop)."""
    m = min(len(a), len(b))
    x = np.frombuffer(a[:m].encode("utf-32-le"), dtype=np.uint32)
    y = np.frombuffer(b[:m].encode("utf-32-le"), dtype=np.uint32)
    return int(np.count_nonzero(x != y))


def align(old: str, new: str, base_old: int, base_new: int) -> list[Edit]:
    """Edits between a line and its conversion, for a line whose length changed."""
    edits: list[Edit] = []
    sm = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag != "equal" and (i2 - i1) != (j2 - j1):
            edits.append((base_old + i1, base_old + i2, base_new + j1, base_new + j2))
    return edits


_VARIANTS = str.maketrans(_S.get("variants", {}))


_VARIANT_CHAR = re.compile("[" + "".join(_S.get("variants", {})) + "]")


# ``○`` (a circle) written for the zero of a Chinese numeral, inside one (`百分之○点一`, `百分之○點一` before OpenCC,
# `二○点五`, `五点○`); alone, or before 两 or a magnitude, it is a bullet (`○两万人`, `○十个`)
_CIRCLE_ZERO = re.compile("(?<=[零〇一二三四五六七八九十百千之点點])○(?=[点點零〇○一二三四五六七八九])|(?<=[点點])○")


_QUOTES = str.maketrans(_S.get("quotes", {}))
_QUOTE_CHAR = re.compile("[" + "".join(_S.get("quotes", {})) + "]")


def corner_quotes(text: str) -> tuple[str, list[Edit]]:
    """Corner quotes (「十四五」) as the mainland's “”, one for one: the cues read quotes written so."""
    return (text.translate(_QUOTES), []) if _QUOTE_CHAR.search(text) else (text, [])


def variant_forms(text: str) -> tuple[str, list[Edit]]:
    """Variant characters OpenCC leaves alone (陜, the Japanese 増 経 済…) to their simplified forms, one
    for one, in any text: a simplified page may hold them too (``生产总值増长8%``); and a circle used as a
    numeral's zero (``百分之○点一``) as 〇."""
    if "○" in text:
        text = _CIRCLE_ZERO.sub("〇", text)
    if not _VARIANT_CHAR.search(text):
        return text, []
    return text.translate(_VARIANTS), []


def to_simplified(text: str, config: str) -> tuple[str, list[Edit]]:
    """Convert with OpenCC ``config`` a block of lines at a time (no phrase spans a line end);
    realign only the lines whose length changed."""
    if len(text) <= steps.BLOCK:
        return _simplify_block(text, config)
    out = ""
    edits: list[Edit] = []
    shift = 0  # new minus old length of the blocks so far
    for a, b in steps.blocks(text):  # OpenCC's UTF-8 copies of a block stay small
        new, es = _simplify_block(text[a:b], config)
        edits.extend((s0 + a, e0 + a, s1 + a + shift, e1 + a + shift) for s0, e0, s1, e1 in es)
        shift += len(new) - (b - a)
        out += new
        del new
    return out, edits


_MAINLAND_WORDS: dict[str, str] = _S.get("words", {})  # (each word keeps its length: a test checks)


def _mainland_words(text: str) -> str:
    """Converted text with the Taiwanese words OpenCC keeps (规画) as the mainland ones (规划), offsets kept."""
    for a, b in _MAINLAND_WORDS.items():
        if a in text:
            text = text.replace(a, b)
    return text


def _simplify_block(text: str, config: str) -> tuple[str, list[Edit]]:
    """``to_simplified`` of one block in one OpenCC call."""
    conv = _mainland_words(_converter(config).convert(text))
    if len(conv) == len(text) and conv.count("\n") == text.count("\n"):
        old_lines = text.split("\n")
        new_lines = conv.split("\n")
        if all(len(a) == len(b) for a, b in zip(old_lines, new_lines, strict=True)):
            return conv, []
    old_lines = text.split("\n")
    new_lines = conv.split("\n")
    if len(old_lines) != len(new_lines):  # conversion touched a newline: convert line by line
        c = _converter(config)
        new_lines = [_mainland_words(c.convert(line)) for line in old_lines]
        conv = "\n".join(new_lines)
    edits: list[Edit] = []
    po = pn = 0
    for a, b in zip(old_lines, new_lines, strict=True):
        if len(a) != len(b):
            edits.extend(align(a, b, po, pn))
        po += len(a) + 1
        pn += len(b) + 1
    return conv, edits


__all__ = ["align", "corner_quotes", "detect_script", "to_simplified", "variant_forms"]
