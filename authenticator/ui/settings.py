"""The window's settings: one module, one :data:`DEFAULTS` dict, QSettings underneath.

Every key the UI reads is listed here with its default, so a missing or damaged value always has an answer
and tests can pass a QSettings on a temporary ini file instead of touching the user's configuration.
Settings never hold a secret or a code.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings

CLIPBOARD_CLEAR_AFTER = "clipboard/clear_after_seconds"
WINDOW_GEOMETRY = "window/geometry"

DEFAULTS: dict[str, Any] = {
    CLIPBOARD_CLEAR_AFTER: 30,  # seconds; 0 = only when the app quits
    WINDOW_GEOMETRY: QByteArray(),
}

#: Choices offered in the menu for the clipboard delay (seconds; 0 = only on quit).
CLEAR_AFTER_CHOICES = (10, 30, 60, 120, 0)


class Settings:
    """Typed access to QSettings: values come back with the type of their default."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings()

    def get(self, key: str) -> Any:
        default = DEFAULTS[key]
        value = self.store.value(key, default)
        if isinstance(default, bool):
            return value if isinstance(value, bool) else str(value).lower() in {"1", "true", "yes"}
        if isinstance(default, int):
            try:
                return int(value)
            except (TypeError, ValueError):
                return default
        if isinstance(default, QByteArray):
            return value if isinstance(value, QByteArray) else default
        return value

    def set(self, key: str, value: Any) -> None:
        if key not in DEFAULTS:
            raise KeyError(f"unknown setting {key!r}")
        self.store.setValue(key, value)
        self.store.sync()

    @property
    def clear_after_seconds(self) -> int:
        return max(0, self.get(CLIPBOARD_CLEAR_AFTER))
