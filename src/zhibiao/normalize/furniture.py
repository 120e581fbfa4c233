"""Normalisation step 1c: delete the page furniture a PDF's copy as text keeps between its lines.

A page number alone on its line (``- 2 -``, ``第2页 / 共17页``) and the running head or foot beside it
(``政府工作报告`` at every page number) are not the report's text; left in, the line joins glue them into
the sentence the page break cut (``…人均可支配收入16883- 2 -元``), and the figure loses its unit. Such lines
are deleted, and with them the blank lines between the two halves of a sentence cut mid-way, so that the
joins of step 5 close it up. Rules in ``[furniture]`` of the normalisation rules. Returns ``(text, edits)``
like the steps of ``zhibiao.normalize.steps``.
"""

from __future__ import annotations

import math
import re
from array import array
from collections import Counter

from zhibiao.normalize.steps import RULES, Columns, Edit, edit_columns, splice

_F = RULES["furniture"]
_PAGE_NUMBER = re.compile(
    r"^[ \t\u3000]*(?:" + "|".join(f"(?:{p})" for p in _F["page_number_lines"]) + r")[ \t\u3000]*$", re.MULTILINE
)
_RUNNING_MAX = int(_F["running_max_chars"])
_RUNNING_SHARE = float(_F["running_share"])
_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")
_TERMINAL = tuple("。！？!?：:；;”」』)）")  # a line ending so ends its sentence: the blank lines after it stay


def _key(line: str) -> str:
    return _DIGITS.sub("#", _SPACE.sub("", line))


def drop_page_furniture(text: str) -> tuple[str, Columns | list[Edit]]:
    """Delete page-number lines and the running head or foot beside them (see the module docstring)."""
    pages = [(m.start(), m.end()) for m in _PAGE_NUMBER.finditer(text)]
    if not pages:
        return text, []
    lines = text.split("\n")
    starts = [0]
    for ln in lines[:-1]:
        starts.append(starts[-1] + len(ln) + 1)
    index = {s: i for i, s in enumerate(starts)}
    gone = {index[a] for a, _b in pages if a in index}

    def beside(i: int, step: int) -> int | None:
        j = i + step
        while 0 <= j < len(lines) and (not lines[j].strip() or j in gone):
            j += step
        return j if 0 <= j < len(lines) else None

    # the running head or foot: a short line beside the page numbers, the same at many of them
    sites = [(j, i) for i in sorted(gone) for step in (-1, 1)
             if (j := beside(i, step)) is not None and len(lines[j].strip()) <= _RUNNING_MAX]
    near = Counter(key for key, _i in {(_key(lines[j]), i) for j, i in sites})  # page numbers it stands beside
    need = max(2, math.ceil(_RUNNING_SHARE * len(gone)))
    running = {k for k, n in near.items() if n >= need and k}
    gone |= {j for j, _i in sites if _key(lines[j]) in running}
    # the deleted runs: each furniture line with its newline; the blank lines around a run too, when the line
    # before it ends mid-sentence (the page break cut a sentence)
    drop = sorted(gone)
    cut_s = array("q")
    cut_e = array("q")
    k = 0
    while k < len(drop):
        first = last = drop[k]
        while k + 1 < len(drop) and all(j in gone or not lines[j].strip() for j in range(last + 1, drop[k + 1])):
            k += 1
            last = drop[k]
        k += 1
        prev = first - 1
        while prev >= 0 and not lines[prev].strip():
            prev -= 1
        nxt = last + 1
        while nxt < len(lines) and not lines[nxt].strip():
            nxt += 1
        cut_mid = prev >= 0 and nxt < len(lines) and not lines[prev].rstrip().endswith(_TERMINAL)
        lo, hi = (prev + 1, nxt) if cut_mid else (first, last + 1)
        if hi >= len(lines):  # the text's last lines: their newline before them goes instead
            a, b = starts[lo] - (1 if lo > 0 else 0), len(text)
        else:
            a, b = starts[lo], starts[hi]
        cut_s.append(a)
        cut_e.append(b)
    if not cut_s:
        return text, []
    return splice(text, cut_s, cut_e, ""), edit_columns(cut_s, cut_e, 0)
