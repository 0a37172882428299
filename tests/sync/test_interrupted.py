"""An import killed mid-transaction (SIGKILL in a subprocess) or failing in phase B leaves the database as
it was, and the same file then imports."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from cxdesk.services import exchange
from cxdesk.services.actor import Actor
from cxdesk.services.errors import PermissionDenied
from cxdesk.services.roles import Role
from cxdesk.sync import ownership
from tests.sync.conftest import dump
from tests.sync.helpers import synced_state
from tests.sync.test_roundtrip import _add_samples

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def bundle(pair):
    _add_samples(pair.office, {ownership.ORIGIN, ownership.SHARED})
    return pair.send(pair.office).path


def test_killed_during_apply_leaves_the_database_as_before(pair, bundle):
    before = dump(pair.region)
    location = pair.region.location  # rebuilt in the subprocess: a file, or a server database and its key folder
    url = location.url.render_as_string(hide_password=False)
    path, home = (str(p) if p else None for p in (location.path, location.home))
    script = textwrap.dedent(f"""
        import os, signal
        from cxdesk.services import exchange
        from cxdesk.services.actor import Actor
        from pathlib import Path
        from sqlalchemy.engine import make_url
        from cxdesk.store.database import Database
        from cxdesk.store.location import Location
        from cxdesk.sync import apply

        real = apply.log_many
        def log_then_die(s, rows):
            real(s, rows)
            os.kill(os.getpid(), signal.SIGKILL)  # mid-transaction, rows and their change log written
        apply.log_many = log_then_die
        db = Database(Location(url=make_url({url!r}), path={path!r} and Path({path!r}),
                               home={home!r} and Path({home!r})))
        print(exchange.import_bundles(db, Actor.command_line(), [{str(bundle)!r}]).bundles[0].message)
    """)
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == -signal.SIGKILL, done.stdout + done.stderr
    assert dump(pair.region) == before
    retry = pair.receive(pair.region, bundle)
    assert retry.ok and retry.bundles[0].totals().created > 0


def test_an_error_in_phase_b_rolls_everything_back(pair, bundle, monkeypatch):
    before = dump(pair.region)
    with monkeypatch.context() as patch:
        def broken(*args):
            raise RuntimeError("диск отключён")
        patch.setattr("cxdesk.sync.indexes.refresh", broken)
        report = pair.receive(pair.region, bundle).bundles[0]
    assert report.status == exchange.REFUSED and "Ничего не изменено" in report.message
    assert dump(pair.region) == before
    assert pair.receive(pair.region, bundle).ok
    assert synced_state(pair.region)["staff_member"]


def test_an_import_needs_the_exchange_permission(pair, bundle):
    reader = Actor("reader", "Читатель", Role.READER)
    before = synced_state(pair.region)
    with pytest.raises(PermissionDenied, match="Недостаточно прав"):
        exchange.import_bundles(pair.region, reader, [bundle])
    assert synced_state(pair.region) == before
