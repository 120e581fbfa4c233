"""Time ``zhibiao.normalize.normalize`` on the corpus repeated to about 10 MB; prints MB/s."""

from __future__ import annotations

import time
from pathlib import Path

from zhibiao.normalize import normalize

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def bench(label: str, text: str) -> None:
    reps = max(1, 10_000_000 // len(text.encode("utf-8")))
    big = "\n".join([text] * reps)
    mb = len(big.encode("utf-8")) / 1e6
    t = time.perf_counter()
    n = normalize(big)
    dt = time.perf_counter() - t
    edits = len(n.offsets.src_start)
    print(f"{label}: {mb:.1f} MB in {dt:.2f} s = {mb / dt:.1f} MB/s ({n.script}, {edits} edits)")


if __name__ == "__main__":
    files = sorted(CORPUS.glob("*.txt"))
    simplified = "\n".join(f.read_text(encoding="utf-8") for f in files if not f.name.startswith("003"))
    bench("simplified", simplified)
    bench("traditional (003)", (CORPUS / "003_ee0cd8f568fba525.txt").read_text(encoding="utf-8"))
    bench("simplified CRLF", simplified.replace("\n", "\r\n"))
