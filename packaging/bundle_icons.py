"""Windows .ico and macOS .icns files from the committed PNG icons, in plain Python (no Pillow, no iconutil).

Both formats are containers that may hold PNG data as is (ICO since Windows Vista, ICNS since macOS 10.7),
so the spec builds the icon of the platform it runs on from ``resources/icons/*.png`` at build time and no
binary icon file needs to be kept in sync with the SVG by hand.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable
from pathlib import Path

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

#: ICNS element types that hold PNG data, by pixel size (macOS has no PNG type for 48 px).
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09", 1024: b"ic10"}


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk; ValueError for anything that is not a PNG."""
    if not data.startswith(PNG_SIGNATURE) or data[12:16] != b"IHDR":
        raise ValueError("not a PNG file")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _square_pngs(paths: Iterable[Path]) -> list[tuple[int, bytes]]:
    found: dict[int, bytes] = {}
    for path in paths:
        data = Path(path).read_bytes()
        width, height = png_size(data)
        if width != height:
            raise ValueError(f"{path}: icon is not square ({width}x{height})")
        found[width] = data
    if not found:
        raise ValueError("no PNG icons given")
    return sorted(found.items())


def ico_bytes(paths: Iterable[Path]) -> bytes:
    """An ICO holding every PNG up to 256 px (ICO's limit; 256 is written as 0 in the directory)."""
    images = [(size, data) for size, data in _square_pngs(paths) if size <= 256]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in images:
        side = 0 if size == 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(blobs))
        blobs += data
    return header + entries + blobs


def icns_bytes(paths: Iterable[Path]) -> bytes:
    """An ICNS holding every PNG whose size macOS has a PNG element type for."""
    elements = b""
    for size, data in _square_pngs(paths):
        kind = ICNS_TYPES.get(size)
        if kind is not None:
            elements += kind + struct.pack(">I", 8 + len(data)) + data
    if not elements:
        raise ValueError("no PNG icon of a size ICNS can hold")
    return b"icns" + struct.pack(">I", 8 + len(elements)) + elements


def write_icon(kind: str, pngs: Iterable[Path], target: Path) -> Path:
    """Write an ``ico`` or ``icns`` file to ``target`` (parent folders are made) and return its path."""
    data = {"ico": ico_bytes, "icns": icns_bytes}[kind](pngs)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return target
