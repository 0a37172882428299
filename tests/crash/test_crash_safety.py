"""Crash safety: the writing process is killed (SIGKILL) at random moments during record entry and
file import; after every kill no committed record is lost, SQLite's integrity and foreign-key
checks, the full-text index and the audit chain are sound, and the interrupted operation simply
succeeds when repeated.

``CXDESK_CRASH_KILLS`` sets the number of kills per kind of work (default 25, i.e. 50 in all;
e.g. ``CXDESK_CRASH_KILLS=500`` for a long run). ``CXDESK_CRASH_SEED`` repeats a run.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cxdesk.services import audit, feedback, feedback_imports
from cxdesk.services.actor import Actor
from cxdesk.store.database import Database
from tests.conftest import ADMIN_LOGIN
from tests.crash.harness import OPERATOR, entry_data

KILLS = int(os.environ.get("CXDESK_CRASH_KILLS", "25"))
SEED = int(os.environ.get("CXDESK_CRASH_SEED", str(random.randrange(10**6))))
REPO = Path(__file__).resolve().parents[2]
ADMIN = Actor(ADMIN_LOGIN, "", "admin", 1)

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the harness forks workers (POSIX only)")


class Forker:
    """The pre-loaded harness process (tests/crash/harness.py) and the workers it forks."""

    def __init__(self) -> None:
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.crash.harness"], cwd=REPO, env=env, text=True,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        )
        assert self._read() == "ready"

    def _read(self) -> str:
        return self.proc.stdout.readline().strip()

    def fork(self, mode: str, db: Path, report: Path, seed: int) -> int:
        self.proc.stdin.write(f"fork {mode} {db} {report} {seed}\n")
        self.proc.stdin.flush()
        return int(self._read())

    def kill(self, pid: int) -> int:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        self.proc.stdin.write(f"reap {pid}\n")
        self.proc.stdin.flush()
        return int(self._read())

    def close(self) -> None:
        with contextlib.suppress(BrokenPipeError):
            self.proc.stdin.write("quit\n")
            self.proc.stdin.flush()
        self.proc.wait(timeout=10)


@pytest.fixture(scope="module")
def forker():
    made = Forker()
    yield made
    made.close()


def _report(path: Path) -> tuple[list[list[str]], list[str] | None]:
    """Committed operations (``done`` lines) and the interrupted one (a trailing ``begin``), if any."""
    lines = [line.split(" ") for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []
    done = [line[1:] for line in lines if line[0] == "done"]
    pending = lines[-1][1:] if lines and lines[-1][0] == "begin" else None
    return done, pending


def _file_checks(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as conn:  # opening replays the WAL, as the program would
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.execute("INSERT INTO feedback_fts(feedback_fts) VALUES ('integrity-check')")
        keys = conn.execute("SELECT count(*) FROM feedback_search_key").fetchone()[0]
        indexed = conn.execute("SELECT count(*) FROM feedback_fts").fetchone()[0]
        assert keys == indexed, "every indexed record has its key and no key lost its index entry"


def _kill_at_random(forker: Forker, mode: str, db_path: Path, report: Path, rng: random.Random) -> None:
    pid = forker.fork(mode, db_path, report, rng.randrange(10**9))
    time.sleep(rng.uniform(0.03, 0.45))
    status = forker.kill(pid)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (
        f"the worker ended by itself (status {status}) instead of being killed: it failed while writing"
    )


@pytest.fixture
def crash_db(initialized_template, tmp_path) -> Path:
    path = tmp_path / "crash.db"
    shutil.copyfile(initialized_template.path, path)
    return path


def test_killed_during_record_entry(forker, crash_db, tmp_path):
    rng = random.Random(SEED)
    committed: set[str] = set()
    interrupted = 0
    for kill in range(KILLS):
        report = tmp_path / f"entry-{kill}.log"
        _kill_at_random(forker, "entry", crash_db, report, rng)
        _file_checks(crash_db)
        done, pending = _report(report)
        committed.update(record_id for _marker, record_id in done)
        db = Database(crash_db)
        try:
            for record_id in committed:  # get_record raises NotFoundError for a lost record
                assert feedback.get_record(db, OPERATOR, record_id).id == record_id
            if pending is not None:  # the interrupted entry, typed again, is registered
                interrupted += 1
                again = feedback.create_record(db, OPERATOR, "book", entry_data(pending[0], random.Random(kill)))
                committed.add(again.id)
            assert audit.verify(db, ADMIN).ok
        finally:
            db.close()
    assert len(committed) >= KILLS // 2, f"too few entries were committed (seed {SEED})"
    assert interrupted >= KILLS // 2, f"most kills should land inside an entry (seed {SEED})"


def test_killed_during_file_import(forker, crash_db, tmp_path):
    rng = random.Random(SEED + 1)
    files: dict[str, int] = {}  # committed file → its rows
    interrupted = 0
    for kill in range(KILLS):
        report = tmp_path / f"import-{kill}.log"
        _kill_at_random(forker, "import", crash_db, report, rng)
        _file_checks(crash_db)
        done, pending = _report(report)
        files.update({path: int(rows) for path, rows in done})
        db = Database(crash_db)
        try:
            if pending is not None:  # the interrupted import, repeated, imports the file (or finds it all there)
                interrupted += 1
                path = Path(pending[0])
                result = feedback_imports.import_file(db, OPERATOR, "open", path)
                assert not result.errors and result.imported + result.duplicates == result.rows_total
                files[str(path)] = result.rows_total
            for path, rows in files.items():  # every committed row is there, exactly once
                preview = feedback_imports.preview_import(db, OPERATOR, "open", Path(path))
                assert (preview.duplicates, preview.rows_valid) == (rows, 0), f"{path} (seed {SEED})"
            assert audit.verify(db, ADMIN).ok
        finally:
            db.close()
        with contextlib.closing(sqlite3.connect(crash_db)) as conn:
            imported = conn.execute("SELECT coalesce(sum(rows_imported), 0) FROM feedback_import").fetchone()[0]
            records = conn.execute("SELECT count(*) FROM feedback_record WHERE source = 'open'").fetchone()[0]
        assert imported == records, "an import is written whole or not at all"
    assert len(files) >= KILLS // 2, f"too few imports were committed (seed {SEED})"
    assert interrupted >= KILLS // 2, f"most kills should land inside an import (seed {SEED})"
