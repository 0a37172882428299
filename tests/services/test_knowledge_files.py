"""Knowledge-base files: attachments survive every round trip byte for byte (database, export zip,
import), the 50 MB cap, a damaged export changes nothing, and an article prints to a PDF."""

from __future__ import annotations

import hashlib
import os
import zipfile

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from cxdesk.core import knowledge as rules
from cxdesk.core.knowledge import PUBLISHED
from cxdesk.services import knowledge as kb
from cxdesk.services import knowledge_files as files
from cxdesk.services import knowledge_history as history
from cxdesk.services.actor import Actor
from cxdesk.services.errors import PermissionDenied, ValidationError
from cxdesk.services.roles import Role

READER = Actor("petrov", "Петров Пётр Петрович", Role.READER)
SPECIALIST = Actor("cx", "Орлова Мария Петровна", Role.CX_SPECIALIST)
PAYLOAD = os.urandom(300_000) + bytes(range(256)) + b"\x00" * 1000


def _article(db, actor=SPECIALIST, status=PUBLISHED):
    body = ("## Порядок\n\n1. Принять заявление\n2. Проверить документы\n\n| Срок | Кто |\n|---|---|\n"
            "| 3 дня | Инспектор |\n")
    return kb.create_article(db, actor, kb.ArticleData("Регламент приёма заявлений", "regulation", body,
                                                       ("приём",)), status=status)


def test_attachment_bytes_round_trip_identically_and_are_stored_once(db):
    info = _article(db)
    first = files.add_attachment(db, SPECIALIST, info.id, "Скан приказа №5.pdf", PAYLOAD)
    second = files.add_attachment(db, SPECIALIST, info.id, "копия.pdf", PAYLOAD)
    assert first.sha256 == second.sha256 == hashlib.sha256(PAYLOAD).hexdigest()
    name, data = files.attachment_bytes(db, READER, first.id)
    assert (name, data) == ("Скан приказа №5.pdf", PAYLOAD)
    with db.uow() as uow:
        assert uow.session.scalar(text("SELECT count(*) FROM knowledge_blob")) == 1
    assert history.list_revisions(db, READER, info.id)[0].note == "Добавлен файл «копия.pdf»"


def test_export_and_import_keep_attachments_byte_identical(db, tmp_path):
    info = _article(db)
    files.add_attachment(db, SPECIALIST, info.id, "форма.docx", PAYLOAD)
    target = tmp_path / "материалы.zip"
    assert files.export_articles(db, READER, [info.id], target) == 1
    imported = files.import_articles(db, READER, target)
    assert len(imported) == 1
    copy = imported[0]
    assert copy.id != info.id and copy.status == "draft" and copy.author_login == READER.login
    assert (copy.data.title, copy.data.body, copy.data.tags) == (info.data.title, info.data.body, info.data.tags)
    assert files.attachment_bytes(db, READER, copy.attachments[0].id) == ("форма.docx", PAYLOAD)


def test_a_damaged_export_imports_nothing(db, tmp_path):
    info = _article(db)
    files.add_attachment(db, SPECIALIST, info.id, "форма.docx", PAYLOAD)
    good, bad = tmp_path / "good.zip", tmp_path / "bad.zip"
    files.export_articles(db, SPECIALIST, [info.id], good)
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            dst.writestr(item, data[:-1] + b"!" if item.filename.startswith("files/") else data)
    before = kb.count_articles(db, SPECIALIST, "all")
    with pytest.raises(ValidationError, match="повреждён"):
        files.import_articles(db, SPECIALIST, bad)
    assert kb.count_articles(db, SPECIALIST, "all") == before


def test_markdown_file_imports_as_a_draft(db, tmp_path):
    path = tmp_path / "памятка.md"
    path.write_text("# Памятка по записи на приём\n\nЗапишитесь через портал.\n", encoding="utf-8")
    [info] = files.import_articles(db, READER, path)
    assert info.data.title == "Памятка по записи на приём" and info.status == "draft"


def test_files_over_the_limit_are_refused(db, monkeypatch):
    info = _article(db)
    monkeypatch.setattr(rules, "MAX_ATTACHMENT_BYTES", 1000)
    with pytest.raises(ValidationError, match="50 МБ"):
        files.add_attachment(db, SPECIALIST, info.id, "big.bin", b"x" * 1001)


def test_a_reader_cannot_attach_to_a_published_article(db):
    info = _article(db)
    with pytest.raises(PermissionDenied):
        files.add_attachment(db, READER, info.id, "x.txt", b"x")


def test_article_prints_to_pdf(db, tmp_path):
    info = _article(db)
    target = tmp_path / "article.pdf"
    files.print_article(db, READER, info.id, target)
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Регламент приёма заявлений" in text and "Проверить документы" in text and "Инспектор" in text
    assert "стр. 1 из 1" in text
