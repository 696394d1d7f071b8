"""Regression tests for bugs found in review of the favourites/icons, app lock, tray and packaging work.

Each test failed before its fix: a long imported note cut on an unrelated edit, an imported group with a comma
split in two, a favourite toggle that wrote back an older HOTP counter, a new account lost because its icon
could not be written, a second launch's dialog (naming an existing account) shown while locked, a toast read
out by screen readers while locked, and a Flatpak without the bus names the tray and the session lock need.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from argon2 import PasswordHasher, Type
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox
from ui_support import RFC_KEY, wait_idle

from authenticator.core.account import Account
from authenticator.core.groups import MAX_NOTE_LENGTH
from authenticator.storage.icons import icons_dir
from authenticator.storage.metadata import MetadataStore
from authenticator.storage.vault import Vault
from authenticator.ui.icon_image import icon_png
from authenticator.ui.single_instance import Request, handle_request
from authenticator.ui.widgets import toast as toast_module

PASSWORD = "tulip oven harbour"
MANIFEST = Path(__file__).resolve().parents[2] / "packaging" / "flatpak" / "io.github.authenticator.Authenticator.yml"


def proxy_index(window, account_id: str) -> QModelIndex:  # type: ignore[no-untyped-def]
    return window.proxy.mapFromSource(window.model.index(window.model.row_of(account_id)))


def reloaded(vault: Vault, memory_secrets, account_id: str) -> Account:  # type: ignore[no-untyped-def]
    return Vault(MetadataStore(vault.metadata.path), memory_secrets).get(account_id)


def red_png() -> bytes:
    image = QImage(40, 40, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ff0000"))
    return icon_png(image)


def locked(window, qtbot):  # type: ignore[no-untyped-def]
    """Set a lock password (cheap Argon2 for tests) and lock the window."""
    window.app_lock.store.hasher = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1, type=Type.ID)
    done: list[bool] = []
    window.app_lock.set_password(PASSWORD, lambda: done.append(True), pytest.fail)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    window.app_lock.lock()
    assert window.app_lock.locked
    return window


# -- editing keeps what the user did not touch ----------------------------------------------------------------


def test_editing_an_account_keeps_a_long_imported_note(make_window, vault, memory_secrets, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Importers (Aegis, Proton) keep notes of any length; renaming the account must not cut the note."""
    note = "recovery codes:\n" + "\n".join(f"{i:04d}-abcd-efgh" for i in range(300))
    assert len(note) > MAX_NOTE_LENGTH
    account = vault.add(Account("GitHub", "alice", note=note), RFC_KEY)
    window = make_window()
    dialog = window.open_edit_dialog(proxy_index(window, account.id))
    dialog.issuer_edit.setText("GitHub Enterprise")
    dialog.accept()
    wait_idle(qtbot, window)
    saved = reloaded(vault, memory_secrets, account.id)
    assert saved.issuer == "GitHub Enterprise"
    assert saved.note == note


