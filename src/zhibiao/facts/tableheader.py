"""The header of a plan report's table of indicators: which columns hold last year's targets, which its results,
which this year's plan, in which years, and whether a bare number under them is a growth in percent (``facts.tables``
reads the rows under it)."""

from __future__ import annotations

import re
from typing import NamedTuple

from zhibiao.document._common import YEAR_CELL_RE, Line
from zhibiao.facts.cuefile import facts_cues
from zhibiao.facts.tablecues import TableCues
from zhibiao.facts.vocab import Vocabulary
from zhibiao.normalize.joins import display_width

NUMBERING = re.compile(r"^(?:\d{1,2}\s*[.、．:：](?![\d%])|[(（]\d{1,2}[)）])\s*")
_YEAR = re.compile(r"((?:19|20)\d\d)年")
_LAST_CLAUSE = re.compile("[，,]")
ASIDE = re.compile(r"[(（][^()（）\d]*[)）]")  # a note on the row's name under it, `(简称“GDP”)`: no figure
LABEL_YEAR = re.compile("^" + _YEAR.pattern)  # `2021年单位地区生产总值能耗降低目标`: the row's year before its name
_PART_OF = re.compile("^" + facts_cues()["tables"]["part_row"])  # `其中：出口 | 亿美元 | 8`: a part's row


def stacked_header(c: TableCues, text: str, ls: list[Line], i: int) -> list[Line]:
    """`2019年  增长  2020年  增长` over `预计完成  (%)  计划  (%)`: a header set on two lines of cells, each cell
    of the second under one of the first, read as one line (`2019年预计完成`, `增长(%)`); ``ls`` unchanged
    unless both lines hold several cells and the second only words of a column's head."""
    row_end = text.find("\n", ls[i].start)
    if row_end < 0:
        return ls
    top = [k for k in range(i, len(ls)) if ls[k].start < row_end]
    under_end = text.find("\n", row_end + 1)
    under_end = len(text) if under_end < 0 else under_end
    under = [k for k in range(top[-1] + 1, len(ls)) if ls[k].start < under_end]
    heads = [k for k in top[1:] if ls[k].text not in c.unit_columns]  # (the label's and the unit's cells stand alone)
    if len(heads) < 2 or len(under) < 2 or len(under) > len(heads):
        return ls
    heads_words = 0
    for k in under:
        t = ls[k].text
        head_word = t.strip("()（） ") in c.percent_marks or bool(c.target_re.match(t) or c.actual_re.match(t))
        if not (head_word or ASIDE.fullmatch(t)) or any(ch.isdigit() for ch in t):
            return ls
        heads_words += head_word
    if not heads_words:
        return ls  # (notes in brackets alone, `(预计)` / `(计划)`, `(亿元)` / `(亿元)`: each a note on its column)
    line_start = {k: text.rfind("\n", 0, ls[k].start) + 1 for k in heads + under}
    col = {k: display_width(text[line_start[k] : ls[k].start]) for k in heads + under}
    below: dict[int, list[int]] = {k: [] for k in heads}
    for n, k in enumerate(under):  # (as many cells below as above: one under each in order; else the nearest)
        h = heads[n] if len(under) == len(heads) else min(heads, key=lambda x: abs(col[x] - col[k]))
        below[h].append(k)
    joined = [Line(ls[k].start, ls[k].end, ls[k].text + "".join(ls[x].text for x in below[k])) if k in below else ls[k]
              for k in top]
    return ls[:i] + joined + ls[under[-1] + 1 :]


class Header(NamedTuple):
    target_first: bool
    serial: bool
    rank: bool
    percent: bool  # a column of growth in %: a bare number is a percentage
    year: int | None
    unit: bool = False  # a unit column: a row's cell after its name is its unit (`%`, `亿美元`)
    pairs: bool = False  # target and result each in two columns, level then growth (`绝对值 / 增速(%)`)
    split_result: bool = False  # only the result in two columns (`2022年计划目标 / 2022年实绩 / 绝对值 / 增速(%)`)
    # (whether a target's, the year it names) of each target and result column in order (`2023年完成 / 2024年目标`)
    columns: tuple[tuple[bool, int | None], ...] = ()
    plan: bool = False  # a five-year plan's table: its target column holds the plan's goals, no year's target
    targets_only: bool = False  # the plan year's targets alone, a level and its growth (`2018年计划 / 增长%`)
    growth_last: bool = False  # a growth column after the target's and the result's: the second one's
    # the later of two years a caption names (`2025年…完成情况和2026年预期目标`): the targets'
    target_year: int | None = None
    # the kind of each figure column in order, a growth column among them (`2020年实绩 / 2021年计划 / 2021年预计 /
    # 增长% / 2022年计划`: actual, target, actual, growth, target), and whether its head asks a growth in % (`2022年
    # 预期目标(增长%)`)
    kinds: tuple[str, ...] = ()
    pct_heads: tuple[bool, ...] = ()


