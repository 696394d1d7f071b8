"""Find QR codes on the screen: grab every screen through Qt, or through the desktop portal on Wayland.

On X11, Windows and macOS ``QScreen.grabWindow(0)`` returns the whole screen (~13 ms at 1280×800). Wayland
does not let applications read the screen; there ``grabWindow`` returns an empty image, and the sanctioned way
is the xdg-desktop-portal ``Screenshot`` call over D-Bus: the desktop asks the user (or not, as it sees fit),
writes a PNG and answers with its file URI on a ``Response`` signal. Both paths end in the Qt-free decoder.

This module imports Qt, so it is imported only where a screen scan is asked for (the window's "Scan screen",
the CLI's ``--screen``), never from ``authenticator.qr``'s package namespace.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sys
from urllib.parse import unquote, urlsplit

import numpy as np
from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QImage

from ..core.errors import AuthenticatorError
from ..core.i18n import N_, Message
from .decode import QrCode, decode_image, load_image, read_limited

PORTAL_SERVICE = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
PORTAL_SCREENSHOT = "org.freedesktop.portal.Screenshot"
PORTAL_REQUEST = "org.freedesktop.portal.Request"

#: How long to wait for the portal's answer: the desktop may show a dialog the user has to answer.
PORTAL_TIMEOUT_MS = 120_000

_created_app: QGuiApplication | None = None  # kept alive for the process once created here


class ScreenCaptureError(AuthenticatorError):
    """The screen cannot be read: no graphical session, a refused or missing portal, an empty grab."""

    exit_code = 1


def is_wayland() -> bool:
    """A Wayland session, where applications cannot read the screen themselves."""
    app = QGuiApplication.instance()
    if app is not None and QGuiApplication.platformName() == "wayland":
        return True
    return os.environ.get("XDG_SESSION_TYPE", "").lower() == "wayland" and not _forced_x11()


def _forced_x11() -> bool:
    """XWayland apps (QT_QPA_PLATFORM=xcb) can still grab other X11 windows, which is better than nothing,
    but the portal sees the whole desktop: only a running xcb application is taken at its word."""
    app = QGuiApplication.instance()
    return app is not None and QGuiApplication.platformName() == "xcb" and not os.environ.get("WAYLAND_DISPLAY")


def ensure_application(*, create: bool = False) -> QGuiApplication:
    """The running Qt application, or (``create``: the CLI) a new one; refuses when there is no display.

    Creating a QGuiApplication without a display aborts the process inside Qt, so the environment is checked
    first and a sentence is raised instead.
    """
    global _created_app
    app = QGuiApplication.instance()
    if app is not None:
        return app  # type: ignore[return-value]
    if not create:
        raise ScreenCaptureError(N_("The screen cannot be read without a running window."))
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if sys.platform.startswith("linux") and not platform:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            raise ScreenCaptureError(
                N_("There is no screen to read: no graphical session was found (DISPLAY is not set)."),
                N_("Run this in a desktop session, or save the QR code as an image and use --image FILE."),
            )
    _created_app = QGuiApplication([sys.argv[0] if sys.argv else "authenticator"])
    return _created_app


def grab_screens(*, create_application: bool = False) -> list[np.ndarray]:
    """One grayscale image per screen (or one for the whole desktop from the portal)."""
    ensure_application(create=create_application)
    if is_wayland():
        return [portal_screenshot()]
    images = []
    for screen in QGuiApplication.screens():
        pixmap = screen.grabWindow(0)
        if not pixmap.isNull() and pixmap.width() > 0:
            images.append(qimage_to_gray(pixmap.toImage()))
    if not images:
        raise ScreenCaptureError(
            N_("The screen could not be read (the system returned no picture)."),
            N_("Save the QR code as an image and open it instead, or take a screenshot and open that."),
        )
    return images


def scan_screens(*, create_application: bool = False) -> list[QrCode]:
    """Every QR code on every screen, each text once (a mirrored display shows the same code twice)."""
    found: dict[str, QrCode] = {}
    for image in grab_screens(create_application=create_application):
        for code in decode_image(image):
            found.setdefault(code.text, code)
    return list(found.values())


def qimage_to_gray(image: QImage) -> np.ndarray:
    """A QImage as a contiguous 2-D ``uint8`` array (rows copied one by one: Qt pads them to 4 bytes)."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    buffer = np.frombuffer(gray.constBits(), dtype=np.uint8, count=stride * height)
    return np.ascontiguousarray(buffer.reshape(height, stride)[:, :width])


# --- the desktop portal ----------------------------------------------------------------------------------


