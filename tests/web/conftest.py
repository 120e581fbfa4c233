"""Fixtures of the web tests: a database built from the real corpus with the real pipeline."""

from __future__ import annotations

from collections.abc import Iterator
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


@pytest.fixture(scope="module")
def client(corpus_db: Path) -> Iterator[object]:
    """The dashboard over ``corpus_db`` through FastAPI's TestClient, addressed as 127.0.0.1 (the Host it checks)."""
    pytest.importorskip("httpx")
    from fastapi.testclient import TestClient

    from zhibiao.web.app import create_app

    with TestClient(create_app(corpus_db, idle_seconds=-1), base_url="http://127.0.0.1") as c:
        yield c
