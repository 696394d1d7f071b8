"""Find every QR code in an image, and say what each one holds, without Qt.

zxing-cpp does the decoding: on degraded otpauth codes it finds far more than OpenCV's detectors, at a fraction
of the time, and it reads several codes and light-on-dark codes in one call. OpenCV only loads and prepares
images. The first pass is a single zxing-cpp call; only when it finds nothing do cheap retries run, each aimed
at one common trouble (noise, blur or low contrast, tiny modules), so a clean screenshot costs one call and a
hard one a few more. ``tests/benchmarks/bench_qr_decode.py`` measures the rate and the time of every choice
made here.

Files come from users (a download, a drag and drop, a screenshot), so loading refuses what would cost too much
before paying for it: the file size is checked before it is read whole, and the pixel count is read from the
image header before anything is decompressed, which stops decompression bombs (a 30000×30000 PNG of a few
kilobytes). Every refusal is an :class:`InvalidImage` whose message a person can act on.

Decoded texts can be ``otpauth://`` URIs with secrets in them: no message, repr or exception here ever
contains one.
"""

from __future__ import annotations

import contextlib
import os
import re
import struct
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import cv2
import numpy as np
import zxingcpp

from ..core.i18n import N_, Message
from .content import (
    MIGRATION_MESSAGE,
    PREVIEW_LENGTH,
    SUPPORTED,
    InvalidImage,
    Kind,
    NoQrCode,
    Point,
    QrCode,
    QrContent,
    classify,
    describe,
)

# The light names live in .content (the window imports them without OpenCV); they stay importable from here.
__all__ = [
    "MAX_BYTES",
    "MAX_PIXELS",
    "MIGRATION_MESSAGE",
    "PREVIEW_LENGTH",
    "SUPPORTED",
    "InvalidImage",
    "Kind",
    "NoQrCode",
    "Point",
    "QrCode",
    "QrContent",
    "classify",
    "decode_file",
    "decode_image",
    "describe",
    "image_header",
    "load_image",
    "read_limited",
]

#: Default limits for :func:`load_image`: a phone photo or a 5K screenshot is far below both.
MAX_BYTES = 50 * 2**20
MAX_PIXELS = 40_000_000

#: Images at most this big are also tried at twice the size when nothing else is found (tiny modules).
#: Beyond it the upscaled copy would cost too much time and memory, and such images have pixels to spare.
UPSCALE_MAX_PIXELS = 4_000_000

# --- decoding ------------------------------------------------------------------------------------------------


def decode_image(image: np.ndarray) -> list[QrCode]:
    """Every QR code in ``image`` (grayscale, BGR or BGRA ``uint8``), deduplicated by text, in reading order.

    An empty list means no code was found; it is not an error, the caller says so in its own words. The
    passes stop at the first one that finds anything, so in the rare image holding one clean code and one
    that only a retry can read, only the clean one is returned; scanning on after a hit would make every
    clean screenshot pay for all the retries.
    """
    gray = _to_gray(image)
    for prepare, scale, downscale in _passes(gray):
        codes = _read(prepare(gray), scale, downscale)
        if codes:
            return codes
    return []


#: One attempt: how to prepare the grayscale image, the scale that preparation applies, and whether zxing-cpp
#: should also scan its own downscaled copies.
Pass = tuple[Callable[[np.ndarray], np.ndarray], float, bool]


