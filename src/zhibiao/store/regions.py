"""The region a user names: exactly one region, found by name, short name or division code.

``济南市``, ``济南`` and ``370100`` name one region; ``安居区``, ``安居`` and ``遂宁市安居区`` another.
A name is looked up among the stored reports' regions first, then in the gazetteer (so a region
with no report of its own, ``遂宁市``, is still a region: an empty answer, not an error). A name
is never matched as a prefix of another (``遂宁市`` is not ``遂宁市安居区``). Subdivisions count
only when asked (``--with-children``), through the code hierarchy: a district's reports count
under its prefecture (``5109…``) and its province (``51…``). Reports whose region was not
recognised form their own bucket, ``未识别地区``: they are listed together but never joined as
one region. A name that is neither stored nor in the gazetteer is an ``UnknownNameError`` with
the closest names as suggestions; a name several divisions share is an error listing them (the
stored ones first, else the ones that still exist: ``遂宁`` is 遂宁市, not the 遂宁县 of 1981–84).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

import duckdb

from zhibiao.store.names import UnknownNameError, did_you_mean

UNKNOWN_LABEL = "未识别地区"  # the bucket of reports whose region was not recognised
UNKNOWN_KEY = "unknown"  # its key in URLs and arguments (the label works too)
NATIONAL = "000000"


@dataclass(frozen=True, slots=True)
class Region:
    """One region a user named: its display name, division code and level; whether reports of it are stored."""

    name: str | None
    code: str | None
    level: str | None
    stored: bool
    unknown: bool = False  # the 未识别地区 bucket

    @property
    def key(self) -> str:
        """Its key in URLs: the division code when known, else the name (``unknown`` for the bucket)."""
        return UNKNOWN_KEY if self.unknown else (self.code or self.name or UNKNOWN_KEY)

    @property
    def label(self) -> str:
        """How a person reads it: the name, else the code, else 未识别地区."""
        return UNKNOWN_LABEL if self.unknown else (self.name or self.code or UNKNOWN_LABEL)


UNKNOWN_REGION = Region(None, None, None, True, unknown=True)


@cache
def _gazetteer() -> Any:
    from zhibiao.document.gazetteer import load

    return load()


def code_prefix(code: str) -> str:
    """The prefix every division under ``code`` shares (``370000`` -> ``37``, ``370100`` -> ``3701``)."""
    c = code.strip()[:6]
    if len(c) == 6 and c.isdigit():
        if c[2:] == "0000":
            return c[:2]
        if c[4:] == "00":
            return c[:4]
    return c


def full_code(text: str) -> str | None:
    """A six-digit division code from what a user typed: ``37`` -> 370000, ``3701`` -> 370100,
    ``510904000000`` -> 510904; None if it is not a code."""
    t = text.strip()
    if not t.isdigit():
        return None
    if len(t) in (2, 4):
        return t.ljust(6, "0")
    if len(t) == 6:
        return t
    if len(t) in (9, 12) and set(t[6:]) == {"0"}:
        return t[:6]
    return None


def _stored(con: duckdb.DuckDBPyConnection) -> list[tuple[str | None, str | None, str | None]]:
    return con.execute(
        "SELECT DISTINCT region, region_code, level FROM reports "
        "WHERE region IS NOT NULL OR region_code IS NOT NULL ORDER BY region_code NULLS LAST, region"
    ).fetchall()


def _region_of(code: str, rows: list[tuple[str | None, str | None, str | None]]) -> Region:
    """The region with ``code``: the longest stored name (遂宁市安居区 over 安居区), else the gazetteer's."""
    mine = [r for r in rows if r[1] == code]
    if mine:
        name = max((r[0] for r in mine if r[0]), key=len, default=None)
        return Region(name, code, next((r[2] for r in mine if r[2]), None), True)
    d = _gazetteer().by_code(code)
    return Region(d.full_name if d else None, code, d.level if d else None, False)


