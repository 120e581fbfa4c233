"""Store commands: ingest, reextract, reports, facts, show, search, export, sql, demo."""

from __future__ import annotations

import csv
import io
import json
import sys
import tempfile
import time
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, Task, TextColumn
from rich.table import Table
from rich.text import Text

from zhibiao.cli.app import app
from zhibiao.cli.extract_cmd import _damaged
from zhibiao.cli.given import Given, GivenRegionOpt, GivenYearOpt, ManifestOpt
from zhibiao.cli.tables import fit_table, is_text
from zhibiao.errors import ZhibiaoError

if TYPE_CHECKING:  # pandas, pyarrow and the store load only when a store command runs
    import pandas as pd

    from zhibiao.store import IngestSummary, Store

FORMATS = ("jsonl", "csv", "parquet", "xlsx", "dta")  # as zhibiao.store.export, kept light here
TABLES = ("facts", "reports", "mentions", "glossary", "sections", "documents")
PANEL_TABLES = ("panel", "panel_wide")  # built by zhibiao.analysis.panel, not stored


def _store(db: Path | None) -> Store:
    from zhibiao.api import ParquetDatabase
    from zhibiao.engines.parquet import is_parquet_store

    if is_parquet_store(db):  # a folder written by `ingest --engine ray --out DIR`
        assert db is not None
        return ParquetDatabase(db)
    from zhibiao.store import Store

    return Store(db)

console = Console()
err = Console(stderr=True)


class Engine(StrEnum):
    local = "local"
    ray = "ray"


class OutFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"


DbOpt = Annotated[
    Path | None,
    typer.Option("--db", help="Database file (default $ZHIBIAO_DB or ./zhibiao.duckdb).", show_default=False),
]
FmtOpt = Annotated[
    OutFormat, typer.Option("--format", "-f", help="table for people; csv/json/jsonl for scripts.")
]
RegionOpt = Annotated[str | None, typer.Option("--region", "-r", help="Region name, short name or code.")]
ChildrenOpt = Annotated[bool, typer.Option("--with-children", help="Include the region's subdivisions.")]
YearOpt = Annotated[int | None, typer.Option("--year", "-y", help="Year.")]
LevelOpt = Annotated[str | None, typer.Option("--level", help="national|province|prefecture|county")]
LangOpt = Annotated[
    str | None,
    typer.Option("--lang", help="zh|en: labels and table headers in Chinese or English (pinyin region names)."),
]


def cell_text(v: Any) -> str:
    """A JSON-friendly cell as text for a table or CSV: lists and structs as JSON, None as empty."""
    if v is None:
        return ""
    if isinstance(v, list | dict):
        return json.dumps(v, ensure_ascii=False)
    return str(v)


def emit(
    df: pd.DataFrame, fmt: OutFormat, title: str | None = None, wrap: tuple[str, ...] = (),
    lang: str | None = None, table: str = "facts", drop: tuple[str, ...] = (),
) -> None:
    """Print a DataFrame as a table fitted to the terminal (``wrap``: text columns, ``drop``: columns
    to leave out first; see ``zhibiao.cli.tables``) or as CSV/JSON/JSON lines on stdout.

    With ``lang`` (zh|en) a table shows labels and headers in that language (pinyin region names,
    English indicator names); scripts' formats keep codes and gain ``region_en``/``indicator_en``.
    """
    from zhibiao.store.export import rows_as_records

    if lang is not None:
        from zhibiao.analysis.labels import check_lang, localize, with_english_names

        lang = check_lang(lang)
        df = localize(df, table, lang) if fmt is OutFormat.table else with_english_names(df, lang)

    if fmt is OutFormat.table:
        cols = [str(c) for c in df.columns]
        rows = [[cell_text(v) for v in rec.values()] for rec in rows_as_records(df)]
        texts = {c for i, c in enumerate(cols) if c in wrap or is_text(r[i] for r in rows)}
        console.print(fit_table(cols, rows, console.width, wrap=texts, drop=drop, title=title))
        if df.empty:
            err.print("(no rows)")
        return
    records = rows_as_records(df)
    if fmt is OutFormat.json:
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=1) + "\n")
    elif fmt is OutFormat.jsonl:
        for r in records:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
    else:
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(list(df.columns))
        for r in records:
            w.writerow([cell_text(v) for v in r.values()])
        sys.stdout.write(buf.getvalue())
    sys.stdout.flush()


