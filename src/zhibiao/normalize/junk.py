"""Site-junk lines of a scraped page (navigation, publication info, link lists, a forum's short reply floors):
marked in ``NormalizedText.junk``, never deleted, so offsets stay and a reader still sees them. The patterns live
in ``data/normalize_junk.toml``."""

from __future__ import annotations

import re
import tomllib
from importlib import resources

from zhibiao.normalize.steps import CJK, line_span

_JUNK = tomllib.loads((resources.files("zhibiao") / "data" / "normalize_junk.toml").read_text(encoding="utf-8"))


def _junk_start(patterns: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?m)^[ \t]*(?:" + "|".join(f"(?:{p})" for p in patterns) + ")")


# An alternative that may open with whitespace (``【?\s*字体``) runs over blank lines: tried from
# every line start of a blank run, it rescans the rest of the run (quadratic time on a file of
# blank lines). It can only match where its words occur, so it joins the search only then.
_WS_LEAD = re.compile(r"^(?:[^\\]\?)?\\s[*+]")
_WS_WORDS = [re.search(f"[{CJK}]+", p) for p in _JUNK["line_start"] if _WS_LEAD.match(p)]
_JUNK_TRIGGERS = tuple(m.group(0) for m in _WS_WORDS if m)
_JUNK_START = _junk_start(_JUNK["line_start"])
_JUNK_START_PLAIN = (_junk_start([p for p in _JUNK["line_start"] if not _WS_LEAD.match(p)])
                     if all(_WS_WORDS) else _JUNK_START)
_RUN_ON_HEAD = _junk_start(_JUNK["run_on_heads"])
_JUNK_ANY = re.compile("|".join(f"(?:{p})" for p in _JUNK["contains"]))
_JUNK_MAX = int(_JUNK["max_len"])
# a heading alone on its line, in brackets or not (`相关新闻：`, `【相關閱讀】`)
_LINK_HEAD = re.compile(r"(?m)^[ \t]*[【\[]?(?:" + _JUNK["link_list_head"] + r")[】\]]?[ \t]*[:：]?[ \t]*$")
_LINK_MAX = int(_JUNK["link_max_len"])


