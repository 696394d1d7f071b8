"""Guard against a broken Qt binding: PySide6 6.12.0 drops a reference to None on every call of a method
that returns nothing. On Python < 3.12 (None is not immortal there) a window that paints for a minute then
dies with "Fatal Python error: none_dealloc". pyproject.toml excludes that release; this test keeps it out."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_void_qt_calls_keep_none_alive(qapp) -> None:  # type: ignore[no-untyped-def]
    image = QImage(16, 16, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        before = sys.getrefcount(None)
        for _ in range(200):  # far below None's reference count, so a broken binding cannot crash here
            painter.setPen(QColor(1, 2, 3))
            painter.drawEllipse(QRectF(1, 1, 8, 8))
        after = sys.getrefcount(None)
    finally:
        painter.end()
    assert abs(after - before) < 20, "this PySide6 build leaks references to None (use another version)"
