"""Demo step of the profiles and journeys area: the reference library, plus «как должно быть»
versions of two journeys drawn by a CX specialist, so that comparison has something to show.

The library is installed idempotently (the installation may already have done it); the «как должно
быть» maps are the «как есть» ones with the pains resolved into opportunities and the emotion
curve lifted, as a working group would draft them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cxdesk.core.journey import LaneKind
from cxdesk.services import journeys
from cxdesk.services.actor import Actor
from cxdesk.services.journeys_library import install_reference_library, ref_id
from cxdesk.services.roles import Role

if TYPE_CHECKING:
    from cxdesk.services.demo import DemoContext, DemoSpec

TO_BE = ("registration_unemployed_portal", "complaint_or_appeal")


def units(spec: DemoSpec) -> int:
    return 1 + len(TO_BE)


def run(ctx: DemoContext) -> None:
    install_reference_library(ctx.db, ctx.actor)
    ctx.advance(1)
    specialist = next((u for u in ctx.users if u.role == Role.CX_SPECIALIST), None)
    if specialist is None:
        return
    actor = Actor(specialist.login, specialist.full_name, Role.CX_SPECIALIST)
    for key in TO_BE:
        source = journeys.load_journey(ctx.db, actor, ref_id("journey", key))
        if source.counterpart_id:
            ctx.advance(1)
            continue
        doc = journeys.duplicate_journey(ctx.db, actor, source.id, title=f"{source.title} (как должно быть)",
                                         version_label="to_be", link_versions=True)
        pains = doc.lane_of_kind(LaneKind.PAINS)
        for stage in doc.stages:
            doc.set_emotion(stage.id, min(2.0, (stage.emotion or 0.0) + 1.0))
            for card in doc.cell(pains.id, stage.id):
                doc.set_card_text(card.id, f"Решено: {card.text[0].lower()}{card.text[1:]}")
                doc.set_card_color(card.id, "green")
        doc.owner = specialist.full_name
        journeys.save_journey(ctx.db, actor, doc)
        ctx.advance(1)


# -- feedback linked to touchpoints (after the feedback step) ----------------------------------

LINK_LIMIT = 30_000  # the large demo links a sample of its recent records: enough for the map's metrics
TOPIC_WORDS = {
    "queue": ("очеред", "окн", "зал", "визит"), "politeness": ("инспектор", "специалист", "приём"),
    "competence": ("консульт", "специалист", "инспектор"), "benefits": ("пособ", "выплат", "начисл"),
    "vacancies": ("ваканс", "собеседован", "ярмар", "работодат"),
    "portal": ("портал", "госуслуг", "работа россии", "личный кабинет"), "appointment": ("запис", "приём"),
    "phone": ("телефон", "звон", "горяч"), "premises": ("зал", "помещен"),
    "accessibility": ("инвалид", "сопровожд", "доступ"), "training": ("обучен", "курс", "профориент"),
    "documents": ("документ", "справк", "заявлен"), "information": ("информац", "сайт", "стенд", "памятк"),
    "timing": ("срок", "ответ", "решени"),
}


def link_units(spec: DemoSpec) -> int:
    return 1


def link_feedback(ctx: DemoContext) -> None:
    """Attach recent feedback records to the touchpoints of the «как есть» maps their topics speak of
    (a queue complaint to a visit, a portal complaint to the portal), as intake staff would."""
    from datetime import timedelta

    from sqlalchemy import select

    from cxdesk.store.feedback import FeedbackRecord
    from cxdesk.store.journeys import Journey, Touchpoint

    rng = ctx.rng
    with ctx.db.uow() as uow:
        s = uow.session
        points = [(tid, f"{name} {channel}".lower()) for tid, name, channel in s.execute(
            select(Touchpoint.id, Touchpoint.name, Touchpoint.channel)
            .join(Journey, Journey.id == Touchpoint.journey_id)
            .where(Touchpoint.deleted.is_(False), Journey.deleted.is_(False),
                   Journey.version_label == "as_is")
            .order_by(Touchpoint.id))]
        if not points:
            ctx.advance(1)
            return
        by_topic = {code: [tid for tid, text in points if any(w in text for w in words)]
                    for code, words in TOPIC_WORDS.items()}
        rows = s.execute(select(FeedbackRecord.id, FeedbackRecord.topics).where(
            FeedbackRecord.received_on >= ctx.today - timedelta(days=400)).order_by(FeedbackRecord.id)).all()
        if len(rows) > LINK_LIMIT:
            rows = rng.sample(rows, LINK_LIMIT)
        chosen: dict[str, str] = {}
        for record_id, topics in rows:
            candidates = [t for code in topics.split("|") if code for t in by_topic.get(code, [])]
            if candidates:
                chosen[record_id] = rng.choice(candidates)
            elif rng.random() < 0.3:
                chosen[record_id] = rng.choice(points)[0]
        ids = sorted(chosen)
        for i in range(0, len(ids), 500):
            for record in s.scalars(select(FeedbackRecord).where(FeedbackRecord.id.in_(ids[i:i + 500]))):
                record.touchpoint_id = chosen[record.id]
            s.flush()
        uow.commit()
    ctx.advance(1)
