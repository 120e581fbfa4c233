"""The row builder: one file's extraction result as rows of each table (Arrow tables, ids left to the writer)."""

from __future__ import annotations

import bisect
import datetime as _dt
import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import numpy as np
import pyarrow as pa

from zhibiao.document.periods import passage_at
from zhibiao.model import BYTES_ERRORS, ExtractionResult, FactIds, Report, ReportResult, Section, Source, Span
from zhibiao.store.search import bigrams

REPORT_COLS = [
    "doc_id", "doc", "report", "title", "region", "region_code", "level", "report_type", "report_year",
    "review_year", "plan_year", "date", "session_congress", "session_meeting", "start_offset", "chars",
    "n_facts", "n_mentions", "text", "region_source", "year_source", "type_source",
]  # fmt: skip
SECTION_COLS = ["doc_id", "report", "section", "parent", "depth", "kind", "title", "start_char", "end_char", "scope",
                "first_year", "last_year"]  # fmt: skip
GLOSSARY_COLS = [
    "doc_id", "doc", "report", "region", "number", "term", "definition", "start_char", "end_char",
]
FACT_COLS = [
    "doc_id", "doc", "report", "region", "region_code", "level", "indicator", "role", "period", "measure",
    "value", "value_high", "unit", "qualifier", "text", "start_char", "end_char", "byte_start", "byte_end",
    "norm_start", "norm_end", "indicator_name", "confidence", "horizon", "commitment", "value_base", "unit_base",
    "fact_id", "region_source", "year_source",
]  # fmt: skip
MENTION_COLS = [
    "doc_id", "doc", "report", "region", "subject", "role_guess", "value", "value_high", "unit", "qualifier",
    "direction", "measure_hint", "raw", "text", "start_char", "end_char", "norm_start", "norm_end",
]  # fmt: skip
_COLS = {"reports": REPORT_COLS, "sections": SECTION_COLS, "glossary": GLOSSARY_COLS, "facts": FACT_COLS,
         "mentions": MENTION_COLS}  # fmt: skip


def _dec(d: Decimal | None) -> str | None:
    return None if d is None else str(d)


def _date(iso: str | None) -> _dt.date | None:
    """An ISO date, or None when metadata holds something that is not a real date."""
    try:
        return _dt.date.fromisoformat(iso) if iso else None
    except ValueError:
        return None


def _src(report: Report, start: int, end: int) -> tuple[int | None, int | None]:
    """Report-relative normalised span -> decoded-source character offsets (None if unmappable)."""
    try:
        s = report.to_source(Span(start, end))
    except Exception:  # an offset map that cannot answer must not lose the whole file
        return None, None
    return s.start, s.end


def _srcs(report: Report, spans: list[Any]) -> tuple[list[int | None], list[int | None]]:
    """``_src`` for all spans of a report in one vectorised call (per span on any failure)."""
    if not spans:
        return [], []
    from zhibiao.normalize.offsets import spans_to_source

    try:
        off = report.offset
        starts, ends = spans_to_source(report.doc.offsets, [sp.start + off for sp in spans],
                                       [sp.end + off for sp in spans])  # fmt: skip
        return starts, ends  # type: ignore[return-value]
    except Exception:
        pairs = [_src(report, sp.start, sp.end) for sp in spans]
        return [p[0] for p in pairs], [p[1] for p in pairs]


class _ByteOffsets:
    """``Source.byte_offset`` for many offsets of one file without re-encoding the prefix each time."""

    def __init__(self, source: Source) -> None:
        self.source = source
        self.codec = source.encoding.replace("-sig", "")
        self.chars: list[int] = [0]  # checkpoints: sorted char offsets and their byte offsets
        self.bytes: list[int] = [source.bom_len]

    def keep_from(self, char: int) -> None:
        """Forget the checkpoints below ``char`` but the nearest one: reports come in file order,
        so a compilation's later reports never need them (and 400k of them cost ~30 MB)."""
        i = bisect.bisect_right(self.chars, char) - 1
        if i > 1:
            del self.chars[1:i], self.bytes[1:i]

    def __call__(self, char: int | None) -> int | None:
        if char is None or self.source.format != "text":
            return None
        if self.source.stream is not None:  # decoded a block at a time: read back from the file
            return self.source.byte_offset(char)
        i = bisect.bisect_right(self.chars, char) - 1  # encode only from the nearest checkpoint
        if self.chars[i] == char:
            return self.bytes[i]
        b = self.bytes[i] + len(self.source.text[self.chars[i] : char].encode(self.codec, BYTES_ERRORS))
        self.chars.insert(i + 1, char)
        self.bytes.insert(i + 1, b)
        return b


