"""The PyInstaller spec and the build layout (installer/bundle.py): everything they name exists.

The spec itself is executed with stand-ins for PyInstaller's build classes (recording what the
build would get) when PyInstaller is installed (``pip install -e '.[package]'``; the package
step of CI has it), for Linux and for Windows.
"""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "installer" / "cxdesk.spec"
sys.path.insert(0, str(ROOT / "installer"))

import bundle  # noqa: E402


def test_spec_is_valid_python():
    ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


def test_layout_names_files_that_exist():
    assert bundle.ROOT == ROOT
    assert bundle.ENTRY_SCRIPT.is_file()
    assert bundle.LINUX_ICON.is_file()
    assert bundle.WINDOWS_ICON.read_bytes()[:4] == b"\x00\x00\x01\x00"  # an .ico header
    assert bundle.executables("linux") == ["cxdesk"]
    assert bundle.executables("win32") == ["cxdesk.exe", "cxdesk-cli.exe"]


def test_data_files_carry_resources_and_migrations_and_nothing_unused():
    pairs = bundle.data_files()
    sources = {Path(source) for source, _ in pairs}
    assert all(source.is_file() for source in sources)
    destinations = {Path(source).relative_to(ROOT).as_posix(): dest for source, dest in pairs}
    for needed in ("resources/fonts/DejaVuSans.ttf", "resources/fonts/DejaVu-LICENSE.txt",
                   "resources/icons/app.svg", "resources/reference/profiles.json",
                   "resources/i18n/cxdesk_ru.qm", "migrations/env.py", "migrations/versions/0001_foundation.py"):
        assert needed in destinations, needed
        assert destinations[needed] == str(Path(needed).parent)
    # Every compiled translation and every revision file goes in; sources of translations do not.
    assert {p for p in (ROOT / "resources" / "i18n").glob("*.qm")} <= sources
    assert {p for p in (ROOT / "migrations" / "versions").glob("*.py")} <= sources
    assert not [s for s in sources if s.suffix in (".ts", ".pyc") or "__pycache__" in s.parts]


def test_modules_the_migrations_import_can_be_found():
    modules = bundle.migration_imports()
    assert "alembic" in modules and "sqlalchemy" in modules
    assert [m for m in modules if importlib.util.find_spec(m) is None] == []


class _Recorder:
    """Stands in for PyInstaller's Analysis/PYZ/EXE/COLLECT: keeps the arguments."""

    made: list[_Recorder] = []

    def __init__(self, *args, **kwargs) -> None:
        self.args, self.kwargs = args, kwargs
        self.scripts, self.pure, self.binaries, self.datas = [], [], [], kwargs.get("datas", [])
        _Recorder.made.append(self)


def _execute_spec(monkeypatch, platform: str) -> dict[str, list[_Recorder]]:
    pytest.importorskip("PyInstaller", reason="pip install -e '.[package]' to check the spec itself")
    from PyInstaller.utils import hooks  # noqa: F401 - imported before sys.platform is changed

    kinds = {name: type(name, (_Recorder,), {}) for name in ("Analysis", "PYZ", "EXE", "COLLECT")}
    _Recorder.made = []
    monkeypatch.setattr(sys, "platform", platform)
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"),  # noqa: S102
         {"SPECPATH": str(SPEC.parent), "__name__": "__main__", **kinds})
    monkeypatch.undo()
    return {name: [r for r in _Recorder.made if type(r).__name__ == name] for name in kinds}


@pytest.mark.parametrize("platform", ["linux", "win32"])
def test_spec_collects_what_the_program_needs(monkeypatch, platform):
    made = _execute_spec(monkeypatch, platform)
    (analysis,) = made["Analysis"]
    (script,) = analysis.args[0]
    assert Path(script) == bundle.ENTRY_SCRIPT
    datas = analysis.kwargs["datas"]
    assert all(Path(source).exists() for source, _ in datas)
    destinations = {dest.replace("\\", "/") for _, dest in datas}
    assert {"resources/fonts", "resources/i18n", "migrations/versions"} <= destinations
    assert any(d.startswith("pymorphy3_dicts_ru/data") for d in destinations)  # the dictionaries
    assert any(d.startswith("reportlab/fonts") for d in destinations)
    assert any(Path(s).name.startswith(("cxdesk-", "cxdesk.")) for s, _ in datas)  # its metadata
    hidden = set(analysis.kwargs["hiddenimports"])
    assert {"cxdesk.gui.about", "cxdesk.gui.app", "alembic.runtime.migration", "pymorphy3_dicts_ru"} <= hidden
    assert "matplotlib.backends.backend_agg" in hidden and "pypdfium2" in hidden

    names = [exe.kwargs["name"] for exe in made["EXE"]]
    assert [n + ".exe" if platform == "win32" else n for n in names] == bundle.executables(platform)
    assert all(exe.kwargs["contents_directory"] == bundle.CONTENTS_DIR for exe in made["EXE"])
    if platform == "win32":
        assert all(Path(exe.kwargs["icon"]) == bundle.WINDOWS_ICON for exe in made["EXE"])
        assert [exe.kwargs["console"] for exe in made["EXE"]] == [False, True]
    (collect,) = made["COLLECT"]
    assert collect.kwargs["name"] == bundle.APP_NAME
