"""Dialog sizes that follow their content, so longer (translated) texts are never cut off.

Qt lets a window's explicit minimum width (``setMinimumWidth(440)``, a comfortable reading width for wrapped
text) override what its layout needs, so a button row with longer words ("Nächsten unbenutzten kopieren") or a
check box that cannot wrap gets squeezed and clipped. :func:`keep_minimum_width` keeps the comfortable width
as a floor and raises it to the layout's own minimum whenever the content changes. :func:`fit_height` grows a
window to the height its wrapped labels need at its current width (a size hint assumes a wider window).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class _MinimumWidth(QObject):
    """Raises the watched window's minimum width to its layout's minimum on every layout change."""

    def __init__(self, widget: QWidget, floor: int) -> None:
        super().__init__(widget)
        self.widget = widget
        self.floor = floor
        widget.installEventFilter(self)
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.LayoutRequest:
            self.update()
        return False

    def update(self) -> None:
        layout = self.widget.layout()
        needed = layout.minimumSize().width() if layout is not None else 0
        width = max(self.floor, needed)
        if self.widget.minimumWidth() != width:
            self.widget.setMinimumWidth(width)  # also widens the window when it is narrower now


def keep_minimum_width(widget: QWidget, floor: int) -> None:
    """At least ``floor`` pixels wide, and never narrower than the content needs (call once the layout is set)."""
    _MinimumWidth(widget, floor)


def fit_height(widget: QWidget) -> None:
    """Grow ``widget`` to the height its content needs at its current width (wrapped labels included)."""
    layout = widget.layout()
    if layout is None:
        return
    layout.activate()
    width = max(widget.width(), widget.minimumWidth())
    needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.sizeHint().height()
    if widget.height() < needed or widget.width() < width:
        widget.resize(width, max(widget.height(), needed))
