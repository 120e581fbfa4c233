"""What a newcomer's mistakes and odd stores get from the CLI: a clear answer, never a traceback (issue 19).

Items 3 (LIST columns in output), 4 (a store without glossary), 5 (eval with a missing gold file),
7 (typos are errors with suggestions) and 8 (``--region`` matches one region; children on request).
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from pathlib import Path

import pytest

import zhibiao
from zhibiao.cli import main as cli_main

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus"
PAIRS = SHARED / "corpus_pairs"
F003 = "003_ee0cd8f568fba525.txt"
JINAN_2025 = "108_jinan_gwr_2025_targets_excerpt.txt"

if not CORPUS.is_dir():
    pytest.skip("../shared/corpus is missing", allow_module_level=True)


def cli(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    """Run ``zhibiao ARGS`` through the console script's entry point: (exit code, stdout, stderr)."""
    argv = sys.argv
    sys.argv = ["zhibiao", *map(str, args)]
    code = 0
    try:
        cli_main.app()
    except SystemExit as e:
        code = int(e.code or 0) if not isinstance(e.code, str) else 1
    finally:
        sys.argv = argv
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


@pytest.fixture(scope="module")
def dev(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The dev corpus (both folders) in a store."""
    path = tmp_path_factory.mktemp("dev") / "dev.duckdb"
    assert zhibiao.open(path).ingest([str(CORPUS / "*.txt"), str(PAIRS / "*.txt")]).ok
    return path


@pytest.fixture(scope="module")
def flagged(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store whose one report states a gap that does not add up (003 with 0.2 altered to 0.4)."""
    tmp = tmp_path_factory.mktemp("flagged")
    t3 = (CORPUS / F003).read_text("utf-8")
    (tmp / "alt_003.txt").write_text(re.sub(r"\(6\.5%\)0\.2", "(6.5%)0.4", t3, count=1), "utf-8")
    path = tmp / "f.duckdb"
    d = zhibiao.open(path)
    assert d.ingest([tmp / "alt_003.txt"]).ok
    assert len(d.checks(refresh=True)) >= 1
    return path


@pytest.fixture(scope="module")
def no_glossary(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of one report without a 名词解释 section."""
    path = tmp_path_factory.mktemp("nogloss") / "g.duckdb"
    d = zhibiao.open(path)
    assert d.ingest([PAIRS / JINAN_2025]).ok
    assert d.counts()["glossary"] == 0
    return path


# -- item 3: LIST columns -----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl", "table"])
def test_check_prints_its_fact_id_lists_in_every_format(capsys, flagged: Path, fmt: str) -> None:
    code, out, _ = cli(capsys, "check", "--format", fmt, "--db", flagged)
    assert code == 0
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert rows and all(isinstance(json.loads(r["fact_ids"]), list) for r in rows)
    elif fmt == "json":
        rows = json.loads(out)
        assert rows and all(isinstance(r["fact_ids"], list) for r in rows)
        assert all(isinstance(i, int) for r in rows for i in r["fact_ids"])
    elif fmt == "jsonl":
        assert all(isinstance(json.loads(line)["fact_ids"], list) for line in out.splitlines())
    else:
        assert "1 flags" in out and "0.4个百分点" in out


def test_sql_prints_lists_and_structs(capsys, flagged: Path) -> None:
    q = "SELECT [1, 2] AS x, {'a': 1, 'b': [2.5, NULL]} AS s, ['甲', NULL] AS t"
    code, out, _ = cli(capsys, "sql", q, "--format", "json", "--db", flagged)
    assert code == 0 and json.loads(out) == [{"x": [1, 2], "s": {"a": 1, "b": [2.5, None]}, "t": ["甲", None]}]
    code, out, _ = cli(capsys, "sql", q, "--format", "csv", "--db", flagged)
    assert code == 0 and list(csv.reader(io.StringIO(out)))[1] == ["[1, 2]", '{"a": 1, "b": [2.5, null]}',
                                                                   '["甲", null]']  # fmt: skip
    code, out, _ = cli(capsys, "sql", "SELECT id, fact_ids FROM flags", "--format", "jsonl", "--db", flagged)
    assert code == 0 and all(json.loads(line)["fact_ids"] for line in out.splitlines())
    code, out, _ = cli(capsys, "sql", "SELECT [1,2] AS x", "--db", flagged)
    assert code == 0 and "[1, 2]" in out


# -- item 4: a store without glossary entries --------------------------------------------------------


def test_glossary_on_a_store_without_entries(capsys, no_glossary: Path) -> None:
    code, out, err = cli(capsys, "glossary", "两新", "--db", no_glossary)
    assert code == 0 and "no glossary entries are stored" in err
    code, out, _ = cli(capsys, "glossary", "两新", "--format", "json", "--db", no_glossary)
    assert code == 0 and json.loads(out) == []
    code, out, err = cli(capsys, "glossary", "--db", no_glossary)
    assert code == 0 and "0 glossary terms" in out


def test_glossary_page_on_a_store_without_entries(no_glossary: Path) -> None:
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from zhibiao.web.app import create_app

    with TestClient(create_app(no_glossary, idle_seconds=-1), base_url="http://127.0.0.1") as c:
        for url in ("/glossary?q=两新", "/glossary", "/api/glossary?q=两新", "/glossary?q=两新&format=csv"):
            assert c.get(url).status_code == 200, url
        assert "库中还没有名词解释" in c.get("/glossary").text
        assert c.get("/api/glossary", params={"q": "两新"}).json()["count"] == 0


# -- item 5: eval ---------------------------------------------------------------------------------------


def test_eval_names_a_missing_or_broken_gold_file(capsys, tmp_path: Path) -> None:
    code, _, err = cli(capsys, "eval", tmp_path / "missing.jsonl", CORPUS)
    assert code == 2 and "missing.jsonl: no such gold file" in err
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"doc": "a"}\n\nnot json\n', "utf-8")
    code, _, err = cli(capsys, "eval", bad, CORPUS)
    assert code == 2 and "bad.jsonl, line 3: not JSON" in " ".join(err.split())
    gold = SHARED / "gold" / "seeds_004.jsonl"
    code, _, err = cli(capsys, "eval", gold, tmp_path / "no-such-folder")
    assert code == 2 and "no such report file or folder" in err


def test_a_file_the_system_refuses_is_one_line(capsys, flagged: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, _, err = cli(capsys, "export", "-o", blocker / "facts.csv", "--db", flagged)
    assert code == 2 and err.startswith("error:") and "facts.csv" in err


# -- item 7: typos are errors with suggestions ------------------------------------------------------------


@pytest.mark.parametrize(("args", "says"), [
    (["facts", "--indicator", "gpd"], "unknown indicator 'gpd': did you mean gdp"),
    (["facts", "--role", "targte"], "unknown role 'targte': did you mean target"),
    (["facts", "--level", "city"], "unknown level 'city'"),
    (["facts", "--region", "火星市"], "unknown region '火星市'"),
    (["facts", "--region", "济南是"], "unknown region '济南是': did you mean 济南市"),
    (["facts", "--region", "999999"], "unknown region code '999999'"),
    (["facts", "--region", "朝阳区"], "names several divisions: 北京市朝阳区 (110105), 长春市朝阳区 (220104)"),
    (["reports", "--level", "provice"], "did you mean province"),
    (["compare", "gpd", "--year", "2024"], "unknown indicator 'gpd'"),
    (["compare", "gdp", "--year", "2024", "--level", "city"], "unknown level 'city'"),
    (["compare", "gdp", "--year", "2024", "--parent", "火星"], "unknown region '火星'"),
    (["escalation", "gdp", "--year", "2024", "--measure", "grwth"], "did you mean growth"),
    (["scorecard", "火星市"], "unknown region '火星市'"),
    (["timeseries", "沈阳", "gpd"], "unknown indicator 'gpd'"),
    (["terms", "经济", "--parent", "火星"], "unknown region '火星'"),
    (["check", "--rule", "result_conflicts"], "did you mean result_conflict"),
])  # fmt: skip
def test_a_typo_is_an_error_with_suggestions(capsys, dev: Path, args: list[str], says: str) -> None:
    code, out, err = cli(capsys, *args, "--db", dev)
    assert code == 2 and says in err and out == ""


def test_a_real_region_without_reports_is_an_empty_answer_not_an_error(capsys, dev: Path) -> None:
    code, out, err = cli(capsys, "scorecard", "遂宁市", "--db", dev)
    assert code == 0 and "no reports of 遂宁市 (510900) itself; stored under it: 遂宁市安居区" in err
    code, out, err = cli(capsys, "facts", "--region", "510900", "--format", "json", "--db", dev)
    assert code == 0 and json.loads(out) == [] and "add --with-children" in err


def test_the_python_api_refuses_typos_too(dev: Path) -> None:
    from zhibiao.store.names import UnknownNameError

    d = zhibiao.open(dev)
    with pytest.raises(UnknownNameError) as e:
        d.facts(indicator="gpd")
    assert e.value.suggestions[0] == "gdp"
    with pytest.raises(UnknownNameError):
        d.outcomes(region="火星市")
    assert not d.facts(indicator="gdp").empty and not d.facts(indicator="地区生产总值").empty


# -- item 8: --region means one region; children only when asked, by code -------------------------------


def _facts(capsys, dev: Path, *args: str) -> list[dict]:
    code, out, err = cli(capsys, "facts", *args, "--format", "json", "--db", dev)
    assert code == 0, err
    return json.loads(out)


def test_region_matches_one_region_exactly(capsys, dev: Path) -> None:
    anju = _facts(capsys, dev, "--region", "遂宁市安居区")
    assert anju and {r["region_code"] for r in anju} == {"510904"}
    for name in ("安居区", "安居", "510904"):  # its short names and code are the same region
        assert _facts(capsys, dev, "--region", name) == anju
    assert _facts(capsys, dev, "--region", "遂宁市") == []  # a prefix of the name is another region
    jinan = _facts(capsys, dev, "--region", "济南")
    assert jinan and {r["region_code"] for r in jinan} == {"370100"}


def test_a_short_name_prefers_the_division_that_still_exists(capsys, dev: Path) -> None:
    """`遂宁` is 遂宁市 (510900) and 遂宁县, a county abolished in 1985 (512832): the short name of a
    prefecture with reports stored under it is not refused for a division that no longer exists."""
    suining = _facts(capsys, dev, "--region", "遂宁市", "--with-children")
    assert suining and _facts(capsys, dev, "--region", "遂宁", "--with-children") == suining
    assert _facts(capsys, dev, "--region", "遂宁") == []
    code, _out, err = cli(capsys, "facts", "--region", "朝阳", "--db", dev)  # several that exist: still asked
    assert code == 2 and "北京市朝阳区 (110105)" in err and "朝阳地区 (212200)" not in err


def test_children_come_only_when_asked_through_the_code_hierarchy(capsys, dev: Path) -> None:
    anju = _facts(capsys, dev, "--region", "510904")
    for parent in ("510900", "遂宁市", "四川省", "510000", "51"):
        under = _facts(capsys, dev, "--region", parent, "--with-children")
        assert {r["region_code"] for r in under} >= {"510904"}, parent
        assert [r for r in under if r["region_code"] == "510904"] == anju
        assert all(r["region_code"].startswith("51") for r in under)
    sichuan = {r["region_code"] for r in _facts(capsys, dev, "--region", "四川省", "--with-children")}
    assert sichuan == {"510300", "510402", "510904", "511000", "511303"}  # 自贡 东区 安居 内江 高坪
    assert _facts(capsys, dev, "--region", "四川省") == []  # no provincial report of its own
    everything = _facts(capsys, dev, "--region", "全国", "--with-children")
    assert len(everything) == len(_facts(capsys, dev))
