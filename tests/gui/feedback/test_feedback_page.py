"""The «Обратная связь» page through a user's hands: a complaints-book entry and an appeal typed from
the keyboard (Enter moves on, Ctrl+S saves), the register table, filters and search, and the import
dialog showing row errors before writing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from feedback_support import type_text, when_dialog_opens
from PySide6.QtCore import Qt, QTimer

from cxdesk.services import feedback as fb
from cxdesk.services import feedback_register as reg

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def _typing(qtbot, steps: list[tuple[str, str]], visited: list):
    """Fill the dialog from the keyboard: each step types text (or a key) into the focused field, then Enter."""

    def action(dialog) -> None:
        dialog.activateWindow()
        for kind, value in steps:
            widget = dialog.focusWidget()
            visited.append(widget.objectName())
            if kind == "type":
                type_text(widget, value)
            elif kind == "down":
                qtbot.keyClick(widget, Qt.Key.Key_Down)
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        if dialog.isVisible():
            raise AssertionError(f"Ctrl+S did not save: {dialog.error.text()}")

    return action


def test_complaints_book_entry_from_the_keyboard(qtbot, page):
    visited: list[str] = []
    steps = [
        ("keep", ""),
        ("keep", ""),
        ("type", "Сидорова Анна"),
        ("type", "+7 900 123-45-67"),
        ("type", "г. Заречный, ул. Мира, д. 5"),
        ("type", "Простояла в очереди два часа, окно одно"),
        ("down", ""),  # the first touchpoint of the journey maps (the reference library is installed)
        ("type", "Смирнова А. А."),
    ]
    touchpoints = page.touchpoints()
    assert touchpoints, "the reference journeys give the intake its touchpoints"
    problems: list = []
    QTimer.singleShot(0, lambda: when_dialog_opens(_typing(qtbot, steps, visited), problems))
    page.activateWindow()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert problems == []
    assert visited == [
        "bookWhen",
        "bookKind",
        "bookAuthor",
        "bookContacts",
        "bookAddress",
        "bookText",
        "bookTouchpoint",
        "bookResponsible",
    ]
    created = page.last_created
    assert created.number == "1-1" and created.kind == "complaint"
    assert created.author == "Сидорова Анна" and created.address.startswith("г. Заречный")
    assert created.responsible == "Смирнова А. А."
    assert created.touchpoint_id == touchpoints[0][0]
    assert "queue" in created.topics and created.sentiment == "negative"
    assert page.model.rowCount() == 1
    assert page.table.selectionModel().selectedRows()[0].row() == 0
    assert "Простояла в очереди" in page.detail.toPlainText()


def test_appeal_from_the_keyboard_gets_its_deadlines(qtbot, page):
    visited: list[str] = []
    steps = [
        ("keep", ""),
        ("down", ""),
        ("keep", ""),
        ("type", "Фёдоров Пётр Ильич"),
        ("type", "г. Заречный, ул. Садовая, 1"),
        ("type", "fedorov@example.ru"),
        ("type", "О выплате пособия"),
        ("type", "Не начислили пособие за март"),
        ("keep", ""),  # touchpoint: not known for this appeal
        ("type", "Орлов В. П."),
    ]
    problems: list = []
    QTimer.singleShot(0, lambda: when_dialog_opens(_typing(qtbot, steps, visited), problems))
    qtbot.mouseClick(page.buttons["appeal"], Qt.MouseButton.LeftButton)
    assert problems == []
    assert visited[:4] == ["appealReceived", "appealChannel", "appealAudience", "appealAuthor"]
    created = page.last_created
    assert created.source == "appeal" and created.channel == "electronic"
    assert created.author == "Фёдоров Пётр Ильич" and created.subject == "О выплате пособия"
    assert created.responsible == "Орлов В. П." and created.touchpoint_id is None
    assert created.registered_on == date.today() and created.answer_due > date.today()
    assert "benefits" in created.topics
    due_column = page.model.column_index("answer_due")
    assert page.model.index(0, due_column).data().startswith(f"{created.answer_due:%d.%m.%Y}")


def test_a_refused_entry_keeps_the_dialog_open_with_a_message(qtbot, page):
    seen: dict = {}
    problems: list = []

    def attempt(dialog):
        dialog.save_button.click()
        seen["error"] = dialog.error.text()
        seen["open"] = dialog.isVisible()
        dialog.reject()

    QTimer.singleShot(0, lambda: when_dialog_opens(attempt, problems))
    page.new_book_entry()
    assert problems == []
    assert seen["open"] and seen["error"]
    assert page.model.rowCount() == 0


def test_search_and_filters(qtbot, page, intake_ctx):
    db, actor = intake_ctx.db, intake_ctx.actor
    fb.create_record(db, actor, "book", {"kind": "complaint", "text": "Грубые сотрудники в окне"})
    fb.create_record(
        db, actor, "open", {"channel": "ВКонтакте", "text": "Очереди огромные, жалобы не помогают"}
    )
    fb.create_record(
        db,
        actor,
        "appeal",
        {
            "channel": "written",
            "author": "Ким",
            "text": "Жалоба на пособие",
            "received_on": date(2025, 1, 10),
        },
    )
    page.refresh()
    assert page.model.rowCount() == 3
    page.search.setText("жалобы")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.model.rowCount() == 2
    page.source.setCurrentIndex(page.source.findData("appeal"))
    assert page.model.rowCount() == 1
    page.reset_filters()
    assert page.model.rowCount() == 3
    page.state.setCurrentIndex(page.state.findData("overdue"))
    assert page.model.rowCount() == 1
    assert "просроч" in page.banner.text().lower() or "overdue" in page.banner.text().lower()


def test_import_dialog_shows_row_errors_before_writing(qtbot, intake_ctx):
    from cxdesk.gui.feedback.import_dialog import ImportDialog

    dialog = ImportDialog(intake_ctx)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(FIXTURES / "feedback_open_errors.csv"))
    dialog.check()
    assert dialog.errors.rowCount() == 4
    assert dialog.errors.item(0, 2).text().startswith("«31.02.2025»")
    assert reg.register_count(intake_ctx.db, intake_ctx.actor, reg.RegisterFilter()) == 0
    dialog.run_import()  # all or nothing: refused, the error is shown in a message box
    assert reg.register_count(intake_ctx.db, intake_ctx.actor, reg.RegisterFilter()) == 0
    dialog.valid_only.setChecked(True)
    dialog.check()
    dialog.run_import()
    assert dialog.result.imported == 2


def test_paper_questionnaire_and_metric_entry(qtbot, page, intake_ctx, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from cxdesk.services import feedback_surveys

    template = feedback_surveys.get_template(intake_ctx.db, intake_ctx.actor, "ref-citizen")
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: (template.title, True)))
    problems: list = []

    def fill(dialog) -> None:
        dialog.fields["q1"].setValue(5)
        dialog.fields["q3"].setValue(4)
        dialog.fields["q5"].setCurrentIndex(dialog.fields["q5"].findData("скорее легко"))
        dialog.fields["q9"].checks[0].setChecked(True)
        dialog.fields["q13"].setValue(9)
        type_text(dialog.fields["q14"], "Спасибо, всё быстро")
        dialog.save_button.click()

    QTimer.singleShot(0, lambda: when_dialog_opens(fill, problems))
    page.new_survey()
    assert problems == []
    ids = reg.register_ids(intake_ctx.db, intake_ctx.actor, reg.RegisterFilter(sources=("survey",)))
    record = fb.get_record(intake_ctx.db, intake_ctx.actor, ids[0])
    assert record.ratings == {
        "q1": 5,
        "q3": 4,
        "q5": 4,
        "q9": ["Поиск работы"],
        "q13": 9,
        "q14": "Спасибо, всё быстро",
    }
    assert record.rating == 4.5 and record.sentiment == "positive" and record.channel == "paper"

    def rate(dialog) -> None:
        dialog.criteria["queue"].setValue(2)
        dialog.criteria["staff"].setValue(5)
        dialog.save_button.click()

    QTimer.singleShot(0, lambda: when_dialog_opens(rate, problems))
    page.new_metric()
    assert problems == []
    metric = reg.register_ids(intake_ctx.db, intake_ctx.actor, reg.RegisterFilter(sources=("metric",)))
    assert fb.get_record(intake_ctx.db, intake_ctx.actor, metric[0]).rating == 3.5


def test_appeal_lifecycle_and_coverage_from_the_page(qtbot, page, intake_ctx, monkeypatch, message_boxes):
    from PySide6.QtWidgets import QInputDialog

    from cxdesk.gui.feedback import record_actions

    appeal = fb.create_record(
        intake_ctx.db,
        intake_ctx.actor,
        "appeal",
        {"channel": "written", "author": "Ким Олег", "text": "Прошу пересчитать пособие"},
    )
    page.refresh()
    page.table.selectRow(page.model.row_for_id(appeal.id))
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *a, **k: (20, True)))
    record_actions.extend(page)
    extended = fb.get_record(intake_ctx.db, intake_ctx.actor, appeal.id)
    assert extended.status == "extended" and extended.extended_days == 20
    monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(lambda *a, **k: ("Пересчитано", True)))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("письменно", True)))
    record_actions.answer(page)
    assert fb.get_record(intake_ctx.db, intake_ctx.actor, appeal.id).status == "answered"
    record_actions.extend(page)  # refused: shown to the user, nothing changed
    assert "продлева" in message_boxes.last.text or "исполнено" in message_boxes.last.text
    dialog = record_actions.CoverageDialog(intake_ctx, page)
    qtbot.addWidget(dialog)
    assert (
        dialog.table.rowCount() == 1
        and "1 из 5" in dialog.table.item(0, (date.today().month - 1) // 3).text()
        or "1 of 5" in dialog.table.item(0, (date.today().month - 1) // 3).text()
    )
