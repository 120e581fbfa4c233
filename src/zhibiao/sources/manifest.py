"""A manifest: a CSV that gives, for report files, the metadata their text may not say.

One row per file, with a header naming its columns (any order, case ignored)::

    file,region,year,report_type
    reports/anju_2025.txt,遂宁市安居区,2025,plan_report
    news/0112.html,510904,,

``file`` is required (a path relative to the manifest's folder, or absolute); ``region`` (a
division's name or 6-digit code; ``region_code`` / ``code`` also name the column), ``year`` and
``report_type`` (``type``) may be left empty. UTF-8 (with or without BOM, as Excel saves it) or
GB18030. The values are checked by ``zhibiao.document.given``.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from zhibiao.errors import ZhibiaoInputError

_COLUMNS = {
    "file": "file", "path": "file", "文件": "file",
    "region": "region", "region_code": "region", "code": "region", "地区": "region",
    "year": "year", "report_year": "year", "年份": "year",
    "report_type": "report_type", "type": "report_type", "类型": "report_type",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class ManifestRow:
    """One row of a manifest, values as written ('' when empty)."""

    line: int  # 1-based line in the manifest (the header is line 1)
    file: Path  # resolved against the manifest's folder
    region: str
    year: str
    report_type: str


def _text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise ZhibiaoInputError(str(path), f"cannot read the manifest: {e.strerror or e}") from None
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    raise ZhibiaoInputError(str(path), "the manifest is neither UTF-8 nor GB18030 text")


def read_manifest(path: str | Path) -> list[ManifestRow]:
    """The rows of the manifest at ``path``; a missing ``file`` column, an empty or repeated file is
    an error naming the manifest and the line."""
    path = Path(path)
    reader = csv.reader(io.StringIO(_text(path)))
    header = next(reader, None)
    if not header:
        raise ZhibiaoInputError(str(path), "the manifest is empty (it needs a header: file,region,year,report_type)")
    cols: dict[str, int] = {}
    for i, name in enumerate(header):
        key = _COLUMNS.get(name.strip().lower())
        if key is None:
            if name.strip():
                raise ZhibiaoInputError(str(path), f"line 1: unknown column {name.strip()!r} (the columns are "
                                        "file, region, year, report_type)")
            continue
        if key in cols:
            raise ZhibiaoInputError(str(path), f"line 1: two columns give the {key}")
        cols[key] = i
    if "file" not in cols:
        raise ZhibiaoInputError(str(path), "line 1: the manifest has no 'file' column")
    rows: list[ManifestRow] = []
    seen: dict[Path, int] = {}
    for n, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue

        def cell(key: str, cells: list[str] = cells) -> str:
            i = cols.get(key)
            return cells[i].strip() if i is not None and i < len(cells) else ""

        name = cell("file")
        if not name:
            raise ZhibiaoInputError(str(path), f"line {n}: no file named")
        file = (path.parent / name).resolve()
        if file in seen:
            raise ZhibiaoInputError(str(path), f"line {n}: {name} is already given on line {seen[file]}")
        seen[file] = n
        rows.append(ManifestRow(n, file, cell("region"), cell("year"), cell("report_type")))
    return rows
