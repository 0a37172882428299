"""Making a backup copy of the database from the GUI (Файл → Резервная копия… and the
Администрирование page): choose a file, then run ``maintenance.backup`` in the background through
the operation runner and say where the copy was written.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QWidget

from cxdesk.gui import messages
from cxdesk.gui.context import AppContext
from cxdesk.gui.operations import Job
from cxdesk.services import maintenance

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


def suggested_path(ctx: AppContext) -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(
        Path.home()
    )
    stamp = datetime.now().strftime("%Y-%m-%d_%H-%M")
    return Path(folder) / f"cxdesk-{ctx.office.code}-{stamp}.db"


def choose_destination(ctx: AppContext, parent: QWidget | None) -> Path | None:
    return messages.choose_save_path(
        parent,
        translate("Backup", "Backup copy of the database"),
        suggested_path(ctx),
        translate("Backup", "cxdesk database (*.db)"),
    )


def start_backup(
    ctx: AppContext,
    parent: QWidget | None,
    destination: Path,
    on_done: Callable[[Path], None] | None = None,
) -> Job:
    def done(path: Path) -> None:
        messages.info(
            parent,
            translate("Backup", "The backup copy is saved: {path}").format(path=path),
            title=translate("Backup", "Backup copy"),
        )
        if on_done is not None:
            on_done(path)

    return ctx.runner.start(
        lambda: maintenance.backup(ctx.db, ctx.actor, destination),
        label=translate("Backup", "Writing the backup copy of the database…"),
        title=translate("Backup", "Backup copy"),
        changes={"audit_log"},
        parent=parent,
        on_done=done,
    )


def choose_and_back_up(ctx: AppContext, parent: QWidget | None) -> Job | None:
    destination = choose_destination(ctx, parent)
    return start_backup(ctx, parent, destination) if destination else None
