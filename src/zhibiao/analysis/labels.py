"""Names and labels in Chinese and English: indicators, codes, columns and regions (pinyin).

Everything comes from data files (``data/indicators.toml``, ``data/indicators_en.toml``,
``data/codebook.toml``, the gazetteer's pinyin columns), so the CLI, the exports, the codebook and the
dashboard say the same thing in both languages.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Literal

Lang = Literal["zh", "en"]
LANGS: tuple[str, ...] = ("zh", "en")


def _toml(name: str) -> dict[str, Any]:
    return tomllib.loads(resources.files("zhibiao.data").joinpath(name).read_text("utf-8"))


@cache
def codebook() -> dict[str, Any]:
    """The codebook data file, parsed once."""
    return _toml("codebook.toml")


@dataclass(frozen=True, slots=True)
class IndicatorInfo:
    """One indicator id with its names in both languages, its measures and the units a level takes."""

    id: str
    name: str
    aliases: tuple[str, ...]
    en: str
    label_en: str
    measures: tuple[str, ...]
    unit_kinds: tuple[str, ...]
    headline: bool
    var: str = ""


@cache
def indicators() -> dict[str, IndicatorInfo]:
    """Every indicator of the vocabulary, in the vocabulary's order."""
    voc = _toml("indicators.toml")
    en = _toml("indicators_en.toml")
    out: dict[str, IndicatorInfo] = {}
    for row in voc["indicator"]:
        e = en.get(row["id"], {})
        out[row["id"]] = IndicatorInfo(
            id=row["id"], name=row["name"], aliases=tuple(row["aliases"]), en=e.get("name", ""),
            label_en=e.get("label", ""), measures=tuple(row["measures"]), unit_kinds=tuple(row.get("units", [])),
            headline=bool(row.get("headline", False)), var=e.get("var", ""),
        )  # fmt: skip
    return out


def indicator_name(ind: str | None, lang: Lang = "zh", short: bool = False) -> str:
    """An indicator's name in ``lang`` (``short``: the English short label); the id when unknown."""
    if not ind:
        return ""
    info = indicators().get(ind)
    if info is None:
        return ind
    if lang == "en":
        return (info.label_en if short else info.en) or info.en or ind
    return info.name


def wide_stem(ind: str) -> str:
    """The stem of an indicator's wide-panel columns: its short ``var`` when it has one, else its id."""
    info = indicators().get(ind)
    return (info.var if info and info.var else ind)


def code_label(column: str, code: Any, lang: Lang = "zh") -> str:
    """The label of a code of a coded column (``status``, ``role``…) in ``lang``; the code when unknown."""
    if code is None or code == "":
        return ""
    entry = codebook().get("codes", {}).get(column, {}).get(str(code))
    return str(entry[lang]) if entry else str(code)


def coded_columns() -> dict[str, dict[str, dict[str, str]]]:
    """Coded column -> code -> {zh, en, doc}."""
    return dict(codebook().get("codes", {}))


def column_docs(table: str) -> list[dict[str, str]]:
    """The codebook's column entries of ``table`` (``panel`` or ``facts``), in order."""
    return list(codebook().get(table, []))


def column_label(table: str, column: str, lang: Lang = "en") -> str:
    """A column's short label in ``lang`` (the column name when the codebook lacks it)."""
    for c in column_docs(table):
        if c["name"] == column:
            return str(c[lang])
    return column


# -- regions ------------------------------------------------------------------------------------


def region_en(code: str | None, name: str | None = None) -> str:
    """A region's pinyin name from the gazetteer (``Suining Shi Anju Qu``); empty when unknown."""
    from zhibiao.analysis._common import gazetteer

    g = gazetteer()
    if code:
        d = g.by_code(code)
        if d is not None and d.full_name_en:
            if name and name != d.full_name and name == d.name:
                return d.name_en
            return d.full_name_en
    if name:
        cands = g.candidates(name)
        if len(cands) == 1 and cands[0].full_name_en:
            return cands[0].full_name_en if name == cands[0].full_name else cands[0].name_en
    return ""


def region_label(code: str | None, name: str | None, lang: Lang = "zh") -> str:
    """A region's name in ``lang`` (pinyin for English, the Chinese name when it has none)."""
    if lang == "en":
        return region_en(code, name) or (name or "")
    return name or ""
