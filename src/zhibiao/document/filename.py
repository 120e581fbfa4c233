"""What an input file's name says of its report, for a text that never says it: one year, one region.

Names such as ``南昌市2023年政府工作报告.pdf``, ``301_shanghai_municipality_gwr_2026.txt`` or
``005_beijing-tongzhou-qu.txt`` carry both; hashes (``000_69e9af5951af5f27.txt``) and page ids carry
none. ``zhibiao.document.meta`` reads them only after every reading of the text, and records
``file_name`` as their source.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from itertools import pairwise

from zhibiao.document._common import cues
from zhibiao.document.gazetteer import Division, Gazetteer

_FILE_YEAR = re.compile(r"(?<![0-9A-Za-z])(19[5-9]\d|20\d\d)(?![0-9A-Za-z])")


def file_name_year(name: str | None) -> int | None:
    """The one year a file's name holds (``南昌市2023年政府工作报告.txt``, ``gwr_2024.html``), or
    ``None`` when it holds none or several (``2016-2020规划.txt``).

    >>> file_name_year("308_jiangxi_province_gwr_2026.txt"), file_name_year("2023年南昌市政府工作报告.pdf")
    (2026, 2023)
    >>> file_name_year("000_69e9af5951af5f27.txt"), file_name_year("t20230116_6510213.html")
    (None, None)
    >>> file_name_year("2016-2020年规划纲要.txt") is None
    True
    """
    if not name:
        return None
    stem = name.rsplit(".", 1)[0] if "." in name else name
    years = {int(m.group(1)) for m in _FILE_YEAR.finditer(stem)}
    return years.pop() if len(years) == 1 else None


_WORD = re.compile(r"[a-z]+")
_STOP = frozenset(cues()["file_name"]["stop_words"])
_LEVEL_WORDS: dict[str, list[str]] = cues()["file_name"]["level_words"]
_GENERIC_WORDS: dict[str, str] = cues()["file_name"]["generic_words"]
_MIN_LETTERS = 4  # a shorter romanised name (`he`, `li`, `xi`) is too often part of another word
_CJK_NAME = re.compile(r"[\u4e00-\u9fff]")


@cache
def _romanised(gaz: Gazetteer) -> dict[str, tuple[Division, ...]]:
    """Divisions by their romanised name, lower case and without spaces or apostrophes: the specific
    part alone (``fujian``, ``songxian`` is 嵩县 whole) and with its generic part (``fujiansheng``,
    ``guangmingqu``)."""
    index: dict[str, list[Division]] = {}
    for d in gaz.divisions:
        if not d.name_en or d.level == "national":
            continue
        words = d.name_en.lower().replace("'", "").replace("-", "").split()
        for key in {words[0], "".join(words)}:
            if len(key) >= _MIN_LETTERS:
                index.setdefault(key, []).append(d)
    return {k: tuple(v) for k, v in index.items()}


def file_name_region(name: str | None, year: int | None, gaz: Gazetteer,
                     levels: Iterable[str] | None = None) -> Division | None:
    """The one division a file's name names (in Chinese, or romanised as words of its own), of one of
    ``levels`` when the text says who speaks; the lowest when it names a division and its parent too
    (``shenzhen_guangmingqu``); ``None`` when it names none or several.

    >>> from zhibiao.document.gazetteer import load
    >>> g = load()
    >>> [file_name_region(n, 2024, g).full_name for n in ("004_fujian_2024.txt", "005_beijing-tongzhou-qu.txt",
    ...                                                   "2024年南昌市政府工作报告.pdf")]
    ['福建省', '北京市通州区', '南昌市']
    >>> file_name_region("000_69e9af5951af5f27.txt", 2024, g) is None  # a hash
    True
    >>> file_name_region("003_chaoyang_2024.txt", 2024, g) is None  # 朝阳: a district, a city, a county…
    True
    >>> file_name_region("537_08_wuxi_qu_2016.txt", 2016, g, ["county"]) is None  # a 无锡 district, not 巫溪县
    True
    """
    if not name:
        return None
    stem = name.rsplit(".", 1)[0] if "." in name else name
    found: dict[str, Division] = {}
    if _CJK_NAME.search(stem):
        for mt in gaz.mentions(stem):
            d = gaz.resolve(mt.name, year)
            if d is not None and d.level != "national":
                found[d.code] = d
    words = _WORD.findall(stem.lower())
    if not found:
        index = _romanised(gaz)
        keys = set(words) | {a + b for a, b in pairwise(words)}
        for key in keys - _STOP:
            for d in index.get(key, ()):
                if d.valid_in(year):
                    found[d.code] = d
    # a seat named as its prefecture is (塔城市 under 塔城地区, 朝阳县 under 朝阳市): the prefecture
    found = {c: d for c, d in found.items() if not (d.parent_code in found and _same_name(d, found[d.parent_code]))}
    anchored = {c: d for c, d in found.items() if d.parent_code in found}
    if anchored:  # `beijing-tongzhou-qu`: the 通州区 under the 北京 it names, not 南通's
        found = anchored
    lowest = [d for c, d in found.items() if not any(x.parent_code == c for x in found.values())]
    if levels:  # `我代表市人民政府`: a city's report
        lowest = [d for d in lowest if d.level in set(levels)]
    said = [set(_LEVEL_WORDS[w]) for w in words if w in _LEVEL_WORDS]
    generic = [_GENERIC_WORDS[w] for w in words if w in _GENERIC_WORDS]
    if len(lowest) != 1 or any(lowest[0].level not in wanted for wanted in said) or any(
            not lowest[0].name.endswith(g) for g in generic):
        return None  # several, or one the name says is not the reporter (`guangdong_city_plan`: a city of 广东)
    return lowest[0]


def _same_name(a: Division, b: Division) -> bool:
    return a.name_en.split()[:1] == b.name_en.split()[:1]
