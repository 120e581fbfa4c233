"""Normalisation steps. Each is ``(text) -> (new_text, edits)`` where ``edits`` lists the runs
whose length changed as ``(old_start, old_end, new_start, new_end)`` (a list of ``Edit`` or four
int64 columns); equal-length character substitutions need no edit (they map one to one).

Memory: a step builds its output block by block (``splice``, ``blockwise``) and appends each block
in place, so a 200 MB text costs its input and its output, not also a list of pieces of it.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from array import array
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from importlib import resources

import numpy as np

from zhibiao.normalize.offsets import Edit
from zhibiao.sources.text import DAMAGED_BYTE

_DATA = resources.files("zhibiao") / "data"
_RULES = tomllib.loads((_DATA / "normalize_rules.toml").read_text(encoding="utf-8"))
_JUNK = tomllib.loads((_DATA / "normalize_junk.toml").read_text(encoding="utf-8"))

CJK_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))  # ext. A, unified, compatibility
CJK = "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in CJK_RANGES)  # the same, as a regex class body

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


def _odd_spaces(block: str) -> str:
    """NBSP/ideographic and other odd spaces -> plain space, CR and other line breaks -> LF."""
    return _ODD_SPACE.sub(lambda m: m.group(0).translate(_SPACES), block) if _ODD_SPACE.search(block) else block


_DAMAGED = re.compile(DAMAGED_BYTE)


def clean_whitespace(text: str) -> tuple[str, Columns | list[Edit]]:
    """CRLF/CR -> LF, drop zero-width characters, NBSP/ideographic space -> plain space; a damaged
    byte (``sources.text.DAMAGED_BYTE``: a NUL, a byte that did not decode) -> U+FFFD, one for one."""
    if _DAMAGED.search(text):
        text = _DAMAGED.sub("\ufffd", text)  # same length: the offset map needs no edit
    if any(c in text for c in _DROP_TRIGGERS):  # str.find per character: faster than a regex scan
        odd = _odd_spaces if _ODD_SPACE.search(text) else None
        return regex_edits(_DROP, text, "", post=odd)  # odd spaces mapped in the same pass
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
)
_FW_CLASS = "[" + "".join(map(chr, _FULLWIDTH)) + "]"
_FW_RUN = re.compile(_FW_CLASS + _FW_CLASS + "*")
_FW_POINT = re.compile("(?<=[0-9])．(?=[0-9])")
# an ideographic full stop a converter put for the decimal point (`城镇登记失业率4。6%以内`,
# `规模以上工业增加值373。15亿元`): only between digits that end in a percent sign, a magnitude or points
# (a sentence that ends on a number and a next one that opens on a year or a count stay apart)
_STOP_POINT = re.compile("(?<=[0-9])。(?=[0-9]{1,2}(?:%|亿|万|个百分点))")


def _fullwidth_block(text: str) -> str:
    out = _FW_RUN.sub(lambda m: m.group(0).translate(_FULLWIDTH), text) if _FW_RUN.search(text) else text
    if "．" in out:
        out = _FW_POINT.sub(".", out)
    if "。" in out:
        out = _STOP_POINT.sub(".", out)
    return out


def fullwidth_to_ascii(text: str) -> tuple[str, list[Edit]]:
    """Full-width digits, letters, ``％`` (and ``℅``/``﹪`` used as it) and a ``．`` between digits to ASCII
    (and ``。`` between the digits of a percentage), ``〝〞`` to ``“”``; other punctuation kept."""
    if not _FW_RUN.search(text) and "．" not in text and not _STOP_POINT.search(text):
        return text, []
    return blockwise(text, _fullwidth_block), []  # line-local: ``．`` needs digits on its own line


# 3. pinyin annotations --------------------------------------------------------------------
_TONES = str.maketrans("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿɑ", "aaaaeeeeiiiioooouuuuvvvvvnnnma")
_P = _RULES["pinyin"]
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


# 4. traditional -> simplified -------------------------------------------------------------
_S = _RULES["script"]


@cache
def _converter(config: str):  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC(config)


_SCRIPT_SAMPLE = 3_000  # characters per slice sampled for script detection


def _slice(pieces: Sequence[str], a: int, b: int) -> str:
    """``"".join(pieces)[a:b]`` without joining the pieces."""
    out: list[str] = []
    pos = 0
    for p in pieces:
        end = pos + len(p)
        if end > a and pos < b:
            out.append(p[max(0, a - pos) : b - pos])
        pos = end
        if pos >= b:
            break
    return "".join(out)


def detect_script(text: str | Sequence[str]) -> tuple[str, str | None]:
    """``("traditional", config)`` if a sample changes enough under t2s, else ``("simplified", None)``.

    ``text`` may be a list of pieces of whole lines (read as their concatenation).
    """
    pieces = [text] if isinstance(text, str) else text
    n = sum(map(len, pieces))
    if n <= 3 * _SCRIPT_SAMPLE:
        sample = "".join(pieces)
    else:  # three slices (start, middle, end) decide the script as well as the whole text
        k = _SCRIPT_SAMPLE
        sample = "".join(_slice(pieces, i, i + k) for i in (0, n // 2 - k // 2, n - k))
    cjk = _count_cjk(sample)
    if not cjk:
        return "simplified", None
    conv = _converter("t2s").convert(sample)
    changed = _count_changed(sample, conv)
    if changed / cjk < _S["traditional_threshold"]:
        return "simplified", None
    # markers hold no newline, so none spans two pieces
    tw = sum(p.count(m) for p in pieces for m in _S["taiwan_markers"])
    hk = sum(p.count(m) for p in pieces for m in _S["hongkong_markers"])
    if tw > hk and tw >= 2:
        return "traditional", "tw2s"
    if hk > tw and hk >= 2:
        return "traditional", "hk2s"
    return "traditional", "t2s"


def _count_cjk(s: str) -> int:
    """Number of characters of ``s`` in the ``CJK`` class (numpy over code points)."""
    x = np.frombuffer(s.encode("utf-32-le"), dtype=np.uint32)
    return sum(int(np.count_nonzero((x >= lo) & (x <= hi))) for lo, hi in CJK_RANGES)


def _count_changed(a: str, b: str) -> int:
    """Positions where ``a`` and ``b`` differ, over the length of the shorter (numpy, not a char loop)."""
    m = min(len(a), len(b))
    x = np.frombuffer(a[:m].encode("utf-32-le"), dtype=np.uint32)
    y = np.frombuffer(b[:m].encode("utf-32-le"), dtype=np.uint32)
    return int(np.count_nonzero(x != y))


def align(old: str, new: str, base_old: int, base_new: int) -> list[Edit]:
    """Edits between a line and its conversion, for a line whose length changed."""
    edits: list[Edit] = []
    sm = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag != "equal" and (i2 - i1) != (j2 - j1):
            edits.append((base_old + i1, base_old + i2, base_new + j1, base_new + j2))
    return edits


def to_simplified(text: str, config: str) -> tuple[str, list[Edit]]:
    """Convert with OpenCC ``config`` a block of lines at a time (no phrase spans a line end);
    realign only the lines whose length changed."""
    if len(text) <= BLOCK:
        return _simplify_block(text, config)
    out = ""
    edits: list[Edit] = []
    shift = 0  # new minus old length of the blocks so far
    for a, b in blocks(text):  # OpenCC's UTF-8 copies of a block stay small
        new, es = _simplify_block(text[a:b], config)
        edits.extend((s0 + a, e0 + a, s1 + a + shift, e1 + a + shift) for s0, e0, s1, e1 in es)
        shift += len(new) - (b - a)
        out += new
        del new
    return out, edits


_VARIANTS = str.maketrans(_S.get("variants", {}))


def _simplify_block(text: str, config: str) -> tuple[str, list[Edit]]:
    """``to_simplified`` of one block in one OpenCC call (and the variants it leaves, one for one)."""
    conv = _converter(config).convert(text).translate(_VARIANTS)
    if len(conv) == len(text) and conv.count("\n") == text.count("\n"):
        old_lines = text.split("\n")
        new_lines = conv.split("\n")
        if all(len(a) == len(b) for a, b in zip(old_lines, new_lines, strict=True)):
            return conv, []
    old_lines = text.split("\n")
    new_lines = conv.split("\n")
    if len(old_lines) != len(new_lines):  # conversion touched a newline: convert line by line
        c = _converter(config)
        new_lines = [c.convert(line) for line in old_lines]
        conv = "\n".join(new_lines)
    edits: list[Edit] = []
    po = pn = 0
    for a, b in zip(old_lines, new_lines, strict=True):
        if len(a) != len(b):
            edits.extend(align(a, b, po, pn))
        po += len(a) + 1
        pn += len(b) + 1
    return conv, edits


# 5. line joins and stray spaces -----------------------------------------------------------
_J = _RULES["join"]
_DANGLING = re.compile(f"\n(?<=[{re.escape(_J['dangling_end_chars'])}]\n)(?=[{CJK}0-9])")  # matches the newline
_BLOCKERS = re.compile("|".join(f"(?:{p})" for p in _J["next_line_blockers"]))
_HEADING_LINE = re.compile(
    r"^\s*(?:[一二三四五六七八九十百]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.](?!\d))"
)
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


_DIGIT_BREAK = re.compile(r"\n(?:(?<=[0-9]\n)(?=[.%])|(?<=[0-9]\.\n)(?=[0-9]))")  # matches the newline
# a PDF that sets each number on a line of its own (`增加到\n779\n亿元,年均增长\n7.3%\n。`): the breaks
# before such a line (after a word) and after it (before its unit or punctuation)
_NUMBER_LINE = re.compile(r"[0-9][0-9.,]*%?")
_BEFORE_NUMBER_LINE = re.compile(f"\n(?<=[{CJK}、，,]\n)(?=[0-9][0-9.,]*%?\n)")
_AFTER_NUMBER_LINE = re.compile(r"\n(?<=[0-9%]\n)(?=[亿万千百元人吨个%、。，,；;)）])")
# a write-up set one phrase a line (`完成地方一般公共预算收入33.2亿元\n增长10.5%`): a line that is only the
# growth of the figure ending the line before continues it
_GROWTH_LINE = re.compile(
    r"\n(?:(?<=[0-9][元人吨%]\n)|(?<=[0-9][亿万]元\n))(?=(?:同比|比上年|较上年)?(?:增长|下降|提高|增加)[0-9.]+%[^\n]{0,2}(?:\n|\Z))"
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
    if _NUMBER_LINE.fullmatch(nxt) is None or _BLOCKERS.match(nxt) or _HEADING_LINE.match(line):
        return False
    end = nl + 1 + len(nxt)  # the number's unit or punctuation must follow it on the next line
    return _AFTER_NUMBER_LINE.match(text, end) is not None


def _may_join(text: str, nl: int, strong: bool) -> bool:
    line, nxt = _line_at(text, nl)
    if not line.strip() or not nxt.strip() or nxt[:1].isspace():
        return False
    if _BLOCKERS.match(nxt) or _DATE_LINE.match(line):
        return False
    return strong or not _HEADING_LINE.match(line)


_TERMINAL = tuple("。！？!?：:；;”」』)）")
_SENTENCE_INSIDE = re.compile("[。！？!?；;]")
_WRAP_MIN_WIDTH = 30  # display columns (a CJK character is 2): shorter lines are never a wrap width
_WRAP_SHARE = 0.3  # share of lines at the wrap width that marks a hard-wrapped text
_WRAP_BAND = 0.85  # lines this close to the wrap width count as wrapped (digits are narrower)


def _width(line: str) -> int:
    """Display width: 2 for a CJK character (3 UTF-8 bytes), 1 for ASCII."""
    n = len(line)
    return (len(line.encode("utf-8")) - n) // 2 + n


def _wrap_stats(pieces: Sequence[str], width_parts: list[np.ndarray], len_parts: list[np.ndarray],
                nonempty: int) -> tuple[int, list[np.ndarray], list[np.ndarray]] | None:
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
    return low, width_parts, len_parts


def _line_stats(pieces: Sequence[str]) -> tuple[list[np.ndarray], list[np.ndarray], int]:
    """Per piece, the display width (trailing space stripped) and length of each of its lines, and
    the number of non-blank lines; a piece's last line counts only if nothing follows it."""
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
            w_parts.append(np.array([_width(ln.rstrip()) for ln in lines], dtype=np.int32))
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


