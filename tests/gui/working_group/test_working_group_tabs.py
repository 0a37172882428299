"""The other tabs of the working-group page: composition, assignment control, initiatives on the board
moving through their lifecycle, legal-act proposals, the staff directory; and the Russian translation
of the area is complete and compiled."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel

from cxdesk import paths
from cxdesk.gui.areas import area
from cxdesk.gui.working_group.page import WorkingGroupPage
from cxdesk.services import initiatives, staff
from tests.services.working_group_support import make_meeting


def _page(qtbot, ctx) -> WorkingGroupPage:
    page = WorkingGroupPage(ctx, area("working_group"))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    return page


def _answer(monkeypatch, owner, answers: list[dict]) -> None:
    original = owner._dialog

    def filled(title, specs, *args):
        dialog = original(title, specs, *args)
        for key, value in answers.pop(0).items():
            dialog.set_value(key, value)
        monkeypatch.setattr(dialog, "exec", lambda: QDialog.DialogCode.Accepted)
        return dialog

    monkeypatch.setattr(owner, "_dialog", filled)


def test_assignment_control_marks_done(qtbot, secretary_ctx, message_boxes):
    make_meeting(secretary_ctx.db, secretary_ctx.actor, secretary_ctx.staff_ids)
    page = _page(qtbot, secretary_ctx)
    page.tabs.setCurrentWidget(page.assignments)
    tab = page.assignments
    assert tab.model.rowCount() == 2 and tab.load_model.rowCount() == 2
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.buttons["done"], Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 1
    tab.state.setCurrentIndex(tab.state.findData("done"))
    assert tab.model.rowCount() == 1 and tab.model.row_data(0).state == "done"


def test_initiative_created_and_moved_on_the_board(qtbot, secretary_ctx, monkeypatch, message_boxes):
    page = _page(qtbot, secretary_ctx)
    page.tabs.setCurrentWidget(page.initiatives)
    tab = page.initiatives
    _answer(monkeypatch, tab, [{"title": "Электронная запись на приём", "kind": "optimisation",
                                "due_on": date(2030, 6, 30), "pilot_offices": ("TC01",)},
                               {"comment": "Проект одобрен рабочей группой"}])
    qtbot.mouseClick(tab.buttons["new"], Qt.MouseButton.LeftButton)
    header, listing = tab.columns["idea"]
    assert "(1)" in header.text() and listing.count() == 1
    tab.move_to("design")
    assert tab.columns["design"][1].count() == 1
    card = tab.card.toPlainText()
    assert "Идея → Проектирование" in card and "Проект одобрен рабочей группой" in card
    tab.view.setCurrentIndex(1)
    assert tab.model.rowCount() == 1
    assert initiatives.board_counts(secretary_ctx.db)["design"] == 1


def test_legal_proposal_and_staff_directory(qtbot, secretary_ctx, monkeypatch, message_boxes):
    page = _page(qtbot, secretary_ctx)
    page.tabs.setCurrentWidget(page.legal)
    _answer(monkeypatch, page.legal, [{"act": "Постановление Правительства области № 55-п", "status": "draft",
                                       "proposed_change": "Сократить перечень документов"}])
    qtbot.mouseClick(page.legal.buttons["new"], Qt.MouseButton.LeftButton)
    assert page.legal.model.rowCount() == 1 and page.legal.model.row_data(0).status_title == "Подготовка"
    page.tabs.setCurrentWidget(page.staff)
    _answer(monkeypatch, page.staff, [{"full_name": "Новикова Дарья Андреевна", "position": "Специалист"}])
    qtbot.mouseClick(page.staff.buttons["add"], Qt.MouseButton.LeftButton)
    assert page.staff.model.rowCount() == 7
    page.staff.search.setText("новикова")
    page.staff.table.selectRow(0)
    qtbot.mouseClick(page.staff.buttons["archive"], Qt.MouseButton.LeftButton)
    assert message_boxes.last.kind == "question"
    assert not [m for m in staff.list_members(secretary_ctx.db) if m.full_name.startswith("Новикова")]


def test_the_page_speaks_russian(qtbot, secretary_ctx):
    page = _page(qtbot, secretary_ctx)
    english = []
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        for child in page.findChildren(QLabel) + page.findChildren(QAbstractButton):
            text = child.text()
            if text and child.isVisible() and text.isascii() and any(c.isalpha() for c in text) and len(text) > 2:
                english.append(text)
    assert not english, english
    ts = paths.resources_dir() / "i18n" / "working_group_ru.ts"
    messages = list(ET.parse(ts).getroot().iter("message"))
    assert len(messages) > 200
    assert not [m.findtext("source") for m in messages if m.find("translation").get("type")
                or not (m.find("translation").text or "").strip()]
    assert (ts.with_suffix(".qm")).stat().st_mtime >= ts.stat().st_mtime - 1


def test_initiative_links_to_journeys_and_touchpoints(qtbot, secretary_ctx, monkeypatch):
    from cxdesk.services.initiatives import InitiativeFields
    from cxdesk.services.journeys_library import install_reference_library

    install_reference_library(secretary_ctx.db)
    measure = initiatives.save_initiative(secretary_ctx.db, secretary_ctx.actor,
                                          InitiativeFields("Электронная запись на приём", "optimisation"))
    page = _page(qtbot, secretary_ctx)
    page.tabs.setCurrentWidget(page.initiatives)
    tab = page.initiatives
    tab.show(measure)
    original = tab._links_dialog

    def answered(fields):
        dialog = original(fields)
        for listing in (dialog.journeys, dialog.touchpoints):
            listing.item(0).setCheckState(Qt.CheckState.Checked)
        monkeypatch.setattr(dialog, "exec", lambda: QDialog.DialogCode.Accepted)
        return dialog

    monkeypatch.setattr(tab, "_links_dialog", answered)
    qtbot.mouseClick(tab.buttons["links"], Qt.MouseButton.LeftButton)
    saved = initiatives.get_initiative(secretary_ctx.db, measure).fields
    assert len(saved.journey_ids) == 1 and len(saved.touchpoint_ids) == 1
    assert "Связанные маршруты" in tab.card.toPlainText()
