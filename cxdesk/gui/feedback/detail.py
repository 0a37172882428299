"""The selected record as HTML for the detail panel: what it says, who and when, deadlines, analytics."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication

from cxdesk.services.feedback import RecordInfo
from cxdesk.services.feedback_terms import (
    ANSWER_METHODS,
    APPEAL_CHANNELS,
    AUDIENCES,
    BOOK_KINDS,
    SENTIMENTS,
    STATUSES,
    title,
)


def _d(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


RECORD_TITLES = {
    "book": "Запись книги жалоб и предложений",
    "appeal": "Обращение",
    "open": "Упоминание",
    "survey": "Анкета",
    "metric": "Метрика удовлетворённости",
}


def _answer(value) -> str:
    return ", ".join(value) if isinstance(value, list) else str(value)


def record_html(
    info: RecordInfo, topic_titles: dict[str, str], answer_titles: dict[str, str] | None = None
) -> str:
    heading = f"{RECORD_TITLES[info.source]} {('№ ' + info.number) if info.number else ''}"
    facts = [
        (
            QCoreApplication.translate("FeedbackDetail", "Date"),
            info.received_at.astimezone().strftime("%d.%m.%Y %H:%M")
            if info.received_at
            else _d(info.received_on),
        ),
        (QCoreApplication.translate("FeedbackDetail", "Office"), info.office_code),
        (QCoreApplication.translate("FeedbackDetail", "Audience"), title(AUDIENCES, info.audience)),
        (QCoreApplication.translate("FeedbackDetail", "Kind"), title(BOOK_KINDS, info.kind)),
        (
            QCoreApplication.translate("FeedbackDetail", "Channel"),
            title(APPEAL_CHANNELS, info.channel) if info.source == "appeal" else info.channel,
        ),
        (QCoreApplication.translate("FeedbackDetail", "Author"), info.author),
        (QCoreApplication.translate("FeedbackDetail", "Address"), info.address),
        (QCoreApplication.translate("FeedbackDetail", "Contacts"), info.contacts),
        (QCoreApplication.translate("FeedbackDetail", "Subject"), info.subject),
        (
            QCoreApplication.translate("FeedbackDetail", "Rating"),
            "" if info.rating is None else f"{info.rating:.2f}".replace(".", ","),
        ),
        (QCoreApplication.translate("FeedbackDetail", "Status"), title(STATUSES, info.status)),
        (QCoreApplication.translate("FeedbackDetail", "Responsible"), info.responsible),
        (QCoreApplication.translate("FeedbackDetail", "Measures taken"), info.measures),
        (QCoreApplication.translate("FeedbackDetail", "Registered"), _d(info.registered_on)),
        (QCoreApplication.translate("FeedbackDetail", "Registration due"), _d(info.register_due)),
        (
            QCoreApplication.translate("FeedbackDetail", "Answer due"),
            _d(info.answer_due)
            + (
                QCoreApplication.translate("FeedbackDetail", " (extended by {n} days)").format(
                    n=info.extended_days
                )
                if info.extended_days
                else ""
            ),
        ),
        (
            QCoreApplication.translate("FeedbackDetail", "Answer"),
            " ".join(
                x for x in (_d(info.answer_on), title(ANSWER_METHODS, info.answer_method), info.answer) if x
            ),
        ),
        (QCoreApplication.translate("FeedbackDetail", "Link"), info.url),
        (
            QCoreApplication.translate("FeedbackDetail", "Reach"),
            "" if info.reach is None else f"{info.reach:,}".replace(",", " "),
        ),
        (
            QCoreApplication.translate("FeedbackDetail", "Topics"),
            ", ".join(topic_titles.get(c, c) for c in info.topics)
            + (
                QCoreApplication.translate("FeedbackDetail", " (assigned by hand)")
                if info.topics_manual
                else ""
            ),
        ),
        (
            QCoreApplication.translate("FeedbackDetail", "Sentiment"),
            f"{title(SENTIMENTS, info.sentiment)} ({info.sentiment_score:+.1f})",
        ),
        (
            QCoreApplication.translate("FeedbackDetail", "Touchpoint"),
            QCoreApplication.translate("FeedbackDetail", "linked") if info.touchpoint_id else "",
        ),
        (
            QCoreApplication.translate("FeedbackDetail", "Attachments"),
            ", ".join(f"{name} ({size // 1024 + 1} КБ)" for _, name, size in info.attachments),
        ),
    ]
    rows = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(str(v))}</td></tr>" for k, v in facts if v)
    answers = ""
    if info.source in ("survey", "metric") and info.ratings:
        answers = (
            "<h3>"
            + escape(QCoreApplication.translate("FeedbackDetail", "Answers"))
            + "</h3><table cellpadding='2'>"
            + "".join(
                f"<tr><td>{escape((answer_titles or {}).get(k, k))}</td><td><b>{escape(_answer(v))}</b></td></tr>"
                for k, v in info.ratings.items()
            )
            + "</table>"
        )
    text = escape(info.text).replace("\n", "<br>")
    return (
        f"<h3>{escape(heading)}</h3><p>{text}</p>"
        f"<table cellspacing='0' cellpadding='3'>{rows}</table>{answers}"
    )


def answer_titles(ctx) -> dict[str, str]:
    """Question texts and rating criteria by code, for the answers of surveys and metrics."""
    from cxdesk.services import feedback_surveys
    from cxdesk.services.feedback_terms import VASH_KONTROL_CRITERIA

    titles = dict(VASH_KONTROL_CRITERIA)
    for template in feedback_surveys.list_templates(ctx.db, ctx.actor):
        titles.update({q["code"]: q["text"] for q in template.questions})
    titles.update({f"n{n}": f"«{n}»" for n in range(1, 6)})
    return titles
