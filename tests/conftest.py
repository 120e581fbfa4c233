"""Shared fixtures: where the real corpus and gold live (../shared beside the checkout)."""

from __future__ import annotations

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
