"""A brief notice at the bottom of the window ("Copied — clears in 30 s") that fades by itself.

Its on-screen lifetime uses a wall-clock QTimer: it is decoration, not logic (the clipboard deadline lives in
:class:`~authenticator.ui.clipboard.ClipboardGuard` and uses the injected clock). The text is also sent to
screen readers as an announcement where Qt supports it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QWidget

from .. import theme

SHOW_MS = 2600


class Toast(QLabel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("toast")
        self.setAccessibleName(self.tr("Notice"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setContentsMargins(18, 9, 18, 9)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        parent.installEventFilter(self)
        self.hide()

    def show_message(self, text: str, msecs: int = SHOW_MS) -> None:
        self.setText(text)
        self.setAccessibleName(text)
        self.adjustSize()
        self._place()
        self.show()
        self.raise_()
        self._timer.start(msecs)
        if self.isVisible():  # not behind the lock screen (its page is hidden): nothing is read out there
            _announce(self, text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        self.move((parent.width() - self.width()) // 2, parent.height() - self.height() - 22)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        dark = theme.is_dark(self.palette())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#e8e8e8") if dark else QColor(40, 40, 40, 235))
        painter.drawRoundedRect(QRectF(self.rect()), self.height() / 2, self.height() / 2)
        painter.setPen(QColor("#1e1e1e") if dark else QColor("#ffffff"))
        painter.setFont(self.font())
        painter.drawText(self.contentsRect(), Qt.AlignmentFlag.AlignCenter, self.text())


def _announce(widget: QWidget, text: str) -> None:
    try:
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
    except ImportError:  # pragma: no cover - Qt < 6.8
        return
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))
