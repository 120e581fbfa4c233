"""The sentences of a report's text, as spans, with an item's heading that is an indicator's name alone run on into
the sentence after it (split from ``facts.link``)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from zhibiao.facts.cuefile import cue_re
from zhibiao.facts.sentence import _SENTENCE_RE
from zhibiao.facts.vocab import Vocabulary

_FIRST_DIGIT = re.compile(r"[0-9。\n]")


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
        yield start, m.end()
    if held is not None:
        yield held, len(text)