def test_editing_an_account_keeps_imported_groups_with_commas(make_window, vault, memory_secrets, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A group name from another app may hold a comma; the untouched field must not split it in two."""
    account = vault.add(Account("GitHub", "alice", groups=("Work, Berlin office",)), RFC_KEY)
    window = make_window()
    dialog = window.open_edit_dialog(proxy_index(window, account.id))
    dialog.name_edit.setText("alice@example.com")
    dialog.accept()
    wait_idle(qtbot, window)
    assert reloaded(vault, memory_secrets, account.id).groups == ("Work, Berlin office",)


# -- the favourite toggle ---------------------------------------------------------------------------------------


def test_a_favourite_toggle_does_not_write_back_an_older_counter(make_window, accounts, vault, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Next code, then Ctrl+D before the first save is done: both changes must survive (the counter must not go
    back, which would show an already used code again)."""
    window = make_window()
    bank = accounts["bank"]
    index = proxy_index(window, bank.id)
    window.next_code(index)
    window.management.toggle_favourite(index)
    wait_idle(qtbot, window)
    saved = vault.get(bank.id)
    assert saved.favourite
    assert saved.counter == bank.counter + 1
    assert window.model.account_at(window.model.row_of(bank.id)).counter == bank.counter + 1


# -- an icon that cannot be written -------------------------------------------------------------------------------


def test_a_new_account_is_kept_when_its_icon_cannot_be_written(make_window, vault, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The account dialog is gone once Add is pressed: failing the icon must not lose the account and its key."""
    icons_dir(vault.data_dir).parent.mkdir(parents=True, exist_ok=True)
    icons_dir(vault.data_dir).write_text("not a folder")  # e.g. a stray file, a read-only folder, a full disk
    window = make_window()
    window.add_account(Account("GitHub", "alice"), RFC_KEY, red_png())
    wait_idle(qtbot, window)
    added = [a for a in vault.accounts() if a.issuer == "GitHub"]
    assert len(added) == 1 and added[0].icon == ""
    box = window.active_dialog
    assert isinstance(box, QMessageBox) and "icon" in box.text().lower()


def test_an_edit_is_kept_when_the_new_icon_cannot_be_written(make_window, accounts, vault, qtbot) -> None:  # type: ignore[no-untyped-def]
    icons_dir(vault.data_dir).write_text("not a folder")
    window = make_window()
    github = accounts["github"]
    window.update_account(github.with_changes(issuer="GitHub Enterprise"), red_png())
    wait_idle(qtbot, window)
    assert vault.get(github.id).issuer == "GitHub Enterprise"
    assert isinstance(window.active_dialog, QMessageBox)


# -- nothing shows or speaks while locked -------------------------------------------------------------------------


def test_a_second_launchs_link_while_locked_opens_nothing_until_unlocked(make_window, accounts, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The confirmation names an existing account ("GitHub (alice@…) is already in your list"): it must not
    appear, not even for one frame, before the lock hides it."""
    window = locked(make_window(), qtbot)
    link = f"otpauth://totp/GitHub:alice%40example.com?secret={RFC_KEY}&issuer=GitHub"
    handle_request(window, Request("open", link))
    dialog = window.active_dialog
    assert dialog is not None
    assert not dialog.isVisible()
    page = window.app_lock.page
    page.password.setText(PASSWORD)
    page.unlock_button.click()
    qtbot.waitUntil(lambda: not window.app_lock.locked, timeout=5000)
    assert dialog.isVisible()  # shown once the right password was typed
    dialog.reject()


def test_a_toast_is_not_announced_while_locked(make_window, accounts, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A save that finishes after locking ("Added GitHub (alice) to favourites") must not be read out."""
    spoken: list[str] = []
    monkeypatch.setattr(toast_module, "_announce", lambda _widget, text: spoken.append(text))
    window = make_window()
    window.toast.show_message("unlocked notice")
    assert spoken == ["unlocked notice"]
    locked(window, qtbot)
    window.management.toggle_favourite(proxy_index(window, accounts["github"].id))
    wait_idle(qtbot, window)
    assert spoken == ["unlocked notice"]


# -- the Flatpak can reach what the tray and the session lock use -----------------------------------------------


def test_the_flatpak_may_talk_to_the_tray_notifications_and_lock_screen() -> None:
    args = set(yaml.safe_load(MANIFEST.read_text())["finish-args"])
    assert "--talk-name=org.kde.StatusNotifierWatcher" in args  # the tray icon (QSystemTrayIcon over D-Bus)
    assert "--talk-name=org.freedesktop.Notifications" in args  # the tray's notices
    assert "--talk-name=org.freedesktop.ScreenSaver" in args  # ActiveChanged: lock with the screen
    assert "--talk-name=org.gnome.ScreenSaver" in args
    assert "--system-talk-name=org.freedesktop.login1" in args  # logind's Session.Lock
