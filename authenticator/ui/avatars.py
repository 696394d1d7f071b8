"""Account icons as pixmaps: the user's picture when there is one, else the issuer's initial on a coloured disc.

Painting must stay cheap with hundreds of rows (a step change repaints every row on screen), so every icon is
rendered once per (what it shows, size, device pixel ratio) and then only blitted; rendering at the device
pixel ratio keeps it crisp on high-DPI screens.

Custom icons are small PNG files in the data folder (:mod:`authenticator.storage.icons`). They are read and
decoded on the window's worker, in one batch per paint that asked for them; until they arrive (or if the
file is missing or damaged) the row shows its default icon, and :attr:`AvatarCache.changed` asks the view to
repaint when they do.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPainterPath, QPixmap

from ..core.account import Account
from ..storage.icons import ICON_SIZE, read_icon
from .theme import contrast
from .workers import TaskRunner

#: Text on the default icon: white on most colours, near-black on light ones (see text_colour_on).
LIGHT_TEXT = QColor("#ffffff")
DARK_TEXT = QColor("#1e1e1e")
_MAX_PIXMAPS = 2048
_FAILED = QImage()  # marker: the file is missing or damaged (show the default icon)


def initial(issuer: str, name: str) -> str:
    """The letter on the default icon: the issuer's first letter or digit, else the name's, else "?"."""
    for text in (issuer.strip(), name.strip()):
        for char in text:
            if char.isalnum():
                return char.upper()[:1]
        if text:
            return text[0]
    return "?"


def colour_key(issuer: str, name: str) -> str:
    """What picks the disc's colour: the issuer (so all accounts of one service match), else the name."""
    return issuer.strip() or name.strip()


#: Disc colours (GNOME's palette): mid tones that carry white text, and a few light ones that carry dark text.
#: They only tell rows apart, and each stands out from both light and dark cards.
AVATAR_COLOURS = (
    "#3584e4",  # blue
    "#2190a4",  # teal
    "#26a269",  # green
    "#4e8a2c",  # moss
    "#f5c211",  # yellow (dark text)
    "#e66100",  # orange
    "#e01b24",  # red
    "#d0427f",  # pink
    "#9141ac",  # purple
    "#613583",  # violet
    "#6f8396",  # slate
    "#865e3c",  # brown
    "#1a5fb4",  # navy
    "#99c1f1",  # light blue (dark text)
    "#ffa348",  # light orange (dark text)
)


def default_colour(issuer: str, name: str) -> QColor:
    """The disc colour, stable across runs and machines (crc32 of the issuer, not hash(), case-insensitive)."""
    key = colour_key(issuer, name).casefold().encode("utf-8")
    return QColor(AVATAR_COLOURS[zlib.crc32(key) % len(AVATAR_COLOURS)])


#: White text is kept down to this contrast: WCAG AA for large bold text, which the initial always is.
LARGE_TEXT_CONTRAST = 3.0


def text_colour_on(background: QColor) -> QColor:
    """White where it reads well (the calmer look on coloured discs), else near-black (amber, yellow)."""
    if contrast(LIGHT_TEXT, background) >= LARGE_TEXT_CONTRAST:
        return LIGHT_TEXT
    return LIGHT_TEXT if contrast(LIGHT_TEXT, background) >= contrast(DARK_TEXT, background) else DARK_TEXT


def render_default(letter: str, colour: QColor, size: int, ratio: float, family: str = "") -> QPixmap:
    pixmap = _blank(size, ratio)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(QRectF(0, 0, size, size))
    font = QFont(family) if family else QFont()
    font.setPixelSize(max(6, round(size * 0.44)))
    font.setWeight(QFont.Weight.DemiBold)
    painter.setFont(font)
    painter.setPen(text_colour_on(colour))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, letter)
    painter.end()
    return pixmap


def render_picture(image: QImage, size: int, ratio: float) -> QPixmap:
    """A picture in the icon's square: a photo-like (opaque) picture fills a disc, a logo with a transparent
    background is shown whole, as it is."""
    pixmap = _blank(size, ratio)
    device = round(size * ratio)
    opaque = _corners_opaque(image)
    mode = Qt.AspectRatioMode.KeepAspectRatioByExpanding if opaque else Qt.AspectRatioMode.KeepAspectRatio
    scaled = image.scaled(device, device, mode, Qt.TransformationMode.SmoothTransformation)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    if opaque:
        clip = QPainterPath()
        clip.addEllipse(QRectF(0, 0, size, size))
        painter.setClipPath(clip)
    width, height = scaled.width() / ratio, scaled.height() / ratio
    painter.drawImage(QRectF((size - width) / 2, (size - height) / 2, width, height), scaled)
    painter.end()
    return pixmap


