"""Time correction in the window: Sync now, the status bar, confirmation of large offsets, "Use system time",
the manual offset and sync at start-up. The window's clock is a SystemClock whose "system time" is the test's
FixedClock, so corrected codes are exact; measurements are fakes (the real chronyd test is test_time_chrony.py).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox
from time_support import SERVERS, DisagreeingMeasure, FakeMeasure
from ui_support import RFC_KEY, wait_idle

from authenticator.app import build_main_window
from authenticator.core import otp
from authenticator.core.account import Account
from authenticator.core.clock import FixedClock, SystemClock
from authenticator.timesync.correction import CORRECTION_FILE, TimeCorrection, load_correction, save_correction
from authenticator.ui.main_window import MainWindow
from authenticator.ui.models.account_model import Role
from authenticator.ui.settings import TIME_CONFIRM_ABOVE_SECONDS, TIME_NTP_SERVERS, TIME_SYNC_AT_STARTUP
from authenticator.ui.timesync.controller import SyncOutcome
from authenticator.ui.timesync.offset_dialogs import ConfirmOffsetBox, ManualOffsetDialog

MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def system_clock(clock: FixedClock) -> SystemClock:
    """The window's clock: "system time" is the test's FixedClock (T0), plus the correction offset."""
    return SystemClock(0.0, source=clock.now)


@pytest.fixture
def github(vault) -> Account:  # type: ignore[no-untyped-def]
    account = vault.add(Account("GitHub", "alice@example.com", url="https://github.com"), RFC_KEY)
    vault.forget_secrets()
    return account


@pytest.fixture
def make_timed_window(qtbot, vault, system_clock, settings) -> MakeWindow:  # type: ignore[no-untyped-def]
    windows: list[MainWindow] = []

    def make(measure: FakeMeasure | None = None) -> MainWindow:
        settings.set(TIME_NTP_SERVERS, ", ".join(SERVERS))
        window = build_main_window(vault, system_clock, settings)
        qtbot.addWidget(window)
        window.show()
        if measure is not None:
            window.time_correction.measure = measure
        windows.append(window)
        wait_idle(qtbot, window)
        return window

    yield make
    for window in windows:
        window.ticker.stop()
        window.runner.wait()
        window.time_correction.runner.wait()


def shown_code(window: MainWindow, account: Account) -> str:
    return window.model.data(window.model.index(window.model.row_of(account.id)), Role.CODE)


def status_text(window: MainWindow) -> str:
    return window.time_correction.status.text


def wait_sync(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    controller = window.time_correction
    qtbot.waitUntil(lambda: not controller.busy and controller.runner.is_idle, timeout=5000)


# -- Sync now ---------------------------------------------------------------------------------------------------


def test_sync_now_applies_the_offset_to_codes_and_the_status_bar(
    make_timed_window, github, clock, tmp_path, qtbot
) -> None:
    window = make_timed_window(FakeMeasure(47.0))
    assert status_text(window) == "Codes use the system clock (no time correction)"
    before = shown_code(window, github)
    assert before == otp.code_at(github, RFC_KEY, clock.now())

    with qtbot.waitSignal(window.time_correction.sync_finished, timeout=5000) as finished:
        assert window.time_correction.sync_now()
    outcome = finished.args[0]
    assert isinstance(outcome, SyncOutcome) and outcome.applied

    assert window.clock.offset == pytest.approx(47.001)  # the median of 47.000, 47.001, 47.002
    assert status_text(window) == "Codes corrected by +47.0 s (NTP, just now)"
    # +47 s crosses into the next 30 s step: the code shown is the corrected one, not the system clock's.
    expected = otp.code_at(github, RFC_KEY, clock.now() + 47.001)
    assert expected != before
    assert shown_code(window, github) == expected
    stored = load_correction(tmp_path)
    assert stored is not None and stored.offset_seconds == pytest.approx(47.001)
    assert (stored.source, stored.measured_at, stored.servers) == ("NTP", clock.now(), SERVERS)


def test_the_measurement_is_against_system_time_and_the_configured_servers(make_timed_window, clock, qtbot) -> None:
    measure = FakeMeasure(12.4)
    window = make_timed_window(measure)
    window.clock.offset = 5.0  # a correction in use must not be measured against itself
    window.time_correction.sync_now()
    wait_sync(qtbot, window)
    assert measure.calls == [(SERVERS, clock.now())]
    assert window.clock.offset == pytest.approx(12.401)  # the whole correction, not an increment


def test_the_status_bar_says_how_old_the_correction_is(make_timed_window, clock, qtbot) -> None:
    window = make_timed_window(FakeMeasure(12.4))
    window.time_correction.sync_now()
    wait_sync(qtbot, window)
    assert status_text(window) == "Codes corrected by +12.4 s (NTP, just now)"
    clock.advance(5 * 60)
    window.ticker.tick()
    assert status_text(window) == "Codes corrected by +12.4 s (NTP, 5 min ago)"


def test_the_window_stays_responsive_while_a_slow_sync_runs(make_timed_window, github, vault, qtbot) -> None:
    gate = threading.Event()
    measure = FakeMeasure(20.0, gate=gate)
    window = make_timed_window(measure)
    controller = window.time_correction
    try:
        assert controller.sync_now()
        assert measure.entered.wait(5)  # the fake measure is now blocked on the gate, on the worker
        assert controller.busy
        assert controller.status.busy.isVisible()
        assert status_text(window) == "Syncing with time servers…"
        assert not controller.sync_action.isEnabled() and not controller.status.sync_button.isEnabled()
        assert not controller.sync_now()  # a second press while syncing does nothing

        # The GUI thread keeps handling events: timers fire, typing filters the list, vault work runs.
        fired: list[bool] = []
        QTimer.singleShot(10, lambda: fired.append(True))
        qtbot.waitUntil(lambda: bool(fired), timeout=2000)
        qtbot.keyClicks(window.search, "nomatch")
        assert window.proxy.rowCount() == 0
        window.search.clear()
        window.add_account(Account("Proton", "alice@proton.me"), RFC_KEY)
        wait_idle(qtbot, window)  # the vault's runner is not queued behind the sync
        assert window.model.rowCount() == 2
        assert controller.busy and window.clock.offset == 0.0
    finally:
        gate.set()
    wait_sync(qtbot, window)
    assert not controller.status.busy.isVisible()
    assert controller.sync_action.isEnabled()
    assert window.clock.offset == pytest.approx(20.001)


# -- nothing applied silently ------------------------------------------------------------------------------------


def answer_box(window: MainWindow, button_of: Callable[[QMessageBox], object]) -> None:
    box = window.active_dialog
    assert isinstance(box, QMessageBox)
    button_of(box).click()  # type: ignore[attr-defined]


def test_a_large_offset_asks_first_and_declining_changes_nothing(make_timed_window, github, clock, tmp_path, qtbot):  # type: ignore[no-untyped-def]
    window = make_timed_window(FakeMeasure(600.0))
    before = shown_code(window, github)
    window.time_correction.sync_now()
    qtbot.waitUntil(lambda: isinstance(window.active_dialog, ConfirmOffsetBox), timeout=5000)
    box = window.active_dialog
    assert box.text() == "Move codes by +10 min?"
    assert "10 min behind" in box.informativeText()
    assert box.defaultButton() is box.cancel_button  # Enter does not apply it
    assert window.clock.offset == 0.0  # nothing before the answer
    with qtbot.waitSignal(window.time_correction.sync_finished) as finished:
        answer_box(window, lambda b: b.cancel_button)
    assert finished.args[0].declined
    assert window.clock.offset == 0.0
    assert not (tmp_path / CORRECTION_FILE).exists()
    assert shown_code(window, github) == before
    assert "not applied" in status_text(window)


def test_a_large_offset_is_applied_when_confirmed(make_timed_window, github, clock, tmp_path, qtbot) -> None:
    window = make_timed_window(FakeMeasure(600.0))
    window.time_correction.sync_now()
    qtbot.waitUntil(lambda: isinstance(window.active_dialog, ConfirmOffsetBox), timeout=5000)
    answer_box(window, lambda b: b.apply_button)
    wait_sync(qtbot, window)
    assert window.clock.offset == pytest.approx(600.001)
    assert shown_code(window, github) == otp.code_at(github, RFC_KEY, clock.now() + 600.001)
    assert load_correction(tmp_path) is not None
    assert status_text(window).startswith("Codes corrected by +10 min (NTP")

    # Measuring the same large offset again does not ask again.
    window.time_correction.sync_now()
    wait_sync(qtbot, window)
    assert window.active_dialog is None


def test_the_threshold_is_a_setting(make_timed_window, settings, qtbot) -> None:
    settings.set(TIME_CONFIRM_ABOVE_SECONDS, 30)
    window = make_timed_window(FakeMeasure(47.0))
    window.time_correction.sync_now()
    qtbot.waitUntil(lambda: isinstance(window.active_dialog, ConfirmOffsetBox), timeout=5000)
    assert window.clock.offset == 0.0


def test_no_answer_is_reported_and_nothing_applied(make_timed_window, tmp_path, qtbot) -> None:
    window = make_timed_window(FakeMeasure(None))
    with qtbot.waitSignal(window.time_correction.sync_finished, timeout=5000) as finished:
        window.time_correction.sync_now()
    assert not finished.args[0].applied
    box = window.active_dialog
    assert isinstance(box, QMessageBox)
    assert box.text() == "No time correction was applied."
    assert "No time source answered" in box.informativeText() and "ntp-a.test" in box.informativeText()
    assert window.clock.offset == 0.0 and not (tmp_path / CORRECTION_FILE).exists()
    assert status_text(window).startswith("Time sync failed; nothing changed.")


def test_disagreeing_sources_are_not_applied(make_timed_window, qtbot) -> None:
    window = make_timed_window(DisagreeingMeasure())
    window.time_correction.sync_now()
    qtbot.waitUntil(lambda: isinstance(window.active_dialog, QMessageBox), timeout=5000)
    assert "disagree" in window.active_dialog.informativeText()
    assert window.clock.offset == 0.0


def test_a_bad_server_name_in_the_settings_is_reported_before_measuring(make_timed_window, settings) -> None:
    measure = FakeMeasure(3.0)
    window = make_timed_window(measure)
    settings.set(TIME_NTP_SERVERS, "pool.ntp.org, [::1")
    assert not window.time_correction.sync_now()
    assert measure.calls == []
    assert isinstance(window.active_dialog, QMessageBox)
    assert "'['" in window.active_dialog.text()


def test_an_empty_server_setting_means_the_built_in_list(make_timed_window, settings) -> None:
    from authenticator.timesync import DEFAULT_NTP_SERVERS

    window = make_timed_window()
    settings.set(TIME_NTP_SERVERS, "")
    assert window.time_correction.servers() == list(DEFAULT_NTP_SERVERS)


# -- Use system time, manual offset -------------------------------------------------------------------------------


def test_use_system_time_resets_the_offset_and_clears_the_file(
    make_timed_window, github, clock, tmp_path, qtbot
) -> None:
    window = make_timed_window(FakeMeasure(47.0))
    window.time_correction.sync_now()
    wait_sync(qtbot, window)
    assert (tmp_path / CORRECTION_FILE).exists()

    window.time_correction.reset_action.trigger()
    wait_sync(qtbot, window)
    assert window.clock.offset == 0.0
    assert not (tmp_path / CORRECTION_FILE).exists()
    assert status_text(window) == "Codes use the system clock (no time correction)"
    assert shown_code(window, github) == otp.code_at(github, RFC_KEY, clock.now())


def test_a_manual_offset_is_applied_and_stored(make_timed_window, github, clock, tmp_path, qtbot) -> None:
    window = make_timed_window()
    dialog = window.time_correction.open_manual_dialog()
    assert isinstance(dialog, ManualOffsetDialog) and window.active_dialog is dialog
    dialog.spin.setValue(-31.5)
    assert "-31.5 s from the system clock" in dialog.preview.text()
    dialog.ok_button.click()
    wait_sync(qtbot, window)
    assert window.clock.offset == -31.5
    assert shown_code(window, github) == otp.code_at(github, RFC_KEY, clock.now() - 31.5)
    data = json.loads((tmp_path / CORRECTION_FILE).read_text())
    assert (data["offset_seconds"], data["source"]) == (-31.5, "manual")
    assert status_text(window) == "Codes corrected by -31.5 s (set by hand, just now)"


def test_cancelling_the_manual_dialog_changes_nothing(make_timed_window, tmp_path, qtbot) -> None:
    window = make_timed_window()
    dialog = window.time_correction.open_manual_dialog()
    dialog.spin.setValue(100)
    dialog.reject()
    wait_sync(qtbot, window)
    assert window.clock.offset == 0.0 and not (tmp_path / CORRECTION_FILE).exists()


# -- start-up ------------------------------------------------------------------------------------------------------


def test_a_stored_correction_is_shown_at_start(qtbot, vault, settings, clock, tmp_path) -> None:  # type: ignore[no-untyped-def]
    save_correction(tmp_path, TimeCorrection(12.4, "NTP", clock.now() - 3 * 3600))
    window = build_main_window(vault, SystemClock(12.4, source=clock.now), settings)
    qtbot.addWidget(window)
    assert window.time_correction.status.text == "Codes corrected by +12.4 s (NTP, 3 h ago)"
    window.ticker.stop()
    window.runner.wait()


def test_sync_at_start_up_is_off_by_default(make_timed_window, qtbot) -> None:
    measure = FakeMeasure(5.0)
    window = make_timed_window(measure)
    assert not window.time_correction.startup_action.isChecked()
    qtbot.wait(50)
    assert measure.calls == []


def test_sync_at_start_up_runs_without_a_message_box_on_failure(qtbot, vault, settings, system_clock) -> None:  # type: ignore[no-untyped-def]
    settings.set(TIME_SYNC_AT_STARTUP, True)
    settings.set(TIME_NTP_SERVERS, "ntp-a.test")
    window = build_main_window(vault, system_clock, settings)
    qtbot.addWidget(window)
    measure = FakeMeasure(None)
    window.time_correction.measure = measure  # before the event loop runs the queued start-up sync
    with qtbot.waitSignal(window.time_correction.sync_finished, timeout=5000):
        pass
    assert measure.calls
    assert window.active_dialog is None  # start-up failures only show in the status bar
    assert window.time_correction.status.text.startswith("Time sync failed")
    window.ticker.stop()
    window.runner.wait()


def test_the_start_up_menu_entry_is_a_setting(make_timed_window, settings) -> None:
    window = make_timed_window()
    window.time_correction.startup_action.trigger()
    assert settings.get(TIME_SYNC_AT_STARTUP) is True


def test_a_fixed_clock_cannot_be_corrected(make_window) -> None:
    window = make_window()  # FixedClock: tests and screenshots
    controller = window.time_correction
    assert not controller.can_correct
    assert not controller.sync_now()
    assert not controller.sync_action.isEnabled() and not controller.status.sync_button.isEnabled()
    assert controller.diagnosis_action.isEnabled() and controller.which_step_action.isEnabled()


def test_the_menu_has_the_time_entries(make_timed_window) -> None:
    window = make_timed_window()
    menus = [a.menu() for a in window.main_menu.actions() if a.menu() is not None]
    time_menu = next(m for m in menus if m is window.time_correction.menu)
    texts = [a.text().replace("&", "") for a in time_menu.actions() if not a.isSeparator()]
    assert texts == [
        "Sync time now",
        "Set the offset by hand…",
        "Use system time",
        "Sync when the app starts",
        "Check the clock…",
        "Why was my code rejected?…",
    ]


def test_the_status_bar_follows_the_palette(make_timed_window) -> None:
    from authenticator.ui import theme
    from authenticator.ui.theme import dark_palette

    window = make_timed_window()
    label = window.time_correction.status.label
    window.setPalette(dark_palette())
    assert label.palette().color(label.foregroundRole()) == theme.dim_text(dark_palette())


def test_sync_results_wait_for_the_save_before_moving_the_clock(make_timed_window, tmp_path, qtbot) -> None:
    """The clock moves only once the file is written: what the window shows is what the next start uses."""
    window = make_timed_window(FakeMeasure(8.0))
    seen: list[tuple[float, bool]] = []
    window.time_correction.correction_changed.connect(
        lambda offset: seen.append((offset, (tmp_path / CORRECTION_FILE).exists()))
    )
    window.time_correction.sync_now()
    wait_sync(qtbot, window)
    assert seen == [(pytest.approx(8.001), True)]
