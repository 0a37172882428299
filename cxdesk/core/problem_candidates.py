"""Ranking of candidate problems: which topics of negative feedback grow most at each touchpoint.

The counts come from the database (negative records per touchpoint and topic in a period and in the
period before it); this module only decides which of them are worth a specialist's look and in what
order. A topic is a candidate when it grew (more records now than before) and has at least
``min_current`` records now. At each touchpoint only its ``per_touchpoint`` fastest-growing topics are
kept; all are then ordered by absolute growth, then by relative growth, then by current volume.
Pure logic: no database, no Qt.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class TopicCounts:
    """Negative records of one topic at one touchpoint: in the period and in the period before."""

    touchpoint_id: str
    topic: str
    current: int
    previous: int

    @property
    def growth(self) -> int:
        return self.current - self.previous

    @property
    def relative_growth(self) -> float:
        """Current over previous, with one added to both (a topic new this period still ranks)."""
        return (self.current + 1) / (self.previous + 1)

    @property
    def key(self) -> tuple[str, str]:
        return self.touchpoint_id, self.topic


def _order(c: TopicCounts) -> tuple:
    return (-c.growth, -c.relative_growth, -c.current, c.touchpoint_id, c.topic)


def rank(counts: Iterable[TopicCounts], *, per_touchpoint: int = 3, min_current: int = 3, limit: int = 50,
         skip: Collection[tuple[str, str]] = ()) -> list[TopicCounts]:
    """The candidates, best first; ``skip`` holds (touchpoint, topic) pairs already decided on."""
    growing = sorted((c for c in counts if c.growth > 0 and c.current >= min_current and c.key not in skip),
                     key=_order)
    kept: list[TopicCounts] = []
    per: dict[str, int] = {}
    for c in growing:
        if per.get(c.touchpoint_id, 0) < per_touchpoint:
            per[c.touchpoint_id] = per.get(c.touchpoint_id, 0) + 1
            kept.append(c)
    return kept[:limit]
