"""Administrative divisions of China with history: load ``data/gazetteer.csv`` and resolve names in text.

Names resolve against the divisions in force in a given year; names that repeat across cities
(``东区``, ``市中区``) are disambiguated by context (parent names mentioned), never by first match.
"""

from __future__ import annotations

import csv
import gzip
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from zhibiao.model import Level

NATIONAL_CODE = "000000"
# Characters a division name ends with; mentions are found by looking back from each of them.
_END_RE = re.compile(r"[省市区县旗盟州]")
_MAX_NAME = 16


@dataclass(frozen=True, slots=True)
class Division:
    """One administrative division as named during ``[first_year, last_year]`` (inclusive)."""

    code: str
    name: str
    level: Level
    parent_code: str | None
    full_name: str  # 攀枝花市东区: parent prefecture (or province) + name; prefectures/provinces: name
    short_name: str
    province: str
    first_year: int
    last_year: int | None
    successors: str = ""
    name_en: str = ""  # pinyin in place-name style: Anju Qu (data/romanisation.toml)
    full_name_en: str = ""  # Suining Shi Anju Qu

    def valid_in(self, year: int | None) -> bool:
        """Whether the division existed under this name in ``year`` (``None``: any year)."""
        if year is None:
            return True
        return self.first_year <= year and (self.last_year is None or year <= self.last_year)


@dataclass(frozen=True, slots=True)
class Mention:
    """A division name found in text: ``text[start:end] == name``."""

    start: int
    end: int
    name: str


class Gazetteer:
    """Lookup tables over all divisions of all years."""

    def __init__(self, divisions: list[Division]) -> None:
        self.divisions = divisions
        self._by_name: dict[str, list[Division]] = {}
        self._by_code: dict[str, list[Division]] = {}
        abbrev = _autonomous_abbreviations()
        for d in divisions:
            keys = {d.name, d.full_name}
            for suffix, plain in abbrev.items():  # 德宏傣族景颇族自治州 is written 德宏州
                if d.name.endswith(suffix) and d.short_name != d.name and len(d.short_name) >= 2:
                    keys.add(d.short_name + plain)
            for key in keys:
                self._by_name.setdefault(key, []).append(d)
            self._by_code.setdefault(d.code, []).append(d)
        self._by_short: dict[str, list[Division]] = {}
        for d in divisions:
            if d.short_name != d.name and len(d.short_name) >= 2:
                self._by_short.setdefault(d.short_name, []).append(d)

    # -- lookup ---------------------------------------------------------------------------------
    def by_code(self, code: str, year: int | None = None) -> Division | None:
        """The division with ``code`` in ``year`` (latest name when the year does not match)."""
        rows = self._by_code.get(code, [])
        for d in rows:
            if d.valid_in(year):
                return d
        return rows[-1] if rows else None

    def parent(self, d: Division, year: int | None = None) -> Division | None:
        """The parent division (prefecture, province or the national row)."""
        return self.by_code(d.parent_code, year) if d.parent_code else None

    def candidates(self, name: str, year: int | None = None, short: bool = False) -> list[Division]:
        """Divisions called ``name`` (name or parent-prefixed full name; short name too if ``short``).

        Resolved in ``year``, else the year before (reports are delivered early in the year and the
        data is as of 31 December), else any year.
        """
        rows = list(self._by_name.get(name, []))
        if short:
            rows += self._by_short.get(name, [])
        if not rows:
            return []
        for y in (year, None if year is None else year - 1):
            hit = [d for d in rows if d.valid_in(y)]
            if hit:
                return _dedupe(hit)
        latest = max(rows, key=lambda d: d.first_year)
        return [d for d in rows if d.code == latest.code][:1]

    def resolve(self, name: str, year: int | None = None, context: str = "") -> Division | None:
        """One division for ``name`` in ``year``; ties broken by parent names counted in ``context``.

        Returns ``None`` when candidates stay tied (no first-match guessing).
        """
        cands = self.candidates(name, year)
        if not cands:
            cands = self.candidates(name, year, short=True)
        if len(cands) <= 1:
            return cands[0] if cands else None
        scored = sorted(((self.context_score(d, context, year), d) for d in cands),
                        key=lambda t: t[0], reverse=True)
        if scored[0][0] > scored[1][0]:
            return scored[0][1]
        return None

    def context_score(self, d: Division, context: str, year: int | None = None) -> int:
        """How strongly ``context`` points at ``d``: mentions of its parent (full and short names)."""
        if not context:
            return 0
        score = 0
        p = self.parent(d, year)
        if p is not None and p.code != NATIONAL_CODE:
            score += 10 * context.count(p.name)
            if len(p.short_name) >= 2 and p.short_name != p.name:
                score += 3 * context.count(p.short_name)
            gp = self.parent(p, year)
            if gp is not None and gp.code != NATIONAL_CODE and p.level == "prefecture":
                score += context.count(gp.name) + context.count(gp.short_name)
        return score

    def region_name(self, d: Division) -> str:
        """Display name of a region: prefix-qualified for counties (攀枝花市东区), bare otherwise."""
        return d.full_name

    # -- mentions in text -----------------------------------------------------------------------
    def mentions(self, text: str) -> list[Mention]:
        """Non-overlapping division names (full or parent-prefixed) in ``text``, longest match first."""
        found: list[Mention] = []
        names = self._by_name
        for m in _END_RE.finditer(text):
            end = m.end()
            lo = max(0, end - _MAX_NAME)
            best = None
            for start in range(lo, end - 1):
                if text[start:end] in names:
                    best = start
                    break
            if best is not None:
                found.append(Mention(best, end, text[best:end]))
        # drop mentions covered by a longer one (e.g. 东区 inside 攀枝花市东区)
        found.sort(key=lambda x: (x.start, -(x.end - x.start)))
        out: list[Mention] = []
        for mm in found:
            if out and mm.start < out[-1].end:
                if mm.end - mm.start > out[-1].end - out[-1].start and mm.start >= out[-1].start:
                    out[-1] = mm
                continue
            out.append(mm)
        return out


