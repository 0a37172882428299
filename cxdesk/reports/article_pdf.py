"""A knowledge-base article in print (A4 portrait): title, a table of its facts (kind, status,
tags, links, revision, dates), the body laid out from its Markdown (headings, paragraphs, lists,
tables, images from attachments) and the list of attached files.

Takes plain values, never ORM objects; images come through ``blob`` (sha256 → bytes or None) and
are scaled to the text width. Inline markup is escaped before bold, italic and links are applied.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from reportlab.lib.units import mm
from reportlab.platypus import Image, ListFlowable, ListItem, Paragraph, Preformatted, Spacer

from cxdesk.core.knowledge_markdown import BLOB_SCHEME, inline_markup, parse_blocks
from cxdesk.reports.pdf import DocumentInfo, build_pdf, content_width, paragraph, styles, table


@dataclass(frozen=True)
class PrintableArticle:
    title: str
    facts: list[tuple[str, str]]  # (label, value) shown under the title
    body: str  # Markdown
    attachments: list[tuple[str, int]]  # (file name, size in bytes)


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / 1024 / 1024:.1f} МБ".replace(".", ",")
    return f"{max(1, round(n / 1024))} КБ"


def _image(data: bytes, width: float) -> Image | None:
    try:
        img = Image(io.BytesIO(data))
    except Exception:  # not an image reportlab can read: the attachment list still names it
        return None
    scale = min(1.0, width / img.imageWidth, (120 * mm) / img.imageHeight)
    img.drawWidth, img.drawHeight = img.imageWidth * scale, img.imageHeight * scale
    img.hAlign = "LEFT"
    return img


def body_flowables(markdown: str, width: float, blob=lambda sha: None) -> list:
    st = styles()
    out: list = []
    heading_sizes = {1: 13, 2: 12, 3: 11}
    for block in parse_blocks(markdown):
        if block.kind == "heading":
            style = st["heading"].clone(f"h{block.level}", fontSize=heading_sizes.get(block.level, 10.5),
                                        leading=heading_sizes.get(block.level, 10.5) + 3)
            out.append(Paragraph(inline_markup(block.text), style))
        elif block.kind == "paragraph":
            out.append(Paragraph(inline_markup(block.text), st["body"]))
            out.append(Spacer(0, 1.5 * mm))
        elif block.kind in ("bullets", "numbers"):
            items = [ListItem(Paragraph(inline_markup(item), st["body"]), leftIndent=12) for item in block.items]
            out.append(ListFlowable(items, bulletType="bullet" if block.kind == "bullets" else "1",
                                    start="•" if block.kind == "bullets" else 1, leftIndent=12,
                                    bulletFontName=st["body"].fontName, bulletFontSize=9,
                                    bulletFormat=None if block.kind == "bullets" else "%s."))
            out.append(Spacer(0, 1.5 * mm))
        elif block.kind == "table":
            cells = [[Paragraph(inline_markup(c), st["cell_bold" if i == 0 else "cell"]) for c in row]
                     for i, row in enumerate(block.rows)]
            columns = len(block.rows[0]) or 1
            out.append(table(cells, [width / columns] * columns))
            out.append(Spacer(0, 2 * mm))
        elif block.kind == "image":
            data = blob(block.src[len(BLOB_SCHEME):]) if block.src.startswith(BLOB_SCHEME) else None
            img = _image(data, width) if data else None
            out.append(img if img is not None else paragraph(f"[Изображение: {block.text or block.src}]", "small"))
        elif block.kind == "code":
            out.append(Preformatted(block.text, st["small"]))
    return out


def export_article_pdf(target: Path | str | IO[bytes], article: PrintableArticle, *, organisation: str,
                       printed_by: str, blob=lambda sha: None) -> None:
    info = DocumentInfo(title="Материал базы знаний", organisation=organisation, printed_by=printed_by)
    width = content_width(info)
    story: list = [paragraph(article.title, "title")]
    facts = [[label, value] for label, value in article.facts if value]
    if facts:
        story.append(table(facts, [45 * mm, width - 45 * mm], header=False))
        story.append(Spacer(0, 4 * mm))
    story += body_flowables(article.body, width, blob)
    if article.attachments:
        story.append(paragraph("Вложения", "heading"))
        story.append(table([["Файл", "Размер"]] + [[name, _size(size)] for name, size in article.attachments],
                           [width - 30 * mm, 30 * mm]))
    build_pdf(target if not isinstance(target, str) else Path(target), story, info)
