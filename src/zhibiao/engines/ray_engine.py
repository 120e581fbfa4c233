"""Ingest with Ray Data: extraction as Ray tasks over the input files, output as a Parquet store.

``zhibiao ingest --engine ray [--address ADDR] PATHS --out DIR``. Two passes over the file list:

1. hash every file (a Ray task per block of files) so that, as in the local store, the same
   content is extracted once and a re-run skips files already in ``DIR``;
2. extract each block of new files in a Ray task, build its rows exactly as the local store does
   (an in-memory DuckDB with the store's schema and ``store_batch``), and write one Parquet part
   per table per block straight to ``DIR`` (local, shared storage, or ``s3://`` via pyarrow).

Only small per-file summaries come back to the driver. ``doc_id`` is the file's rank among the
stored inputs (in input order, after those already in ``DIR``); ``facts.id``/``mentions.id`` are
``doc_id * 1_000_000 + n``. Needs the optional extra ``zhibiao[ray]``.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from zhibiao.engines.parquet import MARKER, TABLES, filesystem, is_remote, parquet_files
from zhibiao.store.outcome import FileOutcome, IngestSummary
from zhibiao.store.paths import expand_paths

ID_STRIDE = 1_000_000


def _require_ray() -> Any:
    try:
        import ray
        import ray.data
    except ImportError as e:  # pragma: no cover - exercised only without the extra
        from zhibiao.errors import ZhibiaoError

        raise ZhibiaoError("the Ray engine needs the optional extra: pip install 'zhibiao[ray]'") from e
    return ray


def list_inputs(paths: Iterable[str | os.PathLike[str]]) -> list[str]:
    """Input files in a stable order: local files/folders/globs, or every file under a remote URI."""
    from pyarrow import fs as pafs

    out: list[str] = []
    local: list[str | os.PathLike[str]] = []
    for p in paths:
        if not is_remote(p):
            local.append(p)
            continue
        f, base = filesystem(p)
        info = f.get_file_info(base)
        scheme = str(p).split("://", 1)[0]
        if info.type == pafs.FileType.File:
            out.append(str(p))
        else:
            infos = f.get_file_info(pafs.FileSelector(base, recursive=True, allow_not_found=True))
            out += sorted(f"{scheme}://{i.path}" for i in infos
                          if i.type == pafs.FileType.File and not i.base_name.startswith("."))  # fmt: skip
    out += [str(x) for x in expand_paths(local)]
    return out


def _read(path: str) -> bytes:
    if is_remote(path):
        f, inner = filesystem(path)
        with f.open_input_stream(inner) as s:
            return s.read()
    return Path(path).read_bytes()


def _hash_block(batch: dict[str, Any]) -> dict[str, Any]:
    """Ray task: sha256 and size of each file of a block (empty sha when unreadable)."""
    shas, sizes, errors = [], [], []
    for path in batch["path"]:
        try:
            data = _read(str(path))
        except OSError as e:
            shas.append("")
            sizes.append(0)
            errors.append(f"cannot read: {e.strerror or e}")
            continue
        shas.append(hashlib.sha256(data).hexdigest())
        sizes.append(len(data))
        errors.append("")
    return {"idx": batch["idx"], "path": batch["path"], "sha256": shas, "bytes": sizes, "error": errors}


def _extract_block(batch: dict[str, Any], out: str) -> dict[str, Any]:
    """Ray task: extract a block of files and write its rows as one Parquet part per table."""
    import duckdb
    import pyarrow as pa
    import pyarrow.parquet as pq

    from zhibiao import pipeline
    from zhibiao.store.rows import Payload, payload_of
    from zhibiao.store.schema import migrate
    from zhibiao.store.workers import _extract_payload
    from zhibiao.store.write import store_batch

    def extract(p: Path) -> Any:
        path = str(p)
        if is_remote(path):
            return pipeline.extract_bytes(_read(path), path.rsplit("/", 1)[-1])
        return pipeline.extract(path)

    rows: dict[str, list[Any]] = {k: [] for k in ("idx", "status", "reason", "reports", "facts", "mentions")}
    stored: list[tuple[Payload, str]] = []
    gids: list[int] = []
    for idx, path, sha, gid in zip(batch["idx"], batch["path"], batch["sha256"], batch["doc_id"], strict=True):
        got = _extract_payload(extract, Path(path)) if not is_remote(str(path)) else None
        if got is None:  # remote: the payload's path is the URI, not a resolved local path
            try:
                got = payload_of(extract(Path(path)), str(path))
            except Exception as e:
                got = f"internal error: {type(e).__name__}: {e}"
        rows["idx"].append(idx)
        if isinstance(got, str):
            rows["status"].append("failed")
            rows["reason"].append(got)
            rows["reports"].append(0)
            rows["facts"].append(0)
            rows["mentions"].append(0)
            continue
        stored.append((got, str(sha)))
        gids.append(int(gid))
        rows["status"].append("ingested")
        rows["reason"].append("")
        rows["reports"].append(got.n_reports)
        rows["facts"].append(got.facts)
        rows["mentions"].append(got.mentions)
    if stored:
        con = duckdb.connect(":memory:", config={"autoinstall_known_extensions": False,
                                                 "autoload_known_extensions": False})  # fmt: skip
        try:
            migrate(con, ":memory:")
            store_batch(con, stored)
            con.register("_ids", pa.table({"lid": list(range(1, len(gids) + 1)), "gid": gids}))
            f, base = filesystem(out)
            part = f"part-{min(gids):09d}.parquet"
            for table in TABLES:
                t = _global_rows(con, table)
                if t.num_rows:
                    f.create_dir(f"{base}/{table}", recursive=True)
                    pq.write_table(t, f"{base}/{table}/{part}", filesystem=f)
        finally:
            con.close()
    return rows


def _arrow(con: Any, sql: str) -> Any:
    """A query's rows as an Arrow table (``to_arrow_table`` in DuckDB 2, ``arrow`` in 1.x)."""
    rel = con.sql(sql)
    f = getattr(rel, "to_arrow_table", None) or rel.arrow
    return f()


