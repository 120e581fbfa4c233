"""Administrative divisions of China with history: load ``data/gazetteer.csv`` and resolve names in text.

Names resolve against the divisions in force in a given year; names that repeat across cities
(``东区``, ``市中区``) are disambiguated by context (parent names mentioned), never by first match.
"""

from __future__ import annotations

import csv
import gzip
import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from zhibiao.model import Level

NATIONAL_CODE = "000000"
# Characters a division name ends with; mentions are found by looking back from each of them.
_END_RE = re.compile(r"[省市区县旗盟州]")
_MAX_NAME = 16
_HAN = re.compile(r"[\u4e00-\u9fff]")


_CODE = re.compile(r"\d{6}")  # a division code inside a successors field (`130102;130104`, `120113[2020]`)
_TODAY = 9999  # a year every division of today is valid in


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
        vocab = _vocabulary()
        abbrev: dict[str, str] = dict(vocab.get("autonomous_abbreviations", {}))
        variants: dict[str, str] = dict(vocab.get("variant_characters", {}))
        short_forms: dict[str, list[str]] = dict(vocab.get("common_short_forms", {}))
        for d in divisions:
            keys = {d.name, d.full_name, *short_forms.get(d.name, ())}  # 科右中旗 is 科尔沁右翼中旗
            for suffix, plain in abbrev.items():  # 德宏傣族景颇族自治州 is written 德宏州
                if d.name.endswith(suffix) and d.short_name != d.name and len(d.short_name) >= 2:
                    keys.add(d.short_name + plain)
            for var, simp in variants.items():  # 濬縣 comes out of OpenCC (hk2s) as 濬县, not 浚县
                keys |= {k.replace(simp, var) for k in keys if simp in k}
            for key in keys:
                self._by_name.setdefault(key, []).append(d)
            self._by_code.setdefault(d.code, []).append(d)
        self._by_short: dict[str, list[Division]] = {}
        for d in divisions:
            if d.short_name != d.name and len(d.short_name) >= 2:
                self._by_short.setdefault(d.short_name, []).append(d)
        # a province's short name before a city's (`湖北荆州`): a boundary, as a full name is
        self._province_shorts = frozenset(d.short_name for d in divisions if d.level == "province"
                                          and d.short_name != d.name and len(d.short_name) >= 2)
        self._province_names = tuple(sorted({d.name for d in divisions if d.level == "province"}, key=len,
                                            reverse=True))
        self._before: frozenset[str] = frozenset(vocab.get("boundary_before", []))
        self._before_not: frozenset[str] = frozenset(vocab.get("boundary_before_not", []))
        self._common: frozenset[str] = frozenset(vocab.get("common_word_names", []))
        # (short names alone: the names that are everyday words too, full or short)
        self._everyday: frozenset[str] = frozenset(vocab.get("everyday_short_names", []))
        self._not_short: frozenset[str] = self._common | self._everyday
        self._institution_after: tuple[str, ...] = tuple(vocab.get("institution_after", []))
        self._children: dict[str, list[Division]] | None = None
        self._predecessors: dict[str, list[Division]] | None = None

    # -- lookup ---------------------------------------------------------------------------------
    def by_code(self, code: str, year: int | None = None) -> Division | None:
        """The division with ``code`` in ``year`` (latest name when the year does not match)."""
        rows = self._by_code.get(code, [])
        for d in rows:
            if d.valid_in(year):
                return d
        return rows[-1] if rows else None

    def predecessors(self, code: str) -> list[Division]:
        """The divisions whose successors name ``code`` (its predecessors: one for a division renamed or made a
        district in place, several for a merger)."""
        if self._predecessors is None:
            self._predecessors = {}
            for rows in self._by_code.values():
                for d in rows:
                    for c in set(_CODE.findall(d.successors or "")):
                        self._predecessors.setdefault(c, []).append(d)
        return self._predecessors.get(code, [])

    def continued(self, code: str, year: int | None = None) -> str:
        """The code a division's series goes on under: its one successor's, and so on, while the successor keeps
        its short name and had no other predecessor of its time (即墨市 370282 → 青岛市即墨区 370215 in 2017, a
        county-level city made a district in place); ``code`` itself otherwise (a split, a merger, a new name).
        ``year``: when the code was read (a code reused later is its holder of then; none: its holder of today)."""
        seen = {code}
        d = self.by_code(code, year if year is not None else _TODAY)
        while d is not None and _CODE.fullmatch(d.successors or "") and d.successors not in seen:
            n = self.by_code(d.successors, (d.last_year + 1) if d.last_year is not None else None)
            # (the successor's other predecessors of its time: a merger; not a holder of its code long before)
            if n is None or n.short_name != d.short_name or {
                    p.code for p in self.predecessors(n.code)
                    if p.last_year is not None and p.last_year >= n.first_year - 1} - {d.code}:
                break
            seen.add(n.code)
            d = n
        return d.code if d is not None else code

    def parent(self, d: Division, year: int | None = None) -> Division | None:
        """The parent division (prefecture, province or the national row)."""
        return self.by_code(d.parent_code, year) if d.parent_code else None

    def candidates(self, name: str, year: int | None = None, short: bool = False,
                   levels: Collection[str] | None = None, near: bool = False) -> list[Division]:
        """Divisions called ``name`` (name or parent-prefixed full name; short name too if ``short``),
        of one of ``levels`` if given; ``near``: only one that bore the name within a couple of years
        of ``year`` (a name read from a text, not one the user gives).

        Resolved in ``year``, else the year before (reports are delivered early in the year and the
        data is as of 31 December), else any year.
        """
        rows = list(self._by_name.get(name, []))
        if short:
            rows += self._by_short.get(name, [])
        if levels is not None:
            rows = [d for d in rows if d.level in levels]
        if not rows:
            return []
        for y in (year, None if year is None else year - 1):
            hit = [d for d in rows if d.valid_in(y)]
            if hit:
                return _dedupe(hit)
        if near and year is not None:
            # read from a text (``near``): a name no division bore near that year (聊城市 the county-level
            # city, gone in 1997, in a 2017 write-up) is none; the data may lag a renaming by a year or two
            rows = [d for d in rows
                    if d.first_year <= year + _LAG and (d.last_year is None or d.last_year >= year - _LAG)]
            if not rows:
                return []
        latest = max(rows, key=lambda d: d.first_year)
        return [d for d in rows if d.code == latest.code][:1]

    def resolve(self, name: str, year: int | None = None, context: str = "",
                levels: Collection[str] | None = None, near: bool = False) -> Division | None:
        """One division for ``name`` in ``year`` (of one of ``levels`` if given); ties broken by parent
        names counted in ``context``, then, when the year is unknown, by which one exists today.

        Returns ``None`` when candidates stay tied (no first-match guessing).
        """
        cands = self.candidates(name, year, levels=levels, near=near)
        if not cands:
            cands = self.candidates(name, year, short=True, levels=levels, near=near)
        # `浙江省义乌市`: a province-prefixed name of a division that was under the province only once (1988-89),
        # said in a later year of the county-level city under its prefecture now (also when that old division is
        # found but bore the name far from the year: `浙江省慈溪市` in 2017)
        stale = bool(cands) and year is not None and not any(_near_year(d, year) for d in cands)
        if (not cands or stale) and (tail := self._after_province(name)):
            d = self.resolve(tail, year, context + name, levels, near)
            if d is not None and name.startswith(d.province) and (not stale or _near_year(d, year)):
                return d
            if not cands:
                return None
        if len(cands) <= 1:
            return cands[0] if cands else None
        scored = sorted(((self.context_score(d, context, year), d) for d in cands),
                        key=lambda t: t[0], reverse=True)
        if scored[0][0] > scored[1][0]:
            return scored[0][1]
        tied = [d for sc, d in scored if sc == scored[0][0]]
        current = [d for d in tied if d.last_year is None]
        if year is None and len(current) == 1:  # 麻阳苗族自治县 of today, not of 1988-1996
            return current[0]
        return None

    def _after_province(self, name: str) -> str | None:
        """The rest of a name written after its province's (`浙江省义乌市` -> `义乌市`), else None."""
        p = next((p for p in self._province_names if name.startswith(p) and len(name) > len(p) + 1), None)
        return name[len(p):] if p else None

    def context_score(self, d: Division, context: str, year: int | None = None) -> int:
        """How strongly ``context`` points at ``d``: mentions of its parent (full and short names),
        and its siblings named in full (a district report names its neighbours: 与秦淮区、玄武区)."""
        if not context:
            return 0
        score = 0
        p = self.parent(d, year)
        if p is not None and p.code != NATIONAL_CODE:
            score += 10 * context.count(p.name)
            if len(p.short_name) >= 2 and p.short_name != p.name and not d.name.startswith(p.short_name):
                # 临沂地区's short name 临沂 is also its own 临沂市's: it tells the two apart no more
                score += 3 * context.count(p.short_name)
            gp = self.parent(p, year)
            if gp is not None and gp.code != NATIONAL_CODE and p.level == "prefecture":
                score += context.count(gp.name) + context.count(gp.short_name)
            score += 2 * sum(1 for sib in self.children(p.code, year)
                             if sib.code != d.code and len(sib.name) >= 3 and sib.name in context)
        return score

    def children(self, code: str, year: int | None = None) -> list[Division]:
        """The divisions directly under ``code`` in ``year`` (any year: every one that ever was)."""
        if self._children is None:
            kids: dict[str, list[Division]] = {}
            for d in self.divisions:
                if d.parent_code:
                    kids.setdefault(d.parent_code, []).append(d)
            self._children = kids
        return [d for d in self._children.get(code, []) if d.valid_in(year)]

    def region_name(self, d: Division, text: str | None = None) -> str:
        """The region's name as the facts spec writes it: prefix-qualified for a county (攀枝花市东区)
        when ``text`` (the report) names its parent too, or when no text is given; as the report
        writes it (沅陵县) when the report never names the parent. The code tells them apart either way."""
        if text is None or d.full_name == d.name or d.full_name in text:
            return d.full_name
        parent = self.parent(d)
        if parent is None:
            return d.full_name
        names = [n for n in (parent.name, parent.short_name) if len(n) >= 2]
        return d.full_name if any(n in text for n in names) else d.name

    # -- mentions in text -----------------------------------------------------------------------
    def mentions(self, text: str) -> list[Mention]:
        """Non-overlapping division names (full or parent-prefixed) in ``text``, longest match first.

        A two-character name (和县, 理县, 沙县) counts only at a word boundary: ``…会议和县委…`` and
        ``代理县长`` name no county (see ``at_boundary``); a name that is an everyday word (城区, 市区)
        only with its parent's name (阳泉市城区; ``name_ending_at`` reads it before a congress).
        """
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
            if best is not None and self.at_boundary(text, best, end) and text[best:end] not in self._common:
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


    def short_mentions(self, text: str) -> list[Mention]:
        """Short names without their level word (``漳州``, ``上海``) at a word boundary, longest first,
        for a headline or a news lead that never writes the full name (``2010年漳州经济社会发展预期目标``)."""
        out: list[Mention] = []
        i = 0
        while i < len(text) - 1:
            for n in range(min(_MAX_NAME, len(text) - i), 1, -1):
                key = text[i : i + n]
                everyday = key in self._everyday
                if key in self._by_short and key not in self._common and (
                        self._after_parent(text, i, key) if everyday else self.at_boundary(text, i, i + n)):
                    if not text.startswith(self._institution_after, i + n):  # (not `北京大学`)
                        out.append(Mention(i, i + n, key))
                    i += n - 1
                    break
            i += 1
        return out

    def _after_parent(self, text: str, i: int, key: str) -> bool:
        """Whether the everyday word ``key`` at ``i`` follows its division's parent's name (`西安长安`, `广州白云`):
        then it names the division (alone, `新建社区养老服务中心` names none)."""
        return any(p is not None and any(len(n) >= 2 and text.endswith(n, 0, i) for n in (p.name, p.short_name))
                   for p in (self.parent(d) for d in self._by_short[key]))

    def loose_short_counts(self, text: str) -> Counter[str]:
        """How often each two-character short name occurs in ``text`` anywhere, boundary or not
        (``传承宜春…``, ``推动宜春…``): said three times or more, a city's short name is no chance pair."""
        return Counter(k for i in range(len(text) - 1) if (k := text[i:i + 2]) in self._by_short
                       and k not in self._not_short)

    def short_mention_at_start(self, text: str) -> Mention | None:
        """The longest short name ``text`` opens with (what ``short_mentions`` finds at 0, without
        scanning the rest)."""
        for n in range(min(_MAX_NAME, len(text)), 1, -1):
            key = text[:n]
            if key in self._by_short and key not in self._not_short:
                return Mention(0, n, key)
        return None

    def at_boundary(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` can be a name by itself: for three characters or more, unless a name
        ends on its first character (`合肥城市`);
        a two-character one only after a non-Chinese character, a division name, a province's short
        name (``湖北荆州``) or one of the few characters that end a word before a name (``在``, ``于``,
        ``年``: data file)."""
        if start == 0:
            return True
        if text[start - 1 : start + 1] in self._before_not:
            return False  # (`新增城镇就业`, `新增城市绿地`: 新增 is a word, no 增城 nor 增城市)
        if end - start > 2:
            # (not when a name closes on its first character: `合肥城市总体规划` holds no 肥城市)
            return not any(text[k : start + 1] in self._by_short or text[k : start + 1] in self._by_name
                           for k in range(max(0, start - _MAX_NAME + 2), start))
        prev = text[start - 1]
        if not _HAN.match(prev) or prev in self._before:
            return True
        return any(text[k:start] in self._by_name or text[k:start] in self._province_shorts
                   for k in range(max(0, start - _MAX_NAME), start - 1))

    def name_ending_at(self, text: str, end: int, short: bool = False) -> Mention | None:
        """The longest division name (full, parent-prefixed, or its short name if ``short``) that
        ends at ``end`` and stands at a word boundary, e.g. before ``第十五届人民代表大会``."""
        for start in range(max(0, end - _MAX_NAME), end - 1):
            key = text[start:end]
            if key in self._by_name or (short and key in self._by_short):
                if self.at_boundary(text, start, end) and (key in self._by_name or end - start >= 2):
                    return Mention(start, end, key)
        return None


_LAG = 2  # years a renaming may lag behind in the data, or a report behind a renaming


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


def _vocabulary() -> dict[str, Any]:
    """The parsed ``data/document_gazetteer.toml`` (suffixes, abbreviations, variant characters)."""
    import tomllib

    text = resources.files("zhibiao.data").joinpath("document_gazetteer.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


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


def _near_year(d: Division, year: int) -> bool:
    """Whether ``d`` bore its name in ``year`` or the year before (a report is delivered early in the year)."""
    return d.valid_in(year) or d.valid_in(year - 1)
