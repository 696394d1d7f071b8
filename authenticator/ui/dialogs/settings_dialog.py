"""The preferences dialog: every user-facing setting from ui/settings.py in one calm, grouped form.

Nothing is written until OK, so Cancel really discards; the one thing applied before OK is the theme, as a
live preview (choosing a theme by looking at it), and Cancel puts the theme back. "Restore defaults" fills the
form from :data:`~authenticator.ui.settings.DEFAULTS`; it too is saved only by OK.

Closing to the tray (``tray/close_to_tray``) is offered only where the desktop has a tray (the switch is
disabled, with the reason, elsewhere). The Security section (ui/lock/preferences.py) holds the app lock: its
password buttons act at once (a keyring item, not a setting), its idle and session options wait for OK like
the rest. The language list offers "System default" and every language with a catalogue, by its own name
(:func:`~authenticator.ui.i18n.available_languages`); a new language shows from the next start.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import AuthenticatorError
from .. import theme
from ..i18n import SYSTEM, available_languages, core_text
from ..settings import (
    APPEARANCE_THEME,
    CLEAR_AFTER_CHOICES,
    CLIPBOARD_CLEAR_AFTER,
    DEFAULTS,
    GENERAL_LANGUAGE,
    THEMES,
    TIME_CONFIRM_ABOVE_SECONDS,
    TIME_NTP_SERVERS,
    TIME_SYNC_AT_STARTUP,
    TRAY_CLOSE_TO_TRAY,
    Settings,
)
from ..sizing import fit_height, keep_minimum_width

#: Theme names, translated where they are shown (a table built at import would be English).
THEME_LABELS = {
    "system": QT_TRANSLATE_NOOP("SettingsDialog", "Same as the system"),
    "light": QT_TRANSLATE_NOOP("SettingsDialog", "Light"),
    "dark": QT_TRANSLATE_NOOP("SettingsDialog", "Dark"),
}
#: Upper bound for the confirmation threshold: a day. Anything larger would never ask.
MAX_CONFIRM_SECONDS = 86_400


def languages() -> list[tuple[str, str]]:
    """Languages offered: (setting value, label): the desktop's, then each catalogue by its native name."""
    system = QCoreApplication.translate("SettingsDialog", "System default")
    return [(SYSTEM, system), *available_languages()]


