"""The preferences dialog: OK saves (and survives a restart), Cancel discards, themes switch the whole app."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from authenticator.ui import theme
from authenticator.ui.dialogs.settings_dialog import SettingsDialog
from authenticator.ui.settings import (
    APPEARANCE_THEME,
    CLIPBOARD_CLEAR_AFTER,
    DEFAULTS,
    GENERAL_LANGUAGE,
    TIME_CONFIRM_ABOVE_SECONDS,
    TIME_NTP_SERVERS,
    TIME_SYNC_AT_STARTUP,
    TRAY_CLOSE_TO_TRAY,
    Settings,
)

WINDOW = QPalette.ColorRole.Window


@pytest.fixture(autouse=True)
def system_theme_afterwards(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """A test that leaves a dark palette on the application must not change how later tests look."""
    yield
    theme.apply_theme("system")


@pytest.fixture
def ini(settings: Settings) -> Path:
    return Path(settings.store.fileName())


def restarted(path: Path) -> Settings:
    """A fresh Settings on the same file, as the next start of the app would read it."""
    return Settings(QSettings(str(path), QSettings.Format.IniFormat))


def open_dialog(qtbot, settings: Settings) -> SettingsDialog:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def window_colour() -> int:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app.palette().color(WINDOW).lightness()


def test_ok_saves_every_setting_and_a_restart_reads_them_back(qtbot, settings, ini) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, settings)
    dialog.clear_after_combo.setCurrentIndex(dialog.clear_after_combo.findData(120))
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))
    dialog.sync_check.setChecked(True)
    dialog.confirm_spin.setValue(90)
    dialog.servers_edit.setPlainText("time.example.org\n  127.0.0.1:1123 \n\n[::1]:123")
    dialog.ok_button.click()

    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    for store in (settings, restarted(ini)):
        assert store.get(CLIPBOARD_CLEAR_AFTER) == 120
        assert store.get(GENERAL_LANGUAGE) == "en"
        assert store.get(APPEARANCE_THEME) == "dark"
        assert store.get(TIME_SYNC_AT_STARTUP) is True
        assert store.get(TIME_CONFIRM_ABOVE_SECONDS) == 90
        assert store.get(TIME_NTP_SERVERS) == "time.example.org, 127.0.0.1:1123, [::1]"  # default port dropped

    # The next dialog (after the restart) shows the saved values.
    again = open_dialog(qtbot, restarted(ini))
    assert again.clear_after_combo.currentData() == 120
    assert again.language_combo.currentData() == "en"
    assert again.theme_combo.currentData() == "dark"
    assert again.sync_check.isChecked()
    assert again.confirm_spin.value() == 90
    assert again.servers_edit.toPlainText().splitlines()[:2] == ["time.example.org", "127.0.0.1:1123"]


def test_the_saved_servers_are_the_ones_the_time_correction_uses(qtbot, settings) -> None:  # type: ignore[no-untyped-def]
    from authenticator.timesync.ntp import parse_server
    from authenticator.ui.dialogs.settings_dialog import split_servers

    dialog = open_dialog(qtbot, settings)
    dialog.servers_edit.setPlainText("a.example.org:1234, b.example.org")
    dialog.ok_button.click()
    # The controller splits the stored text on commas/semicolons and parses each entry, as here.
    stored = settings.get(TIME_NTP_SERVERS)
    assert [str(parse_server(s)) for s in split_servers(stored)] == ["a.example.org:1234", "b.example.org"]


def test_cancel_leaves_the_file_unchanged_and_reverts_the_previewed_theme(qtbot, settings, ini) -> None:  # type: ignore[no-untyped-def]
    settings.set(CLIPBOARD_CLEAR_AFTER, 60)
    before = ini.read_bytes()
    light = window_colour()
    assert light > 128  # the offscreen platform's palette is light

    dialog = open_dialog(qtbot, settings)
    dialog.clear_after_combo.setCurrentIndex(dialog.clear_after_combo.findData(10))
    dialog.sync_check.setChecked(True)
    dialog.servers_edit.setPlainText("other.example.org")
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))
    assert window_colour() < 64  # previewed live
    dialog.cancel_button.click()

    assert dialog.result() == SettingsDialog.DialogCode.Rejected
    assert ini.read_bytes() == before
    assert restarted(ini).get(CLIPBOARD_CLEAR_AFTER) == 60
    assert restarted(ini).get(APPEARANCE_THEME) == "system"
    assert window_colour() == light


def test_escape_also_reverts_the_theme_to_the_saved_one(qtbot, settings) -> None:  # type: ignore[no-untyped-def]
    settings.set(APPEARANCE_THEME, "dark")
    theme.apply_theme("dark")
    dialog = open_dialog(qtbot, settings)
    assert dialog.theme_combo.currentData() == "dark"
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("light"))
    assert window_colour() > 200
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert window_colour() < 64


def test_an_invalid_server_blocks_ok_and_is_named(qtbot, settings, ini) -> None:  # type: ignore[no-untyped-def]
    settings.set(TIME_NTP_SERVERS, "")
    before = ini.read_bytes()
    dialog = open_dialog(qtbot, settings)
    dialog.clear_after_combo.setCurrentIndex(dialog.clear_after_combo.findData(10))
    dialog.servers_edit.setPlainText("good.example.org\nbad host:99999")
    dialog.ok_button.click()

    assert dialog.isVisible()
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert dialog.server_error.isVisibleTo(dialog)
    assert "bad host:99999" in dialog.server_error.text()
    assert ini.read_bytes() == before  # nothing saved, not even the valid changes

    dialog.servers_edit.setPlainText("good.example.org")  # editing clears the message; OK now works
    assert not dialog.server_error.isVisibleTo(dialog)
    dialog.ok_button.click()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert settings.get(TIME_NTP_SERVERS) == "good.example.org"
    assert settings.get(CLIPBOARD_CLEAR_AFTER) == 10


def test_an_empty_server_list_means_the_built_in_servers(qtbot, settings) -> None:  # type: ignore[no-untyped-def]
    from authenticator.timesync.ntp import DEFAULT_NTP_SERVERS

    settings.set(TIME_NTP_SERVERS, "old.example.org")
    dialog = open_dialog(qtbot, settings)
    assert dialog.servers_edit.placeholderText().splitlines() == list(DEFAULT_NTP_SERVERS)
    dialog.servers_edit.clear()
    dialog.ok_button.click()
    assert settings.get(TIME_NTP_SERVERS) == ""


def test_restore_defaults_fills_the_form_and_ok_saves_them(qtbot, settings, ini) -> None:  # type: ignore[no-untyped-def]
    for key, value in {
        CLIPBOARD_CLEAR_AFTER: 10,
        GENERAL_LANGUAGE: "en",
        APPEARANCE_THEME: "dark",
        TIME_SYNC_AT_STARTUP: True,
        TIME_CONFIRM_ABOVE_SECONDS: 5,
        TIME_NTP_SERVERS: "x.example.org",
    }.items():
        settings.set(key, value)
    dialog = open_dialog(qtbot, settings)
    dialog.defaults_button.click()
    assert dialog.isVisible()  # restoring only fills the form
    assert restarted(ini).get(CLIPBOARD_CLEAR_AFTER) == 10
    assert dialog.servers_edit.toPlainText() == ""
    assert dialog.theme_combo.currentData() == "system"
    dialog.ok_button.click()

    fresh = restarted(ini)
    for key in (
        CLIPBOARD_CLEAR_AFTER,
        GENERAL_LANGUAGE,
        APPEARANCE_THEME,
        TIME_SYNC_AT_STARTUP,
        TIME_CONFIRM_ABOVE_SECONDS,
        TIME_NTP_SERVERS,
    ):
        assert fresh.get(key) == DEFAULTS[key], key


def test_unknown_stored_values_are_kept_as_choices(qtbot, settings) -> None:  # type: ignore[no-untyped-def]
    settings.set(CLIPBOARD_CLEAR_AFTER, 45)  # set by hand in the file: not one of the menu's choices
    settings.set(APPEARANCE_THEME, "purple")
    dialog = open_dialog(qtbot, settings)
    assert dialog.clear_after_combo.currentData() == 45
    assert dialog.clear_after_combo.currentText() == "45 seconds"
    assert dialog.theme_combo.currentData() == "system"
    dialog.ok_button.click()
    assert settings.get(CLIPBOARD_CLEAR_AFTER) == 45


def test_the_tray_switch_is_disabled_with_the_reason_without_a_tray(qtbot, settings) -> None:  # type: ignore[no-untyped-def]
    assert DEFAULTS[TRAY_CLOSE_TO_TRAY] is False
    dialog = open_dialog(qtbot, settings)  # offscreen: no system tray
    assert not dialog.tray_available
    assert not dialog.tray_check.isEnabled()
    assert "no tray icons" in dialog.tray_hint.text()
    assert dialog.tray_hint.isVisibleTo(dialog)


@pytest.mark.parametrize("name", ["light", "dark"])
def test_a_theme_changes_the_app_palette_and_the_window_stays_readable(  # type: ignore[no-untyped-def]
    make_window, accounts, qtbot, name
) -> None:
    window = make_window()
    dialog = window.open_preferences()
    assert isinstance(dialog, SettingsDialog)
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData(name))
    dialog.ok_button.click()
    assert window.settings.get(APPEARANCE_THEME) == name

    qtbot.waitUntil(lambda: (window.palette().color(WINDOW).lightness() < 64) == (name == "dark"), timeout=2000)
    palette = window.palette()
    dark = palette.color(WINDOW).lightness() < 64
    assert dark == (name == "dark")
    assert theme.is_dark(palette) == dark
    card = theme.card_colour(palette)
    assert theme.contrast(palette.color(QPalette.ColorRole.WindowText), card) >= 7
    assert theme.contrast(theme.dim_text(palette), card) >= 4.5
    assert theme.contrast(theme.warning_colour(palette), card) >= 4.5
    assert theme.contrast(theme.error_colour(palette), card) >= 4.5
    # The header restyled itself for the new palette (the PaletteChange handler ran).
    assert theme.card_colour(palette).name() in window.search.styleSheet()


def test_preferences_is_in_the_main_menu_with_ctrl_comma(make_window, qtbot, settings) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.preferences_action in window.main_menu.actions()
    assert window.preferences_action.shortcut().toString() == "Ctrl+,"
    window.activateWindow()
    window.preferences_action.trigger()
    assert isinstance(window.active_dialog, SettingsDialog)
    dialog = window.active_dialog
    dialog.clear_after_combo.setCurrentIndex(dialog.clear_after_combo.findData(0))
    dialog.sync_check.setChecked(True)
    dialog.ok_button.click()
    # The quick menu entries follow what the dialog saved.
    checked = [a.data() for a in window.clear_group.actions() if a.isChecked()]
    assert checked == [0]
    assert window.time_correction.startup_action.isChecked()
    assert settings.get(CLIPBOARD_CLEAR_AFTER) == 0


def test_the_dialog_restyles_its_hint_and_error_for_a_previewed_theme(qtbot, settings) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, settings)
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))
    qtbot.waitUntil(lambda: theme.is_dark(dialog.palette()), timeout=2000)
    palette = dialog.palette()
    card = palette.color(WINDOW)
    assert theme.contrast(dialog.servers_hint.palette().color(QPalette.ColorRole.WindowText), card) >= 4.5
    assert theme.error_colour(palette).name() in dialog.server_error.styleSheet()


@pytest.mark.parametrize(("saved", "dark"), [("dark", True), ("light", False)])
def test_a_saved_theme_is_applied_at_the_next_start(qtbot, settings, ini, saved: str, dark: bool) -> None:  # type: ignore[no-untyped-def]
    settings.set(APPEARANCE_THEME, saved)
    settings.store.sync()
    theme.apply_saved_theme(restarted(ini).get(APPEARANCE_THEME))  # what run_gui does before building the window
    assert (window_colour() < 128) is dark


def test_the_system_theme_leaves_the_desktop_palette_alone(qtbot, settings, ini) -> None:  # type: ignore[no-untyped-def]
    before = window_colour()
    theme.apply_saved_theme(restarted(ini).get(APPEARANCE_THEME))
    assert window_colour() == before
