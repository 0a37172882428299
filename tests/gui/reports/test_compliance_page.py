"""The «Соответствие Стандарту» page: statuses with colour and word, evidence, «Перейти», printing."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cxdesk.gui.areas import area
from cxdesk.gui.compliance.page import CompliancePage
from cxdesk.services import profiles
from cxdesk.services.profiles import ProfileData


def make_page(qtbot, ctx) -> CompliancePage:
    page = CompliancePage(ctx, area("compliance"))
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitUntil(lambda: page.result is not None, timeout=30000)
    return page


def row_of(page: CompliancePage, rid: str) -> int:
    return next(r for r in range(page.table.rowCount()) if page.table.item(r, 0).text() == rid)


def test_statuses_evidence_and_refresh_on_change(qtbot, specialist_ctx):
    ctx = specialist_ctx
    page = make_page(qtbot, ctx)
    assert page.table.rowCount() == 18
    r5 = row_of(page, "R5")
    assert page.table.item(r5, 2).text() == "✖ не выполнено"
    assert page.table.item(r5, 2).background().color().name() == "#fbdcdc"
    r1 = row_of(page, "R1")
    assert page.table.item(r1, 2).text() == "✔ выполнено"
    page.table.selectRow(r1)
    assert "Как проверяется" in page.detail.toPlainText() and "минимум\n10" in page.detail.toPlainText()
    for profile_id in profiles.list_profile_ids(ctx.db, ctx.actor)[9:]:
        ctx.runner.run(lambda pid=profile_id: profiles.set_archived(ctx.db, ctx.actor, pid, True),
                       changes=("profile",))
    qtbot.waitUntil(lambda: page.table.item(row_of(page, "R1"), 2).text() == "✖ не выполнено", timeout=30000)
    ctx.runner.run(lambda: profiles.create_profile(ctx.db, ctx.actor, ProfileData(name="Выпускники колледжей")),
                   changes=("profile",))
    qtbot.waitUntil(lambda: page.table.item(row_of(page, "R1"), 2).text() == "✔ выполнено", timeout=30000)
    assert "10 профилей при минимуме 10" in page.table.item(row_of(page, "R1"), 3).text()


def test_go_to_the_screen_where_the_requirement_is_fixed(qtbot, main_window):
    main_window.show_area("compliance")
    page = main_window.current_page()
    qtbot.waitUntil(lambda: page.result is not None, timeout=30000)
    page.table.selectRow(row_of(page, "R16"))
    qtbot.mouseClick(page.go_button, Qt.MouseButton.LeftButton)
    assert main_window.current_page().objectName() == "page_events"


def test_the_printed_self_audit_opens_in_the_preview(qtbot, reader_ctx, print_previews):
    page = make_page(qtbot, reader_ctx)  # every role may print it
    page.period.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.result is not None and page.result.period.code == page.period.currentData(),
                    timeout=30000)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(print_previews.shown), timeout=30000)
    assert print_previews.last.page_count >= 1 and print_previews.last.title == "Самопроверка соответствия Стандарту"
