"""One indicator of ``indicators.toml`` and the names some regions alone give indicators, as the compiled
``Vocabulary`` holds them (split from ``facts.vocab``)."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Indicator:
    """One indicator of ``indicators.toml``."""

    id: str
    name: str
    aliases: tuple[str, ...]
    measures: frozenset[str]
    units: frozenset[str]  # unit kinds a level may take
    elliptic: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()  # list partners of an elliptic name: after one it keeps the sentence's context
    headline: bool = False
    strict: frozenset[str] = frozenset()
    rate_in_words: bool = False  # a rate whose course is set in words: a qualitative rate (失业率稳中有降)
    level_in_words: bool = False  # an amount held steady in words: a qualitative level (粮食产量保持基本稳定)
    period_total: bool = False  # a flow whose level in a multi-year review is the period's total
    task_measure: str | None = None  # the measure a task set for it is of (a cut in intensity: growth)
    cut_target: bool = False  # its target is a cut: named by its fall in a list of tasks (`能耗下降、…指标全部完成`)
    whole_of: frozenset[str] = frozenset()  # the indicators it is the whole of (one figure said of them all)
    total_of: str | None = None  # the indicator it is the total of, beside that one's local part
    part_words: tuple[tuple[str, str], ...] = ()  # (word, part id): a part named after it (`…收入城镇40127元`)


@dataclass(frozen=True, slots=True)
class LocalNames:
    """Names an indicator has only in the reports of some regions (``indicators.toml [[local_name]]``)."""

    codes: tuple[str, ...]  # leading digits of the regions' codes
    levels: frozenset[str]  # the levels of government that use them
    ids: tuple[str, ...]
    names_re: re.Pattern[str]

    def applies(self, code: str | None, level: str | None) -> bool:
        """Whether a report of the region ``code`` at ``level`` uses these names."""
        return bool(code) and code.startswith(self.codes) and level in self.levels  # type: ignore[union-attr]
