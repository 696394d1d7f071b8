"""The app lock in the window: Ctrl+L, nothing about the accounts visible while locked, wrong passwords and the
growing wait (a FixedClock moved by hand), idle and session locking, a locked start, the Security preferences.

Password checks run on the window's worker; the tests give the lock a cheap Argon2id hasher so they take
milliseconds, and wait for the worker with qtbot.waitUntil.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterator

import pytest
from argon2 import PasswordHasher, Type
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtDBus import QDBusConnection
from PySide6.QtGui import QAccessible, QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QWidget,
)
from support import need, private_dbus_daemon
from ui_support import RFC_KEY, wait_idle

from authenticator.core import otp
from authenticator.core.account import Account
from authenticator.storage.app_lock import ITEM_NAME, AppLock
from authenticator.ui.lock.password_dialog import PasswordDialog
from authenticator.ui.lock.session import SessionLockWatcher, session_object_path
from authenticator.ui.settings import LOCK_ENABLED, LOCK_IDLE_MINUTES, LOCK_ON_SESSION_LOCK

PASSWORD = "tulip oven harbour"


def cheap_hasher() -> PasswordHasher:
    return PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1, type=Type.ID)


@pytest.fixture
def locked_start(memory_secrets, settings) -> None:  # type: ignore[no-untyped-def]
    """A lock password set in an earlier run: the verifier in the keyring, the flag in the settings."""
    AppLock(memory_secrets, hasher=cheap_hasher()).set_password(PASSWORD)
    settings.set(LOCK_ENABLED, True)


@pytest.fixture
def lock_window(make_window, accounts, memory_secrets, settings, qtbot) -> Callable[[], object]:  # type: ignore[no-untyped-def]
    """A window with accounts and a lock password (set through the controller, as Preferences does)."""

    def make():  # type: ignore[no-untyped-def]
        window = make_window()
        window.app_lock.store.hasher = cheap_hasher()
        if not window.app_lock.enabled:
            done: list[bool] = []
            window.app_lock.set_password(PASSWORD, lambda: done.append(True), pytest.fail)
            qtbot.waitUntil(lambda: bool(done), timeout=5000)
        return window

    return make


def secrets_of(window, accounts: dict[str, Account], clock) -> list[str]:  # type: ignore[no-untyped-def]
    """Every string that must not be visible while locked: issuers, names, current and next codes."""
    texts: list[str] = []
    for account in accounts.values():
        texts += [account.issuer, account.name]
    row = window.model.row_of(accounts["github"].id)
    state = window.model.state_at(row)
    assert state.code  # the codes were loaded before locking
    texts += [state.code, otp.format_code(state.code)]
    if state.next_code:
        texts.append(state.next_code)
    texts.append(otp.code_at(accounts["github"], RFC_KEY, clock.now()))
    return [t for t in texts if t]


def visible_texts(window) -> list[str]:  # type: ignore[no-untyped-def]
    """What a person (or a screen reader) can read: every visible widget of every visible window."""
    found: list[str] = [window.windowTitle()]
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for widget in [top, *top.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            found += [widget.windowTitle(), widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
            if isinstance(widget, QLabel | QAbstractButton):
                found.append(widget.text())
            if isinstance(widget, QLineEdit):
                found += [widget.text(), widget.placeholderText()]
            if isinstance(widget, QMenu):
                found += [a.text() for a in widget.actions()]
            if isinstance(widget, QAbstractItemView) and widget.model() is not None:
                model = widget.model()
                for row in range(model.rowCount()):
                    index = model.index(row, 0)
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                        found.append(str(index.data(role) or ""))
    return found


def accessible_texts(window) -> list[str]:  # type: ignore[no-untyped-def]
    """Names, descriptions and values in the window's accessibility tree, skipping invisible nodes."""
    found: list[str] = []

    def walk(node, depth: int = 0) -> None:  # type: ignore[no-untyped-def]
        if node is None or not node.isValid() or depth > 40 or node.state().invisible:
            return
        for kind in (QAccessible.Text.Name, QAccessible.Text.Description, QAccessible.Text.Value):
            found.append(node.text(kind) or "")
        for i in range(node.childCount()):
            walk(node.child(i), depth + 1)

    walk(QAccessible.queryAccessibleInterface(window))
    return found


def assert_nothing_shows(window, secrets: list[str]) -> None:  # type: ignore[no-untyped-def]
    for where, texts in (("widgets", visible_texts(window)), ("accessibility", accessible_texts(window))):
        blob = "\n".join(texts)
        for secret in secrets:
            assert secret not in blob, f"{secret!r} is readable in the {where} while locked"


