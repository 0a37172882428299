"""The form of a KPI indicator: code, name, group, audience, formula kind and its parameters, unit,
direction, traffic-light thresholds, weight, «additional» (R11) and the 0–100 scale, with a live
preview of the value the formula gives for a chosen quarter (recomputed as the fields change).
``data()`` returns the service's ``IndicatorData``; the service validates it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cxdesk.core import kpi_formula as kf
from cxdesk.core.periods import Period
from cxdesk.gui.widgets import ErrorLabel
from cxdesk.services import kpi_catalogue
from cxdesk.services.feedback_terms import BOOK_KINDS
from cxdesk.services.kpi_catalogue import IndicatorData, IndicatorInfo
from cxdesk.store.database import Database

KIND_PARAMS = {  # which parameter rows each formula kind shows
    "share": ("source", "field", "low", "high", "options"),
    "mean": ("source", "field"),
    "nps": ("source", "field", "promoters_from", "detractors_to"),
    "effort": ("source", "field", "easy_from"),
    "ratio": ("source", "record_kind", "denominator", "per"),
    "on_time": (),
}

KIND_UNITS = {"share": "%", "mean": "балл", "nps": "п.", "effort": "%", "ratio": "на 1 000", "on_time": "%"}


def _number(text: str) -> float | None:
    text = text.strip().replace(",", ".").replace(" ", "")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        return float("nan")


def _text(number: float | None) -> str:
    """A number as a Russian user writes it (decimal comma); empty for none."""
    return "" if number is None else f"{number:g}".replace(".", ",")


def _spin(low: float, high: float, value: float, decimals: int = 1) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setDecimals(decimals)
    spin.setValue(value)
    return spin


class IndicatorDialog(QDialog):
    def __init__(self, db: Database, info: IndicatorInfo | None = None, parent: QWidget | None = None,
                 editable: bool = True) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("kpiIndicatorDialog")
        self.setWindowTitle(self.tr("Client KPI") if info is None else info.data.name)
        self.resize(760, 640)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        left = QFormLayout()
        self.code = QLineEdit()
        self.code.setObjectName("kpiCode")
        self.code.setPlaceholderText("b_useful_citizen")
        self.name = QLineEdit()
        self.name.setObjectName("kpiName")
        self.group = QComboBox()
        for code, title in kf.GROUPS:
            self.group.addItem(f"{code}) {title}", code)
        self.audience = QComboBox()
        for code, title in kf.AUDIENCES.items():
            self.audience.addItem(title, code)
        self.kind = QComboBox()
        self.kind.setObjectName("kpiKind")
        for code, title in kf.KINDS.items():
            self.kind.addItem(title, code)
        self.unit = QLineEdit("%")
        self.direction = QComboBox()
        for code, title in kf.DIRECTIONS.items():
            self.direction.addItem(title, code)
        self.green = QLineEdit()
        self.green.setObjectName("kpiGreen")
        self.red = QLineEdit()
        self.red.setObjectName("kpiRed")
        self.weight = _spin(0.1, 10, 1.0)
        self.additional = QCheckBox(self.tr("Additional (regional) indicator"))
        self.additional.setObjectName("kpiAdditional")
        self.scale_min = QLineEdit()
        self.scale_max = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setMaximumHeight(70)
        left.addRow(self.tr("&Code:"), self.code)
        left.addRow(self.tr("&Name:"), self.name)
        left.addRow(self.tr("&Group:"), self.group)
        left.addRow(self.tr("&For whom:"), self.audience)
        left.addRow(self.tr("&Unit:"), self.unit)
        left.addRow(self.tr("&Direction:"), self.direction)
        left.addRow(self.tr("Green from:"), self.green)
        left.addRow(self.tr("Red below:"), self.red)
        left.addRow(self.tr("&Weight in the group index:"), self.weight)
        left.addRow(self.tr("0–100 scale from:"), self.scale_min)
        left.addRow(self.tr("0–100 scale to:"), self.scale_max)
        left.addRow("", self.additional)
        left.addRow(self.tr("Descri&ption:"), self.description)
        top.addLayout(left, 3)

        formula = QGroupBox(self.tr("Formula"))
        self.params = QFormLayout(formula)
        self.source = QComboBox()
        for code, title in kf.SOURCES.items():
            self.source.addItem(title, code)
        self.field = QComboBox()
        self.field.setObjectName("kpiField")
        self.field.setEditable(True)
        self.field.setMinimumContentsLength(16)
        for f in kpi_catalogue.answer_fields(db):
            self.field.addItem(f"{f.code} — {f.title[:60]}", f.code)
        self.low = _spin(0, 10, 4)
        self.high = _spin(0, 10, 5)
        self.options = QLineEdit()
        self.options.setPlaceholderText(self.tr("answers separated by |, instead of a range"))
        self.promoters_from = _spin(0, 10, 9, 0)
        self.detractors_to = _spin(0, 10, 6, 0)
        self.easy_from = _spin(1, 5, 4, 0)
        self.record_kind = QComboBox()
        self.record_kind.addItem(self.tr("any record"), "")
        for code, title in BOOK_KINDS.items():
            self.record_kind.addItem(title, code)
        self.denominator = QComboBox()
        for code, title in kpi_catalogue.denominator_titles().items():
            self.denominator.addItem(title, code)
        self.per = _spin(1, 1_000_000, 1000, 0)
        self.rows: dict[str, QWidget] = {}
        for key, label, widget in (
                ("kind", self.tr("&Kind:"), self.kind), ("source", self.tr("&Source:"), self.source),
                ("field", self.tr("&Question or criterion:"), self.field),
                ("low", self.tr("Range from:"), self.low), ("high", self.tr("Range to:"), self.high),
                ("options", self.tr("Or answers:"), self.options),
                ("promoters_from", self.tr("Promoters from:"), self.promoters_from),
                ("detractors_to", self.tr("Detractors up to:"), self.detractors_to),
                ("easy_from", self.tr("Easy answers from:"), self.easy_from),
                ("record_kind", self.tr("Records:"), self.record_kind),
                ("denominator", self.tr("Monthly denominator:"), self.denominator),
                ("per", self.tr("Per units:"), self.per)):
            self.params.addRow(label, widget)
            self.rows[key] = widget
        preview_box = QHBoxLayout()
        self.preview_period = QComboBox()
        current = Period.containing(date.today(), "quarter")
        for n in range(8):
            p = current.shift(-n)
            self.preview_period.addItem(p.title, p.code)
        preview_box.addWidget(QLabel(self.tr("Preview for:")))
        preview_box.addWidget(self.preview_period, 1)
        self.params.addRow(preview_box)
        self.preview = QLabel()
        self.preview.setObjectName("kpiPreview")
        self.preview.setWordWrap(True)
        self.params.addRow(self.preview)
        top.addWidget(formula, 2)
        layout.addLayout(top, 1)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(editable)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(300)
        self.timer.timeout.connect(self.update_preview)
        if info is not None:
            self._load(info.data)
        self.kind.currentIndexChanged.connect(lambda _i: self._show_params())
        for widget in (self.code, self.name, self.unit, self.green, self.red, self.options, self.scale_min,
                       self.scale_max):
            widget.textChanged.connect(lambda _t: self.timer.start())
        for widget in (self.group, self.audience, self.kind, self.direction, self.source, self.record_kind,
                       self.denominator, self.preview_period):
            widget.currentIndexChanged.connect(lambda _i: self.timer.start())
        self.field.currentTextChanged.connect(lambda _t: self.timer.start())
        for widget in (self.low, self.high, self.promoters_from, self.detractors_to, self.easy_from, self.per,
                       self.weight):
            widget.valueChanged.connect(lambda _v: self.timer.start())
        self._show_params()
        self.update_preview()

    def _load(self, d: IndicatorData) -> None:
        self.code.setText(d.code)
        self.name.setText(d.name)
        self.group.setCurrentIndex(max(0, self.group.findData(d.group)))
        self.audience.setCurrentIndex(max(0, self.audience.findData(d.audience)))
        self.kind.setCurrentIndex(max(0, self.kind.findData(d.kind)))
        self.unit.setText(d.unit)
        self.direction.setCurrentIndex(max(0, self.direction.findData(d.direction)))
        self.green.setText(_text(d.green))
        self.red.setText(_text(d.red))
        self.weight.setValue(d.weight)
        self.additional.setChecked(d.additional)
        self.scale_min.setText(_text(d.scale_min))
        self.scale_max.setText(_text(d.scale_max))
        self.description.setPlainText(d.description)
        p = d.params
        self.source.setCurrentIndex(max(0, self.source.findData(p.get("source", "survey"))))
        self.set_field(str(p.get("field", "")))
        for key in ("low", "high", "promoters_from", "detractors_to", "easy_from", "per"):
            if key in p:
                getattr(self, key).setValue(float(p[key]))
        self.options.setText(" | ".join(p.get("options", [])))
        self.record_kind.setCurrentIndex(max(0, self.record_kind.findData(p.get("record_kind", ""))))
        self.denominator.setCurrentIndex(max(0, self.denominator.findData(p.get("denominator", "visits"))))

    def set_field(self, code: str) -> None:
        index = self.field.findData(code)
        if index >= 0:
            self.field.setCurrentIndex(index)
        else:
            self.field.setEditText(code)

    def _field_code(self) -> str:
        index = self.field.findText(self.field.currentText())
        if index >= 0 and self.field.itemData(index):
            return str(self.field.itemData(index))
        return self.field.currentText().split(" — ")[0].strip()

    def _show_params(self) -> None:
        kind = self.kind.currentData()
        if self.unit.text().strip() in set(KIND_UNITS.values()) | {""}:  # not a unit the user typed
            self.unit.setText(KIND_UNITS.get(kind, ""))
        shown = KIND_PARAMS.get(kind, ())
        for key, widget in self.rows.items():
            if key != "kind":
                self.params.setRowVisible(widget, key in shown)
        self.timer.start()

    def data(self) -> IndicatorData:
        kind = self.kind.currentData()
        shown = KIND_PARAMS.get(kind, ())
        params: dict = {"source": self.source.currentData() if "source" in shown else "appeal"}
        for key in shown:
            if key == "field":
                params["field"] = self._field_code()
            elif key == "options":
                options = [o.strip() for o in self.options.text().split("|") if o.strip()]
                if options:
                    params["options"] = options
            elif key in ("record_kind", "denominator"):
                params[key] = getattr(self, key).currentData()
            elif key != "source":
                params[key] = getattr(self, key).value()
        if params.get("options"):
            params.pop("low", None)
            params.pop("high", None)
        return IndicatorData(
            code=self.code.text().strip(), name=self.name.text().strip(), group=self.group.currentData(),
            audience=self.audience.currentData(), kind=kind, params=params, unit=self.unit.text().strip(),
            direction=self.direction.currentData(), green=_number(self.green.text()), red=_number(self.red.text()),
            weight=self.weight.value(), additional=self.additional.isChecked(),
            description=self.description.toPlainText().strip(), scale_min=_number(self.scale_min.text()),
            scale_max=_number(self.scale_max.text()))

    def update_preview(self) -> None:
        """The value of the formula as it stands now, for the chosen quarter (the whole database)."""
        period = Period.parse(self.preview_period.currentData())
        try:
            result = kpi_catalogue.preview(self.db, self.data(), period)
        except Exception as exc:  # a preview never blocks the form; the save reports errors properly
            self.preview.setText(str(exc))
            return
        self.preview.setText(result.text)

    def accept(self) -> None:
        try:
            kpi_catalogue.validate(self.data())
        except Exception as exc:
            self.error.show_error(getattr(exc, "message", str(exc)))
            return
        super().accept()
