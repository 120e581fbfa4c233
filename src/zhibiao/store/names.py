"""Names a user types for a filter (indicator, role, level, …): checked, and refused with suggestions.

A typo used to give an empty table and exit status 0 (``facts --indicator gpd``), which reads
like "no data". Every filter value is now one the store knows or a ``QueryError`` that says
which ones are close (``did you mean gdp?``) — exit status 2 on the command line.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from functools import cache
from typing import get_args

import duckdb

from zhibiao import model
from zhibiao.errors import QueryError

CHOICES: dict[str, tuple[str, ...]] = {
    "role": get_args(model.Role),
    "level": get_args(model.Level),
    "measure": get_args(model.Measure),
    "commitment": get_args(model.Commitment),
    "report type": get_args(model.ReportType),
    "qualifier": get_args(model.Qualifier),
}


class UnknownNameError(QueryError):
    """A filter value that names nothing the store knows; ``suggestions`` are the close ones."""

    def __init__(self, message: str, suggestions: list[str]) -> None:
        self.suggestions = suggestions
        super().__init__(message)


def did_you_mean(value: str, options: Iterable[str], n: int = 5, cutoff: float = 0.5) -> list[str]:
    """The options closest to ``value`` (difflib's ratio), best first; case is ignored."""
    opts = list(dict.fromkeys(o for o in options if o))
    low: dict[str, str] = {}
    for o in opts:  # the first spelling of each wins (ids come before names)
        low.setdefault(o.lower(), o)
    return [low[m] for m in difflib.get_close_matches(value.lower(), list(low), n=n, cutoff=cutoff)]


def unknown(kind: str, value: str, options: Iterable[str], hint: str = "") -> UnknownNameError:
    """The error for an unknown ``kind`` named ``value``, with the closest ``options`` as suggestions."""
    opts = list(options)
    close = did_you_mean(value, opts)
    msg = f"unknown {kind} {value!r}"
    if close:
        msg += f": did you mean {', '.join(close)}?"
    elif len(opts) <= 8:
        msg += f": choose one of {', '.join(opts)}"
    if hint:
        msg += f" ({hint})"
    return UnknownNameError(msg, close)


def check_choice(kind: str, value: str | None) -> str | None:
    """``value`` if it is one of ``CHOICES[kind]`` (or None), else an UnknownNameError."""
    if value is None or value in CHOICES[kind]:
        return value
    raise unknown(kind, value, CHOICES[kind])


@cache
def _vocabulary() -> dict[str, tuple[str, ...]]:
    """Indicator id -> its canonical name and aliases, from the extraction vocabulary."""
    from zhibiao.facts.vocab import load

    out: dict[str, tuple[str, ...]] = {}
    for ind_id, ind in load().indicators.items():
        out[ind_id] = tuple(n for n in (ind.name, *ind.aliases) if n)
    return out


def check_indicator(con: duckdb.DuckDBPyConnection, value: str | None) -> str | None:
    """``value`` if it is an indicator id or name the vocabulary or the stored facts know, else an error."""
    if value is None:
        return None
    vocab = _vocabulary()
    if value in vocab or any(value in names for names in vocab.values()):
        return value
    stored = con.execute(
        "SELECT DISTINCT indicator, indicator_name FROM facts WHERE indicator = ? OR indicator_name = ?",
        [value, value],
    ).fetchall()
    if stored:
        return value
    ids = [*vocab, *(r[0] for r in con.execute("SELECT DISTINCT indicator FROM facts").fetchall())]
    names = [n for ns in vocab.values() for n in ns]
    raise unknown("indicator", value, ids + names)
