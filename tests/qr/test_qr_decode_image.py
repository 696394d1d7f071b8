"""decode_image on generated images: every kind of trouble a screenshot or photo has must still give the exact text.

The images come from ``qr_samples`` (seeded, so each is the same on every run); the benchmark measures the same
categories over hundreds of images, these tests pin a few of each so a regression fails here first.
"""

from __future__ import annotations

import cv2
import numpy as np
import pytest
import qr_samples
from qr_samples import otpauth_text, place, render, sample

from authenticator.qr import InvalidImage, QrCode, decode_image
from authenticator.qr import decode as decode_module

SEEDS = (0, 1, 2)

ONE_CODE = (
    "plain",
    "rotated_15",
    "rotated_90",
    "rotated_any",
    "perspective",
    "gaussian_blur",
    "motion_blur",
    "gaussian_noise",
    "salt_pepper",
    "low_contrast",
    "uneven_light",
    "inverted",
    "dark_mode_page",
    "tiny_modules",
    "screen_scaled",
    "photo_large",
    "jpeg_q10_20",
    "logo_ec_h",
    "colour_bgr",
)


def texts(image: np.ndarray) -> list[str]:
    return [code.text for code in decode_image(image)]


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("category", ONE_CODE)
def test_degraded_code_decodes_to_the_exact_text(category: str, seed: int) -> None:
    case = sample(category, seed)
    assert texts(case.image) == list(case.texts)


@pytest.mark.parametrize("seed", SEEDS)
def test_two_codes_in_one_image_are_both_returned(seed: int) -> None:
    case = sample("two_codes", seed)
    assert len(case.texts) == 2
    assert sorted(texts(case.image)) == sorted(case.texts)


@pytest.mark.parametrize("seed", SEEDS)
def test_image_without_a_code_gives_an_empty_list(seed: int) -> None:
    assert decode_image(sample("no_code", seed).image) == []


def test_tiny_modules_on_a_4k_screen() -> None:
    screen = qr_samples.screen_4k(module=1.5)
    assert screen.image.shape == (2160, 3840)
    assert texts(screen.image) == list(screen.texts)


@pytest.mark.parametrize("degree", [15, 90])
def test_exact_rotations(degree: int) -> None:
    text = otpauth_text(np.random.default_rng(degree))
    image = render(text, 5)
    rotated = cv2.rotate(image, cv2.ROTATE_90_CLOCKWISE) if degree == 90 else qr_samples._rotate(image, degree)
    assert texts(rotated) == [text]


def test_jpeg_quality_15() -> None:
    text = otpauth_text(np.random.default_rng(15))
    ok, data = cv2.imencode(".jpg", cv2.GaussianBlur(render(text, 4), (0, 0), 0.6), [cv2.IMWRITE_JPEG_QUALITY, 15])
    assert ok
    assert texts(cv2.imdecode(data, cv2.IMREAD_GRAYSCALE)) == [text]


def test_position_is_the_code_in_image_coordinates() -> None:
    text = otpauth_text(np.random.default_rng(3))
    code = render(text, 5, border=4)
    canvas = np.full((600, 800), 255, dtype=np.uint8)
    place(canvas, code, 300, 150)
    [found] = decode_image(canvas)
    x, y, w, h = found.bounding_box
    symbol = code.shape[0] - 2 * 4 * 5  # without the quiet zone
    assert abs(x - (300 + 20)) <= 5 and abs(y - (150 + 20)) <= 5
    assert abs(w - symbol) <= 10 and abs(h - symbol) <= 10
    assert len(found.position) == 4


@pytest.mark.parametrize(("prepare", "scale", "module"), [("_upscale", 2.0, 3), ("_half", 0.5, 8)])
def test_retry_positions_are_mapped_back_from_the_resized_copy(prepare: str, scale: float, module: int) -> None:
    """A code found in a resized retry must be outlined where it is in the caller's image, not in the copy."""
    text = otpauth_text(np.random.default_rng(4))
    canvas = np.full((600, 700), 255, dtype=np.uint8)
    place(canvas, render(text, module), 100, 60)
    [direct] = decode_module._read(canvas, 1.0)
    [resized] = decode_module._read(getattr(decode_module, prepare)(canvas), scale)
    assert resized.text == direct.text == text
    for (x1, y1), (x2, y2) in zip(direct.position, resized.position, strict=True):
        assert abs(x1 - x2) <= 3 and abs(y1 - y2) <= 3


