"""The backup codes dialog from the row menu: add a set (any separators), mark used, the count and the warning at
two or fewer, replace (the old set is discarded), copy the next unused code with the secret hints, nothing in
the metadata file, and keyring errors shown as a message. Keyring work runs on the window's runner."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QGuiApplication

from authenticator.core.errors import SecretStoreLocked
from authenticator.storage.backup_codes import BackupCodeStore
from authenticator.ui.clipboard import KDE_PASSWORD_HINT
from authenticator.ui.dialogs.backup_codes import BackupCodesDialog, ReplaceCodesDialog

PASTED = "1. abcd-1111\n2. abcd-2222\n3) abcd-3333, abcd-4444; abcd-5555"
CODES = ["abcd-1111", "abcd-2222", "abcd-3333", "abcd-4444", "abcd-5555"]


def wait_idle(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.runner.is_idle, timeout=5000)


def open_codes(qtbot, window, account) -> BackupCodesDialog:  # type: ignore[no-untyped-def]
    window.select_account(account.id)
    dialog = window.open_backup_codes()
    assert isinstance(dialog, BackupCodesDialog) and window.active_dialog is dialog
    wait_idle(qtbot, window)
    return dialog


def add_codes(qtbot, window, dialog: BackupCodesDialog, text: str) -> ReplaceCodesDialog:  # type: ignore[no-untyped-def]
    replace = dialog.open_replace()
    replace.edit.setPlainText(text)
    replace.save_button.click()
    wait_idle(qtbot, window)
    return replace


def shown(dialog: BackupCodesDialog) -> list[tuple[str, bool]]:
    items = [dialog.list.item(row) for row in range(dialog.list.count())]
    return [(item.text(), item.font().strikeOut()) for item in items]


@pytest.fixture
def github(accounts):  # type: ignore[no-untyped-def]
    return accounts["github"]


def test_row_menu_offers_backup_codes(make_window, github, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMenu

    window = make_window()
    menus: list[QMenu] = []
    monkeypatch.setattr(QMenu, "popup", lambda self, *_a: menus.append(self))
    window.show_row_menu(window.proxy.index(0, 0), QPoint(0, 0))
    assert "&Backup codes…" in [a.text() for a in menus[0].actions()]


def test_add_codes_with_any_separators_and_nothing_in_the_metadata_file(
    make_window, github, vault, memory_secrets, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    dialog = open_codes(qtbot, window, github)
    assert dialog.count_label.text() == "No backup codes stored for this account."
    assert dialog.replace_button.text() == "Add codes…" and not dialog.copy_button.isEnabled()
    replace = dialog.open_replace()
    replace.edit.setPlainText(PASTED)
    assert replace.count_label.text() == "5 codes found" and replace.discard_label.isHidden()
    assert replace.save_button.text() == "Save 5 codes"
    replace.save_button.click()
    wait_idle(qtbot, window)
    assert [c.code for c in dialog.codes.codes] == CODES
    assert dialog.count_label.text() == "5 of 5 codes left" and dialog.warning_card.isHidden()
    assert BackupCodeStore(memory_secrets).get(github.id).remaining == 5
    for path in Path(vault.metadata.path).parent.rglob("*"):  # the data folder holds no code
        if path.is_file():
            assert b"abcd" not in path.read_bytes(), path


def test_mark_used_strikes_it_through_and_warns_at_two_left(make_window, github, memory_secrets, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    dialog = open_codes(qtbot, window, github)
    add_codes(qtbot, window, dialog, PASTED)
    assert dialog.list.currentRow() == 0
    for expected_left in (4, 3, 2):
        assert dialog.mark_used()
        wait_idle(qtbot, window)
        assert dialog.codes.remaining == expected_left
    assert [struck for _text, struck in shown(dialog)] == [True, True, True, False, False]
    assert dialog.list.item(0).data(Qt.ItemDataRole.AccessibleTextRole) == "Code 1, used"
    assert dialog.count_label.text() == "2 of 5 codes left"
    assert dialog.warning_card.isVisibleTo(dialog)
    assert "Only 2 left" in dialog.warning_card.text.text()
    assert not dialog.mark_used(0)  # each code works once
    assert BackupCodeStore(memory_secrets).get(github.id).remaining == 2  # stored, not only shown


def test_replace_discards_the_old_set(make_window, github, memory_secrets, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    dialog = open_codes(qtbot, window, github)
    add_codes(qtbot, window, dialog, PASTED)
    dialog.mark_used()
    wait_idle(qtbot, window)
    replace = dialog.open_replace()
    assert replace.windowTitle() == "Replace backup codes"
    assert replace.discard_label.isVisibleTo(replace)
    assert "The 5 codes stored now (4 unused) will be discarded" in replace.discard_label.text()
    replace.edit.setPlainText("9999 0001    9999 0002")
    assert replace.save_button.text() == "Replace with 2 new codes"
    replace.save_button.click()
    wait_idle(qtbot, window)
    stored = BackupCodeStore(memory_secrets).get(github.id)
    assert [c.code for c in stored.codes] == ["9999 0001", "9999 0002"] and stored.remaining == 2
    assert [text.split()[-2:] for text, _ in shown(dialog)] == [["9999", "0001"], ["9999", "0002"]]
    assert dialog.warning_card.isVisibleTo(dialog)  # two left: the warning shows
    assert "old set is gone" in dialog.status_label.text()


def test_cancelled_replace_changes_nothing(make_window, github, memory_secrets, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    dialog = open_codes(qtbot, window, github)
    add_codes(qtbot, window, dialog, PASTED)
    replace = dialog.open_replace()
    replace.edit.setPlainText("new-1\nnew-2")
    replace.cancel_button.click()
    wait_idle(qtbot, window)
    assert [c.code for c in BackupCodeStore(memory_secrets).get(github.id).codes] == CODES


def test_copy_next_unused_uses_the_clipboard_guard(make_window, github, clock, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    dialog = open_codes(qtbot, window, github)
    add_codes(qtbot, window, dialog, PASTED)
    dialog.mark_used()
    wait_idle(qtbot, window)
    assert dialog.copy_next() == "abcd-2222"
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == "abcd-2222"
    assert clipboard.mimeData().hasFormat(KDE_PASSWORD_HINT)
    assert dialog.list.currentRow() == 1 and "Code 2 copied" in dialog.status_label.text()
    assert window.clipboard_guard.pending
    clock.advance(window.settings.clear_after_seconds + 1)  # cleared like a copied one-time code
    window.ticker.tick()
    assert clipboard.text() == ""


def test_codes_are_read_and_written_on_the_runner(make_window, github, memory_secrets, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    on_gui: list[bool] = []
    real_get, real_set = memory_secrets.get, memory_secrets.set

    def get(name: str) -> str:
        on_gui.append(threading.current_thread() is threading.main_thread())
        return real_get(name)

    def set_(name: str, value: str) -> None:
        on_gui.append(threading.current_thread() is threading.main_thread())
        real_set(name, value)

    monkeypatch.setattr(memory_secrets, "get", get)
    monkeypatch.setattr(memory_secrets, "set", set_)
    dialog = open_codes(qtbot, window, github)
    add_codes(qtbot, window, dialog, PASTED)
    dialog.mark_used()
    wait_idle(qtbot, window)
    assert on_gui and not any(on_gui)


def test_keyring_errors_are_shown_as_a_message(make_window, github, memory_secrets, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    memory_secrets.fail_with = SecretStoreLocked("The keyring is locked.", "Unlock it and try again.")
    dialog = open_codes(qtbot, window, github)
    assert dialog.error_card.isVisibleTo(dialog)
    assert dialog.error_card.title.text() == "The keyring is locked."
    assert dialog.error_card.text.text() == "Unlock it and try again."
    assert dialog.count_label.text() == "The backup codes could not be read."
    assert not dialog.copy_button.isEnabled() and not dialog.mark_button.isEnabled()

    memory_secrets.fail_with = None
    dialog.load()
    wait_idle(qtbot, window)
    assert dialog.error_card.isHidden()
    add_codes(qtbot, window, dialog, PASTED)
    memory_secrets.fail_with = SecretStoreLocked("The keyring is locked.", "Unlock it and try again.")
    assert dialog.mark_used()
    wait_idle(qtbot, window)
    assert dialog.error_card.isVisibleTo(dialog) and dialog.codes.remaining == 5  # nothing marked
    assert dialog.count_label.text() == "5 of 5 codes left"


def test_used_codes_are_dimmed(make_window, github, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    dialog = open_codes(qtbot, window, github)
    add_codes(qtbot, window, dialog, "one-code-1\none-code-2")
    dialog.mark_used()
    wait_idle(qtbot, window)
    used, unused = dialog.list.item(0), dialog.list.item(1)
    assert used.foreground().color() != unused.foreground().color()
    assert isinstance(used.font(), QFont) and used.font().strikeOut() and not unused.font().strikeOut()
    assert dialog.count_label.text() == "1 of 2 codes left"
