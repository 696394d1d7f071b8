"""Start the window: the one place that knows every service (vault, clock, settings) and wires them together.

``run_gui`` is what ``authenticator`` with no subcommand calls; ``build_main_window`` is what tests and the
screenshot helper call with a memory vault and a FixedClock.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .core.clock import Clock
from .core.errors import AuthenticatorError

if TYPE_CHECKING:
    from .storage.vault import Vault
    from .ui.main_window import MainWindow
    from .ui.settings import Settings

log = logging.getLogger(__name__)

APP_NAME = "Authenticator"
ORGANISATION = "Authenticator"
ORGANISATION_DOMAIN = "authenticator.github.io"
#: The desktop file's and the icon's name (resources/); Wayland matches the window to the .desktop file by it.
APP_ID = "io.github.authenticator.Authenticator"
#: The window icon, shipped inside the package (resources/ itself is not in the wheel; scripts/render-icons copies it).
ICON_PATH = Path(__file__).resolve().parent / "resources" / f"{APP_ID}.svg"


def build_main_window(vault: Vault, clock: Clock, settings: Settings | None = None) -> MainWindow:
    """A ready main window: accounts shown from metadata, secrets being read on a worker, ticker running."""
    from .ui.main_window import MainWindow, connect_quit
    from .ui.settings import Settings

    window = MainWindow(vault, clock, settings if settings is not None else Settings())
    connect_quit(window)
    window.start()
    return window


class _StartupPreload:
    """Start-up work on a plain thread while the main thread imports Qt and builds the window.

    The thread opens the vault (importing the storage modules), then reads the first screenful of secrets:
    a few pipelined look-ups on one Secret Service connection, with no ``keyring`` backend probing (see
    ``storage.secret_service.direct_read_allowed``). The main thread waits only for the vault object, not
    for the read; the window shows whatever the read has cached when it is built, and its own read (which
    waits for this one) delivers the rest and reports any keyring error.
    """

    def __init__(self, data_dir: str | None) -> None:
        import threading

        self._data_dir = data_dir
        self._opened = threading.Event()
        self.vault: Vault | None = None
        self.error: AuthenticatorError | OSError | None = None
        threading.Thread(target=self._run, name="startup-preload", daemon=True).start()

    def _run(self) -> None:
        from .storage.vault import Vault

        try:
            self.vault = Vault.open(self._data_dir)
        except (AuthenticatorError, OSError) as exc:
            self.error = exc
            return
        finally:
            self._opened.set()
        try:
            from .ui import FIRST_SCREENFUL

            self.vault.load_secrets([a.id for a in self.vault.accounts()][:FIRST_SCREENFUL])
        except Exception:  # reported by the window's own load_secrets
            log.debug("secret preload failed; the window will report it", exc_info=False)

    def opened_vault(self) -> Vault | None:
        """The vault once it is open (None when it could not be: see :attr:`error`)."""
        self._opened.wait()
        return self.vault


def run_gui(data_dir: str | None, argv: list[str], uri: str | None = None) -> int:
    """Run the window until it is closed; returns the process exit status.

    ``uri`` (an otpauth link from the command line) goes to the add-account confirmation. When a window is
    already open for this data folder, the request goes to it instead and this launch returns 0 at once.
    """
    preload = _StartupPreload(data_dir)

    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "authenticator", *argv])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setOrganizationDomain(ORGANISATION_DOMAIN)
    app.setDesktopFileName(APP_ID)
    from .ui.i18n import install_translators
    from .ui.settings import GENERAL_LANGUAGE, Settings

    install_translators(app, Settings().get(GENERAL_LANGUAGE))  # before any widget: texts are translated when built
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(ICON_PATH)))
    from .ui.single_instance import claim_or_forward, handle_request

    instance = claim_or_forward(data_dir, uri)  # kept alive (listening) as long as the window
    if instance is None:
        return 0  # the running window took the request
    vault = preload.opened_vault()
    open_error = preload.error
    if isinstance(open_error, AuthenticatorError):
        from .ui.i18n import core_text

        message = f"{core_text(open_error.message)}\n\n{core_text(open_error.hint)}".strip()
        QMessageBox.critical(None, APP_NAME, message)
        return open_error.exit_code
    if isinstance(open_error, OSError) or vault is None:
        from PySide6.QtCore import QCoreApplication

        reason = getattr(open_error, "strerror", None) or QCoreApplication.translate("App", "unknown error")
        message = QCoreApplication.translate("App", "The data folder cannot be used ({reason}).")
        QMessageBox.critical(None, APP_NAME, message.format(reason=reason))
        return 1
    from .timesync.correction import clock_for
    from .ui.settings import APPEARANCE_THEME, Settings
    from .ui.theme import apply_saved_theme

    settings = Settings()
    apply_saved_theme(settings.get(APPEARANCE_THEME))
    # The stored time correction (if any) is the window's "now" from the first code on.
    window = build_main_window(vault, clock_for(vault.metadata.path.parent), settings)
    window.show()
    from .ui.exit_after_show import exit_after_show_if_requested

    exit_after_show_if_requested(window)  # AUTHENTICATOR_EXIT_AFTER_SHOW=1: smoke tests of built bundles
    instance.requested.connect(lambda request: handle_request(window, request))
    if uri:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: window.intake.add_link(uri))
    status = app.exec()
    window.runner.wait()
    return int(status)
