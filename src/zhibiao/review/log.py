"""The corrections log: appending accept / correct / reject / add events, each keyed by a fact's identity.

The log is append-only: a decision is never edited, a later event supersedes an earlier one (the
effective view folds them in order, see ``store.schema.effective_views``). Machine rows are never
touched. Every write opens the database for a moment, as an ingest batch does, so it waits its
turn while an ingest stores a batch and asks it for the file (``store.connect``).
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import uuid
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, get_args

import duckdb

from zhibiao._version import __version__
from zhibiao.errors import ZhibiaoError
from zhibiao.model import Commitment, Measure, Qualifier, Role
from zhibiao.store.schema import ADD_FIELDS_V8, REVIEW_FIELDS_V8

ENV_REVIEWER = "ZHIBIAO_REVIEWER"
ACTIONS = ("accept", "correct", "reject", "add")
DERIVED = ("value_base", "unit_base")  # follow value, unit and measure (``quantity.units.to_base``)
VIEW_FIELDS: tuple[str, ...] = tuple(REVIEW_FIELDS_V8)  # what the effective view takes from the log
FIELDS: tuple[str, ...] = tuple(f for f in VIEW_FIELDS if f not in DERIVED)  # what a reviewer may set
PROVENANCE: tuple[str, ...] = tuple(ADD_FIELDS_V8)  # what an add records about where its text is


class ReviewError(ZhibiaoError):
    """A review command that cannot be carried out (unknown fact, bad field or value, no reviewer)."""


def reviewer_name(given: str | None = None) -> str:
    """``given``, else ``$ZHIBIAO_REVIEWER``; a decision without a name is refused."""
    name = (given or os.environ.get(ENV_REVIEWER) or "").strip()
    if not name:
        raise ReviewError(f"who is reviewing? pass --reviewer NAME or set ${ENV_REVIEWER}")
    return name


def _indicator_ids() -> set[str]:
    from zhibiao.facts.vocab import load

    return set(load().indicators)


_CHOICES: dict[str, tuple[str, ...]] = {
    "role": get_args(Role), "measure": get_args(Measure), "qualifier": get_args(Qualifier),
    "commitment": get_args(Commitment),
}  # fmt: skip


def parse_value(name: str, raw: Any) -> str | None:
    """One field's new value, checked, as the log stores it (text; ``None`` sets SQL NULL).

    Numbers stay exact decimals (``6.5`` not a float); an empty string or ``null`` clears a field.
    """
    if name not in FIELDS:
        raise ReviewError(f"cannot correct {name!r}: choose one of {', '.join(FIELDS)}")
    if raw is None or (isinstance(raw, str) and raw.strip().lower() in ("", "null", "none")):
        if name in ("indicator", "role"):
            raise ReviewError(f"{name} cannot be empty")
        return None
    text = str(raw).strip()
    if name in _CHOICES and text not in _CHOICES[name]:
        raise ReviewError(f"{name} must be one of {', '.join(_CHOICES[name])}, not {text!r}")
    if name == "indicator" and text not in _indicator_ids():
        raise ReviewError(f"unknown indicator id {text!r} (see src/zhibiao/data/indicators.toml)")
    if name == "period":
        if not text.isdigit() or not 1900 <= int(text) <= 2100:
            raise ReviewError(f"period must be a year such as 2025, not {text!r}")
        return str(int(text))
    if name in ("value", "value_high"):
        try:
            d = Decimal(text)
        except InvalidOperation:
            raise ReviewError(f"{name} must be a number such as 6.5, not {text!r}") from None
        if not d.is_finite():
            raise ReviewError(f"{name} must be a finite number, not {text!r}")
        return str(d)
    return text


def parse_changes(changes: dict[str, Any]) -> dict[str, str | None]:
    """Every field of a correction checked (``parse_value``); at least one is needed."""
    if not changes:
        raise ReviewError("a correction needs at least one field: --set FIELD=VALUE")
    return {k: parse_value(k, v) for k, v in changes.items()}


def with_base(new: dict[str, str | None], current: dict[str, Any]) -> dict[str, str | None]:
    """``new`` plus the ``value_base``/``unit_base`` a level gets when its value, unit or measure changes."""
    if not {"value", "unit", "measure"} & set(new):
        return new
    from zhibiao.quantity.units import to_base

    merged = {**current, **new}
    value = None if merged.get("value") is None else Decimal(str(merged["value"]))
    vb, ub = to_base(value, merged.get("unit")) if merged.get("measure") == "level" else (None, None)
    base = {"value_base": None if vb is None else str(vb.normalize()), "unit_base": ub}
    old = {k: None if current.get(k) is None else str(Decimal(str(current[k])).normalize()) if k == "value_base"
           else current[k] for k in base}  # fmt: skip
    return new if base == old else {**new, **base}


def parse_sets(pairs: list[str]) -> dict[str, str]:
    """``["period=2025", "role=actual"]`` as a dict (the CLI's ``--set`` options)."""
    out: dict[str, str] = {}
    for p in pairs:
        name, sep, value = p.partition("=")
        if not sep or not name.strip():
            raise ReviewError(f"--set takes FIELD=VALUE, not {p!r}")
        out[name.strip()] = value
    return out


@dataclass(slots=True)
class Event:
    """One decision, as stored in ``corrections`` and exchanged as a JSONL line."""

    action: str
    reviewer: str
    fact_id: str
    doc_sha256: str
    start: int | None
    end: int | None
    indicator: str | None
    role: str | None
    measure: str | None
    fields: dict[str, Any] = field(default_factory=dict)
    before: dict[str, Any] = field(default_factory=dict)
    reason: str | None = None
    event_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    decided_at: _dt.datetime = field(default_factory=lambda: _dt.datetime.now(_dt.UTC).replace(tzinfo=None))
    zhibiao_version: str = __version__

    def row(self, applied: bool = True, imported_at: _dt.datetime | None = None) -> list[Any]:
        """The values of a ``corrections`` row (``INSERT_SQL``'s order)."""
        return [self.event_id, self.decided_at, self.reviewer, self.action, self.fact_id, self.doc_sha256,
                self.start, self.end, self.indicator, self.role, self.measure,
                json.dumps(self.fields, ensure_ascii=False) if self.fields else None,
                json.dumps(self.before, ensure_ascii=False) if self.before else None,
                self.reason, self.zhibiao_version, imported_at, applied]  # fmt: skip

    def record(self) -> dict[str, Any]:
        """The event as one JSON object (``zhibiao review export``)."""
        return {
            "event_id": self.event_id, "decided_at": self.decided_at.isoformat(), "reviewer": self.reviewer,
            "action": self.action, "fact_id": self.fact_id, "doc_sha256": self.doc_sha256, "start": self.start,
            "end": self.end, "indicator": self.indicator, "role": self.role, "measure": self.measure,
            "fields": self.fields, "before": self.before, "reason": self.reason,
            "zhibiao_version": self.zhibiao_version,
        }  # fmt: skip

    @classmethod
    def from_record(cls, r: dict[str, Any]) -> Event:
        """An event read back from ``record``'s shape (an import), checked."""
        try:
            ev = cls(
                action=str(r["action"]), reviewer=str(r["reviewer"]), fact_id=str(r["fact_id"]),
                doc_sha256=str(r["doc_sha256"]), start=r.get("start"), end=r.get("end"),
                indicator=r.get("indicator"), role=r.get("role"), measure=r.get("measure"),
                fields=dict(r.get("fields") or {}), before=dict(r.get("before") or {}), reason=r.get("reason"),
                event_id=str(r["event_id"]), decided_at=_dt.datetime.fromisoformat(str(r["decided_at"])),
                zhibiao_version=str(r.get("zhibiao_version") or ""),
            )  # fmt: skip
        except (KeyError, TypeError, ValueError) as e:
            raise ReviewError(f"not a zhibiao review event ({type(e).__name__}: {e})") from None
        if ev.action not in ACTIONS:
            raise ReviewError(f"unknown review action {ev.action!r}")
        return ev

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Event:
        """An event read from a ``corrections`` row (``SELECT *``)."""
        return cls(
            action=row["action"], reviewer=row["reviewer"], fact_id=row["fact_id"], doc_sha256=row["doc_sha256"],
            start=row["start_char"], end=row["end_char"], indicator=row["indicator"], role=row["role"],
            measure=row["measure"], fields=json.loads(row["fields"]) if row["fields"] else {},
            before=json.loads(row["before"]) if row["before"] else {}, reason=row["reason"],
            event_id=row["event_id"], decided_at=row["decided_at"], zhibiao_version=row["zhibiao_version"] or "",
        )  # fmt: skip


INSERT_SQL = """INSERT INTO corrections (event_id, decided_at, reviewer, action, fact_id, doc_sha256, start_char,
    end_char, indicator, role, measure, fields, "before", reason, zhibiao_version, imported_at, applied)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""


def append(con: duckdb.DuckDBPyConnection, events: list[Event], applied: list[bool] | None = None,
           imported_at: _dt.datetime | None = None) -> None:
    """Append events in one transaction (the caller holds a write connection)."""
    if not events:
        return
    flags = applied or [True] * len(events)
    con.execute("BEGIN TRANSACTION")
    try:
        con.executemany(INSERT_SQL, [e.row(a, imported_at) for e, a in zip(events, flags, strict=True)])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def events(con: duckdb.DuckDBPyConnection, *, applied_only: bool = False) -> list[tuple[Event, bool]]:
    """Every event of the log in order, with whether it applies (held conflicts do not)."""
    cur = con.execute("SELECT * FROM corrections" + (" WHERE applied" if applied_only else "") + " ORDER BY seq")
    cols = [d[0] for d in cur.description]
    return [(Event.from_row(dict(zip(cols, r, strict=True))), bool(r[cols.index("applied")])) for r in cur.fetchall()]


@dataclass(slots=True)
class FactState:
    """What a sequence of events says about one fact: its review state and the fields it sets."""

    review: str = "machine"
    fields: dict[str, Any] = field(default_factory=dict)
    reviewer: str | None = None

    def key(self) -> tuple[str, tuple[tuple[str, Any], ...]]:
        """What two reviewers must agree on: the state and every field set (numbers compared as numbers)."""
        norm = {k: _same(v) for k, v in self.fields.items() if k in FIELDS}
        return self.review, tuple(sorted(norm.items()))


def _same(v: Any) -> Any:
    try:
        return Decimal(str(v)).normalize() if v is not None else None
    except InvalidOperation:
        return v


def fold(evs: list[Event]) -> FactState:
    """The state after ``evs`` in order: the same rule as the ``review_state`` view, in Python."""
    st = FactState()
    added = corrected = False
    for e in evs:
        added = added or e.action == "add"
        corrected = corrected or e.action == "correct"
        st.fields.update(e.fields)
        st.reviewer = e.reviewer
        last = e.action
        st.review = ("rejected" if last == "reject" else "added" if added else "corrected" if corrected
                     else "accepted")  # fmt: skip
    return st
