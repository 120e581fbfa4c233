"""Median latency of the dashboard's pages under `zhibiao serve` over the dev corpus; prints milliseconds.

Builds a database from ../shared/corpus in a temporary folder, starts the server on a free port,
warms it up, then times sequential HTTP requests (the region page is the issue's yardstick: < 200 ms).
"""

from __future__ import annotations

import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
PAGES = ["/region/370100", "/", "/indicator/gdp?year=2024", "/report/5-1", "/search?q=地区生产总值",
         "/checks", "/api/region/370100"]  # fmt: skip


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> float:
    t = time.perf_counter()
    with urllib.request.urlopen(url, timeout=30) as r:
        r.read()
        assert r.status == 200, url
    return (time.perf_counter() - t) * 1000


def main(n: int = 100) -> dict[str, float]:
    import zhibiao

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "dev.duckdb"
        zhibiao.open(db).ingest([CORPUS])
        port = _free_port()
        proc = subprocess.Popen([sys.executable, "-m", "zhibiao.cli.main", "serve", "--db", str(db),
                                 "--port", str(port)], stdout=subprocess.DEVNULL)  # fmt: skip
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(300):
                try:
                    _get(base + "/api/overview")
                    break
                except OSError:
                    time.sleep(0.1)
            out: dict[str, float] = {}
            for page in PAGES:
                url = base + urllib.request.quote(page, safe="/?=&")
                for _ in range(5):
                    _get(url)
                times = sorted(_get(url) for _ in range(n))
                out[page] = statistics.median(times)
                p95 = times[int(0.95 * (len(times) - 1))]
                print(f"{page:28s} median {out[page]:7.1f} ms   p95 {p95:7.1f} ms   ({n} requests)")
            return out
        finally:
            proc.terminate()
            proc.wait(timeout=10)


if __name__ == "__main__":
    main()
