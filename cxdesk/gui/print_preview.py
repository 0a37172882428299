"""Print preview of the program's PDF documents, then the system printer (UI.md: «Печать», Ctrl+P).

Every printed document is a PDF made by ``cxdesk.reports``. :func:`print_document` builds it in a
worker thread of the operation runner (with its progress dialog), renders the preview pages there
too, then opens :class:`PdfPreviewDialog`: Qt's ``QPrintPreviewDialog`` whose pages are the PDF's
pages rasterised with pypdfium2, fitted to the printer's page (A4 portrait or A3 landscape, as the
PDF is), plus «Печать…» (the system print dialog, then printing page by page in a worker) and
«Сохранить PDF…» (the same bytes to a file chosen through :mod:`cxdesk.gui.messages`).

The preview keeps one screen-resolution image per page, rendered on first use (or ahead, behind the
progress dialog) and shrunk for long documents so memory stays bounded; printing renders each page
at the printer's resolution (at most :data:`MAX_PRINT_DPI`) and lets it go before the next, so a
long document prints in constant memory. pypdfium2 is imported only when a document is opened.

Dialogs are run through :func:`run_dialog`, which tests replace (as they replace ``messages``).
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QAction, QImage, QKeySequence, QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QToolBar, QWidget

from cxdesk.gui import messages
from cxdesk.gui.operations import Cancelled, Job, OperationRunner, Progress
from cxdesk.services.errors import ServiceError

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls

POINTS_PER_INCH = 72.0
PREVIEW_DPI = 110  # the preview at 100 % is the paper's real size on a ~96 dpi screen
MIN_PREVIEW_DPI = 60
PREVIEW_BUDGET = 160 * 1024 * 1024  # bytes of page images the preview may keep
MAX_PRINT_DPI = 300  # enough for text on paper; a 1200 dpi raster of A3 would need 0.8 GB per page


@dataclass(frozen=True)
class PreviewInfo:
    """What a preview showed (for tests and logs): its title, its pages, the PDF it would save."""

    title: str
    page_count: int
    data: bytes
    suggested_name: str
    page_size: str  # "A4", "A3"…
    landscape: bool


_QT_PRINT = ("QPrintPreviewDialog", "Print")  # a tuple, so that lupdate does not copy Qt's string into ours


class PrintError(ServiceError):
    """The document could not be printed or saved (the message says why, in Russian)."""


def run_dialog(dialog: QDialog) -> int:
    """Run a modal dialog (the preview or the system print dialog); tests replace this."""
    return dialog.exec()


class PdfPages:
    """The pages of one PDF: their sizes and their images, rendered on demand with pypdfium2.

    pdfium is not thread-safe, so every call into it holds one lock; the preview images are cached
    (a worker may render them ahead), print images are not.
    """

    def __init__(self, data: bytes) -> None:
        import pypdfium2

        if not data.startswith(b"%PDF"):
            raise PrintError(translate("PrintPreview", "The document to print is not a PDF file."))
        self.data = data
        self._lock = threading.Lock()
        self._doc = pypdfium2.PdfDocument(data)
        self.sizes: list[tuple[float, float]] = [self._doc.get_page_size(i) for i in range(len(self._doc))]
        self._preview: dict[int, QImage] = {}
        self._closed = False
        area = sum(w * h for w, h in self.sizes) / POINTS_PER_INCH**2  # square inches of paper
        fitting = (PREVIEW_BUDGET / (3 * area)) ** 0.5 if area else PREVIEW_DPI
        self.preview_dpi = max(MIN_PREVIEW_DPI, min(PREVIEW_DPI, int(fitting)))

    def __len__(self) -> int:
        return len(self.sizes)

    def render(self, index: int, dpi: float) -> QImage:
        """Page ``index`` as an RGB image at ``dpi`` dots per inch (white paper)."""
        with self._lock:
            if self._closed:  # the preview was closed while a worker still printed: stop quietly
                raise Cancelled()
            bitmap = self._doc[index].render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True,
                                             may_draw_forms=False)
            try:
                image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                               QImage.Format.Format_RGB888 if bitmap.n_channels == 3
                               else QImage.Format.Format_RGBX8888)
                return image.copy()  # own the pixels: the bitmap's buffer goes with it
            finally:
                bitmap.close()

    def preview_image(self, index: int) -> QImage:
        image = self._preview.get(index)
        if image is None:
            image = self._preview[index] = self.render(index, self.preview_dpi)
        return image

    def prerender(self, progress: Progress | None = None) -> PdfPages:
        """Render every preview image now (in a worker), reporting page by page."""
        for index in range(len(self)):
            if progress is not None:
                progress.check()
                progress.report(index, len(self), translate("PrintPreview", "Preparing page {n} of {total}…")
                                .format(n=index + 1, total=len(self)))
            self.preview_image(index)
        return self

    def page_layout(self) -> QPageLayout:
        """The paper of the first page (A4 portrait, A3 landscape…) without margins: they are in the PDF."""
        width, height = self.sizes[0] if self.sizes else (595.0, 842.0)
        portrait = QSizeF(min(width, height), max(width, height))
        size_id = QPageSize.id(portrait, QPageSize.Unit.Point, QPageSize.SizeMatchPolicy.FuzzyMatch)
        size = QPageSize(size_id) if size_id != QPageSize.PageSizeId.Custom else QPageSize(
            portrait, QPageSize.Unit.Point)
        orientation = QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait
        return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0))

    def paint(self, printer: QPrinter, progress: Progress | None = None) -> int:
        """Paint the pages on ``printer``: preview images for a preview, print-resolution ones otherwise.

        Honours a page range chosen in the print dialog; returns the number of pages painted.
        """
        preview = printer.paintEngine() is not None and printer.paintEngine().type() == QPaintEngine.Type.Picture
        first, last = 0, len(self) - 1
        if not preview and printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = printer.fromPage() - 1, min(last, printer.toPage() - 1)
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintError(translate("PrintPreview", "The printer could not start printing. Nothing was "
                                       "printed; check that the printer is on and ready, then try again."))
        painted = 0
        try:
            for index in range(first, last + 1):
                if progress is not None:
                    progress.check()
                    progress.report(painted, last - first + 1, translate("PrintPreview", "Printing page {n} of "
                                    "{total}…").format(n=painted + 1, total=last - first + 1))
                if painted and not printer.newPage():
                    raise PrintError(translate("PrintPreview", "The printer stopped accepting pages. Printed "
                                               "pages: {n}; try again.").format(n=painted))
                target = self._fitted(index, printer)
                if preview:
                    image = self.preview_image(index)
                else:
                    scale = min(1.0, MAX_PRINT_DPI / max(1, printer.resolution()))
                    dpi = target.width() * scale / (self.sizes[index][0] / POINTS_PER_INCH)
                    image = self.render(index, dpi)
                painter.drawImage(target, image)
                painted += 1
        except BaseException:
            if not preview:
                printer.abort()
            raise
        finally:
            painter.end()
        return painted

    def _fitted(self, index: int, printer: QPrinter) -> QRectF:
        """Where page ``index`` goes on the printer's page: as large as fits, centred, in device pixels."""
        width, height = self.sizes[index]
        box_w, box_h = printer.width(), printer.height()
        scale = min(box_w / width, box_h / height)
        return QRectF((box_w - width * scale) / 2, (box_h - height * scale) / 2, width * scale, height * scale)

    def close(self) -> None:
        """Let pdfium's document and the preview images go (waits for a page being rendered)."""
        with self._lock:
            if not self._closed:
                self._closed = True
                self._preview.clear()
                self._doc.close()