def join_cuts(pieces: Sequence[str]) -> list[list[int]]:
    """The newlines ``join_lines`` deletes in the text ``"".join(pieces)`` (every piece but the last
    ends with a newline), as sorted positions within each piece.

    Every rule looks at the line ending at a newline and at most the two lines after it, so each piece
    is read with the first two lines of what follows appended.
    """
    widths, lengths, nonempty = _line_stats(pieces)
    wrap = _wrap_stats(pieces, widths, lengths, nonempty) if pieces else None
    out: list[list[int]] = []
    last = len(pieces) - 1
    for j, piece in enumerate(pieces):
        tail = _next_line(pieces, j)
        ctx = piece + tail if tail else piece
        n = len(piece)
        cuts: set[int] = set()
        if wrap is not None:
            low = wrap[0]
            w, ln_len = widths[j], lengths[j].astype(np.int64)
            ends = np.cumsum(ln_len + 1) - 1  # position of the newline after each line
            cand = w >= low
            if j == last and len(cand) and not piece.endswith("\n"):
                cand[-1] = False  # the text's last line: no newline after it
            for i in np.flatnonzero(cand).tolist():
                nl = int(ends[i])
                line = ctx[nl - int(ln_len[i]) : nl]
                body = line.rstrip()
                if not body or body.endswith(_TERMINAL) or len(body) != len(line):
                    continue
                # a numbered line that ends a sentence inside it is a paragraph opening on its heading
                # (`（九）持续增进民生福祉…。扎实做好就业社保工作。城` / `镇新增就业…`), not a heading alone
                if _may_join(ctx, nl, _SENTENCE_INSIDE.search(body) is not None):
                    cuts.add(nl)
        for m in _DANGLING.finditer(ctx):
            if m.start() < n and _may_join(ctx, m.start(), False):
                cuts.add(m.start())
        for m in _SPLIT.finditer(ctx):
            nl = m.start()
            if nl < n and _splits_phrase(ctx, nl) and _may_join(ctx, nl, True):
                cuts.add(nl)
        for m in _DIGIT_BREAK.finditer(ctx):
            if m.start() < n:
                cuts.add(m.start())
        for m in _GROWTH_LINE.finditer(ctx):
            if m.start() < n:
                cuts.add(m.start())
        for rx in (_BEFORE_NUMBER_LINE, _AFTER_NUMBER_LINE):
            for m in rx.finditer(ctx):
                nl = m.start()
                if nl < n and _number_line_break(ctx, nl, rx is _AFTER_NUMBER_LINE):
                    cuts.add(nl)
        out.append(sorted(cuts))
    return out


