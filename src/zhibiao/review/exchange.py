"""Moving corrections between machines as JSONL, and writing the reviewed facts as gold.

An export is the whole log, one event per line. An import adds the events this database has not
seen (by ``event_id``, so importing twice changes nothing). Events about a fact this database has
decided on differently, without the sender having seen those local decisions, are a conflict: they
are kept in the log (they count as that reviewer's coding for agreement) but held back from the
effective view, and listed; a new local decision settles the fact.
"""

from __future__ import annotations

import datetime as _dt
import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from zhibiao.review.log import Event, FactState, ReviewError, append, events, fold
from zhibiao.review.stats import gold_records


def export_events(con: duckdb.DuckDBPyConnection, out: str | Path) -> int:
    """Write every event of the log (held conflicts too) as JSON lines; returns how many."""
    evs = events(con)
    with Path(out).open("w", encoding="utf-8") as fh:
        for ev, _applied in evs:
            fh.write(json.dumps(ev.record(), ensure_ascii=False) + "\n")
    return len(evs)


def read_events(path: str | Path) -> list[Event]:
    """Events of an export file, checked line by line (a bad line names its number)."""
    out: list[Event] = []
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise ReviewError(f"{p}: cannot read it ({e})") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            out.append(Event.from_record(json.loads(line)))
        except (json.JSONDecodeError, ReviewError) as e:
            raise ReviewError(f"{p}, line {n}: {e}") from None
    return out


@dataclass(slots=True)
class Conflict:
    """An imported decision on a fact that disagrees with the local one."""

    fact_id: str
    local: FactState
    theirs: FactState
    events: list[str] = field(default_factory=list)  # event ids held back

    def record(self) -> dict[str, Any]:
        return {"fact_id": self.fact_id, "local": self.local.review, "local_by": self.local.reviewer,
                "local_fields": self.local.fields, "theirs": self.theirs.review, "theirs_by": self.theirs.reviewer,
                "theirs_fields": self.theirs.fields, "held_events": self.events}  # fmt: skip


@dataclass(slots=True)
class ImportResult:
    read: int = 0
    new: int = 0
    applied: int = 0
    conflicts: list[Conflict] = field(default_factory=list)


def import_events(con: duckdb.DuckDBPyConnection, path: str | Path) -> ImportResult:
    """Add the file's unseen events; a conflicting fact's events are held back (``Conflict``)."""
    theirs = read_events(path)
    res = ImportResult(read=len(theirs))
    seen = {ev.event_id for ev, _ in events(con)}
    local: dict[str, list[Event]] = defaultdict(list)
    for ev, _ in events(con, applied_only=True):
        local[ev.fact_id].append(ev)
    by_fact: dict[str, list[Event]] = defaultdict(list)
    for ev in sorted(theirs, key=lambda e: e.decided_at):
        by_fact[ev.fact_id].append(ev)
    new: list[Event] = []
    applied: list[bool] = []
    for fid, evs in by_fact.items():
        fresh = [e for e in evs if e.event_id not in seen]
        if not fresh:
            continue
        sent = {e.event_id for e in evs}
        unseen_local = [e for e in local.get(fid, []) if e.event_id not in sent]
        mine, other = fold(local.get(fid, [])), fold(evs)
        ok = not unseen_local or mine.key() == other.key()
        if not ok:
            res.conflicts.append(Conflict(fid, mine, other, [e.event_id for e in fresh]))
        new.extend(fresh)
        applied.extend([ok] * len(fresh))
    append(con, new, applied, imported_at=_dt.datetime.now(_dt.UTC).replace(tzinfo=None))
    res.new, res.applied = len(new), sum(applied)
    return res


def held(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Imported events held back as conflicts, with the fact's local state, for ``review conflicts``."""
    local: dict[str, list[Event]] = defaultdict(list)
    out = []
    all_events = events(con)
    for ev, applied in all_events:
        if applied:
            local[ev.fact_id].append(ev)
    for ev, applied in all_events:
        if not applied:
            mine = fold(local.get(ev.fact_id, []))
            out.append({"fact_id": ev.fact_id, "event_id": ev.event_id, "reviewer": ev.reviewer, "action": ev.action,
                        "fields": ev.fields, "reason": ev.reason, "local": mine.review, "local_by": mine.reviewer,
                        "local_fields": mine.fields})  # fmt: skip
    return out


def write_gold(con: duckdb.DuckDBPyConnection, out: str | Path) -> int:
    """The fully reviewed reports' effective facts as a gold file in the facts spec's shape."""
    recs = gold_records(con)
    with Path(out).open("w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return len(recs)
