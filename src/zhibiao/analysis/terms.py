"""Policy language over time: term frequencies per report, first use, diffusion and new terms.

Every function takes an open DuckDB connection to the store (or a ``zhibiao.Database``) and returns
a pandas DataFrame. Terms are matched on the normalised simplified report text stored in
``reports.text``, so traditional-character sources count; query terms get the same normalisation.
Counts have ``str.count`` semantics: non-overlapping occurrences, left to right, each term counted
independently of the others (``数字经济`` also counts towards ``经济``).
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pandas as pd

from zhibiao.errors import ZhibiaoError
from zhibiao.trie import trie_alternation

__all__ = [
    "BY_DIMENSIONS",
    "PER_10K",
    "TermCounter",
    "diffusion",
    "first_use",
    "load_terms_file",
    "new_terms",
    "normalize_term",
    "parse_years",
    "series_by_year",
    "term_counts",
    "terms",
]

PER_10K = 10_000  # rates are occurrences per 10,000 characters of report text
BY_DIMENSIONS = ("year", "region", "level", "province", "report")
_FEW_TERMS = 6  # up to this many terms: per-term str.count over SQL-prefiltered reports


class TermsError(ZhibiaoError):
    """A term query the store cannot answer (no terms, a bad year range, an unknown dimension)."""


# -- terms ------------------------------------------------------------------------------------------
def normalize_term(term: str) -> str:
    """A query term as it would read in stored text (``zhibiao.normalize.fold_query``)."""
    from zhibiao.normalize import fold_query

    return fold_query(term)


def load_terms_file(path: str | Path) -> list[str]:
    """Terms from a word list: one per line (first tab/comma field), ``#`` comments and blanks skipped."""
    out: list[str] = []
    for line in Path(path).read_text(encoding="utf-8-sig").splitlines():
        line = line.split("#", 1)[0]
        field = re.split(r"[\t,]", line, maxsplit=1)[0].strip()
        if field:
            out.append(field)
    return out


def _clean_terms(raw: Iterable[str]) -> list[str]:
    terms = list(dict.fromkeys(t for t in (normalize_term(x) for x in raw) if t))
    if not terms:
        raise TermsError("no terms given")
    return terms


def _has_border(t: str) -> bool:
    """Whether ``t`` can overlap itself (a proper prefix equals a proper suffix, as in ``哈哈``)."""
    return any(t[:k] == t[-k:] for k in range(1, len(t)))


class TermCounter:
    """Counts many terms in one pass over a text (Aho–Corasick), with ``str.count`` results.

    Uses ``ahocorasick_rs`` when installed and there are more than a few terms; overlapping matches
    equal non-overlapping counts except for self-overlapping terms, which fall back to ``str.count``.
    Without the library, a trie-shaped regex alternation does the pass and terms whose occurrences
    another match could hide (contained in or overlapping another term) fall back to ``str.count``.
    """

    def __init__(self, terms: Sequence[str], engine: str | None = None) -> None:
        self.terms = list(dict.fromkeys(terms))
        self.index = {t: i for i, t in enumerate(self.terms)}
        if engine is None:
            engine = "count" if len(self.terms) <= _FEW_TERMS else ("ac" if _ac_available() else "regex")
        self.engine = engine
        if engine == "ac":
            import ahocorasick_rs as ac

            self._ac = ac.AhoCorasick(self.terms)
            self._slow = [t for t in self.terms if _has_border(t)]
        elif engine == "regex":
            self._slow = _entangled(self.terms)
            fast = [t for t in self.terms if t not in set(self._slow)]
            self._re = re.compile(trie_alternation(fast)) if fast else None
        elif engine == "count":
            self._slow = self.terms
        else:
            raise ValueError(f"unknown engine {engine!r}")

    def counts(self, text: str) -> list[int]:
        """Occurrences of each term in ``text``, in the order of ``self.terms``."""
        out = [0] * len(self.terms)
        if self.engine == "ac":
            ids = Counter(m[0] for m in self._ac.find_matches_as_indexes(text, overlapping=True))
            for i, n in ids.items():
                out[i] = n
        elif self.engine == "regex" and self._re is not None:
            for t, n in Counter(self._re.findall(text)).items():
                out[self.index[t]] = n
        for t in self._slow:
            out[self.index[t]] = text.count(t)
        return out


