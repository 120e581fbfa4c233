"""The DuckDB store: schema, migrations, idempotent transactional ingest, queries, search, exports."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import duckdb_writer
from zhibiao.errors import ZhibiaoInputError
from zhibiao.model import (
    ExtractionResult,
    Fact,
    GlossaryEntry,
    Mention,
    Quantity,
    Report,
    ReportMeta,
    ReportResult,
    Section,
    Session,
    Source,
    Span,
)
from zhibiao.normalize import NormalizedText, OffsetMap
from zhibiao.store import MIGRATIONS, SCHEMA_VERSION, Store, StoreLockedError, connect, readable
from zhibiao.store.ingest import ingest_iter
from zhibiao.store.query import QueryError, resolve_region
from zhibiao.store.reextract import reextract_iter
from zhibiao.store.rows import result_frames
from zhibiao.store.search import bigrams

# Short real sentences in the style of the corpus (government work reports).
REPORT_A = (
    "遂宁市安居区2025年政府工作报告\n"
    "一、2024年工作回顾\n"
    "2024年,全区地区生产总值增长6.1%,规模以上工业增加值增长8.2%。\n"
    "二、2025年主要目标\n"
    "地区生产总值增长6.5%左右,城镇调查失业率控制在5.5%以内,发展氢能产业,培育新质生产力。\n"
    "名词解释\n1.新质生产力:由技术革命性突破催生的先进生产力。\n"
)
REPORT_B = (
    "济南市2025年政府工作报告\n"
    "2024年,全市地区生产总值达到13527.6亿元,增长5.7%,居民人均可支配收入增长5%。\n"
    "2025年全市经济社会发展的主要预期目标是:地区生产总值增长5.5%—6%,居民收入增长与经济增长同步。\n"
)


def _f(text: str, phrase: str, **kw: object) -> Fact:
    """A fact whose span is ``phrase``'s place in ``text``."""
    start = text.index(phrase)
    defaults: dict[str, object] = {
        "value_high": None, "unit": "%", "qualifier": "exact", "confidence": 0.9, "indicator_name": None,
    }  # fmt: skip
    defaults.update(kw)
    return Fact(span=Span(start, start + len(phrase)), text=phrase, **defaults)  # type: ignore[arg-type]


