"""zhibiao (指标): targets and results from Chinese government reports, grounded in their source.

Public API::

    zhibiao.read(path)      -> list[Report]          # document model
    zhibiao.extract(path)   -> ExtractionResult      # facts and mentions
    zhibiao.open(db_path)   -> Database              # the DuckDB store (ingest, facts, export)
"""

from __future__ import annotations

from zhibiao._version import __version__
from zhibiao.errors import ZhibiaoError, ZhibiaoInputError

__all__ = ["ZhibiaoError", "ZhibiaoInputError", "__version__", "extract", "extract_bytes", "open", "read"]


def read(path):  # type: ignore[no-untyped-def]
    """Read one file into its reports; see ``zhibiao.pipeline.read``."""
    from zhibiao.pipeline import read as _read

    return _read(path)


def extract(path):  # type: ignore[no-untyped-def]
    """Extract facts and mentions from one file; see ``zhibiao.pipeline.extract``."""
    from zhibiao.pipeline import extract as _extract

    return _extract(path)


def extract_bytes(data: bytes, name: str):  # type: ignore[no-untyped-def]
    """Extract from in-memory bytes; see ``zhibiao.pipeline.extract_bytes``."""
    from zhibiao.pipeline import extract_bytes as _eb

    return _eb(data, name)


def open(path=None):  # type: ignore[no-untyped-def]
    """Open (or create) a zhibiao database; see ``zhibiao.api.open``."""
    from zhibiao.api import open as _open

    return _open(path)
