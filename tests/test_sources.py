"""zhibiao.sources: encoding detection on real corpus text, and readable input errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhibiao.errors import ZhibiaoInputError
from zhibiao.sources import decode, load

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus"


@pytest.fixture(scope="module")
def sample() -> str:
    """A few real lines of a simplified report (plus traditional ones for Big5)."""
    if not CORPUS.is_dir():
        pytest.skip("shared corpus not available")
    return (CORPUS / "000_69e9af5951af5f27.txt").read_text(encoding="utf-8")[:3000]


@pytest.fixture(scope="module")
def traditional() -> str:
    if not CORPUS.is_dir():
        pytest.skip("shared corpus not available")
    import opencc

    text = (CORPUS / "000_69e9af5951af5f27.txt").read_text(encoding="utf-8")[:3000]
    return opencc.OpenCC("s2t").convert(text)


def _check_offsets(src, text: str) -> None:
    n = len(text)
    for a, b in [(0, n), (0, 10), (5, 17), (n // 2, n // 2 + 40), (n - 7, n)]:
        assert src.raw[src.byte_offset(a) : src.byte_offset(b)].decode(src.encoding) == text[a:b]


@pytest.mark.parametrize(
    ("prefix", "codec", "expected", "bom"),
    [
        (b"", "utf-8", "utf-8", 0),
        (b"\xef\xbb\xbf", "utf-8", "utf-8", 3),
        (b"\xff\xfe", "utf-16-le", "utf-16-le", 2),
        (b"\xfe\xff", "utf-16-be", "utf-16-be", 2),
        (b"", "gb18030", "gb18030", 0),
        (b"", "gbk", "gb18030", 0),
    ],
)
def test_decode_simplified(sample: str, prefix: bytes, codec: str, expected: str, bom: int) -> None:
    src = decode(prefix + sample.encode(codec), "x.txt")
    assert src.text == sample
    assert src.encoding == expected
    assert src.bom_len == bom
    _check_offsets(src, sample)


def test_decode_big5_traditional(traditional: str) -> None:
    raw = traditional.encode("big5", errors="ignore")
    text = raw.decode("big5")
    src = decode(raw, "t.txt")
    assert src.encoding == "big5"
    assert src.text == text
    _check_offsets(src, text)


def test_decode_gb18030_traditional(traditional: str) -> None:
    src = decode(traditional.encode("gb18030"), "t.txt")
    assert src.encoding == "gb18030"
    assert src.text == traditional


def test_load_real_file() -> None:
    if not CORPUS.is_dir():
        pytest.skip("shared corpus not available")
    src = load(CORPUS / "003_ee0cd8f568fba525.txt")
    assert src.name == "003_ee0cd8f568fba525.txt"
    assert src.encoding == "utf-8"
    assert src.text.startswith("關(guān)于")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02abc\x00" * 50, "binary"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF is truncated"),
        (b"PK\x03\x04" + b"\x14" * 30, "ZIP"),
        (bytes([0x81, 0xFF, 0x30, 0xFE, 0xC0, 0x80, 0xFF, 0xFF]) * 20, "cannot be decoded"),
    ],
)
def test_bad_inputs_name_the_file(tmp_path: Path, content: bytes, reason: str) -> None:
    p = tmp_path / "bad_input.txt"
    p.write_bytes(content)
    with pytest.raises(ZhibiaoInputError) as ei:
        load(p)
    assert "bad_input.txt" in str(ei.value)
    assert reason in str(ei.value)


def test_directory_missing_and_broken_link(tmp_path: Path) -> None:
    with pytest.raises(ZhibiaoInputError, match="directory"):
        load(tmp_path)
    with pytest.raises(ZhibiaoInputError, match=r"nope\.txt: no such file"):
        load(tmp_path / "nope.txt")
    link = tmp_path / "dangling.txt"
    link.symlink_to(tmp_path / "gone.txt")
    with pytest.raises(ZhibiaoInputError, match=r"dangling\.txt: is a broken symbolic link"):
        load(link)


# --- TextFile: a big plain-text file decoded a piece at a time ---------------------------------
_TEXTS = st.text(alphabet="中文字，。\n\r a1𠀀\x01\x00\ufeff", max_size=300)
_ENCODED = st.one_of(
    st.tuples(_TEXTS, st.sampled_from(["utf-8", "gb18030", "big5", "utf-16-le"]),
              st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe"])).map(
        lambda t: t[2] + t[0].encode(t[1], errors="ignore")),
    st.binary(max_size=200),
)


def _whole(path: Path) -> tuple[str, str, int] | str:
    """What ``load`` makes of a plain-text file: (text, encoding, BOM length) or the refusal."""
    try:
        src = load(path)
    except ZhibiaoInputError as e:
        return e.reason
    return src.text, src.encoding, src.bom_len


@given(_ENCODED, st.integers(min_value=1, max_value=9), st.integers(min_value=1, max_value=40))
@settings(max_examples=400, deadline=None)
def test_text_file_reads_as_the_whole_file_decodes(tmp_path_factory: pytest.TempPathFactory, data: bytes,
                                                  read: int, mark: int) -> None:
    """Same codec, same refusals, the same text in the pieces ``steps.blocks`` cuts, and byte offsets
    equal to ``Source.byte_offset``, however small the reads and the marks."""
    from zhibiao.normalize import steps
    from zhibiao.sources import TextFile, detect, text

    if not data or detect.sniff(data) != "text" or detect.unsupported_reason(data):
        return  # those never reach TextFile
    path = tmp_path_factory.mktemp("tf") / "f.txt"
    path.write_bytes(data)
    whole = _whole(path)
    old = text._READ_BYTES, text._MARK
    text._READ_BYTES, text._MARK = read, mark
    try:
        try:
            tf = TextFile.open(path)
        except ZhibiaoInputError as e:
            assert whole == e.reason
            return
        assert not isinstance(whole, str), whole
        assert (tf.encoding, tf.bom_len) == whole[1:]
        blocks = list(tf.blocks(7))
        assert blocks == [whole[0][a:b] for a, b in steps.blocks(whole[0], 7)]
        src = load(path)
        assert [tf.byte_offset(c) for c in range(len(src.text) + 1)] == [
            src.byte_offset(c) for c in range(len(src.text) + 1)]  # fmt: skip
    finally:
        text._READ_BYTES, text._MARK = old


def test_text_file_of_a_real_report(tmp_path: Path, sample: str) -> None:
    """A real report in GB18030, read 1 KB at a time: its pieces join to the text, offsets hold."""
    from zhibiao.sources import TextFile, text

    path = tmp_path / "r.txt"
    path.write_bytes(sample.encode("gb18030"))
    old, text._READ_BYTES = text._READ_BYTES, 1000
    try:
        tf = TextFile.open(path)
        joined = "".join(tf.blocks(500))
    finally:
        text._READ_BYTES = old
    assert tf.encoding == "gb18030" and joined == sample
    for a, b in [(0, 9), (100, 140), (len(sample) - 20, len(sample))]:
        assert path.read_bytes()[tf.byte_offset(a) : tf.byte_offset(b)].decode("gb18030") == sample[a:b]
