"""Peak memory of ingesting one ZIP archive of many members (each member a document of its own).

Builds an archive of ``--members`` members of ``--member-kb`` KiB each (default 1,100 of 900 KiB:
about the 1 GB of reports in one archive that issue 19 measured), then ingests it into a new
database in a fresh child process and prints the child's peak RSS (``ru_maxrss``; with
``--jobs`` > 1 also the largest worker's) against the archive's size and its members' total.

Members are report text from ``../shared/corpus`` (GB18030, each with a line of its own so every
member has its own sha256) or, with ``--kind binary``, bytes each worker refuses at once ("PNG
image"), which measures reading the archive without the time of extracting a gigabyte of text.

    .venv/bin/python benchmarks/bench_zip_memory.py --kind binary
    .venv/bin/python benchmarks/bench_zip_memory.py --members 200 --out benchmarks/results/zip_memory.json
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
_INGEST = r"""
import json, resource, sys, time
from pathlib import Path
from zhibiao.store.ingest import ingest_iter
from zhibiao.store.session import WriteSession
t0 = time.perf_counter()
out = list(ingest_iter(WriteSession(sys.argv[2]), [Path(sys.argv[1])], jobs=int(sys.argv[3])))
print(json.dumps({"ingest_s": time.perf_counter() - t0, "documents": len(out),
                  "statuses": {s: sum(o.status == s for o in out) for s in ("ingested", "skipped", "failed")},
                  "writer_peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  "worker_peak_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""


def member(i: int, size: int, kind: str, text: bytes) -> bytes:
    """Member ``i``: ``size`` bytes of report text (whole lines) or of an image the reader refuses."""
    if kind == "binary":
        return (b"\x89PNG\r\n\x1a\n" + i.to_bytes(8, "big") + bytes(range(256)) * (size // 256 + 1))[:size]
    head = f"(第{i}份)\n".encode("gb18030")
    body = (text * (size // len(text) + 1))[: size - len(head)]
    return head + body[: body.rfind(b"\n") + 1]


def make_zip(path: Path, members: int, size: int, kind: str) -> int:
    """Write the archive; returns the members' total size in bytes."""
    files = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []
    text = ("\n".join(f.read_text(encoding="utf-8") for f in files) or "全年地区生产总值增长6%左右。\n" * 2000)
    raw = text.encode("gb18030", errors="replace")
    total = 0
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for i in range(members):
            data = member(i, size, kind, raw)
            zf.writestr(f"reports/{i:05d}.txt", data)
            total += len(data)
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--members", type=int, default=1100)
    ap.add_argument("--member-kb", type=int, default=900)
    ap.add_argument("--kind", choices=("text", "binary"), default="text")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--out", help="also write the figures to this JSON file")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        arc = Path(tmp) / "reports.zip"
        total = make_zip(arc, args.members, args.member_kb * 1024, args.kind)
        t = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", _INGEST, str(arc), str(Path(tmp) / "z.duckdb"), str(args.jobs)],
                             capture_output=True, text=True)  # fmt: skip
        if out.returncode != 0:
            sys.exit(out.stderr)
        res = json.loads(out.stdout.strip().splitlines()[-1])
        res.update(members=args.members, member_kb=args.member_kb, kind=args.kind, jobs=args.jobs,
                   archive_mb=round(arc.stat().st_size / 2**20, 1), members_mb=round(total / 2**20, 1),
                   wall_s=round(time.perf_counter() - t, 1),
                   writer_peak_mb=round(res.pop("writer_peak_kb") / 1024, 1),
                   worker_peak_mb=round(res.pop("worker_peak_kb") / 1024, 1))  # fmt: skip
    print(json.dumps(res, indent=2))
    if args.out:
        Path(args.out).write_text(json.dumps(res, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
