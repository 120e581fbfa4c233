"""Review statistics: coverage, corrections by field, the extractor's precision and recall on fully
reviewed reports (with Wilson intervals), and Cohen's kappa between reviewers who coded the same facts.

Precision and recall use the rules of ``zhibiao eval`` (``facts.evaluate.score``): the machine facts
of each fully reviewed report are the predictions, its effective facts the gold (headline indicators,
one record per indicator, role, measure, value and period). So ``zhibiao eval`` on the file written
by ``zhibiao review export-gold`` gives the same figures for the same reports.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

import duckdb

from zhibiao.facts.evaluate import HEADLINE_IDS, score
from zhibiao.review.log import FIELDS, Event, FactState, events, fold
from zhibiao.store.query import plain

Z95 = 1.959963984540054  # the normal quantile of a two-sided 95% interval


def wilson(successes: int, n: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval of a proportion ``successes / n`` (``(nan, nan)`` when ``n`` is 0)."""
    if n == 0:
        return math.nan, math.nan
    p = successes / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def cohen_kappa(pairs: list[tuple[Any, Any]]) -> float:
    """Cohen's kappa of two coders' labels on the same items: (p_o - p_e) / (1 - p_e).

    ``nan`` when it is undefined (no items, or both coders always gave one and the same label).
    """
    n = len(pairs)
    if n == 0:
        return math.nan
    po = sum(a == b for a, b in pairs) / n
    ca, cb = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    pe = sum(ca[k] * cb[k] for k in ca) / (n * n)
    return math.nan if pe == 1 else (po - pe) / (1 - pe)


# -- what the store holds ------------------------------------------------------------------------

_SPEC = ("doc", "report", "region", "indicator", "role", "period", "measure", "value", "value_high", "unit",
         "qualifier", "text")  # fmt: skip


