"""run_gui in a fresh interpreter: the real entry point starts, shows the window and quits cleanly."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

SCRIPT = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from authenticator.app import run_gui

    app = QApplication(sys.argv[:1])
    seen = {}

    def inspect():
        window = next(w for w in app.topLevelWidgets() if w.objectName() == "mainWindow")
        seen["visible"] = window.isVisible()
        seen["banner"] = window.banner.text()
        app.quit()

    def poll():
        windows = [w for w in app.topLevelWidgets() if w.objectName() == "mainWindow"]
        if windows and windows[0].runner.is_idle:
            inspect()
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    status = run_gui(sys.argv[1], [])
    print("status", status, "visible", seen.get("visible"))
    print("banner", seen.get("banner", "").replace("\\n", " | "))
    print("org", app.organizationName(), "app", app.applicationName())
    """
)


def test_run_gui_starts_and_quits(tmp_path: Path) -> None:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        # No keyring on purpose: the window must still open and say so in its banner.
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    env.pop("AUTHENTICATOR_DATA_DIR", None)
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "data")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "status 0 visible True" in result.stdout
    assert "org Authenticator app Authenticator" in result.stdout
    assert (tmp_path / "data").is_dir()
