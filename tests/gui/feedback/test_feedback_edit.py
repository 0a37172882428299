"""The register through a user's hands, part two: an existing record opened in its form (Enter on the row),
changed and saved; a scan saved to a file and opened; the profile and touchpoint filters behind «Ещё
фильтры» and a journey map's jump to one touchpoint; the dictionaries edited and re-applied."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from feedback_support import when_dialog_opens
from PySide6.QtCore import QDate, Qt, QTimer

from cxdesk.gui import messages
from cxdesk.services import feedback as fb
from cxdesk.services import feedback_reference as ref
from cxdesk.services import feedback_register as reg
from cxdesk.services.profiles import profile_names

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64


def _book(ctx, **extra):
    return fb.create_record(
        ctx.db,
        ctx.actor,
        "book",
        {
            "kind": "complaint",
            "text": "Грубо ответили в окне",
            "author": "Сидорова Анна",
            "received_at": datetime(2025, 3, 3, 10, 15),
            **extra,
        },
    )


def test_enter_on_a_row_opens_the_book_entry_and_saves_the_answer(qtbot, page, intake_ctx):
    entry = _book(intake_ctx)
    page.refresh()
    page.table.selectRow(page.model.row_for_id(entry.id))
    problems: list = []
    seen: dict = {}

    def fill(dialog) -> None:
        seen["title"] = dialog.windowTitle()
        seen["when"] = dialog.fields["received_at"].dateTime().toString("dd.MM.yyyy HH:mm")
        dialog.fields["text"].setPlainText("Простояла в очереди два часа")
        dialog.fields["status"].setCurrentIndex(dialog.fields["status"].findData("answered"))
        dialog.answered.setChecked(True)
        dialog.fields["answer_on"].setDate(QDate(2025, 2, 1))  # before the entry: refused in the form
        qtbot.keyClick(dialog.fields["answer"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        seen["error"] = dialog.error.text()
        seen["still_open"] = dialog.isVisible()
        dialog.fields["answer_on"].setDate(QDate(2025, 3, 10))
        dialog.fields["answer_method"].setCurrentIndex(dialog.fields["answer_method"].findData("phone"))
        dialog.fields["answer"].setText("Извинились, добавили окно")
        qtbot.keyClick(dialog.fields["answer"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        seen["closed"] = not dialog.isVisible()

    QTimer.singleShot(0, lambda: when_dialog_opens(fill, problems))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert problems == []
    assert "1-1" in seen["title"] and seen["when"] == "03.03.2025 10:15"
    assert seen["still_open"] and ("раньше" in seen["error"].lower() or "earlier" in seen["error"].lower())
    assert seen["closed"]
    saved = fb.get_record(intake_ctx.db, intake_ctx.actor, entry.id)
    assert saved.text == "Простояла в очереди два часа" and "queue" in saved.topics
    assert (saved.status, saved.answer_on, saved.answer_method) == ("answered", date(2025, 3, 10), "phone")
    assert saved.answer == "Извинились, добавили окно"
    assert saved.author == "Сидорова Анна"  # untouched fields kept
    status = page.model.index(page.model.row_for_id(entry.id), page.model.column_index("status")).data()
    assert status == "ответ дан"


def test_an_appeal_form_keeps_its_lifecycle_and_refuses_an_empty_applicant(qtbot, page, intake_ctx):
    appeal = fb.create_record(
        intake_ctx.db,
        intake_ctx.actor,
        "appeal",
        {"channel": "written", "author": "Ким Олег", "text": "Прошу пересчитать пособие"},
    )
    page.refresh()
    page.table.selectRow(page.model.row_for_id(appeal.id))
    problems: list = []
    seen: dict = {}

    def fill(dialog) -> None:
        seen["has_status"] = "status" in dialog.fields
        dialog.fields["author"].clear()
        dialog.save_button.click()
        seen["error"] = dialog.error.text()
        dialog.fields["author"].setText("Ким Олег Петрович")
        dialog.fields["subject"].setText("Перерасчёт пособия")
        dialog.save_button.click()

    QTimer.singleShot(0, lambda: when_dialog_opens(fill, problems))
    page.buttons["edit"].click()
    assert problems == []
    assert not seen["has_status"] and seen["error"]
    saved = fb.get_record(intake_ctx.db, intake_ctx.actor, appeal.id)
    assert (saved.author, saved.subject, saved.status) == ("Ким Олег Петрович", "Перерасчёт пособия", "registered")
    assert saved.answer_due == appeal.answer_due


def test_a_scan_is_saved_to_a_file_and_opened(qtbot, page, intake_ctx, tmp_path, monkeypatch):
    entry = _book(intake_ctx)
    fb.attach_file(intake_ctx.db, intake_ctx.actor, entry.id, "страница.png", PNG)
    info = fb.get_record(intake_ctx.db, intake_ctx.actor, entry.id)
    dialog = page.edit_dialog(info, [])
    qtbot.addWidget(dialog)
    target = tmp_path / "копия.png"
    monkeypatch.setattr(messages, "choose_save_path", lambda *a, **k: target)
    assert dialog.save_attachment() == target and target.read_bytes() == PNG
    opened: list = []
    from PySide6.QtGui import QDesktopServices

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    path = dialog.open_attachment()
    assert Path(opened[0].toLocalFile()) == path and path.read_bytes() == PNG and path.name == "страница.png"


def test_profile_and_touchpoint_filters_and_show_touchpoint(qtbot, page, intake_ctx):
    touchpoints = page.touchpoints()
    profiles = profile_names(intake_ctx.db, intake_ctx.actor)
    assert touchpoints and profiles, "the reference library gives profiles and touchpoints"
    tp, profile = touchpoints[0][0], profiles[0][0]
    first = _book(intake_ctx, touchpoint_id=tp)
    second = _book(intake_ctx, profile_id=profile)
    _book(intake_ctx)
    page.refresh()
    assert page.model.rowCount() == 3
    page.filters.more.menu().aboutToShow.emit()  # the drop-down loads its lists when it opens
    page.profile.setCurrentIndex(page.profile.findData(profile))
    assert [page.model.row_id(r) for r in range(page.model.rowCount())] == [second.id]
    assert page.filters.more.text().endswith("(1)")
    page.reset_filters()
    assert page.model.rowCount() == 3 and not page.filters.more.text().endswith(")")
    page.touchpoint.setCurrentIndex(page.touchpoint.findData(tp))
    assert [page.model.row_id(r) for r in range(page.model.rowCount())] == [first.id]
    page.reset_filters()
    page.source.setCurrentIndex(page.source.findData("appeal"))
    assert page.model.rowCount() == 0
    page.show_touchpoint(tp)  # from a journey map: other filters reset, only this touchpoint
    assert [page.model.row_id(r) for r in range(page.model.rowCount())] == [first.id]
    assert page.current_filter().touchpoint_id == tp
    page.filters.reset_button.click()
    assert page.model.rowCount() == 3


def test_records_another_area_points_at_are_shown_and_reset(qtbot, page, intake_ctx):
    from sqlalchemy import select

    from cxdesk.services import feedback_register as reg
    from cxdesk.store.feedback import FeedbackRecord

    made = [_book(intake_ctx).id for _ in range(4)]
    page.refresh()
    scope = reg.RecordScope("показатель К-01, III квартал 2026 г.",
                            lambda: select(FeedbackRecord.id).where(FeedbackRecord.id.in_(made[1:3])))
    page.show_scope(scope)  # e.g. the records behind a KPI value
    assert {page.model.row_id(r) for r in range(page.model.rowCount())} == set(made[1:3])
    assert "показатель К-01" in page.status.text()
    page.filters.reset_button.click()
    assert page.model.rowCount() == 4 and "К-01" not in page.status.text()
    page.model.page_size = 2  # as on a register of a million records: the first page, the rest later
    with qtbot.waitSignal(page.model.complete, timeout=5000):
        page.refresh()
        assert page.model.rowCount() == 4 and "4" in page.status.text()
    assert {page.model.row_id(r) for r in range(4)} == set(made)


def test_the_dictionaries_are_edited_and_reapplied(qtbot, page, intake_ctx, message_boxes):
    from PySide6.QtWidgets import QTableWidgetItem

    from cxdesk.gui.feedback.dictionaries import DictionariesDialog

    entry = fb.create_record(
        intake_ctx.db, intake_ctx.actor, "open", {"channel": "ВКонтакте", "text": "В холле поставили кулер"}
    )
    dialog = DictionariesDialog(intake_ctx, page)
    qtbot.addWidget(dialog)
    assert dialog.editable and dialog.topics.rowCount() >= 11
    dialog._add_row(dialog.topics)
    row = dialog.topics.rowCount() - 1
    for column, value in enumerate(("water", "Вода и кулер", "кулер, вода", "")):
        dialog.topics.setItem(row, column, QTableWidgetItem(value))
    dialog.tabs.setCurrentIndex(2)
    dialog.year.setValue(2031)  # not in the calendar yet
    assert "2031" in dialog.year_note.text()
    dialog.holidays.setPlainText("01.01.2031\n32.01.2031")
    dialog.save()
    assert "32.01.2031" in dialog.error.text()
    dialog.holidays.setPlainText("01.01.2031\n02.01.2031")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.result_info is not None, timeout=10_000)
    assert dialog.result_info.records_reanalysed == 1
    assert "water" in fb.get_record(intake_ctx.db, intake_ctx.actor, entry.id).topics
    assert ref.document(intake_ctx.db, "calendar")["years"]["2031"]["holidays"] == ["2031-01-01", "2031-01-02"]
    qtbot.waitUntil(lambda: page.topic.findData("water") >= 0, timeout=5_000)  # the filter learns the topic
    assert reg.register_ids(intake_ctx.db, intake_ctx.actor, reg.RegisterFilter(topic="water")) == [entry.id]


def test_an_operator_reads_the_dictionaries_but_cannot_save(qtbot, initialized_db):
    from gui_support import make_context

    from cxdesk.gui.feedback.dictionaries import DictionariesDialog
    from cxdesk.services.actor import Actor
    from cxdesk.services.roles import Role

    ctx = make_context(initialized_db, Actor("op", "Оператор", Role.OPERATOR))
    dialog = DictionariesDialog(ctx)
    qtbot.addWidget(dialog)
    assert not dialog.editable and not dialog.save_button.isEnabled() and dialog.topics.rowCount() > 0
