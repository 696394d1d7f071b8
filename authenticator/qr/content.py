"""What a QR code holds, without decoding anything: the light half of :mod:`authenticator.qr`.

Sorting a decoded text (:func:`classify`) and the image error types need neither OpenCV, numpy nor
zxing-cpp, which cost ~0.1 s and ~30 MB to import. The window imports this module at start-up and loads
:mod:`.decode` only when the user first scans something.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import urlsplit

from authenticator.core.errors import InvalidInput
from authenticator.core.i18n import N_, Message

SUPPORTED = N_("PNG, JPEG, GIF, BMP or WebP")  # marked: "or" is a word; the window says it via core_text

Point = tuple[float, float]


class InvalidImage(InvalidInput):
    """A file or buffer that cannot be used as an image: wrong format, damaged, or too big."""


class NoQrCode(InvalidImage):
    """A readable image in which no QR code was found (raised only when the caller asks for one)."""


@dataclass(frozen=True)
class QrCode:
    """One QR code found in an image.

    ``position`` holds the corners (top-left, top-right, bottom-right, bottom-left of the code as printed) in
    the pixel coordinates of the image that was passed in, so a caller can outline the code. ``text`` is left
    out of ``repr`` because it is often an ``otpauth://`` URI with a secret.
    """

    text: str = field(repr=False)
    position: tuple[Point, Point, Point, Point]

    @property
    def bounding_box(self) -> tuple[int, int, int, int]:
        """``(x, y, width, height)`` of the axis-aligned box around the corners."""
        xs = [p[0] for p in self.position]
        ys = [p[1] for p in self.position]
        x, y = int(min(xs)), int(min(ys))
        return x, y, int(max(xs)) - x, int(max(ys)) - y


# --- what a code holds ---------------------------------------------------------------------------------------

Kind = Literal["otpauth", "migration", "other"]

PREVIEW_LENGTH = 60


@dataclass(frozen=True)
class QrContent:
    """What a decoded text is: an account (``otpauth``), a Google Authenticator export, or something else.

    ``message`` is empty for ``otpauth`` (the caller turns the text into an account) and otherwise says,
    for the user, why nothing is added. It never contains an otpauth text or anything that looks like one.
    """

    kind: Kind
    text: str = field(repr=False)
    message: str = ""


MIGRATION_MESSAGE = N_(
    "This QR code is a Google Authenticator export, not a single account. Import it: in the window, scan it "
    "from the Add menu; on the command line, save its link in a file and run 'authenticator import FILE'."
)


def classify(text: str) -> QrContent:
    """Sort a decoded text: ``otpauth://`` becomes an account, an ``otpauth-migration://`` export goes to
    the importer, anything else gets a message saying what the code holds instead."""
    stripped = text.strip()
    scheme = stripped.split(":", 1)[0].lower() if ":" in stripped else ""
    if scheme == "otpauth" and stripped[len(scheme) : len(scheme) + 3] == "://":
        return QrContent("otpauth", stripped)
    if scheme == "otpauth-migration":
        return QrContent("migration", stripped, MIGRATION_MESSAGE)
    return QrContent("other", stripped, Message("This QR code holds {what}, not an account.", what=describe(stripped)))


def describe(text: str) -> str:
    """A short, safe description of a non-account text: never a secret, never more than ~60 characters."""
    if not text:
        return N_("no text")
    lowered = text.lower()
    if "otpauth" in lowered or "secret=" in lowered:
        # Close to an account link but not one (a prefix, a typo): it may hold a secret, so show none of it.
        return N_("text that is not a valid otpauth:// account link")
    if lowered.startswith("wifi:"):
        return N_("Wi-Fi network settings")
    if lowered.startswith(("begin:vcard", "mecard:")):
        return N_("a contact card")
    if lowered.startswith(("http://", "https://")):
        parts = urlsplit(text)
        # The query and fragment are dropped: tokens and session ids live there.
        return Message("a web address ({address})", address=_preview(f"{parts.scheme}://{parts.netloc}{parts.path}"))
    return Message("the text “{text}”", text=_preview(text))


def _preview(text: str) -> str:
    """Control characters removed, whitespace collapsed, cut to :data:`PREVIEW_LENGTH` characters."""
    clean = " ".join("".join(c if c.isprintable() else " " for c in text).split())
    return clean if len(clean) <= PREVIEW_LENGTH else clean[: PREVIEW_LENGTH - 1] + "…"
