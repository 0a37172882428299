"""Two installations that know each other: a ТЦЗН (TC01) and its УЦЗН (UC01), keys exchanged and registered.

The databases (and their key files) are made once per session and copied per test (files, or PostgreSQL
databases when CXDESK_TEST_DATABASE_URL is set).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from cxdesk.services import exchange, offices
from cxdesk.services.actor import Actor
from cxdesk.store.database import Database, open_database
from cxdesk.store.location import Location
from tests import backends

ADMIN = Actor.command_line()


class PairTemplate(dict):
    """The template databases by file name (tc01.db, uc01.db, tc02.db); ``folder`` holds their public keys
    (tc01.pub …)."""

    folder: Path

    def __truediv__(self, name: str) -> Path:
        return self.folder / name


def _init(folder: Path, name: str, code: str, office_name: str, kind: str) -> Location:
    location = backends.location(folder, name)
    db = open_database(location)
    offices.initialize(db, office_code=code, office_name=office_name, kind=kind, region="Энская область",
                       admin_login="admin", admin_full_name="Соколова Анна Викторовна", admin_password="Admin-2024")
    exchange.export_public_key(db, ADMIN, folder / (name.removesuffix(".db") + ".pub"))
    db.close()
    return location


@pytest.fixture(scope="session")
def _pair_template(tmp_path_factory) -> PairTemplate:
    template = PairTemplate()
    template.folder = folder = tmp_path_factory.mktemp("pair")
    template["tc01.db"] = _init(folder, "tc01.db", "TC01", "ТЦЗН по г. Заречный", "tczn")
    template["uc01.db"] = _init(folder, "uc01.db", "UC01", "УЦЗН Энской области", "uczn")
    template["tc02.db"] = _init(folder, "tc02.db", "TC02", "ТЦЗН по Лесному району", "tczn")
    for name, code, other in (("tc01.db", "UC01", "uc01.pub"), ("uc01.db", "TC01", "tc01.pub")):
        db = Database(template[name])
        exchange.register_peer(db, ADMIN, code, folder / other)
        db.close()
    yield template
    for location in template.values():
        backends.drop(location)


@dataclass
class Pair:
    office: Database
    region: Database
    folder: Path  # where bundles are written

    def send(self, source: Database, **kwargs) -> exchange.ExportResult:
        return exchange.export_bundle(source, ADMIN, self.folder, **kwargs)

    def receive(self, target: Database, *files: Path, dry_run: bool = False) -> exchange.ImportResult:
        return exchange.import_bundles(target, ADMIN, list(files), dry_run=dry_run)


def _copy(template: PairTemplate, target: Path, name: str) -> Database:
    return Database(backends.copy(template[name], target, name))


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
    for db in (p.office, p.region):
        db.close()
        backends.drop(db.location)


dump = backends.dump