def read_header(v: Vocabulary, lines: list[Line], i: int, plan_year: int | None = None) -> tuple[Header | None, int]:
    """The header that starts at the label column ``lines[i]`` (a serial column may stand before it), or
    after the caption ``lines[i]``, and the index of the first line after it; None unless it names a
    target and a result column."""
    c = v.tables
    serial = i > 0 and bool(c.serial_re.match(lines[i - 1].text))
    target_at = actual_at = None
    columns: list[tuple[bool, int | None]] = []
    rank = percent = unit = False
    level_columns = 0
    unit = lines[i].text in c.unit_columns  # (a header without a label column, opening on `单位`)
    year = None if c.label_re.match(lines[i].text) else year_of(lines[i].text)  # a caption's: `2023年…预计完成情况`
    j = i + 1
    growth_after = False  # a growth column after the result's (`2013年计划 / 2013年完成 / 增长(%)`)
    kinds: list[tuple[str, bool]] = []
    groups: list[int] = []  # years heading groups of columns on a line of their own (`2024年 / 2025年` over
    # `目标 / 完成 / 目标`): each target or result head below takes the year of its group
    while j < len(lines) and j - i <= c.max_header_lines:
        t = lines[j].text
        if not t:
            j += 1
            continue
        if plan_year is not None and not columns and (m := YEAR_CELL_RE.fullmatch(t)) is not None \
                and _over_heads(c, lines, j + 1):
            groups.append(int(m.group(1)))
            j += 1
            continue
        if len(t) > c.max_cell_chars or NUMBERING.match(t) or row_name(v, t) or c.group_re.match(t):
            break  # the first row
        if any(ch.isdigit() for ch in _YEAR.sub("", t)) and not any(p in t for p in c.percent_marks):
            break
        if t.strip("()（） ") in c.percent_marks or (ASIDE.fullmatch(t) and j > i + 1):
            # `增长` / `%`: a growth column's head set on two lines; `2024年实绩` / `(预计)`: a note on the column above
            percent = percent or any(w in lines[j - 1].text for w in c.growth_words)
            j += 1
            continue
        grown = any(w in t for w in c.growth_words) and (
            any(p in t for p in c.percent_marks)
            or (j + 1 < len(lines) and lines[j + 1].text.strip("()（） ") in c.percent_marks))
        if c.ratio_re.match(t) and columns:
            kinds.append(("other", False))  # (`完成计划（%）`: the result's share of its plan, a column of no facts)
        elif c.target_re.match(t):
            target_at = j if target_at is None else target_at
            columns.append((True, year_of(t, plan_year, c.relative_years)))
            kinds.append(("target", grown))
        elif c.actual_re.match(t):
            actual_at = j if actual_at is None else actual_at
            columns.append((False, year_of(t, plan_year, c.relative_years)))
            kinds.append(("actual", grown))
        elif grown and columns:
            kinds.append(("growth", True))  # (`2021年预计 / 增长%`: the growth of the column before)
        elif plan_year is not None and (m := YEAR_CELL_RE.fullmatch(t)) is not None:
            # a column headed by its year alone (`2021年 / 2022年` in the 2022 report): the plan year's are targets,
            # an earlier year's results
            is_target = int(m.group(1)) >= plan_year
            if is_target:
                target_at = j if target_at is None else target_at
            else:
                actual_at = j if actual_at is None else actual_at
            columns.append((is_target, int(m.group(1))))
            kinds.append(("target" if is_target else "actual", grown))
        elif t in c.change_columns and columns:
            kinds.append(("other", False))  # (`上年实绩 / 本年目标 / 增减`: a column whose cells are no facts)
        elif c.rank_re.match(t):
            rank = True
        elif t in c.unit_columns and target_at is None and actual_at is None:
            unit = True
        elif not (any(w in t for w in c.growth_words) or t in c.other_columns):
            break
        if any(w in t for w in c.growth_words) and any(p in t for p in c.percent_marks):
            percent = True
            growth_after = growth_after or (columns and not c.target_re.match(t) and not c.actual_re.match(t))
        if t in c.level_columns and target_at is not None:
            level_columns += 1
        year = year_of(t) or year
        j += 1
    if groups:
        columns = _grouped(columns, groups)
    named = [k for k, (_t, y) in enumerate(columns) if y is not None]
    if named and named[0] > 0 and columns[named[0]][0]:
        # `预期目标 / 完成情况 / 2021年预期目标`: the columns before the plan year's named target are the year before's
        first = columns[named[0]][1] - 1  # type: ignore[operator]
        columns = [(t, first if k < named[0] and y is None else y) for k, (t, y) in enumerate(columns)]
    # (a table of the plan year's targets alone, a level and its growth: `2018年计划 / 增长%`)
    targets_only = actual_at is None and target_at is not None and growth_after and len(columns) == 1
    if targets_only:
        actual_at = j
    if target_at is None or actual_at is None:
        return None, i + 1
    pairs = level_columns == 2 and percent  # `2015年目标 / 2015年实绩 / 绝对值 / 增速(%) / 绝对值 / 增速(%)`
    # one level column: the result's (a target is one cell, `增长7%左右`; what was done a level and its growth)
    split_result = level_columns == 1 and percent
    # a growth column after a target's and a result's is the second's (`2013年计划 / 2013年完成 / 增长(%)`: the
    # result's; `2013年完成 / 2014年计划 / 增长%`: the plan's)
    growth_last = growth_after and not pairs and not split_result and len(columns) == 2 and kinds[-1][0] == "growth"
    plan = False  # (its head, or a caption up to three lines above it, an aside left out: `（对标“十四五”规划）`)
    caption_years: list[int] = []  # (the years a caption names: two, the later is the targets')
    target_years: list[int] = []
    for x in range(j - 1, max(-1, i - 4), -1):
        above = lines[x].text.rstrip()
        if x < i and above.endswith(("。", "！", "!", "？", "?")):
            break  # (a sentence of the text above: `今年是“十四五”规划收官之年。`, `…为“十三五”规划画上圆满句号！`)
        # (a sentence leading into the table names it in its last clause: `…和“十四五”规划衔接，建议2021年主要指标安排
        # 如下：` is the year's, `对标“十四五”规划，全区“十四五”主要指标建议如下：` the plan's)
        named = _LAST_CLAUSE.split(above)[-1] if x < i and above.endswith(("：", ":")) else above
        plan = plan or c.plan_table_re.search(ASIDE.sub("", named)) is not None
        if x <= i and not c.label_re.match(lines[x].text) and not caption_years:
            caption_years = [int(y) for y in _YEAR.findall(lines[x].text)]
            target_years = [int(y) for y in c.caption_target_year_re.findall(lines[x].text)]
    # (not a date the caption gives, `2025年主要指标完成情况（2026年1月）`: the year must name the targets)
    target_year = max(target_years) if len(set(caption_years)) > 1 and target_years else None
    return Header(target_at < actual_at, serial, rank, percent, year, unit, pairs, split_result, tuple(columns),
                   plan, targets_only, growth_last, target_year, tuple(k for k, _ in kinds),
                   tuple(g for _, g in kinds)), j


