"""What tests share beyond fixtures: paths to the shared vectors, a fixed epoch, and ``need``.

A plain module (``tests/`` is on ``sys.path``), so test helpers in any folder can ``from support import
need``; conftest.py itself cannot be imported reliably, since every folder's conftest has that name.
"""

from __future__ import annotations

import os
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