def join_lines(text: str) -> tuple[str, Columns | list[Edit]]:
    """Join hard breaks inside a sentence: after a dangling character, inside a fixed phrase,
    inside a number, or at the wrap width of a hard-wrapped text. Headings, dates, list items
    and blank-line breaks are never joined."""
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
# before an amount's lone last digit: ``1760 0元``)
_GROUPED = r"(?=[0-9]{3}(?:\.[0-9]+)?(?:亿|万|千|元|美元|吨|人|%))"
_NUM_SPACE = re.compile(
    r"[ \t](?:(?<=[0-9][ \t])[ \t]*(?=%|\.[^\s]|\.[ \t]+[0-9])|(?:(?<=[0-9]\.[ \t])|(?<=[0-9] \.[ \t]))[ \t]*(?=[0-9])"
    rf"|(?:(?<=(?<![0-9.])[0-9] )|(?<=(?<![0-9.])[0-9]{{2}} )|(?<=(?<![0-9.])[0-9]{{3}} )){_GROUPED}"
    # a lone digit after a word, split from the rest of its percentage or amount (``增长1 1.5%``, ``增长1 6 %``,
    # ``完成8 5亿元``)
    rf"|(?<=[{CJK}][0-9][ \t])(?=[0-9]{{1,2}}(?:\.[0-9]+)?[ \t]?(?:%|亿|万))"
    # and a last digit split from its amount (``分别达到30400元、1760 0元``)
    rf"|(?<=[{CJK}、][0-9]{{3}}[ \t])(?=[0-9](?:元|亿|万))|(?<=[{CJK}、][0-9]{{4}}[ \t])(?=[0-9](?:元|亿|万)))"
)
# a number at a line end after a space is a page number or a table column: keep that space
# the space first (a fast literal scan), then what lies before and after it
_CJK_DIGIT_SPACE = re.compile(
    f"[ \t](?:(?<=[{CJK}].)(?=[0-9][0-9.,]*[ \t]?[^\\s0-9.,])|(?<=[0-9%].)(?=[{CJK}])"
    f"|(?<=[{CJK}].)(?=[A-Za-z&]+[ \t]?[{CJK}])|(?<=[A-Za-z].)(?=[{CJK}]))"
)
_CJK_SPACE = re.compile(f" (?<=[{CJK}] )(?=[{CJK}])")
_CJK_PAIR = re.compile(f"[{CJK}] (?=[{CJK}])")
_LONG_LINE = 60  # a prose line: any lone space between two CJK characters in it is noise


