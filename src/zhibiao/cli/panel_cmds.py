"""Research-dataset commands: panel, indicators, codebook."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from zhibiao.cli.app import app
from zhibiao.cli.store_cmds import ChildrenOpt, DbOpt, LangOpt, LevelOpt, OutFormat, RegionOpt, YearOpt, emit, err
from zhibiao.errors import ZhibiaoError

if TYPE_CHECKING:
    import pandas as pd

    from zhibiao.api import Database

OutOpt = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Write to FILE: .csv .xlsx .parquet .dta .jsonl .json", show_default=False),
]
_STDOUT_FORMATS = ("table", "csv", "json", "jsonl")


def _db(db: Path | None) -> Database:
    import zhibiao

    return zhibiao.open(db)


def _panel_view(df: pd.DataFrame) -> pd.DataFrame:
    """The columns a person reading the panel in a terminal wants: values as written, gap, status."""
    import pandas as pd

    from zhibiao.store import readable

    def shown(v: object, hi: object, unit: object, q: object) -> str:
        return "" if q is None else readable(v, hi, unit, q)

    return pd.DataFrame({
        "region": df["region"], "year": df["year"], "indicator": df["indicator"], "measure": df["measure"],
        "target": [shown(*a) for a in zip(df["target_value"], df["target_high"], df["unit"],
                                          df["target_qualifier"], strict=True)],
        "actual": [shown(*a) for a in zip(df["actual_value"], [None] * len(df), df["actual_unit"],
                                          df["actual_qualifier"], strict=True)],
        "gap": df["gap"], "status": df["status"], "status_reason": df["status_reason"],
    })  # fmt: skip


@app.command("panel")
def panel_cmd(
    region: RegionOpt = None,
    with_children: ChildrenOpt = False,
    level: LevelOpt = None,
    parent: Annotated[str | None, typer.Option("--parent", help="Only regions under this one (code or name).")] = None,
    indicator: Annotated[str | None, typer.Option("--indicator", "-i", help="Indicator id or name.")] = None,
    year: YearOpt = None,
    years: Annotated[str | None, typer.Option("--years", help="Year range, e.g. 2012-2025.")] = None,
    all_indicators: Annotated[
        bool, typer.Option("--all-indicators", help="Every indicator stored, not only the 26 headline ones.")
    ] = False,
    wide: Annotated[
        bool, typer.Option("--wide", help="One row per region and year ({indicator}_{measure}_target…).")
    ] = False,
    around: Annotated[
        str | None, typer.Option("--around", help="Tolerance of `左右` targets in pp (default 0.5).")
    ] = None,
    fmt: Annotated[
        str | None, typer.Option("--format", "-f", help="table|csv|json|jsonl (with -o: also xlsx|parquet|dta)")
    ] = None,
    out: OutOpt = None,
    lang: LangOpt = None,
    db: DbOpt = None,
) -> None:
    """The target–outcome panel: one row per region × year × indicator × measure (long) or per region × year."""
    from zhibiao.analysis.labels import check_lang
    from zhibiao.analysis.terms import parse_years
    from zhibiao.cli.analysis_cmds import _around

    lang = check_lang(lang)
    d = _db(db)
    filters = {"region": region, "with_children": with_children, "level": level, "parent": parent,
               "indicator": indicator, "year": year, "years": parse_years(years),
               "all_indicators": all_indicators, "around_pp": _around(around)}  # fmt: skip
    if out is not None:
        n = d.export(out, fmt=fmt, table="panel_wide" if wide else "panel", lang=lang, **filters)
        err.print(f"wrote {n} panel rows to {out}")
        return
    fmt = fmt or "table"
    if fmt not in _STDOUT_FORMATS:
        raise ZhibiaoError(f"--format {fmt!r} needs a file: give -o FILE (on stdout: {', '.join(_STDOUT_FORMATS)})")
    df = d.panel(wide=wide, **filters)
    if df.empty:
        err.print("no panel rows for these filters")
    if fmt == "table":
        emit(df if wide else _panel_view(df), OutFormat.table, title=f"{len(df)} panel rows", lang=lang,
             table="panel")  # fmt: skip
    else:
        emit(df, OutFormat(fmt), lang=lang, table="panel")


@app.command("indicators")
def indicators_cmd(
    all_ids: Annotated[bool, typer.Option("--all", help="Also the indicators beyond the spec's 26.")] = False,
    fmt: Annotated[OutFormat, typer.Option("--format", "-f", help="table|csv|json|jsonl")] = OutFormat.table,
    lang: LangOpt = None,
) -> None:
    """The indicator ids: Chinese names they cover, English name, measures and units."""
    from zhibiao.analysis.labels import check_lang, indicator_table

    lang = check_lang(lang)
    df = indicator_table(headline_only=not all_ids)
    if fmt is OutFormat.table:
        view = df[["id", "name", "name_en", "label_en", "measures", "units", "aliases"]]
        emit(view, fmt, title=f"{len(df)} indicators", wrap=("aliases", "name_en"), lang=lang, table="indicators")
    else:
        emit(df, fmt)


@app.command("codebook")
def codebook_cmd(
    out: Annotated[Path, typer.Option("--output", "-o", help="codebook.md or codebook.html")],
    lang: LangOpt = None,
    db: DbOpt = None,
) -> None:
    """A codebook of the panel and facts: every column, every code, the indicators, the build's provenance."""
    from zhibiao.analysis.codebook import write_codebook
    from zhibiao.analysis.labels import check_lang

    d = _db(db)
    write_codebook(d, out, lang=check_lang(lang) or "en")
    err.print(f"wrote {out}")
