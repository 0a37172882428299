"""Printed documents of the feedback area: the complaints-book register for a period, the register
of any filtered view, and a blank questionnaire for paper surveys (reportlab, common print frame)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import IO

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from cxdesk.reports.pdf import DocumentInfo, build_pdf, content_width, paragraph, styles, table

BOOK_HEADERS = [
    "№",
    "Дата, время",
    "Вид",
    "Автор, контакты",
    "Содержание",
    "Ответственный, меры",
    "Ответ (дата, способ)",
    "Статус",
]
BOOK_WIDTHS = [14, 22, 30, 38, 74, 43, 30, 22]  # mm, A4 landscape content width ≈ 267 mm


def book_register_pdf(
    target: Path | IO[bytes], rows: Sequence[dict], info: DocumentInfo, period: str
) -> None:
    """«Журнал книги жалоб и предложений» for a period: one row per entry, headers repeat on every page."""
    st = styles()
    story = [
        paragraph("Реестр записей книги жалоб и предложений", st["title"]),
        paragraph(f"{info.organisation}. Период: {period}. Записей: {len(rows)}.", st["body"]),
        Spacer(1, 3 * mm),
    ]
    data: list[list[object]] = [BOOK_HEADERS]
    for r in rows:
        author = (
            "\n".join(x for x in (r.get("author"), r.get("contacts"), r.get("address")) if x) or "не указан"
        )
        answer = ", ".join(
            x
            for x in (
                r["answer_on"].strftime("%d.%m.%Y") if r.get("answer_on") else "",
                r.get("answer_method_title", ""),
            )
            if x
        )
        data.append(
            [
                r["number"],
                r["when"],
                r["kind_title"],
                author,
                r["text"],
                "\n".join(x for x in (r.get("responsible"), r.get("measures")) if x),
                answer or "—",
                r["status_title"],
            ]
        )
    if len(data) == 1:
        data.append(["—", "", "", "", "Записей за период нет", "", "", ""])
    scale = content_width(info) / (sum(BOOK_WIDTHS) * mm)
    story.append(table(data, [w * mm * scale for w in BOOK_WIDTHS]))
    build_pdf(target, story, info)


REGISTER_HEADERS = ["Дата", "Источник", "Номер", "Офис", "Текст", "Темы", "Тональность", "Статус"]
REGISTER_WIDTHS = [20, 28, 26, 14, 105, 36, 22, 22]


def register_view_pdf(
    target: Path | IO[bytes], rows: Sequence[dict], info: DocumentInfo, caption: str
) -> None:
    """The current view of the single register (the first rows of a large view; the caption says so)."""
    st = styles()
    story = [
        paragraph("Единый реестр обратной связи", st["title"]),
        paragraph(caption, st["body"]),
        Spacer(1, 3 * mm),
    ]
    data: list[list[object]] = [REGISTER_HEADERS]
    for r in rows:
        data.append(
            [
                r["received_on"].strftime("%d.%m.%Y"),
                r["source_title"],
                r["number"],
                r["office_code"],
                (r["text"] or r["subject"] or "")[:600],
                r["topics_title"],
                r["sentiment_title"],
                r["status_title"],
            ]
        )
    scale = content_width(info) / (sum(REGISTER_WIDTHS) * mm)
    story.append(table(data, [w * mm * scale for w in REGISTER_WIDTHS]))
    build_pdf(target, story, info)


def _boxes(options: list[str]) -> str:
    """Tick boxes that never break away from their option (no-break spaces inside, em spaces between)."""
    return "\u2003 ".join("☐\u00a0" + o.replace(" ", "\u00a0") for o in options)


EFFORT_OPTIONS = ["легко", "скорее легко", "ни легко, ни сложно", "скорее сложно", "очень сложно"]


def blank_questionnaire_pdf(target: Path | IO[bytes], template: dict, info: DocumentInfo) -> None:
    """A paper questionnaire: each question with boxes to tick (☐) or lines to write on."""
    st = styles()
    story = [paragraph(template["title"], st["title"])]
    if template.get("intro"):
        story.append(paragraph(template["intro"], st["body"]))
    story.append(paragraph(f"Дата: «___» ____________ {date.today().year} г.", st["body"]))
    story.append(Spacer(1, 3 * mm))
    for number, q in enumerate(template["questions"], start=1):
        story.append(paragraph(f"{number}. {q['text']}", st["heading"]))
        kind = q["type"]
        if kind == "scale5":
            story.append(paragraph(_boxes(["1 (очень плохо)", "2", "3", "4", "5 (отлично)"]), st["body"]))
        elif kind == "nps":
            story.append(paragraph(_boxes([str(n) for n in range(11)]), st["body"]))
        elif kind == "effort":
            story.append(paragraph(_boxes(EFFORT_OPTIONS), st["body"]))
        elif kind in ("single", "multi"):
            hint = "(один вариант)" if kind == "single" else "(можно несколько вариантов)"
            story.append(paragraph(hint, st["small"]))
            story.append(paragraph(_boxes(q["options"]), st["body"]))
        else:
            story.append(paragraph("_" * 90 + "\n" + "_" * 90, st["body"]))
    story.append(Spacer(1, 4 * mm))
    story.append(
        paragraph(
            "Спасибо за ваши ответы! Анкету можно опустить в ящик у входа или передать специалисту.",
            st["small"],
        )
    )
    build_pdf(target, story, info)
