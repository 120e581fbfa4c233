"""Orphans: corrections that no longer apply to any fact, reported rather than dropped.

A decision on a machine fact applies while the extractor still produces that ``fact_id``. After a
``reextract`` with another zhibiao (or on a database built from other bytes) it may not: the fact is
gone, or its span moved (a fact of the same indicator, role and measure now overlaps the old span
under another id). An added fact is an orphan when its document is not stored or its text no
longer stands at its report's offsets. Each orphan names the nearest current fact to re-decide on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import duckdb

from zhibiao.review.log import Event, events, fold


@dataclass(slots=True)
class Orphan:
    """A fact the log decides on that the store no longer shows."""

    fact_id: str
    action: str  # the latest decision's action
    reviewer: str
    why: str  # document not stored | no longer produced | span moved | text moved
    doc: str | None
    start: int | None
    end: int | None
    indicator: str | None
    role: str | None
    measure: str | None
    fields: dict[str, Any]
    candidate: str | None = None  # the fact_id now at (or overlapping) the span, if any

    def record(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__slots__}  # type: ignore[attr-defined]


def orphans(con: duckdb.DuckDBPyConnection) -> list[Orphan]:
    """Every fact decided on (by applied events) that no current row shows."""
    by_fact: dict[str, list[Event]] = {}
    for ev, _ in events(con, applied_only=True):
        by_fact.setdefault(ev.fact_id, []).append(ev)
    if not by_fact:
        return []
    shown = {r[0] for r in con.execute(
        "SELECT fact_id FROM effective_facts_all WHERE fact_id IN (SELECT unnest(?::VARCHAR[]))", [list(by_fact)]
    ).fetchall()}  # fmt: skip
    docs = dict(con.execute("SELECT sha256, name FROM documents").fetchall())
    out: list[Orphan] = []
    for fid, evs in by_fact.items():
        if fid in shown:
            continue
        last = evs[-1]
        st = fold(evs)
        doc = docs.get(last.doc_sha256)
        cand = None
        if doc is None:
            why = "document not stored"
        elif any(e.action == "add" for e in evs):
            why = "text moved"
        else:
            cand = _overlapping(con, last)
            why = "span moved" if cand else "no longer produced"
        out.append(Orphan(fid, last.action, last.reviewer, why, doc, last.start, last.end, last.indicator,
                          last.role, last.measure, st.fields, cand))  # fmt: skip
    return sorted(out, key=lambda o: (o.doc or "", o.start or 0, o.fact_id))


def _overlapping(con: duckdb.DuckDBPyConnection, ev: Event) -> str | None:
    """The current fact of the same indicator, role and measure whose span overlaps the event's."""
    if ev.start is None or ev.end is None:
        return None
    row = con.execute(
        """SELECT f.fact_id FROM facts f JOIN documents d ON d.id = f.doc_id
           WHERE d.sha256 = ? AND f.indicator IS NOT DISTINCT FROM ? AND f.role IS NOT DISTINCT FROM ?
             AND f.measure IS NOT DISTINCT FROM ? AND f.start_char < ? AND f.end_char > ?
           ORDER BY abs(f.start_char - ?) LIMIT 1""",
        [ev.doc_sha256, ev.indicator, ev.role, ev.measure, ev.end, ev.start, ev.start],
    ).fetchone()
    return str(row[0]) if row else None
