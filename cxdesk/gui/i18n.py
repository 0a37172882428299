"""Interface language: Russian by default, English selectable (Вид → Язык), applied at start.

The program's strings are English in code. The shell (main window, start-up, dialogs,
Администрирование — :func:`shell_sources`) is translated by ``resources/i18n/cxdesk_ru.ts``,
kept current by ``installer/update_translations.sh``; an area sub-package may ship its own
``<area>_ru.ts`` beside it. Every ``*_ru.qm`` in that folder is loaded, plus Qt's own
``qtbase_ru.qm`` from Qt's translations folder for Qt's dialogs and buttons. Russian texts that
come from services are already Russian and are shown as they are.

``python -m cxdesk.gui.i18n --shell-sources`` prints the shell's source files (for the script).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cxdesk import paths
from cxdesk.gui import ui_state

log = logging.getLogger(__name__)

RUSSIAN, ENGLISH = "ru", "en"
LANGUAGES = (RUSSIAN, ENGLISH)
DEFAULT_LANGUAGE = RUSSIAN
# Each language named in itself, so a user who cannot read the current one still finds theirs.
LANGUAGE_NAMES = {RUSSIAN: "Русский", ENGLISH: "English"}
SHELL_TRANSLATION = "cxdesk_ru"
# Sub-packages of cxdesk/gui that belong to the shell; the other sub-packages are areas with
# translation files of their own.
SHELL_PACKAGES = ("admin", "pages")


def i18n_dir() -> Path:
    return paths.resources_dir() / "i18n"


# Each area's translation file and the GUI sub-packages whose strings it holds.
AREA_TRANSLATIONS: dict[str, tuple[str, ...]] = {
    "journeys_ru": ("journeys", "profiles"),
    "feedback_ru": ("feedback",),
    "kpi_ru": ("kpi",),
    "exchange_ru": ("exchange",),
    "working_group_ru": ("working_group",),
    "knowledge_ru": ("knowledge", "events"),
    "problems_ru": ("problems",),
    "reports_ru": ("reports", "compliance"),
}


def qm_path() -> Path:
    return i18n_dir() / f"{SHELL_TRANSLATION}.qm"


def _gui_dir() -> Path:
    return Path(__file__).resolve().parent


def gui_packages() -> list[str]:
    """Every sub-package of cxdesk/gui (each must belong to the shell or to one area file)."""
    return sorted(p.name for p in _gui_dir().iterdir() if (p / "__init__.py").exists())


def shell_sources() -> list[Path]:
    """The Python files whose strings belong in ``cxdesk_ru.ts``."""
    gui = _gui_dir()
    files = sorted(gui.glob("*.py"))
    for package in SHELL_PACKAGES:
        files += sorted((gui / package).rglob("*.py"))
    return files


def translation_sources() -> dict[str, list[Path]]:
    """Every translation file (stem) with the source files whose strings it must hold."""
    gui = _gui_dir()
    catalogue = {SHELL_TRANSLATION: shell_sources()}
    for stem, packages in AREA_TRANSLATIONS.items():
        catalogue[stem] = [f for package in packages for f in sorted((gui / package).rglob("*.py"))]
    return catalogue


def current_language() -> str:
    value = ui_state.value_str(ui_state.LANGUAGE, DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def set_language(language: str) -> None:
    """Remember the language for the next start (translations are loaded once, at start-up)."""
    if language not in LANGUAGES:
        raise ValueError(language)
    ui_state.set_value(ui_state.LANGUAGE, language)


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load Qt's and our translations for ``language``; returns them for :func:`remove_translators`."""
    installed: list[QTranslator] = []
    if language != RUSSIAN:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return installed
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = sorted(i18n_dir().glob("*_ru.qm"), key=lambda p: (p.stem != SHELL_TRANSLATION, p.stem))
    if qm_path() not in ours:
        log.warning("The translation %s is missing", qm_path())
    for name, folder in [("qtbase_ru", qt_dir)] + [(p.stem, str(p.parent)) for p in ours]:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("Translation %s could not be loaded from %s", name, folder)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()


if __name__ == "__main__" and sys.argv[1:2] == ["--sources"]:
    # python -m cxdesk.gui.i18n --sources STEM: the source files of one translation file
    # python -m cxdesk.gui.i18n --sources: the stems of every translation file
    root = paths.install_root()
    catalogue = translation_sources()
    if len(sys.argv) == 2:
        print("\n".join(catalogue))
    else:
        print("\n".join(str(path.relative_to(root)) for path in catalogue[sys.argv[2]]))
