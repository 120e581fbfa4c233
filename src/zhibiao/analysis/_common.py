"""Shared pieces of the analysis: settings, fact rows with Decimal values, regions joined by code."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import Any

import duckdb

from zhibiao.document import gazetteer as _gaz
from zhibiao.store.regions import UNKNOWN_KEY


@cache
def rules() -> dict[str, Any]:
    """The analysis settings and vocabulary (``data/analysis_rules.toml``), parsed once."""
    text = resources.files("zhibiao").joinpath("data/analysis_rules.toml").read_text("utf-8")
    return tomllib.loads(text)


def dec(x: Any) -> Decimal | None:
    """A stored number as Decimal (None stays None); never goes through float."""
    if x is None:
        return None
    return x if isinstance(x, Decimal) else Decimal(str(x))


def setting(section: str, key: str) -> Decimal:
    """A numeric setting as Decimal."""
    return Decimal(str(rules()[section][key]))


@dataclass(frozen=True, slots=True)
class FactRow:
    """One stored fact with what the analysis needs: exact values and the report it came from."""

    id: int
    doc: str
    report: int
    region: str | None
    region_code: str | None
    level: str | None
    indicator: str
    role: str
    period: int | None
    measure: str | None
    value: Decimal | None
    value_high: Decimal | None
    unit: str | None
    qualifier: str | None
    text: str | None
    horizon: str | None
    report_year: int | None
    report_type: str | None
    date: Any
    norm_start: int | None
    norm_end: int | None
    commitment: str | None = None
    fact_id: str | None = None  # the stable id (document sha256, span, indicator/role/measure)
    said_after: str | None = None  # the words after a result or target in its report (a verdict: `，略低于年初预期`)

    @property
    def key(self) -> str:
        """The region key: the division code when known (its latest, ``continued_code``), else the name. A report
        whose region was not recognised is a region of its own (``unknown:doc#report``): two such reports never
        meet."""
        if self.region_code:
            return continued_code(self.region_code, self.report_year)
        return self.region or f"{UNKNOWN_KEY}:{self.doc}#{self.report}"

    @property
    def region_label(self) -> str:
        """The region as messages name it: its name, else its code, else 'unknown region (doc#report)'."""
        return self.region or self.region_code or f"unknown region ({self.source})"

    @property
    def source(self) -> str:
        """``doc#report``, as the store's commands show a source."""
        return f"{self.doc}#{self.report}"


def load_facts(con: duckdb.DuckDBPyConnection, **filters: Any) -> list[FactRow]:
    """Single-year facts (no multi-year horizon) with a period, read through the store's query layer:
    ``filters`` are ``store.query.period_facts``'s (indicator, year, years, regions, with_children)."""
    from zhibiao.store.query import period_facts

    return [FactRow(*row) for row in period_facts(con, **filters)]


# -- regions ------------------------------------------------------------------------------------


@cache
def gazetteer() -> _gaz.Gazetteer:
    """The bundled gazetteer (loaded once)."""
    return _gaz.load()


@cache
def continued_code(code: str, year: int | None = None) -> str:
    """The code a division's series goes on under (``Gazetteer.continued``, read once per code and year), so a
    target set before a division was made a district in place meets the outcome reported after it."""
    return gazetteer().continued(code, year)


def ancestors(code: str | None) -> list[str]:
    """Codes of the divisions above ``code``, nearest first, ending with the national code."""
    if not code:
        return []
    g = gazetteer()
    out: list[str] = []
    d = g.by_code(code)
    seen = {code}
    while d is not None:
        p = g.parent(d)
        if p is None or p.code in seen:
            break
        out.append(p.code)
        seen.add(p.code)
        d = p
    if not out and code.isdigit() and len(code) == 6 and code != _gaz.NATIONAL_CODE:
        # not in the gazetteer: derive the chain from the code's shape
        if code[4:] != "00":
            out.append(code[:4] + "00")
        if code[2:] != "0000":
            out.append(code[:2] + "0000")
    if code != _gaz.NATIONAL_CODE and _gaz.NATIONAL_CODE not in out:
        out.append(_gaz.NATIONAL_CODE)
    return out


def is_under(code: str | None, parent: str) -> bool:
    """Whether the division ``code`` lies under ``parent`` (a code) — not the parent itself."""
    return bool(code) and code != parent and parent in ancestors(code)


def region_codes(con: duckdb.DuckDBPyConnection, region: str) -> set[str]:
    """Region keys (``FactRow.key``: the code, or the name when a region has no code) of the one region
    a user's argument names (``zhibiao.store.regions``); an unknown name is an error with suggestions."""
    from zhibiao.store.regions import find_region

    r = find_region(con, region)
    if r.unknown:  # the 未识别地区 bucket: each of its reports is a region key of its own
        rows = con.execute("SELECT DISTINCT doc, report FROM reports WHERE region IS NULL AND region_code IS NULL")
        return {f"{UNKNOWN_KEY}:{doc}#{rep}" for doc, rep in rows.fetchall()}
    return {continued_code(r.code)} if r.code else ({r.name} if r.name else set())


def parent_code(con: duckdb.DuckDBPyConnection, parent: str) -> str | None:
    """The division code a ``--parent`` argument means (a code, or a name the store or gazetteer knows)."""
    from zhibiao.store.regions import find_region

    return find_region(con, parent).code


def region_names(facts: list[FactRow]) -> dict[str, str]:
    """A display name per region key: the longest stored name (遂宁市安居区 over 安居区)."""
    names: dict[str, str] = {}
    for f in facts:
        if f.region and len(f.region) > len(names.get(f.key, "")):
            names[f.key] = f.region
    return names


def num_str(d: Decimal | None) -> str:
    """A Decimal as written, without exponent or trailing zeros (``6.50`` -> ``6.5``)."""
    if d is None:
        return ""
    s = f"{d.normalize():f}"
    return s
