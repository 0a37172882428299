"""The lazy id-list table model: Qt's model tester finds no fault, sorting asks the source again
and changes the order, rows are fetched page by page on demand, selection follows its rows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QAbstractItemModelTester

from cxdesk.gui.admin.users_tab import UserSource
from cxdesk.gui.table_model import RIGHT, ROW_ID_ROLE, Column, IdWindow, LazyIdTableModel
from cxdesk.services import users
from cxdesk.services.roles import Role


class NumbersSource:
    """1 000 rows {id, name, size}; counts the row fetches."""

    def __init__(self, count: int = 1000) -> None:
        self.data = {i: {"id": i, "name": f"запись {i:04d}", "size": (i * 37) % 101} for i in range(count)}
        self.fetched: list[int] = []

    def ids(self, key, order, text):
        rows = [r for r in self.data.values() if text in r["name"]]
        rows.sort(key=lambda r: (r[key or "id"], r["id"]), reverse=order == Qt.SortOrder.DescendingOrder)
        return [r["id"] for r in rows]

    def rows(self, ids):
        self.fetched.extend(ids)
        return {i: self.data[i] for i in ids if i in self.data}


def numbers_model(source: NumbersSource, **kwargs) -> LazyIdTableModel:
    columns = [Column("id", "№", RIGHT), Column("name", "Название"), Column("size", "Размер", RIGHT)]
    model = LazyIdTableModel(columns, source.ids, source.rows, **kwargs)
    model.refresh()
    return model


def model_tester(model) -> QAbstractItemModelTester:
    return QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)


def test_users_model_passes_the_model_tester_and_sorts(qtbot, admin_ctx, qtlog):
    for login, name in (("borisova", "Борисова Анна"), ("yakovlev", "Яковлев Олег")):
        users.add_user(admin_ctx.db, admin_ctx.actor, login, name, Role.OPERATOR, "Secret-2024")
    source = UserSource(admin_ctx)
    model = LazyIdTableModel(
        [
            Column("login", "Имя"),
            Column("full_name", "ФИО"),
            Column("role", "Роль", display=lambda u: u.role_title),
        ],
        source.ids,
        source.rows,
        sort_key="login",
    )
    check = model_tester(model)
    model.refresh()
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "admin",
        "borisova",
        "petrov",
        "yakovlev",
    ]

    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, 1).data() for r in range(4)] == [
        "Яковлев Олег",
        "Петров Пётр Петрович",
        "Иванова Ирина Ивановна",
        "Борисова Анна",
    ]
    model.sort(2, Qt.SortOrder.AscendingOrder)
    assert model.index(0, 2).data() == "Администратор"
    model.set_filter("ова")  # Иванова and Борисова
    assert sorted(model.index(r, 0).data() for r in range(model.rowCount())) == ["admin", "borisova"]
    del check
    assert not [r for r in qtlog.records if "FAIL" in r.message]


def test_numbers_model_passes_the_tester_through_sort_filter_refresh(qtbot, qtlog):
    source = NumbersSource(300)
    model = numbers_model(source, page_size=50)
    check = model_tester(model)
    model.sort(2, Qt.SortOrder.DescendingOrder)
    model.set_filter("02")
    model.set_filter("")
    source.data[5]["name"] = "изменённая запись"
    model.refresh()
    del source.data[7]
    model.refresh()
    assert model.rowCount() == 299
    del check
    assert not [r for r in qtlog.records if "FAIL" in r.message]


def test_rows_are_fetched_in_pages_on_demand():
    source = NumbersSource(1000)
    model = numbers_model(source, page_size=100, max_cached_pages=2)
    assert model.rowCount() == 1000
    assert source.fetched == []  # ids only, no row read yet
    assert model.index(5, 1).data() == "запись 0005"
    assert len(source.fetched) == 100 and model.pages_fetched == 1
    model.index(99, 1).data()
    assert model.pages_fetched == 1  # same page, from the cache
    assert model.index(999, 1).data() == "запись 0999"
    assert model.pages_fetched == 2
    model.index(500, 1).data()  # a third page pushes the oldest out of the cache
    model.index(5, 1).data()
    assert model.pages_fetched == 4


def test_sorting_changes_the_order_and_alignment_and_ids():
    source = NumbersSource(50)
    model = numbers_model(source)
    model.sort(2, Qt.SortOrder.AscendingOrder)
    sizes = [int(model.index(r, 2).data()) for r in range(50)]
    assert sizes == sorted(sizes) and sizes != [(i * 37) % 101 for i in range(50)]
    model.sort(2, Qt.SortOrder.DescendingOrder)
    assert [int(model.index(r, 2).data()) for r in range(50)] == sorted(sizes, reverse=True)
    assert model.index(0, 2).data(Qt.ItemDataRole.TextAlignmentRole) == int(RIGHT.value)
    assert model.index(0, 0).data(ROW_ID_ROLE) == model.row_id(0)
    assert model.row_for_id(model.row_id(10)) == 10
    assert model.row_id(50) is None and model.row_data(-1) is None
    model.sort(5, Qt.SortOrder.AscendingOrder)  # no such column: nothing happens
    assert model.sort_key == "size"


def test_selection_follows_its_row_when_sorting():
    source = NumbersSource(20)
    model = numbers_model(source)
    selection = QItemSelectionModel(model)
    selection.select(
        model.index(3, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    model.sort(0, Qt.SortOrder.DescendingOrder)
    rows = selection.selectedRows()
    assert len(rows) == 1 and model.row_id(rows[0].row()) == 3
    assert rows[0].row() == 16


@pytest.mark.parametrize("page_size", [1, 7, 1000])
def test_every_row_is_reachable_whatever_the_page_size(page_size):
    source = NumbersSource(30)
    model = numbers_model(source, page_size=page_size)
    assert [model.index(r, 0).data() for r in range(30)] == [str(i) for i in range(30)]


class WindowedSource(NumbersSource):
    """Answers with an :class:`IdWindow`: the first ``page`` ids and the count; the rest on request."""

    def __init__(self, count: int = 1000, page: int = 50) -> None:
        super().__init__(count)
        self.page = page
        self.rest_calls = 0

    def window(self, key, order, text):
        ids = self.ids(key, order, text)

        def rest():
            self.rest_calls += 1
            return self.ids(key, order, text)

        return IdWindow(ids[: self.page], len(ids), rest)


def test_a_window_shows_the_count_at_once_and_fills_in_the_rest(qtbot, qtlog):
    source = WindowedSource()
    model = LazyIdTableModel([Column("id", "№", RIGHT), Column("name", "Название")], source.window,
                             source.rows, page_size=50)
    check = model_tester(model)
    with qtbot.waitSignal(model.complete, timeout=5000):
        model.refresh()
        assert model.rowCount() == 1000  # the scroll bar is right before the ids have arrived
        assert model.index(10, 1).data() == "запись 0010"
        assert model.loading
        assert model.index(500, 1).data() == ""  # not loaded yet: blank, and nothing fetched for it
        assert model.row_id(500) is None and model.row_for_id(500) == -1
    assert not model.loading and source.rest_calls == 1
    assert model.index(500, 1).data() == "запись 0500"
    assert model.row_for_id(999) == 999
    assert check is not None


def test_a_newer_reload_discards_an_older_rest(qtbot, qtlog):
    source = WindowedSource()
    model = LazyIdTableModel([Column("id", "№", RIGHT), Column("size", "Размер")], source.window, source.rows,
                             page_size=50, sort_key="id")
    with qtbot.waitSignal(model.complete, timeout=5000):
        model.refresh()
        model.sort(1, Qt.SortOrder.DescendingOrder)  # before the first rest arrived
    qtbot.wait(50)
    assert not model.loading
    sizes = [model.index(r, 1).data() for r in range(0, 1000, 97)]
    assert sizes == sorted(sizes, key=int, reverse=True)  # the id order of the second request, not the first


def test_rows_changed_between_window_and_rest_reset_the_model(qtbot, qtlog):
    source = WindowedSource()
    model = LazyIdTableModel([Column("id", "№", RIGHT), Column("name", "Название")], source.window,
                             source.rows, page_size=50, sort_key="id")
    original = source.window

    def window_then_delete(key, order, text):
        result = original(key, order, text)
        del source.data[3]  # another user deletes a record while the list loads
        return result

    source.window = window_then_delete
    model._fetch_ids = source.window
    with qtbot.waitSignal(model.complete, timeout=5000):
        model.refresh()
    assert model.rowCount() == 999
    assert model.index(3, 1).data() == "запись 0004"
