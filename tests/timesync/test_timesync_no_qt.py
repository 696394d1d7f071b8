"""The time measurement and "which step" code must load without Qt (the CLI uses it and starts fast)."""

from __future__ import annotations

import subprocess
import sys


def test_timesync_and_which_step_import_no_qt() -> None:
    code = (
        "import sys, authenticator.timesync, authenticator.timesync.ntp, authenticator.timesync.http_date, "
        "authenticator.timesync.diagnosis, authenticator.core.which_step; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert result.stdout.strip() == "[]"
