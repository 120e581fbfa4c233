"""The Typer application object every command module registers on."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="zhibiao",
    help="zhibiao (指标): targets and results from Chinese government reports, grounded in their source.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
