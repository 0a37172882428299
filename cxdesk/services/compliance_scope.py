"""Whom the self-audit and the quarterly report are about (one office or the region at the УЦЗН) and the
aggregates both read: records per office and source in a period, the published report of a quarter,
exchange bundles applied here. Modules of other areas that may not be installed are imported through
:func:`optional_module`.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from datetime import date, datetime
from types import ModuleType

from sqlalchemy import case, func, or_, select

from cxdesk.core.periods import Period
from cxdesk.services import offices
from cxdesk.services.errors import ValidationError
from cxdesk.store.database import Database
from cxdesk.store.feedback import FeedbackRecord
from cxdesk.store.reports import REGION, QuarterlyReport
from cxdesk.store.working_group import Initiative, LegalProposal, WgDocument, WgMember, WorkingGroup


@dataclass(frozen=True)
class Scope:
    """Whom a check or a report is about: one office, or the region (every office known here)."""

    code: str  # an office code or REGION
    title: str
    offices: tuple[str, ...]
    organisation: str  # the installation's own office, for the headers of printed documents

    @property
    def is_region(self) -> bool:
        return self.code == REGION


def resolve_scope(db: Database, office_code: str | None = None) -> Scope:
    """``None``: the region at the УЦЗН, this office at a ТЦЗН; ``REGION``: the region; else that office."""
    own = offices.own_office(db)
    known = {o.code: o for o in offices.list_offices(db)}
    code = (office_code or "").strip().upper()
    if not code:
        code = REGION if own.kind == offices.OfficeKind.UCZN else own.code
    if code == REGION and own.kind != offices.OfficeKind.UCZN:
        raise ValidationError("Сводные данные по региону есть только в базе УЦЗН. Укажите код своего центра "
                              f"({own.code}) или выполните проверку в УЦЗН.")
    if code == REGION:
        region = own.region or "регион"
        return Scope(REGION, f"{region}: все центры занятости ({len(known)})", tuple(sorted(known)), own.name)
    if code not in known:
        raise ValidationError(f"Центр занятости с кодом «{office_code}» не найден в справочнике. Укажите код "
                              f"одного из центров: {', '.join(sorted(known))}.")
    return Scope(code, f"{known[code].name} ({code})", (code,), own.name)


def optional_module(name: str) -> ModuleType | None:
    """A module of another area that may not be installed yet (KPI monitoring, problems)."""
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def feedback_counts(db: Database, period: Period, office_codes: tuple[str, ...]
                    ) -> tuple[dict[str, dict[str, int]], int]:
    """office → source → records received in the period, and how many of them are tied to a touchpoint
    (one SQL aggregate over the period's records)."""
    R = FeedbackRecord  # noqa: N806
    query = (select(R.office_code, R.source, func.count(), func.count(R.touchpoint_id))
             .where(R.deleted.is_(False), R.received_on >= period.start, R.received_on < period.end,
                    R.office_code.in_(office_codes))
             .group_by(R.office_code, R.source))
    result: dict[str, dict[str, int]] = {}
    linked = 0
    with db.uow() as uow:
        for office, source, count, tied in uow.session.execute(query):
            result.setdefault(office, {})[source] = count
            linked += tied
    return result, linked


def source_counts(db: Database, period: Period, office_codes: tuple[str, ...]) -> dict[str, dict[str, int]]:
    """office → source → records received in the period."""
    return feedback_counts(db, period, office_codes)[0]


def bundles_applied(db: Database) -> dict[str, dict] | None:
    """peer → {count, last (ISO time)} of exchange bundles applied here; None without the exchange module."""
    sync = optional_module("cxdesk.store.sync")
    journal = getattr(sync, "SyncJournal", None)
    if journal is None:
        return None
    query = (select(journal.peer, func.count(), func.max(journal.at))
             .where(journal.direction == "in", journal.status == "applied").group_by(journal.peer))
    with db.uow() as uow:
        return {peer: {"count": n, "last": at.isoformat() if at else ""} for peer, n, at in uow.session.execute(query)}


def published_report(db: Database, period: Period, scope: str) -> tuple[int, datetime | None] | None:
    """(edition, published at) of the published report of the period and scope, if any."""
    Q = QuarterlyReport  # noqa: N806
    with db.uow() as uow:
        row = uow.session.execute(
            select(Q.edition, Q.published_at).where(Q.deleted.is_(False), Q.period == period.code, Q.scope == scope,
                                                    Q.status == "published")
            .order_by(Q.edition.desc()).limit(1)).first()
    return None if row is None else (row[0], row[1])


def offices_for_choice(db: Database) -> list[tuple[str, str]]:
    """(code, title) for the office chooser: the region first at the УЦЗН, then every office."""
    own = offices.own_office(db)
    result = [(REGION, f"Весь регион ({own.region or 'все центры'})")] if own.kind == offices.OfficeKind.UCZN else []
    return result + [(o.code, f"{o.code} — {o.name}") for o in offices.list_offices(db)]


# --- aggregates over many offices (one query each, not one per office) -------------------------------

@dataclass(frozen=True)
class GroupFacts:
    """What the self-audit needs of one office's working group."""

    office_code: str
    roles: frozenset[str]  # roles of the members whose term covers the day
    kinds: frozenset[str]  # kinds of the documents stored
    regulations: tuple[str, ...]  # «title № number» of the regulations


def group_facts(db: Database, office_codes: tuple[str, ...], day: date) -> dict[str, GroupFacts]:
    """Per office that has a working group here: its roles and documents."""
    W, M, D = WorkingGroup, WgMember, WgDocument  # noqa: N806
    with db.uow() as uow:
        s = uow.session
        groups = dict(s.execute(select(W.id, W.office_code).where(W.deleted.is_(False),
                                                                  W.office_code.in_(office_codes))).all())
        roles: dict[str, set[str]] = {}
        for group_id, role in s.execute(
                select(M.group_id, M.role).distinct().where(
                    M.group_id.in_(groups), M.deleted.is_(False), or_(M.term_from.is_(None), M.term_from <= day),
                    or_(M.term_to.is_(None), M.term_to >= day))):
            roles.setdefault(group_id, set()).add(role)
        kinds: dict[str, set[str]] = {}
        regulations: dict[str, list[str]] = {}
        for group_id, kind, title, number in s.execute(
                select(D.group_id, D.kind, D.title, D.number).where(D.group_id.in_(groups), D.deleted.is_(False))
                .order_by(D.title)):
            kinds.setdefault(group_id, set()).add(kind)
            if kind == "regulation":
                regulations.setdefault(group_id, []).append(title + (f" № {number}" if number else ""))
    return {office: GroupFacts(office, frozenset(roles.get(gid, ())), frozenset(kinds.get(gid, ())),
                               tuple(regulations.get(gid, ()))) for gid, office in groups.items()}


def measure_counts(db: Database, office_codes: tuple[str, ...]) -> tuple[dict[str, int], int]:
    """Improvement initiatives per stage, and how many are tied to problems, journeys or touchpoints."""
    I = Initiative  # noqa: N806, E741
    tied = or_(I.problem_ids != "[]", I.journey_ids != "[]", I.touchpoint_ids != "[]")
    query = (select(I.stage, func.count(), func.coalesce(func.sum(case((tied, 1), else_=0)), 0))
             .where(I.deleted.is_(False), I.office_code.in_(office_codes)).group_by(I.stage))
    with db.uow() as uow:
        rows = uow.session.execute(query).all()
    return {stage: n for stage, n, _ in rows}, sum(t for _, _, t in rows)


def proposal_counts(db: Database, office_codes: tuple[str, ...]) -> dict[str, int]:
    """Legal-act proposals per status."""
    P = LegalProposal  # noqa: N806
    query = (select(P.status, func.count()).where(P.deleted.is_(False), P.office_code.in_(office_codes))
             .group_by(P.status))
    with db.uow() as uow:
        return dict(uow.session.execute(query).all())
