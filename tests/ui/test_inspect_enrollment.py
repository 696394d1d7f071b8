""" "Check an enrollment": findings with severities, codes T-1/T/T+1 that follow the clock or a set time, "Add
account" through the intake's confirmation (nothing saved before), JSON/Markdown exports, and images decoded
on the intake's worker. Time is the FixedClock at T0; workers are waited for with ``qtbot.waitUntil``."""

from __future__ import annotations

import json
import sys
import threading
from pathlib import Path

import cv2
import numpy as np
from PySide6.QtCore import QDateTime, Qt, QTimeZone
from PySide6.QtWidgets import QMessageBox
from support import T0

sys.path.insert(0, str(Path(__file__).parents[1] / "qr"))

from qr_samples import place, render

from authenticator.core import otp
from authenticator.core.clock import SystemClock
from authenticator.core.inspect import TimeBasis
from authenticator.core.lint import Severity
from authenticator.core.uri import parse_otpauth
from authenticator.ui.dialogs import inspect_enrollment
from authenticator.ui.dialogs.confirm_account import ConfirmAccountDialog
from authenticator.ui.dialogs.inspect_enrollment import InspectEnrollmentDialog

KEY = "KRUGS4ZANFZSAYJAORSXG5BAONSWG4TF"
CLEAN_URI = f"otpauth://totp/Forum:bob@example.com?secret={KEY}&issuer=Forum"
#: An 80-bit key (error), padding (warning), an unknown parameter (info), 8 digits (info).
BENT_URI = "otpauth://totp/Shop:ann?secret=JBSWY3DPEHPK3PXP%3D%3D%3D&issuer=Shop&digits=8&foo=1"
BENT_KEY = "JBSWY3DPEHPK3PXP"


def qr_page(*texts: str) -> np.ndarray:
    codes = [render(text, 4) for text in texts]
    page = np.full((max(c.shape[0] for c in codes) + 60, sum(c.shape[1] + 40 for c in codes) + 40), 255, np.uint8)
    x = 40
    for code in codes:
        place(page, code, x, 30)
        x += code.shape[1] + 40
    return page


def open_dialog(window) -> InspectEnrollmentDialog:  # type: ignore[no-untyped-def]
    window.inspect_action.trigger()
    dialog = window.active_dialog
    assert isinstance(dialog, InspectEnrollmentDialog)
    return dialog


def wait_decoded(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.intake.decoder.is_idle and window.runner.is_idle, timeout=5000)


