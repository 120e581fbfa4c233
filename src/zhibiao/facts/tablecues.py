"""The words of a plan report's flattened indicator table (``facts_cues.toml [tables]``), compiled for
``zhibiao.facts.tables``."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TableCues:
    """The words of a plan report's flattened indicator table (``facts_cues.toml [tables]``)."""

    header_line_re: re.Pattern[str]  # a cell that is only the label column's name: a table may follow
    column_line_re: re.Pattern[str]  # a line that is only the target column's name: a table without a label column
    label_re: re.Pattern[str]
    serial_re: re.Pattern[str]
    target_re: re.Pattern[str]
    actual_re: re.Pattern[str]
    rank_re: re.Pattern[str]
    other_columns: frozenset[str]
    change_columns: frozenset[str]  # other columns whose cells are figures of no fact (`增减`)
    ratio_re: re.Pattern[str]  # a column of the result's share of its plan (`完成计划（%）`): no fact
    cell_verb_re: re.Pattern[str]  # a verb opening a cell before its bare number (`提高1.3` under `百分点`)
    relative_years: dict[str, int]  # a header's year named relatively, by its distance from the plan year (`上年`: -1)
    unit_columns: frozenset[str]
    level_columns: frozenset[str]
    per_head_words: tuple[str, ...]
    per_head_unit: str
    max_unit_chars: int
    judgements: frozenset[str]
    binding_kinds: frozenset[str]  # a row's kind under 属性 that makes its target binding (`约束性`)
    kind_columns: frozenset[str]  # the kind column's names (`属性`)
    result_in_words_re: re.Pattern[str]  # a result cell in words that is a result (`完成市下达任务`)
    plan_qualifiers: frozenset[str]
    group_re: re.Pattern[str]
    section_re: re.Pattern[str]  # a numbered line that is no group heading ends the table (`二、2025年…主要目标`)
    growth_words: tuple[str, ...]
    down_words: tuple[str, ...]
    percent_marks: tuple[str, ...]
    max_header_lines: int
    max_cell_chars: int
    cell_gap_re: re.Pattern[str]
    paired_rate_re: re.Pattern[str]  # a growth cell of a level-and-growth pair (`8.7(实际增长7.9)`)
    other_measure_re: re.Pattern[str]  # a row label's name run on into another measure's (`GDP产税率`)
    plan_table_re: re.Pattern[str]  # a five-year plan's table's caption (`“十四五”规划主要指标`)
    caption_target_year_re: re.Pattern[str]  # a caption's year of targets (`…和2026年预期目标`), its group 1


def table_cues(t: dict) -> TableCues:
    """The compiled cues of ``facts_cues.toml [tables]``."""
    # a column's unit after its name: `增长(%)` (its bracket left open when a page cut it: `(增速%`)
    unit = r"(?:[(（][^()（）\n]{1,8}[)）]?)?"
    line = "^[ \t\u3000]*(?:{})[ \t\u3000]*$"
    gap = t["cell_gap"]
    return TableCues(
        # (on a line of its own, or between the gaps of a row kept on one line: `序号   指标名称   属性`)
        header_line_re=re.compile(f"(?:^|{gap})[ \t\u3000]*(?:{t['label_column']})(?=[ \t\u3000]*$|{gap})", re.M),
        column_line_re=re.compile(line.format(t["target_column"] + unit), re.M),
        label_re=re.compile(t["label_column"] + r"\Z"),
        plan_table_re=re.compile(t["plan_table"]),
        caption_target_year_re=re.compile(t["caption_target_year"]),
        serial_re=re.compile(t["serial_column"] + r"\Z"),
        target_re=re.compile(t["target_column"] + unit + r"\Z"),
        actual_re=re.compile(t["actual_column"] + unit + r"\Z"),
        rank_re=re.compile(t["rank_column"] + r"\Z"),
        other_columns=frozenset(t["other_columns"]),
        change_columns=frozenset(t["change_columns"]),
        ratio_re=re.compile(t["ratio_column"]),
        cell_verb_re=re.compile(t["cell_verb"]),
        relative_years={w: int(d) for w, d in t["relative_years"].items()},
        unit_columns=frozenset(t["unit_columns"]),
        level_columns=frozenset(t["level_columns"]),
        per_head_words=tuple(t["per_head_words"]),
        per_head_unit=t["per_head_unit"],
        max_unit_chars=int(t["max_unit_chars"]),
        judgements=frozenset(t["judgements"]),
        binding_kinds=frozenset(t["binding_kinds"]),
        kind_columns=frozenset(t["kind_columns"]),
        result_in_words_re=re.compile(t["result_in_words"]),
        plan_qualifiers=frozenset(t["plan_qualifiers"]),
        group_re=re.compile(t["group_heading"]),
        section_re=re.compile(t["section_heading"]),
        growth_words=tuple(t["growth_words"]),
        down_words=tuple(t["down_words"]),
        percent_marks=tuple(t["percent_marks"]),
        max_header_lines=int(t["max_header_lines"]),
        max_cell_chars=int(t["max_cell_chars"]),
        cell_gap_re=re.compile(gap),
        paired_rate_re=re.compile(t["paired_rate"]),
        other_measure_re=re.compile(t["row_name_other_measure"]),
    )
