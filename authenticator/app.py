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


def _preload_secrets(vault: Vault) -> None:
    """Start-up: read every secret on a plain thread while Qt is still being imported.

    Choosing a keyring backend and the batched read take ~0.3 s with 500 accounts; overlapping them with
    the ~0.2 s of Qt imports and window construction is what keeps the first code close to a bare window's
    first paint. Errors are left for the window's own read, which waits for this one and shows them.
    """
    try:
        vault.load_secrets()
    except Exception:  # reported by the window's own load_secrets
        log.debug("secret preload failed; the window will report it", exc_info=False)


def run_gui(data_dir: str | None, argv: list[str]) -> int:
    """Run the window until it is closed; returns the process exit status."""
    import threading

    from .storage.vault import Vault

    vault: Vault | None = None
    open_error: BaseException | None = None
    try:
        vault = Vault.open(data_dir)  # reads nothing from the keyring; that is the preload's job
    except (AuthenticatorError, OSError) as exc:
        open_error = exc
    if vault is not None:
        threading.Thread(target=_preload_secrets, args=(vault,), name="secret-preload", daemon=True).start()

    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "authenticator", *argv])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setOrganizationDomain(ORGANISATION_DOMAIN)
    app.setDesktopFileName("authenticator")
    if isinstance(open_error, AuthenticatorError):
        QMessageBox.critical(None, APP_NAME, f"{open_error.message}\n\n{open_error.hint}".strip())
        return open_error.exit_code
    if isinstance(open_error, OSError) or vault is None:
        reason = getattr(open_error, "strerror", None) or "unknown error"
        QMessageBox.critical(None, APP_NAME, f"The data folder cannot be used ({reason}).")
        return 1
    window = build_main_window(vault, SystemClock())
    window.show()
    status = app.exec()
    window.runner.wait()
    return int(status)
