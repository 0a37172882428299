"""A lazy table model over a list of row ids, the base of every list in the GUI.

The model holds only the ids of the rows to show, in display order, as returned by an *id
fetcher* ``(sort_key, order, filter_text) -> ids`` (sorting and filtering are the service's job,
done in SQL). Row contents are fetched on demand, one page of ids at a time, by a *row fetcher*
``ids -> {id: row}`` and cached (least recently used pages are dropped). A row is any object:
columns read ``row[key]`` from mappings or ``getattr(row, key)`` otherwise, or call their own
``display`` function. Sorting asks for the ids again; when the same rows come back in a new
order, persistent indexes (and so the view's selection) follow their rows. Modelled on Anki's
browser table model.

For very long lists the id fetcher may return an :class:`IdWindow` instead: the first ids and the
count. The model then shows the right number of rows at once (rows past the window are blank for a
moment) and loads the whole id list in a worker thread; a newer reload discards an older load.
"""

from __future__ import annotations

import contextlib
from collections import OrderedDict
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)


@dataclass(frozen=True)
class IdWindow:
    """The start of a long id list and the list's length; ``rest()`` returns the whole list (it is
    called in a worker thread, so it must open its own database session)."""

    first: Sequence[Hashable]
    total: int
    rest: Callable[[], Sequence[Hashable]]


IdFetcher = Callable[[str | None, Qt.SortOrder, str], "Sequence[Hashable] | IdWindow"]
RowFetcher = Callable[[Sequence[Hashable]], Mapping[Hashable, Any]]

ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


@dataclass(frozen=True)
class Column:
    """One column: the row field it shows, its (translated) header, alignment, how to show it."""

    key: str
    title: str
    alignment: Qt.AlignmentFlag = LEFT
    sortable: bool = True
    display: Callable[[Any], str] | None = None


