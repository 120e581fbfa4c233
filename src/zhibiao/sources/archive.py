"""ZIP archives of reports: members read one at a time, zip bombs and unsafe names refused member by member.

Limits (constants below) guard against archives that expand far beyond their size: a member or
archive over the size limits, or a member compressed more than ``MAX_RATIO`` times, is refused
without being decompressed past the limit (sizes in headers are checked, then enforced while reading).
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

from zhibiao.errors import ZhibiaoInputError
from zhibiao.model import Source

__all__ = ["MAX_DEPTH", "MAX_MEMBERS", "MAX_MEMBER_BYTES", "MAX_RATIO", "MAX_TOTAL_BYTES", "iter_zip"]

MAX_MEMBER_BYTES = 256 * 1024 * 1024  # one member, uncompressed
MAX_TOTAL_BYTES = 1024 * 1024 * 1024  # all members of one archive (nested ones included), uncompressed
MAX_RATIO = 200  # uncompressed / compressed size of one member (text zips ~4-10x; bombs ~1000x)
_RATIO_MIN_BYTES = 1024 * 1024  # small members may compress far better than MAX_RATIO harmlessly
MAX_MEMBERS = 10_000
MAX_DEPTH = 1  # a zip inside a zip is expanded; a zip inside that is refused
_CHUNK = 1024 * 1024
_SKIP = re.compile(r"(?:^|/)(?:__MACOSX/|\.[^/]*$|Thumbs\.db$|desktop\.ini$)", re.I)

# What a damaged member can raise while inflating (zlib.error for corrupt deflate streams).
_READ_ERRORS = (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, NotImplementedError, RuntimeError)

Decoder = Callable[[bytes, str, str], Source]


def _unsafe(name: str) -> bool:
    """Absolute paths, drive letters and ``..`` components: names that would escape a folder."""
    n = name.replace("\\", "/")
    if n.startswith("/") or re.match(r"^[A-Za-z]:", n):
        return True
    return ".." in posixpath.normpath(n).split("/") or ".." in n.split("/")


def _read_capped(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes | None:
    """The member's bytes, or None when it inflates beyond ``cap`` (headers can lie about sizes)."""
    out = bytearray()
    with zf.open(info) as f:
        while chunk := f.read(_CHUNK):
            out += chunk
            if len(out) > cap:
                return None
    return bytes(out)


def iter_zip(
    raw: bytes | Path, name: str, where: str, decode: Decoder, depth: int = 0, budget: list[int] | None = None
) -> Iterator[Source | ZhibiaoInputError]:
    """Each member of a ZIP archive decoded into a ``Source`` (named ``archive.zip!member``) or its error.

    ``raw`` is the archive's bytes or its file: a file is read a member at a time, as the caller
    asks for the next one, so only the member in hand is held in memory.
    """
    budget = budget if budget is not None else [MAX_TOTAL_BYTES]
    try:
        zf = zipfile.ZipFile(io.BytesIO(raw) if isinstance(raw, bytes) else raw)
        infos = zf.infolist()
    except Exception as e:  # a damaged central directory raises many types: all mean "damaged"
        yield ZhibiaoInputError(where, f"ZIP archive is damaged ({type(e).__name__}: {e})")
        return
    if len(infos) > MAX_MEMBERS:
        yield ZhibiaoInputError(where, f"ZIP archive holds {len(infos)} members (limit {MAX_MEMBERS})")
        return
    with zf:
        for info in infos:
            member = info.filename
            m_where, m_name = f"{where}!{member}", f"{name}!{member}"
            if info.is_dir() or _SKIP.search(member):
                continue
            if _unsafe(member):
                yield ZhibiaoInputError(m_where, "unsafe path in ZIP archive (absolute or '..'): skipped")
                continue
            if info.flag_bits & 0x1:
                yield ZhibiaoInputError(m_where, "ZIP member is encrypted")
                continue
            size, packed = info.file_size, max(info.compress_size, 1)
            cap = min(MAX_MEMBER_BYTES, budget[0])
            if size > cap:
                yield ZhibiaoInputError(m_where, f"ZIP member too large ({size} bytes uncompressed; "
                                                 f"limit {cap}): refused as a possible zip bomb")  # fmt: skip
                continue
            if size >= _RATIO_MIN_BYTES and size / packed > MAX_RATIO:
                why = f"ZIP member compressed {size // packed}:1 (limit {MAX_RATIO}:1)"
                yield ZhibiaoInputError(m_where, f"{why}: refused as a possible zip bomb")
                continue
            try:
                data = _read_capped(zf, info, min(cap, max(size, packed * MAX_RATIO, _RATIO_MIN_BYTES)))
            except _READ_ERRORS as e:
                yield ZhibiaoInputError(m_where, f"ZIP member cannot be read ({e})")
                continue
            if data is None:
                yield ZhibiaoInputError(m_where, "ZIP member inflates beyond its declared size or the "
                                                 "limits: refused as a possible zip bomb")  # fmt: skip
                continue
            budget[0] -= len(data)
            if data.startswith((b"PK\x03\x04", b"PK\x05\x06")) and _is_archive(data):
                if depth >= MAX_DEPTH:
                    yield ZhibiaoInputError(m_where, "ZIP archive nested too deep (limit: one level)")
                    continue
                yield from iter_zip(data, m_name, m_where, decode, depth + 1, budget)
                continue
            try:
                yield decode(data, m_name, m_where)
            except ZhibiaoInputError as e:
                yield e


def _is_archive(data: bytes) -> bool:
    """A nested ZIP of reports (not a DOCX, nor a spreadsheet or other document format, refused by name)."""
    from zhibiao.sources.detect import zip_kind

    return zip_kind(data) == "zip"
