"""Shared constants and helpers for the window tests (a uniquely named module: tests/ has no packages)."""

from __future__ import annotations

#: Key text for the tests (RFC 4226/6238's "12345678901234567890" and other made-up keys).
RFC_KEY = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
OTHER_KEY = "JBSWY3DPEHPK3PXP"
THIRD_KEY = "MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U"


def wait_idle(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Wait until every worker task of the window has delivered its result."""
    qtbot.waitUntil(lambda: window.runner.is_idle, timeout=5000)
