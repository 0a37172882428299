"""The profiles page: the count against the minimum, search, the card, create through the form,
copy, archive, print; a reader can read but not change."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from cxdesk.gui.areas import area
from cxdesk.gui.profiles.dialog import ProfileDialog
from cxdesk.gui.profiles.page import ProfilesPage
from cxdesk.services import profiles


def _page(qtbot, ctx) -> ProfilesPage:
    page = ProfilesPage(ctx, area("profiles"))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    return page


def test_count_search_and_card(qtbot, cx_ctx):
    page = _page(qtbot, cx_ctx)
    assert "12 из ≥10" in page.title_label.text()
    page.search.setText("инвалидностью")
    assert page.model.rowCount() == 1
    page.table.selectRow(0)
    html = page.card.toPlainText()
    assert "Граждане с инвалидностью" in html and "Сопровождение инвалида при трудоустройстве" in html


def test_create_through_the_form_then_copy_and_archive(qtbot, cx_ctx, monkeypatch, message_boxes, tmp_path,
                                                        print_previews):
    page = _page(qtbot, cx_ctx)

    def filled(data=None):
        dialog = ProfileDialog(data, page)
        dialog.name.setText("Самозанятые граждане")
        dialog.lists["needs"].setPlainText("Налоговые консультации\n\nЗаказы")
        dialog.channel_boxes["Мессенджеры"].setChecked(True)
        dialog.share.setValue(2.5)
        monkeypatch.setattr(dialog, "exec", lambda: QDialog.DialogCode.Accepted)
        return dialog

    monkeypatch.setattr(page, "_dialog", filled)
    page.create_profile()
    assert "13 из ≥10" in page.title_label.text()
    created = profiles.get_profile(cx_ctx.db, cx_ctx.actor, page.selected_id())
    assert created.data.needs == ("Налоговые консультации", "Заказы")
    assert created.data.channels == ("Мессенджеры",) and created.data.share_percent == 2.5
    page.copy_selected()
    assert "14 из ≥10" in page.title_label.text()
    page.archive_selected()
    assert "13 из ≥10" in page.title_label.text()
    target = tmp_path / "card.pdf"
    page.search.setText("Самозанятые")
    page.table.selectRow(0)
    monkeypatch.setattr("cxdesk.gui.messages.choose_save_path", lambda *a: target)
    print_previews.actions.append("save")  # the print preview's «Сохранить PDF…»
    page.print_selected()
    qtbot.waitUntil(lambda: target.exists(), timeout=10000)
    assert target.read_bytes().startswith(b"%PDF") and print_previews.last.page_size == "A4"


def test_reader_cannot_change_profiles(qtbot, library_reader_ctx):
    page = _page(qtbot, library_reader_ctx)
    assert page.model.rowCount() == 12
    assert not page.buttons["new"].isEnabled() and not page.buttons["edit"].isEnabled()
    assert page.buttons["print"].isEnabled()
