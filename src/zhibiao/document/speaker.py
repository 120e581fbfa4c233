"""Who speaks in a report: the level of the government that delivers it (``我代表县人民政府``, ``县长XX作政府工作报告``,
``自治区主席``, ``国务院总理``, ``县十五届人大``) and the ending its congress or government calls itself by (split
from ``document.region``, which places the issuer by its name)."""

from __future__ import annotations

import re
from collections import Counter

from zhibiao.document._common import cues

_R = cues()["region"]
_LEVEL_WORDS: dict[str, frozenset[str]] = {
    w: frozenset(levels) for w, levels in sorted(_R["speaker_levels"].items(), key=lambda kv: -len(kv[0]))
}
_NATIONAL_LINE = re.compile(_R["national_issuer_line"])
_GOV = r"(人民政府|政府|国务院|行政公署)"
_NAME_RUN = r"([^\s，,。；;、：:“”《》()（）]{0,24}?)"
# `我代表县人民政府`, `县长XX代表县人民政府向大会`, `受州人民政府委托` (not `人大代表…`, `代表团…`), also with the
# government's term (`我代表南开区第十五届人民政府`)
_TERM = r"(?:第?[一二三四五六七八九十]{1,3}届)?"
REPRESENT = re.compile(
    rf"(?:代表(?!大会|团|们|委员|性)\s*{_NAME_RUN}{_TERM}{_GOV}|受\s*{_NAME_RUN}{_TERM}{_GOV}\s*委托)")
_HEAD_OF = r"(?:代理|代)?(省|市|区|县|州|旗|盟)长"
ISSUER_LINE = re.compile(
    rf"^\W*([^\s，,。；;：:]{{0,24}}?)(?:人民政府)?\s*{_HEAD_OF}\s*[\u4e00-\u9fff·]{{1,4}}(?:\s+[\u4e00-\u9fff]{{1,3}})?\W*\w{{0,4}}$"
)
_CHAIR_LINE = re.compile(r"^\W*(?:自治区)(?:人民政府)?\s*(?:代理|代)?主席\s*[\u4e00-\u9fff·]{2,6}\W*$")
# `县长XX作…`, also after the division's name (`河北省省长王正谱作政府工作报告`), never a deputy's
ISSUER_NEWS = re.compile(
    rf"(?:^|[，,、。\s省市区县州旗盟])(?<!副){_HEAD_OF}\s*[\u4e00-\u9fff]{{2,3}}(?:代表|所?作|向大会)"
)
# `县十五届人大`, `自治区第十三届人民代表大会` (自治区 is a province, not a district)
CONGRESS_ABBR = re.compile(
    r"(自治区|自治州|自治县|自治旗|省|市|区|县|州|旗)(?:第)?[十一二三四五六七八九]{1,3}届人(?:民代表)?大"
)
LEAD_CHARS = 3000  # a news write-up names its congress and speaker in its first paragraphs
SELF_REFERENCE = re.compile(_R["self_reference"])  # `我州`: the government speaking of its region
_SELF_REFERENCE_TIMES = int(_R["self_reference_times"])
# a write-up of the national report: the premier delivers it (``国务院总理李克强5日在政府工作报告中提出``,
# ``国务院总理温家宝今天在此间表示``)
_PREMIER_SPEAKS = re.compile(
    r"国务院总理\s*[\u4e00-\u9fff]{2,3}\s*(?:\d{1,2}日|今天|今日|昨天|昨日)?(?:上午|下午)?\s*(?:在|作|代表|向)")
_OWN_PROVINCE = re.compile(_R["own_province_words"])  # `我省`: the paper speaks for its province
_PROVINCE_REPORT_TOLD = re.compile(_R["province_report_told"])  # `省长王国生在省十一届人大五次会议上所作的政府工作报告`
_ENDINGS = "省市县区旗州盟"


def _levels_of(word: str) -> frozenset[str] | None:
    """The levels a government word can be of (``县`` county; ``市`` municipality, prefecture or
    county-level city; ``国务院`` national), from its ending; ``None`` if it names no level."""
    for w, levels in _LEVEL_WORDS.items():
        if word.endswith(w):
            return levels
    return None


def represented(m: re.Match[str]) -> tuple[str, str]:
    """(the named part, the government word) of a ``REPRESENT`` match."""
    return (m.group(1), m.group(2)) if m.group(2) else (m.group(3), m.group(4))


def speaker_levels(head: str, lead: str) -> frozenset[str] | None:
    """The levels the reporting government can be of, from who speaks (``None``: the text never says)."""
    if any(_NATIONAL_LINE.match(ln) for ln in head.split("\n")) or (
            _PREMIER_SPEAKS.search(lead[:LEAD_CHARS]) and not (
                _PROVINCE_REPORT_TOLD.search(lead[:LEAD_CHARS]) and _OWN_PROVINCE.search(lead[:LEAD_CHARS]))):
        return frozenset({"national"})  # (not a provincial paper's story of both reports, its province's told too)
    for zone in (head, lead):
        for m in REPRESENT.finditer(zone):
            name, gov = represented(m)
            levels = _levels_of(gov if gov in ("国务院", "行政公署") else name)
            if levels:
                return levels
    for ln in head.split("\n"):
        if _CHAIR_LINE.match(ln):
            return frozenset({"province"})
        m = ISSUER_LINE.match(ln)
        if m:
            return _levels_of(m.group(2))
    for rx in (ISSUER_NEWS, CONGRESS_ABBR):
        m = rx.search(lead)
        if m:
            return _levels_of(m.group(1))
    return None


def speaker_ending(head: str, lead: str) -> str | None:
    """The ending of the issuer's name when its government or congress speaks of itself by it alone
    (``我代表市人民政府``, ``市四届人大五次会议`` -> ``市``): a district or province named in passing is
    then no issuer."""
    for zone in (head, lead):
        for m in REPRESENT.finditer(zone):
            name, _gov = represented(m)
            if len(name) == 1 and name in _ENDINGS:
                return name
    m = CONGRESS_ABBR.search(lead)
    if m:
        return m.group(1)[-1]
    said = Counter(m.group(1) for m in SELF_REFERENCE.finditer(lead)).most_common(2)
    if said and said[0][1] >= _SELF_REFERENCE_TIMES and (len(said) == 1 or said[0][1] > said[1][1]):
        return said[0][0]  # `…我州经济社会飞速发展…今年我州建成…`: the prefecture speaks
    return None
