"""The glossary as a dictionary: every 名词解释 entry in the store grouped by term across regions.

Terms group on a key with quotes and brackets stripped; a term with one quoted part groups on that
part (``“1336”发展战略`` and ``“1336”战略部署`` share ``1336``; ``新时代“枫桥经验”`` joins ``枫桥经验``),
so one slogan's meanings in different regions meet. Definitions agree when, after punctuation,
whitespace and a leading ``指``/``是指`` are dropped, they are equal, one contains the other, or
difflib's ratio is at least ``AGREE_RATIO``.
"""

from __future__ import annotations

import difflib
import re
from typing import Any

import pandas as pd

from zhibiao.analysis.terms import _con, _region_id

__all__ = ["AGREE_RATIO", "definitions_agree", "glossary_dictionary", "glossary_entries", "term_key"]

AGREE_RATIO = 0.8

_QUOTED = re.compile(r"[“\"「『‘]([^“”\"「」『』‘’]+)[”\"」』’]")
_STRIP = re.compile(r"[“”\"'‘’「」『』《》〈〉()（）【】\[\]\s]")
_LEAD = re.compile(r"^(?:是指|意指|指的是|指|即|是)")
_PUNCT = re.compile(r"[\W_]+")

ENTRY_COLS = ["key", "term", "region", "region_code", "level", "year", "doc", "report", "number",
              "definition", "meaning"]  # fmt: skip
DICT_COLS = ["key", "term", "variants", "regions", "entries", "first_year", "last_year", "meanings", "agree",
             "region_names", "definition"]  # fmt: skip


def term_key(term: str) -> str:
    """Grouping key of a glossary term: its single quoted part if it has one, quotes/brackets stripped."""
    q = _QUOTED.findall(term)
    core = q[0] if len(q) == 1 and len(_STRIP.sub("", q[0])) >= 2 else term
    return _STRIP.sub("", core)


def norm_definition(text: str) -> str:
    """A definition reduced for comparison: no punctuation or spaces, no leading 指/是指."""
    return _PUNCT.sub("", _LEAD.sub("", text.strip()))


def definitions_agree(a: str, b: str, ratio: float = AGREE_RATIO) -> bool:
    """Whether two definitions say the same: equal, one containing the other, or near-identical."""
    x, y = norm_definition(a), norm_definition(b)
    if x == y:
        return True
    if not x or not y:
        return False
    short, long_ = sorted((x, y), key=len)
    if len(short) >= 4 and short in long_:
        return True
    sm = difflib.SequenceMatcher(None, x, y, autojunk=False)
    return sm.real_quick_ratio() >= ratio and sm.quick_ratio() >= ratio and sm.ratio() >= ratio


def _meanings(defs: list[str]) -> list[int]:
    """Cluster definitions (each joins the first cluster whose representative it agrees with)."""
    reps: list[str] = []
    labels: list[int] = []
    for d in defs:
        for i, r in enumerate(reps):
            if definitions_agree(d, r):
                labels.append(i + 1)
                break
        else:
            reps.append(d)
            labels.append(len(reps))
    return labels


def glossary_entries(db: Any, term: str | None = None) -> pd.DataFrame:
    """Every glossary entry (one row per report's definition), optionally for one term.

    Columns: key, term (as written), region, region_code, level, year, doc, report, number,
    definition, meaning (1, 2, ... : which cluster of agreeing definitions within the key).
    ``term`` matches keys exactly (``两新``, ``“1336”``), else keys or written forms containing it.
    """
    con, ctx = _con(db)
    try:
        df = con.execute(
            """SELECT g.term, r.region, r.region_code, r.level, r.report_year AS year, g.doc, g.report,
                      g.number, g.definition
               FROM glossary g JOIN reports r USING (doc_id, report)
               WHERE g.term IS NOT NULL AND g.term <> ''
               ORDER BY r.report_year NULLS LAST, r.date NULLS LAST, g.doc, g.report, g.number"""
        ).df()
    finally:
        if ctx is not None:
            ctx.__exit__(None, None, None)
    if df.empty:  # no glossary in the store: an empty answer, not a failing string match
        return pd.DataFrame(columns=ENTRY_COLS)
    df["definition"] = df["definition"].fillna("")
    df.insert(0, "key", [term_key(t) for t in df["term"]])
    if term:
        from zhibiao.analysis.terms import normalize_term

        q = term_key(normalize_term(term))
        hit = df["key"] == q
        if not hit.any():
            plain = df["term"].map(lambda t: _STRIP.sub("", t))
            hit = df["key"].str.contains(q, regex=False) | plain.str.contains(q, regex=False)
        df = df[hit]
    meaning = pd.Series(0, index=df.index, dtype="int64")
    for _key, g in df.groupby("key", sort=False):
        meaning[g.index] = _meanings(list(g["definition"]))
    df = df.assign(meaning=meaning)
    return df[ENTRY_COLS].reset_index(drop=True)


def glossary_dictionary(db: Any, term: str | None = None) -> pd.DataFrame:
    """One row per glossary term across the store.

    Columns: key (grouping form), term (most common written form), variants (written forms, `` / ``),
    regions (number defining it), entries, first_year, last_year, meanings (clusters of agreeing
    definitions), agree (True/False; None when only one entry), region_names, definition (the
    earliest). Sorted by regions defining it, then key.
    """
    ent = glossary_entries(db, term)
    rows: list[dict[str, Any]] = []
    for key, g in ent.groupby("key", sort=False):
        forms = g["term"].value_counts()
        rids = {_region_id(a, b) for a, b in zip(g["region"], g["region_code"], strict=True)} - {None}
        n_mean = int(g["meaning"].max())
        years = g["year"].dropna()
        rows.append({
            "key": key, "term": forms.index[0], "variants": " / ".join(forms.index),
            "regions": len(rids), "entries": len(g),
            "first_year": int(years.min()) if len(years) else None,
            "last_year": int(years.max()) if len(years) else None,
            "meanings": n_mean, "agree": None if len(g) < 2 else n_mean == 1,
            "region_names": ", ".join(dict.fromkeys(str(r) for r in g["region"] if isinstance(r, str))),
            "definition": g["definition"].iloc[0],
        })  # fmt: skip
    df = pd.DataFrame(rows, columns=DICT_COLS)
    if df.empty:
        return df
    return df.sort_values(["regions", "entries", "key"], ascending=[False, False, True], ignore_index=True)
