"""zhibiao.sources formats: HTML, PDF, DOCX and ZIP built at test time from a real report.

Each file is generated here (no third-party file is committed) around the text of a corpus report;
the facts extracted from every format must equal those of the plain-text version.
"""

from __future__ import annotations

import html
import io
import zipfile
from pathlib import Path

import pytest

from zhibiao import pipeline
from zhibiao.errors import ZhibiaoInputError
from zhibiao.sources import decode, load, load_many, sniff
from zhibiao.sources.pdf import join_pages

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus"
REPORT = "001_0e148f91ba2d8798.txt"
NAME = "report"  # every format is decoded under this name so facts' ``doc`` matches
_OFFSET_KEYS = {"start_char", "end_char", "byte_start", "byte_end", "doc", "fact_id"}  # fact_id: of these bytes


def report_text(name: str = REPORT) -> str:
    if not CORPUS.is_dir():
        pytest.skip("shared corpus not available")
    return (CORPUS / name).read_text(encoding="utf-8")


def paragraphs(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip()]


def build_html(text: str, charset: str = "gb2312", declare: bool = True) -> bytes:
    """A saved government page: nav, breadcrumb, sidebar and footer around the report's paragraphs."""
    nav = "".join(f'<li><a href="/col/{i}/">{w}</a></li>' for i, w in enumerate(
        ["首页", "政务公开", "政务服务", "互动交流", "走进本区", "政策文件", "领导信息", "机构设置"]))  # fmt: skip
    side = "".join(f'<li><a href="/art/{i}.html">关于印发第{i}号工作方案的通知</a></li>' for i in range(8))
    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in paragraphs(text))
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if declare else ""
    page = f"""<!DOCTYPE html>
<html><head>{meta}<title>政府工作报告_区人民政府门户网站</title>
<link rel="canonical" href="https://www.example.gov.cn/zwgk/art/2025/report.html">
<script>var _hmt = _hmt || []; window.conf = {{"site": "门户网站"}};</script>
<style>.nav li {{ float: left; }}</style></head>
<body><header class="top"><div class="logo">区人民政府门户网站</div><nav><ul>{nav}</ul></nav></header>
<div class="crumb">当前位置:<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政府工作报告</div>
<div class="container"><div class="article"><div class="info">发布时间:2025-02-25 来源:区政府办</div>
<div class="content">
{body}</div></div>
<aside class="side"><h3>相关文章</h3><ul>{side}</ul></aside></div>
<footer><p>主办:区人民政府办公室 承办:区大数据中心 版权所有 网站标识码:5113000001</p>
<p>ICP备案号:蜀ICP备05000000号-1 公安机关备案号:51130202000001号</p></footer>
</body></html>"""
    return page.encode(charset if charset != "gb2312" else "gb18030")


def build_pdf(text: str, header: str = "区人民政府公报 2025年第2期") -> bytes:
    """An A4 PDF (CJK CID font) with the report wrapped to the column, a running header and page numbers."""
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    font = "STSong-Light"
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    w, h = A4
    size, left, column = 11, 72, A4[0] - 144
    page, y = 1, h - 90

    def furniture() -> None:
        c.setFont(font, 9)
        c.drawString(left, h - 50, header)
        c.drawCentredString(w / 2, 40, f"- {page} -")
        c.setFont(font, size)

    furniture()
    for para in paragraphs(text):
        line = "\u3000\u3000"  # first-line indent, as printed reports have
        lines: list[str] = []
        for ch in para:
            if pdfmetrics.stringWidth(line + ch, font, size) > column:
                lines.append(line)
                line = ""
            line += ch
        lines.append(line)
        for ln in lines:
            if y < 72:
                c.showPage()
                page += 1
                y = h - 90
                furniture()
            c.drawString(left, y, ln)
            y -= size * 1.6
    c.save()
    return buf.getvalue()


def target_paragraph(text: str) -> str:
    """The first paragraph stating a target (the DOCX puts it in a table cell)."""
    for p in paragraphs(text):
        if ("预期目标" in p or "主要目标" in p) and "%" in p:
            return p
    return next(p for p in paragraphs(text) if "%" in p)


def build_docx(text: str) -> bytes:
    """A DOCX of the report, with its target paragraph inside a table (as some offices lay it out)."""
    pytest.importorskip("docx")
    import docx

    d = docx.Document()
    d.core_properties.title = "政府工作报告"
    target = target_paragraph(text)
    for p in paragraphs(text):
        if p == target:
            table = d.add_table(rows=2, cols=1)
            table.cell(0, 0).text = p
        else:
            d.add_paragraph(p)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def build_zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return out.getvalue()