def _passes(gray: np.ndarray) -> Iterator[Pass]:
    """The first pass, then the cheap second chances in the order that rescues most for least time.

    - first: the image as it is, without zxing-cpp's downscaled copies: that pyramid costs a third more on a
      4K screenshot and only pays off for big, blurry codes, which the next pass covers;
    - half size (with zxing-cpp's own downscaling below it): big out-of-focus codes in photos, and a quarter of
      the pixels, so the cheapest retry; averaging also calms noise;
    - median blur: salt-and-pepper and sensor noise break the finder patterns' run lengths;
    - unsharp mask: blur and low contrast (a pale code, a dim dark-mode page) fall under zxing-cpp's local
      threshold; sharpening restores the edges and stretches the contrast;
    - 2× upscale: modules under ~2 px are below what the detector samples reliably (skipped for big images).

    Light-on-dark codes need no pass of their own: zxing-cpp's ``try_invert`` (on by default) reads them.
    """
    yield _same, 1.0, False
    yield _half, 0.5, True
    yield _median, 1.0, False
    yield _unsharp, 1.0, False
    if gray.size <= UPSCALE_MAX_PIXELS:
        yield _upscale, 2.0, False


def _same(gray: np.ndarray) -> np.ndarray:
    return gray


def _half(gray: np.ndarray) -> np.ndarray:
    return cv2.resize(gray, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)


def _median(gray: np.ndarray) -> np.ndarray:
    return cv2.medianBlur(gray, 3)


def _unsharp(gray: np.ndarray) -> np.ndarray:
    blurred = cv2.GaussianBlur(gray, (0, 0), 2.0)
    return cv2.addWeighted(gray, 2.5, blurred, -1.5, 0)


def _upscale(gray: np.ndarray) -> np.ndarray:
    return cv2.resize(gray, None, fx=2.0, fy=2.0, interpolation=cv2.INTER_LINEAR)


def _read(gray: np.ndarray, scale: float, downscale: bool = True) -> list[QrCode]:
    """One zxing-cpp call; positions are mapped back to the caller's image by dividing by ``scale``."""
    found: dict[str, QrCode] = {}
    for barcode in zxingcpp.read_barcodes(gray, formats=zxingcpp.BarcodeFormat.QRCode, try_downscale=downscale):
        if not barcode.valid or barcode.text in found:
            continue
        pos = barcode.position
        corners = (pos.top_left, pos.top_right, pos.bottom_right, pos.bottom_left)
        position = tuple((p.x / scale, p.y / scale) for p in corners)
        found[barcode.text] = QrCode(barcode.text, position)  # type: ignore[arg-type]
    return sorted(found.values(), key=lambda code: (code.bounding_box[1], code.bounding_box[0]))


def _to_gray(image: np.ndarray) -> np.ndarray:
    """A contiguous 2-D ``uint8`` view or copy: what zxing-cpp and the retries work on."""
    if not isinstance(image, np.ndarray) or image.dtype != np.uint8 or image.size == 0:
        raise InvalidImage(N_("Not an image (expected a non-empty 8-bit pixel array)."))
    if image.ndim == 3 and image.shape[2] == 1:
        image = image[:, :, 0]
    if image.ndim == 2:
        return np.ascontiguousarray(image)
    if image.ndim == 3 and image.shape[2] == 3:
        return cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    if image.ndim == 3 and image.shape[2] == 4:
        return _flatten_alpha(image)
    raise InvalidImage(
        Message("Not an image (an array of shape {shape} is neither grayscale nor colour).", shape=image.shape)
    )


def _flatten_alpha(bgra: np.ndarray) -> np.ndarray:
    """Grayscale with transparency composited onto the background that keeps the code visible.

    A code drawn as dark modules on a transparent background needs white behind it; a light-on-transparent
    code (dark-mode pages) needs black. The opaque pixels' mean tells which one was drawn.
    """
    gray = cv2.cvtColor(bgra, cv2.COLOR_BGRA2GRAY)
    alpha = bgra[:, :, 3]
    if alpha.min() == 255:
        return gray
    weight = alpha.astype(np.float32) / 255
    total = float(weight.sum())
    opaque_mean = float((gray * weight).sum()) / total if total else 0.0
    background = 0.0 if opaque_mean > 127 else 255.0
    return (gray * weight + background * (1 - weight)).astype(np.uint8)


# --- loading -------------------------------------------------------------------------------------------------


