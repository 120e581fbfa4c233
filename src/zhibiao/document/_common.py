"""Shared helpers of zhibiao.document: the cue data file and line splitting."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

_LINE_RE = re.compile(r"[^\n]*\n?")


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a text: ``text`` excludes the newline; ``start``/``end`` bound it (no newline)."""

    start: int
    end: int
    text: str


@cache
def cues() -> dict[str, Any]:
    """The parsed ``data/document_cues.toml``."""
    return tomllib.loads((resources.files("zhibiao") / "data" / "document_cues.toml").read_text("utf-8"))


def lines(text: str, base: int = 0) -> list[Line]:
    """Lines of ``text`` with offsets (shifted by ``base``)."""
    out: list[Line] = []
    for m in _LINE_RE.finditer(text):
        s = m.group()
        if not s:
            break
        t = s[:-1] if s.endswith("\n") else s
        t2 = t[:-1] if t.endswith("\r") else t
        out.append(Line(base + m.start(), base + m.start() + len(t2), t2))
    return out


def any_re(words: list[str]) -> re.Pattern[str]:
    """A regex that matches any of ``words`` (each itself a regex)."""
    return re.compile("|".join(f"(?:{w})" for w in words))
