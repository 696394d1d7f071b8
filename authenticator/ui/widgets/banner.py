"""A calm, in-window banner for states that need the user (keyring locked, list unreadable).

One banner instead of a stack of modal dialogs: it says what is wrong and what to do, offers "Try again",
and stays until the problem is gone. Screen readers get the message as the banner's accessible name.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core.errors import AuthenticatorError
from .. import icons, theme
from ..i18n import core_text


class Banner(QFrame):
    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setAccessibleName(self.tr("Problem"))
        self.icon = QLabel(self)
        self.icon.setFixedSize(20, 20)
        self.icon.setAccessibleName(self.tr("Warning"))
        self.message = QLabel(self)
        self.message.setObjectName("bannerMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.message.font()
        font.setBold(True)
        self.message.setFont(font)
        self.hint = QLabel(self)
        self.hint.setObjectName("bannerHint")
        self.hint.setWordWrap(True)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton(self.tr("Try again"), self)
        self.retry_button.setAccessibleName(self.retry_button.text())
        self.retry_button.clicked.connect(self.retry_requested)

        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.message)
        text.addWidget(self.hint)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 10, 12, 10)
        row.setSpacing(12)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        row.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self._update_icon()
        self.hide()

    def show_error(self, error: AuthenticatorError, *, can_retry: bool = True) -> None:
        message, hint = core_text(error.message), core_text(error.hint)
        self.message.setText(message)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.retry_button.setVisible(can_retry)
        self.setAccessibleName(message)
        self.setAccessibleDescription(hint)
        self.show()

    def text(self) -> str:
        """Message and hint as shown (for tests and logs)."""
        return f"{self.message.text()}\n{self.hint.text()}".strip()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._update_icon()
        super().changeEvent(event)

    def _update_icon(self) -> None:
        self.icon.setPixmap(icons.warning(theme.warning_colour(self.palette())).pixmap(18, 18))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        tint = QColor(theme.warning_colour(self.palette()))
        fill = QColor(tint)
        fill.setAlphaF(0.14)
        edge = QColor(tint)
        edge.setAlphaF(0.45)
        painter.setPen(QPen(edge, 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10)
