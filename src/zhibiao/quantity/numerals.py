"""Exact number parsing: Arabic numerals (with thousands separators) and Chinese numerals.

Values are always ``Decimal``; no float ever enters. Chinese numerals are parsed by hand
(cn2an rounds through floats: ``16.4亿`` -> 1639999999).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation, localcontext

# The range of a value: what the store's DECIMAL(38, 10) holds exactly. A figure with more integer
# digits or more decimals than this is no quantity (a run of digits such as an id, or a misread):
# it is refused where it is read, one figure at a time, never rounded and never failing its file.
MAX_INTEGER_DIGITS = 28
MAX_DECIMALS = 10
_PREC = 100  # digits of the arithmetic here: exact for any value in range, times any magnitude

CN_DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}
CN_SMALL: dict[str, int] = {"十": 10, "百": 100, "千": 1000}
CN_BIG: dict[str, int] = {"万": 10_000, "亿": 100_000_000}
CN_CHARS = "".join(CN_DIGITS) + "".join(CN_SMALL) + "".join(CN_BIG)

# Arabic: 1,234.5 | 1234.5 | .5 is not accepted (a stray dot is punctuation in these texts)
_ARABIC_RE = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_MIXED_RE = re.compile(r"(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?P<mag>(?:[十百千万亿])*)")


def _cn_integer(s: str) -> int | None:
    """Integer value of a Chinese numeral without a decimal part (``一万二千`` -> 12000)."""
    if not s:
        return None
    if all(ch in CN_DIGITS for ch in s):
        if len(s) == 1:
            return CN_DIGITS[s]
        if "两" in s:
            return None
        return int("".join(str(CN_DIGITS[ch]) for ch in s))  # 二〇二四 -> 2024
    result = 0  # completed 亿/万 blocks
    section = 0  # the block below the last big unit
    digit: int | None = None
    last_small = 10**9  # small units must decrease within a section (千 > 百 > 十)
    last_big = 10**18
    prev_unit = 0  # value of the unit just before a trailing bare digit (一万二 -> 12000)
    for ch in s:
        if ch in CN_DIGITS:
            if digit is not None and digit != 0:
                return None  # two digits in a row: 十四五 is a name, not a number
            d = CN_DIGITS[ch]
            if d == 0:
                digit = None
                prev_unit = 0  # 一千零五: 零 cancels the colloquial shortcut
                continue
            digit = d
        elif ch in CN_SMALL:
            u = CN_SMALL[ch]
            if u >= last_small:
                return None
            if digit is None:
                if section == 0 and result == 0 and u == 10:
                    digit = 1  # 十二 = 12
                else:
                    return None
            section += digit * u
            digit = None
            last_small = u
            prev_unit = u
        else:  # 万 / 亿
            u = CN_BIG[ch]
            block = section + (digit or 0)
            if block == 0 and result == 0:
                return None
            if u >= last_big and u == 10_000:
                return None
            if u == 100_000_000:
                result = (result + block) * u
            else:
                result += block * u
            section, digit, last_small, last_big, prev_unit = 0, None, 10**9, u, u
    if digit is not None:
        if prev_unit >= 10 and section % prev_unit == 0 and (result or section):
            section += digit * (prev_unit // 10)  # 一百五 = 150, 一万二 = 12000
        else:
            section += digit
    return result + section


def parse_cn_number(s: str) -> Decimal | None:
    """Value of a Chinese numeral, with an optional ``点`` decimal part (``零点五`` -> 0.5)."""
    if not s or any(ch not in CN_CHARS and ch != "点" for ch in s):
        return None
    if "点" in s:
        whole, _, frac = s.partition("点")
        if not frac or "点" in frac or any(ch not in CN_DIGITS or ch == "两" for ch in frac):
            return None
        iv = _cn_integer(whole)
        if iv is None:
            return None
        return Decimal(f"{iv}.{''.join(str(CN_DIGITS[c]) for c in frac)}")
    iv = _cn_integer(s)
    return None if iv is None else Decimal(iv)


def parse_arabic(s: str) -> Decimal | None:
    """Value of an Arabic numeral (``1,234.5`` -> Decimal('1234.5')), else None."""
    if not _ARABIC_RE.fullmatch(s):
        return None
    try:
        return Decimal(s.replace(",", ""))
    except InvalidOperation:  # pragma: no cover - guarded by the regex
        return None


def in_range(v: Decimal) -> bool:
    """True when ``v`` fits DECIMAL(38, 10) exactly: under 10**28 in size, at most 10 decimals."""
    if not v.is_finite():
        return False
    if not v:
        return True
    if v.as_tuple().exponent >= -MAX_DECIMALS:  # type: ignore[operator]
        return v.adjusted() < MAX_INTEGER_DIGITS  # few enough decimals as written: nothing to strip
    with localcontext() as ctx:
        ctx.prec = _PREC
        n = v.normalize()  # trailing zeros do not count as decimals (12.50000000000 is 12.5)
    return n.adjusted() < MAX_INTEGER_DIGITS and -n.as_tuple().exponent <= MAX_DECIMALS  # type: ignore[operator]


def _magnitude(mag: str) -> int | None:
    """Factor of a run of magnitude characters (``万亿`` -> 10**12), or None if malformed."""
    if not mag:
        return 1
    return _cn_integer("一" + mag)


def parse_number(s: str) -> Decimal | None:
    """Parse one number written in Arabic or Chinese numerals into an exact Decimal.

    Magnitude words after Arabic digits multiply (``16.4亿``); ``百分之X`` gives X (the
    percent sign is the caller's business, see ``parse``). A value outside the range the store
    holds exactly (``in_range``) gives None, as anything else that is not a number.

    >>> parse_number("1,234.5")
    Decimal('1234.5')
    >>> parse_number("1.57")
    Decimal('1.57')
    >>> parse_number("一万二千")
    Decimal('12000')
    >>> parse_number("两千三百")
    Decimal('2300')
    >>> parse_number("十二"), parse_number("三十五")
    (Decimal('12'), Decimal('35'))
    >>> parse_number("百分之六点五")
    Decimal('6.5')
    >>> parse_number("零点五")
    Decimal('0.5')
    >>> parse_number("16.4亿") == Decimal("1640000000")
    True
    >>> parse_number("一百零五"), parse_number("三亿五千万")
    (Decimal('105'), Decimal('350000000'))
    >>> [parse_number(x) for x in ["", "abc", "十四五", "1.2.3", "万", "一是", "12,34", "%"]]
    [None, None, None, None, None, None, None, None]
    >>> parse_number("1" * 28 + "万"), parse_number("0.12345678901")  # past DECIMAL(38, 10)
    (None, None)
    """
    if not isinstance(s, str):
        return None
    s = s.strip()
    if not s:
        return None
    if s.startswith("百分之"):
        return parse_number(s[3:])
    neg = False
    if s[0] in "负-" and len(s) > 1:
        neg, s = True, s[1:]
    elif s[0] == "+":
        s = s[1:]
    v: Decimal | None
    m = _MIXED_RE.fullmatch(s)
    if m:
        factor = _magnitude(m.group("mag"))
        if factor is None or len(m.group("num")) > _PREC // 2:
            return None
        with localcontext() as ctx:  # exact: the default 28 digits would round a long figure silently
            ctx.prec = _PREC
            v = Decimal(m.group("num").replace(",", "")) * factor
            if not in_range(v):
                return None
            if m.group("mag"):
                v = v.normalize() if v == v.to_integral_value() else v
                if v == v.to_integral_value():
                    v = v.quantize(Decimal(1))
    else:
        v = parse_cn_number(s)
    if v is None or not in_range(v):
        return None
    return -v if neg else v
