"""The demo database has a working group in every office, a year of meetings with one month missing in
one office, assignments in every deadline state and initiatives at every stage."""

from __future__ import annotations

from collections import Counter
from datetime import date

from cxdesk.core import meetings_lifecycle as life
from cxdesk.services import assignments, demo, initiatives, meetings, working_group
from cxdesk.store.database import Database


def test_demo_working_group(tmp_path):
    today = date.today()
    result = demo.build_demo(tmp_path / "demo.db", seed=3)
    db = Database(result.path)
    try:
        assert set(working_group.group_offices(db)) == {"UCZN"} | {o.code for o in result.offices}
        window = [((today.year * 12 + today.month - 1 - k) // 12, (today.year * 12 + today.month - 1 - k) % 12 + 1)
                  for k in range(1, 13)]  # the twelve months before this one
        flagged = {code for code in ("UCZN", "TC01", "TC02", "TC03")
                   if any(meetings.month_checks(db, code, y, today)[m - 1].state == "missed" for y, m in window)}
        assert flagged == {"TC02"}
        states = Counter(r.state for r in assignments.control_list(db, state="all"))
        assert set(states) == {"done", "overdue", "cancelled", "ok", "due_soon"}
        assert all(initiatives.board_counts(db)[stage] >= 1 for stage in life.STAGES)
        assert meetings.targets_decisions(db, today.year if today.month > 1 else today.year - 1)
        assert {p.fields.status for p in initiatives.list_proposals(db)} == set(life.PROPOSAL_STATUSES)
        with db.uow() as uow:
            from sqlalchemy import select

            from cxdesk.store.working_group import Meeting

            origins = set(uow.session.execute(select(Meeting.office_code, Meeting.origin)).all())
        assert all(code == origin for code, origin in origins)
    finally:
        db.close()