@cache
def _ac_available() -> bool:
    try:
        import ahocorasick_rs  # noqa: F401
    except ImportError:
        return False
    return True


def _entangled(terms: Sequence[str]) -> list[str]:
    """Terms a leftmost-longest scan may miss: contained in or overlapped by another term, or self."""
    tset = set(terms)
    prefixes: dict[str, set[str]] = {}
    for t in terms:
        for k in range(1, len(t)):
            prefixes.setdefault(t[:k], set()).add(t)
    bad: set[str] = set()
    for u in terms:
        for i in range(len(u)):  # every substring of u that is another term is contained in u
            for j in range(i + 1, len(u) + 1):
                if (j - i) < len(u) and u[i:j] in tset:
                    bad.add(u[i:j])
        for k in range(1, len(u)):  # a proper suffix of u that begins another term t
            for t in prefixes.get(u[k:], ()):
                bad.add(t)
    return [t for t in terms if t in bad]


# -- reports ----------------------------------------------------------------------------------------
def parse_years(years: str | tuple[int, int] | None) -> tuple[int, int] | None:
    """``"2015-2026"``, ``"2024"`` or a pair -> an inclusive (first, last) year range."""
    if years is None or years == "":
        return None
    if isinstance(years, tuple):
        return years
    m = re.fullmatch(r"\s*(\d{4})\s*(?:[-–~:至]\s*(\d{4})\s*)?", str(years))
    if not m:
        raise TermsError(f"bad year range {years!r}: use e.g. 2015-2026 or 2024")
    lo, hi = int(m.group(1)), int(m.group(2) or m.group(1))
    return (min(lo, hi), max(lo, hi))


def _con(db: Any) -> tuple[duckdb.DuckDBPyConnection, Any]:
    """A connection from a connection or a Database/Store (then also the context to close)."""
    if isinstance(db, duckdb.DuckDBPyConnection):
        return db, None
    ctx = db.connection()
    return ctx.__enter__(), ctx


def _reports_sql(
    con: duckdb.DuckDBPyConnection,
    level: str | None,
    parent: str | None,
    years: str | tuple[int, int] | None,
) -> tuple[str, list[Any]]:
    from zhibiao.store.names import check_choice
    from zhibiao.store.regions import region_filter

    check_choice("level", level)
    clauses: list[str] = ["text IS NOT NULL"]
    params: list[Any] = []
    if level:
        clauses.append("level = ?")
        params.append(level)
    if parent:
        clause, p = region_filter(con, parent, with_children=True)
        clauses.append(clause)
        params.extend(p)
    span = parse_years(years)
    if span:
        clauses.append("report_year BETWEEN ? AND ?")
        params.extend(span)
    return " AND ".join(clauses), params


_META = "doc, report, region, region_code, level, report_year AS year, date, chars"


@cache
def _province_of(code: str) -> str:
    from zhibiao.document.gazetteer import load

    gz = load()
    d = gz.by_code(code)
    if d is None:
        return ""
    return d.province or ("全国" if d.level == "national" else d.name)


def _renumber(where: str, offset: int) -> str:
    """``?`` placeholders as ``$offset+1, $offset+2, ...`` (to follow the term parameters)."""
    n = iter(range(offset + 1, offset + 1 + where.count("?")))
    return re.sub(r"\?", lambda _m: f"${next(n)}", where)


def _region_id(region: Any, code: Any) -> str | None:
    """A region's identity for counting regions: its code, else its name; None when not recognised
    (such reports are no region, and never one region together)."""
    if isinstance(code, str) and code:
        return code
    return region if isinstance(region, str) and region else None


