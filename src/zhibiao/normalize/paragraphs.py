"""Normalisation step 1b: put back the paragraph breaks of a copy that lost them.

A document site's page or a scrape of a page's text without its ``<p>`` gives the report's head and
paragraphs as one line, parted by a space or by nothing. The title, the head, the sections and the
years each paragraph opens on are read line by line, so such a line hides its headings and its
year openers (and a site's banner at its start, ``正文复制 更多写作资料``, makes the whole line junk).
In a line longer than any paragraph (a news item of one paragraph is left as it is: its inline
items and spacing are its own) with several such places (``[run_on]`` in the rules), a space after a
sentence's end or before a heading mark becomes a line break, and one is inserted before a heading
mark right after a full stop. Returns ``(text, edits)`` like the steps of ``zhibiao.normalize.steps``.
"""

from __future__ import annotations

import re
from array import array

from zhibiao.normalize.steps import CJK, RULES, Columns, Edit, edit_columns, splice

_R = RULES["run_on"]
_LONG_CHARS = int(_R["long_chars"])
_MIN_BREAKS = int(_R["min_breaks"])
_LONG_LINE = re.compile(rf"[^\n]{{{_LONG_CHARS},}}")
_MARK = "(?:" + "|".join(_R["paragraph_marks"]) + ")"
_END = f"[{re.escape(_R['sentence_end'])}]"
# a space after a sentence's end before a paragraph's opening, or a space before a heading mark
_SPACE_BREAK = re.compile(
    rf"(?<={_END})[ \t]+(?=[{CJK}{re.escape(_R['space_before'])}])|(?<=\S)[ \t]+(?={_MARK})")
# a heading mark or an address right after a full stop (`…提出意见。一、过去五年…`)
_MARK_AFTER_END = re.compile(rf"(?<=[{re.escape(_R['full_stop'])}])(?={_MARK})")


def split_run_on(text: str) -> tuple[str, Columns | list[Edit]]:
    """Put back paragraph breaks inside the run-on lines of ``text`` (see the module docstring)."""
    if len(text) < _LONG_CHARS:
        return text, []
    starts = array("q")
    ends = array("q")
    for line in _LONG_LINE.finditer(text):
        a, b = line.span()
        # (disjoint: an insertion follows a full stop, never a space)
        cuts = [m.span() for m in _SPACE_BREAK.finditer(text, a, b)]
        cuts += [(m.start(), m.start()) for m in _MARK_AFTER_END.finditer(text, a, b)]
        if len(cuts) >= _MIN_BREAKS:
            for s, e in sorted(cuts):
                starts.append(s)
                ends.append(e)
    if not starts:
        return text, []
    return splice(text, starts, ends, "\n"), edit_columns(starts, ends, 1)
