"""The ``--region`` / ``--year`` / ``--manifest`` options of ``extract``, ``inspect`` and ``ingest``:
metadata the user gives, checked before any file is read (a bad value stops the command with a
one-line message and status 2)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from zhibiao.errors import ZhibiaoError
from zhibiao.model import GivenMeta

GivenRegionOpt = Annotated[str | None, typer.Option(
    "--region", help="Region of every file (a division's name or 6-digit code): wins over the text.")]
GivenYearOpt = Annotated[int | None, typer.Option(
    "--year", help="Report year of every file: wins over the text.", min=1949, max=2100)]
ManifestOpt = Annotated[Path | None, typer.Option(
    "--manifest", help="CSV with a row per file: file,region,year,report_type (given values win over the text; "
    "--region/--year win over it).", dir_okay=False)]


class Given:
    """The metadata given for each input file: the flags over the manifest's row for it."""

    def __init__(self, region: str | None = None, year: int | None = None, manifest: Path | None = None) -> None:
        from zhibiao.document.given import check, from_manifest

        self.flags = GivenMeta(region=region, year=year)
        check(self.flags)
        self.manifest: dict[Path, GivenMeta] = {}
        if manifest is not None:
            from zhibiao.sources.manifest import read_manifest

            self.manifest = from_manifest(read_manifest(manifest), str(manifest))

    def __bool__(self) -> bool:
        return bool(self.flags) or bool(self.manifest)

    def inputs(self, files: list[Path] | None) -> list[Path]:
        """The files named on the command line, else those the manifest lists."""
        if files:
            return files
        if self.manifest:
            return list(self.manifest)
        raise ZhibiaoError("name report files or folders, or give a --manifest that lists them")

    def for_path(self, path: Path) -> GivenMeta | None:
        """What is given for ``path``: each flag set, else the manifest's value, else nothing."""
        from zhibiao.document.given import given_for

        meta = self.flags.over(given_for(path, self.manifest) if self.manifest else None)
        return meta or None
