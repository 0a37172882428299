"""Icons of the application: small SVG files of our own in ``resources/icons`` (one consistent
set), loaded once and cached. A missing file gives an empty icon rather than an error, so a
page never fails to open for want of a picture.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

from cxdesk import paths


def icon_path(name: str) -> Path:
    return paths.resources_dir() / "icons" / f"{name}.svg"


@cache
def icon(name: str) -> QIcon:
    path = icon_path(name)
    return QIcon(str(path)) if path.exists() else QIcon()
