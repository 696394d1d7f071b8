"""The main window end to end with the memory vault and a FixedClock: add, copy, search, HOTP, delete,
keyring failures, reordering, outside changes. Worker results are awaited with qtbot.waitUntil."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox
from ui_support import OTHER_KEY, RFC_KEY, THIRD_KEY, wait_idle

from authenticator.core import otp
from authenticator.core.account import Account, OtpType
from authenticator.core.errors import InvalidSecret, SecretStoreLocked, SecretStoreUnavailable
from authenticator.storage.metadata import MetadataStore
from authenticator.storage.vault import Vault
from authenticator.ui.clipboard import KDE_PASSWORD_HINT, MACOS_CONCEALED, WINDOWS_CLOUD, WINDOWS_HISTORY
from authenticator.ui.dialogs.account_dialog import AccountDialog
from authenticator.ui.dialogs.messages import DeleteConfirmation
from authenticator.ui.models.account_model import Role, RowStatus


def proxy_index(window, account_id: str) -> QModelIndex:  # type: ignore[no-untyped-def]
    return window.proxy.mapFromSource(window.model.index(window.model.row_of(account_id)))


def row_data(window, account_id: str, role: int) -> object:  # type: ignore[no-untyped-def]
    return window.model.data(window.model.index(window.model.row_of(account_id)), role)


# -- start-up -------------------------------------------------------------------------------------------------


def test_start_shows_accounts_at_once_and_codes_after_the_worker(make_window, accounts, clock, qtbot) -> None:
    window = make_window(wait=False)
    assert window.model.rowCount() == 3  # from the metadata file, before any keyring read
    wait_idle(qtbot, window)
    github = accounts["github"]
    assert row_data(window, github.id, Role.CODE) == otp.code_at(github, RFC_KEY, clock.now())


def test_empty_state_explains_how_to_add(make_window) -> None:
    window = make_window()
    assert window.stack.currentWidget() is window.empty
    assert "No accounts yet" in window.empty.title.text()
    assert "Add account" in window.empty.text.text()
    assert window.empty.add_button.isVisibleTo(window)


# -- adding -----------------------------------------------------------------------------------------------


def test_add_by_hand_saves_and_shows_the_code(make_window, vault, memory_secrets, clock, qtbot) -> None:
    window = make_window()
    dialog = window.open_add_dialog()
    assert isinstance(dialog, AccountDialog) and window.active_dialog is dialog
    qtbot.keyClicks(dialog.issuer_edit, "GitHub")
    qtbot.keyClicks(dialog.name_edit, "alice@example.com")
    assert not dialog.ok_button.isEnabled()  # no key yet
    qtbot.keyClicks(dialog.key_edit, "gezd gnbv gy3t qojq gezd gnbv gy3t qojq")  # tolerant: lower case, spaces
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)

    [saved] = vault.accounts()
    assert (saved.issuer, saved.name, saved.type) == ("GitHub", "alice@example.com", OtpType.TOTP)
    assert memory_secrets.items[saved.id] == RFC_KEY
    expected = otp.code_at(saved, RFC_KEY, clock.now())
    assert row_data(window, saved.id, Role.CODE) == expected
    assert otp.format_code(expected) in row_data(window, saved.id, Qt.ItemDataRole.DisplayRole)
    assert window.stack.currentWidget() is window.list


def test_invalid_key_disables_ok_and_shows_the_hint(make_window, qtbot) -> None:
    window = make_window()
    dialog = window.open_add_dialog()
    qtbot.keyClicks(dialog.issuer_edit, "GitHub")
    qtbot.keyClicks(dialog.key_edit, "JBSW Y3DP EHPK 3PX0")
    try:
        otp.normalize_secret("JBSWY3DPEHPK3PX0")
    except InvalidSecret as exc:
        expected = exc
    assert not dialog.ok_button.isEnabled()
    assert expected.message in dialog.key_message.text()
    assert "'0' is probably 'O'" in dialog.key_message.text()
    assert dialog.key_message.isVisibleTo(dialog)
    dialog.key_edit.backspace()
    qtbot.keyClicks(dialog.key_edit, "P")
    assert dialog.ok_button.isEnabled()
    assert "'0'" not in dialog.key_message.text()


def test_add_hotp_through_the_advanced_section(make_window, vault, qtbot) -> None:
    window = make_window()
    dialog = window.open_add_dialog()
    qtbot.keyClicks(dialog.issuer_edit, "Example Bank")
    qtbot.keyClicks(dialog.key_edit, OTHER_KEY)
    qtbot.mouseClick(dialog.advanced_toggle, Qt.MouseButton.LeftButton)
    assert dialog.advanced.isVisibleTo(dialog)
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("hotp"))
    assert dialog.counter_spin.isEnabled() and not dialog.period_spin.isEnabled()
    dialog.counter_spin.setValue(7)
    dialog.digits_spin.setValue(8)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    [saved] = vault.accounts()
    assert (saved.type, saved.counter, saved.digits) == (OtpType.HOTP, 7, 8)
    assert row_data(window, saved.id, Role.CODE) == otp.hotp(OTHER_KEY, 7, digits=8)


def test_a_failing_action_shows_message_and_hint(make_window, memory_secrets, vault, qtbot) -> None:
    window = make_window()
    memory_secrets.fail_with = SecretStoreLocked("The keyring is locked.", "Unlock your login keyring.")
    window.add_account(Account("GitHub", "alice"), RFC_KEY)
    wait_idle(qtbot, window)
    box = window.active_dialog
    assert isinstance(box, QMessageBox)
    assert box.text() == "The keyring is locked."
    assert box.informativeText() == "Unlock your login keyring."
    assert vault.accounts() == []


# -- copying ----------------------------------------------------------------------------------------------


def test_click_copies_the_code_with_secret_hints(make_window, accounts, clock, qtbot) -> None:
    window = make_window()
    github = accounts["github"]
    rect = window.list.visualRect(proxy_index(window, github.id))
    qtbot.mouseClick(window.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    code = otp.code_at(github, RFC_KEY, clock.now())
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == code and " " not in code
    mime = clipboard.mimeData()
    assert bytes(mime.data(KDE_PASSWORD_HINT)) == b"secret"
    assert bytes(mime.data(WINDOWS_HISTORY)) == b"\x00\x00\x00\x00"
    assert bytes(mime.data(WINDOWS_CLOUD)) == b"\x00\x00\x00\x00"
    assert mime.hasFormat("ExcludeClipboardContentFromMonitorProcessing")
    assert mime.hasFormat(MACOS_CONCEALED)
    assert window.toast.isVisible() and "Copied" in window.toast.text() and "30 s" in window.toast.text()


def test_enter_copies_the_current_row(make_window, accounts, clock, qtbot) -> None:
    window = make_window()
    proton = accounts["proton"]
    window.list.setCurrentIndex(proxy_index(window, proton.id))
    qtbot.keyClick(window.list, Qt.Key.Key_Return)
    assert QGuiApplication.clipboard().text() == otp.code_at(proton, THIRD_KEY, clock.now())


def test_clipboard_cleared_after_the_delay_by_the_ticker(make_window, accounts, clock, qtbot) -> None:
    window = make_window()
    assert window.copy_code(proxy_index(window, accounts["github"].id))
    code = QGuiApplication.clipboard().text()
    clock.advance(29)
    window.ticker.tick()
    assert QGuiApplication.clipboard().text() == code  # not before the delay
    clock.advance(1)
    window.ticker.tick()
    assert QGuiApplication.clipboard().text() == ""


def test_clipboard_kept_if_the_user_copied_something_else(make_window, accounts, clock, qtbot) -> None:
    window = make_window()
    window.copy_code(proxy_index(window, accounts["github"].id))
    QGuiApplication.clipboard().setText("a URL the user copied")
    clock.advance(31)
    window.ticker.tick()
    assert QGuiApplication.clipboard().text() == "a URL the user copied"


def test_closing_the_window_clears_our_code(make_window, accounts, qtbot) -> None:
    window = make_window()
    window.copy_code(proxy_index(window, accounts["github"].id))
    window.close()
    assert QGuiApplication.clipboard().text() == ""


# -- search -----------------------------------------------------------------------------------------------


def test_search_filters_by_issuer_and_name_as_you_type(make_window, accounts, qtbot) -> None:
    window = make_window()
    qtbot.keyClicks(window.search, "prot")
    assert [window.proxy.index(r, 0).data(Role.ISSUER) for r in range(window.proxy.rowCount())] == ["Proton"]
    window.search.clear()
    assert window.proxy.rowCount() == 3
    qtbot.keyClicks(window.search, "card 48")  # the bank's account name
    assert [window.proxy.index(r, 0).data(Role.ISSUER) for r in range(window.proxy.rowCount())] == ["Example Bank"]
    window.search.clear()
    qtbot.keyClicks(window.search, "zzz")
    assert window.proxy.rowCount() == 0
    assert window.stack.currentWidget() is window.empty and "No matches" in window.empty.title.text()


def test_ctrl_f_focuses_the_search_field(make_window, accounts, qtbot) -> None:
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search.hasFocus, timeout=2000)


def test_typing_in_the_list_starts_a_search_and_enter_copies_the_first_match(
    make_window, accounts, clock, qtbot
) -> None:
    window = make_window()
    qtbot.keyClicks(window.list, "prot")
    assert window.search.text() == "prot"
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert QGuiApplication.clipboard().text() == otp.code_at(accounts["proton"], THIRD_KEY, clock.now())


# -- time -------------------------------------------------------------------------------------------------


def test_the_window_follows_the_injected_clock(make_window, accounts, clock, qtbot) -> None:
    window = make_window()
    github = accounts["github"]
    assert row_data(window, github.id, Role.SECONDS_LEFT) == 30
    clock.advance(26)
    window.ticker.tick()
    assert row_data(window, github.id, Role.SECONDS_LEFT) == 4
    assert row_data(window, github.id, Role.EXPIRING) is True
    assert row_data(window, github.id, Role.NEXT_CODE) == otp.code_at(github, RFC_KEY, clock.now() + 4)
    clock.advance(4)
    window.ticker.tick()
    assert row_data(window, github.id, Role.CODE) == otp.code_at(github, RFC_KEY, clock.now())
    assert 0 < window.ticker.interval_ms <= 1004  # re-armed to the next whole second


def test_ticks_repaint_only_changed_roles(make_window, accounts, clock, qtbot) -> None:
    window = make_window()
    calls: list[tuple[int, int, list[int]]] = []
    window.model.dataChanged.connect(lambda tl, br, roles: calls.append((tl.row(), br.row(), list(roles))))
    window.ticker.tick()  # same time: nothing changed
    assert calls == []
    clock.advance(1)
    window.ticker.tick()
    bank_row = window.model.row_of(accounts["bank"].id)
    assert all(roles == [Role.SECONDS_LEFT] for _, _, roles in calls)
    assert all(not first <= bank_row <= last for first, last, _ in calls)


# -- HOTP -------------------------------------------------------------------------------------------------


def test_next_code_advances_and_saves_the_counter(make_window, accounts, vault, qtbot) -> None:
    window = make_window()
    bank = accounts["bank"]
    assert row_data(window, bank.id, Role.CODE) == otp.hotp(OTHER_KEY, 5)
    window.next_code(proxy_index(window, bank.id))
    wait_idle(qtbot, window)
    assert vault.get(bank.id).counter == 6
    assert MetadataStore(vault.metadata.path).load().accounts[1].counter == 6  # on disk
    assert row_data(window, bank.id, Role.CODE) == otp.hotp(OTHER_KEY, 6)


def test_clicking_the_next_code_button(make_window, accounts, vault, qtbot) -> None:
    window = make_window()
    bank = accounts["bank"]
    index = proxy_index(window, bank.id)
    button = window.list.delegate.next_code_button(window.list.visualRect(index), window.list.font())
    qtbot.mouseClick(window.list.viewport(), Qt.MouseButton.LeftButton, pos=button.center())
    wait_idle(qtbot, window)
    assert vault.get(bank.id).counter == 6


# -- editing and removing ---------------------------------------------------------------------------------


def test_edit_saves_fields(make_window, accounts, vault, qtbot) -> None:
    window = make_window()
    github = accounts["github"]
    dialog = window.open_edit_dialog(proxy_index(window, github.id))
    assert dialog.issuer_edit.text() == "GitHub" and not dialog.key_edit.isVisibleTo(dialog)
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "alice-work")
    qtbot.keyClicks(dialog.url_edit, "https://github.com")
    qtbot.keyClicks(dialog.note_edit, "backup codes in the safe")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    saved = vault.get(github.id)
    assert (saved.name, saved.url, saved.note) == ("alice-work", "https://github.com", "backup codes in the safe")
    assert row_data(window, github.id, Role.NAME) == "alice-work"


def test_delete_warns_about_2fa_and_cancel_keeps_the_account(make_window, accounts, vault, qtbot) -> None:
    window = make_window()
    github = accounts["github"]
    box = window.confirm_delete(proxy_index(window, github.id))
    assert isinstance(box, DeleteConfirmation)
    warning = box.informativeText()
    assert "does not turn off two-factor authentication on GitHub" in warning
    assert "backup codes" in warning and "lock yourself out" in warning
    qtbot.mouseClick(box.cancel_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert vault.get(github.id) == github
    assert window.model.row_of(github.id) >= 0


def test_delete_confirmed_removes_account_and_secret(make_window, accounts, vault, memory_secrets, qtbot) -> None:
    window = make_window()
    github = accounts["github"]
    box = window.confirm_delete(proxy_index(window, github.id))
    qtbot.mouseClick(box.remove_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert github.id not in [a.id for a in vault.accounts()]
    assert github.id not in memory_secrets.items
    assert window.model.row_of(github.id) == -1


# -- keyring failures -------------------------------------------------------------------------------------


def test_unavailable_keyring_shows_a_banner_and_try_again_loads_codes(
    make_window, accounts, memory_secrets, clock, qtbot
) -> None:
    memory_secrets.fail_with = SecretStoreUnavailable("No system keyring was found.", "Start GNOME Keyring.")
    window = make_window()
    assert window.banner.isVisible()
    assert "No system keyring was found." in window.banner.text()
    assert "Start GNOME Keyring." in window.banner.text()
    github = accounts["github"]
    assert row_data(window, github.id, Role.CODE) is None
    assert row_data(window, github.id, Role.STATUS) == RowStatus.UNAVAILABLE
    assert not window.copy_code(proxy_index(window, github.id))
    assert window.active_dialog is None  # a banner, not a modal storm

    memory_secrets.fail_with = None
    qtbot.mouseClick(window.banner.retry_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert not window.banner.isVisible()
    assert row_data(window, github.id, Role.CODE) == otp.code_at(github, RFC_KEY, clock.now())


def test_a_missing_keyring_item_is_shown_on_its_row(make_window, accounts, memory_secrets, clock, qtbot) -> None:
    del memory_secrets.items[accounts["proton"].id]
    window = make_window()
    proton, github = accounts["proton"], accounts["github"]
    assert row_data(window, proton.id, Role.STATUS_TEXT) == "Secret missing from keyring"
    assert "Secret missing from keyring" in row_data(window, proton.id, Qt.ItemDataRole.AccessibleTextRole)
    assert row_data(window, proton.id, Role.CAN_COPY) is False
    QGuiApplication.clipboard().setText("unchanged")
    assert not window.copy_code(proxy_index(window, proton.id))
    assert QGuiApplication.clipboard().text() == "unchanged"
    assert row_data(window, github.id, Role.CODE) == otp.code_at(github, RFC_KEY, clock.now())


def test_damaged_metadata_is_reported_and_never_overwritten(make_window, vault, qtbot) -> None:
    path: Path = vault.metadata.path
    path.write_text("{ not json", encoding="utf-8")
    window = make_window()
    assert window.banner.isVisible() and "damaged" in window.banner.text()
    assert not window.add_button.isEnabled()
    assert window.open_add_dialog() is None
    assert path.read_text(encoding="utf-8") == "{ not json"
    path.unlink()
    qtbot.mouseClick(window.banner.retry_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert not window.banner.isVisible() and window.add_button.isEnabled()


# -- order and outside changes ----------------------------------------------------------------------------


def test_model_move_changes_the_vault_order(make_window, accounts, vault, qtbot) -> None:
    window = make_window()
    github, bank, proton = accounts["github"], accounts["bank"], accounts["proton"]
    assert window.model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)
    wait_idle(qtbot, window)
    assert [a.id for a in vault.accounts()] == [bank.id, proton.id, github.id]


def test_reorder_from_the_keyboard_and_in_a_filtered_list(make_window, accounts, vault, qtbot) -> None:
    window = make_window()
    github, bank, proton = accounts["github"], accounts["bank"], accounts["proton"]
    window.list.setCurrentIndex(proxy_index(window, github.id))
    window.down_action.trigger()  # Alt+Down
    wait_idle(qtbot, window)
    assert [a.id for a in vault.accounts()] == [bank.id, github.id, proton.id]
    assert window.current_account() == github  # the moved row stays selected

    qtbot.keyClicks(window.search, "alice")  # GitHub and Proton only
    window.move_row(1, 0)  # Proton before GitHub, as a drop would
    wait_idle(qtbot, window)
    assert [a.id for a in vault.accounts()] == [bank.id, proton.id, github.id]


def test_drop_position_maps_to_rows(make_window, accounts) -> None:
    window = make_window()
    first = window.list.visualRect(window.proxy.index(0, 0))
    assert window.list.drop_row(first.topLeft() + QPoint(5, 2)) == 0  # upper half: before the row
    assert window.list.drop_row(first.bottomLeft() + QPoint(5, 0)) == 1  # lower half: after it
    assert window.list.drop_row(window.list.viewport().rect().bottomLeft()) == 3  # below all rows: at the end


def test_an_account_added_by_another_process_appears(make_window, accounts, vault, memory_secrets, clock, qtbot):  # type: ignore[no-untyped-def]
    window = make_window()
    other = Vault(MetadataStore(vault.metadata.path), memory_secrets)  # e.g. the CLI
    dropbox = other.add(Account("Dropbox", "alice"), OTHER_KEY)
    window.ticker.tick()
    qtbot.waitUntil(lambda: row_data(window, dropbox.id, Role.CODE) is not None, timeout=5000)
    assert row_data(window, dropbox.id, Role.CODE) == otp.code_at(dropbox, OTHER_KEY, clock.now())
    other.remove(accounts["bank"].id)
    window.check_for_changes()
    qtbot.waitUntil(lambda: window.model.row_of(accounts["bank"].id) == -1, timeout=5000)


# -- looks and accessibility ------------------------------------------------------------------------------


def test_every_control_has_an_accessible_name(make_window, accounts, qtbot) -> None:
    from PySide6.QtWidgets import QWidget

    window = make_window()
    dialog = window.open_add_dialog()
    dialog.advanced_toggle.setChecked(True)
    for root in (window, dialog):
        for widget in root.findChildren(QWidget):
            if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisibleTo(root):
                if widget.parent() is not None and widget.parent().inherits("QAbstractSpinBox"):
                    continue  # the spin box's inner line edit; the spin box itself is named
                if widget.parent() is not None and widget.parent().inherits("QComboBox"):
                    continue
                assert widget.accessibleName(), f"{type(widget).__name__} {widget.objectName()!r} has no name"


def test_row_keyboard_shortcuts(make_window, accounts, qtbot) -> None:
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.list.setFocus()
    window.list.setCurrentIndex(proxy_index(window, accounts["github"].id))
    qtbot.keyClick(window.list, Qt.Key.Key_Delete)
    assert isinstance(window.active_dialog, DeleteConfirmation)
    qtbot.mouseClick(window.active_dialog.cancel_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_F2)
    assert isinstance(window.active_dialog, AccountDialog) and window.active_dialog.editing
    window.active_dialog.reject()
    window.list.setFocus()
    qtbot.keyClick(window.search, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)  # in the search field:
    assert window.active_dialog is None  # no row action fires


def test_first_row_is_current_so_enter_works_at_once(make_window, accounts, clock, qtbot) -> None:
    window = make_window()
    assert window.current_account() == accounts["github"]
    qtbot.keyClick(window.list, Qt.Key.Key_Enter)
    assert QGuiApplication.clipboard().text() == otp.code_at(accounts["github"], RFC_KEY, clock.now())


def test_clipboard_delay_menu_saves_the_setting(make_window, accounts, settings, clock, qtbot) -> None:
    window = make_window()
    [ten] = [a for a in window.clear_group.actions() if a.data() == 10]
    ten.trigger()
    assert settings.clear_after_seconds == 10
    window.copy_code(proxy_index(window, accounts["github"].id))
    assert "10 s" in window.toast.text()
    clock.advance(10)
    window.ticker.tick()
    assert QGuiApplication.clipboard().text() == ""


def test_an_edit_is_rechecked_against_the_search(make_window, accounts, vault, qtbot) -> None:
    window = make_window()
    qtbot.keyClicks(window.search, "github")
    assert window.proxy.rowCount() == 1
    window.update_account(accounts["github"].with_changes(issuer="Codeberg"))
    wait_idle(qtbot, window)
    assert window.proxy.rowCount() == 0  # no longer matches "github"


def test_hotp_rows_have_no_countdown(make_window, accounts) -> None:
    window = make_window()
    bank = accounts["bank"]
    assert row_data(window, bank.id, Role.SECONDS_LEFT) is None
    assert row_data(window, bank.id, Role.IS_COUNTER) is True
    assert row_data(window, bank.id, Role.EXPIRING) is False
