"""Single regular expressions of ``data/facts_cues.toml`` read by name where a rule needs one that the compiled
``Vocabulary`` does not carry (``vocab.load`` compiles the rest once per process)."""

from __future__ import annotations

import re
from functools import cache

from zhibiao.facts.vocab import load_toml


@cache
def cue_re(name: str) -> re.Pattern[str]:
    """The regular expression ``name`` of ``facts_cues.toml``, compiled once."""
    return re.compile(load_toml("facts_cues.toml")[name])
