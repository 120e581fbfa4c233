"""Normalisation step 2c: a table saved as text with one plain space between its cells (`地区生产总值增长 % 7 3.2
6.5左右` under `指标名称 单位 2017年计划 2017年预计完成 2018年计划`, a plan report's 附表 in a copy): the spaces of
its rows and header become tabs, one for one, so the table reader sees its cells. Prose never has a run of such
lines (a name, a unit, then only figures), so a run of ``min_rows`` of them is taken as a table."""

from __future__ import annotations

import re

from zhibiao.normalize.steps import RULES

_S = RULES["spaced_rows"]
_ROW = re.compile(_S["row"])
_HEADER = re.compile(_S["header"])
_GROUP = re.compile(_S["group_line"])
_QUICK = re.compile(_S["prefilter"])


def spaced_rows(text: str) -> tuple[str, list]:
    """The rows (and header) of a table whose cells one space parts, their spaces as tabs; other lines as they
    were. Same length: no edit."""
    if not _QUICK.search(text):
        return text, []
    lines = text.split("\n")
    rows = [_ROW.match(ln) is not None for ln in lines]
    tab = [False] * len(lines)
    i = 0
    while i < len(lines):
        if not rows[i]:
            i += 1
            continue
        j, count, last = i, 0, i
        while j < len(lines) and (rows[j] or _GROUP.match(lines[j])):
            if rows[j]:
                count, last = count + 1, j
            j += 1
        if count >= _S["min_rows"]:
            for k in range(i, last + 1):
                tab[k] = rows[k]
            for k in range(i - 1, max(-1, i - 1 - _S["header_lines_above"]), -1):
                if _HEADER.match(lines[k]):
                    tab[k] = True
                    break
        i = j
    if not any(tab):
        return text, []
    return "\n".join(ln.replace(" ", "\t") if t else ln for ln, t in zip(lines, tab, strict=True)), []
