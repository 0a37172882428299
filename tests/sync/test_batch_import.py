"""A batch of bundles (the managing centre's 30–60 files): a helper process checks the members of the next
bundles while one is written, and on a SQLite file the bundles of a few seconds share one commit, each in
its own savepoint. The outcome must be exactly that of importing the files one by one."""

from __future__ import annotations

import sqlite3
from concurrent.futures import Future
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from cxdesk.services import exchange
from cxdesk.services import feedback as fb
from cxdesk.services import feedback_register as reg
from cxdesk.services.actor import Actor
from cxdesk.services.roles import Role
from cxdesk.store import bulk
from cxdesk.store.database import Database, UnitOfWork
from cxdesk.sync import apply, prefetch
from tests import backends
from tests.sync.conftest import ADMIN, dump
from tests.sync.helpers import synced_state

CX = Actor("cx.petrova", "Петрова Ольга Ивановна", Role.CX_SPECIALIST)
WORDS = ("пандус", "гардероб", "кулер")


def _bundles(pair) -> list[Path]:
    """Three delta bundles of the office, each with a complaint naming its own word."""
    files = []
    for n, word in enumerate(WORDS):
        fb.create_record(pair.office, CX, "book", {"kind": "complaint", "text": f"Нет {word}а в зале, запись {n}",
                                                   "received_on": date(2026, 3, 2 + n)})
        files.append(pair.send(pair.office).path)
    return files


def _copy(db: Database, folder: Path) -> Database:
    folder.mkdir()
    db.engine.dispose()
    return Database(backends.copy(db.location, folder, "uc01.db"))


def _stored(db: Database) -> list[tuple]:
    with db.engine.connect() as conn:
        return [tuple(row) for row in conn.exec_driver_sql("SELECT * FROM feedback_record ORDER BY id")]


@pytest.fixture
def fills(monkeypatch) -> list[bool]:
    """Whether each bundle handed to the helper was taken from it (True) or checked by the importer."""
    seen: list[bool] = []
    real = prefetch.Ahead.fill

    def spy(self, checked, raw):
        try:
            used = real(self, checked, raw)
        except Exception:
            seen.append(True)
            raise
        seen.append(used)
        return used

    monkeypatch.setattr(prefetch.Ahead, "fill", spy)
    return seen


def test_the_helper_checks_the_next_bundles_and_the_outcome_is_that_of_one_by_one(pair, tmp_path, fills):
    files = _bundles(pair)
    alone = _copy(pair.region, tmp_path / "alone")
    try:
        singles = [pair.receive(alone, f).bundles[0] for f in files]
        steps = []
        batch = exchange.import_bundles(pair.region, ADMIN, files, progress=lambda n, total, name: steps.append(n))
        assert fills == [True, True]  # the first bundle is the importer's own, the next two came from the helper
        assert batch.checked_ahead == 2
        assert [(b.status, b.message) for b in batch.bundles] == [(b.status, b.message) for b in singles]
        assert steps == [0, 1, 2, 3]
        assert synced_state(pair.region) == synced_state(alone)
        assert _stored(pair.region) == _stored(alone)  # the very values stored (dates as text in SQLite)
        for word in WORDS:  # search bodies made by the helper: each record is found by its word in any form
            found = reg.register_ids(pair.region, CX, reg.RegisterFilter(search=f"{word}ы"))
            assert found == reg.register_ids(alone, CX, reg.RegisterFilter(search=f"{word}ы")) and len(found) == 1
    finally:
        alone.close()
        backends.drop(alone.location)


