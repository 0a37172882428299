"""Saving a map that another workstation saved meanwhile is refused unless the user overwrites it;
the journey PDF prints the emotion notes."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from cxdesk.services import journeys, users
from cxdesk.services.actor import Actor
from cxdesk.services.journeys_library import install_reference_library, ref_id
from cxdesk.services.roles import Role
from cxdesk.store.database import Database

JOURNEY = ref_id("journey", "registration_unemployed_portal")


@pytest.fixture
def specialist(db, admin) -> Actor:
    install_reference_library(db)
    users.add_user(db, admin, "cx1", "Орлова Мария Петровна", Role.CX_SPECIALIST, "Special-2024-x")
    return Actor("cx1", "Орлова Мария Петровна", Role.CX_SPECIALIST)


def test_a_stale_save_is_refused_and_the_latest_version_kept(db, specialist):
    other_workstation = Database(db.location)
    try:
        mine = journeys.load_journey(db, specialist, JOURNEY)
        theirs = journeys.load_journey(other_workstation, specialist, JOURNEY)
        assert mine.revision == theirs.revision > 0
        theirs.rename_stage(theirs.stages[0].id, "Их название")
        saved = journeys.save_journey(other_workstation, specialist, theirs)
        assert saved.revision == theirs.revision > mine.revision  # the saved document is now at the stored state

        mine.add_card(mine.lanes[0].id, mine.stages[0].id, "Моя карточка")
        with pytest.raises(journeys.SaveConflict) as conflict:
            journeys.save_journey(db, specialist, mine)
        assert "Перезаписать" in conflict.value.message and "cx1" in conflict.value.message
        stored = journeys.load_journey(db, specialist, JOURNEY)
        assert stored.stages[0].name == "Их название"
        assert "Моя карточка" not in {c.text for c in stored.cards.values()}

        overwritten = journeys.save_journey(db, specialist, mine, overwrite=True)
        assert overwritten.stages[0].name == mine.stages[0].name != "Их название"
        assert "Моя карточка" in {c.text for c in overwritten.cards.values()}
        # saving again from the document as stored is not a conflict
        overwritten.rename_stage(overwritten.stages[1].id, "Дальше")
        assert journeys.save_journey(db, specialist, overwritten).stages[1].name == "Дальше"
    finally:
        other_workstation.close()


def test_the_pdf_prints_the_emotion_notes(db, specialist):
    doc = journeys.load_journey(db, specialist, JOURNEY)
    doc.set_emotion_note(doc.stages[0].id, "Тревожно: непонятно, с чего начать")
    target = io.BytesIO()
    journeys.print_journey(db, specialist, doc, target)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(target.getvalue())).pages)
    assert "Эмоции: пояснения" in text
    assert "Тревожно: непонятно, с чего начать" in " ".join(text.split())
