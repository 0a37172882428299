"""The operation runner: Russian service errors and unexpected errors become message boxes,
successful calls are broadcast on the change bus, long work runs in a worker thread behind a
progress dialog and can be cancelled."""

from __future__ import annotations

import contextlib
import gc
import threading

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QPushButton

from cxdesk.gui.operations import Cancelled, ChangeBus, OperationRunner, Progress
from cxdesk.services import users
from cxdesk.services.errors import ValidationError


@pytest.fixture
def runner():
    return OperationRunner()


def test_service_error_shows_its_russian_message(qtbot, runner, admin_ctx, message_boxes):
    bus_spy = []
    runner.bus.changed.connect(bus_spy.append)
    outcome = runner.run(
        lambda: users.add_user(admin_ctx.db, admin_ctx.actor, "x", "Кто-то", "reader", "Secret-2024"),
        changes={"app_user"},
    )
    assert not outcome.ok
    assert isinstance(outcome.error, ValidationError)
    assert message_boxes.last.kind == "error"
    assert message_boxes.last.title == "Ошибка"
    assert message_boxes.last.text.startswith("Имя пользователя: от 2 до 64 латинских букв")
    assert bus_spy == []  # nothing changed, nothing broadcast


def test_success_is_broadcast_once(qtbot, runner, admin_ctx, message_boxes):
    with qtbot.waitSignal(ChangeBus.instance().changed) as signal:
        outcome = runner.run(
            lambda: users.add_user(
                admin_ctx.db, admin_ctx.actor, "sidorova", "Сидорова Анна Павловна", "operator", "Secret-2024"
            ),
            changes={"app_user"},
        )
    assert outcome.ok and outcome.value.login == "sidorova"
    assert signal.args == [{"app_user"}]
    assert message_boxes.shown == []


def test_unexpected_error_is_generic_with_traceback_in_details(qtbot, runner, message_boxes):
    def broken():
        raise ZeroDivisionError("boom")

    outcome = runner.run(broken)
    assert not outcome.ok
    message = message_boxes.last
    assert message.text.startswith("Операция не выполнена из-за непредвиденной ошибки")
    assert "ZeroDivisionError: boom" in message.details
    assert "Traceback" in message.details


def test_in_place_error_handler_replaces_the_dialog(qtbot, runner, message_boxes):
    seen = []
    runner.run(
        lambda: (_ for _ in ()).throw(ValidationError("Плохо.")),
        on_error=lambda exc: seen.append(exc.message) or True,
    )
    assert seen == ["Плохо."]
    assert message_boxes.shown == []


def test_background_job_runs_off_the_gui_thread_and_broadcasts(qtbot, runner, message_boxes):
    gui_thread = threading.get_ident()
    threads = []
    results = []

    def work():
        threads.append(threading.get_ident())
        return 42

    with qtbot.waitSignal(ChangeBus.instance().changed) as changed:
        job = runner.start(work, label="Работа…", changes={"report"}, on_done=results.append)
    qtbot.waitUntil(lambda: not runner.busy)
    assert threads and threads[0] != gui_thread
    assert results == [42]
    assert job.outcome.ok and job.outcome.value == 42
    assert changed.args == [{"report"}]


def test_background_failure_shows_the_message(qtbot, runner, message_boxes):
    def work():
        raise ValidationError("Файл не распознан. Ничего не импортировано.")

    job = runner.start(work, label="Импорт…")
    assert job.dialog.findChildren(QPushButton) == []  # nothing to cancel: no cancel button
    qtbot.waitUntil(lambda: not runner.busy)
    assert message_boxes.last.text == "Файл не распознан. Ничего не импортировано."


