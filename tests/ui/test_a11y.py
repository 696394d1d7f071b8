"""Every dialog and panel reached from the window, in the state it is normally shown: each focusable control has
an accessible name, and no style sheet hides keyboard focus (tests/ui/a11y_support.py does the walking).

Checked in English and in German, so a name that only exists in one language (a label's buddy that a
translation dropped, a button whose translated text is empty) shows up too."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from a11y_support import (
    clipped_texts,
    controls,
    focus_problems,
    label_not_in_name,
    overlapping,
    unnamed_controls,
)
from argon2 import PasswordHasher, Type
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenu, QWidget
from time_support import correctable_window
from ui_support import OTHER_KEY, RFC_KEY, THIRD_KEY

from authenticator.core.account import Account, OtpType
from authenticator.core.errors import SecretStoreLocked
from authenticator.core.uri import parse_otpauth
from authenticator.storage.backup_codes import BackupCodes, BackupCodeStore
from authenticator.timesync.correction import TimeCorrection
from authenticator.ui.dialogs.account_dialog import AccountDialog
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
    with correctable_window(qtbot, vault, clock, settings) as window:
        yield window


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
    window.stack.setCurrentWidget(window.empty)  # the page the window shows without accounts
    return window.empty


def _main_window(window: MainWindow, qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    return window  # the header (search, Add, menu), the list and the time status line


def _with_lock_password(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A lock password (cheap Argon2id), so the Security section and the lock page show all they have."""
    window.app_lock.store.hasher = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1, type=Type.ID)
    done: list[bool] = []
    window.app_lock.set_password("tulip oven harbour", lambda: done.append(True), pytest.fail)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)