def decode_file(
    path: str | os.PathLike[str],
    *,
    max_bytes: int = MAX_BYTES,
    max_pixels: int = MAX_PIXELS,
    require_code: bool = False,
) -> list[QrCode]:
    """Every QR code in the image file at ``path``; see :func:`load_image` for what is refused.

    With ``require_code`` an image without a code raises :class:`NoQrCode` (the "add from a file" action wants
    a message then); without it the list is simply empty (a screen scan that found nothing is not an error).
    """
    codes = decode_image(load_image(read_limited(path, max_bytes), max_bytes=max_bytes, max_pixels=max_pixels))
    if require_code and not codes:
        raise NoQrCode(
            Message("No QR code was found in {name}.", name=Path(path).name),
            N_("Make sure the whole code is in the picture and sharp; a screenshot of just the code works best."),
        )
    return codes


def read_limited(path: str | os.PathLike[str], max_bytes: int = MAX_BYTES) -> bytes:
    """The file's bytes, refusing (without reading it whole) a file bigger than ``max_bytes``.

    At most ``max_bytes + 1`` bytes are read, so a huge file, a FIFO or a device cannot exhaust memory.
    """
    name = Path(path).name
    try:
        with open(path, "rb") as file:
            size = os.fstat(file.fileno()).st_size
            if size > max_bytes:
                raise _too_big(size, max_bytes)
            data = file.read(max_bytes + 1)
    except IsADirectoryError:
        raise InvalidImage(Message("Not an image ({name} is a folder).", name=name)) from None
    except FileNotFoundError:
        raise InvalidImage(Message("The file {name} does not exist.", name=name)) from None
    except PermissionError:
        raise InvalidImage(Message("The file {name} cannot be read (permission denied).", name=name)) from None
    except OSError as error:
        raise InvalidImage(
            Message("The file {name} cannot be read ({reason}).", name=name, reason=error.strerror or str(error))
        ) from None
    if len(data) > max_bytes:
        raise _too_big(None, max_bytes)
    return data


def load_image(data: bytes, *, max_bytes: int = MAX_BYTES, max_pixels: int = MAX_PIXELS) -> np.ndarray:
    """Decode image bytes (PNG, JPEG, GIF's first frame, BMP, WebP) to a grayscale ``uint8`` array.

    The format and the dimensions are read from the header first, so oversized images are refused before a
    single pixel is decompressed; transparency is flattened so that the code stays visible.
    """
    if len(data) > max_bytes:
        raise _too_big(len(data), max_bytes)
    kind, width, height = image_header(data)
    if width <= 0 or height <= 0:
        raise InvalidImage(N_("The image is damaged or truncated (it says it has no pixels)."))
    if width * height > max_pixels:
        raise InvalidImage(
            Message(
                "The image is {width}×{height} pixels; the limit is {limit}.",
                width=width,
                height=height,
                limit=_megapixels(max_pixels),
            ),
            N_("Crop or scale it down to the part with the QR code."),
        )
    # JPEG and BMP have no transparency worth keeping: decoding straight to gray saves memory and time.
    flags = cv2.IMREAD_GRAYSCALE if kind in ("JPEG", "BMP") else cv2.IMREAD_UNCHANGED
    with _quiet_opencv():
        try:
            image = cv2.imdecode(np.frombuffer(data, dtype=np.uint8), flags)
        except cv2.error:
            image = None
    if image is None or image.size == 0:
        raise InvalidImage(Message("The image is damaged or truncated (it could not be decoded as {kind}).", kind=kind))
    return _to_gray(_to_uint8(image))


def _to_uint8(image: np.ndarray) -> np.ndarray:
    """16-bit and float images (some PNGs, HDR tools) brought to 8 bits, which is all a QR code needs."""
    if image.dtype == np.uint8:
        return image
    if image.dtype == np.uint16:
        return (image >> 8).astype(np.uint8)
    return cv2.normalize(image, None, 0, 255, cv2.NORM_MINMAX, dtype=cv2.CV_8U)


_LOG_LEVEL_LOCK = threading.Lock()


