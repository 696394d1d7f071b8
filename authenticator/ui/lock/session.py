"""Notice when the desktop session locks, so the app can lock with it.

Two sources, whichever the desktop has:

* systemd-logind on the system bus: the current session's ``org.freedesktop.login1.Session.Lock`` signal
  (``loginctl lock-session``, and what most desktops' lock screens send or follow);
* the screen saver on the session bus: ``ActiveChanged(true)`` from ``org.freedesktop.ScreenSaver`` (KDE,
  Xfce, Cinnamon, MATE…) or ``org.gnome.ScreenSaver`` (GNOME Shell).

Subscribing is a match rule on the bus, not a call that waits; the one lookup that could wait (asking logind
for the current session when ``XDG_SESSION_ID`` is not set) is an asynchronous call. Without a bus (other
platforms, sandboxes, containers) nothing is subscribed and nothing happens: the idle timer and Ctrl+L remain.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusError, QDBusMessage

log = logging.getLogger(__name__)

LOGIN1_SERVICE = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
LOGIN1_MANAGER = "org.freedesktop.login1.Manager"
LOGIN1_SESSION = "org.freedesktop.login1.Session"
SCREENSAVER_INTERFACES = ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver")


def session_object_path(session_id: str) -> str:
    """logind's object path for a session id (systemd's bus_path_encode: "2" -> ".../session/_32")."""
    encoded = []
    for position, char in enumerate(session_id):
        if ("a" <= char <= "z") or ("A" <= char <= "Z") or (position > 0 and "0" <= char <= "9"):
            encoded.append(char)
        else:
            encoded.append(f"_{ord(char):02x}")
    return f"{LOGIN1_PATH}/session/{''.join(encoded) or '_'}"


class SessionLockWatcher(QObject):
    """Emits :attr:`session_locked` when the session's lock screen comes up (see the module docstring)."""

    session_locked = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        session_bus: QDBusConnection | None = None,
        system_bus: QDBusConnection | None = None,
    ) -> None:
        super().__init__(parent)
        self._session_bus = session_bus
        self._system_bus = system_bus
        self._started = False
        #: What was subscribed (for tests and the debug log): "screensaver", "login1".
        self.sources: list[str] = []

    def start(self) -> None:
        """Subscribe on the buses that exist (once; later calls do nothing)."""
        if self._started:
            return
        self._started = True
        session = self._session_bus if self._session_bus is not None else QDBusConnection.sessionBus()
        if session.isConnected():
            subscribed = [
                session.connect("", "", name, "ActiveChanged", self, SLOT("_screensaver_changed(bool)"))
                for name in SCREENSAVER_INTERFACES
            ]
            if any(subscribed):
                self.sources.append("screensaver")
        system = self._system_bus if self._system_bus is not None else QDBusConnection.systemBus()
        if not system.isConnected():
            log.debug("no system bus: logind's session lock is not watched")
            return
        session_id = os.environ.get("XDG_SESSION_ID", "")
        if session_id:
            self._watch_login1(system, session_object_path(session_id))
            return
        # Not started from a login session's environment (e.g. a systemd user service): ask logind which
        # session is ours ("auto" falls back to the user's graphical session), without waiting for the answer.
        message = QDBusMessage.createMethodCall(LOGIN1_SERVICE, LOGIN1_PATH, LOGIN1_MANAGER, "GetSession")
        message.setArguments(["auto"])
        system.callWithCallback(
            message, self, SLOT("_got_session(QDBusMessage)"), SLOT("_no_session(QDBusError,QDBusMessage)")
        )

    def _watch_login1(self, bus: QDBusConnection, path: str) -> None:
        if bus.connect(LOGIN1_SERVICE, path, LOGIN1_SESSION, "Lock", self, SLOT("_login1_lock()")):
            self.sources.append("login1")

    @Slot(QDBusMessage)
    def _got_session(self, reply: QDBusMessage) -> None:
        arguments = reply.arguments()
        path = arguments[0] if arguments else None
        text = path.path() if hasattr(path, "path") else str(path or "")
        system = self._system_bus if self._system_bus is not None else QDBusConnection.systemBus()
        if text.startswith(f"{LOGIN1_PATH}/session/"):
            self._watch_login1(system, text)

    @Slot(QDBusError, QDBusMessage)
    def _no_session(self, error: QDBusError, _message: QDBusMessage) -> None:
        log.debug("logind has no session for this process (%s)", error.name())

    @Slot(bool)
    def _screensaver_changed(self, active: bool) -> None:
        if active:
            self.session_locked.emit()

    @Slot()
    def _login1_lock(self) -> None:
        self.session_locked.emit()