class RateColumn(ProgressColumn):
    """Files per second and MB of input per second since the start.

    Both over the whole elapsed time: outcomes arrive a batch at a time, within microseconds of
    each other, so a rate over the last few updates (rich's ``task.speed``) reads as thousands.
    """

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        files = task.completed / elapsed if elapsed > 0 else 0.0
        mbs = task.fields.get("bytes", 0) / 1e6 / elapsed if elapsed > 0 else 0.0
        return Text(f"{files:.1f} files/s {mbs:.2f} MB/s", style="progress.data.speed")


def _summary_table(summary: IngestSummary, elapsed: float) -> Table:
    t = Table(title=f"ingest summary ({elapsed:.1f} s)", header_style="bold")
    t.add_column("result")
    t.add_column("files", justify="right")
    t.add_column("reports", justify="right")
    t.add_column("facts", justify="right")
    ing = summary.ingested
    t.add_row("ingested", str(len(ing)), str(sum(o.reports for o in ing)), str(sum(o.facts for o in ing)))
    if damaged := [o for o in ing if o.damaged]:
        t.add_row(Text("  with damaged bytes (read as �)", style="yellow"), str(len(damaged)), "", "")
    t.add_row("skipped (already stored)", str(len(summary.skipped)), "", "")
    t.add_row(Text("failed", style="red" if summary.failed else ""), str(len(summary.failed)), "", "")
    return t


def _run_batch(
    store: Store, paths: list[str], verbose: bool, reextract: bool = False, jobs: int = 1,
    given: Given | None = None,
) -> IngestSummary:
    from zhibiao.store import IngestSummary

    summary = IngestSummary()
    with Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TextColumn("{task.fields[current]}"),
        console=err,
        disable=not err.is_terminal,
        transient=True,
    ) as progress:
        task = progress.add_task("reextract" if reextract else "ingest", total=None, current="", bytes=0)
        events = store.reextract_iter() if reextract else store.ingest_iter(
            paths, jobs=jobs, given=given.for_path if given else None)
        nbytes = 0
        for total, outcome in events:
            progress.update(task, total=total)
            summary.outcomes.append(outcome)
            nbytes += outcome.bytes
            progress.update(task, advance=1, current=Path(outcome.path).name, bytes=nbytes)
            if verbose or outcome.status == "failed" or outcome.damaged:
                style = {"ingested": "green", "skipped": "yellow", "failed": "red"}[outcome.status]
                line = Text(f"{outcome.status:8} ", style=style)
                line.append(outcome.path)
                if outcome.status == "ingested":
                    line.append(f"  ({outcome.reports} reports, {outcome.facts} facts)")
                    if outcome.damaged:
                        line.append(f"  damaged: {_damaged(outcome.damaged)}", style="yellow")
                elif outcome.reason:
                    line.append(f"  {outcome.reason}")
                console.print(line, highlight=False, soft_wrap=True)
    return summary


def _finish(summary: IngestSummary, started: float) -> None:
    console.print(_summary_table(summary, time.perf_counter() - started))
    if summary.failed:
        t = Table(title="failed files", header_style="bold red")
        t.add_column("file", overflow="fold")
        t.add_column("reason", overflow="fold")
        for o in summary.failed:
            t.add_row(o.path, o.reason)
        console.print(t)
        raise typer.Exit(1)


