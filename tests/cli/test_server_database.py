"""``--db`` naming a database on a PostgreSQL server (the managing centre): set-up, work, and the file-only
commands refusing it in Russian. Without a server only the refusals that need no connection run."""

from __future__ import annotations

import pytest

from tests import backends
from tests.cli.conftest import init_args

pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning")


@pytest.fixture
def server_db(tmp_path, monkeypatch):
    if not backends.on_server():
        pytest.skip(f"no PostgreSQL server ({backends.URL_ENV} is not set)")
    location = backends.location(tmp_path, "regional.db")
    monkeypatch.setenv("CXDESK_KEY_FILE", str(tmp_path / "uc01.keys"))
    yield location.url.render_as_string(hide_password=False)
    backends.drop(location)


def test_an_unknown_kind_of_address_is_refused_in_russian(run):
    result = run("info", "--db", "mysql://user@server/cx")
    assert result.code != 0
    assert "не поддерживается" in result.err and "postgresql+psycopg://" in result.err


@pytest.mark.parametrize("command", [["backup", "--to", "copy.db"], ["backups"], ["integrity"],
                                     ["restore", "--latest", "--yes"]])
def test_file_commands_refuse_a_server_database_without_connecting(run, command):
    result = run(*command, "--db", "postgresql+psycopg://cx@nowhere.invalid/regional")
    assert result.code != 0
    assert "на сервере PostgreSQL" in result.err and "pg_dump" in result.err


def test_an_unreachable_server_is_reported_and_nothing_is_made(run, tmp_path):
    result = run("info", "--db", f"postgresql+psycopg://cx@/regional?host={tmp_path}/no-server&port=1")
    assert result.code != 0
    assert "Нет связи с базой данных" in result.err and "Traceback" not in result.text


def test_the_managing_centre_sets_up_and_works_on_a_server_database(server_db, run, monkeypatch):
    monkeypatch.setenv("CXDESK_ADMIN_PASSWORD", "Admin-pass-2024")
    args = init_args(server_db, code="UC01")
    args[args.index("--kind") + 1] = "uczn"
    result = run(*args)
    assert result.code == 0, result.text
    assert "настроена: UC01" in result.out and "***" not in server_db

    info = run("info", "--db", server_db)
    assert info.code == 0, info.text
    assert "UC01" in info.out and "Ревизия схемы" in info.out

    again = run(*args)  # the same server database cannot be set up twice
    assert again.code != 0 and "уже настроена" in again.err

    keys = run("keys", "show", "--db", server_db)
    assert keys.code == 0, keys.text
    assert "UC01" in keys.out
