"""Writing extraction results into the store: one transaction per file, idempotent by sha256."""

from __future__ import annotations

import bisect
import contextlib
import datetime as _dt
import glob
import hashlib
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from decimal import Decimal
from itertools import islice
from pathlib import Path
from typing import Any, Literal

import duckdb
import numpy as np
import pyarrow as pa

from zhibiao import sources
from zhibiao.errors import ZhibiaoError, ZhibiaoInputError
from zhibiao.model import ExtractionResult, Report, ReportResult, Section, Source

Status = Literal["ingested", "skipped", "failed"]

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


REPORT_COLS = [
    "doc_id", "doc", "report", "title", "region", "region_code", "level", "report_type", "report_year",
    "review_year", "plan_year", "date", "session_congress", "session_meeting", "start_offset", "chars",
    "n_facts", "n_mentions", "text",
]  # fmt: skip
SECTION_COLS = ["doc_id", "report", "section", "parent", "depth", "kind", "title", "start_char", "end_char"]
GLOSSARY_COLS = [
    "doc_id", "doc", "report", "region", "number", "term", "definition", "start_char", "end_char",
]
FACT_COLS = [
    "doc_id", "doc", "report", "region", "region_code", "level", "indicator", "role", "period", "measure",
    "value", "value_high", "unit", "qualifier", "text", "start_char", "end_char", "byte_start", "byte_end",
    "norm_start", "norm_end", "indicator_name", "confidence", "horizon",
]  # fmt: skip
MENTION_COLS = [
    "doc_id", "doc", "report", "region", "subject", "role_guess", "value", "value_high", "unit", "qualifier",
    "direction", "measure_hint", "raw", "text", "start_char", "end_char", "norm_start", "norm_end",
]  # fmt: skip
_COLS = {"reports": REPORT_COLS, "sections": SECTION_COLS, "glossary": GLOSSARY_COLS, "facts": FACT_COLS,
         "mentions": MENTION_COLS}  # fmt: skip


@dataclass(slots=True)
class FileOutcome:
    """What happened to one input file."""

    path: str
    status: Status
    reason: str = ""
    sha256: str | None = None
    reports: int = 0
    facts: int = 0
    mentions: int = 0
    bytes: int = 0


@dataclass(slots=True)
class IngestSummary:
    """Outcomes of a batch, in input order."""

    outcomes: list[FileOutcome] = field(default_factory=list)

    def _of(self, status: Status) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.status == status]

    @property
    def ingested(self) -> list[FileOutcome]:
        return self._of("ingested")

    @property
    def skipped(self) -> list[FileOutcome]:
        return self._of("skipped")

    @property
    def failed(self) -> list[FileOutcome]:
        return self._of("failed")

    @property
    def ok(self) -> bool:
        return not self.failed


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
    from zhibiao.model import Span

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
        b = self.bytes[i] + len(self.source.text[self.chars[i] : char].encode(self.codec))
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
                 sink: Callable[[dict[str, pa.Table]], None] | None = None) -> None:
        self.doc_id, self.name, self.chunk = doc_id, source.name, chunk
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
        ])  # fmt: skip
        for num, parent, s in _flatten(r.sections):
            sections.append([doc_id, r.index, num, parent, s.level, s.kind, s.title,
                             s.span.start, s.span.end])  # fmt: skip
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
                getattr(f, "horizon", None),
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


def _insert(con: duckdb.DuckDBPyConnection, table: str, df: pa.Table) -> None:
    if df.num_rows == 0:
        return
    name = f"_zb_{table}"
    con.register(name, df)
    try:
        cols = ", ".join(df.column_names)
        con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {name}")
    finally:
        with contextlib.suppress(duckdb.Error):  # an aborted transaction refuses it; harmless
            con.unregister(name)


def write_result(con: duckdb.DuckDBPyConnection, doc_id: int, result: ExtractionResult) -> tuple[int, int]:
    """Insert every row derived from ``result`` for document ``doc_id`` (caller holds the transaction)."""
    rows = _Rows.of(doc_id, result)
    frames = rows.frames()
    for table in ("reports", "sections", "glossary", "facts", "mentions"):
        _insert(con, table, frames[table])
    _insert(con, "ngrams", _with_doc_id(rows.ngrams(), doc_id))
    return rows.n_facts, rows.n_mentions


def delete_document_rows(con: duckdb.DuckDBPyConnection, doc_id: int) -> None:
    """Remove every derived row of a document (not the document itself)."""
    for table in ("ngrams", "mentions", "facts", "glossary", "sections", "reports"):
        con.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc_id])


def _version() -> str:
    from zhibiao import __version__

    return __version__


