"""Dashboard pages a newcomer tripped over (issue 19, item 19): API docs offline, favicon, badges, paging,
.json/.csv twins, region finder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient

from zhibiao.web.app import create_app


@pytest.fixture(scope="module")
def client(corpus_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(corpus_db, idle_seconds=-1), base_url="http://127.0.0.1") as c:
        yield c


def test_api_docs_work_offline_and_list_every_endpoint(client: TestClient) -> None:
    r = client.get("/docs")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "cdn" not in r.text.lower() and "<script>" not in r.text
    for path in client.get("/openapi.json").json()["paths"]:
        assert f"<code>{path}</code>" in r.text, path
    assert "<code>region</code>" in r.text and "Region code or name" in r.text  # parameters, described
    assert client.get("/redoc").status_code == 404  # ReDoc also came from a CDN


def test_favicon_is_served(client: TestClient) -> None:
    for url in ("/favicon.ico", "/static/favicon.svg"):
        r = client.get(url)
        assert r.status_code == 200 and r.headers["content-type"].startswith("image/svg+xml")
        assert r.content.startswith(b"<svg")
    assert 'rel="icon"' in client.get("/").text
