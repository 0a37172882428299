"""Backup copies from the GUI: a copy by hand (Файл → Резервная копия… and the
Администрирование page) through the operation runner; automatic copies every few hours of
changed data (:class:`IntervalBackups`, a timer of the main window) and when the program closes
(:func:`start_closing_backup`, called by the start-up sequence); and restoring, including the
offer of the newest good copy when the check at start finds the database damaged.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QStandardPaths, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QWidget

from cxdesk.gui import messages
from cxdesk.gui.context import AppContext
from cxdesk.gui.operations import Job
from cxdesk.services import backup_schedule, maintenance
from cxdesk.services.actor import Actor
from cxdesk.services.errors import ServiceError
from cxdesk.services.roles import Role
from cxdesk.store import backup as store_backup

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


# --- automatic copies --------------------------------------------------------------------------


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Quiet(QRunnable):
    """A background call without a progress dialog: automatic copies must not interrupt work. Its
    ``signals`` belong to the GUI thread's owner (the pool deletes the finished runnable in its thread)."""

    def __init__(self, call: Callable[[], object], signals: _Signals) -> None:
        super().__init__()
        self.call = call
        self.signals = signals

    def run(self) -> None:
        try:
            value = self.call()
        except Exception as exc:  # reported through the window's status bar
            outcome, args = self.signals.failed, exc
        else:
            outcome, args = self.signals.done, value
        with contextlib.suppress(RuntimeError):  # the session's window was closed while the copy was made
            outcome.emit(args)


class IntervalBackups(QObject):
    """Every few minutes asks whether an automatic copy is due (the schedule's interval has passed
    and the data changed) and makes it in the background; says so in the status bar."""

    CHECK_MS = 10 * 60_000
    message = Signal(str)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.running: _Quiet | None = None
        self.signals = _Signals(self)
        self.signals.done.connect(self._done)
        self.signals.failed.connect(self._failed)
        self.timer = QTimer(self)
        self.timer.setInterval(self.CHECK_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> None:
        if self.running is not None:
            return
        ctx = self.ctx
        self.running = _Quiet(lambda: backup_schedule.run_automatic(ctx.db, ctx.actor, "interval"), self.signals)
        QThreadPool.globalInstance().start(self.running)

    def _done(self, made: backup_schedule.AutoBackup | None) -> None:
        self.running = None
        if made is not None:
            self.message.emit(translate("Backup", "Automatic backup copy saved and checked: {name}").format(
                name=made.path.name))

    def _failed(self, exc: BaseException) -> None:
        self.running = None
        text = exc.message if isinstance(exc, ServiceError) else str(exc)
        self.message.emit(translate("Backup", "Automatic backup copy failed: {reason}").format(reason=text))


def start_closing_backup(ctx: AppContext) -> Job:
    """The copy made when the program closes (the service skips it when nothing changed)."""
    return ctx.runner.start(
        lambda: backup_schedule.run_automatic(ctx.db, ctx.actor, "close"),
        label=translate("Backup", "Saving a backup copy of the database before closing…"),
        title=translate("Backup", "Backup copy"),
    )


# --- restoring -----------------------------------------------------------------------------------

START_CHECK_ACTOR = Actor(login="start-check", full_name="Проверка при запуске", role=Role.ADMIN)


def offer_newest_copy(parent: QWidget | None, db_path: Path, problems: list[str]) -> bool:
    """The database failed the check at start: say so in plain words and offer the newest good
    copy. True when it was restored (the caller must have closed its connections first)."""
    folder = store_backup.backups_dir(db_path)
    problem = problems[0] if problems else ""
    newest = backup_schedule.newest_good_copy(db_path)
    title = translate("Backup", "cxdesk — the database is damaged")
    if newest is None:
        messages.error(
            parent,
            translate(
                "Backup",
                "The check at start found that the database {path} is damaged ({problem}). There is no good "
                "backup copy in {folder}. The file has not been changed. Ask the administrator to restore "
                "it from a copy kept elsewhere (Администрирование → Резервная копия, or «cxdesk restore --latest»).",
            ).format(path=db_path, problem=problem, folder=folder),
            details="\n".join(problems),
            title=title,
        )
        return False
    question = translate(
        "Backup",
        "The check at start found that the database {path} is damaged ({problem}).\n\nThe newest good "
        "backup copy was made on {when}: {name}. Restore the database from it? The damaged file will be "
        "kept in {folder}; what was entered after that copy will have to be entered again.",
    ).format(path=db_path, problem=problem, when=local_text(newest.taken_at), name=newest.path.name, folder=folder)
    if not messages.confirm(parent, question, translate("Backup", "Restore the copy"), title):
        return False
    return restore_copy(parent, db_path, newest.path, START_CHECK_ACTOR)


def restore_copy(parent: QWidget | None, db_path: Path, source: Path, actor: Actor) -> bool:
    """Restore synchronously (every connection to ``db_path`` must be closed); report the result."""
    try:
        aside = maintenance.restore(db_path, source, actor)
    except Exception as exc:  # the service's Russian message, or a generic one with details
        messages.report_exception(parent, exc)
        return False
    messages.info(
        parent,
        translate("Backup", "The database is restored from {source}. The replaced database is kept: {aside}.").format(
            source=source.name, aside=aside or "—"),
        title=translate("Backup", "Restore"),
    )
    return True


def local_text(at) -> str:
    return at.astimezone().strftime("%d.%m.%Y %H:%M")
