"""Damage a real report the way scrapes and conversions do, and the facts must not change.

The five-year-plan reports of ../shared/corpus_2026 are full texts with every kind of passage.
Each is read as it is and again after one realistic kind of damage: traditional characters
(a Hong Kong or Taiwan site's copy), a hard wrap at a fixed display width (a PDF or fixed-width
copy), that wrap with a page number and the running head between its pages (a PDF saved as text),
full-width digits, numbers padded with spaces, a plain HTML page around it (one <p>
a line, a menu and a footer), and every line break lost under a site's banner (a document site's
copy). A fact lost or gained under any of them is a bug.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import opencc
import pytest

from conftest import SHARED
from zhibiao import pipeline

CORPUS_2026 = SHARED / "corpus_2026"
_S2T = opencc.OpenCC("s2t")
_WRAP_COLUMNS = 76  # a CJK character takes two columns, as in a PDF line of 38 characters


def _wrap(text: str) -> str:
    """Hard-wrap every paragraph at the same display width (ASCII one column, CJK two)."""
    out: list[str] = []
    for para in text.split("\n"):
        line, width = "", 0
        for c in para:
            w = 1 if ord(c) < 128 else 2
            if width + w > _WRAP_COLUMNS:
                out.append(line)
                line, width = "", 0
            line += c
            width += w
        out.append(line)
    return "\n".join(out)


_PAGE_LINES = 30


def _pdf_pages(text: str) -> str:
    """The hard wrap, with a page number and the running head (`— 3 —` / `政府工作报告`) every ``_PAGE_LINES`` lines."""
    out: list[str] = []
    for i, line in enumerate(_wrap(text).split("\n"), 1):
        out.append(line)
        if i % _PAGE_LINES == 0:
            out += [f"— {i // _PAGE_LINES} —", "政府工作报告"]
    return "\n".join(out)


def _fullwidth(text: str) -> str:
    return text.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789%"})


def _padded(text: str) -> str:
    return re.sub(r"(\d+(?:\.\d+)?)(%|亿元|万元|元)", r" \1 \2", text)


def _html(text: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in text.split("\n"))
    return ("<html><head><title>政府工作报告</title></head><body><div class='nav'>首页 > 政务公开</div>"
            f"{paras}<div class='footer'>版权所有 联系我们</div></body></html>")


# a document site's banner (安康 2025's page), then the report with every line break lost: one line
_BANNER = "正文复制 更多写作资料+ 微信: 【会员享300g最新资料/每天稳定更新】 "


def _run_on(text: str) -> str:
    return _BANNER + re.sub(r"\s*\n\s*", " ", text)


DAMAGE: dict[str, tuple[Callable[[str], str], str]] = {
    "traditional": (_S2T.convert, ".txt"),
    "hard_wrap": (_wrap, ".txt"),
    "pdf_pages": (_pdf_pages, ".txt"),
    "fullwidth_digits": (_fullwidth, ".txt"),
    "padded_numbers": (_padded, ".txt"),
    "html_page": (_html, ".html"),
    "run_on": (_run_on, ".txt"),
}


def _facts(data: bytes, name: str) -> set[tuple]:
    res = pipeline.extract_bytes(data, name)
    return {(rr.report.index, f.indicator, f.role, f.period, f.measure, f.value, f.qualifier)
            for rr in res.reports for f in rr.facts}


@pytest.fixture(scope="module")
def originals() -> dict[str, tuple[str, set[tuple]]]:
    files = sorted(CORPUS_2026.glob("*.txt"))
    if not files:
        pytest.skip(f"{CORPUS_2026} not found")
    out = {}
    for f in files:
        text = f.read_text("utf-8")
        out[f.stem] = (text, _facts(text.encode(), f.name))
    return out


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_facts_survive_damage(originals: dict[str, tuple[str, set[tuple]]], damage: str) -> None:
    fn, suffix = DAMAGE[damage]
    changed = {}
    for stem, (text, want) in originals.items():
        got = _facts(fn(text).encode(), stem + suffix)
        if got != want:
            changed[stem] = (sorted(want - got)[:3], sorted(got - want)[:3])
    assert not changed, changed


def test_the_originals_hold_facts(originals: dict[str, tuple[str, set[tuple]]]) -> None:
    # guards the test above against passing on empty extractions
    assert all(len(facts) >= 10 for _, facts in originals.values())


def test_a_compilation_as_a_plain_html_page_keeps_its_reports() -> None:
    # trafilatura's fallback keeps one copy of each paragraph: the second report's `各位代表:` and
    # `一、2023年工作回顾` were lost, and the 23-report compilation read as one report
    path = next((SHARED / "corpus").glob("004_*.txt"), None)
    if path is None:
        pytest.skip("../shared/corpus/004 not found")
    text = path.read_text("utf-8")
    plain = pipeline.extract_bytes(text.encode(), path.name)
    page = pipeline.extract_bytes(_html(text).encode(), path.stem + ".html")
    assert [rr.report.meta.region for rr in page.reports] == [rr.report.meta.region for rr in plain.reports]
    assert len(page.reports) > 1
