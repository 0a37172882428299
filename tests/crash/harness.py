"""The writing side of the crash tests: a pre-loaded process that forks workers on request.

Run as ``python -m tests.crash.harness``. It imports the services once, then reads commands from
stdin: ``fork MODE DB REPORT SEED`` forks a worker that writes until it is killed and prints the
worker's pid; ``reap PID`` collects a killed worker. Forking from a loaded process lets the tests
kill dozens of workers per second instead of paying the interpreter's start-up for each.

A worker opens the database itself (nothing SQLite is open before the fork) and writes forever:

* ``entry`` — register entries of the complaints book through ``feedback.create_record``;
* ``import`` — CSV files of open-source mentions through ``feedback_imports.import_file``;
* ``bundle`` — the exchange bundle ``bundle.cxb`` beside the report file, once, through
  ``exchange.import_bundles`` (then it waits to be killed).

Before each operation it appends ``begin …`` to the report file and after the commit
``done …``, each line flushed and fsynced, so the parent knows what was committed (every
``done``) and what was interrupted (a trailing ``begin``).
"""

from __future__ import annotations

import os
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from cxdesk.services import exchange, feedback, feedback_imports
from cxdesk.services.actor import Actor
from cxdesk.services.roles import Role
from cxdesk.store.database import Database

OPERATOR = Actor("operator.crash", "Крашева Ольга Сергеевна", Role.OPERATOR)
PLATFORMS = ("ВКонтакте", "Telegram", "Одноклассники", "Местные СМИ")
PHRASES = (
    "Полтора часа в очереди, работает одно окно",
    "Спасибо консультанту за помощь с резюме",
    "Не дозвониться в центр занятости, телефон занят",
    "Ярмарка вакансий прошла отлично",
)


def entry_data(marker: str, rng: random.Random) -> dict:
    return {
        "kind": "complaint",
        "author": f"Заявитель {marker}",
        "text": f"{rng.choice(PHRASES)}. Метка {marker}.",
        "received_on": date(2026, 1, 1) + timedelta(days=rng.randrange(300)),
    }


def import_file_text(marker: str, rng: random.Random) -> str:
    lines = ["Дата;Площадка;Автор;Текст;Охват"]
    for n in range(rng.randrange(5, 120)):
        day = date(2026, 1, 1) + timedelta(days=rng.randrange(300))
        lines.append(f"{day:%d.%m.%Y};{rng.choice(PLATFORMS)};Автор {n};{rng.choice(PHRASES)} ({marker}-{n});{n * 7}")
    return "\n".join(lines) + "\n"


def _note(report, line: str) -> None:
    report.write(line + "\n")
    report.flush()
    os.fsync(report.fileno())


def work(mode: str, db_path: Path, report_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    db = Database(db_path)
    with open(report_path, "a", encoding="utf-8") as report:
        if mode == "bundle":
            bundle = report_path.parent / "bundle.cxb"
            _note(report, f"begin {bundle}")
            result = exchange.import_bundles(db, Actor.command_line(), [bundle])
            _note(report, f"done {bundle} {result.bundles[0].status}")
            time.sleep(3600)
        for n in range(10**9):
            marker = f"{seed}-{n}"
            if mode == "entry":
                _note(report, f"begin {marker}")
                made = feedback.create_record(db, OPERATOR, "book", entry_data(marker, rng))
                _note(report, f"done {marker} {made.id}")
            else:
                path = report_path.parent / f"import-{marker}.csv"
                path.write_text(import_file_text(marker, rng), encoding="utf-8")
                _note(report, f"begin {path}")
                result = feedback_imports.import_file(db, OPERATOR, "open", path)
                _note(report, f"done {path} {result.imported}")


def serve() -> None:
    print("ready", flush=True)
    for line in sys.stdin:
        command, *args = line.split()
        if command == "fork":
            pid = os.fork()
            if pid == 0:  # the worker: never returns, ends by SIGKILL (or an error: exit code 3)
                try:
                    work(args[0], Path(args[1]), Path(args[2]), int(args[3]))
                finally:
                    os._exit(3)
            print(pid, flush=True)
        elif command == "reap":
            _pid, status = os.waitpid(int(args[0]), 0)
            print(status, flush=True)
        elif command == "quit":
            return


if __name__ == "__main__":
    serve()
