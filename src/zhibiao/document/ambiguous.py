"""A region named plainly by the report but borne by several divisions (鼓楼区 in 南京, 福州, 徐州 and 开封):
kept as the name the text gives, with no code, when nothing in the text tells which one it is.

Only the words that make the name the issuer's count: the title naming the report by it
(``鼓楼区2015年政府工作报告``, ``关于鼓楼区2022年国民经济和社会发展计划…``), the session the report was given at
(``在西湖区第十五届人民代表大会第六次会议上``), the government that speaks (``我代表鼓楼区人民政府``,
``受白云区人民政府委托``, ``西湖区人民政府区长 梅茂发``) — never its deputies (``鼓楼区人大代表热议…``), its
standing committee, a partner (``我区与鼓楼区人民政府签订…``) or an event of its own (``鼓楼区第三届人才发展大会``).
A name the speaker's level or ending rules out (a district in a city's report) is none, and so is any name in
a text whose year is unknown (a county renumbered over the years bears its name twice).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from zhibiao.document._common import cues
from zhibiao.document.gazetteer import Gazetteer
from zhibiao.model import MetaSource

_R = cues()["region"]  # the words that make a name the issuer's (data/document_cues.toml, ambiguous_*)
_OWN_TITLE = re.compile(_R["ambiguous_own_title"])
_OWN_SESSION = re.compile(_R["ambiguous_own_session"])
_SPEAKS_BEFORE = re.compile(_R["ambiguous_speaks_before"])
_GOVERNMENT = re.compile(_R["ambiguous_government"])
_HEAD_LINE = re.compile(_R["ambiguous_head_line"])
_LEAD_CHARS = 300  # where the lead names its government or congress
_MIN_NAME = 3  # a two-character name (城区, 郊区) is too often an everyday word


class NamedRegion(NamedTuple):
    name: str
    level: str
    source: MetaSource


def _as_issuer(zone: str, start: int, end: int, title: bool) -> MetaSource | None:
    """Where the name at ``zone[start:end]`` is said as the issuer's (see the module docstring), else None."""
    if title and _OWN_TITLE.match(zone, end):
        return "title"
    if _OWN_SESSION.match(zone, end):
        return "session"
    if _HEAD_LINE.match(zone, end) or (_GOVERNMENT.match(zone, end) and _SPEAKS_BEFORE.search(zone, 0, start)):
        return "issuer"
    return None


def ambiguous_issuer(title: str | None, head: str, lead: str, year: int | None, gaz: Gazetteer,
                     levels: frozenset[str] | None, ending: str | None) -> NamedRegion | None:
    """The issuer's name when the title, head or lead names it as the issuer but it is borne by several
    divisions of one level (of ``levels``, the speaker's, and with its name's ``ending``, when known) in
    ``year``; ``None`` otherwise."""
    if year is None:
        return None
    for k, zone in enumerate((title or "", head, lead[:_LEAD_CHARS])):
        for mt in gaz.mentions(zone):
            if len(mt.name) < _MIN_NAME or (ending is not None and not mt.name.endswith(ending)):
                continue
            if (source := _as_issuer(zone, mt.start, mt.end, k == 0)) is None:
                continue
            cands = gaz.candidates(mt.name, year, levels=levels, near=True)
            if len(cands) >= 2 and len({c.level for c in cands}) == 1:
                return NamedRegion(mt.name, cands[0].level, source)
    return None
