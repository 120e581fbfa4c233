"""Small frozen types that cross stage boundaries (see ../shared/design/architecture.md).

Offsets: a ``Span`` is half-open ``[start, end)`` in *normalised* text. Normalised text maps
back to the decoded original text through an ``OffsetMap`` (``zhibiao.normalize``), and the
decoded text maps to raw bytes through ``Source.byte_offset``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, Protocol

if TYPE_CHECKING:
    from zhibiao.sources.text import TextFile

Level = Literal["national", "province", "prefecture", "county"]
ReportType = Literal["government_work_report", "plan_report", "budget_report", "other"]
SectionKind = Literal["review", "targets", "tasks", "glossary", "other"]
Qualifier = Literal["exact", "around", "at_least", "at_most", "range", "qualitative"]
Direction = Literal["up", "down", "flat", "none"]
Role = Literal["target", "actual", "prior_target"]
Measure = Literal["growth", "level", "rate", "change_pp", "index"]
# What a passage of a report speaks of (``zhibiao.document.periods``): a review of several past years
# (a five-year plan's), last year's review, the new plan's goals, this year's plan, or unknown.
PassageScope = Literal["multi_year_review", "year_review", "plan_goals", "year_plan", "unknown"]
Commitment = Literal["binding", "stretch", "expected"]  # how firmly a target is meant (spec)
# title: the report's title; date: its delivery date; session: the congress session it was given at
# (第十四届…第二次会议, read against the terms of the congresses); issuer: the line naming the
# government or its head (XX县人民政府县长, 我代表XX人民政府); dateline: a news lead (新华社XX电);
# head / body: other lines of the report; published: a page's publication stamp; user: a manifest
# or a command-line flag.
MetaSource = Literal["title", "date", "session", "session_range", "issuer", "dateline", "head", "body", "published",
                     "file_name", "user"]


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character range ``[start, end)``."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span {self.start}..{self.end}")

    def shift(self, by: int) -> Span:
        return Span(self.start + by, self.end + by)

    def __len__(self) -> int:
        return self.end - self.start



class SourceMap(Protocol):
    """What other stages ask of an offset map (``zhibiao.normalize.OffsetMap`` is the one there is)."""

    def to_source(self, span: Span) -> Span:
        """The original span behind a normalised span."""
        ...


@dataclass(frozen=True)
class NormalizedText:
    """Normalised text, its map to ``original``, junk-line spans and the detected script."""

    text: str
    offsets: SourceMap
    original: str  # the decoded text; "" when it was normalised a block at a time (``normalize_blocks``)
    junk: tuple[Span, ...] = ()
    script: str = "simplified"  # "simplified" | "traditional"
    opencc_config: str | None = None  # "t2s" | "tw2s" | "hk2s" | None

    def source_text(self, span: Span) -> str:
        """The original text behind a normalised span."""
        s = self.offsets.to_source(span)
        return self.original[s.start : s.end]

    def is_junk(self, pos: int) -> bool:
        """True if normalised position ``pos`` lies on a marked site-junk line."""
        return any(j.start <= pos < j.end for j in self.junk)


_BYTE_MARK_STEP = 4096
# How decoded text is encoded back to count bytes: a byte that did not decode is kept in the text as
# a lone surrogate (``sources.text.DAMAGE_PER``), and encodes back to itself.
BYTES_ERRORS = "surrogateescape"


@dataclass(frozen=True, slots=True)
class GivenMeta:
    """Metadata a user gives for a file (a manifest line, ``--region`` / ``--year``): each value set
    wins over what the text says and is recorded with source ``user``."""

    region: str | None = None  # a division's name (遂宁市安居区, 安居区, 全国) or its 6-digit code
    year: int | None = None  # the report year
    report_type: ReportType | None = None

    def __bool__(self) -> bool:
        return self.region is not None or self.year is not None or self.report_type is not None

    def to_json(self) -> str | None:
        """The values set, as JSON (stored with the document); ``None`` when none is set."""
        import json

        d = {k: v for k, v in (("region", self.region), ("year", self.year), ("report_type", self.report_type))
             if v is not None}
        return json.dumps(d, ensure_ascii=False, sort_keys=True) if d else None

    @classmethod
    def from_json(cls, text: str | None) -> GivenMeta | None:
        """``to_json`` read back (``None`` for ``None``)."""
        import json

        return cls(**json.loads(text)) if text else None

    def over(self, other: GivenMeta | None) -> GivenMeta:
        """These values, each missing one taken from ``other`` (flags over a manifest line)."""
        if other is None:
            return self
        return GivenMeta(self.region if self.region is not None else other.region,
                         self.year if self.year is not None else other.year,
                         self.report_type if self.report_type is not None else other.report_type)


@dataclass(frozen=True, slots=True)
class Source:
    """A decoded input file: what ``zhibiao.sources`` hands to normalisation."""

    path: str
    name: str  # basename, used as ``doc`` in facts
    raw: bytes
    text: str  # decoded original text (BOM removed)
    encoding: str  # codec name as Python knows it, e.g. "utf-8", "gb18030", "utf-16"
    bom_len: int = 0  # bytes of BOM before text[0]
    format: str = "text"  # text | html | pdf | docx
    title: str | None = None  # e.g. an HTML <title>
    url: str | None = None
    damaged: int = 0  # bytes that did not decode (or NULs), read through as small damage (``DAMAGED_BYTE``)
    # A big plain-text file decoded a block at a time (``sources.load_big``) keeps no ``text`` nor
    # ``raw``: its text comes from ``stream.blocks``, its byte offsets from ``stream.byte_offset``.
    stream: TextFile | None = field(default=None, compare=False, repr=False)
    # Metadata the user gave for this file (a manifest line, --region/--year): wins over the text.
    given: GivenMeta | None = None

    _byte_marks: list[int] = field(default_factory=list, compare=False, repr=False)

    def byte_offset(self, char_offset: int) -> int | None:
        """Byte offset in ``raw`` of a character offset in ``text``.

        Exact for plain-text sources; ``None`` for extracted formats (HTML/PDF/DOCX) whose
        text is not a byte-for-byte decoding of the file. A byte count every
        ``_BYTE_MARK_STEP`` characters (built on first use) keeps each call short.
        """
        if self.format != "text":
            return None
        if self.stream is not None:
            return self.stream.byte_offset(char_offset)
        enc = self.encoding.replace("-sig", "")
        marks = self._byte_marks
        if not marks:  # byte offset of every _BYTE_MARK_STEP-th character
            total = self.bom_len
            marks.append(total)
            for i in range(0, len(self.text), _BYTE_MARK_STEP):
                total += len(self.text[i : i + _BYTE_MARK_STEP].encode(enc, BYTES_ERRORS))
                marks.append(total)
        k = min(char_offset // _BYTE_MARK_STEP, len(marks) - 1)
        return marks[k] + len(self.text[k * _BYTE_MARK_STEP : char_offset].encode(enc, BYTES_ERRORS))


@dataclass(frozen=True, slots=True)
class Session:
    congress: int
    meeting: int

    def to_dict(self) -> dict[str, int]:
        return {"congress": self.congress, "meeting": self.meeting}


@dataclass(frozen=True, slots=True)
class ReportMeta:
    title: str | None
    region: str | None
    region_code: str | None
    level: Level | None
    report_type: ReportType
    report_year: int | None
    review_year: int | None
    plan_year: int | None
    date: str | None  # ISO yyyy-mm-dd
    session: Session | None
    # Where each inferred attribute was read (``MetaSource``): the user's manifest or flags win over
    # the text; ``None`` when the attribute is unknown.
    region_source: MetaSource | None = None
    year_source: MetaSource | None = None
    type_source: MetaSource | None = None


@dataclass(frozen=True, slots=True)
class Section:
    kind: SectionKind
    title: str
    span: Span  # in the report's normalised text (report-relative)
    level: int = 1  # heading depth: 1 for 一、, 2 for (一), 3 for 1. ...
    children: tuple[Section, ...] = ()


@dataclass(frozen=True, slots=True)
class Passage:
    """A stretch of a report that speaks of the years ``first``..``last`` (None when unknown)."""

    span: Span  # report-relative
    scope: PassageScope
    first: int | None
    last: int | None
    cue: str  # the words that set it: a heading, `过去五年`, `刚刚过去的2025年`, `今年`


@dataclass(frozen=True, slots=True)
class GlossaryEntry:
    number: int
    term: str
    definition: str
    span: Span  # report-relative


@dataclass(slots=True)
class Report:
    """One report inside a file: a slice ``[offset, offset+len(text))`` of the file's normalised text."""

    index: int  # 1-based within the file
    meta: ReportMeta
    text: str
    offset: int  # start of this report in the file's normalised text
    doc: NormalizedText  # the whole file, normalised, with its offset map
    source: Source
    sections: list[Section] = field(default_factory=list)
    glossary: list[GlossaryEntry] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)

    def to_source(self, span: Span) -> Span:
        """Report-relative normalised span -> span in the decoded original file text."""
        return self.doc.offsets.to_source(span.shift(self.offset))

    def section_at(self, pos: int) -> Section | None:
        """Innermost section containing report-relative position ``pos``."""
        best: Section | None = None
        stack = list(self.sections)
        while stack:
            s = stack.pop()
            if s.span.start <= pos < s.span.end:
                best = s
                stack = list(s.children)
        return best


