"""The store's schema as an ordered list of forward migrations.

``MIGRATIONS[i]`` takes a database from schema version ``i`` to ``i + 1``; a database written
by an older zhibiao is brought up to ``SCHEMA_VERSION`` when it is opened for writing. Never edit
a released step: append a new one.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import duckdb

from zhibiao.errors import ZhibiaoError

Step = str | Callable[[duckdb.DuckDBPyConnection], None]  # a statement, or a data step in Python

# No primary keys on the per-report tables: reextract deletes and re-inserts the same keys in one
# transaction, which DuckDB before 1.2 refuses on indexed tables, and indexes slow bulk inserts.
# Column comments double as variable labels in Stata exports (keep them <= 80 characters).
def _column_comments(prefix: str, labels: dict[str, str]) -> list[str]:
    """``COMMENT ON COLUMN`` statements for ``{column: label}`` (columns named after ``prefix``)."""
    return [f"COMMENT ON COLUMN {prefix}{col} IS '" + label.replace("'", "''") + "'" for col, label in labels.items()]


_V1 = [
    """CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)""",
    """CREATE SEQUENCE IF NOT EXISTS documents_id_seq START 1""",
    """CREATE TABLE documents (
        id INTEGER PRIMARY KEY DEFAULT nextval('documents_id_seq'),
        path VARCHAR,
        name VARCHAR NOT NULL,
        sha256 VARCHAR NOT NULL UNIQUE,
        bytes BIGINT NOT NULL,
        encoding VARCHAR,
        format VARCHAR,
        ingested_at TIMESTAMP NOT NULL,
        zhibiao_version VARCHAR,
        n_reports INTEGER,
        raw BLOB
    )""",
    """CREATE TABLE reports (
        doc_id INTEGER NOT NULL,
        doc VARCHAR NOT NULL,
        report INTEGER NOT NULL,
        title VARCHAR,
        region VARCHAR,
        region_code VARCHAR,
        level VARCHAR,
        report_type VARCHAR,
        report_year INTEGER,
        review_year INTEGER,
        plan_year INTEGER,
        date DATE,
        session_congress INTEGER,
        session_meeting INTEGER,
        start_offset INTEGER,
        chars INTEGER,
        n_facts INTEGER,
        n_mentions INTEGER,
        text VARCHAR
    )""",
    """CREATE TABLE sections (
        doc_id INTEGER NOT NULL,
        report INTEGER NOT NULL,
        section INTEGER NOT NULL,
        parent INTEGER,
        depth INTEGER,
        kind VARCHAR,
        title VARCHAR,
        start_char INTEGER,
        end_char INTEGER
    )""",
    """CREATE TABLE glossary (
        doc_id INTEGER NOT NULL,
        doc VARCHAR NOT NULL,
        report INTEGER NOT NULL,
        region VARCHAR,
        number INTEGER,
        term VARCHAR,
        definition VARCHAR,
        start_char INTEGER,
        end_char INTEGER
    )""",
    """CREATE SEQUENCE IF NOT EXISTS facts_id_seq START 1""",
    """CREATE TABLE facts (
        id BIGINT PRIMARY KEY DEFAULT nextval('facts_id_seq'),
        doc_id INTEGER NOT NULL,
        doc VARCHAR NOT NULL,
        report INTEGER NOT NULL,
        region VARCHAR,
        region_code VARCHAR,
        level VARCHAR,
        indicator VARCHAR NOT NULL,
        role VARCHAR NOT NULL,
        period INTEGER,
        measure VARCHAR,
        value DECIMAL(38, 10),
        value_high DECIMAL(38, 10),
        unit VARCHAR,
        qualifier VARCHAR,
        text VARCHAR,
        start_char INTEGER,
        end_char INTEGER,
        byte_start BIGINT,
        byte_end BIGINT,
        norm_start INTEGER,
        norm_end INTEGER,
        indicator_name VARCHAR,
        confidence DOUBLE
    )""",
    """CREATE SEQUENCE IF NOT EXISTS mentions_id_seq START 1""",
    """CREATE TABLE mentions (
        id BIGINT PRIMARY KEY DEFAULT nextval('mentions_id_seq'),
        doc_id INTEGER NOT NULL,
        doc VARCHAR NOT NULL,
        report INTEGER NOT NULL,
        region VARCHAR,
        subject VARCHAR,
        role_guess VARCHAR,
        value DECIMAL(38, 10),
        value_high DECIMAL(38, 10),
        unit VARCHAR,
        qualifier VARCHAR,
        direction VARCHAR,
        measure_hint VARCHAR,
        raw VARCHAR,
        text VARCHAR,
        start_char INTEGER,
        end_char INTEGER,
        norm_start INTEGER,
        norm_end INTEGER
    )""",
    """CREATE VIEW targets AS SELECT * FROM facts WHERE role = 'target'""",
    """CREATE VIEW results AS SELECT * FROM facts WHERE role = 'actual'""",
]

# v2: the bigram index for full-text search and the column labels.
_V2 = [
    """CREATE TABLE ngrams (
        gram BIGINT NOT NULL,
        doc_id INTEGER NOT NULL,
        report INTEGER NOT NULL
    )""",
    "COMMENT ON TABLE ngrams IS 'distinct character bigrams of each report text, for search'",
    *_column_comments("", {
        "documents.path": "path of the file when ingested",
        "documents.sha256": "SHA-256 of the file's bytes (identity for idempotent ingest)",
        "documents.raw": "the file's bytes, for reextract",
        "reports.doc": "input file name",
        "reports.report": "1-based report index within the file",
        "reports.region": "issuing region (地区)",
        "reports.region_code": "administrative division code (区划代码)",
        "reports.level": "national / province / prefecture / county",
        "reports.report_type": "government_work_report / plan_report / budget_report / other",
        "reports.report_year": "year the report was delivered",
        "reports.review_year": "year under review",
        "reports.plan_year": "year planned for",
        "reports.session_congress": "people's congress number (届)",
        "reports.session_meeting": "session number within the congress (次会议)",
        "reports.text": "normalised report text",
        "facts.doc": "input file name",
        "facts.report": "1-based report index within the file",
        "facts.region": "issuing region (地区)",
        "facts.indicator": "headline indicator id (see spec)",
        "facts.role": "target / actual / prior_target",
        "facts.period": "calendar year the value refers to",
        "facts.measure": "growth / level / rate / change_pp / index",
        "facts.value": "value in unit (low end of a range)",
        "facts.value_high": "high end of a range",
        "facts.unit": "unit: % pp or as written (亿元, 万人...)",
        "facts.qualifier": "exact / around / at_least / at_most / range / qualitative",
        "facts.text": "shortest source text stating the fact",
        "facts.start_char": "start character offset in the decoded source file",
        "facts.end_char": "end character offset in the decoded source file",
        "facts.byte_start": "start byte offset in the source file",
        "facts.byte_end": "end byte offset in the source file",
        "facts.indicator_name": "indicator name as written",
        "facts.confidence": "extraction confidence 0-1",
        "mentions.subject": "phrase the quantity is about",
        "mentions.role_guess": "target / actual / prior_target guess",
        "mentions.raw": "the quantity as written",
        "glossary.term": "explained term (名词解释)",
        "glossary.definition": "its explanation",
    }),
]

# v3: multi-year goal wording of a fact (`到2027年`, `十四五期间`, `年均`).
_V3 = [
    "ALTER TABLE facts ADD COLUMN horizon VARCHAR",
    "COMMENT ON COLUMN facts.horizon IS 'multi-year goal wording (到2027年, 十四五期间, 年均), else empty'",
]

# v4: consistency-check flags (zhibiao.analysis.checks), recomputed by `zhibiao check --refresh`.
_V4 = [
    """CREATE SEQUENCE IF NOT EXISTS flags_id_seq START 1""",
    """CREATE TABLE flags (
        id BIGINT PRIMARY KEY DEFAULT nextval('flags_id_seq'),
        rule VARCHAR NOT NULL,
        severity VARCHAR NOT NULL,
        message VARCHAR NOT NULL,
        fact_ids BIGINT[],
        doc VARCHAR,
        report INTEGER,
        region VARCHAR,
        region_code VARCHAR,
        indicator VARCHAR,
        period INTEGER,
        details VARCHAR
    )""",
    "COMMENT ON TABLE flags IS 'consistency-check failures on facts and reports'",
    "COMMENT ON COLUMN flags.rule IS 'check rule: stated_arithmetic, result_conflict, implausible_value...'",
    "COMMENT ON COLUMN flags.severity IS 'error / warning'",
    "COMMENT ON COLUMN flags.fact_ids IS 'ids of the facts involved'",
    "COMMENT ON COLUMN flags.details IS 'rule-specific details (JSON)'",
]

# v5: the bytes of a file too big for one ``documents.raw`` value, in parts (``raw`` is then NULL).
# DuckDB holds a few times a value's size in memory while it inserts one; 1 MB parts stay flat.
_V5 = [
    """CREATE TABLE document_parts (
        doc_id INTEGER NOT NULL,
        part INTEGER NOT NULL,
        raw BLOB NOT NULL
    )""",
    "COMMENT ON TABLE document_parts IS 'bytes of big files in order, where documents.raw is NULL'",
    "COMMENT ON COLUMN documents.raw IS 'the file''s bytes, for reextract (NULL for a big file: document_parts)'",
    "COMMENT ON COLUMN document_parts.part IS '0-based index of the part within the file'",
    "COMMENT ON COLUMN document_parts.raw IS 'up to 1 MB of the file''s bytes'",
]

# v6: how firmly a target is meant (spec `commitment`: binding / stretch / expected; NULL otherwise).
_V6 = [
    "ALTER TABLE facts ADD COLUMN commitment VARCHAR",
    "COMMENT ON COLUMN facts.commitment IS 'targets: binding (确保) / stretch (力争) / expected; else NULL'",
]



def _backfill_value_base(con: duckdb.DuckDBPyConnection) -> None:
    """Fill value_base / unit_base of the level facts a database already holds (exact decimals)."""
    import pyarrow as pa

    from zhibiao.quantity.units import to_base

    rows = con.execute(
        "SELECT id, value, unit FROM facts WHERE measure = 'level' AND unit IS NOT NULL"
    ).fetchall()
    ids, values, units = [], [], []
    for fid, value, unit in rows:
        vb, ub = to_base(value, unit)
        if ub is not None:
            ids.append(fid)
            values.append(None if vb is None else vb.quantize(Decimal("1e-10")))
            units.append(ub)
    if not ids:
        return
    table = pa.table({"id": pa.array(ids, pa.int64()), "vb": pa.array(values, pa.decimal128(38, 10)),
                      "ub": pa.array(units, pa.string())})  # fmt: skip
    con.register("_value_base", table)
    try:
        con.execute("UPDATE facts SET value_base = v.vb, unit_base = v.ub FROM _value_base v WHERE facts.id = v.id")
    finally:
        con.unregister("_value_base")


# v7: levels in the base unit of their kind (亿元 -> 元, 亿斤 -> 吨; data/unit_conversions.toml), so amounts
# written in 亿元, 万元 and 万亿元 compare; growth and rates keep NULL.
_V7: list[Step] = [
    "ALTER TABLE facts ADD COLUMN value_base DECIMAL(38, 10)",
    "ALTER TABLE facts ADD COLUMN unit_base VARCHAR",
    "COMMENT ON COLUMN facts.value_base IS 'levels: value in unit_base (亿元 -> 元, 万人 -> 人, 亿斤 -> 吨)'",
    "COMMENT ON COLUMN facts.unit_base IS 'levels: base unit of the unit''s kind (元, 美元, 人, 吨...)'",
    _backfill_value_base,
]

# v8: review (zhibiao.review). A stable ``fact_id`` per fact (recipe: ``model.fact_id``, filled here
# for stored facts by the same recipe in SQL); the append-only ``corrections`` log; and the
# effective view every reader uses: machine facts with corrections applied, plus added facts.
_FACT_ID_SQL = """
    UPDATE facts SET fact_id = k.fid FROM (
        SELECT f.id, substr(sha256(concat_ws(chr(31), 'zhibiao-fact-v1', d.sha256, f.s, f.e,
               coalesce(f.indicator, ''), coalesce(f.role, ''), coalesce(f.measure, ''))
               || CASE WHEN f.n > 1 THEN chr(31) || f.n::VARCHAR ELSE '' END), 1, 16) AS fid
        FROM (SELECT id, doc_id, indicator, role, measure,
                     coalesce(start_char::VARCHAR, 'r' || report || 'n' || norm_start) AS s,
                     coalesce(end_char::VARCHAR, 'r' || report || 'n' || norm_end) AS e,
                     row_number() OVER (PARTITION BY doc_id, report,
                         coalesce(start_char::VARCHAR, 'r' || report || 'n' || norm_start),
                         coalesce(end_char::VARCHAR, 'r' || report || 'n' || norm_end),
                         indicator, role, measure ORDER BY id) AS n
              FROM facts) f
        JOIN documents d ON d.id = f.doc_id) k
    WHERE facts.id = k.id"""

# Fact fields a correction may set (value_base / unit_base follow value, unit and measure: ``zhibiao.review``
# sets them), with their SQL types, and the provenance an ``add`` records.
REVIEW_FIELDS_V8 = {
    "indicator": "VARCHAR", "role": "VARCHAR", "period": "INTEGER", "measure": "VARCHAR",
    "value": "DECIMAL(38, 10)", "value_high": "DECIMAL(38, 10)", "unit": "VARCHAR", "qualifier": "VARCHAR",
    "horizon": "VARCHAR", "commitment": "VARCHAR", "value_base": "DECIMAL(38, 10)", "unit_base": "VARCHAR",
}  # fmt: skip
ADD_FIELDS_V8 = {
    "report": "INTEGER", "text": "VARCHAR", "byte_start": "BIGINT", "byte_end": "BIGINT",
    "norm_start": "INTEGER", "norm_end": "INTEGER", "indicator_name": "VARCHAR",
}  # fmt: skip


def effective_views(fields: dict[str, str], add_fields: dict[str, str]) -> list[str]:
    """``review_state`` (the log folded per fact), ``effective_facts_all`` and ``effective_facts``.

    A correction's ``fields`` is a JSON object of the fields it sets (a JSON null sets SQL NULL);
    per field the latest applied event that sets it wins. ``review`` is ``rejected`` when the
    latest event is a rejection, else ``added``, ``corrected`` or ``accepted`` by what the fact's
    events did, and ``machine`` without any. An added fact shows while its document is stored and
    its text still stands at its report's offsets (else it is an orphan: ``zhibiao review orphans``);
    when the extractor comes to produce the same ``fact_id``, the add applies to that row instead.
    """
    every = {**fields, **add_fields}
    folded = ",\n".join(
        f"arg_max(json_extract(fields, '$.\"{f}\"'), seq) FILTER (WHERE json_exists(fields, '$.\"{f}\"')) AS \"{f}\""
        for f in every
    )

    def val(f: str, typ: str, alias: str = "s") -> str:
        return f"CAST({alias}.\"{f}\" ->> '$' AS {typ})"

    replaced = ",\n".join(
        f"CASE WHEN s.\"{f}\" IS NULL THEN f.\"{f}\" ELSE {val(f, t)} END AS \"{f}\"" for f, t in fields.items()
    )
    review = """CASE WHEN s.fact_id IS NULL THEN 'machine' WHEN s.last_action = 'reject' THEN 'rejected'
                     WHEN s.is_added THEN 'added' WHEN s.is_corrected THEN 'corrected' ELSE 'accepted' END"""
    added_cols = ",\n".join(f"{val(f, t)} AS \"{f}\"" for f, t in every.items() if f != "report")
    return [
        "DROP VIEW IF EXISTS targets",
        "DROP VIEW IF EXISTS results",
        "DROP VIEW IF EXISTS effective_facts",
        "DROP VIEW IF EXISTS effective_facts_all",
        "DROP VIEW IF EXISTS review_state",
        f"""CREATE VIEW review_state AS
            SELECT fact_id, arg_max(action, seq) AS last_action, bool_or(action = 'add') AS is_added,
                   bool_or(action = 'correct') AS is_corrected, arg_max(reviewer, seq) AS reviewer,
                   max(decided_at) AS reviewed_at, min(seq) AS first_seq, count(*) AS events,
                   arg_max(doc_sha256, seq) AS doc_sha256, arg_max(start_char, seq) AS start_char,
                   arg_max(end_char, seq) AS end_char,
                   {folded}
            FROM corrections WHERE applied GROUP BY fact_id""",
        f"""CREATE VIEW effective_facts_all AS
            SELECT f.* REPLACE ({replaced}), {review} AS review, s.reviewer, s.reviewed_at
            FROM facts f LEFT JOIN review_state s ON s.fact_id = f.fact_id
            UNION ALL BY NAME
            SELECT -s.first_seq AS id, s.fact_id, d.id AS doc_id, d.name AS doc, r.report, r.region,
                   r.region_code, r.level, s.start_char, s.end_char, NULL::DOUBLE AS confidence,
                   {added_cols},
                   {review} AS review, s.reviewer, s.reviewed_at
            FROM review_state s
            JOIN documents d ON d.sha256 = s.doc_sha256
            JOIN reports r ON r.doc_id = d.id AND r.report = {val("report", "INTEGER")}
            WHERE s.is_added AND s.fact_id NOT IN (SELECT fact_id FROM facts WHERE fact_id IS NOT NULL)
              AND substr(r.text, {val("norm_start", "INTEGER")} + 1,
                         {val("norm_end", "INTEGER")} - {val("norm_start", "INTEGER")}) = s.text ->> '$'""",
        "CREATE VIEW effective_facts AS SELECT * FROM effective_facts_all WHERE review <> 'rejected'",
        "CREATE VIEW targets AS SELECT * FROM effective_facts WHERE role = 'target'",
        "CREATE VIEW results AS SELECT * FROM effective_facts WHERE role = 'actual'",
    ]


_V8: list[Step] = [
    "ALTER TABLE facts ADD COLUMN fact_id VARCHAR",
    "COMMENT ON COLUMN facts.fact_id IS 'stable fact identity: document sha256, source span, indicator/role/measure'",
    _FACT_ID_SQL,
    """CREATE SEQUENCE IF NOT EXISTS corrections_seq START 1""",
    """CREATE TABLE corrections (
        seq BIGINT PRIMARY KEY DEFAULT nextval('corrections_seq'),
        event_id VARCHAR NOT NULL UNIQUE,
        decided_at TIMESTAMP NOT NULL,
        reviewer VARCHAR NOT NULL,
        action VARCHAR NOT NULL,
        fact_id VARCHAR NOT NULL,
        doc_sha256 VARCHAR NOT NULL,
        start_char INTEGER,
        end_char INTEGER,
        indicator VARCHAR,
        role VARCHAR,
        measure VARCHAR,
        fields VARCHAR,
        before VARCHAR,
        reason VARCHAR,
        zhibiao_version VARCHAR,
        imported_at TIMESTAMP,
        applied BOOLEAN NOT NULL DEFAULT TRUE
    )""",
    "COMMENT ON TABLE corrections IS 'append-only review log: accept / correct / reject / add, keyed by fact_id'",
    *_column_comments("corrections.", {
        "seq": "order of the event in this database",
        "event_id": "globally unique event id (UUID): identity across machines",
        "decided_at": "when the reviewer decided (UTC)",
        "reviewer": "who decided",
        "action": "accept / correct / reject / add",
        "fact_id": "the fact's stable id (facts.fact_id)",
        "doc_sha256": "SHA-256 of the document's bytes",
        "start_char": "start of the fact's span in the decoded source file",
        "end_char": "end of the fact's span in the decoded source file",
        "indicator": "the fact's indicator when decided (part of its identity)",
        "role": "the fact's role when decided (part of its identity)",
        "measure": "the fact's measure when decided (part of its identity)",
        "fields": "JSON: fields set (correct) or the whole added fact (add)",
        "before": "JSON: the corrected fields' values before the change",
        "reason": "why (a rejection's reason, a note)",
        "zhibiao_version": "zhibiao version that wrote the event",
        "imported_at": "when it was imported from another machine (else empty)",
        "applied": "false: an imported event held back because it conflicts with a local one",
    }),
    *effective_views(REVIEW_FIELDS_V8, ADD_FIELDS_V8),
]

# v9: the years each section speaks of (zhibiao.document.periods): a review of several years, last
# year's review, the plan's goals or this year's plan, with its first and last year.
_V9: list[Step] = [
    "ALTER TABLE sections ADD COLUMN scope VARCHAR",
    "ALTER TABLE sections ADD COLUMN first_year INTEGER",
    "ALTER TABLE sections ADD COLUMN last_year INTEGER",
    "COMMENT ON COLUMN sections.scope IS 'multi_year_review / year_review / plan_goals / year_plan / unknown'",
    "COMMENT ON COLUMN sections.first_year IS 'first year the section speaks of (at its start)'",
    "COMMENT ON COLUMN sections.last_year IS 'last year the section speaks of (at its start)'",
]

# v10: where each report's region, year and type were read (title, session, date, body … or user), and
# the metadata a user gave for a file (manifest, --region/--year), kept so reextract applies it again.
_V10: list[Step] = [
    "ALTER TABLE reports ADD COLUMN IF NOT EXISTS region_source VARCHAR",
    "ALTER TABLE reports ADD COLUMN IF NOT EXISTS year_source VARCHAR",
    "ALTER TABLE reports ADD COLUMN IF NOT EXISTS type_source VARCHAR",
    "ALTER TABLE facts ADD COLUMN IF NOT EXISTS region_source VARCHAR",
    "ALTER TABLE facts ADD COLUMN IF NOT EXISTS year_source VARCHAR",
    "ALTER TABLE documents ADD COLUMN IF NOT EXISTS given VARCHAR",
    "COMMENT ON COLUMN reports.region_source IS "
    "'where the region was read: title, session, issuer, dateline, head, body, file_name; user = given'",
    "COMMENT ON COLUMN reports.year_source IS "
    "'where the report year was read: title, date, session, body, published, session_range, file_name; user = given'",
    "COMMENT ON COLUMN reports.type_source IS 'where the report type was read: title, head, body; user = given'",
    "COMMENT ON COLUMN facts.region_source IS 'the report''s region_source'",
    "COMMENT ON COLUMN facts.year_source IS 'the report''s year_source'",
    "COMMENT ON COLUMN documents.given IS "
    "'metadata the user gave for the file (JSON: region, year, report_type), applied again by reextract'",
    *effective_views(REVIEW_FIELDS_V8, ADD_FIELDS_V8),  # the views over facts again, with its new columns
]

# v11: bytes of a plain-text file read through as small damage (an invalid byte, a NUL, a cut last
# character; at most one byte in 1,000), each shown as U+FFFD in the texts (issue 19).
_V11: list[Step] = [
    "ALTER TABLE documents ADD COLUMN damaged INTEGER DEFAULT 0",
    "COMMENT ON COLUMN documents.damaged IS 'bytes that did not decode (or NULs), read through as U+FFFD'",
]

MIGRATIONS: list[list[Step]] = [_V1, _V2, _V3, _V4, _V5, _V6, _V7, _V8, _V9, _V10, _V11]
SCHEMA_VERSION = len(MIGRATIONS)


class SchemaTooNewError(ZhibiaoError):
    """The database was written by a newer zhibiao than this one."""


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """Schema version of an open database; 0 for an empty one."""
    has_meta = con.execute(
        "SELECT count(*) FROM duckdb_tables() "
        "WHERE table_name = 'meta' AND database_name = current_database()"
    ).fetchone()
    if not has_meta or not has_meta[0]:
        return 0
    row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def check_version(version: int, path: str) -> None:
    """Refuse a database from the future rather than misread it."""
    if version > SCHEMA_VERSION:
        raise SchemaTooNewError(
            f"{path}: database schema version {version} is newer than this zhibiao understands "
            f"({SCHEMA_VERSION}); upgrade zhibiao"
        )


def migrate(con: duckdb.DuckDBPyConnection, path: str = "database", target: int = SCHEMA_VERSION) -> int:
    """Apply the missing migration steps, each in its own transaction; return the new version."""
    version = schema_version(con)
    check_version(version, path)
    while version < target:
        con.execute("BEGIN TRANSACTION")
        try:
            for stmt in MIGRATIONS[version]:
                if callable(stmt):  # a data step written in Python (exact decimals)
                    stmt(con)
                else:
                    con.execute(stmt)
            version += 1
            con.execute(
                "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)",
                [str(version)],
            )
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    return version
