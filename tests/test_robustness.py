"""Hostile and broken inputs: each is refused with a one-line reason naming the file; nothing crashes.

Also the batch (``zhibiao ingest`` over a folder of every format and every hostile case) and two
processes on one database. Files are generated at test time from a real corpus report.
"""

from __future__ import annotations

import io
import os
import random
import re
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from test_formats import build_docx, build_html, build_pdf, build_zip, facts_of, report_text
from zhibiao import pipeline
from zhibiao.errors import ZhibiaoInputError
from zhibiao.sources import decode, load, load_many
from zhibiao.sources.archive import MAX_MEMBER_BYTES

ZHIBIAO = Path(sys.executable).with_name("zhibiao")


def zip_bomb(mb: int = 64, name: str = "bomb.txt") -> bytes:
    """``mb`` MB of zeros deflated to a few dozen KB: a ratio far beyond any real text."""
    out = io.BytesIO()
    zero = b"\0" * (1 << 20)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf, zf.open(name, "w", force_zip64=True) as f:
        for _ in range(mb):
            f.write(zero)
    return out.getvalue()


def deep_html(levels: int = 10_000) -> bytes:
    body = "<div>" * levels + "<p>2025年地区生产总值预期增长6%左右。</p>" + "</div>" * levels
    return f"<!DOCTYPE html><html><head><title>报告</title></head><body>{body}</body></html>".encode()


def scanned_pdf() -> bytes:
    pytest.importorskip("reportlab")
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.rect(72, 72, 400, 600, fill=1)
    c.showPage()
    c.save()
    return buf.getvalue()


