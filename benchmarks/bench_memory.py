"""Peak memory of reading a big report file: ``zhibiao.sources.load`` + normalise/split (+ facts with --facts).

Writes a text file of ``--mb`` MB (default 200) built from a corpus report (or synthetic text if the
corpus is missing), runs the chosen stages in a fresh child process (the steps of
``pipeline.extract_source``, one at a time), and prints its peak RSS (``resource.getrusage``, max
resident set) as a multiple of the file size, overall and as reached by the end of each stage.
With ``--facts`` the rows are built report by report and handed on a chunk at a time, as the
ingest does with a big file; ``--ingest`` measures a whole one-process ``ingest`` of the file
into a new database instead.

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
if sys.argv[2] == "1":
    from zhibiao.store.bigfile import STREAM_CHUNK
    from zhibiao.store.rows import _Rows
def peak():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t0 = time.perf_counter()
src = sources.load(sys.argv[1])
t1 = time.perf_counter(); p_load = peak()
doc = normalize.normalize(src.text)  # pipeline.iter_extract_source, stage by stage
t2 = time.perf_counter(); p_norm = peak()
n_reports, n_facts = 0, None
if sys.argv[2] == "1":  # the ingest's rows, built report by report as the reports are split off
    n_facts = 0
    def sink(chunk):  # stands for storing a chunk of rows (as a big file's are) and letting it go
        global n_facts
        n_facts += chunk["facts"].num_rows if "facts" in chunk else 0
    rows = _Rows(0, src, STREAM_CHUNK, sink=sink)
    for r in document.iter_reports(doc, src):
        n_reports += 1
        rows.add(facts.extract_report(r))
    del r
    rows.drain()
else:  # the reports only, each dropped once split off
    for r in document.iter_reports(doc, src):
        n_reports += 1
t3 = time.perf_counter()
print(json.dumps({"load_s": t1 - t0, "normalize_s": t2 - t1, "split_s" if n_facts is None else "facts_s": t3 - t2,
                  "reports": n_reports, "facts": n_facts, "edits": len(doc.offsets.src_start),
                  "peak_kb": {"load": p_load, "normalize": p_norm, "split" if n_facts is None else "facts": peak()},
                  "peak_rss_kb": peak()}))
"""


_INGEST = r"""
import json, resource, sys, time
from pathlib import Path
from zhibiao.store.ingest import ingest_iter
from zhibiao.store.session import WriteSession
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
            part = part[: part.rfind(b"\n") + 1]  # whole lines: never a character cut in two
            if not part:
                break
            f.write(part)
            written += len(part)
    return written


def baseline_kb(ingest: bool = False) -> int:
    """Peak RSS of a child that imports what the measured child imports (the pipeline, and for
    ``--ingest`` and ``--facts`` the store too: DuckDB, pyarrow) and extracts one line, which loads
    the vocabularies and the gazetteer: subtracted to show the cost of the file."""
    mods = "zhibiao.pipeline, zhibiao.sources" + (", zhibiao.store.ingest" if ingest else "")
    warm = "zhibiao.pipeline.extract_bytes('2024年政府工作报告\\n地区生产总值增长6%左右。\\n'.encode(), 'w.txt')"
    code = f"import resource, {mods}; {warm}; print(resource.getrusage(0).ru_maxrss)"
    return int(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=int, default=200, help="size of the generated file in MB")
    ap.add_argument("--facts", action="store_true", help="also extract facts (slow on big files)")
    ap.add_argument("--ingest", action="store_true",
                    help="measure a whole `ingest` of the file into a new database (one process) instead")
    ap.add_argument("--out", help="also write the figures to this JSON file")
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
    base = baseline_kb(args.ingest or args.facts)
    peak = res["peak_rss_kb"] * 1024
    res.update(file_mb=round(size / 2**20, 1), wall_s=round(time.perf_counter() - t, 2),
               peak_rss_mb=round(peak / 2**20, 1), import_rss_mb=round(base / 1024, 1),
               peak_over_file=round((peak - base * 1024) / size, 2),
               peak_with_imports_over_file=round(peak / size, 2))  # fmt: skip
    # peak RSS (above the import baseline) reached by the end of each stage, as a multiple of the file
    res["peak_over_file_by_stage"] = {k: round((v - base) * 1024 / size, 2) for k, v in res.pop("peak_kb").items()}
    print(json.dumps(res, indent=2))
    if args.out:
        Path(args.out).write_text(json.dumps(res, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