@dataclass(frozen=True, slots=True)
class Quantity:
    """One quantitative expression found in text (see ``zhibiao.quantity``)."""

    value: Decimal | None
    value_high: Decimal | None
    unit: str | None  # "%", "pp", "倍", "亿元", "万人", ... None for qualitative
    qualifier: Qualifier
    direction: Direction
    span: Span  # of the whole expression, relative to the text that was scanned
    raw: str
    measure_hint: str | None = None  # e.g. "growth" after 增长, "pp" for 个百分点, "index" for 102%
    extra: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True, slots=True)
class Fact:
    indicator: str
    role: Role
    period: int | None
    measure: Measure
    value: Decimal | None
    value_high: Decimal | None
    unit: str | None
    qualifier: Qualifier
    span: Span  # report-relative, normalised: the fact's ``text``
    text: str
    confidence: float = 1.0
    indicator_name: str | None = None
    horizon: str | None = None  # multi-year goal wording (`到2027年`, `十四五期间`, `年均`), else None
    commitment: Commitment | None = None  # targets only: binding / stretch / expected
    value_base: Decimal | None = None  # levels only: value in unit_base (571.02亿元 -> 57102000000)
    unit_base: str | None = None  # levels only: the base unit of the unit's kind (元, 人, 吨, 美元…)