def facts_of(raw: bytes, name: str = NAME) -> list[dict]:
    """Facts of a file's bytes without offset keys, in a stable order."""
    recs = pipeline.extract_source(decode(raw, name)).fact_records()
    rows = [{k: v for k, v in r.items() if k not in _OFFSET_KEYS} for r in recs]
    return sorted(rows, key=repr)


@pytest.fixture(scope="module")
def text() -> str:
    return report_text()


@pytest.fixture(scope="module")
def plain_facts(text: str) -> list[dict]:
    facts = facts_of(text.encode("utf-8"))
    assert len(facts) >= 10  # the report really has facts, so equality below means something
    return facts


# --- detection -------------------------------------------------------------------------------


def test_format_detected_from_content_not_name(tmp_path: Path, text: str) -> None:
    files = {"a.txt": build_html(text), "b.html": build_pdf(text[:2000]), "c.pdf": build_docx(text[:2000]),
             "d.docx": text.encode("gb18030"), "e.doc": build_zip({"x.txt": b"x"})}  # fmt: skip
    kinds = {}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        kinds[name] = sniff(data)
    assert kinds == {"a.txt": "html", "b.html": "pdf", "c.pdf": "docx", "d.docx": "text", "e.doc": "zip"}
    assert load(tmp_path / "a.txt").format == "html"
    assert load(tmp_path / "b.html").format == "pdf"
    assert load(tmp_path / "c.pdf").format == "docx"
    assert load(tmp_path / "d.docx").format == "text"


# --- HTML ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("charset", "declare"), [("gb2312", True), ("utf-8", True), ("gb2312", False)])
def test_html_body_without_nav_and_footer(text: str, charset: str, declare: bool) -> None:
    src = decode(build_html(text, charset, declare), "page.htm")
    assert src.format == "html"
    assert src.encoding == ("utf-8" if charset == "utf-8" else "gb18030")
    assert src.url == "https://www.example.gov.cn/zwgk/art/2025/report.html"
    assert src.title and "政府工作报告" in src.title
    assert src.byte_offset(10) is None
    for p in paragraphs(text):
        assert p in src.text
    for junk in ("版权所有", "ICP备案号", "当前位置", "相关文章", "走进本区", "_hmt", "工作方案的通知"):
        assert junk not in src.text


def test_html_facts_equal_plain(text: str, plain_facts: list[dict]) -> None:
    assert facts_of(build_html(text)) == plain_facts


def test_html_utf16_and_og_url() -> None:
    page = ('<html><head><meta property="og:url" content="https://gov.example/r.html"><title>报告</title>'
            "</head><body><div><p>2025年全区地区生产总值预期增长6%左右。</p></div></body></html>")  # fmt: skip
    src = decode(b"\xff\xfe" + page.encode("utf-16-le"), "r.html")
    assert src.format == "html"
    assert src.url == "https://gov.example/r.html"
    assert "地区生产总值预期增长6%左右" in src.text


# --- PDF -------------------------------------------------------------------------------------


def test_pdf_reading_order_joined_lines_no_furniture(text: str) -> None:
    src = decode(build_pdf(text), "r.pdf")
    assert src.format == "pdf"
    assert src.byte_offset(5) is None
    assert "公报" not in src.text  # running header gone
    assert not any(ln.strip().startswith("- ") for ln in src.text.splitlines())  # page numbers gone
    flat = src.text.replace("\n", "")
    for p in paragraphs(text):
        assert p in flat  # every paragraph, in one piece (lines broken by layout are joined)
    assert src.text.index(paragraphs(text)[5][:20]) < src.text.index(paragraphs(text)[-5][:20])
    # headings stay on their own line instead of being glued to the paragraph after them
    headings = [p for p in paragraphs(text) if len(p) < 20 and p[-1] not in "。：:"]
    assert headings
    lines = set(src.text.splitlines())
    assert all(h.strip() in lines for h in headings)


def test_pdf_facts_equal_plain(text: str, plain_facts: list[dict]) -> None:
    assert facts_of(build_pdf(text)) == plain_facts


def test_join_pages_rules() -> None:
    a = "各地区要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局"
    b = "全年城镇新增就业1.2万人以上，城镇调查失业率控制在5.5%左右，居民收入增长和经济"
    pages = [
        f"市政府公报\n{a}\n，着力推动高质量发展。\n第1页",
        f"市政府公报\n二、2025年主要目标\n地区生产总值增长6%左右\n{b}\n- 2 -",
        "市政府公报\n增长同步。\n（一）扩大有效需求。\n3",
    ]
    assert join_pages(pages).splitlines() == [
        a + "，着力推动高质量发展。",
        "二、2025年主要目标",
        "地区生产总值增长6%左右",
        b + "增长同步。",
        "（一）扩大有效需求。",
    ]


