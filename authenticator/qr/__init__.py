"""QR codes: decoding images without Qt (``decode``); capture from screen and camera live beside it.

Nothing imported here may pull in Qt, so the CLI can decode an image file as fast as it starts.
"""

from .decode import InvalidImage, NoQrCode, QrCode, QrContent, classify, decode_file, decode_image, load_image

__all__ = ["InvalidImage", "NoQrCode", "QrCode", "QrContent", "classify", "decode_file", "decode_image", "load_image"]