@contextlib.contextmanager
def _quiet_opencv() -> Iterator[None]:
    """Keep OpenCV's own error lines off stderr: the caller gets an :class:`InvalidImage` instead.

    The log level is process-wide, so the swap is serialised: two loads on worker threads must not leave it
    silenced for good. Loading is rare and quick next to decoding, which stays parallel.
    """
    with _LOG_LEVEL_LOCK:
        previous = cv2.utils.logging.getLogLevel()
        cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_SILENT)
        try:
            yield
        finally:
            cv2.utils.logging.setLogLevel(previous)


def _too_big(size: int | None, max_bytes: int) -> InvalidImage:
    limit = _megabytes(max_bytes)
    if size is None:
        message = Message("The file is larger than {limit}; the limit is {limit}.", limit=limit)
    else:
        message = Message("The file is {size}; the limit is {limit}.", size=_megabytes(size), limit=limit)
    return InvalidImage(message, N_("Take a screenshot of just the QR code instead."))


def _megabytes(size: int) -> str:
    mb = size / 2**20
    return f"{mb:.0f} MB" if mb >= 10 or mb.is_integer() else f"{mb:.1f} MB"


def _megapixels(pixels: int) -> str:
    if pixels < 1_000_000:
        return Message("{count} pixels", count=pixels)
    mp = pixels / 1_000_000
    return Message("{count} megapixels", count=f"{mp:.0f}" if mp.is_integer() else f"{mp:.1f}")


# --- header sniffing -----------------------------------------------------------------------------------------


def image_header(data: bytes) -> tuple[str, int, int]:
    """``(format, width, height)`` read from the first bytes, without decoding any pixel.

    Raises :class:`InvalidImage` for data that is not one of the supported formats (with a word on what it
    seems to be instead) or whose header is cut short.
    """
    if not data:
        raise InvalidImage(N_("Not an image (the file is empty)."))
    for magic, kind, reader in _SNIFFERS:
        if data.startswith(magic) and (kind != "WebP" or data[8:12] == b"WEBP"):
            try:
                width, height = reader(data)
            except (struct.error, IndexError, ValueError):
                raise InvalidImage(
                    Message("The image is damaged or truncated (its {kind} header is incomplete).", kind=kind)
                ) from None
            return kind, width, height
    raise InvalidImage(
        Message("Not an image ({what}).", what=_what_is_it(data)),
        Message("Choose a {formats} image of the QR code.", formats=SUPPORTED),
    )


def _png_size(data: bytes) -> tuple[int, int]:
    if data[12:16] != b"IHDR":
        raise ValueError("no IHDR")
    return struct.unpack(">II", data[16:24])


#: Caps on the header walks: real files reach their frame header in a few dozen segments or blocks; a crafted
#: file of millions of empty ones must not keep the loop busy for seconds.
MAX_HEADER_SEGMENTS = 10_000
MAX_GIF_SUB_BLOCKS = 100_000

_NOT_FF = re.compile(rb"[^\xff]")


def _jpeg_size(data: bytes) -> tuple[int, int]:
    """Walk the marker segments up to the first frame header (SOF0–SOF15 except DHT, JPG and DAC)."""
    i = 2
    for _ in range(MAX_HEADER_SEGMENTS):
        i = data.index(b"\xff", i)  # decoders skip stray bytes between segments
        fill = _NOT_FF.search(data, i)  # and any number of 0xFF fill bytes before the marker
        if fill is None:
            raise ValueError("no marker")
        i = fill.start()
        marker = data[i]
        i += 1
        if marker in (0x01, *range(0xD0, 0xD8)):  # TEM and RSTn carry no length
            continue
        if marker in (0xD9, 0xDA):  # EOI or start of scan before any frame header
            raise ValueError("no frame header")
        (length,) = struct.unpack(">H", data[i : i + 2])
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", data[i + 3 : i + 7])
            return width, height
        i += length
    raise ValueError("too many segments")


