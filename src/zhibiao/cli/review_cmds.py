"""``zhibiao review``: the review queue, decisions for scripts, orphans, statistics, gold and exchange."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from zhibiao.cli.app import app
from zhibiao.cli.store_cmds import DbOpt, FmtOpt, OutFormat, emit

if TYPE_CHECKING:
    from zhibiao.review import Item, Reviewer

review_app = typer.Typer(
    help="Review facts: accept, correct, reject, add missed ones; corrections survive reextract.",
    no_args_is_help=True,
)
app.add_typer(review_app, name="review")

console = Console()
err = Console(stderr=True)

ReviewerOpt = Annotated[
    str | None,
    typer.Option("--reviewer", help="Who decides (default $ZHIBIAO_REVIEWER).", show_default=False),
]
ReasonOpt = Annotated[str | None, typer.Option("--reason", help="Why (kept in the log).")]


def _reviewer(db: Path | None, name: str | None) -> Reviewer:
    from zhibiao.review import Reviewer

    return Reviewer(db, name)


def _done(what: str, fact_id: str) -> None:
    err.print(f"{what} {fact_id}", highlight=False)


@review_app.command("accept")
def accept_cmd(
    fact_ids: Annotated[list[str], typer.Argument(help="Fact ids (or unique prefixes of 6+ digits).")],
    reason: ReasonOpt = None,
    reviewer: ReviewerOpt = None,
    db: DbOpt = None,
) -> None:
    """Accept facts as they stand."""
    rv = _reviewer(db, reviewer)
    for fid in fact_ids:
        _done("accepted", rv.accept(fid, reason).fact_id)


@review_app.command("reject")
def reject_cmd(
    fact_id: Annotated[str, typer.Argument(help="Fact id.")],
    reason: Annotated[str, typer.Option("--reason", help="Why it is not a fact (required).")],
    reviewer: ReviewerOpt = None,
    db: DbOpt = None,
) -> None:
    """Reject a fact: it leaves facts, exports and the panel (kept in the log)."""
    _done("rejected", _reviewer(db, reviewer).reject(fact_id, reason).fact_id)


@review_app.command("correct")
def correct_cmd(
    fact_id: Annotated[str, typer.Argument(help="Fact id.")],
    sets: Annotated[list[str], typer.Option("--set", help="FIELD=VALUE, e.g. period=2025 (repeat; empty clears).")],
    reason: ReasonOpt = None,
    reviewer: ReviewerOpt = None,
    db: DbOpt = None,
) -> None:
    """Correct fields of a fact: indicator, role, period, measure, value, value_high, unit, qualifier..."""
    from zhibiao.review import parse_sets

    ev = _reviewer(db, reviewer).correct(fact_id, parse_sets(sets), reason)
    _done("corrected " + ", ".join(f"{k}={v}" for k, v in ev.fields.items() if k in ev.before), ev.fact_id)


@review_app.command("add")
def add_cmd(
    doc: Annotated[str, typer.Argument(help="Stored document: file name, SHA-256 (prefix) or id.")],
    start: Annotated[int, typer.Option("--start", help="Start character in the decoded file (as facts' start_char).")],
    end: Annotated[int, typer.Option("--end", help="End character (exclusive).")],
    indicator: Annotated[str, typer.Option("--indicator", "-i", help="Indicator id, e.g. gdp.")],
    role: Annotated[str, typer.Option("--role", help="target|actual|prior_target")],
    measure: Annotated[str, typer.Option("--measure", help="growth|level|rate|change_pp|index")] = "growth",
    period: Annotated[int | None, typer.Option("--period", help="Year the value refers to.")] = None,
    value: Annotated[str | None, typer.Option("--value", help="The number (low end of a range).")] = None,
    value_high: Annotated[str | None, typer.Option("--value-high", help="High end of a range.")] = None,
    unit: Annotated[str | None, typer.Option("--unit", help="% pp or as written (亿元...).")] = None,
    qualifier: Annotated[str | None, typer.Option("--qualifier", help=(
        "exact|around|at_least|at_most|range|qualitative (default: exact, or qualitative without a value)"))] = None,
    commitment: Annotated[str | None, typer.Option("--commitment", help="binding|stretch|expected")] = None,
    reason: ReasonOpt = None,
    reviewer: ReviewerOpt = None,
    db: DbOpt = None,
) -> None:
    """Add a fact the extractor missed, from a character span of a stored document."""
    fields = {"indicator": indicator, "role": role, "measure": measure, "period": period, "value": value,
              "value_high": value_high, "unit": unit, "qualifier": qualifier, "commitment": commitment}  # fmt: skip
    ev = _reviewer(db, reviewer).add(doc, fields, start=start, end=end, reason=reason)
    _done(f"added ({ev.fields['text']!r}, bytes {ev.fields['byte_start']}..{ev.fields['byte_end']})", ev.fact_id)


# -- the interactive queue -------------------------------------------------------------------------

_KEYS = "[a]ccept  [r]eject  [e]dit a field  [s]kip  [m]issed fact in this report  [q]uit"


def _show(item: Item, n: int, total: int) -> None:
    from zhibiao.store import readable

    f = item.fact
    console.rule(f"{n}/{total}  {f['doc']}#{f['report']}  {f['region'] or ''}  fact {f['fact_id']}")
    sentence = Text(item.before)
    sentence.append(f["text"] or "", style="bold reverse")
    sentence.append(item.after)
    console.print(sentence)
    t = Table(show_header=True, header_style="bold", box=None)
    for col in ("indicator", "role", "period", "measure", "value", "qualifier", "commitment", "review"):
        t.add_column(col)
    t.add_row(str(f["indicator"]), str(f["role"]), str(f["period"]), str(f["measure"]),
              readable(f["value"], f["value_high"], f["unit"], f["qualifier"]), str(f["qualifier"]),
              str(f["commitment"] or ""), str(f["review"]))  # fmt: skip
    console.print(t)
    if item.reasons:
        console.print("why now: " + "; ".join(item.reasons), style="yellow", highlight=False)
    console.print(_KEYS, style="dim", highlight=False, markup=False)


def _edit(rv: Reviewer, item: Item) -> None:
    from zhibiao.review import FIELDS

    name = typer.prompt("field (" + "|".join(FIELDS) + ")")
    value = typer.prompt(f"new {name} (empty clears it)", default="", show_default=False)
    ev = rv.correct(item.fact_id, {name: value})
    item.fact.update({k: v for k, v in ev.fields.items() if k in item.fact})
    item.fact["review"] = "corrected"


def _missed(rv: Reviewer, item: Item) -> None:
    """Add a fact the extractor missed in the current report: find its text, then ask its fields."""
    from zhibiao.review import ReviewError

    f = item.fact
    with rv.store.connection() as con:
        (text,) = con.execute("SELECT text FROM reports WHERE doc_id = ? AND report = ?",
                              [f["doc_id"], f["report"]]).fetchone()  # type: ignore[misc]
    words = typer.prompt("text of the missed fact, as it stands in the report")
    hits = []
    pos = text.find(words)
    while pos >= 0 and words:
        hits.append(pos)
        pos = text.find(words, pos + 1)
    if not hits:
        raise ReviewError(f"{words!r} is not in this report's text")
    k = 1 if len(hits) == 1 else typer.prompt(f"it occurs {len(hits)} times: which one (1-{len(hits)})", type=int)
    if not 1 <= k <= len(hits):
        raise ReviewError(f"choose 1 to {len(hits)}")
    at = hits[k - 1]
    fields = {name: typer.prompt(name, default="", show_default=False) or None
              for name in ("indicator", "role", "measure", "period", "value", "unit", "qualifier")}
    ev = rv.add(str(f["sha256"]), fields, report=int(f["report"]), norm_start=at, norm_end=at + len(words))
    console.print(f"added {ev.fact_id}: {ev.fields['text']}", highlight=False)


@review_app.command("next")
def next_cmd(
    sample: Annotated[int | None, typer.Option("--sample", help="Review every fact of N random reports.")] = None,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the sample (same seed, same reports).")] = 0,
    limit: Annotated[int | None, typer.Option("--limit", "-n", help="Stop after N facts.")] = None,
    reviewer: ReviewerOpt = None,
    db: DbOpt = None,
) -> None:
    """The review queue: one key per fact, riskiest first (or a reproducible sample of whole reports)."""
    from zhibiao.review import ReviewError, queue

    rv = _reviewer(db, reviewer)
    _refresh_flags(db)
    with rv.store.connection() as con:
        items = queue(con, sample=sample, seed=seed)
    if limit is not None:
        items = items[:limit]
    if not items:
        err.print("nothing to review" + (" in that sample" if sample else ": every fact has a decision"))
        return
    decided = 0
    for n, item in enumerate(items, 1):
        _show(item, n, len(items))
        while True:
            key = typer.getchar()
            try:
                if key == "a":
                    rv.accept(item.fact_id)
                    decided += 1
                elif key == "r":
                    rv.reject(item.fact_id, typer.prompt("reason", default="not a headline fact"))
                    decided += 1
                elif key == "e":
                    _edit(rv, item)
                    decided += 1
                    _show(item, n, len(items))
                    continue
                elif key == "m":
                    _missed(rv, item)
                    continue
                elif key == "q":
                    err.print(f"{decided} decisions by {rv.name}")
                    return
                elif key not in ("s", "n", "\r", "\n"):
                    console.print(_KEYS, style="dim", highlight=False, markup=False)
                    continue
            except ReviewError as e:
                err.print(f"[red]{e}[/red]", highlight=False)
                continue
            break
    err.print(f"{decided} decisions by {rv.name}; queue done")


def _refresh_flags(db: Path | None) -> None:
    """Bring the consistency flags up to date: the queue puts flagged facts first."""
    from zhibiao.api import Database

    Database(db).checks()


# -- reading the log ---------------------------------------------------------------------------------


@review_app.command("orphans")
def orphans_cmd(fmt: FmtOpt = OutFormat.table, db: DbOpt = None) -> None:
    """Decisions whose fact is no longer produced or whose span moved (never dropped silently)."""
    import pandas as pd

    from zhibiao.review import orphans
    from zhibiao.store import Store

    with Store(db).connection() as con:
        got = orphans(con)
    cols = ["fact_id", "why", "action", "reviewer", "doc", "start", "end", "indicator", "role", "measure",
            "candidate", "fields"]  # fmt: skip
    df = pd.DataFrame([{**o.record(), "fields": json.dumps(o.fields, ensure_ascii=False)} for o in got], columns=cols)
    emit(df, fmt, title=f"{len(df)} orphaned decisions")
    if got:
        raise typer.Exit(1)


@review_app.command("conflicts")
def conflicts_cmd(fmt: FmtOpt = OutFormat.table, db: DbOpt = None) -> None:
    """Imported decisions held back because they disagree with a local one (decide again to settle)."""
    import pandas as pd

    from zhibiao.review import held
    from zhibiao.store import Store

    with Store(db).connection() as con:
        rows = held(con)
    for r in rows:
        r["fields"] = json.dumps(r["fields"], ensure_ascii=False)
        r["local_fields"] = json.dumps(r["local_fields"], ensure_ascii=False)
    df = pd.DataFrame(rows, columns=["fact_id", "reviewer", "action", "fields", "reason", "local", "local_by",
                                     "local_fields", "event_id"])  # fmt: skip
    emit(df, fmt, title=f"{len(df)} held imported decisions")


def _pct(x: float) -> str:
    return "n/a" if math.isnan(x) else f"{x:.3f}"


@review_app.command("stats")
def stats_cmd(fmt: FmtOpt = OutFormat.table, db: DbOpt = None) -> None:
    """Coverage, corrections by field, precision and recall (95% Wilson intervals), Cohen's kappa."""
    import pandas as pd

    from zhibiao.review import stats
    from zhibiao.store import Store

    with Store(db).connection() as con:
        s = stats(con)
    summary: dict[str, Any] = {
        "facts": s.facts, "decided": s.decided, "coverage": s.decided / s.facts if s.facts else math.nan,
        "reports": s.reports, "reports_fully_reviewed": s.reports_reviewed,
        **{f"n_{k}": v for k, v in s.by_state.items()},
        "orphans": s.orphans, "tp": s.tp, "fp": s.fp, "fn": s.fn, "precision": s.precision,
        "precision_low": s.precision_ci[0], "precision_high": s.precision_ci[1], "recall": s.recall,
        "recall_low": s.recall_ci[0], "recall_high": s.recall_ci[1],
    }  # fmt: skip
    fields = pd.DataFrame([{"field": k, "wrong": v, "of_kept": s.kept, "share": v / s.kept if s.kept else math.nan}
                           for k, v in s.corrected_fields.items()])  # fmt: skip
    agree = pd.DataFrame(s.agreement, columns=["reviewers", "field", "facts", "reports", "agreement", "kappa"])
    if fmt is OutFormat.json:
        print(json.dumps({"summary": summary, "corrections_by_field": fields.to_dict("records"),
                          "agreement": agree.to_dict("records")}, ensure_ascii=False, indent=1, default=str))
        return
    if fmt is not OutFormat.table:
        emit(pd.DataFrame([summary]), fmt)
        return
    console.print(
        f"coverage: {s.decided} of {s.facts} machine facts decided ({_pct(summary['coverage'])}); "
        f"{s.reports_reviewed} of {s.reports} reports fully reviewed; "
        + ", ".join(f"{k} {v}" for k, v in s.by_state.items()) + f"; {s.orphans} orphaned decisions",
        highlight=False,
    )
    console.print(
        f"extractor on fully reviewed reports (headline facts, as zhibiao eval scores): "
        f"precision {_pct(s.precision)} [{_pct(s.precision_ci[0])}, {_pct(s.precision_ci[1])}], "
        f"recall {_pct(s.recall)} [{_pct(s.recall_ci[0])}, {_pct(s.recall_ci[1])}] "
        f"(tp {s.tp}, fp {s.fp}, fn {s.fn}; 95% Wilson intervals)",
        highlight=False,
    )
    emit(fields, fmt, title="corrections by field (facts kept whose field was wrong)")
    if not agree.empty:
        emit(agree, fmt, title="agreement between reviewers (Cohen's kappa)")


