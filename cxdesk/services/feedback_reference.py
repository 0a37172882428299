"""Editable reference data of the feedback area: topic dictionary, sentiment lexicon, calendar.

Defaults ship in ``resources/reference/*.json``; an edited copy is kept in ``feedback_dictionary``
(synced, so the УЦЗН can send it down). Readers get parsed objects cached per database and
content; saving a topic dictionary or lexicon re-applies analytics to the existing records, saving the
calendar moves the deadlines of open appeals (in the same transaction, so a cancelled run saves nothing).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import bindparam, select, update

from cxdesk import paths
from cxdesk.core import deadlines
from cxdesk.core.analytics import SentimentLexicon, TopicDictionary
from cxdesk.core.calendar import ProductionCalendar, validate_calendar
from cxdesk.services import audit
from cxdesk.services.actor import Actor
from cxdesk.services.errors import ValidationError
from cxdesk.services.guard import require
from cxdesk.services.roles import Action, can
from cxdesk.store.database import Database
from cxdesk.store.feedback import FeedbackDictionary, FeedbackRecord

KINDS = {
    "topics": ("topics.json", "словарь тем"),
    "sentiment": ("sentiment.json", "словарь тональности"),
    "calendar": ("production_calendar.json", "производственный календарь"),
}
_cache: dict[tuple[str, str], object] = {}
EDIT_ACTIONS = (Action.FEEDBACK_ENTER, Action.REFERENCE_EDIT)


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
    deadlines_moved: int = 0


def can_edit(role) -> bool:
    """Who may change the dictionaries: they are reference data every office shares (rule 6), so the
    roles that both enter feedback and edit reference data (today the CX specialist)."""
    return all(can(role, action) for action in EDIT_ACTIONS)


def _recompute_deadlines(session, cal: ProductionCalendar) -> int:
    """Registration and answer deadlines of open appeals under the edited calendar (derived values: every
    office computes the same from the same synced calendar, so no versions). Returns how many moved."""
    table = FeedbackRecord.__table__
    c = table.c
    rows = session.execute(
        select(c.id, c.received_on, c.registered_on, c.extended_days, c.register_due, c.answer_due).where(
            c.deleted.is_(False), c.source == "appeal", c.status.not_in(("answered", "closed", "redirected")))
    ).all()
    updates = []
    for rid, received, registered, extended, old_register, old_answer in rows:
        registered = registered or received
        register_due = deadlines.registration_due(cal, received)
        base = deadlines.answer_due(cal, registered)
        answer_due = deadlines.extended_due(cal, base, extended) if extended else base
        if (register_due, answer_due) != (old_register, old_answer):
            updates.append({"rid": rid, "new_register_due": register_due, "new_answer_due": answer_due})
    if updates:
        session.execute(
            update(table).where(c.id == bindparam("rid")).values(
                register_due=bindparam("new_register_due"), answer_due=bindparam("new_answer_due")),
            updates)
    return len(updates)


def save_document(
    db: Database,
    actor: Actor,
    kind: str,
    doc: dict,
    *,
    reapply: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> SaveResult:
    """Store one edited reference document (see :func:`save_documents`)."""
    return save_documents(db, actor, {kind: doc}, reapply=reapply, progress=progress)


def save_documents(
    db: Database,
    actor: Actor,
    docs: dict[str, dict],
    *,
    reapply: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> SaveResult:
    """Store edited reference documents and, in the same transaction, re-apply them to the existing records
    (once, however many changed): topics and sentiment for the dictionaries, the deadlines of open appeals
    for the calendar. ``progress(done, total)`` may raise to cancel; then nothing is saved."""
    for action in EDIT_ACTIONS:
        require(db, actor, action)
    for kind, doc in docs.items():
        if kind not in KINDS:
            raise ValidationError(f"Неизвестный справочник «{kind}».")
        _validate(kind, doc)
    analyser = None
    if reapply and {"topics", "sentiment"} & set(docs):
        from cxdesk.services.feedback_analysis import Analyser

        analyser = Analyser(
            db,
            topics=docs.get("topics") or document(db, "topics"),
            sentiment=docs.get("sentiment") or document(db, "sentiment"),
        )
    count = moved = 0
    with db.uow() as uow:
        for kind, doc in docs.items():
            content = json.dumps(doc, ensure_ascii=False, indent=1)
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
        if reapply and "calendar" in docs:
            moved = _recompute_deadlines(uow.session, ProductionCalendar.from_dict(docs["calendar"]))
        if analyser is not None:
            from cxdesk.services.feedback_analysis import reanalyse

            count = reanalyse(uow.session, analyser, progress)
        if count or moved:
            audit.append(
                uow.session,
                actor,
                "feedback.reanalyse",
                office=db.office_code,
                entity="feedback_record",
                details={"records_reanalysed": count, "deadlines_moved": moved},
            )
        uow.commit()
    return SaveResult(",".join(docs), count, moved)