def store_result(
    con: duckdb.DuckDBPyConnection, result: ExtractionResult, sha256: str, path: str | None = None
) -> FileOutcome:
    """Store one file's extraction in a single transaction: all of it or nothing."""
    src = result.source
    path = path or src.path
    con.execute("BEGIN TRANSACTION")
    try:
        row = con.execute(
            """INSERT INTO documents (path, name, sha256, bytes, encoding, format, ingested_at,
                                      zhibiao_version, n_reports, raw)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""",
            [path, src.name, sha256, len(src.raw), src.encoding, src.format,
             _dt.datetime.now(), _version(), len(result.reports), src.raw],
        ).fetchone()  # fmt: skip
        assert row is not None
        nf, nm = write_result(con, int(row[0]), result)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return FileOutcome(
        path, "ingested", sha256=sha256, reports=len(result.reports), facts=nf, mentions=nm
    )


def expand_paths(paths: Iterable[str | os.PathLike[str]], exclude: Iterable[Path] = ()) -> list[Path | str]:
    """Files named, found recursively under folders, or matched by globs, in a stable order.

    A path that matches nothing is returned as a string so the caller can report it as failed.
    Hidden files and the database itself (``exclude``) are left out.
    """
    skip = {p.resolve() for p in exclude}
    skip |= {p.with_name(p.name + ".wal") for p in skip}
    out: list[Path | str] = []
    seen: set[Path] = set()

    def add(p: Path) -> None:
        rp = p.resolve()
        if rp not in seen and rp not in skip:
            seen.add(rp)
            out.append(p)

    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if any(part.startswith(".") for part in f.relative_to(p).parts):
                    continue
                if f.is_file():
                    add(f)
                elif f.is_symlink() and not f.exists():
                    out.append(f)  # a broken link: sources names it as such
        elif p.is_file():
            add(p)
        elif p.is_symlink() and not p.exists():
            out.append(p)
        else:
            matches = sorted(glob.glob(str(raw), recursive=True))
            if not matches:
                out.append(str(raw))
            for m in matches:
                mp = Path(m)
                if mp.is_file():
                    add(mp)
                elif mp.is_dir():
                    out.extend(x for x in expand_paths([mp], exclude) if x not in out)
    return out


Extractor = Callable[[Path], ExtractionResult]


def _default_extract(path: Path) -> ExtractionResult:
    from zhibiao import pipeline

    return pipeline.extract(path)


def _reason(e: Exception) -> str:
    """Why extraction failed, for the outcome (a bug in extraction must not stop a batch)."""
    if isinstance(e, ZhibiaoInputError):
        return e.reason
    if isinstance(e, ZhibiaoError):
        return str(e)
    return f"internal error: {type(e).__name__}: {e}"


NO_REPORT = "no report found in the file"
NO_CONTENT = "no report found in the file: no year and not one figure (a table or notes file?)"


def _safe_extract(extract: Extractor, path: Path) -> ExtractionResult | str:
    """The extraction result, or the reason it failed."""
    try:
        result = extract(path)
    except Exception as e:
        return _reason(e)
    if not result.reports:
        return NO_REPORT
    if not any(rr.mentions or rr.facts or rr.report.meta.report_year for rr in result.reports):
        return NO_CONTENT
    return result


def _stored_as(stored: dict[str, str], label: str, sha: str) -> FileOutcome | None:
    """A "skipped" outcome when content ``sha`` is already in the store."""
    name = stored.get(sha)
    return None if name is None else FileOutcome(label, "skipped", f"already stored (as {name})", sha256=sha)


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
                   rows.n_reports, frames)  # fmt: skip


def _stream_payload(load: Callable[[], Source], path: str, ship_raw: bool = True) -> Payload | str:
    """Worker side with the default extractor: each report's rows are built as soon as its facts
    are found and its fact objects dropped, so a big compilation never holds them all at once."""
    from zhibiao import pipeline

    try:
        source = load()
        rows = _Rows(0, source)
        rows.extend(pipeline.iter_extract_source(source))
        return rows.refusal or _payload(rows, source, path, ship_raw)
    except Exception as e:
        return _reason(e)


def _extract_file(path: Path, ship_raw: bool = True) -> Payload | str:
    """Worker side for one file read with the default extractor."""
    return _stream_payload(lambda: sources.load(path), str(path.resolve()), ship_raw)


def _extract_payload(extract: Extractor, path: Path, ship_raw: bool = True) -> Payload | str:
    """Worker side: extract one file and build its rows, or say why it failed."""
    got = _safe_extract(extract, path)
    if isinstance(got, str):
        return got
    try:
        return payload_of(got, str(path.resolve()), ship_raw)
    except Exception as e:  # a row-building bug must not stop the batch either
        return _reason(e)


