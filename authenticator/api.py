"""A small, stable Python API for test suites that log in to 2FA-protected sites (Selenium, Playwright, requests).

Everything a browser test needs to enroll and log in with a time-based second factor, without Qt, the
keyring or the account list::

    from authenticator import api

    png = page.locator("#qrcode").screenshot()          # or driver.get_screenshot_as_png(), or the img src
    uri = api.otpauth_uris(png)[0]                        # decode the enrollment QR code
    page.fill("#code", api.code(uri))                     # the code for now
    api.codes(uri, window=1)                              # steps T-1, T, T+1 when a clock is in doubt

Images may be given as bytes (PNG, JPEG, GIF, BMP, WebP, or SVG), a file path, a ``data:`` URL as found in an
``<img src>`` (servers often inline their QR code as ``data:image/svg+xml;base64,…``), or a numpy array. SVG
needs the optional ``cairosvg`` package; it is rendered on white, because QR codes served as SVG usually have a
transparent background that decoders cannot see.

Times (``at``) are Unix seconds, a :class:`~datetime.datetime` (naive means local time) or an ISO 8601 /
Unix-seconds string; ``None`` means this computer's clock as it is (no time correction), which is what the
server under test, running on the same machine, also uses.

Errors are :class:`~authenticator.core.errors.AuthenticatorError` subclasses with a ``message`` and a ``hint``
(:class:`InvalidUri`, :class:`InvalidImage`, :class:`NoQrCode`…); none of them contains a secret.
"""

from __future__ import annotations

import base64
import binascii
import os
import time
from datetime import datetime
from typing import Any
from urllib.parse import unquote_to_bytes

from .core.errors import AuthenticatorError, InvalidInput, InvalidTime, InvalidUri
from .core.inspect import InspectReport, StepCode, TimeBasis, codes_around, inspect_uri
from .core.lint import Finding, lint_uri
from .core.otp import code_at
from .core.uri import ParsedUri, parse_otpauth, to_otpauth
from .qr.content import InvalidImage, NoQrCode, classify

__all__ = [
    "AuthenticatorError",
    "Finding",
    "InspectReport",
    "InvalidImage",
    "InvalidInput",
    "InvalidTime",
    "InvalidUri",
    "NoQrCode",
    "ParsedUri",
    "StepCode",
    "code",
    "codes",
    "decode_qr",
    "inspect",
    "lint",
    "otpauth_uris",
    "parse_uri",
    "render_svg",
    "scan_screen",
    "to_uri",
]

Image = bytes | bytearray | str | os.PathLike[str] | Any  # Any: a numpy array
Uri = str | ParsedUri
When = float | int | datetime | str | None

#: SVGs are rendered this wide (height keeps the aspect ratio): QR modules come out several pixels each.
SVG_RENDER_WIDTH = 1000


# -- QR codes -------------------------------------------------------------------------------------------------


def decode_qr(image: Image) -> list[str]:
    """The texts of every QR code in ``image``, in reading order; ``[]`` when there is none.

    Raises :class:`InvalidImage` when the image cannot be read (unknown format, damaged, too big, a file that
    does not exist).
    """
    from .qr.decode import decode_image, load_image, read_limited

    if isinstance(image, (bytes, bytearray)):
        data = bytes(image)
    elif isinstance(image, str) and image.startswith("data:"):
        data = _data_url_bytes(image)
    elif isinstance(image, (str, os.PathLike)):
        data = read_limited(image)
    else:  # a numpy array (grayscale, BGR or BGRA)
        return [c.text for c in decode_image(image)]
    if _looks_like_svg(data):
        data = render_svg(data)
    return [c.text for c in decode_image(load_image(data))]


def otpauth_uris(image: Image) -> list[str]:
    """The ``otpauth://`` links among the QR codes in ``image``.

    Raises :class:`NoQrCode` when the image holds no QR code at all, or only codes that are no account (the
    message says what they hold instead, never their text), so a test fails with a reason, not an IndexError.
    """
    texts = decode_qr(image)
    if not texts:
        raise NoQrCode("No QR code was found in the image.", "Capture the whole code, unscaled and unobscured.")
    uris = [c.text for c in map(classify, texts) if c.kind == "otpauth"]
    if not uris:
        raise NoQrCode(classify(texts[0]).message, "Look for the service's enrollment QR code.")
    return uris


