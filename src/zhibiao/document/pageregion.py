"""The region the page around a report names: a news site's section, a local site's masthead, the source field.

A page keeps in its clutter (the lines normalisation drops as junk) where it files the text: under one region's
两会 or city channel, on a county's own news site, or posted by a government's office. These outweigh the
names a body says in passing, never a title, session or speaker.
"""

from __future__ import annotations

import re

from zhibiao.document._common import cues
from zhibiao.document.gazetteer import Division, Gazetteer
from zhibiao.document.region import BREADCRUMB, LEVEL_RANK, RegionEvidence, inside

_R = cues()["region"]
_SESSIONS_WORD = _R["sessions_word"]  # a region's annual sessions (两会)
_SECTION_WORDS = tuple(_R["section_words"])  # a news site's section for a region (`长治频道`)
_MASTHEAD_AFTER = re.compile(_R["masthead_after"])  # after a short name: a local site or paper (`寿光新闻网`)
_SOURCE_GOVERNMENT = re.compile(_R["source_government"])  # `来源：潍坊市人民政府办公室`: the issuer's office


def section_region(raw_head: str, gaz: Gazetteer, year: int | None, body: str,
                   found: RegionEvidence | None = None,
                   levels: frozenset[str] | None = None) -> RegionEvidence | None:
    """The region a news site's section names in the page clutter, when the text names none
    (`当前位置:2018襄阳两会 > 报告解读`: a page filed under one region's 两会) or only the province the
    section's city lies in (`山西新闻网>>地市频道>>长治频道>>长治新闻`), or a local site or paper heading the page
    names a division inside the one the body named most (`寿光新闻网` over 潍坊 said once); a government's office
    as the page's source (`来源：潍坊市人民政府办公室`) wins over the body's names; else ``found``.
    Never one of another level than the speaker's (``我代表区人民政府`` on a page of the city's 两会: some
    district of it)."""
    best: Division | None = None
    sessions: Division | None = None
    masthead: Division | None = None  # a local site or paper named after a division (`寿光新闻网`)
    source: Division | None = None  # a government's office as the page's source (`来源：潍坊市人民政府办公室`)
    for ln in raw_head.split("\n"):
        if source is None and (m := _SOURCE_GOVERNMENT.search(ln)) is not None:
            source = gaz.resolve(m.group("name"), year, body, levels, near=True)
        for part in BREADCRUMB.split(ln):
            for mt in gaz.short_mentions(part):
                if masthead is None and _MASTHEAD_AFTER.match(part, mt.end):
                    masthead = gaz.resolve(mt.name, year, body, levels, near=True)
                word = next((w for w in _SECTION_WORDS if part.startswith(w, mt.end)
                             and not part.startswith("网", mt.end + len(w))), None)  # (not a site: `福州新闻网`)
                d = gaz.resolve(mt.name, year, body, None, near=True) if word else None
                if d is None or d.level == "national":
                    continue
                if word == _SESSIONS_WORD and sessions is None:
                    sessions = d
                if best is None or LEVEL_RANK[d.level] > LEVEL_RANK[best.level]:
                    best = d
    if source is not None and source.level != "national" and (found is None or (
            found.source == "body" and found.division.code != source.code
            and _said(body, source) >= _said(body, found.division))):  # (not 潍坊's office over 寿光's own text)
        return RegionEvidence(source, "issuer")  # (`寿光市蔬菜交易额…` once in 潍坊's report its office posts)
    if found is None:
        pick = sessions or (best if best is not None and best.level != "province" else None)
        if pick is not None and levels and pick.level not in levels:
            return None
        return RegionEvidence(pick, "head") if pick is not None else None
    if (found.source in ("head", "body", "dateline") and found.division.level == "province" and best is not None
            and inside(gaz, best, found.division, year)):  # (a title or a session naming the province holds)
        return RegionEvidence(best, "head")
    if (found.source == "body" and masthead is not None and levels and masthead.level in levels
            and masthead.short_name != found.division.short_name and inside(gaz, masthead, found.division, year)
            and _said(body, masthead) > 0):  # (the county's own text names it: not its site reposting the city's)
        return RegionEvidence(masthead, "head")  # `寿光新闻网` over a county's `市十五届人大` and `潍坊市人代会` once
    return found


def _said(body: str, d: Division) -> int:
    """How often ``body`` names ``d`` (by its short name when that has two characters or more)."""
    return body.count(d.short_name) if len(d.short_name) >= 2 else body.count(d.name)
