"""The Russian full-text index of the knowledge base: lemmas of title, tags and body.

``knowledge_fts`` (made by migration k001: FTS5 in SQLite, a weighted ``tsvector`` in PostgreSQL)
holds per article two columns of lemmas (ё folded into е, word forms reduced by pymorphy3 in
``cxdesk.core.text``): the title and the tags+body. Its rowid is the article's stable key in
``knowledge_search_key``. Writes happen inside the caller's transaction so the index never disagrees
with the articles; a query ranks with the title weighted five times the body (bm25 or ts_rank).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import column, select, table
from sqlalchemy.orm import Session

from cxdesk.core.text import index_text, search_terms, words
from cxdesk.store.fulltext import FtsMatch, FtsRank, Match
from cxdesk.store.portable import RawCursor

FTS_TABLE = "knowledge_fts"  # made by migration k001
TITLE_WEIGHT, BODY_WEIGHT = 5.0, 1.0
_fts = table(FTS_TABLE, column("rowid"))
_keys_table = table("knowledge_search_key", column("n"), column("article_id"))


def index_article(session: Session, article_id: str, title: str, body_text: str, tags: Sequence[str]) -> None:
    """Insert or replace the index entry of one article."""
    index_many(session, [(article_id, index_text(title), index_text(" ".join(tags), body_text))])


def index_many(session: Session, rows: Sequence[tuple[str, str, str]]) -> None:
    """(article id, title lemmas, body lemmas) triples, already lemmatised (bulk loads, the demo)."""
    if not rows:
        return
    cursor = RawCursor(session)
    cursor.executemany("INSERT INTO knowledge_search_key (article_id) VALUES (?) ON CONFLICT DO NOTHING",
                       [(r[0],) for r in rows])
    keys = _keys(cursor, [r[0] for r in rows])
    cursor.executemany(f"DELETE FROM {FTS_TABLE} WHERE rowid = ?", [(keys[r[0]],) for r in rows])
    cursor.executemany(f"INSERT INTO {FTS_TABLE} (rowid, title, body) VALUES (?, ?, ?)",
                       [(keys[aid], title, body) for aid, title, body in rows])


def _keys(cursor: RawCursor, article_ids: list[str]) -> dict[str, int]:
    keys: dict[str, int] = {}
    for i in range(0, len(article_ids), 500):
        chunk = article_ids[i:i + 500]
        marks = ",".join("?" * len(chunk))
        keys.update(cursor.execute(
            f"SELECT article_id, n FROM knowledge_search_key WHERE article_id IN ({marks})", chunk).fetchall())
    return keys


def remove_article(session: Session, article_id: str) -> None:
    cursor = RawCursor(session)
    keys = _keys(cursor, [article_id])
    if keys:
        cursor.execute(f"DELETE FROM {FTS_TABLE} WHERE rowid = ?", (keys[article_id],))


def match_expression(query: str) -> Match | None:
    """Every lemma of the user's words must occur; each quoted, so no operator injection.
    The last word also matches as a prefix, so results appear while the user is still typing."""
    terms = search_terms(query)
    if not terms:
        return None
    last = words(query)[-1]
    typing = not query[-1:].isspace() and len(last) >= 3
    return Match.of(terms, last_prefix=last if typing and last != terms[-1] else None,
                    last_is_prefix=typing and last == terms[-1])


def matches_with_rank(expression: Match):
    """A subquery of (article_id, rank) of the articles matching ``expression`` (lower rank = better)."""
    return (select(_keys_table.c.article_id.label("article_id"),
                   FtsRank(FTS_TABLE, expression, (TITLE_WEIGHT, BODY_WEIGHT)).label("rank"))
            .select_from(_fts.join(_keys_table, _keys_table.c.n == _fts.c.rowid))
            .where(FtsMatch(FTS_TABLE, expression))
            .subquery("fts"))


def rebuild(session: Session, rows: Sequence[tuple[str, str, str, Sequence[str]]]) -> None:
    """Re-make the whole index from (id, title, body text, tags) of every article."""
    RawCursor(session).execute(f"DELETE FROM {FTS_TABLE}")
    index_many(session, [(aid, index_text(title), index_text(" ".join(tags), body)) for aid, title, body, tags
                         in rows])
