"""Open the real window on made-up accounts at a fixed time and save screenshots (used by scripts/screenshot).

    python -m authenticator.ui.demo --out docs/screenshots

The vault lives in a temporary folder with an in-memory secret store, so nothing touches the user's data or
keyring. The secrets below are invented for the pictures.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from ..core.account import Account, OtpType
from ..core.clock import FixedClock, SystemClock
from ..core.errors import SecretStoreLocked
from ..storage.metadata import MetadataStore
from ..storage.secrets import LOCKED_HINT, MemorySecretStore
from ..storage.vault import Vault
from .settings import Settings
from .theme import dark_palette

#: 2026-11-28T12:00:18Z: 12 s left in the 30 s period; +8 s more shows the "expiring" state.
DEMO_TIME = 1_795_867_218.0

DEMO_ACCOUNTS: list[tuple[Account, str]] = [
    (
        Account("GitHub", "alice@example.com", url="https://github.com", groups=("Work",), favourite=True),
        "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
    ),
    (Account("Google", "alice.smith@gmail.com", groups=("Personal",)), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"),
    (Account("Proton", "alice@proton.me", algorithm="SHA256", favourite=True), "MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U"),
    (
        Account("Example Bank", "Card ending 4821", type=OtpType.HOTP, counter=17, groups=("Finance",)),
        "KRUGKIDROVUWG2ZAMJZG653OEBTG66BA",
    ),
    (Account("Steam", "alice_plays", type=OtpType.STEAM, digits=5), "ONSWG4TFOQQGC3TEEBZWK3DGEBZXI4TJ"),
    (Account("Mastodon", "@alice@fosstodon.org"), "NB2HI4DTHIXS653XO4XG233NMF2GK4ZO"),
]


def demo_vault(folder: Path) -> Vault:
    vault = Vault(MetadataStore(folder / "accounts.json"), MemorySecretStore())
    for account, secret in DEMO_ACCOUNTS:
        vault.add(account, secret)
    return vault


def _settle(app: QApplication, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QDeadlineTimer, QEventLoop

    deadline = QDeadlineTimer(5000)
    while not window.runner.is_idle and not deadline.hasExpired():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    for _ in range(20):
        app.processEvents()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="docs/screenshots", help="folder for the PNG files")
    parser.add_argument("--at", type=float, default=DEMO_TIME, help="the fixed time (Unix seconds)")
    parser.add_argument("--width", type=int, default=560)
    parser.add_argument("--height", type=int, default=700)
    parser.add_argument("--language", default="en", help="the window's language (a code such as de)")
    args = parser.parse_args(argv)

    from ..app import build_main_window

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    from .i18n import install_translators

    install_translators(app, args.language)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat))
        clock = FixedClock(args.at)
        # A system clock whose "system time" is the fixed time, so the time-correction shots can correct it.
        window = build_main_window(demo_vault(Path(tmp)), SystemClock(0.0, source=clock.now), settings)
        window.ticker.stop()  # the picture is at a fixed time
        window.resize(args.width, args.height)
        window.show()
        _settle(app, window)
        window.list.setCurrentIndex(window.proxy.index(0, 0))
        window.list.setFocus()
        light = app.palette()
        _save(app, window, out / "main-light.png")

        clock.advance(8)  # 4 s left: warning colour and the next code
        window.ticker.tick()
        _save(app, window, out / "main-expiring.png")
        clock.advance(-8)
        window.ticker.tick()

        app.setPalette(dark_palette())
        _settle(app, window)
        _save(app, window, out / "main-dark.png")
        app.setPalette(light)
        _settle(app, window)

        dialog = window.open_add_dialog()
        if dialog is not None:
            dialog.issuer_edit.setText("Dropbox")
            dialog.name_edit.setText("alice@example.com")
            dialog.key_edit.setText("JBSW Y3DP EHPK 3PX0")
            dialog.advanced_toggle.setChecked(True)
            _settle(app, window)
            _save(app, window, out / "add-account.png", widget=dialog)
            dialog.reject()

        store = window.vault.secrets
        if isinstance(store, MemorySecretStore):
            store.fail_with = SecretStoreLocked("The keyring is locked.", LOCKED_HINT)
            window.vault.forget_secrets()
            window.model.forget_secrets()
            window.load_secrets()
            _save(app, window, out / "main-keyring-locked.png")
            store.fail_with = None
            window.load_secrets()
        _time_diagnosis(app, window, out / "time-diagnosis.png")
        _toolkit(app, window, out)
        _scanning(app, window, out / "scan-confirm.png")
        _app_lock(app, window, out)
        window.close()

        empty_folder = Path(tmp) / "empty"
        empty_folder.mkdir()
        empty_vault = Vault(MetadataStore(empty_folder / "accounts.json"), MemorySecretStore())
        empty = build_main_window(empty_vault, clock, settings)
        empty.ticker.stop()
        empty.resize(args.width, args.height)
        empty.show()
        _save(app, empty, out / "main-empty.png")
        empty.close()
    return 0


def _time_diagnosis(app: QApplication, window, path: Path) -> None:  # type: ignore[no-untyped-def]
    """The clock check with made-up answers: 47 s behind, corrected, and the OS not syncing its clock."""
    import subprocess

    from ..core.i18n import Message
    from ..timesync import TimeMeasurement, combine_measurements, system_time_sync_status
    from ..timesync.correction import TimeCorrection
    from ..timesync.measurement import failed

    ntp = [
        TimeMeasurement("pool.ntp.org", 47.012, 0.023, 2),
        TimeMeasurement("time.cloudflare.com", 47.009, 0.011, 3),
        TimeMeasurement("time.google.com", 47.015, 0.018, 1),
        failed("time.windows.com", Message("No answer within {seconds} s.", seconds="2")),  # as ntp.py words it
    ]
    controller = window.time_correction
    controller.measure = lambda _servers, _source: combine_measurements(ntp)
    controller.measure_web = lambda url, _source: TimeMeasurement(url, 47.4, 0.086, None, resolution_seconds=1.0)
    off = subprocess.CompletedProcess([], 0, "NTPSynchronized=no\nNTP=no\n", "")
    controller.sync_status = lambda: system_time_sync_status(run=lambda *_a, **_k: off, platform="linux")
    now = controller.system_now()
    controller._set_offset(47.012, TimeCorrection(47.012, "NTP", now - 300))
    window.list.setCurrentIndex(window.proxy.index(0, 0))  # GitHub: its web address fills the service field
    dialog = controller.open_diagnosis()
    _settle(app, window)
    while controller.busy:  # the fake check answers at once; this only waits for its delivery
        app.processEvents()
    dialog.table.clearSelection()
    _save(app, window, path, widget=dialog)
    dialog.reject()
    _save(app, window, path.with_name("main-time-corrected.png"))


#: A made-up server's enrollment link with the bends the check reports (80-bit key, padding, 8 digits, extra).
DEMO_ENROLLMENT = (
    "otpauth://totp/Example%20Shop:ann@example.com?secret=JBSWY3DPEHPK3PXP%3D%3D%3D&issuer=Example+Shop&digits=8&foo=1"
)


def _toolkit(app: QApplication, window, out: Path) -> None:  # type: ignore[no-untyped-def]
    """The tester toolkit: an enrollment checked from a picture (corrected clock), and an account's backup codes."""
    import numpy as np

    from ..core.inspect import qr_matrix

    modules = np.array(qr_matrix(DEMO_ENROLLMENT), dtype=bool)
    picture = np.where(np.kron(modules, np.ones((4, 4), dtype=bool)), 0, 255).astype(np.uint8)
    dialog = window.open_inspect_enrollment()
    dialog.resize(900, 780)
    dialog.inspect_images([picture], "enroll.png")
    while not window.intake.decoder.is_idle:
        app.processEvents()
    _save(app, window, out / "inspect.png", widget=dialog)
    dialog.reject()

    window.list.setCurrentIndex(window.proxy.index(0, 0))
    codes = window.open_backup_codes()
    _settle(app, window)
    replace = codes.open_replace()
    replace.edit.setPlainText("\n".join(f"{n:04d} {(n * 7919) % 10000:04d}" for n in range(1731, 1741)))
    replace.accept()
    _settle(app, window)
    for _ in range(8):
        codes.mark_used()
        _settle(app, window)
    codes.copy_next()
    _save(app, window, out / "backup-codes.png", widget=codes)
    codes.reject()