class PdfPreviewDialog(QPrintPreviewDialog):
    """Qt's print preview over a PDF, with «Печать…», «Сохранить PDF…» and «Закрыть» buttons."""

    def __init__(self, pages: PdfPages, title: str, *, suggested_name: str = "",
                 runner: OperationRunner | None = None, parent: QWidget | None = None) -> None:
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # outlives the dialog's use of it
        self.printer.setDocName(title)
        self.printer.setFullPage(True)  # the PDF carries its own margins (20/10/20/20 mm)
        self.printer.setPageLayout(pages.page_layout())
        super().__init__(self.printer, parent)
        self.setObjectName("printPreviewDialog")
        self.pages = pages
        self.title = title
        self.suggested_name = suggested_name or f"{title}.pdf"
        self.runner = runner
        self._job: Job | None = None
        self.setWindowTitle(translate("PrintPreview", "Print preview: {title}").format(title=title))
        self.preview = self.findChild(QPrintPreviewWidget)
        self.paintRequested.connect(self._paint_preview)
        self._take_over_print_action()

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(translate("PrintPreview", "Save PDF…"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setObjectName("printPreviewSave")
        self.print_button = buttons.addButton(translate("PrintPreview", "Print…"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.print_button.setObjectName("printPreviewPrint")
        self.print_button.setToolTip(translate("PrintPreview", "Print on a printer of this computer (Ctrl+P)"))
        close = buttons.addButton(translate("PrintPreview", "Close"), QDialogButtonBox.ButtonRole.RejectRole)
        for button in (self.save_button, self.print_button, close):
            button.setAutoDefault(False)
        self.print_button.setDefault(True)
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_now)
        close.clicked.connect(self.reject)
        print_shortcut = QAction(self)
        print_shortcut.setShortcut(QKeySequence.StandardKey.Print)
        print_shortcut.triggered.connect(self.print_now)
        self.addAction(print_shortcut)
        self.layout().addWidget(buttons)
        self.resize(980, 760)

    def _take_over_print_action(self) -> None:
        """The toolbar's print button runs :meth:`print_now` (Qt's own asks for a PDF file name
        without a printer and prints in the GUI thread)."""
        toolbar = self.findChild(QToolBar)
        if toolbar is None:
            return
        actions = [a for a in toolbar.actions() if not a.isSeparator()]
        names = {"Print", translate(*_QT_PRINT)}  # Qt's own text, translated by qtbase_ru.qm
        found = [a for a in actions if a.text() in names] or actions[-1:]
        for action in found:
            action.triggered.disconnect()
            action.triggered.connect(self.print_now)
        self.print_action = found[0] if found else None

    def _paint_preview(self, printer: QPrinter) -> None:
        self.pages.paint(printer)

    def page_count(self) -> int:
        """The number of pages the preview shows."""
        if self.preview is not None and self.preview.pageCount() == 0:
            self.preview.updatePreview()
        return self.preview.pageCount() if self.preview is not None else 0

    def describe(self) -> PreviewInfo:
        layout = self.printer.pageLayout()
        return PreviewInfo(self.title, self.page_count(), self.pages.data, self.suggested_name,
                           layout.pageSize().name(), layout.orientation() == QPageLayout.Orientation.Landscape)

    def print_to(self, printer: QPrinter, progress: Progress | None = None) -> int:
        """Print every page (or the chosen range) on ``printer``; returns the pages printed."""
        return self.pages.paint(printer, progress)

    def print_now(self) -> None:
        """The system print dialog (printer, copies, pages), then printing in a worker thread."""
        if self.printing:
            return
        dialog = QPrintDialog(self.printer, self)
        dialog.setWindowTitle(translate("PrintPreview", "Print: {title}").format(title=self.title))
        dialog.setMinMax(1, len(self.pages))
        try:
            if run_dialog(dialog) != QDialog.DialogCode.Accepted:
                return
        finally:
            dialog.deleteLater()
        printer = self.printer
        if self.runner is None:
            try:
                self.print_to(printer)
            except Exception as exc:  # shown to the user, never swallowed silently
                messages.report_exception(self, exc)
                return
            self.accept()
            return
        self._job = self.runner.start(lambda progress: self.print_to(printer, progress),
                          label=translate("PrintPreview", "Printing…"), parent=self, cancellable=True,
                          on_done=lambda _count: self.accept())

    @property
    def printing(self) -> bool:
        return self._job is not None and self._job.running

    def reject(self) -> None:
        if not self.printing:  # «Закрыть» and Esc wait until the pages have gone to the printer
            super().reject()

    def save_pdf(self) -> Path | None:
        """Save the same PDF to a file the user chooses; returns where, or None."""
        path = messages.choose_save_path(self, translate("PrintPreview", "Save the document as PDF"),
                                         Path(_safe_name(self.suggested_name)),
                                         translate("PrintPreview", "PDF documents (*.pdf)"))
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            path.write_bytes(self.pages.data)
        except OSError as exc:
            messages.error(self, translate("PrintPreview", "The file «{name}» could not be written: {reason}. The "
                                           "preview stays open; choose another folder or name and try again.")
                           .format(name=path.name, reason=exc.strerror or exc), details=str(exc))
            return None
        return path


def _safe_name(name: str) -> str:
    """A file name without the characters Windows refuses (titles may contain «/» or «:»)."""
    cleaned = "".join("_" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in name).strip(" .")
    return cleaned or "document.pdf"


def _read(source: bytes | str | Path) -> bytes:
    return bytes(source) if isinstance(source, bytes | bytearray) else Path(source).read_bytes()


def show_preview(parent: QWidget | None, source: bytes | str | Path | PdfPages, title: str, *,
                 suggested_name: str = "", runner: OperationRunner | None = None,
                 exec_dialog: Callable[[PdfPreviewDialog], Any] | None = None) -> Any:
    """Open the preview of a PDF (bytes, a path, or pages already prepared) and wait until it closes.

    Pages are rendered as the preview first needs them. ``exec_dialog`` replaces
    :func:`run_dialog` (a test inspects the dialog without blocking); returns what it returned.
    """
    pages = source if isinstance(source, PdfPages) else PdfPages(_read(source))
    dialog = PdfPreviewDialog(pages, title, suggested_name=suggested_name, runner=runner, parent=parent)
    try:
        return (exec_dialog or run_dialog)(dialog)
    finally:
        dialog.deleteLater()
        pages.close()


def _prepare(build: Callable[[IO[bytes]], object], progress: Progress | None) -> PdfPages:
    buffer = io.BytesIO()
    build(buffer)
    if progress is not None:
        progress.check()
    return PdfPages(buffer.getvalue()).prerender(progress)


def print_document(parent: QWidget | None, runner: OperationRunner, title: str,
                   build: Callable[[IO[bytes]], object], *, suggested_name: str = "", label: str = "",
                   exec_dialog: Callable[[PdfPreviewDialog], Any] | None = None) -> Job:
    """«Печать»: write the PDF with ``build(binary_file)`` and render its preview in a worker thread
    (behind the runner's progress dialog, cancellable), then open the preview.

    ``build`` is a service call such as ``lambda f: profiles.print_profile(db, actor, id, f)``; its
    errors reach the user as any operation's do; ``label`` is the progress dialog's text.
    """

    def opened(pages: PdfPages) -> None:
        show_preview(parent, pages, title, suggested_name=suggested_name, runner=runner,
                     exec_dialog=exec_dialog)

    return runner.start(lambda progress: _prepare(build, progress), cancellable=True, parent=parent,
                        on_done=opened,
                        label=label or translate("PrintPreview", "Preparing the document for printing…"))
