"""Decisions on facts: accept, correct, reject and add, each appended to the corrections log.

``Reviewer(db, name)`` opens the database only for the moment a decision is written, as an ingest
batch does (``Store.connection``), so it waits its turn while an ingest writes and never holds the
file between decisions.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import duckdb

from zhibiao.model import fact_id as make_fact_id
from zhibiao.review.locate import Located, locate
from zhibiao.review.log import (
    PROVENANCE,
    VIEW_FIELDS,
    Event,
    ReviewError,
    append,
    parse_changes,
    parse_value,
    reviewer_name,
    with_base,
)
from zhibiao.store import Store
from zhibiao.store.query import plain

_FACT_COLS = ("fact_id", "doc_id", "doc", "report", "start_char", "end_char", "norm_start", "norm_end", "text",
              "confidence", "review", "reviewer", *VIEW_FIELDS)  # fmt: skip


def find_fact(con: duckdb.DuckDBPyConnection, fact_id: str) -> dict[str, Any]:
    """The effective row of a fact (rejected ones too) by its id or a unique prefix of 6+ digits."""
    fid = fact_id.strip().lower()
    if len(fid) < 6:
        raise ReviewError(f"fact id {fact_id!r} is too short: give at least 6 of its 16 hex digits")
    cols = ", ".join(f'f."{c}"' for c in _FACT_COLS)
    cur = con.execute(
        f"""SELECT {cols}, d.sha256 FROM effective_facts_all f JOIN documents d ON d.id = f.doc_id
            WHERE starts_with(f.fact_id, ?) ORDER BY f.fact_id LIMIT 3""",
        [fid],
    )
    rows = cur.fetchall()
    if not rows:
        raise ReviewError(f"no fact {fact_id!r} in this database (zhibiao facts --format csv lists fact_id)")
    if len({r[0] for r in rows}) > 1:
        raise ReviewError(f"{fact_id!r} matches several facts ({', '.join(r[0] for r in rows)}): give more digits")
    return dict(zip([*_FACT_COLS, "sha256"], rows[0], strict=True))


def _event(action: str, reviewer: str, fact: dict[str, Any], **kw: Any) -> Event:
    """An event about an existing fact, keyed by the identity it has now."""
    return Event(action, reviewer, fact["fact_id"], fact["sha256"], fact["start_char"], fact["end_char"],
                 fact["indicator"], fact["role"], fact["measure"], **kw)  # fmt: skip


def accept_event(con: duckdb.DuckDBPyConnection, reviewer: str, fact_id: str, reason: str | None = None) -> Event:
    """The fact is right as it stands (with any earlier corrections)."""
    return _event("accept", reviewer, find_fact(con, fact_id), reason=reason or None)


def reject_event(con: duckdb.DuckDBPyConnection, reviewer: str, fact_id: str, reason: str | None = None) -> Event:
    """The fact is not a fact (wrong figure, out of scope, a sub-area's number...)."""
    return _event("reject", reviewer, find_fact(con, fact_id), reason=reason or None)


def correct_event(con: duckdb.DuckDBPyConnection, reviewer: str, fact_id: str, changes: dict[str, Any],
                  reason: str | None = None) -> Event:
    """Set some fields of the fact; the values they had are kept in ``before``."""
    fact = find_fact(con, fact_id)
    new = with_base(parse_changes(changes), fact)
    before = {k: _text(fact[k]) for k in new}
    return _event("correct", reviewer, fact, fields=new, before=before, reason=reason or None)


def _text(v: Any) -> str | None:
    v = plain(v)
    return None if v is None else str(v)


def add_event(con: duckdb.DuckDBPyConnection, reviewer: str, where: Located, fields: dict[str, Any],
              reason: str | None = None) -> Event:
    """A fact the extractor missed, at a located span; indicator, role and measure are needed."""
    missing = [k for k in ("indicator", "role", "measure") if not fields.get(k)]
    if missing:
        raise ReviewError(f"an added fact needs {', '.join('--' + m for m in missing)}")
    new = {k: parse_value(k, v) for k, v in fields.items() if v is not None}
    if "qualifier" not in new:
        new["qualifier"] = "exact" if new.get("value") is not None else "qualitative"
    new = with_base(new, {})
    fid = make_fact_id(where.sha256, where.start, where.end, new["indicator"], new["role"], new["measure"])
    exists = con.execute("SELECT review FROM effective_facts_all WHERE fact_id = ?", [fid]).fetchone()
    if exists and exists[0] != "rejected":
        raise ReviewError(f"this fact is already there as {fid} ({exists[0]}): accept or correct it instead")
    prov = {"report": where.report, "text": where.text, "byte_start": where.byte_start, "byte_end": where.byte_end,
            "norm_start": where.norm_start, "norm_end": where.norm_end, "indicator_name": None}  # fmt: skip
    assert set(prov) == set(PROVENANCE)
    out = {k: new.get(k) for k in VIEW_FIELDS} | {k: (None if v is None else str(v)) for k, v in prov.items()}
    return Event("add", reviewer, fid, where.sha256, where.start, where.end, new["indicator"], new["role"],
                 new["measure"], fields=out, reason=reason or None)  # fmt: skip


class Reviewer:
    """One reviewer's decisions on one database (``zhibiao review accept|reject|correct|add``)."""

    def __init__(self, db: str | os.PathLike[str] | None = None, name: str | None = None) -> None:
        self.store = Store(db)
        self.name = reviewer_name(name)

    @property
    def path(self) -> Path:
        return self.store.path

    def _decide(self, make: Any, *args: Any, **kw: Any) -> Event:
        with self.store.connection(read_only=False) as con:
            ev = make(con, self.name, *args, **kw)
            append(con, [ev])
        return ev

    def accept(self, fact_id: str, reason: str | None = None) -> Event:
        """Accept a fact as it stands."""
        return self._decide(accept_event, fact_id, reason)

    def reject(self, fact_id: str, reason: str | None = None) -> Event:
        """Reject a fact: it leaves every listing, export and panel (``--include-rejected`` shows it)."""
        return self._decide(reject_event, fact_id, reason)

    def correct(self, fact_id: str, changes: dict[str, Any], reason: str | None = None) -> Event:
        """Correct some of a fact's fields (``{"period": 2025, "role": "actual"}``)."""
        return self._decide(correct_event, fact_id, changes, reason)

    def add(self, doc: str | int, fields: dict[str, Any], *, start: int | None = None, end: int | None = None,
            report: int | None = None, norm_start: int | None = None, norm_end: int | None = None,
            reason: str | None = None) -> Event:
        """Add a missed fact at a span of a stored document: source characters (``start``/``end``) or
        a report's normalised text (``report``, ``norm_start``/``norm_end``)."""
        with self.store.connection() as con:  # decoding a document again can take a while: read first
            where = locate(con, doc, start=start, end=end, report=report, norm_start=norm_start, norm_end=norm_end)
        return self._decide(add_event, where, fields, reason)