@dataclass(frozen=True, slots=True)
class Mention:
    """Any other quantity in a report, with the subject phrase it was said about."""

    subject: str
    quantity: Quantity
    role_guess: Role | None
    span: Span  # report-relative
    text: str


@dataclass(slots=True)
class ReportResult:
    report: Report
    facts: list[Fact]
    mentions: list[Mention]


@dataclass(slots=True)
class ExtractionResult:
    source: Source
    reports: list[ReportResult]

    def fact_records(self) -> list[dict[str, Any]]:
        """Facts in the shape of ../shared/spec/facts.md plus provenance keys."""
        out: list[dict[str, Any]] = []
        ids = FactIds(hashlib.sha256(self.source.raw).hexdigest() if self.source.raw else None)
        for rr in self.reports:
            for f in rr.facts:
                rec = fact_record(self.source, rr.report, f)
                rec["fact_id"] = ids.next(rec["start_char"], rec["end_char"], f, rr.report.index)
                out.append(rec)
        return out


def _num(d: Decimal | None) -> int | float | None:
    if d is None:
        return None
    if d == d.to_integral_value():
        return int(d)
    return float(d)  # JSON output only; arithmetic stays in Decimal


def fact_record(source: Source, report: Report, f: Fact) -> dict[str, Any]:
    src = report.to_source(f.span)
    return {
        "doc": source.name,
        "report": report.index,
        "region": report.meta.region,
        "region_code": report.meta.region_code,
        "level": report.meta.level,
        "indicator": f.indicator,
        "role": f.role,
        "period": f.period,
        "measure": f.measure,
        "value": _num(f.value),
        "value_high": _num(f.value_high),
        "unit": f.unit,
        "value_base": _num(f.value_base),
        "unit_base": f.unit_base,
        "qualifier": f.qualifier,
        "text": f.text,
        "commitment": f.commitment,
        "start_char": src.start,
        "end_char": src.end,
        "byte_start": source.byte_offset(src.start),
        "byte_end": source.byte_offset(src.end),
        "indicator_name": f.indicator_name,
        "confidence": round(f.confidence, 3),
        "horizon": f.horizon,
        "region_source": report.meta.region_source,  # where the region and year were read ("user": given)
        "year_source": report.meta.year_source,
    }


