"""Normalisation step 1c: delete the page furniture a PDF's copy as text keeps between its lines.

A page number alone on its line (``- 2 -``, ``第2页 / 共17页``) and the running head or foot beside it
(``政府工作报告`` at every page number) are not the report's text; left in, the line joins glue them into
the sentence the page break cut (``…人均可支配收入16883- 2 -元``), and the figure loses its unit. Such lines
are deleted, and with them the blank lines between the two halves of a sentence cut mid-way, so that the
joins of step 5 close it up. Whether a line is a running head is judged on the whole text (``running_heads``,
over all its pieces) before the pieces are cut (``drop_page_furniture``). Rules in ``[furniture]`` of the
normalisation rules. Returns ``(text, edits)`` like the steps of ``zhibiao.normalize.steps``.
"""

from __future__ import annotations

import math
import re
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence

from zhibiao.normalize.steps import RULES, TERMINAL, Columns, Edit, edit_columns, splice

_F = RULES["furniture"]
_PAGE_NUMBER = re.compile(
    r"^[ \t\u3000]*(?:" + "|".join(f"(?:{p})" for p in _F["page_number_lines"]) + r")[ \t\u3000]*$", re.MULTILINE
)
_RUNNING_MAX = int(_F["running_max_chars"])
_RUNNING_SHARE = float(_F["running_share"])
_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")
_WORDS = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_FIGURE = re.compile(r"\d\s*(?:%|亿|万|千|元|人|吨)")  # a head or foot has words: a number alone is a table's cell
_SENTENCE_END = tuple("。！？!?；;")  # a line ending so is the text's own, never a running head
_AWAY_ALLOWED = 1  # times a head's line may stand away from the page breaks (the title at the top)
_FULL_RANK = 0.8  # the rank of the line lengths that gives the text's full lines
_SHORT_SHARE = 0.8  # a line shorter than this share of them can be a head or foot


def _key(line: str) -> str:
    return _DIGITS.sub("#", _SPACE.sub("", line))


def _breaks(lines: list[str]) -> Iterator[tuple[int, int]]:
    """``(first, last)`` line of each page break: page-number lines with only blank lines or other page numbers
    between them are one break (a footer of two lines, `- 1 -` / `第1页 共2页`; a blank page)."""
    run: tuple[int, int] | None = None
    for i, line in enumerate(lines):
        if _PAGE_NUMBER.fullmatch(line):
            run = (run[0], i) if run is not None else (i, i)
        elif line.strip() and run is not None:
            yield run
            run = None
    if run is not None:
        yield run


def _beside(lines: list[str], first: int, last: int) -> tuple[int | None, int | None]:
    """The nearest non-blank lines before and after a break."""
    before = first - 1
    while before >= 0 and not lines[before].strip():
        before -= 1
    after = last + 1
    while after < len(lines) and not lines[after].strip():
        after += 1
    return (before if before >= 0 else None), (after if after < len(lines) else None)


def _full_width(lines: list[str]) -> int:
    """The length of the text's full lines (a wrapped copy's width; a paragraph a line: its long paragraphs)."""
    lengths = sorted(len(x.strip()) for x in lines if x.strip() and not _PAGE_NUMBER.fullmatch(x))
    return lengths[int(_FULL_RANK * (len(lengths) - 1))] if lengths else 0


def _candidate(line: str, full: int) -> bool:
    """Whether a line beside a page number can be a running head or foot: short (shorter than the text's full
    lines, not one of a wrapped paragraph), with words, no sentence's end and no figure (`增长9%`, `287.32亿元`: a
    table's cells, whose digits folded would look alike)."""
    body = line.strip()
    return (len(body) <= _RUNNING_MAX and len(body) < _SHORT_SHARE * full and not body.endswith(_SENTENCE_END)
            and len(_WORDS.findall(body)) >= 2 and not _FIGURE.search(body))


def running_heads(pieces: Sequence[str]) -> frozenset[str] | None:
    """The keys (digits folded) of the lines that stand beside the page numbers of the whole text: each at two
    page breaks at least, and at ``running_share`` of them, as two different lines (a line between two breaks
    stands beside both, and is still one line of the text), always on the same side of the number (a head over
    it, or a foot under it), and seldom away from the breaks (a heading or a headline the text repeats is no
    head; the title once is allowed). None when the text holds no page number."""
    at_breaks: dict[str, set[int]] = defaultdict(set)
    at_lines: dict[str, set[tuple[int, int]]] = defaultdict(set)
    sides: dict[str, set[int]] = defaultdict(set)
    everywhere: Counter[str] = Counter()
    n = 0
    for p, piece in enumerate(pieces):
        if not _PAGE_NUMBER.search(piece):
            continue
        lines = piece.split("\n")
        full = _full_width(lines)
        for first, last in _breaks(lines):
            for side, j in enumerate(_beside(lines, first, last)):
                if j is not None and _candidate(lines[j], full):
                    key = _key(lines[j])
                    at_breaks[key].add(n)
                    at_lines[key].add((p, j))
                    sides[key].add(side)
            n += 1
    for piece in pieces if at_breaks else ():
        everywhere.update(k for x in piece.split("\n") if x.strip() and (k := _key(x)) in at_breaks)
    if not n:
        return None  # no page number in the whole text: nothing for ``drop_page_furniture`` to do
    need = max(2, math.ceil(_RUNNING_SHARE * n))
    return frozenset(k for k in at_breaks if len(at_breaks[k]) >= need and len(at_lines[k]) >= need
                     and len(sides[k]) == 1 and everywhere[k] - len(at_lines[k]) <= _AWAY_ALLOWED)


