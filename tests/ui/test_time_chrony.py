"""Sync now in the real window against real chronyd servers on 127.0.0.1 (tests/timesync/loopback_servers.py).

The window's clock is the real SystemClock here (NTP measures the real system clock), so the corrected code is
compared with ``otp.code_at`` at system time + the applied offset, read back from the same clock.
Missing chronyd/faketime skips on a developer machine and fails in CI (``need``).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from support import need
from ui_support import RFC_KEY, wait_idle

sys.path.insert(0, str(Path(__file__).parents[1] / "timesync"))

from loopback_servers import SKEW_SECONDS, ChronyServer, chronyd_path, faketime_path

from authenticator.app import build_main_window
from authenticator.core import otp
from authenticator.core.account import Account
from authenticator.core.clock import SystemClock
from authenticator.timesync.correction import load_correction
from authenticator.ui.models.account_model import Role
from authenticator.ui.settings import TIME_NTP_SERVERS

#: Loopback answers in well under a millisecond; the offsets are exact to a few ms.
TOLERANCE = 0.1


@pytest.fixture(scope="module")
def true_chrony(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChronyServer]:
    need(chronyd_path() is not None, "chronyd is not installed (apt-get install chrony)")
    with ChronyServer(tmp_path_factory.mktemp("ui-chrony")) as server:
        yield server


@pytest.fixture(scope="module")
def skewed_chrony(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChronyServer]:
    need(chronyd_path() is not None, "chronyd is not installed (apt-get install chrony)")
    need(faketime_path() is not None, "faketime is not installed (apt-get install faketime)")
    with ChronyServer(tmp_path_factory.mktemp("ui-chrony-skewed"), skew=f"+{SKEW_SECONDS}s") as server:
        yield server


def sync_against(qtbot, vault, settings, servers: list[ChronyServer]):  # type: ignore[no-untyped-def]
    account = vault.add(Account("ACME", "john"), RFC_KEY)
    settings.set(TIME_NTP_SERVERS, ", ".join(s.address for s in servers))
    window = build_main_window(vault, SystemClock(), settings)
    qtbot.addWidget(window)
    window.show()
    wait_idle(qtbot, window)
    controller = window.time_correction
    with qtbot.waitSignal(controller.sync_finished, timeout=10_000) as finished:
        assert controller.sync_now()
        assert controller.status.busy.isVisible()
    qtbot.waitUntil(lambda: controller.runner.is_idle, timeout=5000)
    return window, account, finished.args[0]


def shown_code_matches_corrected_time(window, account: Account) -> bool:  # type: ignore[no-untyped-def]
    """The code shown is the one for system time + offset (retried once across a step boundary)."""
    for _ in range(2):
        window.ticker.tick()
        expected = otp.code_at(account, RFC_KEY, time.time() + window.clock.offset)
        shown = window.model.data(window.model.index(window.model.row_of(account.id)), Role.CODE)
        if shown == expected:
            return True
    return False


def test_sync_now_with_a_skewed_chronyd(qtbot, vault, settings, tmp_path, skewed_chrony) -> None:  # type: ignore[no-untyped-def]
    window, account, outcome = sync_against(qtbot, vault, settings, [skewed_chrony])
    try:
        assert outcome.applied
        assert window.clock.offset == pytest.approx(SKEW_SECONDS, abs=TOLERANCE)
        assert window.time_correction.status.text == "Codes corrected by +90.0 s (NTP, just now)"
        assert shown_code_matches_corrected_time(window, account)
        stored = load_correction(tmp_path)
        assert stored is not None and stored.servers == (skewed_chrony.address,)
    finally:
        window.ticker.stop()
        window.runner.wait()


def test_sync_now_with_a_true_chronyd(qtbot, vault, settings, tmp_path, true_chrony) -> None:  # type: ignore[no-untyped-def]
    window, account, outcome = sync_against(qtbot, vault, settings, [true_chrony])
    try:
        assert outcome.applied
        assert abs(window.clock.offset) < TOLERANCE
        assert window.time_correction.status.text.startswith("Codes corrected by ")
        assert shown_code_matches_corrected_time(window, account)
    finally:
        window.ticker.stop()
        window.runner.wait()
