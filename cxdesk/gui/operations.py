"""The one write path of the GUI: the operation runner and the application-wide change bus.

Every write (and any other service call whose errors a user must see) goes through
:class:`OperationRunner`. :meth:`OperationRunner.run` calls a quick service function
synchronously; :meth:`OperationRunner.start` runs long work in a ``QThreadPool`` worker behind a
``QProgressDialog`` (with a cancel button when the callable accepts a :class:`Progress` object
and checks it). Either way a :class:`~cxdesk.services.errors.ServiceError` becomes a Russian
error dialog (technical details under «Подробнее»), an unexpected exception becomes a generic
message with the traceback in the details, and on success the names of the changed entities are
broadcast through :class:`ChangeBus` (``changed(set[str])``) so open pages refresh themselves.
Dialogs are shown through :mod:`cxdesk.gui.messages`, which tests replace.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from cxdesk.gui import messages

ErrorHandler = Callable[[BaseException], bool]


class ChangeBus(QObject):
    """Says which entities (table names such as ``"app_user"``) a finished operation changed."""

    changed = Signal(object)  # set[str]
    _instance: ClassVar[ChangeBus | None] = None

    @classmethod
    def instance(cls) -> ChangeBus:
        """The application-wide bus (created on first use, owned by the QApplication)."""
        if cls._instance is None or not shiboken6.isValid(cls._instance):
            cls._instance = ChangeBus(QCoreApplication.instance())
        return cls._instance

    def announce(self, names: Iterable[str]) -> None:
        names = set(names)
        if names:
            self.changed.emit(names)


class Cancelled(Exception):  # noqa: N818 - reads as "the operation was cancelled"
    """Raised by :meth:`Progress.check` inside a long operation the user cancelled."""


class Progress:
    """Handed to a cancellable long operation: report progress, ask whether to stop (thread-safe)."""

    def __init__(self) -> None:
        self._cancelled = threading.Event()
        self._signals: _WorkerSignals | None = None

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if the user pressed «Отмена»."""
        if self.cancelled:
            raise Cancelled()

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        if self._signals is not None:
            _emit(self._signals.progressed, done, total, text)


@dataclass
class Outcome:
    """How an operation ended: ``ok`` with ``value``, or ``error``, or ``cancelled``."""

    ok: bool
    value: Any = None
    error: BaseException | None = None
    cancelled: bool = False


def _emit(signal, *args) -> None:
    # RuntimeError: the job was torn down (the application is closing) and nobody listens.
    with contextlib.suppress(RuntimeError):
        signal.emit(*args)


class _WorkerSignals(QObject):
    done = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    progressed = Signal(int, int, str)


class _Worker(QRunnable):
    """Runs the call in a pool thread. The pool deletes a finished worker there, so everything the worker
    refers to is also held by its :class:`Job` in the GUI thread: no object is ever let go of last, and so
    destroyed, in the pool thread."""

    def __init__(self, call: Callable[..., Any], progress: Progress | None, signals: _WorkerSignals) -> None:
        super().__init__()
        self._call = call
        self._progress = progress
        self._signals = signals

    def run(self) -> None:
        call, progress, signals = self._call, self._progress, self._signals
        self._call = self._progress = None
        try:
            value = call(progress) if progress is not None else call()
        except Cancelled:
            outcome: tuple = (signals.cancelled,)
        except Exception as exc:  # everything must reach the user, not die with the thread
            outcome = (signals.failed, exc)
        else:
            outcome = (signals.done, value)
        del call, progress  # before the job can finish (and go) on the signal below
        _emit(*outcome)


