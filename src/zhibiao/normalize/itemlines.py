"""Items set one line each, joined into one line per item: a digest's name over its growth (`全年GDP` / `增长5.3%左右`),
an infographic's marked name over its value (`📈 地区生产总值` / `2068.5亿元，增长1.8%`), a long image's phrase lines
(`地区生产总值` / `达到812.6亿元` / `增长` / `6.3%`); never a table's cells (split from ``normalize.joins``, which asks
these readings of the lines it may join)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from zhibiao.normalize.steps import RULES, TERMINAL

_J = RULES["join"]
# a digest's item in two lines, a name alone (`全年GDP`) and its growth alone (`增长5.3%左右`, `分别增长4.5%、8.5%左右`)
_NAME_LINE = re.compile(f"[^0-9，,；;。:：]{{0,24}}(?:{'|'.join(map(re.escape, _J['figure_names']))})\\s*")
_FIGURE = f"[0-9][0-9.]*\\s*(?:{_J['figure_units']})?(?:{'|'.join(_J['figure_after'])})?"
_COLUMN_HEAD = re.compile(_J["column_head"])
# a growth alone on its line (`增长5.3%`): no figure whose growth the next line could be
VERB_FIGURE = re.compile(
    f"\\s*(?:{'|'.join(_J['verb_leads'])})?(?:{'|'.join(_J['awaiting_verbs'])})[0-9][0-9.]*%\\S{{0,4}}")
# a figure alone on its line: `1.35万亿元`
_AMOUNT_LINE = re.compile(
    f"\\s*(?:{'|'.join(_J['amount_lead_verbs'])})?[0-9][0-9.,]*\\s*[亿万千百]*[\u4e00-\u9fff]{{0,2}}[%％]?\\s*")
_HEADS_BACK = 60  # lines: how far above a run a table's column heads are looked for
_SHORT_CELL_CHARS = 12  # a line of words this short after a lone name and growth is their row's next cell
_CELL_CHARS = 30  # a line longer than this is a paragraph, not a table's cell
_ITEM_LINE_CHARS = 60  # a name or a growth alone on its line is no longer than this
_FIGURE_LINE = re.compile(f"\\s*(?P<verb>(?:{'|'.join(_J['verb_leads'])})?(?:{'|'.join(_J['awaiting_verbs'])}))?"
                          f"{_FIGURE}(?:[、和]{_FIGURE})*"
                          # (an amount and its growth on one line: `2068.5亿元，增长1.8%`, an item whole)
                          f"(?P<grown>[，,](?:{'|'.join(_J['verb_leads'])})?(?:{'|'.join(_J['awaiting_verbs'])}){_FIGURE})?"
                          f"[。；;]?\\s*")
# an amount alone after the verb it was reached by (`突破8000亿元`)
_LED_AMOUNT_LINE = re.compile(f"\\s*(?:{'|'.join(_J['amount_lead_verbs'])}){_FIGURE}\\s*")
# an infographic's name marked by an emoji or a bullet, alone on its line (`🔬 研发投入强度`, `🏭 规上工业总产值`)
# the mark an infographic sets before a name (an emoji or a bullet: no word, space, bracket, quote or dash)
_MARK = r"[^\w\s（(“\"【\[—\-－]"
_MARKED_WORDS = re.compile(_MARK + r"+\s*[\u4e00-\u9fffA-Za-z&]{2,16}")  # (`🎯单位GDP能耗`)
# a verb alone on its line, its figure on the next (a long image's text) (`增长` / `6.3%`, `同口径增长` / `4.6%`)
_LONE_VERB = re.compile(f"(?:{'|'.join(_J['verb_leads'])})?(?:{'|'.join(_J['awaiting_verbs'])}|"
                        f"{'|'.join(_J['amount_lead_verbs'])}|{'|'.join(_J['bound_lead_verbs'])})")
LONE_VERB_LINE = re.compile(f"(?m)^[ \\t]*{_LONE_VERB.pattern}[ \\t]*\\n[ \\t]*[0-9]")
_PHRASE_CHARS = 14  # a long image's phrase line is this short
_PHRASE_BLOCK_LINES = 12  # and a block of them says one item or a few
_PHRASE_BLOCKS_MIN = 2  # a text with this many blocks of a verb alone over its figure is a long image's
_MARKED_VALUE_LEADS = tuple(_J["marked_value_leads"])
_MARKED_VALUE_CHARS = int(_J["marked_value_chars"])
MARKED_START = re.compile(r"(?m)^[ \t]*" + _MARK + r"+[ \t]*[\u4e00-\u9fffA-Za-z&]{2,16}[ \t]*\n")
# a name line an infographic marks (`📈 地区生产总值`, `● 一般公共预算收入`): not a table's cell
_MARKED_NAME = re.compile(r"\s*[^\w\s（(“\"【\[]")  # (a digest's run: a dash may mark its names too)


def label_value_pairs(pieces: Sequence[str]) -> list[set[int]]:
    """The breaks between a name line and its growth line that join, per piece: in a run of such lines
    that goes name, growth, name, growth… (`全年GDP` / `增长5.3%左右` / `规上工业增加值` / `增长6%`), each name
    once (or an infographic's name, amount, growth…: `● 地区生产总值` / `235.6亿元` / `增长8.9%`, whose
    amount's line joins its growth too), not one of names then figures (a table's columns: `地区生产总值` /
    `一般公共预算收入` / `增长4.5%` / `增长5.1%`), of a name and two figures (two years' columns), one under
    a table's column heads (`指标名称`, `2023年完成`, `2024年`) or one after a figure alone (each figure set
    over its name). Read over the whole text's lines, so that pieces give what one piece gives."""
    lines: list[tuple[int, int, str, str]] = []  # (piece, position of the newline after the line, kind, line)
    for j, piece in enumerate(pieces):
        start = 0
        while start < len(piece):
            end = piece.find("\n", start)
            end = len(piece) if end < 0 else end
            line = piece[start:end]
            m = _FIGURE_LINE.fullmatch(line) if len(line) <= _ITEM_LINE_CHARS else None
            kind = ("name" if m is None and len(line) <= _ITEM_LINE_CHARS and _NAME_LINE.fullmatch(line)
                    else "growth" if m and (m.group("verb") or m.group("grown")) else "figure" if m else "other")
            lines.append((j, end, kind, line.strip()))
            start = end + 1
    out: list[set[int]] = [set() for _ in pieces]
    i = 0
    while i < len(lines):
        k = i
        while k < len(lines) and lines[k][2] != "other":
            k += 1
        run = [x[2] for x in lines[i:k]]
        for size, kinds in ((2, ("name", "growth")), (3, ("name", "figure", "growth"))):
            names = [x[3] for x in lines[i:k:size]]
            # (an infographic marks each name: its value alone may be an amount, `👷 城镇新增就业` / `2.1万人`)
            marked = size == 2 and all(_MARKED_NAME.match(lines[x][3]) for x in range(i, k, size))
            if run and len(run) % size == 0 and len(set(names)) == len(names) and all(
                    kind == kinds[x % size] or (marked and x % size == 1 and kind == "figure")
                    for x, kind in enumerate(run)
            ) and not any(  # (an infographic's amount has its unit: a bare rate over a growth is a table's target)
                    lines[x][3].endswith(("%", "％")) for x in range(i + 1, k, size) if size == 3
            ) and not _under_column_heads(lines, i) and not (
                    len(run) == size and k < len(lines) and _cell(lines[k][3])):
                for x in range(i, k, size):  # (an amount's line joins its growth: `235.6亿元` / `增长8.9%`)
                    out[lines[x][0]].update(lines[x + y][1] for y in range(size - 1))
        i = k + 1
    return out