def junk_lines(text: str) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of site-junk lines (navigation, publication info, pickers, domains)."""
    found: set[tuple[int, int]] = set()
    start = _JUNK_START if any(w in text for w in _JUNK_TRIGGERS) else _JUNK_START_PLAIN
    for m in start.finditer(text):
        g = m.group()  # (a pattern's leading `\s*` may run over the blank line before: the line is the first word's)
        a, b = line_span(text, m.start() + len(g) - len(g.lstrip()))
        if b - a <= _JUNK_MAX or not _RUN_ON_HEAD.match(text, a):  # (a page's head on a longer line: the report after)
            found.add((a, b))
    for m in _JUNK_ANY.finditer(text):
        a, b = line_span(text, m.start())
        if b - a <= _JUNK_MAX:
            found.add((a, b))
    for m in _LINK_HEAD.finditer(text):  # (the links listed under `相关新闻：`)
        found.update(_links_under(text, m.start()))
    found.update(reply_lines(text))
    return sorted(found)


def _links_under(text: str, head: int) -> list[tuple[int, int]]:
    """The lines of the link list under the heading at ``head``: bulleted lines, up to the first that is not one (a
    line holding a sentence's end is the text's own); or, with no bullets (a WeChat article's `往期推荐`), a block up
    to a blank line whose every line reads as a link's title, none as the report's (a title's `——…会议上`, `各位代表`,
    a list of targets under its `：`, a numbered item, a clause mark): a sidebar's empty heading above the report
    takes none of its lines."""
    a, b = line_span(text, head)
    ranked = _RANKED_HEAD.search(text, a, b) is not None  # (`热点排行`: its items numbered, `1、…`)
    bulleted: list[tuple[int, int]] = []
    plain: list[tuple[int, int]] = []
    while b < len(text):
        a, b = line_span(text, b + 1)
        line = text[a:b]
        if not line.strip():
            break  # (a blank line ends the list)
        if b - a > _LINK_MAX or "。" in line:
            if plain and _CLICK.search(text, *plain[-1]):
                return plain  # (a teaser box closed by its link, `点击进入专题>>`, right above the report's text)
            if plain:  # (but a ranked list's numbered lines are its links however the text runs on: `热点排行`)
                # (not the report's own numbered items under it, each a clause: `1、全市生产总值增长6%左右；`)
                return plain if ranked and all(_RANK_NUMBER.match(text, *x) and not text[x[0] : x[1]].rstrip().endswith(
                    _ITEM_ENDS) for x in plain) else bulleted
            break
        if _LINK_BULLET.match(line):
            if plain:
                return bulleted
            bulleted.append((a, b))
        elif not bulleted and (not _NOT_LINK.search(line) or _LINK_TITLE.match(line) or _TEASER.search(line)
                               or (ranked and _RANK_NUMBER.match(line))):
            # (an other year's report by its title, `2013年福建省政府工作报告：生产总值增长11%，…`, or a teaser cut off
            # with `……`: a link's title however many clause marks)
            plain.append((a, b))
        elif not bulleted:
            return []  # (a line of the report's own: the block is no list)
        else:
            break
    return bulleted + plain


_LINK_BULLET = re.compile(r"[ \t\u3000]*" + _JUNK["link_bullet"])
_LINK_TITLE = re.compile(_JUNK["link_report_title"])
_RANKED_HEAD = re.compile(_JUNK["link_ranked_head"])
_RANK_NUMBER = re.compile(_JUNK["link_rank_number"])
_ITEM_ENDS = tuple("；;。，,")  # a clause's end: a report's item, no link's title
_TEASER = re.compile(_JUNK["link_teaser"])
_CLICK = re.compile(_JUNK["link_click"])
_NOT_LINK = re.compile(_JUNK["link_not_title"])
_REPLY_HEAD = re.compile(r"(?m)^" + _JUNK["reply_head"])
_REPLY_POSTER = tuple(_JUNK["reply_poster_words"])  # (their first character, 楼 or 樓, is in every floor's head)
_REPLY_FIRST = re.compile(r"(?m)^" + _JUNK["reply_first_head"])
_REPLY_REPORT = re.compile(_JUNK["reply_report_marks"])
_REPLY_MAX = int(_JUNK["reply_max_len"])
_REPLY_POSTER_LEN = int(_JUNK["reply_poster_remark_len"])
_REPLY_POSTER_FIGURES = int(_JUNK["reply_poster_remark_figures"])
_REPLY_QUOTE = re.compile(_JUNK["reply_quote"])
_REPLY_FIGURE = re.compile(r"\d(?:\.\d+)?\s*(?:%|％|亿|万|元|吨|人)")


def reply_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the lines of a forum thread's short replies (`2樓 南昌老表 發表於…` and the remark under it, down to
    the next floor): readers' talk about the report, not the report. Not a floor of the first post's author, nor one
    that goes on with the report (its numbered chapters, its target list)."""
    heads = [m for m in _REPLY_HEAD.finditer(text)] if any(w[0] in text for w in _REPLY_POSTER) else []
    first = _REPLY_FIRST.search(text) if heads else None
    poster = first.group(1) if first is not None else None
    out: list[tuple[int, int]] = []
    for k, m in enumerate(heads):
        a = m.start()
        b = heads[k + 1].start() if k + 1 < len(heads) else len(text)
        block = text[a:b]
        head_line, _, said = block.partition("\n")
        said = _REPLY_QUOTE.sub("", said)  # (what the floor says itself, an earlier floor it quotes left out)
        by_poster = (poster is not None and poster in head_line) or any(w in head_line for w in _REPLY_POSTER)
        if len(block.strip()) > _REPLY_MAX or _REPLY_REPORT.search(said) or (by_poster and (
                len(said.strip()) > _REPLY_POSTER_LEN or len(_REPLY_FIGURE.findall(said)) > _REPLY_POSTER_FIGURES)):
            continue  # (the poster's report going on in a later floor)
        pos = a
        while pos < b:
            s, e = line_span(text, pos)
            if e > s:
                out.append((s, e))
            pos = e + 1
    return out
