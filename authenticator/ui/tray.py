"""The system-tray icon: copy a favourite account's code without opening the window, and close to the tray.

:class:`TrayMenu` fills a plain QMenu from the window's model (favourite accounts, then Show / Lock / Quit),
so it is tested without a tray; :class:`TrayController` puts it on a QSystemTrayIcon where the desktop has a
tray (``QSystemTrayIcon.isSystemTrayAvailable()``; GNOME needs the AppIndicator extension, the offscreen
platform has none) and handles "closing the window hides it" (``tray/close_to_tray``).

A copy from the tray is the window's copy: the same clipboard guard, so the same secret-clipboard hints and
the same clearing after the delay. Its notification says only that a code was copied: desktops keep
notifications in a history, where an issuer or name would outlive the lock. While the app is locked the menu
lists no accounts, only "Unlock…" and "Quit", and the icon's tooltip is always just the app's name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from ..core.account import Account
from .models.account_model import Role, RowStatus
from .settings import TRAY_CLOSE_TO_TRAY

if TYPE_CHECKING:
    from .main_window import MainWindow

#: Longer menu labels are elided in the middle (menus as wide as the screen help nobody).
MAX_LABEL = 60
NOTICE_MS = 4000


def system_tray_available() -> bool:
    """Whether the desktop shows tray icons (a function, so tests can pretend it does)."""
    return QSystemTrayIcon.isSystemTrayAvailable()


def account_label(account: Account) -> str:
    """ "Issuer — name" (or whichever exists), elided, with "&" kept literal (not a mnemonic)."""
    text = " — ".join(part for part in (account.issuer, account.name) if part) or account.title
    if len(text) > MAX_LABEL:
        keep = (MAX_LABEL - 1) // 2
        text = f"{text[:keep]}…{text[-keep:]}"
    return text.replace("&", "&&")


class TrayMenu(QObject):
    """The tray's menu, rebuilt from the model when favourites or the lock state change."""

    #: A notice for the user after a click ("Code copied — clears in 30 s", or why nothing was copied).
    notice = Signal(str)

    def __init__(self, window: MainWindow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.menu = QMenu()  # a tray menu has no parent window
        self.menu.setObjectName("trayMenu")
        self.menu.setAccessibleName(self.tr("Authenticator"))
        self.account_actions: list[QAction] = []
        self.show_action: QAction | None = None
        self.lock_action: QAction | None = None
        self.unlock_action: QAction | None = None
        self.quit_action: QAction | None = None
        self._signature: tuple[object, ...] | None = None

        model = window.model
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.rowsMoved, model.layoutChanged):
            signal.connect(lambda *_args: self.rebuild())
        # Per-second countdown updates name roles; an account edit (favourite toggled) names none (= all roles).
        model.dataChanged.connect(lambda _first, _last, roles=(): self.rebuild() if not roles else None)
        lock = getattr(window, "app_lock", None)
        if lock is not None:
            lock.locked_changed.connect(lambda _locked: self.rebuild())
            lock.enabled_changed.connect(lambda _enabled: self.rebuild())
        self.menu.aboutToShow.connect(self.rebuild)
        self.rebuild()

    @property
    def locked(self) -> bool:
        lock = getattr(self.window, "app_lock", None)
        return bool(lock is not None and lock.locked)

    @property
    def lock_enabled(self) -> bool:
        lock = getattr(self.window, "app_lock", None)
        return bool(lock is not None and lock.enabled)

    def favourites(self) -> list[Account]:
        """Favourite accounts in the window's order (none while locked)."""
        if self.locked:
            return []
        return [account for account in self.window.model.accounts if account.favourite]

    def rebuild(self) -> None:
        """Refill the menu if what it shows changed (cheap to call on every model signal)."""
        favourites = self.favourites()
        signature = (self.locked, self.lock_enabled, tuple((a.id, account_label(a)) for a in favourites))
        if signature == self._signature:
            return
        self._signature = signature
        self.menu.clear()
        self.account_actions = []
        self.show_action = self.lock_action = self.unlock_action = None
        if self.locked:
            self.unlock_action = self.menu.addAction(self.tr("&Unlock…"))
            self.unlock_action.triggered.connect(self.show_window)
        else:
            for account in favourites:
                action = self.menu.addAction(account_label(account))
                action.setToolTip(self.tr("Copy the current code"))
                action.triggered.connect(lambda _checked=False, account_id=account.id: self.copy(account_id))
                self.account_actions.append(action)
            if not favourites:
                hint = self.menu.addAction(self.tr("No favourites — star accounts in the window"))
                hint.setEnabled(False)
            self.menu.addSeparator()
            self.show_action = self.menu.addAction(self.tr("&Show Authenticator"))
            self.show_action.triggered.connect(self.show_window)
            if self.lock_enabled:
                self.lock_action = self.menu.addAction(self.tr("&Lock"))
                self.lock_action.triggered.connect(self._lock)
        self.menu.addSeparator()
        self.quit_action = self.menu.addAction(self.tr("&Quit"))
        self.quit_action.triggered.connect(self.window.quit_app)

    def copy(self, account_id: str) -> bool:
        """Copy the account's current code through the window's clipboard guard; False if there is none."""
        if self.locked:
            return False
        model = self.window.model
        row = model.row_of(account_id)
        if row < 0:
            return False
        state = model.state_at(row)
        if state.status is not RowStatus.READY or not state.code:
            status = model.data(model.index(row), Role.STATUS_TEXT)
            self.notice.emit(str(status) if status else self.tr("No code yet"))
            return False
        delay = self.window.clipboard_guard.copy(state.code)
        if delay:
            self.notice.emit(self.tr("Code copied — clears in %n s", "", delay))
        else:
            self.notice.emit(self.tr("Code copied — clears when you quit"))
        return True

    def show_window(self) -> None:
        window = self.window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    def _lock(self) -> None:
        lock = getattr(self.window, "app_lock", None)
        if lock is not None:
            lock.lock()


