"""Copying codes: mark them as secret for clipboard managers, and take them back off the clipboard.

A code is only useful for seconds, but clipboard-history tools would keep it for ever and sync it to other
devices. So every copy carries the platforms' "this is a secret" hints in one QMimeData, and the
:class:`ClipboardGuard` clears the clipboard after a delay (and on quit) — but only if it still holds *our*
code, so text the user copied in the meantime is never destroyed. Time comes from the injected clock and the
check is driven by the window's ticker, so tests move a FixedClock instead of waiting.
"""

from __future__ import annotations

import struct

from PySide6.QtCore import QMimeData, QObject, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

from ..core.clock import Clock
from .settings import Settings

#: KDE Klipper, GNOME extensions, wl-clipboard and most Linux clipboard managers skip this.
KDE_PASSWORD_HINT = "x-kde-passwordManagerHint"
#: Windows: keep out of clipboard monitors, Win+V history and the cloud clipboard. Qt registers a custom
#: MIME name as a native clipboard format of the same name on Windows.
WINDOWS_EXCLUDE_MONITORING = "ExcludeClipboardContentFromMonitorProcessing"
WINDOWS_HISTORY = "CanIncludeInClipboardHistory"
WINDOWS_CLOUD = "CanUploadToCloudClipboard"
#: macOS: the nspasteboard.org marker that clipboard managers (Maccy, Alfred, Paste…) honour.
MACOS_CONCEALED = "org.nspasteboard.ConcealedType"

_DWORD_0 = struct.pack("<I", 0)
_DWORD_1 = struct.pack("<I", 1)

#: Marker formats and their payloads (the macOS marker gets the text itself, as KeePassXC does).
SECRET_HINTS: dict[str, bytes] = {
    KDE_PASSWORD_HINT: b"secret",
    WINDOWS_EXCLUDE_MONITORING: _DWORD_1,
    WINDOWS_HISTORY: _DWORD_0,
    WINDOWS_CLOUD: _DWORD_0,
}


def secret_mime_data(text: str) -> QMimeData:
    """Plain text plus every platform's secret hint, in one QMimeData."""
    data = QMimeData()
    data.setText(text)
    for fmt, payload in SECRET_HINTS.items():
        data.setData(fmt, payload)
    data.setData(MACOS_CONCEALED, text.encode("utf-8"))
    return data


class ClipboardGuard(QObject):
    """Remembers the code we copied and clears it after the configured delay, if it is still there."""

    #: Emitted after the guard cleared the clipboard.
    cleared = Signal()

    def __init__(
        self,
        clock: Clock,
        settings: Settings,
        clipboard: QClipboard | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._settings = settings
        self._clipboard = clipboard
        self._code: str | None = None
        self._deadline: float | None = None

    @property
    def clipboard(self) -> QClipboard:
        return self._clipboard if self._clipboard is not None else QGuiApplication.clipboard()

    @property
    def pending(self) -> bool:
        """True while a copied code is being watched."""
        return self._code is not None

    @property
    def deadline(self) -> float | None:
        return self._deadline

    def copy(self, code: str) -> int:
        """Put ``code`` on the clipboard; returns the delay in seconds before it is cleared (0 = on quit)."""
        delay = self._settings.clear_after_seconds
        self.clipboard.setMimeData(secret_mime_data(code))
        self._code = code
        self._deadline = self._clock.now() + delay if delay > 0 else None
        return delay

    def check(self, now: float | None = None) -> bool:
        """Clear the clipboard if the deadline has passed and it still holds our code; True if cleared."""
        if self._code is None or self._deadline is None:
            return False
        when = self._clock.now() if now is None else now
        if when < self._deadline:
            return False
        return self._clear_if_ours()

    def clear_now(self) -> bool:
        """On quit: clear at once, with the same "only if it is still ours" rule."""
        if self._code is None:
            return False
        return self._clear_if_ours()

    def _clear_if_ours(self) -> bool:
        ours = self.clipboard.text() == self._code
        if ours:
            self.clipboard.clear()
        self._code = None
        self._deadline = None
        if ours:
            self.cleared.emit()
        return ours
