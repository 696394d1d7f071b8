"""Adding from QR codes and links in the window: clipboard, Ctrl+V, drops, Open image, Scan screen, and the
confirmation dialog (edited names, live code, warnings, duplicates: replace / keep both / cancel).

Images come from tests/qr/qr_samples.py; decoding runs on the intake's own runner, saving on the window's,
so tests wait for both with ``qtbot.waitUntil`` (no sleeps).
"""

from __future__ import annotations

import sys
from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QMessageBox
from ui_support import OTHER_KEY, RFC_KEY

sys.path.insert(0, str(Path(__file__).parents[1] / "qr"))

from qr_samples import place, render

from authenticator.core import otp
from authenticator.ui.dialogs.confirm_account import ChooseAccountsDialog, ConfirmAccountDialog
from authenticator.ui.intake import find_duplicate, sort_texts

NEW_KEY = "KRUGS4ZANFZSAYJAORSXG5BAONSWG4TF"
NEW_URI = f"otpauth://totp/Forum:bob@example.com?secret={NEW_KEY}&issuer=Forum&period=60&digits=8"
GITHUB_SAME_KEY = f"otpauth://totp/GitHub%20Enterprise:alice?secret={RFC_KEY}&issuer=GitHub%20Enterprise"
GITHUB_SAME_NAME = f"otpauth://totp/GitHub:alice@example.com?secret={NEW_KEY}&issuer=GitHub"


def qr_image(*texts: str) -> np.ndarray:
    codes = [render(text, 4) for text in texts]
    page = np.full((max(c.shape[0] for c in codes) + 40, sum(c.shape[1] + 30 for c in codes) + 30), 255, np.uint8)
    x = 30
    for code in codes:
        place(page, code, x, 20)
        x += code.shape[1] + 30
    return page


def to_qimage(gray: np.ndarray) -> QImage:
    height, width = gray.shape
    return QImage(gray.tobytes(), width, height, width, QImage.Format.Format_Grayscale8).copy()


def qr_file(folder: Path, name: str, *texts: str) -> Path:
    path = folder / name
    assert cv2.imwrite(str(path), qr_image(*texts))
    return path


def wait_for_dialog(qtbot, window, kind):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(window.active_dialog, kind), timeout=5000)
    return window.active_dialog


def wait_all(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.intake.decoder.is_idle and window.runner.is_idle, timeout=5000)


def drop(window, mime: QMimeData, target=None) -> QDropEvent:  # type: ignore[no-untyped-def]
    """A drag entering and dropping on ``target`` (the window by default), as a file manager would send."""
    widget = target or window
    point = QPointF(widget.width() / 2, widget.height() / 2)
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    enter = QDragEnterEvent(point.toPoint(), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    event = QDropEvent(point, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)
    return event


# -- the pure parts -----------------------------------------------------------------------------------------


def test_sort_texts_keeps_accounts_and_explains_the_rest() -> None:
    found = sort_texts([NEW_URI, "WIFI:S:home;;", NEW_URI, "otpauth://totp/X?secret=0"])
    assert [p.account.issuer for p in found.accounts] == ["Forum"]
    assert found.problems[0] == "This QR code holds Wi-Fi network settings, not an account."
    assert found.problems[1].startswith("An otpauth:// link cannot be added: ")


def test_find_duplicate_by_key_bytes_then_by_issuer_and_name(vault) -> None:  # type: ignore[no-untyped-def]
    github = vault.add(otp_account("GitHub", "alice@example.com"), RFC_KEY)
    [parsed] = sort_texts([GITHUB_SAME_KEY.replace(RFC_KEY, RFC_KEY.lower())]).accounts
    assert find_duplicate(parsed, vault.accounts(), vault.cached_secret) == (github, True)
    [by_name] = sort_texts([GITHUB_SAME_NAME]).accounts
    assert find_duplicate(by_name, vault.accounts(), vault.cached_secret) == (github, False)
    vault.forget_secrets()  # secret not loaded: only the name can match
    assert find_duplicate(parsed, vault.accounts(), vault.cached_secret) == (None, False)


def otp_account(issuer: str, name: str):  # type: ignore[no-untyped-def]
    from authenticator.core.account import Account

    return Account(issuer, name)


# -- confirming -----------------------------------------------------------------------------------------------


def test_pasted_link_is_confirmed_with_an_edited_name(make_window, vault, memory_secrets, clock, qtbot) -> None:
    window = make_window()
    QGuiApplication.clipboard().setText(NEW_URI)
    assert window.intake.paste()
    dialog = wait_for_dialog(qtbot, window, ConfirmAccountDialog)
    assert (dialog.issuer_edit.text(), dialog.name_edit.text()) == ("Forum", "bob@example.com")
    account = dialog.parsed.account
    assert otp.format_code(otp.code_at(account, NEW_KEY, clock.now())) in dialog.code_label.text()
    clock.advance(60)
    dialog.refresh()
    assert otp.format_code(otp.code_at(account, NEW_KEY, clock.now())) in dialog.code_label.text()
    assert dialog.duplicate_label.isHidden() and dialog.warnings_label.isHidden()
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "bob (work)")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    wait_all(qtbot, window)
    [saved] = vault.accounts()
    assert (saved.issuer, saved.name, saved.period, saved.digits) == ("Forum", "bob (work)", 60, 8)
    assert memory_secrets.items[saved.id] == NEW_KEY
    assert window.model.row_of(saved.id) == 0


