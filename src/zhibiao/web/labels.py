"""The dashboard's words: display labels and reading rules (``labels.toml``), indicator names, provinces.

Shared by the read queries (``data``), the scorecards (``scorecard``) and the pages.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources
from typing import Any

Row = dict[str, Any]  # one row of a page or an API answer


@lru_cache(maxsize=1)
def labels() -> dict[str, Any]:
    """Display labels and reading rules (``labels.toml`` beside this module)."""
    with resources.files("zhibiao.web").joinpath("labels.toml").open("rb") as f:
        return tomllib.load(f)


@lru_cache(maxsize=1)
def indicator_names() -> dict[str, str]:
    """Indicator id -> canonical Chinese name, from the extraction vocabulary."""
    from zhibiao.facts.vocab import load

    return {k: v.name for k, v in load().indicators.items()}


@lru_cache(maxsize=1)
def _gazetteer() -> Any:
    from zhibiao.document.gazetteer import load

    return load()


def province_of(code: str | None) -> str | None:
    """Name of the province a division code lies in (``370100`` -> 山东省)."""
    if not code or len(code) < 2 or not code[:2].isdigit():
        return None
    d = _gazetteer().by_code(code[:2] + "0000")
    return d.name if d else None


def label(kind: str, key: Any) -> str:
    """The Chinese label of a role, qualifier, measure, level, type or status (the key if unknown)."""
    if key is None:
        return ""
    return str(labels().get(kind, {}).get(key, key))


def indicator_label(ind: str, written: str | None = None) -> str:
    """The indicator's canonical name, else the name as written, else its id."""
    return indicator_names().get(ind) or written or ind
