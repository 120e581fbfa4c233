"""Normalisation step 5: join the hard line breaks of a wrapped copy and drop the stray spaces it
left inside numbers and between CJK characters.

A line break is joined when the line cannot end there (a dangling word, a split fixed phrase or
indicator name, a number cut from its unit) or when the lines are a wrapped paragraph's (their
widths say so); never before a heading, list item or date. Steps return ``(text, edits)`` like
those of ``zhibiao.normalize.steps``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from zhibiao.normalize.itemlines import (
    LONE_VERB_LINE,
    MARKED_START,
    VERB_FIGURE,
    label_value_pairs,
    marked_pairs,
    phrase_blocks,
)
from zhibiao.normalize.offsets import Edit
from zhibiao.normalize.steps import (
    CJK,
    RULES,
    TERMINAL,
    Columns,
    blocks,
    edit_columns,
    line_span,
    regex_edits,
    splice,
)

# 5. line joins and stray spaces -----------------------------------------------------------
_J = RULES["join"]
_DANGLING = re.compile(f"\n(?<=[{re.escape(_J['dangling_end_chars'])}]\n)(?=[{CJK}0-9])")  # matches the newline
# (matches the first of the two newlines)
_LABEL_FIELD = re.compile(f"\\s*(?:{'|'.join(_J['page_field_labels'])})\\s*[：:]")  # a page's field (`来源：…`)
_FIELD_ENDS = _J["field_end_marks"]  # what a page's field may end on (`来源：长兴新闻网，`, `来源:江阴日报,`)
_DANGLING_BLANK = re.compile(f"\n(?<=[{re.escape(_J['dangling_blank_end_chars'])}]\n)\n(?=[{CJK}0-9])")
_BLOCKERS = re.compile("|".join(f"(?:{p})" for p in _J["next_line_blockers"]))
_HEADING_LINE = re.compile(
    r"^\s*(?:[一二三四五六七八九十百]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.](?!\d))"
)
_RULE_LINE = re.compile(_J["rule_line"])  # a rule drawn across the page (`------`): never joined to the next line
_DATE_LINE = re.compile(r"^\s*\d{4}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*日?\s*$")


def _split_table() -> dict[str, list[tuple[str, str]]]:
    table: dict[str, list[tuple[str, str]]] = {}
    for p in _J["split_phrases"]:
        for k in range(1, len(p)):
            table.setdefault(p[k - 1], []).append((p[:k], p[k:]))
    return table


_SPLIT_TABLE = _split_table()
_SPLIT = re.compile(f"\n(?<=[{re.escape(''.join(_SPLIT_TABLE))}]\n)")  # matches the newline


def _splits_phrase(text: str, nl: int) -> bool:
    return any(text.startswith(left, nl - len(left)) and text.startswith(right, nl + 1)
               for left, right in _SPLIT_TABLE.get(text[nl - 1], ()))


# a sentence's line ending on an indicator's name, the next opening on its figure (`…收入\n141.8 亿元`) or on its
# growth (`主要预期目标是:全市生产总值\n增长5%左右`)
_NAME_FIGURE_BREAK = re.compile(
    f"(?:{'|'.join(map(re.escape, _J['figure_names']))})\n"
    f"(?=(?:(?:{'|'.join(_J['verb_leads'])})?(?:{'|'.join(_J['awaiting_verbs'])}))?[0-9]+(?:\\.[0-9]+)?[ \t]*"
    f"(?:{_J['figure_units']}))")
_CLAUSE_MARK = re.compile("[，,；;。]")


# a number cut in two (`9.\n8%`, `9\n%`) or from its unit after its magnitude (`385 亿\n元`), or from its unit
# with the clause going on after it (`人均可支配收入16883\n元,同比增长9.7%`; not `2023\n元旦`)
_DIGIT_BREAK = re.compile(
    r"\n(?:(?<=[0-9]\n)(?=[.%]|．[0-9])|(?<=[0-9][.．]\n)(?=[0-9])|(?:(?<=[0-9][亿万]\n)|(?<=[0-9] [亿万]\n))(?=美?元)"
    r"|(?<=[0-9]\n)(?=[亿万]?美?元[,，、;；。]))"
)  # matches the newline
# a PDF that sets each number on a line of its own (`增加到\n779\n亿元,年均增长\n7.3%\n。`): the breaks
# before such a line (after a word) and after it (before its unit, qualifier or punctuation: `增长\n3%\n以上`,
# `连续\n18\n个月`, `近\n10\n年`; not a page number before `年均增长`)
_NUMBER_LINE = re.compile(r"[0-9][0-9.,]*%?")
_BEFORE_NUMBER_LINE = re.compile(f"\n(?<=[{CJK}、，,]\n)(?=[0-9][0-9.,]*%?(?:[；;，,。、]|\n))")
# a rate alone on its line with the mark that ends its clause (`预计,地区生产总值增长\n8%;\n财政收入增长\n10%;`):
# the line before runs into it
_RATE_CLAUSE_LINE = re.compile(r"[0-9][0-9.]*%[；;，,。、]")
# a name's verb awaiting its figure at a line's end
_VERB_END = re.compile("(?:" + "|".join(map(re.escape, _J["awaiting_verbs"])) + ")$")
_BARE_NAME = re.compile(f"[{CJK}]{{2,16}}")  # a line of words alone (a name, in a column of names)
_AFTER_NUMBER_LINE = re.compile(r"\n(?<=[0-9%]\n)(?=[亿万千百元人吨个%、。，,；;)）月倍位]|年(?!均)|左右|以[上下内])")
# a line that opens on a closing quote continues the line before (`十四五` / `”开局之年`)
_CLOSING_QUOTE_BREAK = re.compile(  # matches the newline
    f"\n(?<=[^\n]\n)(?=[{re.escape(_J['closing_quotes'] + _J['clause_marks'])}])")
# a line ending on a verb awaiting its figure, the rate opening the next (`…386.2亿元，增长` / `18.7%；…`)
_VERB_RATE_BREAK = re.compile(
    f"\n(?<=(?:{'|'.join(map(re.escape, _J['awaiting_verbs']))})\n)(?=[0-9][0-9.]*\\s*(?:%|％|个百分点))")
# a write-up set one phrase a line (`完成地方一般公共预算收入33.2亿元\n增长10.5%`, also after the figure's comma:
# `■全年地区生产总值363.27亿元,\n同比增长11.5%。`, 吉阳 2024): a line that is only the growth of the figure ending the
# line before continues it
# (not a figure alone on its line: a table set one cell a line, `地区生产总值` / `增长9%` / `287.32亿元` /
# `增长6.0%`, whose growth is a cell of its own; but for an infographic's item under its name, ``label_value_pairs``)
_BARE_FIGURE = re.compile(rf"\s*[0-9][0-9.,]*\s*(?:{_J['figure_units']})[,，、]?\s*")
_GROWTH_LINE = re.compile(
    r"\n(?:(?<=[0-9][元人吨%]\n)|(?<=[0-9][亿万][元人吨]\n)|(?<=[0-9][元人吨%][,，、]\n)|(?<=[0-9][亿万]元[,，、]\n))"
    f"(?=(?:{'|'.join(_J['verb_leads'])})?(?:增长|下降|提高|增加)[0-9.]+%[^\\n]{{0,2}}(?:\\n|\\Z))"
)


def _line_at(text: str, nl: int) -> tuple[str, str]:
    """The line ending at newline ``nl`` and the line after it."""
    a = text.rfind("\n", 0, nl) + 1
    b = text.find("\n", nl + 1)
    return text[a:nl], text[nl + 1 : b if b >= 0 else len(text)]


def _number_line_break(text: str, nl: int, after: bool) -> bool:
    """Whether the break at ``nl`` borders a line holding one number alone inside a sentence (the
    word line before it does not end a sentence; a table's number after number is never joined)."""
    line, nxt = _line_at(text, nl)
    if after:
        return _NUMBER_LINE.fullmatch(line) is not None
    if _HEADING_LINE.match(line) or _BLOCKERS.match(nxt):
        return False
    if _RATE_CLAUSE_LINE.fullmatch(nxt):
        # (not names and rates in two columns, `地区生产总值增长\n财政收入增长\n8%;\n10%;`: the line before also
        # ends on a verb awaiting its figure; or names alone, `地区生产总值\n财政收入\n8%;`)
        start = text.rfind("\n", 0, nl) + 1
        before = text[text.rfind("\n", 0, max(0, start - 1)) + 1 : max(0, start - 1)].strip()
        return not (start > 0 and before and (
            _VERB_END.search(before) or (_BARE_NAME.fullmatch(before) and _BARE_NAME.fullmatch(line.strip())
                                         and not _VERB_END.search(line.strip()))))
    if _NUMBER_LINE.fullmatch(nxt) is None:
        return False
    end = nl + 1 + len(nxt)  # the number's unit or punctuation must follow it on the next line
    return _AFTER_NUMBER_LINE.match(text, end) is not None


# a name at a line's end, its figure and unit opening the next (`…；第二产业增加值` / `652.7亿元，增长19.5%；…`)
# (not a year or a date opening the next line: `…可持续发展` / `2010年是…`)
_PROSE_NUMBER_BREAK = re.compile(f"\n(?<=[{CJK}]\n)(?=[0-9][0-9.]*(?![0-9.])(?!\\s*[年月日号])[^\\s])")
_CLAUSE_MARK_IN_LINE = re.compile("[，,；;。]")
_PROSE_LINE_CHARS = 12  # a line of prose cut mid-clause is longer than a table's name cell
# a figure's digits parted by a copy's line break in prose (`全社会固定资产投资完成58.7亿元，增长2` / `8.6%。社会…`,
# `全县完成生产总值1` / `03.6亿元，比上年增长…`): the digits after a word at the line's end, the rest of the figure
# with its unit opening the next (not a year: `2023` / `年`, its unit no figure's)
_DIGITS_SPLIT = re.compile(f"(?<=[{CJK}])[0-9]{{1,5}}\n(?=[0-9][0-9.]*(?:{_J['figure_units']}|个百分点))")


def _prose_on_both_sides(text: str, nl: int, heading_ok: bool = False) -> bool:
    """Whether both lines at the break ``nl`` are prose, each with a clause mark: a sentence cut between a name and
    its figure (not a table's name cell over its value cell, nor a heading, unless ``heading_ok``: a figure's own
    digits parted after a heading run into its paragraph, `（一）…。全县完成生产总值1` / `03.6亿元，…`)."""
    line, nxt = _line_at(text, nl)
    return (len(line.strip()) >= _PROSE_LINE_CHARS and _CLAUSE_MARK_IN_LINE.search(line) is not None
            and _CLAUSE_MARK_IN_LINE.search(nxt) is not None and (heading_ok or not _HEADING_LINE.match(line))
            and not _BLOCKERS.match(nxt) and not _DATE_LINE.match(line))


def _may_join(text: str, nl: int, strong: bool) -> bool:
    line, nxt = _line_at(text, nl)
    if not line.strip() or not nxt.strip() or nxt[:1].isspace():
        return False
    if _BLOCKERS.match(nxt) or _DATE_LINE.match(line) or _RULE_LINE.fullmatch(line):
        return False
    return strong or not _HEADING_LINE.match(line)


_DIGIT_START = re.compile(r"[0-9]")
_CJK_END = re.compile(f"[{CJK}]$")
_SENTENCE_INSIDE = re.compile("[。！？!?；;]")
_WRAP_MIN_WIDTH = 30  # display columns (a CJK character is 2): shorter lines are never a wrap width
_WRAP_SHARE = 0.3  # share of lines at the wrap width that marks a hard-wrapped text
_WRAP_BAND = 0.85  # lines this close to the wrap width count as wrapped (digits are narrower)
_WRAP_LENGTH_SHARE = 0.5  # share of lines of one length that marks a copy wrapped by its characters' count


def display_width(line: str) -> int:
    """Display width: 2 for a CJK character (3 UTF-8 bytes), 1 for ASCII (how a copy lines up its columns)."""
    n = len(line)
    return (len(line.encode("utf-8")) - n) // 2 + n


_NARROWED = str.maketrans("", "", "0123456789.%")  # what ``fullwidth_to_ascii`` made one column of two


def _wide_width(line: str) -> int:
    """Display width of a line whose digits were full-width as the copy was wrapped (``１２．２％``: two columns
    each; read after they became ASCII, a line of many figures would look short of the wrap width); a table's row,
    its cells parted by a gap (`地区生产总值增速   %   1.2   6左右`), is no wrapped line and keeps its width."""
    if "  " in line:
        return display_width(line)
    return display_width(line) + len(line) - len(line.translate(_NARROWED))


def _wrap_stats(pieces: Sequence[str], width_parts: list[np.ndarray], len_parts: list[np.ndarray],
                nonempty: int) -> tuple[int, list[np.ndarray], list[np.ndarray], int | None] | None:
    """For a hard-wrapped text (PDF or fixed-width copy: many lines share one width), the lowest
    width that counts as wrapped, with the line widths and lengths passed in; else None."""
    if not width_parts:  # empty text: one empty line
        return None
    long = np.concatenate([w[w >= _WRAP_MIN_WIDTH] for w in width_parts])
    if len(long) < 8:
        return None
    ranked = np.sort(long)
    top = int(ranked[int(0.9 * (len(ranked) - 1))])  # the wrap width, ignoring a few over-long lines
    low = int(top * _WRAP_BAND)
    near = int(np.count_nonzero((long >= low) & (long <= top)))
    if near < max(5, _WRAP_SHARE * nonempty):
        return None
    return low, width_parts, len_parts, _wrap_length(len_parts, nonempty)


_CELL_GAP = re.compile(r"\S(?: {2,}|\t)\S")


def _gapped(ctx: str, ends: np.ndarray, lens: np.ndarray) -> np.ndarray:
    """Per line, whether it parts cells by a run of spaces or a tab (a table's row, not prose)."""
    return np.array([_CELL_GAP.search(ctx, int(e - n), int(e)) is not None
                     for e, n in zip(ends, lens, strict=True)], dtype=bool)


def _wrap_length(len_parts: list[np.ndarray], nonempty: int) -> int | None:
    """The length in characters a copy wrapped its lines at, when most lines share one (a copy cut every 38
    characters, its figures' lines narrower than the rest: `…增长5%，剔除` / `营改增…`); else None."""
    lens = np.concatenate(len_parts) if len_parts else np.zeros(0, np.int32)
    long = lens[lens * 2 >= _WRAP_MIN_WIDTH]
    if len(long) < 8:
        return None
    values, counts = np.unique(long, return_counts=True)
    mode = int(values[int(np.argmax(counts))])
    if int(counts.max()) < max(8, _WRAP_LENGTH_SHARE * nonempty) or mode < int(np.max(long) * _WRAP_BAND):
        return None
    return mode


def _line_stats(pieces: Sequence[str], wide_digits: bool = False) -> tuple[list[np.ndarray], list[np.ndarray], int]:
    """Per piece, the display width (trailing space stripped) and length of each of its lines, and
    the number of non-blank lines; a piece's last line counts only if nothing follows it."""
    width = _wide_width if wide_digits else display_width
    widths: list[np.ndarray] = []
    lengths: list[np.ndarray] = []
    nonempty = 0
    for j, piece in enumerate(pieces):
        w_parts: list[np.ndarray] = []
        l_parts: list[np.ndarray] = []
        for a, b in blocks(piece):
            lines = (piece if b - a == len(piece) else piece[a:b]).split("\n")
            if b < len(piece) or j < len(pieces) - 1:
                lines.pop()  # the block ends with a newline: the empty piece after it is not a line
            w_parts.append(np.array([width(ln.rstrip()) for ln in lines], dtype=np.int32))
            l_parts.append(np.array([len(ln) for ln in lines], dtype=np.int32))
            nonempty += sum(1 for ln in lines if ln.strip())
            del lines
        widths.append(np.concatenate(w_parts) if w_parts else np.zeros(0, np.int32))
        lengths.append(np.concatenate(l_parts) if l_parts else np.zeros(0, np.int32))
    return widths, lengths, nonempty


def _next_line(pieces: Sequence[str], j: int) -> str:
    """The two lines after ``pieces[j]`` with their newlines, across pieces if need be ("" after the
    last piece): the number-line rule looks past the line after a break to the unit on the next."""
    out: list[str] = []
    need = _LOOKAHEAD_LINES
    for nxt in pieces[j + 1 :]:
        k = 0
        while need:
            i = nxt.find("\n", k)
            if i < 0:
                out.append(nxt[k:])
                break
            out.append(nxt[k : i + 1])
            k = i + 1
            need -= 1
        if not need:
            break
    return "".join(out)


_LOOKAHEAD_LINES = 2


def join_cuts(pieces: Sequence[str], wide_digits: bool = False) -> list[list[int]]:
    """The newlines ``join_lines`` deletes in the text ``"".join(pieces)`` (every piece but the last
    ends with a newline), as sorted positions within each piece; ``wide_digits``: the copy wrote its
    figures in full-width digits, two columns each in its wrap width.

    Every rule looks at the line ending at a newline and at most the two lines after it, so each piece
    is read with the first two lines of what follows appended.
    """
    widths, lengths, nonempty = _line_stats(pieces, wide_digits)
    wrap = _wrap_stats(pieces, widths, lengths, nonempty) if pieces else None
    labelled: list[set[int]] | None = None  # (read over the whole text once, the first time a name line asks)
    marked: list[set[int]] | None = None  # (and so an infographic's marked names)
    phrased: list[set[int]] | None = None  # (and a long image's blocks of phrase lines)
    out: list[list[int]] = []
    last = len(pieces) - 1
    carried = False  # a blank line opening this piece joined by the piece before (`…的` / `` / `12.8亿元…`)
    for j, piece in enumerate(pieces):
        tail = _next_line(pieces, j)
        ctx = piece + tail if tail else piece
        n = len(piece)
        cuts: set[int] = {0} if carried else set()
        carried = False
        if wrap is not None:
            low = wrap[0]
            w, ln_len = widths[j], lengths[j].astype(np.int64)
            ends = np.cumsum(ln_len + 1) - 1  # position of the newline after each line
            cand = w >= low
            if wrap[3] is not None:  # (a copy cut by its characters' count: a line of figures is narrower)
                cand |= (ln_len == wrap[3]) & ~_gapped(ctx, ends, ln_len)  # (not a table's row, its cells spaced)
            if j == last and len(cand) and not piece.endswith("\n"):
                cand[-1] = False  # the text's last line: no newline after it
            for i in np.flatnonzero(cand).tolist():
                nl = int(ends[i])
                line = ctx[nl - int(ln_len[i]) : nl]
                body = line.rstrip()
                # (a line's trailing space: the end of a paragraph's line, unless a figure goes on after it, the
                # space it was broken at after a name: `社会消费品零售总额 ` / `596.1亿元、增长8.3%`; not a number's
                # own digits parted, `总额 5 ` / `96.1亿元`, nor a bare number after it, a page's or a cell's)
                spaced = len(body) != len(line) and (
                    not _DIGIT_START.match(ctx, nl + 1) or not _CJK_END.search(body)
                    or _NUMBER_LINE.fullmatch(_line_at(ctx, nl)[1].strip()) is not None)
                if not body or body.endswith(TERMINAL) or spaced:
                    continue
                # a numbered line that ends a sentence inside it is a paragraph opening on its heading
                # (`（九）持续增进民生福祉…。扎实做好就业社保工作。城` / `镇新增就业…`), not a heading alone
                if _may_join(ctx, nl, _SENTENCE_INSIDE.search(body) is not None):
                    cuts.add(nl)
        for m in _DANGLING.finditer(ctx):
            if m.start() < n and _may_join(ctx, m.start(), False) and not (
                    ctx[m.start() - 1] in _FIELD_ENDS and _LABEL_FIELD.match(_line_at(ctx, m.start())[0])):
                cuts.add(m.start())  # (not a page's field after its label: `来源：长兴新闻网，` / `关键词：GDP、`)
        for m in _SPLIT.finditer(ctx):
            nl = m.start()
            if nl < n and _splits_phrase(ctx, nl) and _may_join(ctx, nl, True):
                cuts.add(nl)
        for m in _DANGLING_BLANK.finditer(ctx):
            line, _blank = _line_at(ctx, m.start())
            _blank, nxt = _line_at(ctx, m.start() + 1)  # (the line after the blank one)
            if (m.start() < n and line.strip() and nxt.strip() and not nxt[:1].isspace()
                    and not _BLOCKERS.match(nxt) and not _HEADING_LINE.match(line)):
                cuts.update((m.start(), m.start() + 1))
                carried = carried or m.start() + 1 == n  # (the blank line is the next piece's first: it cuts it)
        for m in _DIGIT_BREAK.finditer(ctx):
            if m.start() < n:
                cuts.add(m.start())
        for m in _CLOSING_QUOTE_BREAK.finditer(ctx):
            if m.start() < n and _may_join(ctx, m.start(), True):
                cuts.add(m.start())
        for m in _VERB_RATE_BREAK.finditer(ctx):  # (in prose: a table's column of names stays, `财政收入增长` / `8%;`)
            if m.start() < n and _may_join(ctx, m.start(), False) and _CLAUSE_MARK.search(_line_at(ctx, m.start())[0]):
                cuts.add(m.start())
        for m in _GROWTH_LINE.finditer(ctx):
            # (nor a growth after a growth: a table's two years' cells, `增长5.3%` / `增长6%左右`)
            before = _line_at(ctx, m.start())[0]
            if m.start() >= n or VERB_FIGURE.fullmatch(before):
                continue
            if _BARE_FIGURE.fullmatch(before):  # (an infographic's amount under its name joins its growth)
                labelled = labelled if labelled is not None else label_value_pairs(pieces)
                if m.start() not in labelled[j]:
                    continue
            cuts.add(m.start())
        for m in _NAME_FIGURE_BREAK.finditer(ctx):
            nl = m.end() - 1
            if nl >= n or not _may_join(ctx, nl, True):
                continue
            if not _CLAUSE_MARK.search(_line_at(ctx, nl)[0]):
                labelled = labelled if labelled is not None else label_value_pairs(pieces)
                if nl not in labelled[j]:
                    continue
            cuts.add(nl)
        if MARKED_START.search(ctx):
            marked = marked if marked is not None else marked_pairs(pieces)
            cuts.update(nl for nl in marked[j] if nl < n)
        if LONE_VERB_LINE.search(ctx):
            phrased = phrased if phrased is not None else phrase_blocks(pieces)
            cuts.update(nl for nl in phrased[j] if nl < n)
        for rx in (_BEFORE_NUMBER_LINE, _AFTER_NUMBER_LINE):
            for m in rx.finditer(ctx):
                nl = m.start()
                if nl < n and _number_line_break(ctx, nl, rx is _AFTER_NUMBER_LINE):
                    cuts.add(nl)
        for m in _PROSE_NUMBER_BREAK.finditer(ctx):
            if m.start() < n and _prose_on_both_sides(ctx, m.start()):
                cuts.add(m.start())
        for m in _DIGITS_SPLIT.finditer(ctx):  # (matches the digits and the newline)
            if m.end() - 1 < n and _prose_on_both_sides(ctx, m.end() - 1, heading_ok=True):
                cuts.add(m.end() - 1)
        out.append(sorted(c for c in cuts if c < n))
    return out


def join_lines(text: str) -> tuple[str, Columns | list[Edit]]:
    """Join hard breaks inside a sentence: after a dangling character, inside a fixed phrase,
    inside a number, or at the wrap width of a hard-wrapped text. Headings, dates, list items
    and blank-line breaks are never joined (but after 的, which no paragraph ends on)."""
    cuts = join_cuts([text])[0]
    if not cuts:
        return text, []
    return delete_positions(text, cuts)


def delete_positions(text: str, positions: list[int]) -> tuple[str, Columns | list[Edit]]:
    """Delete the characters at the sorted ``positions``."""
    if not positions:
        return text, []
    ends = [p + 1 for p in positions]
    return splice(text, positions, ends, ""), edit_columns(positions, ends, 0)


# a run of spaces after a digit and before ``%`` or ``.5``, or after ``6.`` and before a digit (``6 . 5%`` too)
# (never between two digits: ``1 2 3`` stays); no run starts inside another (both look behind it)
# (nor between digits, but for a space that groups thousands before a unit: ``4 790亿元``, ``2 329.5亿元``,
# and one after a word's lone first digit of a percentage or amount: ``增长1 1.5%``, ``完成8 5亿元``, or
# before an amount's or a decimal's lone last digit: ``1760 0元``, ``2.1 6%``)
_GROUPED = r"(?=[0-9]{3}(?:\.[0-9]+)?(?:亿|万|千|元|美元|吨|人|%))"
_NUM_SPACE = re.compile(
    r"[ \t](?:(?<=[0-9][ \t])[ \t]*(?=%|\.[^\s]|\.[ \t]+[0-9])"
    # (not after a list item's number opening its line below a line that ended, ``12. 6%左右：今年…增长目标`` in a
    # 数读, nor one whose figure a colon follows, a caption's; but a figure wrapped after its verb, ``…增长`` /
    # ``8. 6%，…``, is joined)
    r"|(?:(?<=[0-9]\.[ \t])(?<![\n。！？!?；;：:】」]\n[0-9]\.[ \t])(?<![\n。！？!?；;：:】」]\n[0-9]{2}\.[ \t])"
    r"(?<!^[0-9]\.[ \t])(?<!^[0-9]{2}\.[ \t])"
    r"(?:(?<!\n[0-9]\.[ \t])(?<!\n[0-9]{2}\.[ \t])|(?![0-9.]+[^\n，,。；;]{0,10}?[：:]))"
    r"|(?<=[0-9] \.[ \t]))[ \t]*(?=[0-9])"
    rf"|(?:(?<=(?<![0-9.])[0-9] )|(?<=(?<![0-9.])[0-9]{{2}} )|(?<=(?<![0-9.])[0-9]{{3}} )){_GROUPED}"
    # a lone digit after a word, split from the rest of its percentage or amount (``增长1 1.5%``, ``增长1 6 %``,
    # ``完成8 5亿元``)
    rf"|(?<=[{CJK}][0-9][ \t])(?=[0-9]{{1,2}}(?:\.[0-9]+)?[ \t]?(?:%|亿|万))"
    # and a last digit split from its amount (``分别达到30400元、1760 0元``)
    rf"|(?<=[{CJK}、][0-9]{{3}}[ \t])(?=[0-9](?:元|亿|万))|(?<=[{CJK}、][0-9]{{4}}[ \t])(?=[0-9](?:元|亿|万))"
    # and a decimal's last digit split off (``投入强度达到2.1 6%``, a scraped copy)
    rf"|(?:(?<=[{CJK}][0-9]\.[0-9][ \t])|(?<=[{CJK}][0-9]{{2}}\.[0-9][ \t]))(?=[0-9](?:%|亿|万))"
    # and a minus sign split from its number after a word (``增长- 39.7%``, 三明 2021)
    rf"|(?<=[{CJK}][-−][ \t])[ \t]*(?=[0-9]))"
)
# a tab after a figure's qualifier parts two cells (`3左右\t2.3`: the next cell's number)
_AFTER_QUALIFIER = "".join(f"(?<!{w}\t)" for w in _J["figure_after"])
# a number at a line end after a space is a page number or a table column: keep that space
# the space first (a fast literal scan), then what lies before and after it
_CJK_DIGIT_SPACE = re.compile(  # (not a tab before a year: a table's column break, `单位\t2015年完成\t2016年目标`)
    f"(?: |\t(?!(?:19|20)\\d\\d\\s*年){_AFTER_QUALIFIER})"
    f"(?:(?<=[{CJK}].)(?=[0-9][0-9.,]*[ \t]?[^\\s0-9.,])|(?<=[0-9%].)(?=[{CJK}])"
    f"|(?<=[{CJK}].)(?=[A-Za-z&]+[ \t]?[{CJK}])|(?<=[A-Za-z].)(?=[{CJK}]))"
)
_CJK_SPACE = re.compile(f" (?<=[{CJK}] )(?=[{CJK}])")
_CJK_PAIR = re.compile(f"[{CJK}] (?=[{CJK}])")
_LONG_LINE = 60  # a prose line: any lone space between two CJK characters in it is noise
# characters spaced out one by one (`◎ 城 镇 登 记 失 业 率2.59%`, a page's letter-spacing): one word, not
# a menu's items (which are words of two or more characters)
_LETTER_SPACED = re.compile(f"(?:(?<=\\s)|^)(?:[{CJK}] ){{3,}}[{CJK}](?![{CJK}])", re.MULTILINE)


def drop_number_spaces(text: str) -> tuple[str, Columns | list[Edit]]:
    """Drop spaces inside numbers: ``6 .5 %`` -> ``6.5%`` (``1 2 3`` is left alone)."""
    return regex_edits(_NUM_SPACE, text, "")


def drop_cjk_digit_spaces(text: str) -> tuple[str, Columns | list[Edit]]:
    """Drop a single space between a CJK character and a number (``增长 10.3%``, ``1651 亿元``):
    scraped and PDF-converted reports pad numbers with spaces that split the phrase. A tab stays in a line of three
    or more (a table's row, `社会消费品零售总额\t亿元\t7%\t3153.6\t2.3`: its unit's cell and the next; a line of
    prose with a tab or two before its numbers is padded)."""
    if "\t" not in text:
        return regex_edits(_CJK_DIGIT_SPACE, text, "")

    rows: dict[int, bool] = {}  # whether the line starting there is a table's row (read once a line)

    def repl(m: re.Match[str]) -> str:
        if m.group() != "\t":
            return ""
        a, b = line_span(text, m.start())
        if a not in rows:  # (a line of prose, its clauses marked, pads its numbers with tabs too)
            rows[a] = text.count("\t", a, b) >= _ROW_TABS and not _CLAUSE_MARK.search(text, a, b)
        return m.group() if rows[a] else ""

    return regex_edits(_CJK_DIGIT_SPACE, text, repl)


_ROW_TABS = 3  # tabs in a line that make it a table's row



def drop_cjk_spaces(text: str) -> tuple[str, Columns | list[Edit]]:
    """Drop a lone space between two CJK characters inside a line (``国民 经济``); keep indentation,
    column-like lines (several such spaces) and a short trailing field (``市长 吕志成``)."""
    if " " not in text:
        return text, []
    seen: dict[int, int] = {}
    spaced = [(m.start(), m.end()) for m in _LETTER_SPACED.finditer(text)]

    def repl(m: re.Match[str]) -> str:
        s = m.start()  # the pattern checked the CJK characters on both sides
        if any(a < s < b for a, b in spaced):
            return ""
        a = text.rfind("\n", 0, s) + 1
        b = text.find("\n", s)
        b = b if b >= 0 else len(text)
        if a not in seen:
            seen[a] = len(_CJK_PAIR.findall(text, a, b))
        if seen[a] != 1 and b - a <= _LONG_LINE:
            return " "  # a short line with several gaps is a column layout or a menu
        return " " if len(text[s + 1 : b].rstrip()) <= 4 else ""

    return regex_edits(_CJK_SPACE, text, repl)


# A document site's page counter (天天文库 and its like): each page of the copy opens a line with `N、`,
# counting from 1, and runs on from the page before mid-sentence, even mid-number
# (`…生产总值4406.` / `2、3亿元`, `…分别增长` / `` / `2、6.3%、9.2%`)
_PAGE_MARK = re.compile("^[ \t\u3000]*(\\d{1,3})、", re.MULTILINE)
_PAGE_MIN_CHARS = 80  # a page of such a copy is one long line; a list item or heading is short


def join_page_counters(text: str) -> tuple[str, Columns | list[Edit]]:
    """Delete the breaks and counters between the pages of a document site's copy, when every page
    from the second on follows a long line cut mid-sentence (not ending on ``TERMINAL``: a numbered
    list's items end theirs)."""
    if "、" not in text:
        return text, []
    chain: list[re.Match[str]] = []
    for m in _PAGE_MARK.finditer(text):
        if int(m.group(1)) == len(chain) + 1:
            chain.append(m)
    if len(chain) < 2:  # (the first page and one more)
        return text, []
    starts: list[int] = []
    ends: list[int] = []
    for m in chain[1:]:
        j = m.start() - 1
        while j >= 0 and text[j] in " \t\u3000\n":
            j -= 1
        line_start = text.rfind("\n", 0, j) + 1
        if j < 0 or text[j] in TERMINAL or j + 1 - line_start < _PAGE_MIN_CHARS:
            return text, []
        starts.append(j + 1)
        ends.append(m.end())
    return splice(text, starts, ends, ""), edit_columns(starts, ends, 0)