def test_parser_warnings_are_shown(make_window, qtbot) -> None:
    window = make_window()
    window.intake.add_text("otpauth://totp/Mail:me?secret=jbsw%20y3dp%20ehpk%203pxp&issuer=Mail")
    dialog = wait_for_dialog(qtbot, window, ConfirmAccountDialog)
    assert dialog.warnings_label.isVisibleTo(dialog)
    assert "lower case" in dialog.warnings_label.text()
    assert OTHER_KEY.lower() not in dialog.warnings_label.text().replace(" ", "").lower()


def test_cancel_saves_nothing(make_window, vault, qtbot) -> None:
    window = make_window()
    window.intake.add_text(NEW_URI)
    dialog = wait_for_dialog(qtbot, window, ConfirmAccountDialog)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    wait_all(qtbot, window)
    assert vault.accounts() == []


@pytest.mark.parametrize("choice", ["replace", "keep both", "cancel"])
def test_same_key_is_flagged_with_a_choice(make_window, accounts, vault, memory_secrets, qtbot, choice: str) -> None:
    window = make_window()
    window.intake.add_text(GITHUB_SAME_KEY)
    dialog = wait_for_dialog(qtbot, window, ConfirmAccountDialog)
    assert dialog.add_button is None
    assert "GitHub (alice@example.com) is already in your list with the same key" in dialog.duplicate_label.text()
    button = {"replace": dialog.replace_button, "keep both": dialog.keep_both_button, "cancel": dialog.cancel_button}
    qtbot.mouseClick(button[choice], Qt.MouseButton.LeftButton)
    wait_all(qtbot, window)
    titles = [a.title for a in vault.accounts()]
    old = "GitHub (alice@example.com)"
    if choice == "replace":
        assert titles == ["GitHub Enterprise (alice)", "Example Bank (card 4821)", "Proton (alice@proton.me)"]
        assert window.model.accounts[0].issuer == "GitHub Enterprise"
        new = window.model.accounts[0]
        assert window.model.has_secret(new.id)  # its code shows at once, in the old account's place
        assert accounts["github"].id not in memory_secrets.items  # the old secret left the keyring
    elif choice == "keep both":
        assert titles == [old, "Example Bank (card 4821)", "Proton (alice@proton.me)", "GitHub Enterprise (alice)"]
    else:
        assert titles == [old, "Example Bank (card 4821)", "Proton (alice@proton.me)"]


def test_same_issuer_and_name_with_another_key_is_flagged(make_window, accounts, qtbot) -> None:
    window = make_window()
    window.intake.add_text(GITHUB_SAME_NAME)
    dialog = wait_for_dialog(qtbot, window, ConfirmAccountDialog)
    assert "An account named GitHub (alice@example.com) is already in your list" in dialog.duplicate_label.text()
    assert dialog.cancel_button.isDefault()


# -- sources ------------------------------------------------------------------------------------------------


def test_clipboard_image_through_ctrl_v(make_window, vault, qtbot) -> None:
    window = make_window()
    QGuiApplication.clipboard().setImage(to_qimage(qr_image(NEW_URI)))
    window.activateWindow()
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    dialog = wait_for_dialog(qtbot, window, ConfirmAccountDialog)
    assert dialog.parsed.secret == NEW_KEY
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    wait_all(qtbot, window)
    assert [a.issuer for a in vault.accounts()] == ["Forum"]


def test_ctrl_v_in_the_search_field_still_pastes_text(make_window, qtbot) -> None:
    window = make_window()
    QGuiApplication.clipboard().setText("forum")
    window.search.setFocus()
    qtbot.keyClick(window.search, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.search.text() == "forum"
    assert window.active_dialog is None


def test_drop_image_file_onto_the_window(make_window, vault, tmp_path: Path, qtbot) -> None:
    window = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(qr_file(tmp_path, "code.png", NEW_URI)))])
    assert drop(window, mime).isAccepted()
    dialog = wait_for_dialog(qtbot, window, ConfirmAccountDialog)
    assert dialog.parsed.account.issuer == "Forum"
    assert dialog.intro.text() == "Found in code.png."


