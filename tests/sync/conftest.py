"""Two installations that know each other: a ТЦЗН (TC01) and its УЦЗН (UC01), keys exchanged and registered.

The databases (and their key files) are made once per session and copied per test.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest

from cxdesk.services import exchange, offices
from cxdesk.services.actor import Actor
from cxdesk.store.database import Database, open_database
from cxdesk.sync.keys import key_path

ADMIN = Actor.command_line()


def _init(path: Path, code: str, name: str, kind: str) -> None:
    db = open_database(path)
    offices.initialize(db, office_code=code, office_name=name, kind=kind, region="Энская область",
                       admin_login="admin", admin_full_name="Соколова Анна Викторовна", admin_password="Admin-2024")
    exchange.export_public_key(db, ADMIN, path.with_suffix(".pub"))
    db.close()


@pytest.fixture(scope="session")
def _pair_template(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("pair")
    office, region = folder / "tc01.db", folder / "uc01.db"
    _init(office, "TC01", "ТЦЗН по г. Заречный", "tczn")
    _init(region, "UC01", "УЦЗН Энской области", "uczn")
    _init(folder / "tc02.db", "TC02", "ТЦЗН по Лесному району", "tczn")
    for path, code, other in ((office, "UC01", region), (region, "TC01", office)):
        db = Database(path)
        exchange.register_peer(db, ADMIN, code, other.with_suffix(".pub"))
        db.close()
    return folder


@dataclass
class Pair:
    office: Database
    region: Database
    folder: Path  # where bundles are written

    def send(self, source: Database, **kwargs) -> exchange.ExportResult:
        return exchange.export_bundle(source, ADMIN, self.folder, **kwargs)

    def receive(self, target: Database, *files: Path, dry_run: bool = False) -> exchange.ImportResult:
        return exchange.import_bundles(target, ADMIN, list(files), dry_run=dry_run)


def _copy(template: Path, target: Path, name: str) -> Database:
    shutil.copyfile(template / name, target / name)
    shutil.copyfile(key_path(template / name), key_path(target / name))
    return Database(target / name)


@pytest.fixture
def third_office(pair, _pair_template) -> str:
    """A second office, TC02, registered at the УЦЗН (its own database is not needed)."""
    exchange.register_peer(pair.region, ADMIN, "TC02", _pair_template / "tc02.pub")
    return "TC02"


@pytest.fixture
def pair(_pair_template, tmp_path) -> Pair:
    bundles = tmp_path / "bundles"
    bundles.mkdir()
    p = Pair(_copy(_pair_template, tmp_path, "tc01.db"), _copy(_pair_template, tmp_path, "uc01.db"), bundles)
    yield p
    p.office.close()
    p.region.close()


def dump(db: Database) -> list[str]:
    """Every row of every table, as SQL text (the database compared before and after)."""
    db.engine.dispose()
    with sqlite3.connect(db.path) as conn:
        return list(conn.iterdump())
