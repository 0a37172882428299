"""The production-calendar tab of «Справочники»: for each year the non-working holidays and the transferred
working days, and the fixed holidays used for years the calendar does not list yet (a mixin of the dialog,
which keeps the documents in ``self.docs``)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


def words(text: str) -> list[str]:
    return [w.strip() for w in text.replace(";", ",").split(",") if w.strip()]


def _dates(text: str) -> list[str]:
    """«01.05.2026» lines (or ISO dates) → ISO strings; raises ValueError naming the bad line."""
    result = []
    for line in text.replace(",", "\n").splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            if "." in line:
                day, month, year = (int(p) for p in line.split("."))
                result.append(date(year, month, day).isoformat())
            else:
                result.append(date.fromisoformat(line).isoformat())
        except ValueError:
            raise ValueError(line) from None
    return sorted(set(result))


class CalendarTab:
    def _calendar_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        top = QFormLayout()
        self.year = QSpinBox()
        self.year.setObjectName("calendarYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.fixed = QLineEdit(
            ", ".join(f"{d[3:5]}.{d[0:2]}" for d in self.docs["calendar"].get("fixed_holidays", []))
        )
        self.fixed.setObjectName("calendarFixed")
        top.addRow(translate("DictionariesDialog", "Year"), self.year)
        top.addRow(translate("DictionariesDialog", "Holidays of years not listed (DD.MM)"), self.fixed)
        layout.addLayout(top)
        lists = QHBoxLayout()
        self.holidays = QPlainTextEdit()
        self.holidays.setObjectName("calendarHolidays")
        self.workdays = QPlainTextEdit()
        self.workdays.setObjectName("calendarWorkdays")
        for caption, edit in (
            (
                translate(
                    "DictionariesDialog",
                    "Non-working holidays and days off of the year (DD.MM.YYYY, one a line)",
                ),
                self.holidays,
            ),
            (
                translate(
                    "DictionariesDialog", "Transferred working days (a Saturday or Sunday that is worked)"
                ),
                self.workdays,
            ),
        ):
            column = QVBoxLayout()
            label = QLabel(caption)
            label.setWordWrap(True)
            label.setBuddy(edit)
            column.addWidget(label)
            column.addWidget(edit, 1)
            lists.addLayout(column)
        layout.addLayout(lists, 1)
        self.year_note = QLabel()
        self.year_note.setWordWrap(True)
        layout.addWidget(self.year_note)
        self._shown_year = self.year.value()
        self._show_year()
        self.year.valueChanged.connect(self._year_changed)
        return page

    def _show_year(self) -> None:
        entry = self.docs["calendar"].get("years", {}).get(str(self._shown_year))
        self.holidays.setPlainText(
            "\n".join(f"{date.fromisoformat(d):%d.%m.%Y}" for d in (entry or {}).get("holidays", []))
        )
        self.workdays.setPlainText(
            "\n".join(f"{date.fromisoformat(d):%d.%m.%Y}" for d in (entry or {}).get("workdays", []))
        )
        self.year_note.setText(
            ""
            if entry
            else translate(
                "DictionariesDialog",
                "The calendar has no {year} yet: Saturdays, Sundays and the holidays above are days off. "
                "Enter the days of the Government's decree to add the year.",
            ).format(year=self._shown_year)
        )

    def _keep_year(self) -> None:
        """The two lists of the year on screen, back into the document (a year with both empty is dropped)."""
        holidays, workdays = _dates(self.holidays.toPlainText()), _dates(self.workdays.toPlainText())
        for day in holidays + workdays:
            if not day.startswith(str(self._shown_year)):
                raise ValueError(day)
        years = self.docs["calendar"].setdefault("years", {})
        if holidays or workdays:
            years[str(self._shown_year)] = {
                **years.get(str(self._shown_year), {}),
                "holidays": holidays,
                "workdays": workdays,
            }
        else:
            years.pop(str(self._shown_year), None)

    def _year_changed(self, year: int) -> None:
        try:
            self._keep_year()
        except ValueError as exc:
            self.year.blockSignals(True)
            self.year.setValue(self._shown_year)
            self.year.blockSignals(False)
            self.error.show_error(self._date_problem(exc))
            return
        self.error.setVisible(False)
        self._shown_year = year
        self._show_year()

    def _date_problem(self, exc: ValueError) -> str:
        return translate(
            "DictionariesDialog", "«{value}» is not a date of {year}: write dates as DD.MM.YYYY, one a line."
        ).format(value=exc, year=self._shown_year)

    def calendar_document(self) -> dict:
        self._keep_year()
        fixed = []
        for item in words(self.fixed.text()):
            try:
                day, month = (int(p) for p in item.split("."))
                date(2024, month, day)
            except ValueError:
                raise ValueError(
                    translate("DictionariesDialog", "«{v}» is not a day of the year: write DD.MM.").format(
                        v=item
                    )
                ) from None
            fixed.append(f"{month:02d}-{day:02d}")
        return {**self.docs["calendar"], "fixed_holidays": fixed}
