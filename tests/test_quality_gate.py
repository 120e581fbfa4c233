"""Evaluation gate: extraction on the whole dev corpus must stay above the pinned floors."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from zhibiao.facts.evaluate import score
from zhibiao.pipeline import extract

FLOORS = tomllib.loads((Path(__file__).parent / "quality_floors.toml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def gold(shared: Path) -> list[dict]:
    rows: list[dict] = []
    for p in sorted((shared / "gold").glob("*.jsonl")):
        rows.extend(json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line.strip())
    return rows


@pytest.fixture(scope="module")
def predictions(corpus_files: list[Path]) -> list[dict]:
    out: list[dict] = []
    for p in corpus_files:
        out.extend(extract(p).fact_records())
    return out


def test_dev_corpus_scores_stay_above_floors(predictions: list[dict], gold: list[dict]) -> None:
    s = score(predictions, gold)
    got = {
        "f1": s.f1,
        "precision": s.precision,
        "recall": s.recall,
        "qualifier": s.agreement("qualifier"),
        "unit": s.agreement("unit"),
    }
    low = {k: (round(got[k], 4), FLOORS[k]) for k in FLOORS if got[k] + 1e-9 < FLOORS[k]}
    assert not low, f"below floor (got, floor): {low}"


def test_internal_scorer_agrees_with_shared_scorer(
    predictions: list[dict], gold: list[dict], shared: Path, tmp_path: Path
) -> None:
    pred_f, gold_f = tmp_path / "pred.jsonl", tmp_path / "gold.jsonl"
    pred_f.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in predictions), encoding="utf-8")
    gold_f.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in gold), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(shared / "tools" / "score_facts.py"), str(pred_f), str(gold_f)],
        capture_output=True, text=True, check=True,
    ).stdout
    shared_f1 = float(out.strip().splitlines()[-1].split()[-1])
    assert abs(shared_f1 - round(score(predictions, gold).f1, 3)) < 1e-9


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