def test_findings_are_shown_with_their_severities(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    dialog = open_dialog(window)
    assert "Check an enrollment…" in [a.text().replace("&", "") for a in window.main_menu.actions()]
    report = dialog.inspect_text(BENT_URI, "a test")
    assert report is not None and report.usable
    shown = [(card.finding.code, card.severity) for card in dialog.finding_cards]
    assert shown == [(f.code, f.severity) for f in report.findings]
    assert ("short-secret", Severity.ERROR) in shown and ("padding", Severity.WARNING) in shown
    assert ("unknown-parameter", Severity.INFO) in shown
    assert dialog.finding_cards[0].badge.text() == "ERROR"
    assert all(card.explanation.text() for card in dialog.finding_cards)  # each finding explains itself
    assert dialog.findings_summary.text().startswith("1 error, ")
    assert dialog.field_labels["issuer"].text() == "Shop" and dialog.field_labels["digits"].text() == "8"
    assert "80 bits" in dialog.field_labels["secret"].text()
    # The secret itself is shown nowhere in the window.
    texts = [label.text() for label in dialog.findChildren(type(dialog.source_label))]
    assert not any(BENT_KEY in text for text in texts)
    assert dialog.rendered.has_image and not dialog.original.has_image  # a pasted link has no picture


def test_codes_for_t_minus_1_t_and_t_plus_1_follow_the_clock(make_window, clock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    dialog = open_dialog(window)
    dialog.inspect_text(CLEAN_URI)
    account = parse_otpauth(CLEAN_URI).account

    def table() -> list[tuple[str, int, str]]:
        rows = []
        for row in range(dialog.codes_table.rowCount()):
            label, step, code = (dialog.codes_table.item(row, column).text() for column in range(3))
            rows.append((label, int(step), code.replace(" ", "")))
        return rows

    step = otp.time_step(clock.now(), 30)
    assert table() == [
        ("T-1", step - 1, otp.code_at(account, KEY, (step - 1) * 30)),
        ("T", step, otp.code_at(account, KEY, clock.now())),
        ("T+1", step + 1, otp.code_at(account, KEY, (step + 1) * 30)),
    ]
    start = QDateTime.fromSecsSinceEpoch(step * 30, QTimeZone.utc()).toString("yyyy-MM-dd HH:mm:ss")
    assert dialog.codes_table.item(1, 3).text() == start
    assert "system clock" in dialog.clock_label.text()

    clock.advance(30)  # the window's ticker moves the codes on
    window.ticker.tick()
    assert [row[1] for row in table()] == [step, step + 1, step + 2]
    assert dialog.report is not None and dialog.report.when == clock.now()


def test_the_time_field_switches_to_a_fixed_time_and_now_goes_back(make_window, clock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    dialog = open_dialog(window)
    dialog.inspect_text(CLEAN_URI)
    account = parse_otpauth(CLEAN_URI).account
    before = dialog.codes_table.item(1, 2).text()
    assert dialog.time_edit.dateTime().toSecsSinceEpoch() == int(T0)

    dialog.time_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(T0) + 3600, QTimeZone.utc()))
    assert dialog.fixed_time == T0 + 3600
    assert dialog.codes_table.item(1, 2).text() == otp.format_code(otp.code_at(account, KEY, T0 + 3600))
    assert dialog.codes_table.item(1, 2).text() != before
    assert dialog.report is not None and dialog.report.basis is TimeBasis.GIVEN
    assert "time set here" in dialog.clock_label.text()
    clock.advance(30)
    window.ticker.tick()  # a fixed time does not move with the clock
    assert dialog.report.when == T0 + 3600

    dialog.now_button.click()
    assert dialog.fixed_time is None and dialog.report.when == clock.now()
    assert dialog.time_edit.dateTime().toSecsSinceEpoch() == int(clock.now())


def test_the_corrected_clock_is_used_and_named(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = InspectEnrollmentDialog(SystemClock(2.5, source=lambda: T0))
    qtbot.addWidget(dialog)
    report = dialog.inspect_text(CLEAN_URI)
    assert report is not None and report.basis is TimeBasis.CORRECTED and report.when == T0 + 2.5
    assert dialog.clock_label.text() == "Now, by the corrected clock (system time +2.500 s)."
    assert "corrected clock (system time +2.500 s)" in report.to_markdown()


def test_add_account_opens_the_confirmation_and_saves_only_when_accepted(make_window, vault, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    dialog = open_dialog(window)
    dialog.inspect_text(CLEAN_URI, "a test page")
    assert vault.accounts() == []
    dialog.add_button.click()
    confirm = window.active_dialog
    assert isinstance(confirm, ConfirmAccountDialog) and not dialog.isVisible()
    assert confirm.parsed.secret == KEY and confirm.intro.text() == "Found in a test page."
    wait_decoded(qtbot, window)
    assert vault.accounts() == []  # nothing saved while the confirmation is open
    assert confirm.add_button is not None
    qtbot.mouseClick(confirm.add_button, Qt.MouseButton.LeftButton)
    wait_decoded(qtbot, window)
    [saved] = vault.accounts()
    assert saved.issuer == "Forum" and vault.secret(saved.id) == KEY


def test_cancelled_confirmation_and_closed_window_save_nothing(make_window, vault, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    dialog = open_dialog(window)
    dialog.inspect_text(CLEAN_URI)
    dialog.add_button.click()
    window.active_dialog.cancel_button.click()
    dialog = open_dialog(window)
    dialog.inspect_text(CLEAN_URI)
    dialog.close_button.click()
    wait_decoded(qtbot, window)
    assert vault.accounts() == []


def test_a_link_that_gives_no_codes_cannot_be_added(qtbot, clock) -> None:  # type: ignore[no-untyped-def]
    dialog = InspectEnrollmentDialog(clock)
    qtbot.addWidget(dialog)
    report = dialog.inspect_text("otpauth://totp/X?secret=0189")
    assert report is not None and not report.usable
    assert [c.finding.code for c in dialog.finding_cards] == ["invalid-secret"]
    assert not dialog.add_button.isEnabled() and dialog.json_button.isEnabled()
    assert dialog.codes_table.rowCount() == 0 and not dialog.rendered.has_image


def test_exports_match_the_report(make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    dialog = open_dialog(window)
    dialog.inspect_text(BENT_URI, "a test")
    assert dialog.save_json(tmp_path / "report.json")
    assert dialog.save_markdown(tmp_path / "out" / "report.md")
    assert dialog.report is not None
    assert json.loads((tmp_path / "report.json").read_text("utf-8")) == dialog.report.to_json()
    assert (tmp_path / "out" / "report.md").read_text("utf-8") == dialog.report.to_markdown()
    for path in (tmp_path / "report.json", tmp_path / "out" / "report.md"):
        assert BENT_KEY not in path.read_text("utf-8")  # exports leave the secret out
    assert dialog.saved_label.text() == "Saved report.md"
    chooser = dialog.choose_export("json")
    assert chooser is not None and chooser.defaultSuffix() == "json"
    chooser.reject()


def test_an_export_that_cannot_be_written_says_so(qtbot, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = InspectEnrollmentDialog(clock)
    qtbot.addWidget(dialog)
    dialog.inspect_text(CLEAN_URI)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert not dialog.save_json(blocker / "report.json")  # a folder that is a file
    assert isinstance(dialog.message_box, QMessageBox)
    assert dialog.message_box.text().startswith("The report could not be saved to report.json")


def test_an_image_is_decoded_on_the_worker_and_shown_beside_the_rendering(
    make_window, tmp_path: Path, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    dialog = open_dialog(window)
    path = tmp_path / "enroll.png"
    assert cv2.imwrite(str(path), qr_page(BENT_URI))
    threads: list[bool] = []
    real = inspect_enrollment.decode_file_with_crops

    def spy(name: str):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread() is threading.main_thread())
        return real(name)

    monkeypatch.setattr(inspect_enrollment, "decode_file_with_crops", spy)
    dialog.inspect_file(str(path))
    assert not dialog.open_button.isEnabled()  # busy while the worker reads it
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=5000)
    assert threads == [False]
    assert dialog.report.parsed is not None and dialog.report.parsed.secret == BENT_KEY
    assert dialog.source_label.text() == "Read from enroll.png."
    assert dialog.original.has_image and dialog.rendered.has_image
    assert dialog.uri_edit.text() == BENT_URI
    assert dialog.open_button.isEnabled()


def test_a_screen_scan_shows_the_code_found(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    dialog = open_dialog(window)
    window.intake.grab = lambda: [np.full((200, 200), 255, np.uint8), qr_page("WIFI:S:home;;", CLEAN_URI)]
    dialog.scan_screen()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=5000)
    assert dialog.isVisible() and window.isVisible()
    assert dialog.report.parsed is not None and dialog.report.parsed.secret == KEY
    assert "the screen (2 codes" in dialog.source_label.text()
    assert dialog.original.has_image


def test_an_image_without_an_account_says_why(qtbot, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = InspectEnrollmentDialog(clock)
    qtbot.addWidget(dialog)
    path = tmp_path / "wifi.png"
    assert cv2.imwrite(str(path), qr_page("WIFI:S:home;;"))
    dialog.inspect_file(str(path))
    qtbot.waitUntil(lambda: dialog.decoder.is_idle, timeout=5000)
    assert dialog.report is None
    assert dialog.source_label.text() == "This QR code holds Wi-Fi network settings, not an account."
    blank = tmp_path / "blank.png"
    assert cv2.imwrite(str(blank), np.full((100, 100), 255, np.uint8))
    dialog.inspect_file(str(blank))
    qtbot.waitUntil(lambda: dialog.message_box is not None, timeout=5000)
    assert dialog.message_box.text() == "No QR code was found in blank.png."  # type: ignore[attr-defined]


def test_hotp_lists_counters(qtbot, clock) -> None:  # type: ignore[no-untyped-def]
    dialog = InspectEnrollmentDialog(clock)
    qtbot.addWidget(dialog)
    dialog.inspect_text(f"otpauth://hotp/Bank:me?secret={KEY}&issuer=Bank&counter=5")
    assert dialog.codes_table.horizontalHeaderItem(1).text() == "Counter"
    assert [dialog.codes_table.item(r, 1).text() for r in range(3)] == ["4", "5", "6"]
    assert dialog.codes_table.item(1, 3).text() == "—"
    assert dialog.fields_form.isRowVisible(dialog.field_labels["counter"])
    assert not dialog.fields_form.isRowVisible(dialog.field_labels["period"])
