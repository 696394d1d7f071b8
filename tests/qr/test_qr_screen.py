"""Screen scan on a real X server: another process shows a QR code, the app's screen scan finds it.

Each test starts its own Xvfb (``-displayfd``) and stops it; the scan runs in a subprocess on that display
(this test process runs Qt offscreen). Missing Xvfb fails in CI through ``need``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage
from screen_support import qr_window, x11_env, xvfb

from authenticator.qr import screen

URI = "otpauth://totp/Screen%20Test:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Screen%20Test"

SCAN = textwrap.dedent(
    """
    import json
    from authenticator.qr.screen import grab_screens, scan_screens
    images = grab_screens(create_application=True)
    codes = scan_screens()
    print(json.dumps({"sizes": [list(i.shape) for i in images], "texts": [c.text for c in codes]}))
    """
)


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, env=env, timeout=60, check=False)


def test_scan_screens_finds_a_code_shown_by_another_process(tmp_path: Path) -> None:
    with xvfb(1280, 800) as display, qr_window(display, URI, tmp_path):
        result = _run([sys.executable, "-c", SCAN], x11_env(display))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["sizes"] == [[800, 1280]]
    assert report["texts"] == [URI]


def test_cli_scan_screen_json(tmp_path: Path) -> None:
    env = x11_env("")
    with xvfb() as display, qr_window(display, URI, tmp_path, x=40, y=500):
        env["DISPLAY"] = display
        env["AUTHENTICATOR_DATA_DIR"] = str(tmp_path / "data")
        result = _run([sys.executable, "-m", "authenticator", "scan", "--screen", "--json"], env)
        plain = _run([sys.executable, "-m", "authenticator", "scan", "--screen"], env)
    assert result.returncode == 0, result.stderr
    [found] = json.loads(result.stdout)
    assert found["uri"] == URI
    assert found["file"] is None
    assert found["source"] == "screen"
    assert (found["issuer"], found["name"], found["type"]) == ("Screen Test", "alice@example.com", "totp")
    assert plain.returncode == 0, plain.stderr
    assert plain.stdout == URI + "\n"
    assert not (tmp_path / "data").exists()  # scan saves nothing


def test_cli_scan_screen_with_nothing_shown_fails_cleanly() -> None:
    with xvfb(640, 480) as display:
        result = _run([sys.executable, "-m", "authenticator", "scan", "--screen"], x11_env(display))
    assert result.returncode == 3
    assert result.stdout == ""
    assert "No QR code was found on the screen." in result.stderr


def test_cli_scan_screen_without_a_display_says_so() -> None:
    env = x11_env("")
    for name in ("DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    result = _run([sys.executable, "-m", "authenticator", "scan", "--screen"], env)
    assert result.returncode == 1
    assert result.stderr.startswith("authenticator: error: There is no screen to read")
    assert result.stderr.count("\n") == 2  # the message and its hint: no Qt abort, no traceback


def test_qimage_to_gray_drops_row_padding() -> None:
    """Qt pads rows to 4 bytes: a 5-pixel-wide image must not come back sheared."""
    image = QImage(5, 3, QImage.Format.Format_Grayscale8)
    image.fill(255)
    image.setPixel(4, 2, 0xFF000000)  # black, bottom-right
    gray = screen.qimage_to_gray(image)
    assert gray.shape == (3, 5)
    assert gray[2, 4] == 0
    assert int(np.count_nonzero(gray == 0)) == 1


def test_wayland_is_detected_from_the_session_type(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_SESSION_TYPE", "wayland")
    assert screen.is_wayland()  # the test application runs offscreen: the session type decides
    monkeypatch.setenv("XDG_SESSION_TYPE", "x11")
    assert not screen.is_wayland()
