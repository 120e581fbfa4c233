"""The one orchestrating module: file -> Source -> normalised text -> reports -> facts.

Each step is a pure function of its input, so ``extract_source`` runs the same in a loop,
a process pool or a Ray task. Only ``zhibiao.sources`` touches the file system.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from zhibiao import document, facts, normalize, sources
from zhibiao.model import ExtractionResult, GivenMeta, NormalizedText, Report, ReportResult, Source


def read_source(source: Source) -> list[Report]:
    """Normalise a decoded source and split it into reports with metadata and sections."""
    return document.split_reports(_normalized(source), source)


def _normalized(source: Source) -> NormalizedText:
    """The source's normalised text; a big file's is normalised a block at a time (``Source.stream``)."""
    if source.stream is not None:
        return normalize.normalize_blocks(source.stream.blocks)
    return normalize.normalize(source.text)


def given(source: Source, meta: GivenMeta | None) -> Source:
    """``source`` with the metadata the user gives for it (``meta`` empty or None: unchanged)."""
    return replace(source, given=meta) if meta else source


def read(path: str | Path, meta: GivenMeta | None = None) -> list[Report]:
    """Read one report file into its reports (a compilation yields several); ``meta``: what the user
    gives for it (wins over the text)."""
    return read_source(given(sources.load(path), meta))


def extract_source(source: Source) -> ExtractionResult:
    """Every fact and mention of every report in ``source``."""
    return ExtractionResult(source=source, reports=list(iter_extract_source(source)))


def iter_extract_source(source: Source) -> Iterator[ReportResult]:
    """``extract_source`` one report at a time, for callers that keep only rows of each result.

    Reports are split off one at a time, so when the caller drops each result, a compilation's
    memory is its normalised text and one report's objects, not a copy of every report.
    """
    yield from iter_extract_normalized(_normalized(source), source)


def iter_extract_normalized(doc: NormalizedText, source: Source) -> Iterator[ReportResult]:
    """``iter_extract_source`` once the text is normalised."""
    for report in document.iter_reports(doc, source):
        yield facts.extract_report(report)
        del report


def extract(path: str | Path, meta: GivenMeta | None = None) -> ExtractionResult:
    """Read and extract one file (``meta``: what the user gives for it)."""
    return extract_source(given(sources.load(path), meta))


def extract_bytes(data: bytes, name: str, meta: GivenMeta | None = None) -> ExtractionResult:
    """Extract from bytes already in memory (``name`` is used in messages and as ``doc``)."""
    return extract_source(given(sources.decode(data, name), meta))
