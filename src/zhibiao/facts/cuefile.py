"""Single regular expressions of ``data/facts_cues.toml`` read by name where a rule needs one that the compiled
``Vocabulary`` does not carry (``vocab.load`` compiles the rest once per process)."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources


def load_toml(name: str) -> dict:
    """One data file of ``zhibiao.data``, parsed."""
    with resources.files("zhibiao.data").joinpath(name).open("rb") as f:
        return tomllib.load(f)


@cache
def facts_cues() -> dict:
    """``facts_cues.toml``, parsed once (read only: the vocabulary and the rules that read it by name share it)."""
    return load_toml("facts_cues.toml")


@cache
def cue_re(name: str) -> re.Pattern[str]:
    """The regular expression ``name`` of ``facts_cues.toml``, compiled once."""
    return re.compile(facts_cues()[name])