def _records(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    cur = con.execute(sql, params or [])
    cols = [d[0] for d in cur.description]
    return [{c: plain(v) for c, v in zip(cols, r, strict=True)} for r in cur.fetchall()]


def reviewed_reports(con: duckdb.DuckDBPyConnection) -> list[tuple[int, int]]:
    """``(doc_id, report)`` of the fully reviewed reports: a decision on every machine fact (and at
    least one decision). Reviewing a report is taken to include adding the facts it missed."""
    rows = con.execute(
        """SELECT doc_id, report FROM effective_facts_all GROUP BY doc_id, report
           HAVING count(*) FILTER (WHERE review = 'machine') = 0 AND count(*) FILTER (WHERE review <> 'machine') > 0
           ORDER BY doc_id, report"""
    ).fetchall()
    return [(int(d), int(r)) for d, r in rows]


def _in(reports: list[tuple[int, int]], alias: str = "") -> str:
    a = f"{alias}." if alias else ""
    if not reports:
        return "FALSE"
    return "(" + " OR ".join(f"({a}doc_id = {int(d)} AND {a}report = {int(r)})" for d, r in reports) + ")"


def gold_records(con: duckdb.DuckDBPyConnection, reports: list[tuple[int, int]] | None = None) -> list[dict[str, Any]]:
    """Effective facts of fully reviewed reports in the facts spec's shape: headline indicators only, one
    record per (indicator, role, measure, value, period) and report, as a gold file holds them."""
    reports = reviewed_reports(con) if reports is None else reports
    cols = ", ".join(_SPEC)
    extra = ", commitment" if _has_column(con, "facts", "commitment") else ""
    recs = _records(con, f"""SELECT {cols}{extra}, fact_id FROM effective_facts WHERE {_in(reports)}
                             ORDER BY doc_id, report, id < 0, abs(id)""")
    out, seen = [], set()
    for r in recs:
        key = (r["doc"], r["report"], r["indicator"], r["role"], r["measure"], r["value"], r["period"])
        if r["indicator"] in HEADLINE_IDS and key not in seen:
            seen.add(key)
            out.append(r)
    return out


def _has_column(con: duckdb.DuckDBPyConnection, table: str, column: str) -> bool:
    row = con.execute("SELECT count(*) FROM duckdb_columns() WHERE table_name = ? AND column_name = ?",
                      [table, column]).fetchone()  # fmt: skip
    return bool(row and row[0])


@dataclass(slots=True)
class Stats:
    """What ``zhibiao review stats`` reports."""

    facts: int = 0  # machine facts in the store
    decided: int = 0  # machine facts with a decision
    reports: int = 0
    reports_reviewed: int = 0
    by_state: dict[str, int] = field(default_factory=dict)
    by_reviewer: dict[str, int] = field(default_factory=dict)
    corrected_fields: dict[str, int] = field(default_factory=dict)  # facts whose field was wrong
    kept: int = 0  # decided machine facts not rejected (the base of ``corrected_fields``' rates)
    tp: int = 0
    fp: int = 0
    fn: int = 0
    precision_ci: tuple[float, float] = (math.nan, math.nan)
    recall_ci: tuple[float, float] = (math.nan, math.nan)
    agreement: list[dict[str, Any]] = field(default_factory=list)  # per pair of reviewers and field
    orphans: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else math.nan

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else math.nan


def stats(con: duckdb.DuckDBPyConnection) -> Stats:
    """Coverage, corrections by field, precision/recall on fully reviewed reports, kappa per field."""
    from zhibiao.review.orphans import orphans

    s = Stats()
    s.facts, s.decided = con.execute(
        "SELECT count(*), count(*) FILTER (WHERE review <> 'machine') FROM effective_facts_all WHERE id > 0"
    ).fetchone()  # type: ignore[misc]
    s.by_state = dict(con.execute("SELECT review, count(*) FROM effective_facts_all GROUP BY 1 ORDER BY 1").fetchall())
    s.by_reviewer = dict(con.execute(
        "SELECT reviewer, count(*) FROM effective_facts_all WHERE reviewer IS NOT NULL GROUP BY 1 ORDER BY 1"
    ).fetchall())  # fmt: skip
    (s.reports,) = con.execute("SELECT count(*) FROM reports").fetchone()  # type: ignore[misc]
    done = reviewed_reports(con)
    s.reports_reviewed = len(done)
    cols = ", ".join(f'e."{f}" IS DISTINCT FROM m."{f}" AS "{f}"' for f in FIELDS)
    rows = con.execute(
        f"""SELECT {cols} FROM effective_facts_all e JOIN facts m ON m.id = e.id
            WHERE e.review IN ('accepted', 'corrected', 'added')"""
    ).fetchall()
    s.kept = len(rows)
    s.corrected_fields = {f: sum(bool(r[i]) for r in rows) for i, f in enumerate(FIELDS)}
    if done:
        pred = _records(con, f"SELECT {', '.join(_SPEC)} FROM facts WHERE {_in(done)} ORDER BY doc_id, report, id")
        sc = score(pred, gold_records(con, done))
        s.tp, s.fp, s.fn = len(sc.pairs), len(sc.false_positives), len(sc.misses)
        s.precision_ci = wilson(s.tp, s.tp + s.fp)
        s.recall_ci = wilson(s.tp, s.tp + s.fn)
    s.agreement = agreement(con)
    s.orphans = len(orphans(con))
    return s


def agreement(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Cohen's kappa per field for every pair of reviewers, over the machine facts both decided on.

    Each reviewer's own events are folded (conflicts held back at import count too: they are that
    reviewer's coding). ``verdict`` is kept/rejected over all shared facts; each field compares the
    values the two reviewers left on the facts both kept (the machine's value unless corrected).
    """
    per: dict[str, dict[str, list[Event]]] = defaultdict(lambda: defaultdict(list))
    for ev, _applied in events(con):
        if ev.action != "add":
            per[ev.reviewer][ev.fact_id].append(ev)
    names = sorted(per)
    if len(names) < 2:
        return []
    machine = {r["fact_id"]: r for r in _records(
        con, f"SELECT fact_id, doc_id, report, {', '.join(FIELDS)} FROM facts WHERE fact_id IS NOT NULL")}  # fmt: skip
    out: list[dict[str, Any]] = []
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            shared = sorted(set(per[a]) & set(per[b]) & set(machine))
            if not shared:
                continue
            sa = {f: fold(per[a][f]) for f in shared}
            sb = {f: fold(per[b][f]) for f in shared}
            reports = {(machine[f]["doc_id"], machine[f]["report"]) for f in shared}
            verdict = [(sa[f].review == "rejected", sb[f].review == "rejected") for f in shared]
            out.append(_row(a, b, "verdict", verdict, len(reports)))
            kept = [f for f in shared if sa[f].review != "rejected" and sb[f].review != "rejected"]
            for name in FIELDS:
                pairs = [(_value(sa[f], machine[f], name), _value(sb[f], machine[f], name)) for f in kept]
                out.append(_row(a, b, name, pairs, len(reports)))
    return out


def _value(st: FactState, m: dict[str, Any], name: str) -> Any:
    v = st.fields[name] if name in st.fields else m[name]
    return None if v is None else str(plain(v))


def _row(a: str, b: str, name: str, pairs: list[tuple[Any, Any]], reports: int) -> dict[str, Any]:
    agree = sum(x == y for x, y in pairs)
    return {"reviewers": f"{a} / {b}", "field": name, "facts": len(pairs), "reports": reports,
            "agreement": agree / len(pairs) if pairs else math.nan, "kappa": cohen_kappa(pairs)}  # fmt: skip