def scan_screen() -> list[str]:
    """The texts of the QR codes on this computer's screens (needs PySide6, a display, and on Wayland the
    screenshot portal). Prefer the browser's own screenshot (``decode_qr(png)``) in browser tests."""
    from .qr.screen import scan_screens

    return [c.text for c in scan_screens(create_application=True)]


def render_svg(data: bytes) -> bytes:
    """A PNG of an SVG image on a white background (transparent QR codes are invisible to decoders).

    External references are refused (no file or network access from a page's SVG). Needs ``cairosvg``.
    """
    try:
        from cairosvg.surface import PNGSurface
    except ImportError as exc:  # cairosvg itself, or the cairo library it loads
        raise InvalidImage(
            "SVG images need the cairosvg package (and the cairo library).",
            "Install it with: pip install cairosvg (Debian: apt-get install libcairo2).",
        ) from exc

    def refuse(url: str, *args: Any, **kwargs: Any) -> Any:
        raise InvalidImage("The SVG image refers to another file or address, which is not loaded.")

    try:
        png = PNGSurface.convert(
            bytestring=data, background_color="white", output_width=SVG_RENDER_WIDTH, url_fetcher=refuse
        )
    except InvalidImage:
        raise
    except Exception as exc:  # cairosvg raises parser and cairo errors of many kinds
        raise InvalidImage(f"The SVG image could not be rendered ({type(exc).__name__}).") from exc
    assert isinstance(png, bytes)
    return png


# -- links and codes --------------------------------------------------------------------------------------------


def parse_uri(uri: str) -> ParsedUri:
    """The account (issuer, name, type, algorithm, digits, period, counter), secret and warnings of a link.

    Raises :class:`InvalidUri` for a link that cannot give correct codes.
    """
    return parse_otpauth(uri)


def to_uri(parsed: ParsedUri) -> str:
    """The link in its standard form (what this app would put in a QR code)."""
    return to_otpauth(parsed.account, parsed.secret)


def code(uri: Uri, at: When = None) -> str:
    """The code shown at ``at`` (default: now); HOTP links give the code for their ``counter``."""
    parsed = _parsed(uri)
    return code_at(parsed.account, parsed.secret, _when(at))


def codes(uri: Uri, at: When = None, window: int = 1) -> list[StepCode]:
    """The codes for ``window`` steps before and after the one at ``at``: each has ``offset``, ``step``,
    ``code`` and the Unix-second validity window ``valid_from``/``valid_until`` (``None`` for HOTP)."""
    if window < 0:
        raise InvalidInput(f"The window {window} is negative.", "Give a number of steps from 0.")
    parsed = _parsed(uri)
    return codes_around(parsed.account, parsed.secret, _when(at), window)


def lint(uri: str) -> list[Finding]:
    """What other authenticator apps may mishandle in a server's link, worst first; see :mod:`.core.lint`."""
    return lint_uri(uri)[1]


def inspect(uri: str, at: When = None) -> InspectReport:
    """The full enrollment report (fields, findings, codes T-1/T/T+1); ``.to_json()``, ``.to_markdown()``."""
    basis = TimeBasis.SYSTEM if at is None else TimeBasis.GIVEN
    return inspect_uri(uri, _when(at), basis=basis, source="api")


# -- helpers ----------------------------------------------------------------------------------------------------


def _parsed(uri: Uri) -> ParsedUri:
    return uri if isinstance(uri, ParsedUri) else parse_otpauth(uri)


def _when(at: When) -> float:
    if at is None:
        return time.time()  # the API boundary is where "now" is read; nothing below reads a clock
    if isinstance(at, datetime):
        return at.timestamp()
    if isinstance(at, str):
        from .core.timeparse import parse_time

        return parse_time(at)
    if isinstance(at, bool) or not isinstance(at, (int, float)):
        raise InvalidTime(f"{type(at).__name__} is not a time.", "Give Unix seconds, a datetime or an ISO string.")
    return float(at)


def _data_url_bytes(url: str) -> bytes:
    """The payload of a ``data:[type][;base64],…`` URL."""
    header, sep, payload = url.partition(",")
    if not sep:
        raise InvalidImage("The data: URL has no data (no ',').")
    if header.endswith(";base64"):
        try:
            return base64.b64decode(payload, validate=False)
        except (binascii.Error, ValueError) as exc:
            raise InvalidImage("The data: URL's base64 payload is damaged.") from exc
    return unquote_to_bytes(payload)


def _looks_like_svg(data: bytes) -> bool:
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<svg", b"<?xml")) and b"<svg" in data[:4096].lower()
