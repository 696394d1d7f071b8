"""authenticator.qr.decode must not load Qt: the CLI decodes image files and must start fast."""

from __future__ import annotations

import subprocess
import sys


def test_importing_qr_decoding_loads_no_qt() -> None:
    code = (
        "import sys, authenticator.qr, authenticator.qr.decode; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'PyQt'))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
