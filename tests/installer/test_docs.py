"""The guides: every picture they show exists, and they build to PDF with readable Cyrillic text."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from pypdf import PdfReader  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "installer"))

import build_docs  # noqa: E402

IMAGE = re.compile(r"!\[[^\]]*\]\(([^)]+)\)")


@pytest.mark.parametrize("guide", build_docs.GUIDES, ids=lambda p: p.name)
def test_every_picture_a_guide_shows_exists(guide):
    pictures = IMAGE.findall(guide.read_text(encoding="utf-8"))
    assert pictures, f"{guide.name} shows no screenshot"
    assert [p for p in pictures if not (guide.parent / p).is_file()] == []


def test_user_guide_shows_every_area_it_describes():
    text = (ROOT / "docs" / "user-guide.md").read_text(encoding="utf-8")
    for picture in ("login", "profiles", "journeys", "journey-map", "feedback", "working_group", "events",
                    "knowledge"):
        assert f"images/{picture}.png" in text, picture


def test_a_guide_becomes_a_pdf_with_its_text_tables_and_pictures(qapp, tmp_path):
    (tmp_path / "images").mkdir()
    from PySide6.QtGui import QColor, QImage

    picture = QImage(1366, 768, QImage.Format.Format_RGB32)
    picture.fill(QColor("#1f5f99"))
    picture.save(str(tmp_path / "images" / "wide.png"))
    guide = tmp_path / "guide.md"
    guide.write_text(
        "# Руководство проверки\n\nПервый абзац: ёжик съел щавель.\n\n![Окно](images/wide.png)\n\n"
        "| роль | что может |\n|---|---|\n| Администратор | всё |\n",
        encoding="utf-8",
    )
    target = tmp_path / "out" / "guide.pdf"
    build_docs.build(guide, target)
    reader = PdfReader(str(target))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())  # Qt sets words apart
    assert "Руководство проверки" in text and "ёжик съел щавель" in text and "Администратор" in text
    assert reader.metadata.title == "Руководство проверки"
    images = [image for page in reader.pages for image in page.images]
    assert len(images) == 1


def test_a_missing_picture_stops_the_build(qapp, tmp_path):
    guide = tmp_path / "guide.md"
    guide.write_text("# Руководство\n\n![Нет](images/none.png)\n", encoding="utf-8")
    with pytest.raises(FileNotFoundError, match="none.png"):
        build_docs.build(guide, tmp_path / "guide.pdf")
