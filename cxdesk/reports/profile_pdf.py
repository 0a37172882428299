"""A client-group profile card in print (A4 portrait): characteristics, needs, pains, channels, journeys.

Takes plain values (the service's profile data), never ORM objects; the image, if any, is scaled
to fit a 45 mm box beside the title.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import IO, Protocol

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Image, Spacer, Table, TableStyle

from cxdesk.reports.pdf import DocumentInfo, build_pdf, content_width, paragraph, styles, table

AUDIENCES = {"citizen": "Гражданин", "employer": "Работодатель"}


class ProfileLike(Protocol):
    name: str
    audience: str
    category: str
    description: str
    age_range: str
    education: str
    employment_status: str
    social_status: str
    digital_skills: str
    needs: tuple[str, ...]
    pains: tuple[str, ...]
    expectations: tuple[str, ...]
    barriers: tuple[str, ...]
    channels: tuple[str, ...]
    share_percent: float | None
    notes: str
    image: bytes | None


def _bullets(title: str, items: tuple[str, ...]) -> list:
    if not items:
        return []
    return [paragraph(title, "heading")] + [paragraph(f"•  {item}", "body") for item in items]


def _image(data: bytes, box: float) -> Image | None:
    try:
        img = Image(io.BytesIO(data))
    except Exception:  # an unreadable picture must not stop the printout
        return None
    scale = min(box / img.imageWidth, box / img.imageHeight)
    img.drawWidth, img.drawHeight = img.imageWidth * scale, img.imageHeight * scale
    return img


def profile_story(p: ProfileLike, info: DocumentInfo, journeys: list[str]) -> list:
    st = styles()
    width = content_width(info)
    subtitle = " · ".join(x for x in (AUDIENCES.get(p.audience, p.audience), p.category) if x)
    head = [paragraph(p.name, "title"), paragraph(subtitle, "small")]
    if p.description:
        head.append(Spacer(1, 2 * mm))
        head.append(paragraph(p.description, "body"))
    picture = _image(p.image, 45 * mm) if p.image else None
    if picture is not None:
        top = Table([[head, picture]], colWidths=[width - 50 * mm, 50 * mm])
        top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        story: list = [top]
    else:
        story = list(head)
    share = "" if p.share_percent is None else f"{p.share_percent:g} %".replace(".", ",")
    facts = [
        ("Возраст", p.age_range), ("Образование", p.education), ("Занятость", p.employment_status),
        ("Социальное положение", p.social_status), ("Цифровые навыки", p.digital_skills),
        ("Предпочитаемые каналы", ", ".join(p.channels)), ("Доля клиентов центра", share),
    ]
    rows = [[k, v] for k, v in facts if v]
    if rows:
        story.append(paragraph("Характеристики", "heading"))
        t = table(rows, [55 * mm, width - 55 * mm], header=False)
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEF1F5"))]))
        story.append(t)
    story += _bullets("Потребности", p.needs)
    story += _bullets("Боли", p.pains)
    story += _bullets("Ожидания", p.expectations)
    story += _bullets("Барьеры", p.barriers)
    if journeys:
        story += _bullets("Клиентские маршруты с этим профилем", tuple(journeys))
    if p.notes:
        story += [paragraph("Примечания", "heading"), paragraph(p.notes, st["body"])]
    return story


def export_profile_pdf(target: Path | str | IO[bytes], profile: ProfileLike, *, organisation: str,
                       printed_by: str, journeys: list[str] | None = None) -> None:
    info = DocumentInfo(title=f"Профиль клиентской группы: {profile.name}", organisation=organisation,
                        printed_by=printed_by)
    build_pdf(target, profile_story(profile, info, journeys or []), info)
