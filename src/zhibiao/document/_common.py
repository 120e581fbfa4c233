"""Shared helpers of zhibiao.document: the cue data file and line splitting."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from functools import cache, lru_cache
from importlib import resources
from itertools import accumulate, repeat
from operator import add
from typing import Any, NamedTuple

from zhibiao.normalize.steps import blocks

SENTENCE_END_RE = re.compile(r"[。;；!！?？]")  # where a sentence (or a clause chain) ends
# a figure with its unit (`7.5%`, `32亿`, `1.2个百分点`; not a label's digit, `5A景区`)
FIGURE_RE = re.compile(r"[0-9]+(?:\.[0-9]+)?\s*(?:%|％|亿|万|元|个百分点)")
# a cell or a column's head holding a year alone (`2021年`, `2022`)
YEAR_CELL_RE = re.compile(r"((?:19|20)\d\d)\s*年?(?:度)?")


class Line(NamedTuple):
    """One line of a text: ``text`` excludes the newline; ``start``/``end`` bound it (no newline)."""

    start: int
    end: int
    text: str


@cache
def cues() -> dict[str, Any]:
    """The parsed ``data/document_cues.toml``."""
    return tomllib.loads((resources.files("zhibiao") / "data" / "document_cues.toml").read_text("utf-8"))


def lines(text: str, base: int = 0) -> list[Line]:
    """Lines of ``text`` with offsets (shifted by ``base``); a final newline ends the last line,
    a carriage return before a newline is dropped."""
    return list(_lines(text, base))


_BLOCK = 1 << 20  # characters per block of ``iter_lines``


def iter_lines(text: str) -> Iterator[Line]:
    """``lines(text)`` one block of whole lines at a time, for a whole file's text: holds one
    block's lines, not a line object per line of a 200 MB compilation (and caches nothing)."""
    for a, b in blocks(text, _BLOCK):
        yield from _split(text if b - a == len(text) else text[a:b], a)


@lru_cache(maxsize=8)
def _lines(text: str, base: int) -> tuple[Line, ...]:
    """``lines`` computed once per text: meta, sections and glossary each walk a report's lines."""
    return _split(text, base)


def _split(text: str, base: int) -> tuple[Line, ...]:
    """The lines of ``text`` as ``Line`` tuples, offsets shifted by ``base``."""
    parts = text.split("\n")
    if not parts[-1]:
        parts.pop()  # the text ends with a newline (or is empty)
    lens = list(map(len, parts))
    starts = list(accumulate([n + 1 for n in lens], initial=base))
    if "\r" in text:  # drop the \r of a \r\n line end
        parts = [t[:-1] if t.endswith("\r") else t for t in parts]
        lens = list(map(len, parts))
    # tuple.__new__ builds each Line in C (no Python-level __new__ per line)
    return tuple(map(tuple.__new__, repeat(Line), zip(starts, map(add, starts, lens), parts, strict=False)))


def literal_alt(words: list[str]) -> str:
    """A regex alternation of literal words, longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def any_re(words: list[str]) -> re.Pattern[str]:
    """A regex that matches any of ``words`` (each itself a regex)."""
    return re.compile("|".join(f"(?:{w})" for w in words))
