"""The KPI dashboard for a quarter on a large database: every indicator and the group indices, for the
region and for one office, with the monthly cache empty (cold), filled (warm), and after one record
of the quarter changed (its month recomputed), against a plain grouped count over the same quarter.

The database is ``CXDESK_BENCH_DB`` if set, else the cached demo of size ``CXDESK_BENCH_SIZE`` (default
``large`` = 1,000,000 feedback records over 40 offices and 5 years). The cache is written, so the
benchmark works on a copy. Goal: the dashboard under 1 s with the cache filled and after a change; the cold figure (first look
at a quarter after the cache was emptied) is reported without a goal.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import time
from datetime import date
from pathlib import Path

from sqlalchemy import select

from cxdesk.core.periods import Period
from cxdesk.services import kpi_monitoring as km
from cxdesk.services.actor import Actor
from cxdesk.services.roles import Role
from cxdesk.store.database import Database
from cxdesk.store.feedback import FeedbackRecord
from tests.perf.measures import Measure, timing

ACTOR = Actor("bench", "Замер", Role.READER)
GOAL = 1.0


def _database() -> Path:
    given = os.environ.get("CXDESK_BENCH_DB")
    if given:
        return Path(given)
    from tests.perf.large_db import large_demo

    return large_demo(os.environ.get("CXDESK_BENCH_SIZE", "large")).path


def _timed(call) -> tuple[float, object]:
    started = time.perf_counter()
    value = call()
    return time.perf_counter() - started, value


def _dashboard(db: Database, quarter: Period, office: str) -> int:
    """What the page computes when it opens: values and indices, region and one office."""
    shown = 0
    for where in (None, office):
        values, indices = km.dashboard(db, ACTOR, quarter, where)
        shown += len(values) + len(indices)
    return shown


def _baseline(path: Path, quarter: Period) -> float:
    connection = sqlite3.connect(path)
    try:
        started = time.perf_counter()
        connection.execute(
            "SELECT office_code, source, count(*) FROM feedback_record WHERE deleted = 0 AND received_on >= ? "
            "AND received_on < ? GROUP BY office_code, source",
            (quarter.start.isoformat(), quarter.end.isoformat())).fetchall()
        return time.perf_counter() - started
    finally:
        connection.close()


def run() -> list[Measure]:
    source = _database()
    quarter = Period.containing(date.today(), "quarter").previous()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "kpi.db"
        shutil.copyfile(source, path)
        connection = sqlite3.connect(path)
        records = connection.execute("SELECT count(*) FROM feedback_record").fetchone()[0]
        connection.execute("DELETE FROM kpi_cache_value")
        connection.execute("DELETE FROM kpi_cache_month")
        connection.commit()
        connection.close()
        db = Database(path)
        db.refresh()
        office = km.compared_offices(db)[0][0]
        baseline = min(_baseline(path, quarter) for _ in range(3))
        cold, shown = _timed(lambda: _dashboard(db, quarter, office))
        warm = min(_timed(lambda: _dashboard(db, quarter, office))[0] for _ in range(3))
        with db.uow() as uow:  # one record of the quarter changes: its month is computed again
            record = uow.session.scalar(select(FeedbackRecord).where(
                FeedbackRecord.received_on >= quarter.start, FeedbackRecord.received_on < quarter.end,
                FeedbackRecord.source == "survey").limit(1))
            record.weight = record.weight + 1
            uow.commit()
        changed, _ = _timed(lambda: _dashboard(db, quarter, office))
        db.close()
    print(f"  {records:,} feedback records; {quarter.title}; region and office {office}; {shown} values and indices")
    print(f"  baseline: one grouped count over the quarter   {baseline:6.3f} s")
    measures = []
    for label, seconds, goal in (("КПЭ: панель за квартал, кэш пуст", cold, None),
                                 ("КПЭ: панель за квартал, кэш заполнен", warm, GOAL),
                                 ("КПЭ: панель после изменения одной записи", changed, GOAL)):
        verdict = "—" if goal is None else "ok" if seconds <= goal else "MISSED"
        print(f"  {label:<46} {seconds:6.3f} s  ×{seconds / baseline:5.1f} baseline  {verdict}")
        measures.append(timing(label, seconds, goal, baseline, "SELECT count(*) … GROUP BY за квартал"))
    return measures
