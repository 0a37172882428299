"""Where things live: shipped resources and migrations (from source or a frozen build) and user data.

User data never lives in the installation folder: the default database is in the user data
folder given by ``platformdirs``.
"""

from __future__ import annotations

import sys
from pathlib import Path

APP_NAME = "cxdesk"
APP_AUTHOR = "cxdesk"


def install_root() -> Path:
    """The folder holding ``resources/`` and ``migrations/``: the project folder when run from
    source; in a frozen (PyInstaller) build the bundle's data folder ``sys._MEIPASS`` (``_internal``
    beside the executable), else the executable's folder. Every shipped file is found through it."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", None) or Path(sys.executable).resolve().parent)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return install_root() / "resources"


def migrations_dir() -> Path:
    return install_root() / "migrations"


def user_data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, APP_AUTHOR, ensure_exists=True)


def default_db_path() -> Path:
    return user_data_dir() / "cxdesk.db"
