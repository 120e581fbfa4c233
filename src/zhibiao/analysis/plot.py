"""Charts of comparisons and scorecards: PNG/SVG with matplotlib, HTML as a self-contained page.

SVG keeps text as text (``svg.fonttype = none``) so a browser draws the Chinese names with its
own fonts; the HTML page embeds that SVG and the data table, with no script or network access.
"""

from __future__ import annotations

import html
import io
import warnings
from decimal import Decimal
from pathlib import Path
from typing import Any

import pandas as pd

from zhibiao.errors import ZhibiaoError

_CJK_FONTS = ["Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei", "SimHei", "Microsoft YaHei",
              "PingFang SC", "Heiti SC", "Arial Unicode MS", "DejaVu Sans"]  # fmt: skip


def _num(x: Any) -> float | None:
    """A cell as a float for drawing only (None when missing)."""
    if x is None or (isinstance(x, float) and x != x):
        return None
    if isinstance(x, Decimal):
        return float(x)
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


def _pyplot() -> Any:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError as e:  # pragma: no cover - matplotlib is a dependency
        raise ZhibiaoError("--plot needs matplotlib: pip install matplotlib") from e
    plt.rcParams["font.sans-serif"] = _CJK_FONTS
    plt.rcParams["axes.unicode_minus"] = False
    plt.rcParams["svg.fonttype"] = "none"
    return plt


def compare_figure(df: pd.DataFrame, title: str) -> Any:
    """Target vs result bars per region (the first target of each region, first measure only)."""
    plt = _pyplot()
    warnings.filterwarnings("ignore", message="Glyph .* missing from font")
    rows = df[df["measure"] == df["measure"].iloc[0]] if not df.empty else df
    rows = rows.drop_duplicates(subset=["region"], keep="first")
    labels = [str(r) for r in rows["region"]]
    tv = [_num(v) for v in rows["target_value"]]
    rv = [_num(v) for v in rows["result_value"]]
    fig, ax = plt.subplots(figsize=(max(6.0, 0.9 * len(labels) + 2), 4.5))
    xs = list(range(len(labels)))
    ax.bar([x - 0.2 for x in xs], [v or 0 for v in tv], width=0.4, label="target", color="#4e79a7")
    ax.bar([x + 0.2 for x in xs], [v or 0 for v in rv], width=0.4, label="result", color="#f28e2b")
    for x, t, q in zip(xs, tv, rows["target"], strict=True):
        if t is not None:
            ax.annotate(str(q), (x - 0.2, t), ha="center", va="bottom", fontsize=8)
    ax.set_xticks(xs, labels, rotation=30, ha="right")
    unit = rows["unit"].dropna().iloc[0] if not rows.empty and rows["unit"].notna().any() else ""
    ax.set_ylabel(str(unit))
    ax.set_title(title)
    ax.legend()
    fig.tight_layout()
    return fig


STATUS_STYLE = {  # status -> (marker, colour): the same colours as the dashboard's charts
    "met": ("o", "#2ca02c"), "exceeded": ("^", "#1f77b4"), "missed": ("X", "#d62728"), "unknown": ("o", "#9e9e9e"),
}


def _series(sub: pd.DataFrame) -> tuple[list[int], list[float | None], list[float | None], list[str], str]:
    """Years, target and outcome values in one unit (the most common), statuses and that unit."""
    from zhibiao.quantity.units import convert

    units = [u for u, t in zip(sub["unit"], sub["target_value"], strict=True)
             if isinstance(u, str) and u and t is not None]  # the targets' unit: the chart is about them
    unit = max(set(units), key=units.count) if units else ""
    years, tv, av, st = [], [], [], []
    for r in sub.sort_values("year").itertuples(index=False):
        t = convert(r.target_value, r.unit, unit) if r.target_value is not None else None
        a = convert(r.actual_value, r.actual_unit, unit) if r.actual_value is not None else None
        years.append(int(r.year))
        tv.append(_num(t))
        av.append(_num(a))
        st.append(str(r.status))
    return years, tv, av, st, unit


