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
# Not "general/...": Qt writes a group named "general" as [%General] and reads it back as "General/...", so on
# Linux the value would be lost at the next start.
GENERAL_LANGUAGE = "interface/language"
TRAY_CLOSE_TO_TRAY = "tray/close_to_tray"
LOCK_ENABLED = "lock/enabled"
LOCK_IDLE_MINUTES = "lock/idle_minutes"
LOCK_ON_SESSION_LOCK = "lock/on_session_lock"
VIEW_FILTER = "view/filter"

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
    # "system" uses the desktop's language, otherwise a code such as "de" (ui/i18n.py: catalogues, fallback).
    GENERAL_LANGUAGE: "system",
    # Closing the window hides it to the tray icon (ui/tray.py) instead of quitting; Quit in the menus still
    # quits. Off: quitting on close is what people expect, and only desktops with a tray can offer it.
    TRAY_CLOSE_TO_TRAY: False,
    # The app lock (ui/lock): whether a lock password is set. Only this fact is kept here; the password's
    # Argon2id verifier is a keyring item (storage/app_lock.py). True makes the window start locked.
    LOCK_ENABLED: False,
    # Lock after this many minutes without keyboard or mouse input in the app (0 = never).
    LOCK_IDLE_MINUTES: 5,
    # Lock when the desktop session locks (logind or the screen saver on D-Bus, where they exist).
    LOCK_ON_SESSION_LOCK: True,
    # The list's filter in the window header: "" = all accounts, "favourites", or "group:<name>" (a group name
    # is no secret). A group no account is in any more falls back to all accounts.
    VIEW_FILTER: "",
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
