"""`zhibiao extract` and `zhibiao eval`: facts from files, and their score against gold."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from zhibiao.cli.app import app
from zhibiao.cli.given import Given, GivenRegionOpt, GivenYearOpt, ManifestOpt
from zhibiao.cli.tables import fit_table
from zhibiao.errors import ZhibiaoError, ZhibiaoInputError


class ExtractFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"
    json = "json"
    csv = "csv"


def _expand(paths: list[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(x for x in p.rglob("*") if x.is_file() and not x.name.startswith(".")))
        else:
            out.append(p)
    return out


def extract_records(paths: list[Path], err: Console, given: Given | None = None) -> tuple[list[dict[str, Any]], int]:
    """Fact records of every file (with the metadata ``given`` for it); unreadable files are reported
    on stderr and counted."""
    from zhibiao.pipeline import extract

    records: list[dict[str, Any]] = []
    failed = 0
    for p in _expand(paths):
        try:
            result = extract(p, given.for_path(p) if given else None)
        except ZhibiaoInputError as e:
            failed += 1
            err.print(f"[red]skipped[/red] {e}", highlight=False)
            continue
        if result.source.damaged:
            err.print(f"[yellow]damaged[/yellow] {p}: {_damaged(result.source.damaged)}", highlight=False)
        records.extend(result.fact_records())
    return records, failed


def _damaged(n: int) -> str:
    """What a user is told about a file read with small damage (``sources.text.DAMAGE_PER``)."""
    return f"{n} byte{'s' if n > 1 else ''} could not be decoded (an invalid byte, a NUL or a cut character), read as �"


def _qual(r: dict[str, Any]) -> str:
    """A value as a reader writes it: `7%左右`, `≥6.5%`, `6%–6.5%`."""
    if r["qualifier"] == "qualitative":
        return "(qualitative)"
    unit = r["unit"] or ""
    unit = "个百分点" if unit == "pp" else unit
    v = f"{r['value']}{unit}"
    return {
        "around": f"{v}左右",
        "at_least": f"≥{v}",
        "at_most": f"≤{v}",
        "range": f"{r['value']}–{r['value_high']}{unit}",
    }.get(r["qualifier"], v)


@app.command("extract")
def extract_cmd(
    files: Annotated[list[Path] | None, typer.Argument(help="Report files or folders (default: the manifest's).")]
    = None,
    format: Annotated[ExtractFormat, typer.Option("--format", "-f", help="Output format.")] = ExtractFormat.table,
    region: GivenRegionOpt = None,
    year: GivenYearOpt = None,
    manifest: ManifestOpt = None,
) -> None:
    """Extract the headline facts of report files (JSONL in the shape of the facts spec)."""
    err = Console(stderr=True)
    given = Given(region, year, manifest)
    files = given.inputs(files)
    if format is ExtractFormat.jsonl:  # streamed file by file: memory stays flat on a big batch
        failed = 0
        for p in _expand(files):
            recs, bad = extract_records([p], err, given)
            failed += bad
            sys.stdout.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs))
            sys.stdout.flush()
        if failed:
            raise typer.Exit(1)
        return
    records, failed = extract_records(files, err, given)
    if format is ExtractFormat.json:
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=1) + "\n")
    elif format is ExtractFormat.csv:
        import csv

        if records:
            w = csv.DictWriter(sys.stdout, fieldnames=list(records[0]))
            w.writeheader()
            w.writerows(records)
    else:
        out = Console()
        cols = ["report", "region", "indicator", "role", "year", "measure", "value", "text"]
        rows = [[f"{r['doc']}#{r['report']}", r["region"] or "", r["indicator"], r["role"], str(r["period"] or ""),
                 r["measure"] or "", _qual(r), r["text"]] for r in records]  # fmt: skip
        out.print(fit_table(cols, rows, out.width, wrap=("text",), drop=("measure", "role", "report", "region"),
                            title=f"{len(records)} facts"))  # fmt: skip
    if failed:
        raise typer.Exit(1)


def read_jsonl(path: Path, what: str = "gold") -> list[dict[str, Any]]:
    """Fact records of a JSON-lines file; a missing file or a bad line is a ZhibiaoError naming it."""
    if not path.is_file():
        raise ZhibiaoError(f"{path}: no such {what} file" if not path.exists() else f"{path}: not a file")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise ZhibiaoError(f"{path}: cannot read the {what} file: {e}") from None
    rows: list[dict[str, Any]] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            raise ZhibiaoError(f"{path}, line {n}: not JSON ({e.msg}); {what} is one fact record per line") from None
        if not isinstance(row, dict):
            raise ZhibiaoError(f"{path}, line {n}: a fact record must be a JSON object")
        rows.append(row)
    return rows


@app.command("eval")
def eval_cmd(
    gold: Annotated[Path, typer.Argument(help="Gold facts (JSONL, the spec's shape).")],
    files: Annotated[list[Path] | None, typer.Argument(help="Report files or folders to extract and score.")] = None,
    predictions: Annotated[Path | None, typer.Option(
        "--predictions", help="Score these facts (JSONL, e.g. zhibiao export --format jsonl) instead of extracting.",
    )] = None,
    by: Annotated[str, typer.Option(help="Break down by role, indicator or doc.")] = "role",
    show: Annotated[int, typer.Option(help="List up to N misses and N false positives.")] = 20,
) -> None:
    """Extract and score against gold with the rules of ../shared/tools/score_facts.py."""
    from zhibiao.facts.evaluate import brief, score

    err = Console(stderr=True)
    if (predictions is None) == (not files):
        raise typer.BadParameter("give report files to extract, or --predictions FILE.jsonl (not both)")
    gold_rows = read_jsonl(gold)
    missing = [str(p) for p in files or [] if not p.exists()]
    if missing:
        raise ZhibiaoError(f"no such report file or folder: {', '.join(missing)}")
    if predictions is not None:
        records = read_jsonl(predictions, "predictions")
    else:
        records = extract_records(files or [], err)[0]
    s = score(records, gold_rows)
    out = Console()
    out.print(f"matched {len(s.pairs)}  false-positive {len(s.false_positives)}  missed {len(s.misses)}")
    out.print(f"precision {s.precision:.3f}  recall {s.recall:.3f}")
    out.print(
        f"on matched facts: qualifier {s.agreement('qualifier'):.3f}  unit {s.agreement('unit'):.3f}  "
        f"value_high {s.agreement('value_high'):.3f}"
    )
    agree, n = s.commitment()
    if n:
        out.print(f"on matched targets with a gold commitment: commitment {agree:.3f} ({n} facts)")
    if by:
        t = Table(title=f"by {by}")
        for col in (by, "tp", "fp", "fn", "P", "R", "F1"):
            t.add_column(col)
        for key, (tp, fp, fn) in s.by(by).items():
            p, r, f = s.prf(tp, fp, fn)
            t.add_row(key, str(tp), str(fp), str(fn), f"{p:.3f}", f"{r:.3f}", f"{f:.3f}")
        out.print(t)
    for x in s.misses[:show]:
        out.print("MISS ", brief(x), highlight=False)
    for x in s.false_positives[:show]:
        out.print("FALSE", brief(x), highlight=False)
    out.print(f"F1 {s.f1:.3f}")
