"""The review queue: unreviewed facts, riskiest first, or every fact of a reproducible sample of reports.

Risk adds up what makes a fact likely wrong: low extraction confidence, a consistency flag from
``zhibiao check`` (the stored ``flags`` table), a period the fact's own text does not state (taken
from its section), a region its report's title does not name, and a qualitative value.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import Any

import duckdb

from zhibiao.store.query import plain

_STOP = re.compile(r"[。！？；!?;\n]")
_REGION_CUT = "省市州盟区县旗"


@dataclass(slots=True)
class Item:
    """One fact to decide on, with the sentence it stands in."""

    fact: dict[str, Any]
    before: str  # the sentence up to the fact's text
    after: str  # the sentence after it
    reasons: list[str] = field(default_factory=list)
    risk: float = 0.0

    @property
    def fact_id(self) -> str:
        return str(self.fact["fact_id"])


def _region_stated(region: str | None, title: str | None) -> bool:
    if not region or not title:
        return False
    tails = [region] + [region[i + 1 :] for i, c in enumerate(region[:-1]) if c in _REGION_CUT]
    return any(len(t) >= 2 and t in title for t in tails)


def _sentence(text: str, start: int, end: int, limit: int = 160) -> tuple[str, str]:
    """The text of the sentence around ``[start, end)`` before and after it (at most ``limit`` each)."""
    lo = max(0, start - limit)
    cut = [m.end() for m in _STOP.finditer(text, lo, start)]
    a = cut[-1] if cut else lo
    m = _STOP.search(text, end, min(len(text), end + limit))
    b = m.end() if m else min(len(text), end + limit)
    return text[a:start].lstrip(), text[end:b].rstrip()


_ITEM_SQL = """
    SELECT f.fact_id, f.id, f.doc_id, f.doc, f.report, f.region, f.indicator, f.indicator_name, f.role, f.period,
           f.measure, f.value, f.value_high, f.unit, f.qualifier, f.commitment, f.horizon, f.text, f.confidence,
           f.start_char, f.end_char, f.norm_start, f.norm_end, f.review, f.reviewer, r.title, r.text AS report_text,
           d.sha256
    FROM effective_facts_all f JOIN reports r ON r.doc_id = f.doc_id AND r.report = f.report
    JOIN documents d ON d.id = f.doc_id"""


def _items(con: duckdb.DuckDBPyConnection, where: str, params: list[Any]) -> list[Item]:
    flagged = _flagged(con)  # first: a connection's next query drops the pending result
    cur = con.execute(f"{_ITEM_SQL} WHERE {where} ORDER BY f.doc_id, f.report, f.norm_start, f.id", params)
    cols = [d[0] for d in cur.description]
    out = []
    for row in cur.fetchall():
        rec = dict(zip(cols, row, strict=True))
        text = rec.pop("report_text") or ""
        before, after = _sentence(text, rec["norm_start"], rec["norm_end"])
        item = Item({k: plain(v) for k, v in rec.items()}, before, after)
        _score(item, flagged.get(rec["id"], []))
        out.append(item)
    return out


def _flagged(con: duckdb.DuckDBPyConnection) -> dict[int, list[str]]:
    """Row id -> the check rules that flag it (the ``flags`` table as ``zhibiao check`` left it)."""
    out: dict[int, list[str]] = {}
    for rule, ids in con.execute("SELECT rule, fact_ids FROM flags").fetchall():
        for i in ids or []:
            out.setdefault(int(i), []).append(rule)
    return out


def _score(item: Item, rules: list[str]) -> None:
    f = item.fact
    conf = f["confidence"]
    if conf is not None and conf < 1:
        item.risk += 2 * (1 - float(conf))
        item.reasons.append(f"confidence {float(conf):.2f}")
    if rules:
        item.risk += 1.0
        item.reasons.append("flagged: " + ", ".join(sorted(set(rules))))
    if f["period"] is not None and str(f["period"]) not in (f["text"] or ""):
        item.risk += 0.5
        item.reasons.append("period inferred")
    if not _region_stated(f["region"], f["title"]):
        item.risk += 0.3
        item.reasons.append("region inferred")
    if f["qualifier"] == "qualitative":
        item.risk += 0.5
        item.reasons.append("qualitative")


def sample_reports(con: duckdb.DuckDBPyConnection, n: int, seed: int) -> list[tuple[int, int]]:
    """``n`` reports drawn at random, the same for the same seed and the same documents in any database
    (drawn from the reports sorted by their document's SHA-256, not by row ids)."""
    rows = con.execute(
        "SELECT d.sha256, r.report, r.doc_id FROM reports r JOIN documents d ON d.id = r.doc_id ORDER BY 1, 2"
    ).fetchall()
    picked = random.Random(seed).sample(rows, min(n, len(rows)))
    return sorted((int(d), int(r)) for _s, r, d in picked)


def queue(con: duckdb.DuckDBPyConnection, *, sample: int | None = None, seed: int = 0,
          include_reviewed: bool = False) -> list[Item]:
    """Facts to review: unreviewed ones riskiest first, or with ``sample`` every fact of that many
    random reports, report by report in text order (an audit reviews whole reports)."""
    state = "TRUE" if include_reviewed else "f.review = 'machine'"
    if sample is not None:
        reps = sample_reports(con, sample, seed)
        if not reps:
            return []
        pick = " OR ".join(f"(f.doc_id = {d} AND f.report = {r})" for d, r in reps)
        return _items(con, f"{state} AND ({pick})", [])
    items = _items(con, state, [])
    return sorted(items, key=lambda i: -i.risk)  # stable: text order among equal risks


def context(con: duckdb.DuckDBPyConnection, fact_id: str) -> Item:
    """One fact as a queue item (its sentence, risk and reasons), whatever its review state."""
    got = _items(con, "f.fact_id = ?", [fact_id])
    if not got:
        from zhibiao.review.log import ReviewError

        raise ReviewError(f"no fact {fact_id!r}")
    return got[0]
