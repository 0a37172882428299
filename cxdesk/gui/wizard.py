"""The first-run wizard: which office this database belongs to, then its administrator.

Shown when the database is not initialized yet. The first page asks for the office (code, name,
ТЦЗН or УЦЗН, region), the second for the administrator's account (login, full name, password
twice). «Готово» calls ``offices.initialize`` through the operation runner; the service's
validation message appears on the page and nothing is saved until every field is right.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from cxdesk.gui import ui_state
from cxdesk.gui.icons import icon
from cxdesk.gui.operations import OperationRunner
from cxdesk.gui.widgets import ErrorLabel, hint_label, password_edit
from cxdesk.services import offices
from cxdesk.services.errors import ServiceError
from cxdesk.store.database import Database


class OfficePage(QWizardPage):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Employment centre"))
        self.setSubTitle(self.tr("Step 1 of 2. Which employment centre keeps this database."))
        intro = QLabel(
            self.tr(
                "The database is new: {path}. Enter the centre it belongs to; the code identifies "
                "the centre in exchange bundles and cannot be changed later."
            ).format(path=db.display())
        )
        intro.setWordWrap(True)
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("officeCode")
        self.code_edit.setPlaceholderText(self.tr("for example, TC01"))
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("officeName")
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("officeKind")
        self.kind_combo.addItem(self.tr("ТЦЗН — territorial employment centre"), str(offices.OfficeKind.TCZN))
        self.kind_combo.addItem(self.tr("УЦЗН — managing employment centre"), str(offices.OfficeKind.UCZN))
        self.region_edit = QLineEdit()
        self.region_edit.setObjectName("officeRegion")
        form = QFormLayout()
        form.addRow(self.tr("&Code:"), self.code_edit)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Type:"), self.kind_combo)
        form.addRow(self.tr("&Region:"), self.region_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        self.registerField("office_code*", self.code_edit)
        self.registerField("office_name*", self.name_edit)
        self.registerField("office_region", self.region_edit)
        self.setTabOrder(self.code_edit, self.name_edit)
        self.setTabOrder(self.name_edit, self.kind_combo)
        self.setTabOrder(self.kind_combo, self.region_edit)

    def kind(self) -> str:
        return str(self.kind_combo.currentData())


class AdministratorPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Administrator"))
        self.setSubTitle(
            self.tr("Step 2 of 2. The administrator creates the accounts of the other employees.")
        )
        self.login_edit = QLineEdit()
        self.login_edit.setObjectName("adminLogin")
        self.login_edit.setPlaceholderText(self.tr("Latin letters and digits, for example, ivanova"))
        self.full_name_edit = QLineEdit()
        self.full_name_edit.setObjectName("adminFullName")
        self.password_edit = password_edit("adminPassword")
        self.repeat_edit = password_edit("adminPasswordRepeat")
        hint = hint_label(
            self.tr("The password needs at least 8 characters, both letters and digits or other signs.")
        )
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.login_edit)
        form.addRow(self.tr("&Full name:"), self.full_name_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        form.addRow(self.tr("Re&peat password:"), self.repeat_edit)
        self.error_label = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        self.registerField("admin_login*", self.login_edit)
        self.registerField("admin_full_name*", self.full_name_edit)
        self.registerField("admin_password*", self.password_edit)
        self.registerField("admin_password_repeat*", self.repeat_edit)
        self.setTabOrder(self.login_edit, self.full_name_edit)
        self.setTabOrder(self.full_name_edit, self.password_edit)
        self.setTabOrder(self.password_edit, self.repeat_edit)

    def validatePage(self) -> bool:
        if self.password_edit.text() != self.repeat_edit.text():
            self.error_label.show_error(self.tr("The passwords do not match. Enter the same password twice."))
            self.repeat_edit.clear()
            self.repeat_edit.setFocus()
            return False
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        return wizard.create_office(self.error_label)


class FirstRunWizard(QWizard):
    """Emits ``initialized(OfficeInfo)`` after the office and administrator are saved."""

    initialized = Signal(object)

    def __init__(self, db: Database, runner: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.runner = runner
        self.office = None
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(self.tr("cxdesk — first set-up"))
        self.setWindowIcon(icon("app"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.office_page = OfficePage(db)
        self.admin_page = AdministratorPage()
        self.addPage(self.office_page)
        self.addPage(self.admin_page)
        self.setMinimumSize(620, 460)

    def create_office(self, error_label: ErrorLabel) -> bool:
        office_page, admin_page = self.office_page, self.admin_page

        def initialize():
            return offices.initialize(
                self.db,
                office_code=office_page.code_edit.text(),
                office_name=office_page.name_edit.text(),
                kind=office_page.kind(),
                region=office_page.region_edit.text(),
                admin_login=admin_page.login_edit.text(),
                admin_full_name=admin_page.full_name_edit.text(),
                admin_password=admin_page.password_edit.text(),
            )

        def show_in_place(exc: BaseException) -> bool:
            if isinstance(exc, ServiceError):
                error_label.show_error(exc.message)
                return True
            return False

        outcome = self.runner.run(
            initialize, changes={"office", "app_user"}, parent=self, on_error=show_in_place
        )
        if not outcome.ok:
            return False
        error_label.show_error("")
        self.office = outcome.value
        ui_state.remember_login(admin_page.login_edit.text().strip())
        self.initialized.emit(self.office)
        return True
