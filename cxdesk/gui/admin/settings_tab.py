"""The «Настройки» tab: settings of this installation kept in the database — for now the idle
auto-lock time — saved through ``settings.set_idle_lock_minutes`` (the open main window applies
the new time at once).
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from cxdesk.gui.context import AppContext
from cxdesk.services import settings


class SettingsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("settingsTab")
        self._saved = settings.DEFAULT_IDLE_LOCK_MINUTES
        intro = QLabel(
            self.tr(
                "The program locks itself when nobody has used the keyboard or the mouse for "
                "this time; the user then enters the password again. The setting applies to "
                "every user of this computer's database."
            )
        )
        intro.setWordWrap(True)
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setObjectName("idleMinutes")
        low, high = settings.IDLE_LOCK_RANGE
        self.minutes_spin.setRange(low, high)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_spin.valueChanged.connect(self._update_button)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveSettings")
        self.save_button.clicked.connect(self.save)
        self.status_label = QLabel()
        self.status_label.setObjectName("settingsStatus")
        row = QHBoxLayout()
        row.addWidget(self.minutes_spin)
        row.addWidget(self.save_button)
        row.addStretch(1)
        form = QFormLayout()
        label = QLabel(self.tr("&Lock after:"))
        label.setBuddy(self.minutes_spin)
        form.addRow(label, row)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        outcome = self.ctx.runner.run(lambda: settings.get_settings(self.ctx.db), parent=self)
        if outcome.ok:
            self._saved = outcome.value.idle_lock_minutes
            self.minutes_spin.setValue(self._saved)
        self._update_button()

    def _update_button(self) -> None:
        self.save_button.setEnabled(self.minutes_spin.value() != self._saved)

    def save(self) -> None:
        minutes = self.minutes_spin.value()
        outcome = self.ctx.runner.run(
            lambda: settings.set_idle_lock_minutes(self.ctx.db, self.ctx.actor, minutes),
            changes={"local_setting"},
            parent=self,
        )
        if outcome.ok:
            self._saved = outcome.value.idle_lock_minutes
            self.status_label.setText(
                self.tr("Saved: the program locks after {minutes} min without use.").format(
                    minutes=self._saved
                )
            )
        self._update_button()