def test_drop_text_onto_the_account_list(make_window, accounts, qtbot) -> None:
    window = make_window()
    mime = QMimeData()
    mime.setText(NEW_URI + "\n")
    drop(window, mime, window.list.viewport())
    dialog = wait_for_dialog(qtbot, window, ConfirmAccountDialog)
    assert dialog.parsed.secret == NEW_KEY


def test_drop_of_a_file_that_is_not_an_image_goes_to_the_importer(make_window, vault, tmp_path: Path, qtbot) -> None:
    from authenticator.ui.dialogs.import_dialog import ImportDialog

    window = make_window()
    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(notes))])
    drop(window, mime)
    dialog = wait_for_dialog(qtbot, window, ImportDialog)
    qtbot.waitUntil(lambda: "not in a format" in dialog.problem.text(), timeout=5000)
    assert vault.accounts() == []


def test_open_image_with_two_accounts_adds_the_ticked_ones(make_window, vault, tmp_path: Path, qtbot) -> None:
    window = make_window()
    path = qr_file(tmp_path, "two.png", NEW_URI, f"otpauth://hotp/Bank:me?secret={OTHER_KEY}&counter=3")
    file_dialog = window.intake.open_image()
    file_dialog.filesSelected.emit([str(path)])
    file_dialog.reject()
    chooser = wait_for_dialog(qtbot, window, ChooseAccountsDialog)
    assert chooser.list.count() == 2 and chooser.chosen() == [0, 1]
    assert chooser.add_button.text() == "Add 2 accounts"
    qtbot.mouseClick(chooser.add_button, Qt.MouseButton.LeftButton)
    wait_all(qtbot, window)
    assert sorted(a.issuer for a in vault.accounts()) == ["Bank", "Forum"]


def test_several_accounts_review_one(make_window, vault, qtbot) -> None:
    window = make_window()
    window.intake.add_image(to_qimage(qr_image(NEW_URI, f"otpauth://totp/Bank:me?secret={OTHER_KEY}")))
    chooser = wait_for_dialog(qtbot, window, ChooseAccountsDialog)
    chooser.list.setCurrentRow(1)
    qtbot.mouseClick(chooser.review_button, Qt.MouseButton.LeftButton)
    dialog = wait_for_dialog(qtbot, window, ConfirmAccountDialog)
    assert dialog.parsed.account.issuer in ("Bank", "Forum")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    wait_all(qtbot, window)
    assert len(vault.accounts()) == 1


def test_google_export_image_opens_the_import_preview(make_window, vault, vectors: Path, qtbot) -> None:
    from authenticator.ui.dialogs.import_dialog import ImportDialog

    window = make_window()
    path = vectors / "scito_extract_otp_secrets" / "google_migration" / "qr_png" / "test_googleauth_export.png"
    window.intake.add_files([str(path)])
    dialog = wait_for_dialog(qtbot, window, ImportDialog)
    qtbot.waitUntil(lambda: bool(dialog.rows), timeout=5000)
    assert "Google Authenticator export" in dialog.summary.text()
    assert vault.accounts() == []  # nothing is written before the confirmation


def test_scan_screen_decodes_the_grab_off_the_gui_thread(make_window, vault, qtbot) -> None:
    window = make_window()
    grabbed: list[bool] = []

    def grab() -> list[np.ndarray]:
        grabbed.append(window.isVisible())  # the window is out of the way while the screen is read
        return [np.full((300, 300), 255, np.uint8), qr_image(NEW_URI)]

    window.intake.grab = grab
    window.intake.screen_action.trigger()
    dialog = wait_for_dialog(qtbot, window, ConfirmAccountDialog)
    assert grabbed == [False] and window.isVisible()
    assert dialog.parsed.secret == NEW_KEY


def test_scan_screen_with_nothing_on_it(make_window, qtbot) -> None:
    window = make_window()
    window.intake.grab = lambda: [np.full((300, 300), 255, np.uint8)]
    window.intake.scan_screen()
    box = wait_for_dialog(qtbot, window, QMessageBox)
    assert box.text() == "No QR code was found on the screen."


def test_add_button_offers_every_source(make_window) -> None:
    window = make_window()
    texts = [a.text() for a in window.add_button.menu().actions() if not a.isSeparator()]
    assert texts == ["Scan screen", "Scan with camera…", "Open image…", "Paste QR image or link", "Enter key manually…"]
    assert window.empty.add_button.menu() is window.add_button.menu()


def test_text_without_a_link(make_window, qtbot) -> None:
    window = make_window()
    QGuiApplication.clipboard().setText("just some words")
    window.intake.paste()
    box = wait_for_dialog(qtbot, window, QMessageBox)
    assert box.text() == "The text holds no otpauth:// link."