def _flatten(sections: Iterable[Section]) -> Iterator[tuple[int, int | None, Section]]:
    """Pre-order (number, parent number, section) over the section tree."""
    counter = 0
    stack: list[tuple[int | None, Section]] = [(None, s) for s in reversed(list(sections))]
    while stack:
        parent, s = stack.pop()
        counter += 1
        yield counter, parent, s
        stack.extend((counter, c) for c in reversed(s.children))


def _table(rows: list[list[Any]], cols: list[str]) -> pa.Table:
    """Rows as an Arrow table (types inferred in C; DuckDB casts to the column types on insert)."""
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(cols)
    return pa.table({c: pa.array(list(v)) for c, v in zip(cols, columns, strict=True)})


class _Rows:
    """The rows of one file's reports, added a report at a time.

    Python row lists are turned into Arrow tables every ``chunk`` rows, so a compilation of
    thousands of reports never holds all its row lists (or, when the caller drops each report's
    result once added, all its fact and mention objects) at the same time.
    """

    def __init__(self, doc_id: int, source: Source, chunk: int = 50_000,
                 sink: Callable[[dict[str, pa.Table]], None] | None = None, sha256: str | None = None) -> None:
        self.doc_id, self.name, self.chunk = doc_id, source.name, chunk
        # ``fact_id`` needs the document's SHA-256: given when the bytes are not at hand (a big file)
        self.ids = FactIds(sha256 or (hashlib.sha256(source.raw).hexdigest() if source.raw else None))
        self.sink = sink  # given: each chunk's tables go there (``ngrams`` too) instead of being kept
        self.byte_at = _ByteOffsets(source)
        self.rows: dict[str, list[list[Any]]] = {t: [] for t in _COLS}
        self.parts: dict[str, list[pa.Table]] = {t: [] for t in _COLS}
        self.grams: list[tuple[np.ndarray, int]] = []
        self.n_reports = self.n_facts = self.n_mentions = 0
        self.content = False  # a year or a figure somewhere (else the file is not a report)

    @classmethod
    def of(cls, doc_id: int, result: ExtractionResult) -> _Rows:
        """The rows of a whole extraction result."""
        rows = cls(doc_id, result.source)
        rows.extend(result.reports)
        return rows

    def extend(self, results: Iterable[ReportResult]) -> None:
        """Add each report's rows (dropping each result once added), then hand the last to the sink."""
        for rr in results:
            self.add(rr)
            del rr  # the last report holds the whole normalised text
        if self.sink is not None:
            self.drain()

    @property
    def refusal(self) -> str | None:
        """Why the file is not stored as a report, if it is not (see ``_safe_extract``)."""
        return NO_REPORT if not self.n_reports else None if self.content else NO_CONTENT

    def add(self, rr: ReportResult) -> None:
        """Add one report's rows."""
        doc_id, name, byte_at = self.doc_id, self.name, self.byte_at
        reports, sections, glossary, facts, mentions = (self.rows[t] for t in _COLS)
        r, m = rr.report, rr.report.meta
        self.n_reports += 1
        self.n_facts += len(rr.facts)
        self.n_mentions += len(rr.mentions)
        self.content = self.content or bool(rr.mentions or rr.facts or m.report_year)
        sess = m.session
        reports.append([
            doc_id, name, r.index, m.title, m.region, m.region_code, m.level, m.report_type, m.report_year,
            m.review_year, m.plan_year, _date(m.date), sess.congress if sess else None,
            sess.meeting if sess else None, r.offset, len(r.text), len(rr.facts), len(rr.mentions), r.text,
            m.region_source, m.year_source, m.type_source,
        ])  # fmt: skip
        starts = [p.span.start for p in r.passages]
        for num, parent, s in _flatten(r.sections):
            p = passage_at(r.passages, starts, s.span.start)
            sections.append([doc_id, r.index, num, parent, s.level, s.kind, s.title, s.span.start, s.span.end,
                             p.scope if p else None, p.first if p else None, p.last if p else None])  # fmt: skip
        for g in r.glossary:
            glossary.append([doc_id, name, r.index, m.region, g.number, g.term, g.definition,
                             g.span.start, g.span.end])  # fmt: skip
        fs0, fs1 = _srcs(r, [f.span for f in rr.facts])
        if fs0:
            byte_at.keep_from(min((s for s in fs0 if s is not None), default=0))
        for f, s0, s1 in zip(rr.facts, fs0, fs1, strict=True):
            facts.append([
                doc_id, name, r.index, m.region, m.region_code, m.level, f.indicator, f.role, f.period,
                f.measure, _dec(f.value), _dec(f.value_high), f.unit, f.qualifier, f.text, s0, s1,
                byte_at(s0), byte_at(s1),
                f.span.start, f.span.end, f.indicator_name, round(float(f.confidence), 3),
                f.horizon, f.commitment, _dec(f.value_base), f.unit_base, self.ids.next(s0, s1, f, r.index),
                m.region_source, m.year_source,
            ])  # fmt: skip
        ms0, ms1 = _srcs(r, [mn.span for mn in rr.mentions])
        for mn, s0, s1 in zip(rr.mentions, ms0, ms1, strict=True):
            q = mn.quantity
            mentions.append([
                doc_id, name, r.index, m.region, mn.subject, mn.role_guess, _dec(q.value), _dec(q.value_high),
                q.unit, q.qualifier, q.direction, q.measure_hint, q.raw, mn.text, s0, s1,
                mn.span.start, mn.span.end,
            ])  # fmt: skip
        if len(g := bigrams(r.text)):
            self.grams.append((g, r.index))
        if sum(len(v) for v in self.rows.values()) >= self.chunk:
            self._flush()

    def _flush(self) -> None:
        chunk = {}
        for t, cols in _COLS.items():
            if self.rows[t]:
                chunk[t] = _table(self.rows[t], cols)
                self.rows[t] = []
        if self.sink is None:
            for t, table in chunk.items():
                self.parts[t].append(table)
            return
        if self.grams:
            chunk["ngrams"] = self.ngrams()
            self.grams = []
        if chunk:
            self.sink(chunk)

    def drain(self) -> None:
        """Hand the last rows to the sink."""
        self._flush()

    def frames(self) -> dict[str, pa.Table]:
        """Every table's rows (``ngrams`` not included: see ``ngrams``)."""
        self._flush()
        out = {}
        for t, cols in _COLS.items():
            parts = self.parts[t]
            out[t] = (_table([], cols) if not parts else parts[0] if len(parts) == 1
                      else pa.concat_tables(parts, promote_options="default"))  # fmt: skip
        return out

    def ngrams(self) -> pa.Table:
        """The bigram index rows: ``gram`` and ``report`` (int16); callers add ``doc_id``."""
        grams = self.grams
        return pa.table({
            "gram": pa.array(np.concatenate([g for g, _ in grams]) if grams else np.empty(0, np.int64)),
            "report": pa.array(np.concatenate([np.full(len(g), i, np.int16) for g, i in grams]) if grams
                               else np.empty(0, np.int16)),
        })  # fmt: skip


