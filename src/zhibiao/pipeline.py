"""The one orchestrating module: file -> Source -> normalised text -> reports -> facts.

Each step is a pure function of its input, so ``extract_source`` runs the same in a loop,
a process pool or a Ray task. Only ``zhibiao.sources`` touches the file system.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from zhibiao import document, facts, normalize, sources
from zhibiao.model import ExtractionResult, Report, ReportResult, Source


def read_source(source: Source) -> list[Report]:
    """Normalise a decoded source and split it into reports with metadata and sections."""
    doc = normalize.normalize(source.text)
    return document.split_reports(doc, source)


def read(path: str | Path) -> list[Report]:
    """Read one report file into its reports (a compilation yields several)."""
    return read_source(sources.load(path))


def extract_source(source: Source) -> ExtractionResult:
    """Every fact and mention of every report in ``source``."""
    return ExtractionResult(source=source, reports=list(iter_extract_source(source)))


def iter_extract_source(source: Source) -> Iterator[ReportResult]:
    """``extract_source`` one report at a time, for callers that keep only rows of each result.

    Reports are split off one at a time, so when the caller drops each result, a compilation's
    memory is its normalised text and one report's objects, not a copy of every report.
    """
    yield from iter_extract_normalized(normalize.normalize(source.text), source)


def iter_extract_normalized(doc: normalize.NormalizedText, source: Source) -> Iterator[ReportResult]:
    """``iter_extract_source`` once the text is normalised."""
    for report in document.iter_reports(doc, source):
        yield facts.extract_report(report)
        del report


def iter_extract_text_file(
    text_file: sources.TextFile, name: str | None = None
) -> tuple[Source, Iterator[ReportResult]]:
    """The source and the report results of a big plain-text file decoded a block at a time.

    The whole decoded text never exists (the normaliser takes it block by block), so reading a
    file costs about its normalised text; byte offsets are read back from the file, which the
    caller closes (``text_file.close()``) once done with the results. ``name`` (the ``doc`` of
    the rows) defaults to the file's name.
    """
    path = text_file.path
    source = Source(path=path, name=name or Path(path).name, raw=b"", text="", encoding=text_file.encoding,
                    bom_len=text_file.bom_len, bytes_at=text_file.byte_offset)  # fmt: skip

    def results() -> Iterator[ReportResult]:
        doc = normalize.normalize_blocks(text_file.blocks(normalize.steps.BLOCK))
        yield from iter_extract_normalized(doc, source)

    return source, results()


def extract(path: str | Path) -> ExtractionResult:
    """Read and extract one file."""
    return extract_source(sources.load(path))


def extract_bytes(data: bytes, name: str) -> ExtractionResult:
    """Extract from bytes already in memory (``name`` is used in messages and as ``doc``)."""
    return extract_source(sources.decode(data, name))
