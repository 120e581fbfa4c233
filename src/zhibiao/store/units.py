"""An ingest's inputs as documents, in order (a file, or each member of a ZIP archive), each already
marked failed or skipped, or given the job a worker runs for it."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from zhibiao import sources
from zhibiao.errors import ZhibiaoInputError
from zhibiao.model import GivenMeta, Source
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
    given: GivenMeta | None = None  # the metadata the user gave for it
    replaces: bool = False  # its content is stored with other given metadata: replace that document


GivenFor = Callable[[Path], "GivenMeta | None"]


def _checked(stored: dict[str, str], stored_given: dict[str, str | None], label: str, sha: str,
             given: GivenMeta | None) -> tuple[FileOutcome | str, bool]:
    """(skipped outcome or sha, whether it replaces a stored document): content already stored is
    skipped unless the user now gives other metadata for it."""
    done = _stored_as(stored, label, sha)
    new = given.to_json() if given else None
    if done is not None and new is not None and new != stored_given.get(sha):
        return sha, True
    return done or sha, False


def _carry(data: bytes, name: str, where: str) -> Source:
    """A ZIP member's bytes as they come out of the archive, decoded later in a worker."""
    return Source(path=where, name=name, raw=data, text="", encoding="")


def _zip_units(f: Path, stored: dict[str, str], given: GivenMeta | None = None,
               stored_given: dict[str, str | None] | None = None) -> Iterator[_Unit]:
    """One unit per member of an archive (each member is its own document, deduplicated by content;
    ``given``: the archive's metadata, for each member).

    Members are read from the file one at a time, as the ingest asks for the next unit: an archive
    of a thousand reports costs one member's bytes (and the units queued for the workers), not all.
    """
    from zhibiao.sources.archive import iter_zip

    where, resolved = str(f), str(f.resolve())
    empty = True
    for m in iter_zip(f, f.name, where, _carry):
        empty = False
        if isinstance(m, ZhibiaoInputError):
            yield _Unit(m.path, FileOutcome(m.path, "failed", m.reason))
            continue
        sha = hashlib.sha256(m.raw).hexdigest()
        path = resolved + m.path[len(where) :]
        checked, replaces = _checked(stored, stored_given or {}, m.path, sha, given)
        yield _Unit(m.path, checked, (_extract_member, (m.raw, m.name, path, given)), m.raw, given=given,
                    replaces=replaces)
    if empty:
        yield _Unit(where, FileOutcome(where, "failed", "ZIP archive holds no files"))


def _units(files: Iterable[Path | str], extract: Extractor, stored: dict[str, str],
           given_for: GivenFor | None = None, stored_given: dict[str, str | None] | None = None) -> Iterator[_Unit]:
    """The documents of the input files, in order, each already marked failed, skipped or to extract
    (``given_for``: the metadata the user gives for a file; ``stored_given``: that of stored content)."""
    stored_given = stored_given or {}
    for f in files:
        if isinstance(f, str):
            yield _Unit(f, FileOutcome(f, "failed", "no such file or folder"))
            continue
        given = given_for(f) if given_for is not None else None
        try:
            sources.check_file(f)  # the same refusals as extraction: broken links, folders, devices
            if sources.is_zip_archive(f):
                yield from _zip_units(f, stored, given, stored_given)
                continue
            data = sources.read_bytes(f)
        except ZhibiaoInputError as e:
            yield _Unit(str(f), FileOutcome(str(f), "failed", e.reason))
            continue
        sha = hashlib.sha256(data).hexdigest()
        checked, replaces = _checked(stored, stored_given, str(f), sha, given)
        done = isinstance(checked, FileOutcome)
        if extract is _default_extract and len(data) > bigfile.BIG_FILE and not done:
            del data  # the writer reads it again: a big file's bytes do not wait in the queue
            yield _Unit(str(f), sha, None, big=True, given=given, replaces=replaces)
            continue
        job: Job = (_extract_file, (f, False, given)) if extract is _default_extract else (_extract_payload,
                                                                                           (extract, f, False))
        yield _Unit(str(f), checked, job, b"" if done else data, given=given, replaces=replaces)