def format_value(value: Any) -> str:
    """Default cell text: local time for timestamps, empty for None."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone()
        return value.strftime("%d.%m.%Y %H:%M")
    return str(value)


def _field(row: Any, key: str) -> Any:
    if isinstance(row, Mapping):
        return row.get(key)
    return getattr(row, key, None)


class _RestSignals(QObject):
    loaded = Signal(int, object)  # generation, ids
    failed = Signal(int, object)  # generation, exception


class _RestLoader(QRunnable):
    def __init__(self, generation: int, call: Callable[[], Sequence[Hashable]], signals: _RestSignals) -> None:
        super().__init__()
        self.generation, self.call, self.signals = generation, call, signals

    def run(self) -> None:
        try:
            ids = list(self.call())
        except Exception as exc:  # reported to the page through ``rest_failed``
            outcome, args = self.signals.failed, (self.generation, exc)
        else:
            outcome, args = self.signals.loaded, (self.generation, ids)
        with contextlib.suppress(RuntimeError):  # the model was closed while the list loaded
            outcome.emit(*args)


class LazyIdTableModel(QAbstractTableModel):
    """Ids in memory, rows fetched in cached pages; ``reloaded`` is emitted after every reload,
    ``complete`` once the whole id list is in memory (at once, or after an :class:`IdWindow`'s rest)."""

    reloaded = Signal()
    complete = Signal()
    rest_failed = Signal(object)

    def __init__(
        self,
        columns: Sequence[Column],
        fetch_ids: IdFetcher,
        fetch_rows: RowFetcher,
        *,
        page_size: int = 200,
        max_cached_pages: int = 20,
        sort_key: str | None = None,
        sort_order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._fetch_ids = fetch_ids
        self._fetch_rows = fetch_rows
        self.page_size = page_size
        self.max_cached_pages = max_cached_pages
        self.sort_key = sort_key
        self.sort_order = sort_order
        self.filter_text = ""
        self._ids: list[Hashable] = []
        self._positions: dict[Hashable, int] | None = None
        self._pages: OrderedDict[int, Mapping[Hashable, Any]] = OrderedDict()
        self.pages_fetched = 0  # how many times rows were fetched (tests check the laziness)
        self._generation = 0
        self._known = 0  # ids[:known] are real; the rest are placeholders until the rest loads
        self._rest_signals = _RestSignals(self)
        self._rest_signals.loaded.connect(self._rest_loaded)
        self._rest_signals.failed.connect(self._rest_failed)

    # --- Qt model interface -------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or index.row() >= len(self._ids) or index.column() >= len(self.columns):
            return None
        column = self.columns[index.column()]
        if role == ROW_ID_ROLE:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.alignment.value)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            row = self.row_data(index.row())
            if row is None:
                return ""
            return column.display(row) if column.display else format_value(_field(row, column.key))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].title
            if role == Qt.ItemDataRole.TextAlignmentRole:  # left: the sort arrow sits on the right
                return int(LEFT.value)
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or not self.columns[column].sortable:
            return
        self.sort_key = self.columns[column].key
        self.sort_order = order
        self._reload(contents_changed=False)

    # --- API for pages ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Ask for the ids again and forget cached rows (the data may have changed)."""
        self._reload(contents_changed=True)

    def set_filter(self, text: str) -> None:
        if text != self.filter_text:
            self.filter_text = text
            self._reload(contents_changed=False)

    @property
    def loading(self) -> bool:
        """True while the rest of an :class:`IdWindow` is being loaded."""
        return self._known < len(self._ids)

    def row_id(self, row: int) -> Hashable | None:
        return self._ids[row] if 0 <= row < self._known else None

    def row_for_id(self, row_id: Hashable) -> int:
        """The row showing ``row_id``, or -1 (also while its part of the list is still loading)."""
        if self._positions is None:
            self._positions = {rid: i for i, rid in enumerate(self._ids[: self._known])}
        return self._positions.get(row_id, -1)

    def row_data(self, row: int) -> Any:
        """The fetched row object at ``row`` (fetching its page if needed), or None if gone or not
        loaded yet."""
        if not 0 <= row < self._known:
            return None
        page_no = row // self.page_size
        page = self._pages.get(page_no)
        if page is None:
            start = page_no * self.page_size
            page = self._fetch_rows(self._ids[start : min(start + self.page_size, self._known)])
            self.pages_fetched += 1
            self._pages[page_no] = page
            while len(self._pages) > self.max_cached_pages:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page.get(self._ids[row])

    def column_index(self, key: str) -> int:
        return next((i for i, c in enumerate(self.columns) if c.key == key), -1)

    # --- internals ----------------------------------------------------------------------------
    def _reload(self, *, contents_changed: bool) -> None:
        self._generation += 1
        result = self._fetch_ids(self.sort_key, self.sort_order, self.filter_text)
        window = result if isinstance(result, IdWindow) else None
        new_ids = list(window.first if window else result)
        known = len(new_ids)
        if window is not None and window.total > known:
            new_ids.extend([None] * (window.total - known))
            QThreadPool.globalInstance().start(_RestLoader(self._generation, window.rest, self._rest_signals))
        old_ids = self._ids
        if (known == len(new_ids) and not self.loading and old_ids and len(new_ids) == len(old_ids)
                and set(new_ids) == set(old_ids)):
            self._reorder(new_ids)
            if contents_changed:
                self.dataChanged.emit(self.index(0, 0), self.index(len(new_ids) - 1, len(self.columns) - 1))
        else:
            self.beginResetModel()
            self._set_ids(new_ids, known)
            self.endResetModel()
        self.reloaded.emit()
        if not self.loading:
            self.complete.emit()

    def _rest_loaded(self, generation: int, ids: list[Hashable]) -> None:
        if generation != self._generation:
            return  # a newer reload replaced this list
        known = self._known
        if len(ids) == len(self._ids) and ids[:known] == self._ids[:known]:
            self._ids, self._known, self._positions = ids, len(ids), None
            for page_no in [p for p in self._pages if (p + 1) * self.page_size > known]:
                del self._pages[page_no]  # a page cut short at the window's end
            if len(ids) > known:
                self.dataChanged.emit(self.index(known, 0), self.index(len(ids) - 1, len(self.columns) - 1))
        else:  # the data changed between the window and the whole list
            self.beginResetModel()
            self._set_ids(ids, len(ids))
            self.endResetModel()
            self.reloaded.emit()
        self.complete.emit()

    def _rest_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.rest_failed.emit(exc)

    def _reorder(self, new_ids: list[Hashable]) -> None:
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        old_ids = self._ids
        self._set_ids(new_ids, len(new_ids))
        new_persistent = []
        for index in old_persistent:
            new_row = self.row_for_id(old_ids[index.row()])
            new_persistent.append(self.index(new_row, index.column()))
        self.changePersistentIndexList(old_persistent, new_persistent)
        self.layoutChanged.emit()

    def _set_ids(self, ids: list[Hashable], known: int) -> None:
        self._ids = ids
        self._known = known
        self._positions = None
        self._pages.clear()
