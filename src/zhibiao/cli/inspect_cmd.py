"""`zhibiao inspect FILE [--json]`: each report's metadata and section outline."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from zhibiao.cli.app import app
from zhibiao.cli.given import Given, GivenRegionOpt, GivenYearOpt, ManifestOpt
from zhibiao.document.periods import passage_at
from zhibiao.model import Passage, Report, Section

# How a passage's scope reads in the outline.
_SCOPE_WORD = {"multi_year_review": "review", "year_review": "review", "plan_goals": "plan goals",
               "year_plan": "plan", "unknown": ""}  # fmt: skip


def _years(p: Passage | None) -> str:
    """`review 2021–2025`, `plan 2026`: what a passage speaks of, for the outline."""
    if p is None or p.scope == "unknown" or p.first is None:
        return "-"
    span = str(p.first) if p.first == p.last else f"{p.first}–{p.last}"
    return f"{_SCOPE_WORD[p.scope]} {span}"


def _flat(sections: list[Section] | tuple[Section, ...]) -> list[Section]:
    """Sections flattened in document order (parents before their children)."""
    out: list[Section] = []
    for s in sections:
        out.append(s)
        out.extend(_flat(s.children))
    return out


def report_record(r: Report) -> dict[str, Any]:
    """The JSON shape of one report (keys fixed by issue 2)."""
    m = r.meta
    return {
        "index": r.index,
        "title": m.title,
        "region": m.region,
        "region_code": m.region_code,
        "level": m.level,
        "report_type": m.report_type,
        "report_year": m.report_year,
        "review_year": m.review_year,
        "plan_year": m.plan_year,
        "date": m.date,
        "session": m.session.to_dict() if m.session else None,
        "meta_source": {"region": m.region_source, "year": m.year_source, "report_type": m.type_source},
        "sections": [
            {"kind": s.kind, "title": s.title, "start": s.span.start, "end": s.span.end}
            for s in _flat(r.sections)
        ],
        "glossary": [{"number": g.number, "term": g.term, "definition": g.definition} for g in r.glossary],
        "passages": [
            {"scope": p.scope, "first_year": p.first, "last_year": p.last, "cue": p.cue,
             "start": p.span.start, "end": p.span.end}
            for p in r.passages
        ],
    }


def _from(source: str | None) -> str:
    """`` · from the title`` (where a value was read; ``user``: given by the user)."""
    return f" · from the {source}" if source and source != "user" else (" · given by the user" if source else "")


def _print_tables(path: Path, reports: list[Report], console: Console) -> None:
    for r in reports:
        m = r.meta
        meta = Table(title=f"{path.name} · report {r.index}", show_header=False, title_justify="left")
        meta.add_column("field", style="bold")
        meta.add_column("value")
        session = f"第{m.session.congress}届 第{m.session.meeting}次会议" if m.session else "-"
        rows = [
            ("title", m.title or "-"),
            ("region", f"{m.region or '-'} ({m.region_code or '-'}, {m.level or '-'})" + _from(m.region_source)),
            ("type", m.report_type + _from(m.type_source)),
            ("years", f"report {m.report_year} · review {m.review_year} → plan {m.plan_year}" + _from(m.year_source)),
            ("date", m.date or "-"),
            ("session", session),
            ("glossary", f"{len(r.glossary)} entries"),
        ]
        for k, v in rows:
            meta.add_row(k, str(v))
        console.print(meta)
        outline = Table(show_header=True, header_style="bold")
        outline.add_column("kind")
        outline.add_column("years")
        outline.add_column("section")
        outline.add_column("chars", justify="right")
        starts = [p.span.start for p in r.passages]
        for s in _flat(r.sections):
            if s.kind == "glossary" or s.level <= 2:
                years = _years(passage_at(r.passages, starts, s.span.start))
                outline.add_row(s.kind, years, "  " * (s.level - 1) + s.title, str(len(s.span)))
        console.print(outline)
        shifts = Table(title="passages (the years the text speaks of)", header_style="bold", title_justify="left")
        shifts.add_column("from", justify="right")
        shifts.add_column("years")
        shifts.add_column("opened by")
        for p in r.passages:
            if p.scope != "unknown":
                shifts.add_row(str(p.span.start), _years(p), p.cue[:30])
        console.print(shifts)


@app.command("inspect")
def inspect_command(
    file: Annotated[Path, typer.Argument(help="A report file (txt in any supported encoding).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON list of reports.")] = False,
    region: GivenRegionOpt = None,
    year: GivenYearOpt = None,
    manifest: ManifestOpt = None,
) -> None:
    """Show each report's metadata (and where each value was read) and section outline."""
    from zhibiao.pipeline import read

    reports = read(file, Given(region, year, manifest).for_path(file))
    if as_json:
        typer.echo(json.dumps([report_record(r) for r in reports], ensure_ascii=False, indent=2))
        return
    _print_tables(file, reports, Console())
