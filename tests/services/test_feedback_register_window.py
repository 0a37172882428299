"""The register's first window and its scopes: the window is the start of the whole list in every sort
(ties included), the count is right, and a scope from another area shows exactly its records."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from cxdesk.services import feedback as fb
from cxdesk.services import feedback_register as reg
from cxdesk.services.actor import Actor
from cxdesk.services.roles import Role
from cxdesk.store.feedback import FeedbackRecord


@pytest.fixture
def cx() -> Actor:
    return Actor("cx.petrova", "Петрова Ольга Ивановна", Role.CX_SPECIALIST)


@pytest.fixture
def many(db, cx) -> list[str]:
    """30 open-source mentions and 10 book entries on only four dates: sorting keys have many ties."""
    ids = []
    for i in range(40):
        source = "open" if i < 30 else "book"
        data = {"text": f"Отзыв номер {i} об очереди", "received_on": date(2026, 3, 1) + timedelta(days=i % 4)}
        data |= {"channel": "ВКонтакте", "url": f"https://vk.com/wall{i}"} if source == "open" else {
            "kind": "suggestion"}
        ids.append(fb.create_record(db, cx, source, data).id)
    return ids


@pytest.mark.parametrize("sort_key", ["received_on", "source", "status", "rating", "number"])
@pytest.mark.parametrize("descending", [True, False])
def test_the_window_is_the_start_of_the_whole_list(db, cx, many, sort_key, descending):
    for flt in (reg.RegisterFilter(), reg.RegisterFilter(sources=("open",))):
        whole = reg.register_ids(db, cx, flt, sort_key, descending)
        first, total = reg.register_window(db, cx, flt, sort_key, descending, first=7)
        assert first == whole[:7]
        assert total == len(whole) == reg.register_count(db, cx, flt)


def test_a_short_list_comes_whole_in_the_window(db, cx, many):
    first, total = reg.register_window(db, cx, reg.RegisterFilter(sources=("book",)), first=200)
    assert total == len(first) == 10


def test_a_scope_shows_exactly_its_records_and_other_filters_narrow_it(db, cx, many):
    chosen = many[::3]
    scope = reg.RecordScope("показатель К-01", lambda: select(FeedbackRecord.id).where(FeedbackRecord.id.in_(chosen)))
    assert set(reg.register_ids(db, cx, reg.RegisterFilter(scope=scope))) == set(chosen)
    narrowed = reg.register_ids(db, cx, reg.RegisterFilter(scope=scope, sources=("book",)))
    assert set(narrowed) == {i for i in chosen if i in many[30:]} and narrowed
