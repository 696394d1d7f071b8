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
TIME_NTP_SERVERS = "time/ntp_servers"
TIME_SYNC_AT_STARTUP = "time/sync_at_startup"
TIME_CONFIRM_ABOVE_SECONDS = "time/confirm_above_seconds"
APPEARANCE_THEME = "appearance/theme"
GENERAL_LANGUAGE = "general/language"
TRAY_CLOSE_TO_TRAY = "tray/close_to_tray"

DEFAULTS: dict[str, Any] = {
    CLIPBOARD_CLEAR_AFTER: 30,  # seconds; 0 = only when the app quits
    WINDOW_GEOMETRY: QByteArray(),
    # Comma-separated HOST[:PORT]; empty means the built-in list (timesync.DEFAULT_NTP_SERVERS), so users who never
    # changed it follow improvements to that list.
    TIME_NTP_SERVERS: "",
    # Off by default: most systems already keep their clock in sync (the diagnosis window says when they do not),
    # a sync on every start would tell four public time services each time the app is opened and would wait on
    # the network when offline, and a measured correction is stored and applied at every start anyway.
    TIME_SYNC_AT_STARTUP: False,
    # A sync that would shift codes by more than this (seconds) asks before applying: drift is seconds to a
    # minute or two; five minutes and more is a wrong time zone or date setting, or a source not to be trusted.
    TIME_CONFIRM_ABOVE_SECONDS: 300,
    # "system" follows the desktop's palette (and its light/dark switches); "light" and "dark" pin one of
    # ui/theme.py's palettes for people whose desktop theme does not suit them.
    APPEARANCE_THEME: "system",
    # "system" uses the desktop's locale, otherwise a locale code such as "en". Only English exists so far.
    GENERAL_LANGUAGE: "system",
    # Closing the window hides it to the tray icon instead of quitting. Off: quitting on close is what people
    # expect, and there is no tray icon yet, so nothing reads this and the preferences dialog does not offer it.
    TRAY_CLOSE_TO_TRAY: False,
}

#: The values of :data:`APPEARANCE_THEME`.
THEMES = ("system", "light", "dark")

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