@app.command()
def ingest(
    paths: Annotated[list[str] | None, typer.Argument(help="Files, folders (recursive) or globs (default: the "
                                                         "manifest's files).")] = None,
    db: DbOpt = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="One line per file.")] = False,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", help="Extract in N worker processes (default 0: one per CPU).", min=0)
    ] = 0,
    engine: Annotated[
        Engine, typer.Option("--engine", help="local: DuckDB file (--db); ray: Ray Data -> Parquet folder (--out).")
    ] = Engine.local,
    address: Annotated[
        str | None, typer.Option("--address", help="Ray cluster address (auto, ray://host:10001); default: local.")
    ] = None,
    out: Annotated[
        str | None, typer.Option("--out", "-o", help="Parquet store folder or URI (s3://...) for --engine ray.")
    ] = None,
    region: GivenRegionOpt = None,
    year: GivenYearOpt = None,
    manifest: ManifestOpt = None,
) -> None:
    """Extract report files into the database (same content twice is skipped, unless given new metadata)."""
    started = time.perf_counter()
    given = Given(region, year, manifest)
    paths = paths or [str(p) for p in given.inputs(None)]
    if engine is Engine.ray:
        if given:
            raise ZhibiaoError("--engine ray does not take --region, --year or --manifest yet: ingest locally")
        if not out:
            raise ZhibiaoError("--engine ray writes a Parquet store: give it a folder with --out DIR")
        _finish(_run_ray(paths, out, address, verbose, jobs), started)
        return
    store = _store(db)
    _finish(_run_batch(store, paths, verbose, jobs=jobs, given=given if given else None), started)


def _run_ray(paths: list[str], out: str, address: str | None, verbose: bool, jobs: int) -> IngestSummary:
    from zhibiao.engines.ray_engine import ingest_ray
    from zhibiao.store import FileOutcome

    def show(o: FileOutcome) -> None:
        if verbose or o.status == "failed":
            console.print(f"{o.status:8} {o.path}" + (f"  {o.reason}" if o.reason else ""), highlight=False)

    summary = ingest_ray(paths, out, address=address, num_cpus=jobs or None, on_file=show)
    err.print(f"wrote the Parquet store {out} (query it with: zhibiao facts --db {out})")
    return summary


@app.command()
def reextract(
    db: DbOpt = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="One line per file.")] = False,
) -> None:
    """Re-run extraction on every stored document (after upgrading zhibiao)."""
    store = _store(db)
    started = time.perf_counter()
    _finish(_run_batch(store, [], verbose, reextract=True), started)


def region_hint(store: Store, region: str | None, with_children: bool, empty: bool) -> None:
    """On an empty answer for a region that has none of its own, name the stored regions under it."""
    if not region or with_children or not empty:
        return
    r, kids = store.region(region)
    if kids:
        names = ", ".join(k.label for k in kids[:5]) + (" …" if len(kids) > 5 else "")
        err.print(f"no reports of {r.label} ({r.code}) itself; stored under it: {names} — add --with-children",
                  highlight=False, soft_wrap=True)  # fmt: skip
    elif not r.stored:
        err.print(f"no reports of {r.label} ({r.code}) are stored", highlight=False, soft_wrap=True)


# Columns a narrow terminal leaves out first (see zhibiao.cli.tables).
FACT_DROP = ("doc", "measure", "commitment", "role")
REPORT_DROP = ("report", "type", "doc")


def _readable_facts(df: pd.DataFrame) -> pd.DataFrame:
    import pandas as pd

    from zhibiao.store import readable

    out = pd.DataFrame({
        "region": df["region"], "year": df["period"], "indicator": df["indicator"], "role": df["role"],
        "measure": df["measure"],
        "value": [readable(*a) for a in zip(df["value"], df["value_high"], df["unit"], df["qualifier"],
                                            strict=True)],
        "commitment": df["commitment"].fillna(""),
        "text": df["text"], "doc": df["doc"] + "#" + df["report"].astype(str),
        "review": df["review"], "fact_id": df["fact_id"],
    })  # fmt: skip
    return out


class Commitment(StrEnum):
    """The spec's commitment strengths of a target."""

    binding = "binding"
    stretch = "stretch"
    expected = "expected"


