"""Fixtures for the window tests: settings on a temporary ini file, and a window factory.

The window always gets the memory vault and the FixedClock from tests/conftest.py; tests move the clock and
call ``window.ticker.tick()`` instead of sleeping, and wait for worker results with ``qtbot.waitUntil``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from ui_support import OTHER_KEY, RFC_KEY, THIRD_KEY

from authenticator.app import build_main_window
from authenticator.core.account import Account, OtpType
from authenticator.ui.i18n import install_translators
from authenticator.ui.main_window import MainWindow
from authenticator.ui.settings import Settings


@pytest.fixture(autouse=True)
def english(qapp):  # type: ignore[no-untyped-def]
    """English, as the app loads it (its catalogue holds the plural forms: "1 account", "2 accounts").

    Per test, so a test that switches language (tests/ui/test_i18n.py) never leaks into the next one.
    """
    install_translators(qapp, "en")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def make_window(qtbot, vault, clock, settings) -> Iterator[Callable[[], MainWindow]]:  # type: ignore[no-untyped-def]
    """Build (and show) the main window; waits until the start-up secret read has been delivered."""
    windows: list[MainWindow] = []

    def make(*, wait: bool = True) -> MainWindow:
        window = build_main_window(vault, clock, settings)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        if wait:
            qtbot.waitUntil(lambda: window.runner.is_idle, timeout=5000)
        return window

    yield make
    for window in windows:
        window.ticker.stop()
        window.runner.wait()


@pytest.fixture
def accounts(vault) -> dict[str, Account]:  # type: ignore[no-untyped-def]
    """Three accounts saved before the window opens: two TOTP and one HOTP, in this order."""
    saved = {
        "github": vault.add(Account("GitHub", "alice@example.com"), RFC_KEY),
        "bank": vault.add(Account("Example Bank", "card 4821", type=OtpType.HOTP, counter=5), OTHER_KEY),
        "proton": vault.add(Account("Proton", "alice@proton.me"), THIRD_KEY),
    }
    vault.forget_secrets()  # as after a restart: the window must read them from the store
    return saved
