"""Execution engines past one process: Ray Data ingest into a Parquet store, and reading that store.

``zhibiao.engines.ray_engine`` needs the optional extra ``zhibiao[ray]``; ``zhibiao.engines.parquet``
needs only DuckDB and pyarrow.
"""
