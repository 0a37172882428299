"""The «Обмен с УЦЗН» page driven as a user would: an office creates a bundle for its УЦЗН in the export
dialog, the УЦЗН checks it (nothing written), applies it, sees it in the journal; a forged file is shown
refused in red with its reason; registering a key needs the fingerprint read out by the other side."""

from __future__ import annotations

from pathlib import Path

import pytest

from cxdesk.gui.areas import area
from cxdesk.gui.exchange.export_dialog import ExportDialog
from cxdesk.gui.exchange.import_dialog import ImportDialog
from cxdesk.gui.exchange.page import ExchangePage
from cxdesk.services import exchange, feedback, offices
from cxdesk.services import feedback_register as reg
from cxdesk.services.actor import Actor
from cxdesk.services.roles import Role
from cxdesk.store.database import open_database
from tests.gui.gui_support import make_context

ADMIN = Actor.command_line()


def _centre(folder: Path, code: str, name: str, kind: str):
    db = open_database(folder / f"{code}.db")
    offices.initialize(db, office_code=code, office_name=name, kind=kind, region="Энская область",
                       admin_login="admin", admin_full_name="Соколова Анна Викторовна", admin_password="Admin-2024")
    exchange.export_public_key(db, ADMIN, folder / f"{code}.cxkey")
    return db


@pytest.fixture
def centres(tmp_path):
    office = _centre(tmp_path, "TC01", "ТЦЗН по г. Заречный", "tczn")
    region = _centre(tmp_path, "UC01", "УЦЗН Энской области", "uczn")
    exchange.register_peer(office, ADMIN, "UC01", tmp_path / "UC01.cxkey")
    exchange.register_peer(region, ADMIN, "TC01", tmp_path / "TC01.cxkey")
    yield office, region, tmp_path
    office.close()
    region.close()


def _received(region) -> list[str]:
    reader = Actor("cx.orlova", "Орлова Мария", Role.CX_SPECIALIST)
    return reg.register_ids(region, reader, reg.RegisterFilter(offices=("TC01",)))


def _wait_for_job(qtbot, ctx) -> None:
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=20000)


def test_a_bundle_goes_from_the_office_to_the_managing_centre(qtbot, russian, centres, message_boxes):
    office, region, folder = centres
    specialist = Actor("cx.petrova", "Петрова Ольга Ивановна", Role.CX_SPECIALIST)
    record = feedback.create_record(office, specialist, "book", {"kind": "complaint", "text": "Очередь у окна 3"})
    office_ctx = make_context(office, ADMIN)
    export = ExportDialog(office_ctx)
    qtbot.addWidget(export)
    assert export.recipient.currentData() == "UC01"
    export.folder.setText(str(folder))
    export.create.click()
    _wait_for_job(qtbot, office_ctx)
    assert len(export.results) == 1 and export.results[0].path.exists()
    assert "UC01" in export.summary.toPlainText() and "№" in export.summary.toPlainText()

    region_ctx = make_context(region, ADMIN)
    page = ExchangePage(region_ctx, area("exchange"))
    qtbot.addWidget(page)
    dialog = ImportDialog(region_ctx, page)
    qtbot.addWidget(dialog)
    forged = folder / "поддельный.cxb"
    forged.write_bytes(export.results[0].path.read_bytes()[:-40] + b"\0" * 40)
    dialog.add_paths([export.results[0].path, forged])
    assert not dialog.apply.isEnabled()  # nothing can be applied before the check
    dialog.check.click()
    _wait_for_job(qtbot, region_ctx)
    assert _received(region) == []  # the check wrote nothing
    assert dialog.result.dry_run and dialog.apply.isEnabled()
    results = {dialog.table.item(r, 0).text(): dialog.table.item(r, 3).text() for r in range(dialog.table.rowCount())}
    assert results[forged.name] == "отклонён" and results[export.results[0].path.name] == "применён"
    refused_row = next(r for r in range(2) if dialog.table.item(r, 0).text() == forged.name)
    assert dialog.table.item(refused_row, 0).background().color().name() == "#f8d7d4"
    assert dialog.table.item(refused_row, 5).text()  # the reason, in Russian

    dialog.apply.click()
    _wait_for_job(qtbot, region_ctx)
    assert not dialog.result.dry_run and dialog.applied
    assert _received(region) == [record.id]
    assert "отклонено: 1" in dialog.status.text() and "применено: 1" in dialog.status.text()
    page.refresh()
    journal = page.journal.table
    assert journal.rowCount() == 1
    assert [journal.item(0, c).text() for c in (1, 2, 3)] == ["получен", "TC01", "1"]


def test_a_key_is_registered_only_with_the_fingerprint_read_out(qtbot, centres, message_boxes, monkeypatch,
                                                                 tmp_path):
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    office, region, folder = centres
    (tmp_path / "third").mkdir()
    third = _centre(tmp_path / "third", "TC02", "ТЦЗН по Лесному району", "tczn")
    key_file = (tmp_path / "third" / "TC02.cxkey")
    spoken = exchange.read_public_key(key_file).fingerprint
    ctx = make_context(region, ADMIN)
    page = ExchangePage(ctx, area("exchange"))
    qtbot.addWidget(page)
    tab = page.centres
    assert "UC01" in tab.own_label.text() and exchange.own_keys(region, ADMIN).fingerprint in tab.own_label.text()
    assert tab.table.rowCount() == 1
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(key_file), ""))
    answers = ["AAAA BBBB CCCC", spoken]
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (answers.pop(0), True))
    tab.register.click()  # a fingerprint that does not match: refused, nothing registered
    assert message_boxes.last.kind == "error" and tab.table.rowCount() == 1
    tab.register.click()
    assert "TC02" in message_boxes.last.text
    assert sorted(tab.table.item(r, 0).text() for r in range(tab.table.rowCount())) == ["TC01", "TC02"]
    row = next(r for r in range(2) if tab.table.item(r, 0).text() == "TC02")
    tab.table.selectRow(row)
    message_boxes.replies = [False]
    tab.revoke.click()  # the confirmation is declined: nothing changes
    assert not next(p for p in exchange.list_peers(region, ADMIN) if p.office_code == "TC02").revoked
    tab.table.selectRow(row)
    tab.revoke.click()
    assert next(p for p in exchange.list_peers(region, ADMIN) if p.office_code == "TC02").revoked
    third.close()


def test_a_reader_sees_no_exchange_controls(qtbot, centres):
    _, region, _ = centres
    ctx = make_context(region, Actor("petrov", "Петров Пётр", Role.READER))
    page = ExchangePage(ctx, area("exchange"))
    qtbot.addWidget(page)
    assert not page.export_button.isEnabled() and not page.import_button.isEnabled()
    assert "роль" in page.notice.text().lower()
