"""Demo step of the reports area: the regional quarterly report of the previous quarter, generated
through the service and published by a CX specialist, so the archive is not empty and the compliance
self-audit finds last quarter's report (R5). The current quarter is left without a report.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cxdesk.core.periods import Period
from cxdesk.services import quarterly_reports
from cxdesk.services.actor import Actor
from cxdesk.services.roles import Role

if TYPE_CHECKING:
    from cxdesk.services.demo import DemoContext, DemoSpec

COMMENTARY = {
    "а": "Доброжелательность сотрудников оценивается стабильно; по точке «Первичный приём» отмечены жалобы "
         "на тон общения, запланирован тренинг.",
    "в": "Доля граждан, решивших вопрос за одно посещение, растёт после внедрения предварительной записи.",
}


def units(spec: DemoSpec) -> int:
    return 1


def run(ctx: DemoContext) -> None:
    specialists = [u for u in ctx.users if u.role == Role.CX_SPECIALIST]
    if not specialists:
        return
    author = Actor(specialists[0].login, specialists[0].full_name, Role.CX_SPECIALIST)
    previous = Period.containing(ctx.today, "quarter").previous()
    row = quarterly_reports.generate(ctx.db, author, previous, commentary=COMMENTARY)
    quarterly_reports.publish(ctx.db, author, row.id)
    ctx.advance(1)