def make_result(name: str, text: str, meta: ReportMeta, facts: list[Fact], encoding: str = "utf-8",
                mentions: list[Mention] | None = None) -> ExtractionResult:  # fmt: skip
    """An ExtractionResult for a one-report file, built from the model types (no pipeline needed)."""
    raw = text.encode(encoding)
    src = Source(path=f"/in/{name}", name=name, raw=raw, text=text, encoding=encoding)
    doc = NormalizedText(text, OffsetMap.identity(len(text)), text)
    review = text.find("一、")
    sections = [Section("review", "2024年工作回顾", Span(max(review, 0), len(text) // 2), 1)]
    g = text.find("1.新质生产力")
    entry = GlossaryEntry(1, "新质生产力", "由技术革命性突破催生的先进生产力", Span(max(g, 0), len(text)))
    glossary = [entry] if g >= 0 else []
    report = Report(1, meta, text, 0, doc, src, sections, glossary)
    return ExtractionResult(src, [ReportResult(report, facts, mentions or [])])


def meta(region: str, code: str, level: str, year: int) -> ReportMeta:
    return ReportMeta(
        f"{region}{year}年政府工作报告", region, code, level,  # type: ignore[arg-type]
        "government_work_report", year, year - 1, year, f"{year}-01-20", Session(5, 5),
    )  # fmt: skip


def result_a() -> ExtractionResult:
    t = REPORT_A
    q = Quantity(Decimal("8.2"), None, "%", "exact", "up", Span(0, 4), "增长8.2%", "growth")
    ph = "规模以上工业增加值增长8.2%"
    mention = Mention("规模以上工业增加值", q, "actual", Span(t.index(ph), t.index(ph) + len(ph)), ph)
    return make_result("a.txt", t, meta("遂宁市安居区", "510904", "county", 2025), [
        _f(t, "地区生产总值增长6.1%", indicator="gdp", role="actual", period=2024, measure="growth",
           value=Decimal("6.1")),
        _f(t, "地区生产总值增长6.5%左右", indicator="gdp", role="target", period=2025, measure="growth",
           value=Decimal("6.5"), qualifier="around", indicator_name="地区生产总值"),
        _f(t, "城镇调查失业率控制在5.5%以内", indicator="surveyed_unemployment", role="target", period=2025,
           measure="rate", value=Decimal("5.5"), qualifier="at_most"),
    ], mentions=[mention])  # fmt: skip


def result_b(encoding: str = "utf-8") -> ExtractionResult:
    t = REPORT_B
    return make_result("b.txt", t, meta("济南市", "370100", "prefecture", 2025), [
        _f(t, "地区生产总值达到13527.6亿元", indicator="gdp", role="actual", period=2024, measure="level",
           value=Decimal("13527.6"), unit="亿元"),
        _f(t, "增长5.7%", indicator="gdp", role="actual", period=2024, measure="growth",
           value=Decimal("5.7")),
        _f(t, "地区生产总值增长5.5%—6%", indicator="gdp", role="target", period=2025, measure="growth",
           value=Decimal("5.5"), value_high=Decimal("6"), qualifier="range"),
        _f(t, "居民收入增长与经济增长同步", indicator="disposable_income", role="target", period=2025,
           measure="growth", value=None, unit=None, qualifier="qualitative"),
    ], encoding=encoding)  # fmt: skip


FIXTURES = {"a.txt": result_a, "b.txt": result_b}


def fake_extract(path: Path) -> ExtractionResult:
    """Stand-in for the pipeline: known names give fixtures, anything else is a bad input."""
    if path.name in FIXTURES:
        return FIXTURES[path.name]()
    raise ZhibiaoInputError(str(path), "not a report")


@pytest.fixture
def files(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(REPORT_A, encoding="utf-8")
    (d / "b.txt").write_text(REPORT_B, encoding="utf-8")
    return d


def _ingest(db: Path, paths: list[Path]) -> list[str]:
    from zhibiao.store.paths import expand_paths

    with connect(db) as con:
        return [o.status for o in ingest_iter(con, expand_paths(paths), extract=fake_extract)]


def test_ingest_is_idempotent_and_counts_rows(tmp_path: Path, files: Path) -> None:
    db = tmp_path / "z.duckdb"
    assert _ingest(db, [files]) == ["ingested", "ingested"]
    before = Store(db).counts()
    assert before["documents"] == 2 and before["reports"] == 2 and before["facts"] == 7
    assert before["mentions"] == 1 and before["glossary"] == 1 and before["sections"] == 2
    assert _ingest(db, [files, files / "a.txt"]) == ["skipped", "skipped"]
    assert Store(db).counts() == before


def test_values_are_exact_decimals_and_offsets_bytes(tmp_path: Path, files: Path) -> None:
    db = tmp_path / "z.duckdb"
    _ingest(db, [files])
    with connect(db, read_only=True) as con:
        typ = con.execute(
            "SELECT data_type FROM duckdb_columns() WHERE table_name = 'facts' AND column_name = 'value'"
        )
        assert typ.fetchone()[0] == "DECIMAL(38,10)"
        v, s, e, bs, be, text = con.execute(
            "SELECT value, start_char, end_char, byte_start, byte_end, text FROM facts WHERE unit = '亿元'"
        ).fetchone()
    assert v == Decimal("13527.6")
    raw = REPORT_B.encode("utf-8")
    assert REPORT_B[s:e] == text and raw[bs:be].decode("utf-8") == text


def test_jsonl_export_has_exactly_the_fact_record_shape(tmp_path: Path, files: Path) -> None:
    db = tmp_path / "z.duckdb"
    _ingest(db, [files])
    out = tmp_path / "facts.jsonl"
    Store(db).export(out, "jsonl")
    got = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    want = result_a().fact_records() + result_b().fact_records()
    assert {(g.pop("review"), g.pop("reviewer")) for g in got} == {("machine", None)}  # nothing reviewed yet
    assert got == want
    assert list(got[0]) == list(want[0])
    assert len({g["fact_id"] for g in got}) == len(got)


def test_one_transaction_per_file_rolls_back_a_failed_write(tmp_path: Path, files: Path) -> None:
    db = tmp_path / "z.duckdb"
    bad = result_a()
    bad.reports[0].facts.append(_f(REPORT_A, "6.5%", indicator=None, role="target", period=2025,
                                   measure="growth", value=Decimal("6.5")))  # fmt: skip  # NOT NULL
    from zhibiao.store.write import store_result

    with connect(db) as con:
        with pytest.raises(duckdb.ConstraintException):
            store_result(con, bad, "x" * 64)
        for t in ("documents", "reports", "facts", "ngrams"):
            assert con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] == 0


def test_failed_inputs_are_reported_and_the_rest_stored(tmp_path: Path, files: Path) -> None:
    (files / "junk.bin").write_bytes(b"\x89PNG\r\n\x1a\n")
    db = tmp_path / "z.duckdb"
    from zhibiao.store.paths import expand_paths

    with connect(db) as con:
        outs = list(ingest_iter(con, [*expand_paths([files]), "nothing/here*.txt"], extract=fake_extract))
    assert [(Path(o.path).name, o.status) for o in outs] == [
        ("a.txt", "ingested"), ("b.txt", "ingested"), ("junk.bin", "failed"), ("here*.txt", "failed"),
    ]  # fmt: skip
    assert outs[2].reason == "not a report"
    assert Store(db).counts()["documents"] == 2


def test_facts_filters_and_region_resolution(tmp_path: Path, files: Path) -> None:
    db = tmp_path / "z.duckdb"
    _ingest(db, [files])
    s = Store(db)
    assert set(s.facts(region="济南市")["indicator"]) == {"gdp", "disposable_income"}
    assert len(s.facts(region="济南")) == 4  # short name
    assert len(s.facts(region="370100")) == 4  # code
    assert len(s.facts(region="安居区", role="target")) == 2  # short name of a county
    assert len(s.facts(region="四川")) == 0
    assert len(s.facts(role="target", year=2025, indicator="gdp")) == 2
    assert len(s.facts(level="county")) == 3
    with connect(db, read_only=True) as con:
        assert resolve_region(con, "遂宁市安居区") == [("遂宁市安居区", "510904")]


def test_with_children_uses_the_code_prefix(tmp_path: Path, files: Path) -> None:
    db = tmp_path / "z.duckdb"
    _ingest(db, [files])
    child = make_result("c.txt", "历下区2025年政府工作报告\n地区生产总值增长6%。\n",
                        meta("济南市历下区", "370102", "county", 2025), [])  # fmt: skip
    from zhibiao.store.write import store_result

    with connect(db) as con:
        store_result(con, child, "c" * 64)
    s = Store(db)
    assert set(s.reports(region="济南市")["region"]) == {"济南市"}
    assert set(s.reports(region="济南市", with_children=True)["region"]) == {"济南市", "济南市历下区"}
    assert set(s.reports(region="370100", with_children=True)["region"]) == {"济南市", "济南市历下区"}
    assert set(s.reports(region="3701", with_children=True)["region"]) == {"济南市", "济南市历下区"}
    assert set(s.reports(region="3701")["region"]) == {"济南市"}
    assert set(s.reports(region="370102")["region"]) == {"济南市历下区"}


@pytest.mark.parametrize(
    ("value", "high", "unit", "qual", "shown"),
    [
        (Decimal("7"), None, "%", "around", "7%左右"),
        (Decimal("6.5"), None, "%", "at_least", "≥6.5%"),
        (Decimal("5.5000000000"), None, "%", "at_most", "≤5.5%"),
        (Decimal("6"), Decimal("6.5"), "%", "range", "6%–6.5%"),
        (Decimal("571.02"), None, "亿元", "exact", "571.02亿元"),
        (Decimal("70.0000000000"), None, "万人", "exact", "70万人"),
        (Decimal("0.2"), None, "pp", "exact", "0.2个百分点"),
        (None, None, None, "qualitative", "(定性)"),
    ],
)
def test_readable_qualifiers(value: Decimal | None, high: Decimal | None, unit: str | None, qual: str,
                             shown: str) -> None:  # fmt: skip
    assert readable(value, high, unit, qual) == shown


def test_scorecard_puts_target_and_actual_side_by_side(tmp_path: Path, files: Path) -> None:
    db = tmp_path / "z.duckdb"
    _ingest(db, [files])
    card = Store(db).scorecard("济南市")
    row = card[(card.indicator == "gdp") & (card.measure == "growth") & (card.period == 2025)].iloc[0]
    assert row.target == "5.5%–6%"
    row = card[(card.indicator == "gdp") & (card.measure == "growth") & (card.period == 2024)].iloc[0]
    assert row.actual == "5.7%"


@pytest.mark.parametrize(("word", "n"), [("氢能", 1), ("新质生产力", 2), ("地区生产总值", 4), ("生产", 7),
                                         ("量子计算", 0), ("同", 1), ("5.5%", 2)])  # fmt: skip
def test_search_finds_short_words_and_long_phrases(tmp_path: Path, files: Path, word: str, n: int) -> None:
    db = tmp_path / "z.duckdb"
    _ingest(db, [files])
    hits = Store(db).search(word, context=5)
    assert len(hits) == n
    for h in hits.itertuples():
        assert h.match == word and len(h.before) <= 5


def test_search_uses_the_bigram_index(tmp_path: Path, files: Path) -> None:
    db = tmp_path / "z.duckdb"
    _ingest(db, [files])
    with connect(db) as con:  # an index without the phrase's bigrams finds nothing, proving it is used
        con.execute("DELETE FROM ngrams WHERE doc_id = (SELECT id FROM documents WHERE name = 'a.txt')")
    assert len(Store(db).search("氢能")) == 0


def test_sql_is_read_only(tmp_path: Path, files: Path) -> None:
    db = tmp_path / "z.duckdb"
    _ingest(db, [files])
    s = Store(db)
    assert s.sql("SELECT count(*) AS n FROM targets")["n"][0] == 4
    for bad in ("DELETE FROM facts", "SELECT 1; DROP TABLE facts", "ATTACH 'x.db'", "COPY facts TO 'x.csv'",
                "INSTALL fts"):  # fmt: skip
        with pytest.raises(QueryError, match=r"read-only|refused"):
            s.sql(bad)
    assert s.counts()["facts"] == 7


def test_second_writer_gets_a_clear_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, holder) -> None:
    """A process holding DuckDB's lock: opens wait ``$ZHIBIAO_LOCK_TIMEOUT`` seconds, then say who holds it."""
    monkeypatch.setenv("ZHIBIAO_LOCK_TIMEOUT", "0.5")
    db = tmp_path / "z.duckdb"
    connect(db).close()
    proc = holder(duckdb_writer(db))
    t0 = time.monotonic()
    with pytest.raises(StoreLockedError) as ei:
        connect(db)
    assert 0.4 <= time.monotonic() - t0 < 5  # it waited for the lock, then gave up
    assert f"database {db} is in use by another zhibiao process (pid {proc.pid})" in str(ei.value)
    with pytest.raises(StoreLockedError):
        Store(db).facts()
    proc.communicate("")
    assert connect(db, read_only=True).execute("SELECT count(*) FROM facts").fetchone() == (0,)


def test_old_database_is_migrated_forward(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    from zhibiao.store.schema import migrate, schema_version

    assert migrate(con, str(db), target=1) == 1
    con.execute("INSERT INTO documents (name, sha256, bytes, ingested_at) VALUES ('x', 'y', 1, now())")
    con.close()
    with connect(db, read_only=True) as ro:  # even a read-only open brings it forward
        assert schema_version(ro) == SCHEMA_VERSION == len(MIGRATIONS)
        assert ro.execute("SELECT count(*) FROM ngrams").fetchone() == (0,)
        assert ro.execute("SELECT name FROM documents").fetchall() == [("x",)]


def test_newer_database_is_refused(tmp_path: Path) -> None:
    from zhibiao.store.schema import SchemaTooNewError

    db = tmp_path / "new.duckdb"
    connect(db).execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'").close()
    with pytest.raises(SchemaTooNewError, match="newer"):
        connect(db)


def test_exports_keep_chinese(tmp_path: Path, files: Path) -> None:
    import openpyxl

    db = tmp_path / "z.duckdb"
    _ingest(db, [files])
    s = Store(db)
    s.export(tmp_path / "f.dta", "dta")
    df = pd.read_stata(tmp_path / "f.dta")
    assert "济南市" in set(df["region"]) and "地区生产总值增长6.5%左右" in set(df["text"])
    with pd.io.stata.StataReader(tmp_path / "f.dta") as rd:
        assert rd.variable_labels()["indicator"].startswith("headline indicator")
    s.export(tmp_path / "r.dta", "dta", table="reports")  # long texts become strL
    assert pd.read_stata(tmp_path / "r.dta")["text"].str.contains("氢能").any()
    s.export(tmp_path / "f.xlsx", "xlsx")
    ws = openpyxl.load_workbook(tmp_path / "f.xlsx").active
    cells = {c.value for row in ws.iter_rows() for c in row}
    assert "遂宁市安居区" in cells and 13527.6 in cells
    s.export(tmp_path / "f.csv", "csv")
    assert (tmp_path / "f.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert "居民收入增长与经济增长同步" in (tmp_path / "f.csv").read_text(encoding="utf-8-sig")
    s.export(tmp_path / "f.parquet", "parquet", table="glossary")
    assert pd.read_parquet(tmp_path / "f.parquet")["term"].tolist() == ["新质生产力"]
    for t in ("reports", "mentions", "sections", "documents"):
        assert s.export(tmp_path / f"{t}.jsonl", "jsonl", table=t) > 0


def test_result_frames_flatten_the_section_tree() -> None:
    r = result_a()
    child = Section("targets", "(一)目标", Span(5, 9), 2)
    top = [Section("review", "一、回顾", Span(0, 10), 1, (child,)), Section("other", "二", Span(10, 20))]
    r.reports[0].report.sections = top
    secs = result_frames(7, r)["sections"].select(["section", "parent", "depth"]).to_pylist()
    assert [list(s.values()) for s in secs] == [[1, None, 1], [2, 1, 2], [3, None, 1]]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="氢能新质生产力地区总值增长ab12%,。 \n", min_size=0, max_size=40), st.data())
def test_bigrams_of_a_substring_are_a_subset(text: str, data: st.DataObject) -> None:
    """Search soundness: a phrase's bigrams all occur in any text containing the phrase."""
    i = data.draw(st.integers(0, len(text)))
    j = data.draw(st.integers(i, len(text)))
    assert set(bigrams(text[i:j]).tolist()) <= set(bigrams(text).tolist())


def test_connections_never_download_extensions(tmp_path: Path) -> None:
    with connect(tmp_path / "z.duckdb") as con:
        assert con.execute("SELECT current_setting('autoinstall_known_extensions')").fetchone() == (False,)
        assert con.execute("SELECT current_setting('autoload_known_extensions')").fetchone() == (False,)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="地区a1%,。\n𠀀é", max_size=30), st.lists(st.integers(0, 30), max_size=12),
       st.sampled_from(["utf-8", "gb18030", "utf-16-le"]))  # fmt: skip
