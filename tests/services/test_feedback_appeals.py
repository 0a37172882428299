"""The life of an appeal under 59-ФЗ: deadlines on the calendar, one extension with notice, answer,
redirection, closing, and the lists of overdue and due-soon appeals."""

from __future__ import annotations

from datetime import date

import pytest

from cxdesk.services import feedback as fb
from cxdesk.services import feedback_appeals as appeals
from cxdesk.services import feedback_reference as ref
from cxdesk.services import feedback_register as reg
from cxdesk.services.actor import Actor
from cxdesk.services.errors import ValidationError
from cxdesk.services.roles import Role


@pytest.fixture
def cx() -> Actor:
    return Actor("cx.petrova", "Петрова Ольга Ивановна", Role.CX_SPECIALIST)


def _appeal(db, cx, received: date, text: str = "Прошу разъяснить порядок выплаты пособия") -> fb.RecordInfo:
    return fb.create_record(
        db,
        cx,
        "appeal",
        {
            "channel": "written",
            "author": "Кузнецова Мария",
            "address": "г. Заречный, ул. Лесная, 3",
            "text": text,
            "received_on": received,
        },
    )


def test_deadlines_move_past_holidays(db, cx):
    appeal = _appeal(db, cx, date(2025, 12, 30))
    assert appeal.register_due == date(2026, 1, 12)  # 2 January and the holidays up to 11 January
    assert appeal.answer_due == date(2026, 1, 29)
    april = _appeal(db, cx, date(2025, 4, 9))
    assert april.answer_due == date(2025, 5, 12)  # 9 May is a holiday, then a weekend


def test_one_extension_only_with_notice(db, cx):
    appeal = _appeal(db, cx, date(2025, 3, 3))
    with pytest.raises(ValidationError, match="уведомлением заявителя"):
        appeals.extend(db, cx, appeal.id, 30, applicant_notified=False)
    with pytest.raises(ValidationError, match="от 1 до 30"):
        appeals.extend(db, cx, appeal.id, 45, applicant_notified=True)
    extended = appeals.extend(db, cx, appeal.id, 30, applicant_notified=True)
    assert extended.status == "extended" and extended.answer_due == date(2025, 5, 5)
    assert extended.applicant_notified and extended.extended_days == 30
    with pytest.raises(ValidationError, match="один раз"):
        appeals.extend(db, cx, appeal.id, 5, applicant_notified=True)


def test_answer_redirect_and_close(db, cx):
    appeal = _appeal(db, cx, date(2025, 3, 3))
    worked = appeals.take_into_work(db, cx, appeal.id, "Смирнов А. А.")
    assert worked.status == "in_progress" and worked.responsible == "Смирнов А. А."
    with pytest.raises(ValidationError, match="Закрыть можно"):
        appeals.close(db, cx, appeal.id)
    answered = appeals.answer(
        db, cx, appeal.id, "Пособие начислено 12.03.2025.", "written", date(2025, 3, 20)
    )
    assert answered.status == "answered" and answered.answer_on == date(2025, 3, 20)
    assert appeals.close(db, cx, appeal.id).status == "closed"
    other = _appeal(db, cx, date(2025, 3, 4), "Вопрос о пенсии")
    assert appeals.redirect(db, cx, other.id, "Отделение СФР по Энской области").status == "redirected"
    book = fb.create_record(db, cx, "book", {"kind": "complaint", "text": "x"})
    with pytest.raises(ValidationError, match="только к обращениям"):
        appeals.answer(db, cx, book.id, "ответ", "written")


def test_overdue_and_due_soon_lists(db, cx):
    late = _appeal(db, cx, date(2025, 2, 3))  # due 5 March
    soon = _appeal(db, cx, date(2025, 2, 14))  # due 17 March
    done = _appeal(db, cx, date(2025, 2, 3))
    appeals.answer(db, cx, done.id, "Ответ дан", "email")
    far = _appeal(db, cx, date(2025, 3, 10))
    due = appeals.due_appeals(db, cx, today=date(2025, 3, 13))
    assert [(d.id, d.state) for d in due] == [(late.id, "overdue"), (soon.id, "due_soon")]
    assert due[0].days_left == -8
    overdue = reg.register_ids(db, cx, reg.mark_overdue_filter(date(2025, 3, 13)))
    assert overdue == [late.id]
    assert far.id not in {d.id for d in due}


def test_the_calendar_is_editable_data(db, cx):
    doc = ref.document(db, "calendar")
    doc["years"]["2025"]["holidays"].append("2025-03-06")
    ref.save_document(db, cx, "calendar", doc)
    appeal = _appeal(db, cx, date(2025, 3, 3))
    assert appeal.register_due == date(2025, 3, 7)
