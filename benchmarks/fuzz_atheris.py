"""Coverage-guided fuzzing of the parsers with atheris (``pip install atheris``; not a project dependency).

Any exception other than ``ZhibiaoInputError`` is a finding: atheris stops and writes the input
to ``crash-*``. Pick the target with ``--target`` (decode | normalize | split | scan | parse); other
arguments go to libFuzzer, e.g.

    .venv/bin/python benchmarks/fuzz_atheris.py --target scan -atheris_runs=1000000 -max_len=512
    .venv/bin/python benchmarks/fuzz_atheris.py --target decode -max_total_time=3600 corpus_dir/
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from zhibiao import normalize, pipeline, quantity, sources
    from zhibiao.errors import ZhibiaoInputError


def _text(data: bytes) -> str:
    return atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(len(data))


def _decode(data: bytes) -> None:
    sources.decode(data, "fuzz.bin")


def _normalize(data: bytes) -> None:
    normalize.normalize(_text(data))


def _split(data: bytes) -> None:
    pipeline.read_source(sources.decode(_text(data).encode("utf-8"), "fuzz.txt"))


def _scan(data: bytes) -> None:
    quantity.scan(_text(data))


def _parse(data: bytes) -> None:
    quantity.parse(_text(data))


TARGETS = {"decode": _decode, "normalize": _normalize, "split": _split, "scan": _scan, "parse": _parse}


def main() -> None:
    argv = list(sys.argv)
    name = "scan"
    if "--target" in argv:
        i = argv.index("--target")
        name = argv[i + 1]
        del argv[i : i + 2]
    fn = TARGETS[name]

    def one(data: bytes) -> None:
        try:
            fn(data)
        except ZhibiaoInputError:
            pass

    atheris.Setup(argv, one)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