def test_same_code_twice_is_returned_once() -> None:
    text = otpauth_text(np.random.default_rng(5))
    code = render(text, 4)
    canvas = np.full((code.shape[0] + 20, 2 * code.shape[1] + 40), 255, dtype=np.uint8)
    place(canvas, code, 10, 10)
    place(canvas, code, code.shape[1] + 30, 10)
    assert texts(canvas) == [text]


def test_bgr_and_single_channel_arrays() -> None:
    text = otpauth_text(np.random.default_rng(6))
    gray = render(text, 4)
    assert texts(cv2.cvtColor(gray, cv2.COLOR_GRAY2BGR)) == [text]
    assert texts(gray[:, :, None]) == [text]


@pytest.mark.parametrize("dark_modules", [True, False], ids=["dark-on-transparent", "light-on-transparent"])
def test_transparent_background_keeps_the_code_visible(dark_modules: bool) -> None:
    """Codes drawn only as modules on a transparent background (web pages, dark mode) must not vanish."""
    text = otpauth_text(np.random.default_rng(7))
    modules = render(text, 4) < 128
    bgra = np.zeros((*modules.shape, 4), dtype=np.uint8)
    bgra[..., :3] = 0 if dark_modules else 255
    bgra[..., 3] = np.where(modules, 255, 0)
    assert texts(bgra) == [text]


def test_qr_code_repr_hides_the_text() -> None:
    code = QrCode("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP", ((0, 0), (1, 0), (1, 1), (0, 1)))
    assert "JBSWY3DPEHPK3PXP" not in repr(code)
    assert code.bounding_box == (0, 0, 1, 1)


@pytest.mark.parametrize(
    "array",
    [np.zeros((0, 0), np.uint8), np.zeros((10, 10), np.float32), np.zeros((10, 10, 2), np.uint8)],
    ids=["empty", "float", "two-channels"],
)
def test_unusable_arrays_are_invalid_images(array: np.ndarray) -> None:
    with pytest.raises(InvalidImage, match="Not an image"):
        decode_image(array)


@pytest.mark.parametrize(
    ("category", "seed", "retry"),
    [
        ("photo_large", 0, "_half"),
        ("gaussian_noise", 1, "_half"),
        ("salt_pepper", 30, "_median"),
        ("gaussian_blur", 2, "_unsharp"),
        ("low_contrast", 3, "_unsharp"),
        ("inverted", 0, "_unsharp"),
        ("tiny_modules", 31, "_upscale"),
    ],
)
def test_retries_rescue_what_the_first_pass_misses(category: str, seed: int, retry: str) -> None:
    """These images defeat the first zxing-cpp call; the retry aimed at their trouble reads them."""
    case = sample(category, seed)
    gray = decode_module._to_gray(case.image)
    first, *retries = decode_module._passes(gray)
    assert first[0] is decode_module._same
    assert decode_module._read(gray, 1.0, first[2]) == []
    rescued_by = [
        prepare.__name__ for prepare, scale, down in retries if decode_module._read(prepare(gray), scale, down)
    ]
    assert rescued_by[:1] == [retry]
    assert texts(case.image) == list(case.texts)


def test_big_images_are_not_upscaled() -> None:
    """Upscaling a 4K screenshot would cost 33 megapixels for little gain: the retry is skipped there."""
    big = np.full((2160, 3840), 255, dtype=np.uint8)
    assert decode_module._upscale not in [prepare for prepare, _, _ in decode_module._passes(big)]
    small = np.full((1080, 1920), 255, dtype=np.uint8)
    assert decode_module._upscale in [prepare for prepare, _, _ in decode_module._passes(small)]


@pytest.mark.parametrize("module", [1.5, 3.0, 8.0])
def test_4k_screen_with_codes_of_any_size(module: float) -> None:
    screen = qr_samples.screen_4k(seed=int(module * 10), module=module)
    assert texts(screen.image) == list(screen.texts)
