"""The registry of the application's areas: id → title, what it does, the Standard's
requirements it serves, its icon and the factory that builds its page.

The navigation list and the keyboard shortcuts of the main window are built from :data:`AREAS`
in this order. Factories import their page module lazily so that start-up stays fast
(:func:`set_factory` replaces one, e.g. in tests). Titles and summaries are English source strings in the
``Areas`` translation context; use :func:`area_title` and :func:`area_summary` to show them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from cxdesk.gui.context import AppContext

PageFactory = Callable[["AppContext"], QWidget]


@dataclass(frozen=True)
class Area:
    id: str
    title: str
    summary: str
    requirements: tuple[str, ...]
    icon: str
    factory: PageFactory


def _profiles_page(ctx: AppContext) -> QWidget:
    from cxdesk.gui.profiles.page import create_profiles_page

    return create_profiles_page(ctx, area("profiles"))


def _journeys_page(ctx: AppContext) -> QWidget:
    from cxdesk.gui.journeys.page import create_journeys_page

    return create_journeys_page(ctx, area("journeys"))


def _feedback_page(ctx: AppContext) -> QWidget:
    from cxdesk.gui.feedback.page import create_feedback_page

    return create_feedback_page(ctx, area("feedback"))


def _kpi_page(ctx: AppContext) -> QWidget:
    from cxdesk.gui.kpi.page import create_kpi_page

    return create_kpi_page(ctx, area("kpi"))


def _events_page(ctx: AppContext) -> QWidget:
    from cxdesk.gui.events.page import create_events_page

    return create_events_page(ctx, area("events"))


def _knowledge_page(ctx: AppContext) -> QWidget:
    from cxdesk.gui.knowledge.page import create_knowledge_page

    return create_knowledge_page(ctx, area("knowledge"))


def _problems_page(ctx: AppContext) -> QWidget:
    from cxdesk.gui.problems.page import create_problems_page

    return create_problems_page(ctx, area("problems"))


def _working_group_page(ctx: AppContext) -> QWidget:
    from cxdesk.gui.working_group.page import create_working_group_page

    return create_working_group_page(ctx, area("working_group"))


def _reports_page(ctx: AppContext) -> QWidget:
    from cxdesk.gui.reports.page import create_reports_page

    return create_reports_page(ctx, area("reports"))


def _compliance_page(ctx: AppContext) -> QWidget:
    from cxdesk.gui.compliance.page import create_compliance_page

    return create_compliance_page(ctx, area("compliance"))


def _exchange_page(ctx: AppContext) -> QWidget:
    from cxdesk.gui.exchange.page import create_exchange_page

    return create_exchange_page(ctx, area("exchange"))


def _admin_page(ctx: AppContext) -> QWidget:
    from cxdesk.gui.admin.page import create_admin_page

    return create_admin_page(ctx, area("admin"))


AREAS: list[Area] = [
    Area("profiles", QT_TRANSLATE_NOOP("Areas", "Client-group profiles"),
         QT_TRANSLATE_NOOP("Areas", "Profiles of citizen and employer client groups with the "
                                    "characteristics to account for when working with them; at least ten "
                                    "profiles, the count is shown against the Standard's minimum."),
         ("R1", "R6"), "profiles", _profiles_page),
    Area("journeys", QT_TRANSLATE_NOOP("Areas", "Client journeys"),
         QT_TRANSLATE_NOOP("Areas", "Client journey maps drawn in an editor: stages, lanes, touchpoints, "
                                    "channels, the emotion curve, pains and opportunities; at least ten "
                                    "journeys."),
         ("R2", "R6"), "journeys", _journeys_page),
    Area("feedback", QT_TRANSLATE_NOOP("Areas", "Feedback"),
         QT_TRANSLATE_NOOP("Areas", "Feedback from the five sources: the complaints and suggestions book, "
                                    "appeals (with the deadlines of 59-FZ), open-source mentions, surveys "
                                    "and satisfaction metrics, each record tied to a touchpoint."),
         ("R3", "R4"), "feedback", _feedback_page),
    Area("kpi", QT_TRANSLATE_NOOP("Areas", "Indicators (KPI)"),
         QT_TRANSLATE_NOOP("Areas", "Monitoring of client KPIs in the five groups of the Standard: values "
                                    "per period and office against target values, trends, and the records "
                                    "behind every value; regional indicators and annual targets."),
         ("R9", "R10", "R11", "R12"), "kpi", _kpi_page),
    Area("problems", QT_TRANSLATE_NOOP("Areas", "Problems and measures"),
         QT_TRANSLATE_NOOP("Areas", "The register of problems and recommendations, and improvement "
                                    "initiatives from idea to implementation, including proposals to "
                                    "improve legal acts."),
         ("R5", "R7", "R8"), "problems", _problems_page),
    Area("working_group", QT_TRANSLATE_NOOP("Areas", "Working group"),
         QT_TRANSLATE_NOOP("Areas", "The client-centricity working group: its members, regulation and "
                                    "roadmap, monthly meetings with minutes, decisions and assignments."),
         ("R12", "R14", "R15"), "working_group", _working_group_page),
    Area("events", QT_TRANSLATE_NOOP("Areas", "Events"),
         QT_TRANSLATE_NOOP("Areas", "Competency events for staff (business games, contests, work sessions "
                                    "and others), online and offline, at least one every quarter."),
         ("R16",), "events", _events_page),
    Area("knowledge", QT_TRANSLATE_NOOP("Areas", "Knowledge base"),
         QT_TRANSLATE_NOOP("Areas", "The knowledge base of successful practices, information materials and "
                                    "solutions with full-text search; every employee can read and add "
                                    "articles."),
         ("R17",), "knowledge", _knowledge_page),
    Area("reports", QT_TRANSLATE_NOOP("Areas", "Reports"),
         QT_TRANSLATE_NOOP("Areas", "Quarterly reports on the results of the client experience analysis "
                                    "with the problems found and recommendations, printable and readable "
                                    "by every employee."),
         ("R5", "R6"), "reports", _reports_page),
    Area("compliance", QT_TRANSLATE_NOOP("Areas", "Compliance with the Standard"),
         QT_TRANSLATE_NOOP("Areas", "Compliance self-audit: every requirement of the Standard evaluated "
                                    "from the data, per office and region, with the evidence behind it."),
         ("R18",), "compliance", _compliance_page),
    Area("exchange", QT_TRANSLATE_NOOP("Areas", "Exchange with the managing centre"),
         QT_TRANSLATE_NOOP("Areas", "Exchange bundles that merge the data of the offices into one regional "
                                    "database and bring reference data from the managing centre down to "
                                    "the territorial centres."),
         ("R4", "R13"), "exchange", _exchange_page),
    Area("admin", QT_TRANSLATE_NOOP("Areas", "Administration"),
         QT_TRANSLATE_NOOP("Areas", "User accounts, the automatic lock of an idle session, the audit log "
                                    "and backups of the database."),
         (), "admin", _admin_page),
]


def area(area_id: str) -> Area:
    for item in AREAS:
        if item.id == area_id:
            return item
    raise KeyError(area_id)


def set_factory(area_id: str, factory: PageFactory) -> None:
    """Build an area's page with another factory."""
    position = next(i for i, item in enumerate(AREAS) if item.id == area_id)
    AREAS[position] = replace(AREAS[position], factory=factory)


def area_title(item: Area) -> str:
    return QCoreApplication.translate("Areas", item.title)


def area_summary(item: Area) -> str:
    return QCoreApplication.translate("Areas", item.summary)


def create_page(item: Area, ctx: AppContext) -> QWidget:
    return item.factory(ctx)