_TABLES = ("reports", "sections", "glossary", "facts", "mentions", "ngrams")
_ID_SEQ = {"facts": "facts_id_seq", "mentions": "mentions_id_seq"}


def _next_ids(con: duckdb.DuckDBPyConnection, seq: str, n: int) -> np.ndarray:
    """``n`` fresh values of a sequence, ascending (so ids follow input order, however DuckDB runs)."""
    got = con.execute(f"SELECT nextval('{seq}') AS id FROM range(?)", [n]).fetchnumpy()["id"]
    return np.sort(np.asarray(got, dtype=np.int64))


def _with_doc_id(t: pa.Table, doc_id: int) -> pa.Table:
    ids = pa.array(np.full(t.num_rows, doc_id, np.int32))
    i = t.schema.get_field_index("doc_id")
    return t.append_column("doc_id", ids) if i < 0 else t.set_column(i, "doc_id", ids)


@contextlib.contextmanager
def _transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """One transaction: committed if the block ends normally, rolled back on any exception."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def _insert_new(con: duckdb.DuckDBPyConnection, table: str, t: pa.Table) -> None:
    """Insert rows, giving facts and mentions fresh ids from their sequences, in row order."""
    if table in _ID_SEQ:
        t = t.append_column("id", pa.array(_next_ids(con, _ID_SEQ[table], t.num_rows)))
    _insert(con, table, t)


def _insert_chunk(con: duckdb.DuckDBPyConnection, chunk: dict[str, pa.Table], doc_id: int) -> None:
    """Insert one chunk of a document's rows (``_Rows`` sink; ``ngrams`` come without ``doc_id``)."""
    for table, t in chunk.items():
        _insert_new(con, table, _with_doc_id(t, doc_id) if table == "ngrams" else t)


def _documents_table(ids: np.ndarray, docs: list[tuple[str, str, str, int, str, str, int]],
                     raw: pa.Array) -> pa.Table:
    """``documents`` rows: ids, (path, name, sha256, bytes, encoding, format, n_reports) each, the bytes."""
    path, name, sha, nbytes, encoding, fmt, n_reports = (list(c) for c in zip(*docs, strict=True))
    return pa.table({
        "id": pa.array(ids.astype(np.int32)), "path": path, "name": name, "sha256": sha,
        "bytes": pa.array(nbytes, pa.int64()), "encoding": encoding, "format": fmt,
        "ingested_at": pa.array([_dt.datetime.now()] * len(docs), pa.timestamp("us")),
        "zhibiao_version": [_version()] * len(docs), "n_reports": pa.array(n_reports, pa.int32()), "raw": raw,
    })  # fmt: skip


def store_batch(con: duckdb.DuckDBPyConnection, batch: list[tuple[Payload, str]]) -> list[FileOutcome]:
    """Store several files' rows in ONE transaction (one INSERT per table): all of them or none.

    Ids are taken from the sequences in input order, so the rows are the same whatever the batch
    boundaries or the number of workers were.
    """
    if not batch:
        return []
    with _transaction(con):
        ids = _next_ids(con, "documents_id_seq", len(batch))
        docs = _documents_table(ids, [(p.path, p.name, sha, p.nbytes, p.encoding, p.format, p.n_reports)
                                      for p, sha in batch], pa.array([p.raw for p, _ in batch], pa.binary()))
        _insert(con, "documents", docs)
        for table in _TABLES:
            parts = [_with_doc_id(p.frames[table], int(i)) for (p, _), i in zip(batch, ids, strict=True)
                     if p.frames[table].num_rows]  # fmt: skip
            if not parts:
                continue
            _insert_new(con, table, pa.concat_tables(parts, promote_options="permissive"))
    return [FileOutcome(p.path, "ingested", sha256=sha, reports=p.n_reports, facts=p.facts, mentions=p.mentions,
                        bytes=p.nbytes) for p, sha in batch]  # fmt: skip


BIG_FILE = 16_000_000  # bytes: a file bigger than this is extracted by the writer as it is stored


STREAM_CHUNK = 10_000  # rows a transaction for a big file: its Python rows stay a few MB
PART_BYTES = 1 << 20  # a big file's bytes go into ``document_parts`` in parts of this size
_PARTS_PER_COMMIT = 16


PENDING = "pending_doc:"  # meta key of a big file being stored in steps; removed by its last step


