"""Format detection from content (magic bytes and a look at the first kilobytes), never from the name."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Literal

Format = Literal["text", "html", "pdf", "docx", "zip", "office"]

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


# Document formats that are ZIP archives underneath: refused by name, never unpacked as a ZIP of reports.
_OFFICE_PARTS = (("xl/workbook.xml", "an Excel workbook (XLSX)"),
                 ("ppt/presentation.xml", "a PowerPoint presentation (PPTX)"))  # fmt: skip
_MIMETYPES = {  # the ``mimetype`` member of OpenDocument and EPUB files
    "application/vnd.oasis.opendocument.text": "an OpenDocument text (ODT)",
    "application/vnd.oasis.opendocument.spreadsheet": "an OpenDocument spreadsheet (ODS)",
    "application/vnd.oasis.opendocument.presentation": "an OpenDocument presentation (ODP)",
    "application/epub+zip": "an EPUB e-book",
}


def _zip_look(raw: bytes | Path) -> tuple[Format, str | None]:
    """The kind of a ZIP-based file and, for a document format we do not read, why it is refused."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw) if isinstance(raw, bytes) else raw) as zf:
            names = set(zf.namelist())
            mime = zf.read("mimetype")[:100].decode("ascii", "replace").strip() if "mimetype" in names else ""
    except Exception:  # damaged in any way: the archive reader reports why
        return "zip", None
    if "word/document.xml" in names:
        return "docx", None
    what = next((label for part, label in _OFFICE_PARTS if part in names), None) or _MIMETYPES.get(mime)
    if what is None and "[Content_Types].xml" in names:
        what = "an Office Open XML document"
    if what is None and mime.startswith("application/vnd.oasis.opendocument"):
        what = "an OpenDocument file"
    if what is None:
        return "zip", None
    return "office", f"is {what}, not a report nor an archive of reports: save the report as text, DOCX or PDF"


def zip_kind(raw: bytes | Path) -> Format:
    """For a ZIP-based file (its bytes, or the file): ``docx``, ``office`` (a spreadsheet, slides,
    OpenDocument or EPUB: not read) or ``zip``, a plain archive of reports."""
    return _zip_look(raw)[0]


def sniff(raw: bytes) -> Format:
    """The format of ``raw``: pdf, docx, zip, office, html or text (unsupported binaries are ``text``)."""
    if raw.startswith(b"%PDF-") or raw[:1024].lstrip().startswith(b"%PDF-"):
        return "pdf"
    if raw.startswith(_ZIP_MAGIC):
        return zip_kind(raw)
    if _HTML_START.match(_html_head(raw)):
        return "html"
    return "text"


def unsupported_reason(raw: bytes) -> str | None:
    """A plain-words refusal for known binary formats we do not read, else None."""
    if raw.startswith(_ZIP_MAGIC):
        return _zip_look(raw)[1]
    for magic, label in _UNSUPPORTED:
        if raw.startswith(magic):
            return f"{label} files are not supported"
    return None
