"""The Russian full-text index of the register: lemmas kept beside the records.

``feedback_fts`` (made by migration f001: FTS5 in SQLite, a ``tsvector`` table in PostgreSQL) holds,
per record, the lemmas of its number, subject, author and text (ё folded into е, see
``cxdesk.core.text``); its rowid is the record's stable key in ``feedback_search_key``. Writes go
through :func:`index_rows` / :func:`remove_rows` inside the caller's transaction, so the index never
disagrees with the records. The engine-specific parts are in :mod:`cxdesk.store.fulltext`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import column, select, table
from sqlalchemy.orm import Session

from cxdesk.core.text import index_text, search_terms
from cxdesk.store.fulltext import FtsMatch, Match
from cxdesk.store.portable import RawCursor

FTS_TABLE = "feedback_fts"
_fts = table(FTS_TABLE, column("rowid"))
_keys_table = table("feedback_search_key", column("n"), column("record_id"))


def is_fts_name(name: str | None) -> bool:
    """True for the full-text tables and SQLite's FTS5 shadow tables (not described by models)."""
    return bool(name) and (name.endswith("_fts") or "_fts_" in name)


def include_name(name, type_, parent_names) -> bool:
    """Alembic ``include_name`` hook: leave the hand-made full-text tables out of model comparison."""
    return not (type_ == "table" and is_fts_name(name))


def body(*parts: str) -> str:
    return index_text(*parts)


def index_rows(session: Session, rows: Iterable[tuple[str, str]]) -> None:
    """(record id, indexed body) pairs: insert or replace the index entries of those records."""
    rows = list(rows)
    if not rows:
        return
    cursor = RawCursor(session)
    cursor.executemany("INSERT INTO feedback_search_key (record_id) VALUES (?) ON CONFLICT DO NOTHING",
                       [(rid,) for rid, _ in rows])
    keys = _keys(cursor, [rid for rid, _ in rows])
    cursor.executemany(f"DELETE FROM {FTS_TABLE} WHERE rowid = ?", [(keys[rid],) for rid, _ in rows])
    cursor.executemany(f"INSERT INTO {FTS_TABLE} (rowid, body) VALUES (?, ?)",
                       [(keys[rid], text_) for rid, text_ in rows])


def insert_new(session: Session, rows: Sequence[tuple[str, str]]) -> None:
    """Fast path for records that were never indexed (bulk imports, the demo); empty bodies are skipped."""
    rows = [(rid, b) for rid, b in rows if b]
    if not rows:
        return
    cursor = RawCursor(session)
    if cursor.dialect != "sqlite":  # keys from the sequence: other sessions may be inserting too
        index_rows(session, rows)
        return
    start = (cursor.execute("SELECT COALESCE(MAX(n), 0) FROM feedback_search_key").fetchone()[0]) + 1
    cursor.executemany("INSERT INTO feedback_search_key (n, record_id) VALUES (?, ?)",
                       [(start + i, rid) for i, (rid, _) in enumerate(rows)])
    cursor.executemany(f"INSERT INTO {FTS_TABLE} (rowid, body) VALUES (?, ?)",
                       [(start + i, b) for i, (_, b) in enumerate(rows)])


def _keys(cursor: RawCursor, record_ids: list[str]) -> dict[str, int]:
    keys: dict[str, int] = {}
    for i in range(0, len(record_ids), 500):
        chunk = record_ids[i : i + 500]
        marks = ",".join("?" * len(chunk))
        keys.update(cursor.execute(
            f"SELECT record_id, n FROM feedback_search_key WHERE record_id IN ({marks})", chunk).fetchall())
    return keys


def remove_rows(session: Session, record_ids: Sequence[str]) -> None:
    cursor = RawCursor(session)
    keys = _keys(cursor, list(record_ids))
    cursor.executemany(f"DELETE FROM {FTS_TABLE} WHERE rowid = ?", [(n,) for n in keys.values()])


def match_expression(query: str) -> Match | None:
    """Every lemma of the user's words must occur (quoted, so no operator injection)."""
    terms = search_terms(query)
    return Match.of(terms) if terms else None


def matching_ids_clause(expression: Match):
    """A subquery of the ids of the records matching ``expression`` (from :func:`match_expression`)."""
    return (select(_keys_table.c.record_id)
            .select_from(_fts.join(_keys_table, _keys_table.c.n == _fts.c.rowid))
            .where(FtsMatch(FTS_TABLE, expression)))