def test_a_refusal_met_by_the_helper_reads_as_the_importers_own(pair, tmp_path, fills):
    files = _bundles(pair)
    data = bytearray(files[1].read_bytes())
    data[len(data) // 3] ^= 0x01  # inside the encrypted records of the second bundle
    files[1].write_bytes(bytes(data))
    alone = _copy(pair.region, tmp_path / "alone")
    try:
        own = pair.receive(alone, files[1]).bundles[0]
        batch = exchange.import_bundles(pair.region, ADMIN, files[:2])
        assert fills == [True]
        assert batch.bundles[1].status == exchange.REFUSED and batch.bundles[1].message == own.message
        assert batch.bundles[0].status == exchange.APPLIED
    finally:
        alone.close()
        backends.drop(alone.location)


def test_a_batch_lets_go_of_each_bundles_records_once_it_is_done(pair, monkeypatch):
    taken: list[prefetch.Ahead] = []
    real = prefetch.Prefetcher.take

    def spy(self, path):
        ahead = real(self, path)
        assert all(done.future is None for done in taken), "a finished bundle's records are still held"
        if ahead is not None:
            taken.append(ahead)
        return ahead

    monkeypatch.setattr(prefetch.Prefetcher, "take", spy)
    assert exchange.import_bundles(pair.region, ADMIN, _bundles(pair)).ok
    assert len(taken) == 2 and all(done.future is None for done in taken)


class _BrokenPool:
    """A helper that never delivers (as when the process cannot start or dies)."""

    def __init__(self, *args, **kwargs) -> None:
        pass

    def submit(self, *args, **kwargs) -> Future:
        future: Future = Future()
        future.set_exception(RuntimeError("процесс-помощник завершился"))
        return future

    def shutdown(self, **kwargs) -> None:
        pass


def test_without_the_helper_the_importer_checks_everything_itself(pair, monkeypatch, fills):
    monkeypatch.setattr(prefetch, "ProcessPoolExecutor", _BrokenPool)
    files = _bundles(pair)
    batch = exchange.import_bundles(pair.region, ADMIN, files)
    assert fills == [False, False] and batch.checked_ahead == 0
    assert [b.status for b in batch.bundles] == [exchange.APPLIED] * 3
    assert len(synced_state(pair.region)["feedback_record"]) == 3


def test_a_bundle_failing_in_its_savepoint_is_rolled_back_alone(pair, tmp_path, monkeypatch):
    monkeypatch.setattr(apply, "GROUP_SECONDS", 600.0)  # all three in one transaction
    files = _bundles(pair)
    expected = _copy(pair.region, tmp_path / "expected")
    try:
        assert pair.receive(expected, files[0], files[2]).ok
        real, calls = apply.indexes.refresh, []

        def second_fails(*args):
            calls.append(1)
            if len(calls) == 2:  # the records of the second bundle are written by now
                raise RuntimeError("диск отключён")
            real(*args)

        monkeypatch.setattr(apply.indexes, "refresh", second_fails)
        batch = exchange.import_bundles(pair.region, ADMIN, files)
        assert [b.status for b in batch.bundles] == [exchange.APPLIED, exchange.REFUSED, exchange.APPLIED]
        assert "Ничего не изменено" in batch.bundles[1].message
        assert synced_state(pair.region) == synced_state(expected)
        journal = exchange.journal(pair.region, ADMIN, direction="in")
        assert sorted(e.file_name for e in journal) == sorted([files[0].name, files[2].name])
    finally:
        expected.close()
        backends.drop(expected.location)


def test_a_group_whose_commit_fails_keeps_nothing_and_says_so(pair, monkeypatch):
    monkeypatch.setattr(apply, "GROUP_SECONDS", 600.0)
    files = _bundles(pair)
    before = dump(pair.region)

    def full_disk(self):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(UnitOfWork, "commit", full_disk)
    batch = exchange.import_bundles(pair.region, ADMIN, files)
    monkeypatch.undo()
    assert [b.status for b in batch.bundles] == [exchange.REFUSED] * 3 and batch.refused == 3
    assert all("база данных не приняла запись" in b.message and "disk is full" in b.message for b in batch.bundles)
    assert all(b.entities == () for b in batch.bundles)
    assert dump(pair.region) == before
    assert exchange.import_bundles(pair.region, ADMIN, files).ok  # and the same files then import


class _Cancelled(Exception):
    pass


def test_cancel_between_bundles_keeps_the_finished_ones(pair, monkeypatch):
    monkeypatch.setattr(apply, "GROUP_SECONDS", 600.0)  # the stop comes inside a group
    files = _bundles(pair)

    def cancel_at_third(done, total, name):
        if done == 2:
            raise _Cancelled

    with pytest.raises(_Cancelled):
        exchange.import_bundles(pair.region, ADMIN, files, progress=cancel_at_third)
    journal = exchange.journal(pair.region, ADMIN, direction="in")
    assert sorted(e.file_name for e in journal) == sorted(f.name for f in files[:2])
    assert len(synced_state(pair.region)["feedback_record"]) == 2
    assert [b.status for b in exchange.import_bundles(pair.region, ADMIN, files).bundles] == [
        exchange.ALREADY_APPLIED, exchange.ALREADY_APPLIED, exchange.APPLIED]


@backends.sqlite_only
def test_after_a_batch_the_log_is_folded_and_the_usual_setting_is_back(pair):
    files = _bundles(pair)
    assert exchange.import_bundles(pair.region, ADMIN, files).ok
    wal = Path(f"{pair.region.path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    with pair.region.engine.connect() as conn:
        assert conn.execute(text("PRAGMA wal_autocheckpoint")).scalar() == bulk.DEFAULT_CHECKPOINT_PAGES
        assert conn.execute(text("PRAGMA cache_size")).scalar() == -bulk.DEFAULT_CACHE_KIB
