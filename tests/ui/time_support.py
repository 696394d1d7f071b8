"""Helpers for the time-correction window tests: fake measurements that need no network (a unique module name)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from authenticator.timesync.combine import CombinedOffset, combine_measurements
from authenticator.timesync.diagnosis import SyncState, SystemSyncStatus
from authenticator.timesync.measurement import TimeMeasurement, failed

SERVERS = ("ntp-a.test", "ntp-b.test", "ntp-c.test")
NOT_SYNCED = SystemSyncStatus(
    SyncState.NOT_SYNCHRONIZED,
    False,
    False,
    "The system does not set its clock from network time. Turn on automatic date and time in the system settings"
    " (or run: timedatectl set-ntp true).",
)


def answers(offset: float, servers: Sequence[str] = SERVERS) -> list[TimeMeasurement]:
    """Every server agrees on ``offset`` (to a millisecond), with small round trips."""
    return [
        TimeMeasurement(name, offset + 0.001 * index, 0.012 + 0.004 * index, 2) for index, name in enumerate(servers)
    ]


class FakeMeasure:
    """Stands in for ``measure_ntp_offset``: records calls, returns a fixed result, optionally waits for a gate."""

    def __init__(self, offset: float | None = 0.0, *, gate: threading.Event | None = None) -> None:
        self.offset = offset
        self.gate = gate
        self.calls: list[tuple[tuple[str, ...], float]] = []
        self.entered = threading.Event()

    def result(self, servers: Sequence[str]) -> CombinedOffset:
        if self.offset is None:
            return combine_measurements([failed(name, "No answer within 2 s.") for name in servers])
        return combine_measurements(answers(self.offset, servers))

    def __call__(self, servers: Sequence[str], time_source: Callable[[], float]) -> CombinedOffset:
        self.calls.append((tuple(servers), time_source()))
        self.entered.set()
        if self.gate is not None and not self.gate.wait(10):
            raise TimeoutError("the test never opened the gate")
        return self.result(servers)


class DisagreeingMeasure(FakeMeasure):
    """Two servers say +40 s, two say -200 s: no majority, nothing may be applied."""

    def result(self, servers: Sequence[str]) -> CombinedOffset:
        return combine_measurements(answers(40.0, ("a", "b")) + answers(-200.0, ("c", "d")))


@contextmanager
def correctable_window(qtbot, vault, clock, settings, *, measure_web: Any = None) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    """A shown window whose clock the time correction can correct (system time = the FixedClock), measuring with
    fakes (47 s behind; no network; the OS not syncing), for as long as the block runs."""
    from authenticator.app import build_main_window
    from authenticator.core.clock import SystemClock
    from authenticator.ui.settings import TIME_NTP_SERVERS

    settings.set(TIME_NTP_SERVERS, ", ".join(SERVERS))
    window = build_main_window(vault, SystemClock(0.0, source=clock.now), settings)
    qtbot.addWidget(window)
    window.show()
    controller = window.time_correction
    controller.measure = FakeMeasure(47.0)
    if measure_web is not None:
        controller.measure_web = measure_web
    controller.sync_status = lambda: NOT_SYNCED
    qtbot.waitUntil(lambda: window.runner.is_idle, timeout=5000)
    yield window
    window.ticker.stop()
    window.runner.wait()
    controller.runner.wait()
