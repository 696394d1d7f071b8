"""The app's only source of "now".

Codes, countdowns and the ticker all ask a :class:`Clock`; nothing reads ``time.time()`` deep inside. This is
what lets time correction shift our codes without touching the system clock, and lets every test name an
exact epoch instead of sleeping.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float:
        """Seconds since the Unix epoch, corrected."""
        ...


class SystemClock:
    """System time plus a correction ``offset`` in seconds (0 until time correction sets it)."""

    def __init__(self, offset: float = 0.0, source: Callable[[], float] = time.time) -> None:
        self.offset = offset
        self._source = source

    def now(self) -> float:
        return self._source() + self.offset

    def system_now(self) -> float:
        """Uncorrected system time, for the diagnosis view."""
        return self._source()


class FixedClock:
    """A clock that only moves when told to; for tests and for "codes at TIME"."""

    def __init__(self, at: float) -> None:
        self.at = float(at)

    def now(self) -> float:
        return self.at

    def advance(self, seconds: float) -> None:
        self.at += seconds

    def set(self, at: float) -> None:
        self.at = float(at)
