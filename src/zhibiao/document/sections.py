"""Section tree of a report: numbered headings (一、 (一) 1. ——) and cue-word headings, each with a kind.

Children inherit their parent's kind unless their own title names targets or a glossary; the
paragraph stating the main expected targets becomes a ``targets`` section even when it is no heading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from zhibiao.document._common import Line, any_re, cues, lines
from zhibiao.model import Section, SectionKind, Span

_C = cues()["sections"]
_KIND_RES: list[tuple[SectionKind, re.Pattern[str]]] = [
    (k, any_re(_C[k])) for k in ("targets", "glossary", "review", "tasks")  # type: ignore[misc]
]
_MARKERS: list[tuple[str, re.Pattern[str]]] = [
    ("cn", re.compile(r"^\s*[一二三四五六七八九十]{1,3}\s*[、.．]")),
    ("paren_cn", re.compile(r"^\s*[（(]\s*[一二三四五六七八九十]{1,3}\s*[)）]")),
    ("arabic", re.compile(r"^\s*\d{1,2}\s*[.、．](?!\d)")),
    ("paren_arabic", re.compile(r"^\s*[（(]\s*\d{1,2}\s*[)）]")),
    ("dash", re.compile(r"^\s*——(?!—)")),
]
CHAPTER_MARKER = dict(_MARKERS)["cn"]  # a top-level chapter's number (`一、`)
# all markers in one pass: the first alternative that matches is the first marker of the list that does
_MARKER_RE = re.compile("|".join(f"(?P<{name}>{rx.pattern})" for name, rx in _MARKERS))
# Depth of each marker type: a heading closes every open section of the same or a deeper type.
_RANK = {"cue": 0, "cn": 1, "paren_cn": 2, "arabic": 3, "paren_arabic": 4, "dash": 5, "caption": 6}
# a table's caption (`巩义市国民经济和社会发展主要指标表`): a leaf inside the section it stands in, not a chapter
_CAPTION = re.compile(r"表$")
_TARGETS_PARA = re.compile(_C["targets_paragraph"])
_TARGETS_ACHIEVED = re.compile(_C["targets_achieved"])
_TARGETS_REPORTED = re.compile(_C["targets_reported"])
_TARGETS_CONT = re.compile(_C["targets_continuation"])
_CUE_HEADING_MAX = int(_C["cue_heading_max"])
_TITLE_STOP = re.compile(r"[。;；:：!！?？]")
# (nor a line naming a document in book-title marks, `并提报《…计划草案》`, nor one that goes on a sentence)
_BAD_CUE_HEADING = re.compile(r"[,，。;；:：《》]|^\s*(各位代表|同志们|并|且|以及)")
_TITLE_MAX = 40
_SESSION_LINE = re.compile(r"人民代表大会|会议上|\d{4}年\d{1,2}月\d{1,2}日$")


@dataclass
class _Node:
    kind: SectionKind
    title: str
    start: int
    end: int
    level: int
    marker: str
    children: list[_Node] = field(default_factory=list)

    def freeze(self) -> Section:
        return Section(self.kind, self.title, Span(self.start, self.end), self.level,
                       tuple(c.freeze() for c in self.children))


def cue_kind(title: str) -> SectionKind | None:
    """The kind named by a heading's cue words, if any."""
    hits = [kind for kind, rx in _KIND_RES if rx.search(title)]
    if "targets" in hits and ("review" in hits or _TARGETS_ACHIEVED.search(title) or _TARGETS_REPORTED.search(title)):
        return "review"  # 主要指标完成情况, 主要目标全面实现, 主要指标稳增: how last year's targets were met
    return hits[0] if hits else None


def _heading(ln: Line) -> tuple[str, str] | None:
    """(marker type, title) when the line is a heading."""
    t = ln.text
    m = _MARKER_RE.match(t)
    if m and m.lastgroup:
        rest = t[m.end():].strip()
        if not rest:
            return None
        stop = _TITLE_STOP.search(rest)
        marker_text = t[m.start() : m.end()].strip()
        title = marker_text + rest[: stop.start() if stop else len(rest)]
        return m.lastgroup, title[:_TITLE_MAX]
    s = t.strip()
    if 2 <= len(s) <= _CUE_HEADING_MAX and not _BAD_CUE_HEADING.search(s) and not s.endswith("报告") \
            and cue_kind(s):
        return "cue", s
    return None