@app.command("facts")
def facts_cmd(
    region: RegionOpt = None,
    with_children: ChildrenOpt = False,
    indicator: Annotated[str | None, typer.Option("--indicator", "-i", help="Indicator id or name.")] = None,
    role: Annotated[str | None, typer.Option("--role", help="target|actual|prior_target")] = None,
    year: YearOpt = None,
    level: LevelOpt = None,
    doc: Annotated[str | None, typer.Option("--doc", help="Input file name.")] = None,
    commitment: Annotated[Commitment | None, typer.Option(
        "--commitment", help="Targets governed by 确保 (binding), 力争 (stretch) or neither (expected).")] = None,
    limit: Annotated[int | None, typer.Option("--limit", "-n", help="At most N rows.")] = None,
    review: Annotated[str | None, typer.Option(
        "--review", help="Only facts in this review state: machine|accepted|corrected|added|rejected.")] = None,
    include_rejected: Annotated[bool, typer.Option(
        "--include-rejected", help="Show rejected facts too (left out by default).")] = False,
    fmt: FmtOpt = OutFormat.table,
    lang: LangOpt = None,
    db: DbOpt = None,
) -> None:
    """List facts (reviewed: corrections applied), filtered; values as a reader writes them (7%左右, ≥6.5%)."""
    store = _store(db)
    df = store.facts(region=region, with_children=with_children, indicator=indicator, role=role,
                     year=year, level=level, doc=doc, commitment=commitment.value if commitment else None,
                     limit=limit, review=review, include_rejected=include_rejected)  # fmt: skip
    region_hint(store, region, with_children, df.empty)
    if fmt is OutFormat.table:
        emit(_readable_facts(df), fmt, title=f"{len(df)} facts", wrap=("text",), lang=lang, drop=FACT_DROP)
    else:
        emit(df, fmt, lang=lang)


@app.command("reports")
def reports_cmd(
    region: RegionOpt = None,
    with_children: ChildrenOpt = False,
    year: YearOpt = None,
    level: LevelOpt = None,
    report_type: Annotated[str | None, typer.Option("--type", help="Report type.")] = None,
    fmt: FmtOpt = OutFormat.table,
    lang: LangOpt = None,
    db: DbOpt = None,
) -> None:
    """List stored reports: region, level, year, type and number of facts."""
    store = _store(db)
    df = store.reports(region=region, with_children=with_children, year=year, level=level,
                       report_type=report_type)  # fmt: skip
    region_hint(store, region, with_children, df.empty)
    emit(_reports_view(df) if fmt is OutFormat.table else df, fmt, title=f"{len(df)} reports", lang=lang,
         table="reports", drop=REPORT_DROP)  # fmt: skip


def _reports_view(df: pd.DataFrame) -> pd.DataFrame:
    """The columns a person scanning a list of reports wants."""
    return df[["region", "level", "year", "type", "facts", "doc", "report", "title"]]


@app.command()
def show(
    region: Annotated[str, typer.Argument(help="Region name, short name or code.")],
    year: YearOpt = None,
    with_children: ChildrenOpt = False,
    fmt: FmtOpt = OutFormat.table,
    lang: LangOpt = None,
    db: DbOpt = None,
) -> None:
    """A region's scorecard: targets and results side by side per indicator and year."""
    store = _store(db)
    df = store.scorecard(region, year=year, with_children=with_children)
    if df.empty:
        err.print(f"no facts for region {region!r}" + (f" in {year}" if year else ""))
        region_hint(store, region, with_children, df.empty)
    emit(df, fmt, title=f"{region} scorecard" + (f" {year}" if year else ""), lang=lang,
         drop=("prior_target", "sources"))


@app.command()
def search(
    text: Annotated[str, typer.Argument(help="Word or phrase, e.g. 氢能 or 新质生产力.")],
    context: Annotated[int, typer.Option("--context", "-c", help="Characters shown either side.")] = 30,
    limit: Annotated[int, typer.Option("--limit", "-n", help="At most N hits.")] = 50,
    fmt: FmtOpt = OutFormat.table,
    db: DbOpt = None,
) -> None:
    """Full-text search of report texts (bigram index), showing each hit in context."""
    df = _store(db).search(text, context=context, limit=limit)
    if fmt is not OutFormat.table:
        emit(df, fmt)
        return
    rows: list[list[str | Text]] = []
    for r in df.itertuples(index=False):
        ctx = Text("…" + r.before)
        ctx.append(r.match, style="bold reverse")
        ctx.append(r.after + "…")
        rows.append([str(r.region or ""), str(r.year or ""), f"{r.doc}#{r.report}", ctx])
    console.print(fit_table(["region", "year", "doc", "context"], rows, console.width, wrap=("context",),
                            title=f"{len(df)} hits for {text}"))  # fmt: skip


