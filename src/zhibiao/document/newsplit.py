"""Split a news item that reports several regions one after another into one report each.

A write-up such as ``各地相继公布今年经济增长目标`` tells of 杭州's session, then ``在4月11日召开的
通辽市人大五届三次会议上…``, then ``4月18日上午,山西临汾市四届人大七次会议…开幕``: each paragraph that
opens a session of another division than the one before starts a report of its own; so does each
city's name alone on a line in a digest of three or more (`广州` / `●地区生产总值增长6%以上` / `深圳`…).
A text with a report title, or naming one region only, stays whole.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from zhibiao.document._common import FIGURE_RE, cues, iter_lines
from zhibiao.document.gazetteer import Division, Gazetteer
from zhibiao.document.gazetteer import load as load_gazetteer
from zhibiao.document.split import is_title_line
from zhibiao.model import Span

_MAX_CHARS = 20000  # a news item, not a report or a compilation of reports
_NUM = "[一二三四五六七八九十]"
# `通辽市人大五届三次会议`, `杭州市第十三届人民代表大会第五次会议`, held (开幕/召开/举行/上), not looked back on;
# also the report delivered at it (`在长春市第十六届人民代表大会第二次会议上,长春市市长王子联作政府工作报告`)
_SESSION = re.compile(
    rf"(?:人大)?(?:第)?{_NUM}{{1,3}}届(?:人民代表大会|人大)?(?:第)?{_NUM}{{1,2}}次会议"
    r"(?=" + cues()["region"]["session_held_after"] + r")|(?<=召开的)[^。\n]{2,12}?(?:人大)?(?:第)?"
    rf"{_NUM}{{1,3}}届(?:人民代表大会|人大)?(?:第)?{_NUM}{{1,2}}次会议"
)
_SESSION_AT = re.compile(rf"(?:人大)?(?:第)?{_NUM}{{1,3}}届")
_SESSION_NUMBERS = re.compile(rf"({_NUM}{{1,3}})届(?:人民代表大会|人大)?(?:第)?({_NUM}{{1,2}})次")
_FIRST_SENTENCE = 80  # how far into its paragraph a session must be named to open it
_NAME_LINE = 8  # a line that is a division's name alone
_HEADED_MIN = 3  # a digest headed by the names of at least this many regions
_HEADED_MIN_SIBLINGS = 2  # or of this many districts or counties of one province
_SHORT_PIECE = 300  # characters: a piece this short without a figure is page chrome, not a report
# a column's heading that names its region before a colon (`【南京:奋力在中国式现代化城市实践中走在前列】`)
_BRACKET_HEAD = re.compile(r"^\s*[【\[]([\u4e00-\u9fff]{2,8}?)[:：]")
_BRACKETED_MIN = 2  # a digest headed so by at least this many regions
# a paragraph that opens on its region's name and a colon (`南陵县:2022年地区生产总值增长9.5%左右,…`), or a
# sub-heading so over its region's paragraphs (`厦门：确保外贸出口正增长`, a Hong Kong paper's round-up)
_COLON_HEAD = re.compile(r"^\s*([\u4e00-\u9fff]{2,8}?)[:：]")
_HEADING_CHARS = 24  # a sub-heading is a short line with no full stop
_LEAD_NAME = 8  # the longest division name a paragraph may open on
# a paragraph opening on a region's report saying something (`苏州市政府工作报告指出`)
_REPORT_SAID = re.compile(cues()["region"]["report_said"])
_REPORT_SAID_MIN = 2  # a round-up says so of at least this many regions
# a byline under a region's heading in a round-up (`——市长张立群作政府工作报告`), which names a report type
_BYLINE = re.compile(cues()["region"]["report_byline"])
_NAME_MARKS = cues()["region"]["name_line_marks"]  # a WeChat digest's mark before a name line (`▌禅城区`)
_DISPATCH = re.compile(cues()["region"]["dispatch_opener"])  # `（中央社记者…台北7日电）`, `【星岛日报报道】`
_SESSION_CALLED = re.compile(cues()["region"]["session_called"])  # `…泉州市今天召开人代会`: the region holding it
# the head of a government delivering its report (`泉州市长王永礼今天作政府工作报告`): matched at the head's word
_HEAD_REPORTS = re.compile(cues()["region"]["head_reports"])
_HEAD_SPEAKS = re.compile(cues()["region"]["head_speaks"])  # `北京市长王安顺23日在…`: a region's head speaking
_HEAD_LEAD = 160  # how far into its paragraph a round-up names the head speaking
_ROUND_UP_MIN = 3  # the regions a round-up led by heads names at least
_FIGURE_WORDS = re.compile(cues()["region"]["figure_in_words"])  # a figure said in words (`成长百分之七`)
_DISPATCH_LEAD = 150  # the characters of a dispatch's first paragraph read for the region it is on
_SUBJECT_LEAD = re.compile(cues()["region"]["dispatch_subject_lead"])  # `中国大陆`, `记者从…获悉，` before the subject
_HEADLINE_FIGURE = re.compile("|".join(map(re.escape, cues()["region"]["dispatch_figure_words"])))
_NOT_MAINLAND = tuple(cues()["region"]["not_mainland_prefixes"])  # Taiwan, Hong Kong, Macao: no region of a dispatch
_HEADLINE_LINES = 2  # the lines of a headline above a dispatch
_ITEM_YEAR = re.compile(r"((?:19|20)\d\d)\s*年")
_YEAR_LEAD = 300  # how far into an item its year is read
_HEADLINE_CHARS = 40


def news_split(text: str, span: Span, junk: Sequence[Span] = ()) -> tuple[list[Span], list[str] | None]:
    """``span`` cut before each paragraph that opens another division's session (``[span]`` if none);
    for a digest, also the code of the division each piece is headed by (the first piece keeps the
    item's introduction before its name line, and is that division's all the same). A report title in
    the site's junk (`往期推荐` / `一图读懂｜佛山市2023年政府工作报告`) or a byline under a city's heading (`——市长
    张立群作政府工作报告`) is no title of a report the item is."""
    if span.end - span.start > _MAX_CHARS:
        return [span], None
    gaz = load_gazetteer()
    cuts: list[tuple[int, str]] = []  # (line start, division code)
    headed: list[tuple[int, str]] = []  # lines that are a division's name alone (`广州`, `惠州`)
    bracketed: list[tuple[int, str]] = []  # column headings `【南京:…】`
    led: list[tuple[int, str]] = []  # paragraphs that open on a region's name (`苏州市政府工作报告指出,…`)
    colon_led: list[tuple[int, str]] = []  # paragraphs of figures under a region's name and a colon
    colon_headings: list[tuple[int, int, str]] = []  # sub-headings so with no figure: (line start, end, division)
    # sub-headings opening on a city's name with no colon (`无锡市今年将GDP增长目标定在5.5%左右`): (start, end,
    # division)
    name_headings: list[tuple[int, int, str]] = []
    sessions: list[tuple[int, str, str]] = []  # paragraphs opening a session: (line start, division, term and meeting)
    shared: list[tuple[int, int, str, bool]] = []  # headed by a name a province and its city share: (start, end, name,
    # whether the line holds a figure)
    dispatches: list[int] = []  # lines opening on an agency's or paper's dispatch (`（中央社记者…台北7日电）`)
    heads: list[tuple[int, str]] = []  # paragraphs naming a region's head speaking (`北京市长王安顺23日在…`)
    round_up = False
    item = text[span.start : span.end]
    # (the item's year, so a name resolves to the division that bore it then: `■慈溪市` in 2017 is 宁波's, not the
    # city of 1988-89 under the province)
    year = int(y.group(1)) if (y := _ITEM_YEAR.search(item, 0, _YEAR_LEAD)) is not None else None
    prev_line: tuple[int, str] | None = None  # the last line with words: (start, text)
    for ln in iter_lines(item):
        at = span.start + ln.start
        if is_title_line(ln.text) and not _BYLINE.match(ln.text) and not any(j.start <= at < j.end for j in junk):
            return [span], None  # a report under its title: the splitter's business
        held = _session_held(ln.text[:_FIRST_SENTENCE], gaz)
        code = held[0] if held is not None else None
        if held is not None and (not sessions or sessions[-1][2] != held[1]):
            sessions.append((span.start + ln.start, held[0], held[1]))
        if code is not None and (not cuts or not _nested(cuts[-1][1], code)):
            cuts.append((span.start + ln.start, code))
        elif code is not None and len(_code_prefix(code)) > len(_code_prefix(cuts[-1][1])):
            cuts[-1] = (cuts[-1][0], code)  # `深圳二届人大二次会议开幕` over `坪山区二届人大二次会议`: the district's
        name = ln.text.strip().lstrip(_NAME_MARKS).strip()  # (`■ 鼓楼区`: a bullet and a space before the name)
        # (a name several divisions bear, 鼓楼区, told apart by the parent the item names: `福州市各县（市）区…摘编`)
        if name and len(name) <= _NAME_LINE and (d := gaz.resolve(name, year, item)) is not None \
                and d.level in ("province", "prefecture", "county") and (name == d.name or name == d.short_name):
            headed.append((span.start + ln.start, d.code))
        if (d := _leading_division(ln.text, gaz)) is not None:
            led.append((span.start + ln.start, d.code))
            if _is_heading(ln.text):
                name_headings.append((span.start + ln.start, span.start + ln.end, d.code))
        if _DISPATCH.match(ln.text):
            dispatches.append(span.start + ln.start)
        if (d := _head_speaking(ln.text[:_HEAD_LEAD], gaz)) is not None and (not heads or heads[-1][1] != d.code) \
                and (FIGURE_RE.search(ln.text) or _FIGURE_WORDS.search(ln.text)):
            # (a paragraph giving a figure of its own: not a neighbour's head quoted, `德阳市长何礼表示，…将提速`; from
            # the line above it when that opens on the same region's name, `厦门：受国际金融危机影响，…`)
            heads.append((_colon_head_above(prev_line, d, gaz) or span.start + ln.start, d.code))
        if ln.text.strip():
            prev_line = (span.start + ln.start, ln.text)
        if (m := _BRACKET_HEAD.match(ln.text)) and (d := _named(m.group(1), gaz)):
            bracketed.append((span.start + ln.start, d.code))
        if (m := _COLON_HEAD.match(ln.text)) and (d := _named(m.group(1), gaz)):
            if FIGURE_RE.search(ln.text):
                colon_led.append((span.start + ln.start, d.code))
            elif _is_heading(ln.text):
                colon_headings.append((span.start + ln.start, span.start + ln.end, d.code))
        elif m is not None and gaz.resolve(m.group(1), levels=("province",)) is not None:
            figure = FIGURE_RE.search(ln.text) is not None
            shared.append((span.start + ln.start, span.start + ln.end, m.group(1), figure))
    # (a name a province and one of its cities share, `吉林：…`, at the level of the other names so headed: the province
    # among provinces, `辽宁：…`, the city among cities, `长春：…`)
    levels = {d.level for _, c in colon_led for d in [gaz.by_code(c)] if d is not None} | {
        d.level for _, _, c in colon_headings for d in [gaz.by_code(c)] if d is not None}
    for at, end, name, figure in shared if len(levels) == 1 else []:
        if (d := gaz.resolve(name, levels=tuple(levels))) is None or d.level not in ("province", "prefecture"):
            continue
        if figure:
            colon_led.append((at, d.code))
        elif _is_heading(text[at:end]):
            colon_headings.append((at, end, d.code))
    colon_led.sort()
    colon_headings.sort()
    column = False  # headed by columns or paragraphs that name their region: a digest however few
    if len({c for _, c in bracketed}) >= _BRACKETED_MIN and len({c for _, c in cuts}) < 2 and not headed:
        headed, column = bracketed, True  # `【南京:…】` … `【苏州:…】`: a column on several regions' sessions
    # (a sub-heading `厦门：确保外贸出口正增长` heads a region's paragraphs only when a paragraph follows it before the
    # next one: a related-reading list of such headlines, `相关阅读` / `厦门：…` / `泉州：…`, heads nothing)
    ends = [a for a, _, _ in colon_headings[1:]] + [span.end] if colon_headings else []
    colon_led = sorted(colon_led + [(a, c) for (a, e, c), nxt in zip(colon_headings, ends, strict=True)
                                    if _paragraph_in(text, e, min(nxt, *(x for x, _ in colon_led if x > a), nxt))])
    headings = [(a, c) for (a, e, c), nxt in zip(colon_headings, ends, strict=True) if _paragraph_in(text, e, nxt)]
    colon_led = _with_name_headings(text, colon_led, name_headings, span.end, gaz)
    if not headed and not column and len({c for _, c in cuts}) < 2 and not _compared_after(cuts, colon_led) and (
            _is_digest(colon_led, gaz) or _two_headed(headings, gaz)):
        # `无为市:2022年地区生产总值增长9.5%左右,…` / `南陵县:2022年…` / …: a round-up of the targets of
        # several regions (three cities, or two counties of one city), a paragraph each
        headed, column = colon_led, True
    if (not headed and len({c for _, c in cuts}) < 2 and _is_digest(led, gaz)
            and sum(1 for at, _ in led if _REPORT_SAID.match(text, at)) >= _REPORT_SAID_MIN):
        # `南京市政府工作报告显示,…` / `苏州市政府工作报告指出,…` / `常州作为…` / `无锡市政府工作报告透露,…`: a
        # round-up of several cities' reports, a paragraph each
        headed, column = [x for k, x in enumerate(led) if k == 0 or x[1] != led[k - 1][1]], True
    digest = (column or _is_digest(headed, gaz)) and len({c for _, c in cuts}) < 2
    if digest:
        cuts = headed  # a digest under each city's name (`广州` / ●地区生产总值增长6%以上 / `深圳` / …)
    if len({c for _, c in cuts}) < 2 and not digest and len(sessions) >= 2 \
            and all(_code_prefix(c) == _code_prefix(sessions[0][1]) for _, c, _ in sessions):
        # one region's sessions of several years, a paragraph each (a yearbook's `【政府工作报告】 2012年1月12日,
        # 甘肃省第十一届人民代表大会第五次会议在兰州开幕…` entries): one report each (not a city's session and its
        # province's set beside it, `此前召开的广东省十四届人大一次会议提出，…` in a story on 深圳's)
        cuts = [(at, c) for at, c, _ in sessions]
    elif len({c for _, c in cuts}) < 2 and (round_up := _round_up(heads, gaz)):
        # `北京市长王安顺23日在…` / `上海…上海市长杨雄25日在市人大会议上说` / `…广东省长朱小丹25日宣布`: a round-up of
        # several regions' reports of one level, a paragraph each led by its head speaking
        cuts = heads
    elif len({c for _, c in cuts}) < 2:
        return _dispatches(text, span, dispatches, gaz)
    starts = [span.start, *(at for at, _ in cuts[1:])]
    if not digest and not round_up:  # (a round-up's paragraph may give its figures in words: `成长百分之七`)
        # a short piece with no figure opens no report: a site's link line (`今日特推: 山东枣庄市市中区十三届
        # 人大四次会议开幕`) above the item it carries goes with the piece after it
        starts = [a for a, b in pairwise([*starts, span.end])
                  if a == starts[-1] or b - a > _SHORT_PIECE or FIGURE_RE.search(text, a, b)]
        starts[0] = span.start
    bounds = [*starts, span.end]
    if not digest and not round_up:
        return [Span(a, b) for a, b in pairwise(bounds) if a < b], None
    # (a digest's pieces, and a round-up's, are the divisions heading them: not `新华社北京…电` over 浙江's paragraph)
    pieces = [(Span(a, b), c) for (a, b), (_, c) in zip(pairwise(bounds), cuts, strict=True) if a < b]
    return [p for p, _ in pieces], [c for _, c in pieces]


def _is_heading(line: str) -> bool:
    """Whether a line is a sub-heading: short, no sentence in it."""
    t = line.strip()
    return len(t) <= _HEADING_CHARS and not any(c in t for c in "。！？!?；;")


def _dispatches(text: str, span: Span, dispatches: list[int], gaz: Gazetteer) -> tuple[list[Span], list[str] | None]:
    """A file of two or more dispatches, each under its headline and on another region's session (`厦门订今年经济成长
    7%左右` / `（中央社记者…台北7日电）…` then `泉州GDP拚站稳1.2兆人民币` / `（中央社记者…台北8日电）福建省泉州市今天
    召开人代会…`): one report each, headed by the region holding the session it tells of (the first dispatch, by the
    region it names first); ``[span]`` if a later dispatch tells of no session held, or two in a row of the same
    region's (a story and its follow-up on one session, a scholar's comment)."""
    if len(dispatches) < 2:
        return [span], None
    starts = [_headline_above(text, at, span.start) for at in dispatches]
    starts[0] = span.start
    bounds = [*starts, span.end]
    codes: list[str] = []
    for (a, b), at in zip(pairwise(bounds), dispatches, strict=True):
        lead = text[a : min(b, at + _DISPATCH_LEAD)]
        d = _session_division(lead, gaz)
        if d is None and not codes:
            # (the item's own dispatch: the region it opens on, else the one it names first; not a digest's headline,
            # `福建各地两会速递` over `新华社福州…电 福州市今年…`)
            d = _subject_division(text[at : min(b, at + _DISPATCH_LEAD)], gaz) or _first_division(lead, gaz)
        elif d is None:
            dispatch = text[at : min(b, at + _DISPATCH_LEAD)]
            d = _subject_division(dispatch, gaz)
            prev = gaz.by_code(codes[-1])
            told = dispatch[m.end() :] if (m := _DISPATCH.match(dispatch)) else dispatch  # (not its dateline's place)
            if d is not None and prev is not None and any(
                    len(n) >= 2 and n in told for n in (prev.name, prev.short_name)):
                d = None  # `【本报讯】江苏省副省长参加南京代表团审议，南京今年…`: the session before, followed up
        if d is None or not FIGURE_RE.search(text, a, b) or not _HEADLINE_FIGURE.search(text, a, b) \
                or (codes and codes[-1] == d.code):
            return [span], None  # (a later dispatch on no region's session or figures, or the same region's)
        codes.append(d.code)
    return [Span(a, b) for a, b in pairwise(bounds)], codes


def _subject_division(dispatch: str, gaz: Gazetteer) -> Division | None:
    """The mainland province, city or county a dispatch opens on as its subject, right after its opener
    (`（中央社记者…8日电）中国大陆广东省今年…`, `新华社昆山1月10日电 昆山市今年…`), if any."""
    m = _DISPATCH.match(dispatch)
    rest = _SUBJECT_LEAD.sub("", dispatch[m.end() if m else 0 :].lstrip(), count=1)
    rest = rest.replace("地区生产总值", "生产总值")  # (`莆田地区生产总值`: 莆田's GDP, not the old 莆田地区)
    window = rest[: 2 * _LEAD_NAME + 2]
    mentions = [*gaz.mentions(window), *gaz.short_mentions(window)]
    found = [x for x in mentions if x.start == 0]
    if not found:
        return None
    name = max(found, key=lambda x: x.end)
    while (nxt := max((x for x in mentions if x.start == name.end), key=lambda x: x.end, default=None)) is not None:
        name = nxt  # (`福建省厦门市人民代表大会…`: the city its province is named before)
    d = _resolved(name.name, gaz)
    return d if d is not None and d.code[:2] not in _NOT_MAINLAND else None


def _session_division(lead: str, gaz: Gazetteer) -> Division | None:
    """The division a dispatch says holds its session (`…泉州市今天召开人代会`, `启东市第十六届人民代表大会第五次会议
    开幕`) or whose head delivers its report (`泉州市长王永礼今天作政府工作报告`), if any."""
    for m in _SESSION_CALLED.finditer(lead):
        if (mt := gaz.name_ending_at(lead, m.start(), short=True)) is not None and (d := _resolved(mt.name, gaz)):
            return d
    for line in lead.split("\n"):
        if (held := _session_held(line[:_FIRST_SENTENCE], gaz)) is not None:
            return gaz.by_code(held[0])
    for m in _HEAD_REPORTS.finditer(lead):  # `泉州市长王永礼今天作政府工作报告`, `江苏省省长…作政府工作报告`
        for end in (m.start() + 1, m.start()):  # (`泉州市长`: the name ends on the head's 市; `江苏省省长`: before it)
            if (mt := gaz.name_ending_at(lead, end, short=True)) is not None and (d := _resolved(mt.name, gaz)):
                return d
    return None


def _headline_above(text: str, at: int, floor: int) -> int:
    """Where a dispatch's headline starts: up to ``_HEADLINE_LINES`` short lines with no full stop right above its
    line (blank lines between them skipped), else the dispatch's own line."""
    start, taken, pos = at, 0, at
    while taken < _HEADLINE_LINES and pos > floor:
        prev = text.rfind("\n", floor, pos - 1) + 1 if pos - 1 > floor else floor
        line = text[prev : pos - 1] if pos - 1 >= prev else ""
        if not line.strip():
            if prev == pos:
                break
            pos = prev
            continue
        if len(line.strip()) > _HEADLINE_CHARS or any(c in line for c in "。！？!?") or not re.search(
                r"[\u4e00-\u9fff]", line):
            break
        start, taken, pos = prev, taken + 1, prev
    return max(start, floor)


def _first_division(text: str, gaz: Gazetteer) -> Division | None:
    """The province, city or county ``text`` names first, by its full or short name."""
    found = sorted([*gaz.mentions(text), *gaz.short_mentions(text)], key=lambda m: (m.start, -(m.end - m.start)))
    for m in found:
        d = gaz.resolve(m.name)
        if d is not None and d.level in ("province", "prefecture", "county"):
            return d
    return None


def _with_name_headings(text: str, colon_led: list[tuple[int, str]], name_headings: list[tuple[int, int, str]],
                        end: int, gaz: Gazetteer) -> list[tuple[int, str]]:
    """``colon_led`` with the sub-headings that open on another region's name with no colon, of the level of two or
    more so headed, each over a paragraph (`苏州：…` / … / `无锡市今年将GDP增长目标定在5.5%左右` / … / `南京：…`): a
    round-up whose writer headed one region otherwise."""
    codes = {c for _, c in colon_led}
    levels = {d.level for c in codes if (d := gaz.by_code(c)) is not None}
    if len(codes) < 2 or len(levels) != 1:
        return colon_led
    out = list(colon_led)
    for a, e, c in name_headings:
        d = gaz.by_code(c)
        nxt = min((x for x, _ in colon_led if x > a), default=end)
        if c not in codes and d is not None and d.level in levels and _paragraph_in(text, e, nxt):
            out.append((a, c))
    return sorted(out)


def _paragraph_in(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a paragraph: a line longer than a heading, or one with a sentence in it."""
    return any(len(line.strip()) > _HEADING_CHARS or not _is_heading(line) for line in text[start:end].split("\n")
               if line.strip())


def _resolved(name: str, gaz: Gazetteer) -> Division | None:
    """The province, city or county a name found in text resolves to (`厦门市思明区`, `泉州`), if any."""
    d = gaz.resolve(name)
    return d if d is not None and d.level in ("province", "prefecture", "county") else None


def _named(name: str, gaz: Gazetteer) -> Division | None:
    """The province, city or county ``name`` is (full or short), if any (None for a name several bear: 吉林)."""
    d = gaz.resolve(name)
    return d if d is not None and d.level in ("province", "prefecture", "county") and name in (
        d.name, d.short_name) else None


def _leading_division(line: str, gaz: Gazetteer) -> Division | None:
    """The city or province whose name (full or short) opens a paragraph of prose (`苏州市政府工作报告指出,…`,
    `常州作为…`), if any."""
    t = line.lstrip()
    if len(t) <= _NAME_LINE or not FIGURE_RE.search(t):
        return None
    for n in range(min(_LEAD_NAME, len(t)), 1, -1):
        d = gaz.resolve(t[:n])
        if d is not None and d.level in ("province", "prefecture") and t[:n] in (d.name, d.short_name):
            return d
    return None


def _head_speaking(lead: str, gaz: Gazetteer) -> Division | None:
    """The region whose head the words name speaking or delivering (`北京市长王安顺23日在…`, `广东省长朱小丹25日
    宣布`), if any: the division whose name ends right before the head's word."""
    for m in _HEAD_SPEAKS.finditer(lead):
        # (`北京市长…`: the name ends on the head's level word; `浙江省省长…`, `江苏省代省长…`: before it)
        ends = [m.start()] if m.group().startswith("代") else [m.start() + 1, m.start()]
        mt = next((x for e in ends if (x := gaz.name_ending_at(lead, e, short=False)) is not None), None)
        d = gaz.resolve(mt.name) if mt is not None else None
        if d is not None and d.level in ("province", "prefecture", "county"):
            return d
    return None


def _colon_head_above(line: tuple[int, str] | None, d: Division, gaz: Gazetteer) -> int | None:
    """The start of ``line`` when it opens on ``d``'s name and a colon (`厦门：受国际金融危机影响，…` over the paragraph
    of 厦门's head speaking), else None."""
    m = _COLON_HEAD.match(line[1]) if line is not None else None
    named = _named(m.group(1), gaz) if m is not None else None
    return line[0] if line is not None and named is not None and named.code == d.code else None


def _round_up(heads: list[tuple[int, str]], gaz: Gazetteer) -> bool:
    """Whether paragraphs led by heads speaking name three regions or more, all of one level (not one province's
    story with a neighbour's governor quoted, `而湖北省省长王国生在武汉表示，…`)."""
    ds = [d for _, c in heads if (d := gaz.by_code(c)) is not None]
    return len({d.code for d in ds}) >= _ROUND_UP_MIN and len({d.level for d in ds}) == 1


def _is_digest(headed: list[tuple[int, str]], gaz: Gazetteer) -> bool:
    """Whether the name lines head a digest: three or more provinces or cities, or two or more districts
    and counties of one province (`渝中` / `2020年目标:…` / `沙坪坝` / …, a paper's digest of its city's
    district reports; `■慈溪市` / … / `■义乌市` / …, a provincial paper's strong counties); a county's name alone
    on a line among other lines is not enough."""
    divisions = {d.code: d for _, c in headed if (d := gaz.by_code(c)) is not None}
    counties = [d for d in divisions.values() if d.level == "county"]
    if counties:
        return (len(counties) == len(divisions) and len({d.code[:2] for d in counties}) == 1
                and len(counties) >= _HEADED_MIN_SIBLINGS)
    return len(divisions) >= _HEADED_MIN


def _compared_after(cuts: list[tuple[int, str]], colon_led: list[tuple[int, str]]) -> bool:
    """Whether a paragraph opening one division's session comes before regions listed under their names with a
    colon, none of them that division or inside it (`河南省第十四届人民代表大会第二次会议…开幕…` then `湖北：去年…
    增长6%，今年目标为6%左右；` / `湖南：…`): a story on that session, the others' figures set beside it."""
    return bool(cuts and colon_led) and cuts[0][0] < colon_led[0][0] and not any(
        _nested(cuts[0][1], c) for _, c in colon_led)


def _two_headed(headings: list[tuple[int, str]], gaz: Gazetteer) -> bool:
    """Whether sub-headings over paragraphs name two or more provinces or cities, each once (`陕西：追赶超越…` / … /
    `甘肃：力争与全国同步建成小康` / …, a paper's story on two sessions held the same day): a report each."""
    codes = [c for _, c in headings]
    divisions = [d for c in codes if (d := gaz.by_code(c)) is not None]
    return len(divisions) >= 2 and len(set(codes)) == len(codes) and all(
        d.level in ("province", "prefecture") for d in divisions)


def _nested(a: str, b: str) -> bool:
    """Whether division codes ``a`` and ``b`` are one division or one inside the other (a headline may
    name a district's session by its city: 深圳 for 坪山区)."""
    pa, pb = _code_prefix(a), _code_prefix(b)
    return pa.startswith(pb) or pb.startswith(pa)


def _code_prefix(code: str) -> str:
    """A division code's own digits, by levels of two (`411000` -> `4110`, 许昌; not `411`, which 南阳's `411300`
    starts with too)."""
    while code.endswith("00") and len(code) > 2:
        code = code[:-2]
    return code


def _session_held(head: str, gaz: Gazetteer) -> tuple[str, str] | None:
    """(division code, the session's term and meeting, `十一届五次`) of the congress session ``head`` opens with."""
    for m in _SESSION.finditer(head):
        at = _SESSION_AT.search(head, m.start())
        if at is None:
            continue
        mt = gaz.name_ending_at(head, at.start(), short=True)
        if mt is None:
            continue
        d = gaz.resolve(mt.name)
        if d is not None and d.level != "national":
            n = _SESSION_NUMBERS.search(m.group())
            return d.code, (n.group(1) + "届" + n.group(2) + "次") if n else m.group()
    return None
