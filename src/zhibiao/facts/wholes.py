"""The whole a `其中` sentence breaks down: the words it was said with and the year it was said for (split from
``facts.when``, which reads a part's role and period from them)."""

from __future__ import annotations

import re

from zhibiao.facts.vocab import Vocabulary
from zhibiao.facts.yearnames import ANY_YEAR_RE, DIGIT
from zhibiao.model import Report

_SENTENCE_ENDS = "。！？!?\n"


def whole_lead(report: Report, offset: int, figure_re: re.Pattern[str] = DIGIT) -> str:
    """The words before the first figure of the sentence ending right before ``offset``: what the whole a `其中`
    sentence breaks down was said with (``预计完成财政收入…``; with ``FIGURE_NOT_YEAR``, past the years it names:
    ``济南市2019年地区生产总值为…``)."""
    text = report.text
    end = offset
    while end > 0 and text[end - 1] in _SENTENCE_ENDS:
        end -= 1
    before = text[max(text.rfind(c, 0, end) for c in _SENTENCE_ENDS) + 1 : end]
    figure = figure_re.search(before)
    return before[: figure.start() if figure else len(before)]


def whole_year(v: Vocabulary, lead: str) -> int | None:
    """The year a whole was said for, in the clause of its figure and not as a time it builds on or since
    (`济南市2019年地区生产总值为`; not `继2024年迈上千亿元台阶后,全市…`, `2019年以来实施的…`, `按照2024年确定的…`)."""
    m = next(reversed(list(ANY_YEAR_RE.finditer(lead))), None)
    if m is None or v.whole_year_not_after_re.search(lead, m.end()) or v.whole_year_not_before_re.search(
            lead, 0, m.start()):
        return None
    return int(m.group(1))


FIGURE_NOT_YEAR = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.]|\s*年)")
