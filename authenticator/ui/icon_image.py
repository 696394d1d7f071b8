"""Turn a picture the user chose (PNG, JPEG, SVG, WebP) into an account icon: a PNG at most 128 px square.

Runs on a worker thread (QImage and QImageReader are safe off the GUI thread; QPixmap is not). Like the QR
loader in :mod:`authenticator.qr.decode`, it pays for nothing it has not checked: the file size is checked
before the file is read whole, and the pixel count is read from the image header before any pixel is
decompressed, so a decompression bomb (a 30000×30000 PNG of a few kilobytes) is refused cheaply. Every
refusal is an :class:`IconImageError` whose message says what is wrong and what to do; nothing is saved.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from ..core.errors import InvalidInput
from ..storage.icons import ICON_SIZE, MAX_ICON_BYTES

#: Largest picture file read at all.
MAX_FILE_BYTES = 10 * 2**20
#: Largest picture decoded (width × height), checked from the header before decoding.
MAX_PIXELS = 40_000_000
#: What Qt must detect from the content (the file name's extension is not trusted).
FORMATS = frozenset({"png", "jpeg", "jpg", "svg", "svgz", "webp"})
#: Extensions offered in the file chooser.
PATTERNS = "*.png *.jpg *.jpeg *.svg *.svgz *.webp"


class IconImageError(InvalidInput):
    """The chosen picture cannot become an icon (too big, damaged, not a supported format)."""


def prepare_icon(
    path: str | os.PathLike[str], *, max_bytes: int = MAX_FILE_BYTES, max_pixels: int = MAX_PIXELS
) -> bytes:
    """The picture at ``path`` as icon PNG bytes (worker thread); raises :class:`IconImageError`."""
    name = Path(path).name
    return icon_from_bytes(_read_limited(path, name, max_bytes), name, max_pixels=max_pixels)


def icon_from_bytes(data: bytes, name: str, *, max_pixels: int = MAX_PIXELS) -> bytes:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setDecideFormatFromContent(True)
    reader.setAutoTransform(True)  # JPEG photos: honour the camera's orientation tag
    kind = bytes(reader.format().data()).decode("ascii", "replace").lower()
    if kind not in FORMATS:
        raise IconImageError(
            QCoreApplication.translate("IconImage", "{name} is not a PNG, JPEG, SVG or WebP picture.").format(
                name=name
            ),
            QCoreApplication.translate(
                "IconImage", "Choose a picture in one of these formats, e.g. the service’s logo saved from its website."
            ),
        )
    size = reader.size()
    if kind in ("svg", "svgz"):
        # Vector art is drawn straight at the icon size: crisp, and an absurd "width" costs nothing.
        target = size.scaled(ICON_SIZE, ICON_SIZE, Qt.AspectRatioMode.KeepAspectRatio) if size.isValid() else QSize()
        reader.setScaledSize(target if not target.isEmpty() else QSize(ICON_SIZE, ICON_SIZE))
    elif not size.isValid() or size.isEmpty():
        raise _damaged(name)
    elif size.width() * size.height() > max_pixels:
        raise IconImageError(
            QCoreApplication.translate(
                "IconImage", "{name} is {width}×{height} pixels; the limit is {limit} megapixels."
            ).format(name=name, width=size.width(), height=size.height(), limit=round(max_pixels / 1_000_000)),
            QCoreApplication.translate(
                "IconImage", "Scale the picture down or crop it to the logo, then choose it again."
            ),
        )
    image = reader.read()
    if image.isNull():
        raise _damaged(name)
    return icon_png(image)


def icon_png(image: QImage) -> bytes:
    """``image`` scaled down (never up) to fit ICON_SIZE square, as PNG bytes with its transparency kept."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    if image.width() > ICON_SIZE or image.height() > ICON_SIZE:
        image = image.scaled(
            ICON_SIZE, ICON_SIZE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    out = QBuffer()
    out.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(out, "PNG"):
        raise IconImageError(
            QCoreApplication.translate("IconImage", "The picture could not be converted to an icon."),
            QCoreApplication.translate("IconImage", "Choose another picture."),
        )
    data = bytes(out.data().data())
    if len(data) > MAX_ICON_BYTES:  # pragma: no cover - a 128×128 PNG is far below the limit
        raise IconImageError(
            QCoreApplication.translate("IconImage", "The picture could not be converted to an icon."),
            QCoreApplication.translate("IconImage", "Choose another picture."),
        )
    return data


def _read_limited(path: str | os.PathLike[str], name: str, max_bytes: int) -> bytes:
    """The file's bytes, refusing (without reading it whole) a file bigger than ``max_bytes``."""
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > max_bytes:
                raise _too_big(name, max_bytes)
            data = handle.read(max_bytes + 1)  # a FIFO or device reports no size: read at most this much
    except IsADirectoryError:
        raise IconImageError(
            QCoreApplication.translate("IconImage", "{name} is a folder, not a picture.").format(name=name)
        ) from None
    except FileNotFoundError:
        raise IconImageError(
            QCoreApplication.translate("IconImage", "The file {name} does not exist.").format(name=name)
        ) from None
    except OSError as error:
        raise IconImageError(
            QCoreApplication.translate("IconImage", "The file {name} cannot be read ({reason}).").format(
                name=name, reason=error.strerror or error
            ),
            QCoreApplication.translate("IconImage", "Check that you may read it, or copy it somewhere else first."),
        ) from None
    if len(data) > max_bytes:
        raise _too_big(name, max_bytes)
    return data


def _too_big(name: str, max_bytes: int) -> IconImageError:
    return IconImageError(
        QCoreApplication.translate("IconImage", "{name} is larger than {limit} MB.").format(
            name=name, limit=round(max_bytes / 2**20)
        ),
        QCoreApplication.translate(
            "IconImage", "An icon needs only a small picture: choose the logo itself, or scale the picture down."
        ),
    )


def _damaged(name: str) -> IconImageError:
    return IconImageError(
        QCoreApplication.translate("IconImage", "{name} is damaged and cannot be shown.").format(name=name),
        QCoreApplication.translate("IconImage", "Open it in an image viewer to check it, or choose another picture."),
    )
