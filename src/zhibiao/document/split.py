"""Split a file's normalised text into report slices: skip comment lines and tables of contents,
cut at each report's title when the file is a compilation."""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Sequence
from itertools import islice

from zhibiao.document._common import Line, any_re, cues, iter_lines
from zhibiao.document.dates import cn_number
from zhibiao.model import Span

_C = cues()
_TOC_HEAD = re.compile(_C["split"]["toc_heading"])
_TOC_ENTRY = re.compile(_C["split"]["toc_entry"])
_TOC_GROUP = re.compile(_C["split"]["toc_group"])
_OPENING = re.compile(_C["split"]["opening"])
_SESSION_OPENING = re.compile(_C["split"]["session_opening"])
_REPORTING = re.compile(_C["split"]["reporting"])
_RELATED = re.compile(_C["split"]["related_items"])
_CLOSER = re.compile(_C["split"]["article_closer"])
_BUTTONS = re.compile(_C["split"]["page_buttons"])
_NEXT_HEAD = re.compile(_C["split"]["next_article_head"])
_NEXT_HEAD_CHARS = 400  # how far after the list of related items another article's head is looked for
_CLOSER_LINES = 3  # content lines before a list of related items where the editor's line may stand
_REPORT_HEADING = re.compile(_C["split"]["report_heading"])  # after the related list, the report goes on
_NOT_TITLE = re.compile(_C["split"]["not_title"])
_APPENDED = re.compile(_C["split"]["appended_title"])  # `【附】…的报告（摘要）`: a report appended to the one before
_APPENDED_OPENING = re.compile(_C["split"]["appended_opening"])  # `区发展规划和统计局`, `一、…`: under its title
_TYPE_RE = any_re(
    _C["report_type"]["government_work_report"] + _C["report_type"]["plan_report"]
    + _C["report_type"]["budget_report"]
)
_TITLE_END = re.compile(r"(报告|草案)\s*([(（][^()（）]{0,20}[)）])?\s*$")  # (`…报告（摘要）`)
_SENTENCE_END = re.compile(r"[。;；!！?？]\s*$")
_VISIBLE = re.compile(r"\S")
_BODY_MARK = re.compile(_C["split"]["body_mark"])  # a sentence, an item or the address: some of a report's body
_OPENING_WINDOW = 8  # non-blank lines after a title within which the opening must come
# a session line's year, region, term and meeting (`——2018年1月8日在赣州市第五届人民代表大会第二次会议上`,
# `…在市五届人大二次会议上`): two wordings of one session are one
_SESSION_KEY = re.compile(r"((?:19|20)\d\d)\s*年.*?在(.{0,12}?)(?:第)?([零〇一二两三四五六七八九十\d]{1,4})\s*届"
                          r".*?([零〇一二两三四五六七八九十\d]{1,3})\s*次")
_LEVEL_WORDS = frozenset(_C["split"]["session_level_words"])  # (`在市五届人大…`: the region by its level alone)
# the words a quotation's title and session line run on into (`…认真贯彻落实` / `江西省人民政府工作报告` / `——…会议上` /
# `的部署。`): no report of its own
_RUNS_ON = re.compile(_C["split"]["quoted_run_on"])


def is_title_line(text: str) -> bool:
    """A plausible report title line: short, ends like a title, names a report type."""
    t = text.strip()
    if not t or len(t) > 90 or _SENTENCE_END.search(t) or _NOT_TITLE.match(t):
        return False
    return bool(_TITLE_END.search(t) and _TYPE_RE.search(t))


def toc_span(ls: Sequence[Line]) -> tuple[int, int] | None:
    """Indices ``[i, j)`` of the lines of a table of contents, if the file has one near its top."""
    return _toc(lambda j: ls[j] if j < len(ls) else None)


