"""Editing the dictionaries: topics, sentiment and the production calendar saved together and re-applied to
the existing records in the same transaction; a cancelled re-application saves nothing; who may edit."""

from __future__ import annotations

from datetime import date

import pytest

from cxdesk.services import feedback as fb
from cxdesk.services import feedback_reference as ref
from cxdesk.services import feedback_register as reg
from cxdesk.services.actor import Actor
from cxdesk.services.errors import PermissionDenied
from cxdesk.services.roles import Role


class Stop(Exception):
    pass


@pytest.fixture
def cx() -> Actor:
    return Actor("cx.petrova", "Петрова Ольга Ивановна", Role.CX_SPECIALIST)


@pytest.fixture
def records(db, cx) -> dict:
    return {
        "queue": fb.create_record(db, cx, "book", {"kind": "complaint", "text": "Долго стояла в очереди"}),
        "cooler": fb.create_record(
            db, cx, "open", {"channel": "ВКонтакте", "text": "В холле поставили кулер с водой"}
        ),
        "appeal": fb.create_record(
            db,
            cx,
            "appeal",
            {"channel": "written", "author": "Ким", "text": "Прошу разъяснить", "received_on": date(2025, 3, 3)},
        ),
    }


def test_topics_and_sentiment_saved_together_are_reapplied_once(db, cx, records):
    topics = ref.document(db, "topics")
    topics["topics"].append({"code": "water", "title": "Вода и кулер", "keywords": ["кулер"], "phrases": []})
    lexicon = ref.document(db, "sentiment")
    lexicon["positive"]["кулер"] = 2
    seen: list[tuple[int, int]] = []
    result = ref.save_documents(
        db, cx, {"topics": topics, "sentiment": lexicon}, progress=lambda d, t: seen.append((d, t))
    )
    assert result.records_reanalysed == 3
    assert seen[0] == (0, 3) and seen[-1] == (3, 3)
    assert reg.register_ids(db, cx, reg.RegisterFilter(topic="water")) == [records["cooler"].id]
    assert fb.get_record(db, cx, records["cooler"].id).sentiment == "positive"
    assert ref.document(db, "topics")["topics"][-1]["code"] == "water"


def test_a_cancelled_reapplication_saves_nothing(db, cx, records):
    topics = ref.document(db, "topics")
    topics["topics"] = [t for t in topics["topics"] if t["code"] != "queue"]

    def cancel(done: int, total: int) -> None:
        if done:
            raise Stop()  # the GUI's progress.check() raises Cancelled the same way

    with pytest.raises(Stop):
        ref.save_documents(db, cx, {"topics": topics}, progress=cancel)
    assert any(t["code"] == "queue" for t in ref.document(db, "topics")["topics"])
    assert reg.register_ids(db, cx, reg.RegisterFilter(topic="queue")) == [records["queue"].id]


def test_a_calendar_edit_moves_the_deadlines_of_open_appeals(db, cx, records):
    appeal = records["appeal"]
    assert appeal.register_due == date(2025, 3, 6)
    calendar = ref.document(db, "calendar")
    calendar["years"]["2025"]["holidays"].append("2025-03-06")
    result = ref.save_documents(db, cx, {"calendar": calendar})
    assert result.deadlines_moved == 1 and result.records_reanalysed == 0
    assert fb.get_record(db, cx, appeal.id).register_due == date(2025, 3, 7)


def test_only_roles_entering_feedback_and_editing_reference_data_may_edit(db, records):
    operator = Actor("op", "Оператор", Role.OPERATOR)
    assert not ref.can_edit(Role.OPERATOR) and not ref.can_edit(Role.HEAD)
    assert ref.can_edit(Role.CX_SPECIALIST)
    with pytest.raises(PermissionDenied):
        ref.save_documents(db, operator, {"topics": ref.document(db, "topics")})
