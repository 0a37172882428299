"""Hybrid logical clock used to order changes of synced records across offices.

A stamp is ``wall_milliseconds << 16 | counter``: it never goes backwards even when the
workstation clock does, and it absorbs stamps received from other offices (SYNC.md).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

COUNTER_BITS = 16
COUNTER_MASK = (1 << COUNTER_BITS) - 1


def pack(wall_ms: int, counter: int) -> int:
    return (wall_ms << COUNTER_BITS) | counter


def unpack(stamp: int) -> tuple[int, int]:
    return stamp >> COUNTER_BITS, stamp & COUNTER_MASK


def wall_ms_now() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    """Thread-safe HLC; ``now()`` for local events, ``observe()`` for stamps from elsewhere."""

    def __init__(self, last: int = 0, wall: Callable[[], int] = wall_ms_now) -> None:
        self._last = last
        self._wall = wall
        self._lock = threading.Lock()

    @property
    def last(self) -> int:
        return self._last

    def now(self) -> int:
        with self._lock:
            wall = self._wall()
            last_wall, last_counter = unpack(self._last)
            if wall > last_wall:
                self._last = pack(wall, 0)
            else:
                self._last = self._advance(last_wall, last_counter)
            return self._last

    def observe(self, remote: int) -> int:
        with self._lock:
            wall = self._wall()
            last_wall, last_counter = unpack(self._last)
            remote_wall, remote_counter = unpack(remote)
            top = max(wall, last_wall, remote_wall)
            if top == last_wall == remote_wall:
                counter = max(last_counter, remote_counter) + 1
            elif top == last_wall:
                counter = last_counter + 1
            elif top == remote_wall:
                counter = remote_counter + 1
            else:
                counter = 0
            self._last = self._checked(top, counter)
            return self._last

    @staticmethod
    def _advance(wall: int, counter: int) -> int:
        return HybridClock._checked(wall, counter + 1)

    @staticmethod
    def _checked(wall: int, counter: int) -> int:
        if counter > COUNTER_MASK:
            # 65 536 events within one millisecond: borrow the next millisecond.
            return pack(wall + 1, 0)
        return pack(wall, counter)