def panel_figure(df: pd.DataFrame, title: str, lang: str = "zh") -> Any:
    """One small chart per indicator and measure: the target and the outcome over the years, each
    outcome marked met / exceeded / missed (the panel's status), as researchers draw them."""
    from zhibiao.analysis import labels

    plt = _pyplot()
    warnings.filterwarnings("ignore", message="Glyph .* missing from font")
    numeric = df[df["target_value"].notna() | df["actual_value"].notna()] if not df.empty else df
    targeted = numeric[numeric["target_value"].notna()]  # a chart per indicator that has a numeric target
    keys = list(dict.fromkeys(zip(targeted["indicator"], targeted["measure"], strict=True)))[:24]
    n = max(1, len(keys))
    cols = min(3, n)
    nrows = (n + cols - 1) // cols
    fig, axes = plt.subplots(nrows, cols, figsize=(4.2 * cols, 2.9 * nrows), squeeze=False)
    for ax, (ind, measure) in zip(axes.flat, keys, strict=False):
        years, tv, av, st, unit = _series(numeric[(numeric["indicator"] == ind) & (numeric["measure"] == measure)])
        ax.plot(years, tv, "--", color="#4e79a7", marker="o", mfc="white",
                label=labels.code_label("role", "target", lang))
        ax.plot(years, av, "-", color="#555555", label=labels.code_label("role", "actual", lang))
        for y, v, s in zip(years, av, st, strict=True):
            if v is not None:
                marker, colour = STATUS_STYLE.get(s, STATUS_STYLE["unknown"])
                ax.scatter([y], [v], marker=marker, color=colour, s=46, zorder=3)
        name = labels.indicator_name(ind, lang, short=True)
        ax.set_title(f"{name} · {labels.code_label('measure', measure, lang)} ({'pp' if unit == 'pp' else unit})",
                     fontsize=9)
        shown = [y for y, t, a in zip(years, tv, av, strict=True) if t is not None or a is not None]
        ax.set_xticks(shown)  # not a year whose figure is in another unit: its tick would sit on another's
        if len(shown) == 1:  # one point: a year either side, not matplotlib's ±5% of 2024
            ax.set_xlim(shown[0] - 1, shown[0] + 1)
        ax.tick_params(labelsize=8)
    for ax in list(axes.flat)[len(keys):]:
        ax.axis("off")
    if keys:
        from matplotlib.lines import Line2D

        handles, _ = axes.flat[0].get_legend_handles_labels()
        handles += [Line2D([], [], ls="", marker=m, color=c, label=labels.code_label("status", s, lang))
                    for s, (m, c) in STATUS_STYLE.items() if s != "unknown"]
        fig.legend(handles=handles, loc="lower center", ncol=len(handles), fontsize=8, frameon=False)
    fig.suptitle(title)
    fig.tight_layout(rect=(0, 0.05, 1, 1))
    return fig


def save(fig: Any, df: pd.DataFrame, path: Path, title: str) -> None:
    """Write a figure as PNG, SVG or a self-contained HTML page (chart and data table)."""
    import matplotlib.pyplot as plt

    suffix = path.suffix.lower()
    warnings.filterwarnings("ignore", message="Glyph .* missing from font")  # no CJK font: boxes in PNG
    try:
        if suffix in (".png", ".svg"):
            fig.savefig(path, dpi=150)
        elif suffix in (".html", ".htm"):
            buf = io.StringIO()
            fig.savefig(buf, format="svg")
            svg = buf.getvalue()
            svg = svg[svg.find("<svg") :]
            table = df.to_html(index=False, na_rep="", escape=True, border=0)
            path.write_text(
                "<!DOCTYPE html><html lang='zh'><head><meta charset='utf-8'>"
                f"<title>{html.escape(title)}</title><style>body{{font-family:sans-serif;margin:2em}}"
                "table{border-collapse:collapse;font-size:13px}td,th{padding:2px 8px;border-bottom:1px solid #ddd}"
                f"</style></head><body><h1>{html.escape(title)}</h1>{svg}{table}</body></html>\n",
                encoding="utf-8",
            )
        else:
            raise ZhibiaoError(f"--plot {path}: use a .png, .svg or .html file")
    finally:
        plt.close(fig)
