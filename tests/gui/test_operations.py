"""The operation runner: Russian service errors and unexpected errors become message boxes,
successful calls are broadcast on the change bus, long work runs in a worker thread behind a
progress dialog and can be cancelled."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
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
