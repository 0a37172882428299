"""Showing article bodies in Qt: text views that resolve ``cxdesk-blob:<sha256>`` images from the
knowledge base (through a loader given by the page, so no widget opens a session), the HTML of a
revision diff, and filter combo boxes that may shrink.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QComboBox, QTextBrowser, QTextEdit, QWidget

from cxdesk.core.knowledge import DiffLine
from cxdesk.core.knowledge_markdown import BLOB_SCHEME

BlobLoader = Callable[[str], bytes | None]


def _blob_image(loader: BlobLoader | None, cache: dict[str, bytes], url: QUrl) -> QImage | None:
    name = url.toString()
    if not name.startswith(BLOB_SCHEME):
        return None
    sha = name[len(BLOB_SCHEME):]
    data = cache.get(sha)
    if data is None and loader is not None:
        data = loader(sha)
    return QImage.fromData(data) if data else None


class ArticleBrowser(QTextBrowser):
    """Read-only view of a Markdown body; external links open in the system browser."""

    def __init__(self, loader: BlobLoader | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loader = loader
        self.cache: dict[str, bytes] = {}
        self.setOpenExternalLinks(True)

    def loadResource(self, kind: int, url: QUrl):
        if kind == QTextDocument.ResourceType.ImageResource.value:
            image = _blob_image(self.loader, self.cache, url)
            if image is not None:
                return image
        return super().loadResource(kind, url)


class ArticleTextEdit(QTextEdit):
    """The rich-text editor of a body: images of attachments (stored or just added) are shown."""

    def __init__(self, loader: BlobLoader | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loader = loader
        self.cache: dict[str, bytes] = {}
        self.setAcceptRichText(True)

    def loadResource(self, kind: int, url: QUrl):
        if kind == QTextDocument.ResourceType.ImageResource.value:
            image = _blob_image(self.loader, self.cache, url)
            if image is not None:
                return image
        return super().loadResource(kind, url)


def shrinkable(combo: QComboBox, width: int = 90) -> None:
    """A filter combo box as wide as its items when there is room, narrower in a small window."""
    combo.setMinimumWidth(width)


def diff_html(fields: list[tuple[str, str, str]], lines: list[DiffLine], *, unchanged_text: str) -> str:
    """Removed lines on red, added on green, with − and + marks (colour is not the only signal)."""
    parts = []
    if fields:
        rows = "".join(f"<tr><td><b>{escape(name)}</b></td><td style='background:#fde7e7'>− {escape(old)}</td>"
                       f"<td style='background:#e5f5e5'>+ {escape(new)}</td></tr>" for name, old, new in fields)
        parts.append(f"<table cellspacing='0' cellpadding='3'>{rows}</table><hr>")
    styles = {"-": ("#fde7e7", "−"), "+": ("#e5f5e5", "+"), " ": ("transparent", "&nbsp;")}
    for line in lines:
        background, mark = styles[line.op]
        parts.append(f"<div style='background:{background}; font-family:monospace; white-space:pre-wrap'>"
                     f"{mark} {escape(line.text) or '&nbsp;'}</div>")
    if not parts:
        parts.append(f"<p>{escape(unchanged_text)}</p>")
    return "".join(parts)