def one_line(text: str, size: int = 5_000_000) -> bytes:
    """A report whose line breaks were lost: one line of ``size`` bytes."""
    flat = text.replace("\n", "").encode("utf-8")
    data = flat * (size // len(flat) + 1)
    return data[:size].decode("utf-8", errors="ignore").encode("utf-8")


@pytest.fixture(scope="module")
def text() -> str:
    return report_text()


@pytest.fixture(scope="module")
def hostile(text: str) -> dict[str, tuple[bytes, str]]:
    """File name -> (content, expected words in the reason)."""
    pdf = build_pdf(text[:4000])
    return {
        "empty.txt": (b"", "empty"),
        "blank.txt": (" \n\u3000\n".encode(), "only whitespace"),
        "binary.dat": (random.Random(7).randbytes(4096), "binary"),
        "katakana.dat": (b"\xa5" * 4096, "cannot be decoded"),
        "image.txt": (b"\x89PNG\r\n\x1a\n" + bytes(300), "PNG"),
        "truncated.pdf": (pdf[: len(pdf) // 2], "PDF is truncated"),
        "scan.pdf": (scanned_pdf(), "no text layer: OCR needed"),
        "deep.html": (deep_html(), "deeper than"),
        "bomb.zip": (zip_bomb(), "zip bomb"),
        "broken.docx": (build_docx(text[:2000])[:3000], "damaged"),
    }


def _one_line_reason(e: ZhibiaoInputError, name: str) -> None:
    msg = str(e)
    assert "\n" not in msg and name in msg and len(msg) < 400


def test_hostile_files_refused_with_one_line_reason(tmp_path: Path, hostile: dict) -> None:
    for name, (data, why) in hostile.items():
        p = tmp_path / name
        p.write_bytes(data)
        with pytest.raises(ZhibiaoInputError) as ei:
            load(p)
        _one_line_reason(ei.value, name)
        assert why in ei.value.reason, (name, ei.value.reason)


def test_paths_that_are_not_files(tmp_path: Path) -> None:
    cases = {tmp_path: "is a directory", tmp_path / "missing.txt": "no such file"}
    link = tmp_path / "dangling.txt"
    link.symlink_to(tmp_path / "gone.txt")
    cases[link] = "broken symbolic link"
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    cases[fifo] = "not a regular file"  # reading a FIFO would block forever
    for path, why in cases.items():
        with pytest.raises(ZhibiaoInputError, match=why):
            load(path)
        assert [type(x) for x in load_many(path)] == [ZhibiaoInputError]


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = tmp_path / "secret.txt"
    p.write_text("2025年地区生产总值增长6%。", encoding="utf-8")
    p.chmod(0)
    if os.geteuid() == 0:  # root reads anything: simulate the kernel's refusal
        def deny(*_a: object, **_k: object) -> None:
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr("zhibiao.sources.open", deny, raising=False)
    with pytest.raises(ZhibiaoInputError, match=r"secret\.txt: permission denied"):
        load(p)


def test_zip_size_and_ratio_limits(tmp_path: Path) -> None:
    ratio = zip_bomb(8)
    out = list(load_many(_write(tmp_path / "r.zip", ratio)))
    assert len(out) == 1 and isinstance(out[0], ZhibiaoInputError)
    assert "compressed" in out[0].reason and out[0].path.endswith("r.zip!bomb.txt")
    big = zip_bomb(MAX_MEMBER_BYTES // (1 << 20) + 1)
    (err,) = load_many(_write(tmp_path / "s.zip", big))
    assert isinstance(err, ZhibiaoInputError) and "too large" in err.reason


def test_zip_header_lying_about_size(tmp_path: Path) -> None:
    """A member whose header declares 100 bytes but inflates to 8 MB is cut off, not read whole."""
    data = bytearray(zip_bomb(8, "liar.txt"))
    zf = zipfile.ZipFile(io.BytesIO(bytes(data)))
    info = zf.infolist()[0]
    # Patch the zip64 extra field sizes (local header and central directory) to claim 100 bytes.
    true_size = info.file_size.to_bytes(8, "little")
    patched = bytes(data).replace(true_size, (100).to_bytes(8, "little"))
    assert patched != bytes(data)
    out = list(load_many(_write(tmp_path / "liar.zip", patched)))
    assert len(out) == 1 and isinstance(out[0], ZhibiaoInputError)


def _write(p: Path, data: bytes) -> Path:
    p.write_bytes(data)
    return p


def test_big_text_file_reads(tmp_path: Path, text: str) -> None:
    """~20 MB of text decodes and splits without trouble (the 200 MB case is benchmarks/bench_memory.py)."""
    raw = text.encode("gb18030")
    p = _write(tmp_path / "big.txt", raw * (20_000_000 // len(raw) + 1))
    src = load(p)
    assert src.encoding == "gb18030" and len(src.raw) > 20_000_000
    reports = pipeline.read_source(src)
    assert reports and sum(len(r.text) for r in reports) > 0.9 * len(src.text)


def test_one_5mb_line(text: str) -> None:
    """A report whose newlines were lost: one 5 MB line is still read and its facts found."""
    res = pipeline.extract_source(decode(one_line(text), "line.txt"))
    assert len(res.fact_records()) >= 10
    # a line with no sentence punctuation at all is still decoded and split (facts: see issue 7 report)
    flat = ("地区生产总值增长" * 700_000).encode("utf-8")
    assert pipeline.read_source(decode(flat, "flat.txt"))


@pytest.mark.parametrize("fmt", ["html", "pdf", "docx", "zip"])
def test_mutated_files_never_crash(text: str, fmt: str) -> None:
    """Truncations and byte flips of each format: a Source or a ZhibiaoInputError, never another error."""
    short = text[:3000]
    data = {"html": lambda: build_html(short), "pdf": lambda: build_pdf(short),
            "docx": lambda: build_docx(short), "zip": lambda: build_zip({"a.txt": short.encode()})}[fmt]()  # fmt: skip
    rng = random.Random(fmt)
    variants = [data[: rng.randrange(1, len(data))] for _ in range(12)]
    for _ in range(12):
        b = bytearray(data)
        for _ in range(rng.randrange(1, 20)):
            b[rng.randrange(len(b))] = rng.randrange(256)
        variants.append(bytes(b))
    for v in variants:
        try:
            decode(v, f"m.{fmt}")
        except ZhibiaoInputError as e:
            assert "\n" not in str(e)


# --- the batch through `zhibiao ingest` ------------------------------------------------------


def _zhibiao(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "400", "NO_COLOR": "1"}
    return subprocess.run([str(ZHIBIAO), *args], capture_output=True, text=True, timeout=timeout, env=env)


def _need_ingest() -> None:
    if not ZHIBIAO.exists() or "ingest" not in _zhibiao("--help").stdout:
        pytest.skip("zhibiao ingest not available")


def _fact_rows(con, doc_id: int) -> list[tuple]:
    return sorted(con.execute(
        """SELECT report, indicator, role, period, measure, CAST(value AS VARCHAR), unit, qualifier, text
           FROM facts WHERE doc_id = ?""", [doc_id]).fetchall(), key=repr)  # fmt: skip


def _integrity(db: Path) -> dict[str, int]:
    """Open the store read-only and check every derived row belongs to a complete document."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        docs = con.execute("SELECT id, name, n_reports FROM documents").fetchall()
        for doc_id, name, n_reports in docs:
            got = con.execute("SELECT count(*) FROM reports WHERE doc_id = ?", [doc_id]).fetchone()[0]
            assert got == n_reports >= 1, name
        for table in ("reports", "sections", "facts", "mentions", "glossary"):
            orphans = con.execute(
                f"SELECT count(*) FROM {table} WHERE doc_id NOT IN (SELECT id FROM documents)"
            ).fetchone()[0]
            assert orphans == 0, table
        orphan_facts = con.execute(
            "SELECT count(*) FROM facts f LEFT JOIN reports r ON f.doc_id = r.doc_id AND f.report = r.report "
            "WHERE r.doc_id IS NULL").fetchone()[0]  # fmt: skip
        assert orphan_facts == 0
        return {name: doc_id for doc_id, name, _ in docs}
    finally:
        con.close()


def test_ingest_batch_of_every_format_and_hostile_case(tmp_path: Path, text: str, hostile: dict) -> None:
    _need_ingest()
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    good = {
        "r.txt": text.encode("utf-8"), "r_gbk.txt": text.encode("gb18030"), "r.html": build_html(text),
        "r.pdf": build_pdf(text), "sub/r.docx": build_docx(text),
        "r.zip": build_zip({"r.txt": text.encode("utf-16")}),  # a member is deduplicated by its own bytes
        "line.txt": one_line(text, 2_000_000),
    }  # fmt: skip
    for name, data in {**good, **{k: v[0] for k, v in hostile.items()}}.items():
        (folder / name).write_bytes(data)
    db = tmp_path / "z.duckdb"
    r = _zhibiao("ingest", str(folder), "--db", str(db), "-v")
    assert r.returncode == 1, r.stdout + r.stderr
    assert "Traceback" not in r.stdout + r.stderr
    out = r.stdout
    for name, (_data, why) in hostile.items():
        line = next((ln for ln in out.splitlines() if ln.startswith("failed") and name in ln), None)
        assert line and why in line, (name, out)
    names = _integrity(db)
    assert len(names) == len(good)
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        want = _fact_rows(con, names["r.txt"])
        assert len(want) >= 10
        for name in ("r_gbk.txt", "r.html", "r.pdf", "r.docx", "r.zip!r.txt"):
            assert _fact_rows(con, names[name]) == want, name
        formats = dict(con.execute("SELECT name, format FROM documents").fetchall())
        assert formats["r.html"] == "html" and formats["r.pdf"] == "pdf" and formats["r.docx"] == "docx"
    finally:
        con.close()
    # the stored facts are those of the library on the same bytes
    assert len(facts_of(good["r.pdf"])) == len(want)
    # a second run stores nothing twice and still reports every bad file
    r2 = _zhibiao("ingest", str(folder), "--db", str(db))
    assert r2.returncode == 1 and len(_integrity(db)) == len(good)


def test_ingest_expands_an_archive_of_several_reports(tmp_path: Path, text: str) -> None:
    """Each member of a ZIP is a document of its own; a bad member fails alone; re-ingest skips."""
    _need_ingest()
    arc = tmp_path / "reports.zip"
    arc.write_bytes(build_zip({"a.txt": text.encode("gb18030"), "b/c.html": build_html(text), "empty.txt": b"",
                               "d.txt": text.encode("utf-8")}))  # fmt: skip
    (tmp_path / "d.txt").write_bytes(text.encode("utf-8"))  # the same bytes as member d.txt
    db = tmp_path / "z.duckdb"
    r = _zhibiao("ingest", str(tmp_path / "d.txt"), str(arc), "--db", str(db), "-v")
    assert r.returncode == 1, r.stdout + r.stderr
    lines = [ln for ln in r.stdout.splitlines() if ln.startswith(("ingested", "failed", "skipped"))]
    assert [ln.split()[0] for ln in lines] == ["ingested", "ingested", "ingested", "failed", "skipped"], lines
    assert "reports.zip!empty.txt" in lines[3] and "empty" in lines[3]
    assert "reports.zip!d.txt" in lines[4] and "already stored (as d.txt)" in lines[4]
    names = _integrity(db)
    assert set(names) == {"d.txt", "reports.zip!a.txt", "reports.zip!b/c.html"}
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        want = _fact_rows(con, names["d.txt"])
        assert len(want) >= 10
        assert _fact_rows(con, names["reports.zip!a.txt"]) == _fact_rows(con, names["reports.zip!b/c.html"]) == want
        paths = [p for (p,) in con.execute("SELECT path FROM documents WHERE name LIKE 'reports.zip!%'").fetchall()]
        assert all(p.startswith(str(arc.resolve()) + "!") for p in paths)
    finally:
        con.close()
    r2 = _zhibiao("ingest", str(arc), "--db", str(db), "-v")
    assert r2.returncode == 1 and len(_integrity(db)) == 3
    assert [ln.split()[0] for ln in r2.stdout.splitlines() if ln.startswith(("ingested", "failed", "skipped"))] \
        == ["skipped", "skipped", "failed", "skipped"]


def test_ingest_reads_an_archive_a_member_at_a_time(
    tmp_path: Path, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An archive is not read whole: each member is inflated when the ingest reaches it, so a
    thousand-member archive costs one member's bytes (and the few queued for workers), not all."""
    from zhibiao import sources
    from zhibiao.sources import archive
    from zhibiao.store import units
    from zhibiao.store.ingest import ingest_iter
    from zhibiao.store.session import WriteSession

    n = 6
    arc = tmp_path / "many.zip"
    arc.write_bytes(build_zip({f"r{i}.txt": (text + f"\n(副本{i})\n").encode() for i in range(n)}))
    inflated: list[str] = []
    read_then: list[int] = []  # members inflated so far, as each member's extraction starts
    real_read, real_extract, real_bytes = archive._read_capped, units._extract_member, sources.read_bytes

    def read_capped(zf, info, cap):  # type: ignore[no-untyped-def]
        inflated.append(info.filename)
        return real_read(zf, info, cap)

    def extract_member(*args):  # type: ignore[no-untyped-def]
        read_then.append(len(inflated))
        return real_extract(*args)

    def read_bytes(path):  # type: ignore[no-untyped-def]
        assert Path(path) != arc, "the archive was read whole"
        return real_bytes(path)

    monkeypatch.setattr(archive, "_read_capped", read_capped)
    monkeypatch.setattr(units, "_extract_member", extract_member)
    monkeypatch.setattr(sources, "read_bytes", read_bytes)
    outs = list(ingest_iter(WriteSession(tmp_path / "z.duckdb"), [arc]))
    assert [o.status for o in outs] == ["ingested"] * n
    assert inflated == [f"r{i}.txt" for i in range(n)]
    assert read_then == list(range(1, n + 1))  # member i+1 is inflated only once member i is stored


def _xlsx(text: str) -> bytes:
    """A real workbook (openpyxl) whose cells hold the report's lines."""
    import openpyxl

    wb = openpyxl.Workbook()
    for i, line in enumerate(text.splitlines()[:200], 1):
        wb.active.cell(row=i, column=1, value=line)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _odt(text: str) -> bytes:
    """An OpenDocument text as LibreOffice writes it: a ``mimetype`` member first, stored."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("META-INF/manifest.xml", '<?xml version="1.0"?><manifest:manifest/>')
        zf.writestr("content.xml", f"<office:document-content><text:p>{text[:2000]}</text:p></office:document-content>")
    return out.getvalue()


def test_office_files_that_are_zips_are_refused_by_name_not_unpacked(tmp_path: Path, text: str) -> None:
    """An XLSX or ODT is a ZIP underneath: it is refused as what it is, alone or inside an archive,
    and none of its parts (``xl/worksheets/sheet1.xml``) is stored as a report."""
    for data, what in ((_xlsx(text), "Excel workbook (XLSX)"), (_odt(text), "OpenDocument text (ODT)")):
        with pytest.raises(ZhibiaoInputError, match=re.escape(what)):
            decode(data, "targets.bin")
        (got,) = load_many(_write(tmp_path / "t.bin", data))
        assert isinstance(got, ZhibiaoInputError) and what in got.reason
    _need_ingest()
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "targets.xlsx").write_bytes(_xlsx(text))
    (folder / "bundle.zip").write_bytes(build_zip({"report.txt": text.encode(), "notes.odt": _odt(text)}))
    db = tmp_path / "z.duckdb"
    r = _zhibiao("ingest", str(folder), "--db", str(db), "-v")
    assert r.returncode == 1, r.stdout + r.stderr
    failed = {ln.split()[1]: ln for ln in r.stdout.splitlines() if ln.startswith("failed")}
    assert set(failed) == {str(folder / "targets.xlsx"), str(folder / "bundle.zip") + "!notes.odt"}
    assert "Excel workbook (XLSX)" in failed[str(folder / "targets.xlsx")]
    assert "OpenDocument text (ODT)" in failed[str(folder / "bundle.zip") + "!notes.odt"]
    assert set(_integrity(db)) == {"bundle.zip!report.txt"}


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_a_fifo_or_device_named_on_the_command_line_is_refused_with_a_reason(tmp_path: Path, text: str) -> None:
    """Not "0 files, exit 0": each is listed as failed, saying what it is (and the FIFO is never opened)."""
    _need_ingest()
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    report = _write(tmp_path / "report.txt", text.encode())
    r = _zhibiao("ingest", str(fifo), "/dev/null", str(report), "--db", str(tmp_path / "z.duckdb"), "-v", timeout=120)
    assert r.returncode == 1, r.stdout + r.stderr
    failed = [ln for ln in r.stdout.splitlines() if ln.startswith("failed")]
    assert len(failed) == 2
    assert all("not a regular file" in ln for ln in failed)
    assert str(fifo) in failed[0] and "/dev/null" in failed[1]
    assert set(_integrity(tmp_path / "z.duckdb")) == {"report.txt"}
    r = _zhibiao("ingest", "/dev/null", "--db", str(tmp_path / "z.duckdb"))
    assert r.returncode == 1 and "not a regular file" in r.stdout


def test_ingest_reports_broken_symlink(tmp_path: Path) -> None:
    _need_ingest()
    link = tmp_path / "dangling.txt"
    link.symlink_to(tmp_path / "gone.txt")
    r = _zhibiao("ingest", str(link), "--db", str(tmp_path / "z.duckdb"), "-v")
    assert r.returncode == 1 and "broken symbolic link" in r.stdout


Run = subprocess.CompletedProcess[str]
N_CONTEND = 24  # files of 1 MB, one worker: an ingest of ~10 s


def _contend(tmp_path: Path, text: str) -> tuple[bool, Run, Run, Path, list[int]]:
    """Run an ingest and, while it writes, a reader, the dashboard's API and a second ingest on one database."""
    _need_ingest()
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(N_CONTEND):
        (folder / f"r{i}.txt").write_bytes(f"({i})".encode() + one_line(text, 1_000_000))
    db = tmp_path / "z.duckdb"
    env = {**os.environ, "COLUMNS": "400"}
    first = subprocess.Popen([str(ZHIBIAO), "ingest", str(folder), "--db", str(db), "--jobs", "1"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while not db.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)
        second = _zhibiao("ingest", str(folder / "r0.txt"), "--db", str(db))
        reader = _zhibiao("facts", "--db", str(db), "--limit", "3")
        web = _web_during(db)
        busy = first.poll() is None  # all ran while the first ingest was still writing
    finally:
        out, err = first.communicate(timeout=300)
    assert first.returncode == 0, out + err
    assert len(_integrity(db)) == N_CONTEND  # the first writer's batches are whole, nothing half-written
    return busy, second, reader, db, web


def _web_during(db: Path) -> list[int]:
    """Status codes of dashboard API requests made while the ingest runs."""
    from fastapi.testclient import TestClient

    from zhibiao.web.app import create_app

    with TestClient(create_app(db), base_url="http://127.0.0.1") as client:
        return [client.get(u).status_code for u in ("/api/overview", "/api/facts?limit=3", "/api/overview")]


@pytest.fixture(scope="module")
def contention(tmp_path_factory: pytest.TempPathFactory, text: str) -> tuple[bool, Run, Run, Path, list[int]]:
    return _contend(tmp_path_factory.mktemp("contend"), text)


def test_second_writer_fails_clearly(contention: tuple[bool, Run, Run, Path, list[int]]) -> None:
    """Two ingests never interleave: the second exits at once with a clear message, no damage."""
    busy, second, reader, db, _web = contention
    for r in (second, reader):
        assert "Traceback" not in r.stdout + r.stderr
    if busy:
        assert second.returncode != 0
        assert "in use by another zhibiao process" in second.stdout + second.stderr
    assert _zhibiao("facts", "--db", str(db), "--limit", "3").returncode == 0  # readers work afterwards


def test_reader_works_during_ingest(contention: tuple[bool, Run, Run, Path, list[int]]) -> None:
    """`zhibiao facts` and the dashboard answer while an ingest is writing the same database."""
    busy, _second, reader, _db, web = contention
    assert busy and reader.returncode == 0, reader.stdout + reader.stderr
    assert web == [200, 200, 200]
