"""`zhibiao extract` and `zhibiao eval` on real corpus files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from zhibiao.cli.main import _typer_app as app

runner = CliRunner()


def test_extract_jsonl_has_the_spec_keys_and_provenance(shared: Path) -> None:
    f = shared / "corpus" / "003_ee0cd8f568fba525.txt"
    r = runner.invoke(app, ["extract", str(f), "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    rows = [json.loads(line) for line in r.output.splitlines() if line.strip()]
    spec = {"doc", "report", "region", "indicator", "role", "period", "measure", "value", "value_high", "unit",
            "qualifier", "text"}  # fmt: skip
    assert rows and all(spec <= set(x) for x in rows)
    raw = f.read_bytes()
    for x in rows:  # the byte offsets point at the traditional-script original of the normalised text
        assert x["doc"] == f.name and x["region"] == "攀枝花市东区"
        assert raw[x["byte_start"] : x["byte_end"]].decode("utf-8")


def test_extract_reports_an_unreadable_file_and_goes_on(shared: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    good = shared / "corpus" / "002_80c5026a2abaecef.txt"
    p = subprocess.run(
        [sys.executable, "-m", "zhibiao.cli.main", "extract", str(empty), str(good), "--format", "jsonl"],
        capture_output=True, text=True,
    )  # fmt: skip
    assert p.returncode == 1
    assert "empty.txt" in p.stderr and "Traceback" not in p.stderr
    assert any(json.loads(x)["indicator"] == "rd_intensity" for x in p.stdout.splitlines())


def test_eval_scores_like_the_shared_scorer(shared: Path) -> None:
    gold = shared / "gold" / "seeds_000_003.jsonl"
    files = [str(p) for p in sorted((shared / "corpus").glob("00[0-3]_*.txt"))]
    r = runner.invoke(app, ["eval", str(gold), *files, "--show", "5"])
    assert r.exit_code == 0, r.output
    f1 = float(r.output.strip().splitlines()[-1].split()[-1])
    assert f1 >= 0.95
