"""The speed-ups of issue 8 answer exactly as the plain forms they replace (trie alternations, the
lead pre-check, cached line splitting, memoised section lookups, trusted spans)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhibiao import pipeline
from zhibiao.document._common import lines
from zhibiao.facts.sentence import _Sections
from zhibiao.model import Span
from zhibiao.quantity.grammar import trusted_span
from zhibiao.quantity.lexicon import V, _alt

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
_LINE_RE = re.compile(r"[^\n]*\n?")


def _flat_alt(words: list[str]) -> str:
    """The flat longest-first alternation that ``_alt`` replaces."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _reference_lines(text: str, base: int) -> list[tuple[int, int, str]]:
    """The regex line splitter that ``lines`` replaces."""
    out = []
    for m in _LINE_RE.finditer(text):
        s = m.group()
        if not s:
            break
        t = s[:-1] if s.endswith("\n") else s
        t2 = t[:-1] if t.endswith("\r") else t
        out.append((base + m.start(), base + m.start() + len(t2), t2))
    return out


_WORDS = st.lists(st.text(alphabet="增长加提高率", min_size=1, max_size=4), min_size=1, max_size=8)


@settings(max_examples=300, deadline=None)
@given(words=_WORDS, text=st.text(alphabet="增长加提高率到x", max_size=30))
def test_trie_alternation_matches_like_flat(words: list[str], text: str) -> None:
    # a continuation that can force the engine back to a shorter word exercises backtracking
    for tail in ("", "到", "(?:率|x)", r"\Z"):
        trie = re.compile(f"(?P<w>{_alt(words)}){tail}")
        flat = re.compile(f"(?P<w>{_flat_alt(words)}){tail}")
        assert [m.span("w") + m.span() for m in trie.finditer(text)] == \
            [m.span("w") + m.span() for m in flat.finditer(text)]


def test_trie_alternation_real_units() -> None:
    assert re.fullmatch(_alt(["万", "万亿", "亿"]), "万亿")
    assert re.match(_alt(["增长", "增"]), "增长6%").group() == "增长"  # the longest form wins


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet="增长达到为(（)）年比上6x ", max_size=40))
def test_lead_precheck_never_hides_a_lead(text: str) -> None:
    # where the character before a number cannot end a lead word, the lead regex finds nothing
    for pos in range(1, len(text) + 1):
        if text[pos - 1] not in V.lead_last:
            assert V.lead_re.search(text, max(0, pos - 26), pos) is None


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="ab \n\r", max_size=20), base=st.integers(0, 5))
def test_lines_match_reference(text: str, base: int) -> None:
    got = lines(text, base)
    assert [tuple(ln) for ln in got] == _reference_lines(text, base)
    assert all(text[ln.start - base : ln.end - base] == ln.text for ln in got)
    got.clear()  # each caller gets its own list: the cached lines stay intact
    assert [tuple(ln) for ln in lines(text, base)] == _reference_lines(text, base)


def test_trusted_span_equals_span() -> None:
    assert trusted_span(3, 8) == Span(3, 8)
    assert hash(trusted_span(3, 8)) == hash(Span(3, 8))
    assert len(trusted_span(3, 8)) == 5


def test_section_memo_matches_section_at() -> None:
    path = SHARED / "corpus" / "004_856a73ee7808871b.txt"
    if not path.is_file():
        pytest.skip("../shared/corpus missing")
    for report in pipeline.read(path):
        memo = _Sections(report)
        bounds = {b for s in report.sections for b in (s.span.start, s.span.end)}
        probes = sorted({0, len(report.text) - 1} | {b + d for b in bounds for d in (-1, 0, 1) if b + d >= 0})
        probes += [m.start() for m in re.finditer(r"[^。\n]+", report.text)][:2000]
        for pos in probes:
            assert memo.at(pos) is report.section_at(pos)
            if pos < len(report.text):  # the passages cover the text, one holding each position
                held = [p for p in report.passages if p.span.start <= pos < p.span.end]
                assert [memo.passage(pos)] == held
