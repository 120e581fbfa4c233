"""Text PDFs via pypdf: reading order, layout line breaks joined, running headers and page numbers dropped.

A PDF without a text layer (a scan) is refused with "no text layer: OCR needed" rather than
read as an empty report; a truncated or damaged file is refused with the parser's reason.
"""

from __future__ import annotations

import io
import itertools
import logging
import math
import re
import tomllib
from collections import Counter
from importlib import resources

from zhibiao.errors import ZhibiaoInputError

__all__ = ["extract_pdf", "join_pages"]

logging.getLogger("pypdf").setLevel(logging.CRITICAL)

_LAYOUT = tomllib.loads((resources.files("zhibiao") / "data" / "sources_layout.toml").read_text("utf-8"))["pdf"]
# A line that is only a page number: "3", "- 3 -", "第3页", "3/20", "Page 3" (data file).
_PAGE_NUMBER = re.compile("^(?:" + "|".join(_LAYOUT["page_number"]) + ")$", re.I)
# A line that starts a heading or a list item: never glued to the line above it.
_HEADING = re.compile("^(?:" + "|".join(_LAYOUT["heading"]) + ")")
# Sentence-final punctuation (plus closing quotes/brackets after it): the line ends a paragraph.
_END = re.compile(f"[{re.escape(_LAYOUT['sentence_end'])}][{re.escape(_LAYOUT['closing'])}]*$")
_WIDE = re.compile(
    r"[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]"
)
_CJ = "\u3000-\u303f\u4e00-\u9fff\uff00-\uffef"
_CJK_GAP = re.compile(rf"(?<=[{_CJ}])[ \t]+(?=[{_CJ}])")
_DIGITS = re.compile(r"\d+")
_WS = re.compile(r"\s+")
_LATIN_END = re.compile(r"[A-Za-z]$")
_LATIN_START = re.compile(r"^[A-Za-z]")
# Header/footer candidates are looked for among this many lines at the top and bottom of each page.
_EDGE_LINES = 3
# A line repeated (digits ignored) at the edge of at least this share of pages is a running header/footer.
_RUNNING_SHARE = 0.5
_RUNNING_MAX_CHARS = 60
# A line at least this share of the document's typical full-line width was broken by layout, not by
# the author; shorter lines without end punctuation are titles or paragraph ends and stay.
_FULL_LINE_SHARE = 0.8
# Fewer visible characters than this in the whole file: a scan, not a text PDF.
_MIN_TEXT_CHARS = 20


def _width(line: str) -> int:
    return len(line) + len(_WIDE.findall(line))


def _key(line: str) -> str:
    return _DIGITS.sub("#", _WS.sub("", line))


def _strip_furniture(pages: list[list[str]]) -> list[list[str]]:
    """Drop page numbers and running headers/footers found at the top or bottom of pages."""
    n = len(pages)
    counts: Counter[str] = Counter()
    for lines in pages:
        edge = lines[:_EDGE_LINES] + lines[-_EDGE_LINES:] if len(lines) > _EDGE_LINES else lines
        counts.update({_key(x) for x in edge if len(x) <= _RUNNING_MAX_CHARS})
    need = max(2, math.ceil(_RUNNING_SHARE * n))
    running = {k for k, c in counts.items() if c >= need} if n >= 2 else set()
    out: list[list[str]] = []
    for lines in pages:
        keep: list[str | None] = list(lines)
        for idx in _edge_indices(len(keep)):
            x = keep[idx]
            if x is not None and (_PAGE_NUMBER.match(x) or _key(x) in running):
                keep[idx] = None
        out.append([x for x in keep if x is not None])
    return out


def _edge_indices(n: int) -> list[int]:
    top = list(range(min(_EDGE_LINES, n)))
    return top + [i for i in range(max(0, n - _EDGE_LINES), n) if i not in top]


def join_pages(pages: list[str]) -> str:
    """Page texts -> one text: furniture dropped, lines broken by layout joined into paragraphs."""
    split = [[ln for ln in (_CJK_GAP.sub("", x.strip()) for x in p.splitlines()) if ln] for p in pages]
    lines = [ln for page in _strip_furniture(split) for ln in page]
    if not lines:
        return ""
    widths = sorted(_width(x) for x in lines)
    full = widths[min(len(widths) - 1, int(len(widths) * 0.8))]
    out: list[str] = []
    buf = [lines[0]]
    for prev, nxt in itertools.pairwise(lines):
        if not _END.search(prev) and _width(prev) >= _FULL_LINE_SHARE * full and not _HEADING.match(nxt):
            if _LATIN_END.search(prev) and _LATIN_START.match(nxt):
                buf.append(" ")
        else:
            out.append("".join(buf))
            buf = []
        buf.append(nxt)
    out.append("".join(buf))
    return "\n".join(out)


def extract_pdf(raw: bytes, where: str) -> str:
    """The text of a text PDF; ``ZhibiaoInputError`` for scans, encrypted, truncated or broken files."""
    import pypdf  # only for PDFs
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    if b"%%EOF" not in raw[-2048:]:
        raise ZhibiaoInputError(where, "PDF is truncated or damaged (no end-of-file marker)")
    try:
        reader = pypdf.PdfReader(io.BytesIO(raw), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ZhibiaoInputError(where, "PDF is encrypted with a password")
        n = len(reader.pages)
        pages = [page.extract_text() or "" for page in reader.pages]
    except ZhibiaoInputError:
        raise
    except FileNotDecryptedError as e:
        raise ZhibiaoInputError(where, "PDF is encrypted with a password") from e
    except (PdfReadError, RecursionError, MemoryError) as e:
        raise ZhibiaoInputError(where, f"PDF is damaged ({_one_line(e)})") from e
    except Exception as e:  # pypdf raises many types on malformed input; each is a broken file here
        raise ZhibiaoInputError(where, f"PDF is damaged ({type(e).__name__}: {_one_line(e)})") from e
    if n == 0:
        raise ZhibiaoInputError(where, "PDF has no pages")
    text = join_pages(pages)
    if len(_WS.sub("", text)) < _MIN_TEXT_CHARS:
        raise ZhibiaoInputError(where, f"no text layer: OCR needed (a scanned PDF of {n} page(s))")
    return text


def _one_line(e: BaseException) -> str:
    return _WS.sub(" ", str(e)).strip()[:200] or type(e).__name__