@review_app.command("log")
def log_cmd(
    fact_id: Annotated[str | None, typer.Option("--fact", help="Only this fact's decisions.")] = None,
    fmt: FmtOpt = OutFormat.table,
    db: DbOpt = None,
) -> None:
    """The corrections log, oldest first."""
    from zhibiao.store import Store

    where, params = ("WHERE starts_with(fact_id, ?)", [fact_id]) if fact_id else ("", [])
    with Store(db).connection() as con:
        df = con.execute(f"""SELECT seq, decided_at, reviewer, action, fact_id, fields, reason, applied
                             FROM corrections {where} ORDER BY seq""", params).df()  # fmt: skip
    emit(df, fmt, title=f"{len(df)} decisions", wrap=("fields",))


# -- files ------------------------------------------------------------------------------------------------

OutOpt = Annotated[Path, typer.Option("--output", "-o", help="Output file (JSON lines).")]


@review_app.command("export")
def export_cmd(out: OutOpt, db: DbOpt = None) -> None:
    """Write the corrections log as JSON lines, to import on another machine."""
    from zhibiao.review import export_events
    from zhibiao.store import Store

    with Store(db).connection() as con:
        n = export_events(con, out)
    err.print(f"wrote {n} decisions to {out}")


@review_app.command("import")
def import_cmd(
    file: Annotated[Path, typer.Argument(help="A file written by zhibiao review export.")],
    db: DbOpt = None,
) -> None:
    """Add another machine's decisions; those that conflict with a local one are listed, not applied."""
    from zhibiao.review import import_events
    from zhibiao.store import Store

    with Store(db).connection(read_only=False) as con:
        res = import_events(con, file)
    err.print(f"read {res.read} decisions: {res.new} new, {res.applied} applied, "
              f"{res.new - res.applied} held back in {len(res.conflicts)} conflicts")  # fmt: skip
    if res.conflicts:
        t = Table(title="conflicts (zhibiao review conflicts lists them; decide again to settle)", header_style="bold")
        for col in ("fact_id", "local", "theirs"):
            t.add_column(col)
        for c in res.conflicts:
            t.add_row(c.fact_id, f"{c.local.review} by {c.local.reviewer} {c.local.fields or ''}",
                      f"{c.theirs.review} by {c.theirs.reviewer} {c.theirs.fields or ''}")  # fmt: skip
        console.print(t)
        raise typer.Exit(1)


@review_app.command("export-gold")
def export_gold_cmd(out: OutOpt, db: DbOpt = None) -> None:
    """Write the fully reviewed reports' facts as gold (facts spec shape), for zhibiao eval."""
    from zhibiao.review import write_gold
    from zhibiao.store import Store

    with Store(db).connection() as con:
        n = write_gold(con, out)
    err.print(f"wrote {n} gold facts to {out} (zhibiao eval {out} REPORTS... scores the extractor on them)")
