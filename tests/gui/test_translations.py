"""The Russian translations are complete and current: for the shell's ``cxdesk_ru.ts`` and every
area's ``<area>_ru.ts`` (``i18n.translation_sources()``), every string of its sources is in the
committed .ts and translated (no unfinished, empty, obsolete or vanished entry), placeholders and
shortcuts survive translation, the committed .qm is what lrelease makes of the .ts, every GUI
package belongs to one translation file, and what a Russian user sees on the main screens and
dialogs contains no untranslated source text."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QTableView, QTabWidget, QWidget

from cxdesk import paths
from cxdesk.gui import i18n
from cxdesk.gui.areas import AREAS

ROOT = paths.install_root()
TS = ROOT / "resources" / "i18n" / "cxdesk_ru.ts"
QM = ROOT / "resources" / "i18n" / "cxdesk_ru.qm"
STEMS = list(i18n.translation_sources())
TOOLS = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def tool(name: str) -> str:
    path = TOOLS / name
    assert path.exists(), f"{name} not found beside the Python interpreter ({TOOLS})"
    return str(path)


def read_ts(path: Path) -> dict[tuple[str, str], ET.Element]:
    entries = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            entries[(name, message.findtext("source"))] = message.find("translation")
    return entries


@pytest.fixture(scope="module")
def committed() -> dict[tuple[str, str], ET.Element]:
    """The shell's committed translation."""
    return read_ts(TS)


@pytest.fixture(scope="module", params=STEMS)
def stem(request) -> str:
    return request.param


@pytest.fixture(scope="module")
def committed_of(stem) -> dict[tuple[str, str], ET.Element]:
    return read_ts(i18n.i18n_dir() / f"{stem}.ts")


@pytest.fixture(scope="module")
def fresh(tmp_path_factory, stem) -> dict[tuple[str, str], ET.Element]:
    """What lupdate extracts from the current sources of one translation file, from scratch."""
    target = tmp_path_factory.mktemp("i18n") / f"{stem}.ts"
    sources = [str(path) for path in i18n.translation_sources()[stem]]
    assert sources, f"{stem} has no source files"
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            "ru",
            *sources,
            "-ts",
            str(target),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return read_ts(target)


def test_every_gui_package_has_a_translation_file():
    covered = set(i18n.SHELL_PACKAGES) | {p for packages in i18n.AREA_TRANSLATIONS.values() for p in packages}
    assert set(i18n.gui_packages()) <= covered, "add the package to i18n.AREA_TRANSLATIONS"


def test_every_source_string_is_in_the_committed_ts(stem, fresh, committed_of):
    missing = sorted(set(fresh) - set(committed_of))
    assert not missing, f"run installer/update_translations.sh {stem} and translate: " + repr(missing[:10])


def test_no_vanished_strings_in_the_committed_ts(stem, fresh, committed_of):
    vanished = sorted(set(committed_of) - set(fresh))
    assert not vanished, f"run installer/update_translations.sh {stem}: " + repr(vanished[:10])


def test_every_entry_is_translated(committed_of):
    bad = [
        key
        for key, translation in committed_of.items()
        if translation is None or translation.get("type") or not (translation.text or "").strip()
    ]
    assert not bad, repr(bad[:10])


def test_placeholders_and_shortcut_markers_survive(committed_of):
    for (context, source), translation in committed_of.items():
        text = translation.text or ""
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), (context, source)
        assert ("&" in source.replace("&&", "")) == ("&" in text.replace("&&", "")), (context, source)


def test_qm_is_the_compiled_ts(stem, tmp_path):
    ts, qm = i18n.i18n_dir() / f"{stem}.ts", i18n.i18n_dir() / f"{stem}.qm"
    compiled = tmp_path / "fresh.qm"
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(compiled)], check=True, capture_output=True)
    assert qm.read_bytes() == compiled.read_bytes(), f"run installer/update_translations.sh {stem}"


def test_every_area_translation_is_loaded(qapp):
    """The shell loads cxdesk_ru.qm and each area's <area>_ru.qm (the tests run in Russian)."""
    names = {p.stem for p in i18n.i18n_dir().glob("*_ru.qm")}
    assert "cxdesk_ru" in names
    translators = i18n.install_translators(qapp, "ru")
    try:
        assert len(translators) == len(names) + 1  # + Qt's own qtbase_ru
    finally:
        i18n.remove_translators(qapp, translators)


def test_qm_loads_and_translates():
    translator = QTranslator()
    assert translator.load(str(QM))
    assert translator.translate("Areas", "Administration") == "Администрирование"
    assert translator.translate("LoginDialog", "Log in") == "Войти"


def visible_texts(widget: QWidget) -> list[str]:
    texts = [widget.windowTitle()]
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        if isinstance(child, QLineEdit):
            texts.append(child.placeholderText())
        if isinstance(child, QTabWidget):
            texts += [child.tabText(i) for i in range(child.count())]
        texts.append(child.toolTip())
        texts += [action.text() for action in child.actions()]
    return [t for t in texts if t]


def english_sources(committed) -> set[str]:
    """Source texts whose translation differs (so seeing them means a missing translation)."""
    return {source for (_c, source), tr in committed.items() if tr is not None and tr.text != source}


def test_screens_show_no_untranslated_text(qtbot, main_window, admin_ctx, committed):
    from cxdesk.gui.admin.user_dialogs import AddUserDialog
    from cxdesk.gui.idle_lock import LockDialog
    from cxdesk.gui.login import LoginDialog
    from cxdesk.gui.messages import ERROR, Message, MessageDialog
    from cxdesk.gui.password_dialogs import ChangePasswordDialog, ResetPasswordDialog
    from cxdesk.gui.wizard import FirstRunWizard

    for item in AREAS:
        main_window.show_area(item.id)
    for tab in range(main_window.current_page().tabs.count()):
        main_window.current_page().tabs.setCurrentIndex(tab)
    widgets = [
        main_window,
        LoginDialog(admin_ctx.db, admin_ctx.runner, admin_ctx.office),
        FirstRunWizard(admin_ctx.db, admin_ctx.runner),
        LockDialog(admin_ctx.db, admin_ctx.actor, admin_ctx.runner),
        AddUserDialog(admin_ctx),
        ChangePasswordDialog(admin_ctx),
        ResetPasswordDialog(admin_ctx, "petrov", "Петров П. П."),
        MessageDialog(None, Message(ERROR, "Ошибка", "Текст", "подробности")),
    ]
    english = english_sources(committed)
    for widget in widgets:
        qtbot.addWidget(widget)
        found = [t for t in visible_texts(widget) if t in english]
        assert not found, f"{type(widget).__name__}: {found}"
    for view in main_window.findChildren(QTableView):
        model = view.model()
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        assert headers and not [h for h in headers if h in english], headers
