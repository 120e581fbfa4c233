"""Normalisation steps. Each is ``(text) -> (new_text, edits)`` where ``edits`` lists the runs
whose length changed as ``(old_start, old_end, new_start, new_end)``; equal-length character
substitutions need no edit (they map one to one)."""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Callable
from functools import cache
from importlib import resources

from zhibiao.normalize.offsets import Edit

_DATA = resources.files("zhibiao") / "data"
_RULES = tomllib.loads((_DATA / "normalize_rules.toml").read_text(encoding="utf-8"))
_JUNK = tomllib.loads((_DATA / "normalize_junk.toml").read_text(encoding="utf-8"))

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_RE = re.compile(f"[{CJK}]")


def regex_edits(
    pattern: re.Pattern[str], text: str, repl: Callable[[re.Match[str]], str]
) -> tuple[str, list[Edit]]:
    """``pattern.sub`` that also returns the edits of replacements whose length differs."""
    parts: list[str] = []
    edits: list[Edit] = []
    last = 0
    shift = 0
    for m in pattern.finditer(text):
        s, e = m.span()
        new = repl(m)
        if new == m.group(0):
            continue
        parts.append(text[last:s])
        parts.append(new)
        last = e
        if len(new) != e - s:
            edits.append((s, e, s + shift, s + shift + len(new)))
            shift += len(new) - (e - s)
    if not parts:
        return text, []
    parts.append(text[last:])
    return "".join(parts), edits


# 1. line ends, zero-width characters, odd spaces -------------------------------------------
_DROP = re.compile("\r(?=\n)|[\u200b-\u200d\ufeff\u2060\u00ad]+")
_SPACES = str.maketrans({c: " " for c in "\u00a0\u3000\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
                         "\u200a\u202f\u205f\u1680"} | {"\r": "\n", "\x0b": "\n", "\x0c": "\n",
                                                        "\u2028": "\n", "\u2029": "\n"})


_ODD_SPACE = re.compile("[" + "".join(k for k in map(chr, _SPACES)) + "]+")


def clean_whitespace(text: str) -> tuple[str, list[Edit]]:
    """CRLF/CR -> LF, drop zero-width characters, NBSP/ideographic space -> plain space."""
    out, edits = regex_edits(_DROP, text, lambda m: "")
    if _ODD_SPACE.search(out):
        out = _ODD_SPACE.sub(lambda m: m.group(0).translate(_SPACES), out)
    return out, edits


# 2. full-width ASCII ----------------------------------------------------------------------
_FULLWIDTH = str.maketrans(
    {chr(0xFF10 + i): chr(0x30 + i) for i in range(10)}
    | {chr(0xFF21 + i): chr(0x41 + i) for i in range(26)}
    | {chr(0xFF41 + i): chr(0x61 + i) for i in range(26)}
    | {"％": "%", "＋": "+", "－": "-", "＝": "=", "＜": "<", "＞": ">", "／": "/", "＆": "&", "＠": "@",
       "＃": "#", "＄": "$", "＿": "_", "＾": "^", "＊": "*"}
)
_FW_RUN = re.compile("[" + "".join(map(chr, _FULLWIDTH)) + "]+")
_FW_POINT = re.compile("(?<=[0-9])．(?=[0-9])")


def fullwidth_to_ascii(text: str) -> tuple[str, list[Edit]]:
    """Full-width digits, letters, ``％`` and a ``．`` between digits to ASCII; punctuation kept."""
    out = _FW_RUN.sub(lambda m: m.group(0).translate(_FULLWIDTH), text) if _FW_RUN.search(text) else text
    if "．" in out:
        out = _FW_POINT.sub(".", out)
    return out, []


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
_PINYIN = re.compile("[(（]([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿɑ]{1,6})[)）]")


def is_pinyin_syllable(s: str) -> bool:
    """True for a plausible Hanyu Pinyin syllable, tone marks and ü allowed (``guān``, ``lüè``)."""
    plain = s.translate(_TONES).replace("ê", "e")
    return _SYLLABLE.fullmatch(plain) is not None


def remove_pinyin(text: str) -> tuple[str, list[Edit]]:
    """Delete ``(guān)``-style annotations directly after a CJK character; real parentheses stay."""
    if "(" not in text and "（" not in text:
        return text, []

    def repl(m: re.Match[str]) -> str:
        s = m.start()
        if s and _CJK_RE.match(text, s - 1) and is_pinyin_syllable(m.group(1)):
            return ""
        return m.group(0)

    return regex_edits(_PINYIN, text, repl)


# 4. traditional -> simplified -------------------------------------------------------------
_S = _RULES["script"]


