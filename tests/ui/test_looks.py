"""Light and dark palettes: cards, dim text and warnings follow the palette and stay readable."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette
from PySide6.QtWidgets import QApplication

from authenticator.ui import theme
from authenticator.ui.theme import contrast, dark_palette


def light_palette() -> QPalette:
    return QApplication.style().standardPalette()


@pytest.mark.parametrize("make_palette", [light_palette, dark_palette], ids=["light", "dark"])
def test_text_on_cards_is_readable(qapp, make_palette) -> None:  # type: ignore[no-untyped-def]
    palette = make_palette()
    card = theme.card_colour(palette)
    assert contrast(palette.color(QPalette.ColorRole.WindowText), card) >= 7
    assert contrast(theme.dim_text(palette), card) >= 4.5  # the account name
    assert contrast(theme.warning_colour(palette), card) >= 4.5  # the expiring code
    assert contrast(theme.error_colour(palette), card) >= 4.5  # "Secret missing from keyring"


def test_code_digits_have_equal_widths(qapp) -> None:  # type: ignore[no-untyped-def]
    font = theme.code_font(QFont(QApplication.font()))
    metrics = QFontMetricsF(font)
    assert len({round(metrics.horizontalAdvance(d), 2) for d in "0123456789"}) == 1
    assert font.pointSizeF() >= 1.9 * QApplication.font().pointSizeF() or font.pixelSize() > 0


def test_the_list_paints_cards_from_the_palette(make_window, accounts, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    rect = window.list.visualRect(window.proxy.index(1, 0))
    delegate = window.list.delegate
    inside = rect.topLeft() + type(rect.topLeft())(delegate.MARGIN_X + 6, rect.height() - delegate.MARGIN_Y - 4)

    def card_pixel() -> QColor:
        image = window.list.viewport().grab().toImage()
        ratio = image.devicePixelRatio()
        return image.pixelColor(round(inside.x() * ratio), round(inside.y() * ratio))

    window.setPalette(light_palette())
    light = card_pixel()
    window.setPalette(dark_palette())
    dark = card_pixel()
    assert light.lightness() > 200
    assert dark.lightness() < 90
    assert abs(dark.lightness() - theme.card_colour(dark_palette()).lightness()) < 12
