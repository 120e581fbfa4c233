"""Scale the real reports in ../shared/corpus/ to 10 MB / 100 MB / 1 GB for the benchmarks.

Each copy of a report gets its regions replaced, consistently, by other real regions of the same
level from the gazetteer (a county's prefecture by the new county's prefecture) and its years
shifted by 0-12, so every file has a distinct sha256 (dedup skips none) and still resolves to a
real region::

    python benchmarks/make_corpus.py 10mb 100mb        # -> benchmarks/corpus/10mb/, .../100mb/
    python benchmarks/make_corpus.py 1gb --check 20    # check that 20 copies resolve as intended
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import opencc

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
CORPUS = REPO.parent / "shared" / "corpus"
OUT = HERE / "corpus"
GAZETTEER = REPO / "src" / "zhibiao" / "data" / "gazetteer.csv"
SIZES = {"1mb": 1_000_000, "10mb": 10_000_000, "100mb": 100_000_000, "1gb": 1_000_000_000}
_S2T = opencc.OpenCC("s2t")
YEAR = re.compile(r"(?<![0-9])(20[0-3][0-9])(?![0-9])")


@dataclass(frozen=True, slots=True)
class Region:
    """One current gazetteer row."""

    code: str
    name: str
    level: str
    parent: str
    full_name: str
    short_name: str


def load_gazetteer() -> tuple[dict[str, Region], dict[str, list[Region]]]:
    """Current regions (no end year, existing since 2000) by code and by level."""
    by_code: dict[str, Region] = {}
    with GAZETTEER.open(encoding="utf-8") as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        for r in rows:
            if r["last_year"] or int(r["first_year"] or 0) > 2000:
                continue
            by_code[r["code"]] = Region(r["code"], r["name"], r["level"], r["parent_code"], r["full_name"],
                                        r["short_name"])  # fmt: skip
    by_level: dict[str, list[Region]] = {}
    for reg in by_code.values():
        if reg.level in ("prefecture", "county") and len(reg.name) >= 3 and len(reg.short_name) >= 2:
            by_level.setdefault(reg.level, []).append(reg)
    return by_code, by_level


def names(reg: Region, by_code: dict[str, Region]) -> list[str]:
    """The names of a region worth replacing: full, official and short (>= 2 characters), then parent's."""
    out = [reg.full_name, reg.name, reg.short_name]
    if reg.level == "county" and reg.parent in by_code:
        p = by_code[reg.parent]
        out += [p.name, p.short_name]
    return out


class Variator:
    """Makes distinct, still-resolvable copies of one source text."""

    def __init__(self, path: Path, seed: int) -> None:
        from zhibiao import pipeline

        self.path = path
        self.text = path.read_text(encoding="utf-8")
        self.by_code, self.by_level = load_gazetteer()
        codes = [r.meta.region_code for r in pipeline.read(path)]
        self.regions = [self.by_code[c] for c in dict.fromkeys(codes) if c in self.by_code
                        and self.by_code[c].level in self.by_level]  # fmt: skip
        self.rng = random.Random(seed)

    def copy(self) -> tuple[str, list[str]]:
        """A new variant and the codes of the regions it now names."""
        mapping: dict[str, str] = {}
        codes: list[str] = []
        used = {r.code for r in self.regions}
        for reg in self.regions:
            new = self.rng.choice(self.by_level[reg.level])
            while new.code in used or (new.level == "county" and new.parent not in self.by_code):
                new = self.rng.choice(self.by_level[reg.level])
            used.add(new.code)
            codes.append(new.code)
            for old_name, new_name in zip(names(reg, self.by_code), names(new, self.by_code), strict=True):
                for a, b in ((old_name, new_name), (_S2T.convert(old_name), _S2T.convert(new_name))):
                    if len(a) >= 2 and a not in mapping:  # traditional-script reports name them so
                        mapping[a] = b
        text = self.text
        if mapping:
            alt = re.compile("|".join(re.escape(k) for k in sorted(mapping, key=len, reverse=True)))
            text = alt.sub(lambda m: mapping[m.group(0)], text)
        shift = self.rng.randint(0, 12)
        if shift:
            text = YEAR.sub(lambda m: str(int(m.group(1)) - shift), text)
        return text, codes


def generate(size: str, seed: int = 8) -> Path:
    """Write ``benchmarks/corpus/<size>/`` (skipped when already complete) and return it."""
    target = SIZES[size]
    out = OUT / size
    stamp = out / ".complete"
    if stamp.exists():
        return out
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.txt"):
        old.unlink()
    variators = [Variator(p, seed + i) for i, p in enumerate(sorted(CORPUS.glob("*.txt")))]
    seen: set[str] = set()
    total = n = 0
    while total < target:
        for v in variators:
            text, _ = v.copy()
            data = text.encode("utf-8")
            sha = hashlib.sha256(data).digest().hex()
            if sha in seen:
                continue
            seen.add(sha)
            (out / f"{n:06d}_{v.path.stem}.txt").write_bytes(data)
            total += len(data)
            n += 1
            if total >= target:
                break
    stamp.write_text(f"{n} files, {total} bytes\n")
    print(f"{out}: {n} files, {total / 1e6:.1f} MB", file=sys.stderr)
    return out


def check(n: int, seed: int = 8) -> int:
    """Extract ``n`` fresh variants and count those whose regions resolve to the substituted codes."""
    from zhibiao import pipeline

    variators = [Variator(p, seed + i) for i, p in enumerate(sorted(CORPUS.glob("*.txt")))]
    ok = 0
    for i in range(n):
        v = variators[i % len(variators)]
        text, codes = v.copy()
        got = [r.report.meta.region_code for r in pipeline.extract_bytes(text.encode(), v.path.name).reports]
        good = set(codes) <= set(got)
        ok += good
        if not good:
            print(f"{v.path.name}: wanted {codes}, got {got}", file=sys.stderr)
    print(f"{ok}/{n} variants resolve to their substituted regions", file=sys.stderr)
    return ok


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sizes", nargs="*", choices=sorted(SIZES), default=["10mb"])
    ap.add_argument("--check", type=int, default=0, help="extract N variants and check their regions")
    args = ap.parse_args()
    if args.check:
        check(args.check)
    for s in args.sizes:
        generate(s)


if __name__ == "__main__":
    main()
