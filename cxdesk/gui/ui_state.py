"""What the GUI remembers between runs, in QSettings (per user, INI format): the last database,
the last login name, the interface language, and the main window's geometry, state, splitter
and last visited area. Database contents never go here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

LAST_DATABASE = "session/last_database"
LAST_LOGIN = "session/last_login"
LANGUAGE = "ui/language"
WINDOW_GEOMETRY = "main_window/geometry"
WINDOW_STATE = "main_window/state"
SPLITTER_STATE = "main_window/splitter"
LAST_AREA = "main_window/area"


def settings() -> QSettings:
    """The application's settings (organisation and application name are set by ``run_gui``)."""
    return QSettings()


def last_database() -> Path | None:
    value = settings().value(LAST_DATABASE, "")
    return Path(str(value)) if value else None


def remember_database(path: Path) -> None:
    settings().setValue(LAST_DATABASE, str(Path(path).resolve()))


def last_login() -> str:
    return str(settings().value(LAST_LOGIN, "") or "")


def remember_login(login: str) -> None:
    settings().setValue(LAST_LOGIN, login)


def value_bytes(key: str) -> QByteArray | None:
    value = settings().value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def set_value(key: str, value) -> None:
    settings().setValue(key, value)


def value_str(key: str, default: str = "") -> str:
    return str(settings().value(key, default) or default)
