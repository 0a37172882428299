"""Shipped files are found through ``cxdesk.paths.install_root()`` from source and in a frozen build;
user data is never inside the installation folder."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from cxdesk import paths
from cxdesk.commands.setup import demo_db_path
from cxdesk.store.backup import backups_dir

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """A user whose data folder is under tmp_path (Linux: ~/.local/share; XDG_DATA_HOME unset)."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    return tmp_path / "home"


@pytest.fixture
def frozen(tmp_path, monkeypatch) -> Path:
    """What PyInstaller's bootloader sets: sys.frozen, and sys._MEIPASS = the bundle's _internal."""
    bundle = tmp_path / "opt" / "cxdesk" / "_internal"
    (bundle / "resources" / "fonts").mkdir(parents=True)
    (bundle / "migrations" / "versions").mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    monkeypatch.setattr(sys, "executable", str(bundle.parent / "cxdesk"))
    return bundle


def test_from_source_the_project_folder_holds_resources_and_migrations():
    assert not getattr(sys, "frozen", False)
    assert paths.install_root() == ROOT
    assert (paths.resources_dir() / "fonts" / "DejaVuSans.ttf").is_file()
    assert (paths.resources_dir() / "i18n" / "cxdesk_ru.qm").is_file()
    assert (paths.migrations_dir() / "env.py").is_file()


def test_frozen_the_bundle_folder_holds_them(frozen):
    assert paths.install_root() == frozen
    assert paths.resources_dir() == frozen / "resources"
    assert paths.migrations_dir() == frozen / "migrations"


def test_frozen_without_meipass_falls_back_to_the_executables_folder(frozen, monkeypatch):
    monkeypatch.delattr(sys, "_MEIPASS")
    assert paths.install_root() == frozen.parent


def test_a_meipass_left_by_something_else_is_ignored_when_not_frozen(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.install_root() == ROOT


@pytest.mark.parametrize("is_frozen", [False, True])
def test_user_data_is_never_in_the_installation_folder(home, request, is_frozen):
    if is_frozen:
        request.getfixturevalue("frozen")
    root = paths.install_root().resolve()
    # The executable's folder too (the frozen bundle is _internal inside it).
    installation = {root, root.parent} if is_frozen else {root}
    for user_path in (paths.user_data_dir(), paths.default_db_path(), demo_db_path(),
                      backups_dir(paths.default_db_path())):
        resolved = Path(user_path).resolve()
        assert resolved.is_relative_to(home.resolve()), user_path
        assert not any(resolved.is_relative_to(folder) for folder in installation), user_path


def test_no_module_builds_a_path_to_shipped_files_itself():
    """Only cxdesk/paths.py names the shipped folders; everything else asks it."""
    offenders = []
    for path in sorted((ROOT / "cxdesk").rglob("*.py")):
        if path.name == "paths.py" and path.parent.name == "cxdesk":
            continue
        text = path.read_text(encoding="utf-8")
        if re.search(r"""["'](resources|migrations)["']""", text) or "_MEIPASS" in text:
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