def store_streaming(target: Target, path: Path, sha: str) -> FileOutcome:
    """Extract one (big) file and store its rows as they are found, one transaction per chunk.

    A compilation of thousands of reports never has all its rows in memory, in Python or in
    DuckDB's uncommitted storage. Its ``documents`` row goes in last, with the removal of a
    ``meta`` note naming the document id: until then the file is not stored (a later run ingests
    it again), and a failure, here or a crash, has its rows deleted (``clear_pending``). Ids come
    from the sequences in order, so the rows equal those of the same file stored in a batch.

    Memory: a plain-text file is decoded and normalised a block at a time (other formats are
    decoded whole and their bytes let go), its bytes are read again in parts into
    ``document_parts`` (checked against ``sha``), and a ``WriteSession`` renews its connection as
    rows go in. So the peak is about the normalised text, not also the decoded text, the bytes
    and DuckDB's cache.
    """
    from zhibiao import pipeline

    label = str(path)
    session = target if isinstance(target, WriteSession) else None

    def con() -> duckdb.DuckDBPyConnection:
        return session.acquire() if session is not None else target  # type: ignore[return-value]

    try:
        source = _load_big(path, label, sha)
    except Exception as e:
        return FileOutcome(label, "failed", _reason(e), sha256=sha)
    doc_id = int(_next_ids(con(), "documents_id_seq", 1)[0])
    con().execute("INSERT INTO meta VALUES (?, ?)", [f"{PENDING}{doc_id}", sha])

    def sink(chunk: dict[str, pa.Table]) -> None:
        c = con()
        with _transaction(c):
            _insert_chunk(c, chunk, doc_id)
        if session is not None:  # renew the connection now and then: DuckDB's cache grows with the rows
            session.stored(sum(t.nbytes for t in chunk.values()))

    try:
        rows = _Rows(doc_id, source, STREAM_CHUNK, sink=sink)
        rows.extend(pipeline.iter_extract_source(source))
        if reason := rows.refusal:
            clear_pending(con())
            return FileOutcome(label, "failed", reason, sha256=sha)
        counts = {"reports": rows.n_reports, "facts": rows.n_facts, "mentions": rows.n_mentions}
        del rows
        nbytes = _store_parts(con, path, sha, doc_id)
        meta = (str(path.resolve()), source.name, sha, nbytes, source.encoding, source.format, counts["reports"])
        del source
        docs = _documents_table(np.array([doc_id]), [meta], pa.nulls(1, pa.binary()))
        c = con()
        with _transaction(c):
            _insert(c, "documents", docs)
            c.execute("DELETE FROM meta WHERE key = ?", [f"{PENDING}{doc_id}"])
    except Exception as e:
        with contextlib.suppress(duckdb.Error):
            clear_pending(con())
        reason = f"cannot store: {e}" if isinstance(e, duckdb.Error) else _reason(e)
        return FileOutcome(label, "failed", reason, sha256=sha)
    return FileOutcome(str(path.resolve()), "ingested", sha256=sha, bytes=nbytes, **counts)


def _load_big(path: Path, label: str, sha: str, name: str | None = None) -> Source:
    """``sources.load_big``, with the bytes of a format read whole checked against ``sha`` and then
    let go (rows need the text only; the bytes are read again for ``document_parts``)."""
    source = sources.load_big(path, label, name)
    if source.stream is None:
        if hashlib.sha256(source.raw).hexdigest() != sha:
            raise ZhibiaoInputError(label, CHANGED)
        source = replace(source, raw=b"")
    return source


CHANGED = "the file changed while it was being ingested"


def _store_parts(con: Callable[[], duckdb.DuckDBPyConnection], path: Path, sha: str, doc_id: int) -> int:
    """Read ``path`` again into ``document_parts``, a few parts a transaction, checking it is still
    ``sha``; returns its size in bytes."""
    digest = hashlib.sha256()
    part = nbytes = 0
    pieces = sources.read_pieces(path, PART_BYTES)
    while chunk := list(islice(pieces, _PARTS_PER_COMMIT)):
        for p in chunk:
            digest.update(p)
            nbytes += len(p)
        c = con()
        with _transaction(c):
            _insert(c, "document_parts", pa.table({
                "doc_id": pa.array([doc_id] * len(chunk), pa.int32()),
                "part": pa.array(range(part, part + len(chunk)), pa.int32()),
                "raw": pa.array(chunk, pa.binary()),
            }))  # fmt: skip
        part += len(chunk)
        del chunk
    if digest.hexdigest() != sha:
        raise ZhibiaoInputError(str(path), CHANGED)
    return nbytes


def document_bytes(con: duckdb.DuckDBPyConnection, doc_id: int) -> bytes | None:
    """The stored bytes of a document: ``documents.raw``, or its ``document_parts`` for a big file."""
    row = con.execute("SELECT raw FROM documents WHERE id = ?", [doc_id]).fetchone()
    if row is None:
        return None
    if row[0] is not None:
        return bytes(row[0])
    return b"".join(_parts(con, doc_id)) or None