def unlock(window, qtbot, password: str = PASSWORD) -> None:  # type: ignore[no-untyped-def]
    page = window.app_lock.page
    page.password.setText(password)
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.app_lock.checking, timeout=5000)


# -- locking and unlocking ----------------------------------------------------------------------------------------


def test_ctrl_l_locks_and_nothing_about_the_accounts_can_be_read(lock_window, accounts, clock, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = lock_window()
    secrets = secrets_of(window, accounts, clock)
    assert any(s in "\n".join(visible_texts(window)) for s in secrets)  # the check below can see them at all
    qtbot.keyClicks(window.search, "Git")  # the search text alone names an issuer
    window.list.setCurrentIndex(window.proxy.index(0, 0))
    window.copy_code(window.list.currentIndex())
    assert QGuiApplication.clipboard().text()
    dialog = window.open_edit_dialog(window.list.currentIndex())  # shows the issuer and name
    assert dialog is not None and dialog.isVisible()

    # Ctrl+L in the (window-modal) dialog: the main window's own shortcut is blocked while it is open.
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    qtbot.keyClick(dialog.issuer_edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    lock = window.app_lock
    assert lock.locked
    assert window.pages.currentWidget() is lock.page
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    assert not window.list.isVisible() and not window.search.isVisible() and not window.statusBar().isVisible()
    assert window.windowTitle() == "Authenticator"
    assert QGuiApplication.clipboard().text() == ""  # the copied code went with the lock
    assert lock.page.password.hasFocus() or not window.isActiveWindow()
    assert_nothing_shows(window, secrets)
    assert not lock.lock_action.isEnabled()


def test_wrong_passwords_get_feedback_and_a_growing_wait_then_the_right_one_unlocks(  # type: ignore[no-untyped-def]
    lock_window, accounts, clock, qtbot
) -> None:
    window = lock_window()
    window.list.setCurrentIndex(window.proxy.index(0, 0))
    dialog = window.open_edit_dialog(window.list.currentIndex())
    window.app_lock.lock()
    page = window.app_lock.page
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)

    unlock(window, qtbot, "wrong one")  # 1st: no wait
    assert window.app_lock.locked
    assert page.message.isVisible() and "Wrong password" in page.message.text()
    assert page.password.text() == ""
    assert not page.countdown.isVisible()
    unlock(window, qtbot, "wrong two")  # 2nd: no wait
    unlock(window, qtbot, "wrong three")  # 3rd: 1 s
    assert page.countdown.isVisible() and page.countdown.text() == "Try again in 1 s"
    page.password.setText(PASSWORD)
    assert not page.unlock_button.isEnabled()  # the right password cannot be tried yet either
    window.app_lock.unlock_with(PASSWORD)  # nor by calling past the button
    assert not window.app_lock.checking and window.app_lock.locked

    clock.advance(1)
    window.ticker.tick()
    assert not page.countdown.isVisible()
    assert page.unlock_button.isEnabled()
    unlock(window, qtbot, "wrong four")  # 4th: 2 s
    assert page.countdown.text() == "Try again in 2 s"
    clock.advance(1)
    window.ticker.tick()
    assert page.countdown.text() == "Try again in 1 s"
    clock.advance(1)
    window.ticker.tick()

    unlock(window, qtbot)
    assert not window.app_lock.locked
    assert window.pages.currentIndex() == 0 and window.list.isVisible()
    assert dialog.isVisible()  # the edit dialog comes back as it was
    github = accounts["github"]
    row = window.model.row_of(github.id)
    assert window.model.state_at(row).code == otp.code_at(github, RFC_KEY, clock.now())
    assert page.password.text() == ""  # the typed password does not linger in the hidden page
    assert window.app_lock.backoff.failures == 0
    dialog.reject()


def test_window_shortcuts_and_new_dialogs_are_blocked_while_locked(lock_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = lock_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window.list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.active_dialog is not None  # unlocked, Ctrl+N opens the add dialog (so the key press works)
    window.active_dialog.reject()
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)

    window.app_lock.lock()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window.app_lock.page.password, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # add account
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)  # preferences
    assert window.active_dialog is None

    # Something opens a dialog anyway (a second launch's otpauth link, a late error): it is hidden at once.
    box = QMessageBox(window)
    box.setText("GitHub (alice@example.com)")
    box.show()
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=2000)
    unlock(window, qtbot)
    assert box.isVisible()
    box.close()


