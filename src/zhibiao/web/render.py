"""Report text as HTML with sections, facts, mentions, glossary terms and search hits marked up.

Annotations may overlap without nesting (a mention crossing a fact's end); the renderer closes
and reopens elements at such crossings so the HTML stays well formed, and only the first piece
of each annotation carries its ``id`` (``fact-<id>``) while every piece carries ``data-*`` so
the viewer can highlight all of it; a fact's pieces also carry its stable ``data-fid`` (``fact_id``)
and its ``data-review`` state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape
from typing import Any

# Outer elements first: a block section never opens inside an inline mark.
RANK_SECTION, RANK_TERM, RANK_FACT, RANK_MENTION, RANK_HIT = range(5)


@dataclass(slots=True)
class Ann:
    """One annotation: ``[start, end)`` in the report text and the tags that wrap it."""

    start: int
    end: int
    rank: int
    tag: str
    attrs: dict[str, str]
    first_only: tuple[str, ...] = ("id",)

    def open(self, first: bool) -> str:
        parts = [
            f' {k}="{escape(v, quote=True)}"'
            for k, v in self.attrs.items()
            if first or k not in self.first_only
        ]
        if not first:
            parts.append(' data-cont="1"')
        return f"<{self.tag}{''.join(parts)}>"

    def close(self) -> str:
        return f"</{self.tag}>"


def render(text: str, anns: list[Ann]) -> str:
    """HTML of ``text`` with every annotation wrapped, well nested, text escaped."""
    n = len(text)
    anns = [a for a in anns if 0 <= a.start < a.end <= n]
    anns.sort(key=lambda a: (a.start, a.rank, -a.end))
    points = sorted({a.start for a in anns} | {a.end for a in anns} | {0, n})
    starts: dict[int, list[Ann]] = {}
    for a in anns:
        starts.setdefault(a.start, []).append(a)
    out: list[str] = []
    stack: list[Ann] = []
    prev = 0
    for p in points:
        if p > prev:
            out.append(escape(text[prev:p], quote=False))
        prev = p
        # close everything ending here, reopening (as continuations) what was above it
        low = next((i for i, a in enumerate(stack) if a.end <= p), None)
        if low is not None:
            keep = [a for a in stack[low:] if a.end > p]
            out.extend(a.close() for a in reversed(stack[low:]))
            out.extend(a.open(first=False) for a in keep)
            stack[low:] = keep
        for a in starts.get(p, ()):
            # the stack's ranks never decrease upwards, so the inner (higher-rank) ones are a suffix:
            # close them, open ``a``, reopen them as continuations
            cut = len(stack)
            while cut and stack[cut - 1].rank > a.rank:
                cut -= 1
            above = stack[cut:]
            out.extend(b.close() for b in reversed(above))
            out.append(a.open(first=True))
            out.extend(b.open(first=False) for b in above)
            stack[cut:] = [a, *above]
    out.extend(a.close() for a in reversed(stack))
    return "".join(out)


def report_annotations(page: dict[str, Any], q: str | None = None) -> list[Ann]:
    """Annotations of a report page: sections, glossary terms, facts, mentions and ``q`` occurrences."""
    from zhibiao.web.labels import label

    text: str = page["text"]
    anns: list[Ann] = []
    for s in page["sections"]:
        if s["start"] is None or s["end"] is None:
            continue
        anns.append(Ann(s["start"], s["end"], RANK_SECTION, "section", {
            "id": f"sec-{s['section']}", "class": f"sec d{min(s['depth'] or 1, 4)} k-{s['kind']}",
            "data-sec": str(s["section"]),
        }))  # fmt: skip
    terms = {g["term"]: g["definition"] for g in page["glossary"] if g["term"] and len(g["term"]) >= 2}
    if terms:
        term_re = re.compile("|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)))
        for m in term_re.finditer(text):
            anns.append(Ann(m.start(), m.end(), RANK_TERM, "abbr", {
                "class": "term", "title": f"{m.group()}：{terms[m.group()]}"}))  # fmt: skip
    for f in page["facts"]:
        if f["norm_start"] is None or f["norm_end"] is None:
            continue
        year = f"{f['period']}年" if f["period"] else "年份不详"
        tip = f"{f['indicator_label']} · {label('role', f['role'])} · {year} · {f['display']}"
        anns.append(Ann(f["norm_start"], f["norm_end"], RANK_FACT, "mark", {
            "id": f"fact-{f['id']}", "class": f"fact role-{f['role']}", "data-fact": str(f["id"]),
            "data-fid": f.get("fact_id") or "", "data-review": f.get("review") or "machine", "title": tip,
        }))  # fmt: skip
    for m in page["mentions"]:
        if m["start"] is None or m["end"] is None:
            continue
        tip = f"{m['subject'] or ''} · {m['raw'] or ''}" + (f" · {label('role', m['role_guess'])}"
                                                             if m["role_guess"] else "")
        anns.append(Ann(m["start"], m["end"], RANK_MENTION, "span", {
            "id": f"mention-{m['id']}", "class": "mention", "data-mention": str(m["id"]), "title": tip,
        }))  # fmt: skip
    if q:
        pos, k = text.find(q), 0
        while pos >= 0 and k < 500:
            anns.append(Ann(pos, pos + len(q), RANK_HIT, "mark", {"id": f"q-{k}", "class": "hit"}))
            pos, k = text.find(q, pos + len(q)), k + 1
    return anns
