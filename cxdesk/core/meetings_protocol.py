"""The content of a meeting protocol as plain values, shared by the PDF and the .docx writers: the
header (organisation, number, date, place), the chair and the secretary, who was present, absent or
invited, and per agenda item СЛУШАЛИ — ВЫСТУПИЛИ — РЕШИЛИ with its assignments. An extract (выписка)
for one executor is the same protocol cut down to the items that give that person an assignment.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date


@dataclass(frozen=True)
class Person:
    full_name: str
    position: str = ""


@dataclass(frozen=True)
class ProtocolAssignment:
    number: str  # «1.2»: item 1, assignment 2
    text: str
    responsible: str  # «Иванова И. И.»
    responsible_id: str | None
    due: str  # «до 15.02.2026» or «постоянно»
    status: str = ""


@dataclass(frozen=True)
class ProtocolItem:
    number: int
    title: str
    speakers: str
    heard: str
    discussion: str
    decision: str
    assignments: tuple[ProtocolAssignment, ...] = ()
    approves_targets_year: int | None = None
    carried: tuple[ProtocolAssignment, ...] = ()  # the control item: earlier assignments still open
    materials: tuple[str, ...] = ()  # the item's materials: lines typed in and the names of attached files


@dataclass(frozen=True)
class ProtocolData:
    organisation: str
    group_name: str
    number: str
    meeting_date: date
    start_time: str
    place: str
    city: str
    chair: Person | None
    secretary: Person | None
    present: tuple[Person, ...]
    absent: tuple[tuple[Person, str], ...]  # person, reason
    invited: tuple[Person, ...]
    quorum_text: str
    items: tuple[ProtocolItem, ...]
    extract_for: str = ""  # the executor's name when this is an extract
    notes: tuple[str, ...] = field(default=())

    @property
    def title(self) -> str:
        return f"Протокол № {self.number} заседания рабочей группы"

    def extract(self, staff_id: str, full_name: str) -> ProtocolData:
        """Only the items with an assignment to ``staff_id``, and only that person's assignments."""
        items = []
        for item in self.items:
            mine = tuple(a for a in item.assignments if a.responsible_id == staff_id)
            if mine:
                items.append(replace(item, assignments=mine))
        return replace(self, items=tuple(items), extract_for=full_name)
