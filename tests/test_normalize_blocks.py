"""zhibiao.normalize on big texts: pieces of lines give exactly the result of one piece (text,
offset map, junk lines, script), the offset map is run-length numpy columns, and the rewritten
regex steps keep their rules on short real phrases."""

from __future__ import annotations

import pickle
from pathlib import Path

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from zhibiao.model import Span
from zhibiao.normalize import NormalizedText, OffsetMap, normalize, steps

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus"


def _fingerprint(n: NormalizedText) -> tuple[object, ...]:
    return n.text, n.offsets.edits(), n.offsets.src_len, n.offsets.norm_len, n.junk, n.script, n.opencc_config


def _in_small_blocks(text: str, monkeypatch: pytest.MonkeyPatch, size: int) -> NormalizedText:
    with monkeypatch.context() as m:
        m.setattr(steps, "BLOCK", size)
        return normalize(text)


def _wrapped(text: str, width: int) -> str:
    """A hard-wrapped copy (as from a PDF): every paragraph cut into lines of ``width`` characters."""
    lines: list[str] = []
    for para in text.split("\n"):
        lines += [para[i : i + width] for i in range(0, max(len(para), 1), width)]
    return "\n".join(lines)


def _corpus(name: str) -> str:
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"{path} not available")
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["003_ee0cd8f568fba525.txt", "002_80c5026a2abaecef.txt"])
@pytest.mark.parametrize("variant", ["plain", "crlf", "wrapped", "wrapped_crlf"])
def test_pieces_give_the_same_result(name: str, variant: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """003 is traditional with pinyin artefacts; the wrapped copies join lines across pieces."""
    text = _corpus(name)
    if variant.startswith("wrapped"):
        text = _wrapped(text, 36)
    if variant.endswith("crlf"):
        text = text.replace("\n", "\r\n")
    whole = normalize(text)
    if variant.startswith("wrapped") and name.startswith("002"):
        assert whole.text.count("\n") < text.count("\n") // 2  # the wraps were joined, across pieces
    for size in (29, 701):
        assert _fingerprint(_in_small_blocks(text, monkeypatch, size)) == _fingerprint(whole)


_ALPHABET = st.sampled_from(
    [*"经济增长人民政府国民和的与在臺灣軟體網路裡着0123456789０５．.%％,，。：（）() \t\n\n\r\u3000\u200b",
     "(guān)", "（jīng）", "(abc)", "人民\n代表大会", "6\n.5%", "6.\n5", "一、", "2024年1月1日", "发布时间："]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_ALPHABET, max_size=120).map("".join), st.integers(1, 40))
@example("经\n0\n人", 1)  # a number alone on its line, its unit on the next: two lines past a piece's end
@example("的\n\n经", 1)  # a blank line joined after 的: the pieces part the two newlines (hypothesis found it)
@example("经\u3000经\u3000\u200b经\u3000经", 1)  # a table row's spaces with a zero-width one: told by the whole line
def test_pieces_equal_one_piece_on_any_text(text: str, size: int) -> None:
    whole = normalize(text)
    old = steps.BLOCK
    steps.BLOCK = size
    try:
        pieces = normalize(text)
    finally:
        steps.BLOCK = old
    assert _fingerprint(pieces) == _fingerprint(whole)


def test_offset_map_is_numpy_and_exact() -> None:
    text = "增长６．５％\r\n经济(jīng)发展\u200b，国民 经济"
    n = normalize(text)
    m = n.offsets
    assert all(isinstance(c, np.ndarray) and c.dtype == np.int64 for c in (m.src_start, m.norm_end))
    assert all(type(x) is int for edit in m.edits() for x in edit)
    assert n.source_text(Span(0, len(n.text))) == text
    s = m.to_source(Span(2, 6))
    assert type(s.start) is int and text[s.start : s.end] == "６．５％"
    again = pickle.loads(pickle.dumps(m))
    assert again == m and hash(again) == hash(m) and again != OffsetMap.identity(len(text))


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("增长6 .5 %", "增长6.5%"),
        ("增长6. 5%", "增长6.5%"),
        ("序号 1 2 3", "序号 1 2 3"),
        ("经济(jīng)社会(GDP)发展(abc)", "经济社会(GDP)发展(abc)"),
        ("人民\n代表大会", "人民代表大会"),
    ],
)
def test_rewritten_rules_on_phrases(raw: str, want: str) -> None:
    assert normalize(raw).text == want
