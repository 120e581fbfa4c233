"""The codebook of a build: every panel and facts column, every code, the indicators, and provenance.

Written as Markdown or HTML from one list of blocks, so the two say the same; the content comes from
``data/codebook.toml``, the indicator vocabulary and the store itself (what it holds, when, by which
zhibiao).
"""

from __future__ import annotations

import datetime as _dt
import html
from pathlib import Path
from typing import Any

from zhibiao.analysis import labels
from zhibiao.analysis.labels import Lang
from zhibiao.errors import ZhibiaoError

Block = tuple[str, Any]  # ("h1"|"h2"|"p", text) or ("table", (headers, rows))


def _provenance(db: Any) -> list[Block]:
    from zhibiao._version import __version__

    reps = db.reports()
    out: list[Block] = [("h2", "Provenance")]
    n = len(reps)
    years = sorted({int(y) for y in reps["year"].dropna()}) if n else []
    levels = reps["level"].value_counts().to_dict() if n else {}
    facts = int(reps["facts"].sum()) if n else 0
    out.append(("table", (["item", "value"], [
        ["zhibiao version", __version__],
        ["built", _dt.datetime.now().astimezone().isoformat(timespec="seconds")],
        ["database", str(getattr(db, "root", None) or db.path)],
        ["reports", str(n)],
        ["facts", str(facts)],
        ["report years", f"{years[0]}–{years[-1]}" if years else "—"],
        ["reports by level", ", ".join(f"{k} {v}" for k, v in sorted(levels.items())) or "—"],
    ])))  # fmt: skip
    out.append(("p", "The reports this build holds (file#report is how every *_doc column names a source):"))
    rows = [[str(r.region or ""), str(r.region_code or ""), str(r.level or ""), "" if r.year is None else str(r.year),
             str(r.type or ""), f"{r.doc}#{r.report}", str(r.facts)]
            for r in reps.itertuples(index=False)]  # fmt: skip
    out.append(("table", (["region", "code", "level", "year", "type", "source", "facts"], rows)))
    return out


def _columns(table: str, lang: Lang) -> Block:
    other: Lang = "zh" if lang == "en" else "en"
    rows = [[f"`{c['name']}`", c[lang], c[other], c["doc"]] for c in labels.column_docs(table)]
    return ("table", (["column", f"label ({lang})", f"label ({other})", "definition"], rows))


def blocks(db: Any, lang: Lang = "en") -> list[Block]:
    """The codebook's content, in order."""
    from zhibiao.analysis.panel import WIDE_FIELDS, WIDE_ID_COLUMNS

    out: list[Block] = [("h1", "zhibiao codebook: the target–outcome panel and the facts table")]
    out.append(("p", "zhibiao reads Chinese government work reports and plan-execution reports and keeps every "
                     "target and every reported outcome with the sentence it came from. `zhibiao panel` pairs each "
                     "year's target with the outcome reported for that year; `zhibiao facts` lists the facts "
                     "themselves. Column names are the same in every export format (CSV, Excel, Parquet, Stata, "
                     "JSON lines); years are integers; values are exact decimals (Stata: double)."))  # fmt: skip
    out += _provenance(db)
    out.append(("h2", "The panel (`zhibiao panel`)"))
    out.append(("p", "One row per region × year × indicator × measure. A target of year Y is paired, by division "
                     "code, with the outcome for Y first reported (normally in the report of Y+1); a later, "
                     "different figure for Y is kept as the revised outcome. Where a year has several targets "
                     "(确保6%、力争6.5%) the row carries the first binding or expected one and lists the others. "
                     "A cell with an outcome but no target is kept, with status unknown (no_target). Facts with a "
                     "multi-year horizon (到2027年, 十四五期间) stay out."))  # fmt: skip
    out.append(_columns("panel", lang))
    out.append(("h2", "The wide panel (`zhibiao panel --wide`)"))
    stems = [[f"`{i.id}`", f"`{i.var}`"] for i in labels.indicators().values() if i.var]
    out.append(("p", "One row per region × year: the columns " + ", ".join(f"`{c}`" for c in WIDE_ID_COLUMNS)
                + ", then for each indicator and measure present `{stem}_{measure}_{field}` with field one of "
                + ", ".join(f"`{f}` ({c})" for f, c in WIDE_FIELDS.items())
                + " — e.g. `gdp_growth_target`. The stem is the indicator id, or a shorter one where the id "
                  "would make a name longer than Stata's 32 characters:"))  # fmt: skip
    out.append(("table", (["indicator", "stem"], stems)))
    out.append(("h2", "The facts table (`zhibiao facts`, `zhibiao export`)"))
    out.append(_columns("facts", lang))
    out.append(("h2", "Codes"))
    for col, codes in labels.coded_columns().items():
        out.append(("h3", f"`{col}`"))
        out.append(("table", (["code", "zh", "en", "definition"],
                              [[f"`{k}`", v["zh"], v["en"], v["doc"]] for k, v in codes.items()])))  # fmt: skip
    out.append(("h2", "Indicators"))
    out.append(("p", "The 26 headline ids of the facts specification (marked ✓) and the further ids zhibiao keeps. "
                     "`zhibiao indicators --all --format json` lists the same."))  # fmt: skip
    rows = [[f"`{i.id}`", "✓" if i.headline else "", i.name, "、".join(i.aliases), i.en, i.label_en,
             ", ".join(i.measures), ", ".join(labels.base_units(i))]
            for i in labels.indicators().values()]  # fmt: skip
    out.append(("table", (["id", "headline", "Chinese name", "names it covers", "English name", "short label",
                           "measures", "units (base)"], rows)))  # fmt: skip
    out.append(("h2", "Units and names"))
    out.append(("p", "Levels carry `value_base` / `unit_base`: the value in the base unit of its kind (亿元 → 元, "
                     "万人 → 人, 亿斤 → 吨); 美元 stays 美元 (no exchange rates), 人次 is not 人, 亩 stays 亩. Growth "
                     "and rates are in % and gaps in percentage points. Region names in English are Hanyu Pinyin in "
                     "place-name style (Suining Shi Anju Qu); provinces take their ISO 3166-2:CN names (Nei Mongol "
                     "Zizhiqu, Shaanxi Sheng). Below the provinces, names from Mongolian, Tibetan, Uyghur and other "
                     "languages are plain pinyin (Huhehaote Shi for Hohhot)."))  # fmt: skip
    return out