def _dedupe(rows: list[Division]) -> list[Division]:
    seen: dict[str, Division] = {}
    for d in rows:
        seen.setdefault(d.code, d)
    return list(seen.values())


def _read_rows() -> list[dict[str, str]]:
    data = resources.files("zhibiao") / "data"
    csv_path = data / "gazetteer.csv"
    if csv_path.is_file():
        text = csv_path.read_text(encoding="utf-8")
    else:
        text = gzip.decompress((data / "gazetteer.csv.gz").read_bytes()).decode("utf-8")
    lines = [ln for ln in text.splitlines() if not ln.startswith("#")]
    return list(csv.DictReader(lines))


def _autonomous_abbreviations() -> dict[str, str]:
    """Suffix of an autonomous division -> the plain suffix of its everyday name (data file)."""
    import tomllib

    text = resources.files("zhibiao.data").joinpath("document_gazetteer.toml").read_text(encoding="utf-8")
    return dict(tomllib.loads(text).get("autonomous_abbreviations", {}))


@cache
def load() -> Gazetteer:
    """The bundled gazetteer (parsed once per process)."""
    divs = [
        Division(
            code=r["code"], name=r["name"], level=r["level"],  # type: ignore[arg-type]
            parent_code=r["parent_code"] or None, full_name=r["full_name"], short_name=r["short_name"],
            province=r["province"], first_year=int(r["first_year"]),
            last_year=int(r["last_year"]) if r["last_year"] else None, successors=r["successors"],
            name_en=r.get("name_en") or "", full_name_en=r.get("full_name_en") or "",
        )
        for r in _read_rows()
    ]
    return Gazetteer(divs)