FACT_ID_RECIPE = "zhibiao-fact-v1"


def fact_id(doc_sha256: str, start: int | str, end: int | str, indicator: str | None, role: str | None,
            measure: str | None, occurrence: int = 1) -> str:
    """The stable identity of a fact: 16 hex digits of a SHA-256 over what a reader would point at.

    The parts are the SHA-256 of the document's bytes (not a row id nor a file name: the same bytes
    are the same document in any database), the fact's character span in the *decoded source* text
    (not the normalised text, whose rules change between zhibiao versions; not the report index,
    which depends on splitting), and the indicator, role and measure (several facts share a span:
    ``分别增长5.2%、7.8%``). Period, value, qualifier and confidence are left out: they are what a
    correction changes. The same bytes extracted by any database, run or version that finds the
    same statement give the same id; a fact whose span moves gets a new id, and corrections keyed
    by the old one are reported as orphans. ``occurrence`` (2, 3…) tells apart the rare facts that
    agree on all of the above within one document, in document order; the SQL migration that fills
    ``facts.fact_id`` in older databases repeats this recipe exactly (``store.schema``).
    """
    parts = [FACT_ID_RECIPE, doc_sha256, str(start), str(end), indicator or "", role or "", measure or ""]
    if occurrence > 1:
        parts.append(str(occurrence))
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def span_token(start: int | None, end: int | None, report: int, norm_start: int, norm_end: int) -> tuple[str, str]:
    """The span parts of ``fact_id``: source characters, or (rarely, when the offset map cannot
    answer) the report and its normalised offsets, ``r2n140``."""
    if start is not None and end is not None:
        return str(start), str(end)
    return f"r{report}n{norm_start}", f"r{report}n{norm_end}"


class FactIds:
    """``fact_id`` for the facts of one document in document order, counting repeated identities."""

    def __init__(self, doc_sha256: str | None) -> None:
        self.sha = doc_sha256
        self.seen: dict[tuple[str, str, str, str, str | None], int] = {}
        self.report = 0

    def next(self, start: int | None, end: int | None, f: Fact, report: int) -> str | None:
        """The id of the next fact (None without the document's SHA-256)."""
        if self.sha is None:
            return None
        if report != self.report:  # spans of different reports never coincide: forget the last one's
            self.seen.clear()
            self.report = report
        s, e = span_token(start, end, report, f.span.start, f.span.end)
        key = (s, e, f.indicator, f.role, f.measure)
        n = self.seen[key] = self.seen.get(key, 0) + 1
        return fact_id(self.sha, s, e, f.indicator, f.role, f.measure, n)
