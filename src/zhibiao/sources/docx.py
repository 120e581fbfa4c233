"""Word DOCX files via python-docx: paragraphs and table cells (nested too) in document order."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any

from zhibiao.errors import ZhibiaoInputError

__all__ = ["extract_docx"]

# Tables nested deeper than this are read as flat text of their cells (guards hostile files).
_MAX_TABLE_DEPTH = 8


def _blocks(container: Any, depth: int = 0) -> Iterator[str]:
    """Text of each paragraph, and of each table cell's paragraphs, in the order they appear."""
    from docx.table import Table

    for item in container.iter_inner_content():
        if isinstance(item, Table):
            if depth >= _MAX_TABLE_DEPTH:
                continue
            for row in item.rows:
                seen: set[int] = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:  # a merged cell is returned once per grid column
                        continue
                    seen.add(id(cell._tc))
                    yield from _blocks(cell, depth + 1)
        else:
            yield item.text


def extract_docx(raw: bytes, where: str) -> tuple[str, str | None]:
    """``(text, title)`` of a DOCX file, one paragraph or table-cell paragraph per line."""
    import docx  # only for Word files
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(raw))
        lines = [t.strip() for t in _blocks(document) if t.strip()]
        title = (document.core_properties.title or "").strip() or None
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError) as e:
        raise ZhibiaoInputError(where, f"DOCX file is damaged ({e})") from e
    except Exception as e:  # malformed XML and the like: a broken file, not a bug
        raise ZhibiaoInputError(where, f"DOCX file is damaged ({type(e).__name__}: {str(e)[:200]})") from e
    if not lines:
        raise ZhibiaoInputError(where, "DOCX file holds no text")
    return "\n".join(lines), title
