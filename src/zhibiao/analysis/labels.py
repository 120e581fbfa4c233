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


def check_lang(lang: str | None) -> Lang | None:
    """A ``--lang`` argument checked: zh, en or not given."""
    from zhibiao.errors import ZhibiaoError

    if lang is not None and lang not in LANGS:
        raise ZhibiaoError(f"--lang {lang!r}: choose one of {', '.join(LANGS)}")
    return lang  # type: ignore[return-value]


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
    """A column's short label in ``lang`` (then the people's views' headers; else the column name)."""
    for t in (table, "view"):
        for c in column_docs(t):
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
    if name:  # several divisions of one name (a city and its former prefecture) read the same in pinyin
        cands = g.candidates(name) or g.candidates(name, short=True)
        ens = {c.full_name_en if name == c.full_name else c.name_en for c in cands if c.full_name_en}
        if len(ens) == 1:
            return ens.pop()
    return ""


def region_label(code: str | None, name: str | None, lang: Lang = "zh") -> str:
    """A region's name in ``lang`` (pinyin for English, the Chinese name when it has none)."""
    if lang == "en":
        return region_en(code, name) or (name or "")
    return name or ""


def base_units(info: IndicatorInfo) -> list[str]:
    """The units the indicator is measured in: a level's kind with its base unit (currency: 元), % for
    growth and rates, pp for changes in percentage points."""
    from zhibiao.quantity.units import primary_base_unit

    out = [f"{k}: {primary_base_unit(k)}" for k in info.unit_kinds]
    if set(info.measures) & {"growth", "rate", "index"}:
        out.append("%")
    if "change_pp" in info.measures:
        out.append("pp")
    return list(dict.fromkeys(out))


def indicator_table(headline_only: bool = True) -> Any:
    """The indicator ids as a DataFrame: Chinese name and the names it covers, English name and label,
    measures and units (``zhibiao indicators``)."""
    import pandas as pd

    rows = [{
        "id": i.id, "name": i.name, "name_en": i.en, "label_en": i.label_en, "measures": ", ".join(i.measures),
        "units": ", ".join(base_units(i)), "aliases": "、".join(i.aliases), "headline": i.headline,
    } for i in indicators().values() if i.headline or not headline_only]  # fmt: skip
    return pd.DataFrame(rows, columns=["id", "name", "name_en", "label_en", "measures", "units", "aliases", "headline"])


# Columns of other tables that hold the codes of a codebook column.
_CODED_AS = {
    "target_qualifier": "qualifier", "actual_qualifier": "qualifier", "status_strict": "status",
    "status_revised": "status", "target_commitment": "commitment", "type": "report_type",
}  # fmt: skip


def coded_as(column: str) -> str | None:
    """The codebook column whose codes ``column`` holds (``status_strict`` -> ``status``), if any."""
    col = _CODED_AS.get(column, column)
    return col if col in codebook().get("codes", {}) else None


def localize(df: Any, table: str, lang: Lang | None, headers: bool = True) -> Any:
    """A DataFrame for people reading ``lang``: region names (pinyin in English), indicator names and
    coded values as labels; with ``headers`` the column headers as the codebook's labels too.

    Without ``lang`` the frame is returned as it is.
    """
    if lang is None:
        return df
    out = df.copy()
    for col in out.columns:
        if col == "region":
            codes = out["region_code"] if "region_code" in out.columns else [None] * len(out)
            out[col] = [region_label(c, n, lang) for c, n in zip(codes, out[col], strict=True)]
        elif col == "indicator":
            out[col] = [indicator_name(i, lang, short=True) for i in out[col]]
        elif (coded := coded_as(col)) is not None:
            out[col] = [code_label(coded, v, lang) if isinstance(v, str) else v for v in out[col]]
    if headers:
        shown_as = {"region": "region_label", "indicator": "indicator_label"}
        out.columns = [column_label(table, shown_as.get(c, c), lang) for c in out.columns]
    return out


def stata_labels(df: Any, table: str, lang: Lang | None) -> dict[str, Any]:
    """``variable_labels`` and ``value_labels`` of a Stata export of ``table``'s columns in ``lang``
    (codebook labels; without ``lang`` English variable labels and the codes as value labels)."""
    var: dict[str, str] = {}
    val: dict[str, dict[str, str]] = {}
    for col in df.columns:
        if (coded := coded_as(col)) is not None:
            codes = coded_columns()[coded]
            val[col] = {k: (v[lang] if lang else k) for k, v in codes.items()}
        label = column_label(table, col, lang or "en")
        if label == col and table == "panel" and "_" in col:  # a wide column: gdp_growth_target
            label = _wide_label(col, lang or "en")
        var[col] = label
    return {"variable_labels": var, "value_labels": val}


def _wide_label(col: str, lang: Lang) -> str:
    """``gdp_growth_target`` -> ``GDP growth: target`` (the indicator's short label, measure, field)."""
    for info in indicators().values():
        stem = info.var or info.id
        if col.startswith(stem + "_"):
            measure, _, field = col[len(stem) + 1 :].rpartition("_")
            name = indicator_name(info.id, lang, short=True)
            return f"{name} {code_label('measure', measure, lang)}: {field}"
    return col


def with_english_names(df: Any, lang: Lang | None) -> Any:
    """``df`` with ``region_en`` and ``indicator_en`` beside ``region`` and ``indicator`` (English only)."""
    if lang != "en":
        return df
    out = df.copy()
    if "region" in out.columns and "region_en" not in out.columns:
        codes = out["region_code"] if "region_code" in out.columns else [None] * len(out)
        out.insert(list(out.columns).index("region") + 1, "region_en",
                   [region_en(c, n) for c, n in zip(codes, out["region"], strict=True)])  # fmt: skip
    if "indicator" in out.columns and "indicator_en" not in out.columns:
        out.insert(list(out.columns).index("indicator") + 1, "indicator_en",
                   [indicator_name(i, "en") for i in out["indicator"]])  # fmt: skip
    return out