def _toc(line: Callable[[int], Line | None]) -> tuple[int, int] | None:
    """``toc_span`` over ``line(j)`` (None past the last line), which is asked only as far as needed."""
    for i in range(200):
        ln = line(i)
        if ln is None:
            break
        if not _TOC_HEAD.match(ln.text):
            continue
        j = i + 1
        entries = 0
        while (nxt := line(j)) is not None:
            t = nxt.text
            if _TOC_ENTRY.match(t) and not _OPENING.match(t):
                entries += 1
            elif not (_TOC_GROUP.match(t) or not t.strip()):
                break
            j += 1
        if entries >= 2:
            return i, j
    return None


class _Head:
    """The lines of a text, split only as far as they are asked for (the top of a big file)."""

    def __init__(self, text: str) -> None:
        self._more = iter_lines(text)
        self.got: list[Line] = []

    def __call__(self, j: int) -> Line | None:
        while len(self.got) <= j:
            ln = next(self._more, None)
            if ln is None:
                return None
            self.got.append(ln)
        return self.got[j]


def _start(text: str) -> tuple[int, int]:
    """Index and offset of the first line of the reports: after leading ``#`` comment lines, blank
    lines and a table of contents near the top (``(k, len(text))`` when no line is left)."""
    line = _Head(text)
    first = 0
    while (ln := line(first)) is not None and (ln.text.startswith("#") or not ln.text.strip()):
        first += 1
    toc = _toc(line)
    if toc is not None:
        first = max(first, toc[1])
    ln = line(first)
    return first, ln.start if ln is not None else len(text)


def report_spans(text: str, junk: Sequence[Span] = ()) -> list[Span]:
    """Spans of the reports in ``text``: one per title followed by an opening, else the whole text.

    The lines are walked once, lazily, with a look-ahead of ``_OPENING_WINDOW`` content lines, so
    a compilation of hundreds of MB costs no list of all its lines.
    """
    first, begin = _start(text)
    junk_starts = {s.start for s in junk}
    content = ((k, ln) for k, ln in enumerate(iter_lines(text))
               if k >= first and ln.text.strip() and ln.start not in junk_starts)  # fmt: skip
    ahead: deque[tuple[int, Line]] = deque()  # the content lines after the current one
    prev: Line | None = None  # the content line before it
    starts: list[int] = []
    last_opening = -1  # a new report starts only after the previous one's opening (各位代表)
    by_session = False  # the file's first report opened on its session line alone (a compilation of abstracts)
    # the title lines reports were opened by, and the session lines under them: a title said again opens a report
    # only over a session line not seen yet (a compilation's abstracts under one title, `政府工作报告（摘要）` /
    # `——2021年1月20日在…会议上`), never as a page's running head (`安庆市人民政府工作报告（2016）` over each page)
    seen_titles: set[str] = set()
    seen_sessions: set[str] = set()
    while True:
        while len(ahead) <= _OPENING_WINDOW and (nxt := next(content, None)) is not None:
            ahead.append(nxt)
        if not ahead:
            break
        k, ln = ahead.popleft()
        if k > last_opening and is_title_line(ln.text):
            window = list(islice(ahead, _OPENING_WINDOW))
            opening = next((w for w, wl in window if _OPENING.match(wl.text)), None)
            title = ln.text.strip()
            session = next((wl.text.strip() for _, wl in window if _SESSION_OPENING.match(wl.text)), None)
            related = bool(starts) and _RELATED.search(text, starts[-1], ln.start) is not None
            after = window[1][1].text.strip() if len(window) > 1 else ""
            new_session = session is not None and not any(_same_session(session, x) for x in seen_sessions)
            if opening is None and not related and (by_session or not starts or (
                    title not in seen_titles and new_session and not _RUNS_ON.match(after))) \
                    and window and _SESSION_OPENING.match(window[0][1].text):
                # (also after a first report opened on its address: a compilation's next report, an abstract under a
                # title and a session line of its own, `赣州市南康区人民政府工作报告（摘要）` / `——2018年1月10日在…`)
                opening = window[0][0]  # (the session line right under its title: a compilation's next abstract)
                by_session = by_session or not starts
            if opening is None and starts and window and _APPENDED.match(ln.text) \
                    and _APPENDED_OPENING.match(window[0][1].text):
                opening = window[0][0]  # `【附】…计划（草案）的报告（摘要）` / `区发展规划和统计局`: appended
            # (the address going on with the formula, `各位代表：` / `现在，我代表县人民政府…`: a report's own opening,
            # not a page's running head over `各位代表，过去五年的成绩来之不易`)
            formal = opening is not None and any(_REPORTING.search(wl.text) for w, wl in window
                                                 if opening <= w <= opening + 1)
            if opening is not None and title in seen_titles and (session is None or session in seen_sessions) \
                    and not (session is None and formal):
                opening = None  # (a running head, or a page repeating its title and session line; not a plan report
                # given at the session of the work report before it, under a title of its own)
            if opening is not None:
                # a title broken over two lines starts at the previous line
                start = prev.start if prev is not None and _joins_title(prev.text, ln.text) else ln.start
                # (not a second title of the same report before any sentence or address of it: a page's header,
                # then the report's own title; a cover's title, then the speaker's caption `殷勇同志作政府工作报告`)
                if not starts or (start > starts[-1] and _BODY_MARK.search(text, starts[-1], start)):
                    starts.append(start)
                    seen_titles.add(title)
                    seen_sessions.update([session] if session else [])
                last_opening = opening
        prev = ln
    # (a title and session line with no body after them, a related item's link at the end, `相关阅读` / `博白县…报告` /
    # `——…会议上`, is no report of its own)
    ends = [*starts[1:], len(text)]
    starts = [s for i, s in enumerate(starts) if i == 0 or _BODY_MARK.search(text, s, ends[i])]
    if len(starts) <= 1:
        return [Span(begin, _article_end(text, begin, len(text)))] if _VISIBLE.search(text, begin) else []
    bounds = [*starts, len(text)]
    return [Span(bounds[i], _article_end(text, bounds[i], bounds[i + 1])) for i in range(len(starts))]


