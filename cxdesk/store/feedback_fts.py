"""The Russian full-text index of the register: FTS5 over lemmas, kept beside the records.

``feedback_fts`` (made by migration f001) holds, per record, the lemmas of its number, subject,
author and text (ё folded into е, see ``cxdesk.core.text``); its rowid is the record's stable key
in ``feedback_search_key``. Writes go through :func:`index_rows` / :func:`remove_rows` inside the
caller's transaction, so the index never disagrees with the records. SQLite-only SQL stays here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import text
from sqlalchemy.orm import Session

from cxdesk.core.text import index_text, search_terms

FTS_TABLE = "feedback_fts"


def is_fts_name(name: str | None) -> bool:
    """True for FTS5 virtual tables and their shadow tables (not described by models)."""
    return bool(name) and (name.endswith("_fts") or "_fts_" in name)


def include_name(name, type_, parent_names) -> bool:
    """Alembic ``include_name`` hook: leave the hand-made FTS5 tables out of model comparison."""
    return not (type_ == "table" and is_fts_name(name))


def body(*parts: str) -> str:
    return index_text(*parts)


def index_rows(session: Session, rows: Iterable[tuple[str, str]]) -> None:
    """(record id, indexed body) pairs: insert or replace the index entries of those records."""
    conn = session.connection().connection.driver_connection
    rows = list(rows)
    if not rows:
        return
    cursor = conn.cursor()
    ids = [(rid,) for rid, _ in rows]
    cursor.executemany("INSERT OR IGNORE INTO feedback_search_key (record_id) VALUES (?)", ids)
    keys = _keys(cursor, [rid for rid, _ in rows])
    cursor.executemany(f"DELETE FROM {FTS_TABLE} WHERE rowid = ?", [(keys[rid],) for rid, _ in rows])
    cursor.executemany(
        f"INSERT INTO {FTS_TABLE} (rowid, body) VALUES (?, ?)", [(keys[rid], text_) for rid, text_ in rows]
    )


def insert_new(session: Session, rows: Sequence[tuple[str, str]]) -> None:
    """Fast path for records that were never indexed (bulk imports, the demo); empty bodies are skipped."""
    rows = [(rid, b) for rid, b in rows if b]
    if not rows:
        return
    cursor = session.connection().connection.driver_connection.cursor()
    start = (cursor.execute("SELECT COALESCE(MAX(n), 0) FROM feedback_search_key").fetchone()[0]) + 1
    cursor.executemany(
        "INSERT INTO feedback_search_key (n, record_id) VALUES (?, ?)",
        [(start + i, rid) for i, (rid, _) in enumerate(rows)],
    )
    cursor.executemany(
        f"INSERT INTO {FTS_TABLE} (rowid, body) VALUES (?, ?)",
        [(start + i, b) for i, (_, b) in enumerate(rows)],
    )


def _keys(cursor, record_ids: list[str]) -> dict[str, int]:
    keys: dict[str, int] = {}
    for i in range(0, len(record_ids), 500):
        chunk = record_ids[i : i + 500]
        marks = ",".join("?" * len(chunk))
        keys.update(
            cursor.execute(
                f"SELECT record_id, n FROM feedback_search_key WHERE record_id IN ({marks})", chunk
            ).fetchall()
        )
    return keys


def remove_rows(session: Session, record_ids: Sequence[str]) -> None:
    cursor = session.connection().connection.driver_connection.cursor()
    keys = _keys(cursor, list(record_ids))
    cursor.executemany(f"DELETE FROM {FTS_TABLE} WHERE rowid = ?", [(n,) for n in keys.values()])


def match_expression(query: str) -> str | None:
    """An FTS5 query: every lemma of the user's words must occur (quoted, so no operator injection)."""
    terms = search_terms(query)
    if not terms:
        return None
    return " AND ".join('"' + t.replace('"', '""') + '"' for t in terms)


def matching_ids_sql() -> str:
    """SQL selecting the record ids whose index matches ``:fts_query``."""
    return (
        f"SELECT k.record_id FROM {FTS_TABLE} f JOIN feedback_search_key k ON k.n = f.rowid "
        f"WHERE {FTS_TABLE} MATCH :fts_query"
    )


def matching_ids_clause(expression: str):
    """A subquery of the ids matching ``expression`` (from :func:`match_expression`), value bound."""
    return text(matching_ids_sql()).bindparams(fts_query=expression)