def test_incremental_byte_offsets_match_the_source(text: str, offsets: list[int], encoding: str) -> None:
    from zhibiao.store.rows import _ByteOffsets

    src = Source("x", "x", text.encode(encoding), text, encoding)
    at = _ByteOffsets(src)
    for o in offsets:
        o = min(o, len(text))
        assert at(o) == src.byte_offset(o)


@pytest.mark.parametrize("jobs", [1, 2])
def test_duplicates_within_a_batch_are_extracted_once(tmp_path: Path, files: Path, jobs: int) -> None:
    (files / "a2.txt").write_text(REPORT_A, encoding="utf-8")  # fake_extract would fail on this name
    (files / "junk.bin").write_bytes(b"\x00\x01")
    (files / "junk2.bin").write_bytes(b"\x00\x01")
    from zhibiao.store.paths import expand_paths

    with connect(tmp_path / "z.duckdb") as con:
        outs = list(ingest_iter(con, expand_paths([files]), extract=fake_extract, jobs=jobs))
    assert [(Path(o.path).name, o.status) for o in outs] == [
        ("a.txt", "ingested"), ("a2.txt", "skipped"), ("b.txt", "ingested"), ("junk.bin", "failed"),
        ("junk2.bin", "failed"),
    ]  # fmt: skip
    assert outs[1].reason == "already stored (as a.txt)"


