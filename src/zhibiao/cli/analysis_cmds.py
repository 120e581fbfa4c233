"""Accountability commands: scorecard, compare, escalation, timeseries, check."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from zhibiao.cli.app import app
from zhibiao.cli.store_cmds import DbOpt, FmtOpt, LangOpt, LevelOpt, OutFormat, emit, err, region_hint
from zhibiao.errors import ZhibiaoError

if TYPE_CHECKING:
    import pandas as pd

    from zhibiao.api import Database

PlotOpt = Annotated[
    Path | None,
    typer.Option("--plot", help="Also draw a chart: FILE.png, FILE.svg or FILE.html.", show_default=False),
]
AroundOpt = Annotated[
    str | None,
    typer.Option("--around", help="Tolerance of `左右` targets in pp (default 0.5, data/analysis_rules.toml)."),
]

_SCORECARD_VIEW = ["region", "indicator", "measure", "year", "target", "result", "status", "margin",
                   "margin_unit", "status_strict", "prior_target", "target_source", "result_source"]  # fmt: skip
_COMPARE_VIEW = ["rank", "region", "level", "measure", "target", "result", "status", "margin", "margin_unit",
                 "target_source"]  # fmt: skip


def _db(db: Path | None) -> Database:
    from zhibiao.api import Database

    return Database(db)


def _view(df: pd.DataFrame, cols: list[str], fmt: OutFormat) -> pd.DataFrame:
    """The columns a person wants in a table; scripts get every column."""
    return df[[c for c in cols if c in df.columns]] if fmt is OutFormat.table else df


def _around(around: str | None) -> Decimal | None:
    if around is None:
        return None
    try:
        return Decimal(around)
    except InvalidOperation:
        raise ZhibiaoError(f"--around {around!r} is not a number") from None


@app.command()
def scorecard(
    region: Annotated[str, typer.Argument(help="Region name, short name or code.")],
    year: Annotated[int | None, typer.Option("--year", "-y", help="Year the targets are for.")] = None,
    indicator: Annotated[str | None, typer.Option("--indicator", "-i", help="Indicator id.")] = None,
    around: AroundOpt = None,
    plot: PlotOpt = None,
    lang: LangOpt = None,
    fmt: FmtOpt = OutFormat.table,
    db: DbOpt = None,
) -> None:
    """Target -> outcome for one region: each target, its result, met/missed/exceeded and margin.

    ``--plot`` draws one small chart per indicator: target and outcome over the years with met/missed
    markers (every year of the panel, not only ``--year``)."""
    from zhibiao.analysis import labels
    from zhibiao.analysis.plot import panel_figure

    lang = labels.check_lang(lang)
    d = _db(db)
    df = d.outcomes(region, year=year, indicator=indicator, around_pp=_around(around))
    if df.empty:
        err.print(f"no targets stored for region {region!r}" + (f" in {year}" if year else ""))
        region_hint(d, region, False, True)
    title = f"{region} scorecard" + (f" {year}" if year else "")
    emit(_view(df, _SCORECARD_VIEW, fmt), fmt, title=title, lang=lang, table="panel",
         drop=("target_source", "result_source", "status_strict", "margin_unit", "prior_target", "measure"))
    if plot is not None:
        from zhibiao.analysis import plot as _plot

        pdf = d.panel(region=region, indicator=indicator, all_indicators=True, around_pp=_around(around))
        name = labels.region_label(None, region, lang or "zh") if lang == "en" else region
        if lang == "en" and not pdf.empty:
            name = str(pdf["region_en"].iloc[0] or region)
        _plot.save(panel_figure(pdf, f"{name}: {'targets and outcomes' if lang == 'en' else '目标与完成'}",
                                lang or "zh"), df, plot, title)  # fmt: skip
        err.print(f"wrote {plot}")


def _save_plot(figure: str, df: Any, plot: Path, title: str) -> None:
    """Draw ``df`` with ``zhibiao.analysis.plot.<figure>`` and write it to ``plot`` (png/svg/html)."""
    from zhibiao.analysis import plot as _plot

    _plot.save(getattr(_plot, figure)(df, title), df, plot, title)
    err.print(f"wrote {plot}")


@app.command()
def compare(
    indicator: Annotated[str, typer.Argument(help="Indicator id, e.g. gdp.")],
    year: Annotated[int, typer.Option("--year", "-y", help="Year the targets are for.")],
    level: LevelOpt = None,
    parent: Annotated[
        str | None, typer.Option("--parent", help="Only regions under this one (code or name, e.g. 510000).")
    ] = None,
    measure: Annotated[str | None, typer.Option("--measure", help="growth|level|rate|...")] = None,
    plot: PlotOpt = None,
    fmt: FmtOpt = OutFormat.table,
    lang: LangOpt = None,
    db: DbOpt = None,
) -> None:
    """One indicator in one year across regions: targets (with qualifiers), results, status, ranked."""
    df = _db(db).compare(indicator, year, level=level, parent=parent, measure=measure)
    title = f"{indicator} {year}"
    emit(_view(df, _COMPARE_VIEW, fmt), fmt, title=title, lang=lang, table="panel",
         drop=("target_source", "margin_unit", "level", "measure"))
    if plot is not None:
        _save_plot("compare_figure", df, plot, title)


@app.command()
def escalation(
    indicator: Annotated[str, typer.Argument(help="Indicator id, e.g. gdp.")],
    year: Annotated[int, typer.Option("--year", "-y", help="Year the targets are for.")],
    measure: Annotated[str | None, typer.Option("--measure", help="growth|level|rate|...")] = None,
    fmt: FmtOpt = OutFormat.table,
    db: DbOpt = None,
) -> None:
    """Targets against the nearest stored higher level's (层层加码): how much more ambitious."""
    df = _db(db).escalation(indicator, year, measure=measure)
    emit(df, fmt, title=f"{indicator} {year}: target escalation")


@app.command()
def timeseries(
    region: Annotated[str, typer.Argument(help="Region name, short name or code.")],
    indicator: Annotated[str, typer.Argument(help="Indicator id, e.g. gdp.")],
    fmt: FmtOpt = OutFormat.table,
    lang: LangOpt = None,
    db: DbOpt = None,
) -> None:
    """One region's targets and results for one indicator over every stored year."""
    df = _db(db).timeseries(region, indicator)
    cols = ["region", "measure", "year", "target", "result", "status", "sources"]
    emit(_view(df, cols, fmt), fmt, title=f"{region} {indicator}", wrap=("sources",), lang=lang, table="panel")


@app.command()
def check(
    refresh: Annotated[bool, typer.Option("--refresh", help="Recompute the flags first.")] = False,
    rule: Annotated[str | None, typer.Option("--rule", help="Only this rule.")] = None,
    region: Annotated[str | None, typer.Option("--region", "-r", help="Only this region.")] = None,
    fmt: FmtOpt = OutFormat.table,
    db: DbOpt = None,
) -> None:
    """List consistency flags (stated arithmetic, shares, conflicting results, implausible values)."""
    df = _db(db).checks(refresh=refresh, rule=rule, region=region)
    view = df[["severity", "rule", "region", "indicator", "period", "message"]] if fmt is OutFormat.table else df
    emit(view, fmt, title=f"{len(df)} flags", wrap=("message",), drop=("severity", "period", "indicator"))
