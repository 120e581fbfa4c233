"""Fuzzing the parsers with hypothesis: no exception other than ZhibiaoInputError, every case bounded in time.

Each parser gets ``ZHIBIAO_FUZZ_EXAMPLES`` cases (default 10,000) of short report-like text built
from the words and signs these parsers care about, mixed with arbitrary characters and bytes.
Longer runs: ``ZHIBIAO_FUZZ_EXAMPLES=200000 .venv/bin/pytest tests/test_fuzz.py`` (and
``benchmarks/fuzz_atheris.py`` for coverage-guided fuzzing).
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Iterator
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zhibiao import normalize, pipeline, quantity, sources
from zhibiao.errors import ZhibiaoInputError

EXAMPLES = int(os.environ.get("ZHIBIAO_FUZZ_EXAMPLES", "10000"))
HANG_SECONDS = 5.0  # a case still running after this is a hang, reported as a failure

FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=timedelta(milliseconds=1500),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)

# Pieces of real report text: numbers in both scripts, units, qualifiers, headings, cue words, punctuation.
TOKENS = [
    "2025年", "2024年", "二〇二五年", "全年", "地区生产总值", "增长", "下降", "提高", "达到", "控制在",
    "6%", "6.5%", "5.5％", "左右", "以上", "以内", "以下", "不低于", "不超过", "个百分点", "万亿元", "亿元",
    "万元", "元", "万人", "万吨", "倍", "‰", "%", "％", "1.2", "３５", "１０．５", "3—5", "5-6", "六", "百分之",
    "十二", "约", "超过", "近", "分别", "、", "，", "。", "；", "：", "（", "）", "(", ")", "“", "”", "\n",
    "\r\n", "\u3000", " ", "一、", "二、", "（一）", "1.", "第一部分", "政府工作报告", "国民经济和社会发展计划",
    "执行情况", "主要预期目标", "名词解释", "〔1〕", "[2]", "——", "各位代表：", "人民政府", "省", "市", "县",
    "區", "億元", "増長", "\ufeff", "\u200b", "\x00", "\ud7ff", "𠀀", "e", "E10", "-", "+", "/", "·", ".",
]  # fmt: skip
REPORTISH = st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=3)), max_size=60).map("".join)
TEXT = st.one_of(REPORTISH, st.text(max_size=300))


@contextlib.contextmanager
def bounded(seconds: float = HANG_SECONDS) -> Iterator[None]:
    """Raise TimeoutError in this thread if the block runs longer than ``seconds`` (a hang guard)."""

    def alarm(_sig: int, _frame: object) -> None:
        raise TimeoutError(f"case still running after {seconds} s")

    old = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def _only_input_errors(fn, *args):  # type: ignore[no-untyped-def]
    with bounded():
        try:
            return fn(*args)
        except ZhibiaoInputError:
            return None


@FUZZ
@given(TEXT)
def test_fuzz_normalize_split_scan(text: str) -> None:
    """Each case goes through the normaliser, the splitter (via the pipeline's entry point, after
    decoding) and the quantity scanner: one generated text serves three parsers, as generation is
    most of the cost."""
    doc = _only_input_errors(normalize.normalize, text)
    if doc is not None:
        assert isinstance(doc.text, str)
    src = _only_input_errors(sources.decode, text.encode("utf-8", errors="surrogatepass"), "fuzz.txt")
    if src is not None:
        for r in _only_input_errors(pipeline.read_source, src) or []:
            assert 0 <= r.offset <= len(r.doc.text)
    for q in _only_input_errors(quantity.scan, text) or []:
        assert 0 <= q.span.start <= q.span.end <= len(text)


@FUZZ
@given(st.one_of(st.lists(st.sampled_from(TOKENS), max_size=8).map("".join), st.text(max_size=40)))
def test_fuzz_quantity_parse(text: str) -> None:
    _only_input_errors(quantity.parse, text)


# One HTML magic of ten: the article extractor costs ~5 ms a page, the other paths far less.
_MAGICS = [b"", b"%PDF-1.4\n", b"PK\x03\x04", b"PK\x05\x06", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff",
           b"\x89PNG\r\n\x1a\n", b"<meta charset=gbk>", b"%PDF-1.7\n%%EOF\n"]  # fmt: skip


@FUZZ
@given(st.sampled_from(_MAGICS), st.one_of(st.binary(max_size=300), TEXT.map(lambda t: t.encode("gb18030",
                                                                                                   "replace"))))
def test_fuzz_decode(magic: bytes, body: bytes) -> None:
    """Bytes of any shape, often behind a format's magic number: a Source or a ZhibiaoInputError."""
    src = _only_input_errors(sources.decode, magic + body, "fuzz.bin")
    if src is not None:
        assert src.text.strip()


@pytest.mark.parametrize("text", ["", "。", "\n\n", "%", "增长%", "1" * 5000, "（" * 300 + "6%", "增长" * 150])
def test_edge_cases_bounded(text: str) -> None:
    """A few hand-picked shapes that often trip parsers (empty, lone signs, long digit runs)."""
    _only_input_errors(normalize.normalize, text)
    _only_input_errors(quantity.scan, text)
    src = _only_input_errors(sources.decode, text.encode(), "edge.txt")
    if src is not None:
        _only_input_errors(pipeline.read_source, src)


def test_found_by_fuzzing_parse_bracket_comparison() -> None:
    _only_input_errors(quantity.parse, "（一）不低于省")
