"""QR codes: decoding images without Qt (``decode``); capture from screen and camera live beside it.

Nothing imported here may pull in Qt, so the CLI can decode an image file as fast as it starts. The light
names (:mod:`.content`) load at once; the decoder (OpenCV, numpy, zxing-cpp: ~0.1 s and ~30 MB) only when one
of its names is first used, so the window starts without it.
"""

from __future__ import annotations

from typing import Any

from .content import InvalidImage, NoQrCode, QrCode, QrContent, classify

_DECODER_NAMES = {"decode_file", "decode_image", "load_image"}

__all__ = ["InvalidImage", "NoQrCode", "QrCode", "QrContent", "classify", "decode_file", "decode_image", "load_image"]


def __getattr__(name: str) -> Any:
    if name in _DECODER_NAMES:
        from . import decode

        return getattr(decode, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
