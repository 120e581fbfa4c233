"""HTML pages: decode with the declared (or detected) charset, extract the article body with trafilatura.

Navigation, headers and footers are dropped; the page title and canonical URL are kept. When the
article extractor finds little or nothing (odd layouts, very deep nesting) the visible body text
minus nav/header/footer is used instead, so a report is never silently cut short.
"""

from __future__ import annotations

import codecs
import logging
import re
import tomllib
from collections import Counter
from importlib import resources

import lxml.etree
import lxml.html

from zhibiao.errors import ZhibiaoInputError
from zhibiao.sources.text import check_text, decode_text, repaired

__all__ = ["extract_html"]

_META_CHARSET = re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{2,40})""", re.I)
# Charset labels that pages declare but that name a subset of a wider codec we should decode with.
_CODEC_ALIASES: dict[str, str] = tomllib.loads(
    (resources.files("zhibiao") / "data" / "sources_layout.toml").read_text("utf-8")
)["html"]["charset_aliases"]
# Elements whose text is never report text.
_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template",
              "iframe", "select", "button")  # fmt: skip
_BLOCK_TAGS = frozenset(
    "p div br li tr h1 h2 h3 h4 h5 h6 table section article blockquote pre dd dt td th".split()
)
_BLANK_LINES = re.compile(r"[ \t\u3000]*\n[\s\u3000]*")
_SPACES = re.compile(r"[ \t\r\f\v\xa0]+")
# If the article extractor keeps less than this share of the visible body text, it has probably
# mistaken the report for boilerplate (pages split into many small blocks): use the body text.
_MIN_ARTICLE_SHARE = 0.3
_MAX_DEPTH_NOTE = "the page nests its elements deeper than the HTML parser's limit of 256 levels"

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


def _codec(label: str) -> str | None:
    name = _CODEC_ALIASES.get(label.lower(), label.lower())
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_html(raw: bytes, where: str) -> tuple[str, str]:
    """``(markup, encoding)``: BOM, then the charset the page declares, then content detection."""
    if not raw.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        m = _META_CHARSET.search(raw[:8192])
        enc = _codec(m.group(1).decode("ascii")) if m else None
        if enc and not enc.startswith("utf-16"):
            try:
                return raw.decode(enc), enc
            except UnicodeDecodeError:
                pass  # the declaration lies (common after a re-save): detect instead
    try:
        text, enc, _bom, _damaged = decode_text(raw, where)
    except ZhibiaoInputError:
        return raw.decode("utf-8", errors="replace"), "utf-8"
    return repaired(text), enc  # HTML text is not mapped back to bytes: damage shows as U+FFFD


def _attr(tree: lxml.html.HtmlElement, xpath: str) -> str | None:
    for v in tree.xpath(xpath):
        v = str(v).strip()
        if v:
            return v
    return None


def _tidy(text: str) -> str:
    text = _SPACES.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
    return _BLANK_LINES.sub("\n", text).strip()


def _body_text(tree: lxml.html.HtmlElement) -> str:
    """Visible text of the page minus nav/header/footer/scripts, one block element per line."""
    for el in tree.xpath("|".join(f"//{t}" for t in _DROP_TAGS)):
        parent = el.getparent()
        if parent is not None:
            el.drop_tree()
    for el in tree.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCK_TAGS:
            el.tail = "\n" + (el.tail or "")
    body = tree.find("body")
    return _tidy((body if body is not None else tree).text_content())


def _article(markup: str) -> str:
    """Article text found by trafilatura ('' when it finds none or fails; its metadata pass is skipped:
    it costs twice the extraction, and the title and URL are read from the page directly)."""
    import trafilatura  # slow import, only for HTML

    try:
        doc = trafilatura.bare_extraction(
            markup, include_tables=True, include_comments=False, include_images=False,
            favor_recall=True, with_metadata=False, deduplicate=False,
        )  # fmt: skip
    except (RecursionError, ValueError, TypeError, AttributeError, lxml.etree.LxmlError):
        return ""
    return _tidy(doc.text or "") if doc is not None else ""


def _lost_repeats(article: str, body: str) -> bool:
    """Whether the article extractor dropped a repeated paragraph the page holds (trafilatura's fallback
    keeps one of each: a compilation's second `各位代表:` and `一、2023年工作回顾` would be lost, and
    with them where its reports and sections start)."""
    counts = Counter(ln.strip() for ln in body.split("\n") if ln.strip())
    repeated = [ln for ln, n in counts.items() if n > 1]
    if not repeated:
        return False
    kept = Counter(ln.strip() for ln in article.split("\n") if ln.strip())
    return any(0 < kept[ln] < counts[ln] for ln in repeated)


def extract_html(raw: bytes, where: str) -> tuple[str, str, str | None, str | None]:
    """``(text, encoding, title, url)`` of an HTML page's article body; raise when it has none."""
    markup, enc = decode_html(raw, where)
    markup = markup.lstrip("\ufeff")
    parser = lxml.html.HTMLParser()
    try:
        tree = lxml.html.document_fromstring(markup, parser=parser)
    except (lxml.etree.LxmlError, ValueError) as e:
        raise ZhibiaoInputError(where, f"HTML page cannot be parsed ({e})") from e
    if any("Excessive depth" in str(err) for err in parser.error_log):
        # Text below the limit would be silently lost: refuse the page rather than cut the report.
        raise ZhibiaoInputError(where, f"HTML page not read: {_MAX_DEPTH_NOTE}")
    url = _attr(tree, "//link[translate(@rel,'CANONICAL','canonical')='canonical']/@href") or _attr(
        tree, "//meta[@property='og:url']/@content"
    )
    h1s = tree.xpath("//h1[not(ancestor::header or ancestor::nav or ancestor::footer)]")
    title = next((t for t in (" ".join(h.text_content().split()) for h in h1s) if t), None) or _attr(
        tree, "//title/text()|//meta[@property='og:title']/@content"
    )
    body = _body_text(tree)
    text = _article(markup)
    if not text or len(text) < _MIN_ARTICLE_SHARE * len(body) or _lost_repeats(text, body):
        text = body
    if not text:
        raise ZhibiaoInputError(where, "HTML page holds no readable text")
    check_text(text, where)
    return text, enc, title, url