def drag_enter(target: QWidget, mime: QMimeData) -> bool:
    """A drag from a file manager entering ``target``: whether anything offered to take it."""
    point = QPointF(target.width() / 2, target.height() / 2).toPoint()
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    event = QDragEnterEvent(point, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, event)
    return event.isAccepted()


def drop_on(target: QWidget, mime: QMimeData) -> bool:
    """The drop that follows: whether it was taken."""
    point = QPointF(target.width() / 2, target.height() / 2)
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    event = QDropEvent(point, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, event)
    return event.isAccepted()


def test_drops_are_refused_while_locked_and_work_again_after_unlocking(  # type: ignore[no-untyped-def]
    lock_window, vault, qtbot
) -> None:
    from authenticator.ui.dialogs.confirm_account import ConfirmAccountDialog

    key = "KRUGS4ZANFZSAYJAORSXG5BAONSWG4TF"
    mime = QMimeData()
    mime.setText(f"otpauth://totp/Forum:bob@example.com?secret={key}&issuer=Forum\n")
    window = lock_window()
    before = [a.id for a in vault.accounts()]

    def nothing_happened() -> None:
        # Not just "nothing visible": a dialog opened while locked would be hidden at once by the lock.
        assert window.active_dialog is None
        assert window.findChildren(QDialog) == []
        assert [a.id for a in vault.accounts()] == before

    # The session locks while a drag hovers over the window: the drop that follows is refused.
    assert drag_enter(window, mime)
    window.app_lock.lock()
    assert not drop_on(window, mime)
    nothing_happened()

    # Locked: a new drag is not even offered a target, wherever it enters.
    for target in (window, window.centralWidget(), window.app_lock.page):
        assert not drag_enter(target, mime), target.objectName()
        assert not drop_on(target, mime), target.objectName()
    wait_idle(qtbot, window)
    nothing_happened()

    unlock(window, qtbot)
    assert drag_enter(window, mime) and drop_on(window, mime)
    qtbot.waitUntil(lambda: isinstance(window.active_dialog, ConfirmAccountDialog), timeout=5000)
    dialog = window.active_dialog
    assert dialog.parsed.secret == key
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert [a.title for a in vault.accounts() if a.id not in before] == ["Forum (bob@example.com)"]