def term_counts(
    db: Any,
    terms: Iterable[str],
    *,
    level: str | None = None,
    parent: str | None = None,
    years: str | tuple[int, int] | None = None,
) -> pd.DataFrame:
    """One row per (report, term): doc, report, region, region_code, level, province, year, date,
    chars, term, count (occurrences) and rate (per 10,000 characters); every filtered report appears.
    """
    con, ctx = _con(db)
    try:
        tl = _clean_terms(terms)
        where, params = _reports_sql(con, level, parent, years)
        meta = con.execute(f"SELECT {_META} FROM reports WHERE {where} ORDER BY doc, report", params).df()
        if len(tl) <= _FEW_TERMS:  # few terms: count inside DuckDB (str.count semantics), no text moves
            cols = ", ".join(
                f"CASE WHEN contains(text, ${i}) THEN (strlen(text) - strlen(replace(text, ${i}, '')))"
                f" // strlen(${i}) ELSE 0 END" for i in range(1, len(tl) + 1)
            )  # fmt: skip
            pre = " OR ".join(f"contains(text, ${i})" for i in range(1, len(tl) + 1))
            where_n = _renumber(where, len(tl))
            rows = con.execute(
                f"SELECT doc, report, {cols} FROM reports WHERE {where_n} AND ({pre})", [*tl, *params]
            ).fetchall()
            found = {(r[0], r[1]): [int(x) for x in r[2:]] for r in rows}
        else:
            counter = TermCounter(tl)
            rows = con.execute(f"SELECT doc, report, text FROM reports WHERE {where}", params).fetchall()
            found = {(d, r): counter.counts(text) for d, r, text in rows}
    finally:
        if ctx is not None:
            ctx.__exit__(None, None, None)
    zero = [0] * len(tl)
    per = [found.get((d, r), zero) for d, r in zip(meta["doc"], meta["report"], strict=True)]
    meta["province"] = [_province_of(c) if isinstance(c, str) and c else "" for c in meta["region_code"]]
    n = len(meta)
    out = meta.iloc[np.tile(np.arange(n), len(tl))].reset_index(drop=True)  # term-major blocks
    out["term"] = np.repeat(np.array(tl, dtype=object), n)
    counts = np.array(per, dtype=np.int64).reshape(n, len(tl))
    out["count"] = counts.T.ravel()
    chars = out["chars"].astype("float64")
    out["rate"] = (out["count"] * PER_10K / chars.where(chars > 0)).fillna(0.0)
    cols = ["doc", "report", "region", "region_code", "level", "province", "year", "date", "chars",
            "term", "count", "rate"]  # fmt: skip
    return out[cols]


def _aggregate(per: pd.DataFrame, by: str) -> pd.DataFrame:
    keys = ["term", by]
    g = per.assign(mentions=per["count"] > 0).groupby(keys, dropna=False, sort=True)
    out = g.agg(
        reports=("count", "size"),
        reports_with=("mentions", "sum"),
        occurrences=("count", "sum"),
        chars=("chars", "sum"),
        rate_mean=("rate", "mean"),
        rate_max=("rate", "max"),
    ).reset_index()
    out["share"] = out["reports_with"] / out["reports"]
    out["rate_mean"] = out["rate_mean"].round(4)
    out["rate_max"] = out["rate_max"].round(4)
    out["share"] = out["share"].round(4)
    cols = ["term", by, "reports", "reports_with", "share", "occurrences", "chars", "rate_mean", "rate_max"]
    return out[cols]


def terms(
    db: Any,
    terms: Iterable[str],
    *,
    by: str = "year",
    level: str | None = None,
    parent: str | None = None,
    years: str | tuple[int, int] | None = None,
) -> pd.DataFrame:
    """Term frequencies aggregated by ``by`` (year, region, level, province; ``report``: per report).

    Columns: term, <by>, reports (in the group), reports_with (mentioning the term), share
    (reports_with / reports), occurrences, chars, rate_mean (mean per-report occurrences per
    10,000 characters) and rate_max.
    """
    if by not in BY_DIMENSIONS:
        raise TermsError(f"--by must be one of {', '.join(BY_DIMENSIONS)}, not {by!r}")
    per = term_counts(db, terms, level=level, parent=parent, years=years)
    if by == "report":
        return per
    return _aggregate(per, by)


