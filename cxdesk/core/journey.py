"""The journey-map document: stages (columns) × lanes (rows), cards in cells, touchpoints, emotions.

Pure Python (no Qt, no SQLAlchemy). Every edit is a method that returns what an undo needs;
the editor's undo commands call these methods and the canvas observes the document through
:meth:`JourneyDocument.subscribe`. Cards in the touchpoint lane are touchpoints: records with
stable ids that feedback is attached to, so they never leave that lane. The emotion lane holds no
cards: its curve is the per-stage ``emotion`` value (−2 … +2).
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

from cxdesk.core.journey_terms import (  # noqa: F401  (re-exported: the document's vocabulary)
    COLOURS,
    DEFAULT_LANES,
    EMOTION_MAX,
    EMOTION_MIN,
    LANE_TITLES,
    VERSION_TITLES,
    LaneKind,
    VersionLabel,
)


def new_id() -> str:
    return str(uuid.uuid4())


@dataclass
class Stage:
    id: str
    name: str
    hidden: bool = False
    emotion: float | None = None
    emotion_note: str = ""


@dataclass
class Lane:
    id: str
    kind: str
    name: str
    hidden: bool = False


@dataclass
class Card:
    id: str
    lane_id: str
    stage_id: str
    text: str
    color: str = ""
    channel: str = ""  # touchpoints only
    position: int = 0


@dataclass
class RemovedStage:
    stage: Stage
    index: int
    cards: list[Card]


@dataclass
class RemovedLane:
    lane: Lane
    index: int
    cards: list[Card]


class DocumentError(ValueError):
    """An edit that would break the map (e.g. a card moved out of the touchpoint lane)."""


Listener = Callable[[str, str], None]  # (what changed: "stage"/"lane"/"card"/"meta"/"reset", id)


@dataclass
class JourneyDocument:
    id: str = field(default_factory=new_id)
    title: str = ""
    goal: str = ""
    version_label: str = VersionLabel.AS_IS
    owner: str = ""
    description: str = ""
    profile_ids: list[str] = field(default_factory=list)
    counterpart_id: str | None = None
    stages: list[Stage] = field(default_factory=list)
    lanes: list[Lane] = field(default_factory=list)
    cards: dict[str, Card] = field(default_factory=dict)
    # Which saved state the map was read from (see ``services.journeys``): a save from an older one is a
    # conflict. Not part of the content, so not in ``to_dict`` and not compared.
    revision: int = field(default=0, compare=False)
    _listeners: list[Listener] = field(default_factory=list, repr=False, compare=False)

    # -- construction and comparison -----------------------------------------------------------

    @classmethod
    def new(cls, title: str, *, stages: list[str] | None = None, **meta) -> JourneyDocument:
        doc = cls(title=title, **meta)
        for kind in DEFAULT_LANES:
            doc.lanes.append(Lane(new_id(), str(kind), LANE_TITLES[kind]))
        for name in stages or []:
            doc.stages.append(Stage(new_id(), name))
        return doc

    def to_dict(self) -> dict:
        return {
            "id": self.id, "title": self.title, "goal": self.goal, "version_label": str(self.version_label),
            "owner": self.owner, "description": self.description, "profile_ids": list(self.profile_ids),
            "counterpart_id": self.counterpart_id,
            "stages": [asdict(s) for s in self.stages],
            "lanes": [asdict(ln) for ln in self.lanes],
            "cards": [asdict(c) for c in sorted(self.cards.values(), key=lambda c: c.id)],
        }

    @classmethod
    def from_dict(cls, data: dict) -> JourneyDocument:
        doc = cls(
            id=data["id"], title=data["title"], goal=data.get("goal", ""),
            version_label=data.get("version_label", VersionLabel.AS_IS), owner=data.get("owner", ""),
            description=data.get("description", ""), profile_ids=list(data.get("profile_ids", [])),
            counterpart_id=data.get("counterpart_id"),
        )
        doc.stages = [Stage(**s) for s in data.get("stages", [])]
        doc.lanes = [Lane(**ln) for ln in data.get("lanes", [])]
        doc.cards = {c["id"]: Card(**c) for c in data.get("cards", [])}
        return doc

    def clone(self) -> JourneyDocument:
        other = JourneyDocument.from_dict(copy.deepcopy(self.to_dict()))
        other.revision = self.revision
        return other

    def duplicate(self, title: str, version_label: str | None = None) -> JourneyDocument:
        """A copy with fresh ids everywhere (a template or the other version of the map)."""
        ids: dict[str, str] = {}

        def fresh(old: str) -> str:
            return ids.setdefault(old, new_id())

        data = copy.deepcopy(self.to_dict())
        data["id"], data["title"] = new_id(), title
        data["version_label"] = version_label or data["version_label"]
        data["counterpart_id"] = None
        for s in data["stages"]:
            s["id"] = fresh(s["id"])
        for ln in data["lanes"]:
            ln["id"] = fresh(ln["id"])
        for c in data["cards"]:
            c["id"], c["stage_id"], c["lane_id"] = new_id(), fresh(c["stage_id"]), fresh(c["lane_id"])
        return JourneyDocument.from_dict(data)

    # -- observation -----------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _notify(self, what: str, item_id: str = "") -> None:
        for listener in list(self._listeners):
            listener(what, item_id)

    # -- lookups --------------------------------------------------------------------------------

    def stage(self, stage_id: str) -> Stage:
        for s in self.stages:
            if s.id == stage_id:
                return s
        raise KeyError(stage_id)

    def lane(self, lane_id: str) -> Lane:
        for ln in self.lanes:
            if ln.id == lane_id:
                return ln
        raise KeyError(lane_id)

    def lane_of_kind(self, kind: str) -> Lane | None:
        return next((ln for ln in self.lanes if ln.kind == kind), None)

    def stage_index(self, stage_id: str) -> int:
        return self.stages.index(self.stage(stage_id))

    def lane_index(self, lane_id: str) -> int:
        return self.lanes.index(self.lane(lane_id))

    def cell(self, lane_id: str, stage_id: str) -> list[Card]:
        return sorted(
            (c for c in self.cards.values() if c.lane_id == lane_id and c.stage_id == stage_id),
            key=lambda c: c.position,
        )

    def touchpoints(self) -> list[Card]:
        """Touchpoints in map order (stage, then position)."""
        lanes = {ln.id for ln in self.lanes if ln.kind == LaneKind.TOUCHPOINTS}
        order = {s.id: i for i, s in enumerate(self.stages)}
        return sorted((c for c in self.cards.values() if c.lane_id in lanes),
                      key=lambda c: (order.get(c.stage_id, 0), c.position))

    def _renumber(self, lane_id: str, stage_id: str, cards: list[Card] | None = None) -> None:
        for i, c in enumerate(cards if cards is not None else self.cell(lane_id, stage_id)):
            c.position = i

    # -- metadata -------------------------------------------------------------------------------

    META_FIELDS = ("title", "goal", "version_label", "owner", "description", "profile_ids")

    def set_meta(self, name: str, value) -> object:
        """Set a metadata field; returns the old value."""
        if name not in self.META_FIELDS:
            raise DocumentError(f"unknown field {name}")
        old = getattr(self, name)
        setattr(self, name, list(value) if name == "profile_ids" else value)
        self._notify("meta", name)
        return old

    # -- stages ---------------------------------------------------------------------------------

    def add_stage(self, name: str, index: int | None = None, stage_id: str | None = None) -> Stage:
        stage = Stage(stage_id or new_id(), name)
        self.stages.insert(len(self.stages) if index is None else index, stage)
        self._notify("stages", stage.id)
        return stage

    def rename_stage(self, stage_id: str, name: str) -> str:
        stage = self.stage(stage_id)
        old, stage.name = stage.name, name
        self._notify("stage", stage_id)
        return old

    def move_stage(self, stage_id: str, index: int) -> int:
        stage = self.stage(stage_id)
        old = self.stages.index(stage)
        self.stages.pop(old)
        self.stages.insert(max(0, min(index, len(self.stages))), stage)
        self._notify("stages", stage_id)
        return old

    def set_stage_hidden(self, stage_id: str, hidden: bool) -> bool:
        stage = self.stage(stage_id)
        old, stage.hidden = stage.hidden, hidden
        self._notify("stages", stage_id)
        return old

    def remove_stage(self, stage_id: str) -> RemovedStage:
        stage = self.stage(stage_id)
        index = self.stages.index(stage)
        cards = [copy.copy(c) for c in self.cards.values() if c.stage_id == stage_id]
        for c in cards:
            del self.cards[c.id]
        self.stages.pop(index)
        self._notify("stages", stage_id)
        return RemovedStage(stage, index, cards)

    def restore_stage(self, removed: RemovedStage) -> None:
        self.stages.insert(removed.index, removed.stage)
        for c in removed.cards:
            self.cards[c.id] = copy.copy(c)
        self._notify("stages", removed.stage.id)

    def set_emotion(self, stage_id: str, value: float | None) -> float | None:
        stage = self.stage(stage_id)
        if value is not None:
            value = round(max(EMOTION_MIN, min(EMOTION_MAX, float(value))), 2)
        old, stage.emotion = stage.emotion, value
        self._notify("emotion", stage_id)
        return old

    def set_emotion_note(self, stage_id: str, note: str) -> str:
        stage = self.stage(stage_id)
        old, stage.emotion_note = stage.emotion_note, note
        self._notify("emotion", stage_id)
        return old

    # -- lanes ----------------------------------------------------------------------------------

    def add_lane(self, name: str, kind: str = LaneKind.CUSTOM, index: int | None = None,
                 lane_id: str | None = None) -> Lane:
        lane = Lane(lane_id or new_id(), str(kind), name)
        self.lanes.insert(len(self.lanes) if index is None else index, lane)
        self._notify("lanes", lane.id)
        return lane

    def rename_lane(self, lane_id: str, name: str) -> str:
        lane = self.lane(lane_id)
        old, lane.name = lane.name, name
        self._notify("lane", lane_id)
        return old

    def move_lane(self, lane_id: str, index: int) -> int:
        lane = self.lane(lane_id)
        old = self.lanes.index(lane)
        self.lanes.pop(old)
        self.lanes.insert(max(0, min(index, len(self.lanes))), lane)
        self._notify("lanes", lane_id)
        return old

    def set_lane_hidden(self, lane_id: str, hidden: bool) -> bool:
        lane = self.lane(lane_id)
        old, lane.hidden = lane.hidden, hidden
        self._notify("lanes", lane_id)
        return old

    def remove_lane(self, lane_id: str) -> RemovedLane:
        lane = self.lane(lane_id)
        if lane.kind in (LaneKind.TOUCHPOINTS, LaneKind.EMOTIONS):
            raise DocumentError("Дорожки «Точки контакта» и «Эмоции» можно скрыть, но не удалить.")
        index = self.lanes.index(lane)
        cards = [copy.copy(c) for c in self.cards.values() if c.lane_id == lane_id]
        for c in cards:
            del self.cards[c.id]
        self.lanes.pop(index)
        self._notify("lanes", lane_id)
        return RemovedLane(lane, index, cards)

    def restore_lane(self, removed: RemovedLane) -> None:
        self.lanes.insert(removed.index, removed.lane)
        for c in removed.cards:
            self.cards[c.id] = copy.copy(c)
        self._notify("lanes", removed.lane.id)

    # -- cards ----------------------------------------------------------------------------------

    def add_card(self, lane_id: str, stage_id: str, text: str, *, color: str = "", channel: str = "",
                 index: int | None = None, card_id: str | None = None) -> Card:
        lane = self.lane(lane_id)
        self.stage(stage_id)
        if lane.kind == LaneKind.EMOTIONS:
            raise DocumentError("В дорожке «Эмоции» нет карточек: перетащите точку кривой.")
        cell = self.cell(lane_id, stage_id)
        card = Card(card_id or new_id(), lane_id, stage_id, text, color, channel)
        cell.insert(len(cell) if index is None else max(0, min(index, len(cell))), card)
        self.cards[card.id] = card
        self._renumber(lane_id, stage_id, cell)
        self._notify("card", card.id)
        return card

    def remove_card(self, card_id: str) -> tuple[Card, int]:
        card = self.cards.pop(card_id)
        self._renumber(card.lane_id, card.stage_id)
        self._notify("card", card_id)
        return copy.copy(card), card.position

    def restore_card(self, card: Card, index: int) -> Card:
        return self.add_card(card.lane_id, card.stage_id, card.text, color=card.color, channel=card.channel,
                             index=index, card_id=card.id)

    def set_card_text(self, card_id: str, text: str) -> str:
        card = self.cards[card_id]
        old, card.text = card.text, text
        self._notify("card", card_id)
        return old

    def set_card_color(self, card_id: str, color: str) -> str:
        if color not in COLOURS:
            raise DocumentError(f"unknown colour {color}")
        card = self.cards[card_id]
        old, card.color = card.color, color
        self._notify("card", card_id)
        return old

    def set_card_channel(self, card_id: str, channel: str) -> str:
        card = self.cards[card_id]
        old, card.channel = card.channel, channel
        self._notify("card", card_id)
        return old

    def card_place(self, card_id: str) -> tuple[str, str, int]:
        card = self.cards[card_id]
        return card.lane_id, card.stage_id, card.position

    def move_card(self, card_id: str, lane_id: str, stage_id: str, index: int) -> tuple[str, str, int]:
        """Move a card to another cell or position; returns its old place."""
        card = self.cards[card_id]
        old = (card.lane_id, card.stage_id, card.position)
        source, target = self.lane(card.lane_id), self.lane(lane_id)
        self.stage(stage_id)
        if (source.kind == LaneKind.TOUCHPOINTS) != (target.kind == LaneKind.TOUCHPOINTS):
            raise DocumentError("Точка контакта остаётся в дорожке «Точки контакта».")
        if target.kind == LaneKind.EMOTIONS:
            raise DocumentError("В дорожке «Эмоции» нет карточек.")
        old_cell = [c for c in self.cell(card.lane_id, card.stage_id) if c.id != card_id]
        self._renumber(card.lane_id, card.stage_id, old_cell)
        card.lane_id, card.stage_id = lane_id, stage_id
        cell = [c for c in self.cell(lane_id, stage_id) if c.id != card_id]
        cell.insert(max(0, min(index, len(cell))), card)
        self._renumber(lane_id, stage_id, cell)
        self._notify("card", card_id)
        return old

    def reset(self, data: dict) -> None:
        """Replace the whole content (after a reload); listeners stay subscribed."""
        other = JourneyDocument.from_dict(data)
        for name in ("id", "title", "goal", "version_label", "owner", "description", "profile_ids",
                     "counterpart_id", "stages", "lanes", "cards"):
            setattr(self, name, getattr(other, name))
        self._notify("reset", "")
