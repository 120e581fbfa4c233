"""Facts linking must stay linear on long sentences (text with no sentence punctuation).

    .venv/bin/python benchmarks/bench_facts_linear.py

Prints seconds per size; each 4x of text should take about 4x the time.
"""

from __future__ import annotations

import time

from zhibiao.pipeline import extract_bytes

BASE = "地区生产总值增长6.5%左右,规上工业增加值增长8%,城乡居民人均可支配收入分别增长5%、6%,新增项目18个,"


def main() -> None:
    prev = None
    for n in (8_000, 32_000, 128_000, 512_000):
        text = BASE * (n // len(BASE))
        t0 = time.perf_counter()
        extract_bytes(text.encode(), "long.txt")
        dt = time.perf_counter() - t0
        ratio = f"  x{dt / prev:.1f}" if prev else ""
        print(f"{n:>8} chars  {dt:6.2f} s{ratio}")
        prev = dt


if __name__ == "__main__":
    main()
