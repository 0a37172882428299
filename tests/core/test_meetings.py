"""The pure rules of the working group: the monthly check, the quorum, deadlines, protocol wording and
the lifecycle of an initiative."""

from __future__ import annotations

from datetime import date

from cxdesk.core import meetings as rules
from cxdesk.core import meetings_lifecycle as life


def test_a_past_month_without_a_meeting_is_flagged_and_the_current_one_is_pending():
    held = [date(2026, 1, 20), date(2026, 2, 3), date(2026, 2, 25), date(2026, 4, 10), date(2025, 3, 1)]
    checks = rules.month_checks(held, 2026, today=date(2026, 5, 14))
    states = [c.state for c in checks]
    assert states[:5] == [rules.HELD, rules.HELD, rules.MISSED, rules.HELD, rules.PENDING]
    assert set(states[5:]) == {rules.FUTURE}
    assert checks[1].meetings == 2 and checks[2].title == "Март 2026"
    assert rules.months_without_meeting(held, 2026, today=date(2026, 5, 14)) == [3]
    assert rules.months_without_meeting(held, 2026, today=date(2027, 1, 1)) == [3, 5, 6, 7, 8, 9, 10, 11, 12]


def test_quorum_is_more_than_half_of_the_members():
    assert rules.quorum(9, 5).reached and rules.quorum(9, 5).required == 5
    assert not rules.quorum(10, 5).reached and rules.quorum(10, 6).reached
    assert not rules.quorum(0, 0).reached
    assert rules.quorum(6, 4, percent=66).required == 4


def test_deadline_states():
    today = date(2026, 3, 10)
    assert rules.deadline_state(date(2026, 3, 9), "open", None, today) == rules.OVERDUE
    assert rules.deadline_state(date(2026, 3, 15), "in_progress", None, today) == rules.DUE_SOON
    assert rules.deadline_state(date(2026, 4, 15), "open", None, today) == rules.OK
    assert rules.deadline_state(date(2026, 3, 1), "done", date(2026, 3, 2), today) == rules.DONE
    assert rules.is_open_at("done", date(2026, 3, 2), date(2026, 3, 1))
    assert not rules.is_open_at("done", date(2026, 3, 2), date(2026, 3, 5))


def test_protocol_wording():
    assert rules.russian_date(date(2026, 1, 5)) == "«05» января 2026 г."
    assert rules.surname_initials("Павлова Наталья Викторовна") == "Павлова Н. В."
    assert rules.initials_surname("Павлова Наталья Викторовна") == "Н. В. Павлова"
    assert rules.of_the_group("Рабочая группа по клиентоцентричности") == "рабочей группы по клиентоцентричности"
    assert rules.next_number(["1", "2", "7-в", "3"]) == "4"


def test_initiative_lifecycle_rules():
    assert life.allowed_next(life.IDEA) == (life.DESIGN, life.REJECTED)
    assert life.allowed_next(life.PILOT) == (life.IMPLEMENTED, life.DEVELOPMENT, life.REJECTED)
    assert life.allowed_next(life.IMPLEMENTED) == ()
    assert life.can_move(life.REJECTED, life.IDEA) and not life.can_move(life.IDEA, life.IMPLEMENTED)
    assert life.is_overdue(life.PILOT, date(2026, 1, 1), date(2026, 2, 1))
    assert not life.is_overdue(life.IMPLEMENTED, date(2026, 1, 1), date(2026, 2, 1))
