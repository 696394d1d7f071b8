"""Loading untrusted image files: the right pixels for good files, a clear message for bad ones.

A bad file (random bytes, a cut-off download, a decompression bomb, a 100 MB file, a picture without a code)
must end in an ``InvalidImage`` whose message says what is wrong, without decoding the bomb or reading the huge
file. Time bounds are measured in ``tests/benchmarks/bench_qr_decode.py``, not asserted here.
"""

from __future__ import annotations

import struct
import tracemalloc
import zlib
from pathlib import Path

import cv2
import numpy as np
import pytest
from qr_samples import otpauth_text, render

from authenticator.core.errors import InvalidInput
from authenticator.qr import InvalidImage, NoQrCode, decode_file, load_image
from authenticator.qr import decode as decode_module
from authenticator.qr.decode import image_header

TEXT = otpauth_text(np.random.default_rng(42))


def encode(ext: str, image: np.ndarray, params: list[int] | None = None) -> bytes:
    ok, data = cv2.imencode(ext, image, params or [])
    assert ok
    return data.tobytes()


def png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_bomb(width: int = 30000, height: int = 30000, rows: int = 1) -> bytes:
    """A PNG whose header claims ``width``×``height`` grayscale pixels, with only ``rows`` rows of data."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    body = zlib.compress(b"\x00" * (width + 1) * rows, 9)
    return b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", body) + png_chunk(b"IEND", b"")


@pytest.fixture
def qr_png() -> bytes:
    return encode(".png", render(TEXT, 4))


@pytest.fixture
def no_imdecode(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if anything is decompressed: refusals must come from the header alone."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("cv2.imdecode was called")

    monkeypatch.setattr(decode_module.cv2, "imdecode", refuse)


# --- good files ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ext", "params", "kind"),
    [
        (".png", [], "PNG"),
        (".jpg", [cv2.IMWRITE_JPEG_QUALITY, 95], "JPEG"),
        (".bmp", [], "BMP"),
        (".webp", [], "WebP"),
        (".webp", [cv2.IMWRITE_WEBP_QUALITY, 90], "WebP"),
        (".gif", [], "GIF"),
    ],
    ids=["png", "jpeg", "bmp", "webp-lossless", "webp-lossy", "gif"],
)
def test_supported_formats_load_and_decode(tmp_path: Path, ext: str, params: list[int], kind: str) -> None:
    image = cv2.cvtColor(render(TEXT, 4), cv2.COLOR_GRAY2BGR)
    data = encode(ext, image, params)
    assert image_header(data) == (kind, image.shape[1], image.shape[0])
    loaded = load_image(data)
    assert loaded.dtype == np.uint8 and loaded.shape == image.shape[:2]
    path = tmp_path / f"code{ext}"
    path.write_bytes(data)
    assert [code.text for code in decode_file(path)] == [TEXT]


def test_header_of_a_non_square_image_is_width_then_height() -> None:
    image = np.full((45, 123, 3), 200, dtype=np.uint8)
    for ext, kind in ((".png", "PNG"), (".jpg", "JPEG"), (".bmp", "BMP"), (".webp", "WebP"), (".gif", "GIF")):
        assert image_header(encode(ext, image)) == (kind, 123, 45)


def test_webp_with_alpha_has_an_extended_header() -> None:
    bgra = np.full((45, 123, 4), 200, dtype=np.uint8)
    bgra[..., 3] = 128
    data = encode(".webp", bgra, [cv2.IMWRITE_WEBP_QUALITY, 90])
    assert image_header(data) == ("WebP", 123, 45)


def test_gif_gives_its_first_frame(tmp_path: Path) -> None:
    other = otpauth_text(np.random.default_rng(43))
    first = cv2.cvtColor(render(TEXT, 4), cv2.COLOR_GRAY2BGR)
    second = cv2.cvtColor(render(other, 4), cv2.COLOR_GRAY2BGR)
    second = cv2.resize(second, (first.shape[1], first.shape[0]), interpolation=cv2.INTER_NEAREST)
    ok, data = cv2.imencodemulti(".gif", [first, second])
    assert ok
    path = tmp_path / "animated.gif"
    path.write_bytes(data.tobytes())
    assert [code.text for code in decode_file(path)] == [TEXT]


def test_sixteen_bit_png_is_brought_to_eight_bits() -> None:
    deep = render(TEXT, 4).astype(np.uint16) * 257
    loaded = load_image(encode(".png", deep))
    assert loaded.dtype == np.uint8
    assert [code.text for code in decode_module.decode_image(loaded)] == [TEXT]


def test_transparent_png_is_flattened_so_the_code_stays_visible() -> None:
    modules = render(TEXT, 4) < 128
    bgra = np.zeros((*modules.shape, 4), dtype=np.uint8)
    bgra[..., 3] = np.where(modules, 255, 0)  # black modules, everything else fully transparent black
    loaded = load_image(encode(".png", bgra))
    assert [code.text for code in decode_module.decode_image(loaded)] == [TEXT]


# --- bad input -------------------------------------------------------------------------------------------------


def test_invalid_image_is_invalid_input() -> None:
    assert issubclass(InvalidImage, InvalidInput)
    assert issubclass(NoQrCode, InvalidImage)


def test_random_bytes_are_not_an_image() -> None:
    data = np.random.default_rng(0).bytes(4096)
    with pytest.raises(InvalidImage) as caught:
        load_image(data)
    assert caught.value.message == "Not an image (the data is not PNG, JPEG, GIF, BMP or WebP)."
    assert "PNG, JPEG, GIF, BMP or WebP" in caught.value.hint


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "the file is empty"),
        (b"%PDF-1.7\n...", "it is a PDF document"),
        (b"PK\x03\x04" + bytes(40), "it is a ZIP archive"),
        (b"II*\x00" + bytes(40), "TIFF images are not supported"),
        (b"otpauth://totp/x?secret=JBSWY3DPEHPK3PXP\n", "it is text"),
        (b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>', "it is an SVG drawing"),
    ],
    ids=["empty", "pdf", "zip", "tiff", "text", "svg"],
)
def test_not_an_image_says_what_it_seems_to_be(data: bytes, words: str) -> None:
    with pytest.raises(InvalidImage) as caught:
        load_image(data)
    assert caught.value.message.startswith("Not an image (")
    assert words in caught.value.message
    assert "JBSWY3DPEHPK3PXP" not in str(caught.value)


@pytest.mark.parametrize("ext", [".png", ".jpg", ".webp", ".gif", ".bmp"])
@pytest.mark.parametrize("keep", [0.5, 0.95])
def test_truncated_image_is_damaged_or_truncated(ext: str, keep: float) -> None:
    image = cv2.cvtColor(render(TEXT, 6), cv2.COLOR_GRAY2BGR)
    image = cv2.GaussianBlur(image, (0, 0), 1.0)  # a bigger, less compressible file
    data = encode(ext, image)
    with pytest.raises(InvalidImage) as caught:
        load_image(data[: int(len(data) * keep)])
    assert "damaged or truncated" in caught.value.message


def test_header_cut_short_is_damaged_or_truncated(qr_png: bytes) -> None:
    with pytest.raises(InvalidImage, match="damaged or truncated"):
        load_image(qr_png[:20])


def test_png_bomb_is_refused_from_its_header(no_imdecode: None) -> None:
    bomb = png_bomb()
    assert len(bomb) < 2000
    tracemalloc.start()
    try:
        with pytest.raises(InvalidImage) as caught:
            load_image(bomb)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert caught.value.message == "The image is 30000×30000 pixels; the limit is 40 megapixels."
    assert caught.value.hint
    assert peak < 1_000_000


def test_complete_png_over_the_pixel_limit_is_refused(no_imdecode: None) -> None:
    """A real, valid 8000×8000 PNG of a few tens of kilobytes (it would decode to 64 MB)."""
    bomb = png_bomb(8000, 8000, rows=8000)
    assert len(bomb) < 200_000
    with pytest.raises(InvalidImage, match=r"8000×8000 pixels; the limit is 40 megapixels"):
        load_image(bomb)


def test_pixel_limit_is_a_parameter(qr_png: bytes) -> None:
    with pytest.raises(InvalidImage) as caught:
        load_image(qr_png, max_pixels=10_000)
    side = render(TEXT, 4).shape[0]
    assert caught.value.message == f"The image is {side}×{side} pixels; the limit is 10000 pixels."


def _patched(data: bytes, offset: int, fmt: str, *values: int) -> bytes:
    return data[:offset] + struct.pack(fmt, *values) + data[offset + struct.calcsize(fmt) :]


def _jpeg_sof_offset(data: bytes) -> int:
    i = data.index(b"\xff\xc0")
    return i + 5  # marker (2), length (2), precision (1), then height and width


@pytest.mark.parametrize("kind", ["JPEG", "GIF", "BMP", "WebP-VP8L", "WebP-VP8X"])
def test_bombs_in_other_formats_are_refused_from_their_headers(kind: str, no_imdecode: None) -> None:
    small = np.full((8, 8, 3), 255, dtype=np.uint8)
    if kind == "JPEG":
        data = encode(".jpg", small)
        data = _patched(data, _jpeg_sof_offset(data), ">HH", 30000, 30000)
        size = "30000×30000"
    elif kind == "GIF":
        data = _patched(encode(".gif", small), 6, "<HH", 30000, 30000)
        size = "30000×30000"
    elif kind == "BMP":
        data = _patched(encode(".bmp", small), 18, "<ii", 30000, -30000)
        size = "30000×30000"
    elif kind == "WebP-VP8L":
        data = encode(".webp", small)
        assert data[12:16] == b"VP8L"
        data = _patched(data, 21, "<I", (16383 << 14) | 16383)
        size = "16384×16384"
    else:
        data = b"RIFF" + struct.pack("<I", 22) + b"WEBPVP8X" + struct.pack("<I", 10) + bytes(4)
        data += (29999).to_bytes(3, "little") + (29999).to_bytes(3, "little")
        size = "30000×30000"
    with pytest.raises(InvalidImage) as caught:
        load_image(data)
    assert caught.value.message.startswith(f"The image is {size} pixels; the limit is")


def test_gif_frame_larger_than_its_screen_counts(no_imdecode: None) -> None:
    """The logical screen may say 8×8 while the first frame is 30000 pixels wide: the frame counts."""
    data = bytearray(encode(".gif", np.full((8, 8, 3), 255, dtype=np.uint8)))
    descriptor = data.index(b"\x2c", 13)
    data[descriptor + 5 : descriptor + 9] = struct.pack("<HH", 30000, 30000)
    with pytest.raises(InvalidImage, match="30000×30000 pixels"):
        load_image(bytes(data))


def test_sparse_100_mb_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.png"
    with open(path, "wb") as file:
        file.write(b"\x89PNG\r\n\x1a\n")
        file.truncate(100 * 2**20)
    tracemalloc.start()
    try:
        with pytest.raises(InvalidImage) as caught:
            decode_file(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert caught.value.message == "The file is 100 MB; the limit is 50 MB."
    assert peak < 1_000_000


def test_bytes_over_the_size_limit_are_refused(qr_png: bytes) -> None:
    with pytest.raises(InvalidImage, match=r"The file is 1\.1 MB; the limit is 1 MB\."):
        load_image(qr_png + bytes(int(1.1 * 2**20) - len(qr_png)), max_bytes=2**20)


def test_endless_stream_is_read_only_up_to_the_limit() -> None:
    """A device or FIFO reports no size: reading stops one byte past the limit."""
    with pytest.raises(InvalidImage, match=r"The file is larger than 1 MB; the limit is 1 MB\."):
        decode_file("/dev/zero", max_bytes=2**20)


def test_image_without_a_code(tmp_path: Path) -> None:
    path = tmp_path / "holiday.png"
    path.write_bytes(encode(".png", np.full((300, 400), 180, dtype=np.uint8)))
    assert decode_file(path) == []
    with pytest.raises(NoQrCode) as caught:
        decode_file(path, require_code=True)
    assert caught.value.message == "No QR code was found in holiday.png."
    assert caught.value.hint


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InvalidImage, match=r"The file nothing\.png does not exist\."):
        decode_file(tmp_path / "nothing.png")
    with pytest.raises(InvalidImage, match=r"Not an image \(.* is a folder\)\."):
        decode_file(tmp_path)


def test_refusals_write_nothing_to_stderr(capfd: pytest.CaptureFixture[str]) -> None:
    """OpenCV's own error lines would be noise on the CLI: the InvalidImage message says it all."""
    data = encode(".bmp", np.full((50, 50, 3), 255, dtype=np.uint8))
    with pytest.raises(InvalidImage):
        load_image(data[: len(data) // 2])
    assert capfd.readouterr().err == ""


@pytest.mark.parametrize(
    "data",
    [
        b"\xff\xd8" + b"\xff" * 4_000_000,
        b"\xff\xd8" + b"\xff\xfe\x00\x02" * 1_000_000,
        b"GIF89a\x08\x00\x08\x00\x00\x00\x00" + b"\x21\xfe" + b"\x01A" * 2_000_000 + b"\x00",
    ],
    ids=["jpeg-fill-bytes", "jpeg-empty-segments", "gif-tiny-sub-blocks"],
)
def test_crafted_headers_that_never_reach_a_frame_are_damaged(data: bytes, no_imdecode: None) -> None:
    """Millions of fill bytes or empty segments: the header walk gives up instead of looping for seconds."""
    with pytest.raises(InvalidImage, match="damaged or truncated"):
        load_image(data)
