"""Feedback metrics on a journey map: per touchpoint, complaints, negative mentions and the mean rating.

:func:`touchpoint_metrics` is one SQL aggregate over the single CX register (``GROUP BY
touchpoint_id``) for one journey, a period and an office. Complaints are complaints-book entries of
kind «жалоба» plus appeals (59-ФЗ); negative mentions are records of negative sentiment from any
source; the mean rating is over the records that carry a rating (surveys, satisfaction metrics).
The heat colour of a touchpoint follows thresholds kept as data in
``resources/reference/touchpoint_heat.json`` (a region may change them). Reading needs
``Action.FEEDBACK_READ``: feedback records hold applicants' personal data.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from sqlalchemy import and_, case, func, or_, select

from cxdesk import paths
from cxdesk.services.actor import Actor
from cxdesk.services.guard import require
from cxdesk.services.roles import Action
from cxdesk.store.database import Database
from cxdesk.store.feedback import FeedbackRecord as R
from cxdesk.store.journeys import Touchpoint

# The same period codes as the feedback register's period filter, so that a badge and the register
# it opens count the same records.
PERIODS = ("quarter", "year", "12m", "all")
RED, AMBER, GREEN, NO_DATA = "red", "amber", "green", "none"


@dataclass(frozen=True)
class TouchpointMetrics:
    complaints: int
    negative_mentions: int
    rated: int
    mean_rating: float | None
    total: int = 0  # every record of the touchpoint in the period (for the shares)


def period_range(code: str | None, today: date | None = None) -> tuple[date | None, date | None]:
    """(date_from, date_to) of a period code; ``None`` ends are open (``all`` is all time)."""
    today = today or date.today()
    start = {
        "quarter": date(today.year, 3 * ((today.month - 1) // 3) + 1, 1),
        "year": date(today.year, 1, 1),
        "12m": today - timedelta(days=365),
    }.get(code or "all")
    return start, None


def touchpoint_metrics(db: Database, actor: Actor, journey_id: str,
                       period: tuple[date | None, date | None] = (None, None),
                       office_code: str | None = None) -> dict[str, TouchpointMetrics]:
    """Touchpoint id → its metrics, for the touchpoints of ``journey_id`` that have records."""
    require(db, actor, Action.FEEDBACK_READ)
    date_from, date_to = period
    complaint = or_(and_(R.source == "book", R.kind == "complaint"), R.source == "appeal")
    points = select(Touchpoint.id).where(Touchpoint.journey_id == journey_id)
    query = (
        select(
            R.touchpoint_id,
            func.sum(case((complaint, 1), else_=0)),
            func.sum(case((R.sentiment == "negative", 1), else_=0)),
            func.count(R.rating),
            func.avg(R.rating),
            func.count(),
        )
        .where(R.deleted.is_(False), R.touchpoint_id.in_(points))
        .group_by(R.touchpoint_id)
    )
    if date_from is not None:
        query = query.where(R.received_on >= date_from)
    if date_to is not None:
        query = query.where(R.received_on <= date_to)
    if office_code:
        query = query.where(R.office_code == office_code)
    with db.uow() as uow:
        return {
            tid: TouchpointMetrics(int(c or 0), int(n or 0), int(rated),
                                   None if mean is None else float(mean), int(total))
            for tid, c, n, rated, mean, total in uow.session.execute(query)
        }


@lru_cache(maxsize=1)
def heat_thresholds() -> dict:
    """The thresholds of the heat colour (data: ``resources/reference/touchpoint_heat.json``)."""
    path = paths.resources_dir() / "reference" / "touchpoint_heat.json"
    return json.loads(path.read_text(encoding="utf-8"))


def _meets(m: TouchpointMetrics, rule: dict) -> bool:
    total = max(1, m.total)
    checks = (
        (rule.get("complaints_share"), lambda v: m.complaints / total >= v),
        (rule.get("negative_share"), lambda v: m.negative_mentions / total >= v),
        (rule.get("mean_rating_below"), lambda v: m.mean_rating is not None and m.mean_rating < v),
    )
    return any(value is not None and test(value) for value, test in checks)


def heat_level(m: TouchpointMetrics | None, thresholds: dict | None = None) -> str:
    """``red`` / ``amber`` / ``green``, or ``none`` when the touchpoint has too few records."""
    rules = thresholds or heat_thresholds()
    if m is None or m.total < rules.get("min_records", 1):
        return NO_DATA
    if _meets(m, rules.get("red", {})):
        return RED
    return AMBER if _meets(m, rules.get("amber", {})) else GREEN
