"""Paints one account as a card: icon, issuer and name, the code in large tabular digits, a countdown ring.

A favourite has a small star after its issuer; an account's groups follow its name as quiet chips. Icons
come from an :class:`~authenticator.ui.avatars.AvatarCache` (rendered once per size and pixel ratio), so a
repaint of every row on screen costs a blit per icon.

All colours come from the row's palette (see :mod:`authenticator.ui.theme`), so light and dark themes both
work. The delegate only draws: the text a screen reader reads comes from the model's DisplayRole and
AccessibleTextRole, which this class never overrides or hides.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ...core.account import Account, OtpType
from ...core.otp import format_code
from .. import theme
from ..avatars import AvatarCache
from ..icons import draw_refresh, star_path
from ..models.account_model import PLACEHOLDER_CODE, Role, RowStatus

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class RowGeometry:
    card: QRect
    avatar: QRect
    text: QRect
    code: QRect  # the code block: the code line and the small line under it
    dial: QRect  # countdown ring, or the HOTP "next code" button


@dataclass(frozen=True)
class _Fonts:
    issuer: QFont
    name: QFont
    code: QFont
    small: QFont
    dial: QFont
    chip: QFont
    placeholder: QFont
    code_widths: dict[str, int]  # room for a code shaped like the key ("888 888", "WWWWW")


class AccountDelegate(QStyledItemDelegate):
    MARGIN_X = 14  # between the view's edge and the card
    MARGIN_Y = 5  # half the gap between cards
    PAD_X = 16
    PAD_Y = 14
    AVATAR = 40
    DIAL = 30
    GAP = 14
    RADIUS = 12

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._font_cache: dict[str, _Fonts] = {}
        #: The area being repainted, set by the view around its paint event: when it covers only the
        #: countdown column (a plain tick), rows skip everything but their ring.
        self.exposed: QRect | None = None
        self._dial_cache: dict[tuple[object, ...], QPixmap] = {}
        #: Where icons come from; the window replaces it with one that can read custom icon files.
        self.avatars = AvatarCache(parent=self)
        self._stars: dict[float, QPainterPath] = {}

    # -- geometry -----------------------------------------------------------------------------------------

    def fonts(self, base: QFont) -> _Fonts:
        key = base.key()
        fonts = self._font_cache.get(key)
        if fonts is None:
            code = theme.code_font(base, 2.1)
            fonts = _Fonts(
                issuer=theme.scaled(base, 1.12, bold=True),
                name=QFont(base),
                code=code,
                small=theme.scaled(base, 0.92),
                dial=theme.scaled(base, 0.78, bold=True),
                chip=theme.scaled(base, 0.82),
                placeholder=theme.scaled(base, 1.35),
                code_widths={},
            )
            self._font_cache[key] = fonts
        return fonts

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        fonts = self.fonts(option.font)
        code_block = QFontMetrics(fonts.code).height() + QFontMetrics(fonts.small).height()
        text_block = QFontMetrics(fonts.issuer).height() + QFontMetrics(fonts.name).height() + 2
        content = max(self.AVATAR, code_block, text_block)
        return QSize(320, content + 2 * (self.PAD_Y + self.MARGIN_Y))

    def geometry(self, rect: QRect, base: QFont, shape: str = "8888 8888") -> RowGeometry:
        """Where each part of a row goes; ``shape`` is the widest code the row can show."""
        fonts = self.fonts(base)
        card = rect.adjusted(self.MARGIN_X, self.MARGIN_Y, -self.MARGIN_X, -self.MARGIN_Y)
        inner = card.adjusted(self.PAD_X, self.PAD_Y, -self.PAD_X, -self.PAD_Y)
        mid_y = inner.center().y()
        avatar = QRect(inner.left(), mid_y - self.AVATAR // 2 + 1, self.AVATAR, self.AVATAR)
        dial = QRect(inner.right() - self.DIAL + 1, mid_y - self.DIAL // 2 + 1, self.DIAL, self.DIAL)
        code_right = dial.left() - self.GAP
        width = fonts.code_widths.get(shape)
        if width is None:
            width = fonts.code_widths[shape] = QFontMetrics(fonts.code).horizontalAdvance(shape)
        code_left = max(avatar.right() + self.GAP + 60, code_right - width)
        code = QRect(code_left, inner.top(), code_right - code_left, inner.height())
        text = QRect(avatar.right() + self.GAP, inner.top(), 0, inner.height())
        text.setRight(code.left() - self.GAP)
        return RowGeometry(card, avatar, text, code, dial)

    def status_geometry(self, geo: RowGeometry, fonts: _Fonts, status: str) -> RowGeometry:
        """Room for a status line wider than the code ("Schlüsselbund nicht verfügbar"): the code block grows
        to the left, the issuer and name give way (they elide), but keep at least a short word's room."""
        needed = QFontMetrics(fonts.small).horizontalAdvance(status) + 4  # elidedText wants a little slack
        if needed <= geo.code.width():
            return geo
        left = max(geo.text.left() + 60, geo.code.right() + 1 - needed)
        code = QRect(left, geo.code.top(), geo.code.right() + 1 - left, geo.code.height())
        text = QRect(geo.text.left(), geo.text.top(), max(0, left - self.GAP - geo.text.left()), geo.text.height())
        return replace(geo, code=code, text=text)

    def next_code_button(self, rect: QRect, base: QFont) -> QRect:
        """Where the HOTP "next code" button is drawn (the view uses it to route clicks)."""
        return self.geometry(rect, base).dial.adjusted(-4, -4, 4, 4)

    # -- painting -----------------------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        palette: QPalette = option.palette
        fonts = self.fonts(option.font)
        geo = self.geometry(option.rect, option.font, _code_shape(index.data(Role.ACCOUNT)))
        self._paint_card(painter, option, geo)
        status = index.data(Role.STATUS)
        if status in (RowStatus.LOADING, RowStatus.UNAVAILABLE):
            geo = self.status_geometry(geo, fonts, str(index.data(Role.STATUS_TEXT) or ""))
        dial_only = self.exposed is not None and self.exposed.intersected(option.rect).left() >= geo.dial.left() - 4
        if dial_only and status == RowStatus.READY and not index.data(Role.IS_COUNTER):
            self._paint_dial(painter, palette, index, geo, fonts)
            painter.restore()
            return
        self._paint_avatar(painter, index, geo, fonts)
        self._paint_text(painter, palette, index, geo, fonts)
        if status == RowStatus.MISSING:
            self._paint_missing(painter, palette, index, geo, fonts)
        else:
            self._paint_code(painter, palette, index, geo, fonts)
            if status != RowStatus.READY:
                pass  # no countdown and no "next code" without a secret
            elif index.data(Role.IS_COUNTER):
                self._paint_next_button(painter, palette, geo, enabled=True)
            else:
                self._paint_dial(painter, palette, index, geo, fonts)
        painter.restore()

    def _paint_card(self, painter: QPainter, option: QStyleOptionViewItem, geo: RowGeometry) -> None:
        palette = option.palette
        state = option.state
        background = theme.card_colour(palette)
        text = palette.color(QPalette.ColorRole.WindowText)
        widget = option.widget
        view_focused = widget is None or widget.hasFocus()
        if state & QStyle.StateFlag.State_Selected and view_focused:
            background = theme.mix(background, theme.accent(palette), 0.13 if theme.is_dark(palette) else 0.09)
        elif state & QStyle.StateFlag.State_MouseOver:
            background = theme.mix(background, text, 0.035)
        card = QRectF(geo.card).adjusted(0.5, 0.5, -0.5, -0.5)
        if not theme.is_dark(palette):  # a soft shadow lifts light cards off the window
            shadow = QColor(0, 0, 0, 14)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(shadow)
            painter.drawRoundedRect(card.translated(0, 1.5), self.RADIUS, self.RADIUS)
        painter.setPen(QPen(theme.card_border(palette), 1))
        painter.setBrush(background)
        painter.drawRoundedRect(card, self.RADIUS, self.RADIUS)
        if state & QStyle.StateFlag.State_HasFocus and view_focused:
            painter.setPen(QPen(theme.accent(palette), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(card.adjusted(1, 1, -1, -1), self.RADIUS - 1, self.RADIUS - 1)

    def _paint_avatar(self, painter: QPainter, index: _Index, geo: RowGeometry, fonts: _Fonts) -> None:
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        account = index.data(Role.ACCOUNT)
        pixmap = self.avatars.pixmap(account if isinstance(account, Account) else None, self.AVATAR, ratio)
        painter.drawPixmap(geo.avatar.topLeft(), pixmap)

    def _paint_text(self, painter: QPainter, palette: QPalette, index: _Index, geo: RowGeometry, fonts: _Fonts) -> None:
        issuer = str(index.data(Role.ISSUER) or "")
        name = str(index.data(Role.NAME) or "")
        groups = tuple(index.data(Role.GROUPS) or ())
        favourite = bool(index.data(Role.FAVOURITE))
        primary, secondary = (issuer, name) if issuer else (name or self.tr("Unnamed account"), "")
        issuer_metrics, name_metrics = QFontMetrics(fonts.issuer), QFontMetrics(fonts.name)
        width = max(0, geo.text.width())
        second_line = bool(secondary or groups)
        height = issuer_metrics.height() + (name_metrics.height() + 2 if second_line else 0)
        top = geo.text.top() + (geo.text.height() - height) // 2
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        star = round(issuer_metrics.capHeight() * 1.25) if favourite else 0
        painter.setFont(fonts.issuer)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        first = QRect(geo.text.left(), top, width, issuer_metrics.height())
        shown = _elide(primary, fonts.issuer, max(0, width - (star + 6 if star else 0)))
        painter.drawText(first, left, shown)
        if star and width > star:
            x = geo.text.left() + issuer_metrics.horizontalAdvance(shown) + 6
            self._paint_star(painter, palette, QRectF(x, first.center().y() - star / 2 + 0.5, star, star))
        if not second_line:
            return
        second = QRect(geo.text.left(), first.bottom() + 3, width, name_metrics.height())
        name_width = width
        if groups and secondary:  # the name comes first; groups get what is left, at least room for "+N"
            limit = max(width // 2, width - 48)
            name_width = width if name_metrics.horizontalAdvance(secondary) <= limit else limit
        if secondary:
            painter.setFont(fonts.name)
            painter.setPen(theme.dim_text(palette))
            shown = _elide(secondary, fonts.name, name_width)
            painter.drawText(second, left, shown)
            used = name_metrics.horizontalAdvance(shown) + 8 if shown else 0
        else:
            used = 0
        if groups:
            self._paint_chips(painter, palette, second.adjusted(used, 0, 0, 0), groups, fonts)

    def _paint_star(self, painter: QPainter, palette: QPalette, rect: QRectF) -> None:
        """A small filled star: the row is a favourite."""
        path = self._stars.get(rect.width())
        if path is None:
            path = self._stars[rect.width()] = _star_path(rect.width())
        painter.save()
        painter.translate(rect.topLeft())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(favourite_colour(palette))
        painter.drawPath(path)
        painter.restore()

    def _paint_chips(
        self, painter: QPainter, palette: QPalette, area: QRect, groups: tuple[str, ...], fonts: _Fonts
    ) -> None:
        """Group names as quiet rounded chips, as many as fit, then "+N" for the rest."""
        metrics = QFontMetrics(fonts.chip)
        pad, gap = 6, 4
        height = min(area.height(), metrics.height() + 2)
        top = area.center().y() - height // 2 + 1
        fill = theme.mix(theme.card_colour(palette), palette.color(QPalette.ColorRole.WindowText), 0.08)
        painter.setFont(fonts.chip)
        x, right = area.left(), area.right()
        for i, group in enumerate(groups):
            after = len(groups) - i - 1
            reserve = metrics.horizontalAdvance(f"+{after}") + 2 * pad + gap if after else 0
            room = min(140, right - x - reserve - 2 * pad)
            text = _elide(group, fonts.chip, room) if room >= metrics.horizontalAdvance("Wi…") else ""
            if text and text != "…":
                x = self._chip(painter, palette, QRect(x, top, 0, height), text, metrics, fill, pad) + gap
                continue
            more = f"+{len(groups) - i}"  # this group and the rest do not fit: say how many there are
            if x + metrics.horizontalAdvance(more) + 2 * pad <= right:
                self._chip(painter, palette, QRect(x, top, 0, height), more, metrics, fill, pad)
            return

    @staticmethod
    def _chip(
        painter: QPainter, palette: QPalette, at: QRect, text: str, metrics: QFontMetrics, fill: QColor, pad: int
    ) -> int:
        rect = QRect(at.left(), at.top(), metrics.horizontalAdvance(text) + 2 * pad, at.height())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(rect), rect.height() / 2, rect.height() / 2)
        painter.setPen(theme.dim_text(palette))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        return rect.right() + 1

    def _code_lines(self, geo: RowGeometry, fonts: _Fonts) -> tuple[QRect, QRect]:
        code_h, small_h = QFontMetrics(fonts.code).height(), QFontMetrics(fonts.small).height()
        # The code sits on the row's middle; the small line hangs below it, so nothing moves when it appears.
        code_line = QRect(geo.code.left(), geo.code.center().y() - code_h // 2 + 1, geo.code.width(), code_h)
        small_line = QRect(geo.code.left(), code_line.bottom() + 1, geo.code.width(), small_h)
        return code_line, small_line

    def _paint_code(self, painter: QPainter, palette: QPalette, index: _Index, geo: RowGeometry, fonts: _Fonts) -> None:
        code_line, small_line = self._code_lines(geo, fonts)
        status = index.data(Role.STATUS)
        expiring = bool(index.data(Role.EXPIRING))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if status == RowStatus.READY:
            code = str(index.data(Role.CODE) or "")
            colour = theme.warning_colour(palette) if expiring else palette.color(QPalette.ColorRole.WindowText)
            painter.setFont(fonts.code)
            painter.setPen(colour)
            painter.drawText(code_line, right, format_code(code))
            next_code = index.data(Role.NEXT_CODE)
            if expiring and next_code:
                painter.setFont(fonts.small)
                painter.setPen(theme.dim_text(palette))
                painter.drawText(small_line, right, self.tr("next  {code}").format(code=format_code(str(next_code))))
            return
        # No code yet (loading, keyring locked): a quiet placeholder over the reason, centred as a block.
        placeholder_h, small_h = QFontMetrics(fonts.placeholder).height(), QFontMetrics(fonts.small).height()
        top = geo.code.center().y() - (placeholder_h + small_h) // 2 + 1
        placeholder = QColor(theme.dim_text(palette))
        placeholder.setAlphaF(0.55)
        painter.setFont(fonts.placeholder)
        painter.setPen(placeholder)
        painter.drawText(QRect(geo.code.left(), top, geo.code.width(), placeholder_h), right, PLACEHOLDER_CODE)
        painter.setFont(fonts.small)
        colour = theme.warning_colour(palette) if status == RowStatus.UNAVAILABLE else theme.dim_text(palette)
        painter.setPen(colour)
        status_line = QRect(geo.code.left(), top + placeholder_h, geo.code.width(), small_h)
        status = _elide(str(index.data(Role.STATUS_TEXT) or ""), fonts.small, geo.code.width())
        painter.drawText(status_line, right, status)

    def _paint_missing(
        self, painter: QPainter, palette: QPalette, index: _Index, geo: RowGeometry, fonts: _Fonts
    ) -> None:
        area = QRect(geo.code.left(), geo.code.top(), geo.dial.right() - geo.code.left(), geo.code.height())
        text = str(index.data(Role.STATUS_TEXT) or "")
        painter.setFont(fonts.name)
        painter.setPen(theme.error_colour(palette))
        flags = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(area, int(flags), text)

    def _paint_dial(self, painter: QPainter, palette: QPalette, index: _Index, geo: RowGeometry, fonts: _Fonts) -> None:
        seconds = index.data(Role.SECONDS_LEFT)
        period = index.data(Role.PERIOD) or 0
        if seconds is None or period <= 0:
            return
        expiring = bool(index.data(Role.EXPIRING))
        colour = theme.warning_colour(palette) if expiring else theme.accent(palette)
        track = QColor(palette.color(QPalette.ColorRole.WindowText))
        track.setAlphaF(0.10)
        text = colour if expiring else theme.dim_text(palette)
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        size = geo.dial.size()
        key = (seconds, period, colour.rgba(), track.rgba(), text.rgba(), fonts.dial.key(), size.toTuple(), ratio)
        pixmap = self._dial_cache.get(key)
        if pixmap is None:
            # Antialiased rings are the costliest thing a tick paints; there are only ~period variants.
            pixmap = self._render_dial(size, ratio, seconds, period, colour, track, text, fonts.dial)
            if len(self._dial_cache) > 512:
                self._dial_cache.clear()
            self._dial_cache[key] = pixmap
        painter.drawPixmap(geo.dial.topLeft(), pixmap)

    @staticmethod
    def _render_dial(
        size: QSize, ratio: float, seconds: int, period: int, colour: QColor, track: QColor, text: QColor, font: QFont
    ) -> QPixmap:
        pixmap = QPixmap(size * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        bounds = QRect(0, 0, size.width(), size.height())
        ring = QRectF(bounds).adjusted(2, 2, -2, -2)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(track, 3))
        painter.drawEllipse(ring)
        pen = QPen(colour, 3)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        fraction = max(0.0, min(1.0, seconds / period))
        painter.drawArc(ring, 90 * 16, round(fraction * 360 * 16))
        painter.setFont(font)
        painter.setPen(text)
        painter.drawText(bounds, Qt.AlignmentFlag.AlignCenter, str(seconds))
        painter.end()
        return pixmap

    def _paint_next_button(self, painter: QPainter, palette: QPalette, geo: RowGeometry, *, enabled: bool) -> None:
        circle = QRectF(geo.dial).adjusted(0.5, 0.5, -0.5, -0.5)
        fill = QColor(palette.color(QPalette.ColorRole.WindowText))
        fill.setAlphaF(0.07)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawEllipse(circle)
        colour = palette.color(QPalette.ColorRole.WindowText) if enabled else theme.dim_text(palette)
        draw_refresh(painter, QPointF(circle.center()), geo.dial.width() * 0.24, colour, 1.7)


def favourite_colour(palette: QPalette) -> QColor:
    """The star's gold: darker on light cards, brighter on dark ones (≥ 3:1 against the card either way)."""
    return QColor("#f5c211") if theme.is_dark(palette) else QColor("#c88800")


def _star_path(size: float) -> QPainterPath:
    """A five-pointed star filling a ``size`` square (point up)."""
    return star_path(QPointF(size / 2, size / 2 + size * 0.04), size / 2)


def _code_shape(account: Account | None) -> str:
    """The widest code an account can show, so short codes leave more room for the issuer and name."""
    if account is None:
        return "8888 8888"
    if account.type is OtpType.STEAM:
        return "WWWWW"
    return format_code("8" * account.digits)


def _elide(text: str, font: QFont, width: int) -> str:
    return QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, width)
