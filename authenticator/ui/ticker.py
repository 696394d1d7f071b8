"""One timer for the whole window.

A single single-shot QTimer, re-armed after every fire to the next whole second of the injected clock. Every
period is a whole number of seconds, so each code's period boundary is one of these instants; firing on them
(rather than "every 1000 ms" from whenever the window opened) keeps countdowns and code changes in step with
the clock, including a corrected clock. Listeners (the model, the clipboard guard, the change check) connect
to :attr:`Ticker.ticked`; tests move a FixedClock and call :meth:`Ticker.tick` instead of sleeping.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ..core.clock import Clock

#: Fire a little after the boundary, so the clock has certainly crossed it when we read it.
_LATE_MS = 4


def next_delay_ms(now: float) -> int:
    """Milliseconds from ``now`` to just after the next whole second."""
    remaining = math.floor(now) + 1 - now
    return max(1, math.ceil(remaining * 1000) + _LATE_MS)


class Ticker(QObject):
    #: The clock's time at this tick.
    ticked = Signal(float)

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.tick)
        self._running = False

    @property
    def running(self) -> bool:
        return self._running

    @property
    def interval_ms(self) -> int:
        """The delay the timer was last armed with (for tests)."""
        return self._timer.interval()

    def start(self) -> None:
        self._running = True
        self.tick()

    def stop(self) -> None:
        self._running = False
        self._timer.stop()

    def tick(self) -> float:
        """Tell every listener the time now, then re-arm for the next second."""
        now = self._clock.now()
        self.ticked.emit(now)
        if self._running:
            self._timer.start(next_delay_ms(now))
        return now
