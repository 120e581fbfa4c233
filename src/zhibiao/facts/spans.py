"""The sentences of a report's text, as spans, with an item's heading that is an indicator's name alone run on into
the sentence after it (split from ``facts.link``)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from zhibiao.facts.sentence import _SENTENCE_RE
from zhibiao.facts.vocab import Vocabulary

_FIRST_DIGIT = re.compile(r"[0-9。\n]")
_NATION = re.compile("全国|国内")  # (`地区生产总值。全国增长8.1%`: the nation's, no region's)
# a list item's number before its heading (`1.`, `（二）`, `三、`)
_ITEM_NUMBER = re.compile(
    r"\s*(?:\d{1,2}[.．、](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)?\s*")


def sentences(v: Vocabulary, text: str) -> Iterator[tuple[int, int]]:
    """The sentences of ``text`` as (start, end); an item's heading that is an indicator's name alone, closed by its
    full stop, runs on into the sentence after it on its line (`1.地区生产总值。预计完成568.3亿元，增长8.6%`, a plan
    report's review item by item): the figures are the name's."""
    held: int | None = None
    for m in _SENTENCE_RE.finditer(text):
        start = held if held is not None else m.start()
        held = None
        if text.startswith("。", m.end()) and not text.startswith("\n", m.end() + 1) and m.end() + 1 < len(text) and (
                a := v.alias_re.fullmatch(text, _ITEM_NUMBER.match(text, m.start()).end(), m.end())) is not None \
                and a.group() and (d := _FIRST_DIGIT.search(text, m.end() + 1)) is not None \
                and v.alias_re.search(text, m.end() + 1, d.start()) is None \
                and v.whole_region_re.search(text, m.end() + 1, d.start()) is None \
                and _NATION.search(text, m.end() + 1, d.start()) is None:
            # (the heading and the next sentence, which names no subject before its figure, nor a whole region:
            # `地区生产总值。全省预计增长6.5%，全县…` stays apart)
            held = start
            continue
        yield start, m.end()
    if held is not None:
        yield held, len(text)