def test_pdf_without_text_layer_needs_ocr() -> None:
    pytest.importorskip("reportlab")
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for _ in range(2):
        c.rect(72, 72, 400, 600, fill=1)  # a "scanned" page: graphics only, no text
        c.showPage()
    c.save()
    with pytest.raises(ZhibiaoInputError, match="no text layer: OCR needed"):
        decode(buf.getvalue(), "scan.pdf")


def test_pdf_truncated_and_damaged(text: str) -> None:
    data = build_pdf(text[:3000])
    with pytest.raises(ZhibiaoInputError, match="PDF is truncated"):
        decode(data[: len(data) // 2], "half.pdf")
    broken = b"%PDF-1.4\n" + b"1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\n" * 3 + b"trailer\n%%EOF\n"
    with pytest.raises(ZhibiaoInputError, match="PDF"):
        decode(broken, "broken.pdf")


# --- DOCX ------------------------------------------------------------------------------------


def test_docx_tables_in_document_order(text: str) -> None:
    src = decode(build_docx(text), "r.docx")
    assert src.format == "docx"
    assert src.title == "政府工作报告"
    assert src.text.splitlines() == paragraphs(text)  # table cell text in place


def test_docx_facts_equal_plain(text: str, plain_facts: list[dict]) -> None:
    assert facts_of(build_docx(text)) == plain_facts


# --- ZIP -------------------------------------------------------------------------------------


def test_zip_members_expanded_one_level(tmp_path: Path, text: str) -> None:
    inner = build_zip({"inner.txt": text.encode("gb18030"), "deeper.zip": build_zip({"x.txt": b"x"})})
    data = build_zip({
        "reports/a.txt": text.encode("utf-8"), "b.docx": build_docx(text), "c.html": build_html(text),
        "nested.zip": inner, "../evil.txt": b"escape", "/abs.txt": b"abs", "__MACOSX/._a.txt": b"junk",
        "empty/": b"",
    })  # fmt: skip
    p = tmp_path / "bundle.zip"
    p.write_bytes(data)
    out = list(load_many(p))
    good = {s.name: s for s in out if not isinstance(s, ZhibiaoInputError)}
    bad = {e.path: e.reason for e in out if isinstance(e, ZhibiaoInputError)}
    assert set(good) == {"bundle.zip!reports/a.txt", "bundle.zip!b.docx", "bundle.zip!c.html",
                         "bundle.zip!nested.zip!inner.txt"}  # fmt: skip
    assert good["bundle.zip!b.docx"].format == "docx"
    assert good["bundle.zip!nested.zip!inner.txt"].encoding == "gb18030"
    assert any("nested too deep" in r for r in bad.values())
    assert sum("unsafe path" in r for r in bad.values()) == 2
    with pytest.raises(ZhibiaoInputError, match=r"nested.zip!deeper.zip: .*too deep.*\(and 2 more\)"):
        load(p)  # one Source only: the first bad member is named
    (tmp_path / "one.zip").write_bytes(build_zip({"a.txt": text.encode("utf-8")}))
    assert load(tmp_path / "one.zip").name == "one.zip!a.txt"
    (tmp_path / "two.zip").write_bytes(build_zip({"a.txt": b"\xe6\x8a\xa5", "b.txt": b"\xe5\x91\x8a"}))
    with pytest.raises(ZhibiaoInputError, match="ZIP archive of 2 reports"):
        load(tmp_path / "two.zip")
    # a plain file through load_many is just itself
    (tmp_path / "r.txt").write_bytes(text.encode("utf-8"))
    assert [s.name for s in load_many(tmp_path / "r.txt")] == ["r.txt"]


def test_html_declared_charset_that_lies() -> None:
    """A page re-saved as GBK that still declares UTF-8 is decoded by content detection."""
    page = ('<html><head><meta charset="utf-8"><title>报告</title></head><body><div class="content">'
            "<p>全年地区生产总值增长6%左右，城镇调查失业率控制在5.5%左右。</p></div></body></html>")  # fmt: skip
    src = decode(page.encode("gb18030"), "lie.html")
    assert src.encoding == "gb18030"
    assert "城镇调查失业率控制在5.5%左右" in src.text
