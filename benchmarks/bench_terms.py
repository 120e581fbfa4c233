"""Time term-frequency queries over a store of 1,000 reports (issue 9: goal < 1 s per query).

The store is the dev corpus ingested with the real pipeline, then its reports' rows replicated
inside the temp DuckDB with varied region codes, levels and years (2015-2026) up to 1,000 reports.
Run: ``.venv/bin/python benchmarks/bench_terms.py [N_REPORTS]``.
"""

from __future__ import annotations

import random
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import zhibiao
from zhibiao.document.gazetteer import load
from zhibiao.store import connect

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def build(path: Path, n: int) -> zhibiao.api.Database:
    """Ingest the corpus, then copy report (and glossary) rows until the store holds ``n`` reports."""
    db = zhibiao.open(path)
    files = sorted((SHARED / "corpus").glob("*.txt")) + sorted((SHARED / "corpus_pairs").glob("*.txt"))
    db.ingest(files)
    divs = [d for d in load().divisions if d.level in ("province", "prefecture", "county")]
    rng = random.Random(9)
    con = connect(path)
    try:
        src = con.execute("SELECT doc_id, report FROM reports WHERE chars > 3000").fetchall()
        have = con.execute("SELECT count(*) FROM reports").fetchone()[0]  # type: ignore[index]
        for i in range(n - have):
            doc_id, rep = src[i % len(src)]
            d = rng.choice(divs)
            year = rng.randint(2015, 2026)
            new_id = 100_000 + i
            con.execute(
                """INSERT INTO reports SELECT ? AS doc_id, 'bench_' || ? || '.txt', report, title, ?, ?, ?,
                          report_type, ?, review_year, plan_year, make_date(?, 2, 1), session_congress,
                          session_meeting, start_offset, chars, n_facts, n_mentions, text
                   FROM reports WHERE doc_id = ? AND report = ?""",
                [new_id, i, d.full_name, d.code, d.level, year, year, doc_id, rep],
            )
            con.execute(
                """INSERT INTO glossary SELECT ?, 'bench_' || ? || '.txt', report, ?, number, term,
                          definition, start_char, end_char FROM glossary WHERE doc_id = ? AND report = ?""",
                [new_id, i, d.full_name, doc_id, rep],
            )
    finally:
        con.close()
    return db


def timed(label: str, fn: Callable[[], Any], rows: list[tuple[str, float, int]]) -> None:
    fn()  # warm: imports, gazetteer, compiled patterns
    best = min(_once(fn) for _ in range(3))
    out = fn()
    rows.append((label, best, len(out)))
    print(f"{label:58} {best * 1000:8.1f} ms  ({len(out)} rows)")


def _once(fn: Callable[[], Any]) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def main(n: int = 1000) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = build(Path(tmp) / "bench.duckdb", n)
        counts = db.counts()
        text_mb = db.sql("SELECT sum(strlen(text)) / 1e6 AS mb FROM reports")["mb"].iloc[0]
        print(f"store: {counts['reports']} reports, {text_mb:.1f} MB of text, "
              f"{counts['glossary']} glossary rows")
        gl = db.sql("SELECT DISTINCT term FROM glossary")["term"].tolist()
        sample = db.sql("SELECT text FROM reports WHERE chars > 10000 LIMIT 1")["text"].iloc[0]
        grams = dict.fromkeys(re.findall(r"[\u4e00-\u9fff]{4}", sample))  # 4-character runs of a report
        words = ["新质生产力", "低空经济", "数字经济", "人工智能", "高质量发展", *gl, *grams]
        words = list(dict.fromkeys(words))[:300]  # a research word list of 300 terms
        rows: list[tuple[str, float, int]] = []
        timed("terms 低空经济 --by year", lambda: db.terms("低空经济", by="year"), rows)
        timed("terms 低空经济 --by region", lambda: db.terms("低空经济", by="region"), rows)
        timed("terms 新质生产力 低空经济 数字经济 --by province",
              lambda: db.terms(["新质生产力", "低空经济", "数字经济"], by="province"), rows)  # fmt: skip
        timed(f"terms --terms-file ({len(words)} terms) --by year", lambda: db.terms(words, by="year"), rows)
        timed("first-use 低空经济", lambda: db.first_use("低空经济"), rows)
        timed("diffusion 低空经济", lambda: db.diffusion("低空经济"), rows)
        timed("glossary (whole dictionary)", lambda: db.glossary_dictionary(), rows)
        timed("new-terms --year 2025", lambda: db.new_terms(2025), rows)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
