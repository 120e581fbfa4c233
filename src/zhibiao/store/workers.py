"""The extraction side of an ingest: what a worker process runs for one file or ZIP member."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from zhibiao import sources
from zhibiao.errors import ZhibiaoError, ZhibiaoInputError
from zhibiao.model import ExtractionResult, GivenMeta, Source
from zhibiao.store.rows import NO_CONTENT, NO_REPORT, Payload, _payload, _Rows, payload_of

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


def _given(source: Source, given: GivenMeta | None) -> Source:
    return replace(source, given=given) if given else source


def _extract_file(path: Path, ship_raw: bool = True, given: GivenMeta | None = None) -> Payload | str:
    """Worker side for one file read with the default extractor (``given``: the user's metadata)."""
    return _stream_payload(lambda: _given(sources.load(path), given), str(path.resolve()), ship_raw)


def _extract_payload(extract: Extractor, path: Path, ship_raw: bool = True) -> Payload | str:
    """Worker side: extract one file and build its rows, or say why it failed."""
    got = _safe_extract(extract, path)
    if isinstance(got, str):
        return got
    try:
        return payload_of(got, str(path.resolve()), ship_raw)
    except Exception as e:  # a row-building bug must not stop the batch either
        return _reason(e)


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


def _extract_member(raw: bytes, name: str, path: str, given: GivenMeta | None = None) -> Payload | str:
    """Worker side for one member of a ZIP archive: decode, extract and build its rows."""
    return _stream_payload(lambda: _given(sources.decode(raw, name, path), given), path, ship_raw=False)


Job = tuple[Callable[..., Payload | str], tuple[Any, ...]]
WINDOW_PER_JOB = 32  # files queued per worker: ~1 s of extraction, longer than storing a batch


class _Inline:
    """A future that runs its job when its result is asked for (``jobs=1``: no worker processes)."""

    def __init__(self, job: Job) -> None:
        self.job = job

    def result(self) -> Payload | str:
        fn, args = self.job
        return fn(*args)
