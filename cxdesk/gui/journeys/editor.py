"""The journey-map editor: toolbar, canvas and properties panel over one document and its undo stack.

The editor works on an in-memory copy of the journey; nothing reaches the database until Save,
which writes the whole map in one transaction through the operation runner. The undo stack's
clean state is the dirty flag: closing a changed map asks whether to save.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QAction, QImage, QKeySequence, QPainter, QUndoStack
from PySide6.QtWidgets import QInputDialog, QMenu, QSplitter, QToolBar, QToolButton, QVBoxLayout, QWidget

from cxdesk.core.journey import JourneyDocument
from cxdesk.gui import messages
from cxdesk.gui.context import AppContext
from cxdesk.gui.journeys import commands as cmd
from cxdesk.gui.journeys.metrics import MetricsControl
from cxdesk.gui.journeys.panel import PropertiesPanel
from cxdesk.gui.journeys.scene import MapScene
from cxdesk.gui.journeys.view import MapView
from cxdesk.services import journey_metrics, journeys, offices, profiles
from cxdesk.services.roles import Action

CHANGES = ("journey", "journey_stage", "journey_card", "journey_touchpoint")
METRICS_CHANGES = {"feedback_record", "journey_touchpoint"}


def render_png(scene: MapScene, path: Path | str, scale: float = 1.5) -> bool:
    """The whole map as a picture (headers pinned to the top-left while rendering)."""
    rect = scene.sceneRect()
    image = QImage(int(rect.width() * scale), int(rect.height() * scale), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    saved = scene._pin
    scene.pin(rect.topLeft())
    selected = scene.selectedItems()
    scene.clearSelection()
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, image.width(), image.height()), rect)
    painter.end()
    for item in selected:
        item.setSelected(True)
    scene.pin(saved)
    return image.save(str(path), "PNG")


class JourneyEditor(QWidget):
    dirty_changed = Signal(bool)
    saved = Signal(str)  # journey id
    feedback_requested = Signal(str, str, str)  # touchpoint id, register period code, office code ("" = all)

    def __init__(self, ctx: AppContext, doc: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.doc = ctx, doc
        self.setObjectName("journeyEditor")
        self.read_only = not ctx.can(Action.REFERENCE_EDIT)
        self.stack = QUndoStack(self)
        self.scene = MapScene(doc, self.stack, read_only=self.read_only, parent=self)
        self.view = MapView(self.scene)
        self.panel = PropertiesPanel(doc, self.stack, profiles.profile_names(ctx.db, ctx.actor),
                                     read_only=self.read_only)
        self.scene.selection_described.connect(self.panel.show_item)
        self.scene.metrics_clicked.connect(self.open_feedback)
        self.panel.feedback_requested.connect(self.open_feedback)
        self.stack.cleanChanged.connect(self._clean_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        layout.addWidget(self.toolbar)
        splitter = QSplitter()
        splitter.addWidget(self.view)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([900, 300])
        layout.addWidget(splitter, 1)
        self._build_actions()
        self.metrics = MetricsControl(ctx.can(Action.FEEDBACK_READ),
                                      [o.code for o in offices.list_offices(ctx.db)], self)
        self.metrics.changed.connect(self.refresh_metrics)
        self.toolbar.insertWidget(self._metrics_anchor, self.metrics.button)
        layout.insertWidget(1, self.metrics.legend)
        ctx.bus.changed.connect(self._on_changed)
        self.refresh_metrics()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not getattr(self, "_shown", False):
            self._shown = True
            self.view.horizontalScrollBar().setValue(0)
            self.view.verticalScrollBar().setValue(0)

    def _clean_changed(self, clean: bool) -> None:
        self.save_action.setEnabled(not clean and not self.read_only)
        self.dirty_changed.emit(not clean)

    @property
    def dirty(self) -> bool:
        return not self.stack.isClean()

    def _action(self, text: str, slot, shortcut=None, tip: str = "", *, edit: bool = False) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            keys = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(f"{tip or text} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
                          if shortcut is not None else tip or text)
        action.setEnabled(not (edit and self.read_only))
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        tb = self.toolbar
        self.save_action = self._action(self.tr("Save"), self.save, QKeySequence.StandardKey.Save,
                                        self.tr("Save the map"), edit=True)
        self.save_action.setEnabled(False)
        self.undo_action = self.stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcuts([QKeySequence.StandardKey.Undo])
        self.redo_action = self.stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        tb.addActions([self.save_action, self.undo_action, self.redo_action])
        tb.addSeparator()
        tb.addAction(self._action(self.tr("Stage +"), self.add_stage, None, self.tr("Add a stage"), edit=True))
        tb.addAction(self._action(self.tr("Lane +"), self.add_lane, None, self.tr("Add a lane"), edit=True))
        tb.addAction(self._action(self.tr("Card +"), lambda: self.scene.add_card(), "Ins",
                                  self.tr("Add a card to the current cell"), edit=True))
        self._action(self.tr("Copy"), self.scene.copy_selection, QKeySequence.StandardKey.Copy)
        self._action(self.tr("Paste"), self.scene.paste, QKeySequence.StandardKey.Paste, edit=True)
        visibility = QToolButton()
        visibility.setText(self.tr("Show / hide"))
        visibility.setToolTip(self.tr("Show or hide lanes and stages"))
        visibility.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.visibility_menu = QMenu(visibility)
        self.visibility_menu.aboutToShow.connect(self._fill_visibility_menu)
        visibility.setMenu(self.visibility_menu)
        tb.addWidget(visibility)
        tb.addSeparator()
        tb.addAction(self._action(self.tr("Zoom in"), self.view.zoom_in, QKeySequence.StandardKey.ZoomIn))
        tb.addAction(self._action(self.tr("Zoom out"), self.view.zoom_out, QKeySequence.StandardKey.ZoomOut))
        tb.addAction(self._action(self.tr("Fit"), self.view.fit, "Ctrl+0", self.tr("Fit the map to the window")))
        tb.addSeparator()
        self._metrics_anchor = tb.addSeparator()  # the «Metrics» control goes before it
        tb.addAction(self._action(self.tr("Print…"), self.export_pdf, QKeySequence.StandardKey.Print,
                                  self.tr("Print the map (A3 landscape): preview, printer or PDF")))
        tb.addAction(self._action(self.tr("PNG…"), self.export_png, None, self.tr("Save the map as a picture")))

    def _fill_visibility_menu(self) -> None:
        menu = self.visibility_menu
        menu.clear()
        menu.addSection(self.tr("Lanes"))
        for lane in self.doc.lanes:
            action = menu.addAction(lane.name)
            action.setCheckable(True)
            action.setChecked(not lane.hidden)
            action.setEnabled(not self.read_only)
            action.toggled.connect(lambda on, i=lane.id: self.stack.push(cmd.SetLaneHidden(self.doc, i, not on)))
        menu.addSection(self.tr("Stages"))
        for stage in self.doc.stages:
            action = menu.addAction(stage.name)
            action.setCheckable(True)
            action.setChecked(not stage.hidden)
            action.setEnabled(not self.read_only)
            action.toggled.connect(lambda on, i=stage.id: self.stack.push(cmd.SetStageHidden(self.doc, i, not on)))

    # -- commands -------------------------------------------------------------------------------

    def add_stage(self, name: str | None = None) -> None:
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("New stage"), self.tr("Stage name:"))
            if not ok or not name.strip():
                return
        selected = [i for i in self.scene.selectedItems() if getattr(i, "kind", "") == "stage"]
        index = self.doc.stage_index(selected[0].item_id) + 1 if selected else None
        self.stack.push(cmd.AddStage(self.doc, name.strip(), index))

    def add_lane(self, name: str | None = None) -> None:
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("New lane"), self.tr("Lane name:"))
            if not ok or not name.strip():
                return
        self.stack.push(cmd.AddLane(self.doc, name.strip()))

    def save(self) -> bool:
        if self.read_only:
            return False
        if self.scene.inline_editor is not None:
            self.scene.inline_editor.finish(True)
        doc = self.doc.clone()
        outcome = self.ctx.runner.run(lambda: journeys.save_journey(self.ctx.db, self.ctx.actor, doc),
                                      changes=CHANGES, parent=self,
                                      on_error=lambda exc: isinstance(exc, journeys.SaveConflict))
        if not outcome.ok and isinstance(outcome.error, journeys.SaveConflict):
            # someone saved this map meanwhile: theirs stays unless the user chooses to overwrite it
            if not messages.confirm(self, outcome.error.message, self.tr("Overwrite"),
                                    self.tr("The map was changed by someone else")):
                return False
            outcome = self.ctx.runner.run(
                lambda: journeys.save_journey(self.ctx.db, self.ctx.actor, doc, overwrite=True),
                changes=CHANGES, parent=self)
        if outcome.ok:
            self.doc.revision = outcome.value.revision
            self.stack.setClean()
            self.saved.emit(self.doc.id)
        return outcome.ok

    def maybe_close(self) -> bool:
        """True when the editor may close: saved, or the user chose to drop the changes."""
        if not self.dirty:
            return True
        if messages.confirm(self, self.tr("The map «{title}» has unsaved changes. Save them?").format(
                title=self.doc.title), self.tr("Save")):
            return self.save()
        return messages.confirm(self, self.tr("Close the map without saving? The changes will be lost."),
                                self.tr("Close without saving"))

    def export_pdf(self) -> None:
        """«Печать» (Ctrl+P): the map as it is now (A3 landscape) in the print preview."""
        from cxdesk.gui import print_preview

        doc = self.doc.clone()
        print_preview.print_document(
            self, self.ctx.runner, self.tr("Journey map «{title}»").format(title=doc.title),
            lambda target: journeys.print_journey(self.ctx.db, self.ctx.actor, doc, target),
            suggested_name=f"{doc.title}.pdf")

    def export_png(self) -> None:
        path = messages.choose_save_path(self, self.tr("Save the map as a picture"), Path(f"{self.doc.title}.png"),
                                         self.tr("PNG pictures (*.png)"))
        if path is not None and not render_png(self.scene, path):
            messages.error(self, self.tr("The picture could not be written to {path}. Nothing was saved; choose "
                                         "another folder.").format(path=path))

    # -- feedback metrics -------------------------------------------------------------------------

    def refresh_metrics(self) -> None:
        """Read the touchpoints' metrics for the chosen period and office (one SQL query) and show them."""
        if not self.metrics.shown:
            self.metrics.update_legend()
            self.scene.set_metrics(None)
            self.panel.set_metrics(None, self.metrics.allowed)
            return
        period = journey_metrics.period_range(self.metrics.period)
        outcome = self.ctx.runner.run(lambda: journey_metrics.touchpoint_metrics(
            self.ctx.db, self.ctx.actor, self.doc.id, period, self.metrics.office), parent=self)
        values = outcome.value if outcome.ok else {}
        self.metrics.update_legend(sum(m.total for m in values.values()))
        self.scene.set_metrics(values, self.metrics.scope())
        self.panel.set_metrics(values, True, self.metrics.scope())

    def _on_changed(self, names: set[str]) -> None:
        if names & METRICS_CHANGES and self.metrics.shown:
            self.refresh_metrics()

    def open_feedback(self, touchpoint_id: str) -> None:
        """Ask the page to open the feedback register filtered to this touchpoint (and the metrics' scope)."""
        if self.metrics.allowed:
            self.feedback_requested.emit(touchpoint_id, self.metrics.period if self.metrics.shown else "all",
                                         (self.metrics.office or "") if self.metrics.shown else "")

    def detach(self) -> None:
        with contextlib.suppress(RuntimeError, TypeError):  # already gone with the bus
            self.ctx.bus.changed.disconnect(self._on_changed)
        self.scene.detach()
        self.panel.detach()