@cache
def _converter(config: str):  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC(config)


_SCRIPT_SAMPLE = 3_000  # characters per slice sampled for script detection


def detect_script(text: str) -> tuple[str, str | None]:
    """``("traditional", config)`` if a sample changes enough under t2s, else ``("simplified", None)``."""
    n = len(text)
    if n <= 3 * _SCRIPT_SAMPLE:
        sample = text
    else:  # three slices (start, middle, end) decide the script as well as the whole text
        k = _SCRIPT_SAMPLE
        sample = "".join(text[i : i + k] for i in (0, n // 2 - k // 2, n - k))
    cjk = len(_CJK_RE.findall(sample))
    if not cjk:
        return "simplified", None
    conv = _converter("t2s").convert(sample)
    if len(conv) != len(sample):
        changed = sum(1 for a, b in zip(sample, conv, strict=False) if a != b)
    else:
        changed = sum(1 for a, b in zip(sample, conv, strict=True) if a != b)
    if changed / cjk < _S["traditional_threshold"]:
        return "simplified", None
    tw = sum(text.count(m) for m in _S["taiwan_markers"])
    hk = sum(text.count(m) for m in _S["hongkong_markers"])
    if tw > hk and tw >= 2:
        return "traditional", "tw2s"
    if hk > tw and hk >= 2:
        return "traditional", "hk2s"
    return "traditional", "t2s"


def align(old: str, new: str, base_old: int, base_new: int) -> list[Edit]:
    """Edits between a line and its conversion, for a line whose length changed."""
    edits: list[Edit] = []
    sm = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag != "equal" and (i2 - i1) != (j2 - j1):
            edits.append((base_old + i1, base_old + i2, base_new + j1, base_new + j2))
    return edits


def to_simplified(text: str, config: str) -> tuple[str, list[Edit]]:
    """Convert with OpenCC ``config`` in one call; realign only the lines whose length changed."""
    conv = _converter(config).convert(text)
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
_DANGLING = re.compile(f"[{re.escape(_J['dangling_end_chars'])}]\n(?=[{CJK}0-9])")
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
_SPLIT = re.compile(f"[{re.escape(''.join(_SPLIT_TABLE))}]\n")


def _splits_phrase(text: str, nl: int) -> bool:
    return any(text.startswith(left, nl - len(left)) and text.startswith(right, nl + 1)
               for left, right in _SPLIT_TABLE.get(text[nl - 1], ()))


_DIGIT_BREAK = re.compile(r"[0-9]\n(?=[.%])|[0-9]\.\n(?=[0-9])")


def _line_at(text: str, nl: int) -> tuple[str, str]:
    """The line ending at newline ``nl`` and the line after it."""
    a = text.rfind("\n", 0, nl) + 1
    b = text.find("\n", nl + 1)
    return text[a:nl], text[nl + 1 : b if b >= 0 else len(text)]


def _may_join(text: str, nl: int, strong: bool) -> bool:
    line, nxt = _line_at(text, nl)
    if not line.strip() or not nxt.strip() or nxt[:1].isspace():
        return False
    if _BLOCKERS.match(nxt) or _DATE_LINE.match(line):
        return False
    return strong or not _HEADING_LINE.match(line)


_TERMINAL = tuple("。！？!?：:；;”」』)）")
_WRAP_MIN_WIDTH = 30  # display columns (a CJK character is 2): shorter lines are never a wrap width
_WRAP_SHARE = 0.3  # share of lines at the wrap width that marks a hard-wrapped text
_WRAP_BAND = 0.85  # lines this close to the wrap width count as wrapped (digits are narrower)


def _width(line: str) -> int:
    """Display width: 2 for a CJK character (3 UTF-8 bytes), 1 for ASCII."""
    n = len(line)
    return (len(line.encode("utf-8")) - n) // 2 + n


def _wrap_cuts(text: str) -> set[int]:
    """Newlines of a hard-wrapped text (PDF or fixed-width copy): when many lines share one width,
    a line of that width that does not end a sentence continues on the next line."""
    lines = text.split("\n")
    widths = [_width(ln.rstrip()) for ln in lines]
    long = [w for w in widths if w >= _WRAP_MIN_WIDTH]
    if len(long) < 8:
        return set()
    ranked = sorted(long)
    top = ranked[int(0.9 * (len(ranked) - 1))]  # the wrap width, ignoring a few over-long lines
    low = int(top * _WRAP_BAND)
    near = sum(1 for w in long if low <= w <= top)
    nonempty = sum(1 for ln in lines if ln.strip())
    if near < max(5, _WRAP_SHARE * nonempty):
        return set()
    cuts: set[int] = set()
    pos = 0
    for i, ln in enumerate(lines[:-1]):
        nl = pos + len(ln)
        pos = nl + 1
        body = ln.rstrip()
        if widths[i] < low or not body or body.endswith(_TERMINAL) or len(body) != len(ln):
            continue
        if _may_join(text, nl, False):
            cuts.add(nl)
    return cuts


def join_lines(text: str) -> tuple[str, list[Edit]]:
    """Join hard breaks inside a sentence: after a dangling character, inside a fixed phrase,
    inside a number, or at the wrap width of a hard-wrapped text. Headings, dates, list items
    and blank-line breaks are never joined."""
    cuts: set[int] = _wrap_cuts(text)
    for m in _DANGLING.finditer(text):
        if _may_join(text, m.start() + 1, False):
            cuts.add(m.start() + 1)
    for m in _SPLIT.finditer(text):
        nl = m.start() + 1
        if _splits_phrase(text, nl) and _may_join(text, nl, True):
            cuts.add(nl)
    for m in _DIGIT_BREAK.finditer(text):
        cuts.add(m.end() - 1)
    if not cuts:
        return text, []
    return _delete_positions(text, sorted(cuts))


def _delete_positions(text: str, positions: list[int]) -> tuple[str, list[Edit]]:
    parts: list[str] = []
    edits: list[Edit] = []
    last = 0
    for k, p in enumerate(positions):
        parts.append(text[last:p])
        edits.append((p, p + 1, p - k, p - k))
        last = p + 1
    parts.append(text[last:])
    return "".join(parts), edits


_NUM_SPACE = re.compile(r"[ \t]+(?=%|\.[^\s]|[0-9])")
# a number at a line end after a space is a page number or a table column: keep that space
_CJK_DIGIT_SPACE = re.compile(
    f"(?<=[{CJK}])[ \t](?=[0-9][0-9.,]*[ \t]?[^\\s0-9.,])|(?<=[0-9%])[ \t](?=[{CJK}])"
    f"|(?<=[{CJK}])[ \t](?=[A-Za-z&]+[ \t]?[{CJK}])|(?<=[A-Za-z])[ \t](?=[{CJK}])"
)
_CJK_SPACE = re.compile(f" (?=[{CJK}])")
_CJK_PAIR = re.compile(f"[{CJK}] (?=[{CJK}])")
_LONG_LINE = 60  # a prose line: any lone space between two CJK characters in it is noise


def drop_number_spaces(text: str) -> tuple[str, list[Edit]]:
    """Drop spaces inside numbers: ``6 .5 %`` -> ``6.5%`` (``1 2 3`` is left alone)."""

    def repl(m: re.Match[str]) -> str:
        s, e = m.span()
        before = text[max(0, s - 2) : s]
        nxt = text[e]
        if nxt == "." or nxt == "%":
            ok = before[-1:].isascii() and before[-1:].isdigit()
        else:  # a digit: only after "6." (a decimal point), never between two digits
            ok = len(before) == 2 and before[1] == "." and before[0] in "0123456789"
        return "" if ok else m.group(0)

    return regex_edits(_NUM_SPACE, text, repl)


def drop_cjk_digit_spaces(text: str) -> tuple[str, list[Edit]]:
    """Drop a single space between a CJK character and a number (``增长 10.3%``, ``1651 亿元``):
    scraped and PDF-converted reports pad numbers with spaces that split the phrase."""
    return regex_edits(_CJK_DIGIT_SPACE, text, lambda m: "")


def drop_cjk_spaces(text: str) -> tuple[str, list[Edit]]:
    """Drop a lone space between two CJK characters inside a line (``国民 经济``); keep indentation,
    column-like lines (several such spaces) and a short trailing field (``市长 吕志成``)."""
    if " " not in text:
        return text, []
    seen: dict[int, int] = {}

    def repl(m: re.Match[str]) -> str:
        s = m.start()
        if not s or not _CJK_RE.match(text, s - 1):
            return " "
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
_JUNK_START = re.compile(r"(?m)^[ \t]*(?:" + "|".join(f"(?:{p})" for p in _JUNK["line_start"]) + ")")
_JUNK_ANY = re.compile("|".join(f"(?:{p})" for p in _JUNK["contains"]))
_JUNK_MAX = int(_JUNK["max_len"])


def junk_lines(text: str) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of site-junk lines (navigation, publication info, pickers, domains)."""
    found: set[tuple[int, int]] = set()
    for m in _JUNK_START.finditer(text):
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