def result_frames(doc_id: int, result: ExtractionResult) -> dict[str, pa.Table]:
    """The rows one extraction result adds to each table, as Arrow tables ready for INSERT."""
    return _Rows.of(doc_id, result).frames()


NO_REPORT = "no report found in the file"
NO_CONTENT = "no report found in the file: no year and not one figure (a table or notes file?)"


@dataclass(slots=True)
class Payload:
    """One file's rows, built where it was extracted (a worker) so the writer only inserts them.

    Every table carries ``doc_id`` 0; the writer sets the real id when it stores the batch.
    """

    path: str
    name: str
    nbytes: int
    encoding: str
    format: str
    raw: bytes
    n_reports: int
    frames: dict[str, pa.Table]
    given: str | None = None  # the metadata the user gave for the file (``GivenMeta.to_json``)
    replaces: bool = False  # the same content is stored with other given metadata: replace it
    damaged: int = 0  # ``Source.damaged``

    @property
    def facts(self) -> int:
        return self.frames["facts"].num_rows

    @property
    def mentions(self) -> int:
        return self.frames["mentions"].num_rows


def payload_of(result: ExtractionResult, path: str | None = None, ship_raw: bool = True) -> Payload:
    """The rows of one extraction result, ``doc_id`` left 0 (see ``Payload``).

    The bigram index travels as ``gram`` and a small ``report`` column only (the writer adds
    ``doc_id``), and with ``ship_raw=False`` without the file's bytes, which the writer already
    read to hash them: what crosses the process boundary is about half as big.
    """
    return _payload(_Rows.of(0, result), result.source, path, ship_raw)


def _payload(rows: _Rows, src: Source, path: str | None, ship_raw: bool) -> Payload:
    frames = rows.frames()
    frames["ngrams"] = rows.ngrams()
    return Payload(path or src.path, src.name, len(src.raw), src.encoding, src.format, src.raw if ship_raw else b"",
                   rows.n_reports, frames, src.given.to_json() if src.given else None, damaged=src.damaged)  # fmt: skip
