"""Split a file's normalised text into report slices: skip comment lines and tables of contents,
cut at each report's title when the file is a compilation."""

from __future__ import annotations

import re
from collections.abc import Sequence

from zhibiao.document._common import Line, any_re, cues, lines
from zhibiao.model import Span

_C = cues()
_TOC_HEAD = re.compile(_C["split"]["toc_heading"])
_TOC_ENTRY = re.compile(_C["split"]["toc_entry"])
_TOC_GROUP = re.compile(_C["split"]["toc_group"])
_OPENING = re.compile(_C["split"]["opening"])
_NOT_TITLE = re.compile(_C["split"]["not_title"])
_TYPE_RE = any_re(
    _C["report_type"]["government_work_report"] + _C["report_type"]["plan_report"]
    + _C["report_type"]["budget_report"]
)
_TITLE_END = re.compile(r"(报告|草案)\s*(\([^()]{0,20}\))?\s*$")
_SENTENCE_END = re.compile(r"[。;；!！?？]\s*$")
_OPENING_WINDOW = 8  # non-blank lines after a title within which the opening must come


def is_title_line(text: str) -> bool:
    """A plausible report title line: short, ends like a title, names a report type."""
    t = text.strip()
    if not t or len(t) > 90 or _SENTENCE_END.search(t) or _NOT_TITLE.match(t):
        return False
    return bool(_TITLE_END.search(t) and _TYPE_RE.search(t))


def toc_span(ls: Sequence[Line]) -> tuple[int, int] | None:
    """Indices ``[i, j)`` of the lines of a table of contents, if the file has one near its top."""
    for i, ln in enumerate(ls[:200]):
        if not _TOC_HEAD.match(ln.text):
            continue
        j = i + 1
        entries = 0
        while j < len(ls):
            t = ls[j].text
            if _TOC_ENTRY.match(t) and not _OPENING.match(t):
                entries += 1
            elif not (_TOC_GROUP.match(t) or not t.strip()):
                break
            j += 1
        if entries >= 2:
            return i, j
    return None


def report_spans(text: str, junk: Sequence[Span] = ()) -> list[Span]:
    """Spans of the reports in ``text``: one per title followed by an opening, else the whole text."""
    ls = lines(text)
    first = 0
    while first < len(ls) and (ls[first].text.startswith("#") or not ls[first].text.strip()):
        first += 1
    toc = toc_span(ls)
    if toc is not None:
        first = max(first, toc[1])
    junk_starts = {s.start for s in junk}
    content = [k for k in range(first, len(ls)) if ls[k].text.strip() and ls[k].start not in junk_starts]
    starts: list[int] = []
    last_opening = -1  # a new report starts only after the previous one's opening (各位代表)
    for pos, k in enumerate(content):
        if k <= last_opening or not is_title_line(ls[k].text):
            continue
        window = content[pos + 1 : pos + 1 + _OPENING_WINDOW]
        opening = next((w for w in window if _OPENING.match(ls[w].text)), None)
        if opening is not None:
            # a title broken over two lines starts at the previous line
            if pos > 0 and _joins_title(ls[content[pos - 1]].text, ls[k].text):
                k = content[pos - 1]
            if not starts or ls[k].start > starts[-1]:
                starts.append(ls[k].start)
            last_opening = opening
    begin = ls[first].start if first < len(ls) else len(text)
    if len(starts) <= 1:
        return [Span(begin, len(text))] if text[begin:].strip() else []
    bounds = [*starts, len(text)]
    return [Span(bounds[i], bounds[i + 1]) for i in range(len(starts))]


def _joins_title(prev: str, cur: str) -> bool:
    """Whether ``prev`` is the first half of a title wrapped onto ``cur``."""
    p = prev.strip()
    return bool(p) and len(p) + len(cur) <= 90 and not _SENTENCE_END.search(p) and not is_title_line(p) \
        and not _OPENING.match(p) and not re.search(r"[:：,，]$", p) and bool(re.search(r"\d{4}年", p + cur))
