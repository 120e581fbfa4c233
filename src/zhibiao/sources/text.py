"""Plain-text decoding: BOM, strict UTF-8, then GB18030 vs Big5 chosen by a plausibility score."""

from __future__ import annotations

import codecs
import os
import re
from array import array
from collections.abc import Callable, Iterator
from itertools import islice
from typing import TypeVar

from zhibiao.errors import ZhibiaoInputError

__all__ = [
    "DAMAGED_BYTE", "DAMAGE_MIN", "DAMAGE_PER", "TextFile", "check_text", "choose_codec", "count_damage",
    "damage_limit", "decode_text", "plausibility", "read_head", "repaired",
]  # fmt: skip

T = TypeVar("T")

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_SAMPLE_BYTES = 1 << 20
_VISIBLE = re.compile(r"[^\s\ufeff\u200b]")
_ASCII_TEXT = re.compile(r"[\t\n\r\x20-\x7e]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# Characters that only one of two Chinese scripts uses much; a decode into the wrong codec
# yields rare characters instead, so the share of these is a good plausibility score.
_COMMON_SIMPLIFIED = set(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产"
    "种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从"
    "业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又"
    "么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位"
    "入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放"
    "决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受"
    "联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离"
    "华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复"
    "容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值"
    "号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参"
    "红细引听该铁价严龙"
)
_COMMON_TRADITIONAL = set(
    "的一是在不了有和人這中大為上個國我以要他時來用們生到作地於出就分對成會可主發年動同工也能下過子說產"
    "種面而方後多定行學法所民得經十三之進著等部度家電力裡如水化高自二理起小物現實加量都兩體制機當使點從"
    "業本去把性好應開它合還因由其些然前外天政四日那社義事平形相全表間樣與關各重新線內數正心反你明看原又"
    "麼利比或但質氣第向道命此變條只沒結解問意建月公無系軍很情者最立代想已通並提直題黨程展五果料象員革位"
    "入常文總次品式活設及管特件長求老頭基資邊流路級少圖山統接知較將組見計別她手角期根論運農指幾九區強放"
    "決西被幹做必戰先回則任取據處隊南給色光門即保治北造百規熱領七海口東導器壓志世金增爭濟階油思術極交受"
    "聯什認六共權收證改清己美再採轉更單風切打白教速花帶安場身車例真務具萬每目至達走積示議聲報鬥完類八離"
    "華名確才科張信馬節話米整空元況今集溫傳土許步群廣石記需段研界拉林律叫且究觀越織裝影算低持音眾書布復"
    "容兒須際商非驗連斷深難近礦千周委素技備半辦青省列習響約支般史感勞便團往酸歷市克何除消構府稱太準精值"
    "號率族維劃選標寫存候毛親快效斯院查江型眼王按格養易置派層片始卻專狀育廠京識適屬圓包火住調滿縣局照參"
    "紅細引聽該鐵價嚴龍"
)


def plausibility(text: str) -> float:
    """Share of common Chinese characters (either script) among CJK ideographs, minus noise."""
    if not text:
        return 0.0
    sample = text[:200_000]
    cjk = _CJK.findall(sample)
    controls = len(_CONTROL.findall(sample))
    if not cjk:
        # No CJK at all: plausible only when it is mostly ASCII-ish text.
        ascii_share = len(_ASCII_TEXT.findall(sample)) / len(sample)
        return 0.1 * ascii_share - controls / len(sample)
    common = sum(1 for c in cjk if c in _COMMON_SIMPLIFIED or c in _COMMON_TRADITIONAL)
    return common / len(cjk) * (len(cjk) / len(sample)) ** 0.1 - controls / len(sample)



# The legacy codecs tried, Big5 first as cp950 (Windows' and most sites' Big5): Python's plain big5
# reads 0xA240 as ＼ but writes it back as 0xA242, so its text would not encode back to the file's bytes;
# plain big5 stays for the few bytes only it reads.
_LEGACY = ("gb18030", "cp950", "big5")


def _legacy_scores(sample: bytes, longer: bool) -> list[tuple[float, str]]:
    """Plausibility of ``sample`` (the file's first bytes; ``longer``: the file goes on) in each legacy codec."""
    scored: list[tuple[float, str]] = []
    for enc in _LEGACY:
        try:
            text, read = sample.decode(enc), sample
        except UnicodeDecodeError as e:
            if not longer or e.start < len(sample) - 4:
                continue
            read = sample[: e.start]
            text = read.decode(enc)  # the sample ends inside a character
        if _round_trips(text, enc, read):
            scored.append((plausibility(text), enc))
    return sorted(scored, reverse=True)


def _round_trips(text: str, enc: str, raw: bytes) -> bool:
    """Whether ``text`` encodes back to the ``raw`` bytes it was read from: Big5 maps some characters
    twice (0xA2CC and 0xA451 are both 十), and a reading that writes back other bytes is not the file's."""
    return text.encode(enc, LENIENT) == raw


_UNDECODABLE = "cannot be decoded as UTF-8, UTF-16 (with BOM), GB18030/GBK or Big5 text"

# Small damage is read through: a file whose bytes are all text in one codec but for at most one
# byte in DAMAGE_PER (and at least DAMAGE_MIN bytes in any file) - an invalid byte, a NUL, a
# character cut at the end, as scraped archives are full of - is decoded with each bad byte kept as
# a lone surrogate (``surrogateescape``: encoding the text again gives back the exact bytes, so byte
# offsets stay exact), counted as ``Source.damaged`` and shown as U+FFFD once normalised. More
# damage than that, and the file is refused as before.
DAMAGE_PER = 1000
DAMAGE_MIN = 8
LENIENT = "surrogateescape"  # as ``model.BYTES_ERRORS``
DAMAGED_BYTE = "[\x00\udc80-\udcff]"  # a NUL, or a byte that did not decode (a lone surrogate)
_DAMAGE = re.compile(DAMAGED_BYTE)


def damage_limit(size: int) -> int:
    """Damaged bytes a file of ``size`` bytes may have and still be read (see ``DAMAGE_PER``)."""
    return max(DAMAGE_MIN, size // DAMAGE_PER)


def count_damage(text: str, stop: int | None = None) -> int:
    """Damaged bytes in decoded text: NULs and bytes that did not decode (counting stops past ``stop``)."""
    found = _DAMAGE.finditer(text)
    return sum(1 for _ in (found if stop is None else islice(found, stop + 1)))


def repaired(text: str) -> str:
    """``text`` with each damaged byte shown as U+FFFD (for text that is not mapped back to bytes)."""
    return _DAMAGE.sub("\ufffd", text) if _DAMAGE.search(text) else text


def _too_damaged(limit: int, of: int | None = None) -> str:
    """Why a file is refused: more damaged bytes (in its first ``of`` bytes) than are read through."""
    where = f" in its first {of:,}" if of is not None else ""
    return f"more than {limit:,} damaged bytes{where} (at most one byte in {DAMAGE_PER:,} is read through)"


def decode_text(raw: bytes, where: str) -> tuple[str, str, int, int]:
    """``(text, encoding, bom_len, damaged)`` of plain-text bytes, or a ``ZhibiaoInputError`` saying
    why not; ``damaged`` bytes (see ``DAMAGE_PER``) are kept in ``text`` as lone surrogates or NULs."""
    limit = damage_limit(len(raw))

    def attempt(enc: str, skip: int, errors: str) -> tuple[tuple[str, str, int], int]:
        # a legacy codec is chosen on a sample and the whole file decoded once, with the winner only
        # (decoding a 200 MB file with both would hold two full copies of its text at once)
        text = str(memoryview(raw)[skip:], enc, errors)
        return (text, enc, skip), (count_damage(text, limit) if errors == LENIENT else text.count("\x00"))

    (text, enc, skip), damaged = choose_codec(raw, len(raw), where, attempt)
    return text, enc, skip, damaged


def choose_codec(
    head: bytes, size: int, where: str, attempt: Callable[[str, int, str], tuple[T, int]]
) -> tuple[T, int]:
    """``attempt(codec, bom_len, errors)`` for the codec of a plain-text file of ``size`` bytes that
    starts with ``head``: its BOM's, else strict UTF-8, else GB18030 or Big5 by plausibility on the
    first MB, else the first of those that reads the file with little damage (``errors`` then
    ``LENIENT``). ``attempt`` returns its result and the damaged bytes it found (NULs, and with
    ``LENIENT`` bytes that did not decode), or raises ``UnicodeDecodeError`` when the file is not
    in that codec. A file in none of them, or too damaged, gets a ``ZhibiaoInputError`` saying so."""
    limit = damage_limit(size)
    for bom, enc in _BOMS:
        if head.startswith(bom):
            try:
                got = attempt(enc, len(bom), "strict")
                if got[1] <= limit:
                    return got
                if enc.startswith("utf-16"):
                    return _undamaged(got, limit, where)  # refused: a binary file
            except UnicodeDecodeError as e:
                if enc.startswith("utf-16"):  # no LENIENT decoding there: two bytes a character
                    raise ZhibiaoInputError(where, f"starts with a {enc} byte-order mark but {e.reason}") from e
            # too many NULs, or bytes that do not decode: the same refusal whichever comes first (a
            # file read whole fails on its first bad byte, one read a piece at a time may count NULs)
            got = attempt(enc, len(bom), LENIENT)
            if got[1] > limit:
                raise ZhibiaoInputError(where, f"starts with a {enc} byte-order mark but is damaged: "
                                               f"{_too_damaged(limit)}")  # fmt: skip
            return got
    nuls = head[:65536].count(b"\x00")
    if nuls > damage_limit(len(head[:65536])):
        raise ZhibiaoInputError(where, "looks like a binary file (it contains NUL bytes)")
    try:
        return _undamaged(attempt("utf-8", 0, "strict"), limit, where)
    except UnicodeDecodeError:
        pass
    legacy = _legacy_scores(head[:_SAMPLE_BYTES], size > _SAMPLE_BYTES)
    for score, enc in legacy:
        if score < 0.05:
            break
        try:
            return _undamaged(attempt(enc, 0, "strict"), limit, where)
        except UnicodeDecodeError:
            continue
    sample = head[:_SAMPLE_BYTES]
    why = _too_damaged(damage_limit(len(sample)), len(sample))
    for enc in _lenient_codecs(sample):
        got = attempt(enc, 0, LENIENT)
        if got[1] <= limit:
            return got
        why = _too_damaged(limit)
    raise ZhibiaoInputError(where, f"{_UNDECODABLE}: {why}")


def _undamaged(got: tuple[T, int], limit: int, where: str) -> tuple[T, int]:
    """A strict decoding, unless it holds more NULs than small damage allows (a binary file)."""
    if got[1] > limit:
        # "more than": a file read a piece at a time stops counting there
        raise ZhibiaoInputError(where, f"looks like a binary file (more than {limit:,} NUL bytes)")
    return got


def _lenient_codecs(sample: bytes) -> list[str]:
    """Codecs that read the sample with little damage, the likeliest first: UTF-8, then GB18030 and
    Big5 by plausibility (as for a clean file)."""
    limit = damage_limit(len(sample))
    out = ["utf-8"] if count_damage(sample.decode("utf-8", LENIENT), limit) <= limit else []
    scored = []
    for enc in _LEGACY:
        text = sample.decode(enc, LENIENT)
        if count_damage(text, limit) <= limit and _round_trips(text, enc, sample):
            scored.append((plausibility(text), enc))
    out += [enc for score, enc in sorted(scored, reverse=True) if score >= 0.05]
    return out


def check_text(text: str, where: str) -> None:
    """Refuse decoded text that is blank or mostly control characters (a binary file in disguise)."""
    _check(bool(_VISIBLE.search(text)), text[:65536], where)


def _check(visible: bool, head: str, where: str) -> None:
    """``check_text`` given whether the text has a visible character, and its first 65,536 characters."""
    if not visible:
        raise ZhibiaoInputError(where, "the file holds only whitespace")
    if _CONTROL.search(head) and len(_CONTROL.findall(head)) > 0.01 * len(head):
        raise ZhibiaoInputError(where, "looks like a binary file (many control characters)")


_READ_BYTES = 1 << 20  # a TextFile reads and decodes this much at a time
_MARK = 4096  # characters between two byte marks (as ``Source.byte_offset``)


class TextFile:
    """A plain-text file decoded a piece at a time: for a file too big to hold decoded whole.

    ``open`` picks the codec with ``decode_text``'s rules and refusals (checked on a first pass
    over the file), ``blocks`` hands out its text in the pieces ``normalize.steps.blocks`` would cut
    and notes the byte offset of every 4,096th character on the way, and ``byte_offset`` then
    maps a character offset to a byte offset by reading back only the bytes around it.
    """

    def __init__(self, path: str, encoding: str, bom_len: int, errors: str = "strict", damaged: int = 0) -> None:
        self.path, self.encoding, self.bom_len = path, encoding, bom_len
        self.errors, self.damaged = errors, damaged  # ``LENIENT`` and the bytes it kept (see ``DAMAGE_PER``)
        self.chars = 0  # characters handed out by ``blocks`` so far
        self._marks = array("q", [bom_len])  # byte offset of character k * _MARK
        self._cache: dict[int, str] = {}
        self._last = (-1, 0, 0)  # the last offset asked for: (mark, characters after it, byte offset)

    @classmethod
    def open(cls, path: str | os.PathLike[str], where: str | None = None) -> TextFile:
        """The decoded view of plain-text file ``path``, or a ``ZhibiaoInputError`` saying why not."""
        where = where or str(path)
        return cls.of(path, *read_head(path, where), where)

    @classmethod
    def of(cls, path: str | os.PathLike[str], head: bytes, size: int, where: str) -> TextFile:
        """``open`` once the file's first bytes (``read_head``) and size are known."""
        if not size:
            raise ZhibiaoInputError(where, "the file is empty")
        limit = damage_limit(size)
        got, _ = choose_codec(head, size, where,
                              lambda enc, skip, errors: cls._checked(str(path), enc, skip, errors, where, limit))
        return got

    @classmethod
    def _checked(cls, path: str, enc: str, bom_len: int, errors: str, where: str, limit: int) -> tuple[TextFile, int]:
        """The file in ``enc`` after a whole pass that decodes it (``UnicodeDecodeError`` if it is
        not in ``enc``), counts its damaged bytes (the pass stops past ``limit``) and runs
        ``check_text``'s checks; and the damaged bytes."""
        visible, head, damaged = False, "", 0
        try:
            for piece in cls(path, enc, bom_len, errors)._pieces():
                visible = visible or bool(_VISIBLE.search(piece))
                if len(head) < 65536:
                    head += piece[: 65536 - len(head)]
                damaged += count_damage(piece, limit) if errors == LENIENT else piece.count("\x00")
                if damaged > limit:
                    return cls(path, enc, bom_len, errors, damaged), damaged
        except OSError as e:
            raise ZhibiaoInputError(where, f"cannot be read ({e.strerror or e})") from e
        _check(visible, head, where)
        return cls(path, enc, bom_len, errors, damaged), damaged

    def _pieces(self) -> Iterator[str]:
        """The decoded text, about ``_READ_BYTES`` at a time (``UnicodeDecodeError`` if it is not ``encoding``)."""
        dec = codecs.getincrementaldecoder(self.encoding)(self.errors)
        with open(self.path, "rb") as f:
            f.seek(self.bom_len)
            while data := f.read(_READ_BYTES):
                if piece := dec.decode(data):
                    yield piece
            if piece := dec.decode(b"", final=True):
                yield piece

    def blocks(self, size: int) -> Iterator[str]:
        """The text in consecutive pieces, cut as ``normalize.steps.blocks(text, size)`` cuts the whole
        (each call starts again from the top, the byte marks too)."""
        self.chars, self._marks, self._carry, self._last = 0, array("q", [self.bom_len]), "", (-1, 0, 0)
        self._cache.clear()
        buf = ""
        pieces = self._pieces()
        while True:
            nl = buf.find("\n", size) if len(buf) > size else -1
            if nl < 0 and (piece := next(pieces, None)) is not None:
                buf += piece
                continue
            if nl < 0 and not buf:
                break
            block, buf = (buf[: nl + 1], buf[nl + 1 :]) if nl >= 0 else (buf, "")
            self._mark(block)
            yield block
        if self._carry:  # the last, shorter run of characters
            self._marks.append(self._marks[-1] + len(self._carry.encode(self.encoding, self.errors)))
            self._carry = ""

    _carry = ""  # the characters after the last mark (fewer than _MARK)

    def _mark(self, block: str) -> None:
        """Note the byte offset of every 4,096th character that ``block``, the next piece, reaches."""
        run = self._carry + block
        full = len(run) - len(run) % _MARK
        marks, enc, errors = self._marks, self.encoding, self.errors
        for i in range(0, full, _MARK):
            marks.append(marks[-1] + len(run[i : i + _MARK].encode(enc, errors)))
        self._carry = run[full:]
        self.chars += len(block)

    def byte_offset(self, char: int) -> int:
        """Byte offset in the file of character offset ``char`` of the text, once ``blocks`` has
        handed it all out (offsets outside the text are taken to its nearest end)."""
        char = min(max(char, 0), self.chars)
        marks = self._marks
        k = min(char // _MARK, len(marks) - 1)
        rest = char - k * _MARK
        if rest <= 0:
            return marks[k]
        lk, lrest, lbytes = self._last  # offsets come mostly in order: encode on from the last one
        a, base = (lrest, lbytes) if lk == k and lrest <= rest else (0, marks[k])
        got = base + len(self._chunk(k)[a:rest].encode(self.encoding, self.errors))
        self._last = (k, rest, got)
        return got

    def _chunk(self, k: int) -> str:
        """Characters ``[k * _MARK, (k + 1) * _MARK)``, read back from the file (a few kept)."""
        got = self._cache.get(k)
        if got is None:
            a, b = self._marks[k], self._marks[k + 1]
            with open(self.path, "rb") as f:  # opened per read: no descriptor outlives a call
                f.seek(a)
                got = f.read(b - a).decode(self.encoding, self.errors)
            if len(self._cache) >= 8:
                self._cache.clear()
            self._cache[k] = got
        return got


def read_head(path: str | os.PathLike[str], where: str) -> tuple[bytes, int]:
    """The first MB of a file (enough to sniff its format and choose its codec) and its size."""
    try:
        with open(path, "rb") as f:
            return f.read(_SAMPLE_BYTES), os.fstat(f.fileno()).st_size
    except OSError as e:
        raise ZhibiaoInputError(where, f"cannot be read ({e.strerror or e})") from e
