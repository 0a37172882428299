"""Every synced record type writes the change log in the same transaction as its change.

``SAMPLES`` must name a factory for every model with the sync identity columns: a new record
type that is not listed here fails ``test_every_synced_model_has_a_sample``, so no table can
forget the change log.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from cxdesk.store.base import SyncedMixin, synced_models
from cxdesk.store.changelog import HardDeleteRefused, SyncContextMissing
from cxdesk.store.journeys import Journey, JourneyCard, JourneyStage, Profile, Touchpoint
from cxdesk.store.models import ChangeLog, Office
from cxdesk.store.staff import StaffMember

# model -> (factory making a valid new instance, a function making an ordinary edit)
SAMPLES: dict[type, tuple[Callable[[Session], SyncedMixin], Callable[[SyncedMixin], None]]] = {
    Office: (
        lambda s: Office(code="TC99", name="ТЦЗН по Заречному району", kind="tczn", region="Энская область"),
        lambda o: setattr(o, "name", "ТЦЗН по Заречному и Лесному районам"),
    ),
    StaffMember: (
        lambda s: StaffMember(office_code="TC01", full_name="Иванова Ирина Ивановна"),
        lambda m: setattr(m, "position", "Главный специалист"),
    ),
    Profile: (
        lambda s: Profile(name="Граждане 50+", audience="citizen"),
        lambda p: setattr(p, "category", "Граждане старшего возраста"),
    ),
    Journey: (
        lambda s: Journey(title="Подбор вакансий"),
        lambda j: setattr(j, "goal", "Найти работу"),
    ),
    JourneyStage: (
        lambda s: _with_journey(s, lambda j: JourneyStage(journey_id=j.id, name="Поиск")),
        lambda st: setattr(st, "emotion", 1.5),
    ),
    JourneyCard: (
        lambda s: _with_stage(s, lambda j, st: JourneyCard(journey_id=j.id, stage_id=st.id, lane_id="l",
                                                           text="Боль")),
        lambda c: setattr(c, "text", "Очередь"),
    ),
    Touchpoint: (
        lambda s: _with_stage(s, lambda j, st: Touchpoint(journey_id=j.id, stage_id=st.id, lane_id="l",
                                                          name="Звонок")),
        lambda t: setattr(t, "channel", "Телефон"),
    ),
}


def _feedback_attachment(session: Session) -> SyncedMixin:
    from datetime import date

    from cxdesk.store.feedback import FeedbackAttachment, FeedbackRecord

    record = FeedbackRecord(office_code="TC01", source="book", received_on=date(2025, 3, 3), status="new",
                            text="Спасибо за помощь")
    session.add(record)
    session.flush()
    return FeedbackAttachment(record_id=record.id, filename="скан.png", mime="image/png", size=3, data=b"png")


def _feedback_samples() -> dict:
    from datetime import date

    from cxdesk.store.feedback import FeedbackAttachment, FeedbackDictionary, FeedbackRecord, SurveyTemplate

    return {
        FeedbackRecord: (
            lambda s: FeedbackRecord(office_code="TC01", source="appeal", received_on=date(2025, 3, 3),
                                     status="registered", text="Не начислили пособие"),
            lambda r: setattr(r, "status", "in_progress"),
        ),
        FeedbackAttachment: (_feedback_attachment, lambda a: setattr(a, "filename", "скан-2.png")),
        SurveyTemplate: (
            lambda s: SurveyTemplate(code="t-sample", title="Анкета", audience="citizen"),
            lambda t: setattr(t, "title", "Анкета гражданина"),
        ),
        FeedbackDictionary: (
            lambda s: FeedbackDictionary(kind="sample", content="{}"),
            lambda d: setattr(d, "content", '{"topics": []}'),
        ),
    }


SAMPLES.update(_feedback_samples())


def _working_group_samples() -> dict:
    from datetime import date

    from cxdesk.store import working_group as wg

    def group(s: Session) -> wg.WorkingGroup:
        g = wg.WorkingGroup(office_code="TC01", name="Рабочая группа по клиентоцентричности")
        s.add(g)
        s.flush()
        return g

    def meeting(s: Session) -> wg.Meeting:
        m = wg.Meeting(group_id=group(s).id, office_code="TC01", number="1", meeting_date=date(2026, 1, 15))
        s.add(m)
        s.flush()
        return m

    def wg_item(s: Session) -> wg.AgendaItem:
        i = wg.AgendaItem(meeting_id=meeting(s).id, title="О ходе работы")
        s.add(i)
        s.flush()
        return i

    def initiative(s: Session) -> wg.Initiative:
        i = wg.Initiative(office_code="TC01", title="Электронная запись", kind="optimisation")
        s.add(i)
        s.flush()
        return i

    return {
        wg.WorkingGroup: (lambda s: wg.WorkingGroup(office_code="TC01", name="Рабочая группа"),
                          lambda g: setattr(g, "place", "каб. 305")),
        wg.WgMember: (lambda s: wg.WgMember(group_id=group(s).id, role="member", person_name="Гусева О. П."),
                      lambda m: setattr(m, "role", "invited")),
        wg.WgDocument: (lambda s: wg.WgDocument(group_id=group(s).id, kind="regulation", title="Положение"),
                        lambda d: setattr(d, "number", "12-п")),
        wg.WgMilestone: (lambda s: wg.WgMilestone(group_id=group(s).id, title="Утвердить Положение"),
                         lambda m: setattr(m, "status", "done")),
        wg.Meeting: (meeting, lambda m: setattr(m, "status", "held")),
        wg.AgendaItem: (lambda s: wg.AgendaItem(meeting_id=meeting(s).id, title="Об итогах квартала"),
                        lambda i: setattr(i, "decision", "Принять к сведению")),
        wg.AgendaMaterial: (
            lambda s: wg.AgendaMaterial(item_id=wg_item(s).id, filename="доклад.pdf", size=1, sha256="0" * 64),
            lambda m: setattr(m, "filename", "доклад (2).pdf")),
        wg.Attendance: (lambda s: wg.Attendance(meeting_id=meeting(s).id, person_name="Гусева О. П."),
                        lambda a: setattr(a, "present", False)),
        wg.Assignment: (lambda s: wg.Assignment(meeting_id=meeting(s).id, office_code="TC01", text="Подготовить"),
                        lambda a: setattr(a, "status", "done")),
        wg.Initiative: (initiative, lambda i: setattr(i, "stage", "design")),
        wg.InitiativeTransition: (
            lambda s: wg.InitiativeTransition(initiative_id=initiative(s).id, to_stage="idea"),
            lambda t: setattr(t, "comment", "Зарегистрирована")),
        wg.LegalProposal: (lambda s: wg.LegalProposal(office_code="TC01", act="Постановление № 55-п"),
                           lambda p: setattr(p, "status", "sent")),
    }


SAMPLES.update(_working_group_samples())


def _knowledge_samples() -> dict:
    from datetime import date

    from cxdesk.store.events import CompetencyEvent, EventMaterial, EventParticipant
    from cxdesk.store.knowledge import (
        KnowledgeArticle,
        KnowledgeAttachment,
        KnowledgeProposal,
        KnowledgeRevision,
    )

    def article(s: Session) -> KnowledgeArticle:
        a = KnowledgeArticle(title="Памятка", kind="info", author_login="admin")
        s.add(a)
        s.flush()
        return a

    def event(s: Session) -> CompetencyEvent:
        e = CompetencyEvent(office_code="TC01", title="Деловая игра", kind="business_game", format="offline",
                            held_on=date(2026, 2, 3))
        s.add(e)
        s.flush()
        return e

    return {
        KnowledgeArticle: (lambda s: KnowledgeArticle(title="Памятка", kind="info", author_login="admin"),
                           lambda a: setattr(a, "status", "published")),
        KnowledgeRevision: (lambda s: KnowledgeRevision(article_id=article(s).id, number=1, title="Памятка",
                                                        kind="info", author_login="admin"),
                            lambda r: setattr(r, "note", "Первая редакция")),
        KnowledgeAttachment: (lambda s: KnowledgeAttachment(article_id=article(s).id, filename="a.pdf", size=1,
                                                            sha256="0" * 64),
                              lambda a: setattr(a, "filename", "б.pdf")),
        CompetencyEvent: (lambda s: CompetencyEvent(office_code="TC01", title="Вебинар", kind="webinar",
                                                    format="online", held_on=date(2026, 1, 20)),
                          lambda e: setattr(e, "outcome", "Проведён")),
        EventParticipant: (lambda s: EventParticipant(event_id=event(s).id, staff_id="00000000-0000-4000-8000-"
                                                                                      "000000000001"),
                           lambda p: setattr(p, "staff_id", "00000000-0000-4000-8000-000000000002")),
        EventMaterial: (lambda s: EventMaterial(event_id=event(s).id, filename="сценарий.docx", size=1,
                                                sha256="0" * 64),
                        lambda m: setattr(m, "filename", "сценарий игры.docx")),
        KnowledgeProposal: (lambda s: KnowledgeProposal(article_id=article(s).id, title="Памятка", kind="info",
                                                        author_login="staff"),
                            lambda p: setattr(p, "status", "accepted")),
    }


SAMPLES.update(_knowledge_samples())


def _problem_samples() -> dict:
    from datetime import date

    from cxdesk.store.problems import CandidateDecision, Problem, ProblemEvidence, Recommendation

    def problem(s: Session) -> Problem:
        p = Problem(office_code="TC01", title="Очередь в зале приёма", identified_on=date(2026, 7, 1))
        s.add(p)
        s.flush()
        return p

    return {
        Problem: (problem, lambda p: setattr(p, "status", "in_progress")),
        ProblemEvidence: (lambda s: ProblemEvidence(problem_id=problem(s).id,
                                                    record_id="00000000-0000-4000-8000-000000000003"),
                          lambda e: setattr(e, "added_by", "orlova")),
        Recommendation: (lambda s: Recommendation(problem_id=problem(s).id, text="Открыть второе окно"),
                         lambda r: setattr(r, "status", "done")),
        CandidateDecision: (lambda s: CandidateDecision(period="2026Q3", touchpoint_id="t", topic="queue",
                                                        decision="dismissed"),
                            lambda d: setattr(d, "decision", "accepted")),
    }


SAMPLES.update(_problem_samples())


def _report_samples() -> dict:
    from cxdesk.store.reports import QuarterlyReport

    return {QuarterlyReport: (lambda s: QuarterlyReport(office_code="TC01", period="2026Q3", scope="TC01",
                                                        title="Отчёт за III квартал 2026 г."),
                              lambda r: setattr(r, "status", "published"))}


SAMPLES.update(_report_samples())


def _kpi_samples() -> dict:
    from cxdesk.store import kpi

    def revision(s: Session) -> kpi.KpiTargetRevision:
        target = kpi.KpiTarget(indicator_code="a_friendly_citizen", year=2026, value=85.0)
        s.add(target)
        s.flush()
        return kpi.KpiTargetRevision(target_id=target.id, revision=1, value=85.0, status="draft")

    return {
        kpi.KpiIndicator: (
            lambda s: kpi.KpiIndicator(code="sample", name="Доля довольных", group_code="а", audience="citizen",
                                       kind="mean", params='{"source": "survey", "field": "q1"}'),
            lambda i: setattr(i, "name", "Средний балл"),
        ),
        kpi.KpiTarget: (
            lambda s: kpi.KpiTarget(indicator_code="sample", year=2026, value=80.0),
            lambda t: setattr(t, "value", 82.0),
        ),
        kpi.KpiTargetRevision: (revision, lambda r: setattr(r, "note", "исправлено")),
        kpi.KpiDenominator: (
            lambda s: kpi.KpiDenominator(office_code="TC01", month="2026-07", code="visits", value=1200.0),
            lambda d: setattr(d, "value", 1250.0),
        ),
    }


SAMPLES.update(_kpi_samples())


def _with_journey(s: Session, make):
    journey = Journey(title="Маршрут для образца")
    s.add(journey)
    s.flush()
    return make(journey)


def _with_stage(s: Session, make):
    journey = Journey(title="Маршрут для образца")
    s.add(journey)
    s.flush()
    stage = JourneyStage(journey_id=journey.id, name="Этап")
    s.add(stage)
    s.flush()
    return make(journey, stage)


def _log_rows(db, record_id: str) -> list[tuple]:
    with db.uow() as uow:
        rows = uow.session.scalars(select(ChangeLog).where(ChangeLog.record_id == record_id)
                                   .order_by(ChangeLog.seq))
        return [(r.op, r.version, r.entity, r.origin, r.hlc) for r in rows]


def test_every_synced_model_has_a_sample():
    missing = [m.__name__ for m in synced_models() if m not in SAMPLES]
    assert not missing, f"add change-log samples for: {missing}"


def test_every_synced_table_has_the_identity_columns():
    for model in synced_models():
        columns = set(model.__table__.columns.keys())
        assert {"id", "origin", "version", "hlc", "deleted"} <= columns, model.__name__


@pytest.mark.parametrize("model", synced_models(), ids=lambda m: m.__tablename__)
def test_insert_update_and_tombstone_are_logged(db, model):
    make, edit = SAMPLES[model]
    with db.uow() as uow:
        record = make(uow.session)
        uow.session.add(record)
        uow.commit()
        record_id = record.id
    with db.uow() as uow:
        record = uow.session.get(model, record_id)
        assert record.origin == "TC01" and record.version == 1 and record.hlc > 0
        first_hlc = record.hlc
        edit(record)
        uow.commit()
    with db.uow() as uow:
        record = uow.session.get(model, record_id)
        assert record.version == 2 and record.hlc > first_hlc
        record.deleted = True
        uow.commit()
    rows = _log_rows(db, record_id)
    assert [row[:4] for row in rows] == [
        ("insert", 1, model.__tablename__, "TC01"),
        ("update", 2, model.__tablename__, "TC01"),
        ("delete", 3, model.__tablename__, "TC01"),
    ]
    assert rows[0][4] < rows[1][4] < rows[2][4]


@pytest.mark.parametrize("model", synced_models(), ids=lambda m: m.__tablename__)
def test_rolled_back_change_leaves_no_log(db, model):
    make, _ = SAMPLES[model]
    with db.uow() as uow:
        record = make(uow.session)
        uow.session.add(record)
        uow.session.flush()
        record_id = record.id
        # leaving without commit rolls back
    assert _log_rows(db, record_id) == []


def test_hard_delete_of_a_synced_record_is_refused(db):
    with db.uow() as uow:
        office = uow.session.scalar(select(Office))
        uow.session.delete(office)
        with pytest.raises(HardDeleteRefused):
            uow.session.flush()


def test_synced_write_outside_a_unit_of_work_is_refused(db):
    with Session(db.engine) as session:
        session.add(Office(code="TC98", name="ТЦЗН", kind="tczn", region=""))
        with pytest.raises(SyncContextMissing):
            session.flush()


def test_clock_resumes_after_reopening(db):
    from cxdesk.store.database import Database

    with db.uow() as uow:
        last = max(r.hlc for r in uow.session.scalars(select(ChangeLog)))
    reopened = Database(db.location)
    try:
        assert reopened.clock.now() > last
    finally:
        reopened.close()