def _preferences(window: MainWindow, qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    _with_lock_password(window, qtbot)  # Change/Remove Password and the idle and screen-lock options
    return window.open_preferences()


def _add_account(window: MainWindow, qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    dialog = window.open_add_dialog()
    assert dialog is not None
    dialog.details_toggle.setChecked(True)
    dialog.advanced_toggle.setChecked(True)
    dialog.key_edit.setText("JBSW 0")  # the key message, in the error colour
    return dialog


def _edit_account(window: MainWindow, qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    dialog = window.open_edit_dialog(window.proxy.index(0, 0))
    assert isinstance(dialog, AccountDialog) and dialog.details.isVisible()  # Details open when editing
    dialog.details.note_edit.setPlainText("Backup codes are in the safe.")
    return dialog


def _lock_page(window: MainWindow, qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    _with_lock_password(window, qtbot)
    window.app_lock.lock()
    page = window.app_lock.page
    page.password.setText("x")  # Unlock is enabled once something is typed
    page.show_problem(
        window.app_lock.tr("The stored lock password is damaged, so it cannot be checked."), can_turn_off=True
    )
    return window


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
    "main window": _main_window,
    "preferences (all sections)": _preferences,
    "add account (details, advanced)": _add_account,
    "edit account (details)": _edit_account,
    "lock page": _lock_page,
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


_MNEMONIC = re.compile(r"&([^&\s])")


def menu_problems(menu: QMenu, where: str) -> list[str]:
    """A menu (and its submenus) a screen reader and a keyboard user can use: it has a name, every entry has
    text, and no two entries share an Alt letter (German translations easily pick the same one twice)."""
    problems = [] if menu.accessibleName().strip() or menu.title() else [f"{where}: the menu has no name"]
    letters: dict[str, str] = {}
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        text = action.text()
        if not text.replace("&", "").strip():
            problems.append(f"{where}: an entry without text")
            continue
        for letter in _MNEMONIC.findall(text.replace("&&", "")):
            if letter.casefold() in letters:
                problems.append(f"{where}: {text!r} and {letters[letter.casefold()]!r} share Alt+{letter}")
            letters[letter.casefold()] = text
        if action.menu() is not None:
            problems += menu_problems(action.menu(), f"{where} > {text}")
    return problems


def test_the_menus_name_every_entry_without_clashing_alt_letters(language: str, window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    _with_lock_password(window, qtbot)  # the Lock entries appear
    assert menu_problems(window.main_menu, "main menu") == []
    assert menu_problems(window.intake.add_menu, "Add menu") == []
    window.management.filter_menu.aboutToShow.emit()  # filled when it opens: all, favourites, the groups
    assert menu_problems(window.management.filter_menu, "filter menu") == []
    rows = window.proxy.rowCount()
    for row in range(rows):  # the HOTP row has "Next code" too
        window.list.setCurrentIndex(window.proxy.index(row, 0))
        window.show_row_menu(window.proxy.index(row, 0), QPoint(10, 10))
        menu = window.findChildren(QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly)[-1]
        assert menu.isVisible()
        assert menu_problems(menu, f"row {row} menu") == []
        menu.close()
    tray = window.tray.menu
    tray.rebuild()
    assert menu_problems(tray.menu, "tray menu") == []
    window.app_lock.lock()
    tray.rebuild()  # locked: Unlock instead of the favourites
    assert menu_problems(tray.menu, "tray menu (locked)") == []


def test_every_row_is_read_with_its_account_and_state(language: str, window: MainWindow) -> None:
    """The list's rows are drawn by a delegate: their accessible text is what a screen reader says."""
    for row in range(window.proxy.rowCount()):
        index = window.proxy.index(row, 0)
        text = str(index.data(Qt.ItemDataRole.AccessibleTextRole) or "")
        account = window.model.account_at(window.proxy.mapToSource(index).row())
        assert account.issuer in text and account.name in text
        assert str(index.data(Qt.ItemDataRole.AccessibleDescriptionRole) or "").strip()


@pytest.mark.parametrize("name", list(DIALOGS))
def test_no_text_is_cut_off(name: str, language: str, window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Longer (German) texts get the room they need: wrapped labels their height, buttons their width."""
    widget = DIALOGS[name](window, qtbot)
    if widget.isWindow() and not widget.isVisible():
        widget.show()
    qtbot.waitExposed(widget.window())
    QApplication.processEvents()  # the layouts take the texts in
    assert clipped_texts(widget) == [], f"{name} ({language}): texts cut off"
    assert overlapping(widget) == [], f"{name} ({language}): parts drawn over each other"


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


def test_the_helper_finds_cut_off_and_overlapping_texts(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel, QPushButton

    root = QWidget()
    qtbot.addWidget(root)
    root.resize(300, 200)
    button = QPushButton("Nächsten unbenutzten kopieren", root)
    button.setGeometry(0, 0, 60, 30)  # squeezed: the text cannot fit
    label = QLabel("A long sentence that wraps onto several lines at this narrow width.", root)
    label.setWordWrap(True)
    label.setGeometry(0, 20, 80, 20)  # one line high, and over the button
    root.show()
    assert [p.split(":")[0] for p in clipped_texts(root)] == [
        "QPushButton 'Nächsten unbenutzten kopieren'",
        "QLabel 'A long sentence that wraps onto several lines at this narrow width.'",
    ]
    assert len(overlapping(root)) == 1
    button.setGeometry(0, 0, 300, 30)
    label.setGeometry(0, 40, 300, label.heightForWidth(300))
    assert clipped_texts(root) == [] and overlapping(root) == []


def dialog_mnemonic_clashes(root: QWidget) -> list[str]:
    """Alt letters shared by two visible labels or buttons of one window: the second can't be reached by its key."""
    seen: dict[str, str] = {}
    clashes = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or widget.window() is not root.window():
            continue
        if (isinstance(widget, QLabel) and widget.buddy() is not None) or isinstance(widget, QAbstractButton):
            text = widget.text()
        else:
            continue
        for letter in _MNEMONIC.findall(text.replace("&&", "")):
            key = letter.casefold()
            if key in seen and seen[key] != text:
                clashes.append(f"{text!r} and {seen[key]!r} share Alt+{letter}")
            seen.setdefault(key, text)
    return clashes


@pytest.mark.parametrize("name", list(DIALOGS))
def test_no_two_controls_of_a_window_share_an_alt_letter(name: str, language: str, window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = DIALOGS[name](window, qtbot)
    if widget.isWindow() and not widget.isVisible():
        widget.show()
    assert dialog_mnemonic_clashes(widget) == [], f"{name} ({language})"


@pytest.mark.parametrize("mode", ["SET", "CHANGE", "REMOVE"])
def test_the_password_dialogs_do_not_share_alt_letters(mode: str, language: str, window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from authenticator.ui.lock.password_dialog import PasswordDialog

    dialog = PasswordDialog(window.app_lock, PasswordDialog.Mode[mode], window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog_mnemonic_clashes(dialog) == [], f"{mode} ({language})"