def test_ingest_lock_is_exclusive_and_names_its_holder(tmp_path: Path, holder) -> None:
    """Two ingests never interleave batches: the second fails at once, naming the first one's pid."""
    from zhibiao.store.connect import ingest_lock, ingest_pid

    db = tmp_path / "z.duckdb"
    proc = holder(f"from zhibiao.store.connect import ingest_lock\n"
                  f"held = ingest_lock({str(db)!r}); held.__enter__(); print('ready', flush=True)")  # fmt: skip
    assert ingest_pid(db) == proc.pid  # readers see an ingest is running
    with pytest.raises(StoreLockedError, match=f"in use by another zhibiao process \\(pid {proc.pid}\\)"):
        with ingest_lock(db):
            pass
    proc.communicate("")
    assert ingest_pid(db) is None
    with ingest_lock(db):  # released with its holder
        assert ingest_pid(db) is None  # our own lock is not "another" ingest


def test_web_connection_is_let_go_while_an_ingest_runs(tmp_path: Path) -> None:
    """The dashboard keeps its read connection between requests, except while an ingest needs the file."""
    from zhibiao.store.connect import lock_path
    from zhibiao.web.db import ReadOnlyDB

    db = tmp_path / "z.duckdb"
    connect(db).close()
    ro = ReadOnlyDB(db, idle_seconds=60)
    try:
        with ro.cursor() as cur:
            cur.execute("SELECT count(*) FROM facts").fetchone()
        assert ro._con is not None
        sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
        try:
            lock_path(db).write_text(str(sleeper.pid))  # what a running ingest's lock file holds
            with ro.cursor() as cur:
                cur.execute("SELECT count(*) FROM facts").fetchone()
            assert ro._con is None
            with connect(db, wait=0) as rw:  # so a writer can open the file at once
                rw.execute("SELECT 1")
        finally:
            sleeper.kill()
    finally:
        ro.close()


