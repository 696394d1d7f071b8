"""A private X server (Xvfb) and a window from another process showing a QR code, for the screen-scan tests.

The module name is unique on purpose: test folders have no ``__init__.py``, so helpers share one namespace.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import cv2
import numpy as np
from qr_samples import render
from support import need

#: Shows the PNG given as argv[1] in a plain window and prints "painted" after its first paint.
SHOW_QR = textwrap.dedent(
    """
    import sys
    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QApplication, QLabel

    class Label(QLabel):
        painted = False

        def paintEvent(self, event):
            super().paintEvent(event)
            if not self.painted:
                self.painted = True
                print("painted", flush=True)

    app = QApplication(sys.argv)
    label = Label()
    label.setPixmap(QPixmap(sys.argv[1]))
    label.setStyleSheet("background: white")
    label.move(int(sys.argv[2]), int(sys.argv[3]))
    label.show()
    app.exec()
    """
)

STARTUP_SECONDS = 20.0


def _readline(stream, deadline: float) -> str:  # type: ignore[no-untyped-def]
    """One line from a pipe, or "" when the deadline passes (a hung child must not hang the test)."""
    line = b""
    while time.monotonic() < deadline:
        ready, _, _ = select.select([stream], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            break
        chunk = os.read(stream.fileno(), 1)
        if not chunk:
            break
        line += chunk
        if chunk == b"\n":
            break
    return line.decode(errors="replace")


@contextmanager
def xvfb(width: int = 1280, height: int = 800) -> Iterator[str]:
    """Start ``Xvfb`` on a free display (``-displayfd``); yields ``":N"``; stops it by its PID."""
    binary = shutil.which("Xvfb")
    need(binary is not None, "Xvfb is not installed (apt-get install xvfb)")
    assert binary is not None
    read_end, write_end = os.pipe()
    process = subprocess.Popen(
        [binary, "-displayfd", str(write_end), "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end, "rb", buffering=0) as reader:
            number = _readline(reader, time.monotonic() + STARTUP_SECONDS).strip()
        assert number.isdigit(), "Xvfb did not report its display number"
        yield f":{number}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def x11_env(display: str) -> dict[str, str]:
    """The environment of a process on that display: xcb, no Wayland, no offscreen."""
    env = dict(os.environ)
    env["DISPLAY"] = display
    env["QT_QPA_PLATFORM"] = "xcb"
    for name in ("WAYLAND_DISPLAY", "XDG_SESSION_TYPE"):
        env.pop(name, None)
    return env


@contextmanager
def qr_window(display: str, text: str, folder: Path, x: int = 300, y: int = 200) -> Iterator[None]:
    """Another process showing ``text`` as a QR code at (x, y) on ``display``, until the block ends."""
    image = folder / "shown.png"
    cv2.imwrite(str(image), render(text, module=6.0))
    script = folder / "show_qr.py"
    script.write_text(SHOW_QR)
    process = subprocess.Popen(
        [sys.executable, str(script), str(image), str(x), str(y)],
        env=x11_env(display),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        assert process.stdout is not None
        line = _readline(process.stdout, time.monotonic() + STARTUP_SECONDS)
        if line.strip() != "painted":
            process.kill()
            _, err = process.communicate(timeout=10)
            raise AssertionError(f"the QR window did not appear: {err.decode(errors='replace')[-2000:]}")
        yield
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def blank(height: int, width: int) -> np.ndarray:
    return np.full((height, width), 255, dtype=np.uint8)