def test_the_lock_is_in_the_main_menu_with_ctrl_l(lock_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = lock_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window.list, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.app_lock.locked
    action = window.app_lock.lock_action
    assert action in window.main_menu.actions()
    assert action.shortcut().toString() == "Ctrl+L"
    index = window.main_menu.actions().index(action)
    assert window.main_menu.actions()[index - 1] is window.find_action


def test_ctrl_l_without_a_password_offers_to_set_one_and_then_locks(make_window, accounts, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.app_lock.store.hasher = cheap_hasher()
    window.app_lock.lock_now()
    dialog = window.active_dialog
    assert isinstance(dialog, PasswordDialog) and dialog.mode is PasswordDialog.Mode.SET
    assert "Set a password to lock" in dialog.intro.text()
    assert not window.app_lock.locked

    qtbot.keyClicks(dialog.new_edit, "short")
    assert not dialog.ok_button.isEnabled()
    assert "Too short" in dialog.strength.text()
    dialog.new_edit.setText(PASSWORD)
    dialog.repeat_edit.setText(PASSWORD + "x")
    assert not dialog.ok_button.isEnabled()
    assert dialog.error.isVisible() and "do not match" in dialog.error.text()
    dialog.repeat_edit.setText(PASSWORD)
    assert dialog.ok_button.isEnabled() and not dialog.error.isVisible()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: window.app_lock.locked, timeout=5000)
    assert window.settings.get(LOCK_ENABLED) is True


def test_idle_minutes_lock_the_window_and_input_postpones_it(lock_window, settings, clock, qtbot) -> None:  # type: ignore[no-untyped-def]
    settings.set(LOCK_IDLE_MINUTES, 5)
    window = lock_window()
    window.app_lock.note_input()
    clock.advance(4 * 60)
    window.ticker.tick()
    assert not window.app_lock.locked

    # Real input, delivered the way the platform delivers it: to the window's QWindow first.
    handle = window.windowHandle()
    QTest.mouseMove(handle, window.rect().center())
    QTest.keyClick(handle, Qt.Key.Key_Shift)
    assert window.app_lock.idle_seconds == 0

    clock.advance(4 * 60 + 59)
    window.ticker.tick()
    assert not window.app_lock.locked
    clock.advance(1)
    window.ticker.tick()
    assert window.app_lock.locked


def test_zero_idle_minutes_never_lock(lock_window, settings, clock) -> None:  # type: ignore[no-untyped-def]
    settings.set(LOCK_IDLE_MINUTES, 0)
    window = lock_window()
    clock.advance(24 * 3600)
    window.ticker.tick()
    assert not window.app_lock.locked


def test_a_locked_start_shows_nothing_from_the_first_frame(  # type: ignore[no-untyped-def]
    locked_start, make_window, accounts, clock, qtbot
) -> None:
    window = make_window(wait=False)
    assert window.app_lock.locked
    assert window.pages.currentWidget() is window.app_lock.page
    assert not window.list.isVisible()
    wait_idle(qtbot, window)  # the secrets load behind the lock, so the codes are there on unlock
    assert_nothing_shows(window, secrets_of(window, accounts, clock))
    window.app_lock.store.hasher = cheap_hasher()
    unlock(window, qtbot)
    assert not window.app_lock.locked and window.list.isVisible()


def test_a_missing_verifier_says_so_and_the_lock_can_be_turned_off(  # type: ignore[no-untyped-def]
    make_window, accounts, settings, qtbot
) -> None:
    settings.set(LOCK_ENABLED, True)  # the flag without a keyring item (removed with a keyring tool)
    window = make_window()
    lock = window.app_lock
    assert lock.locked
    unlock(window, qtbot, "anything at all")
    assert lock.locked  # never unlocked without the user's say-so
    assert "missing from your keyring" in lock.page.message.text()
    assert lock.page.turn_off_button.isVisible()

    box = lock.confirm_turn_off()
    assert box.isVisible()  # the lock page's own dialog is not hidden by the lock
    assert "Turn Off the Lock" in box.buttons()[0].text() or any("Turn Off" in b.text() for b in box.buttons())
    [turn_off] = [b for b in box.buttons() if "Turn Off" in b.text()]
    turn_off.click()
    qtbot.waitUntil(lambda: not lock.locked, timeout=5000)
    assert settings.get(LOCK_ENABLED) is False
    assert window.list.isVisible()


def test_a_locked_keyring_keeps_the_app_locked_with_the_keyrings_message(  # type: ignore[no-untyped-def]
    lock_window, memory_secrets, qtbot
) -> None:
    from authenticator.core.errors import SecretStoreLocked
    from authenticator.storage.secrets import LOCKED_HINT

    window = lock_window()
    window.app_lock.lock()
    memory_secrets.fail_with = SecretStoreLocked("The keyring is locked.", LOCKED_HINT)
    unlock(window, qtbot)
    assert window.app_lock.locked
    assert "keyring is locked" in window.app_lock.page.message.text()
    assert not window.app_lock.page.turn_off_button.isVisible()
    memory_secrets.fail_with = None
    unlock(window, qtbot)
    assert not window.app_lock.locked


# -- the desktop session -------------------------------------------------------------------------------------------


def test_session_lock_locks_when_wanted(lock_window, settings) -> None:  # type: ignore[no-untyped-def]
    window = lock_window()
    settings.set(LOCK_ON_SESSION_LOCK, False)
    window.app_lock.session_locked()
    assert not window.app_lock.locked
    settings.set(LOCK_ON_SESSION_LOCK, True)
    window.app_lock.session_locked()
    assert window.app_lock.locked


def test_logind_session_paths_are_encoded_like_systemd() -> None:
    assert session_object_path("2") == "/org/freedesktop/login1/session/_32"
    assert session_object_path("c1") == "/org/freedesktop/login1/session/c1"
    assert session_object_path("12") == "/org/freedesktop/login1/session/_312"
    assert session_object_path("a-b") == "/org/freedesktop/login1/session/a_2db"


@pytest.fixture
def private_bus() -> Iterator[str]:
    """A private D-Bus session daemon (not the desktop's): its address."""
    need(shutil.which("gdbus") is not None, "gdbus is not installed (apt-get install libglib2.0-bin)")
    with private_dbus_daemon() as address:
        yield address


@pytest.mark.parametrize(
    ("interface", "path"),
    [
        ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
        ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
    ],
)
def test_the_screen_savers_active_changed_signal_on_a_real_bus(private_bus, qtbot, interface, path) -> None:  # type: ignore[no-untyped-def]
    bus = QDBusConnection.connectToBus(private_bus, f"lock-test-{interface}")
    assert bus.isConnected()
    watcher = SessionLockWatcher(session_bus=bus, system_bus=QDBusConnection("no-system-bus"))
    watcher.start()
    assert watcher.sources == ["screensaver"]

    def emit(active: str) -> None:
        # --session with the private address (gdbus's --address would open a peer connection, not a bus client).
        environment = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": private_bus}
        command = [
            "gdbus",
            "emit",
            "--session",
            "--object-path",
            path,
            "--signal",
            f"{interface}.ActiveChanged",
            active,
        ]
        subprocess.run(command, check=True, timeout=10, capture_output=True, env=environment)

    with qtbot.assertNotEmitted(watcher.session_locked, wait=300):
        emit("false")  # the screen saver going away is not a lock
    with qtbot.waitSignal(watcher.session_locked, timeout=5000):
        emit("true")
    QDBusConnection.disconnectFromBus(f"lock-test-{interface}")


# -- Preferences: the Security section -----------------------------------------------------------------------------


def test_security_preferences_set_change_and_remove_the_password(make_window, accounts, settings, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.app_lock.store.hasher = cheap_hasher()
    prefs = window.open_preferences()
    security = prefs.security
    assert security.status.text() == "Not set"
    assert security.set_button.isVisibleTo(prefs) and not security.change_button.isVisibleTo(prefs)
    assert not security.idle_spin.isEnabled()

    dialog = security.open_password_dialog(PasswordDialog.Mode.SET)
    dialog.new_edit.setText(PASSWORD)
    dialog.repeat_edit.setText(PASSWORD)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: settings.get(LOCK_ENABLED) is True, timeout=5000)
    assert security.status.text() == "On"
    assert security.change_button.isVisibleTo(prefs) and security.idle_spin.isEnabled()
    assert not window.app_lock.locked  # setting a password in Preferences does not lock at once

    change = security.open_password_dialog(PasswordDialog.Mode.CHANGE)
    for _ in range(3):  # three wrong current passwords: the third costs a 1 s wait
        change.current_edit.setText("not it at all")
        change.new_edit.setText("a new long password")
        change.repeat_edit.setText("a new long password")
        change.ok_button.click()
        qtbot.waitUntil(lambda: change.current_edit.isEnabled(), timeout=5000)
    assert "current password is wrong" in change.error.text()
    assert "Try again in 1 s" in change.error.text()
    change.current_edit.setText(PASSWORD)
    assert not change.ok_button.isEnabled()
    window.clock.advance(1)
    window.ticker.tick()
    assert change.ok_button.isEnabled()
    with qtbot.waitSignal(change.accepted, timeout=5000):
        change.ok_button.click()
    assert window.app_lock.store.verify("a new long password")

    remove = security.open_password_dialog(PasswordDialog.Mode.REMOVE)
    remove.current_edit.setText("a new long password")
    remove.ok_button.click()
    qtbot.waitUntil(lambda: settings.get(LOCK_ENABLED) is False, timeout=5000)
    assert ITEM_NAME not in window.vault.secrets.items
    assert security.status.text() == "Not set"
    prefs.reject()


def test_idle_and_session_options_are_saved_by_ok(make_window, settings, qtbot) -> None:  # type: ignore[no-untyped-def]
    settings.set(LOCK_ENABLED, True)
    window = make_window()
    window.app_lock._unlock()  # (no verifier in this test: only the options matter)
    prefs = window.open_preferences()
    prefs.security.idle_spin.setValue(12)
    prefs.security.session_check.setChecked(False)
    prefs.ok_button.click()
    assert settings.get(LOCK_IDLE_MINUTES) == 12
    assert settings.get(LOCK_ON_SESSION_LOCK) is False
    again = window.open_preferences()
    assert again.security.idle_spin.value() == 12
    again.defaults_button.click()
    assert again.security.idle_spin.value() == 5 and again.security.session_check.isChecked()
    again.reject()


# -- accessibility --------------------------------------------------------------------------------------------------


def test_the_lock_screen_dialogs_and_security_section_are_accessible(lock_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from a11y_support import controls, focus_problems, label_not_in_name, unnamed_controls

    def check(root: QWidget) -> None:
        for problems in (unnamed_controls, label_not_in_name, focus_problems):
            assert problems(root) == [], f"{problems.__name__} in {root.objectName()}"

    window = lock_window()
    prefs = window.open_preferences()
    check(prefs)
    for mode in PasswordDialog.Mode:
        dialog = prefs.security.open_password_dialog(mode)
        check(dialog)
        dialog.reject()
    prefs.reject()
    window.app_lock.lock()
    window.app_lock.page.show_problem("The lock password is missing.", can_turn_off=True)
    check(window)
    page = window.app_lock.page
    assert list(controls(window)) == [page.password, page.turn_off_button]  # Unlock: enabled once typed