def clear_after_label(seconds: int) -> str:
    if seconds <= 0:
        return QCoreApplication.translate("SettingsDialog", "Only when quitting")
    if seconds % 60 == 0:
        return SettingsDialog.tr("%n minute(s)", "", seconds // 60)
    return SettingsDialog.tr("%n second(s)", "", seconds)


def split_servers(text: Any) -> list[str]:
    """Server entries from the text box or the stored value (commas, semicolons or new lines; blanks dropped)."""
    if isinstance(text, list | tuple):
        text = ",".join(str(part) for part in text)
    raw = str(text or "").replace(";", ",").replace("\n", ",")
    return [part.strip() for part in raw.split(",") if part.strip()]


def check_servers(entries: list[str]) -> tuple[list[str], str]:
    """Normalised servers, or ``([], message)`` naming the first bad entry and what is wrong with it."""
    from ...timesync.ntp import parse_server

    normalised: list[str] = []
    for entry in entries:
        try:
            normalised.append(str(parse_server(entry)))
        except AuthenticatorError as error:
            problem = QCoreApplication.translate("SettingsDialog", "“{entry}” is not a usable time server:")
            reason = f"{core_text(error.message)} {core_text(error.hint)}".strip()
            return [], f"{problem.format(entry=entry)} {reason}"
    return normalised, ""


class SettingsDialog(QDialog):
    """Edit the settings; ``accept()`` validates and saves, ``reject()`` discards and reverts the theme preview."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._saved_theme = self._theme_setting()
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.setAccessibleName(self.tr("Preferences"))

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self._general_group())
        layout.addWidget(self._appearance_group())
        layout.addWidget(self._time_group())
        from ..lock.preferences import SecurityGroup

        self.security = SecurityGroup(settings, getattr(parent, "app_lock", None), self)
        layout.addWidget(self.security)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.defaults_button = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.defaults_button.setToolTip(self.tr("Fill in the default for every setting (saved when you press OK)"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.clicked.connect(self._button_clicked)
        layout.addWidget(self.buttons)

        self._restyle()
        self.load(self._stored_values())
        self.theme_combo.currentIndexChanged.connect(self._preview_theme)
        keep_minimum_width(self, 440)  # wider when a language's labels and buttons need it

    # -- groups ---------------------------------------------------------------------------------------------

    def _general_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("General"), self)
        form = QFormLayout(group)
        self.clear_after_combo = QComboBox(group)
        self.clear_after_combo.setAccessibleName(self.tr("Clear the clipboard after"))
        self.clear_after_combo.setToolTip(
            self.tr("A copied code is removed from the clipboard after this time, and always when the app quits")
        )
        for seconds in CLEAR_AFTER_CHOICES:
            self.clear_after_combo.addItem(clear_after_label(seconds), seconds)
        form.addRow(self.tr("&Clear clipboard after:"), self.clear_after_combo)

        self.language_combo = QComboBox(group)
        self.language_combo.setAccessibleName(self.tr("Language"))
        for code, label in languages():
            self.language_combo.addItem(label, code)
        form.addRow(self.tr("&Language:"), self.language_combo)
        # Widgets translate their texts when they are built, so a new language shows from the next start.
        self.language_hint = QLabel(self.tr("A change of language applies after a restart."), group)
        self.language_combo.setAccessibleDescription(self.language_hint.text())
        self.language_hint.setObjectName("languageHint")
        self.language_hint.setWordWrap(True)
        form.addRow("", self.language_hint)

        from ..tray import system_tray_available

        tray = getattr(self.parent(), "tray", None)
        self.tray_available = tray.available if tray is not None else system_tray_available()
        self.tray_check = QCheckBox(self.tr("&Keep running in the system tray when the window is closed"), group)
        self.tray_check.setAccessibleName(self.tr("Keep running in the system tray when the window is closed"))
        self.tray_check.setToolTip(self.tr("Quit from the tray icon's menu or with Ctrl+Q"))
        self.tray_check.setEnabled(self.tray_available)
        form.addRow(self.tray_check)
        if not self.tray_available:
            self.tray_hint = QLabel(self.tr("Your desktop shows no tray icons, so this is not available."), group)
            self.tray_hint.setWordWrap(True)
            form.addRow(self.tray_hint)
        return group

    def _appearance_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Appearance"), self)
        form = QFormLayout(group)
        self.theme_combo = QComboBox(group)
        self.theme_combo.setAccessibleName(self.tr("Theme"))
        self.theme_combo.setToolTip(self.tr("Shown at once; Cancel puts the previous theme back"))
        for name in THEMES:
            self.theme_combo.addItem(self.tr(THEME_LABELS[name]), name)
        form.addRow(self.tr("&Theme:"), self.theme_combo)
        return group

    def _time_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Time correction"), self)
        form = QFormLayout(group)
        self.sync_check = QCheckBox(self.tr("S&ync the time when the app starts"), group)
        self.sync_check.setToolTip(
            self.tr("Asks the time servers below at every start; off, the stored correction is used")
        )
        form.addRow(self.sync_check)

        self.confirm_spin = QSpinBox(group)
        self.confirm_spin.setAccessibleName(self.tr("Ask before a correction larger than, in seconds"))
        self.confirm_spin.setRange(0, MAX_CONFIRM_SECONDS)
        self.confirm_spin.setSingleStep(30)
        self.confirm_spin.setSuffix(self.tr(" s", "seconds after a number"))
        self.confirm_spin.setSpecialValueText(self.tr("Always ask"))
        self.confirm_spin.setToolTip(
            self.tr("A sync that would move the codes by more than this asks first (0 = always ask)")
        )
        form.addRow(self.tr("&Ask before correcting more than:"), self.confirm_spin)

        self.servers_edit = QPlainTextEdit(group)
        self.servers_edit.setAccessibleName(self.tr("Time servers"))
        self.servers_edit.setTabChangesFocus(True)
        self.servers_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        from ...timesync.ntp import DEFAULT_NTP_SERVERS

        self.servers_edit.setPlaceholderText("\n".join(DEFAULT_NTP_SERVERS))
        self.servers_edit.textChanged.connect(lambda: self._show_server_error(""))
        form.addRow(self.tr("Time se&rvers:"), self.servers_edit)
        self.servers_hint = QLabel(
            self.tr("One per line, HOST or HOST:PORT. Leave empty to use the built-in servers shown."), group
        )
        self.servers_hint.setWordWrap(True)
        form.addRow("", self.servers_hint)
        self.server_error = QLabel(group)
        self.server_error.setObjectName("serverError")
        self.server_error.setWordWrap(True)
        self.server_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.server_error.hide()
        form.addRow("", self.server_error)
        return group

    # -- values ---------------------------------------------------------------------------------------------

    def _theme_setting(self) -> str:
        name = str(self.settings.get(APPEARANCE_THEME))
        return name if name in THEMES else "system"

    def _stored_values(self) -> dict[str, Any]:
        return {
            CLIPBOARD_CLEAR_AFTER: self.settings.clear_after_seconds,
            GENERAL_LANGUAGE: str(self.settings.get(GENERAL_LANGUAGE) or "system"),
            APPEARANCE_THEME: self._theme_setting(),
            TIME_SYNC_AT_STARTUP: bool(self.settings.get(TIME_SYNC_AT_STARTUP)),
            TIME_CONFIRM_ABOVE_SECONDS: max(0, int(self.settings.get(TIME_CONFIRM_ABOVE_SECONDS))),
            TIME_NTP_SERVERS: self.settings.get(TIME_NTP_SERVERS),
            TRAY_CLOSE_TO_TRAY: bool(self.settings.get(TRAY_CLOSE_TO_TRAY)),
            **self.security.stored_values(),
        }

    def load(self, values: dict[str, Any]) -> None:
        """Fill the form (values a choice list lacks, e.g. a delay set by hand in the file, are added)."""
        _select(self.clear_after_combo, int(values[CLIPBOARD_CLEAR_AFTER]), clear_after_label)
        _select(self.language_combo, str(values[GENERAL_LANGUAGE]), str)
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(values[APPEARANCE_THEME])))
        self.sync_check.setChecked(bool(values[TIME_SYNC_AT_STARTUP]))
        self.confirm_spin.setValue(min(MAX_CONFIRM_SECONDS, int(values[TIME_CONFIRM_ABOVE_SECONDS])))
        self.servers_edit.setPlainText("\n".join(split_servers(values[TIME_NTP_SERVERS])))
        self.tray_check.setChecked(bool(values[TRAY_CLOSE_TO_TRAY]))
        self.security.load(values)
        self._show_server_error("")

    def values(self) -> dict[str, Any]:
        """The form's values as settings; raises ValueError naming a bad time server."""
        servers, problem = check_servers(split_servers(self.servers_edit.toPlainText()))
        if problem:
            raise ValueError(problem)
        return {
            CLIPBOARD_CLEAR_AFTER: int(self.clear_after_combo.currentData()),
            GENERAL_LANGUAGE: str(self.language_combo.currentData()),
            APPEARANCE_THEME: str(self.theme_combo.currentData()),
            TIME_SYNC_AT_STARTUP: self.sync_check.isChecked(),
            TIME_CONFIRM_ABOVE_SECONDS: self.confirm_spin.value(),
            TIME_NTP_SERVERS: ", ".join(servers),
            TRAY_CLOSE_TO_TRAY: self.tray_check.isChecked(),
            **self.security.values(),
        }

    def restore_defaults(self) -> None:
        self.load({key: DEFAULTS[key] for key in self._stored_values()})

    # -- buttons --------------------------------------------------------------------------------------------

    def _button_clicked(self, button: QAbstractButton) -> None:
        if button is self.defaults_button:
            self.restore_defaults()

    def _preview_theme(self) -> None:
        theme.apply_theme(str(self.theme_combo.currentData()))

    def _show_server_error(self, message: str) -> None:
        self.server_error.setText(message)
        self.server_error.setVisible(bool(message))
        self.server_error.setAccessibleName(message)

    def _restyle(self) -> None:
        """Dim hint and error colours from the current palette (again after a live theme switch)."""
        palette = self.palette()
        dim = QPalette(palette)
        dim.setColor(QPalette.ColorRole.WindowText, theme.dim_text(palette))
        self.servers_hint.setPalette(dim)
        self.language_hint.setPalette(dim)
        if hasattr(self, "tray_hint"):
            self.tray_hint.setPalette(dim)
        self.server_error.setStyleSheet(f"color: {theme.error_colour(palette).name()}; font-weight: bold;")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_height(self)  # the wrapped hints need more height than the size hint gives them

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)

    def accept(self) -> None:
        try:
            values = self.values()
        except ValueError as error:
            self._show_server_error(str(error))
            self.servers_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        for key, value in values.items():
            self.settings.set(key, value)
        self._saved_theme = values[APPEARANCE_THEME]
        super().accept()

    def reject(self) -> None:
        if self.theme_combo.currentData() != self._saved_theme:
            theme.apply_theme(self._saved_theme)
        super().reject()


def _select(combo: QComboBox, value: Any, label: Any) -> None:
    index = combo.findData(value)
    if index < 0:
        combo.addItem(label(value), value)
        index = combo.count() - 1
    combo.setCurrentIndex(index)
