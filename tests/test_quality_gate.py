"""Evaluation gate: extraction on each gold-annotated corpus must stay above its pinned floors."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from zhibiao.facts.evaluate import Score, score
from zhibiao.pipeline import extract

FLOORS = tomllib.loads((Path(__file__).parent / "quality_floors.toml").read_text(encoding="utf-8"))

# set name -> (corpus folders under ../shared, gold files under ../shared/gold)
SETS = {
    "dev": (("corpus", "corpus_pairs"), ("*.jsonl",)),
    "corpus_2026": (("corpus_2026",), ("corpus_2026/*.jsonl",)),
}


def _gold(shared: Path, patterns: tuple[str, ...]) -> list[dict]:
    rows: list[dict] = []
    for pattern in patterns:
        for p in sorted((shared / "gold").glob(pattern)):
            rows.extend(json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line.strip())
    return rows


@pytest.fixture(scope="module")
def scored(shared: Path) -> dict[str, tuple[list[dict], list[dict], Score]]:
    out = {}
    for name, (folders, patterns) in SETS.items():
        preds: list[dict] = []
        for folder in folders:
            for p in sorted((shared / folder).glob("*.txt")):
                preds.extend(extract(p).fact_records())
        gold = _gold(shared, patterns)
        out[name] = (preds, gold, score(preds, gold))
    return out


@pytest.mark.parametrize("name", list(SETS))
def test_scores_stay_above_floors(name: str, scored: dict) -> None:
    s = scored[name][2]
    got = {
        "f1": s.f1,
        "precision": s.precision,
        "recall": s.recall,
        "qualifier": s.agreement("qualifier"),
        "unit": s.agreement("unit"),
        "commitment": s.commitment()[0],
    }
    floors = FLOORS[name]
    low = {k: (round(got[k], 4), floors[k]) for k in floors if got[k] + 1e-9 < floors[k]}
    assert not low, f"{name}: below floor (got, floor): {low}"


@pytest.mark.parametrize("name", list(SETS))
def test_internal_scorer_agrees_with_shared_scorer(name: str, scored: dict, shared: Path, tmp_path: Path) -> None:
    predictions, gold, s = scored[name]
    pred_f, gold_f = tmp_path / "pred.jsonl", tmp_path / "gold.jsonl"
    pred_f.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in predictions), encoding="utf-8")
    gold_f.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in gold), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(shared / "tools" / "score_facts.py"), str(pred_f), str(gold_f)],
        capture_output=True, text=True, check=True,
    ).stdout
    lines = out.strip().splitlines()
    assert abs(float(lines[-1].split()[-1]) - round(s.f1, 3)) < 1e-9
    agree, n = s.commitment()
    shared_c = next((ln for ln in lines if "commitment" in ln), None)
    assert (shared_c is None) == (n == 0)
    if shared_c is not None:
        assert f"commitment {agree:.3f} ({n} facts)" in shared_c


def test_every_fact_text_is_in_its_report_and_maps_to_the_original(corpus_files: list[Path]) -> None:
    from zhibiao.normalize import normalize

    checked = 0
    for p in corpus_files:
        res = extract(p)
        for rr in res.reports:
            for f in rr.facts:
                assert rr.report.text[f.span.start : f.span.end] == f.text
                src = rr.report.to_source(f.span)
                original = res.source.text[src.start : src.end]
                assert normalize(original).text.replace("\n", "") == f.text.replace("\n", ""), (p.name, f.text)
                b0, b1 = res.source.byte_offset(src.start), res.source.byte_offset(src.end)
                assert res.source.raw[b0:b1].decode(res.source.encoding) == original
                checked += 1
    assert checked > 200