def test_a_table_of_notes_is_not_stored_as_a_report(tmp_path: Path) -> None:
    """A file with no year and not one figure is refused; a short report with a year is kept."""
    notes = tmp_path / "SOURCES.tsv"
    notes.write_text("文件\t来源\t地区\n一号文件\t网站抓取\t沈阳市\n二号文件\t人工录入\t济南市\n", encoding="utf-8")
    short = tmp_path / "short.txt"
    short.write_text("2025年政府工作报告\n各位代表：现在，我代表市人民政府向大会报告工作，请予审议。\n",
                     encoding="utf-8")
    summary = Store(tmp_path / "z.duckdb").ingest([notes, short])
    got = {Path(o.path).name: (o.status, o.reason) for o in summary.outcomes}
    assert got["SOURCES.tsv"][0] == "failed" and "no report found" in got["SOURCES.tsv"][1]
    assert got["short.txt"][0] == "ingested"


def test_rows_built_report_by_report_equal_the_whole_file(corpus_files: list[Path]) -> None:
    """The ingest streams a file's reports into rows (Arrow tables every ``chunk`` rows, each
    report's fact objects dropped once added): the rows must not depend on how they were chunked."""
    from zhibiao import pipeline, sources
    from zhibiao.store.rows import _Rows, payload_of
    from zhibiao.store.workers import _extract_file

    path = max(corpus_files, key=lambda f: len(pipeline.read(f)))  # the compilation of city reports
    result = pipeline.extract(path)
    assert len(result.reports) > 3
    small = _Rows(0, result.source, chunk=97)  # several Arrow parts per table
    for rr in pipeline.iter_extract_source(sources.load(path)):
        small.add(rr)
    whole, chunked = result_frames(0, result), small.frames()
    for table, rows in whole.items():
        assert chunked[table].to_pylist() == rows.to_pylist(), table
    assert len(chunked["facts"].to_pylist()) > 97  # the facts did span several parts
    streamed, listed = _extract_file(path), payload_of(result, str(path.resolve()))
    assert not isinstance(streamed, str)
    assert streamed.n_reports == listed.n_reports == len(result.reports)
    for table, rows in listed.frames.items():
        assert streamed.frames[table].to_pylist() == rows.to_pylist(), table


