"""Every dialog and panel reached from the window, in the state it is normally shown: each focusable control has
an accessible name, and no style sheet hides keyboard focus (tests/ui/a11y_support.py does the walking).

Checked in English and in German, so a name that only exists in one language (a label's buddy that a
translation dropped, a button whose translated text is empty) shows up too."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from a11y_support import controls, focus_problems, label_not_in_name, unnamed_controls
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget
from time_support import NOT_SYNCED, SERVERS, FakeMeasure
from ui_support import OTHER_KEY, RFC_KEY, THIRD_KEY

from authenticator.app import build_main_window
from authenticator.core.account import Account, OtpType
from authenticator.core.clock import SystemClock
from authenticator.core.errors import SecretStoreLocked
from authenticator.core.uri import parse_otpauth
from authenticator.storage.backup_codes import BackupCodes, BackupCodeStore
from authenticator.timesync.correction import TimeCorrection
from authenticator.ui.dialogs.account_qr_dialog import AccountQrDialog
from authenticator.ui.dialogs.backup_codes import BackupCodesDialog, ReplaceCodesDialog
from authenticator.ui.dialogs.camera_scan import CameraScanDialog
from authenticator.ui.dialogs.confirm_account import ChooseAccountsDialog, ConfirmAccountDialog
from authenticator.ui.dialogs.export_dialog import PLAIN_JSON, ExportDialog
from authenticator.ui.dialogs.google_qr_dialog import GoogleQrDialog
from authenticator.ui.dialogs.import_dialog import ImportDialog
from authenticator.ui.dialogs.inspect_enrollment import InspectEnrollmentDialog
from authenticator.ui.dialogs.messages import DeleteConfirmation, error_box
from authenticator.ui.dialogs.which_step import WhichStepDialog
from authenticator.ui.i18n import install_translators
from authenticator.ui.main_window import MainWindow
from authenticator.ui.settings import TIME_NTP_SERVERS
from authenticator.ui.timesync.offset_dialogs import ConfirmOffsetBox, ManualOffsetDialog

URI = "otpauth://totp/Example:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Example&algorithm=sha256"


@pytest.fixture(params=["en", "de"])
def language(request, qapp) -> str:  # type: ignore[no-untyped-def]
    """The window's language, loaded before anything is built (as at start-up)."""
    return install_translators(qapp, request.param)


@pytest.fixture
def window(qtbot, vault, clock, settings, language) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """A window with accounts and a correctable clock whose measurements are fakes (no network)."""
    vault.add(Account("GitHub", "alice@example.com", url="https://github.com/login"), RFC_KEY)
    vault.add(Account("Example Bank", "card 4821", type=OtpType.HOTP, counter=5), OTHER_KEY)
    settings.set(TIME_NTP_SERVERS, ", ".join(SERVERS))
    window = build_main_window(vault, SystemClock(0.0, source=clock.now), settings)
    qtbot.addWidget(window)
    window.show()
    controller = window.time_correction
    controller.measure = FakeMeasure(47.0)
    controller.sync_status = lambda: NOT_SYNCED
    qtbot.waitUntil(lambda: window.runner.is_idle, timeout=5000)
    yield window
    window.ticker.stop()
    window.runner.wait()
    controller.runner.wait()


def _diagnosis(window: MainWindow, qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    dialog = window.time_correction.open_diagnosis()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=5000)
    return dialog