def drop_page_furniture(text: str, running: frozenset[str] = frozenset()) -> tuple[str, Columns | list[Edit]]:
    """Delete page-number lines and the running heads or feet (keys in ``running``) beside them (see the module
    docstring)."""
    if not _PAGE_NUMBER.search(text):
        return text, []
    lines = text.split("\n")
    full = _full_width(lines)
    starts = [0]
    for ln in lines[:-1]:
        starts.append(starts[-1] + len(ln) + 1)
    cut_s = array("q")
    cut_e = array("q")
    for first, last in _breaks(lines):
        before, after = _beside(lines, first, last)
        # the running head or foot beside the break goes with it, and the blank lines up to it
        if before is not None and _key(lines[before]) in running:
            first, before = before, _beside(lines, before, before)[0]
        head_after = after is not None and _key(lines[after]) in running
        if head_after:
            last, after = after, _beside(lines, after, after)[1]  # type: ignore[arg-type]
        elif after is not None and _candidate(lines[after], full):
            # right under the page number, a short line no other break confirms (`政府工作报告` under a report's one
            # page break, a heading opening the next page, the title under a number at the top): the break stays as
            # it is, lest the line stand alone as a title
            continue
        # a sentence the page cut (the line before goes on, and is no short line: a heading or a foot): its blank
        # lines go too
        cut_mid = (before is not None and after is not None and not lines[before].rstrip().endswith(TERMINAL)
                   and not _candidate(lines[before], full))
        lo, hi = (before + 1, after) if cut_mid else (first, last + 1)  # type: ignore[operator]
        if hi >= len(lines):  # the text's last lines: the newline before them goes instead
            a, b = starts[lo] - (1 if lo > 0 else 0), len(text)
        else:
            a, b = starts[lo], starts[hi]
        if cut_s and a < cut_e[-1]:  # (a head or foot shared by two breaks: one run)
            cut_e[-1] = max(cut_e[-1], b)
            continue
        cut_s.append(a)
        cut_e.append(b)
    if not cut_s:
        return text, []
    return splice(text, cut_s, cut_e, ""), edit_columns(cut_s, cut_e, 0)


_REPEAT_MIN = 3  # times a line with no page number beside it must be said to be a page's head
_CUTS_MIN = 2  # ... and sentences it must cut (the line before goes on after it)
_HEAD_WORDS = re.compile(_F["breakless_head"])  # ... and it names the document or its issuer
_REPORT_OPENS = re.compile(_F["report_opens"])  # the line after a report's title: its address, date or session


def breakless_heads(pieces: Sequence[str]) -> frozenset[str]:
    """The running heads of a copy with no page numbers (`邳州市人民政府工作报告` atop each page of a PDF copied
    without its footers): a short line with words (see ``_candidate``), the same to the character (a compilation's
    titles differ by their years), said at least ``_REPEAT_MIN`` times, which cuts a sentence at least
    ``_CUTS_MIN`` times: a full line of a wrapped paragraph before it goes on in the line after it (`…外贸出口大幅
    减少,` / head / `一季度…`; not a title under a table of contents, a footer or a separator, nor one its report's
    address or date line follows)."""
    said: Counter[str] = Counter()
    cuts: Counter[str] = Counter()
    for piece in pieces:
        lines = [x for x in piece.split("\n") if x.strip()]
        full = _full_width(lines)
        for i, x in enumerate(lines):
            if not _candidate(x, full) or not _HEAD_WORDS.search(x):
                continue
            key = x.strip()
            said[key] += 1
            before, after = (lines[i - 1].strip(), lines[i + 1].strip()) if 0 < i < len(lines) - 1 else ("", "")
            if before and len(before) >= _SHORT_SHARE * full and not before.endswith(TERMINAL) \
                    and not _REPORT_OPENS.match(after):
                cuts[key] += 1
    return frozenset(k for k, n in said.items() if n >= _REPEAT_MIN and cuts[k] >= _CUTS_MIN)


def drop_breakless_heads(text: str, heads: frozenset[str], first: bool = True) -> tuple[str, Columns | list[Edit]]:
    """Delete the lines of ``heads`` (see ``breakless_heads``) with their newlines, but the text's first line (its
    title; ``first``: ``text`` is the text's first piece), so that the joins close up the sentences they cut."""
    if not heads:
        return text, []
    cut_s = array("q")
    cut_e = array("q")
    at = 0
    for line in text.split("\n"):
        end = at + len(line) + 1
        if line.strip():
            if not first and line.strip() in heads:
                cut_s.append(at)
                cut_e.append(min(end, len(text)))
            first = False
        at = end
    if not cut_s:
        return text, []
    return splice(text, cut_s, cut_e, ""), edit_columns(cut_s, cut_e, 0)
