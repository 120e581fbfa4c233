"""Policy-language commands: terms, first-use, diffusion, new-terms, glossary."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from zhibiao.cli.app import app
from zhibiao.cli.store_cmds import DbOpt, FmtOpt, LevelOpt, OutFormat, _store, emit, err
from zhibiao.errors import ZhibiaoError

if TYPE_CHECKING:
    import pandas as pd

TermsArg = Annotated[list[str] | None, typer.Argument(help="Terms, e.g. 低空经济 新质生产力.", show_default=False)]
TermsFileOpt = Annotated[
    Path | None,
    typer.Option("--terms-file", help="Word list: one term per line (# comments).", show_default=False),
]
ParentOpt = Annotated[
    str | None, typer.Option("--parent", help="Only reports of this region and its subdivisions.")
]
YearsOpt = Annotated[str | None, typer.Option("--years", help="Year range of reports, e.g. 2015-2026.")]


def _terms(terms: list[str] | None, terms_file: Path | None) -> list[str]:
    from zhibiao.analysis.terms import load_terms_file

    out = list(terms or [])
    if terms_file is not None:
        if not terms_file.is_file():
            raise ZhibiaoError(f"{terms_file}: no such terms file")
        out += load_terms_file(terms_file)
    if not out:
        raise ZhibiaoError("give at least one term (or --terms-file FILE)")
    return out


def plot_by_year(series: pd.DataFrame, out: Path, title: str = "") -> None:
    """A line chart of mean rate per 10,000 characters over years, one line per series."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        from matplotlib import font_manager
    except ImportError as e:  # pragma: no cover - matplotlib is a dependency
        raise ZhibiaoError("--plot needs matplotlib (pip install matplotlib)") from e
    wanted = ("Noto Sans CJK", "Noto Serif CJK", "WenQuanYi", "SimHei", "Source Han")
    cjk = [f.name for f in font_manager.fontManager.ttflist if any(k in f.name for k in wanted)]
    if cjk:
        plt.rcParams["font.sans-serif"] = [cjk[0], *plt.rcParams["font.sans-serif"]]
    fig, ax = plt.subplots(figsize=(8, 4.5))
    for name, g in series.groupby("series", sort=False):
        g = g.sort_values("year")
        ax.plot(g["year"].astype(int), g["rate_mean"], marker="o", label=str(name))
    ax.set_xlabel("year")
    ax.set_ylabel("mean occurrences per 10,000 characters")
    if title:
        ax.set_title(title)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.legend()
    with warnings.catch_warnings():  # no CJK font installed: labels lose glyphs, the lines stay
        warnings.filterwarnings("ignore", message="Glyph .* missing")
        fig.tight_layout()
        fig.savefig(out, dpi=120)
    plt.close(fig)


@app.command("terms")
def terms_cmd(
    terms: TermsArg = None,
    by: Annotated[str, typer.Option("--by", help="year|region|level|province|report")] = "year",
    level: LevelOpt = None,
    parent: ParentOpt = None,
    years: YearsOpt = None,
    terms_file: TermsFileOpt = None,
    plot: Annotated[
        Path | None, typer.Option("--plot", help="Write a line chart over years (PNG/SVG/PDF).")
    ] = None,
    fmt: FmtOpt = OutFormat.table,
    db: DbOpt = None,
) -> None:
    """Term frequencies per 10,000 characters of report text: mean rate and share of reports, by dimension."""
    from zhibiao.analysis.terms import series_by_year
    from zhibiao.analysis.terms import terms as term_freq

    tl = _terms(terms, terms_file)
    store = _store(db)
    df = term_freq(store, tl, by=by, level=level, parent=parent, years=years)
    emit(df, fmt, title=f"{', '.join(tl[:5])}{' …' if len(tl) > 5 else ''} by {by}")
    if plot is not None:
        series = series_by_year(store, tl, level=level, parent=parent, years=years)
        plot_by_year(series, plot, ", ".join(tl[:5]))
        err.print(f"wrote chart to {plot}")


@app.command("first-use")
def first_use_cmd(terms: TermsArg = None, terms_file: TermsFileOpt = None, fmt: FmtOpt = OutFormat.table,
                  db: DbOpt = None) -> None:  # fmt: skip
    """The first report (date, region, level) using each term."""
    from zhibiao.analysis.terms import first_use

    emit(first_use(_store(db), _terms(terms, terms_file)), fmt, title="first use")


@app.command("diffusion")
def diffusion_cmd(terms: TermsArg = None, terms_file: TermsFileOpt = None, fmt: FmtOpt = OutFormat.table,
                  db: DbOpt = None) -> None:  # fmt: skip
    """Cumulative share of regions of each level using a term, by year (centre to counties)."""
    from zhibiao.analysis.terms import diffusion

    emit(diffusion(_store(db), _terms(terms, terms_file)), fmt, title="diffusion")


@app.command("new-terms")
def new_terms_cmd(
    year: Annotated[int, typer.Option("--year", "-y", help="Year of the reports to scan.")],
    limit: Annotated[int | None, typer.Option("--limit", "-n", help="At most N rows.")] = 50,
    fmt: FmtOpt = OutFormat.table,
    db: DbOpt = None,
) -> None:
    """Quoted phrases, numbered slogans and glossary terms first seen in YEAR, by regions using them."""
    from zhibiao.analysis.terms import new_terms

    df = new_terms(_store(db), year, limit=limit or None)
    emit(df, fmt, title=f"new terms in {year}", wrap=("region_names",))


@app.command("glossary")
def glossary_cmd(
    term: Annotated[
        str | None, typer.Argument(help="Term, e.g. 两新 or “1336”; none: the whole dictionary.")
    ] = None,
    fmt: FmtOpt = OutFormat.table,
    db: DbOpt = None,
) -> None:
    """The glossary across reports: each region's definition, years seen, whether definitions agree."""
    from zhibiao.analysis.glossary import glossary_dictionary, glossary_entries

    store = _store(db)
    if term is None:
        df = glossary_dictionary(store)
        view = df.drop(columns=["definition"]) if fmt is OutFormat.table else df
        emit(view, fmt, title=f"{len(df)} glossary terms", wrap=("variants", "region_names"))
        return
    summary = glossary_dictionary(store, term)
    entries = glossary_entries(store, term)
    if fmt is not OutFormat.table:
        emit(entries.merge(summary[["key", "regions", "first_year", "last_year", "agree"]], on="key"), fmt)
        return
    if summary.empty:
        empty = glossary_dictionary(store).empty
        err.print("no glossary entries are stored (no report has a 名词解释 section)" if empty
                  else f"no glossary entry for {term!r}")  # fmt: skip
    for row in summary.itertuples(index=False):
        verdict = {True: "definitions agree", False: f"defined differently ({row.meanings} meanings)",
                   None: "one definition"}[row.agree]  # fmt: skip
        g = entries[entries["key"] == row.key]
        emit(g[["term", "region", "year", "meaning", "definition", "doc"]], fmt, wrap=("definition",),
             title=f"{row.variants}: {row.regions} regions, {row.first_year}–{row.last_year}, {verdict}")
