"""The indicator table of ``indicators.toml`` compiled: indicators, their names and the one regex that finds any of
them (split from ``facts.vocab``, which compiles the cue vocabulary around it)."""

from __future__ import annotations

import re
from typing import NamedTuple

from zhibiao.facts.indicator import Indicator, LocalNames
from zhibiao.trie import trie_alternation


class IndicatorTable(NamedTuple):
    """What ``indicators.toml`` compiles to."""

    indicators: dict[str, Indicator]
    alias_ids: dict[str, tuple[str, ...]]  # alias -> indicator ids (several for a group alias)
    alias_re: re.Pattern[str]
    elliptic_ids: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]]
    elliptic_opening: frozenset[str]
    elliptic_re: re.Pattern[str] | None
    local_names: tuple[LocalNames, ...]


def _alternation(words: list[str] | tuple[str, ...]) -> str:
    """A regex matching any of ``words`` (empty ones ignored), the longest at a position winning."""
    return trie_alternation(w for w in words if w)


def compile_indicator_table(ind_data: dict, elliptic_not_before: list[str]) -> IndicatorTable:
    """Check and compile ``indicators.toml``; ``elliptic_not_before`` are the nouns after which a short name is a
    part's measure, not the indicator."""
    indicators: dict[str, Indicator] = {}
    alias_ids: dict[str, tuple[str, ...]] = {}
    elliptic_ids: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {}
    elliptic_opening: set[str] = set()
    for row in ind_data["indicator"]:
        ind = Indicator(
            id=row["id"],
            name=row["name"],
            aliases=tuple(row["aliases"]),
            measures=frozenset(row["measures"]),
            units=frozenset(row.get("units", [])),
            elliptic=tuple(row.get("elliptic", [])),
            context=tuple(row.get("context", [])),
            partners=tuple(row.get("partners", [])),
            headline=bool(row.get("headline", False)),
            strict=frozenset(row.get("strict", [])) | frozenset(row.get("elliptic", [])),
            rate_in_words=bool(row.get("rate_in_words", False)),
            level_in_words=bool(row.get("level_in_words", False)),
            period_total=bool(row.get("period_total", False)),
            task_measure=row.get("task_measure"),
            cut_target=bool(row.get("cut_target", False)),
            whole_of=frozenset(row.get("whole_of", [])),
            total_of=row.get("total_of"),
            part_words=tuple(row.get("part_words", {}).items()),
        )
        unknown = ind.strict - set(ind.aliases) - set(ind.elliptic)
        if unknown:
            raise ValueError(f"indicators.toml: {ind.id} strict names {sorted(unknown)} are not its aliases")
        if ind.id in indicators:
            raise ValueError(f"indicators.toml: duplicate id {ind.id}")
        indicators[ind.id] = ind
        for a in ind.aliases:
            if a in alias_ids and alias_ids[a] != (ind.id,):
                raise ValueError(f"indicators.toml: alias {a} names both {alias_ids[a]} and {ind.id}")
            alias_ids[a] = (ind.id,)
        for e in ind.elliptic:
            elliptic_ids[e] = (ind.id, ind.context, ind.partners)
        elliptic_opening.update(row.get("elliptic_opening", []))
        if set(row.get("elliptic_opening", [])) - set(ind.elliptic):
            raise ValueError(f"indicators.toml: {ind.id} elliptic_opening names are not its elliptic names")
    patterns: list[tuple[str, tuple[str, ...]]] = [
        (p, (row["id"],)) for row in ind_data["indicator"] for p in row.get("patterns", [])
    ]
    for ind in indicators.values():
        unknown = (ind.whole_of | ({ind.total_of} if ind.total_of else set()) | {p for _, p in ind.part_words}) - set(
            indicators)
        if unknown:
            raise ValueError(f"indicators.toml: {ind.id} whole_of/total_of names unknown ids {sorted(unknown)}")
    for g in ind_data.get("group", []):
        for m in g["members"]:
            if m not in indicators:
                raise ValueError(f"indicators.toml: group {g.get('alias', g.get('patterns'))} names unknown id {m}")
        if "alias" in g:
            alias_ids[g["alias"]] = tuple(g["members"])
        patterns.extend((p, tuple(g["members"])) for p in g.get("patterns", []))
    for word, others in ind_data.get("spellings", {}).items():  # 人均 also written 每人平均
        for a, ids in list(alias_ids.items()):
            if word in a:
                for other in others:
                    alias_ids.setdefault(a.replace(word, other), ids)
    for i, (_, ids) in enumerate(patterns):
        alias_ids[f"\0pattern{i}"] = ids
    named = "|".join(f"(?P<p{i}>{p})" for i, (p, _) in enumerate(patterns))
    literal = [a for a in alias_ids if not a.startswith("\0")]
    starts = {c for a in literal for c in (a[0], a[0].lower(), a[0].upper())}
    starts |= {c for row in [*ind_data["indicator"], *ind_data.get("group", [])] for c in row.get("pattern_starts", "")}
    # the lookahead on first characters lets the engine skip most positions (4x faster scans)
    first = "".join(sorted(re.escape(c) for c in starts))
    alias_re = re.compile(
        f"(?=[{first}])(?:" + (named + "|" if named else "") + _alternation(literal) + ")",
        re.IGNORECASE,
    )
    # (a short name right before a noun that makes it a part's measure is none: `其中服务业投入增长10%左右`)
    not_after = _alternation(elliptic_not_before)
    elliptic_re = re.compile(f"(?:{_alternation(list(elliptic_ids))})(?!{not_after})") if elliptic_ids else None
    local_names = tuple(
        LocalNames(tuple(row["codes"]), frozenset(row["levels"]), (row["indicator"],),
                   re.compile(_alternation(row["names"])))
        for row in ind_data.get("local_name", [])
    )
    for ln in local_names:
        if ln.ids[0] not in indicators:
            raise ValueError(f"indicators.toml: local_name names unknown id {ln.ids[0]}")
    return IndicatorTable(indicators, alias_ids, alias_re, elliptic_ids, frozenset(elliptic_opening), elliptic_re,
                          local_names)