def drop_number_spaces(text: str) -> tuple[str, Columns | list[Edit]]:
    """Drop spaces inside numbers: ``6 .5 %`` -> ``6.5%`` (``1 2 3`` is left alone)."""
    return regex_edits(_NUM_SPACE, text, "")


def drop_cjk_digit_spaces(text: str) -> tuple[str, Columns | list[Edit]]:
    """Drop a single space between a CJK character and a number (``增长 10.3%``, ``1651 亿元``):
    scraped and PDF-converted reports pad numbers with spaces that split the phrase."""
    return regex_edits(_CJK_DIGIT_SPACE, text, "")


def drop_cjk_spaces(text: str) -> tuple[str, Columns | list[Edit]]:
    """Drop a lone space between two CJK characters inside a line (``国民 经济``); keep indentation,
    column-like lines (several such spaces) and a short trailing field (``市长 吕志成``)."""
    if " " not in text:
        return text, []
    seen: dict[int, int] = {}

    def repl(m: re.Match[str]) -> str:
        s = m.start()  # the pattern checked the CJK characters on both sides
        a = text.rfind("\n", 0, s) + 1
        b = text.find("\n", s)
        b = b if b >= 0 else len(text)
        if a not in seen:
            seen[a] = len(_CJK_PAIR.findall(text, a, b))
        if seen[a] != 1 and b - a <= _LONG_LINE:
            return " "  # a short line with several gaps is a column layout or a menu
        return " " if len(text[s + 1 : b].rstrip()) <= 4 else ""

    return regex_edits(_CJK_SPACE, text, repl)


