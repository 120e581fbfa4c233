"""Single regular expressions of ``data/facts_cues.toml`` read by name where a rule needs one that the compiled
``Vocabulary`` does not carry (``vocab.load`` compiles the rest once per process)."""

from __future__ import annotations

import re
from functools import cache

from zhibiao.facts.vocab import load_toml


@cache
def facts_cues() -> dict:
    """``facts_cues.toml``, parsed once (read only: the rules that read it by name share it)."""
    return load_toml("facts_cues.toml")


@cache
def cue_re(name: str) -> re.Pattern[str]:
    """The regular expression ``name`` of ``facts_cues.toml``, compiled once."""
    return re.compile(facts_cues()[name])
