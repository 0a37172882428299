"""Where a database lives: a file, or a PostgreSQL server database whose side files (the exchange key
file) must not land beside anything the user did not choose."""

from __future__ import annotations

from pathlib import Path

import pytest

from cxdesk.store.location import KEY_FILE_ENV, LocationError, locate


def test_a_path_is_a_sqlite_file_with_its_key_file_beside_it(tmp_path):
    location = locate(tmp_path / "office.db")
    assert location.is_sqlite and location.dialect == "sqlite"
    assert location.key_file() == tmp_path / "office.db.keys"
    assert location.display() == str(tmp_path / "office.db")


def test_a_server_address_hides_its_password_and_keeps_side_files_in_the_user_data(tmp_path, monkeypatch):
    monkeypatch.setattr("cxdesk.paths.user_data_dir", lambda: tmp_path)
    monkeypatch.delenv(KEY_FILE_ENV, raising=False)
    location = locate("postgresql://cx:secret@db.uczn.local:5433/regional")
    assert not location.is_sqlite and location.path is None
    assert location.url.drivername == "postgresql+psycopg"
    assert "secret" not in location.display() and "db.uczn.local" in location.display()
    assert location.key_file() == tmp_path / "servers" / "db.uczn.local-5433-regional" / "regional.keys"


def test_the_key_file_of_a_server_database_may_be_named_for_all_workstations(tmp_path, monkeypatch):
    shared = tmp_path / "shared" / "uc01.keys"
    monkeypatch.setenv(KEY_FILE_ENV, str(shared))
    assert locate("postgresql+psycopg://cx@db/regional").key_file() == shared
    assert locate(tmp_path / "office.db").key_file() == tmp_path / "office.db.keys"  # files keep theirs


@pytest.mark.parametrize("address", ["mysql://cx@db/regional", "postgresql+psycopg://cx@db", "sqlite://"])
def test_other_addresses_are_refused_in_russian(address):
    with pytest.raises(LocationError, match="не поддерживается"):
        locate(address)


def test_a_relative_or_home_path_stays_a_file():
    assert locate("~/cx.db").path == Path("~/cx.db").expanduser()
    assert locate("data/cx.db").is_sqlite
