"""What tests share beyond fixtures: paths to the shared vectors, a fixed epoch, and ``need``.

A plain module (``tests/`` is on ``sys.path``), so test helpers in any folder can ``from support import
need``; conftest.py itself cannot be imported reliably, since every folder's conftest has that name.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
VECTORS = SHARED / "vectors"

#: 2026-11-28T12:00:00Z, a step boundary for 30 s periods: tests name exact epochs.
T0 = 1_795_867_200.0

REQUIRE_SERVICES = os.environ.get("AUTHENTICATOR_REQUIRE_SERVICES") == "1"


def need(condition: bool, reason: str) -> None:
    """Skip (developer machine) or fail (CI) when a real component the test needs is missing."""
    if condition:
        return
    if REQUIRE_SERVICES:
        pytest.fail(f"required component missing: {reason}")
    pytest.skip(reason)


@contextmanager
def private_dbus_daemon() -> Iterator[str]:
    """A private dbus-daemon (not the desktop's), its address while the block runs; tests point a session or a
    system bus at it. ``need`` decides whether a missing dbus-daemon skips or fails."""
    need(shutil.which("dbus-daemon") is not None, "dbus-daemon is not installed (apt-get install dbus)")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert daemon.stdout is not None
        address = daemon.stdout.readline().strip()
        assert address, "dbus-daemon printed no address"
        yield address
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)