class TrayController(QObject):
    """The tray icon (where there is a tray) and the close-to-tray behaviour of the window."""

    def __init__(self, window: MainWindow, available: bool | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.available = system_tray_available() if available is None else available
        self.menu = TrayMenu(window, self)
        self.icon: QSystemTrayIcon | None = None
        self._told_still_running = False
        if self.available:
            from ..app import ICON_PATH

            self.icon = QSystemTrayIcon(QIcon(str(ICON_PATH)), self)
            self.icon.setToolTip(self.tr("Authenticator"))
            self.icon.setContextMenu(self.menu.menu)
            self.icon.activated.connect(self._activated)
            self.icon.show()
        self.menu.notice.connect(self.notify)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            # Logging out asks every visible window to close; one that hides instead would cancel the logout.
            app.commitDataRequest.connect(self._session_ending)
        self.apply_settings()

    def _session_ending(self, *_args: object) -> None:
        self.window.quitting = True

    @property
    def close_to_tray(self) -> bool:
        """Closing the window hides it: only with a tray to bring it back from."""
        return self.available and bool(self.window.settings.get(TRAY_CLOSE_TO_TRAY))

    def apply_settings(self) -> None:
        """With close-to-tray the app outlives its hidden window, so closing the last window must not quit."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(not self.close_to_tray)

    def intercept_close(self, event: QCloseEvent) -> bool:
        """From the window's closeEvent: hide instead of closing (True) when closing to the tray."""
        if not self.close_to_tray or getattr(self.window, "quitting", False):
            return False
        event.ignore()
        self.window.hide()
        if not self._told_still_running:
            self._told_still_running = True
            self.notify(self.tr("Authenticator is still running in the tray. Choose Quit in its menu to quit."))
        return True

    def notify(self, text: str) -> None:
        if self.icon is not None and self.icon.isVisible():
            self.icon.showMessage(self.tr("Authenticator"), text, QSystemTrayIcon.MessageIcon.Information, NOTICE_MS)
        elif self.window.isVisible():
            self.window.toast.show_message(text)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        """A click on the icon shows the window (and hides it again when it is in front, closing to the tray)."""
        if reason not in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            return
        window = self.window
        if self.close_to_tray and window.isVisible() and window.isActiveWindow() and not window.isMinimized():
            window.hide()
        else:
            self.menu.show_window()
