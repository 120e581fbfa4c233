"""Facts: quantities linked to indicators, roles, periods and scope (see ../shared/spec/facts.md)."""

from __future__ import annotations

from zhibiao.facts.link import link_report
from zhibiao.facts.vocab import Indicator, Vocabulary, load
from zhibiao.model import Report, ReportResult

__all__ = ["Indicator", "Vocabulary", "extract_report", "link_report", "load"]


def extract_report(report: Report) -> ReportResult:
    """Every headline fact and every other quantity (mention) of one report."""
    facts, mentions = link_report(report)
    return ReportResult(report=report, facts=facts, mentions=mentions)
