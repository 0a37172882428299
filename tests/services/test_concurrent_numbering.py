"""Several workstations on one server database (the managing centre on PostgreSQL) entering complaints-book
entries and appeals at the same moment get distinct numbers: the last number is read under a lock."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime

import pytest

from cxdesk.services import feedback as fb
from cxdesk.services.actor import Actor
from cxdesk.services.roles import Role
from cxdesk.store.database import Database
from tests import backends

pytestmark = pytest.mark.skipif(not backends.on_server(), reason="several writers at once: a server database")

CX = Actor("cx.petrova", "Петрова Ольга Ивановна", Role.CX_SPECIALIST)
WORKSTATIONS, EACH = 4, 6


def test_entries_made_at_once_on_several_workstations_get_distinct_numbers(db):
    stations = [Database(db.location) for _ in range(WORKSTATIONS)]

    def enter(station: Database) -> list[str]:
        numbers = []
        for n in range(EACH):
            numbers.append(fb.create_record(station, CX, "book", {
                "kind": "complaint", "text": f"Долго ждала приёма, запись {n}",
                "received_at": datetime(2026, 3, 3, 10)}).number)
            numbers.append(fb.create_record(station, CX, "appeal", {
                "channel": "pos", "author": "Фёдоров Пётр", "text": "Прошу разъяснить порядок выплаты пособия.",
                "received_on": date(2026, 3, 4)}).number)
        return numbers

    try:
        with ThreadPoolExecutor(WORKSTATIONS) as pool:
            numbers = [n for made in pool.map(enter, stations) for n in made]
    finally:
        for station in stations:
            station.close()
    assert len(numbers) == 2 * WORKSTATIONS * EACH
    assert len(set(numbers)) == len(numbers), sorted(numbers)