class Job(QObject):
    """One long operation in flight: owns its progress dialog; emits ``finished(Outcome)``.

    A job belongs to the application, not to its runner, and refers to nothing of the runner but its list
    of jobs: a finished job is deleted later in the GUI thread and what it lets go of then (the callbacks,
    and through them a closed dialog, its context and runner) may be the last references — had the runner
    been the job's parent, deleting the runner there would have deleted the job a second time."""

    finished = Signal(object)

    def __init__(
        self,
        runner: OperationRunner,
        call: Callable[..., Any],
        *,
        label: str,
        title: str,
        changes: Iterable[str],
        parent_widget: QWidget | None,
        cancellable: bool,
        on_done: Callable[[Any], None] | None,
        on_error: ErrorHandler | None,
    ) -> None:
        super().__init__(QCoreApplication.instance())
        self._jobs, self._bus, self._pool = runner._jobs, runner.bus, runner.pool
        self._call = call  # the worker's too (see _Worker)
        self._changes = set(changes)
        self._parent_widget = parent_widget
        self._on_done = on_done
        self._on_error = on_error
        self.outcome: Outcome | None = None
        self.progress = Progress() if cancellable else None
        self._signals = _WorkerSignals(self)  # a child: destroyed with the job, in the GUI thread
        if self.progress is not None:
            self.progress._signals = self._signals
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)
        self._signals.cancelled.connect(self._cancelled)
        self._signals.progressed.connect(self._progressed)

        cancel_text = QCoreApplication.translate("OperationRunner", "Cancel") if cancellable else None
        self.dialog = QProgressDialog(label, cancel_text, 0, 0, parent_widget)
        self.dialog.setWindowTitle(title or QCoreApplication.translate("OperationRunner", "Please wait"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(runner.progress_delay_ms)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if self.progress is not None:
            self.dialog.canceled.connect(self.progress.cancel)
        self._worker = _Worker(call, self.progress, self._signals)

    def start(self) -> None:
        self._pool.start(self._worker)

    @property
    def running(self) -> bool:
        return self.outcome is None

    @Slot(int, int, str)
    def _progressed(self, done: int, total: int, text: str) -> None:
        if not shiboken6.isValid(self.dialog):  # its window was closed while the work ran
            return
        if total:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))
        if text:
            self.dialog.setLabelText(text)

    @Slot(object)
    def _done(self, value: Any) -> None:
        self._close_dialog()
        self._bus.announce(self._changes)
        self._finish(Outcome(True, value))
        if self._on_done is not None and not self._asker_gone():
            self._on_done(value)

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self._close_dialog()
        self._finish(Outcome(False, error=exc))
        if self._asker_gone():  # the error still reaches the user, in a box of its own
            report_error(None, exc, None)
        else:
            report_error(self._parent_widget, exc, self._on_error)

    @Slot()
    def _cancelled(self) -> None:
        self._close_dialog()
        self._finish(Outcome(False, cancelled=True))

    def _asker_gone(self) -> bool:
        """The widget that started the work was closed and deleted while it ran."""
        return self._parent_widget is not None and not shiboken6.isValid(self._parent_widget)

    def _close_dialog(self) -> None:
        if not shiboken6.isValid(self.dialog):  # its window was closed while the work ran
            return
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()

    def _finish(self, outcome: Outcome) -> None:
        self.outcome = outcome
        self._jobs.discard(self)
        self.finished.emit(outcome)
        self.deleteLater()


class OperationRunner(QObject):
    """Runs service calls for the GUI; one instance per main window (or dialog flow)."""

    progress_delay_ms = 400  # quick "long" work finishes before any progress dialog flashes

    def __init__(self, bus: ChangeBus | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bus = bus or ChangeBus.instance()
        self.pool = QThreadPool.globalInstance()
        self._jobs: set[Job] = set()

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def run(
        self,
        call: Callable[[], Any],
        *,
        changes: Iterable[str] = (),
        parent: QWidget | None = None,
        on_error: ErrorHandler | None = None,
    ) -> Outcome:
        """Call a quick service function now; show its error or broadcast ``changes``."""
        try:
            value = call()
        except Exception as exc:  # shown to the user, never swallowed silently
            report_error(parent, exc, on_error)
            return Outcome(False, error=exc)
        self.bus.announce(changes)
        return Outcome(True, value)

    def start(
        self,
        call: Callable[..., Any],
        *,
        label: str,
        title: str = "",
        changes: Iterable[str] = (),
        parent: QWidget | None = None,
        cancellable: bool = False,
        on_done: Callable[[Any], None] | None = None,
        on_error: ErrorHandler | None = None,
    ) -> Job:
        """Run long work in a worker thread behind a progress dialog.

        With ``cancellable=True`` the callable is called with a :class:`Progress` and should call
        ``progress.check()`` now and then; otherwise it is called without arguments and the
        dialog has no cancel button. ``on_done(value)`` runs in the GUI thread after success.
        """
        job = Job(
            self,
            call,
            label=label,
            title=title,
            changes=changes,
            parent_widget=parent,
            cancellable=cancellable,
            on_done=on_done,
            on_error=on_error,
        )
        self._jobs.add(job)
        job.start()
        return job


def report_error(parent: QWidget | None, exc: BaseException, on_error: ErrorHandler | None) -> None:
    """Let ``on_error`` show the error in place (returning True), else show a message box."""
    if on_error is not None and on_error(exc):
        return
    messages.report_exception(parent, exc)
