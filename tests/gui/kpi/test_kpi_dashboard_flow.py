"""The KPI page as a user meets it: choose a period and an office, read a traffic-light cell, drill
down to the feedback register with exactly the records counted, compare offices, add a regional
indicator in the form with its live preview, approve targets only with a decision, enter visits;
the page fits a 1366-px screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QTableWidget

from cxdesk.gui.main_window import MainWindow
from cxdesk.services import kpi_catalogue, kpi_denominators, kpi_targets


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_area("kpi")
    return window


def _choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def _row(table: QTableWidget, text: str) -> int:
    for row in range(table.rowCount()):
        if text in table.item(row, 1).text():
            return row
    raise AssertionError(f"no row with {text}")


def test_dashboard_traffic_light_and_drill_down_to_the_records(qtbot, kpi_ctx):
    window = _window(qtbot, kpi_ctx)
    page = window.page("kpi")
    dash = page.dashboard
    assert page.tabs.tabText(0) == "Мониторинг" and dash.office.itemText(0) == "Регион (все центры)"
    _choose(dash.kind, "quarter")
    _choose(dash.period, "2026Q2")
    _choose(dash.office, "TC01")
    row = _row(dash.table, "t_share")
    assert dash.table.item(row, 3).text() == "50,0 %"
    assert dash.table.item(row, 5).text() == "○ не достигнуто"  # thresholds 80 / 70, no target
    assert dash.table.item(row, 6).text() == "6"
    assert "III квартал" not in dash.summary.text() and "II квартал 2026 г." in dash.summary.text()
    rect = dash.table.visualRect(dash.table.model().index(row, 3))
    qtbot.mouseClick(dash.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dash.selected_code() == "t_share"
    qtbot.keyClick(dash.table, Qt.Key.Key_Return)
    assert window.current_area().id == "feedback"
    register = window.page("feedback")
    qtbot.waitUntil(lambda: register.model.rowCount() == 6)
    assert "Проверочный показатель t_share" in register.status.text()


def test_offices_are_compared_at_the_region_level(qtbot, kpi_ctx):
    window = _window(qtbot, kpi_ctx)
    dash = window.page("kpi").dashboard
    _choose(dash.period, "2026Q2")
    _choose(dash.office, None)
    assert dash.tabs.isTabVisible(dash.compare_index)
    headers = [dash.compare.horizontalHeaderItem(c).text() for c in range(dash.compare.columnCount())]
    assert headers[1:] == ["TC01", "TC02"]
    row = next(r for r in range(dash.compare.rowCount()) if "t_share" in dash.compare.item(r, 0).text())
    assert dash.compare.item(row, 1).text().endswith("50,0 %")
    assert dash.compare.item(row, 2).text().endswith("100,0 %")
    _choose(dash.office, "TC02")
    assert not dash.tabs.isTabVisible(dash.compare_index)


def test_a_regional_indicator_with_a_live_preview(qtbot, kpi_ctx, monkeypatch):
    window = _window(qtbot, kpi_ctx)
    page = window.page("kpi")
    page.tabs.setCurrentIndex(1)
    tab = page.catalogue
    seen = {}
    original = tab._dialog

    def filled(info=None):
        dialog = original(info)
        dialog.code.setText("reg_trust")
        dialog.name.setText("Доверие граждан (региональный)")
        _choose(dialog.kind, "mean")
        _choose(dialog.preview_period, "2026Q2")
        dialog.set_field("q1")
        dialog.additional.setChecked(True)
        dialog.green.setText("4,2")
        dialog.red.setText("3,5")
        dialog.update_preview()
        seen["preview"] = dialog.preview.text()
        monkeypatch.setattr(dialog, "exec", lambda: QDialog.DialogCode.Accepted)
        return dialog

    monkeypatch.setattr(tab, "_dialog", filled)
    tab.buttons["new"].click()
    # mean of q1 for citizens in the quarter: 32 / 9
    assert seen["preview"].startswith("3,56 балла за II квартал 2026 г.")
    info = kpi_catalogue.get_indicator(kpi_ctx.db, "reg_trust")
    assert info.data.additional and info.data.green == 4.2
    row = next(r for r in range(tab.table.rowCount()) if tab.table.item(r, 1).text() == "reg_trust")
    assert tab.table.item(row, 7).text() == "дополнительный"
    assert tab.status.text().endswith("дополнительных (региональных): 1")


def test_targets_need_a_decision(qtbot, kpi_ctx, monkeypatch, message_boxes):
    window = _window(qtbot, kpi_ctx)
    page = window.page("kpi")
    page.tabs.setCurrentIndex(2)
    tab = page.targets
    tab.table.selectRow(_row(tab.table, "t_share"))
    original = tab._target_dialog

    def filled(*args):
        dialog = original(*args)
        dialog.value.setValue(75)
        monkeypatch.setattr(dialog, "exec", lambda: QDialog.DialogCode.Accepted)
        return dialog

    monkeypatch.setattr(tab, "_target_dialog", filled)
    tab.buttons["set"].click()
    row = _row(tab.table, "t_share")
    assert (tab.table.item(row, 2).text(), tab.table.item(row, 4).text()) == ("75,0 %", "проект")
    tab.buttons["approve"].click()
    assert "только решением рабочей группы" in message_boxes.last.text
    assert kpi_targets.targets_status(kpi_ctx.db, tab.year.value()).drafts == 1


def test_monthly_visits_are_entered_and_the_page_fits_1366(qtbot, kpi_ctx):
    window = _window(qtbot, kpi_ctx)
    page = window.page("kpi")
    page.tabs.setCurrentIndex(3)
    tab = page.denominators
    tab.year.setValue(2026)
    assert tab.table.item(3, 1).text() == "1000"
    tab.table.item(5, 1).setText("1 250")
    tab.save_button.click()
    assert kpi_denominators.values(kpi_ctx.db, "TC01", 2026)[("2026-06", "visits")] == 1250
    tab.table.item(6, 1).setText("много")
    tab.save_button.click()
    assert "не число" in tab.error.text() and ("2026-07", "visits") not in kpi_denominators.values(
        kpi_ctx.db, "TC01", 2026)
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        needed = window.navigation.minimumWidth() + page.minimumSizeHint().width()
        assert needed <= 1366 - 40, (index, needed)
