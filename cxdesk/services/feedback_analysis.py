"""Applies topics and sentiment to register records, on save, on import and after a dictionary edit.

Topics and sentiment are derived locally from the text with the dictionaries in force; they are
not a user's edit, so re-applying them does not bump versions or fill the change log (every
office derives the same values from the same synced dictionaries). Topics assigned by hand
(``topics_manual``) are kept.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import text
from sqlalchemy.orm import Session

from cxdesk.core.analytics import Analysis, SentimentLexicon, TopicDictionary, analyse
from cxdesk.store.database import Database
from cxdesk.store.portable import RawCursor

BATCH = 5000
Progress = Callable[[int, int], None]


def topics_value(codes: list[str]) -> str:
    """Topic codes as stored: ``|a|b|`` so that one topic is found with ``LIKE '%|a|%'``."""
    return "|" + "|".join(dict.fromkeys(codes)) + "|" if codes else ""


def topics_list(value: str) -> list[str]:
    return [c for c in (value or "").split("|") if c]


class Analyser:
    """The dictionaries in force, loaded once for a batch of records (or the given edited documents)."""

    def __init__(self, db: Database, topics: dict | None = None, sentiment: dict | None = None) -> None:
        from cxdesk.services import feedback_reference as ref

        self.topics: TopicDictionary = TopicDictionary.from_dict(topics) if topics else ref.topics(db)
        self.lexicon: SentimentLexicon = SentimentLexicon.from_dict(sentiment) if sentiment else ref.lexicon(db)
        self._seen: dict[tuple, Analysis] = {}

    def __call__(self, subject: str, body: str, rating: float | None = None) -> Analysis:
        # imports repeat texts (and empty ones) a lot; the rating only matters for texts without words
        bucket = None if rating is None else "p" if rating >= 4 else "n" if rating <= 2.5 else "m"
        key = (subject, body, bucket)
        result = self._seen.get(key)
        if result is None:
            if len(self._seen) > 50_000:
                self._seen.clear()
            result = analyse(f"{subject}. {body}" if subject else body, self.topics, self.lexicon, rating)
            self._seen[key] = result
        return result


def reanalyse(session: Session, analyser: Analyser, progress: Progress | None = None) -> int:
    """Re-apply ``analyser`` to every live record inside the caller's transaction (raw SQL in batches:
    derived values, no versions). ``progress(done, total)`` may raise to stop: the caller rolls back."""
    conn = session.connection()
    total = conn.execute(text("SELECT COUNT(*) FROM feedback_record WHERE deleted = false")).scalar_one()
    if progress:
        progress(0, total)
    done, last = 0, ""
    cursor = RawCursor(session)
    while True:
        rows = conn.execute(
            text(
                "SELECT id, CASE WHEN source IN ('survey', 'metric') THEN '' ELSE subject END, text, rating, "
                "topics_manual, topics FROM feedback_record "
                "WHERE deleted = false AND id > :last ORDER BY id LIMIT :n"
            ),
            {"last": last, "n": BATCH},
        ).all()
        if not rows:
            break
        updates = []
        for rid, subject, body, rating, manual, old_topics in rows:
            result = analyser(subject, body, rating)
            new_topics = old_topics if manual else topics_value(result.topics)
            updates.append((new_topics, result.sentiment, result.score, rid))
        cursor.executemany(
            "UPDATE feedback_record SET topics = ?, sentiment = ?, sentiment_score = ? WHERE id = ?",
            updates,
        )
        done += len(rows)
        last = rows[-1][0]
        if progress:
            progress(done, total)
    return done
