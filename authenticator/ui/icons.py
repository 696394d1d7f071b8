"""Small line icons drawn with QPainter in the palette's text colour.

Drawing them keeps the app free of icon-theme lookups (which differ per desktop and are empty offscreen) and
lets each icon follow a light/dark palette switch: callers simply ask again on ``PaletteChange``.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

_SIZE = 16


def _icon(colour: QColor, draw) -> QIcon:  # type: ignore[no-untyped-def]
    icon = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap(_SIZE * scale, _SIZE * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(scale, scale)
        pen = QPen(colour, 1.6)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        draw(painter)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        icon.addPixmap(pixmap)
    return icon


def plus(colour: QColor) -> QIcon:
    def draw(p: QPainter) -> None:
        p.drawLine(QPointF(8, 3), QPointF(8, 13))
        p.drawLine(QPointF(3, 8), QPointF(13, 8))

    return _icon(colour, draw)


def menu(colour: QColor) -> QIcon:
    def draw(p: QPainter) -> None:
        for y in (4.5, 8, 11.5):
            p.drawLine(QPointF(3, y), QPointF(13, y))

    return _icon(colour, draw)


def search(colour: QColor) -> QIcon:
    def draw(p: QPainter) -> None:
        p.drawEllipse(QRectF(2.5, 2.5, 8, 8))
        p.drawLine(QPointF(9.6, 9.6), QPointF(13.5, 13.5))

    return _icon(colour, draw)


def warning(colour: QColor) -> QIcon:
    def draw(p: QPainter) -> None:
        path = QPainterPath()
        path.moveTo(8, 2)
        path.lineTo(14.5, 13.5)
        path.lineTo(1.5, 13.5)
        path.closeSubpath()
        p.drawPath(path)
        p.drawLine(QPointF(8, 6.2), QPointF(8, 9.4))
        p.drawPoint(QPointF(8, 11.6))

    return _icon(colour, draw)


def draw_refresh(painter: QPainter, centre: QPointF, radius: float, colour: QColor, width: float = 1.8) -> None:
    """A clockwise circular arrow ("next code"), used by the row delegate as well as the menu icon."""
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    rect = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
    start_deg, span_deg = 50, -285  # negative span: clockwise, ending at the upper left
    painter.drawArc(rect, start_deg * 16, span_deg * 16)
    end = math.radians(start_deg + span_deg)
    tip = QPointF(centre.x() + radius * math.cos(end), centre.y() - radius * math.sin(end))
    # Direction of clockwise travel at the end of the arc, in screen coordinates (y grows downwards).
    dx, dy = math.sin(end), math.cos(end)
    nx, ny = math.cos(end), -math.sin(end)  # outwards from the centre
    size = max(2.6, radius * 0.85)
    front = QPointF(tip.x() + dx * size * 0.75, tip.y() + dy * size * 0.75)
    back = QPointF(tip.x() - dx * size * 0.25, tip.y() - dy * size * 0.25)
    head = QPainterPath()
    head.moveTo(front)
    head.lineTo(back.x() + nx * size * 0.6, back.y() + ny * size * 0.6)
    head.lineTo(back.x() - nx * size * 0.6, back.y() - ny * size * 0.6)
    head.closeSubpath()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPath(head)


def refresh(colour: QColor) -> QIcon:
    return _icon(colour, lambda p: draw_refresh(p, QPointF(8, 8), 5.0, colour, 1.6))


def filter_lines(colour: QColor) -> QIcon:
    """Three lines narrowing downwards: "show only some accounts" (the header's filter button)."""

    def draw(p: QPainter) -> None:
        p.drawLine(QPointF(2.5, 4.5), QPointF(13.5, 4.5))
        p.drawLine(QPointF(4.5, 8), QPointF(11.5, 8))
        p.drawLine(QPointF(6.5, 11.5), QPointF(9.5, 11.5))

    return _icon(colour, draw)


def star_path(centre: QPointF, outer: float, inner_ratio: float = 0.45) -> QPainterPath:
    """A five-pointed star, point up (favourites)."""
    path = QPainterPath()
    for i in range(10):
        radius = outer if i % 2 == 0 else outer * inner_ratio
        angle = math.radians(-90 + i * 36)
        point = QPointF(centre.x() + radius * math.cos(angle), centre.y() + radius * math.sin(angle))
        if i == 0:
            path.moveTo(point)
        else:
            path.lineTo(point)
    path.closeSubpath()
    return path


def star(colour: QColor, filled: bool = True) -> QIcon:
    def draw(p: QPainter) -> None:
        if filled:
            p.setBrush(colour)
        p.drawPath(star_path(QPointF(8, 8.6), 6.4))

    return _icon(colour, draw)