def series_by_year(
    db: Any,
    terms_: Iterable[str],
    *,
    level: str | None = None,
    parent: str | None = None,
    years: str | tuple[int, int] | None = None,
) -> pd.DataFrame:
    """Chart data: year, series, rate_mean, share; one series per level for a single term, else per term."""
    per = term_counts(db, terms_, level=level, parent=parent, years=years)
    per = per[per["year"].notna()]
    key = "level" if per["term"].nunique() == 1 else "term"
    out = _aggregate(per, "year") if key == "term" else _aggregate(per.assign(term=per["level"]), "year")
    return out.rename(columns={"term": "series"})[["year", "series", "rate_mean", "share", "reports"]]


# -- first use and diffusion --------------------------------------------------------------------------
def first_use(db: Any, terms_: Iterable[str]) -> pd.DataFrame:
    """The first report using each term (earliest date, then year): term, date, year, region,
    region_code, level, doc, report, count (there), plus reports and regions using it at all."""
    per = term_counts(db, terms_)
    rows: list[dict[str, Any]] = []
    for t, g in per.groupby("term", sort=False):
        hit = g[g["count"] > 0]
        rids = {_region_id(a, b) for a, b in zip(hit["region"], hit["region_code"], strict=True)} - {None}
        base = {"term": t, "reports": len(hit), "regions": len(rids)}
        if hit.empty:
            rows.append(base | {"date": None, "year": None, "region": None, "region_code": None,
                                "level": None, "doc": None, "report": None, "count": 0})  # fmt: skip
            continue
        first = hit.sort_values(["year", "date", "doc", "report"], na_position="last").iloc[0]
        rows.append(base | {k: first[k] for k in ("date", "year", "region", "region_code", "level", "doc",
                                                   "report", "count")})  # fmt: skip
    cols = ["term", "date", "year", "region", "region_code", "level", "doc", "report", "count", "reports",
            "regions"]  # fmt: skip
    return pd.DataFrame(rows, columns=cols)


_LEVEL_ORDER = {"national": 0, "province": 1, "prefecture": 2, "county": 3}


def diffusion(db: Any, terms_: Iterable[str]) -> pd.DataFrame:
    """Cumulative share of the store's regions of each level that have used the term by each year.

    Columns: term, level, year, new_regions (first use that year), regions_using (cumulative),
    regions_total (regions of that level in the store, any year) and share.
    """
    per = term_counts(db, terms_)
    per = per[per["year"].notna() & per["level"].notna()].copy()
    per["rid"] = [_region_id(a, b) for a, b in zip(per["region"], per["region_code"], strict=True)]
    totals = per.groupby("level")["rid"].nunique()
    years = sorted(int(y) for y in per["year"].unique())
    rows: list[dict[str, Any]] = []
    for t, g in per.groupby("term", sort=False):
        firsts = g[g["count"] > 0].groupby(["level", "rid"])["year"].min().reset_index()
        for lv in sorted(totals.index, key=lambda x: _LEVEL_ORDER.get(x, 9)):
            fl = firsts[firsts["level"] == lv]
            cum = 0
            for y in years:
                new = int((fl["year"] == y).sum())
                cum += new
                rows.append({"term": t, "level": lv, "year": y, "new_regions": new, "regions_using": cum,
                             "regions_total": int(totals[lv]), "share": round(cum / int(totals[lv]), 4)})
    cols = ["term", "level", "year", "new_regions", "regions_using", "regions_total", "share"]
    return pd.DataFrame(rows, columns=cols)


# -- new terms ----------------------------------------------------------------------------------------
@cache
def _patterns() -> dict[str, Any]:
    raw = tomllib.loads(resources.files("zhibiao.data").joinpath("terms_patterns.toml").read_text("utf-8"))
    q = raw["quoted"]
    s = raw["slogan"]
    suffixes = "|".join(re.escape(x) for x in sorted(s["suffixes"], key=len, reverse=True))
    return {
        "quoted": re.compile(q["pattern"]),
        "skip": [re.compile(p) for p in q.get("skip", [])],
        "slogan": re.compile(s["code"] + rf"((?:[\u4e00-\u9fff]{{0,{int(s['max_head'])}}})(?:{suffixes}))"),
    }