#: What a service's enrollment QR holds in the scanning shot (a made-up shop; an 80-bit key, as many services use).
DEMO_SCAN = "otpauth://totp/Nimbus%20Cloud:alice@example.com?secret=KRUGS4ZANFZSAYJAOR2GK43U&issuer=Nimbus%20Cloud"


def _scanning(app: QApplication, window, path: Path) -> None:  # type: ignore[no-untyped-def]
    """A QR code read from a picture (decoded for real by the intake) and the confirmation it opens."""
    import numpy as np
    from PySide6.QtGui import QImage

    from ..core.inspect import qr_matrix

    modules = np.array(qr_matrix(DEMO_SCAN), dtype=bool)
    modules = np.pad(modules, 4)  # the quiet zone a real code has around it
    pixels = np.ascontiguousarray(np.where(np.kron(modules, np.ones((6, 6), dtype=bool)), 0, 255).astype(np.uint8))
    image = QImage(pixels.data, pixels.shape[1], pixels.shape[0], pixels.shape[1], QImage.Format.Format_Grayscale8)
    window.intake.add_image(image.copy(), "nimbus-qr.png")
    while not window.intake.decoder.is_idle:
        app.processEvents()
    _settle(app, window)
    dialog = window.active_dialog
    if dialog is None:
        raise SystemExit("the demo QR code was not read")
    _save(app, window, path, widget=dialog)
    dialog.reject()


def _app_lock(app: QApplication, window, out: Path) -> None:  # type: ignore[no-untyped-def]
    """The lock screen (light; dark after two wrong passwords) and the Security section of the preferences."""
    from .settings import LOCK_ENABLED

    lock = window.app_lock
    window.settings.set(LOCK_ENABLED, True)  # the flag only: the pictures need no verifier
    lock.lock()
    _save(app, window, out / "locked-light.png")
    light = app.palette()
    app.setPalette(dark_palette())
    lock.page.show_wrong_password()
    lock.page.set_wait(4)
    _save(app, window, out / "locked-dark.png")
    app.setPalette(light)
    lock._unlock()
    prefs = window.open_preferences()
    _save(app, window, out / "preferences.png", widget=prefs)
    prefs.reject()
    window.settings.set(LOCK_ENABLED, False)


def _save(app: QApplication, window, path: Path, widget=None) -> None:  # type: ignore[no-untyped-def]
    _settle(app, window)
    if not (widget or window).grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


if __name__ == "__main__":
    sys.exit(main())