def test_cancel_stops_a_cancellable_job(qtbot, runner, message_boxes):
    started = threading.Event()
    steps = []

    def work(progress: Progress):
        for step in range(1000):
            started.set()
            progress.check()
            progress.report(step, 1000, f"Шаг {step}")
            steps.append(step)
            threading.Event().wait(0.005)
        return "done"

    job = runner.start(work, label="Долгая работа…", cancellable=True, changes={"x"})
    buttons = job.dialog.findChildren(QPushButton)
    assert [b.text() for b in buttons] == ["Отмена"]
    started.wait(2)
    qtbot.waitUntil(job.dialog.isVisible)  # shown once the work takes longer than a moment
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not runner.busy, timeout=3000)
    assert job.outcome.cancelled
    assert len(steps) < 1000
    assert message_boxes.shown == []


def test_cancelled_is_an_exception_the_worker_understands():
    progress = Progress()
    progress.check()
    progress.cancel()
    with pytest.raises(Cancelled):
        progress.check()


def test_a_job_s_signals_are_destroyed_in_the_gui_thread(qtbot, runner, message_boxes):
    """The worker's signals live in the GUI thread. Owned by the worker, they were destroyed now and then
    in a pool thread (where the pool deletes a finished worker), which crashed the program in its event
    loop, and otherwise often not at all. A child object of each job's signals says in which thread they
    went."""
    gui_thread = threading.get_ident()
    where: list[bool] = []
    probes: list[QObject] = []

    class Witness(QObject):
        def note(self) -> None:
            where.append(threading.get_ident() == gui_thread)

    witness = Witness()
    for _ in range(60):
        probe = QObject(runner.start(lambda: 1, label="…")._signals)
        probe.destroyed.connect(witness.note, Qt.ConnectionType.DirectConnection)
        probes.append(probe)
        qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    gc.collect()
    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(lambda: len(where) == 60, timeout=5000)
    assert where == [True] * 60, f"{len(where)} of 60 destroyed, {where.count(False)} off the GUI thread"


_CLOSED_WINDOWS = r"""
import threading, time
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QWidget
from cxdesk.gui.operations import ChangeBus, OperationRunner

app = QApplication([])
announced = []
ChangeBus.instance().changed.connect(announced.append)

def settle(until=lambda: True):
    deadline = time.monotonic() + 10
    while True:
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if until() or time.monotonic() > deadline:
            return
        time.sleep(0.005)

# A dialog's work is done and the dialog closed: the finished job holds the last references to the
# dialog's runner when it is deleted.
runner = OperationRunner()
job = runner.start(lambda: 1, label="…")
settle(lambda: not runner.busy)
del job, runner
settle()

# The window goes while its work still runs: the work ends, its changes are announced, and what it
# would have shown in the window is not shown.
release, shown = threading.Event(), []
window, runner = QWidget(), OperationRunner()
runner.start(release.wait, label="…", parent=window, changes={"feedback_record"}, on_done=shown.append)
window.deleteLater()
del window, runner
settle()
release.set()
settle(lambda: announced)
print("announced", announced, "shown", shown)
"""


def test_closing_a_window_before_or_during_its_work_does_not_crash_the_program(tmp_path):
    """A finished job was the runner's child and held its runner: deleting the job could delete the
    runner, which deleted the job a second time (the program crashed at random after an import)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(Path(__file__).parents[2])}
    run = subprocess.run([sys.executable, "-c", _CLOSED_WINDOWS], env=env, capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip() == "announced [{'feedback_record'}] shown []"


def test_progress_of_work_whose_window_was_closed_is_let_be(qtbot, runner, message_boxes):
    """The window that started the work is closed while the work still reports its progress: the reports
    find no progress dialog to update and the work ends normally (each report raised an error before)."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    gone, reported = threading.Event(), threading.Event()

    def work(progress: Progress) -> int:
        progress.report(1, 3, "шаг 1")
        reported.set()
        gone.wait(5)
        for step in (2, 3):
            progress.report(step, 3, f"шаг {step}")
        return 3

    job = runner.start(work, label="…", parent=window, cancellable=True)
    qtbot.waitUntil(reported.is_set, timeout=5000)
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gone.set()
    with qtbot.waitSignal(job.finished, timeout=5000) as finished:
        pass
    assert finished.args[0].ok and finished.args[0].value == 3
