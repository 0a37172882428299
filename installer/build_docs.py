"""The guides in ``docs/*.md`` as PDF (A4) with their screenshots: ``dist/docs/<name>.pdf``.

Qt renders them — already a dependency of the program, so the build needs nothing more: the
Markdown (GitHub dialect: tables, code, images) is read by ``QTextDocument.setMarkdown``, images
are fitted to the page width, and ``QTextDocument.print_`` lays the text out on A4 pages with page
numbers into a ``QPdfWriter``. The text is set in the DejaVu fonts shipped in ``resources/fonts``,
so Cyrillic renders the same on every machine.

Usage: ``python installer/build_docs.py [--out dist/docs] [GUIDE.md …]`` (default: the user and the
administrator guide).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
GUIDES = (ROOT / "docs" / "user-guide.md", ROOT / "docs" / "administrator.md")
# Width of an image on the page, in the document's pixels (A4 text width at Qt's layout resolution).
IMAGE_WIDTH = 620
FONT_POINTS = 10


def _register_fonts() -> str:
    from PySide6.QtGui import QFontDatabase

    family = ""
    for font in sorted((ROOT / "resources" / "fonts").glob("*.ttf")):
        loaded = QFontDatabase.addApplicationFont(str(font))
        if loaded >= 0 and not family:
            family = QFontDatabase.applicationFontFamilies(loaded)[0]
    return family or "DejaVu Sans"


def _fit_images(document, folder: Path) -> int:
    """Load every image (paths relative to the guide) and scale it down to the text width
    (screenshots are 1366 px wide); returns their count. A missing image stops the build."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QImage, QTextCursor, QTextDocument, QTextImageFormat

    count = 0
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            iterator += 1
            if not fragment.charFormat().isImageFormat():
                continue
            image_format = QTextImageFormat(fragment.charFormat().toImageFormat())
            picture = QImage(str(folder / image_format.name()))
            if picture.isNull():
                raise FileNotFoundError(f"Изображение не найдено: {folder / image_format.name()}")
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(image_format.name()), picture)
            scale = min(1.0, IMAGE_WIDTH / picture.width())
            image_format.setWidth(picture.width() * scale)
            image_format.setHeight(picture.height() * scale)
            cursor = QTextCursor(document)
            cursor.setPosition(fragment.position())
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(image_format)
            count += 1
        block = block.next()
    return count


def _wrap_code(document) -> None:
    """Long command lines of code blocks wrap at the page edge instead of running off it."""
    from PySide6.QtGui import QTextCursor

    block = document.begin()
    while block.isValid():
        block_format = block.blockFormat()
        if block_format.nonBreakableLines():
            block_format.setNonBreakableLines(False)
            QTextCursor(block).setBlockFormat(block_format)
        block = block.next()


def build(guide: Path, target: Path) -> int:
    """Write ``target`` from the Markdown file ``guide``; returns the number of pages."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    document = QTextDocument()
    document.setDefaultFont(QFont(_register_fonts(), FONT_POINTS))
    document.setDefaultStyleSheet("table { border-collapse: collapse; } th, td { padding: 3px; }")
    document.setMarkdown(guide.read_text(encoding="utf-8"), QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
    images = _fit_images(document, guide.parent)
    _wrap_code(document)

    target.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(target))
    writer.setTitle(guide.read_text(encoding="utf-8").splitlines()[0].lstrip("# ").strip())
    writer.setCreator("cxdesk installer/build_docs.py")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0)))
    writer.setResolution(300)
    document.print_(writer)
    pages = document.pageCount()
    print(f"  {target} — {images} изображений")
    return pages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist" / "docs")
    parser.add_argument("guides", nargs="*", type=Path, default=list(GUIDES))
    args = parser.parse_args(argv)
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts need it
    for guide in args.guides:
        build(guide.resolve(), args.out / f"{guide.stem}.pdf")
    return 0


if __name__ == "__main__":
    sys.exit(main())