def build_sections(text: str, intro_end: int = 0, junk: Sequence[Span] = ()) -> list[Section]:
    """Section tree of a report's text (offsets relative to ``text``); headings before ``intro_end``
    (title block) and on site-junk lines (``junk``, report-relative) are ignored."""
    junk_starts = {j.start for j in junk}
    ls = [ln for ln in lines(text)
          if ln.start >= intro_end and ln.text.strip() and ln.start not in junk_starts]
    roots: list[_Node] = []
    stack: list[_Node] = []
    in_glossary = False
    for ln in ls:
        h = _heading(ln)
        if h is None:
            continue
        marker, title = h
        if marker == "cue" and _CAPTION.search(title) and stack:
            marker = "caption"
        if marker == "dash" and _SESSION_LINE.search(ln.text):
            continue  # ——2024年1月8日在…人民代表大会…会议上 is a subtitle, not a lead item
        if in_glossary and marker != "cue" and marker != "cn":
            continue  # numbered notes inside a glossary are entries, not sections
        rank = _RANK[marker]
        while stack and (_RANK[stack[-1].marker] >= rank
                         or (stack[-1].marker == "cue" and stack[-1].kind == "targets" and rank <= 2)):
            stack.pop()  # an unnumbered targets heading covers its paragraph, not the numbered tasks after
        parent = stack[-1] if stack else None
        own = cue_kind(title)
        if parent is None:
            kind: SectionKind = own or ("tasks" if roots and _leads_to_tasks(roots[-1]) else "other")
        elif own == "glossary" or (own == "targets" and parent.kind != "review"):
            kind = own  # in a review, `超过年初预期目标` quotes last year's targets: still review
        else:
            kind = parent.kind
        node = _Node(kind, title, ln.start, len(text), len(stack) + 1, marker)
        (parent.children if parent else roots).append(node)
        stack.append(node)
        in_glossary = kind == "glossary"
    _close(roots, len(text))
    _add_targets_paragraph(text, roots, ls)
    return [r.freeze() for r in roots]


def _leads_to_tasks(prev: _Node) -> bool:
    """Whether an uncued top-level heading after ``prev`` continues this year's tasks: it follows the
    targets, or an uncued heading that itself did."""
    return prev.kind == "targets" or (prev.kind == "tasks" and cue_kind(prev.title) is None)


def _close(nodes: list[_Node], end: int) -> None:
    """Each section ends where its next sibling starts (the last one at its parent's end)."""
    for i, n in enumerate(nodes):
        n.end = nodes[i + 1].start if i + 1 < len(nodes) else end
        _close(n.children, n.end)


def _walk(nodes: Sequence[_Node]):  # type: ignore[no-untyped-def]
    for n in nodes:
        yield n
        yield from _walk(n.children)


def _add_targets_paragraph(text: str, roots: list[_Node], ls: Sequence[Line]) -> None:
    """Insert a ``targets`` section over the main-targets paragraph when no heading already has one."""
    if any(n.kind == "targets" for n in _walk(roots)):
        return
    for idx, ln in enumerate(ls):
        m = _TARGETS_PARA.search(ln.text)
        if not m:
            continue
        container = _innermost(roots, ln.start)
        if container is not None and container.kind in ("review", "glossary"):
            continue
        if container is not None and container.start == ln.start:
            container.kind = "targets"
            return
        end = ln.end
        for nxt in ls[idx + 1 : idx + 6]:
            if _heading(nxt) is not None or not _TARGETS_CONT.search(nxt.text) or "%" not in nxt.text:
                break
            end = nxt.end
        siblings = container.children if container else roots
        level = container.level + 1 if container else 1
        sent = max(ln.text.rfind(c, 0, m.start()) for c in "。;；!！") + 1  # sentence holding the cue
        title = ln.text[sent : m.end()].strip().rstrip(":：")[:_TITLE_MAX]
        node = _Node("targets", title, ln.start + sent, end, level, "para")
        # children that fall inside the paragraph move under it (rare); keep document order
        pos = sum(1 for s in siblings if s.start < ln.start)
        if pos > 0 and siblings[pos - 1].end > ln.start and siblings[pos - 1] is not container:
            prev = siblings[pos - 1]
            node.level = prev.level + 1
            prev.children.append(node)
            prev.children.sort(key=lambda n: n.start)
        else:
            siblings.insert(pos, node)
        return


def _innermost(nodes: Sequence[_Node], pos: int) -> _Node | None:
    best = None
    cur = list(nodes)
    while cur:
        hit = next((n for n in cur if n.start <= pos < n.end), None)
        if hit is None:
            break
        best = hit
        cur = hit.children
    return best
