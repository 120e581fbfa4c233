"""Glossary notes of a report (名词解释 / 〔1〕 / [1] / 1.): parsed into (number, term, definition)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from zhibiao.document._common import cues, lines
from zhibiao.model import GlossaryEntry, Section, Span

_C = cues()["glossary"]
_ENTRY = re.compile(_C["entry"])
_BARE = re.compile(_C["bare_entry"])
_MIN_BARE_BLOCK = 2


def _glossary_spans(sections: Sequence[Section]) -> list[Span]:
    out: list[Span] = []
    stack = list(sections)
    while stack:
        s = stack.pop()
        if s.kind == "glossary":
            out.append(s.span)
        else:
            stack.extend(s.children)
    return sorted(out, key=lambda sp: sp.start)


def parse_entries(text: str, span: Span, junk_starts: frozenset[int] = frozenset()) -> list[GlossaryEntry]:
    """Entries on the lines of ``text[span]``; unnumbered lines continue the previous definition."""
    out: list[GlossaryEntry] = []
    for ln in lines(text[span.start : span.end], span.start):
        if ln.start in junk_starts or not ln.text.strip():
            continue
        m = _ENTRY.match(ln.text)
        if not m:
            continue
        term = m.group(2).strip()
        if not term or re.fullmatch(r"[\d.、\s]+", term):
            continue
        out.append(GlossaryEntry(int(m.group(1)), term, m.group(3).strip(), Span(ln.start, ln.end)))
    return out


def find_glossary(text: str, sections: Sequence[Section], junk: Sequence[Span] = ()) -> list[GlossaryEntry]:
    """Entries of the report's glossary sections, or of a trailing block of bare ``〔n〕`` notes."""
    junk_starts = frozenset(s.start for s in junk)
    entries: list[GlossaryEntry] = []
    for sp in _glossary_spans(sections):
        entries.extend(parse_entries(text, sp, junk_starts))
    if entries:
        return entries
    # no heading: a block of consecutive note lines (at least two) anywhere after the body
    ls = [ln for ln in lines(text) if ln.text.strip()]
    block_start = None
    for i in range(len(ls) - 1, -1, -1):
        if _BARE.match(ls[i].text):
            block_start = i
        elif block_start is not None:
            break
    if block_start is not None and len(ls) - block_start >= _MIN_BARE_BLOCK:
        return parse_entries(text, Span(ls[block_start].start, len(text)), junk_starts)
    return []