def marked_pairs(pieces: Sequence[str]) -> list[set[int]]:
    """The breaks after an infographic's marked name alone on its line, over its value alone on the next
    (`📈 地区生产总值` / `3611.2亿元，增长2.5%`, `🏭 规上工业总产值` / `突破8000亿元`, `👷 城镇新增就业` / `2.1万人`),
    per piece: each item joins on its own, where a line between keeps the items around from the name-and-value
    run ``label_value_pairs`` reads (`规上工业增加值增长3.1%`), an amount with the growth line after it; not under
    a table's column heads."""
    lines: list[tuple[int, int, str, str]] = []
    for j, piece in enumerate(pieces):
        start = 0
        while start < len(piece):
            end = piece.find("\n", start)
            end = len(piece) if end < 0 else end
            line = piece[start:end].strip()
            m = _FIGURE_LINE.fullmatch(line) if len(line) <= _ITEM_LINE_CHARS else None
            kind = ("marked" if m is None and _MARKED_WORDS.fullmatch(line)
                    else "growth" if m and (m.group("verb") or m.group("grown"))
                    else "figure" if m or _LED_AMOUNT_LINE.fullmatch(line)
                    else "value" if len(line) <= _MARKED_VALUE_CHARS and not line.endswith(TERMINAL)
                    and line.startswith(_MARKED_VALUE_LEADS) else "other")
            lines.append((j, end, kind, line))
            start = end + 1
    out: list[set[int]] = [set() for _ in pieces]
    for x in range(len(lines) - 1):
        kind, nxt = lines[x][2], lines[x + 1][2]
        if kind == "marked" and nxt in ("growth", "figure", "value") and lines[x][0] == lines[x + 1][0] \
                and not _under_column_heads(lines, x, False) and not _figure_over_name(lines, x) \
                and not (x + 2 < len(lines) and (lines[x + 1][2], lines[x + 2][2]) in (
                    ("figure", "figure"), ("growth", "growth"))):
            # (not a figure set over its name, `2068.5亿元` / `📈 地区生产总值`, nor a name over two figures, two
            # years' values)
            out[lines[x][0]].add(lines[x][1])
            if lines[x + 1][2] == "figure" and x + 2 < len(lines) and lines[x + 2][2] == "growth" \
                    and lines[x + 2][0] == lines[x][0]:
                out[lines[x][0]].add(lines[x + 1][1])  # (`🛒社会消费品零售总额` / `2136.5亿元` / `增长9.3%`)
    return out


