"""Web markup left in a plain-text copy (`&nbsp;`, `&ldquo;`, `<br/>`): read as the characters and line breaks
it stands for, so a name and its figure meet again (`地方一般预算收入&nbsp;8.36亿元`). A normalisation step
(``(text) -> (new_text, edits)``, see ``steps``), run after the line joins: a hard-wrapped copy was wrapped with
its markup in it."""

from __future__ import annotations

import html
import re

import numpy as np

from zhibiao.normalize.offsets import Edit
from zhibiao.normalize.steps import RULES, regex_edits

_M = RULES["markup"]
_TAG_NAMES = "|".join(_M["line_tags"] + _M["inline_tags"])
# a reference, or a tag of the listed names (`<br>`, `<br/>`, `</p>`, `<span style="…">`), and the line's end after it
_MARKUP = re.compile(
    f"(?P<ref>{_M['reference']})"
    f"|(?P<tag></?(?P<name>{_TAG_NAMES})(?:\\s[^<>\\n]{{0,200}})?\\s*/?>)(?P<eol>[ \\t]*(?:\\n|$))?",
    re.IGNORECASE,
)
_LINE_TAGS = frozenset(_M["line_tags"])
_ENDS = frozenset("。！？!?；;：:")  # a sentence's end before a line tag: the tag breaks the line there
_SPACES = {"\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " "}  # (`&nbsp;`: a space the clean-up reads)


def _read(m: re.Match[str]) -> str:
    """What one piece of markup stands for (itself when it is no reference HTML knows)."""
    if m.group("ref") is not None:
        ref = m.group("ref")
        got = html.unescape(ref)
        if got == ref or len(got) != 1:
            return ref  # (`&abc;`: no reference; a name standing for two characters is left as written)
        return _SPACES.get(got, got)
    if m.group("name").lower() in _LINE_TAGS and m.group("eol") is None \
            and m.string[max(0, m.start() - 1) : m.start()] in _ENDS:
        return "\n"  # (`…完成。<br/>（二）…`: the line it ends)
    # (`…。<br>` at the line's end: the break is there; a line tag inside a sentence, `…建设，<br/>进出口总额…`, a
    # break the lines were joined across; an inline tag: nothing)
    return m.group("eol") or ""


def read_markup(text: str) -> tuple[str, tuple[np.ndarray, ...] | list[Edit]]:
    """``text`` with its references and tags read (see the module's doc); the text as it is when it has none."""
    if "&" not in text and "<" not in text:
        return text, []
    return regex_edits(_MARKUP, text, _read)