def test_stream_extraction_refuses_a_file_without_a_report(tmp_path: Path) -> None:
    """The streaming worker gives the same reasons as the list one: a notes file is not a report."""
    from zhibiao.store.rows import NO_CONTENT
    from zhibiao.store.workers import _extract_file

    notes = tmp_path / "SOURCES.tsv"
    notes.write_text("file\tsource\nabc.txt\thttps://example.gov.cn/a\n", encoding="utf-8")
    assert _extract_file(notes) == NO_CONTENT
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert isinstance(_extract_file(empty), str)


def _table_rows(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every stored row, but the ingest time, version and (see ``_stored_bytes``) bytes, in a stable order."""
    with duckdb.connect(str(db), read_only=True) as con:
        out = {}
        for t in ("documents", "reports", "sections", "glossary", "facts", "mentions", "ngrams", "meta"):
            cols = [c[0] for c in con.execute(f"DESCRIBE {t}").fetchall()
                    if c[0] not in ("ingested_at", "path") and (t, c[0]) != ("documents", "raw")]  # fmt: skip
            out[t] = con.execute(f"SELECT {', '.join(cols)} FROM {t} ORDER BY ALL").fetchall()
        return out


def _stored_bytes(db: Path) -> dict[str, bytes | None]:
    """Each document's stored bytes by name, from ``documents.raw`` or its parts."""
    from zhibiao.store import document_bytes

    with duckdb.connect(str(db), read_only=True) as con:
        return {name: document_bytes(con, i) for i, name in con.execute("SELECT id, name FROM documents").fetchall()}


def test_big_files_are_stored_report_by_report_with_the_same_rows(
    tmp_path: Path, corpus_files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file over BIG_FILE is extracted by the writer and stored a chunk at a time: same rows,
    and its bytes, kept in parts, read back whole."""
    from zhibiao.store import bigfile as ing

    files = sorted((corpus_files[0].parent).glob("*.txt"))
    list(ingest_iter(ing.WriteSession(tmp_path / "batch.duckdb"), files))
    monkeypatch.setattr(ing, "BIG_FILE", 0)
    monkeypatch.setattr(ing, "STREAM_CHUNK", 200)  # many small chunks
    monkeypatch.setattr(ing, "PART_BYTES", 1000)  # and many transactions of parts
    session = ing.WriteSession(tmp_path / "big.duckdb", renew_bytes=100_000)  # renewed between chunks
    outs = list(ingest_iter(session, files, jobs=2))
    assert [o.status for o in outs] == ["ingested"] * len(files)
    assert _table_rows(tmp_path / "big.duckdb") == _table_rows(tmp_path / "batch.duckdb")
    assert _stored_bytes(tmp_path / "big.duckdb") == _stored_bytes(tmp_path / "batch.duckdb") == {
        f.name: f.read_bytes() for f in files
    }
    with duckdb.connect(str(tmp_path / "big.duckdb"), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM documents WHERE raw IS NOT NULL").fetchone() == (0,)
        parts = con.execute("SELECT max(part) + 1, max(octet_length(raw)) FROM document_parts").fetchone()
        assert parts[0] > ing._PARTS_PER_COMMIT and parts[1] == 1000
    before = _table_rows(tmp_path / "big.duckdb")
    with connect(tmp_path / "big.duckdb") as con:  # re-extraction reads the parts back, a block at a time
        again = list(reextract_iter(con))
    assert [o.status for o in again] == ["ingested"] * len(files)
    assert [o.facts for o in again] == [o.facts for o in outs]
    after = _table_rows(tmp_path / "big.duckdb")
    assert {t: r for t, r in after.items() if t not in ("facts", "mentions")} == {
        t: r for t, r in before.items() if t not in ("facts", "mentions")}  # fmt: skip
    for t in ("facts", "mentions"):  # the same rows under new ids
        assert sorted((r[1:] for r in after[t]), key=repr) == sorted((r[1:] for r in before[t]), key=repr), t


def test_big_text_files_read_in_small_pieces_give_the_batch_rows(
    tmp_path: Path, corpus_files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A big plain-text file is decoded, normalised and located a piece at a time (``TextFile``):
    pieces far smaller than the reports, reads and byte marks too, still give the batch's rows."""
    from zhibiao.normalize import steps
    from zhibiao.sources import text
    from zhibiao.store import bigfile as ing

    files = sorted((corpus_files[0].parent).glob("*.txt"))
    list(ingest_iter(ing.WriteSession(tmp_path / "batch.duckdb"), files))
    for mod, name, value in [(ing, "BIG_FILE", 0), (steps, "BLOCK", 3000), (text, "_READ_BYTES", 777),
                             (text, "_MARK", 64)]:  # fmt: skip
        monkeypatch.setattr(mod, name, value)
    outs = list(ingest_iter(ing.WriteSession(tmp_path / "big.duckdb"), files))
    assert [o.status for o in outs] == ["ingested"] * len(files)
    assert _table_rows(tmp_path / "big.duckdb") == _table_rows(tmp_path / "batch.duckdb")
    assert _stored_bytes(tmp_path / "big.duckdb") == _stored_bytes(tmp_path / "batch.duckdb")


def test_a_big_file_that_changes_while_stored_is_refused(
    tmp_path: Path, corpus_files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bytes are read again for ``document_parts``: if they changed, nothing of the file stays."""
    from zhibiao import pipeline
    from zhibiao.store import bigfile as ing

    big = tmp_path / corpus_files[0].name
    big.write_bytes(corpus_files[0].read_bytes())
    monkeypatch.setattr(ing, "BIG_FILE", 0)
    real = pipeline.iter_extract_normalized

    def edited(doc, source):  # type: ignore[no-untyped-def]
        yield from real(doc, source)
        big.write_bytes(big.read_bytes() + "\n本文件在读取后被修改。\n".encode())

    monkeypatch.setattr(pipeline, "iter_extract_normalized", edited)
    (out,) = ingest_iter(ing.WriteSession(tmp_path / "s.duckdb"), [big])
    assert out.status == "failed" and out.reason == "the file changed while it was being ingested"
    rows = _table_rows(tmp_path / "s.duckdb")
    assert not any(rows[t] for t in ("documents", "reports", "facts", "mentions", "ngrams"))
    assert not [k for k, _ in rows["meta"] if k.startswith(ing.PENDING)]
    with duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM document_parts").fetchone() == (0,)


class _Killed(BaseException):
    """Stands for the process being killed in the middle of a big file."""


def test_a_big_file_that_fails_midway_leaves_nothing(
    tmp_path: Path, corpus_files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from zhibiao import pipeline
    from zhibiao.store import bigfile as ing

    big = max(corpus_files, key=lambda f: len(pipeline.read(f)))  # several reports
    monkeypatch.setattr(ing, "BIG_FILE", 0)
    monkeypatch.setattr(ing, "STREAM_CHUNK", 50)
    real = pipeline.iter_extract_normalized

    def failing(doc, source, exc):  # type: ignore[no-untyped-def]
        for i, rr in enumerate(real(doc, source)):
            if i == 2:
                raise exc
            yield rr

    db = tmp_path / "s.duckdb"
    monkeypatch.setattr(pipeline, "iter_extract_normalized", lambda d, s: failing(d, s, RuntimeError("boom")))
    (out,) = ingest_iter(ing.WriteSession(db), [big])
    assert out.status == "failed" and "internal error: RuntimeError: boom" in out.reason
    empty = {t: [] for t in ("documents", "reports", "sections", "glossary", "facts", "mentions", "ngrams")}
    assert {t: r for t, r in _table_rows(db).items() if t != "meta"} == empty
    # killed mid-file: chunks already committed stay until the next writer clears them
    monkeypatch.setattr(pipeline, "iter_extract_normalized", lambda d, s: failing(d, s, _Killed()))
    with pytest.raises(_Killed):
        list(ingest_iter(ing.WriteSession(db), [big]))
    left = _table_rows(db)
    assert left["facts"] and not left["documents"]
    assert [k for k, _ in left["meta"] if k.startswith(ing.PENDING)]
    monkeypatch.setattr(pipeline, "iter_extract_normalized", real)
    (out,) = ingest_iter(ing.WriteSession(db), [big])
    assert out.status == "ingested"
    rows = _table_rows(db)
    assert not [k for k, _ in rows["meta"] if k.startswith(ing.PENDING)]
    with duckdb.connect(str(db), read_only=True) as con:  # no row of the killed attempt is left
        assert con.execute("SELECT count(DISTINCT doc_id) FROM facts").fetchone() == (1,)
        assert con.execute("SELECT count(*) FROM facts WHERE doc_id NOT IN (SELECT id FROM documents)"
                           ).fetchone() == (0,)