@app.command()
def export(
    out: Annotated[Path, typer.Option("--output", "-o", help="Output file.")],
    fmt: Annotated[
        str | None, typer.Option("--format", "-f", help=f"{'|'.join(FORMATS)} (default: from -o's extension)")
    ] = None,
    table: Annotated[str, typer.Option("--table", "-t", help="|".join((*TABLES, *PANEL_TABLES)))] = "facts",
    lang: Annotated[
        str | None, typer.Option("--lang", help="zh|en: Stata labels in that language; en adds English names.")
    ] = None,
    db: DbOpt = None,
) -> None:
    """Export a table: JSONL (spec shape), CSV (UTF-8 with BOM), Parquet, Excel or Stata 118."""
    import warnings

    from zhibiao.store.export import ExportNote

    with warnings.catch_warnings(record=True) as notes:
        warnings.simplefilter("always", ExportNote)
        if table in PANEL_TABLES or lang is not None:
            import zhibiao
            from zhibiao.analysis.labels import check_lang

            n = zhibiao.open(db).export(out, fmt=fmt, table=table, lang=check_lang(lang))
        else:
            n = _store(db).export(out, fmt=fmt, table=table)
    for note in notes:  # what the format could not hold, said (an Excel cell cut to its limit)
        err.print(f"[yellow]note:[/yellow] {note.message}", highlight=False)
    err.print(f"wrote {n} {table} rows to {out}")


@app.command("sql")
def sql_cmd(
    query: Annotated[str, typer.Argument(help='Read-only SQL, e.g. "SELECT * FROM targets LIMIT 5".')],
    fmt: FmtOpt = OutFormat.table,
    db: DbOpt = None,
) -> None:
    """Run read-only SQL on the database (writes are refused)."""
    emit(_store(db).sql(query), fmt, wrap=("text",))


def _sample_path() -> Path | None:
    import zhibiao

    here = Path(zhibiao.__file__).resolve().parent
    for p in (here / "data" / "sample_report.txt", here.parents[1] / "examples" / "sample_report.txt"):
        if p.is_file():
            return p
    return None


@app.command()
def demo(db: DbOpt = None) -> None:
    """Ingest the bundled synthetic sample report and show a first query."""
    sample = _sample_path()
    if sample is None:
        raise ZhibiaoError("the bundled sample report (examples/sample_report.txt) is missing")
    tmp: tempfile.TemporaryDirectory[str] | None = None
    if db is None:
        tmp = tempfile.TemporaryDirectory(prefix="zhibiao-demo-")
        db = Path(tmp.name) / "demo.duckdb"
    try:
        store = _store(db)
        console.print(f"[bold]$ zhibiao ingest {sample.name} --db {db}[/bold]", highlight=False)
        _run_demo(store, sample)
    finally:
        if tmp is not None:
            tmp.cleanup()


def _run_demo(store: Store, sample: Path) -> None:
    summary = store.ingest([sample])
    if summary.failed:
        raise ZhibiaoError(f"{sample}: {summary.failed[0].reason}")
    emit(_reports_view(store.reports()), OutFormat.table, title="reports", drop=REPORT_DROP)
    console.print("[bold]$ zhibiao facts --role target[/bold]")
    emit(_readable_facts(store.facts(role="target")), OutFormat.table, title="targets", wrap=("text",),
         drop=FACT_DROP)
    console.print(
        "Next: [bold]zhibiao ingest FOLDER[/bold], [bold]zhibiao facts --region 济南市[/bold], "
        "[bold]zhibiao show REGION[/bold], [bold]zhibiao search 新质生产力[/bold], "
        "[bold]zhibiao export -o facts.xlsx[/bold]",
        highlight=False,
    )


def main(argv: list[str] | None = None) -> Any:
    """Run the app with these commands only (used by tests when other modules are absent)."""
    try:
        return app(args=argv)
    except ZhibiaoError as e:
        err.print(f"[red]error:[/red] {e}", highlight=False, soft_wrap=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
