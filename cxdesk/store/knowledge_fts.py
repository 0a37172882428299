"""The Russian full-text index of the knowledge base: FTS5 over lemmas of title, tags and body.

``knowledge_fts`` (made by migration k001) holds per article two columns of lemmas (ё folded into
е, word forms reduced by pymorphy3 in ``cxdesk.core.text``): the title and the tags+body. Its rowid
is the article's stable key in ``knowledge_search_key``. Writes happen inside the caller's
transaction so the index never disagrees with the articles; a query ranks by bm25 with the title
weighted five times the body. SQLite-only SQL stays in this module.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import column, text
from sqlalchemy.orm import Session

from cxdesk.core.text import index_text, search_terms, words

FTS_TABLE = "knowledge_fts"  # made by migration k001
TITLE_WEIGHT, BODY_WEIGHT = 5.0, 1.0


def _cursor(session: Session):
    return session.connection().connection.driver_connection.cursor()


def index_article(session: Session, article_id: str, title: str, body_text: str, tags: Sequence[str]) -> None:
    """Insert or replace the index entry of one article."""
    index_many(session, [(article_id, index_text(title), index_text(" ".join(tags), body_text))])


def index_many(session: Session, rows: Sequence[tuple[str, str, str]]) -> None:
    """(article id, title lemmas, body lemmas) triples, already lemmatised (bulk loads, the demo)."""
    if not rows:
        return
    cursor = _cursor(session)
    cursor.executemany("INSERT OR IGNORE INTO knowledge_search_key (article_id) VALUES (?)",
                       [(r[0],) for r in rows])
    keys = _keys(cursor, [r[0] for r in rows])
    cursor.executemany(f"DELETE FROM {FTS_TABLE} WHERE rowid = ?", [(keys[r[0]],) for r in rows])
    cursor.executemany(f"INSERT INTO {FTS_TABLE} (rowid, title, body) VALUES (?, ?, ?)",
                       [(keys[aid], title, body) for aid, title, body in rows])


def _keys(cursor, article_ids: list[str]) -> dict[str, int]:
    keys: dict[str, int] = {}
    for i in range(0, len(article_ids), 500):
        chunk = article_ids[i:i + 500]
        marks = ",".join("?" * len(chunk))
        keys.update(cursor.execute(
            f"SELECT article_id, n FROM knowledge_search_key WHERE article_id IN ({marks})", chunk).fetchall())
    return keys


def remove_article(session: Session, article_id: str) -> None:
    cursor = _cursor(session)
    keys = _keys(cursor, [article_id])
    if keys:
        cursor.execute(f"DELETE FROM {FTS_TABLE} WHERE rowid = ?", (keys[article_id],))


def match_expression(query: str) -> str | None:
    """Every lemma of the user's words must occur; each quoted, so no FTS5 operator injection.
    The last word also matches as a prefix, so results appear while the user is still typing."""
    terms = search_terms(query)
    if not terms:
        return None
    quoted = ['"' + t.replace('"', '""') + '"' for t in terms]
    last = words(query)[-1]
    if not query[-1:].isspace() and len(last) >= 3 and last != terms[-1]:
        quoted[-1] = f'({quoted[-1]} OR "{last}"*)'
    elif not query[-1:].isspace() and len(last) >= 3:
        quoted[-1] = f"{quoted[-1]}*"
    return " AND ".join(quoted)


def matches():
    """A selectable of (article_id, rank) for ``:fts_query`` (lower rank = better match)."""
    return text(
        f"SELECT k.article_id AS article_id, bm25({FTS_TABLE}, {TITLE_WEIGHT}, {BODY_WEIGHT}) AS rank "
        f"FROM {FTS_TABLE} JOIN knowledge_search_key k ON k.n = {FTS_TABLE}.rowid "
        f"WHERE {FTS_TABLE} MATCH :fts_query"
    ).columns(column("article_id"), column("rank")).subquery("fts")


def rebuild(session: Session, rows: Sequence[tuple[str, str, str, Sequence[str]]]) -> None:
    """Re-make the whole index from (id, title, body text, tags) of every article."""
    cursor = _cursor(session)
    cursor.execute(f"DELETE FROM {FTS_TABLE}")
    index_many(session, [(aid, index_text(title), index_text(" ".join(tags), body)) for aid, title, body, tags
                         in rows])
