"""The layout of the one-folder build, shared by the PyInstaller spec, the package scripts and their tests.

Plain Python (no PyInstaller import), so the tests can check the layout without building it:
which executables the build makes on each platform, which folders of the project go into it,
and which modules the migration scripts (data files that Alembic imports at run time, invisible to
PyInstaller's analysis) need.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "cxdesk"
# The console program for the command line on Windows; on Linux the one executable serves both.
CLI_NAME = "cxdesk-cli"
# PyInstaller ≥ 6 keeps everything but the executables in this sub-folder of the output folder.
CONTENTS_DIR = "_internal"
# The project's own folders, copied as they are (relative to ROOT → relative to CONTENTS_DIR).
DATA_DIRS = ("resources", "migrations")
ENTRY_SCRIPT = ROOT / "installer" / "cxdesk_main.py"
WINDOWS_ICON = ROOT / "installer" / "windows" / "cxdesk.ico"
LINUX_ICON = ROOT / "resources" / "icons" / "app.svg"
# Files of the data folders that the program never reads.
SKIPPED_SUFFIXES = (".pyc", ".ts")
SKIPPED_NAMES = ("__pycache__", "script.py.mako")


def executables(platform: str) -> list[str]:
    """File names of the executables in the output folder for ``sys.platform``-style names."""
    if platform.startswith("win"):
        return [f"{APP_NAME}.exe", f"{CLI_NAME}.exe"]
    return [APP_NAME]


def data_files() -> list[tuple[str, str]]:
    """``(source file, destination folder)`` pairs in PyInstaller's ``datas`` form."""
    pairs: list[tuple[str, str]] = []
    for folder in DATA_DIRS:
        for path in sorted((ROOT / folder).rglob("*")):
            relative = path.relative_to(ROOT)
            if not path.is_file() or path.suffix in SKIPPED_SUFFIXES:
                continue
            if any(part in SKIPPED_NAMES for part in relative.parts):
                continue
            pairs.append((str(path), str(relative.parent)))
    return pairs


def migration_imports() -> list[str]:
    """Every module imported by ``migrations/env.py`` and the revision files (hidden imports)."""
    modules: set[str] = set()
    for path in sorted((ROOT / "migrations").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                modules.add(node.module)
    modules.discard("__future__")
    return sorted(modules)
