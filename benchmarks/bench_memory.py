"""Peak memory of reading a big report file: ``zhibiao.sources.load`` + normalise/split (+ facts with --facts).

Writes a text file of ``--mb`` MB (default 200) built from a corpus report (or synthetic text if the
corpus is missing), runs the chosen stages in a fresh child process (the steps of
``pipeline.extract_source``, one at a time), and prints its peak RSS (``resource.getrusage``, max
resident set) as a multiple of the file size, overall and as reached by the end of each stage.
With ``--facts`` the rows are built report by report, as the ingest does; ``--ingest`` measures a
whole one-process ``ingest`` of the file into a new database instead.

    .venv/bin/python benchmarks/bench_memory.py --mb 200
    .venv/bin/python benchmarks/bench_memory.py --mb 50 --facts
    .venv/bin/python benchmarks/bench_memory.py --mb 200 --ingest
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
_CHILD = r"""
import json, resource, sys, time
from zhibiao import document, facts, normalize, sources
def peak():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t0 = time.perf_counter()
src = sources.load(sys.argv[1])
t1 = time.perf_counter(); p_load = peak()
doc = normalize.normalize(src.text)  # pipeline.read_source, stage by stage
t2 = time.perf_counter(); p_norm = peak()
reports = document.split_reports(doc, src)
n_reports = len(reports)
t3 = time.perf_counter(); p_split = peak()
n_facts = None
if sys.argv[2] == "1":  # the ingest's rows, built report by report from the reports just read
    from zhibiao.store.ingest import _Rows
    rows = _Rows(0, src)
    for i, r in enumerate(reports):
        reports[i] = None
        rows.add(facts.extract_report(r))
    del r
    n_facts = rows.frames()["facts"].num_rows
t4 = time.perf_counter()
print(json.dumps({"load_s": t1 - t0, "normalize_s": t2 - t1, "split_s": t3 - t2, "facts_s": t4 - t3,
                  "reports": n_reports, "facts": n_facts, "edits": len(doc.offsets.src_start),
                  "peak_kb": {"load": p_load, "normalize": p_norm, "split": p_split, "facts": peak()},
                  "peak_rss_kb": peak()}))
"""


_INGEST = r"""
import json, resource, sys, time
from pathlib import Path
from zhibiao.store.ingest import WriteSession, ingest_iter
t0 = time.perf_counter()
out = list(ingest_iter(WriteSession(sys.argv[2]), [Path(sys.argv[1])], jobs=1))
print(json.dumps({"ingest_s": time.perf_counter() - t0, "status": [o.status for o in out],
                  "facts": sum(o.facts for o in out), "reports": sum(o.reports for o in out),
                  "peak_kb": {"ingest": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss},
                  "peak_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def make_file(path: Path, mb: int) -> int:
    """Write about ``mb`` MB of report text (GB18030, the common legacy encoding) to ``path``."""
    files = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []
    text = "\n".join(f.read_text(encoding="utf-8") for f in files) or "全年地区生产总值增长6%左右。\n" * 2000
    chunk = text.encode("gb18030", errors="replace")
    target = mb * 1024 * 1024
    with path.open("wb") as f:
        written = 0
        while written < target:
            part = chunk[: target - written]
            part = part[: part.rfind(b"\n") + 1] or part
            f.write(part)
            written += len(part)
    return written


def baseline_kb() -> int:
    """Peak RSS of a child that only imports zhibiao (subtracted to show the cost of the file)."""
    code = "import resource, zhibiao.pipeline, zhibiao.sources; print(resource.getrusage(0).ru_maxrss)"
    return int(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=int, default=200, help="size of the generated file in MB")
    ap.add_argument("--facts", action="store_true", help="also extract facts (slow on big files)")
    ap.add_argument("--ingest", action="store_true",
                    help="measure a whole `ingest` of the file into a new database (one process) instead")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.txt"
        size = make_file(path, args.mb)
        t = time.perf_counter()
        child = ([_INGEST, str(path), str(Path(tmp) / "big.duckdb")] if args.ingest
                 else [_CHILD, str(path), "1" if args.facts else "0"])  # fmt: skip
        out = subprocess.run([sys.executable, "-c", *child], capture_output=True, text=True)
        if out.returncode != 0:
            sys.exit(out.stderr)
        res = json.loads(out.stdout.strip().splitlines()[-1])  # the last line: a library may print before it
    base = baseline_kb()
    peak = res["peak_rss_kb"] * 1024
    res.update(file_mb=round(size / 2**20, 1), wall_s=round(time.perf_counter() - t, 2),
               peak_rss_mb=round(peak / 2**20, 1), import_rss_mb=round(base / 1024, 1),
               peak_over_file=round((peak - base * 1024) / size, 2))  # fmt: skip
    # peak RSS (above the import baseline) reached by the end of each stage, as a multiple of the file
    res["peak_over_file_by_stage"] = {k: round((v - base) * 1024 / size, 2) for k, v in res.pop("peak_kb").items()
                                      if k != "facts" or args.facts or args.ingest}
    print(json.dumps(res, indent=2))


if __name__ == "__main__":
    main()