def phrase_blocks(pieces: Sequence[str]) -> list[set[int]]:
    """The breaks inside a block of phrase lines (a long image's text, `长图`/H5, one phrase a line: `地区生产总值` /
    `达到812.6亿元` / `增长` / `6.3%`, blank lines between blocks), per piece: a block of short lines, none ending a
    sentence nor a table's column head, where a verb stands alone on its line before the figure it awaits, is one
    phrase (not a table's cells, which have no verb alone, nor prose)."""
    lines: list[tuple[int, int, str]] = []  # (piece, position of the newline after the line, line)
    for j, piece in enumerate(pieces):
        start = 0
        while start < len(piece):
            end = piece.find("\n", start)
            end = len(piece) if end < 0 else end
            lines.append((j, end, piece[start:end].strip()))
            start = end + 1
    out: list[set[int]] = [set() for _ in pieces]
    blocks: list[list[tuple[int, int, str]]] = []
    i = 0
    while i < len(lines):
        if not lines[i][2]:
            i += 1
            continue
        k = i
        while k < len(lines) and lines[k][2]:
            k += 1
        block = lines[i:k]
        if 2 <= len(block) <= _PHRASE_BLOCK_LINES and all(
                len(t) <= _PHRASE_CHARS and not t.endswith(TERMINAL) and "。" not in t
                and (not _COLUMN_HEAD.fullmatch(t) or _LONE_VERB.fullmatch(t)) for _, _, t in block):
            blocks.append(block)
        i = k
    # (not a table's row set one cell a line, two growths one after the other: `增长` / `8.6%` / `增长` / `7%`)
    verbed = [b for b in blocks if (pairs := [x for x in range(len(b) - 1) if _LONE_VERB.fullmatch(b[x][2])
                                              and b[x + 1][2][:1].isdigit()])
              and not any(y - x == 2 for x, y in pairwise(pairs))]
    # (in a text of such blocks, also a name over its figure alone: `常住人口城镇化率` / `67.4%`)
    named = [b for b in blocks if len(verbed) >= _PHRASE_BLOCKS_MIN and len(b) == 2
             and not any(ch.isdigit() for ch in b[0][2]) and b[1][2][:1].isdigit()]
    for block in verbed + named:
        for x in range(len(block) - 1):
            if block[x][0] == block[x + 1][0]:
                out[block[x][0]].add(block[x][1])
    return out


def _figure_over_name(lines: list[tuple[int, int, str, str]], x: int) -> bool:
    """Whether a figure alone stands right above the marked name at ``x`` (blank lines between) and is no value of a
    marked name above it (an amount and its growth at most): the figures are set over their names."""
    filled = [y for y in range(x - 1, max(-1, x - 5), -1) if lines[y][3]][:3]
    if not filled or lines[filled[0]][2] not in ("figure", "growth", "value"):
        return False
    if len(filled) > 1 and lines[filled[1]][2] == "marked":
        return False  # (`📈 地区生产总值` / `5958.6亿元` over the next name)
    return not (len(filled) > 2 and lines[filled[1]][2] == "figure" and lines[filled[2]][2] == "marked")


def _under_column_heads(lines: list[tuple[int, int, str, str]], i: int, figure_above: bool = True) -> bool:
    """Whether the lines above line ``i``, back to a paragraph, hold a table's column head, or (``figure_above``) a
    figure alone stands above it, blank lines between (a figure set over its name)."""
    above = next((x for x in range(i - 1, -1, -1) if lines[x][3]), None)
    if figure_above and above is not None and _AMOUNT_LINE.fullmatch(lines[above][3]):
        return True
    for x in range(i - 1, max(-1, i - 1 - _HEADS_BACK), -1):
        line = lines[x][3]
        if _COLUMN_HEAD.fullmatch(line):
            return True
        if len(line) > _CELL_CHARS:
            return False
    return False


def _cell(line: str) -> bool:
    """Whether a line after a lone name and growth is a table's next cell in their row: a short line of words with no
    sentence's end (`与经济增长同步`), or one opening on a figure or its verb (`增长6%左右，力争更好`)."""
    return bool(line) and ((len(line) <= _SHORT_CELL_CHARS and not any(ch.isdigit() for ch in line)
                            and not line.endswith(TERMINAL)) or bool(VERB_FIGURE.match(line))
                           or line[0].isdigit())
