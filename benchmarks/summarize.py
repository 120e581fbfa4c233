"""Print the README's benchmark table (Markdown) from benchmarks/results/*.json.

    .venv/bin/python benchmarks/summarize.py
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results"


def load(name: str) -> dict[str, Any]:
    return json.loads((RESULTS / f"{name}.json").read_text(encoding="utf-8"))


def main() -> None:
    m, t, a = load("machine"), load("throughput"), load("accuracy")
    print(f"Machine: {m['nproc']} cores ({m['cpu_model']}), {m['ram_gb']} GB RAM, Python {m['python']}, "
          f"load average {m['loadavg_at_start'][0]:.1f} at start (shared machine); {m['date']}.\n")
    c = t["corpus"]
    print(f"Throughput on the {c['mb']:.0f} MB generated corpus ({c['files']} files); per core = MB per CPU-second "
          "(user+sys, workers included), wall = MB per wall-clock second.\n")
    print("| run | MB/s per core | MB/s wall | reports/s per core | × floor |")
    print("|---|---:|---:|---:|---:|")
    floor = t["floor_read_decode_opencc"]["mb_per_s_per_core"]
    rows = [("floor: read + decode + OpenCC", t["floor_read_decode_opencc"]),
            ("zhibiao pipeline (in process)", t["pipeline_in_process"]),
            ("`zhibiao extract` (CLI, JSONL)", t["zhibiao_extract_cli"]),
            ("`zhibiao ingest -j 1` (CLI, DuckDB)", t["zhibiao_ingest_cli_j1"]),
            ("peer: regex extractor (in process)", t["peer_regex_in_process"])]  # fmt: skip
    for name, r in rows:
        rps = r.get("reports_per_s_per_core")
        ratio = floor / r["mb_per_s_per_core"]
        print(f"| {name} | {r['mb_per_s_per_core']:.2f} | {r['mb_per_s_wall']:.2f} | "
              f"{'' if not rps else rps} | {ratio:.1f} |")
    print("\nAccuracy on the dev gold (`score_facts.py`, ../shared/corpus + corpus_pairs):\n")
    print("| extractor | precision | recall | F1 |")
    print("|---|---:|---:|---:|")
    for k in ("zhibiao", "peer_regex"):
        s = a[k]
        print(f"| {k} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} |")
    if (RESULTS / "memory.json").exists():
        mem = load("memory")
        print(f"\nPeak memory of `zhibiao ingest --jobs {mem['jobs']}` against corpus size:\n")
        print("| corpus | files | peak PSS, all processes (MB) | peak RSS, writer (MB) | wall (s) |")
        print("|---:|---:|---:|---:|---:|")
        for r in mem["runs"]:
            print(f"| {r['corpus_mb']:.0f} MB | {r['files']} | {r['peak_pss_tree_mb']:.0f} | "
                  f"{r['peak_rss_main_mb']:.0f} | {r['wall_s']:.0f} |")
    if (RESULTS / "big_file.json").exists():
        b = load("big_file")
        print(f"\nOne {b['file_mb']:.0f} MB file, `ingest` in one process (`bench_memory.py --ingest`): peak RSS "
              f"{b['peak_rss_mb']:.0f} MB, {b['peak_over_file']}× the file above the {b['import_rss_mb']:.0f} MB "
              f"of a process that has only imported and warmed up ({b['peak_with_imports_over_file']}× with it); "
              f"{b['reports']} reports, {b['facts']} facts in {b['ingest_s']:.0f} s.")
    if (RESULTS / "zip_memory.json").exists():
        z = load("zip_memory")
        was = z.get("before", {}).get("writer_peak_mb")
        before = f" (it was {was:.0f} MB when the archive was read whole)" if was else ""
        print(f"\nOne ZIP of {z['members']} members, {z['members_mb']:.0f} MB "
              f"(`bench_zip_memory.py --kind {z['kind']}`), `ingest` in one process: "
              f"peak RSS {z['writer_peak_mb']:.0f} MB{before}.")
    if (RESULTS / "scaling.json").exists():
        s = load("scaling")
        print(f"\nScaling of `zhibiao ingest` on {s['corpus']['mb']:.0f} MB:\n")
        print("| workers | wall (s) | CPU (s) | MB/s wall |")
        print("|---:|---:|---:|---:|")
        for k in ("j1", "j2"):
            r = s[k]
            print(f"| {r['jobs']} | {r['wall_s']:.1f} | {r['cpu_s']:.1f} | {r['mb_per_s_wall']:.2f} |")
        walls = ""
        if "walls_j1" in s:
            walls = (f" Best of {s['rounds']} alternating rounds; every wall (s): 1 worker "
                     f"{s['walls_j1']}, 2 workers {s['walls_j2']}; ratio of the medians {s['speedup_median']}×.")
        print(f"\nSpeed-up with 2 workers: {s['speedup_wall']}× (goal {s['goal_speedup']}×).{walls}")


if __name__ == "__main__":
    main()
