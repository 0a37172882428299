"""Profiles, journeys and touchpoints through the services: library, save/reload, tombstones, PDFs."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from cxdesk.core.journey import LaneKind
from cxdesk.services import journeys, profiles, users
from cxdesk.services.actor import Actor
from cxdesk.services.errors import PermissionDenied, ValidationError
from cxdesk.services.journeys_library import install_reference_library, reference_journeys
from cxdesk.services.roles import Role
from cxdesk.store.journeys import Touchpoint
from cxdesk.store.models import ChangeLog


@pytest.fixture
def library_db(db):
    install_reference_library(db)
    return db


@pytest.fixture
def reader(db, admin) -> Actor:
    users.add_user(db, admin, "reader1", "Петрова Ольга Ивановна", Role.READER, "Reader-2024-x")
    return Actor("reader1", "Петрова Ольга Ивановна", Role.READER)


@pytest.fixture
def specialist(db, admin) -> Actor:
    users.add_user(db, admin, "cx1", "Орлова Мария Петровна", Role.CX_SPECIALIST, "Special-2024-x")
    return Actor("cx1", "Орлова Мария Петровна", Role.CX_SPECIALIST)


def test_reference_library_is_installed_once_with_rich_journeys(library_db, admin):
    assert profiles.count_profiles(library_db) >= 12
    assert journeys.count_journeys(library_db) >= 12
    assert install_reference_library(library_db).journeys_added == 0
    for key, doc in reference_journeys():
        assert 5 <= len(doc.stages) <= 10, key
        assert len(doc.touchpoints()) >= len(doc.stages), key
        assert all(s.emotion is not None for s in doc.stages), key
        assert doc.profile_ids, key
    stored = journeys.load_journey(library_db, admin, reference_journeys()[0][1].id)
    assert stored.to_dict() == reference_journeys()[0][1].to_dict()
    used = profiles.get_profile(library_db, admin, stored.profile_ids[0])
    assert stored.title in [title for _, title in used.journeys]


def test_library_ids_are_the_same_in_every_installation():
    first = [doc.id for _, doc in reference_journeys()]
    assert first == [doc.id for _, doc in reference_journeys()]
    assert len(set(first)) == len(first)


def test_save_and_reload_round_trip(library_db, specialist):
    doc = journeys.create_journey(library_db, specialist, "Получение справки о доходах", stages=["Запрос", "Выдача"])
    touch = doc.lane_of_kind(LaneKind.TOUCHPOINTS)
    pains = doc.lane_of_kind(LaneKind.PAINS)
    tp = doc.add_card(touch.id, doc.stages[0].id, "Окно приёма № 3", channel="Личный визит", color="blue")
    doc.add_card(pains.id, doc.stages[1].id, "Очередь «живая», без талонов", color="red")
    doc.set_emotion(doc.stages[0].id, -1.5)
    doc.add_stage("Обжалование", 1)
    doc.move_lane(pains.id, 0)
    doc.set_lane_hidden(doc.lane_of_kind(LaneKind.KPI).id, True)
    saved = journeys.save_journey(library_db, specialist, doc)
    again = journeys.load_journey(library_db, specialist, doc.id)
    assert again.to_dict() == doc.to_dict() == saved.to_dict()
    infos = journeys.list_touchpoints(library_db, specialist, doc.id)
    assert [(i.id, i.stage_name, i.name, i.channel) for i in infos] == [
        (tp.id, "Запрос", "Окно приёма № 3", "Личный визит")]


def test_removed_touchpoint_becomes_a_tombstone_and_unchanged_rows_are_not_rewritten(library_db, specialist):
    doc = journeys.create_journey(library_db, specialist, "Маршрут для проверки", stages=["А", "Б"])
    tp = doc.add_card(doc.lane_of_kind(LaneKind.TOUCHPOINTS).id, doc.stages[0].id, "Звонок", channel="Телефон")
    journeys.save_journey(library_db, specialist, doc)
    with library_db.uow() as uow:
        log_before = len(uow.session.scalars(select(ChangeLog)).all())
    journeys.save_journey(library_db, specialist, doc)  # nothing changed
    doc.remove_card(tp.id)
    journeys.save_journey(library_db, specialist, doc)
    with library_db.uow() as uow:
        row = uow.session.get(Touchpoint, tp.id)
        assert row.deleted
        ops = [r.op for r in uow.session.scalars(select(ChangeLog).where(ChangeLog.seq > 0))][log_before:]
    assert ops == ["delete"]
    assert journeys.list_touchpoints(library_db, specialist, doc.id) == []


def test_reading_is_for_everyone_writing_needs_the_right(library_db, reader):
    ids = journeys.list_journey_ids(library_db, reader)
    doc = journeys.load_journey(library_db, reader, ids[0])
    assert journeys.list_touchpoints(library_db, reader)
    with pytest.raises(PermissionDenied):
        journeys.save_journey(library_db, reader, doc)
    with pytest.raises(PermissionDenied):
        profiles.create_profile(library_db, reader, profiles.ProfileData(name="Новый профиль"))


def test_duplicate_as_to_be_links_the_versions(library_db, specialist):
    source = journeys.list_journey_ids(library_db, specialist)[0]
    copy = journeys.duplicate_journey(library_db, specialist, source, title="Новая версия",
                                      version_label="to_be", link_versions=True)
    assert copy.counterpart_id == source
    assert journeys.load_journey(library_db, specialist, source).counterpart_id == copy.id
    assert journeys.list_journey_ids(library_db, specialist, version_label="to_be") == [copy.id]


def test_profiles_search_filter_copy_archive(library_db, specialist):
    found = profiles.list_profile_ids(library_db, specialist, search="ИНВАЛИДНОСТЬЮ")
    assert [r.name for r in profiles.profile_rows(library_db, specialist, found)] == ["Граждане с инвалидностью"]
    # ё and е match both ways, in any case (SQLite's own lower() knows no Cyrillic)
    for query in ("ребенком", "РЕБЁНКОМ"):
        found_child = profiles.list_profile_ids(library_db, specialist, search=query)
        assert "Женщины в отпуске по уходу за ребёнком до 3 лет" in [
            r.name for r in profiles.profile_rows(library_db, specialist, found_child)]
    assert journeys.list_journey_ids(library_db, specialist, search="учебы")
    employers = profiles.list_profile_ids(library_db, specialist, audience="employer")
    assert len(employers) == 2
    copy = profiles.copy_profile(library_db, specialist, found[0])
    assert copy.data.name.endswith("(копия)") and copy.data.needs
    count = profiles.count_profiles(library_db)
    profiles.set_archived(library_db, specialist, copy.id, True)
    assert profiles.count_profiles(library_db) == count - 1
    with pytest.raises(ValidationError):
        profiles.update_profile(library_db, specialist, copy.id, profiles.ProfileData(name="Х", share_percent=120))


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_journey_pdf_has_every_stage_name_in_cyrillic(library_db, admin):
    doc = journeys.load_journey(library_db, admin, journeys.list_journey_ids(library_db, admin)[0])
    for i in range(8):  # wide map: 2+ pages
        doc.add_stage(f"Дополнительный этап №{i}: ёжик")
    out = io.BytesIO()
    journeys.print_journey(library_db, admin, doc, out)
    reader = PdfReader(io.BytesIO(out.getvalue()))
    assert len(reader.pages) >= 2
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height  # landscape
    text = " ".join(_pdf_text(out.getvalue()).split())
    for stage in doc.stages:
        assert stage.name in text


def test_profile_pdf(library_db, admin):
    pid = profiles.list_profile_ids(library_db, admin, search="предпенсионного")[0]
    out = io.BytesIO()
    profiles.print_profile(library_db, admin, pid, out)
    text = " ".join(_pdf_text(out.getvalue()).split())
    assert "Граждане 50+ и предпенсионного возраста" in text and "Потребности" in text
