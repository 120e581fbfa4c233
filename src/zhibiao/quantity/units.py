"""Comparable units: a level's value in the base unit of its kind (亿元 -> 元, 亿斤 -> 吨, 万人 -> 人).

The magnitudes and unit words are the quantity grammar's (``data/units.toml``); conversions between
unit words of one kind are ``data/unit_conversions.toml``. Exact Decimal arithmetic throughout.
"""

from __future__ import annotations

import tomllib
from decimal import Decimal, localcontext
from functools import cache
from importlib import resources

from zhibiao.quantity.lexicon import V
from zhibiao.quantity.numerals import in_range

# kinds that are not amounts: percentages, percentage points, multiples, durations, bare magnitudes
_NOT_LEVELS = frozenset({"percent", "permille", "pp", "multiple", "time", "magnitude"})


@cache
def _data() -> dict[str, dict[str, object]]:
    return tomllib.loads(resources.files("zhibiao.data").joinpath("unit_conversions.toml").read_text("utf-8"))


@cache
def _conversions() -> dict[str, tuple[str, Decimal]]:
    return {w: (c["unit"], Decimal(c["factor"])) for w, c in _data()["to_base"].items()}  # type: ignore[index]


def primary_base_unit(kind: str) -> str:
    """The base unit a unit kind is listed with (currency: 元, people: 人, mass: 吨)."""
    return str(_data()["primary"].get(kind) or (kind_base_units(kind) or ("",))[0])


@cache
def base_of(unit: str | None) -> tuple[Decimal, str] | None:
    """(factor, base unit) of a level unit such as 亿元 or 万人; None for %, pp and unknown units."""
    if not unit:
        return None
    ui = V.units.get(unit)
    if ui is None or ui.kind in _NOT_LEVELS or not ui.base:
        return None
    factor, base = Decimal(ui.factor), ui.base
    conv = _conversions().get(base)
    if conv is not None:
        base, factor = conv[0], factor * conv[1]
    return factor, base


def to_base(value: Decimal | None, unit: str | None) -> tuple[Decimal | None, str | None]:
    """``(value_base, unit_base)`` of a level (``571.02``, ``亿元`` -> ``57102000000``, ``元``); (None, None)
    when the unit is not an amount's; ``value_base`` None when it would not fit DECIMAL(38, 10) exactly."""
    b = base_of(unit)
    if b is None:
        return None, None
    if value is None:
        return None, b[1]
    with localcontext() as ctx:  # exact: the default 28 digits would round a long value silently
        ctx.prec = 100
        base = value * b[0]
    return (base if in_range(base) else None), b[1]  # past DECIMAL(38, 10) in the base unit: not given


def convert(value: Decimal, unit: str | None, target_unit: str | None) -> Decimal | None:
    """``value`` in ``unit`` expressed in ``target_unit``; None when the two are not of one base unit."""
    if unit == target_unit:
        return value
    a, b = base_of(unit), base_of(target_unit)
    if a is None or b is None or a[1] != b[1]:
        return None
    return value * a[0] / b[0]


@cache
def kind_base_units(kind: str) -> tuple[str, ...]:
    """The base units levels of a unit kind reduce to (currency: 元, 美元, 欧元…; mass: 吨, 吨标准煤)."""
    words = [w for w, ui in V.units.items() if ui.kind == kind and ui.base == w]
    bases = [base_of(w) for w in words]
    return tuple(dict.fromkeys(b[1] for b in bases if b is not None))