def _parts(con: duckdb.DuckDBPyConnection, doc_id: int) -> Iterator[bytes]:
    """A big document's bytes in order, a few parts (``_PARTS_PER_COMMIT``) fetched at a time."""
    (last,) = con.execute("SELECT max(part) FROM document_parts WHERE doc_id = ?", [doc_id]).fetchone()
    for a in range(0, -1 if last is None else int(last) + 1, _PARTS_PER_COMMIT):
        got = con.execute("SELECT raw FROM document_parts WHERE doc_id = ? AND part >= ? AND part < ? ORDER BY part",
                          [doc_id, a, a + _PARTS_PER_COMMIT]).fetchall()  # fmt: skip
        yield from (bytes(p) for (p,) in got)


def clear_pending(con: duckdb.DuckDBPyConnection) -> int:
    """Delete the rows of big files whose storing did not finish (see ``store_streaming``)."""
    keys = [k for (k,) in con.execute("SELECT key FROM meta WHERE starts_with(key, ?)", [PENDING]).fetchall()]
    for key in keys:
        doc_id = int(key[len(PENDING) :])
        with _transaction(con):
            delete_document_rows(con, doc_id)
            con.execute("DELETE FROM document_parts WHERE doc_id = ?", [doc_id])
            con.execute("DELETE FROM meta WHERE key = ?", [key])
    return len(keys)


