"""The issuing region: the level of the government that speaks, then division names in ranked places.

The speaker fixes the level (``我代表县人民政府``, ``县长XX作政府工作报告``, ``XX区人民政府区长 XX``,
``自治区主席``, ``国务院总理``, ``县十五届人大``): a county's report is never resolved to its
prefecture or province, a national one never to the city of a footer's address, and a text that
names no division of that level gets null. Then the first place that names a division of that
level gives the region (``region_candidates`` yields them in this order):

1. the title (its most specific division)                                            [title]
2. the congress the report was given at (``在XX市第十五届人民代表大会…``, ``XX县十五届人大``) [session]
3. the issuer (``XX县人民政府县长``, ``我代表XX人民政府``, ``受XX人民政府委托``, a bureau line) [issuer]
4. a news dateline (``新华社南京1月20日电``, ``本报杭州…讯``, ``吴川市人民政府网讯``)         [dateline]
5. the other lines of the report's head                                               [head]
6. a headline's short name (``2010年漳州经济社会发展预期目标``; a county's of 3+ characters) [head]
   then a city's or county's government signing the text among its last lines (``昆山市人民政府办公室``,
   not after a site's footer)                                                           [issuer]
7. the division the body names most (three characters or more)                        [body]
8. a province's or prefecture's short name the news lead repeats                      [body]
9. a prefecture's short name the lead says three times, even inside words (推动宜春…)   [body]

Names are matched against the divisions in force in the report's year, at word boundaries
(``…会议和县委…`` is not 和县, see ``Gazetteer.at_boundary``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import NamedTuple

from zhibiao.document._common import any_re, cues
from zhibiao.document.gazetteer import NATIONAL_CODE, Division, Gazetteer, Mention
from zhibiao.document.speaker import (
    ISSUER_LINE,
    ISSUER_NEWS,
    LEAD_CHARS,
    REPRESENT,
    SELF_REFERENCE,
    represented,
    speaker_ending,
    speaker_levels,
)
from zhibiao.model import MetaSource

_C = cues()
_R = _C["region"]
_BUREAU = any_re(_R["bureau"])
# the region that holds its congress (`9日,新疆维吾尔自治区召开第十二届人民代表大会第五次会议`)
_CONVENED = re.compile(_C["region"]["convened"])
_SESSION_CALLED = re.compile(_C["region"]["session_called"])  # `瑞安市日前召开人大会议`: no term said
_PROVINCE_DOCUMENT = re.compile(_R["province_document_number"])
_PROVINCE_PAPER = re.compile(_R["province_paper"], re.M)
_CONVENED_CHARS = 6
# (and its meeting's short name: `四川万源市第六届人代会第六次会议开幕`, a write-up)
_CONGRESS = re.compile(
    r"(?:第\s*)?[十一二三四五六七八九百零〇\d]{1,4}\s*届\s*(全国\s*)?(?:" + "|".join(_R["congress_names"]) + ")")
# national agencies, whose dateline names where their bureau sits, not what the story is about
_NATIONAL_AGENCIES: tuple[str, ...] = tuple(_R["national_agencies"])
_DATELINE = re.compile(
    r"^\W*(?:" + "|".join(_NATIONAL_AGENCIES) + r"|本报|本站|本台"
    r"|[\u4e00-\u9fff]{1,6}?(?:网|报|台|在线))\s*([\u4e00-\u9fff]{2,8}?)\s*"
    r"(?:\d{1,2}|[元一二三四五六七八九十]{1,2})\s*月\s*\d{1,2}\s*日\s*(?:电|讯|消息)"
)
# (also a paper's own without a date, `本报嘉兴讯`; not its name: `嘉兴日报讯` over a story on 海宁, `新民晚报讯`)
_SITE_DATELINE = re.compile(
    r"^\W*(?:本报([\u4e00-\u9fff]{2,6}?)|([\u4e00-\u9fff]{2,8}?)(?:人民政府|政府)?(?:新闻)?网)讯")
_NATIONAL_SUBJECT = re.compile("|".join(_R["national_subject"]))  # `今年我国…目标`: the country's own targets
_CAPTION = re.compile(_R["caption_line"])  # `…找工作的群众(钱仕豪 摄)`: a photo's caption, no title
_MEDIA_SOURCE = re.compile(_R["media_source"])  # `来源:福州在线`: the outlet's place, not the issuer
_PROVINCE_VOICE = re.compile(_R["province_voice"])  # `预计全省服务业增加值…`, not `占全省的60%`
_CITY_VOICE = re.compile(_R["city_voice"])
_LIST_JOINERS = tuple(_R["listed_city_joiners"])  # `沈阳、大连`: cities listed together
_HEADLINE_LINES = 2  # the lines a headline can take
_HEADLINE_CHARS = 60
BREADCRUMB = re.compile(r"\s*[>›»＞]\s*")  # the separator of a page's breadcrumb trail
_RANKED_IN = re.compile(_R["ranked_in"])  # after a division: a ranking within it
_DELEGATION = _R["delegation"]  # after a division: its delegation at a higher congress
_AREA_OF = re.compile(_R["area_of"])  # after a division: its area (`湖北省域`), of which the issuer is a part
_NEVER_ISSUERS = frozenset(_R["never_issuers"])  # Hong Kong, Macau, Taiwan: no government work report
_FORMER = re.compile(_R["former_before"])  # before a division: a former one (`不含原莱芜市`)
_PARTNER_BEFORE = re.compile(_R["partner_before"])  # before a division: a partner's or another's plan carried out
_PARTNER_OWN_AFTER = re.compile(_R["partner_own_after"])  # ... but for the issuer's own bodies and plans after it
_PARTNER_WINDOW = 4  # characters before a division read for a partner's words
_PARTNER_WITH = re.compile(_R["partner_with_before"])  # before a division: another region met or learnt from
_OWN_BODY_AFTER = re.compile(_R["own_body_after"])  # ... unless the issuer's own bodies follow (`向福州市人大常委会…`)
_LED_BY = re.compile(_R["led_by"])  # after a division: its party committee and government leading the issuer
_HEAD_LINE_CHARS = 80  # a line of the head longer than this is a paragraph, not a title or session line
_SHORT_NAME_TIMES = 2  # a short name in the lead names the region only when repeated
_LOOSE_NAME_TIMES = 3  # a city's short name inside words (`推动宜春…`) names it only when said this often
_CHILDREN_NAMED = 2  # or, said once, when the text names this many of its divisions by their short names
_COUNTY_ENDINGS = "县区旗"  # the self-reference of a county-level government (`全县`, `我区`)
_CITIES_LISTED = 3  # a province's page lists this many of its cities together (`沈阳、大连、丹东`)
_SIBLINGS_NAMED = 2  # a county said once among this many other counties of its city is one of the city's places
_SHORT_LEVELS = ("province", "prefecture")  # and only a province's or a prefecture's
LEVEL_RANK = {"national": 0, "province": 1, "prefecture": 2, "county": 3}


class RegionEvidence(NamedTuple):
    """A division the text points at as the issuer, and where."""

    division: Division
    source: MetaSource


def inside(gaz: Gazetteer, child: Division, parent: Division, year: int | None) -> bool:
    p = gaz.parent(child, year)
    while p is not None:
        if p.code == parent.code:
            return True
        p = gaz.parent(p, year) if p.parent_code else None
    return False


def _named_in_passing(text: str, end: int, start: int | None = None) -> bool:
    """Whether the division named from ``start`` to ``end`` is there only as its delegation at a higher congress
    (`到社旗县代表团`), as an area the issuer is part of (`湖北省域副中心城市`) or as a former one merged away
    (`不含原莱芜市`), not the issuer."""
    return (text.startswith(_DELEGATION, end) or _AREA_OF.match(text, end) is not None
            or (start is not None and _FORMER.search(text, max(0, start - 2), start) is not None))


def division_in(zone: str, gaz: Gazetteer, year: int | None, context: str,
                levels: frozenset[str] | None) -> Division | None:
    """The most specific division of ``levels`` named in ``zone`` (a county beats its prefecture in
    the same line, `攀枝花市东区`; a city named on a line of its own is not given up for one of its
    counties named on a later line, `关键词:遵义市建设` then `继赤水市成为…`)."""
    best: Division | None = None
    best_line = -1
    for mt in gaz.mentions(zone):
        if _named_in_passing(zone, mt.end, mt.start):
            continue
        d = gaz.resolve(mt.name, year, context + zone, levels, near=True)
        if d is None:
            continue
        line = zone.count("\n", 0, mt.start)
        if best is None or LEVEL_RANK[d.level] > LEVEL_RANK[best.level]:
            # a lower division counts only if it lies inside the one already found (or none found)
            if best is None or LEVEL_RANK[best.level] < 2 or (inside(gaz, d, best, year) and line == best_line):
                best, best_line = d, line
    return best


def _named_before(zone: str, end: int, gaz: Gazetteer, year: int | None, context: str,
                  levels: frozenset[str] | None) -> Division | None:
    """The division whose name (or short name) ends at ``zone[end]``, resolved."""
    mt = gaz.name_ending_at(zone, end, short=True)
    return gaz.resolve(mt.name, year, context, levels, near=True) if mt else None


def _congress_divisions(zone: str, gaz: Gazetteer, year: int | None, context: str,
                        levels: frozenset[str] | None) -> Iterator[Division]:
    """Divisions named as the congress a report is given at (``XX县第十五届人民代表大会``)."""
    for m in _CONGRESS.finditer(zone):
        if m.group(1) or zone[max(0, m.start() - 2) : m.start()] == "全国":
            if levels is None or "national" in levels:
                yield gaz.by_code(NATIONAL_CODE)  # type: ignore[misc]
            continue
        d = _named_before(zone, m.start(), gaz, year, context, levels)
        if d is None and (c := _CONVENED.search(zone, max(0, m.start() - _CONVENED_CHARS), m.start())):
            d = _named_before(zone, c.start(), gaz, year, context, levels)  # `新疆维吾尔自治区召开第十二届…`
        if d is not None:
            yield d
    for m in _SESSION_CALLED.finditer(zone):
        if (d := _named_before(zone, m.start(), gaz, year, context, levels)) is not None:
            yield d


def _issuer_divisions(head: str, lead: str, gaz: Gazetteer, year: int | None, context: str,
                      levels: frozenset[str] | None) -> Iterator[Division]:
    """Divisions named by the issuer: ``我代表XX人民政府``, ``XX县人民政府县长``, a bureau line."""
    for zone in (head, lead):
        for m in REPRESENT.finditer(zone):
            name, _gov = represented(m)
            end = m.end(1) if m.group(2) else m.end(3)
            if name and (d := _named_before(zone, end, gaz, year, context, levels)):
                yield d
    for ln in head.split("\n"):
        m = ISSUER_LINE.match(ln)
        if m and m.group(1) and (d := _named_before(ln, m.end(1), gaz, year, context, levels)):
            yield d
        b = _BUREAU.search(ln)
        if b and len(ln.strip()) <= 40 and (d := division_in(ln[: b.start()], gaz, year, context, levels)):
            yield d


_FOOTER = re.compile(_R["footer_signature"])
_FOOTER_LINES = 4  # the last lines of a text that may sign it
_SITE_LINE = re.compile(_R["footer_site_words"])


def _footer_divisions(body: str, gaz: Gazetteer, year: int | None,
                      levels: frozenset[str] | None) -> Iterator[Division]:
    """The division of the government that signs the text at its end (`昆山市人民政府办公室` / `二〇一三年一月` under a
    county-level city's report that names 苏州 more often than itself)."""
    lines = [ln for ln in body.rstrip().split("\n")[-2 * _FOOTER_LINES :] if ln.strip()][-_FOOTER_LINES:]
    for k, ln in enumerate(lines):
        if any(_SITE_LINE.search(x) for x in lines[:k]):
            return  # (a site's footer: `网站地图 | 联系我们` / `江苏省人民政府办公厅`)
        if (m := _FOOTER.match(ln)) and (d := division_in(m.group(1), gaz, year, body, levels)) \
                and d.level in ("prefecture", "county"):
            yield d


def _dateline_divisions(lead: str, gaz: Gazetteer, year: int | None, context: str,
                        levels: frozenset[str] | None) -> Iterator[Division]:
    """The place of a news lead (``新华社南京1月20日电``, ``本报杭州2月27日讯``, ``武义新闻网讯``); where a province's
    head speaks, the province of the city it names (``本报济南2月19日讯…省长姜大明所作的政府工作报告``)."""
    for ln in [x for x in lead.split("\n") if x.strip()][:8]:
        for rx in (_DATELINE, _SITE_DATELINE):
            m = rx.match(ln)
            if m and (d := gaz.resolve(m.group(1) or m.group(2), year, context, levels, near=True)):
                if rx is _DATELINE and (p := _province_told_of(m, d, lead, gaz, year, levels)) is not None:
                    yield p
                yield d
            elif m and rx is _DATELINE and levels == _PROVINCE and not any(
                    h.group(1) != "省" for h in ISSUER_NEWS.finditer(lead[:LEAD_CHARS])) and (
                    city := gaz.resolve(m.group(1), year, context, _CITY, near=True)) is not None and (
                    p := gaz.parent(city, year)) is not None and p.level == "province":
                # (not where a mayor speaks too: `本报洛阳…省长王凯所作的政府工作报告对洛阳提出了新要求。…市长…作`)
                yield p



def _province_told_of(m: re.Match[str], d: Division, lead: str, gaz: Gazetteer, year: int | None,
                      levels: frozenset[str] | None) -> Division | None:
    """`新华社南京2月8日电` over a story on 江苏 (江苏省政府…, 江苏经济…, never 南京 again): a national
    agency's bureau city is no issuer when the story names only its province, and that repeatedly."""
    if not m.group().lstrip().startswith(_NATIONAL_AGENCIES) or d.level != "prefecture":
        return None
    p = gaz.parent(d, year)
    if p is None or p.level != "province" or (levels is not None and "province" not in levels):
        return None
    rest = lead[lead.find(m.group()) + len(m.group()) :]
    if d.short_name in rest or d.name in rest:
        return None
    return p if rest.count(p.short_name) >= _SHORT_NAME_TIMES else None


# where a congress meets (`自治区两会在呼和浩特召开`): a provincial congress meets in its capital
_VENUE = re.compile(r"在([\u4e00-\u9fff]{2,6}?)市?(?:隆重|胜利)?(?:召开|开幕|举行)")
_PROVINCE = frozenset({"province"})
_CITY = frozenset({"prefecture"})


def _venue_divisions(lead: str, gaz: Gazetteer, year: int | None, context: str,
                     levels: frozenset[str] | None) -> Iterator[Division]:
    """The province of the city a provincial government's congress meets in, when the speaker is a
    province's (``自治区主席…代表自治区政府…``) and the text names the province only so."""
    if levels != _PROVINCE:
        return
    for m in _VENUE.finditer(lead[:LEAD_CHARS]):
        city = gaz.resolve(m.group(1), year, context, _CITY, near=True)
        p = gaz.parent(city, year) if city is not None else None
        if p is not None and p.level == "province":
            yield p
            return


def _headline_divisions(head: str, lead: str, gaz: Gazetteer, year: int | None, context: str,
                        levels: frozenset[str] | None) -> Iterator[Division]:
    """A region named by its short name in the first lines (``2010年漳州经济社会发展预期目标``,
    ``今年上海主要预期目标``): a headline writes it without the level word."""
    lines = [ln.strip() for ln in (head + "\n" + lead).split("\n") if ln.strip()][:_HEADLINE_LINES]
    for ln in lines:
        if len(ln) > _HEADLINE_CHARS:
            continue
        ln = BREADCRUMB.split(ln)[-1]  # `首页 > 国内新闻 > 陕西新闻 > 宝鸡两会|…`: the page's own headline
        found = []
        for mt in gaz.short_mentions(ln):
            d = gaz.resolve(mt.name, year, context, levels, near=True)
            # a county's two-character short name is too often an everyday word (新建, 和平, 长安)
            if d is not None and d.level != "national" and (d.level != "county" or len(mt.name) >= 3):
                found.append(d)
        # `湖北荆州绘制2014年经济社会发展蓝图`: a city the line names inside a province it names is its subject
        yield from sorted(found, key=lambda d: not any(inside(gaz, d, e, year) for e in found if e is not d))


def region_candidates(title: str | None, head: str, lead: str, body: str, year: int | None,
                      gaz: Gazetteer, levels: frozenset[str] | None) -> Iterator[RegionEvidence]:
    """Every division the text points at as the issuer, in the order of trust of the module docstring."""
    head = _MEDIA_SOURCE.sub("", head)  # (`来源:福州在线` on a page about 重庆's report: the outlet's place)
    if title and (d := division_in(title, gaz, year, body, levels)):
        yield RegionEvidence(d, "title")
    for zone in (head, lead):
        for d in _congress_divisions(zone, gaz, year, body, levels):
            yield RegionEvidence(d, "session")
    for d in _issuer_divisions(head, lead, gaz, year, body, levels):
        yield RegionEvidence(d, "issuer")
    for d in _dateline_divisions(lead, gaz, year, body, levels):
        yield RegionEvidence(d, "dateline")
    for d in _venue_divisions(lead, gaz, year, body, levels):
        yield RegionEvidence(d, "dateline")
    # the head's short lines only: a news page's head can run into its paragraphs, where sub-areas are
    # named in passing (`支持渭滨区发展传感器产业` in 宝鸡's write-up)
    short_lines = "\n".join(ln for ln in head.split("\n")
                            if len(ln.strip()) <= _HEAD_LINE_CHARS and not _CAPTION.search(ln))
    if d := division_in(short_lines, gaz, year, body, levels):
        yield RegionEvidence(d, "head")
    for d in _headline_divisions(head, lead, gaz, year, body, levels):
        yield RegionEvidence(d, "head")
    for d in _footer_divisions(body, gaz, year, levels):
        yield RegionEvidence(d, "issuer")  # (below the head's names: a city's site may sign a county's text it carries)
    # (not a division a ranking is within: `固定资产投资…排湘潭市第一` is a county's of 湘潭市)
    named = [mt for mt in gaz.mentions(body) if len(mt.name) >= 3 and not _RANKED_IN.match(body, mt.end)
             and not _named_in_passing(body, mt.end, mt.start)
             and not (_PARTNER_BEFORE.search(body, max(0, mt.start - _PARTNER_WINDOW), mt.start)
                      and not _PARTNER_OWN_AFTER.match(body, mt.end))]
    counts: Counter[str] = Counter(mt.name for mt in named if mt.name not in _leading_above(named, body, gaz, year))
    # a news lead that names its region only by its short name, more than once (`浙江发展史上…`)
    shorts: Counter[str] = Counter(mt.name for mt in gaz.short_mentions(lead[:LEAD_CHARS]))
    for name, n in counts.most_common(3):
        d = gaz.resolve(name, year, body, levels, near=True)
        if d is not None and d.level != "national":
            if n == 1 and d.level == "prefecture":
                # `泉州市云箭…` once, `智造洛江`, `洛江篇章`: the county or district under it the lead repeats
                yield from (RegionEvidence(c, "body") for c in _repeated_children(d, lead[:LEAD_CHARS], gaz, year))
            elif n == 1 and d.level == "county" and (p := _parent_of_siblings(gaz, d, body, year, levels)) is not None:
                # `金寨县荣获…`, `舒城、金安、裕安3个县区有望…` in 六安's write-up: one of several counties of a city
                # named once, the city's report
                yield RegionEvidence(p, "body")
                continue
            elif n == 1 and _counties_below(gaz, d, year):
                # (under a city of province rank, one said more often than the city itself: `忠县坚持…`, `忠县将…`
                # and `重庆市…标杆城市` once; not `浦东` twice in 上海's own write-up)
                said = lead[:LEAD_CHARS]
                yield from (RegionEvidence(c, "body") for c in _repeated_children(d, said, gaz, year)
                            if said.count(c.name) >= max(_LOOSE_NAME_TIMES, said.count(d.short_name) + 1))
            yield RegionEvidence(d, "body")
    named = [(d, n) for name, n in shorts.most_common(2)
             if n >= _SHORT_NAME_TIMES and (d := gaz.resolve(name, year, body, levels, near=True)) is not None
             and d.level in _SHORT_LEVELS]
    if len(named) == 2 and named[0][1] == named[1][1] and inside(gaz, named[1][0], named[0][0], year):
        named.reverse()  # `对山东、对青岛工作的重要指示要求`, said as often: the city speaks of its province
    if named and named[0][0].level == "prefecture" and (p := _province_of_listed(gaz, lead, body, year)):
        yield RegionEvidence(p, "body")  # `沈阳、大连、丹东、锦州、营口、朝阳机场…` and `全省`: the province speaks
    for d, _n in named:
        yield RegionEvidence(d, "body")
    # a city's short name inside words (`传承宜春…`, `推动宜春…`, `现代化宜春`), said three times
    for name, n in gaz.loose_short_counts(lead[:LEAD_CHARS]).most_common(2):
        d = gaz.resolve(name, year, body, levels, near=True) if n >= _LOOSE_NAME_TIMES else None
        if d is not None and d.level == "prefecture":
            yield RegionEvidence(d, "body")
    # a county whose full name is two characters (`忠县坚持…`, `2024年,忠县…`, `忠县将…`), said three times at a
    # word's start: too short to count once, and no name of three characters above counts it
    two: Counter[str] = Counter(mt.name for mt in gaz.mentions(lead[:LEAD_CHARS])
                                if len(mt.name) == 2 and mt.name.endswith("县"))
    for name, n in two.most_common(1):
        d = gaz.resolve(name, year, body, levels, near=True) if n >= _LOOSE_NAME_TIMES else None
        if d is not None and d.level == "county":
            yield RegionEvidence(d, "body")


def _without_partners(body: str, gaz: Gazetteer) -> str:
    """``body`` with the county-level regions it meets or learns from blanked, one for one (`与拉萨市城关区缔结
    友好城区`, `学习借鉴沈阳市铁西区…的经验`): another city's namesake of the issuer is no evidence of it, nor context
    for telling the name's bearers apart. Not a city or province (`向宁波市争取专项资金`: the issuer's own city), nor
    the issuer's own bodies after the name (`向福州市人大常委会报告`)."""
    out: list[str] | None = None
    for mt in gaz.mentions(body):
        before = body[max(0, mt.start - _PARTNER_WINDOW) : mt.start]
        with_words = _PARTNER_WITH.search(before) is not None
        if not (with_words or _PARTNER_BEFORE.search(before)) or (
                _OWN_BODY_AFTER if with_words else _PARTNER_OWN_AFTER).match(body, mt.end):
            continue  # (`借鉴福州市鼓楼区“一线工作法”经验`: a partner's; `落实禹城市“十二五”规划`: the issuer's own)
        if not any(c.level == "county" for c in gaz.candidates(mt.name)):
            continue
        out = out if out is not None else list(body)
        out[mt.start : mt.end] = " " * (mt.end - mt.start)
    return "".join(out) if out is not None else body


def _leading_above(named: list[Mention], body: str, gaz: Gazetteer, year: int | None) -> set[str]:
    """The names said as the party committee and government leading the issuer (`内江市委市政府坚强领导`) when a
    division inside them is named too (隆昌 in 内江): the level above, not the issuer. (Alone, the name may be
    the issuer's own, in a write-up: `在隆昌市委、市政府的坚强领导下`.)"""
    led = {mt.name for mt in named if _LED_BY.match(body, mt.end)}
    if not led:
        return set()
    above = set()
    for name in led:
        d = gaz.resolve(name, year)
        if d is not None and any(
                (c := gaz.resolve(mt.name, year)) is not None and c.code != d.code and inside(gaz, c, d, year)
                for mt in named):
            above.add(name)
    return above


def _parent_of_siblings(gaz: Gazetteer, d: Division, body: str, year: int | None,
                        levels: frozenset[str] | None) -> Division | None:
    """The city a county lies in, when the text lists at least two other counties or districts of it together
    (`舒城、金安、裕安3个县区`, by their names or short names joined by 、/和) and never speaks as a county
    (`全县`, `我县`): the county is one of the city's places, not the issuer (but a county's own report that
    names its neighbours, or `人行天桥` for 天桥区, stays the county's)."""
    p = gaz.parent(d, year)
    if p is None or p.level != "prefecture" or (levels is not None and "prefecture" not in levels) or any(
            m.group(1) in _COUNTY_ENDINGS for m in SELF_REFERENCE.finditer(body)):
        return None  # (`我代表县人民政府`, `全县地区生产总值…`: a county speaks)
    # (not 隆昌县 before 隆昌市, nor 内江县 in 内江市)
    names = sorted({n for c in gaz.children(p.code, year) if c.short_name not in (d.short_name, p.short_name)
                    for n in (c.name, c.short_name) if len(n) >= 2}, key=len, reverse=True)
    if not names:
        return None
    alt = "|".join(map(re.escape, names))
    listed = re.search(f"(?:{alt})[、和与及](?:{alt})", body)
    return p if listed is not None and len(set(re.findall(alt, listed.group()))) >= _SIBLINGS_NAMED else None


def _province_of_listed(gaz: Gazetteer, lead: str, body: str, year: int | None) -> Division | None:
    """The province whose cities the lead lists together by their short names (`沈阳、大连、丹东、锦州`, at least
    ``_CITIES_LISTED``), when the text speaks as a province (`全省…`, not `占全省的60%`) and never as a city: a page
    of the province's report that never names it (辽宁 2010's second page), not the report of the city listed first."""
    if not _PROVINCE_VOICE.search(body) or _CITY_VOICE.search(body):
        return None
    text = lead[:LEAD_CHARS]
    run: set[str] = set()  # the cities of the list being read
    parent: Division | None = None  # their province, None once the list holds two
    end = -1
    for mt in gaz.short_mentions(text):
        d = gaz.resolve(mt.name, year)
        p = gaz.parent(d, year) if d is not None and d.level == "prefecture" else None
        if d is None or p is None:
            run, parent, end = set(), None, -1
            continue
        if end >= 0 and text[end : mt.start] in _LIST_JOINERS:
            parent = parent if parent is not None and parent.code == p.code else None
        else:
            run, parent = set(), p  # a new list begins
        run.add(d.code)
        end = mt.end
        if parent is not None and len(run) >= _CITIES_LISTED:
            return parent
    return None


def _counties_below(gaz: Gazetteer, d: Division, year: int | None) -> bool:
    """Whether ``d`` is a city of province rank (重庆市, 北京市), whose counties and districts are its own (not a
    province with a few counties under it, 海南省's 文昌市, 湖北省's 仙桃市: those name their province in passing)."""
    return d.level == "province" and d.name.endswith("市") and any(
        c.level == "county" for c in gaz.children(d.code, year))


def _repeated_children(d: Division, lead: str, gaz: Gazetteer, year: int | None) -> list[Division]:
    """The divisions under ``d`` whose short name (or name) the lead repeats: with their parent named,
    even a district's two characters (`洛江`) name it."""
    return [c for c in gaz.children(d.code, year) if c.short_name != d.short_name
            and max(lead.count(c.short_name) if len(c.short_name) >= 2 else 0, lead.count(c.name)) >= _SHORT_NAME_TIMES]


def find_region(title: str | None, head: str, lead: str, body: str, year: int | None,
                gaz: Gazetteer) -> RegionEvidence | None:
    """The issuing region and where it was read; ``None`` when the text names none of the level
    of the government that speaks."""
    levels = speaker_levels(head, lead)
    blanked = _without_partners(body, gaz)  # (`与拉萨市城关区缔结友好城区`)
    lead = blanked[: len(lead)] if body.startswith(lead) else _without_partners(lead, gaz)  # (the lead opens the body)
    body = blanked
    if levels == frozenset({"national"}):
        return RegionEvidence(gaz.by_code(NATIONAL_CODE), "issuer")  # type: ignore[arg-type]
    ending = speaker_ending(head, lead)
    for ev in region_candidates(title, head, lead, body, year, gaz, levels):
        if ev.source in ("head", "body", "dateline") and ending is not None and not ev.division.name.endswith(ending):
            continue  # `我代表市人民政府…` and `郫都区、中国电信…` in passing: not the issuer
        if ev.division.code in _NEVER_ISSUERS:
            continue  # `澳門日報` over 珠海's report: the paper's place
        return ev
    if ending is not None:
        # `我代表县人民政府` and `黎平` twice in the lead: the county of that name, when there is one; named
        # once, when it is the only division of the speaker's ending the lead names (`州十二届人大…共同描绘
        # 迪庆未来的发展蓝图`)
        said = lead[:LEAD_CHARS]
        named = _named_with_ending(Counter(mt.name for mt in gaz.short_mentions(said)), ending, body, year, gaz,
                                   levels)
        if named and (named[0][1] >= _SHORT_NAME_TIMES or (
                len({d.code for d, _n in named}) == 1 and _tied_to(gaz, named[0][0], body, year))):
            return RegionEvidence(named[0][0], "body")
        if not named:  # `共同描绘迪庆未来的发展蓝图`: inside words only, so tied to a long name of its own (香格里拉)
            loose = _named_with_ending(gaz.loose_short_counts(said), ending, body, year, gaz, levels)
            if len({d.code for d, _n in loose}) == 1 and _long_name_of_its_own(gaz, loose[0][0], body, year):
                return RegionEvidence(loose[0][0], "body")
            if (p := _parent_of_named(said, ending, year, gaz)) is not None:
                return RegionEvidence(p, "body")  # `州人民政府` that names 瑞丽 and 陇川 only: 德宏州
        if ending == "省" and (m := _PROVINCE_DOCUMENT.search(head + "\n" + lead[:LEAD_CHARS])) is not None:
            code = _R["province_abbreviations"].get(m.group("a"))
            d = gaz.by_code(code, year) if code is not None else None
            if d is not None:
                return RegionEvidence(d, "issuer")  # `鄂政发〔2018〕1号` on a forwarded plan report: 湖北省
        if ending == "省" and (d := _province_paper(head + "\n" + lead[:LEAD_CHARS], gaz, year)) is not None:
            return RegionEvidence(d, "dateline")  # `湖北日报讯…省十一届人大一次会议`: the paper's province
    elif _NATIONAL_SUBJECT.search(lead[:LEAD_CHARS]):
        return RegionEvidence(gaz.by_code(NATIONAL_CODE), "body")  # type: ignore[arg-type]  # `今年我国…目标`
    return None


def _province_paper(text: str, gaz: Gazetteer, year: int | None) -> Division | None:
    """The province whose party paper's masthead opens a line of ``text`` (`湖北日报讯`, `南方日报讯`)."""
    for m in _PROVINCE_PAPER.finditer(text):
        paper = m.group("p")
        code = _R["province_papers"].get(paper)
        d = gaz.by_code(code, year) if code is not None else gaz.resolve(
            paper.removesuffix("日报"), year, text, _PROVINCE, near=True)
        if d is not None and d.level == "province":
            return d
    return None


def _named_with_ending(shorts: Counter[str], ending: str, body: str, year: int | None, gaz: Gazetteer,
                       levels: frozenset[str] | None) -> list[tuple[Division, int]]:
    """The divisions of the speaker's ``ending`` (州, 县…) the short names in ``shorts`` stand for, most said first."""
    named: list[tuple[Division, int]] = []
    for name, n in shorts.most_common():
        d = gaz.resolve(name + ending, year, body, levels, near=True) or gaz.resolve(
            name, year, body, levels, near=True)
        if d is not None and d.level != "national" and d.name.endswith(ending):
            named.append((d, n))
    return named


def _long_name_of_its_own(gaz: Gazetteer, d: Division, text: str, year: int | None) -> bool:
    """Whether ``text`` names one of the division's own divisions by a name of three characters or more (香格里拉):
    what ties a short name said only inside words (`描绘迪庆未来`) to the division, where a two-character pair or the
    parent's short name (云南) could be any word's."""
    return any((len(c.short_name) >= 3 and c.short_name in text) or (len(c.name) >= 3 and c.name in text)
               for c in gaz.children(d.code, year))


def _parent_of_named(said: str, ending: str, year: int | None, gaz: Gazetteer) -> Division | None:
    """The division of the speaker's ``ending`` two or more of whose own divisions ``said`` names by their short
    names at word boundaries (`瑞丽口岸…,陇川甘蔗`), more than of any other of that ending."""
    kids: dict[str, set[str]] = {}
    parents: dict[str, Division] = {}
    for name in {mt.name for mt in gaz.short_mentions(said)}:
        for c in gaz.candidates(name, year, short=True, levels=("county",), near=True):
            p = gaz.parent(c, year)
            if p is not None and p.name.endswith(ending):
                kids.setdefault(p.code, set()).add(c.code)
                parents[p.code] = p
    ranked = sorted(kids.items(), key=lambda kv: len(kv[1]), reverse=True)
    if ranked and len(ranked[0][1]) >= _CHILDREN_NAMED and (len(ranked) == 1 or len(ranked[1][1]) < len(ranked[0][1])):
        return parents[ranked[0][0]]
    return None


def _tied_to(gaz: Gazetteer, d: Division, text: str, year: int | None) -> bool:
    """Whether ``text`` also names the division's parent or one of its own divisions (`迪庆` once, and
    香格里拉), or two of them by two-character names: a short name said once is then no everyday word
    (`解放思想`, `龙湖地产`)."""
    p = gaz.parent(d, year)
    if p is not None and p.code != NATIONAL_CODE and (p.name in text or (
            len(p.short_name) >= 2 and p.short_name in text and not d.name.startswith(p.short_name))):
        return True
    if _long_name_of_its_own(gaz, d, text, year):
        return True
    children = gaz.children(d.code, year)
    # two of its divisions by their two-character names (湖北 2015: `对湖北的…`, then 武汉, 襄阳, 宜昌)
    return sum(1 for c in children if len(c.short_name) == 2 and c.short_name in text) >= _CHILDREN_NAMED
