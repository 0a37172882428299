"""Printing: the print preview shows the PDF's pages on the right paper, prints them to a printer (here a
PDF printer, whose pages are counted with pypdf), saves the same PDF through «Сохранить PDF…», and
every area's «Печать» opens it (the autouse ``print_previews`` fixture of conftest.py records each
preview instead of blocking on it)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QPushButton

from cxdesk import paths
from cxdesk.gui import print_preview
from cxdesk.gui.areas import area
from cxdesk.gui.print_preview import PdfPreviewDialog

ORGANISATION = "ГКУ «Центр занятости населения города Тестограда»"


def make_pdf(pages: int, *, size: str = "A4", landscape: bool = False) -> bytes:
    from reportlab.platypus import PageBreak

    from cxdesk.reports.pdf import DocumentInfo, build_pdf, paragraph

    story = []
    for n in range(1, pages + 1):
        story += [paragraph(f"Страница {n}: книга жалоб и предложений", "title"),
                  paragraph("Съешь же ещё этих мягких французских булок, да выпей чаю. " * 12), PageBreak()]
    target = io.BytesIO()
    build_pdf(target, story[:-1], DocumentInfo("Проверка печати", ORGANISATION, "Иванова И. И.", page_size=size,
                                               landscape=landscape))
    return target.getvalue()


@pytest.fixture(scope="module")
def three_pages() -> bytes:
    return make_pdf(3)


def open_preview(qtbot, source, inspect, **kwargs):
    """Open the preview with ``inspect(dialog)`` in place of exec(); returns what it returned."""

    def run(dialog: PdfPreviewDialog):
        qtbot.addWidget(dialog)
        return inspect(dialog)

    return print_preview.show_preview(None, source, "Проверка печати", exec_dialog=run, **kwargs)


def pdf_printer(path: Path, mode=QPrinter.PrinterMode.HighResolution) -> QPrinter:
    printer = QPrinter(mode)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_preview_shows_every_page_on_a4_portrait(qtbot, three_pages, tmp_path):
    source = tmp_path / "three.pdf"
    source.write_bytes(three_pages)

    def inspect(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        info = dialog.describe()
        assert dialog.save_button.text() == "Сохранить PDF…" and dialog.print_button.text() == "Печать…"
        assert "Проверка печати" in dialog.windowTitle()
        return info

    info = open_preview(qtbot, source, inspect)  # a path works as well as bytes
    assert info.page_count == 3
    assert (info.page_size, info.landscape) == ("A4", False)
    assert info.data == three_pages


def test_a3_landscape_document_gets_a3_landscape_paper(qtbot):
    info = open_preview(qtbot, make_pdf(1, size="A3", landscape=True), lambda d: d.describe())
    assert (info.page_size, info.landscape, info.page_count) == ("A3", True, 1)


def test_printing_gives_as_many_pages_as_the_pdf(qtbot, three_pages, tmp_path):
    target = tmp_path / "printed.pdf"

    def inspect(dialog):
        printer = pdf_printer(target)
        printer.setPageLayout(dialog.pages.page_layout())
        printer.setFullPage(True)
        return dialog.print_to(printer)

    assert open_preview(qtbot, three_pages, inspect) == 3
    reader = PdfReader(str(target))
    assert len(reader.pages) == 3
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert abs(width - 595) < 2 and abs(height - 842) < 2  # A4 portrait, as the document


def test_print_button_asks_the_system_print_dialog_then_prints_in_a_worker(qtbot, admin_ctx, three_pages, tmp_path,
                                                                           monkeypatch):
    target = tmp_path / "printer.pdf"
    asked = []

    def print_dialog(dialog):
        assert isinstance(dialog, QPrintDialog)
        asked.append(dialog.windowTitle())
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return QDialog.DialogCode.Accepted

    def inspect(dialog):
        monkeypatch.setattr(print_preview, "run_dialog", print_dialog)
        dialog.print_action.trigger()  # the printer button of Qt's toolbar is ours too
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=15000)
        return asked

    assert open_preview(qtbot, three_pages, inspect, runner=admin_ctx.runner) == ["Печать: Проверка печати"]
    assert len(PdfReader(str(target)).pages) == 3


def test_ctrl_p_in_the_preview_asks_and_a_cancelled_print_dialog_prints_nothing(qtbot, admin_ctx, three_pages,
                                                                                monkeypatch):
    asked = []
    monkeypatch.setattr(print_preview, "run_dialog",
                        lambda dialog: asked.append(type(dialog)) or QDialog.DialogCode.Rejected)
    monkeypatch.setattr(PdfPreviewDialog, "print_to", lambda *a: pytest.fail("printed after «Отмена»"))

    def inspect(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
        qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        return dialog.result()

    assert open_preview(qtbot, three_pages, inspect, runner=admin_ctx.runner) != QDialog.DialogCode.Accepted
    assert asked == [QPrintDialog] and not admin_ctx.runner.busy


def test_save_pdf_writes_the_same_bytes(qtbot, three_pages, tmp_path, monkeypatch):
    chosen = tmp_path / "копия"  # without the extension: .pdf is added
    monkeypatch.setattr("cxdesk.gui.messages.choose_save_path", lambda *a: chosen)
    saved = open_preview(qtbot, three_pages, lambda dialog: dialog.save_pdf())
    assert saved == tmp_path / "копия.pdf" and saved.read_bytes() == three_pages


def test_preview_shows_real_cyrillic_text(qtbot, three_pages, tmp_path):
    """The picture of the preview is a page, not an empty grey area (looked at by eye: /tmp/pp.png)."""

    def inspect(dialog):
        dialog.resize(900, 700)
        dialog.show()
        qtbot.waitExposed(dialog)
        image = dialog.preview.grab().toImage()
        return image, dialog.pages.render(0, 30)

    image, small = open_preview(qtbot, three_pages, inspect)
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert "#ffffff" in colours and len(colours) > 8  # white paper with dark anti-aliased text on grey
    assert abs(small.width() - 248) <= 1 and abs(small.height() - 351) <= 1  # A4 at 30 dpi


def test_long_document_is_prepared_in_a_worker_page_by_page(qtbot, admin_ctx, print_previews):
    reported = []
    data = make_pdf(30)
    print_preview.print_document(None, admin_ctx.runner, "Тридцать страниц", lambda target: target.write(data))
    qtbot.waitUntil(lambda: bool(print_previews.shown), timeout=15000)
    assert print_previews.last.page_count == 30 and print_previews.last.title == "Тридцать страниц"
    pages = print_preview.PdfPages(data)

    class Progress:
        def check(self):
            pass

        def report(self, done, total, text):
            reported.append((done, total))

    pages.prerender(Progress())
    pages.close()
    assert reported[0] == (0, 30) and reported[-1] == (29, 30)


def test_a_failing_document_shows_the_service_error(qtbot, admin_ctx, print_previews, message_boxes):
    from cxdesk.services.errors import ValidationError

    def build(_target):
        raise ValidationError("Нечего печатать: за период нет записей.")

    job = print_preview.print_document(None, admin_ctx.runner, "Ошибка", build)
    qtbot.waitUntil(lambda: bool(message_boxes.shown), timeout=10000)
    assert message_boxes.last.text == "Нечего печатать: за период нет записей." and not print_previews.shown
    assert not job.running


def test_pdfium_is_not_loaded_at_start_up():
    """Neither the shell with the preview module nor any area page loads pdfium (nor the shell reportlab)."""
    script = (
        "import sys\n"
        "import cxdesk.gui.main_window, cxdesk.gui.print_preview\n"
        "print('HEAVY', sorted(m for m in ('pypdfium2', 'reportlab', 'matplotlib') if m in sys.modules))\n"
        "import cxdesk.gui.profiles.page, cxdesk.gui.journeys.editor, cxdesk.gui.feedback.page\n"
        "import cxdesk.gui.working_group.page, cxdesk.gui.knowledge.page\n"
        "print('PDFIUM', 'pypdfium2' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                            cwd=Path(paths.install_root()), env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stderr
    assert "HEAVY []" in result.stdout and "PDFIUM False" in result.stdout


# --- every area's «Печать» opens the preview ----------------------------------------------------------


@pytest.fixture
def cx_ctx(admin_ctx):
    """A CX specialist (the role that keeps the working group and publishes the knowledge base)."""
    from gui_support import make_context

    from cxdesk.services import users
    from cxdesk.services.actor import Actor
    from cxdesk.services.roles import Role

    users.add_user(admin_ctx.db, admin_ctx.actor, "cx1", "Орлова Мария Петровна", Role.CX_SPECIALIST,
                   "Special-2024-x")
    return make_context(admin_ctx.db, Actor("cx1", "Орлова Мария Петровна", Role.CX_SPECIALIST))


def _shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _wait(qtbot, previews, count: int):
    qtbot.waitUntil(lambda: len(previews.shown) >= count, timeout=15000)
    return previews.shown[count - 1]


def test_profile_card_and_journey_map(qtbot, cx_ctx, print_previews, message_boxes):
    from cxdesk.gui.journeys.editor import JourneyEditor
    from cxdesk.gui.profiles.page import ProfilesPage
    from cxdesk.services import journeys
    from cxdesk.services.journeys_library import install_reference_library

    install_reference_library(cx_ctx.db)
    page = _shown(qtbot, ProfilesPage(cx_ctx, area("profiles")))
    page.table.selectRow(0)
    name = page.model.row_data(0).name
    qtbot.mouseClick(page.buttons["print"], Qt.MouseButton.LeftButton)
    card = _wait(qtbot, print_previews, 1)
    assert name in card.title and card.page_count >= 1 and (card.page_size, card.landscape) == ("A4", False)

    doc = journeys.load_journey(cx_ctx.db, cx_ctx.actor, journeys.list_journey_ids(cx_ctx.db,
                                                                                          cx_ctx.actor)[0])
    editor = _shown(qtbot, JourneyEditor(cx_ctx, doc))
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=3000)
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # Ctrl+P
    journey_map = _wait(qtbot, print_previews, 2)
    assert doc.title in journey_map.title and (journey_map.page_size, journey_map.landscape) == ("A3", True)
    assert not [m for m in message_boxes.shown if m.kind == "error"]


def test_complaints_book_register_view_and_blank_questionnaires(qtbot, cx_ctx, print_previews, message_boxes):
    from cxdesk.gui.feedback.page import FeedbackPage

    page = _shown(qtbot, FeedbackPage(cx_ctx, area("feedback")))
    actions = [a for a in page.findChild(QPushButton, "feedback_print").menu().actions() if not a.isSeparator()]
    assert len(actions) == 4
    for n, action in enumerate(actions, 1):
        action.trigger()
        _wait(qtbot, print_previews, n)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=3000)
    qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # Ctrl+P: the register
    _wait(qtbot, print_previews, 5)
    titles = [p.title for p in print_previews.shown]
    assert titles == ["Реестр книги жалоб", "Печать списка", "Бланк анкеты", "Бланк анкеты", "Реестр книги жалоб"]
    assert all(p.page_count >= 1 and p.data.startswith(b"%PDF") for p in print_previews.shown)
    assert not [m for m in message_boxes.shown if m.kind == "error"]


def test_meeting_protocol_and_extract(qtbot, cx_ctx, print_previews, message_boxes):
    from cxdesk.gui.working_group.page import WorkingGroupPage
    from tests.services.working_group_support import make_group, make_meeting

    ids = make_group(cx_ctx.db, cx_ctx.actor)
    meeting_id, _item, _tasks = make_meeting(cx_ctx.db, cx_ctx.actor, ids, date(2026, 1, 15))
    page = _shown(qtbot, WorkingGroupPage(cx_ctx, area("working_group")))
    page.tabs.setCurrentWidget(page.meetings)
    page.meetings.select_id(meeting_id)
    qtbot.mouseClick(page.meetings.buttons["pdf"], Qt.MouseButton.LeftButton)
    protocol = _wait(qtbot, print_previews, 1)
    assert protocol.title.startswith("Протокол №") and protocol.suggested_name.endswith(".pdf")
    text = " ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(protocol.data)).pages)
    assert "ПРОТОКОЛ" in text
    page.meetings.print_selected("pdf", meeting_id, ids["member3"])  # the extract for one executor
    extract = _wait(qtbot, print_previews, 2)
    assert extract.title.startswith("Выписка") and extract.page_count >= 1
    assert not [m for m in message_boxes.shown if m.kind == "error"]


def test_knowledge_article(qtbot, cx_ctx, print_previews, message_boxes):
    from cxdesk.gui.knowledge.page import KnowledgePage
    from cxdesk.services import knowledge as kb

    info = kb.create_article(cx_ctx.db, cx_ctx.actor, kb.ArticleData(
        "Памятка по ярмарке вакансий", "info", "Ярмарка проходит каждый месяц.\n"), status="published")
    page = _shown(qtbot, KnowledgePage(cx_ctx, area("knowledge")))
    page.select_id(info.id)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=3000)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # Ctrl+P
    article = _wait(qtbot, print_previews, 1)
    assert article.title == "Памятка по ярмарке вакансий" and article.page_count == 1
    assert not [m for m in message_boxes.shown if m.kind == "error"]