def _article_end(text: str, start: int, end: int) -> int:
    """Where the report in ``text[start:end]`` ends: at a list of related items after its editor's line (what
    follows is other articles, `【相关阅读】` / `据宜宾市统计局消息，2019年全市…`), or after the page's buttons with
    another article's head below (`来源：德阳日报　发布时间：…`), else ``end``."""
    for m in _RELATED.finditer(text, start, end):
        before = [ln for ln in text[start : m.start()].rsplit("\n", 12)[1:] if ln.strip()][-_CLOSER_LINES:]
        closed = any(_CLOSER.match(ln) for ln in before) or (
            any(_BUTTONS.match(ln) for ln in before)
            and _NEXT_HEAD.search(text, m.end(), min(end, m.end() + _NEXT_HEAD_CHARS)) is not None)
        if closed and _BODY_MARK.search(text, start, m.start()) and not _REPORT_HEADING.search(text, m.end(), end):
            return m.start()  # (not a page's head or a paged copy's foot: the report's own chapters follow)
    return end


def _same_session(a: str, b: str) -> bool:
    """Whether two session lines name one session: the same year, term and meeting of one region (its name written
    in full, shortened, or by its level alone: `在赣州市第五届人民代表大会第二次会议上`, `在市五届人大二次会议上`)."""
    ma, mb = _SESSION_KEY.search(a), _SESSION_KEY.search(b)
    if ma is None or mb is None:
        return a == b
    (ya, ra, ta, na), (yb, rb, tb, nb) = ma.groups(), mb.groups()
    # (the numbers as numbers: `第五届` and `第5届` are one term)
    return (ya, cn_number(ta), cn_number(na)) == (yb, cn_number(tb), cn_number(nb)) and (
        ra in _LEVEL_WORDS or rb in _LEVEL_WORDS or ra.endswith(rb) or rb.endswith(ra))


def _joins_title(prev: str, cur: str) -> bool:
    """Whether ``prev`` is the first half of a title wrapped onto ``cur``."""
    p = prev.strip()
    return bool(p) and len(p) + len(cur) <= 90 and not _SENTENCE_END.search(p) and not is_title_line(p) \
        and not _OPENING.match(p) and not re.search(r"[:：,，]$", p) and bool(re.search(r"\d{4}年", p + cur))
