"""Candidate problems on the large demo database (1,000,000 feedback records): the growing topics of a
quarter per touchpoint, for the whole region and for one office, and the problems of a quarter.

The candidates are one SQL aggregate over two quarters of negative records joined to the topic codes;
the baseline, measured in the same run, is a raw ``sqlite3`` count of the same two quarters' negative
records with a touchpoint (one pass over the same rows, without the per-topic grouping).
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from datetime import date


def _timed(fn, runs: int = 3) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def measure(path, login: str = "bench") -> list:
    from cxdesk.core.periods import Period
    from cxdesk.services import problem_candidates, problems
    from cxdesk.services.actor import Actor
    from cxdesk.services.roles import Role
    from cxdesk.store.database import Database
    from tests.perf.measures import ratio, timing

    db = Database(path)
    actor = Actor(login, "Замер", Role.CX_SPECIALIST)
    quarter = Period.containing(date.today(), "quarter").previous()
    conn = sqlite3.connect(path)
    baseline = _timed(lambda: conn.execute(
        "SELECT count(*) FROM feedback_record WHERE deleted = 0 AND touchpoint_id IS NOT NULL "
        "AND (sentiment = 'negative' OR kind = 'complaint') AND received_on >= ? AND received_on < ?",
        (quarter.previous().start.isoformat(), quarter.end.isoformat())).fetchone())
    region = _timed(lambda: problem_candidates.suggest(db, actor, quarter, None))
    office = _timed(lambda: problem_candidates.suggest(db, actor, quarter, "TC01"))
    listing = _timed(lambda: problems.problems_for_period(db, actor, quarter, None))
    count = len(problem_candidates.suggest(db, actor, quarter, None))
    conn.close()
    db.close()
    base = "сырой подсчёт тех же строк (sqlite3)"
    print(f"candidates found for the region: {count}")
    return [ratio("кандидаты в проблемы, весь регион", region, baseline, 3, base),
            ratio("кандидаты в проблемы, один центр", office, baseline, 3, base),
            timing("проблемы квартала (регион)", listing, 2.0)]


def run() -> list:
    from tests.perf.large_db import large_demo

    bench = large_demo()
    return measure(bench.path, bench.admin_login)