def _md_cell(x: str) -> str:
    return str(x).replace("|", "\\|").replace("\n", " ")


def render_markdown(bs: list[Block]) -> str:
    """Markdown text of the blocks."""
    lines: list[str] = []
    for kind, body in bs:
        if kind in ("h1", "h2", "h3"):
            lines += ["#" * int(kind[1]) + " " + body, ""]
        elif kind == "p":
            lines += [body, ""]
        else:
            heads, rows = body
            lines.append("| " + " | ".join(heads) + " |")
            lines.append("|" + "---|" * len(heads))
            lines += ["| " + " | ".join(_md_cell(c) for c in r) + " |" for r in rows]
            lines.append("")
    return "\n".join(lines)


def _html_inline(text: str) -> str:
    """Escaped text with `code` spans."""
    parts = html.escape(str(text)).split("`")
    return "".join(f"<code>{p}</code>" if i % 2 else p for i, p in enumerate(parts))


def render_html(bs: list[Block]) -> str:
    """A self-contained HTML page of the blocks (no script, no network)."""
    body: list[str] = []
    for kind, content in bs:
        if kind in ("h1", "h2", "h3"):
            body.append(f"<{kind}>{_html_inline(content)}</{kind}>")
        elif kind == "p":
            body.append(f"<p>{_html_inline(content)}</p>")
        else:
            heads, rows = content
            head = "".join(f"<th>{_html_inline(h)}</th>" for h in heads)
            trs = "".join("<tr>" + "".join(f"<td>{_html_inline(c)}</td>" for c in r) + "</tr>" for r in rows)
            body.append(f"<table><thead><tr>{head}</tr></thead><tbody>{trs}</tbody></table>")
    style = ("body{font-family:system-ui,'Noto Sans CJK SC','PingFang SC',sans-serif;margin:2em;max-width:72em}"
             "table{border-collapse:collapse;font-size:13px;margin:.5em 0 1.5em}"
             "td,th{padding:3px 8px;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}"
             "code{background:#f4f4f4;padding:0 2px}")  # fmt: skip
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>zhibiao codebook</title>"
            f"<style>{style}</style></head><body>{''.join(body)}</body></html>\n")  # fmt: skip


def write_codebook(db: Any, out: str | Path, lang: Lang = "en") -> None:
    """Write the codebook of ``db`` to ``out`` (``.md`` or ``.html``)."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in (".md", ".markdown", ".html", ".htm"):
        raise ZhibiaoError(f"codebook {out}: use a .md or .html file")
    bs = blocks(db, lang)
    text = render_html(bs) if suffix in (".html", ".htm") else render_markdown(bs)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
