"""A plan report's table of last year's indicators, flattened to one cell a line.

A page that loses a table's layout keeps its cells in reading order, one a line::

    指标名称 / 预期目标 / 完成情况 / 全省排名
    地区生产总值增长(%) / 6%左右 / 3.8% / 4
    城镇登记失业率(%) / 2.6%以内 / 2.5%以内

The header names the columns: the target set a year ago (``预期目标``, ``2017年目标``) and what was
done (``完成情况``, ``实际完成``, ``2017年实绩``). A row opens on its name; the cells up to the next
name are its figures: the first in the target's column is last year's target (``prior_target``), the
others are results (``actual``), a bare number taking the ``(%)`` of its name or of the header. A
rank, a serial number or a judgement (``超额完成``) is no figure. Under a header that gives the target
and the result each a level and a growth column (``绝对值 / 增速(%)`` twice), a row's four figures are
read in those pairs; under one that splits only the result (``2022年计划目标 / 2022年实绩 / 绝对值 /
增速(%)``), a row's three figures are the target, the level reached and its growth. Facts cover the
row from its name to the cell, so every one traces to the table's text.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from zhibiao import quantity as qty
from zhibiao.document._common import Line, lines
from zhibiao.facts.commitment import commitment
from zhibiao.facts.cuefile import cue_re, facts_cues
from zhibiao.facts.measure import decide_measure, spec_unit
from zhibiao.facts.sentence import _num_start
from zhibiao.facts.tablecues import TableCues
from zhibiao.facts.tableheader import (
    ASIDE,
    LABEL_YEAR,
    NUMBERING,
    Header,
    is_part_row,
    read_header,
    row_name,
    stacked_header,
)
from zhibiao.facts.vocab import Vocabulary
from zhibiao.model import Fact, Quantity, Report, Role, Span
from zhibiao.quantity.units import to_base

_HAN = re.compile(r"[\u4e00-\u9fff]")
_BARE = re.compile(r"^[-−]?\d+(?:\.\d+)?$")
_BOUND_SIGNS: dict[str, str] = facts_cues()["tables"]["bound_signs"]  # a plan table's bound (`≤4`, `≥8`)
_LEADING_NUMBER = re.compile(r"^([-−]?\d+(?:\.\d+)?)(\D{0,4})$")  # `8左右`, `3.5以内`: a unit cell's row figure
_YEAR = re.compile(r"((?:19|20)\d\d)年")
_LABEL_UNIT = re.compile(r"[(（]([^()（）]{1,8})[)）]\s*$")  # `地区生产总值(亿元)`: the row's unit after its name
# a row's name run on into its first figure on a line of cells (one space between, or none after a unit's bracket)
_NAME_RUN_ON = re.compile(r"(?P<name>[\u4e00-\u9fff][^\d\s]{1,23}?"
                          r"(?:[\u4e00-\u9fff](?= )|[(（][^()（）\d\s]{1,6}[)）]))"
                          r" ?(?P<cell>[-−]?\d+(?:\.\d+)?\S{0,4})$")


def _lines(text: str, gap: re.Pattern[str]) -> list[Line]:
    """The cells that hold something, each stripped (its offsets too): a line, or each part of a line
    a run of spaces cuts (a row kept on one line)."""
    out = []
    for ln in lines(text):
        pos = ln.start
        parts = gap.split(ln.text)
        for k, part in enumerate(parts):
            s = part.strip()
            at = text.find(part, pos) if part else pos
            if s:
                start = at + len(part) - len(part.lstrip())
                if (m := _NAME_RUN_ON.match(s)) is not None and len(parts) > 1 and all(
                        p.strip().isdigit() for p in parts[:k]):  # (the first cell, or the first after a serial number)
                    # `城镇居民人均可支配收入增长（%）9   9.6`: a long name took its column's padding, one space
                    # or none left before the next cell (`一般公共预算收入（亿元）160   162`)
                    out.append(Line(start, start + m.end("name"), m.group("name")))
                    start, s = start + m.start("cell"), s[m.start("cell") :]
                out.append(Line(start, start + len(s), s))
            elif 0 < k and "\t" in ln.text and ((part and k < len(parts) - 1) or ln.text.endswith("\t")):
                # `地区生产总值\t亿元\t　\t2082.2`, `…\t9\t`: an empty cell keeps its column's place
                out.append(Line(at, at, ""))
            pos = at + len(part)
    return out


_INDEX_BASE = cue_re("table_index_base")  # an index's base as a row's unit cell (CPI)


def with_table_facts(facts: list[Fact], table: list[Fact]) -> list[Fact]:
    """The sentences' ``facts`` with the ``table``'s: a row read as a table replaces what its line gave read as a
    sentence (`地区生产总值\t亿元\t增长9%\t3147.7` is last year's target and its result, not a growth of 9%); a
    table's fact the sentences stated already is not repeated."""
    rows: dict[int, int] = {}  # a row's label start -> the end of its last figure read
    for f in table:
        rows[f.span.start] = max(rows.get(f.span.start, 0), f.span.end)
    kept = [f for f in facts if not any(a <= f.span.start and f.span.end <= b for a, b in rows.items())]
    # (a target the table's 属性 column classes 约束性 is binding where the text states it with no word of its own)
    binding = {(f.indicator, f.period, f.measure, f.value) for f in table if f.commitment == "binding"}
    kept = [dataclasses.replace(f, commitment="binding") if f.role == "target" and f.commitment == "expected"
            and (f.indicator, f.period, f.measure, f.value) in binding else f for f in kept]
    known = {_said(f) for f in kept}  # (also the same amount in another unit: `1.52万人` said, `15200` 人 in the table)
    return kept + [f for f in table if _said(f) not in known]


def _said(f: Fact) -> tuple:
    """What a fact states, a level by its amount in the base unit (a table's `10000` 人 is the task's `1万人`)."""
    amount = ("base", f.value_base) if f.value_base is not None else ("value", f.value)
    return f.indicator, f.role, f.period, f.measure, amount


def table_facts(v: Vocabulary, report: Report) -> list[Fact]:
    """The facts of every flattened target-and-result table in ``report``."""
    if "\n" not in report.text:
        return []
    c = v.tables
    ls = _lines(report.text, c.cell_gap_re)
    out: list[Fact] = []
    i = 0
    while i < len(ls):
        # the label column's name opens a header; a page may print none, its caption standing before
        # the columns (`2023年…主要指标预计完成情况` / `全年预期目标(增速%` / `预计全年完成情况`)
        if c.label_re.match(ls[i].text) or (i + 1 < len(ls) and c.column_line_re.match(ls[i + 1].text)
                                            and not c.label_re.match(ls[i + 1].text)):  # (`指标` is a label)
            ls = stacked_header(c, report.text, ls, i)
            header, j = read_header(v, ls, i, report.meta.plan_year)
            if header is not None:
                # (the kind column before the label's: each row's kind stands before its name)
                kind_first = any(x.text in c.kind_columns for x in ls[max(0, i - 2) : i])
                rows_end = _read_rows(v, report, ls, j, header, out, kind_first)
                i = max(rows_end, i + 1)
                continue
        i += 1
    return out


def _is_label(t: str, c: TableCues) -> bool:
    """Whether a line opens a row: words, not a figure nor a judgement of one."""
    if t in c.judgements or _BARE.match(t) or len(t) > c.max_cell_chars or ASIDE.fullmatch(t):
        return False
    if NUMBERING.match(t):
        return True
    t = LABEL_YEAR.sub("", t)
    # (words: an empty cell's dash, `-` or `—`, is no row)
    return _HAN.search(t) is not None and not any(ch.isdigit() for ch in t) and not qty.scan(t)


def _read_rows(v: Vocabulary, report: Report, lines: list[Line], j: int, h: Header, out: list[Fact],
               kind_first: bool = False) -> int:
    """Read the rows from ``lines[j]`` on into ``out``; the index of the line after the table (``kind_first``: each
    row's kind under 属性 stands before its name)."""
    c = v.tables
    rows: list[tuple[Line, list[Line]]] = []
    kinds: dict[int, str] = {}  # a row's kind cell read before its name, by the row's index
    kind: str | None = None
    units: dict[int, str] = {}  # a row's unit cell, by the row's index
    serial: int | None = None  # the last row number seen under a serial column
    while j < len(lines):
        ln = lines[j]
        if len(ln.text) > c.max_cell_chars or "。" in ln.text:
            break  # a sentence: the table is over
        if c.group_re.match(ln.text):
            j += 1
            continue
        if c.section_re.match(ln.text):
            break
        if h.unit and rows and not rows[-1][1] and len(rows) - 1 not in units and (_is_unit(ln.text, c) or (
                len(ln.text) <= c.max_unit_chars and not any(ch.isdigit() for ch in ln.text)
                and not row_name(v, ln.text) and ln.text not in c.judgements)):
            # `地区生产总值 / % / 8左右`: the row's unit; one read as no unit (`吨标准煤/万元`) is still its cell
            units[len(rows) - 1] = "%" if _INDEX_BASE.fullmatch(ln.text) else ln.text  # (`上年=100`: an index)
        elif kind_first and ln.text in c.judgements:
            kind = ln.text  # (the next row's kind, `约束性 / 单位GDP能耗下降（%）`)
        elif _is_label(ln.text, c) and not (rows and _qualitative_cell(ln.text)):
            if kind is not None:
                kinds[len(rows)], kind = kind, None
            rows.append((ln, []))
        elif h.serial and rows and _is_serial(ln.text, serial) and j + 1 < len(lines) \
                and _is_label(lines[j + 1].text, c):
            serial = int(ln.text)  # `… / 3.7 / 2 / 全员劳动生产率`: the next row's number, not this row's figure
        elif rows:
            rows[-1][1].append(ln)
        j += 1
    above: tuple[str, ...] | None = ()  # the ids the row above names
    for ordinal, (label, cells) in enumerate(rows, start=1):
        ids = row_name(v, label.text)
        part_again = bool(ids) and ids == above and is_part_row(label.text)
        above = ids
        if part_again:
            continue  # `全社会固定资产投资 | …` / `其中：城镇固定资产投资 | …`: a part of the row above, named as it is
        if ids and not any(w in label.text for w in v.average_leads):  # (`地区生产总值年均增长`: over years, no year's)
            unit = units.get(ordinal - 1)
            binding = kinds.get(ordinal - 1) in c.binding_kinds if kind_first else any(
                x.text in c.binding_kinds for x in cells)
            out.extend(_row_facts(v, report, label, _figures(c, cells, h, ordinal), h, ids, unit, binding))
    return j


def _is_serial(t: str, last: int | None) -> bool:
    """Whether a cell is a row number: a small whole number, the one after ``last`` when one was seen."""
    return t.isdigit() and len(t) <= 2 and (last is None or int(t) == last + 1)


def _is_unit(t: str, c: TableCues) -> bool:
    """Whether a cell is a unit (`%`, `亿美元`, `万人`): short, no digit, and read as the unit of a number; or an
    index's base (`上年=100`)."""
    if _INDEX_BASE.fullmatch(t):
        return True
    if len(t) > c.max_unit_chars or any(ch.isdigit() for ch in t) or t in c.judgements:
        return False
    found = qty.scan("1" + t)
    return len(found) == 1 and found[0].unit is not None and found[0].span == Span(0, len(t) + 1)


def _qualitative_cell(t: str) -> bool:
    """`保持正增长`, `高于经济增长`: a cell stating a target in words (the row's, not a new row)."""
    return any(q.qualifier == "qualitative" for q in qty.scan(t))


def _figures(c: TableCues, cells: list[Line], h: Header, ordinal: int) -> list[Line]:
    """The cells that give figures: not a judgement, not the rank closing a row (`4` under 全省排名),
    nor the serial number of the next row (`2` closing row 1 under 序号)."""
    kept = [x for x in cells if x.text not in c.judgements and not ASIDE.fullmatch(x.text)]
    if h.serial and kept and kept[-1].text == str(ordinal + 1) and len(kept) != len(h.kinds):
        kept.pop()  # (not a row that fills every column, its last figure the next row's number by chance: `… / 7`)
    if h.rank and kept and re.fullmatch(r"\d{1,3}", kept[-1].text):
        kept.pop()
    return kept


def _quantity(c: TableCues, cell: str, label: str, h: Header, unit_cell: str | None = None) -> Quantity | None:
    """The figure of one cell; a number with no unit of its own takes its row's unit cell (`8左右` under
    `%` reads `8%左右`), or else its row's or the header's percent (`7左右` under `2019年目标增长(%)`; a number
    with its qualifier not when the row's name gives another unit, `地区生产总值(亿元)` / `15000左右`)."""
    pct = any(p in label for p in c.percent_marks) or h.percent
    if unit_cell is not None and (verb := c.cell_verb_re.match(cell)) is not None \
            and (n := _LEADING_NUMBER.match(cell[verb.end() :])) is not None \
            and not any(x.unit for x in qty.scan(cell)):
        # `常住人口城镇化率 | 百分点 | 提高1.3`: the change its verb says, in the row's unit
        found = qty.scan(verb.group() + n.group(1) + unit_cell + n.group(2))
        return dataclasses.replace(found[0], span=Span(0, len(cell)), raw=cell) if len(found) == 1 else None
    bound = _bound_as_words(cell)  # (`≥8` reads as `8以上`)
    m = _LEADING_NUMBER.match(bound)
    found = qty.scan(cell)
    unitless = m is not None and not any(x.unit for x in found)  # `6.8`, `7左右`: no unit of its own
    if m is not None and unitless:
        if unit_cell is not None:
            q = _with_unit(m, unit_cell, cell)
        elif pct and (_BARE.match(cell) or bound != cell or not _names_a_unit(c, label)):
            q = _with_unit(m, "%", cell)  # (bare, or with its qualifier `7左右`, when no unit names it)
        elif not pct and _names_a_unit(c, label) and (named := _LABEL_UNIT.search(label)) is not None:
            # `一般公共预算收入（亿元） / 160`: the unit its name gives (not under a growth column, `12左右` there is
            # the growth planned, the level's cell a dash)
            q = _with_unit(m, named.group(1), cell)
        else:
            return None
    else:
        if len(found) != 1:
            return None
        q = found[0]
    if q is None:
        return None
    if cell[0] in "-−" and q.value is not None and q.value > 0 and q.direction == "none":
        q = dataclasses.replace(q, value=-q.value, direction="down", span=Span(0, q.span.end))  # `-9.4%`
    # (a header's growth column makes a unitless number a change, not one whose row's unit cell is `%` nor one
    # written with its own `%`: 城镇化率 `78%` under `增长(%)` stays a rate)
    growth_row = any(w in label for w in c.growth_words) or (h.percent and unit_cell is None and unitless)
    if q.unit == "%" and q.direction == "none" and growth_row:
        return _as_growth(c, q, label)
    return q


# a plan this many times smaller than the level reached is no level of it (with a qualifier, `9左右`, a growth's mark)
_FAR_BELOW, _FAR_BELOW_QUALIFIED = 10, 4
_PLAN_GROWTH_MAX = 50  # a plan's growth in percent at most (`500` far below `5600` 万美元 is a level still)


def _far_below(c: TableCues, cell: str, levels: list[str]) -> bool:
    """Whether ``cell`` is a bare number (a qualifier may follow) far below the level cell of its row."""
    m, lv = _LEADING_NUMBER.match(cell), next((x for x in levels if _BARE.match(x)), None)
    if m is None or lv is None or (m.group(2) and m.group(2) not in c.plan_qualifiers):
        return False
    return 0 < float(m.group(1)) * (_FAR_BELOW_QUALIFIED if m.group(2) else _FAR_BELOW) < float(lv)


def _bound_as_words(cell: str) -> str:
    """A cell's bound by its sign in the words a number's qualifier takes after it (`≤4` -> `4以内`, `≥8` ->
    `8以上`), so a unitless bound reads as a bare cell does."""
    if cell[:1] in _BOUND_SIGNS and _BARE.match(cell[1:].strip()):
        return cell[1:].strip() + _BOUND_SIGNS[cell[0]]
    return cell


def _paired_rate(c: TableCues, cell: str) -> tuple[re.Match[str] | None, int]:
    """A growth cell read as a rate (and its bracketed second rate), and how far its figure stands from where the match
    says: a bound by its sign (`≥8`) is read as `8以上`, its figure one character on."""
    bound = _bound_as_words(cell)
    return c.paired_rate_re.match(bound), 1 if bound != cell else 0


def _with_unit(m: re.Match[str], unit: str, cell: str) -> Quantity | None:
    """The cell's number read with ``unit`` put before its qualifier (`7` + `%` + `左右`)."""
    found = qty.scan(m.group(1) + unit + m.group(2))
    if len(found) != 1 or found[0].unit is None:
        return None
    return dataclasses.replace(found[0], span=Span(0, len(cell)), raw=cell)


def _of_money(unit: str) -> bool:
    """Whether a unit cell is money's (`亿元`, `万美元`)."""
    found = qty.scan("1" + unit)
    return len(found) == 1 and found[0].extra.get("kind") == "currency"


def _names_a_unit(c: TableCues, label: str) -> bool:
    """Whether a row's name gives its unit in brackets, not a percentage (`地区生产总值(亿元)`)."""
    m = _LABEL_UNIT.search(label)
    return m is not None and not any(p in m.group(1) for p in c.percent_marks) and _is_unit(m.group(1), c)


def _as_growth(c: TableCues, q: Quantity, label: str) -> Quantity:
    """A percentage of a growth row: up, or down when its name says a fall (`能耗降低目标`)."""
    if any(w in label for w in c.down_words) and q.value is not None and q.value > 0:
        high = -q.value_high if q.value_high is not None else None
        return dataclasses.replace(q, value=-q.value, value_high=high, direction="down", measure_hint="growth")
    return dataclasses.replace(q, direction="up", measure_hint="growth")


def _layout(h: Header, n: int) -> list[tuple[int, str]] | None:
    """(column group, kind) of each of a row's ``n`` figures under a header of level-and-growth columns,
    kind ``level``, ``growth`` or ``plain``; the group first in the header is 0. None: one figure a column."""
    if h.pairs and n == 4:
        return [(0, "level"), (0, "growth"), (1, "level"), (1, "growth")]
    if h.targets_only and n == 2:
        return [(0, "level"), (0, "growth")]
    if h.growth_last and n == 3:
        return [(0, "plain"), (1, "level"), (1, "growth")]
    if h.split_result and n == 3:
        return [(0, "plain"), (1, "level"), (1, "growth")] if h.target_first else \
            [(0, "level"), (0, "growth"), (1, "plain")]
    return None


def _cell_quantities(c: TableCues, label: str, cells: list[Line], h: Header,
                     unit_cell: str | None) -> Iterator[tuple[bool, int | None, Line, Quantity]]:
    """(whether in the target's column, the column's own year, cell, figure) of a row's cells. Under
    level-and-growth columns a level cell takes the row's unit (a per-head amount with none, 元) and a growth
    cell is a percentage change, its bracketed second rate too (`8.7(实际增长7.9)`: the nominal and the real
    growth). Under columns named by their years, each cell is its column's, when the row fills every one."""
    layout = _layout(h, len(cells))
    if layout is None and ("growth" in h.kinds or "other" in h.kinds) and len(h.kinds) == len(cells) \
            and not h.targets_only:
        yield from _cells_by_kind(c, label, cells, h, unit_cell)
        return
    if h.targets_only and layout is None:
        return  # (one cell under a level and a growth column, the other's place lost: which is it?)
    named = _LABEL_UNIT.search(label)
    if h.pairs and len(cells) == 2 and ((unit_cell is not None and _of_money(unit_cell))
                                        or (named is not None and _of_money(named.group(1)))):
        # (`地区生产总值 / 亿元 / 7 / 5` under level-and-growth pairs: two levels or two growths? the empty cells
        # dropped do not say; a rate's or a count's two cells are its levels)
        return
    target_cell = 0 if h.target_first else len(cells) - 1
    by_column = layout is None and len(h.columns) == len(cells) and any(y is not None for _t, y in h.columns)
    if layout is None and not by_column and (sum(t for t, _y in h.columns) > 1
                                             or len({y for _t, y in h.columns if y is not None}) > 1):
        return  # (two years' columns, or two target columns, and a row that fills not each: whose is whose?)
    # (the texts of the row's plain and level cells: a plan far below the level reached beside it is the planned
    # growth, `亿元 / 9左右 / 405.6 / 9.2`, `405.6 / 9 / ` under `…计划 / 增长`)
    of_kind: dict[str, list[str]] = {"plain": [], "level": []}
    for x, (_g, kd) in zip(cells, layout or [], strict=False):
        of_kind.setdefault(kd, []).append(x.text)
    for k, cell in enumerate(cells):
        # (the year each column names: `2014年计划 / 2013年预计完成 / 增长(%)`, this year's target, last year's result)
        year = h.columns[layout[k][0]][1] if layout is not None and len(h.columns) == 2 else None
        if layout is None or layout[k][1] == "plain":
            is_target = k == target_cell if layout is None else (layout[k][0] == 0) == h.target_first
            if by_column:
                is_target, year = h.columns[k]
            rate = _far_below(c, cell.text, of_kind["level"])
            if by_column and len(h.pct_heads) == len(cells) and h.pct_heads[k] and _BARE.match(cell.text):
                # (`2009年预期增长(%)` over a row whose unit cell is 亿元: the column's growth, not a level)
                q = _quantity(c, cell.text, label, h._replace(percent=True), None)
            else:
                q = _quantity(c, cell.text, label, h, "%" if rate else unit_cell)
            if q is not None:
                yield is_target, year, cell, q
            continue
        group, kind = layout[k]
        is_target = (group == 0) == h.target_first
        if kind == "level":
            per_head = unit_cell is None and any(w in label for w in c.per_head_words) and _BARE.match(cell.text)
            unit = "%" if is_target and _far_below(c, cell.text, of_kind["plain"]) else unit_cell
            q = _quantity(c, cell.text, label, h._replace(percent=False), c.per_head_unit if per_head else unit)
            own_percent = any(p in cell.text for p in c.percent_marks)  # (`78.5%`: a rate's level, its own %)
            if q is not None and (q.unit != "%" or unit_cell is not None or own_percent):
                yield is_target, year, cell, q
            continue
        m, shift = _paired_rate(c, cell.text)
        if m is None:
            continue
        for g in ("rate", "aside"):
            if m.group(g) is None:
                continue
            qual = (m.group("qual") or "") if g == "rate" else ""  # (the bracketed rate has no qualifier)
            found = qty.scan(m.group(g) + "%" + qual)
            if len(found) == 1:
                q = dataclasses.replace(found[0], span=Span(m.start(g) + shift, m.end(g) + shift), raw=m.group(g))
                fall = m.group(g)[0] in "-−" or (g == "rate" and m.group("verb") == "下降")
                if q.value is not None and fall and q.value > 0 and q.direction == "none":
                    q = dataclasses.replace(q, value=-q.value, direction="down")
                yield is_target, year, cell, _as_growth(c, q, label) if q.direction == "none" else q


def _cells_by_kind(c: TableCues, label: str, cells: list[Line], h: Header,
                   unit_cell: str | None) -> Iterator[tuple[bool, int | None, Line, Quantity]]:
    """A row's cells under columns of several years with growth columns among them (`2020年实绩 / 2021年计划 /
    2021年预计 / 增长% / 2022年计划`, `2021年完成 / 比上年增长(%) / 2022年预期目标(增长%)`): each cell its column's,
    a growth cell the growth of the column before it; a plan cell written as a growth (`增长9左右`) is one, and so is
    a bare plan under a head asking a growth in % when the row gives a growth (`8左右` beside `8.9`: not `3以上` of
    a row of jobs whose growth cell is empty)."""
    owners: list[tuple[bool, int | None] | None] = []
    columns = iter(h.columns)
    last: tuple[bool, int | None] | None = None
    for kind in h.kinds:
        if kind == "other":
            owners.append(None)  # (`增减`: a column of no fact)
            continue
        last = last if kind == "growth" else next(columns, None)
        owners.append(last)
    grows = any(_BARE.match(x.text.lstrip("-−")) for x, kind in zip(cells, h.kinds, strict=True) if kind == "growth")
    for cell, kind, pct, owner in zip(cells, h.kinds, h.pct_heads, owners, strict=True):
        if owner is None:
            continue
        m, shift = _paired_rate(c, cell.text)
        if kind == "growth" or (m is not None and m.group("verb")):
            if m is None:
                continue
            found = qty.scan(m.group("rate") + "%" + (m.group("qual") or ""))
            if len(found) != 1:
                continue
            q = dataclasses.replace(found[0], span=Span(m.start("rate") + shift, m.end("rate") + shift),
                                    raw=m.group("rate"))
            fall = m.group("rate")[0] in "-−" or m.group("verb") == "下降"
            if q.value is not None and fall and q.value > 0:
                q = dataclasses.replace(q, value=-q.value, direction="down")
            yield owner[0], owner[1], cell, _as_growth(c, q, label) if q.direction == "none" else q
            continue
        # (a plan far below the levels of its row is its growth: `生产总值 | 亿元 | 9 | 254.3 | 7.6 | 277 | 8左右` under
        # `2014年计划 / 2014年完成 / 增长 / 2015年计划 / 增长`, a county plan report's)
        levels = [x.text for x, kd in zip(cells, h.kinds, strict=True) if kd != "growth" and x is not cell]
        as_rate = (pct and grows and unit_cell != "%") or (
            owner[0] and grows and unit_cell not in (None, "%") and _far_below(c, cell.text, levels)
            and (lead := _LEADING_NUMBER.match(cell.text)) is not None and float(lead.group(1)) <= _PLAN_GROWTH_MAX)
        if (q := _quantity(c, cell.text, label, h._replace(percent=False), "%" if as_rate else unit_cell)) is not None:
            yield owner[0], owner[1], cell, _as_growth(c, q, label) if as_rate and q.unit == "%" else q


def _row_facts(v: Vocabulary, report: Report, label: Line, cells: list[Line], h: Header,
               ids: tuple[str, ...], unit_cell: str | None = None, binding: bool = False) -> Iterator[Fact]:
    """The facts of one row; ``binding``: its kind under 属性 says its target is binding (`约束性`)."""
    meta = report.meta
    for is_target, year, cell, q in _cell_quantities(v.tables, label.text, cells, h, unit_cell):
        if is_target and year is None:
            year = h.target_year  # (a bare `预期` column under `2025年…预计完成情况和2026年预期目标`: 2026's)
        if is_target and h.plan and year is not None:
            continue  # (`“十四五”规划主要指标` / `2025年目标`: the plan's goal for its last year)
        role: Role = "prior_target" if is_target else "actual"
        period = year if year is not None else h.year if h.year is not None else meta.review_year
        if h.targets_only:  # (the target column's year: not a growth column's base, `比2013年增长(%)`)
            period = h.columns[0][1] if h.columns and h.columns[0][1] is not None else meta.plan_year
            role = "target" if period is not None and meta.plan_year is not None and period >= meta.plan_year \
                else "prior_target"
        if year is not None and meta.plan_year is not None and year >= meta.plan_year and (
                is_target or (meta.review_year is not None and year > meta.review_year)):
            # `2023年完成 / 2024年目标` in the 2024 report: this year's target, not last year's; so is a plan year's
            # column of estimates (`2025年预计 / 2026年预计`)
            role = "target"
        for ind_id in ids:
            ind = v.indicators[ind_id]
            measure = decide_measure(v, ind_id, ind.measures, ind.units, q, None, role == "prior_target")
            if measure is None and q.unit == "%" and q.direction == "none":
                # `地区生产总值 / % / 8.2`: a percentage of an indicator with no rate is its growth
                q = _as_growth(v.tables, q, label.text)
                measure = decide_measure(v, ind_id, ind.measures, ind.units, q, None, role == "prior_target")
            if measure is None or (role == "actual" and q.qualifier == "qualitative"
                                   and not v.tables.result_in_words_re.search(cell.text)):
                continue
            unit = spec_unit(v, q, measure)
            base = to_base(q.value, unit) if measure == "level" else (None, None)
            yield Fact(
                indicator=ind_id, role=role, period=period, measure=measure,  # type: ignore[arg-type]
                value=q.value, value_high=q.value_high, unit=unit, qualifier=q.qualifier,
                span=Span(label.start, cell.start + q.span.end),
                text=report.text[label.start : cell.start + q.span.end],
                confidence=0.8, indicator_name=ind.name, value_base=base[0], unit_base=base[1],
                commitment=None if role != "target" else "binding" if binding else commitment(
                    cell.text, [0], _num_start(q)),
            )
