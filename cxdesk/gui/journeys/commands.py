"""Undo commands of the journey-map editor: each calls a method of the document and its inverse.

The canvas never changes the document itself; it pushes one of these onto the editor's
``QUndoStack``. Dragging a point of the emotion curve pushes a command at every mouse move; the
commands of one drag merge (``mergeWith``) into one undo step. Moving a card is pushed once, on
release.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from cxdesk.core.journey import Card, JourneyDocument, RemovedLane, RemovedStage

ID_EMOTION = 1001


class SetMeta(QUndoCommand):
    def __init__(self, doc: JourneyDocument, name: str, value) -> None:
        super().__init__(QCoreApplication.translate("JourneyCommands", "Edit journey properties"))
        self.doc, self.name, self.new, self.old = doc, name, value, getattr(doc, name)

    def redo(self) -> None:
        self.doc.set_meta(self.name, self.new)

    def undo(self) -> None:
        self.doc.set_meta(self.name, self.old)


class AddStage(QUndoCommand):
    def __init__(self, doc: JourneyDocument, name: str, index: int | None = None) -> None:
        super().__init__(QCoreApplication.translate("JourneyCommands", "Add stage"))
        self.doc, self.name, self.index, self.stage_id = doc, name, index, None

    def redo(self) -> None:
        self.stage_id = self.doc.add_stage(self.name, self.index, self.stage_id).id

    def undo(self) -> None:
        self.doc.remove_stage(self.stage_id)


class RemoveStage(QUndoCommand):
    def __init__(self, doc: JourneyDocument, stage_id: str) -> None:
        super().__init__(QCoreApplication.translate("JourneyCommands", "Delete stage"))
        self.doc, self.stage_id = doc, stage_id
        self.removed: RemovedStage | None = None

    def redo(self) -> None:
        self.removed = self.doc.remove_stage(self.stage_id)

    def undo(self) -> None:
        self.doc.restore_stage(self.removed)


class RenameStage(QUndoCommand):
    def __init__(self, doc: JourneyDocument, stage_id: str, name: str) -> None:
        super().__init__(QCoreApplication.translate("JourneyCommands", "Rename stage"))
        self.doc, self.stage_id, self.new, self.old = doc, stage_id, name, doc.stage(stage_id).name

    def redo(self) -> None:
        self.doc.rename_stage(self.stage_id, self.new)

    def undo(self) -> None:
        self.doc.rename_stage(self.stage_id, self.old)


class MoveStage(QUndoCommand):
    def __init__(self, doc: JourneyDocument, stage_id: str, index: int) -> None:
        super().__init__(QCoreApplication.translate("JourneyCommands", "Move stage"))
        self.doc, self.stage_id, self.new, self.old = doc, stage_id, index, doc.stage_index(stage_id)

    def redo(self) -> None:
        self.doc.move_stage(self.stage_id, self.new)

    def undo(self) -> None:
        self.doc.move_stage(self.stage_id, self.old)


class SetStageHidden(QUndoCommand):
    def __init__(self, doc: JourneyDocument, stage_id: str, hidden: bool) -> None:
        super().__init__(QCoreApplication.translate("JourneyCommands", "Hide stage") if hidden
                         else QCoreApplication.translate("JourneyCommands", "Show stage"))
        self.doc, self.stage_id, self.new, self.old = doc, stage_id, hidden, doc.stage(stage_id).hidden

    def redo(self) -> None:
        self.doc.set_stage_hidden(self.stage_id, self.new)

    def undo(self) -> None:
        self.doc.set_stage_hidden(self.stage_id, self.old)


class SetEmotion(QUndoCommand):
    """One drag of a curve point is one undo step: consecutive commands for a stage merge."""

    def __init__(self, doc: JourneyDocument, stage_id: str, value: float | None, *, drag: int = 0) -> None:
        super().__init__(QCoreApplication.translate("JourneyCommands", "Change emotion"))
        self.doc, self.stage_id, self.new, self.old = doc, stage_id, value, doc.stage(stage_id).emotion
        self.drag = drag  # commands of the same drag (non-zero id) merge

    def id(self) -> int:
        return ID_EMOTION

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetEmotion) or other.stage_id != self.stage_id:
            return False
        if not self.drag or other.drag != self.drag:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.doc.set_emotion(self.stage_id, self.new)

    def undo(self) -> None:
        self.doc.set_emotion(self.stage_id, self.old)


class SetEmotionNote(QUndoCommand):
    def __init__(self, doc: JourneyDocument, stage_id: str, note: str) -> None:
        super().__init__(QCoreApplication.translate("JourneyCommands", "Change emotion note"))
        self.doc, self.stage_id, self.new, self.old = doc, stage_id, note, doc.stage(stage_id).emotion_note

    def redo(self) -> None:
        self.doc.set_emotion_note(self.stage_id, self.new)

    def undo(self) -> None:
        self.doc.set_emotion_note(self.stage_id, self.old)


class AddLane(QUndoCommand):
    def __init__(self, doc: JourneyDocument, name: str, index: int | None = None) -> None:
        super().__init__(QCoreApplication.translate("JourneyCommands", "Add lane"))
        self.doc, self.name, self.index, self.lane_id = doc, name, index, None

    def redo(self) -> None:
        self.lane_id = self.doc.add_lane(self.name, index=self.index, lane_id=self.lane_id).id

    def undo(self) -> None:
        self.doc.remove_lane(self.lane_id)


class RemoveLane(QUndoCommand):
    def __init__(self, doc: JourneyDocument, lane_id: str) -> None:
        super().__init__(QCoreApplication.translate("JourneyCommands", "Delete lane"))
        self.doc, self.lane_id = doc, lane_id
        self.removed: RemovedLane | None = None

    def redo(self) -> None:
        self.removed = self.doc.remove_lane(self.lane_id)

    def undo(self) -> None:
        self.doc.restore_lane(self.removed)


class RenameLane(QUndoCommand):
    def __init__(self, doc: JourneyDocument, lane_id: str, name: str) -> None:
        super().__init__(QCoreApplication.translate("JourneyCommands", "Rename lane"))
        self.doc, self.lane_id, self.new, self.old = doc, lane_id, name, doc.lane(lane_id).name

    def redo(self) -> None:
        self.doc.rename_lane(self.lane_id, self.new)

    def undo(self) -> None:
        self.doc.rename_lane(self.lane_id, self.old)


class MoveLane(QUndoCommand):
    def __init__(self, doc: JourneyDocument, lane_id: str, index: int) -> None:
        super().__init__(QCoreApplication.translate("JourneyCommands", "Move lane"))
        self.doc, self.lane_id, self.new, self.old = doc, lane_id, index, doc.lane_index(lane_id)

    def redo(self) -> None:
        self.doc.move_lane(self.lane_id, self.new)

    def undo(self) -> None:
        self.doc.move_lane(self.lane_id, self.old)


class SetLaneHidden(QUndoCommand):
    def __init__(self, doc: JourneyDocument, lane_id: str, hidden: bool) -> None:
        super().__init__(QCoreApplication.translate("JourneyCommands", "Hide lane") if hidden
                         else QCoreApplication.translate("JourneyCommands", "Show lane"))
        self.doc, self.lane_id, self.new, self.old = doc, lane_id, hidden, doc.lane(lane_id).hidden

    def redo(self) -> None:
        self.doc.set_lane_hidden(self.lane_id, self.new)

    def undo(self) -> None:
        self.doc.set_lane_hidden(self.lane_id, self.old)


class AddCard(QUndoCommand):
    def __init__(self, doc: JourneyDocument, lane_id: str, stage_id: str, text: str, *, color: str = "",
                 channel: str = "", index: int | None = None) -> None:
        super().__init__(QCoreApplication.translate("JourneyCommands", "Add card"))
        self.doc, self.args = doc, (lane_id, stage_id, text)
        self.color, self.channel, self.index, self.card_id = color, channel, index, None

    def redo(self) -> None:
        self.card_id = self.doc.add_card(*self.args, color=self.color, channel=self.channel, index=self.index,
                                         card_id=self.card_id).id

    def undo(self) -> None:
        self.doc.remove_card(self.card_id)


class RemoveCard(QUndoCommand):
    def __init__(self, doc: JourneyDocument, card_id: str) -> None:
        super().__init__(QCoreApplication.translate("JourneyCommands", "Delete card"))
        self.doc, self.card_id = doc, card_id
        self.removed: tuple[Card, int] | None = None

    def redo(self) -> None:
        self.removed = self.doc.remove_card(self.card_id)

    def undo(self) -> None:
        self.doc.restore_card(*self.removed)


class SetCardField(QUndoCommand):
    """Text, colour tag or channel of one card."""

    SETTERS = {"text": "set_card_text", "color": "set_card_color", "channel": "set_card_channel"}

    def __init__(self, doc: JourneyDocument, card_id: str, name: str, value: str) -> None:
        super().__init__(QCoreApplication.translate("JourneyCommands", "Edit card"))
        self.doc, self.card_id, self.name = doc, card_id, name
        self.new, self.old = value, getattr(doc.cards[card_id], name)

    def redo(self) -> None:
        getattr(self.doc, self.SETTERS[self.name])(self.card_id, self.new)

    def undo(self) -> None:
        getattr(self.doc, self.SETTERS[self.name])(self.card_id, self.old)


class MoveCard(QUndoCommand):
    def __init__(self, doc: JourneyDocument, card_id: str, lane_id: str, stage_id: str, index: int) -> None:
        super().__init__(QCoreApplication.translate("JourneyCommands", "Move card"))
        self.doc, self.card_id, self.target = doc, card_id, (lane_id, stage_id, index)
        self.old = doc.card_place(card_id)

    def redo(self) -> None:
        self.old = self.doc.move_card(self.card_id, *self.target)  # the place just before this move

    def undo(self) -> None:
        self.doc.move_card(self.card_id, *self.old)


class Batch(QUndoCommand):
    """Several commands as one undo step (multi-select delete, paste, move).

    Used instead of ``QUndoStack.beginMacro``: the sub-commands stay plain Python objects owned
    by this one, so no Qt parent/child ownership of Python-made commands is involved.
    """

    def __init__(self, text: str, commands: list[QUndoCommand]) -> None:
        super().__init__(text)
        self.commands = commands

    def redo(self) -> None:
        for command in self.commands:
            command.redo()

    def undo(self) -> None:
        for command in reversed(self.commands):
            command.undo()
