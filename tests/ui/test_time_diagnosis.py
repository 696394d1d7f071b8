"""The clock diagnosis window: times, the source table, the verdict in words, the OS's sync state and a service's
clock. Measurements are fakes; the window's "system time" is the test's FixedClock."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtWidgets import QMessageBox
from time_support import NOT_SYNCED, SERVERS, FakeMeasure, correctable_window
from ui_support import RFC_KEY

from authenticator.core.account import Account
from authenticator.core.clock import FixedClock
from authenticator.timesync.correction import load_correction
from authenticator.timesync.measurement import TimeMeasurement, failed
from authenticator.ui.dialogs.diagnosis import DiagnosisWindow, service_words, zone_text
from authenticator.ui.main_window import MainWindow
from authenticator.ui.timesync.offset_dialogs import ConfirmOffsetBox


class FakeWeb:
    def __init__(self, offset: float | None) -> None:
        self.offset = offset
        self.urls: list[str] = []

    def __call__(self, url: str, time_source) -> TimeMeasurement:  # type: ignore[no-untyped-def]
        self.urls.append(url)
        if self.offset is None:
            return failed("https://github.com", "Cannot find the server 'github.com'.")
        return TimeMeasurement("https://github.com", self.offset, 0.08, None, resolution_seconds=1.0)


@pytest.fixture
def window(qtbot, vault, clock: FixedClock, settings) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    vault.add(Account("GitHub", "alice@example.com", url="https://github.com/login"), RFC_KEY)
    vault.add(Account("Example", "bob"), RFC_KEY)
    with correctable_window(qtbot, vault, clock, settings, measure_web=FakeWeb(47.3)) as window:
        yield window


def open_checked(window: MainWindow, qtbot) -> DiagnosisWindow:  # type: ignore[no-untyped-def]
    dialog = window.time_correction.open_diagnosis()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=5000)
    return dialog


def table_rows(dialog: DiagnosisWindow) -> list[list[str]]:
    return [
        [dialog.table.item(row, column).text() for column in range(dialog.table.columnCount())]
        for row in range(dialog.table.rowCount())
    ]


def test_verdict_when_the_clock_is_behind_and_not_corrected(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.list.setCurrentIndex(window.proxy.index(1, 0))  # an account without a web address
    dialog = open_checked(window, qtbot)
    assert window.active_dialog is dialog
    assert dialog.url_edit.text() == ""
    assert dialog.verdict.text() == (
        "Your computer's clock is 47 s behind. Servers usually accept codes within about ±30 s, so codes made"
        " with this clock would be rejected; turn on time correction, or let the system set its clock automatically."
    )
    assert dialog.apply_button.isEnabled()
    rows = table_rows(dialog)
    assert [row[0] for row in rows] == list(SERVERS)
    assert rows[0][1:] == ["+47.000 s", "12 ms", "NTP, stratum 2", "used"]
    assert "3 of 3 sources agree" in dialog.summary.text()


def test_verdict_says_the_codes_are_corrected_when_they_are(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.clock.offset = 47.0
    dialog = open_checked(window, qtbot)
    assert dialog.verdict.text().endswith(
        "so codes made with this clock would be rejected; the codes shown are corrected."
    )
    assert not dialog.apply_button.isEnabled()  # nothing to apply


def test_a_stale_correction_is_called_out(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.clock.offset = 20.0
    dialog = open_checked(window, qtbot)
    assert "The correction in use (+20.0 s) no longer matches: the codes shown are 27 s off." in dialog.verdict.text()
    assert dialog.apply_button.isEnabled()


def test_the_os_sync_state_is_shown(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_checked(window, qtbot)
    assert dialog.sync_line.isVisible()
    assert dialog.sync_line.text().startswith("The system does not set its clock from network time.")


def test_system_utc_and_corrected_times(window, clock, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.clock.offset = 47.0
    dialog = open_checked(window, qtbot)
    assert dialog.utc_time.text() == "2026-11-28 12:00:00 UTC"
    local = datetime.fromtimestamp(clock.now()).astimezone()
    assert f"{local:%H:%M:%S}" in dialog.system_time.text()
    assert dialog.zone.text() == zone_text(clock.now())
    assert any(word in dialog.zone.text() for word in ("standard time", "daylight saving"))
    assert "UTC+" in dialog.zone.text() or "UTC-" in dialog.zone.text()
    corrected = datetime.fromtimestamp(clock.now() + 47).astimezone()
    assert dialog.corrected_time.text() == f"{corrected:%H:%M:%S} — the system time +47.0 s"
    clock.advance(1)
    window.ticker.tick()
    assert dialog.utc_time.text() == "2026-11-28 12:00:01 UTC"


def test_the_service_field_is_prefilled_and_checked(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.list.setCurrentIndex(window.proxy.index(0, 0))  # GitHub, with a web address
    dialog = open_checked(window, qtbot)
    assert dialog.url_edit.text() == "https://github.com/login"
    assert window.time_correction.measure_web.urls == ["https://github.com/login"]
    rows = table_rows(dialog)
    assert rows[-1][0] == "https://github.com" and rows[-1][3] == "web (Date header)"
    assert dialog.service_line.text().startswith("https://github.com's clock agrees with the time servers")


def test_a_service_with_a_wrong_clock_is_named(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.time_correction.measure_web = FakeWeb(47.0 - 95)
    dialog = window.time_correction.open_diagnosis()
    dialog.url_edit.setText("github.com")
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=5000)  # the first check (no address)
    dialog.result = None
    qtbot.waitUntil(lambda: not window.time_correction.busy, timeout=5000)
    assert dialog.start_check()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=5000)
    assert dialog.service_line.text() == (
        "https://github.com's clock is 95 s behind the time servers: the service's own clock is wrong,"
        " so it may reject correct codes."
    )
    assert dialog.verdict.text().startswith("Your computer's clock is 47 s behind.")  # the majority decides


def test_a_failed_service_check_says_why(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.time_correction.measure_web = FakeWeb(None)
    window.list.setCurrentIndex(window.proxy.index(0, 0))
    dialog = open_checked(window, qtbot)
    assert dialog.service_line.text() == "https://github.com: Cannot find the server 'github.com'."
    assert table_rows(dialog)[-1][4] == "failed: Cannot find the server 'github.com'"


def test_no_answer_gives_the_unknown_verdict(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.time_correction.measure = FakeMeasure(None)
    window.list.setCurrentIndex(window.proxy.index(1, 0))
    dialog = open_checked(window, qtbot)
    assert dialog.verdict.text() == "The clock could not be checked: no time source gave a usable answer."
    assert not dialog.apply_button.isEnabled()
    assert all(row[4].startswith("failed:") for row in table_rows(dialog))


def test_apply_from_the_diagnosis_corrects_the_codes(window, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.list.setCurrentIndex(window.proxy.index(1, 0))
    dialog = open_checked(window, qtbot)
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: window.clock.offset != 0.0, timeout=5000)
    assert window.clock.offset == pytest.approx(47.001)
    stored = load_correction(tmp_path)
    assert stored is not None and stored.source == "NTP"
    assert dialog.verdict.text().endswith("the codes shown are corrected.")  # re-rendered with the new offset
    assert not dialog.apply_button.isEnabled()


def test_apply_from_the_diagnosis_asks_for_a_large_offset(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.time_correction.measure = FakeMeasure(3600.0)
    window.list.setCurrentIndex(window.proxy.index(1, 0))
    dialog = open_checked(window, qtbot)
    dialog.apply_button.click()
    box = window.active_dialog
    assert isinstance(box, ConfirmOffsetBox)
    box.cancel_button.click()
    assert window.clock.offset == 0.0


def test_the_window_stays_live_while_checking(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    gate = threading.Event()
    window.time_correction.measure = FakeMeasure(47.0, gate=gate)
    try:
        dialog = window.time_correction.open_diagnosis()
        assert dialog.headline.text() == "Checking the clock…"
        assert not dialog.check_button.isEnabled() and window.time_correction.status.busy.isVisible()
        qtbot.keyClicks(dialog.url_edit, "example.com")
        assert dialog.url_edit.text().endswith("example.com")
    finally:
        gate.set()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=5000)
    assert dialog.check_button.isEnabled()


def test_closing_during_a_check_is_harmless(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    gate = threading.Event()
    window.time_correction.measure = FakeMeasure(47.0, gate=gate)
    dialog = window.time_correction.open_diagnosis()
    dialog.reject()
    qtbot.wait(10)  # deleteLater runs
    gate.set()
    qtbot.waitUntil(lambda: not window.time_correction.busy, timeout=5000)
    assert window.active_dialog is None or not isinstance(window.active_dialog, QMessageBox)


def test_service_words_without_time_servers() -> None:
    web = TimeMeasurement("https://a.test", 12.0, 0.1, None, resolution_seconds=1.0)
    assert service_words(web, None) == "https://a.test's clock is 12 s ahead of this computer (±0.550 s)."


def test_diagnosis_works_on_a_fixed_clock(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    controller = window.time_correction
    controller.measure = FakeMeasure(2.0)
    controller.sync_status = lambda: NOT_SYNCED
    dialog = controller.open_diagnosis()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=5000)
    assert dialog.verdict.text() == (
        "Your computer's clock is correct (2.0 s behind); codes made with it are accepted."
    )
    assert dialog.corrected_time.text() == "the system time (no time correction)"
    assert not dialog.apply_button.isEnabled()  # a fixed clock cannot be corrected
    controller.runner.wait()
