"""Cold start to the main window on the large demo database, against a bare PySide6 window.

Both are measured in the same run as fresh processes (median of several runs): the baseline
starts Python, imports PySide6 and shows an empty QMainWindow; cxdesk starts ``python -m
cxdesk`` on the large demo database, logs in (``CXDESK_AUTOLOGIN``) and exits as soon as the
main window has been shown (``CXDESK_EXIT_WHEN_SHOWN``). Goal: ratio ≤ 4.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

from tests.perf.large_db import large_demo
from tests.perf.measures import Measure, timing
from tests.perf.measures import ratio as measure

RUNS = 7
GOAL = 4.0

BASELINE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1366, 768)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def _time(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def _median(cmd: list[str], env: dict[str, str]) -> float:
    _time(cmd, env)  # warm the OS file cache: "cold" means a new process, not a cold disk
    return statistics.median(_time(cmd, env) for _ in range(RUNS))


def run() -> list[Measure]:
    bench = large_demo()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    app_env = {
        **env,
        "CXDESK_AUTOLOGIN": f"{bench.admin_login}:{bench.admin_password}",
        "CXDESK_EXIT_WHEN_SHOWN": "1",
    }
    baseline = _median([sys.executable, "-c", BASELINE], env)
    app = _median([sys.executable, "-m", "cxdesk", "--db", str(bench.path)], app_env)
    ratio = app / baseline
    password_check = _password_check_seconds(bench.admin_password)
    print(f"bare PySide6 window: {baseline * 1000:.0f} ms (median of {RUNS})")
    print(f"cxdesk main window:  {app * 1000:.0f} ms (median of {RUNS}), of which the argon2id password "
          f"check {password_check * 1000:.0f} ms")
    print(f"ratio: {ratio:.2f}x (goal ≤ {GOAL:.0f}x) {'OK' if ratio <= GOAL else 'OVER GOAL'}; "
          f"without the password check: {(app - password_check) / baseline:.2f}x")
    return [measure("cold start to the main window (1M records)", app, baseline, GOAL, "bare PySide6 window"),
            timing("… of which the argon2id password check", password_check, None, baseline, "bare PySide6 window")]


def _password_check_seconds(password: str) -> float:
    """The deliberate cost of one argon2id verification (the login), measured in this run."""
    from cxdesk.services.passwords import hash_password, verify_password

    stored = hash_password(password)
    timings = []
    for _ in range(RUNS):
        start = time.perf_counter()
        verify_password(stored, password)
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)
