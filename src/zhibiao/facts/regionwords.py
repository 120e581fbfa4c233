"""The words a report names regions by: the last division of its full name (`遂宁市安居区` -> `安居区`), the bare name a
write-up uses (`临沂`), a division named opening a sentence, and the words for the whole of a region above the
report's own (`全省` in a county's). ``facts.sentence`` reads a figure's scope with them."""

from __future__ import annotations

import re
from functools import lru_cache

from zhibiao.document import gazetteer
from zhibiao.facts.cuefile import facts_cues

_NAME_WINDOW = 24  # characters read for a division's name opening a sentence


@lru_cache(maxsize=256)
def short_name(region: str) -> str:
    """`遂宁市安居区` -> `安居区`: the last division name of a full region name."""
    m = re.search(r"[^省市州盟地区县旗]+(?:区|县|市|旗)$", region)
    return m.group() if m else region


SURE_REGION = ("title", "issuer", "user", "session")  # where a report's region is read with its level for sure
def opening_division(text: str) -> tuple[gazetteer.Mention | None, bool]:
    """The division name opening ``text`` (only its first characters count), and whether it is a full name rather
    than a short one (`南京预计实现`)."""
    gaz = gazetteer.load()
    head = text[:_NAME_WINDOW]
    full = next((m for m in gaz.mentions(head) if m.start == 0), None)
    return (full, True) if full is not None else (gaz.short_mention_at_start(head), False)


LEVELS_ABOVE = {"province": ("national",), "prefecture": ("national", "province"),
                 "county": ("national", "province", "prefecture")}


@lru_cache(maxsize=16)
def higher_words(level: str | None, a_city: bool, autonomous: bool = False) -> tuple[str, ...]:
    """The words for the whole of a region above a report of ``level``, ``a_city`` when its own name ends on 市
    (``higher_whole_words`` of facts_cues.toml; a county-level city's 全市 is its own), ``autonomous`` when it lies
    in an autonomous region and is no district (its 全区 is that region)."""
    cues = facts_cues()
    table = cues["higher_whole_words"]
    words = tuple(w for lv in LEVELS_ABOVE.get(level or "", ()) for w in table[lv]
                  if not (lv == "prefecture" and a_city and w.endswith("市")))  # (its 全州, 我州 are still above)
    return words + tuple(cues["autonomous_whole_words"]) if autonomous and "province" in LEVELS_ABOVE.get(
        level or "", ()) else words


@lru_cache(maxsize=256)
def in_autonomous_region(region: str | None, code: str | None) -> bool:
    """Whether a report's region lies in an autonomous region and is no district (`南宁市`, `宾阳县`; not `青秀区`)."""
    return bool(code) and bool(region) and code[:2] in facts_cues()["autonomous_region_prefixes"] \
        and not (region or "").endswith("区")


@lru_cache(maxsize=256)
def bare_name(region: str) -> str:
    """`临沂市` -> `临沂`: the last division name without its level word, when two characters or
    more are left (a news write-up says 临沂 and 成都); `` otherwise."""
    # a province's short name (`河北` for 河北省, `广西` for 广西壮族自治区)
    bare = next((d.short_name for d in gazetteer.load().candidates(region) if d.level == "province"), "")
    if not bare:
        short = short_name(region)
        bare = short[:-1] if short.endswith(("市", "县", "区", "旗")) else ""
    return bare if len(bare) >= 2 and bare != region else ""


def _strip(pattern: re.Pattern[str], s: str) -> str:
    """``s`` less what ``pattern`` matches at its start."""
    m = pattern.match(s)
    return s[m.end() :] if m else s
