"""Normalisation steps. Each is ``(text) -> (new_text, edits)`` where ``edits`` lists the runs
whose length changed as ``(old_start, old_end, new_start, new_end)`` (a list of ``Edit`` or four
int64 columns); equal-length character substitutions need no edit (they map one to one).

Memory: a step builds its output block by block (``splice``, ``blockwise``) and appends each block
in place, so a 200 MB text costs its input and its output, not also a list of pieces of it.
"""

from __future__ import annotations

import re
import tomllib
from array import array
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from importlib import resources
from itertools import pairwise

import numpy as np

from zhibiao.normalize.offsets import Edit
from zhibiao.sources.text import DAMAGED_BYTE

_DATA = resources.files("zhibiao") / "data"
RULES = tomllib.loads((_DATA / "normalize_rules.toml").read_text(encoding="utf-8"))

CJK_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))  # ext. A, unified, compatibility
CJK = "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in CJK_RANGES)  # the same, as a regex class body
# a line ending on one of these (then nothing) ends its sentence or clause: no hard wrap, no page break cut it
TERMINAL = tuple("。！？!?：:；;”」』)）")

Columns = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]
# Characters per block. Small next to a 200 MB text, and many blocks per big text: CPython appends
# ``out += block`` in place only once the loop is warm (specialised after a few iterations).
BLOCK = 1 << 18


def blocks(text: str, size: int | None = None) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of consecutive slices of about ``size`` characters, each ending after a newline.

    Steps whose rules never look across a line end give the same result block by block.
    """
    size = size or BLOCK
    n = len(text)
    a = 0
    while a < n:
        nl = text.find("\n", a + size) if a + size < n else -1
        b = n if nl < 0 else nl + 1
        yield a, b
        a = b


def blockwise(text: str, fn: Callable[[str], str]) -> str:
    """``fn(text)`` for a line-local ``fn``, applied one block of lines at a time (see ``blocks``)."""
    if len(text) <= BLOCK:
        return fn(text)
    out = ""
    for a, b in blocks(text):
        out += fn(text[a:b])  # in place: the only reference to ``out`` is this local
    return out


def splice(text: str, starts: Sequence[int], ends: Sequence[int], news: Sequence[str] | str,
           post: Callable[[str], str] | None = None) -> str:
    """``text`` with the sorted, disjoint runs ``[starts[i], ends[i])`` replaced by ``news[i]`` (or by
    ``news`` itself when it is one string); ``post`` (character-local) maps each output block."""
    k = len(starts)
    if not k and post is None:
        return text
    const = news if isinstance(news, str) else None
    n = len(text)
    out = ""
    i = pos = 0
    while True:
        limit = pos + BLOCK
        parts: list[str] = []
        while i < k and starts[i] < limit:
            parts.append(text[pos : starts[i]])
            parts.append(const if const is not None else news[i])
            pos = ends[i]
            i += 1
        stop = max(pos, limit) if i < k else min(n, max(pos, limit))
        parts.append(text[pos:stop])
        pos = stop
        block = "".join(parts)
        del parts
        out += post(block) if post is not None else block
        del block
        if i >= k and pos >= n:
            return out


def edit_columns(starts: Sequence[int], ends: Sequence[int], new_lens: Sequence[int] | int) -> Columns:
    """Edits of the replacements of ``splice`` whose length differs, as four int64 columns."""
    s = np.asarray(starts, dtype=np.int64)
    e = np.asarray(ends, dtype=np.int64)
    lens = np.full(len(s), new_lens, np.int64) if isinstance(new_lens, int) else np.asarray(new_lens, np.int64)
    delta = lens - (e - s)
    shift = np.cumsum(delta) - delta  # total length change before each replacement
    keep = delta != 0
    ns = s + shift
    return s[keep], e[keep], ns[keep], (ns + lens)[keep]


def regex_edits(
    pattern: re.Pattern[str], text: str, repl: Callable[[re.Match[str]], str] | str,
    post: Callable[[str], str] | None = None,
) -> tuple[str, Columns | list[Edit]]:
    """``pattern.sub`` that also returns the edits of replacements whose length differs.

    ``repl`` is a function of the match or one string; matches it leaves unchanged are skipped.
    ``post`` is passed on to ``splice``. A deletion (``repl == ""``) runs in C a block of lines at a
    time, so its pattern must not look across a line end.
    """
    if repl == "" and not pattern.groups and post is None:
        return _regex_delete(pattern, text)
    starts = array("q")
    ends = array("q")
    if isinstance(repl, str):
        for m in pattern.finditer(text):
            s, e = m.span()
            if repl and text[s:e] == repl:
                continue
            starts.append(s)
            ends.append(e)
        out = splice(text, starts, ends, repl, post)
        return out, edit_columns(starts, ends, len(repl))
    news: list[str] = []
    for m in pattern.finditer(text):
        new = repl(m)
        if new == m.group(0):
            continue
        s, e = m.span()
        starts.append(s)
        ends.append(e)
        news.append(new)
    out = splice(text, starts, ends, news, post)
    return out, edit_columns(starts, ends, [len(x) for x in news])


@cache
def _captured(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` wrapped in one capturing group, so that ``split`` also returns the matches."""
    return re.compile(f"({pattern.pattern})", pattern.flags)


