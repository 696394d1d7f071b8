"""QR code images for exports: PNG bytes for a text, and a check that the PNG decodes back to that text.

Used for Google Authenticator transfer codes and for a single account's ``otpauth://`` code (to move one
account to a phone). Error correction M and a 4-module quiet zone, at 8 pixels a module: comfortable to
scan from a screen, and small enough to save. Qt-free: ``qrcode`` draws with Pillow.
"""

from __future__ import annotations

import io

from ..core.account import Account
from ..core.i18n import N_
from ..core.uri import to_otpauth
from .base import FormatError

BOX_PIXELS = 8
BORDER_MODULES = 4


def qr_png(text: str) -> bytes:
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=BOX_PIXELS, border=BORDER_MODULES)
    code.add_data(text.encode("utf-8"), optimize=0)
    code.make(fit=True)
    buffer = io.BytesIO()
    code.make_image(fill_color="black", back_color="white").save(buffer, format="PNG")
    return buffer.getvalue()


def account_qr_png(account: Account, secret: str) -> bytes:
    """The ``otpauth://`` code of one account, as the service's own setup code would be."""
    return qr_png(to_otpauth(account, secret))


def check_png(data: bytes, text: str) -> None:
    """Raise FormatError unless ``data`` is an image whose only QR code holds exactly ``text``."""
    from ..qr.decode import decode_image, load_image

    codes = decode_image(load_image(data))
    if [code.text for code in codes] != [text]:
        raise FormatError(N_("The QR code image does not decode to what was written."))
