"""The files an ingest is asked for: named files, folders walked recursively, globs, in a stable order."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable
from pathlib import Path


def expand_paths(paths: Iterable[str | os.PathLike[str]], exclude: Iterable[Path] = ()) -> list[Path | str]:
    """Files named, found recursively under folders, or matched by globs, in a stable order.

    A path that matches nothing is returned as a string so the caller can report it as failed; a
    device, FIFO or socket named (or matched) is returned so that it is refused with its reason.
    Hidden files and the database itself (``exclude``) are left out.
    """
    skip = {p.resolve() for p in exclude}
    skip |= {p.with_name(p.name + ".wal") for p in skip}
    out: list[Path | str] = []
    seen: set[Path] = set()

    def add(p: Path) -> None:
        rp = p.resolve()
        if rp not in seen and rp not in skip:
            seen.add(rp)
            out.append(p)

    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if any(part.startswith(".") for part in f.relative_to(p).parts):
                    continue
                if f.is_file():
                    add(f)
                elif f.is_symlink() and not f.exists():
                    out.append(f)  # a broken link: sources names it as such
        elif p.is_file():
            add(p)
        elif p.is_symlink() and not p.exists():
            out.append(p)
        elif p.exists():  # a device, FIFO or socket named: refused with its reason, never dropped unsaid
            add(p)
        else:
            matches = sorted(glob.glob(str(raw), recursive=True))
            if not matches:
                out.append(str(raw))
            for m in matches:
                mp = Path(m)
                if mp.is_file():
                    add(mp)
                elif mp.is_dir():
                    out.extend(x for x in expand_paths([mp], exclude) if x not in out)
                elif mp.exists():
                    add(mp)
    return out
