"""Fast entry of a paper questionnaire (one field per question, Enter moves on) and manual entry of a
satisfaction metric (the five «Ваш контроль» criteria or the counts of a rating terminal)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QInputDialog,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from cxdesk.gui.feedback.forms import IntakeDialog
from cxdesk.services import feedback, feedback_surveys
from cxdesk.services.feedback_surveys import EFFORT, TemplateInfo
from cxdesk.services.feedback_terms import METRIC_TOOLS, VASH_KONTROL_CRITERIA

NO_ANSWER = "—"


class SurveyDialog(IntakeDialog):
    """One paper questionnaire of ``template``; an empty field means «no answer»."""

    def __init__(self, template: TemplateInfo, parent: QWidget | None = None) -> None:
        super().__init__(template.title, parent, long_form=True)
        self.resize(720, 640)
        self.template = template
        self.date = self.add_row(self.tr("Date filled in"), QDateEdit(QDate.currentDate()), "surveyDate")
        self.date.setDisplayFormat("dd.MM.yyyy")
        self.fields: dict[str, object] = {}
        for number, q in enumerate(template.questions, start=1):
            label = f"{number}. {q['text']}"
            kind = q["type"]
            if kind in ("scale5", "nps"):
                box = QSpinBox()
                box.setRange(-1 if kind == "nps" else 0, 10 if kind == "nps" else 5)
                box.setSpecialValueText(NO_ANSWER)
                box.setValue(box.minimum())
                box.setMaximumWidth(90)
                widget: QWidget = box
            elif kind in ("effort", "single"):
                box = QComboBox()
                box.addItem(NO_ANSWER, None)
                options = list(EFFORT) if kind == "effort" else q["options"]
                for option in options:
                    box.addItem(option, option)
                widget = box
            elif kind == "multi":
                widget = QWidget()
                grid = QGridLayout(widget)
                grid.setContentsMargins(0, 0, 0, 0)
                checks = [QCheckBox(option) for option in q["options"]]
                for i, check in enumerate(checks):
                    grid.addWidget(check, i // 3, i % 3)
                widget.checks = checks  # type: ignore[attr-defined]
            else:
                widget = QLineEdit()
            self.fields[q["code"]] = self.add_row(label, widget, f"survey_{q['code']}")
        self.date.setFocus()

    def answers(self) -> dict[str, object]:
        result: dict[str, object] = {}
        for q in self.template.questions:
            widget = self.fields[q["code"]]
            if isinstance(widget, QSpinBox):
                result[q["code"]] = None if widget.value() == widget.minimum() else widget.value()
            elif isinstance(widget, QComboBox):
                result[q["code"]] = widget.currentData()
            elif isinstance(widget, QLineEdit):
                result[q["code"]] = widget.text().strip() or None
            else:
                chosen = [c.text() for c in widget.checks if c.isChecked()]  # type: ignore[attr-defined]
                result[q["code"]] = ", ".join(chosen) or None
        return result

    def validate(self) -> str:
        return (
            ""
            if any(v not in (None, "") for v in self.answers().values())
            else self.tr("The questionnaire has no answers.")
        )

    def next_defaults(self) -> dict:
        return {}


class MetricDialog(IntakeDialog):
    """Manual entry of ratings: five criteria on a 1–5 scale (0 = not rated)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Satisfaction metric"), parent)
        self.date = self.add_row(self.tr("Date"), QDateEdit(QDate.currentDate()), "metricDate")
        self.date.setDisplayFormat("dd.MM.yyyy")
        self.tool = self.add_row(
            self.tr("Tool"), self.combo({v: v for v in METRIC_TOOLS.values()}), "metricTool"
        )
        self.criteria: dict[str, QSpinBox] = {}
        for code, text in VASH_KONTROL_CRITERIA.items():
            box = QSpinBox()
            box.setRange(0, 5)
            box.setSpecialValueText(NO_ANSWER)
            self.criteria[code] = self.add_row(text, box, f"metric_{code}")
        self.comment = self.add_row(self.tr("Comment"), QLineEdit(), "metricComment")

    def validate(self) -> str:
        return "" if any(b.value() for b in self.criteria.values()) else self.tr("Enter at least one rating.")

    def data(self) -> dict:
        ratings = {code: box.value() for code, box in self.criteria.items() if box.value()}
        return {
            "received_on": self.date.date().toPython(),
            "channel": self.tool.currentData(),
            "ratings": ratings,
            "rating": round(sum(ratings.values()) / len(ratings), 2),
            "text": self.comment.text(),
        }

    def next_defaults(self) -> dict:
        return {}


CHANGES = ("feedback_record",)


def enter_surveys(page) -> None:
    """Choose a questionnaire, then enter paper questionnaires one after another («Save and new»)."""
    ctx = page.ctx
    templates = feedback_surveys.list_templates(ctx.db, ctx.actor)
    names = [t.title for t in templates]
    name, ok = QInputDialog.getItem(
        page,
        QCoreApplication.translate("SurveyDialog", "Questionnaire"),
        QCoreApplication.translate("SurveyDialog", "Which questionnaire"),
        names,
        0,
        False,
    )
    if not ok:
        return
    template = templates[names.index(name)]
    while True:
        dialog = SurveyDialog(template, page)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        answers, day = dialog.answers(), dialog.date.date().toPython()
        outcome = ctx.runner.run(
            lambda a=answers, d=day: feedback_surveys.enter_response(ctx.db, ctx.actor, template.code, a, d),
            changes=CHANGES,
            parent=page,
        )
        if not (outcome.ok and dialog.save_and_new):
            return


def enter_metric(page) -> None:
    ctx = page.ctx
    dialog = MetricDialog(page)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        data = dialog.data()
        ctx.runner.run(
            lambda: feedback.create_record(ctx.db, ctx.actor, "metric", data), changes=CHANGES, parent=page
        )
