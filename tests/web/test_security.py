"""The dashboard answers only for its own address, sends security headers, and never reads files (issue 19)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

import duckdb
from fastapi.testclient import TestClient

from zhibiao.web.app import create_app
from zhibiao.web.security import HostCheck

PAGES = ["/", "/region/370100", "/indicator/gdp", "/report/5-1", "/search?q=经济", "/checks", "/terms?q=经济",
         "/glossary", "/api/overview", "/api/facts?limit=1", "/static/style.css", "/static/app.js",
         "/region/no-such-place"]  # fmt: skip


@pytest.fixture(scope="module")
def client(corpus_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(corpus_db, idle_seconds=-1), base_url="http://127.0.0.1:8000") as c:
        yield c


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8000", "127.0.0.1.nip.io:8000", "attacker",
                                  "localhost.evil.example", ""])  # fmt: skip
def test_a_rebound_host_name_is_refused(client: TestClient, host: str) -> None:
    r = client.get("/api/overview", headers={"host": host})
    assert r.status_code == 400
    assert "answers for 127.0.0.1" in r.text and "--allow-host" in r.text
    assert r.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("host", ["127.0.0.1:8000", "127.0.0.1", "localhost:8000", "LOCALHOST"])
def test_the_bound_address_and_localhost_are_answered(client: TestClient, host: str) -> None:
    assert client.get("/api/overview", headers={"host": host}).status_code == 200


def test_host_rules_follow_the_bound_address() -> None:
    wild = HostCheck("0.0.0.0")
    assert wild.ok("192.168.1.20:8000") and wild.ok("[fe80::1]:8000") and wild.ok("localhost:8000")
    assert not wild.ok("evil.example:8000") and not wild.ok(None)
    lan = HostCheck("192.168.1.20", allow=["stats.example.org"])
    assert lan.ok("192.168.1.20:8000") and lan.ok("stats.example.org")
    assert not lan.ok("localhost:8000") and not lan.ok("10.0.0.1:8000") and not lan.ok("evil.example")
    v6 = HostCheck("::1")
    assert v6.ok("[::1]:8000") and v6.ok("localhost") and not v6.ok("127.0.0.1.evil.example")


@pytest.mark.parametrize("url", PAGES)
def test_every_answer_carries_nosniff_and_a_csp(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code in (200, 404)
    assert r.headers["x-content-type-options"] == "nosniff"
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "object-src 'none'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    if r.headers["content-type"].startswith("text/html"):
        assert "<script>" not in r.text  # only <script src=…> of the app's own files: CSP allows them


def test_the_dashboard_connection_reads_no_files_and_is_locked(client: TestClient) -> None:
    db = client.app.state.db  # type: ignore[attr-defined]
    with db.cursor() as con:
        assert con.execute("SELECT count(*) FROM facts").fetchone()[0] > 0
        with pytest.raises(duckdb.Error, match="disabled by configuration"):
            con.execute("SELECT * FROM read_csv('/etc/passwd')")
        with pytest.raises(duckdb.Error, match="locked"):
            con.execute("SET enable_external_access = true")


@pytest.mark.parametrize("value", ["read_csv('/etc/passwd')", "'/etc/passwd'", "x') UNION SELECT * FROM "
                                   "read_csv('/etc/passwd') --"])  # fmt: skip
def test_no_parameter_reaches_a_local_file(client: TestClient, value: str) -> None:
    for url, params in [("/search", {"q": value}), ("/api/search", {"q": value}), ("/api/facts", {"region": value}),
                        ("/terms", {"q": value}), ("/glossary", {"q": value}), ("/report/5-1", {"q": value}),
                        ("/region/" + value, {})]:  # fmt: skip
        r = client.get(url, params=params)
        assert r.status_code < 500 and "root:" not in r.text, url