def _global_rows(con: Any, table: str) -> Any:
    """One table of the in-memory store with local ids replaced by the global ones."""
    if table == "documents":
        sql = "SELECT d.* EXCLUDE (raw) REPLACE (m.gid AS id) FROM documents d JOIN _ids m ON d.id = m.lid"
        return _arrow(con, sql + " ORDER BY id")
    repl = "m.gid AS doc_id"
    if table in ("facts", "mentions"):
        repl += (f", m.gid::BIGINT * {ID_STRIDE} + row_number() OVER (PARTITION BY t.doc_id ORDER BY t.id)"
                 " AS id")  # fmt: skip
    order = "doc_id, report, id" if table in ("facts", "mentions") else "ALL"
    return _arrow(con, f"SELECT t.* REPLACE ({repl}) FROM {table} t JOIN _ids m ON t.doc_id = m.lid "
                       f"ORDER BY {order}")  # fmt: skip


def _existing(out: str) -> tuple[set[str], int]:
    """sha256 values and the largest doc_id already stored under ``out``."""
    import pyarrow.parquet as pq

    f, _ = filesystem(out)
    shas: set[str] = set()
    top = 0
    for part in parquet_files(out, "documents"):
        t = pq.read_table(part, columns=["id", "sha256"], filesystem=f)
        shas.update(t.column("sha256").to_pylist())
        top = max([top, *t.column("id").to_pylist()])
    return shas, top


def ingest_ray(
    paths: Iterable[str | os.PathLike[str]] | str,
    out: str | os.PathLike[str],
    *,
    address: str | None = None,
    num_cpus: int | None = None,
    files_per_task: int = 8,
    on_file: Callable[[FileOutcome], None] | None = None,
) -> IngestSummary:
    """Extract ``paths`` with Ray Data into the Parquet store ``out``; outcomes in input order.

    Connects to the cluster at ``address`` (``"auto"``, ``ray://host:10001``) or starts a local Ray
    with ``num_cpus``; an already initialised Ray is used as it is.
    """
    ray = _require_ray()
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    out = str(out) if is_remote(out) else str(Path(out).resolve())
    if not ray.is_initialized():
        if address:
            ray.init(address=address)
        else:
            ray.init(num_cpus=num_cpus, include_dashboard=False)
    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = False
    files = list_inputs(paths)
    outcomes: dict[int, FileOutcome] = {}
    items = [{"idx": i, "path": p} for i, p in enumerate(files)]
    f, base = filesystem(out)
    f.create_dir(base, recursive=True)
    with f.open_output_stream(f"{base}/{MARKER}") as s:
        s.write(b"zhibiao Parquet store: one folder per table\n")
    if not items:
        return IngestSummary()
    blocks = max(1, min(len(items), 200, -(-len(items) // files_per_task)))
    hashed = (ray.data.from_items(items, override_num_blocks=blocks)
              .map_batches(_hash_block, batch_size=files_per_task, batch_format="numpy").take_all())  # fmt: skip
    hashed.sort(key=lambda r: int(r["idx"]))
    stored, top = _existing(out)
    todo: list[dict[str, Any]] = []
    first: dict[str, str] = {}
    for r in hashed:
        idx, path, sha = int(r["idx"]), str(r["path"]), str(r["sha256"])
        nbytes = int(r["bytes"])
        if r["error"]:
            outcomes[idx] = FileOutcome(path, "failed", str(r["error"]))
        elif sha in stored:
            outcomes[idx] = FileOutcome(path, "skipped", "already stored", sha256=sha, bytes=nbytes)
        elif sha in first:
            outcomes[idx] = FileOutcome(path, "skipped", f"already stored (as {Path(first[sha]).name})",
                                        sha256=sha, bytes=nbytes)  # fmt: skip
        else:
            first[sha] = path
            todo.append({"idx": idx, "path": path, "sha256": sha, "bytes": nbytes})
    sizes = {t["idx"]: t["bytes"] for t in todo}
    shas = {t["idx"]: t["sha256"] for t in todo}
    paths_of = {t["idx"]: t["path"] for t in todo}
    # doc ids in input order; a file whose extraction fails leaves its id unused
    for n, t in enumerate(todo, start=top + 1):
        t["doc_id"] = n
    if todo:
        blocks = max(1, min(len(todo), 1000, -(-len(todo) // files_per_task)))
        ds = (ray.data.from_items(todo, override_num_blocks=blocks)
              .map_batches(_extract_block, fn_kwargs={"out": out}, batch_size=files_per_task,
                           batch_format="numpy"))  # fmt: skip
        for r in ds.iter_rows():
            idx = int(r["idx"])
            o = FileOutcome(paths_of[idx], str(r["status"]), str(r["reason"]), sha256=shas[idx],
                            reports=int(r["reports"]), facts=int(r["facts"]), mentions=int(r["mentions"]),
                            bytes=sizes[idx])  # fmt: skip
            outcomes[idx] = o
            if on_file:
                on_file(o)
    return IngestSummary([outcomes[i] for i in sorted(outcomes)])
