"""The lock screen: what the window shows instead of everything else while the app is locked.

It replaces the whole central content (header with the search text, list, banner, toasts), so nothing about
the accounts is on screen or in the accessibility tree. It is a plain page: it only reports what the user
asked for (:attr:`LockPage.unlock_requested`, :attr:`LockPage.turn_off_requested`) and shows what the
controller tells it (checking, wrong password, wait N s, a problem with the stored password).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPalette, QShowEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ... import app as app_info
from .. import theme

#: The column's width: a comfortable password field, centred in any window size.
COLUMN_WIDTH = 300
ICON_SIZE = 96


class LockPage(QWidget):
    """App icon, "Authenticator is locked", a password field and Unlock, centred in the window."""

    #: The user asked to unlock with this password (Enter or the Unlock button).
    unlock_requested = Signal(str)
    #: The user asked to turn the lock off because its stored password is missing or damaged.
    turn_off_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockPage")
        self.setAccessibleName(self.tr("Authenticator is locked"))
        self._waiting = 0
        self._checking = False

        self.picture = QLabel(self)
        self.picture.setObjectName("lockIcon")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setAccessibleName(self.tr("Authenticator"))
        self.title = QLabel(self.tr("Authenticator is locked"), self)
        self.title.setObjectName("lockTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setFont(theme.scaled(self.font(), 1.6, bold=True))
        self.text = QLabel(self.tr("Enter your password to show your codes."), self)
        self.text.setObjectName("lockText")
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setWordWrap(True)

        self.password = QLineEdit(self)
        self.password.setObjectName("lockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setMinimumHeight(38)
        self.password.returnPressed.connect(self._submit)
        self.password.textChanged.connect(lambda _text: self._update_button())

        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.unlock_button.setObjectName("lockUnlockButton")
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.setMinimumHeight(38)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._submit)

        self.message = QLabel(self)
        self.message.setObjectName("lockMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.countdown = QLabel(self)
        self.countdown.setObjectName("lockCountdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.hide()
        self.turn_off_button = QPushButton(self.tr("&Turn Off the Lock…"), self)
        self.turn_off_button.setObjectName("lockTurnOffButton")
        self.turn_off_button.setAccessibleName(self.tr("Turn Off the Lock…"))
        self.turn_off_button.setMinimumHeight(34)
        self.turn_off_button.clicked.connect(self.turn_off_requested)
        self.turn_off_button.hide()

        # A fixed-width column, centred by stretches on every side: calm at any window size, and the wrapped
        # labels keep their height-for-width (a label added with an alignment flag would lose it).
        column = QWidget(self)
        column.setObjectName("lockColumn")
        column.setFixedWidth(COLUMN_WIDTH)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(0)
        inner.addWidget(self.picture)
        inner.addSpacing(18)
        inner.addWidget(self.title)
        inner.addSpacing(8)
        inner.addWidget(self.text)
        inner.addSpacing(26)
        inner.addWidget(self.password)
        inner.addSpacing(12)
        inner.addWidget(self.unlock_button)
        inner.addSpacing(14)
        inner.addWidget(self.message)
        inner.addSpacing(4)
        inner.addWidget(self.countdown)
        inner.addSpacing(10)
        inner.addWidget(self.turn_off_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addStretch(4)
        layout.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(5)
        self.setFocusProxy(self.password)
        self._restyle()
        self._update_button()

    # -- what the controller tells it ------------------------------------------------------------------------

    def reset(self) -> None:
        """A fresh lock screen: empty field, no message (the wait of an earlier wrong password is kept)."""
        self.password.clear()
        self._checking = False
        self.message.hide()
        self.message.clear()
        self.turn_off_button.hide()
        self.unlock_button.setText(self.tr("&Unlock"))
        self._update_button()

    def set_checking(self, checking: bool) -> None:
        """While the password is checked (a fraction of a second on a worker) the form cannot be used."""
        self._checking = checking
        self.unlock_button.setText(self.tr("Checking…") if checking else self.tr("&Unlock"))
        self._update_button()

    def show_wrong_password(self) -> None:
        self.password.clear()
        self._show_message(self.tr("Wrong password. Please try again."), bold=True)
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_problem(self, text: str, *, can_turn_off: bool) -> None:
        """The password could not be checked: say why, and offer to turn the lock off where that is the way out."""
        self._show_message(text)
        self.turn_off_button.setVisible(can_turn_off)

    def set_wait(self, seconds: int) -> None:
        """Seconds until the next try is allowed (0: now); shown as "Try again in N s" while above 0."""
        self._waiting = max(0, int(seconds))
        if self._waiting:
            text = self.tr("Try again in %n s", "", self._waiting)
            self.countdown.setText(text)
            self.countdown.setAccessibleName(text)
        self.countdown.setVisible(self._waiting > 0)
        self._update_button()

    @property
    def waiting(self) -> int:
        return self._waiting

    # -- internals ---------------------------------------------------------------------------------------------

    def _show_message(self, text: str, *, bold: bool = False) -> None:
        """Short "wrong password" in bold; longer explanations in the normal weight, easier to read."""
        font = self.message.font()
        font.setBold(bold)
        self.message.setFont(font)
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.show()

    def _update_button(self) -> None:
        ready = not self._checking and self._waiting == 0
        self.password.setEnabled(not self._checking)
        self.unlock_button.setEnabled(ready and bool(self.password.text()))

    def _submit(self) -> None:
        if self.unlock_button.isEnabled():
            self.unlock_requested.emit(self.password.text())

    def _restyle(self) -> None:
        palette = self.palette()
        icon = QIcon(str(app_info.ICON_PATH))
        self.picture.setPixmap(icon.pixmap(QSize(ICON_SIZE, ICON_SIZE), self.devicePixelRatioF()))
        dim = QPalette(palette)
        dim.setColor(QPalette.ColorRole.WindowText, theme.dim_text(palette))
        self.text.setPalette(dim)
        self.countdown.setPalette(dim)
        self.message.setStyleSheet(f"color: {theme.error_colour(palette).name()};")
        self.password.setStyleSheet(_field_style(palette))
        self.unlock_button.setStyleSheet(_button_style(palette))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)


def _field_style(palette: QPalette) -> str:
    card = theme.card_colour(palette)
    border = theme.mix(card, palette.color(QPalette.ColorRole.WindowText), 0.22).name()
    accent = theme.accent(palette).name()
    return f"""
        QLineEdit#lockPassword {{
            background: {card.name()}; border: 1px solid {border}; border-radius: 8px; padding: 4px 10px;
        }}
        QLineEdit#lockPassword:focus {{ border: 2px solid {accent}; padding: 3px 9px; }}
        QLineEdit#lockPassword:disabled {{ color: {theme.dim_text(palette).name()}; }}
    """


def _button_style(palette: QPalette) -> str:
    accent = theme.accent(palette)
    text = palette.color(QPalette.ColorRole.WindowText)
    on_accent = palette.color(QPalette.ColorRole.HighlightedText).name()
    disabled = theme.mix(theme.card_colour(palette), text, 0.18).name()
    disabled_text = theme.mix(palette.color(QPalette.ColorRole.Window), text, 0.55).name()
    focus = theme.mix(accent, text, 0.45).name()
    return f"""
        QPushButton#lockUnlockButton {{
            background: {accent.name()}; color: {on_accent}; border: none; border-radius: 8px;
            padding: 6px 16px; font-weight: bold;
        }}
        QPushButton#lockUnlockButton:hover {{ background: {accent.lighter(112).name()}; }}
        QPushButton#lockUnlockButton:pressed {{ background: {accent.darker(112).name()}; }}
        QPushButton#lockUnlockButton:focus {{ border: 2px solid {focus}; }}
        QPushButton#lockUnlockButton:disabled {{ background: {disabled}; color: {disabled_text}; }}
    """
