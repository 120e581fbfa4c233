"""Read-only SQL for people (``zhibiao sql``, ``Database.sql``): refused by what a statement does.

DuckDB parses the text and names each statement's type; only one statement is run, and only a
``SELECT`` (``FROM t``, ``WITH``, ``VALUES``, ``DESCRIBE``, ``SHOW``, ``SUMMARIZE``, ``UNPIVOT``
and a ``PIVOT`` that lists its values parse as one) or an ``EXPLAIN`` of one. Everything else —
``COPY … TO``, ``CREATE TEMP``, ``SET``, ``ATTACH``, ``INSTALL``/``LOAD``, ``PRAGMA``, ``CALL``,
``EXPORT``, transactions, a ``PIVOT`` without its ``IN`` list (several statements) — is refused
before it runs, and ``EXPLAIN ANALYZE`` (which runs its statement) is judged by the
statement it explains. The query then runs on a read-only connection whose configuration is
locked, so nothing inside it can switch a setting back on. Reading local files
(``read_csv('mine.csv')``) stays possible when ``files`` is true (the local CLI: SQL runs with the
user's own rights); with ``files=False`` file and network access are off, as on the dashboard's
connection, which never runs a visitor's SQL at all.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from zhibiao.errors import QueryError

# Statement types that only read. DuckDB folds DESCRIBE, SHOW, SUMMARIZE, VALUES, TABLE and FROM-first
# queries into SELECT; EXPLAIN is checked through the statement it explains.
READ_TYPES = frozenset({"SELECT"})
# Settings that close the connection to the world outside the database file, then lock it.
SEALED = {"enable_external_access": False, "lock_configuration": True}


def _explained(query: str) -> str | None:
    """The statement an ``EXPLAIN [ANALYZE] [(options)] …`` explains, located with DuckDB's tokenizer."""
    tokens = duckdb.tokenize(query)  # DuckDB typed the statement EXPLAIN: its first token is that keyword
    i = 1
    if i < len(tokens) and tokens[i][1] == duckdb.token_type.keyword and \
            query[tokens[i][0]:].upper().startswith(("ANALYZE", "ANALYSE")):  # fmt: skip
        i += 1
    if i < len(tokens) and query[tokens[i][0]] == "(":  # EXPLAIN (FORMAT json, ANALYZE) …
        depth = 0
        while i < len(tokens):
            ch = query[tokens[i][0]]
            depth += (ch == "(") - (ch == ")")
            i += 1
            if depth == 0:
                break
    return query[tokens[i][0]:] if i < len(tokens) else None


def check_read_only(con: duckdb.DuckDBPyConnection, sql: str) -> str:
    """The one read-only statement of ``sql``, or QueryError saying why it is refused."""
    try:
        stmts = con.extract_statements(sql)
    except duckdb.Error as e:
        raise QueryError(f"SQL error: {e}") from None
    if not stmts:
        raise QueryError("no SQL statement given")
    if len(stmts) > 1:
        raise QueryError(f"zhibiao sql runs one read-only statement at a time ({len(stmts)} given)")
    _refuse_writes(con, stmts[0])
    return str(stmts[0].query)


def _refuse_writes(con: duckdb.DuckDBPyConnection, st: duckdb.Statement, depth: int = 0) -> None:
    kind = st.type.name
    if kind in READ_TYPES:
        return
    if kind == "EXPLAIN" and depth < 4:
        inner = _explained(st.query)
        try:
            inner_stmts = con.extract_statements(inner) if inner else []
        except duckdb.Error:
            inner_stmts = []
        if len(inner_stmts) == 1:
            try:
                _refuse_writes(con, inner_stmts[0], depth + 1)
            except QueryError:
                raise QueryError(f"zhibiao sql is read-only: EXPLAIN of a {inner_stmts[0].type.name} "
                                 "statement is refused") from None  # fmt: skip
            return
        raise QueryError("zhibiao sql is read-only: this EXPLAIN's statement cannot be checked")
    if kind == "MULTI":  # DuckDB's dynamic PIVOT: it creates an enum type of the values, then selects
        raise QueryError("zhibiao sql is read-only: this statement runs several (a PIVOT without IN makes a "
                         "type of its values first); name the values: PIVOT … ON col IN ('a', 'b') USING …")
    raise QueryError(
        f"zhibiao sql is read-only: {kind} statements are refused"
        + (" (for a table's columns: DESCRIBE facts)" if kind == "PRAGMA" else "")
    )


def _setting(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    row = con.execute("SELECT current_setting(?)", [name]).fetchone()
    return bool(row and row[0])


def seal(con: duckdb.DuckDBPyConnection, files: bool = False) -> None:
    """Lock ``con``'s configuration (and, unless ``files``, turn off file and network access).

    Settings belong to the database instance, which DuckDB shares between the connections of one
    process to one file: an instance sealed already stays as it is (it can only be stricter).
    """
    if _setting(con, "lock_configuration"):
        if not files and _setting(con, "enable_external_access"):
            raise QueryError("the database's configuration is locked with file access on")
        return
    if not files:
        con.execute("SET enable_external_access = false")
    con.execute("SET python_enable_replacements = false")  # no reading the caller's DataFrames by name
    con.execute("SET lock_configuration = true")


def read_only_sql(con: duckdb.DuckDBPyConnection, sql: str, *, files: bool = True) -> pd.DataFrame:
    """Run one read-only statement on a read-only connection and return its result.

    The connection is sealed first (see ``seal``): use one opened for this call only.
    """
    query = check_read_only(con, sql)
    seal(con, files=files)
    try:
        return con.execute(query).df()
    except duckdb.Error as e:
        raise QueryError(f"SQL error: {e}") from None
