"""A region the report names as its issuer but the gazetteer cannot pin down: the name as written.

``我代表鼓楼区人民政府`` in a report that never names its city: 鼓楼区 is a district of 南京, 徐州, 福州
and 开封, and ``region.find_region`` rightly picks none of them. The facts spec asks for the region as
written, so the report keeps the name (with the level its namesakes share) and no code: its reports
still meet year after year by that name, and the user can say which one with ``--region`` or a
manifest. Only the places that name the issuer itself count (title, congress, issuer line), never a
name in the body.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from zhibiao.document.gazetteer import Gazetteer
from zhibiao.document.region import (
    CONGRESS,
    ISSUER_LINE,
    REPRESENT,
    named_in_passing,
    represented,
    speaker_levels,
)
from zhibiao.model import Level, MetaSource


class WrittenRegion(NamedTuple):
    """An issuer named as written: several divisions bear the name and the text tells none apart."""

    name: str
    level: Level | None  # the level all its namesakes share, else None
    source: MetaSource


def _issuer_names(title: str | None, head: str, lead: str, gaz: Gazetteer) -> Iterator[tuple[str, MetaSource]]:
    """Division names where the issuer is named: the title, the congress, ``我代表XX人民政府``, an
    issuer line (``XX区人民政府区长 XX``), in that order."""
    if title:
        yield from ((mt.name, "title") for mt in gaz.mentions(title) if not named_in_passing(title, mt.end))
    for zone in (head, lead):
        for m in CONGRESS.finditer(zone):
            if not m.group(1) and (mt := gaz.name_ending_at(zone, m.start())) is not None:
                yield mt.name, "session"
    for zone in (head, lead):
        for m in REPRESENT.finditer(zone):
            name, _gov = represented(m)
            end = m.end(1) if m.group(2) else m.end(3)
            if name and (mt := gaz.name_ending_at(zone, end)) is not None:
                yield mt.name, "issuer"
    for ln in head.split("\n"):
        m = ISSUER_LINE.match(ln)
        if m and m.group(1) and (mt := gaz.name_ending_at(ln, m.end(1))) is not None:
            yield mt.name, "issuer"


def written_region(title: str | None, head: str, lead: str, body: str, year: int | None,
                   gaz: Gazetteer) -> WrittenRegion | None:
    """The issuer's name as written when divisions of the speaker's level bear it and ``body`` tells
    none of them apart (see the module docstring); ``None`` when the name is unique or none is written."""
    levels = speaker_levels(head, lead)
    for name, source in _issuer_names(title, head, lead, gaz):
        cands = gaz.candidates(name, year, levels=levels, near=True)
        if len({d.code for d in cands}) < 2 or gaz.resolve(name, year, body, levels, near=True) is not None:
            continue
        shared = {d.level for d in cands}
        return WrittenRegion(name, shared.pop() if len(shared) == 1 else None, source)
    return None
