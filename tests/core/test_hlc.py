from cxdesk.core.hlc import COUNTER_MASK, HybridClock, pack, unpack


class FakeWall:
    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def test_stamps_increase_even_when_the_wall_clock_goes_back():
    wall = FakeWall(1_000_000)
    clock = HybridClock(wall=wall)
    first = clock.now()
    wall.ms -= 60_000  # someone set the workstation clock back a minute
    second = clock.now()
    third = clock.now()
    assert first < second < third
    assert unpack(second)[0] == 1_000_000


def test_observing_a_remote_stamp_moves_past_it():
    wall = FakeWall(1_000)
    clock = HybridClock(wall=wall)
    remote = pack(5_000, 7)
    after = clock.observe(remote)
    assert after > remote
    assert clock.now() > after


def test_counter_overflow_borrows_the_next_millisecond():
    clock = HybridClock(last=pack(10, COUNTER_MASK), wall=FakeWall(10))
    assert unpack(clock.now()) == (11, 0)


def test_new_wall_millisecond_resets_counter():
    wall = FakeWall(10)
    clock = HybridClock(wall=wall)
    clock.now()
    clock.now()
    wall.ms = 11
    assert unpack(clock.now()) == (11, 0)
