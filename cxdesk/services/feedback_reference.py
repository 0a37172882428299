"""Editable reference data of the feedback area: topic dictionary, sentiment lexicon, calendar.

Defaults ship in ``resources/reference/*.json``; an edited copy is kept in ``feedback_dictionary``
(synced, so the УЦЗН can send it down). Readers get parsed objects cached per database and
content; saving a topic dictionary or lexicon re-applies analytics to the existing records.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select

from cxdesk import paths
from cxdesk.core.analytics import SentimentLexicon, TopicDictionary
from cxdesk.core.calendar import ProductionCalendar, validate_calendar
from cxdesk.services import audit
from cxdesk.services.actor import Actor
from cxdesk.services.errors import ValidationError
from cxdesk.services.guard import require
from cxdesk.services.roles import Action
from cxdesk.store.database import Database
from cxdesk.store.feedback import FeedbackDictionary

KINDS = {
    "topics": ("topics.json", "словарь тем"),
    "sentiment": ("sentiment.json", "словарь тональности"),
    "calendar": ("production_calendar.json", "производственный календарь"),
}
_cache: dict[tuple[str, str], object] = {}


def default_document(kind: str) -> dict:
    filename, _ = KINDS[kind]
    return json.loads((paths.resources_dir() / "reference" / filename).read_text(encoding="utf-8"))


def document(db: Database, kind: str) -> dict:
    """The document in force: the edited copy in the database, else the shipped default."""
    if kind not in KINDS:
        raise ValidationError(f"Неизвестный справочник «{kind}».")
    with db.uow() as uow:
        content = uow.session.scalar(
            select(FeedbackDictionary.content).where(
                FeedbackDictionary.kind == kind, FeedbackDictionary.deleted.is_(False)
            )
        )
    return json.loads(content) if content else default_document(kind)


def _parsed(db: Database, kind: str, factory):
    doc = document(db, kind)
    key = (kind, json.dumps(doc, sort_keys=True, ensure_ascii=False))
    if key not in _cache:
        if len(_cache) > 12:
            _cache.clear()
        _cache[key] = factory(doc)
    return _cache[key]


def topics(db: Database) -> TopicDictionary:
    return _parsed(db, "topics", TopicDictionary.from_dict)


def lexicon(db: Database) -> SentimentLexicon:
    return _parsed(db, "sentiment", SentimentLexicon.from_dict)


def calendar(db: Database) -> ProductionCalendar:
    return _parsed(db, "calendar", ProductionCalendar.from_dict)


def topic_titles(db: Database) -> dict[str, str]:
    """Titles by code, read without lemmatising (no need to load pymorphy3 just to show a list)."""
    return {t["code"]: t["title"] for t in document(db, "topics").get("topics", [])}


def _validate(kind: str, doc: dict) -> None:
    if kind == "calendar":
        problems = validate_calendar(doc)
    elif kind == "topics":
        problems = [
            f"Тема без кода или названия: {t}"
            for t in doc.get("topics", [])
            if not t.get("code") or not t.get("title")
        ]
        if not doc.get("topics"):
            problems.append("В словаре нет ни одной темы.")
    else:
        problems = [] if doc.get("positive") or doc.get("negative") else ["В словаре тональности нет слов."]
    if problems:
        raise ValidationError("Справочник не сохранён: " + "; ".join(problems))


@dataclass(frozen=True)
class SaveResult:
    kind: str
    records_reanalysed: int


def save_document(db: Database, actor: Actor, kind: str, doc: dict, *, reapply: bool = True) -> SaveResult:
    """Store an edited reference document; topics and sentiment are then re-applied to the records."""
    require(db, actor, Action.FEEDBACK_ENTER)
    if kind not in KINDS:
        raise ValidationError(f"Неизвестный справочник «{kind}».")
    _validate(kind, doc)
    content = json.dumps(doc, ensure_ascii=False, indent=1)
    with db.uow() as uow:
        row = uow.session.scalar(select(FeedbackDictionary).where(FeedbackDictionary.kind == kind))
        if row is None:
            row = FeedbackDictionary(kind=kind, content=content)
            uow.session.add(row)
        row.content = content
        row.deleted = False
        row.changed_by = actor.login
        row.changed_at = datetime.now(UTC)
        uow.session.flush()
        audit.append(
            uow.session,
            actor,
            "feedback.dictionary.save",
            office=db.office_code,
            entity="feedback_dictionary",
            record_id=row.id,
            details={"kind": kind},
        )
        uow.commit()
    count = 0
    if reapply and kind in ("topics", "sentiment"):
        from cxdesk.services.feedback_analysis import reanalyse_all

        count = reanalyse_all(db, actor)
    return SaveResult(kind, count)


def reset_document(db: Database, actor: Actor, kind: str) -> SaveResult:
    """Go back to the shipped default."""
    return save_document(db, actor, kind, default_document(kind))
