"""``zhibiao serve``: the local web dashboard over a database (read-only)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from zhibiao.cli.app import app


@app.command()
def serve(
    db: Annotated[
        Path | None,
        typer.Option("--db", help="Database file (default $ZHIBIAO_DB or ./zhibiao.duckdb).",
                     show_default=False),
    ] = None,
    host: Annotated[str, typer.Option("--host", help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="TCP port.")] = 8000,
    review: Annotated[bool, typer.Option("--review", help="Review mode: accept/reject/correct/add facts.")] = False,
    reviewer: Annotated[str | None, typer.Option(
        "--reviewer", help="Who decides in review mode (default $ZHIBIAO_REVIEWER).", show_default=False)] = None,
    allow_host: Annotated[
        list[str] | None,
        typer.Option("--allow-host", help="Also answer for this host name (a proxy's or this machine's)."),
    ] = None,
) -> None:
    """Open the web dashboard: scorecards, indicators across regions, reports with every number marked."""
    import uvicorn

    from zhibiao.store.connect import connect, default_db_path
    from zhibiao.web.app import create_app

    path = default_db_path(db)
    connect(path, read_only=True).close()  # fail now, with a clear message, if the file is missing or newer
    name = None
    if review:
        from zhibiao.review import reviewer_name

        name = reviewer_name(reviewer)
    mode = f"review mode, decisions by {name}" if review else "read-only"
    typer.echo(f"zhibiao dashboard on http://{host}:{port}/  (database {path}, {mode}; Ctrl+C stops)")
    app = create_app(path, review=review, reviewer=name, host=host, allow_hosts=allow_host or ())
    uvicorn.run(app, host=host, port=port, log_level="warning")
