"""Document model: split a normalised file into reports with metadata, a section tree and glossary.

``split_reports(doc, source)`` (or ``iter_reports``, one at a time) is the entry point used by
``zhibiao.pipeline``.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from zhibiao.document._common import cues, lines
from zhibiao.document.gazetteer import load as load_gazetteer
from zhibiao.document.glossary import find_glossary
from zhibiao.document.meta import extract_meta, find_title
from zhibiao.document.newsplit import news_split
from zhibiao.document.periods import build_passages
from zhibiao.document.sections import build_sections
from zhibiao.document.split import report_spans
from zhibiao.model import NormalizedText, Report, ReportMeta, Source, Span

__all__ = ["iter_reports", "split_reports"]

_C = cues()["split"]
_OPENING = re.compile(_C["opening"])
_INTRO_LINES = 16


def _relative_junk(doc: NormalizedText, span: Span) -> list[Span]:
    """Junk line spans of ``doc`` inside ``span``, made relative to its start."""
    out = []
    for j in getattr(doc, "junk", ()) or ():
        if span.start <= j.start < span.end:
            out.append(Span(j.start - span.start, min(j.end, span.end) - span.start))
    return out


def _body_line(line: str) -> bool:
    """Whether a line is a paragraph of the body: longer than an address line, with a sentence's end."""
    return len(line) > _OPENING_LINE_MAX and "。" in line


def _intro_end(text: str) -> int:
    """End of the title block: the opening line (各位代表) if it comes early, else the title line."""
    ls = [ln for ln in lines(text[:3000]) if ln.text.strip()]
    body_before = False
    for ln in ls[:_INTRO_LINES]:
        if (m := _OPENING.match(ln.text)) is not None:
            rest = ln.text[m.end():]
            first_end = rest.find("。")
            head = rest if first_end < 0 else rest[: first_end + 1]  # the address line's first sentence
            if len(rest) <= _OPENING_LINE_MAX or _REPORTING.search(head):
                return ln.end  # `各位代表:` on its own line, or `各位代表:现在,我代表市人民政府,向大会报告工作,…`
            # `各位代表!“十三五”期间,市政府…` opens a paragraph of the body: only the address is the intro, and
            # none at all after the body has begun (the review of last year above it)
            if body_before:
                break
            return ln.start + m.end() + len(_ADDRESS_PUNCT.match(rest).group())
        body_before = body_before or _body_line(ln.text)
    _title, idx = find_title(ls)
    if idx < 0 or any(_body_line(x.text) for x in ls[:idx]):
        return 0  # (a report's name on a line below paragraphs of a write-up, `展望2026年，北京市政府工作报告`, cut
        # off there, ends no title block: the paragraphs above are the body)
    ln = ls[idx]
    if len(ln.text) > _LONG_LINE:  # a report on one line: the intro ends with its opening sentence
        m = _OPENING_IN_LINE.search(ln.text)
        if m is not None:
            end = ln.text.find("。", m.end())
            return ln.start + (end + 1 if end >= 0 else m.end())
    return ln.end


_OPENING_LINE_MAX = 60  # an address line this long (after its words) opens the body too
_REPORTING = re.compile(_C["reporting"])
_ADDRESS_PUNCT = re.compile(r"[！!，,：:、。\s]*")
_LONG_LINE = 200  # a title line this long holds the report's body too (a scrape without line breaks)
_OPENING_IN_LINE = re.compile(_OPENING.pattern.removeprefix("^"))


def _headed_by(meta: ReportMeta, code: str) -> ReportMeta:
    """``meta`` with the region of the division a digest's piece is headed by."""
    gaz = load_gazetteer()
    div = gaz.by_code(code, meta.report_year)
    if div is None:
        return meta
    return dataclasses.replace(meta, region=gaz.region_name(div), region_code=div.code, level=div.level,
                               region_source="head")


def split_reports(doc: NormalizedText, source: Source) -> list[Report]:
    """The reports of one normalised file, numbered 1.. in order, each with meta, sections, glossary."""
    return list(iter_reports(doc, source))


def iter_reports(doc: NormalizedText, source: Source) -> Iterator[Report]:
    """``split_reports`` one report at a time: a caller that drops each report when done holds one
    report's text and objects, not a copy of the whole compilation."""
    text = doc.text
    junk_all = list(getattr(doc, "junk", ()) or ())
    spans = report_spans(text, junk_all)
    news = False
    headed: list[str] | None = None  # in a digest, the division heading each piece
    if len(spans) == 1:  # a news item on several regions, one after another
        spans, headed = news_split(text, spans[0], junk_all)
        news = len(spans) > 1
    first: ReportMeta | None = None
    for i, sp in enumerate(spans, start=1):
        rtext = text[sp.start : sp.end]
        junk = _relative_junk(doc, sp)
        meta = extract_meta(rtext, source.title if len(spans) == 1 else None, junk, source.given, source.name)
        if news and first is not None and first.report_year is not None and (
                meta.report_year is None or (headed is not None and meta.year_source == "body")):
            # one news item's regions share its year (`惠州` / `●地区生产总值增长8.5%` names none; a digest's
            # `南陵县:2022年地区生产总值增长9.5%左右` is no year reviewed)
            meta = dataclasses.replace(meta, report_year=first.report_year, review_year=first.review_year,
                                       plan_year=first.plan_year, year_source=first.year_source)
        if headed is not None and meta.region_source != "given":
            meta = _headed_by(meta, headed[i - 1])  # `渝中` alone on a line: the piece is 渝中区's
        first = first or meta
        intro_end = _intro_end(rtext)
        sections = build_sections(rtext, intro_end, junk)
        glossary = find_glossary(rtext, sections, junk)
        passages = build_passages(rtext, meta, sections, intro_end)
        yield Report(index=i, meta=meta, text=rtext, offset=sp.start, doc=doc, source=source,
                     sections=sections, glossary=glossary, passages=passages)  # fmt: skip
        del rtext
