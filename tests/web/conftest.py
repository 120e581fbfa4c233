"""Fixtures of the web tests: a database built from the real corpus with the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding /work/shared/corpus (skips when the corpus is not beside the checkout)."""
    corpus = SHARED / "corpus"
    if not corpus.is_dir():
        pytest.skip("../shared/corpus is not beside the checkout")
    import zhibiao

    path = tmp_path_factory.mktemp("web") / "corpus.duckdb"
    summary = zhibiao.open(path).ingest([corpus])
    assert summary.ok, [o.reason for o in summary.failed]
    return path
