"""Crash safety of bundle apply: the importing process is killed (SIGKILL) at random moments while it
applies a bundle of a few thousand records. After every kill SQLite's integrity and foreign-key checks
are clean, the receiving database holds none or all of the bundle's records, the exchange journal and
the sender's numbering agree with that, and the interrupted import, repeated, applies the bundle (or
says it was already applied when the kill came after the commit).

Uses the fork/kill harness of ``tests/crash`` (mode ``bundle``). ``CXDESK_CRASH_KILLS`` sets the number
of kills (default 30 here); ``CXDESK_CRASH_SEED`` repeats a run.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from cxdesk.services import exchange
from cxdesk.store.database import Database
from cxdesk.store.location import locate
from cxdesk.store.staff import StaffMember
from cxdesk.store.sync import SyncJournal
from tests.backends import sqlite_only
from tests.crash.test_crash_safety import SEED, Forker, _file_checks, _report
from tests.sync.conftest import ADMIN, _copy

KILLS = int(os.environ.get("CXDESK_CRASH_KILLS", "30"))
RECORDS = 3000

pytestmark = [pytest.mark.skipif(not hasattr(os, "fork"), reason="the harness forks workers (POSIX only)"),
              sqlite_only]


@pytest.fixture(scope="module")
def forker():
    made = Forker()
    yield made
    made.close()


@pytest.fixture(scope="module")
def big_bundle(_pair_template, tmp_path_factory) -> tuple[Path, Path, exchange.ExportResult, set[str]]:
    """The office's bundle of ``RECORDS`` staff records (and the rest of its snapshot), and the УЦЗН's
    untouched database it is addressed to."""
    work = tmp_path_factory.mktemp("bundle-crash")
    office = _copy(_pair_template, work, "tc01.db")
    try:
        with office.uow() as uow:
            for n in range(RECORDS):
                uow.session.add(StaffMember(office_code="TC01", full_name=f"Сотрудникова Анна № {n}",
                                            position="Консультант", unit=f"Отдел {n % 7}"))
            uow.commit()
        with office.uow() as uow:
            ids = set(uow.session.scalars(uow.session.query(StaffMember.id).statement))
        sent = exchange.export_bundle(office, ADMIN, work)
    finally:
        office.close()
    shutil.copyfile(_pair_template / "uc01.db", work / "uc01.db")
    shutil.copyfile(locate(_pair_template / "uc01.db").key_file(), locate(work / "uc01.db").key_file())
    assert len(ids) == RECORDS and sent.records >= RECORDS
    return work / "uc01.db", sent.path, sent, ids


def _fresh(big_bundle, folder: Path) -> Path:
    receiver, bundle, _sent, _ids = big_bundle
    folder.mkdir()
    shutil.copyfile(receiver, folder / "uc01.db")
    shutil.copyfile(locate(receiver).key_file(), locate(folder / "uc01.db").key_file())
    shutil.copyfile(bundle, folder / "bundle.cxb")
    return folder / "uc01.db"


def _state(path: Path, sent: exchange.ExportResult, ids: set[str]) -> bool:
    """Whether the bundle is in the database — all of it, or checked to be none of it."""
    _file_checks(path)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        present = {row[0] for row in conn.execute("SELECT id FROM staff_member WHERE origin = 'TC01'")} & ids
        journal = conn.execute(f"SELECT count(*) FROM {SyncJournal.__tablename__} WHERE direction = 'in' "
                               "AND bundle_id = ?", (sent.bundle_id,)).fetchone()[0]
        in_msg_no = conn.execute("SELECT in_msg_no FROM sync_peer WHERE office_code = 'TC01'").fetchone()[0]
    assert len(present) in (0, RECORDS), f"{len(present)} of {RECORDS} records: a partial apply (seed {SEED})"
    committed = len(present) == RECORDS
    assert journal == int(committed), f"journal ({journal} entries) disagrees with the records (seed {SEED})"
    assert in_msg_no == (sent.msg_no if committed else 0), f"sender numbering {in_msg_no} (seed {SEED})"
    return committed


def _run(forker: Forker, db_path: Path, wait: float) -> int:
    pid = forker.fork("bundle", db_path, db_path.parent / "apply.log", 0)
    time.sleep(wait)
    status = forker.kill(pid)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (
        f"the worker ended by itself (status {status}) instead of being killed: it failed while applying")
    return status


def test_killed_during_bundle_apply(forker, big_bundle, tmp_path):
    _receiver, _bundle, sent, ids = big_bundle
    # one apply left to finish: how long it takes in a worker
    db_path = _fresh(big_bundle, tmp_path / "whole")
    pid = forker.fork("bundle", db_path, db_path.parent / "apply.log", 0)
    started = time.monotonic()
    while not _report(db_path.parent / "apply.log")[0]:
        assert time.monotonic() - started < 60, "the bundle was not applied within a minute"
        time.sleep(0.01)
    duration = time.monotonic() - started
    forker.kill(pid)
    assert _report(db_path.parent / "apply.log")[0] == [[str(db_path.parent / "bundle.cxb"), exchange.APPLIED]]
    assert _state(db_path, sent, ids)

    rng = random.Random(SEED)
    outcomes = {True: 0, False: 0}
    inside = 0  # kills after the worker began the import and before it reported the commit
    for kill in range(KILLS):
        db_path = _fresh(big_bundle, tmp_path / f"kill-{kill}")
        share = rng.uniform(0.0, 1.1) if kill % 2 else rng.uniform(0.5, 1.05)  # half of them late in the apply
        _run(forker, db_path, duration * share)
        done, pending = _report(db_path.parent / "apply.log")
        inside += pending is not None
        committed = _state(db_path, sent, ids)
        assert committed or not done, f"the worker reported a commit that is not in the database (seed {SEED})"
        outcomes[committed] += 1
        db = Database(db_path)
        try:
            report = exchange.import_bundles(db, ADMIN, [db_path.parent / "bundle.cxb"]).bundles[0]
        finally:
            db.close()
        if committed:
            assert report.status == exchange.ALREADY_APPLIED, report.message
        else:
            assert report.status == exchange.APPLIED, report.message
            assert report.totals().created == sent.records, report.message
        assert _state(db_path, sent, ids), "the repeated import applies the whole bundle"
        shutil.rmtree(db_path.parent)
    assert inside >= KILLS // 3, f"too few kills inside an apply ({inside}, {duration:.2f} s, seed {SEED})"
    print(f"bundle apply {duration:.2f} s; {KILLS} kills: {inside} inside the import, {outcomes[False]} with "
          f"nothing committed, {outcomes[True]} after the commit (seed {SEED})")
