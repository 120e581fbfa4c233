"""Entry point of the ``zhibiao`` console script: registers every command module."""

from __future__ import annotations

import sys

from rich.console import Console

from zhibiao.cli.app import app as _typer_app
from zhibiao.errors import ZhibiaoError

# Each module registers its commands on the shared app when imported.
from zhibiao.cli import inspect_cmd  # noqa: F401  isort: skip
from zhibiao.cli import extract_cmd  # noqa: F401  isort: skip
from zhibiao.cli import store_cmds  # noqa: F401  isort: skip
from zhibiao.cli import web_cmd  # noqa: F401  isort: skip
from zhibiao.cli import terms_cmds  # noqa: F401  isort: skip
from zhibiao.cli import analysis_cmds  # noqa: F401  isort: skip
from zhibiao.cli import panel_cmds  # noqa: F401  isort: skip
from zhibiao.cli import review_cmds  # noqa: F401  isort: skip


def app() -> None:
    """Run the CLI; a ZhibiaoError, or a file the system refuses (missing, a folder, no permission),
    becomes a one-line message and exit status 2, never a traceback."""
    try:
        _typer_app()
    except ZhibiaoError as e:
        Console(stderr=True).print(f"[red]error:[/red] {e}", highlight=False, soft_wrap=True)
        sys.exit(2)
    except OSError as e:
        where = f"{e.filename}: " if e.filename else ""
        Console(stderr=True).print(f"[red]error:[/red] {where}{e.strerror or e}", highlight=False, soft_wrap=True)
        sys.exit(2)


if __name__ == "__main__":
    app()
