"""Policy language over time (issue 9): term frequencies, first use, diffusion, new terms, glossary."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import zhibiao
import zhibiao.cli.main  # registers every command
from zhibiao.analysis.glossary import definitions_agree, glossary_dictionary, glossary_entries, term_key
from zhibiao.analysis.terms import (
    TermCounter,
    candidates,
    diffusion,
    first_use,
    load_terms_file,
    new_terms,
    normalize_term,
    parse_years,
    term_counts,
    terms,
)
from zhibiao.cli.app import app
from zhibiao.store import connect

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus"
PAIRS = SHARED / "corpus_pairs"
runner = CliRunner()


# -- counting engine (no corpus needed) -------------------------------------------------------------
@pytest.mark.parametrize("engine", ["count", "ac", "regex"])
def test_counter_matches_str_count_on_real_sentence(engine: str) -> None:
    text = "大力发展数字经济和低空经济,推动数字经济发展,培育新质生产力,发展低空经济产业。"
    tl = ["数字经济", "经济", "低空经济", "经济发展", "新质生产力", "发展", "人工智能"]
    assert TermCounter(tl, engine=engine).counts(text) == [text.count(t) for t in tl]


@settings(max_examples=150, deadline=None)
@given(
    st.text(alphabet="数字经济发展哈", max_size=60),
    st.lists(st.text(alphabet="数字经济发展哈", min_size=1, max_size=4), min_size=1, max_size=8, unique=True),
    st.sampled_from(["count", "ac", "regex"]),
)
def test_counter_is_str_count(text: str, tl: list[str], engine: str) -> None:
    """Whatever the engine, each term counts like str.count (overlaps, containment, self-overlap)."""
    assert TermCounter(tl, engine=engine).counts(text) == [text.count(t) for t in tl]


def test_normalize_term_folds_traditional_and_fullwidth() -> None:
    assert normalize_term("數字經濟") == "数字经济"
    assert normalize_term(" ＡＩ＋ ") == "AI+"


def test_parse_years() -> None:
    assert parse_years("2015-2026") == (2015, 2026)
    assert parse_years("2024") == (2024, 2024)
    assert parse_years(None) is None
    with pytest.raises(zhibiao.errors.ZhibiaoError):
        parse_years("last year")


def test_terms_file(tmp_path: Path) -> None:
    f = tmp_path / "words.txt"
    f.write_text("# attention index\n数字经济\t1\n\n低空经济,2\n新质生产力  # core\n", encoding="utf-8")
    assert load_terms_file(f) == ["数字经济", "低空经济", "新质生产力"]


def test_candidates_quoted_and_numbered_slogans() -> None:
    text = "坚定实施“1336”发展战略,构建“2+2+1”现代工业产业体系,积极争取“两重”项目,开展“人工智能+”行动。2024年"
    c = candidates(text)
    assert c["“1336”发展战略"] == "slogan"
    assert c["“2+2+1”现代工业产业体系"] == "slogan"
    assert c["“两重”"] == "quoted"
    assert c["“人工智能+”"] == "quoted"
    assert "“1336”" not in c  # the bare code is part of its slogan


def test_glossary_key_and_agreement() -> None:
    assert term_key("“1336”发展战略") == term_key("“1336”战略部署") == "1336"
    assert term_key("新时代“枫桥经验”") == term_key("枫桥经验") == "枫桥经验"
    assert term_key("两新") == "两新"
    assert definitions_agree("指大规模设备更新和消费品以旧换新。", "推动新一轮大规模设备更新和消费品以旧换新。")
    assert definitions_agree("指智能化改造和数字化转型。", "智能化改造和数字化转型。")
    assert not definitions_agree("江东商圈、鹤鸣商圈、安汉商圈。", "养老保险、医疗保险、失业保险。")


# -- on a store of the real corpus ------------------------------------------------------------------
@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> zhibiao.api.Database:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is missing")
    path = tmp_path_factory.mktemp("terms") / "t.duckdb"
    d = zhibiao.open(path)
    files = sorted(CORPUS.glob("*.txt")) + sorted(PAIRS.glob("*.txt"))
    summary = d.ingest(files)
    assert not summary.failed
    return d


@pytest.fixture(scope="module")
def texts() -> dict[tuple[str, int], str]:
    """Normalised report texts read independently of the store: (file name, 1-based report) -> text."""
    out: dict[tuple[str, int], str] = {}
    for f in sorted(CORPUS.glob("*.txt")) + sorted(PAIRS.glob("*.txt")):
        for i, rep in enumerate(zhibiao.read(f), 1):
            out[(f.name, i)] = rep.text
    return out


def test_low_altitude_economy_per_report(db: zhibiao.api.Database, texts: dict[tuple[str, int], str]) -> None:
    per = db.terms("低空经济", by="report")
    got = {(r.doc, int(r.report)): int(r.count) for r in per.itertuples()}
    want = {k: t.count("低空经济") for k, t in texts.items()}
    assert got == want
    assert sum(v > 0 for v in want.values()) >= 3  # the term really is in several reports and not in others
    assert any(v == 0 for v in want.values())
    row = per[per["count"] > 0].iloc[0]
    assert row["rate"] == pytest.approx(row["count"] * 10_000 / row["chars"])


def test_by_region_matches_independent_count(
    db: zhibiao.api.Database, texts: dict[tuple[str, int], str]
) -> None:
    by = db.terms(["低空经济"], by="region")
    reports = db.reports()
    region_of = {(r.doc, int(r.report)): r.region for r in reports.itertuples()}
    want: dict[str, int] = {}
    for k, t in texts.items():
        want[region_of[k]] = want.get(region_of[k], 0) + t.count("低空经济")
    got = dict(zip(by["region"], by["occurrences"].astype(int), strict=True))
    assert got == want
    for r in by.itertuples():
        assert (r.reports_with > 0) == (want[r.region] > 0)
        assert 0 <= r.share <= 1


def test_traditional_source_counts_after_conversion(
    db: zhibiao.api.Database, texts: dict[tuple[str, int], str]
) -> None:
    raw = (CORPUS / "003_ee0cd8f568fba525.txt").read_text(encoding="utf-8", errors="replace")
    norm = texts[("003_ee0cd8f568fba525.txt", 1)]
    # the source writes 經(jīng)濟發(fā)展 (traditional, with pinyin); the store holds simplified text
    word = "经济发展"
    assert "經(jīng)濟" in raw and word not in raw
    per = term_counts(db, ["經濟發展"])  # a traditional query term is normalised too
    row = per[per["doc"] == "003_ee0cd8f568fba525.txt"]
    assert int(row["count"].iloc[0]) == norm.count(word) > 0


def test_aggregates_and_filters(db: zhibiao.api.Database) -> None:
    by_year = db.terms(["新质生产力", "低空经济"], by="year")
    assert set(by_year["term"]) == {"新质生产力", "低空经济"}
    assert {2024, 2025} <= {int(y) for y in by_year["year"].dropna()}
    lv = db.terms("新质生产力", by="level", level="county")
    assert list(lv["level"]) == ["county"]
    prov = db.terms("新质生产力", by="province", years="2024-2024")
    assert "四川省" in set(prov["province"]) and "辽宁省" in set(prov["province"])
    assert int(prov["reports"].sum()) == len(db.reports(year=2024))
    sub = db.terms("低空经济", by="region", parent="四川省")
    assert set(sub["region"]) <= {"遂宁市安居区", "南充市高坪区", "自贡市", "攀枝花市东区", "内江市"}
    con = connect(db.path, read_only=True)  # the functions also take a DuckDB connection
    try:
        assert terms(con, ["低空经济"], by="level").equals(db.terms("低空经济", by="level"))
    finally:
        con.close()


def test_first_use_and_diffusion(db: zhibiao.api.Database) -> None:
    fu = first_use(db, ["低空经济", "从未出现的词语"])
    lowalt = fu.set_index("term").loc["低空经济"]
    per = db.terms("低空经济", by="report")
    users = per[per["count"] > 0]
    assert int(lowalt["year"]) == int(users["year"].min())
    assert lowalt["region"] in set(users["region"])
    assert fu.set_index("term").loc["从未出现的词语", "reports"] == 0
    dif = diffusion(db, ["低空经济"])
    for _lv, g in dif.groupby("level"):
        g = g.sort_values("year")
        assert g["regions_using"].is_monotonic_increasing
        assert (g["share"] <= 1).all()
    nat = dif[(dif["level"] == "national")].set_index("year")
    assert nat.loc[2025, "share"] == 1.0


def test_glossary_two_new(db: zhibiao.api.Database) -> None:
    ent = glossary_entries(db, "两新")
    assert {d[:3] for d in ent["doc"]} == {"000", "001"}
    assert any("以旧换新" in d for d in ent["definition"])
    row = glossary_dictionary(db, "两新").iloc[0]
    assert row["regions"] == 2 and row["agree"] is not None and bool(row["agree"])


def test_glossary_1336_defined_differently(db: zhibiao.api.Database) -> None:
    d = db.glossary_dictionary("“1336”")
    assert len(d) == 1
    row = d.iloc[0]
    assert row["regions"] == 2 and not row["agree"] and row["meanings"] == 2
    full = db.glossary_dictionary()
    assert full["key"].is_unique and len(full) > 50
    assert {"两重", "智改数转", "专精特新"} <= set(full[full["agree"] == True]["key"])  # noqa: E712


def test_new_terms_2025(db: zhibiao.api.Database) -> None:
    nt = new_terms(db, 2025)
    assert not nt.empty
    top = set(nt.head(10)["term"])
    assert "“两重”" in top and "“两新”" in top
    assert "“1336”战略部署" in set(nt["term"]) or "“1336”发展战略" in set(nt["term"])
    assert nt["regions"].is_monotonic_decreasing
    # none of them occurs in an earlier report
    earlier = db.sql("SELECT text FROM reports WHERE report_year < 2025")["text"]
    for t in nt["term"].head(20):
        assert not any(t in x for x in earlier)
    assert "“一带一路”" not in set(nt["term"])  # used in 2024 already


# -- CLI ----------------------------------------------------------------------------------------------
def _run(*args: str) -> str:
    r = runner.invoke(app, list(args))
    assert r.exit_code == 0, r.output
    return r.output


def test_cli_terms_json_and_plot(db: zhibiao.api.Database, tmp_path: Path) -> None:
    out = _run("terms", "低空经济", "--by", "region", "--format", "json", "--db", str(db.path))
    rows = json.loads(out)
    assert {r["region"] for r in rows if r["occurrences"]} >= {"遂宁市安居区", "南充市高坪区", "全国"}
    png = tmp_path / "c.png"
    _run("terms", "低空经济", "新质生产力", "--plot", str(png), "-f", "csv", "--db", str(db.path))
    assert png.stat().st_size > 1000
    words = tmp_path / "w.txt"
    words.write_text("低空经济\n两新\n", encoding="utf-8")
    out = _run("terms", "--terms-file", str(words), "--by", "level", "-f", "csv", "--db", str(db.path))
    df = pd.read_csv(__import__("io").StringIO(out))
    assert set(df["term"]) == {"低空经济", "两新"}


def test_cli_glossary_new_terms_first_use(db: zhibiao.api.Database) -> None:
    out = _run("glossary", "1336", "--db", str(db.path))
    assert "defined differently" in out
    out = _run("glossary", "两新", "-f", "json", "--db", str(db.path))
    assert len(json.loads(out)) == 2
    out = _run("new-terms", "--year", "2025", "-n", "5", "-f", "json", "--db", str(db.path))
    assert len(json.loads(out)) == 5
    out = _run("first-use", "新质生产力", "-f", "json", "--db", str(db.path))
    assert json.loads(out)[0]["year"] == 2024
    out = _run("diffusion", "低空经济", "-f", "csv", "--db", str(db.path))
    assert out.startswith("term,level,year")
    r = runner.invoke(app, ["terms", "--db", str(db.path)])
    assert r.exit_code != 0
