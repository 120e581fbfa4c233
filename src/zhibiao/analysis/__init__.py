"""zhibiao.analysis: target -> outcome, cross-region and cross-level comparison, consistency checks.

Functions take an open DuckDB connection to the store and return pandas DataFrames; the CLI and
the API (``zhibiao.open(path).outcomes(...)``) are thin shells over them.
"""

from __future__ import annotations

from zhibiao.analysis.compare import compare, escalation
from zhibiao.analysis.outcomes import judge, outcomes, timeseries

__all__ = ["compare", "escalation", "judge", "outcomes", "timeseries"]
