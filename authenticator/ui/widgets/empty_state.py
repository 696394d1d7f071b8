"""What a new user sees instead of an empty list: what this app is for and how to add the first account.

Real labels and a real button (not text painted into the list's viewport), so a screen reader reads it and
Tab reaches the button. The same page tells a searching user that nothing matched.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .. import icons, theme

# English; shown translated (EmptyState.tr).
NO_ACCOUNTS_TITLE = QT_TRANSLATE_NOOP("EmptyState", "No accounts yet")
NO_ACCOUNTS_TEXT = QT_TRANSLATE_NOOP(
    "EmptyState",
    "When you turn on two-factor authentication, the service shows a QR code and a text key. "
    "Choose Add account (Ctrl+N) and type that key here; this app then shows the codes to sign in with.",
)


class EmptyState(QWidget):
    add_requested = Signal()
    #: "Show all accounts" on the page a favourites or group filter left empty.
    show_all_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setAccessibleName("")
        self.title = QLabel(self)
        self.title.setObjectName("emptyTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setFont(theme.scaled(self.font(), 1.6, bold=True))
        self.text = QLabel(self)
        self.text.setObjectName("emptyText")
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add account"), self)
        self.add_button.setObjectName("emptyAddButton")
        self.add_button.setAccessibleName(self.add_button.text())
        self.add_button.setMinimumHeight(34)
        self.add_button.clicked.connect(self.add_requested)
        self.show_all_button = QPushButton(self.tr("Show all accounts"), self)
        self.show_all_button.setObjectName("emptyShowAllButton")
        self.show_all_button.setAccessibleName(self.tr("Show all accounts"))
        self.show_all_button.setMinimumHeight(34)
        self.show_all_button.clicked.connect(self.show_all_requested)
        self.show_all_button.hide()

        # A column of limited width, centred: the wrapped text keeps its height-for-width this way (a label
        # added with an alignment flag loses it and gets clipped).
        column = QWidget(self)
        column.setMaximumWidth(400)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(0)
        inner.addWidget(self.picture)
        inner.addSpacing(14)
        inner.addWidget(self.title)
        inner.addSpacing(8)
        inner.addWidget(self.text)
        inner.addSpacing(20)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.add_button)
        button_row.addWidget(self.show_all_button)
        button_row.addStretch(1)
        inner.addLayout(button_row)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 4)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 48)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.show_no_accounts()
        self._update_colours()

    def show_no_accounts(self) -> None:
        title, text = self.tr(NO_ACCOUNTS_TITLE), self.tr(NO_ACCOUNTS_TEXT)
        self.title.setText(title)
        self.text.setText(text)
        self.add_button.show()
        self.show_all_button.hide()
        self.setAccessibleName(title)
        self.setAccessibleDescription(text)

    def show_no_matches(self, query: str) -> None:
        title = self.tr("No matches")
        self.title.setText(title)
        text = self.tr("No account’s issuer, name or group contains “{query}”.").format(query=query)
        self.text.setText(text)
        self.add_button.hide()
        self.show_all_button.hide()
        self.setAccessibleName(title)
        self.setAccessibleDescription(text)

    def show_unreadable(self) -> None:
        self.title.setText(self.tr("Accounts not shown"))
        self.text.setText(self.tr("The account list could not be read; see the message above."))
        self.add_button.hide()
        self.show_all_button.hide()

    def show_filtered_out(self, favourites: bool, group: str, query: str = "") -> None:
        """The header's filter (favourites or a group), with the search if any, leaves no account to show."""
        if query:
            title = self.tr("No matches")
            if favourites:
                text = self.tr("No favourite matches “{query}”.").format(query=query)
            else:
                text = self.tr("No account in “{group}” matches “{query}”.").format(group=group, query=query)
        elif favourites:
            title = self.tr("No favourites yet")
            text = self.tr("Mark an account as a favourite from its menu (Ctrl+D) or in its details.")
        else:
            title = self.tr("No accounts in “{group}”").format(group=group)
            text = self.tr("Add accounts to this group in their details (F2).")
        self.title.setText(title)
        self.text.setText(text)
        self.add_button.hide()
        self.show_all_button.show()
        self.setAccessibleName(title)
        self.setAccessibleDescription(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._update_colours()
        super().changeEvent(event)

    def _update_colours(self) -> None:
        palette = self.text.palette()
        palette.setColor(palette.ColorRole.WindowText, theme.dim_text(self.palette()))
        self.text.setPalette(palette)
        self.add_button.setIcon(icons.plus(self.palette().color(palette.ColorRole.HighlightedText)))
        self.picture.setPixmap(_shield(theme.accent(self.palette()), self.devicePixelRatioF()))
        self.show_all_button.setStyleSheet(_secondary_button_style(self.palette()))


def _secondary_button_style(palette: QPalette) -> str:
    """A quiet rounded button beside the accent one: card-coloured, with a thin border."""
    card = theme.card_colour(palette)
    text = palette.color(QPalette.ColorRole.WindowText)
    border = theme.mix(card, text, 0.22).name()
    hover = theme.mix(card, text, 0.06).name()
    focus = theme.accent(palette).name()
    return f"""
        QPushButton {{ background: {card.name()}; border: 1px solid {border}; border-radius: 8px;
            padding: 6px 16px; }}
        QPushButton:hover {{ background: {hover}; }}
        QPushButton:focus {{ border: 2px solid {focus}; padding: 5px 15px; }}
    """


def _shield(colour: QColor, ratio: float) -> QPixmap:
    """A shield with a keyhole, drawn so it needs no icon theme."""
    size = QSize(72, 72)
    pixmap = QPixmap(size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    disc = QColor(colour)
    disc.setAlphaF(0.13)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(disc)
    painter.drawEllipse(QRectF(0, 0, 72, 72))
    shield = QPainterPath()
    shield.moveTo(36, 16)
    shield.lineTo(52, 22)
    shield.cubicTo(52, 40, 46, 50, 36, 56)
    shield.cubicTo(26, 50, 20, 40, 20, 22)
    shield.closeSubpath()
    pen = QPen(colour, 2.6)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(shield)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(QPointF(36, 33), 4, 4)
    painter.drawRoundedRect(QRectF(34.2, 34, 3.6, 10), 1.5, 1.5)
    painter.end()
    return pixmap