class WriteSession:
    """Where an ingest writes: the database file, kept open between batches unless a reader waits.

    DuckDB lets one process write a file or several read it, never both. A reader that finds the
    file locked by an ingest says so (``connect.want_read``); the session then closes the file
    after the batch in hand and leaves it closed for a moment, so the reader gets in. Without
    readers the connection is reused (each close is a checkpoint); it is renewed every
    ``renew_bytes`` of input (16 MB) so DuckDB's block cache does not grow with the database.
    """

    def __init__(self, db: str | os.PathLike[str], threads: int = 1, renew_bytes: int = 16_000_000,
                 yield_seconds: float = 1.0, checkpoint_mb: int = 32) -> None:
        self.path = Path(db)
        self.checkpoint_mb = checkpoint_mb
        self.threads = threads  # DuckDB threads: the workers already keep the cores busy
        self.renew_bytes = renew_bytes
        self.yield_seconds = yield_seconds
        self.migrated = False
        self.con: duckdb.DuckDBPyConnection | None = None
        self.opened_at = 0.0
        self.closed_at = 0.0
        self.nbytes = 0  # input bytes stored since the connection was opened
        self.yielded = 0  # times the file was handed to waiting readers
        self.yielding = False

    def acquire(self) -> duckdb.DuckDBPyConnection:
        """The open connection, opening it (and waiting for readers to finish) if needed."""
        from zhibiao.store.connect import connect, lock_timeout, wait_connect

        if self.con is None:
            pause = self.closed_at + self.yield_seconds - time.monotonic()
            if self.yielding and pause > 0:  # let the waiting reader in first
                time.sleep(pause)
            self.yielding = False
            if self.migrated:  # checked once per run: later opens skip the schema queries
                self.con = wait_connect(self.path, read_only=False, wait=lock_timeout())
            else:
                self.con = connect(self.path)
                self.migrated = True
                clear_pending(self.con)  # rows a killed ingest left of a big file
            self.con.execute(f"SET threads = {int(self.threads)}")
            self.con.execute(f"SET checkpoint_threshold = '{self.checkpoint_mb}MB'")
            # An ingest only appends, so a checkpoint's vacuum pass has nothing to reclaim; it
            # would merge and rewrite the row groups of the wide text columns (source bytes,
            # report texts) in memory, and those peaks grew with the database (1.4 GB at 1 GB).
            with contextlib.suppress(duckdb.Error):  # older DuckDB releases lack the setting
                self.con.execute("SET max_vacuum_tasks = 0")
            self.opened_at, self.nbytes = time.monotonic(), 0
        return self.con

    def stored(self, nbytes: int) -> None:
        """After a batch: close if a reader waits (or the cache should be dropped)."""
        from zhibiao.store.connect import readers_waiting_since

        self.nbytes += nbytes
        asked = readers_waiting_since(self.path)
        if asked is not None and asked >= self.opened_at - 1.0:
            self.yielded += 1
            self.close()
            self.yielding = True
        elif self.nbytes >= self.renew_bytes:
            self.close()

    def close(self) -> None:
        """Close the file (a checkpoint); the next batch reopens it."""
        if self.con is not None:
            self.con.close()
            self.con = None
            self.closed_at = time.monotonic()

    @contextlib.contextmanager
    def open(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """The connection for one batch; it may stay open for the next one."""
        con = self.acquire()
        try:
            yield con
        except BaseException:
            self.close()
            raise


Target = duckdb.DuckDBPyConnection | WriteSession


@contextlib.contextmanager
def _opened(target: Target) -> Iterator[duckdb.DuckDBPyConnection]:
    if isinstance(target, WriteSession):
        with target.open() as con:
            yield con
    else:
        yield target


class _Writer:
    """The single writer: buffers extracted files and stores them in batches, outcomes in input order.

    ``stored`` maps the sha256 of every stored document to its name: read once at the start and
    kept up to date, so deciding that a file is already stored needs no database access.
    """

    def __init__(self, target: Target, max_files: int = 32, max_bytes: int = 8_000_000,
                 max_wait: float = 0.25) -> None:
        self.target = target
        self.max_files, self.max_bytes, self.max_wait = max_files, max_bytes, max_wait
        self.queue: list[FileOutcome | tuple[Payload, str]] = []  # finished outcomes and rows to store
        self.nbytes = 0
        with _opened(target) as con:
            self.stored: dict[str, str] = dict(con.execute("SELECT sha256, name FROM documents").fetchall())
        self.since = time.perf_counter()

    def add(self, item: FileOutcome | tuple[Payload, str]) -> list[FileOutcome]:
        """Queue one file's outcome or rows; returns the outcomes that are final now."""
        self.queue.append(item)
        if isinstance(item, tuple):
            self.nbytes += item[0].nbytes
        rows = sum(isinstance(x, tuple) for x in self.queue)
        if rows == 0:
            return self.flush()
        if (rows >= self.max_files or self.nbytes >= self.max_bytes
                or time.perf_counter() - self.since >= self.max_wait):  # fmt: skip
            return self.flush()
        return []

    def flush(self) -> list[FileOutcome]:
        """Store everything queued; outcomes in the order the files were added."""
        queue, self.queue, self.nbytes = self.queue, [], 0
        self.since = time.perf_counter()
        batch = [x for x in queue if isinstance(x, tuple)]
        if batch:
            with _opened(self.target) as con:
                try:
                    outs = store_batch(con, batch)
                except duckdb.Error:  # one bad file must not sink the batch: store them one by one
                    outs = [self._store_one(con, x) for x in batch]
            for (p, sha), o in zip(batch, outs, strict=True):
                if o.status == "ingested":
                    self.stored[sha] = p.name
            if isinstance(self.target, WriteSession):
                self.target.stored(sum(p.nbytes for p, _ in batch))
        stored = iter(outs if batch else [])
        return [next(stored) if isinstance(x, tuple) else x for x in queue]

    def store_big(self, label: str, sha: str) -> FileOutcome:
        """Extract and store one big file here, a chunk of reports at a time (``store_streaming``)."""
        try:
            out = store_streaming(self.target, Path(label), sha)
        except BaseException:  # as ``WriteSession.open``: a killed run leaves the file closed
            if isinstance(self.target, WriteSession):
                self.target.close()
            raise
        if out.status == "ingested":
            self.stored[sha] = Path(label).name
        if isinstance(self.target, WriteSession):
            self.target.stored(out.bytes)
        return out

    @staticmethod
    def _store_one(con: duckdb.DuckDBPyConnection, item: tuple[Payload, str]) -> FileOutcome:
        try:
            return store_batch(con, [item])[0]
        except duckdb.Error as e:
            return FileOutcome(item[0].path, "failed", f"cannot store: {e}", sha256=item[1])


def _worker_init(parent: int) -> None:
    """Die with the writer: a killed ``zhibiao ingest`` must not leave its workers behind (Linux)."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:  # the writer died before the line above took effect
        os._exit(1)


def _warm_up() -> None:
    """Load the pipeline's modules and vocabularies once here, so forked workers start warm."""
    from zhibiao import pipeline

    with contextlib.suppress(Exception):
        payload_of(pipeline.extract_bytes("2024年政府工作报告\n地区生产总值增长6%左右。\n".encode(), "warm-up.txt"))


def _outcome(label: str, sha: str, got: Payload | str) -> FileOutcome | tuple[Payload, str]:
    return FileOutcome(label, "failed", got, sha256=sha) if isinstance(got, str) else (got, sha)


def _extract_member(raw: bytes, name: str, path: str) -> Payload | str:
    """Worker side for one member of a ZIP archive: decode, extract and build its rows."""
    return _stream_payload(lambda: sources.decode(raw, name, path), path, ship_raw=False)


Job = tuple[Callable[..., Payload | str], tuple[Any, ...]]
WINDOW_PER_JOB = 32  # files queued per worker: ~1 s of extraction, longer than storing a batch


@dataclass(slots=True)
class _Unit:
    """One document to ingest: a file, or one member of a ZIP archive."""

    label: str  # the path shown in its outcome
    checked: FileOutcome | str  # a final outcome already, or the sha256 of its content
    job: Job | None = None  # what a worker runs to build its rows
    raw: bytes = b""  # the content, read here to hash it: stored as is, not shipped back by the worker
    big: bool = False  # extracted and stored by the writer itself, report by report (see BIG_FILE)


def _carry(data: bytes, name: str, where: str) -> Source:
    """A ZIP member's bytes as they come out of the archive, decoded later in a worker."""
    return Source(path=where, name=name, raw=data, text="", encoding="")


def _zip_units(f: Path, data: bytes, stored: dict[str, str]) -> Iterator[_Unit]:
    """One unit per member of an archive (each member is its own document, deduplicated by content)."""
    from zhibiao.sources.archive import iter_zip

    where, resolved = str(f), str(f.resolve())
    members = list(iter_zip(data, f.name, where, _carry))
    if not members:
        yield _Unit(where, FileOutcome(where, "failed", "ZIP archive holds no files"))
    for m in members:
        if isinstance(m, ZhibiaoInputError):
            yield _Unit(m.path, FileOutcome(m.path, "failed", m.reason))
            continue
        sha = hashlib.sha256(m.raw).hexdigest()
        path = resolved + m.path[len(where) :]
        yield _Unit(m.path, _stored_as(stored, m.path, sha) or sha, (_extract_member, (m.raw, m.name, path)),
                    m.raw)


def _units(files: Iterable[Path | str], extract: Extractor, stored: dict[str, str]) -> Iterator[_Unit]:
    """The documents of the input files, in order, each already marked failed, skipped or to extract."""
    for f in files:
        if isinstance(f, str):
            yield _Unit(f, FileOutcome(f, "failed", "no such file or folder"))
            continue
        try:
            data = sources.read_bytes(f)  # the same refusals as extraction: broken links, folders, devices
        except ZhibiaoInputError as e:
            yield _Unit(str(f), FileOutcome(str(f), "failed", e.reason))
            continue
        if data[:4] in (b"PK\x03\x04", b"PK\x05\x06") and sources.sniff(data) == "zip":
            yield from _zip_units(f, data, stored)
            continue
        sha = hashlib.sha256(data).hexdigest()
        done = _stored_as(stored, str(f), sha)
        if extract is _default_extract and len(data) > BIG_FILE and not done:
            del data  # the writer reads it again: a big file's bytes do not wait in the queue
            yield _Unit(str(f), sha, None, big=True)
            continue
        job: Job = (_extract_file, (f, False)) if extract is _default_extract else (_extract_payload,
                                                                                    (extract, f, False))
        yield _Unit(str(f), done or sha, job, b"" if done else data)


class _Inline:
    """A future that runs its job when its result is asked for (``jobs=1``: no worker processes)."""

    def __init__(self, job: Job) -> None:
        self.job = job

    def result(self) -> Payload | str:
        fn, args = self.job
        return fn(*args)


def ingest_iter(
    db: Target,
    files: Iterable[Path | str],
    extract: Extractor = _default_extract,
    jobs: int = 1,
) -> Iterator[FileOutcome]:
    """Ingest files in order, yielding each outcome as soon as its batch's transaction has committed.

    ``db`` is an open connection, or a ``WriteSession`` (the database opened per batch, so readers
    work during the ingest). A ZIP archive's members are ingested as documents of their own. With
    ``jobs > 1`` extraction (and building the rows) runs in that many worker processes while this
    process, the only writer, stores results in input order and in batches; at most
    ``WINDOW_PER_JOB * jobs`` results wait in memory (enough queued work to keep the workers busy
    while a batch is being stored). The stored rows are the same for any ``jobs``.
    """
    files = list(files)
    jobs = max(1, min(jobs, len(files)))
    yield from _ingest(db, files, extract, jobs)


def _ingest(db: Target, files: list[Path | str], extract: Extractor, jobs: int) -> Iterator[FileOutcome]:
    """``ingest_iter`` once the file list and the number of workers are settled."""
    writer = _Writer(db)
    stored = writer.stored
    with contextlib.ExitStack() as stack:
        pool = None
        if jobs > 1:
            if extract is _default_extract:
                _warm_up()
            pool = stack.enter_context(ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init,
                                                           initargs=(os.getpid(),)))  # fmt: skip
        if isinstance(db, WriteSession):
            stack.callback(db.close)
        window: deque[tuple[_Unit, Future[Payload | str] | _Inline | None]] = deque()
        submitted: set[str] = set()  # contents already sent for extraction in this run
        units = _units(files, extract, stored)
        while True:
            while len(window) < WINDOW_PER_JOB * jobs and (u := next(units, None)) is not None:
                fut: Future[Payload | str] | _Inline | None = None
                if u.big and isinstance(u.checked, str) and u.checked in submitted:
                    u.big = False  # the same big content twice in one run: the second is "skipped"
                if isinstance(u.checked, str) and u.checked not in submitted and (u.job is not None or u.big):
                    submitted.add(u.checked)
                    if u.job is not None:
                        fut = pool.submit(u.job[0], *u.job[1]) if pool else _Inline(u.job)
                window.append((u, fut))
                if pool is None:
                    break
            if not window:
                break
            u, fut = window.popleft()
            if isinstance(u.checked, FileOutcome):
                yield from writer.add(u.checked)
            elif u.big and u.checked not in stored:
                yield from writer.flush()  # outcomes stay in input order
                yield writer.store_big(u.label, u.checked)
            elif fut is None:  # same content as an earlier document of this run: store that one first
                yield from writer.flush()
                yield _stored_as(stored, u.label, u.checked) or FileOutcome(
                    u.label, "failed", "same content as an earlier file that failed", sha256=u.checked
                )
            else:
                got = fut.result()
                if isinstance(got, Payload) and not got.raw:
                    got.raw = u.raw
                yield from writer.add(_outcome(u.label, u.checked, got))
        yield from writer.flush()


