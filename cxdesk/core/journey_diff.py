"""What differs between two versions of a journey map («как есть» and «как должно быть»).

The «как должно быть» map is a copy with fresh ids, so stages, lanes and cards are matched by
meaning, not by id: stages by name (case and spaces ignored), the stages left over in the same order
as renamed ones; lanes by kind (custom lanes by name); cards within matched cells first by equal
text, then the rest in order as edited ones. The result marks every stage and card of each side as
``added`` (only on the right), ``removed`` (only on the left) or ``changed``; what is equal is not
marked. Pure Python: the comparison view and tests use it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cxdesk.core.journey import Card, JourneyDocument, LaneKind

ADDED, REMOVED, CHANGED = "added", "removed", "changed"


@dataclass
class JourneyDiff:
    left: dict[str, str] = field(default_factory=dict)  # id on the left map → REMOVED / CHANGED
    right: dict[str, str] = field(default_factory=dict)  # id on the right map → ADDED / CHANGED
    stages: dict[str, int] = field(default_factory=lambda: {ADDED: 0, REMOVED: 0, CHANGED: 0})
    cards: dict[str, int] = field(default_factory=lambda: {ADDED: 0, REMOVED: 0, CHANGED: 0})

    @property
    def empty(self) -> bool:
        return not self.left and not self.right


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def _pair(left: list, right: list, key) -> tuple[list[tuple], list, list]:
    """Pairs of equal keys (in order), then the leftovers of each side."""
    rest = list(right)
    pairs = []
    unmatched = []
    for item in left:
        match = next((r for r in rest if key(r) == key(item)), None)
        if match is None:
            unmatched.append(item)
        else:
            rest.remove(match)
            pairs.append((item, match))
    return pairs, unmatched, rest


def _lane_key(lane) -> str:
    return lane.kind if lane.kind != LaneKind.CUSTOM else f"custom:{_key(lane.name)}"


def _card_changed(a: Card, b: Card) -> bool:
    return _key(a.text) != _key(b.text) or a.color != b.color or _key(a.channel) != _key(b.channel)


def diff_documents(left: JourneyDocument, right: JourneyDocument) -> JourneyDiff:
    diff = JourneyDiff()

    def mark(side: str, item_id: str, what: str, counter: dict) -> None:
        (diff.left if side == "left" else diff.right)[item_id] = what
        if side == "right" or what == REMOVED:
            counter[what] += 1

    same, removed, added = _pair(left.stages, right.stages, lambda s: _key(s.name))
    renamed = list(zip(removed, added, strict=False))
    for s in removed[len(renamed):]:
        mark("left", s.id, REMOVED, diff.stages)
    for s in added[len(renamed):]:
        mark("right", s.id, ADDED, diff.stages)
    stage_pairs = same + renamed
    for a, b in stage_pairs:
        if (a, b) in renamed or a.emotion != b.emotion or _key(a.emotion_note) != _key(b.emotion_note):
            mark("left", a.id, CHANGED, diff.stages)
            mark("right", b.id, CHANGED, diff.stages)
    lane_pairs, _, _ = _pair(left.lanes, right.lanes, _lane_key)
    paired_cards: set[str] = set()
    for la, lb in lane_pairs:
        for sa, sb in stage_pairs:
            cells = left.cell(la.id, sa.id), right.cell(lb.id, sb.id)
            equal, gone, new = _pair(*cells, lambda c: _key(c.text))
            edited = list(zip(gone, new, strict=False))
            for a, b in equal + edited:
                paired_cards.update((a.id, b.id))
                if _card_changed(a, b):
                    mark("left", a.id, CHANGED, diff.cards)
                    mark("right", b.id, CHANGED, diff.cards)
    for c in left.cards.values():
        if c.id not in paired_cards:
            mark("left", c.id, REMOVED, diff.cards)
    for c in right.cards.values():
        if c.id not in paired_cards:
            mark("right", c.id, ADDED, diff.cards)
    return diff
