"""packaging/bundle_icons.py: the Windows .ico and macOS .icns the spec builds from the committed PNGs.

Qt's own ico and icns image plugins read them back, so the files are what those platforms' loaders expect.
"""

from __future__ import annotations

import importlib.util
import struct
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PNGS = sorted((ROOT / "resources" / "icons").glob("io.github.authenticator.Authenticator-*.png"))


def _load_module():
    spec = importlib.util.spec_from_file_location("bundle_icons", ROOT / "packaging" / "bundle_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bundle_icons = _load_module()


def _sizes_read_by_qt(path: Path) -> set[int]:
    from PySide6.QtGui import QImageReader

    reader = QImageReader(str(path))
    sizes = set()
    for _ in range(reader.imageCount()):
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        assert image.width() == image.height()
        sizes.add(image.width())
        reader.jumpToNextImage()
    return sizes


def test_ico_holds_every_png_and_qt_reads_them(qapp, tmp_path: Path) -> None:
    path = bundle_icons.write_icon("ico", PNGS, tmp_path / "app.ico")
    reserved, kind, count = struct.unpack("<HHH", path.read_bytes()[:6])
    assert (reserved, kind, count) == (0, 1, len(PNGS))
    assert _sizes_read_by_qt(path) == {16, 32, 48, 64, 128, 256}


def test_icns_holds_the_sizes_macos_has_png_types_for(qapp, tmp_path: Path) -> None:
    path = bundle_icons.write_icon("icns", PNGS, tmp_path / "app.icns")
    data = path.read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    assert _sizes_read_by_qt(path) == {16, 32, 64, 128, 256}  # no PNG element type exists for 48 px


def test_non_png_and_non_square_input_is_refused(tmp_path: Path) -> None:
    text = tmp_path / "x.png"
    text.write_text("not an image")
    with pytest.raises(ValueError, match="not a PNG"):
        bundle_icons.ico_bytes([text])
    wide = tmp_path / "wide.png"
    wide.write_bytes(bundle_icons.PNG_SIGNATURE + b"\0\0\0\rIHDR" + struct.pack(">II", 32, 16) + b"\0" * 9)
    with pytest.raises(ValueError, match="not square"):
        bundle_icons.icns_bytes([wide])