def reextract_iter(
    con: duckdb.DuckDBPyConnection,
    decode: Callable[[bytes, str], ExtractionResult] | None = None,
) -> Iterator[FileOutcome]:
    """Re-run extraction on every stored document from its stored bytes, one transaction each.

    With the default ``decode``, a big document (its bytes in ``document_parts``) is read as it
    was ingested, a block at a time (``_reextract_big``), not decoded and extracted whole.
    """
    streamed = decode is None
    if decode is None:
        from zhibiao.pipeline import extract_bytes as decode
    docs = con.execute("SELECT id, name, path, sha256 FROM documents ORDER BY id").fetchall()
    parted = {i for (i,) in con.execute("SELECT DISTINCT doc_id FROM document_parts").fetchall()} if streamed else ()
    for doc_id, name, path, sha in docs:
        if doc_id in parted:
            yield _reextract_big(con, doc_id, name, path or name, sha)
            continue
        raw = document_bytes(con, doc_id)
        if raw is None:
            yield FileOutcome(path or name, "failed", "raw bytes not stored", sha256=sha)
            continue
        try:
            result = decode(raw, name)
        except Exception as e:
            yield FileOutcome(path or name, "failed", f"{type(e).__name__}: {e}", sha256=sha)
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            delete_document_rows(con, doc_id)
            nf, nm = write_result(con, doc_id, result)
            con.execute(
                "UPDATE documents SET zhibiao_version = ?, n_reports = ?, ingested_at = ? WHERE id = ?",
                [_version(), len(result.reports), _dt.datetime.now(), doc_id],
            )
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        yield FileOutcome(path or name, "ingested", sha256=sha, reports=len(result.reports), facts=nf,
                          mentions=nm)  # fmt: skip


