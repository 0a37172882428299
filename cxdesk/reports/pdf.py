"""The common frame of every printed document: A4 (or A3 landscape), Russian office margins,
a Cyrillic TTF embedded, the organisation in the header, «стр. N из M», date and printer in the
footer, tables that repeat their header row across pages.

Area reports build a list of flowables with :func:`paragraph` and :func:`table` and hand it to
:func:`build_pdf`. User text always goes through :func:`paragraph`, which escapes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, A4, landscape, portrait
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Table, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents

from cxdesk import paths

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
_FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique": "DejaVuSans-Oblique.ttf",
    "DejaVuSans-BoldOblique": "DejaVuSans-BoldOblique.ttf",
}

MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 20 * mm, 10 * mm, 20 * mm, 20 * mm


def register_fonts() -> None:
    """Register the shipped Cyrillic fonts once (Helvetica would turn Cyrillic into boxes)."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    for name, filename in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(paths.resources_dir() / "fonts" / filename)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic="DejaVuSans-Oblique", boldItalic="DejaVuSans-BoldOblique"
    )


@dataclass(frozen=True)
class DocumentInfo:
    """What the frame prints around the content."""

    title: str
    organisation: str
    printed_by: str
    printed_at: datetime = field(default_factory=lambda: datetime.now().astimezone())
    page_size: str = "A4"  # "A4" or "A3"
    landscape: bool = False


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=13.5)
    return {
        "body": base,
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=14, leading=18,
                                alignment=1, spaceAfter=4 * mm),
        "heading": ParagraphStyle("heading", parent=base, fontName=FONT_BOLD, fontSize=12, leading=15,
                                  spaceBefore=3 * mm, spaceAfter=2 * mm),
        "subheading": ParagraphStyle("subheading", parent=base, fontName=FONT_BOLD, fontSize=11, leading=14,
                                     spaceBefore=2.5 * mm, spaceAfter=1.5 * mm),
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=10.5),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=11),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=FONT_BOLD, fontSize=9, leading=11),
    }


def paragraph(text: str, style: ParagraphStyle | str = "body") -> Paragraph:
    """A paragraph of user text: markup characters escaped, line breaks kept."""
    if isinstance(style, str):
        style = styles()[style]
    return Paragraph(escape(text or "").replace("\n", "<br/>"), style)


def table(rows: list[list[object]], col_widths: list[float] | None = None, *, header: bool = True,
          plain_columns: tuple[int, ...] = ()) -> Table:
    """A grid table; strings become wrapped paragraphs; the header row repeats on every page.

    Strings of ``plain_columns`` below the header stay plain text in the cell font (no wrapping, lines
    split only at ``\n``): for short values — numbers, dates, codes — of long tables, which lay out
    several times faster than paragraphs."""
    st = styles()
    cells = [
        [
            value if i >= int(header) and c in plain_columns and isinstance(value, str)
            else paragraph(value, st["cell_bold" if header and i == 0 else "cell"]) if isinstance(value, str)
            else value
            for c, value in enumerate(row)
        ]
        for i, row in enumerate(rows)
    ]
    result = Table(cells, colWidths=col_widths, repeatRows=1 if header else 0)
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("FONT", (0, 0), (-1, -1), FONT, 9, 11),  # plain cells: the Cyrillic font, as the paragraphs
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8ECF2")))
    result.setStyle(TableStyle(commands))
    return result


def toc_heading(text: str, level: int = 0) -> Paragraph:
    """A heading that enters the table of contents (and the PDF outline) at ``level`` (0 or 1)."""
    result = paragraph(text, "heading" if level == 0 else "subheading")
    result.toc_level = level
    return result


def table_of_contents() -> TableOfContents:
    """The table of contents of the :func:`toc_heading` headings; :func:`build_pdf` fills in the pages."""
    base = styles()["body"]
    toc = TableOfContents()
    toc.levelStyles = [
        ParagraphStyle("toc0", parent=base, fontName=FONT_BOLD, leftIndent=0, firstLineIndent=0, spaceBefore=2),
        ParagraphStyle("toc1", parent=base, leftIndent=8 * mm, firstLineIndent=0),
    ]
    return toc


class _Document(BaseDocTemplate):
    """Reports the :func:`toc_heading` headings to a table of contents and to the PDF outline."""

    def afterFlowable(self, flowable) -> None:
        level = getattr(flowable, "toc_level", None)
        if level is None:
            return
        text, key = flowable.getPlainText(), f"toc{id(flowable)}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
        self.notify("TOCEntry", (level, text, self.page, key))


def page_size(info: DocumentInfo) -> tuple[float, float]:
    size = A3 if info.page_size == "A3" else A4
    return landscape(size) if info.landscape else portrait(size)


def content_width(info: DocumentInfo) -> float:
    return page_size(info)[0] - MARGIN_LEFT - MARGIN_RIGHT


class _NumberedCanvas(Canvas):
    """Defers pages so that the footer can say «стр. N из M»."""

    info: DocumentInfo

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_frame(total)
            super().showPage()
        super().save()

    def _draw_frame(self, total: int) -> None:
        info = self.info
        width, height = self._pagesize
        self.saveState()
        self.setFont(FONT, 8)
        self.setFillColor(colors.HexColor("#444444"))
        self.drawString(MARGIN_LEFT, height - 12 * mm, info.organisation)
        self.drawRightString(width - MARGIN_RIGHT, height - 12 * mm, info.title)
        self.setStrokeColor(colors.HexColor("#999999"))
        self.line(MARGIN_LEFT, height - 13.5 * mm, width - MARGIN_RIGHT, height - 13.5 * mm)
        printed = f"Напечатано {info.printed_at:%d.%m.%Y %H:%M}, {info.printed_by}"
        self.drawString(MARGIN_LEFT, 10 * mm, printed)
        self.drawRightString(width - MARGIN_RIGHT, 10 * mm, f"стр. {self._pageNumber} из {total}")
        self.restoreState()


def build_pdf(target: Path | str | IO[bytes], story: list, info: DocumentInfo) -> None:
    """Lay out ``story`` in the common frame and write the PDF to ``target``."""
    register_fonts()
    size = page_size(info)
    doc = _Document(
        str(target) if isinstance(target, Path) else target,
        pagesize=size,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=info.title,
        author=info.organisation,
        creator="cxdesk",
    )
    frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM, size[0] - MARGIN_LEFT - MARGIN_RIGHT,
                  size[1] - MARGIN_TOP - MARGIN_BOTTOM, id="content", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    canvas_class = type("FramedCanvas", (_NumberedCanvas,), {"info": info})
    if any(isinstance(flowable, TableOfContents) for flowable in story):
        doc.multiBuild(story, canvasmaker=canvas_class)  # the second pass knows the page numbers
    else:
        doc.build(story, canvasmaker=canvas_class)
