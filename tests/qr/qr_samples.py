"""Generated QR images, clean and degraded, shared by the QR tests and ``tests/benchmarks/bench_qr_decode.py``.

Everything is drawn from the ``qrcode`` module matrix with numpy and OpenCV (no Pillow), from a seeded
``numpy.random.Generator``, so a sample is the same image on every machine and every run. Each category makes
one kind of trouble a real screenshot or photo has (rotation, blur, noise, JPEG, a logo, a dark-mode page, tiny
modules on a 4K screen); its parameters vary inside a range that a good decoder should still read, which is what
the benchmark measures.

The module name is unique on purpose: test folders have no ``__init__.py``, so helper modules share one
namespace on ``sys.path``.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass

import cv2
import numpy as np
import qrcode
import qrcode.constants

ERROR_LEVELS = {
    "L": qrcode.constants.ERROR_CORRECT_L,
    "M": qrcode.constants.ERROR_CORRECT_M,
    "Q": qrcode.constants.ERROR_CORRECT_Q,
    "H": qrcode.constants.ERROR_CORRECT_H,
}

WORDS = ("lorem", "ipsum", "dolor", "sit", "amet", "consectetur")
ISSUERS = ("Example", "GitHub", "ACME Corp", "Mail", "Bank", "Cloud", "Forum", "VPN")


@dataclass(frozen=True)
class Sample:
    """An image and the texts of every QR code drawn in it (empty for images without a code)."""

    category: str
    image: np.ndarray
    texts: tuple[str, ...]


def otpauth_text(rng: np.random.Generator) -> str:
    """A realistic otpauth URI with a random 160-bit secret, so no two samples share a text."""
    secret = base64.b32encode(rng.bytes(20)).decode().rstrip("=")
    issuer = ISSUERS[int(rng.integers(len(ISSUERS)))]
    user = f"user{int(rng.integers(1000))}@example.com"
    label = f"{issuer}:{user}".replace(" ", "%20")
    return (
        f"otpauth://totp/{label}?secret={secret}&issuer={issuer.replace(' ', '%20')}&algorithm=SHA1&digits=6&period=30"
    )


def qr_matrix(text: str, error: str = "M", border: int = 4) -> np.ndarray:
    """The module matrix (True = dark) including the quiet zone."""
    code = qrcode.QRCode(error_correction=ERROR_LEVELS[error], border=border)
    code.add_data(text)
    code.make(fit=True)
    return np.array(code.get_matrix(), dtype=bool)


def render(text: str, module: float = 6.0, error: str = "M", border: int = 4) -> np.ndarray:
    """A grayscale QR image (black on white) with ``module`` pixels per module, fractional sizes anti-aliased."""
    matrix = qr_matrix(text, error, border)
    if float(module).is_integer():
        scale = int(module)
        return np.where(np.kron(matrix, np.ones((scale, scale), dtype=bool)), 0, 255).astype(np.uint8)
    fine = np.where(np.kron(matrix, np.ones((8, 8), dtype=bool)), 0, 255).astype(np.uint8)
    side = round(matrix.shape[0] * module)
    return cv2.resize(fine, (side, side), interpolation=cv2.INTER_AREA)


def place(canvas: np.ndarray, image: np.ndarray, x: int, y: int) -> np.ndarray:
    """Paste ``image`` into ``canvas`` (same channel count) at (x, y), in place; returns the canvas."""
    h, w = image.shape[:2]
    canvas[y : y + h, x : x + w] = image
    return canvas


def _rotate(image: np.ndarray, angle: float, background: int = 255) -> np.ndarray:
    """Rotate about the centre onto a canvas big enough for the whole result."""
    h, w = image.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    cos, sin = abs(matrix[0, 0]), abs(matrix[0, 1])
    new_w, new_h = int(h * sin + w * cos) + 2, int(h * cos + w * sin) + 2
    matrix[0, 2] += new_w / 2 - w / 2
    matrix[1, 2] += new_h / 2 - h / 2
    return cv2.warpAffine(image, matrix, (new_w, new_h), flags=cv2.INTER_LINEAR, borderValue=background)


def _page(rng: np.random.Generator, width: int, height: int, dark: bool = False) -> np.ndarray:
    """A screen-like grayscale background: a flat page with panels and lines of text, as on a setup web page."""
    paper, ink = (32, 200) if dark else (245, 40)
    page = np.full((height, width), paper, dtype=np.uint8)
    for _ in range(int(rng.integers(3, 8))):
        x0, y0 = int(rng.integers(0, width - 40)), int(rng.integers(0, height - 40))
        x1, y1 = x0 + int(rng.integers(30, width // 3)), y0 + int(rng.integers(20, height // 4))
        shade = int(np.clip(paper + rng.integers(-25, 25), 0, 255))
        cv2.rectangle(page, (x0, y0), (x1, y1), shade, -1)
    scale = max(0.4, width / 2400)
    line = max(14, int(30 * scale))
    for y in range(line, height - 4, line * 2):
        if rng.random() < 0.5:
            words = " ".join(WORDS[: int(rng.integers(2, 6))] * 3)
            cv2.putText(page, words, (int(rng.integers(4, 60)), y), cv2.FONT_HERSHEY_SIMPLEX, scale, ink, 1)
    return page


# --- categories --------------------------------------------------------------------------------------------
# Each takes the generator and returns (image, texts). Ranges are chosen so that the code is still readable
# by eye: a decoder that misses them misses real screenshots and photos.


def _plain(rng: np.random.Generator) -> tuple[np.ndarray, list[str]]:
    text = otpauth_text(rng)
    return render(text, int(rng.integers(3, 9))), [text]


def _rotated_15(rng: np.random.Generator) -> tuple[np.ndarray, list[str]]:
    text = otpauth_text(rng)
    angle = float(rng.uniform(10, 20)) * (1 if rng.random() < 0.5 else -1)
    return _rotate(render(text, int(rng.integers(4, 8))), angle), [text]


def _rotated_90(rng: np.random.Generator) -> tuple[np.ndarray, list[str]]:
    text = otpauth_text(rng)
    turns = (cv2.ROTATE_90_CLOCKWISE, cv2.ROTATE_180, cv2.ROTATE_90_COUNTERCLOCKWISE)
    return cv2.rotate(render(text, int(rng.integers(3, 8))), turns[int(rng.integers(3))]), [text]


def _rotated_any(rng: np.random.Generator) -> tuple[np.ndarray, list[str]]:
    text = otpauth_text(rng)
    return _rotate(render(text, int(rng.integers(4, 8))), float(rng.uniform(0, 360))), [text]


def _perspective(rng: np.random.Generator) -> tuple[np.ndarray, list[str]]:
    text = otpauth_text(rng)
    image = render(text, int(rng.integers(4, 8)))
    side = image.shape[0]
    pad = side // 4
    canvas = np.full((side + 2 * pad, side + 2 * pad), 255, dtype=np.uint8)
    place(canvas, image, pad, pad)
    src = np.float32([[pad, pad], [pad + side, pad], [pad + side, pad + side], [pad, pad + side]])
    dst = src + rng.uniform(-0.15, 0.15, size=(4, 2)).astype(np.float32) * side
    warp = cv2.getPerspectiveTransform(src, dst.astype(np.float32))
    size = canvas.shape[1], canvas.shape[0]
    return cv2.warpPerspective(canvas, warp, size, flags=cv2.INTER_LINEAR, borderValue=255), [text]


def _gaussian_blur(rng: np.random.Generator) -> tuple[np.ndarray, list[str]]:
    text = otpauth_text(rng)
    module = int(rng.integers(4, 8))
    sigma = module * float(rng.uniform(0.3, 0.55))
    return cv2.GaussianBlur(render(text, module), (0, 0), sigma), [text]


def _motion_blur(rng: np.random.Generator) -> tuple[np.ndarray, list[str]]:
    text = otpauth_text(rng)
    module = int(rng.integers(4, 8))
    length = max(3, int(module * rng.uniform(0.8, 1.3)))
    kernel = np.zeros((length, length), dtype=np.float32)
    kernel[length // 2, :] = 1.0 / length
    angle = float(rng.uniform(0, 180))
    rot = cv2.getRotationMatrix2D((length / 2 - 0.5, length / 2 - 0.5), angle, 1.0)
    kernel = cv2.warpAffine(kernel, rot, (length, length))
    kernel /= kernel.sum()
    return cv2.filter2D(render(text, module), -1, kernel, borderType=cv2.BORDER_REPLICATE), [text]


def _gaussian_noise(rng: np.random.Generator) -> tuple[np.ndarray, list[str]]:
    text = otpauth_text(rng)
    image = render(text, int(rng.integers(3, 8))).astype(np.float32)
    image += rng.normal(0, float(rng.uniform(25, 55)), size=image.shape).astype(np.float32)
    return np.clip(image, 0, 255).astype(np.uint8), [text]


def _salt_pepper(rng: np.random.Generator) -> tuple[np.ndarray, list[str]]:
    text = otpauth_text(rng)
    image = render(text, int(rng.integers(4, 8)))
    amount = float(rng.uniform(0.03, 0.08))
    mask = rng.random(image.shape)
    image[mask < amount / 2] = 0
    image[mask > 1 - amount / 2] = 255
    return image, [text]


def _low_contrast(rng: np.random.Generator) -> tuple[np.ndarray, list[str]]:
    text = otpauth_text(rng)
    image = render(text, int(rng.integers(3, 8))).astype(np.float32) / 255
    low = float(rng.uniform(60, 180))
    spread = float(rng.uniform(18, 40))
    return (low + image * spread).astype(np.uint8), [text]


def _inverted(rng: np.random.Generator) -> tuple[np.ndarray, list[str]]:
    text = otpauth_text(rng)
    image = 255 - render(text, int(rng.integers(3, 8)))
    # Dark-mode pages are rarely pure black and white.
    return (image.astype(np.float32) * float(rng.uniform(0.75, 0.95)) + float(rng.uniform(10, 30))).astype(np.uint8), [
        text
    ]


def _dark_mode_page(rng: np.random.Generator) -> tuple[np.ndarray, list[str]]:
    text = otpauth_text(rng)
    page = _page(rng, 960, 640, dark=True)
    code = 255 - render(text, int(rng.integers(3, 5)))
    code = (code.astype(np.float32) * 0.78 + 32).astype(np.uint8)
    x = int(rng.integers(0, page.shape[1] - code.shape[1]))
    y = int(rng.integers(0, page.shape[0] - code.shape[0]))
    return place(page, code, x, y), [text]


def _tiny(rng: np.random.Generator) -> tuple[np.ndarray, list[str]]:
    """Small modules (1.3–2 px) on a full-HD page, like a setup page on a large, scaled-down screen."""
    text = otpauth_text(rng)
    code = render(text, float(rng.uniform(1.4, 2.0)))
    page = _page(rng, 1920, 1080)
    x = int(rng.integers(0, page.shape[1] - code.shape[1]))
    y = int(rng.integers(0, page.shape[0] - code.shape[0]))
    return place(page, code, x, y), [text]


def _jpeg(rng: np.random.Generator) -> tuple[np.ndarray, list[str]]:
    text = otpauth_text(rng)
    image = render(text, int(rng.integers(3, 7)))
    image = cv2.GaussianBlur(image, (0, 0), 0.6)  # a photo or a scaled screenshot is never pixel-sharp
    ok, data = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, int(rng.integers(10, 21))])
    assert ok
    return cv2.imdecode(data, cv2.IMREAD_GRAYSCALE), [text]


def _logo(rng: np.random.Generator) -> tuple[np.ndarray, list[str]]:
    """Error correction H with a logo over the centre, as many services draw their setup codes."""
    text = otpauth_text(rng)
    module = int(rng.integers(4, 8))
    image = render(text, module, error="H")
    side = image.shape[0]
    logo = int(side * float(rng.uniform(0.18, 0.24)))
    start = (side - logo) // 2
    shade = int(rng.integers(60, 200))
    cv2.rectangle(image, (start, start), (start + logo, start + logo), 255, -1)
    cv2.circle(image, (side // 2, side // 2), logo // 2 - 4, shade, -1)
    return image, [text]


def _two_codes(rng: np.random.Generator) -> tuple[np.ndarray, list[str]]:
    first, second = otpauth_text(rng), otpauth_text(rng)
    a, b = render(first, int(rng.integers(3, 7))), render(second, int(rng.integers(3, 7)))
    height = max(a.shape[0], b.shape[0]) + 40
    canvas = np.full((height, a.shape[1] + b.shape[1] + 60, 3), 255, dtype=np.uint8)
    place(canvas, cv2.cvtColor(a, cv2.COLOR_GRAY2BGR), 20, 20)
    place(canvas, cv2.cvtColor(b, cv2.COLOR_GRAY2BGR), a.shape[1] + 40, 20)
    return canvas, [first, second]


def _uneven_light(rng: np.random.Generator) -> tuple[np.ndarray, list[str]]:
    """A photo of a screen or paper: brightness falls off across the code."""
    text = otpauth_text(rng)
    image = render(text, int(rng.integers(4, 8))).astype(np.float32)
    h, w = image.shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    angle = float(rng.uniform(0, 2 * np.pi))
    ramp = (np.cos(angle) * xx / w + np.sin(angle) * yy / h + 1) / 2
    light = 1.0 - float(rng.uniform(0.45, 0.65)) * ramp
    return np.clip(image * light + 10, 0, 255).astype(np.uint8), [text]


def _colour(rng: np.random.Generator) -> tuple[np.ndarray, list[str]]:
    """A branded code: dark coloured modules on a tinted background, as a BGR image."""
    text = otpauth_text(rng)
    mask = render(text, int(rng.integers(3, 8))) < 128
    dark = rng.integers(0, 110, size=3)
    light = rng.integers(190, 256, size=3)
    image = np.where(mask[..., None], dark, light).astype(np.uint8)
    return image, [text]


def _screen_scaled(rng: np.random.Generator) -> tuple[np.ndarray, list[str]]:
    """A screenshot taken at a fractional display scale: modules of 2.2–3.5 px, resampled, on a page."""
    text = otpauth_text(rng)
    code = render(text, float(rng.uniform(2.2, 3.5)))
    page = _page(rng, 1280, 800)
    x = int(rng.integers(0, page.shape[1] - code.shape[1]))
    y = int(rng.integers(0, page.shape[0] - code.shape[0]))
    return place(page, code, x, y), [text]


def _photo_large(rng: np.random.Generator) -> tuple[np.ndarray, list[str]]:
    """A phone photo of a code that fills much of the frame: big modules, out of focus, sensor noise."""
    text = otpauth_text(rng)
    module = int(rng.integers(10, 22))
    code = render(text, module)
    height, width = max(1200, code.shape[0] + 20), max(1600, code.shape[1] + 20)
    photo = np.full((height, width), int(rng.integers(200, 245)), dtype=np.uint8)
    x = int(rng.integers(0, width - code.shape[1]))
    y = int(rng.integers(0, height - code.shape[0]))
    place(photo, code, x, y)
    photo = cv2.GaussianBlur(photo, (0, 0), module * float(rng.uniform(0.3, 0.55))).astype(np.float32)
    photo += rng.normal(0, float(rng.uniform(5, 25)), size=photo.shape).astype(np.float32)
    return np.clip(photo, 0, 255).astype(np.uint8), [text]


def _no_code(rng: np.random.Generator) -> tuple[np.ndarray, list[str]]:
    """A page, photo-like noise or a checkerboard: nothing to find, and nothing must be made up."""
    kind = int(rng.integers(3))
    if kind == 0:
        return _page(rng, 800, 600, dark=bool(rng.random() < 0.5)), []
    if kind == 1:
        noise = rng.integers(0, 256, size=(300, 300), dtype=np.uint8)
        return cv2.GaussianBlur(noise, (0, 0), float(rng.uniform(0.5, 3))), []
    cells = int(rng.integers(4, 12))
    board = (np.indices((40, 40)).sum(axis=0) % 2).astype(np.uint8) * 255
    return cv2.resize(board, (40 * cells, 40 * cells), interpolation=cv2.INTER_NEAREST), []


#: The benchmark's categories, in report order. ``no_code`` counts false positives only.
CATEGORIES: dict[str, Callable[[np.random.Generator], tuple[np.ndarray, list[str]]]] = {
    "plain": _plain,
    "rotated_15": _rotated_15,
    "rotated_90": _rotated_90,
    "rotated_any": _rotated_any,
    "perspective": _perspective,
    "gaussian_blur": _gaussian_blur,
    "motion_blur": _motion_blur,
    "gaussian_noise": _gaussian_noise,
    "salt_pepper": _salt_pepper,
    "low_contrast": _low_contrast,
    "uneven_light": _uneven_light,
    "inverted": _inverted,
    "dark_mode_page": _dark_mode_page,
    "tiny_modules": _tiny,
    "screen_scaled": _screen_scaled,
    "photo_large": _photo_large,
    "jpeg_q10_20": _jpeg,
    "logo_ec_h": _logo,
    "colour_bgr": _colour,
    "two_codes": _two_codes,
    "no_code": _no_code,
}


def sample(category: str, seed: int) -> Sample:
    """One sample of ``category`` from ``seed``: the same image on every run."""
    rng = np.random.default_rng([seed, list(CATEGORIES).index(category)])
    image, texts = CATEGORIES[category](rng)
    return Sample(category, image, tuple(texts))


def corpus(per_category: int, seed: int = 2026) -> list[Sample]:
    """``per_category`` samples of every category."""
    return [sample(name, seed * 10_000 + i) for name in CATEGORIES for i in range(per_category)]


def screen_4k(seed: int = 7, module: float = 1.5) -> Sample:
    """A 3840×2160 screenshot of a setup page whose QR code has ``module``-pixel modules."""
    rng = np.random.default_rng(seed)
    text = otpauth_text(rng)
    code = render(text, module)
    page = _page(rng, 3840, 2160)
    place(page, code, 2900, 1500)
    return Sample("screen_4k", page, (text,))
