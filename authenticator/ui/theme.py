"""Colours and fonts derived from the system palette, so light and dark desktops both look right.

Nothing here hard-codes a background: cards, dim text and accents are computed from the palette the user
already has. The only fixed colours are the warning/error tints (chosen per light/dark for contrast) and the
account icons' colours (ui/avatars.py), which carry no meaning beyond telling rows apart.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0..1) of the way towards ``b``."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
        1.0,
    )


def card_colour(palette: QPalette) -> QColor:
    """A card slightly lifted off the window: the base colour in light themes, a lighter window in dark."""
    window = palette.color(QPalette.ColorRole.Window)
    if is_dark(palette):
        return mix(window, palette.color(QPalette.ColorRole.WindowText), 0.07)
    return palette.color(QPalette.ColorRole.Base)


def card_border(palette: QPalette) -> QColor:
    colour = QColor(palette.color(QPalette.ColorRole.WindowText))
    colour.setAlphaF(0.10 if is_dark(palette) else 0.09)
    return colour


def dim_text(palette: QPalette) -> QColor:
    """The quiet colour for account names and hints: the palette's placeholder text, kept readable."""
    text = palette.color(QPalette.ColorRole.WindowText)
    return mix(text, palette.color(QPalette.ColorRole.Window), 0.42)


def accent(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.Highlight)


def warning_colour(palette: QPalette) -> QColor:
    """Near-expiry colour: dark orange on light backgrounds, light orange on dark ones (both ≥ 4.5:1)."""
    return QColor("#ffa348") if is_dark(palette) else QColor("#b84b00")


def error_colour(palette: QPalette) -> QColor:
    return QColor("#ff7b63") if is_dark(palette) else QColor("#c01c28")


def scaled(font: QFont, factor: float, *, bold: bool | None = None) -> QFont:
    result = QFont(font)
    if font.pointSizeF() > 0:
        result.setPointSizeF(font.pointSizeF() * factor)
    else:
        result.setPixelSize(max(1, round(font.pixelSize() * factor)))
    if bold is not None:
        result.setBold(bold)
    return result


def code_font(base: QFont, factor: float = 2.0) -> QFont:
    """Large digits of equal width, so codes do not jiggle as they change.

    OpenType ``tnum`` asks the font for tabular figures; fonts without the feature ignore it, so a font whose
    digits are proportional falls back to a monospace family.
    """
    font = scaled(base, factor)
    font.setWeight(QFont.Weight.Medium)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 104)
    if hasattr(font, "setFeature") and hasattr(QFont, "Tag"):
        font.setFeature(QFont.Tag("tnum"), 1)
    if not _digits_are_tabular(font):
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setFamilies([mono.family(), "DejaVu Sans Mono", "monospace"])
        mono.setPointSizeF(font.pointSizeF() if font.pointSizeF() > 0 else 18)
        mono.setWeight(QFont.Weight.Medium)
        return mono
    return font


def _digits_are_tabular(font: QFont) -> bool:
    from PySide6.QtGui import QFontMetricsF

    metrics = QFontMetricsF(font)
    widths = {round(metrics.horizontalAdvance(d), 2) for d in "0123456789"}
    return len(widths) == 1


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21): what the palettes, avatars and their tests are held to."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


#: The dark palette's colours (close to GNOME's Adwaita dark).
_DARK = {
    "Window": "#242424",
    "WindowText": "#f2f2f2",
    "Base": "#1e1e1e",
    "AlternateBase": "#2a2a2a",
    "Text": "#f2f2f2",
    "Button": "#353535",
    "ButtonText": "#f2f2f2",
    "BrightText": "#ffffff",
    "Highlight": "#3584e4",
    "HighlightedText": "#ffffff",
    "ToolTipBase": "#303030",
    "ToolTipText": "#f2f2f2",
    "PlaceholderText": "#8c8c8c",
    "Light": "#4a4a4a",
    "Midlight": "#3a3a3a",
    "Mid": "#2c2c2c",
    "Dark": "#1a1a1a",
    "Shadow": "#000000",
    "Link": "#78aeed",
}
#: The light palette's colours (close to GNOME's Adwaita).
_LIGHT = {
    "Window": "#fafafa",
    "WindowText": "#1e1e1e",
    "Base": "#ffffff",
    "AlternateBase": "#f4f4f4",
    "Text": "#1e1e1e",
    "Button": "#ececec",
    "ButtonText": "#1e1e1e",
    "BrightText": "#000000",
    "Highlight": "#3584e4",
    "HighlightedText": "#ffffff",
    "ToolTipBase": "#ffffff",
    "ToolTipText": "#1e1e1e",
    "PlaceholderText": "#6e6e6e",
    "Light": "#ffffff",
    "Midlight": "#f0f0f0",
    "Mid": "#c0c0c0",
    "Dark": "#a0a0a0",
    "Shadow": "#505050",
    "Link": "#1a5fb4",
}


def _palette(colours: dict[str, str], disabled_text: str) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(QPalette.ColorRole[role], QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled_text))
    return palette


def dark_palette() -> QPalette:
    """A calm dark palette (close to GNOME's Adwaita dark) for the screenshot and the dark-mode tests."""
    return _palette(_DARK, "#7a7a7a")


def light_palette() -> QPalette:
    """A calm light palette (close to GNOME's Adwaita) for people who pin "light" on a dark desktop."""
    return _palette(_LIGHT, "#8c8c8c")


def apply_theme(name: str, app: object | None = None) -> None:
    """Give the whole application the palette for ``name`` ("system", "light" or "dark"; unknown = system).

    "system" sets an empty palette: Qt resolves every role it lacks from the platform theme, so that is the
    way back to the desktop's own colours (and to following its light/dark switches). Windows repaint on the
    PaletteChange event Qt sends, which the main window already handles.
    """
    from PySide6.QtWidgets import QApplication

    instance = app if app is not None else QApplication.instance()
    if not isinstance(instance, QApplication):
        return
    palettes = {"light": light_palette, "dark": dark_palette}
    make = palettes.get(name)
    instance.setPalette(make() if make is not None else QPalette())


def apply_saved_theme(theme_name: str, app: object | None = None) -> None:
    """At start-up: a chosen Light or Dark theme replaces the desktop's palette before the window is built
    (so it is painted once, in the right colours); "system" leaves Qt's own palette alone."""
    if theme_name in ("light", "dark"):
        apply_theme(theme_name, app)
