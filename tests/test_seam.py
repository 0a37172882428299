"""Nothing below cxdesk.gui may load Qt, and start-up must not pull in heavy libraries."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import cxdesk


def _non_gui_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(cxdesk.__path__, prefix="cxdesk."):
        if info.name.startswith("cxdesk.gui") or info.name == "cxdesk.__main__":
            continue
        names.append(info.name)
    return names


def test_non_gui_modules_are_found():
    names = _non_gui_modules()
    assert "cxdesk.services.users" in names and "cxdesk.store.database" in names


def test_no_non_gui_module_loads_pyside():
    modules = _non_gui_modules()
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'cxdesk.gui')))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "", f"Qt loaded by a non-GUI module: {result.stdout}"