def _over_heads(c: TableCues, lines: list[Line], k: int) -> bool:
    """Whether the first cell from ``k`` on that is no other year is a target's or result's head: the years above
    are groups' heads (`2024年 / 2025年 / 目标 / 完成 / 目标`), not columns' (`2021年 / 2022年` over the rows)."""
    for ln in lines[k : k + c.max_header_lines]:
        t = ln.text
        if not t or YEAR_CELL_RE.fullmatch(t):
            continue
        return bool(c.target_re.match(t) or c.actual_re.match(t))
    return False


def _grouped(columns: list[tuple[bool, int | None]], groups: list[int]) -> list[tuple[bool, int | None]]:
    """The columns with the years of their groups, in order: a head of a kind the group already holds, or a target's
    after a result's (a year's target heads its result), opens the next group (`2024年 / 2025年` over `目标 / 完成 /
    目标`: 2024's target and result, 2025's target; over `完成 / 目标`: 2024's result, 2025's target)."""
    out: list[tuple[bool, int | None]] = []
    g, seen = 0, set()
    for is_target, y in columns:
        if (is_target in seen or (is_target and False in seen)) and g + 1 < len(groups):
            g, seen = g + 1, set()
        seen.add(is_target)
        out.append((is_target, y if y is not None else groups[g]))
    return out


def year_of(t: str, plan_year: int | None = None, relative: dict[str, int] | None = None) -> int | None:
    """The year a header cell names, also relatively (`上年实绩`, `本年目标`: the plan year less one, the plan year)."""
    m = _YEAR.search(t)
    if m:
        return int(m.group(1))
    if plan_year is not None and relative:
        return next((plan_year + d for w, d in relative.items() if t.startswith(w)), None)
    return None


def is_part_row(t: str) -> bool:
    """Whether a row label names a part of the row above (`其中：出口`)."""
    return _PART_OF.match(NUMBERING.sub("", t)) is not None


def row_name(v: Vocabulary, t: str) -> tuple[str, ...] | None:
    """The indicator ids a row label names at its start (after its number), or () for another row."""
    name = _PART_OF.sub("", LABEL_YEAR.sub("", NUMBERING.sub("", t)))
    if (w := v.whole_region_re.match(name)) is not None and w.end() < len(name):
        name = name[w.end():]  # `全市生产总值`: the region's own
    m = v.alias_re.match(name)
    if m is None or v.tables.other_measure_re.match(name, m.end()):
        return ()  # (`GDP产税率`: a name run on into another measure's)
    return v.alias_ids.get(v.alias_key(m), ())
