"""Review: a verified dataset kept apart from extraction.

Decisions (accept, correct, reject, add) go into the append-only ``corrections`` log, keyed by the
stable ``fact_id`` (``zhibiao.model.fact_id``), never into the machine rows, so they survive
``reextract``, a new zhibiao version and a fresh database built from the same bytes. Every reader
sees the effective facts: the store's ``effective_facts`` view (machine facts with corrections
applied and added facts, rejected ones left out; ``effective_facts_all`` keeps them), each row
with ``review`` = machine / accepted / corrected / added / rejected and its ``reviewer``.
"""

from __future__ import annotations

from zhibiao.review.decide import Reviewer, find_fact
from zhibiao.review.exchange import ImportResult, export_events, held, import_events, write_gold
from zhibiao.review.locate import Located, locate
from zhibiao.review.log import ENV_REVIEWER, FIELDS, Event, ReviewError, parse_sets, reviewer_name
from zhibiao.review.orphans import Orphan, orphans
from zhibiao.review.queue import Item, context, queue, sample_reports
from zhibiao.review.stats import Stats, cohen_kappa, gold_records, reviewed_reports, stats, wilson
from zhibiao.store.query import REVIEW_STATES

__all__ = [
    "ENV_REVIEWER", "FIELDS", "REVIEW_STATES", "Event", "ImportResult", "Item", "Located", "Orphan", "ReviewError",
    "Reviewer", "Stats", "cohen_kappa", "context", "export_events", "find_fact", "gold_records", "held",
    "import_events", "locate", "orphans", "parse_sets", "queue", "reviewed_reports", "reviewer_name",
    "sample_reports", "stats", "wilson", "write_gold",
]  # fmt: skip
