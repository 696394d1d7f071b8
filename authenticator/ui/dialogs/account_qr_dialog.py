"""Show one account's ``otpauth://`` QR code, to move it to a phone; plus the QR drawing the export dialogs share.

The code is drawn module by module into a 1-bit-looking ``QImage`` with an integer number of pixels per
module, so it stays crisp at any size (a smoothly scaled code blurs its edges and scans worse). Encoding a
dense code takes ~0.1 s in pure Python, and the secret may have to come from the keyring, so both happen on the
window's runner; ``QImage`` (unlike ``QPixmap``) may be built off the GUI thread.

The dialog warns that the picture is the secret: anyone who scans it can make the codes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ...core.account import Account
from ...core.errors import SecretMissing

if TYPE_CHECKING:
    from ..main_window import MainWindow

#: Side of the shown code in pixels (rounded down to a whole number of pixels per module).
QR_SIDE = 360
QUIET_MODULES = 4

SHARE_WARNING = QT_TRANSLATE_NOOP(
    "AccountQrDialog",
    "This QR code is your secret key: anyone who scans or photographs it can make this account's codes. "
    "Scan it with your own phone only, and close this window when you are done.",
)


def qr_matrix(text: str) -> list[list[bool]]:
    """The modules of ``text``'s QR code (error correction M, as the exported PNG files), quiet zone included."""
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=QUIET_MODULES)
    code.add_data(text.encode("utf-8"), optimize=0)
    code.make(fit=True)
    return code.get_matrix()


def qr_image(text: str, side: int = QR_SIDE) -> QImage:
    """A black-on-white QR code of about ``side`` pixels, every module a whole number of pixels (crisp)."""
    matrix = qr_matrix(text)
    count = len(matrix)
    scale = max(1, side // count)
    image = QImage(count * scale, count * scale, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.drawRect(x * scale, y * scale, scale, scale)
    painter.end()
    return image


def qr_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setMinimumSize(QR_SIDE, QR_SIDE)
    label.setStyleSheet("background: white;")  # a dark theme must not eat the quiet zone
    return label


class AccountQrDialog(QDialog):
    """The QR code of one account, large, with the warning; ``image`` is what is shown (tests decode it)."""

    def __init__(self, account: Account, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.account = account
        self.image = image
        self.setObjectName("accountQrDialog")
        self.setWindowTitle(self.tr("QR code — {title}").format(title=account.title))
        title = QLabel(f"<b>{_escape(account.title)}</b>")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code = qr_label(self)
        self.code.setPixmap(QPixmap.fromImage(image))
        self.code.setAccessibleName(self.tr("QR code of {title}").format(title=account.title))
        self.warning = QLabel(self.tr(SHARE_WARNING))
        self.warning.setObjectName("qrWarning")
        self.warning.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.code, 1)
        layout.addWidget(self.warning)
        layout.addWidget(buttons)


def show_account_qr(window: MainWindow, account: Account) -> None:
    """Read the secret and draw the code on the window's runner, then open the dialog."""
    from ...core.uri import to_otpauth

    vault = window.vault

    def work() -> QImage:
        secret = vault.cached_secret(account.id)
        if secret is None:
            vault.load_secrets([account.id])
            secret = vault.cached_secret(account.id)
        if secret is None:
            raise SecretMissing(
                QCoreApplication.translate(
                    "AccountQrDialog", "The secret of {title} is missing from the keyring."
                ).format(title=account.title)
            )
        return qr_image(to_otpauth(account, secret))

    def done(image: QImage) -> None:
        window._show_box(AccountQrDialog(account, image, window))

    window.runner.run(work, done, window._action_failed)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