class _ResponseWaiter(QObject):
    """Receives the portal Request's ``Response(u response, a{sv} results)`` signal.

    The slot is typed (``uint, QVariantMap``) so that QtDBus demarshals the ``a{sv}`` into a dict itself:
    PySide6 cannot read a ``QDBusArgument`` (its ``beginMap`` and friends fail on a received message), so an
    untyped slot taking the whole ``QDBusMessage`` never sees the screenshot's URI.
    """

    arrived = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.response: int | None = None
        self.results: dict = {}

    @Slot("uint", "QVariantMap")
    def on_response(self, response, results) -> None:  # type: ignore[no-untyped-def]
        try:
            self.results = dict(results or {})
            self.response = int(response)
        except (TypeError, ValueError):
            self.response = 2  # an answer we cannot read counts as a refusal, never as a hang
        finally:
            self.arrived.emit()


_RESPONSE_SLOT = "on_response(uint,QVariantMap)"


def portal_screenshot(timeout_ms: int = PORTAL_TIMEOUT_MS) -> np.ndarray:
    """Ask xdg-desktop-portal for a screenshot and load the PNG it writes; a grayscale image.

    The request's object path is known in advance (sender name + our ``handle_token``), so the ``Response``
    signal is subscribed before the call: a fast portal cannot answer before anyone listens.
    """
    from PySide6.QtCore import SLOT
    from PySide6.QtDBus import QDBusConnection, QDBusMessage

    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        raise _no_portal(N_("there is no session bus"))
    token = "authenticator_" + secrets.token_hex(6)
    sender = bus.baseService().lstrip(":").replace(".", "_")
    waiter = _ResponseWaiter()
    subscribed: list[str] = []

    def subscribe(path: str) -> bool:
        if bus.connect(PORTAL_SERVICE, path, PORTAL_REQUEST, "Response", waiter, SLOT(_RESPONSE_SLOT)):
            subscribed.append(path)
            return True
        return False

    if not subscribe(f"{PORTAL_PATH}/request/{sender}/{token}"):
        raise _no_portal(N_("its answer could not be subscribed to"))
    try:
        call = QDBusMessage.createMethodCall(PORTAL_SERVICE, PORTAL_PATH, PORTAL_SCREENSHOT, "Screenshot")
        call.setArguments(["", {"handle_token": token, "interactive": False, "modal": True}])
        reply = bus.call(call, timeout=10_000)
        if reply.type() == QDBusMessage.MessageType.ErrorMessage:
            raise _no_portal(reply.errorName() or N_("the call failed"))
        handle = _reply_path(reply)
        if handle and handle not in subscribed and waiter.response is None:
            subscribe(handle)  # portals before 0.9 chose their own request path: listen there too
        if waiter.response is None:
            loop = QEventLoop()
            waiter.arrived.connect(loop.quit)
            QTimer.singleShot(timeout_ms, loop.quit)
            loop.exec()
    finally:
        for path in subscribed:
            bus.disconnect(PORTAL_SERVICE, path, PORTAL_REQUEST, "Response", waiter, SLOT(_RESPONSE_SLOT))
    if waiter.response is None:
        raise ScreenCaptureError(N_("The desktop did not answer the screenshot request in time."))
    if waiter.response == 1:
        raise ScreenCaptureError(N_("The screenshot was cancelled."), N_("Allow the screenshot when the desktop asks."))
    if waiter.response != 0:
        raise ScreenCaptureError(
            N_("The desktop refused the screenshot."),
            N_("Save the QR code as an image and open it instead."),
        )
    uri = str(waiter.results.get("uri", ""))
    parts = urlsplit(uri)
    if parts.scheme != "file" or not parts.path:
        raise ScreenCaptureError(N_("The desktop's screenshot could not be found."))
    path = unquote(parts.path)
    try:
        return load_image(read_limited(path))
    finally:
        _remove_quietly(path)


def _reply_path(reply) -> str:  # type: ignore[no-untyped-def]
    """The request object path in the portal's reply ("" if the reply holds none)."""
    arguments = reply.arguments()
    if not arguments:
        return ""
    first = arguments[0]
    return str(first.path() if hasattr(first, "path") else first)


def _remove_quietly(path: str) -> None:
    """The portal leaves the screenshot in the user's Pictures folder; it showed a secret, so it goes."""
    with contextlib.suppress(OSError):
        os.remove(path)


def _no_portal(reason: str) -> ScreenCaptureError:
    return ScreenCaptureError(
        Message(
            "The screen cannot be read on Wayland without the desktop's screenshot service ({reason}).", reason=reason
        ),
        N_("Install xdg-desktop-portal for your desktop, or save the QR code as an image and open it instead."),
    )
