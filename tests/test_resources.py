"""The desktop integration files in resources/: valid for the desktop's own validators, consistent with each other,
and an icon that renders at every size we ship.

``desktop-file-validate`` (desktop-file-utils) and ``appstreamcli`` (appstream) are the tools distributions and
Flathub run; ``need`` makes a missing one a failure in CI instead of a silent skip.
"""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from support import need

from authenticator import app

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"
APP_ID = "io.github.authenticator.Authenticator"
DESKTOP = RESOURCES / f"{APP_ID}.desktop"
METAINFO = RESOURCES / f"{APP_ID}.metainfo.xml"
SVG = RESOURCES / "icons" / f"{APP_ID}.svg"
SCHEMES = {"x-scheme-handler/otpauth", "x-scheme-handler/otpauth-migration"}
PNG_SIZES = (16, 32, 48, 64, 128, 256)


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive in desktop files
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_passes_desktop_file_validate() -> None:
    tool = shutil.which("desktop-file-validate")
    need(tool is not None, "desktop-file-validate (Debian package desktop-file-utils)")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    # Hints are advice; errors and warnings are not.
    assert "error:" not in result.stdout and "warning:" not in result.stdout, result.stdout


def test_desktop_file_launches_the_app_with_links_and_handles_both_schemes() -> None:
    entry = desktop_entry()
    assert entry["Exec"] == "authenticator %u"  # %u: a clicked otpauth:// link arrives as the argument
    assert entry["Icon"] == APP_ID
    assert set(filter(None, entry["MimeType"].split(";"))) == SCHEMES
    assert set(filter(None, entry["Categories"].split(";"))) == {"Utility", "Security"}
    assert "TOTP" in entry["Keywords"].split(";")
    assert entry["StartupNotify"] == "true"


def test_window_announces_the_same_desktop_file_and_ships_the_same_icon() -> None:
    """Wayland finds the window's .desktop file (and so its icon) by this name."""
    assert app.APP_ID == APP_ID == DESKTOP.stem
    assert app.ICON_PATH.is_file(), "run scripts/render-icons to copy the icon into the package"
    assert app.ICON_PATH.read_bytes() == SVG.read_bytes(), "package icon is stale: run scripts/render-icons"


def test_metainfo_passes_appstreamcli_validate() -> None:
    tool = shutil.which("appstreamcli")
    need(tool is not None, "appstreamcli (Debian package appstream)")
    result = subprocess.run([tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_agrees_with_the_desktop_file() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert root.find("launchable").text == DESKTOP.name
    assert {m.text for m in root.iter("mediatype")} == SCHEMES
    release = root.find("releases/release")
    assert (release.get("version"), release.get("date")) == ("0.1.0", "2026-11-28")
    for image in root.iter("image"):
        name = image.text.rsplit("/docs/screenshots/", 1)[-1]
        assert (ROOT / "docs" / "screenshots" / name).is_file(), f"screenshot {name} is not in docs/screenshots"


@pytest.fixture
def qt_gui(qapp):
    """Rendering needs an application object: pytest-qt's QApplication, never a bare QGuiApplication (which would
    break every widget test that runs after this module)."""
    return qapp


@pytest.mark.parametrize("size", PNG_SIZES)
def test_each_png_has_the_size_its_name_says(qt_gui, size: int) -> None:
    from PySide6.QtGui import QImage

    path = SVG.with_name(f"{APP_ID}-{size}.png")
    image = QImage(str(path))
    assert not image.isNull(), f"{path.name} missing or unreadable: run scripts/render-icons"
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()  # transparent corners around the rounded square


def test_no_unexpected_png_sizes() -> None:
    names = {p.name for p in SVG.parent.glob("*.png")}
    assert names == {f"{APP_ID}-{size}.png" for size in PNG_SIZES}
    assert all(re.fullmatch(rf"{re.escape(APP_ID)}-\d+\.png", n) for n in names)


def test_svg_renders_non_empty_with_qsvgrenderer(qt_gui) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    assert renderer.isValid()
    assert renderer.defaultSize().width() == renderer.defaultSize().height() > 0
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    # The corner stays transparent, the middle of the square is painted, and the code marks are white.
    assert image.pixelColor(0, 0).alpha() == 0
    assert image.pixelColor(32, 10).alpha() == 255
    opaque = sum(image.pixelColor(x, y).alpha() > 0 for x in range(64) for y in range(64))
    assert opaque > 64 * 64 // 2
    assert image.pixelColor(32, 26) == QColor("#ffffff")


def test_window_icon_loads_from_the_package(qt_gui) -> None:
    from PySide6.QtGui import QIcon

    icon = QIcon(str(app.ICON_PATH))
    assert not icon.isNull()
    assert icon.pixmap(32, 32).width() == 32  # the SVG image plugin is present and draws it
