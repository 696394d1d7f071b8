"""``AUTHENTICATOR_EXIT_AFTER_SHOW=1``: start for real, report the painted window on stdout, quit with 0.

A built bundle (PyInstaller, Flatpak) can only be checked from outside, and what breaks in one is exactly the
start path: a missing Qt plugin, font or keyring backend, an unreadable package resource. With this variable
set, ``run_gui`` runs that whole path to a painted window whose first secret read has finished, prints one line
(``authenticator: main window shown (N accounts)``, plus the banner's text when one is shown) and quits, so a
test can start the binary offscreen and see it come up and go away on its own.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, TextIO

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

if TYPE_CHECKING:
    from .main_window import MainWindow

ENV = "AUTHENTICATOR_EXIT_AFTER_SHOW"
#: How often the hook looks whether the first secret read is done (a worker result, not a clock).
POLL_MS = 20
#: A window that has not painted and read its secrets by then is a failed start: exit 1 instead of hanging CI.
DEADLINE_MS = 60_000


def requested() -> bool:
    """True when the environment asks for a start that reports and quits (smoke tests of a build)."""
    return os.environ.get(ENV) == "1"


class _ExitAfterShow(QObject):
    """Watches the window for its first paint, waits for its worker to be idle, then reports and quits."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._painted = False
        window.installEventFilter(self)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check)
        self._poll.start()
        QTimer.singleShot(DEADLINE_MS, self._give_up)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._painted = True
        return False

    def _check(self) -> None:
        if not (self._painted and self._window.isVisible() and self._window.runner.is_idle):
            return
        self._poll.stop()
        count = len(self._window.vault.accounts())
        line = f"authenticator: main window shown ({count} accounts)"
        if not self._window.banner.isHidden():
            line += " banner: " + " | ".join(self._window.banner.text().splitlines())
        _say(line, sys.stdout)
        QCoreApplication.exit(0)

    def _give_up(self) -> None:
        if not self._poll.isActive():
            return
        self._poll.stop()
        state = "painted" if self._painted else "not painted"
        _say(f"authenticator: main window {state}, start not finished after {DEADLINE_MS} ms", sys.stderr)
        QCoreApplication.exit(1)


def _say(line: str, stream: TextIO | None) -> None:
    """Print when there is a stream: a windowed Windows build has none (sys.stdout is None there)."""
    if stream is not None:
        print(line, file=stream, flush=True)


def exit_after_show_if_requested(window: MainWindow) -> None:
    """Call right after ``window.show()``; does nothing unless :data:`ENV` is ``1``."""
    if requested():
        _ExitAfterShow(window)
