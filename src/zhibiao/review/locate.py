"""Where a reviewer's span lies in a stored document: report, normalised and source offsets, bytes.

A missed fact is added from a span of a stored document, given either in characters of the decoded
source file (as ``facts.start_char``/``end_char`` and the spec's ``start``/``end``), or in a report's
normalised text (a selection in the dashboard's report view). Both are mapped through the same
offset map the extraction used, by decoding and normalising the stored bytes again.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from zhibiao import normalize, sources
from zhibiao.model import Span
from zhibiao.review.log import ReviewError
from zhibiao.store import document_bytes


@dataclass(frozen=True, slots=True)
class Located:
    """A span resolved in every coordinate the facts table keeps."""

    doc_id: int
    doc: str
    sha256: str
    report: int
    start: int  # decoded source characters
    end: int
    norm_start: int  # report-relative normalised characters
    norm_end: int
    byte_start: int | None  # bytes of the original file (plain text only, as for machine facts)
    byte_end: int | None
    text: str  # the normalised text of the span (what ``facts.text`` holds)


def find_document(con: duckdb.DuckDBPyConnection, doc: str | int) -> tuple[int, str, str]:
    """``(id, name, sha256)`` of a stored document named by its file name, SHA-256 (or a prefix of
    at least 8 hex digits) or id (an ``int`` is an id only)."""
    if isinstance(doc, int):
        row = con.execute("SELECT id, name, sha256 FROM documents WHERE id = ?", [doc]).fetchone()
        if row is None:
            raise ReviewError(f"no stored document with id {doc}")
        return int(row[0]), str(row[1]), str(row[2])
    doc = doc.strip()
    rows = con.execute(
        """SELECT id, name, sha256 FROM documents
           WHERE name = $d OR sha256 = $d OR (length($d) >= 8 AND starts_with(sha256, lower($d)))
              OR CAST(id AS VARCHAR) = $d ORDER BY id""",
        {"d": doc},
    ).fetchall()
    if not rows:
        raise ReviewError(f"no stored document {doc!r}: give its file name, SHA-256 or id (zhibiao reports)")
    if len(rows) > 1:
        names = ", ".join(f"{r[1]} ({r[2][:12]})" for r in rows[:5])
        raise ReviewError(f"{doc!r} names several documents ({names}): give its SHA-256")
    return int(rows[0][0]), str(rows[0][1]), str(rows[0][2])


def locate(
    con: duckdb.DuckDBPyConnection,
    doc: str | int,
    *,
    start: int | None = None,
    end: int | None = None,
    report: int | None = None,
    norm_start: int | None = None,
    norm_end: int | None = None,
) -> Located:
    """Resolve a source span (``start``/``end``) or a report span (``report``, ``norm_start``/``norm_end``)."""
    doc_id, name, sha = find_document(con, doc)
    raw = document_bytes(con, doc_id)
    if raw is None:
        raise ReviewError(f"{name}: its bytes are not stored, so a span cannot be placed in it")
    source = sources.decode(raw, name)
    omap = normalize.normalize(source.text).offsets
    reps = con.execute("SELECT report, start_offset, chars, text FROM reports WHERE doc_id = ? ORDER BY report",
                       [doc_id]).fetchall()  # fmt: skip
    if report is not None:
        if norm_start is None or norm_end is None:
            raise ReviewError("a report span needs its start and end")
        row = next((r for r in reps if r[0] == report), None)
        if row is None:
            raise ReviewError(f"{name} has no report {report}")
        off = int(row[1])
        src = omap.to_source(Span(off + norm_start, off + norm_end))
        start, end = src.start, src.end
    else:
        if start is None or end is None:
            raise ReviewError("give the span's --start and --end (characters of the decoded file)")
        if not 0 <= start < end <= len(source.text):
            raise ReviewError(f"{name}: span {start}..{end} is outside its {len(source.text)} characters")
        ns, ne = omap.from_source_pos(start), omap.from_source_pos(end, end=True)
        row = next((r for r in reps if int(r[1]) <= ns < int(r[1]) + int(r[2])), None)
        if row is None:
            raise ReviewError(f"{name}: characters {start}..{end} are in no report")
        off = int(row[1])
        norm_start, norm_end = ns - off, ne - off
    rep, _off, chars, text = row
    if not 0 <= norm_start < norm_end <= int(chars):
        raise ReviewError(f"{name}: the span must lie inside one report and not be empty")
    fmt_text = source.format == "text"
    return Located(doc_id, name, sha, int(rep), int(start), int(end), int(norm_start), int(norm_end),
                   source.byte_offset(start) if fmt_text else None, source.byte_offset(end) if fmt_text else None,
                   text[norm_start:norm_end])  # fmt: skip
