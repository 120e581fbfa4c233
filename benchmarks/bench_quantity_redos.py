"""ReDoS benchmark for zhibiao.quantity.scan: time on adversarial text from 10 KB to 10 MB.

Run: ``.venv/bin/python benchmarks/bench_quantity_redos.py [--max-mb 10]``. Prints seconds,
MB/s and the time ratio to the previous size; linear growth shows ratios near the size ratio
(10x), catastrophic backtracking would show 100x or worse. Also times real corpus text.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from zhibiao.quantity import scan

PATTERNS: dict[str, str] = {
    "digits": "1" * 5000 + "年",
    "percents": "%" * 3000 + "6" + "%" * 3000,
    "verbs": "增长" * 3000 + "6%",
    "dots": "1.1." * 3000,
    "distribution": "分别" + "、" * 3000 + "6%",
    "cn_numerals": "一二三四五六七八九十百千万亿" * 300,
    "parens": "增长(" * 2000 + "同比)6%",
    "comparisons": "高于全市平均" * 500 + "超过年初预期目标(" * 300,
    "mixed": ("123,456,789" + "增长(同比" + "6%—6.5%、" + "1.1.1" + "分别、、" + "左右以上" + "一万二千"
              + "百分之" + "翻翻番" + "持平") * 200,
}


def make(kind: str, size: int) -> str:
    """``size`` characters of one adversarial pattern, repeated."""
    unit = PATTERNS[kind]
    return (unit * (size // len(unit) + 1))[:size]


def timed(text: str) -> float:
    t = time.perf_counter()
    scan(text)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--max-mb", type=float, default=10.0, help="largest size in MB (default 10)")
    args = ap.parse_args()
    sizes = [s for s in (10_000, 100_000, 1_000_000, 10_000_000) if s <= args.max_mb * 1_000_000]
    print(f"{'pattern':<14}{'chars':>10}{'seconds':>10}{'MB/s':>8}{'ratio':>8}")
    for kind in PATTERNS:
        prev = None
        for size in sizes:
            text = make(kind, size)
            sec = timed(text)
            mb = len(text.encode()) / 1e6
            ratio = f"{sec / prev:.1f}" if prev else "-"
            print(f"{kind:<14}{size:>10}{sec:>10.4f}{mb / max(sec, 1e-9):>8.1f}{ratio:>8}")
            prev = sec
    corpus = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
    if corpus.is_dir():
        text = "".join(p.read_text("utf-8") for p in sorted(corpus.glob("*.txt")))
        text = text * max(1, int(args.max_mb * 1_000_000 // max(len(text.encode()), 1)) // 2)
        sec = min(timed(text) for _ in range(3))
        mb = len(text.encode()) / 1e6
        print(f"real report text: {mb:.2f} MB in {sec:.3f} s = {mb / sec:.1f} MB/s")


if __name__ == "__main__":
    main()
