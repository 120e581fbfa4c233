"""Format detection from content (magic bytes and a look at the first kilobytes), never from the name."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Literal

Format = Literal["text", "html", "pdf", "docx", "zip"]

__all__ = ["Format", "sniff", "unsupported_reason", "zip_kind"]

# Formats we recognise but cannot read: each gets a clear refusal instead of mojibake.
_UNSUPPORTED: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office (DOC/XLS)"),
    (b"{\\rtf", "RTF"),
    (b"\x1f\x8b", "gzip"),
    (b"Rar!", "RAR"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
)
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")  # local file header; empty archive
_HTML_HEAD_BYTES = 4096
# After leading whitespace, comments and an XML declaration, an HTML page opens with one of these tags
# within its first kilobytes (saved pages sometimes start straight with <meta> or <div>).
_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|meta|body|div|title)\b",
    re.I | re.S,
)


def _html_head(raw: bytes) -> bytes:
    """The first kilobytes as ASCII-compatible bytes (UTF-16 pages are re-encoded, BOMs dropped)."""
    head = raw[:_HTML_HEAD_BYTES]
    for bom, enc in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            return head[2:].decode(enc, errors="ignore").encode("utf-8", errors="ignore")
    return head.removeprefix(b"\xef\xbb\xbf")


def zip_kind(raw: bytes | Path) -> Format:
    """DOCX when the archive (its bytes, or a file) holds ``word/document.xml``, else a plain ZIP archive."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw) if isinstance(raw, bytes) else raw) as zf:
            names = set(zf.namelist())
    except Exception:  # damaged in any way: the archive reader reports why
        return "zip"
    return "docx" if "word/document.xml" in names else "zip"


def sniff(raw: bytes) -> Format:
    """The format of ``raw``: pdf, docx, zip, html or text (unsupported binaries are ``text``)."""
    if raw.startswith(b"%PDF-") or raw[:1024].lstrip().startswith(b"%PDF-"):
        return "pdf"
    if raw.startswith(_ZIP_MAGIC):
        return zip_kind(raw)
    if _HTML_START.match(_html_head(raw)):
        return "html"
    return "text"


def unsupported_reason(raw: bytes) -> str | None:
    """A plain-words refusal for known binary formats we do not read, else None."""
    for magic, label in _UNSUPPORTED:
        if raw.startswith(magic):
            return f"{label} files are not supported"
    return None
