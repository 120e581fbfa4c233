"""Shared fixtures: where the real corpus and gold live (../shared beside the checkout)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared (corpus and gold) is not beside the checkout")
    return SHARED


@pytest.fixture(scope="session")
def corpus_files(shared: Path) -> list[Path]:
    return sorted((shared / "corpus").glob("*.txt")) + sorted((shared / "corpus_pairs").glob("*.txt"))


@pytest.fixture
def holder() -> Iterator[Callable[[str], subprocess.Popen[str]]]:
    """Start a Python process that runs ``code`` (which prints a line when ready) and then waits.

    The test gets the process once it is ready; every process is released at the end of the test.
    """
    procs: list[subprocess.Popen[str]] = []

    def start(code: str) -> subprocess.Popen[str]:
        p = subprocess.Popen([sys.executable, "-c", code + "\nimport sys; sys.stdin.read()"],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)  # fmt: skip
        procs.append(p)
        assert p.stdout is not None and p.stdout.readline().strip() == "ready"
        return p

    yield start
    for p in procs:
        p.communicate("")


def duckdb_writer(db: Path) -> str:
    """Code for ``holder``: keep a plain DuckDB write connection open on ``db``."""
    return f"import duckdb; c = duckdb.connect({str(db)!r}); print('ready', flush=True)"