def _blank(size: int, ratio: float) -> QPixmap:
    pixmap = QPixmap(QSize(size, size) * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    return pixmap


def _corners_opaque(image: QImage) -> bool:
    if not image.hasAlphaChannel():
        return True
    w, h = image.width() - 1, image.height() - 1
    return all(image.pixelColor(x, y).alpha() >= 250 for x, y in ((0, 0), (w, 0), (0, h), (w, h)))


def decode_icon(data: bytes | None) -> QImage:
    """Stored icon bytes as an image (any thread); the failure marker for missing or damaged data."""
    if not data:
        return _FAILED
    image = QImage.fromData(data, "PNG")
    if image.isNull() or image.width() > 4 * ICON_SIZE or image.height() > 4 * ICON_SIZE:
        return _FAILED
    return image


class AvatarCache(QObject):
    """Pixmaps of account icons, cached per (content, size, device pixel ratio)."""

    #: Custom icons finished loading: views should repaint.
    changed = Signal()

    def __init__(
        self, data_dir: Path | None = None, runner: TaskRunner | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.runner = runner
        self._pixmaps: dict[tuple[object, ...], QPixmap] = {}
        self._images: dict[str, QImage] = {}  # icon file name -> decoded image, or _FAILED
        self._wanted: set[str] = set()
        self._loading: set[str] = set()
        self._scheduled = False

    # -- what painters ask for ------------------------------------------------------------------------

    def pixmap(self, account: Account | None, size: int, ratio: float | None = None) -> QPixmap:
        """The account's icon at ``size`` logical pixels (its picture, or the default while/if there is none)."""
        ratio = ratio or _screen_ratio()
        if account is None:
            return self.default_pixmap("", "", size, ratio)
        if account.icon and self.data_dir is not None:
            image = self._image(account.icon)
            if image is not None and not image.isNull():
                return self._cached(("icon", account.icon, size, ratio), lambda: render_picture(image, size, ratio))
        return self.default_pixmap(account.issuer, account.name, size, ratio)

    def default_pixmap(self, issuer: str, name: str, size: int, ratio: float | None = None) -> QPixmap:
        ratio = ratio or _screen_ratio()
        letter, colour = initial(issuer, name), default_colour(issuer, name)
        family = QGuiApplication.font().family()
        key = ("default", letter, colour.rgba(), size, ratio, family)
        return self._cached(key, lambda: render_default(letter, colour, size, ratio, family))

    def picture_pixmap(self, png: bytes, size: int, ratio: float | None = None) -> QPixmap | None:
        """A picture not saved yet (the edit dialog's preview); None if the bytes do not decode."""
        image = decode_icon(png)
        return None if image.isNull() else render_picture(image, size, ratio or _screen_ratio())

    def has_picture(self, name: str) -> bool:
        """True when the icon file ``name`` was read and decoded (False while loading, missing or damaged)."""
        image = self._images.get(name)
        return image is not None and not image.isNull()

    def remember(self, name: str, png: bytes) -> None:
        """An icon was just saved as ``name``: show it at once, without reading the file back."""
        self._images[name] = decode_icon(png)
        self.changed.emit()

    # -- loading --------------------------------------------------------------------------------------

    def _image(self, name: str) -> QImage | None:
        image = self._images.get(name)
        if image is None and name not in self._loading:
            self._wanted.add(name)
            if self.runner is None:
                self._load_now()
                return self._images.get(name)
            if not self._scheduled:  # one read for every icon the current paint asked for
                self._scheduled = True
                QTimer.singleShot(0, self, self._load_wanted)
        return image

    def _load_now(self) -> None:
        folder, names = self.data_dir, list(self._wanted)
        self._wanted.clear()
        if folder is not None:
            self._images.update(_read_all(folder, names))

    def _load_wanted(self) -> None:
        self._scheduled = False
        folder, names = self.data_dir, sorted(self._wanted)
        self._wanted.clear()
        if folder is None or not names or self.runner is None:
            return
        self._loading.update(names)
        self.runner.run(lambda: _read_all(folder, names), self._loaded, lambda _error: self._loaded({}, names))

    def _loaded(self, images: dict[str, QImage], names: list[str] | None = None) -> None:
        for name in names or ():
            images.setdefault(name, _FAILED)
        self._loading.difference_update(images)
        self._images.update(images)
        self.changed.emit()

    def _cached(self, key: tuple[object, ...], render: Callable[[], QPixmap]) -> QPixmap:
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            if len(self._pixmaps) >= _MAX_PIXMAPS:
                self._pixmaps.clear()
            pixmap = self._pixmaps[key] = render()
        return pixmap


def _read_all(folder: Path, names: list[str]) -> dict[str, QImage]:
    """Worker thread: read and decode icon files (missing or damaged ones become the failure marker)."""
    return {name: decode_icon(read_icon(folder, name)) for name in names}


def _screen_ratio() -> float:
    app = QGuiApplication.instance()
    return app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0
