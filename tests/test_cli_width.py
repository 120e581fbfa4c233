"""Tables at 80 columns (issue 19, item 18): columns chosen by width, text wrapped, codes never cut.

Each command runs as the console script does, in a terminal 80 columns wide (``COLUMNS=80``).
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

import zhibiao
from zhibiao.cli.tables import fit_table

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
PAIRS = SHARED / "corpus_pairs"
F003 = SHARED / "corpus" / "003_ee0cd8f568fba525.txt"
F004 = SHARED / "corpus" / "004_856a73ee7808871b.txt"

if not F003.is_file():
    pytest.skip("../shared/corpus is missing", allow_module_level=True)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("width") / "w.duckdb"
    d = zhibiao.open(path)
    assert d.ingest([str(PAIRS / "10[3-7]_shenyang_*.txt"), F003, F004]).ok
    d.checks(refresh=True)
    return path


def at80(*args: object) -> str:
    env = {**os.environ, "COLUMNS": "80", "NO_COLOR": "1", "TERM": "dumb"}
    p = subprocess.run([sys.executable, "-m", "zhibiao.cli.main", *map(str, args)], capture_output=True,
                       text=True, env=env, timeout=300)  # fmt: skip
    assert p.returncode == 0, p.stderr
    return p.stdout


def header(out: str) -> list[str]:
    """The column names of the first table in ``out`` (its header is one line: no name broken)."""
    lines = out.splitlines()
    top = next(i for i, line in enumerate(lines) if line.startswith("┏"))
    assert lines[top + 2].startswith("┡"), "the header took more than one line"
    return [c.strip() for c in lines[top + 1].strip("┃").split("┃")]


def cells(out: str, column: str) -> list[str]:
    """The first lines of ``column``'s cells (a code column has only first lines)."""
    names = header(out)
    i = names.index(column)
    body = [line for line in out.splitlines() if line.startswith("│")]
    return [c for c in (line.strip("│").split("│")[i].strip() for line in body) if c]


def fits(out: str, context: bool = False) -> None:
    assert max(cell_len(line) for line in out.splitlines()) <= 80
    assert context or "…" not in out  # no code cut short (search's context is cut on purpose)


def test_show_keeps_its_codes_whole_and_says_what_it_left_out(db: Path) -> None:
    out = at80("show", "沈阳市", "--db", db)
    fits(out)
    assert header(out)[:3] == ["indicator", "measure", "period"] and {"target", "actual"} <= set(header(out))
    assert set(cells(out, "period")) == {"2022", "2023", "2024", "2025"}
    assert "fixed_asset_investment" in cells(out, "indicator")
    assert re.search(r"region: 沈阳市; not shown at 80 columns: .*sources", " ".join(out.split()))


def test_extract_shows_ids_and_values_whole(db: Path) -> None:
    out = at80("extract", F003)
    fits(out)
    assert {"indicator", "year", "value", "text"} <= set(header(out))
    assert "fixed_asset_investment" in cells(out, "indicator") and "571.02亿元" in cells(out, "value")
    many = at80("extract", F004)  # seven reports: the region tells them apart, or the caption says it is left out
    fits(many)
    assert ("region" in header(many) and "济南市" in cells(many, "region")) or \
        re.search(r"not shown at 80 columns: .*region", " ".join(many.split()))  # fmt: skip


@pytest.mark.parametrize("args", [["facts"], ["reports"], ["check"], ["scorecard", "沈阳"],
                                  ["compare", "gdp", "--year", "2024"], ["search", "地区生产总值"],
                                  ["sql", "SELECT * FROM facts LIMIT 20"]])  # fmt: skip
def test_every_listing_fits_80_columns_with_whole_headers(db: Path, args: list[str]) -> None:
    out = at80(*args, "--db", db)
    fits(out, context=args[0] == "search")
    assert all(name for name in header(out))


def test_fit_table_wraps_text_and_drops_codes_by_priority() -> None:
    rows = [["攀枝花市东区", "fixed_asset_investment", "target", "2024", "全社会固定资产投资确保增长6%、力争6.5%",
             "003_ee0cd8f568fba525.txt#1"],
            ["攀枝花市东区", "gdp", "actual", "2023", "地区生产总值为571.02亿元,增长(同比,下同)6.7%",
             "003_ee0cd8f568fba525.txt#1"]]  # fmt: skip
    cols = ["region", "indicator", "role", "year", "text", "doc"]
    c = Console(width=50, record=True, file=io.StringIO())
    c.print(fit_table(cols, rows, 50, wrap=("text",), drop=("doc", "role")))
    out = c.export_text()
    assert max(cell_len(line) for line in out.splitlines()) <= 50
    assert header(out) == ["indicator", "year", "text"]  # constant region and doc, then role, left out
    assert "fixed_asset_investment" in out and "region: 攀枝花市东区" in " ".join(out.split())
    assert "not shown at 50 columns: role" in " ".join(out.split())
    t = fit_table(["a"], [[Text("x" * 200)]], 40)
    assert t.columns[0].width == 200  # a code is never narrowed: the console folds it only as a last resort