def _inspect(window: MainWindow, qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    dialog = InspectEnrollmentDialog(window.clock, window)
    dialog.inspect_text(URI, "a test")
    return dialog


def _import_password(window: MainWindow, qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(window, "backup.json")
    dialog.password_label.setText("backup.json is an encrypted Aegis vault.")
    dialog._show_page(1)  # the password page, as for an encrypted file
    return dialog


def _export_plain(window: MainWindow, qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(window)
    dialog.select(PLAIN_JSON)  # the warning and its check box
    return dialog


def _backup_codes(window: MainWindow, qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    account = window.model.accounts[0]
    dialog = BackupCodesDialog(account, BackupCodeStore(window.vault.secrets), window.runner, lambda _c: 30, window)
    dialog.load()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=5000)
    return dialog


def _replace_codes(window: MainWindow, qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    return ReplaceCodesDialog("GitHub", BackupCodes(), window)


def _camera(window: MainWindow, qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    dialog = CameraScanDialog(window, probe=lambda: [], runner=window.intake.decoder)
    qtbot.waitUntil(lambda: dialog.picker.count() == 1 and not dialog.picker.isEnabled(), timeout=5000)
    return dialog


def _camera_picker(window: MainWindow, qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    dialog = CameraScanDialog(window, probe=lambda: [0, 1], runner=window.intake.decoder)
    qtbot.waitUntil(lambda: dialog.picker.isEnabled(), timeout=5000)
    dialog._stop_scan()  # no camera here: keep the picker, drop the scan
    return dialog


def _confirm(window: MainWindow, qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    return ConfirmAccountDialog(parse_otpauth(URI), window.clock, window, source="a test")


def _confirm_duplicate(window: MainWindow, qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    existing = window.model.accounts[0]
    return ConfirmAccountDialog(parse_otpauth(URI), window.clock, window, duplicate=existing, same_secret=True)


def _choose(window: MainWindow, qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    return ChooseAccountsDialog(["GitHub (alice)", "Proton (bob)"], [False, True], window)


def _google(window: MainWindow, qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    pairs = [
        (Account("Slow", "minute", period=60), THIRD_KEY),
        (Account("Service", "user@example.com"), RFC_KEY),
    ]
    return GoogleQrDialog(pairs, window)


def _which_step(window: MainWindow, qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    dialog = WhichStepDialog(window.model.accounts, window.vault.cached_secret, window.clock, parent=window)
    dialog.code_edit.setText("123456")
    dialog.check()
    return dialog


def _account_qr(window: MainWindow, qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    image = QImage(64, 64, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    return AccountQrDialog(window.model.accounts[0], image, window)


def _delete(window: MainWindow, qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    return DeleteConfirmation(window.model.accounts[0], window)


def _error(window: MainWindow, qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    return error_box(SecretStoreLocked("The keyring is locked.", "Unlock it."), window)


def _manual_offset(window: MainWindow, qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    return ManualOffsetDialog(0.0, window.time_correction.system_now, window)


def _confirm_offset(window: MainWindow, qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    return ConfirmOffsetBox(TimeCorrection(3600.0, "NTP", 0.0), window)


def _status_bar(window: MainWindow, qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    return window.time_correction.status


def _banner(window: MainWindow, qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    window.banner.show_error(SecretStoreLocked("The keyring is locked.", "Unlock it."))
    return window.banner


def _empty_state(window: MainWindow, qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    window.empty.show_no_accounts()
    window.empty.show()
    return window.empty


DIALOGS: dict[str, Callable[[MainWindow, object], QWidget]] = {
    "diagnosis": _diagnosis,
    "inspect enrollment": _inspect,
    "import (password)": _import_password,
    "export (plain file)": _export_plain,
    "backup codes": _backup_codes,
    "replace backup codes": _replace_codes,
    "camera (none found)": _camera,
    "camera (picker)": _camera_picker,
    "confirm account": _confirm,
    "confirm duplicate": _confirm_duplicate,
    "choose accounts": _choose,
    "google qr": _google,
    "which step": _which_step,
    "account qr": _account_qr,
    "delete confirmation": _delete,
    "error box": _error,
    "manual offset": _manual_offset,
    "confirm offset": _confirm_offset,
    "time status bar": _status_bar,
    "banner": _banner,
    "empty state": _empty_state,
}


@pytest.mark.parametrize("name", list(DIALOGS))
def test_every_control_has_a_name_and_shows_focus(name: str, language: str, window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = DIALOGS[name](window, qtbot)  # a child of the window: closed and deleted with it
    if widget.isWindow() and not widget.isVisible():
        widget.show()
    assert list(controls(widget)), f"{name}: no focusable control found (is it shown?)"
    assert unnamed_controls(widget) == [], f"{name} ({language}): controls without an accessible name"
    assert focus_problems(widget) == [], f"{name} ({language}): keyboard focus is hidden"
    assert label_not_in_name(widget) == [], f"{name} ({language}): a button's name hides its visible text"


def test_the_helper_finds_an_unnamed_control_and_a_hidden_focus(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    edit = QLineEdit(root)
    button = QPushButton("OK", root)
    button.setStyleSheet("QPushButton { border: none; background: #eee; }")
    layout.addWidget(edit)
    layout.addWidget(button)
    root.show()
    assert unnamed_controls(root) == ["QLineEdit"]
    assert focus_problems(root) == ["QPushButton 'OK': styled border or background without a :focus rule"]
    edit.setAccessibleName("Name")
    assert unnamed_controls(root) == []
