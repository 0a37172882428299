"""``cxdesk demo``, ``cxdesk --demo`` and launching the GUI (with a stand-in for ``cxdesk.gui.app``)."""

from __future__ import annotations

import json
import sys
import types

import pytest

from cxdesk.services.demo import REGION, SIZES
from cxdesk.services.passwords import check_policy
from cxdesk.services.roles import Role
from cxdesk.store.location import locate


def _demo(run, path, *extra):
    result = run("demo", "--db", path, "--json", *extra)
    assert result.code == 0, result.text
    return json.loads(result.out)


def _signature(data: dict) -> tuple:
    return (
        [o["code"] for o in data["offices"]],
        [o["name"] for o in data["offices"]],
        [(u["login"], u["full_name"], u["role"], u["password"]) for u in data["users"]],
    )


def test_small_demo_is_deterministic_and_has_every_role(tmp_path, run):
    first = _demo(run, tmp_path / "a.db", "--seed", "5")
    second = _demo(run, tmp_path / "b.db", "--seed", "5")
    assert _signature(first) == _signature(second)

    office = first["office"]
    assert office["code"] == "UCZN" and office["kind"] == "uczn" and office["region"] == REGION
    assert "Центр занятости населения" in office["name"]
    assert [o["code"] for o in first["offices"]] == [f"TC0{i}" for i in range(1, 7)]
    assert all(o["kind"] == "tczn" and o["name"].startswith("ТЦЗН по ") for o in first["offices"])

    users = first["users"]
    assert len(users) == SIZES["small"].user_count
    roles = [u["role"] for u in users]
    assert set(roles) == {r.value for r in Role}
    assert roles.count("admin") >= 1 and roles.count("head") >= 1 and roles.count("cx_specialist") >= 2
    assert len({u["login"] for u in users}) == len(users)
    for user in users:
        check_policy(user["password"])
        assert user["login"].isascii() and len(user["full_name"].split()) == 3

    # What the result says is what the database holds.
    listed = json.loads(run("users", "list", "--db", tmp_path / "a.db", "--json").out)
    assert {(u["login"], u["role"]) for u in listed} == {(u["login"], u["role"]) for u in users}
    info = json.loads(run("info", "--db", tmp_path / "a.db", "--json").out)
    assert info["office"]["code"] == "UCZN"
    assert info["counts"]["office"] == 7 and info["counts"]["app_user"] == len(users)
    assert first["counts"] == info["counts"]
    assert run("audit", "verify", "--db", tmp_path / "a.db").code == 0

    # Logging in with a printed password works.
    from cxdesk.services import auth
    from cxdesk.store.database import Database

    db = Database(tmp_path / "a.db")
    try:
        reader = next(u for u in users if u["role"] == "reader")
        assert auth.authenticate(db, reader["login"], reader["password"]).role == Role.READER
    finally:
        db.close()


def test_demo_with_another_seed_differs_and_force_replaces(tmp_path, run):
    target = tmp_path / "demo.db"
    target.write_bytes(b"old content")
    result = run("demo", "--db", target)
    assert result.code == 2 and "--force" in result.err
    assert target.read_bytes() == b"old content"

    one = _demo(run, target, "--seed", "1", "--force")
    assert run("integrity", "--db", target).code == 0
    two = _demo(run, tmp_path / "other.db", "--seed", "2")
    assert [o["code"] for o in one["offices"]] == [o["code"] for o in two["offices"]]
    assert [u["login"] for u in one["users"]] != [u["login"] for u in two["users"]]
    assert [u["password"] for u in one["users"]] != [u["password"] for u in two["users"]]
    assert not list(tmp_path.glob(".*building*"))


def test_demo_prints_the_passwords_as_a_table(tmp_path, run):
    result = run("demo", "--db", tmp_path / "t.db", "--seed", "3")
    assert result.code == 0, result.text
    assert "Пароль" in result.out and "Пароли показаны один раз" in result.out
    assert "Специалист по КО" in result.out


@pytest.fixture
def fake_gui(monkeypatch):
    calls = []
    module = types.ModuleType("cxdesk.gui.app")

    def run_gui(path):
        calls.append(path)
        return 0

    module.run_gui = run_gui
    monkeypatch.setitem(sys.modules, "cxdesk.gui.app", module)
    return calls


def test_no_command_launches_the_gui(tmp_path, run, fake_gui):
    assert run().code == 0
    assert run("--db", tmp_path / "x.db").code == 0
    assert fake_gui == [None, locate(tmp_path / "x.db")]


def test_demo_option_creates_the_demo_database_once_then_launches(run, fake_gui):
    from cxdesk import paths

    demo_path = paths.user_data_dir() / "cxdesk-demo.db"
    result = run("--demo")
    assert result.code == 0, result.text
    assert demo_path.exists()
    assert "Пароли показаны один раз" in result.out
    assert fake_gui == [demo_path]

    result = run("--demo")
    assert result.code == 0
    assert "Пароль" not in result.out
    assert str(demo_path) in result.err
    assert fake_gui == [demo_path, demo_path]


def test_demo_option_is_not_for_commands_and_not_with_db(tmp_path, run, fake_gui):
    assert run("--demo", "info").code == 2
    result = run("--demo", "--db", tmp_path / "x.db")
    assert result.code == 2 and "нельзя использовать вместе" in result.err
    assert fake_gui == []


def test_gui_that_cannot_be_loaded_is_reported(run, monkeypatch):
    monkeypatch.setitem(sys.modules, "cxdesk.gui.app", None)
    result = run()
    assert result.code == 2
    assert "Не удалось запустить программу с окном" in result.err