def _reextract_big(con: duckdb.DuckDBPyConnection, doc_id: int, name: str, label: str, sha: str) -> FileOutcome:
    """Re-extract a document kept in parts: its bytes go to a temporary file a few parts at a time
    and are read as a big file is ingested (``sources.load_big``); the new rows go in a chunk at a
    time inside the one transaction that deletes the old ones."""
    import tempfile

    from zhibiao import pipeline

    def sink(chunk: dict[str, pa.Table]) -> None:
        _insert_chunk(con, chunk, doc_id)

    with tempfile.TemporaryDirectory(prefix="zhibiao-") as tmp:
        path = Path(tmp) / "document"
        with open(path, "wb") as f:
            f.writelines(_parts(con, doc_id))
        try:
            source = _load_big(path, label, sha, name)
        except Exception as e:
            return FileOutcome(label, "failed", f"{type(e).__name__}: {e}", sha256=sha)
        con.execute("BEGIN TRANSACTION")
        try:
            delete_document_rows(con, doc_id)
            rows = _Rows(doc_id, source, STREAM_CHUNK, sink=sink)
            rows.extend(pipeline.iter_extract_source(source))
            con.execute(
                "UPDATE documents SET zhibiao_version = ?, n_reports = ?, ingested_at = ? WHERE id = ?",
                [_version(), rows.n_reports, _dt.datetime.now(), doc_id],
            )
            con.execute("COMMIT")
        except Exception as e:
            con.execute("ROLLBACK")
            return FileOutcome(label, "failed", f"{type(e).__name__}: {e}", sha256=sha)
        except BaseException:
            con.execute("ROLLBACK")
            raise
    return FileOutcome(label, "ingested", sha256=sha, reports=rows.n_reports, facts=rows.n_facts,
                       mentions=rows.n_mentions)  # fmt: skip
