"""The app lock in the window: when to lock, what locking hides, and unlocking with the password.

Locking swaps the window's page stack to the :class:`~.page.LockPage` (the whole central content: header with
the search text, list, banner, toast go out of sight and out of the accessibility tree), hides the status bar
and any dialog of the window (backup codes, QR, inspect… show secrets; they come back after unlocking), closes
open menus and tooltips, takes a copied code off the clipboard and keeps the window title neutral. While
locked, the window's keyboard shortcuts (Ctrl+N, Ctrl+V, Ctrl+F…) are overridden, drops are refused, and
any dialog of the window that appears (a second launch's otpauth link, a background error) is hidden until
the app is unlocked.

When: Ctrl+L ("Lock" in the main menu and the tray), after ``lock/idle_minutes`` without keyboard or mouse
input in the app (an event filter on the app's windows notes input against the window's injected clock; the
ticker checks), when the desktop session locks (:mod:`.session`), and from the first frame when the lock is
enabled.

The password is checked on the window's TaskRunner (keyring read plus ~0.35 s of Argon2id); wrong passwords
cost a growing wait (:class:`~authenticator.storage.app_lock.Backoff`, fed the same clock, counted down on
ticks). If the lock is enabled but its verifier is missing or damaged, the page says so and offers to turn the
lock off after a confirmation: refusing forever would lock the user out of their own accounts while
protecting nothing, because whoever can delete or edit that keyring item can read the account secrets next
to it directly. A keyring that is locked or unavailable is not such a case: the page shows the keyring's
message and the app stays locked until the keyring can be read.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence, QWindow
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QMessageBox, QToolTip, QWidget

from ...core.errors import AuthenticatorError, SecretStoreError
from ...storage.app_lock import AppLock, Backoff, VerifierDamaged, VerifierMissing
from ..i18n import core_text
from ..settings import LOCK_ENABLED, LOCK_IDLE_MINUTES, LOCK_ON_SESSION_LOCK

if TYPE_CHECKING:
    from ..main_window import MainWindow
    from .page import LockPage
    from .session import SessionLockWatcher

log = logging.getLogger(__name__)

#: Events that count as the user being at the app (for the idle lock).
_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)
_DROP_EVENTS = frozenset({QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop})

Done = Callable[[], None]
Answered = Callable[[bool], None]
Failed = Callable[[BaseException], None]


class AppLockController(QObject):
    """Owns the lock state of one main window (see the module docstring)."""

    #: True when the window locked, False when it unlocked.
    locked_changed = Signal(bool)
    #: A lock password was set (True) or removed (False).
    enabled_changed = Signal(bool)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.settings = window.settings
        self.clock = window.clock
        self.store = AppLock(window.vault.secrets)
        self.backoff = Backoff()
        self._locked = False
        self._checking = False
        self._last_input = self.clock.now()
        self._hidden: dict[int, QWidget] = {}  # dialogs hidden by the lock, shown again on unlock
        self._saved_title = ""
        self._status_bar_was_visible = False
        self._session: SessionLockWatcher | None = None
        self._set_dialog: QDialog | None = None

        self._page: LockPage | None = None  # built at the first lock: most windows never show it

        self.lock_action = QAction(self.tr("&Lock"), window)
        self.lock_action.setObjectName("lockAction")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.lock_action.setToolTip(self.tr("Hide your codes until the lock password is entered (Ctrl+L)"))
        self.lock_action.triggered.connect(self.lock_now)
        window.addAction(self.lock_action)
        _insert_after(window.main_menu, getattr(window, "find_action", None), self.lock_action)

        window.ticker.ticked.connect(self._on_tick)
        # No application-wide event filter (a Python one sees every event, including those sent to widgets that
        # are being destroyed, which crashes PySide): input is watched on the app's QWindows, which receive
        # every key and mouse event before their widgets do; shortcuts and drops on the main window itself;
        # dialogs that appear while locked are caught when they take the focus, and on every tick.
        window.installEventFilter(self)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._window_focused)
            self._window_focused(app.focusWindow())
        if self.enabled:
            self.lock()
            QTimer.singleShot(0, self._watch_session)

    # -- state ------------------------------------------------------------------------------------------------

    @property
    def page(self) -> LockPage:
        """The lock screen, one of the window's pages; built when first needed, not at start-up."""
        if self._page is None:
            from .page import LockPage

            self._page = LockPage(self.window.pages)
            self.window.pages.addWidget(self._page)
            self._page.unlock_requested.connect(self.unlock_with)
            self._page.turn_off_requested.connect(self.confirm_turn_off)
        return self._page

    @property
    def enabled(self) -> bool:
        """A lock password is set (the settings flag; the verifier itself is in the keyring)."""
        return bool(self.settings.get(LOCK_ENABLED))

    @property
    def locked(self) -> bool:
        return self._locked

    @property
    def checking(self) -> bool:
        """A password check is running on the worker."""
        return self._checking

    @property
    def idle_seconds(self) -> float:
        """Seconds since the last keyboard or mouse input in the app (by the window's clock)."""
        return max(0.0, self.clock.now() - self._last_input)

    def note_input(self) -> None:
        """The user is at the app: the idle countdown starts again."""
        self._last_input = self.clock.now()

    def settings_changed(self) -> None:
        """The preferences were saved: start watching the session if that was switched on."""
        self._watch_session()

    # -- locking ----------------------------------------------------------------------------------------------

    def lock_now(self) -> None:
        """Ctrl+L: lock, or without a password offer to set one (and lock once it is set)."""
        if self.enabled:
            self.lock()
            return
        from .password_dialog import PasswordDialog

        if self._set_dialog is not None and shiboken6.isValid(self._set_dialog) and self._set_dialog.isVisible():
            self._set_dialog.activateWindow()  # Ctrl+L again, in the dialog itself
            return
        dialog = PasswordDialog(self, PasswordDialog.Mode.SET, self.window, locking=True)
        dialog.accepted.connect(self.lock)
        self._set_dialog = dialog
        self.window._show_box(dialog)

    def lock(self) -> None:
        """Hide everything about the accounts behind the lock page (no-op without a password, or if locked)."""
        if self._locked or not self.enabled:
            return
        self._locked = True
        window = self.window
        QToolTip.hideText()
        for _ in range(8):  # nested menus close one by one (bounded: a popup that refuses must not hang us)
            popup = QApplication.activePopupWidget()
            if popup is None:
                break
            popup.close()
        self._hide_windows()
        window.clipboard_guard.clear_now()
        window.toast.hide()
        self._saved_title = window.windowTitle()
        window.setWindowTitle(self.tr("Authenticator"))
        bar = window.statusBar()
        self._status_bar_was_visible = not bar.isHidden()
        bar.hide()
        self.page.reset()
        self.page.set_wait(self.backoff.remaining_whole_seconds(self.clock.now()))
        window.pages.setCurrentWidget(self.page)
        self.page.password.setFocus(Qt.FocusReason.OtherFocusReason)
        self.lock_action.setEnabled(False)
        self.locked_changed.emit(True)

    def _unlock(self) -> None:
        """The password was right (or the lock was turned off): show the accounts and the hidden dialogs again."""
        if not self._locked:
            return
        self._locked = False
        self.backoff.succeeded()
        self.note_input()
        window = self.window
        self.page.reset()  # the typed password leaves the field at once
        window.pages.setCurrentIndex(0)
        if self._saved_title:
            window.setWindowTitle(self._saved_title)
        if self._status_bar_was_visible:
            window.statusBar().show()
        self.lock_action.setEnabled(True)
        hidden, self._hidden = list(self._hidden.values()), {}
        for widget in hidden:
            if shiboken6.isValid(widget):
                widget.show()
        if not any(shiboken6.isValid(w) and w.isVisible() for w in hidden):
            target = window.list if window.list.isVisibleTo(window) else window.search
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.locked_changed.emit(False)

    def _belongs_to_window(self, widget: QWidget) -> bool:
        """A window (dialog, menu) whose parent chain leads to the main window, and not one of the lock page's."""
        if widget is self.window:
            return False
        parent = widget.parentWidget()
        while parent is not None:
            if parent is self._page:
                return False
            if parent is self.window:
                return True
            parent = parent.parentWidget()
        return False

    def _hide_while_locked(self, widget: QWidget) -> None:
        if not shiboken6.isValid(widget) or not self._locked or not widget.isVisible():
            return
        if isinstance(widget, QMenu):
            widget.close()
            return
        self._keep_for_unlock(widget)
        widget.hide()

    def _keep_for_unlock(self, widget: QWidget) -> None:
        """Show ``widget`` again when the app is unlocked (unless it finished or went away meanwhile)."""
        key = id(widget)
        if key not in self._hidden:
            self._hidden[key] = widget
            if isinstance(widget, QDialog):
                # Finished while hidden (its task ended, the user pressed Escape before it vanished): not shown again.
                widget.finished.connect(lambda _result, k=key: self._hidden.pop(k, None))
            widget.destroyed.connect(lambda _obj=None, k=key: self._hidden.pop(k, None))

    def defer(self, dialog: QWidget) -> bool:
        """A dialog about to open (window._show_box): while locked it waits, never shown, until the unlock (True).

        Hiding it once it is on screen would be too late: a second launch's link or a late error names
        accounts ("… is already in your list"), and a window that appears for a moment is seen and spoken.
        """
        if not self._locked:
            return False
        dialog.setWindowModality(Qt.WindowModality.WindowModal)  # what open() sets; show() on unlock keeps it
        self._keep_for_unlock(dialog)
        return True

    # -- unlocking --------------------------------------------------------------------------------------------

    def unlock_with(self, password: str) -> None:
        """Check ``password`` on the worker; right unlocks, wrong costs a growing wait."""
        if not self._locked or self._checking or not self.backoff.allowed(self.clock.now()):
            return
        self._checking = True
        self.page.set_checking(True)
        store = self.store
        self.window.runner.run(lambda: store.verify(password), self._checked, self._check_failed)

    def _checked(self, right: bool) -> None:
        self._checking = False
        self.page.set_checking(False)
        if not self._locked:
            return
        if right:
            self._unlock()
            return
        self.backoff.failed(self.clock.now())
        self.page.show_wrong_password()
        self.page.set_wait(self.backoff.remaining_whole_seconds(self.clock.now()))

    def _check_failed(self, error: BaseException) -> None:
        self._checking = False
        self.page.set_checking(False)
        if not self._locked:
            return
        self.page.show_problem(
            self.describe_problem(error), can_turn_off=isinstance(error, VerifierMissing | VerifierDamaged)
        )

    def describe_problem(self, error: BaseException) -> str:
        """What to tell the user when a password could not be checked at all."""
        if isinstance(error, VerifierMissing):
            return self.tr(
                "The lock password is missing from your keyring, so it cannot be checked. "
                "It may have been removed with a keyring tool."
            )
        if isinstance(error, VerifierDamaged):
            return self.tr("The stored lock password is damaged, so it cannot be checked.")
        if isinstance(error, SecretStoreError):
            return f"{core_text(error.message)} {core_text(error.hint)}".strip()
        if not isinstance(error, AuthenticatorError):
            log.error("lock password check failed: %s", type(error).__name__)
        return self.tr("The password could not be checked ({error}). Please try again.").format(
            error=type(error).__name__ if not isinstance(error, AuthenticatorError) else core_text(error.message)
        )

    def confirm_turn_off(self) -> QMessageBox:
        """The verifier is missing or damaged: explain, and turn the lock off if the user confirms."""
        box = QMessageBox(self.page)
        box.setObjectName("turnOffLockBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Turn Off the Lock?"))
        box.setText(self.tr("The lock password cannot be checked."))
        box.setInformativeText(
            self.tr(
                "The lock only hides your codes on this screen. Anyone who can remove items from your keyring "
                "can also read your accounts there, so staying locked would not protect them. Turn the lock off "
                "to open Authenticator; you can set a new password in Preferences."
            )
        )
        turn_off = box.addButton(self.tr("Turn Off the Lock"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered(_result: int) -> None:
            if box.clickedButton() is turn_off:
                self.forget_password(
                    self._turned_off, lambda e: self.page.show_problem(self.describe_problem(e), can_turn_off=True)
                )

        box.finished.connect(answered)
        box.open()
        return box

    def _turned_off(self) -> None:
        self._unlock()
        self.window.toast.show_message(self.tr("The lock is off"))

    # -- the password (Preferences, Ctrl+L without a password) ------------------------------------------------

    def set_password(self, password: str, on_done: Done, on_error: Failed) -> None:
        """Store a new verifier (worker) and turn the lock on."""
        store = self.store

        def done(_: object) -> None:
            self.settings.set(LOCK_ENABLED, True)
            self.backoff.succeeded()
            self.note_input()
            self.enabled_changed.emit(True)
            self._watch_session()
            on_done()

        self.window.runner.run(lambda: store.set_password(password), done, on_error)

    def change_password(self, current: str, new: str, on_answer: Answered, on_error: Failed) -> None:
        store = self.store
        self.window.runner.run(lambda: store.change_password(current, new), self._answer(on_answer), on_error)

    def remove_password(self, current: str, on_answer: Answered, on_error: Failed) -> None:
        store = self.store

        def answered(right: bool) -> None:
            if right:
                self._disabled()
            on_answer(right)

        self.window.runner.run(lambda: store.remove_password(current), self._answer(answered), on_error)

    def forget_password(self, on_done: Done, on_error: Failed) -> None:
        """Turn the lock off without a password: only offered when the verifier is missing or damaged."""
        store = self.store

        def done(_: object) -> None:
            self._disabled()
            on_done()

        self.window.runner.run(store.forget, done, on_error)

    def _answer(self, on_answer: Answered) -> Callable[[bool], None]:
        """Count a wrong current password towards the same growing wait as the lock page's."""

        def answered(right: bool) -> None:
            if right:
                self.backoff.succeeded()
            else:
                self.backoff.failed(self.clock.now())
            on_answer(right)

        return answered

    def _disabled(self) -> None:
        self.settings.set(LOCK_ENABLED, False)
        self.backoff.succeeded()
        self.enabled_changed.emit(False)

    # -- when to lock -----------------------------------------------------------------------------------------

    def _on_tick(self, now: float) -> None:
        if self._locked:
            self.page.set_wait(self.backoff.remaining_whole_seconds(now))
            self._hide_windows()  # a dialog that appeared without taking the focus
            return
        minutes = int(self.settings.get(LOCK_IDLE_MINUTES))
        if minutes > 0 and self.enabled and now - self._last_input >= minutes * 60:
            self.lock()

    def _watch_session(self) -> None:
        """Subscribe to the session's lock signals once the lock is on and wanted on session lock."""
        if self._session is not None or not self.enabled or not self.settings.get(LOCK_ON_SESSION_LOCK):
            return
        from .session import SessionLockWatcher

        self._session = SessionLockWatcher(self)
        self._session.session_locked.connect(self.session_locked)
        self._session.start()

    @property
    def session_watcher(self) -> SessionLockWatcher | None:
        return self._session

    def session_locked(self) -> None:
        """The desktop's lock screen came up."""
        if self.settings.get(LOCK_ON_SESSION_LOCK):
            self.lock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Input on the app's windows (idle lock); while locked, the main window's shortcuts and drops."""
        kind = event.type()
        if kind in _INPUT_EVENTS:
            self._last_input = self.clock.now()
            return False
        if watched is not self.window:
            return False
        if kind == QEvent.Type.Show:
            self._window_focused(self.window.windowHandle(), hide=False)  # watch input before it has the focus
        if not self._locked:
            return False
        if kind == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if self._shortcut_allowed(event):
                return False
            event.accept()  # "the focus widget takes this key": no window shortcut (Ctrl+N, Ctrl+V, Ctrl+D…) fires
            return True
        if kind in _DROP_EVENTS:
            event.ignore()
            return True
        return False

    def _shortcut_allowed(self, event: QKeyEvent) -> bool:
        """While locked only Quit and the lock page's own mnemonics (Alt+U, Alt+T) work."""
        pressed = QKeySequence(event.keyCombination())
        allowed = [getattr(self.window, "quit_action", None)]
        sequences = [a.shortcut() for a in allowed if a is not None]
        sequences += [QKeySequence.mnemonic(b.text()) for b in (self.page.unlock_button, self.page.turn_off_button)]
        return any(not s.isEmpty() and pressed.matches(s) == QKeySequence.SequenceMatch.ExactMatch for s in sequences)

    def _window_focused(self, focus: QWindow | None, hide: bool = True) -> None:
        """A window of the app got the keyboard: watch its input (idle lock); while locked, re-check what shows."""
        if focus is not None:
            focus.installEventFilter(self)  # installing again only moves it to the front of the filters
            self._offer_lock_in(focus)
        if hide and self._locked:
            QTimer.singleShot(0, self._hide_windows)

    def _offer_lock_in(self, handle: QWindow) -> None:
        """Ctrl+L works in the window's dialogs too: a window-modal dialog blocks the main window's shortcuts,
        and the dialogs showing secrets (backup codes, QR) are where a quick lock matters most."""
        for widget in QApplication.topLevelWidgets():
            if widget.windowHandle() is handle and isinstance(widget, QDialog) and self._belongs_to_window(widget):
                if self.lock_action not in widget.actions():
                    widget.addAction(self.lock_action)
                return

    def _hide_windows(self) -> None:
        """Hide every window of the main window's (dialogs, menus) that is on screen while locked."""
        if not self._locked:
            return
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and self._belongs_to_window(widget):
                self._hide_while_locked(widget)


def _insert_after(menu: QMenu, anchor: QAction | None, action: QAction) -> None:
    """Put ``action`` right after ``anchor`` in ``menu`` (at the end if the anchor is not there)."""
    actions = menu.actions()
    if anchor is not None and anchor in actions:
        position = actions.index(anchor) + 1
        if position < len(actions):
            menu.insertAction(actions[position], action)
            return
    menu.addAction(action)
