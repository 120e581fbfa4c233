"""The sentences of a report's text, as spans, with an item's heading that is an indicator's name alone run on into
the sentence after it (split from ``facts.link``)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from zhibiao.facts.cuefile import cue_re, facts_cues
from zhibiao.facts.sentence import _SENTENCE_RE
from zhibiao.facts.vocab import Vocabulary

_FIRST_DIGIT = re.compile(r"[0-9。\n]")
PRACTICE_IDS = frozenset(facts_cues()["practice_target_ids"])  # (the output: gdp)


def _ends_on_growth_of_all(v: Vocabulary, text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` names the region's output (地区生产总值, 经济增长) with a figure: the
    target a value striven for in practice is said beside (``facts.link`` gives that value to the output)."""
    return any(PRACTICE_IDS.intersection(v.alias_ids.get(v.alias_key(a), ()))
               and _FIRST_DIGIT.search(text, a.end(), end) is not None for a in v.alias_re.finditer(text, start, end))


def sentences(v: Vocabulary, text: str) -> Iterator[tuple[int, int]]:
    """The sentences of ``text`` as (start, end); an item's heading that is an indicator's name alone, closed by its
    full stop, runs on into the sentence after it on its line (`1.地区生产总值。预计完成568.3亿元，增长8.6%`, a plan
    report's review item by item): the figures are the name's."""
    held: int | None = None
    for m in _SENTENCE_RE.finditer(text):
        start = held if held is not None else m.start()
        held = None
        if text.startswith("。", m.end()) and not text.startswith("\n", m.end() + 1) and m.end() + 1 < len(text) and (
                a := v.alias_re.fullmatch(text, cue_re("item_number").match(text, m.start()).end(), m.end())) \
                is not None and a.group() and (d := _FIRST_DIGIT.search(text, m.end() + 1)) is not None \
                and v.alias_re.search(text, m.end() + 1, d.start()) is None \
                and v.whole_region_re.search(text, m.end() + 1, d.start()) is None \
                and cue_re("nation_words").search(text, m.end() + 1, d.start()) is None:
            # (the heading and the next sentence, which names no subject before its figure, nor a whole region:
            # `地区生产总值。全省预计增长6.5%，全县…` stays apart)
            held = start
            continue
        p = cue_re("practice_lead").match(text, m.end() + 1) if text.startswith("。", m.end()) else None
        d = _FIRST_DIGIT.search(text, p.end()) if p is not None else None
        if p is not None and d is not None and text[d.start()] not in "。\n" \
                and v.alias_re.search(text, p.end(), d.start()) is None \
                and _ends_on_growth_of_all(v, text, start, m.end()):
            # `…地区生产总值增长6%左右。在实际工作中，力争达到6.5%。`: the stretch value striven for in practice, a
            # sentence of its own that names no subject, is the target's of the sentence before
            held = start
            continue
        yield start, m.end()
    if held is not None:
        yield held, len(text)