_QUOTES_RE = re.compile(r"[“”「」『』\"]")


def candidates(text: str) -> dict[str, str]:
    """Jargon candidates in a text: display form -> kind (``quoted`` or ``slogan``)."""
    p = _patterns()
    out: dict[str, str] = {}
    codes: set[str] = set()
    for m in p["slogan"].finditer(text):
        out[m.group(0)] = "slogan"
        codes.add(m.group(1))
    for m in p["quoted"].finditer(text):
        inner = m.group(1).strip()
        if inner in codes or any(rx.search(inner) for rx in p["skip"]):
            continue
        out.setdefault(m.group(0), "quoted")
    return out


def _forms(display: str) -> list[str]:
    """Strings whose presence in a text means the item is used: the display and the unquoted form."""
    bare = _QUOTES_RE.sub("", display)
    return list(dict.fromkeys(f for f in (display, bare) if len(f) >= 2))


def new_terms(db: Any, year: int, *, limit: int | None = None) -> pd.DataFrame:
    """Quoted phrases, numbered slogans and glossary terms of ``year``'s reports absent from every
    earlier report, ranked by the number of regions using them in that year.

    Columns: term (display form), kind (slogan / quoted / glossary), regions (count), reports,
    occurrences (in that year's texts), region_names (comma-joined).
    """
    con, ctx = _con(db)
    try:
        rows = con.execute(
            "SELECT doc, report, region, region_code, text FROM reports "
            "WHERE report_year = ? AND text IS NOT NULL",
            [year],
        ).fetchall()
        gl = con.execute(
            """SELECT g.term FROM glossary g JOIN reports r USING (doc_id, report)
               WHERE r.report_year = ? AND g.term IS NOT NULL""",
            [year],
        ).fetchall()
        kinds: dict[str, dict[str, None]] = {}  # display form -> kinds (ordered set)
        bare_of: dict[str, str] = {}  # unquoted form -> first display form: one row per item
        found = [(d, k) for *_, text in rows for d, k in candidates(text).items()]
        found += [(t.strip(), "glossary") for (t,) in gl]
        for disp, kind in found:
            disp = bare_of.setdefault(_QUOTES_RE.sub("", disp), disp)
            kinds.setdefault(disp, {})[kind] = None
        if not kinds:
            return pd.DataFrame(columns=["term", "kind", "regions", "reports", "occurrences", "region_names"])
        forms = {d: _forms(d) for d in kinds}
        all_forms = sorted({f for fs in forms.values() for f in fs})
        counter = TermCounter(all_forms)
        seen_before: set[str] = set()
        earlier = con.execute(
            "SELECT text FROM reports WHERE report_year < ? AND text IS NOT NULL", [year]
        ).fetchall()
        for (text,) in earlier:
            for f, n in zip(all_forms, counter.counts(text), strict=True):
                if n:
                    seen_before.add(f)
        use: dict[str, list[tuple[str, str, int]]] = {}
        for _doc, _rep, region, code, text in rows:
            cnt = dict(zip(all_forms, counter.counts(text), strict=True))
            for d, fs in forms.items():
                n = max(cnt[f] for f in fs) if fs else 0
                if n:
                    use.setdefault(d, []).append((_region_id(region, code), region or "", n))
    finally:
        if ctx is not None:
            ctx.__exit__(None, None, None)
    out: list[dict[str, Any]] = []
    for d, kind in kinds.items():
        if not forms[d] or any(f in seen_before for f in forms[d]):
            continue
        u = use.get(d, [])
        names = list(dict.fromkeys(name for _, name, _ in u if name))
        out.append({"term": d, "kind": ", ".join(sorted(kind)), "regions": len({rid for rid, _, _ in u} - {None}),
                    "reports": len(u), "occurrences": sum(n for *_, n in u),
                    "region_names": ", ".join(names)})  # fmt: skip
    df = pd.DataFrame(out, columns=["term", "kind", "regions", "reports", "occurrences", "region_names"])
    df = df.sort_values(["regions", "occurrences", "term"], ascending=[False, False, True], ignore_index=True)
    return df.head(limit) if limit else df
