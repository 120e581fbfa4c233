"""An ingest's inputs as documents, in order (a file, or each member of a ZIP archive), each already
marked failed or skipped, or given the job a worker runs for it."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from zhibiao import sources
from zhibiao.errors import ZhibiaoInputError
from zhibiao.model import Source
from zhibiao.store import bigfile
from zhibiao.store.outcome import FileOutcome
from zhibiao.store.rows import Payload
from zhibiao.store.workers import Extractor, Job, _default_extract, _extract_file, _extract_member, _extract_payload


def _stored_as(stored: dict[str, str], label: str, sha: str) -> FileOutcome | None:
    """A "skipped" outcome when content ``sha`` is already in the store."""
    name = stored.get(sha)
    return None if name is None else FileOutcome(label, "skipped", f"already stored (as {name})", sha256=sha)


def _outcome(label: str, sha: str, got: Payload | str) -> FileOutcome | tuple[Payload, str]:
    return FileOutcome(label, "failed", got, sha256=sha) if isinstance(got, str) else (got, sha)


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
        if extract is _default_extract and len(data) > bigfile.BIG_FILE and not done:
            del data  # the writer reads it again: a big file's bytes do not wait in the queue
            yield _Unit(str(f), sha, None, big=True)
            continue
        job: Job = (_extract_file, (f, False)) if extract is _default_extract else (_extract_payload,
                                                                                    (extract, f, False))
        yield _Unit(str(f), done or sha, job, b"" if done else data)
