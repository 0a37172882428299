"""Questionnaires through a user's hands: «Анкеты…» creates a template with a scale, an NPS and a
choice question, a paper questionnaire is entered with it; the import dialog maps a CSV's columns to
its questions, previews the rows, saves the mapping, imports, and proposes the mapping again."""

from __future__ import annotations

from feedback_support import type_text, when_dialog_opens
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QInputDialog, QPushButton, QTableWidgetItem

from cxdesk.services import feedback as fb
from cxdesk.services import feedback_register as reg
from cxdesk.services import feedback_surveys as surveys

QUESTIONS = [
    ("Насколько вежливы были сотрудники?", "scale5", "", "а"),
    ("Порекомендуете ли вы центр знакомым?", "nps", "", "д"),
    ("Зачем вы пришли?", "single", "Пособие; Вакансии; Обучение", "б"),
]


def _fill_editor(editor, problems: list) -> None:
    type_text(editor.title, "Экспресс-опрос после приёма")
    add = editor.findChild(QPushButton, "question_add")
    for text, kind, options, group in QUESTIONS:
        add.click()
        row = editor.table.rowCount() - 1
        editor.table.item(row, 0).setText(text)
        combo = editor.table.cellWidget(row, 1)
        combo.setCurrentIndex(combo.findData(kind))
        editor.table.setItem(row, 2, QTableWidgetItem(options))
        groups = editor.table.cellWidget(row, 4)
        groups.setCurrentIndex(groups.findData(group))
    editor.table.item(0, 3).setCheckState(Qt.CheckState.Checked)
    # the choice question first, then back with «Ниже»: order by buttons
    editor.table.setCurrentCell(2, 0)
    editor.findChild(QPushButton, "question_up").click()
    assert editor.question(1)["type"] == "single"
    editor.findChild(QPushButton, "question_down").click()
    editor.table.setItem(2, 2, QTableWidgetItem("Пособие"))  # one option: refused in place
    editor.findChild(QPushButton, "templateSave").click()
    if "two options" not in editor.error.text() and "двух" not in editor.error.text():
        problems.append(f"no validation message: {editor.error.text()!r}")
    editor.table.setItem(2, 2, QTableWidgetItem(QUESTIONS[2][2]))
    editor.findChild(QPushButton, "templateSave").click()


def test_create_a_template_and_enter_a_paper_questionnaire(qtbot, page, intake_ctx, monkeypatch):  # noqa: F811
    from cxdesk.gui.feedback.templates_dialog import TemplatesDialog

    dialog = TemplatesDialog(intake_ctx)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2  # the two reference questionnaires
    problems: list = []
    QTimer.singleShot(0, lambda: when_dialog_opens(lambda e: _fill_editor(e, problems), problems))
    dialog.buttons["new"].click()
    assert problems == []
    made = next(t for t in dialog.templates if t.title == "Экспресс-опрос после приёма")
    assert [(q["type"], q.get("group"), q.get("required", False)) for q in made.questions] == [
        ("scale5", "а", True),
        ("nps", "д", False),
        ("single", "б", False),
    ]
    assert made.questions[2]["options"] == ["Пособие", "Вакансии", "Обучение"]
    assert dialog.current().id == made.id and dialog.table.item(dialog.table.currentRow(), 4).text()

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: (made.title, True)))

    def fill(form) -> None:
        form.fields["q1"].setValue(4)
        form.fields["q2"].setValue(10)
        form.fields["q3"].setCurrentIndex(form.fields["q3"].findData("Вакансии"))
        form.save_button.click()

    QTimer.singleShot(0, lambda: when_dialog_opens(fill, problems))
    page.new_survey()
    assert problems == []
    ids = reg.register_ids(intake_ctx.db, intake_ctx.actor, reg.RegisterFilter(sources=("survey",)))
    record = fb.get_record(intake_ctx.db, intake_ctx.actor, ids[0])
    assert record.ratings == {"q1": 4, "q2": 10, "q3": "Вакансии"} and record.rating == 4

    # answered: the list says so; archiving hides it from entry but keeps the answers
    dialog.reload()
    dialog.select(made.id)
    assert dialog.table.item(dialog.table.currentRow(), 3).text() == "1"
    dialog.buttons["archive"].click()
    assert made.id not in {t.id for t in surveys.list_templates(intake_ctx.db, intake_ctx.actor)}
    assert reg.register_count(intake_ctx.db, intake_ctx.actor, reg.RegisterFilter(sources=("survey",))) == 1


def test_map_the_columns_of_a_csv_and_import(qtbot, intake_ctx, tmp_path):
    from cxdesk.gui.feedback.import_dialog import ImportDialog

    db, actor = intake_ctx.db, intake_ctx.actor
    questions = [
        {"code": code, "text": text, "type": kind}
        for text, kind, _o, _g, code in [(*QUESTIONS[0], "q1"), (*QUESTIONS[1], "q2")]
    ]
    made = surveys.create_template(db, actor, "Экспресс-опрос", "citizen", questions)
    path = tmp_path / "ответы.csv"
    path.write_text(
        "Дата;Вежливость;Рекомендация;Лишнее\n20.05.2025;5;10;x\n21.05.2025;3;6;y\n22.05.2025;7;8;z\n",
        encoding="cp1251",
    )

    def opened() -> ImportDialog:
        dialog = ImportDialog(intake_ctx)
        qtbot.addWidget(dialog)
        dialog.source.setCurrentIndex(dialog.source.findData("survey"))
        dialog.template.setCurrentIndex(dialog.template.findData(made.code))
        dialog.path.setText(str(path))
        dialog.check()
        return dialog

    dialog = opened()
    editor = dialog.mapping
    assert editor.mapping() == {"Дата": "@date"}  # headers do not match the question texts
    assert dialog.preview.rows_valid == 0
    editor.combos[1].setCurrentIndex(editor.combos[1].findData("q1"))
    editor.combos[2].setCurrentIndex(editor.combos[2].findData("q2"))
    assert dialog.preview is None and not dialog.import_button.isEnabled()  # check again first
    assert editor.preview.columnCount() == 3 and editor.preview.item(0, 1).text() == "5"
    assert editor.preview.item(2, 1).text().startswith("⚠")  # 7 is outside 1–5
    editor.save_button.click()
    assert surveys.get_template(db, actor, made.code).column_mapping == {
        "Дата": "@date",
        "Вежливость": "q1",
        "Рекомендация": "q2",
    }
    dialog.valid_only.setChecked(True)
    dialog.check()
    assert dialog.preview.rows_valid == 2 and dialog.errors.rowCount() == 1
    dialog.run_import()
    assert dialog.result.imported == 2

    again = opened()  # the next file with the same columns: the saved mapping is proposed
    assert again.mapping.mapping() == {"Дата": "@date", "Вежливость": "q1", "Рекомендация": "q2"}
    assert again.preview.duplicates == 2


def test_a_closed_questionnaires_dialog_no_longer_follows_the_register(qtbot, page, intake_ctx):
    """«Анкеты…» opened and closed: the dialog goes (it used to stay, re-reading the questionnaires on
    every change of the register until the session ended)."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from cxdesk.gui.feedback.templates_dialog import TemplatesDialog

    opened: list = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, TemplatesDialog):
            QTimer.singleShot(20, close_it)
            return
        opened.append(dialog)
        dialog.reject()

    QTimer.singleShot(0, close_it)
    page.edit_templates()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert len(opened) == 1 and not shiboken6.isValid(opened[0])
