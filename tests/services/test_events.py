"""The competency events register: who may write, participants from the staff directory, and the
quarterly check (a quarter with no event is flagged; the share of staff who took part)."""

from __future__ import annotations

from datetime import date

import pytest

from cxdesk.services import events, staff
from cxdesk.services.actor import Actor
from cxdesk.services.errors import PermissionDenied, ValidationError
from cxdesk.services.roles import Role

SPECIALIST = Actor("cx", "Орлова Мария Петровна", Role.CX_SPECIALIST)
READER = Actor("petrov", "Петров Пётр Петрович", Role.READER)


@pytest.fixture
def people(db):
    names = ["Иванова Ирина Ивановна", "Петров Пётр Петрович", "Сидорова Анна Павловна", "Кузнецов Илья Олегович"]
    return [staff.add_member(db, SPECIALIST, staff.StaffFields(n)) for n in names]


def _event(day, ids, kind="business_game", fmt="offline"):
    return events.EventData("Деловая игра «Путь клиента»", kind, fmt, day, "Орлова М. П.",
                            "Сценарий игры", "Составлен план улучшений", tuple(ids))


def test_quarters_without_events_are_flagged_and_shares_counted(db, people):
    events.create_event(db, SPECIALIST, _event(date(2026, 1, 20), [people[0].id, people[1].id]))
    events.create_event(db, SPECIALIST, _event(date(2026, 3, 31), [people[1].id, people[2].id], "webinar", "online"))
    events.create_event(db, SPECIALIST, _event(date(2026, 7, 1), [people[3].id]))
    summary = events.quarter_summaries(db, (2025, 4), (2026, 3))
    assert [(q.title, q.events, q.participants, q.flagged) for q in summary] == [
        ("IV кв. 2025", 0, 0, True), ("I кв. 2026", 2, 3, False), ("II кв. 2026", 0, 0, True),
        ("III кв. 2026", 1, 1, False)]
    assert summary[1].share == pytest.approx(0.75)
    assert events.events_in_quarter(db, 2026, 2) == 0


def test_participants_can_be_changed_and_archived_staff_drop_out_of_the_base(db, people):
    info = events.create_event(db, SPECIALIST, _event(date(2026, 2, 1), [p.id for p in people[:3]]))
    info = events.update_event(db, SPECIALIST, info.id, _event(date(2026, 2, 1), [people[0].id, people[3].id]))
    assert info.participant_names == ("Иванова Ирина Ивановна", "Кузнецов Илья Олегович")
    staff.set_active(db, SPECIALIST, people[2].id, False)
    [q1] = events.quarter_summaries(db, (2026, 1), (2026, 1))
    assert (q1.participants, q1.staff) == (2, 3)
    events.delete_event(db, SPECIALIST, info.id)
    assert events.quarter_summaries(db, (2026, 1), (2026, 1))[0].flagged


def test_unknown_participants_and_kinds_are_refused(db, people):
    with pytest.raises(ValidationError, match="справочнике"):
        events.create_event(db, SPECIALIST, _event(date(2026, 2, 1), ["00000000-0000-4000-8000-000000000000"]))
    with pytest.raises(ValidationError):
        events.create_event(db, SPECIALIST, _event(date(2026, 2, 1), [], kind="party"))


def test_readers_see_the_register_but_cannot_write_it(db, people):
    info = events.create_event(db, SPECIALIST, _event(date(2026, 2, 1), [people[0].id]))
    with pytest.raises(PermissionDenied):
        events.create_event(db, READER, _event(date(2026, 2, 2), []))
    with pytest.raises(PermissionDenied):
        events.delete_event(db, READER, info.id)
    rows = events.event_rows(db, READER, events.list_event_ids(db, READER, year=2026))
    assert [(r.kind_title, r.format_title, r.participants) for r in rows] == [("Деловая игра", "Офлайн", 1)]
