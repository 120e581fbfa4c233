"""Metadata the user gives (a manifest line, ``--region`` / ``--year``): checked, then applied.

A given region is a division's name as the gazetteer knows it (``遂宁市安居区``, ``安居区``,
``济南市``, ``全国``) or its 6-digit code, resolved against the divisions in force in the given
(or read) year; a name shared by several divisions (``市中区``) must be given with its parent or
as a code. Errors say what is wrong in words a user can act on.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, get_args

from zhibiao.document._common import cues
from zhibiao.document.gazetteer import NATIONAL_CODE, Division, Gazetteer, load
from zhibiao.errors import ZhibiaoError
from zhibiao.model import GivenMeta, ReportType

if TYPE_CHECKING:
    from zhibiao.sources.manifest import ManifestRow

_CODE = re.compile(r"^\d{6}$")
_TYPES: tuple[str, ...] = get_args(ReportType)
_MIN_YEAR, _MAX_YEAR = 1949, 2100


class GivenMetaError(ZhibiaoError):
    """A region, year or report type given by the user that zhibiao cannot use."""


def region_division(region: str, year: int | None = None, gaz: Gazetteer | None = None) -> Division:
    """The division a user means by ``region`` (a name or a code) in ``year``."""
    gaz = gaz or load()
    text = region.strip()
    if text in cues()["given"]["national_names"]:
        text = NATIONAL_CODE
    if _CODE.match(text):
        d = gaz.by_code(text, year)
        if d is None:
            raise GivenMetaError(f"region code {text!r} is not an administrative division code")
        return d
    d = gaz.resolve(text, year)
    if d is not None:
        return d
    cands = gaz.candidates(text, year) or gaz.candidates(text, year, short=True)
    if len(cands) > 1:
        names = "、".join(f"{c.full_name} ({c.code})" for c in cands[:6])
        raise GivenMetaError(f"region {text!r} names several divisions ({names}): give the full name or the code")
    when = f" in {year}" if year else ""
    raise GivenMetaError(f"region {text!r} is not the name of an administrative division{when}")


def parse_year(value: str | int) -> int:
    """A report year given as text or a number (``2025``, ``2025年``)."""
    text = str(value).strip().removesuffix("年")
    if not text.isdigit() or not _MIN_YEAR <= int(text) <= _MAX_YEAR:
        raise GivenMetaError(f"year {str(value)!r} is not a year from {_MIN_YEAR} to {_MAX_YEAR}")
    return int(text)


def parse_report_type(value: str) -> ReportType:
    """A report type given as its name (``plan_report``) or a common Chinese name (``计划报告``)."""
    text = value.strip()
    kind = cues()["given"]["report_type_aliases"].get(text, text)
    if kind not in _TYPES:
        raise GivenMetaError(f"report type {text!r} is not one of {', '.join(_TYPES)} (or 政府工作报告, 计划, 预算)")
    return kind  # type: ignore[no-any-return]


def check(given: GivenMeta) -> None:
    """Raise ``GivenMetaError`` now if ``given`` cannot be applied (before a batch starts)."""
    if given.year is not None:
        parse_year(given.year)
    if given.report_type is not None:
        parse_report_type(given.report_type)
    if given.region is not None:
        region_division(given.region, given.year)


def from_manifest(rows: list[ManifestRow], where: str) -> dict[Path, GivenMeta]:
    """The given metadata of each file of a manifest read by ``sources.manifest.read_manifest``,
    every value checked (an error names the manifest ``where`` and the line)."""
    out: dict[Path, GivenMeta] = {}
    for r in rows:
        try:
            meta = GivenMeta(
                region=r.region or None,
                year=parse_year(r.year) if r.year else None,
                report_type=parse_report_type(r.report_type) if r.report_type else None,
            )
            check(meta)
        except GivenMetaError as e:
            raise GivenMetaError(f"{where}: line {r.line}: {e}") from None
        out[r.file] = meta
    return out


def given_for(path: Path, manifest: dict[Path, GivenMeta]) -> GivenMeta | None:
    """The manifest's metadata for an input file: by its resolved path, else by its name when one
    manifest entry alone has that name."""
    hit = manifest.get(path.resolve())
    if hit is not None:
        return hit
    same = [m for p, m in manifest.items() if p.name == path.name]
    return same[0] if len(same) == 1 else None