def find_region(con: duckdb.DuckDBPyConnection, text: str) -> Region:
    """The one region ``text`` names (see the module docstring); UnknownNameError when none or several."""
    t = " ".join(text.split())
    if t in (UNKNOWN_LABEL, UNKNOWN_KEY):
        return UNKNOWN_REGION
    rows = _stored(con)
    gaz = _gazetteer()
    if t.isdigit():
        code = full_code(t)
        if code is not None and (any(r[1] == code for r in rows) or gaz.by_code(code) is not None):
            return _region_of(code, rows)
        near = [r[1] for r in rows if r[1] and r[1].startswith(t[:4])] or [r[1] for r in rows if r[1]]
        raise UnknownNameError(f"unknown region code {t!r}: no division has it"
                               + (f" (stored codes near it: {', '.join(near[:8])})" if near else ""),
                               near[:8])  # fmt: skip
    exact = [r for r in rows if r[0] == t]
    if exact:
        codes = sorted({r[1] for r in exact if r[1]})
        if len(codes) > 1:
            raise _ambiguous(t, [(t, c) for c in codes])
        return _region_of(codes[0], rows) if codes else Region(t, None, exact[0][2], True)
    cands = gaz.candidates(t) or gaz.candidates(t, short=True)
    stored_codes = {r[1] for r in rows if r[1]}
    divs = {d.code: d for d in cands}
    current = [c for c in divs if divs[c].last_year is None]  # a division abolished long ago is rarely meant
    hit = [c for c in divs if c in stored_codes] or current or list(divs)
    if len(hit) == 1:
        return _region_of(hit[0], rows)
    if hit:
        raise _ambiguous(t, [(divs[c].full_name, c) for c in sorted(hit)])
    names = [r[0] for r in rows if r[0]]
    close = did_you_mean(t, names) or did_you_mean(t, [d.full_name for d in gaz.divisions], n=5, cutoff=0.6)
    msg = f"unknown region {t!r}"
    msg += f": did you mean {', '.join(close)}?" if close else ": `zhibiao reports` lists the stored regions"
    raise UnknownNameError(msg, close)


def _ambiguous(text: str, named: list[tuple[str, str]]) -> UnknownNameError:
    listed = ", ".join(f"{n} ({c})" for n, c in named)
    return UnknownNameError(f"region {text!r} names several divisions: {listed}; give the code or the full name",
                            [c for _, c in named])  # fmt: skip


def region_filter(
    con: duckdb.DuckDBPyConnection, text: str, with_children: bool = False, alias: str = ""
) -> tuple[str, list[Any]]:
    """A SQL condition (and its parameters) on ``region``/``region_code`` columns for the region ``text``
    names: exactly that region, or with its subdivisions by code prefix."""
    return region_condition(find_region(con, text), with_children, alias)


def region_condition(r: Region, with_children: bool = False, alias: str = "") -> tuple[str, list[Any]]:
    """The SQL condition of ``region_filter`` for a region already found."""
    a = f"{alias}." if alias else ""
    if r.unknown:
        return f"({a}region IS NULL AND {a}region_code IS NULL)", []
    if r.code is None:
        return f"({a}region = ? AND {a}region_code IS NULL)", [r.name]
    if with_children:
        if r.code == NATIONAL:
            return "TRUE", []
        return f"({a}region_code LIKE ? OR ({a}region_code IS NULL AND {a}region = ?))", \
            [code_prefix(r.code) + "%", r.name]  # fmt: skip
    return f"({a}region_code = ? OR ({a}region_code IS NULL AND {a}region = ?))", [r.code, r.name]


def children(con: duckdb.DuckDBPyConnection, r: Region) -> list[Region]:
    """Stored regions under ``r`` by code (not ``r`` itself), most general first."""
    if r.unknown or not r.code:
        return []
    rows = _stored(con)
    pre = "" if r.code == NATIONAL else code_prefix(r.code)
    codes = sorted({c for _, c, _ in rows if c and c != r.code and c.startswith(pre) and c != NATIONAL},
                   key=lambda c: (len(code_prefix(c)), c))  # fmt: skip
    return [_region_of(c, rows) for c in codes]
