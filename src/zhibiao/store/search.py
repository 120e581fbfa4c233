"""The store's search side: the bigram index of report texts and phrase search over it (CLI and web)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import duckdb
import numpy as np

# Characters worth indexing for search: ASCII letters and digits and the CJK ideograph blocks.
_WORD_RANGES = ((48, 57), (65, 90), (97, 122), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
GRAM_BASE = 1114112  # one past the largest code point: gram = c1 * GRAM_BASE + c2


def bigrams(text: str) -> np.ndarray:
    """Distinct indexable bigrams of ``text`` as int64 codes (vectorised: no per-character loop)."""
    cps = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
    if len(cps) < 2:
        return np.empty(0, dtype=np.int64)
    word = np.zeros(len(cps), dtype=bool)
    for lo, hi in _WORD_RANGES:
        word |= (cps >= lo) & (cps <= hi)
    keep = word[:-1] & word[1:]
    return np.unique(cps[:-1][keep] * GRAM_BASE + cps[1:][keep])


def matching_reports(
    con: duckdb.DuckDBPyConnection, text: str, columns: str, where: Sequence[str] = (),
    params: Sequence[Any] = (), order: str = "r.doc_id, r.report",
) -> list[tuple[Any, ...]]:
    """``columns`` of the reports (alias ``r``) whose text holds ``text``, also meeting ``where``.

    The bigram index narrows the candidates to reports holding every bigram of ``text``, then
    ``instr`` keeps those holding the phrase itself. ``where`` takes ``?`` placeholders bound to
    ``params``.
    """
    grams = [int(g) for g in bigrams(text)]
    join, bound = "", []
    if grams:
        join = """JOIN (SELECT doc_id, report FROM ngrams WHERE gram IN (SELECT unnest(?::BIGINT[]))
                        GROUP BY doc_id, report HAVING count(*) = ?) c USING (doc_id, report)"""
        bound = [grams, len(grams)]
    conds = " AND ".join(["instr(r.text, ?) > 0", *where])
    return con.execute(f"SELECT {columns} FROM reports r {join} WHERE {conds} ORDER BY {order}",
                       [*bound, text, *params]).fetchall()  # fmt: skip


def occurrences(body: str, text: str) -> Iterator[int]:
    """Start positions of ``text`` in ``body``, left to right, not overlapping."""
    pos = body.find(text)
    while pos >= 0:
        yield pos
        pos = body.find(text, pos + len(text))
