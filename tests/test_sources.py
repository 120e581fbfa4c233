"""zhibiao.sources: encoding detection on real corpus text, and readable input errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
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
    assert src.encoding == "cp950"  # Big5 as Windows writes it: it reads back to the same bytes
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
@example(b"\xef\xbb\xbf" + b"1\x00" * 10, 1, 1)  # read a byte at a time, the NUL count stopped at 9 of 10
# NULs before bytes that do not decode: read whole it failed on the bad byte, a piece at a time on the NULs
@example(b"\xef\xbb\xbf" + b"\x00" * 10 + b"\xff" * 10, 1, 1)
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


# --- small damage: read through, offsets exact, the document flagged (issue 19, item 13) ----------
def _report(name: str = "003_ee0cd8f568fba525.txt") -> str:
    if not CORPUS.is_dir():
        pytest.skip("shared corpus not available")
    return (CORPUS / name).read_text(encoding="utf-8")


def _damage(clean: bytes, codec: str, kind: str) -> tuple[bytes, int]:
    """The file with one kind of damage that scraped archives show, and the damaged bytes."""
    period = "。".encode(codec)
    at = clean.index(period, len(clean) // 2) + len(period)  # a character boundary mid-file
    if kind == "invalid byte":
        return clean[:at] + b"\xff" + clean[at:], 1
    if kind == "NUL bytes":
        return clean[:at] + b"\x00\x00\x00" + clean[at:], 3
    return clean[:-1], len(period) - 1  # the last byte lost: what is left of "。" (the file ends with it)


@pytest.mark.parametrize("codec", ["utf-8", "gb18030"])
@pytest.mark.parametrize("kind", ["invalid byte", "NUL bytes", "cut last character"])
def test_small_damage_is_read_through_with_exact_offsets(codec: str, kind: str) -> None:
    """One bad byte, a few NULs or a cut last character no longer sink a whole report: the file is
    read, counted as damaged, every fact found, and every byte offset still points at its text."""
    from zhibiao import pipeline

    text = _report().rstrip("\n") + "。"
    clean = text.encode(codec)
    raw, n = _damage(clean, codec, kind)
    src = decode(raw, "damaged.txt")
    assert (src.encoding, src.damaged) == (codec, n)
    assert src.text.encode(codec, "surrogateescape") == raw  # every byte kept: offsets stay exact
    got, want = pipeline.extract_source(src), pipeline.extract_source(decode(clean, "clean.txt"))
    facts = got.fact_records()
    assert len(facts) == len(want.fact_records()) > 20
    for f in facts:
        assert raw[f["byte_start"] : f["byte_end"]].decode(codec, "surrogateescape") == src.text[
            f["start_char"] : f["end_char"]]  # fmt: skip
    shown = "".join(rr.report.text for rr in got.reports)
    assert "\ufffd" in shown and not any("\udc80" <= c <= "\udcff" or c == "\x00" for c in shown)


def test_more_damage_than_one_byte_in_a_thousand_is_refused() -> None:
    from zhibiao.sources.text import DAMAGE_PER

    clean = _report().encode("utf-8")
    raw = clean.replace("。".encode(), "。".encode() + b"\xff")  # a bad byte after every sentence
    assert raw.count(b"\xff") > len(raw) / DAMAGE_PER
    with pytest.raises(ZhibiaoInputError) as ei:
        decode(raw, "rotten.txt")
    assert re.search(r"more than \d+ damaged bytes.*\(at most one byte in 1,000 is read through\)", str(ei.value))


@given(st.data(), st.integers(min_value=0, max_value=8))
@settings(max_examples=300, deadline=None)
def test_damaged_bytes_between_characters_are_counted_and_kept(data: st.DataObject, k: int) -> None:
    """Property: up to DAMAGE_MIN bad bytes (a NUL, or a byte that never starts a UTF-8 character, so
    that no two of them make one) between the characters of a real UTF-8 text are read through,
    counted one for one, and the decoded text encodes back to exactly the file's bytes."""
    text = _report("000_69e9af5951af5f27.txt")
    a = data.draw(st.integers(min_value=0, max_value=len(text) - 1000))
    piece = text[a : a + data.draw(st.integers(min_value=1000, max_value=3000))]
    cuts = sorted(data.draw(st.lists(st.integers(min_value=0, max_value=len(piece)), min_size=k, max_size=k)))
    never = [0x00, *range(0x80, 0xC2), *range(0xF5, 0x100)]  # NUL, continuation bytes, bytes UTF-8 never uses
    junk = data.draw(st.lists(st.sampled_from(never), min_size=k, max_size=k))
    raw, last = b"", 0
    for cut, byte in zip(cuts, junk, strict=True):
        raw += piece[last:cut].encode() + bytes([byte])
        last = cut
    raw += piece[last:].encode()
    src = decode(raw, "damaged.txt")
    assert (src.encoding, src.damaged) == ("utf-8", k)
    assert src.text.encode("utf-8", "surrogateescape") == raw


@given(st.binary(min_size=1, max_size=400))
@settings(max_examples=500, deadline=None)
@example(b"\xa4O\xa2@")  # Python's big5 reads 0xA240 as ＼ and writes it back as 0xA242
@example(b"\xa2\xcc")  # Big5 maps 十 twice: it reads 0xA2CC as 十 and writes 十 back as 0xA451
def test_any_text_read_encodes_back_to_its_bytes(raw: bytes) -> None:
    """Property: whatever plain-text bytes are read (damaged or not, in any codec), the text encodes
    back to exactly them, and its damage stays within the limit."""
    from zhibiao.sources import detect
    from zhibiao.sources.text import count_damage, damage_limit

    if detect.sniff(raw) != "text" or detect.unsupported_reason(raw):
        return
    try:
        src = decode(raw, "any.txt")
    except ZhibiaoInputError:
        return
    assert src.text.encode(src.encoding, "surrogateescape") == raw[src.bom_len :]
    assert count_damage(src.text) == src.damaged <= damage_limit(len(raw))
