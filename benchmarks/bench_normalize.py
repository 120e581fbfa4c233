"""Time ``zhibiao.normalize.normalize``: file by file over ``benchmarks/corpus/10mb`` (the pipeline's
real unit of work), and on the corpus repeated to about 10 MB as one text; prints MB/s.

    .venv/bin/python benchmarks/bench_normalize.py [--repeat N]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from zhibiao.normalize import normalize

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
TEN_MB = Path(__file__).resolve().parent / "corpus" / "10mb"


def bench(label: str, text: str) -> None:
    reps = max(1, 10_000_000 // len(text.encode("utf-8")))
    big = "\n".join([text] * reps)
    mb = len(big.encode("utf-8")) / 1e6
    t = time.perf_counter()
    n = normalize(big)
    dt = time.perf_counter() - t
    edits = len(n.offsets.src_start)
    print(f"{label}: {mb:.1f} MB in {dt:.2f} s = {mb / dt:.1f} MB/s ({n.script}, {edits} edits)")


def bench_files(folder: Path, repeat: int) -> None:
    """Best of ``repeat`` passes over every file of ``folder``, one ``normalize`` call per file."""
    texts = [f.read_text(encoding="utf-8") for f in sorted(folder.glob("*.txt"))]
    if not texts:
        print(f"{folder}: no files (run benchmarks/make_corpus.py)")
        return
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        for text in texts:
            normalize(text)
        best = min(best, time.perf_counter() - t)
    print(f"{folder.name} corpus, {len(texts)} files: {mb:.1f} MB in {best:.3f} s = {mb / best:.1f} MB/s")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5, help="passes over the 10mb corpus (best is kept)")
    args = ap.parse_args()
    bench_files(TEN_MB, args.repeat)
    files = sorted(CORPUS.glob("*.txt"))
    simplified = "\n".join(f.read_text(encoding="utf-8") for f in files if not f.name.startswith("003"))
    bench("simplified", simplified)
    bench("traditional (003)", (CORPUS / "003_ee0cd8f568fba525.txt").read_text(encoding="utf-8"))
    bench("simplified CRLF", simplified.replace("\n", "\r\n"))