def _regex_delete(pattern: re.Pattern[str], text: str) -> tuple[str, Columns | list[Edit]]:
    """``regex_edits(pattern, text, "")`` for a line-local pattern without groups, in C: one
    ``split`` per block of lines yields the kept pieces and the deleted matches, numpy the edits."""
    split = _captured(pattern).split
    out = ""
    cols: list[tuple[np.ndarray, np.ndarray]] = []
    shift = 0  # characters deleted before the current block
    for a, b in blocks(text):
        block = text if b - a == len(text) else text[a:b]
        parts = split(block)
        del block
        if len(parts) == 1:
            out += parts[0]
            continue
        kept = np.fromiter(map(len, parts[0::2]), dtype=np.int64, count=(len(parts) + 1) // 2)
        gone = np.fromiter(map(len, parts[1::2]), dtype=np.int64, count=len(parts) // 2)
        new_starts = np.cumsum(kept[:-1])  # where each deleted run sat in the new text (block-relative)
        old_starts = new_starts + np.cumsum(gone) - gone
        cols.append((old_starts + a, gone, new_starts + (a - shift)))
        shift += int(gone.sum())
        out += "".join(parts[0::2])
        del parts
    if not cols:
        return text, []
    return out, _deletion_columns(cols)


def _deletion_columns(cols: list[tuple[np.ndarray, np.ndarray, np.ndarray]]) -> Columns | list[Edit]:
    """Edit columns from per-block ``(old_start, deleted_length, new_start)`` arrays."""
    if not cols:
        return []
    s0 = np.concatenate([c[0] for c in cols])
    e0 = s0 + np.concatenate([c[1] for c in cols])
    s1 = np.concatenate([c[2] for c in cols])
    return s0, e0, s1, s1.copy()


# 1. line ends, zero-width characters, odd spaces -------------------------------------------
# Patterns here start with a bare character class (not a repeat, group or lookbehind) so that the
# regex engine finds candidates in its fast first-character scan; lookbehinds check what precedes.
_ZW = "\u200b\u200c\u200d\ufeff\u2060\u00ad"  # zero-width characters and the soft hyphen
_DROP = re.compile(f"[\r{_ZW}](?:(?<=\r)(?=\n)|(?<=[{_ZW}])[{_ZW}]*)")  # CR before LF; zero-width runs
_DROP_TRIGGERS = "\r" + _ZW
_SPACES = str.maketrans({c: " " for c in "\u00a0\u3000\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
                         "\u200a\u202f\u205f\u1680"} | {"\r": "\n", "\x0b": "\n", "\x0c": "\n",
                                                        "\u2028": "\n", "\u2029": "\n"})


_ODD_CLASS = "[" + "".join(k for k in map(chr, _SPACES)) + "]"
_ODD_SPACE = re.compile(_ODD_CLASS + _ODD_CLASS + "*")


# a row of a table saved as text with one ideographic space between its cells (`全社会固定资产投资增长　%　22　29.1　22
# 　预期性`): three or more such single spaces between characters on one line; each becomes a tab, the cells' gap
_ONE_IDEOGRAPHIC = re.compile("(?<=\\S)\u3000(?=\\S)")
# (or one single space in a row whose figures are parted by runs of them: `规模以上工业增加值　亿元　　103.6　　　　14`,
# the name and its unit)
_FIGURE_AFTER_RUN = re.compile("\\S\u3000{2,}(?=[\\d.—-])")


def _cells_tabbed(line: str) -> str:
    """A line that is a table row with its single ideographic spaces as tabs; any other line as it was
    (line by line, so a long paragraph is scanned once, not once per position)."""
    if "\u3000" not in line:
        return line
    singles = len(_ONE_IDEOGRAPHIC.findall(line))
    if singles >= 3 or (singles and _FIGURE_AFTER_RUN.search(line)):
        return _ONE_IDEOGRAPHIC.sub("\t", line)
    return line


def _odd_spaces(block: str) -> str:
    """NBSP/ideographic and other odd spaces -> plain space, CR and other line breaks -> LF; the single
    ideographic spaces parting a table row's cells -> tab (one for one, the offsets kept)."""
    if "\u3000" in block:
        block = "\n".join(map(_cells_tabbed, block.split("\n")))
    return _ODD_SPACE.sub(lambda m: m.group(0).translate(_SPACES), block) if _ODD_SPACE.search(block) else block


_DAMAGED = re.compile(DAMAGED_BYTE)


def clean_whitespace(text: str) -> tuple[str, Columns | list[Edit]]:
    """CRLF/CR -> LF, drop zero-width characters, NBSP/ideographic space -> plain space; a damaged
    byte (``sources.text.DAMAGED_BYTE``: a NUL, a byte that did not decode) -> U+FFFD, one for one."""
    if _DAMAGED.search(text):
        text = _DAMAGED.sub("\ufffd", text)  # same length: the offset map needs no edit
    if any(c in text for c in _DROP_TRIGGERS):  # str.find per character: faster than a regex scan
        out, edits = regex_edits(_DROP, text, "")
        # (odd spaces mapped after, in blocks of whole lines: a table row's cells are told by its whole line, which
        # the splice's blocks of characters may cut)
        return (blockwise(out, _odd_spaces) if _ODD_SPACE.search(out) else out), edits
    if _ODD_SPACE.search(text):
        return blockwise(text, _odd_spaces), []
    return text, []


# 2. full-width ASCII ----------------------------------------------------------------------
_FULLWIDTH = str.maketrans(
    {chr(0xFF10 + i): chr(0x30 + i) for i in range(10)}
    | {chr(0xFF21 + i): chr(0x41 + i) for i in range(26)}
    | {chr(0xFF41 + i): chr(0x61 + i) for i in range(26)}
    | {"％": "%", "＋": "+", "－": "-", "＝": "=", "＜": "<", "＞": ">", "／": "/", "＆": "&", "＠": "@",
       "＃": "#", "＄": "$", "＿": "_", "＾": "^", "＊": "*"}
    # scraped text writes the percent sign as ℅ (care of) or ﹪ (small form): one character each
    | {"℅": "%", "﹪": "%"}
    # and the double prime quotation marks 〝〞 for “” (`“十一五〞期末`)
    | {"〝": "“", "〞": "”"}
    # and the small form variants of punctuation (`基本同步﹔城镇登记失业率…`, a news site's copy)
    | {"﹐": "，", "﹑": "、", "﹔": "；", "﹕": "：", "﹖": "？", "﹗": "！"}
    # and a box-drawing line for the dash of a list item (`──完成进出口总额210亿元`, 启东 2021 in a mirror's copy)
    | {"─": "—", "━": "—"}
)
_FW_CLASS = "[" + "".join(map(chr, _FULLWIDTH)) + "]"
_FW_RUN = re.compile(_FW_CLASS + _FW_CLASS + "*")
_FW_POINT = re.compile("(?<=[0-9])．(?=[0-9])")
# an ideographic full stop a converter put for the decimal point (`城镇登记失业率4。6%以内`,
# `规模以上工业增加值373。15亿元`, `地方一般預算收入達到4。4億元` before the script is converted): only between
# digits that end in a percent sign, a magnitude or points (a sentence that ends on a number and a next one
# that opens on a year or a count stay apart)
_STOP_POINT = re.compile("(?<=[0-9])。(?=[0-9]{1,2}(?:%|亿|億|万|萬|个百分点|個百分點))")


# a year written in Chinese numerals (`二〇一〇年`, `二00七年`, `二零零七年`): no lookbehind at its head (the
# scan jumps to 一/二); a numeral before it is checked in ``year_digits``
_CN_YEAR = re.compile(r"[一二][〇○零O0一二三四五六七八九]{3}(?=\s*年)")
_CN_YEAR_DIGITS = {"〇": "0", "○": "0", "零": "0", "O": "0", "0": "0", "一": "1", "二": "2", "三": "3",
                   "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
_NUMERAL_BEFORE = frozenset("一二三四五六七八九十〇○零0123456789")


def year_digits(text: str) -> str:
    """``text`` with years written in Chinese numerals as digits, same length (``二〇一〇年`` ->
    ``2010年``); anything that is not a year from 1949 to 2100 is left alone.

    >>> year_digits("二00二年的一万三千五百多亿元增加到二〇〇七年")
    '2002年的一万三千五百多亿元增加到2007年'
    >>> year_digits("一二三四年, 十二〇〇年")
    '一二三四年, 十二〇〇年'
    """
    def one(m: re.Match[str]) -> str:
        if m.start() and text[m.start() - 1] in _NUMERAL_BEFORE:
            return m.group()  # part of a longer numeral
        digits = "".join(_CN_YEAR_DIGITS[c] for c in m.group())
        return digits if 1949 <= int(digits) <= 2100 else m.group()

    return _CN_YEAR.sub(one, text) if "年" in text else text


def chinese_years(text: str) -> tuple[str, list[Edit]]:
    """Years in Chinese numerals as digits (``二〇〇七年`` -> ``2007年``): every reader of years, and a
    level's base year (``由二00二年的…增加到二00七年的…``), then sees one form. Same length: no edit."""
    return blockwise(text, year_digits), []


# a five-year plan's name between quote marks a scrape garbled (`”十三五’末`, `‘十二五”期间`): “十三五”
_PLAN_QUOTED = re.compile("[“”‘’\"'](十[一二三四五六]?五|[六七八九]五)[“”‘’\"'](?<!“..”)(?<!“...”)")


def _plan_quoted(m: re.Match[str]) -> str:
    """The plan's name between ``“”``; a nested ``‘十三五’`` is right as it is."""
    return m.group() if m.group().startswith("‘") and m.group().endswith("’") else f"“{m.group(1)}”"


def _fullwidth_block(text: str) -> str:
    out = _FW_RUN.sub(lambda m: m.group(0).translate(_FULLWIDTH), text) if _FW_RUN.search(text) else text
    if "五" in out:
        out = _PLAN_QUOTED.sub(_plan_quoted, out)
    if "．" in out:
        out = _FW_POINT.sub(".", out)
    if "。" in out:
        out = _STOP_POINT.sub(".", out)
    return out


def fullwidth_points(text: str) -> tuple[str, list[Edit]]:
    """A full-width point between digits once a hard wrap that parted them is joined (`１３` / `．５％`): the decimal
    point. Same length: no edit."""
    return (blockwise(text, lambda t: _FW_POINT.sub(".", t)) if "．" in text else text), []


def fullwidth_to_ascii(text: str) -> tuple[str, list[Edit]]:
    """Full-width digits, letters, ``％`` (and ``℅``/``﹪`` used as it) and a ``．`` between digits to ASCII
    (and ``。`` between the digits of a percentage), ``〝〞`` to ``“”``, a plan's name between garbled quote
    marks (``”十三五’``) between ``“”``; other punctuation kept."""
    if not _FW_RUN.search(text) and "．" not in text and not _STOP_POINT.search(text) and not _PLAN_QUOTED.search(text):
        return text, []
    return blockwise(text, _fullwidth_block), []  # line-local: ``．`` needs digits on its own line


# 2b. letters an OCR read for digits ------------------------------------------------------
# a figure with l or I for 1 and O for 0 among its digits (`增长l2.6%`, `2l6.5亿元`, `785O元`, `2Ol7年`), a unit, a year
# or a percent sign after it, no letter before it (not `O2O模式`, not a model name)
_OCR_FIGURE = re.compile(r"(?<![A-Za-z])(?=[0-9.lIO]*\d)(?=[0-9.]*[lIO])[0-9lIO][0-9.lIO]*[0-9lIO]"
                         r"(?=\s*(?:%|元|亿|万|千|吨|人|个|户|年|倍))")
_OCR_DIGITS = str.maketrans("lIO", "110")


def ocr_digit_letters(text: str) -> tuple[str, list[Edit]]:
    """``l``/``I`` -> ``1`` and ``O`` -> ``0`` inside a figure an OCR misread (``增长l2.6%`` -> ``增长12.6%``),
    one for one."""
    if not any(c in text for c in "lIO"):
        return text, []
    return _OCR_FIGURE.sub(lambda m: m.group().translate(_OCR_DIGITS), text), []


# 3. pinyin annotations --------------------------------------------------------------------
_TONES = str.maketrans("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿɑ", "aaaaeeeeiiiioooouuuuvvvvvnnnma")
_P = RULES["pinyin"]
_SYLLABLE = re.compile(
    "(?:(?:{})?(?:{})|{})".format(
        "|".join(sorted(_P["initials"], key=len, reverse=True)),
        "|".join(sorted(_P["finals"], key=len, reverse=True)),
        "|".join(_P["standalone"]),
    )
)
# A candidate annotation, split out whole and by its letters: the parenthesis first (a fast literal
# scan), then the CJK character before it, then 1-6 pinyin letters (a scrape may leave a space
# before the closing parenthesis: ``會(huì )``), the same annotation repeated going with it
# (``增(zeng)(zeng)长``, a page that glossed twice).
# A word of several syllables (``消费品(xiāofèipǐn)``) is taken only with a tone mark: unmarked, it could be
# a word of English in real parentheses.
_PINYIN = re.compile(
    f"([(（](?<=[{CJK}][(（])([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿɑ]{{1,24}}) ?[)）](?:[(（]\\2 ?[)）])*)")
_WORD = re.compile(f"(?:{_SYLLABLE.pattern}){{2,6}}")
_TONE_MARKS = frozenset("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ")


def is_pinyin_syllable(s: str) -> bool:
    """True for a plausible Hanyu Pinyin syllable, tone marks and ü allowed (``guān``, ``lüè``), or a
    word of two to six syllables with a tone mark (``xiāofèipǐn``)."""
    plain = s.translate(_TONES).replace("ê", "e")
    if len(s) <= 6 and _SYLLABLE.fullmatch(plain) is not None:
        return True
    return not _TONE_MARKS.isdisjoint(s) and _WORD.fullmatch(plain) is not None


_syllable = cache(is_pinyin_syllable)  # a report repeats a few hundred syllables


def remove_pinyin(text: str) -> tuple[str, Columns | list[Edit]]:
    """Delete ``(guān)``-style annotations directly after a CJK character; real parentheses stay.

    One ``split`` per block of lines gives ``[kept, annotation, letters, kept, ...]``; a candidate
    that is not a syllable is glued back into the kept text.
    """
    if "(" not in text and "（" not in text:
        return text, []
    out = ""
    cols: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    shift = 0  # characters deleted before the current block
    for a, b in blocks(text):
        block = text if b - a == len(text) else text[a:b]
        parts = _PINYIN.split(block)
        del block
        if len(parts) == 1:
            out += parts[0]
            continue
        kept, whole = parts[0::3], parts[1::3]
        ok = list(map(_syllable, parts[2::3]))
        del parts
        if not all(ok):  # glue rejected candidates back between their neighbours
            merged = [kept[0]]
            gone_list = []
            for i, good in enumerate(ok):
                if good:
                    merged.append(kept[i + 1])
                    gone_list.append(whole[i])
                else:
                    merged[-1] += whole[i] + kept[i + 1]
            kept, whole = merged, gone_list
        if not whole:
            out += kept[0]
            continue
        klen = np.fromiter(map(len, kept), dtype=np.int64, count=len(kept))
        gone = np.fromiter(map(len, whole), dtype=np.int64, count=len(whole))
        new_starts = np.cumsum(klen[:-1])  # where each deleted annotation sat in the new text
        old_starts = new_starts + np.cumsum(gone) - gone
        cols.append((old_starts + a, gone, new_starts + (a - shift)))
        shift += int(gone.sum())
        out += "".join(kept)
        del kept, whole
    return out, _deletion_columns(cols)


# 3b. note marks ----------------------------------------------------------------------------
_BODY_MARK = RULES["note_marks"]["body_mark"]
_NOTE_MARK = re.compile(RULES["note_marks"]["pattern"] + "|" + re.escape(_BODY_MARK))


def drop_note_marks(text: str) -> tuple[str, Columns | list[Edit]]:
    """Delete a note's number right after a word (`全市R&D[3]经费占比达2.33%`, `一般公共预算收入[1]17.7亿元`):
    a glossary's reference splits the name from its figure; a bracketed number opening a line stays. A journal
    database's `<正>` before an article's first words goes too."""
    if "[" not in text and _BODY_MARK not in text:
        return text, []
    return _regex_delete(_NOTE_MARK, text)


# 4. lost percent signs, numerals written digit by unit (traditional -> simplified: ``script``) ---------


_LP = RULES["lost_percent"]
_NUM = r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])"
_LOST_PERCENT = re.compile(
    "(?:" + "|".join(f"(?<={re.escape(w)})" for w in _LP["before"]) + ")"
    + rf"{_NUM}(?!\s*[%％])(?:[、和]{_NUM}(?!\s*[%％]))*{_LP['after']}"  # (not `10.1 %`: its sign kept, spaced)
    + "|(?:" + "|".join(f"(?<={re.escape(w)})" for w in _LP["held_before"]) + ")"
    + rf"{_NUM}{_LP['held_after']}"
)
_A_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def lost_percent(pieces: Sequence[str]) -> bool:
    """Whether a text (pieces of whole lines) lost its percent signs: at least ``min_hits`` bare numbers right
    after a growth word (`比上年增长8.5左右`), more than ``kept_ratio`` times the signs it kept (北京 2010 in a
    copy: `比上年增长10.1%` kept, then `增长10.3。城镇登记失业率为1.44。…实际增长9.7和13.4`)."""
    signs = sum(p.count("%") for p in pieces)
    # each bare number follows one of the words: their count bounds the hits, so a text that kept its signs
    # (most do) is ruled out by counting, without the regular expression
    bound = sum(p.count(w) for p in pieces for w in _LP_WORDS)
    if bound < _LP["min_hits"] or bound <= _LP["kept_ratio"] * signs:
        return False
    hits = sum(1 for p in pieces for _ in _LOST_PERCENT.finditer(p))
    return hits >= _LP["min_hits"] and hits > _LP["kept_ratio"] * signs


_LP_WORDS = tuple({*_LP["before"], *_LP["held_before"]})


def restore_percent(text: str) -> tuple[str, Columns | list[Edit]]:
    """``增长8.5左右`` -> ``增长8.5%左右`` in a text ``lost_percent`` found without its signs; each
    replaced run maps back to the original digits."""
    return regex_edits(_LOST_PERCENT, text, lambda m: _A_NUMBER.sub(r"\g<0>%", m.group(0)))


_MIXED_UNITS: dict[str, int] = RULES["mixed_numerals"]["units"]
_MU = "".join(_MIXED_UNITS)
_YI_WAN = "|".join(map(re.escape, RULES["mixed_numerals"]["yi_wan_currencies"]))
_MIXED = re.compile(rf"(?<![\d.])\d[{_MU}](?:\d[{_MU}])+"
                    rf"|(?<![\d.])(?P<yi>\d+)亿零?(?:(?P<wan>\d{{1,4}})|(?P<qian>\d)千(?:(?P<bai>\d)百)?)万"
                    rf"(?=(?:{_YI_WAN}))")
_MIXED_PAIR = re.compile(rf"(\d)([{_MU}])")


def _mixed_value(m: re.Match[str]) -> str:
    """``9万7千3百`` -> ``97300`` (the run unchanged when its units do not fall); ``108亿3038万`` -> ``108.3038亿``."""
    if m.group("yi") is not None:  # (`3亿5千万`, `3亿5千2百万`: the 万 part in digits and 千, 百)
        wan = int(m.group("wan")) if m.group("wan") else int(m.group("qian")) * 1000 + int(m.group("bai") or 0) * 100
        return f"{int(m.group('yi'))}.{wan:04d}".rstrip("0").rstrip(".") + "亿"
    pairs = [(int(d), _MIXED_UNITS[u]) for d, u in _MIXED_PAIR.findall(m.group())]
    if any(a[1] <= b[1] for a, b in pairwise(pairs)):
        return m.group()
    return str(sum(d * u for d, u in pairs))


def mixed_numerals(text: str) -> tuple[str, Columns | list[Edit]]:
    """``9万7千3百多亿元`` -> ``97300多亿元``: digits written each before a Chinese unit, read as one number; and
    ``108亿3038万元`` -> ``108.3038亿元`` (``3亿5千万元`` -> ``3.5亿元``), an amount written in 亿 and then 万."""
    if not _MIXED.search(text):
        return text, []
    return regex_edits(_MIXED, text, _mixed_value)


def line_span(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the line holding ``pos``, its newline left out."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, b if b >= 0 else len(text)


__all__ = [
    "clean_whitespace", "drop_note_marks", "fullwidth_points", "fullwidth_to_ascii", "is_pinyin_syllable", "line_span",
    "lost_percent", "mixed_numerals", "ocr_digit_letters", "regex_edits", "remove_pinyin", "restore_percent",
]
