"""A region named plainly by the report but borne by several divisions (鼓楼区 in 南京, 福州, 徐州 and 开封):
kept as the name the text gives, with no code, when nothing in the text tells which one it is.

Only the places that name the issuer itself count: the title (``鼓楼区2015年政府工作报告``), the congress the
report was given at (``在西湖区第十五届人民代表大会第六次会议上``) and the government that speaks
(``我代表鼓楼区人民政府``, ``西湖区人民政府区长``), never a division named in passing in the body. A name the
speaker's level rules out (a district in a city's report) is none.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from zhibiao.document.gazetteer import Gazetteer
from zhibiao.model import MetaSource

# what follows the issuer's own name in its government's or congress's name
_OWN_BODY = re.compile(r"\s*(?:人民政府|政府|第?[一二三四五六七八九十]{1,3}届|人民代表大会|人大)")
# ... or, in the title, its report (`清河区2007年政府工作报告`; not `鼓楼区代表热议政府工作报告`, its deputies)
_OWN_TITLE = re.compile(r"\s*(?:(?:19|20)\d\d\s*年|政府工作报告|国民经济和社会发展)")
_LEAD_CHARS = 300  # where the lead names its government or congress
_MIN_NAME = 3  # a two-character name (城区, 郊区) is too often an everyday word


class NamedRegion(NamedTuple):
    name: str
    level: str
    source: MetaSource


def ambiguous_issuer(title: str | None, head: str, lead: str, year: int | None, gaz: Gazetteer,
                     levels: frozenset[str] | None, ending: str | None) -> NamedRegion | None:
    """The issuer's name when the title, head or lead names it as the issuer but it is borne by several
    divisions of one level (of ``levels``, the speaker's, and with its name's ``ending``, when known) in
    ``year``; ``None`` otherwise."""
    zones: list[tuple[str, MetaSource]] = [(title or "", "title"), (head, "issuer"), (lead[:_LEAD_CHARS], "issuer")]
    for zone, source in zones:
        for mt in gaz.mentions(zone):
            if len(mt.name) < _MIN_NAME or (ending is not None and not mt.name.endswith(ending)):
                continue
            if not (_OWN_BODY.match(zone, mt.end) or (source == "title" and _OWN_TITLE.match(zone, mt.end))):
                continue
            cands = gaz.candidates(mt.name, year, levels=levels, near=True)
            if len(cands) >= 2 and len({c.level for c in cands}) == 1:
                return NamedRegion(mt.name, cands[0].level, source)
    return None
