"""Start the window: the one place that knows every service (vault, clock, settings) and wires them together.

``run_gui`` is what ``authenticator`` with no subcommand calls; ``build_main_window`` is what tests and the
screenshot helper call with a memory vault and a FixedClock.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from .core.clock import Clock, SystemClock
from .core.errors import AuthenticatorError

if TYPE_CHECKING:
    from .storage.vault import Vault
    from .ui.main_window import MainWindow
    from .ui.settings import Settings

log = logging.getLogger(__name__)

APP_NAME = "Authenticator"
ORGANISATION = "Authenticator"
ORGANISATION_DOMAIN = "authenticator.github.io"


def build_main_window(vault: Vault, clock: Clock, settings: Settings | None = None) -> MainWindow:
    """A ready main window: accounts shown from metadata, secrets being read on a worker, ticker running."""
    from .ui.main_window import MainWindow, connect_quit
    from .ui.settings import Settings

    window = MainWindow(vault, clock, settings if settings is not None else Settings())
    connect_quit(window)
    window.start()
    return window


def run_gui(data_dir: str | None, argv: list[str]) -> int:
    """Run the window until it is closed; returns the process exit status."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from .storage.vault import Vault

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "authenticator", *argv])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setOrganizationDomain(ORGANISATION_DOMAIN)
    app.setDesktopFileName("authenticator")
    try:
        vault = Vault.open(data_dir)  # picks a keyring backend; no keyring I/O yet
    except AuthenticatorError as exc:
        QMessageBox.critical(None, APP_NAME, f"{exc.message}\n\n{exc.hint}".strip())
        return exc.exit_code
    except OSError as exc:
        QMessageBox.critical(None, APP_NAME, f"The data folder cannot be used ({exc.strerror}).")
        return 1
    window = build_main_window(vault, SystemClock())
    window.show()
    status = app.exec()
    window.runner.wait()
    return int(status)
