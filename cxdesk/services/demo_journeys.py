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
