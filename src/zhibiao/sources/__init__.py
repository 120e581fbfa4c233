"""Bytes to text: read a report file, detect its format from content, and decode or extract its text.

Formats: plain text (UTF-8 with or without BOM, UTF-16 with BOM, GB18030/GBK, Big5), HTML pages
(article body), text PDFs, Word DOCX, and ZIP archives of these (``load_many``). The format comes
from the bytes (magic numbers, a look at the start), never from the file name. Every failure is a
``ZhibiaoInputError`` that names the file and says what is wrong in plain words, on one line.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

from zhibiao.errors import ZhibiaoInputError
from zhibiao.model import Source
from zhibiao.sources.detect import sniff, unsupported_reason, zip_kind
from zhibiao.sources.text import TextFile, check_text, decode_text, read_head

__all__ = [
    "MAX_FILE_BYTES", "TextFile", "check_file", "decode", "is_zip_archive", "load", "load_big", "load_many",
    "read_bytes", "read_pieces", "sniff", "unsupported_reason",
]  # fmt: skip

# Files larger than this are refused before reading (a report is a few MB; a 1 GB "report" is not one).
MAX_FILE_BYTES = 1024 * 1024 * 1024


def decode(raw: bytes, name: str, path: str | None = None) -> Source:
    """Decode ``raw`` into one ``Source``, dispatching on the format found in its content.

    A ZIP archive is read here only when it holds exactly one report; ``load_many`` expands any.
    """
    where = path if path is not None else name
    if not raw:
        raise ZhibiaoInputError(where, "the file is empty")
    fmt = sniff(raw)
    if fmt == "pdf":
        from zhibiao.sources.pdf import extract_pdf

        text = extract_pdf(raw, where)
        return Source(path=where, name=name, raw=raw, text=text, encoding="utf-8", format="pdf")
    if fmt == "docx":
        from zhibiao.sources.docx import extract_docx

        text, title = extract_docx(raw, where)
        return Source(path=where, name=name, raw=raw, text=text, encoding="utf-8", format="docx", title=title)
    if fmt == "zip":
        return _single_member(raw, name, where)
    if fmt == "office":
        raise ZhibiaoInputError(where, unsupported_reason(raw) or "is a document format that is not read")
    if fmt == "html":
        from zhibiao.sources.html import extract_html

        text, enc, title, url = extract_html(raw, where)
        return Source(path=where, name=name, raw=raw, text=text, encoding=enc, format="html",
                      title=title, url=url)  # fmt: skip
    why = unsupported_reason(raw)
    if why:
        raise ZhibiaoInputError(where, why)
    text, enc, bom_len, damaged = decode_text(raw, where)
    check_text(text, where)
    return Source(path=where, name=name, raw=raw, text=text, encoding=enc, bom_len=bom_len, damaged=damaged)


def _single_member(raw: bytes, name: str, where: str) -> Source:
    """The one report of a single-report ZIP; otherwise refuse, naming the first bad member if any."""
    from zhibiao.sources.archive import iter_zip

    found = list(iter_zip(raw, name, where, decode))
    errors = [x for x in found if isinstance(x, ZhibiaoInputError)]
    good = [x for x in found if isinstance(x, Source)]
    if len(good) == 1 and not errors:
        return good[0]
    if errors:
        first = errors[0]
        member = first.path[len(where) + 1 :] if first.path.startswith(where + "!") else ""
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise ZhibiaoInputError(where, f"{member + ': ' if member else ''}{first.reason}{more}")
    if not good:
        raise ZhibiaoInputError(where, "ZIP archive holds no files")
    raise ZhibiaoInputError(where, f"is a ZIP archive of {len(good)} reports: expand it with load_many")


def read_bytes(path: str | Path) -> bytes:
    """The bytes of a regular file, refusing links, folders, devices and huge files with a reason."""
    return _read(path)


def check_file(path: str | Path) -> int:
    """The size of a regular file fit to read, or a ``ZhibiaoInputError`` saying why it is not
    (a broken link, a folder, a device or pipe, a huge file): ``read_bytes`` without the reading."""
    p = Path(path)
    where = str(path)
    if p.is_symlink() and not p.exists():
        raise ZhibiaoInputError(where, "is a broken symbolic link")
    try:
        st = p.stat()
    except FileNotFoundError as e:
        raise ZhibiaoInputError(where, "no such file") from e
    except OSError as e:
        raise ZhibiaoInputError(where, f"cannot be read ({e.strerror or e})") from e
    if stat.S_ISDIR(st.st_mode):
        raise ZhibiaoInputError(where, "is a directory, not a file")
    if not stat.S_ISREG(st.st_mode):
        raise ZhibiaoInputError(where, "is not a regular file (a device, pipe or socket)")
    if st.st_size > MAX_FILE_BYTES:
        raise ZhibiaoInputError(where, f"is too large ({st.st_size} bytes; limit {MAX_FILE_BYTES})")
    return st.st_size


def is_zip_archive(path: str | Path) -> bool:
    """True when the file is a ZIP archive of reports (not a DOCX), told from its content."""
    try:
        with open(path, "rb") as f:
            magic = f.read(4)
    except OSError as e:
        raise ZhibiaoInputError(str(path), f"cannot be read ({e.strerror or e})") from e
    return magic.startswith((b"PK\x03\x04", b"PK\x05\x06")) and zip_kind(Path(path)) == "zip"


def _read(path: str | Path) -> bytes:
    """The bytes of a regular file, or a ``ZhibiaoInputError`` for links, folders, devices, huge files."""
    where = str(path)
    check_file(path)
    try:
        with open(path, "rb") as f:
            return f.read()
    except PermissionError as e:
        raise ZhibiaoInputError(where, "permission denied") from e
    except OSError as e:
        raise ZhibiaoInputError(where, f"cannot be read ({e.strerror or e})") from e


def load(path: str | Path) -> Source:
    """Read ``path`` and decode it; every failure is a ``ZhibiaoInputError`` naming the file."""
    raw = _read(path)
    return decode(raw, os.path.basename(path), str(path))


def load_big(path: str | Path, where: str | None = None, name: str | None = None) -> Source:
    """``load`` for a file too big to hold decoded: plain text comes back without ``text`` (or
    ``raw``), as a ``stream`` decoded a block at a time (``TextFile``); any other format is
    loaded whole. ``where`` names the file in messages, ``name`` is its ``doc`` (both default to
    the path's)."""
    where = where or str(path)
    name = name or os.path.basename(path)
    head, size = read_head(path, where)
    if sniff(head) != "text":
        return decode(_read(path), name, where)
    if why := unsupported_reason(head):
        raise ZhibiaoInputError(where, why)
    stream = TextFile.of(path, head, size, where)
    return Source(path=where, name=name, raw=b"", text="", encoding=stream.encoding, bom_len=stream.bom_len,
                  damaged=stream.damaged, stream=stream)  # fmt: skip


def read_pieces(path: str | Path, size: int) -> Iterator[bytes]:
    """The bytes of a file, ``size`` at a time (a ``ZhibiaoInputError`` if it cannot be read)."""
    try:
        with open(path, "rb") as f:
            while piece := f.read(size):
                yield piece
    except OSError as e:
        raise ZhibiaoInputError(str(path), f"cannot be read ({e.strerror or e})") from e


def load_many(path: str | Path) -> Iterator[Source | ZhibiaoInputError]:
    """Every report source in ``path``: one for a plain file, one per member for a ZIP archive.

    Errors are yielded, not raised, so one bad member does not hide the others. Members are
    named ``archive.zip!member.txt``; a ZIP inside the archive is expanded one level deep.
    """
    try:
        raw = _read(path)
    except ZhibiaoInputError as e:
        yield e
        return
    where, name = str(path), os.path.basename(path)
    if raw and sniff(raw) == "zip":
        from zhibiao.sources.archive import iter_zip

        yield from iter_zip(raw, name, where, decode)
        return
    try:
        yield decode(raw, name, where)
    except ZhibiaoInputError as e:
        yield e
