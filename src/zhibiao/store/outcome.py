"""What happened to each input file of an ingest or re-extraction: one ``FileOutcome`` per file."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Status = Literal["ingested", "skipped", "failed"]


@dataclass(slots=True)
class FileOutcome:
    """What happened to one input file."""

    path: str
    status: Status
    reason: str = ""
    sha256: str | None = None
    reports: int = 0
    facts: int = 0
    mentions: int = 0
    bytes: int = 0
    damaged: int = 0  # bytes read through as small damage (``sources.text.DAMAGE_PER``)


@dataclass(slots=True)
class IngestSummary:
    """Outcomes of a batch, in input order."""

    outcomes: list[FileOutcome] = field(default_factory=list)

    def _of(self, status: Status) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.status == status]

    @property
    def ingested(self) -> list[FileOutcome]:
        return self._of("ingested")

    @property
    def skipped(self) -> list[FileOutcome]:
        return self._of("skipped")

    @property
    def failed(self) -> list[FileOutcome]:
        return self._of("failed")

    @property
    def ok(self) -> bool:
        return not self.failed