# 6. junk lines ----------------------------------------------------------------------------


def _junk_start(patterns: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?m)^[ \t]*(?:" + "|".join(f"(?:{p})" for p in patterns) + ")")


# An alternative that may open with whitespace (``【?\s*字体``) runs over blank lines: tried from
# every line start of a blank run, it rescans the rest of the run (quadratic time on a file of
# blank lines). It can only match where its words occur, so it joins the search only then.
_WS_LEAD = re.compile(r"^(?:[^\\]\?)?\\s[*+]")
_WS_WORDS = [re.search(f"[{CJK}]+", p) for p in _JUNK["line_start"] if _WS_LEAD.match(p)]
_JUNK_TRIGGERS = tuple(m.group(0) for m in _WS_WORDS if m)
_JUNK_START = _junk_start(_JUNK["line_start"])
_JUNK_START_PLAIN = (_junk_start([p for p in _JUNK["line_start"] if not _WS_LEAD.match(p)])
                     if all(_WS_WORDS) else _JUNK_START)
_JUNK_ANY = re.compile("|".join(f"(?:{p})" for p in _JUNK["contains"]))
_JUNK_MAX = int(_JUNK["max_len"])


def junk_lines(text: str) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of site-junk lines (navigation, publication info, pickers, domains)."""
    found: set[tuple[int, int]] = set()
    start = _JUNK_START if any(w in text for w in _JUNK_TRIGGERS) else _JUNK_START_PLAIN
    for m in start.finditer(text):
        found.add(_line_span(text, m.start()))
    for m in _JUNK_ANY.finditer(text):
        a, b = _line_span(text, m.start())
        if b - a <= _JUNK_MAX:
            found.add((a, b))
    return sorted(found)


def _line_span(text: str, pos: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, b if b >= 0 else len(text)


__all__ = [
    "align", "clean_whitespace", "detect_script", "drop_cjk_digit_spaces", "drop_cjk_spaces", "drop_number_spaces",
    "fullwidth_to_ascii", "is_pinyin_syllable", "join_lines", "junk_lines", "regex_edits", "remove_pinyin",
    "to_simplified",
]
