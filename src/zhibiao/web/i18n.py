"""The dashboard in Chinese and English: the language a visitor asks for, UI text and labels in it.

``?lang=en`` (or ``zh``) picks the language and is remembered in a cookie; UI text is written in
Chinese in the templates and looked up in ``ui_en.toml``; codes (status, level, measure…) take the
codebook's labels, indicators their English short labels, regions their pinyin names.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources
from typing import Any

from zhibiao.analysis import labels as _labels
from zhibiao.web import data
from zhibiao.web import labels as web_labels

LANGS = ("zh", "en")
COOKIE = "zb_lang"
# codebook columns of the dashboard's label kinds (the others are the dashboard's own: ui_en.toml)
_CODEBOOK_KIND = {"role": "role", "qualifier": "qualifier", "measure": "measure", "level": "level",
                  "status": "status", "commitment": "commitment", "status_reason": "status_reason"}  # fmt: skip


@lru_cache(maxsize=1)
def _ui_en() -> dict[str, Any]:
    with resources.files("zhibiao.web").joinpath("ui_en.toml").open("rb") as f:
        return tomllib.load(f)


def request_lang(query_lang: str | None, cookie_lang: str | None) -> tuple[str, bool]:
    """(language, whether to remember it): the query's ``lang`` first, then the cookie, else Chinese."""
    if query_lang in LANGS:
        return str(query_lang), query_lang != cookie_lang
    return (str(cookie_lang) if cookie_lang in LANGS else "zh"), False


def t(lang: str, text: str) -> str:
    """UI text in ``lang`` (the Chinese text itself when no translation is listed)."""
    if lang != "en":
        return text
    return str(_ui_en()["text"].get(text, text))


def label(lang: str, kind: str, code: Any) -> str:
    """A code's label (status, level, measure, role, report type, rule…) in ``lang``."""
    if lang != "en" or code is None:
        return web_labels.label(kind, code)
    own = _ui_en().get("labels", {}).get(kind, {})
    if str(code) in own:
        return str(own[str(code)])
    if kind in _CODEBOOK_KIND:
        return _labels.code_label(_CODEBOOK_KIND[kind], code, "en")
    return str(code)


def indicator(lang: str, ind: str | None, written: str | None = None) -> str:
    """An indicator's name: Chinese canonical name, or its English short label."""
    if lang == "en" and ind:
        return _labels.indicator_name(ind, "en", short=True)
    return web_labels.indicator_label(ind or "", written)


def region(lang: str, code: str | None, name: str | None) -> str:
    """A region's name: as stored, or its pinyin name in English; 未识别地区 when it was not recognised."""
    if not code and not name:
        return t(lang, data.region_label(None, None))
    if lang == "en":
        return _labels.region_en(code, name) or name or code or ""
    return name or code or ""


def context(lang: str) -> dict[str, Any]:
    """What every template gets: the language, its switch and the helpers bound to it."""
    return {
        "lang": lang, "other_lang": "zh" if lang == "en" else "en",
        "t": lambda text: t(lang, text),
        "L": lambda kind, code: label(lang, kind, code),
        "ind_name": lambda ind, written=None: indicator(lang, ind, written),
        "reg_name": lambda code, name=None: region(lang, code, name),
    }  # fmt: skip
