"""The tray: its menu lists favourite accounts and copies their codes, shows nothing while locked, and closing the
window can hide it to the tray. The offscreen platform has no tray, so the menu is tested as a plain QMenu and
the close-to-tray tests pretend a tray exists."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from argon2 import PasswordHasher, Type
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from ui_support import OTHER_KEY, RFC_KEY, THIRD_KEY

from authenticator.core import otp
from authenticator.core.account import Account
from authenticator.storage.app_lock import AppLock
from authenticator.ui import tray
from authenticator.ui.clipboard import KDE_PASSWORD_HINT
from authenticator.ui.settings import LOCK_ENABLED, TRAY_CLOSE_TO_TRAY, WINDOW_GEOMETRY


@pytest.fixture
def favourites(vault) -> dict[str, Account]:  # type: ignore[no-untyped-def]
    saved = {
        "github": vault.add(Account("GitHub", "alice@example.com", favourite=True), RFC_KEY),
        "bank": vault.add(Account("Example Bank", "card 4821"), OTHER_KEY),
        "shop": vault.add(Account("R&D Shop", "", favourite=True), THIRD_KEY),
    }
    vault.forget_secrets()
    return saved


@pytest.fixture
def restore_quit_on_close() -> Iterator[None]:
    """Close-to-tray turns quit-on-last-window-closed off for the whole application: put it back."""
    yield
    QApplication.setQuitOnLastWindowClosed(True)


def labels(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.text() for a in window.tray.menu.menu.actions() if not a.isSeparator()]


def test_the_menu_lists_favourites_then_show_and_quit(make_window, favourites) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert not window.tray.available and window.tray.icon is None  # offscreen: no tray, but the menu exists
    assert labels(window) == ["GitHub — alice@example.com", "R&&D Shop", "&Show Authenticator", "&Quit"]
    assert all(a.isEnabled() for a in window.tray.menu.account_actions)


def test_clicking_a_favourite_copies_its_code_as_a_secret(make_window, favourites, clock, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    menu = window.tray.menu
    with qtbot.waitSignal(menu.notice) as notice:
        menu.account_actions[0].trigger()
    expected = otp.code_at(favourites["github"], RFC_KEY, clock.now())
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == expected
    assert clipboard.mimeData().hasFormat(KDE_PASSWORD_HINT)
    assert notice.args == ["Code copied — clears in 30 s"]
    assert "GitHub" not in notice.args[0]  # notifications outlive the lock in the desktop's history
    assert window.clipboard_guard.pending  # cleared like a copy from the window
    clock.advance(30)
    window.ticker.tick()
    assert clipboard.text() == ""


def test_no_favourites_gives_a_hint_and_a_new_favourite_appears(make_window, accounts) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    [hint, *_rest] = window.tray.menu.menu.actions()
    assert hint.text() == "No favourites — star accounts in the window"
    assert not hint.isEnabled()
    window.model.replace_account(accounts["proton"].with_changes(favourite=True))  # starred in the window
    assert labels(window)[0] == "Proton — alice@proton.me"


def test_the_menu_while_locked_shows_no_accounts(make_window, favourites, memory_secrets, settings, qtbot) -> None:  # type: ignore[no-untyped-def]
    AppLock(
        memory_secrets, hasher=PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1, type=Type.ID)
    ).set_password("tulip oven harbour")
    settings.set(LOCK_ENABLED, True)
    window = make_window()
    assert window.app_lock.locked
    assert labels(window) == ["&Unlock…", "&Quit"]
    assert window.tray.menu.favourites() == []
    assert not window.tray.menu.copy(favourites["github"].id)
    window.tray.menu.unlock_action.trigger()
    assert window.isVisible() and window.app_lock.locked  # "Unlock…" shows the lock screen

    window.app_lock._unlock()  # (the password itself is tested in test_app_lock.py)
    assert labels(window)[:2] == ["GitHub — alice@example.com", "R&&D Shop"]
    assert "&Lock" in labels(window)
    window.tray.menu.lock_action.trigger()
    assert window.app_lock.locked and labels(window) == ["&Unlock…", "&Quit"]


def test_the_icon_tooltip_is_only_the_app_name(monkeypatch, make_window, favourites, restore_quit_on_close) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(tray, "system_tray_available", lambda: True)
    window = make_window()
    assert window.tray.icon is not None
    assert window.tray.icon.toolTip() == "Authenticator"
    assert window.tray.icon.contextMenu() is window.tray.menu.menu


def test_close_to_tray_hides_the_window_and_quit_really_quits(  # type: ignore[no-untyped-def]
    monkeypatch, make_window, favourites, settings, restore_quit_on_close
) -> None:
    monkeypatch.setattr(tray, "system_tray_available", lambda: True)
    settings.set(TRAY_CLOSE_TO_TRAY, True)
    window = make_window()
    assert window.tray.close_to_tray
    assert not QApplication.quitOnLastWindowClosed()  # the app outlives its hidden window

    window.close()
    assert not window.isVisible()
    assert window.ticker.running  # codes, clipboard clearing and the idle lock go on
    window.tray.menu.show_action.trigger()
    assert window.isVisible()

    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda *_args: quits.append(True))
    window.quit_action.trigger()  # Ctrl+Q / the menus' Quit
    assert not window.isVisible()
    assert not window.ticker.running
    assert quits == [True]
    assert not settings.get(WINDOW_GEOMETRY).isEmpty()


def test_without_a_tray_closing_closes(make_window, favourites, settings) -> None:  # type: ignore[no-untyped-def]
    settings.set(TRAY_CLOSE_TO_TRAY, True)  # saved on a desktop with a tray, started on one without
    window = make_window()
    assert not window.tray.close_to_tray
    assert QApplication.quitOnLastWindowClosed()
    window.close()
    assert not window.isVisible() and not window.ticker.running


def test_the_setting_round_trips_through_preferences(  # type: ignore[no-untyped-def]
    monkeypatch, make_window, settings, restore_quit_on_close
) -> None:
    monkeypatch.setattr(tray, "system_tray_available", lambda: True)
    window = make_window()
    prefs = window.open_preferences()
    assert prefs.tray_check.isEnabled() and not prefs.tray_check.isChecked()
    prefs.tray_check.setChecked(True)
    prefs.ok_button.click()
    assert settings.get(TRAY_CLOSE_TO_TRAY) is True
    assert window.tray.close_to_tray and not QApplication.quitOnLastWindowClosed()
    again = window.open_preferences()
    assert again.tray_check.isChecked()
    again.tray_check.setChecked(False)
    again.ok_button.click()
    assert settings.get(TRAY_CLOSE_TO_TRAY) is False
    assert QApplication.quitOnLastWindowClosed()


def test_long_labels_are_elided_and_ampersands_kept() -> None:
    long = Account("A" * 50, "b" * 50)
    label = tray.account_label(long)
    assert len(label) <= tray.MAX_LABEL and "…" in label
    assert tray.account_label(Account("AT&T", "me")) == "AT&&T — me"