def _gif_size(data: bytes) -> tuple[int, int]:
    """The logical screen, grown to cover the first frame (a frame may lie outside the screen)."""
    width, height, flags = struct.unpack("<HHB", data[6:11])
    i = 13 + (3 * 2 ** ((flags & 7) + 1) if flags & 0x80 else 0)
    budget = MAX_GIF_SUB_BLOCKS
    while data[i] == 0x21:  # extension blocks: label, then sub-blocks until a zero length
        i += 2
        while data[i]:
            i += data[i] + 1
            budget -= 1
            if budget <= 0:
                raise ValueError("too many blocks")
        i += 1
    if data[i] != 0x2C:
        raise ValueError("no image descriptor")
    left, top, frame_w, frame_h = struct.unpack("<HHHH", data[i + 1 : i + 9])
    return max(width, left + frame_w), max(height, top + frame_h)


def _bmp_size(data: bytes) -> tuple[int, int]:
    (header,) = struct.unpack("<I", data[14:18])
    if header == 12:  # OS/2 BITMAPCOREHEADER
        return struct.unpack("<HH", data[18:22])
    width, height = struct.unpack("<ii", data[18:26])
    return abs(width), abs(height)  # a negative height means top-down rows


def _webp_size(data: bytes) -> tuple[int, int]:
    chunk = data[12:16]
    if chunk == b"VP8 ":
        if data[23:26] != b"\x9d\x01\x2a":
            raise ValueError("bad VP8 start code")
        width, height = struct.unpack("<HH", data[26:30])
        return width & 0x3FFF, height & 0x3FFF
    if chunk == b"VP8L":
        if data[20] != 0x2F:
            raise ValueError("bad VP8L signature")
        (bits,) = struct.unpack("<I", data[21:25])
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8X":
        if len(data) < 30:
            raise ValueError("short VP8X")
        return int.from_bytes(data[24:27], "little") + 1, int.from_bytes(data[27:30], "little") + 1
    raise ValueError("unknown WebP chunk")


_SNIFFERS: tuple[tuple[bytes, str, Callable[[bytes], tuple[int, int]]], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG", _png_size),
    (b"\xff\xd8\xff", "JPEG", _jpeg_size),
    (b"GIF87a", "GIF", _gif_size),
    (b"GIF89a", "GIF", _gif_size),
    (b"BM", "BMP", _bmp_size),
    (b"RIFF", "WebP", _webp_size),
)

_KNOWN_OTHERS: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", N_("it is a PDF document")),
    (b"PK\x03\x04", N_("it is a ZIP archive or an office document")),
    (b"II*\x00", Message("TIFF images are not supported; use {formats}", formats=SUPPORTED)),
    (b"MM\x00*", Message("TIFF images are not supported; use {formats}", formats=SUPPORTED)),
    (b"\x00\x00\x00\x0cjP  ", Message("JPEG 2000 images are not supported; use {formats}", formats=SUPPORTED)),
    (b"\x1f\x8b", N_("it is a gzip archive")),
)


def _what_is_it(data: bytes) -> str:
    """A few words on what unsupported data seems to be, for the "not an image" message."""
    for magic, words in _KNOWN_OTHERS:
        if data.startswith(magic):
            return words
    if data[4:12] in (b"ftypavif", b"ftypavis", b"ftypheic", b"ftypheix", b"ftypmif1"):
        return Message("AVIF and HEIC images are not supported; use {formats}", formats=SUPPORTED)
    head = data[:512].lstrip()
    if head[:5].lower() in (b"<?xml", b"<svg ") or b"<svg" in head.lower():
        return N_("it is an SVG drawing; take a screenshot of it or save it as PNG")
    try:
        text = data[:4096].decode("utf-8")
    except UnicodeDecodeError:
        return Message("the data is not {formats}", formats=SUPPORTED)
    if text.isprintable() or all(c.isprintable() or c in "\r\n\t" for c in text):
        return N_("it is text")
    return Message("the data is not {formats}", formats=SUPPORTED)
