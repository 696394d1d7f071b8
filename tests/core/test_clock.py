"""Clocks: the system clock with a correction offset (fed by an injected source), and the fixed test clock."""

from __future__ import annotations

import time

from authenticator.core.clock import Clock, FixedClock, SystemClock


class FakeSource:
    """A hand-driven stand-in for time.time."""

    def __init__(self, value: float) -> None:
        self.value = value

    def __call__(self) -> float:
        return self.value


def test_system_clock_applies_the_offset_to_the_source() -> None:
    source = FakeSource(1_795_867_200.25)
    clock = SystemClock(offset=-90.5, source=source)
    assert clock.now() == 1_795_867_109.75
    assert clock.system_now() == 1_795_867_200.25
    source.value += 10
    assert clock.now() == 1_795_867_119.75


def test_system_clock_offset_can_change_later() -> None:
    """Time correction sets the offset on the live clock; every later now() uses it."""
    clock = SystemClock(source=FakeSource(1000.0))
    assert clock.now() == 1000.0
    clock.offset = 42.0
    assert clock.now() == 1042.0
    assert clock.system_now() == 1000.0


def test_system_clock_defaults_to_time_time() -> None:
    before = time.time()
    now = SystemClock().now()
    after = time.time()
    assert before <= now <= after
    shifted = SystemClock(offset=3600).now()
    assert before + 3600 <= shifted <= time.time() + 3600


def test_fixed_clock_advance_and_set() -> None:
    clock = FixedClock(1_795_867_200)
    assert clock.now() == 1_795_867_200.0
    assert isinstance(clock.now(), float)
    clock.advance(29.5)
    assert clock.now() == 1_795_867_229.5
    clock.advance(0.5)
    assert clock.now() == 1_795_867_230.0
    clock.advance(-60)
    assert clock.now() == 1_795_867_170.0
    clock.set(59)
    assert clock.now() == 59.0


def test_fixed_clock_uses_the_fixture_epoch(clock: FixedClock) -> None:
    assert clock.now() % 30 == 0  # T0 is a 30 s step boundary
    clock.advance(1)
    assert clock.now() % 30 == 1


def test_both_satisfy_the_clock_protocol() -> None:
    def read(c: Clock) -> float:
        return c.now()

    assert read(FixedClock(5)) == 5.0
    assert read(SystemClock(offset=1, source=FakeSource(5))) == 6.0
