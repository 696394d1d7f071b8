""" "Check an enrollment": for people who build or test a 2FA server, everything a server's otpauth:// link says.

The window shows the parsed fields, the lint findings (each with a severity and an explanation), the QR code
as received beside the one re-rendered from the link (so a tester sees whether the picture and the link
agree), and the codes for steps T-1, T and T+1 with their step numbers and UTC validity windows. The report is
:func:`~authenticator.core.inspect.inspect_uri`'s; this module only shows and exports it.

Input is a pasted link, an image file or a screen scan. Decoding reuses the intake's helpers on the intake's
own runner (never the GUI thread); grabbing the screen happens on the GUI thread, as Qt requires. Codes follow
the window's clock (the corrected SystemClock, said so in the window) until the user sets a time in the time
field; "Now" goes back to following the clock.

Nothing is saved here: "Add account" hands the parsed link to the intake's confirmation, which saves only if
the user accepts it there. Exports leave the secret out (an exported report tends to end up in a bug tracker).
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QEvent, Qt, QTimer, QTimeZone, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QImage, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.account import OtpType
from ...core.clock import Clock
from ...core.errors import AuthenticatorError
from ...core.inspect import InspectReport, TimeBasis, inspect_uri, iso_utc, qr_matrix
from ...core.lint import Finding, Severity
from ...core.otp import format_code
from ...qr.content import SUPPORTED, classify
from ...storage.atomic import write_atomic
from .. import theme
from ..i18n import core_text
from ..workers import TaskRunner
from .confirm_account import type_label
from .messages import error_box

if TYPE_CHECKING:
    import numpy as np

    from ...core.uri import ParsedUri
    from ..main_window import MainWindow

log = logging.getLogger(__name__)

Grabber = Callable[[], "list[np.ndarray]"]

IMAGE_FILTER = QT_TRANSLATE_NOOP(
    "InspectEnrollmentDialog", "Images (*.png *.jpg *.jpeg *.bmp *.webp *.gif);;All files (*)"
)
#: How long the windows stay hidden before the screen is grabbed (as the intake does).
HIDE_BEFORE_GRAB_MS = 300
#: Side of the two QR pictures, in pixels.
PICTURE_SIZE = 168
#: Margin kept around a decoded code when its crop is shown, as a share of the code's size.
CROP_MARGIN = 0.12

_FIELD_ROWS = ("issuer", "name", "type", "algorithm", "digits", "period", "counter", "secret")
_FIELD_TITLES = {
    "issuer": QT_TRANSLATE_NOOP("InspectEnrollmentDialog", "Issuer"),
    "name": QT_TRANSLATE_NOOP("InspectEnrollmentDialog", "Account"),
    "type": QT_TRANSLATE_NOOP("InspectEnrollmentDialog", "Type"),
    "algorithm": QT_TRANSLATE_NOOP("InspectEnrollmentDialog", "Algorithm"),
    "digits": QT_TRANSLATE_NOOP("InspectEnrollmentDialog", "Digits"),
    "period": QT_TRANSLATE_NOOP("InspectEnrollmentDialog", "Period"),
    "counter": QT_TRANSLATE_NOOP("InspectEnrollmentDialog", "Counter"),
    "secret": QT_TRANSLATE_NOOP("InspectEnrollmentDialog", "Secret"),
}


def severity_label(severity: Severity) -> str:
    """ "Error", "Warning", "Info" in the window's language."""
    if severity is Severity.ERROR:
        return QCoreApplication.translate("InspectEnrollmentDialog", "Error")
    if severity is Severity.WARNING:
        return QCoreApplication.translate("InspectEnrollmentDialog", "Warning")
    return QCoreApplication.translate("InspectEnrollmentDialog", "Info")


# -- decoding (worker thread) ---------------------------------------------------------------------------------


@dataclass
class Decoded:
    """What an image held: the texts of its codes and, index for index, a picture of each code."""

    texts: list[str] = field(default_factory=list)
    crops: list[QImage] = field(default_factory=list)


def decode_with_crops(images: Sequence[np.ndarray]) -> Decoded:
    """Worker thread: every code in the images with a crop around it (QImage may be built off the GUI thread)."""
    from ...qr.decode import decode_image  # OpenCV and zxing-cpp load on first use, off the GUI thread

    result = Decoded()
    for image in images:
        for code in decode_image(image):
            result.texts.append(code.text)
            result.crops.append(_crop(image, code.bounding_box))
    return result


def decode_file_with_crops(path: str) -> Decoded:
    """Worker thread: the codes in an image file; refuses what the intake refuses (size, format, no code)."""
    from ...qr.content import NoQrCode
    from ...qr.decode import load_image, read_limited

    decoded = decode_with_crops([load_image(read_limited(path))])
    if not decoded.texts:
        raise NoQrCode(
            QCoreApplication.translate("InspectEnrollmentDialog", "No QR code was found in {source}.").format(
                source=Path(path).name
            ),
            QCoreApplication.translate(
                "InspectEnrollmentDialog",
                "Make sure the whole code is in the picture and sharp; a screenshot of just the code works best.",
            ),
        )
    return decoded


def _crop(image: np.ndarray, box: tuple[int, int, int, int]) -> QImage:
    import numpy as np

    x, y, width, height = box
    margin = int(max(width, height) * CROP_MARGIN) + 2
    top, left = max(0, y - margin), max(0, x - margin)
    part = image[top : y + height + margin, left : x + width + margin]
    if part.ndim == 3:  # BGR(A) from a screen grab: keep it simple and show gray
        part = part[..., :3].mean(axis=2).astype(np.uint8)
    part = np.ascontiguousarray(part, dtype=np.uint8)
    rows, columns = part.shape
    return QImage(part.data, columns, rows, columns, QImage.Format.Format_Grayscale8).copy()


def matrix_image(text: str, size: int = PICTURE_SIZE) -> QImage:
    """The QR code for ``text`` as an image about ``size`` pixels wide, modules kept sharp."""
    matrix = qr_matrix(text, border=2)  # a narrow quiet zone, like the crop of the original beside it
    count = len(matrix)
    image = QImage(count, count, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    black = QColor("black")
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                image.setPixelColor(x, y, black)
    scale = max(1, -(-size // count))  # at least ``size``: the picture scales it down smoothly to fit
    return image.scaled(count * scale, count * scale, mode=Qt.TransformationMode.FastTransformation)


def severity_colour(severity: Severity, palette: QPalette) -> QColor:
    if severity is Severity.ERROR:
        return theme.error_colour(palette)
    if severity is Severity.WARNING:
        return theme.warning_colour(palette)
    return theme.accent(palette)


def summary(findings: Sequence[Finding]) -> str:
    """ "2 errors, 1 warning" (worst first); "No findings" for a clean link."""
    parts = []
    for severity in (Severity.ERROR, Severity.WARNING, Severity.INFO):
        count = sum(1 for f in findings if f.severity is severity)
        if not count:
            continue
        if severity is Severity.ERROR:
            parts.append(InspectEnrollmentDialog.tr("%n error(s)", "", count))
        elif severity is Severity.WARNING:
            parts.append(InspectEnrollmentDialog.tr("%n warning(s)", "", count))
        else:
            parts.append(InspectEnrollmentDialog.tr("%n note(s)", "", count))
    if not parts:
        return QCoreApplication.translate("InspectEnrollmentDialog", "No findings: the link follows the Key Uri Format")
    return ", ".join(parts)


# -- widgets --------------------------------------------------------------------------------------------------


class FindingCard(QFrame):
    """One finding: a coloured stripe and badge for the severity, the message, and the explanation below."""

    def __init__(self, finding: Finding, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finding = finding
        self.setObjectName("findingCard")
        self.badge = QLabel(severity_label(finding.severity).upper(), self)
        self.badge.setObjectName("severityBadge")
        self.badge.setFont(theme.scaled(self.font(), 0.78, bold=True))
        self.code = QLabel(finding.code, self)
        self.code.setObjectName("findingCode")
        self.code.setFont(theme.scaled(self.font(), 0.85))
        self.message = QLabel(core_text(finding.message), self)
        self.message.setObjectName("findingMessage")
        self.message.setWordWrap(True)
        self.message.setFont(theme.scaled(self.font(), 1.0, bold=True))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explanation = QLabel(core_text(finding.explanation), self)
        self.explanation.setObjectName("findingExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explanation.setVisible(bool(finding.explanation))
        self.setAccessibleName(f"{severity_label(finding.severity)}: {self.message.text()}")
        self.setAccessibleDescription(self.explanation.text())

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.badge)
        top.addWidget(self.code)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 10, 9)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.explanation)
        self.restyle()

    @property
    def severity(self) -> Severity:
        return self.finding.severity

    def restyle(self) -> None:
        palette = self.palette()
        colour = severity_colour(self.finding.severity, palette)
        tint = theme.mix(theme.card_colour(palette), colour, 0.16).name()
        card = theme.card_colour(palette).name()
        border = theme.card_border(palette).name(QColor.NameFormat.HexArgb)
        self.setStyleSheet(
            f"QFrame#findingCard {{ background: {card}; border: 1px solid {border};"
            f" border-left: 4px solid {colour.name()}; border-radius: 8px; }}"
            f" QLabel#severityBadge {{ color: {colour.name()}; background: {tint}; border-radius: 4px;"
            f" padding: 1px 6px; }}"
            f" QLabel#findingCode, QLabel#findingExplanation {{ color: {theme.dim_text(palette).name()}; }}"
        )


class Picture(QFrame):
    """A captioned square for a QR code, with a quiet placeholder when there is none."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("picture")
        self.image = QLabel(self)
        self.image.setObjectName("pictureImage")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setFixedSize(PICTURE_SIZE + 8, PICTURE_SIZE + 8)
        self.image.setWordWrap(True)
        self.caption = QLabel(caption, self)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        self.caption.setFont(theme.scaled(self.font(), 0.88))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.image, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.caption)
        self.setAccessibleName(caption)
        self.has_image = False

    def show_image(self, image: QImage | None, placeholder: str = "") -> None:
        self.has_image = image is not None and not image.isNull()
        if self.has_image:
            assert image is not None
            pixmap = QPixmap.fromImage(image)
            if max(pixmap.width(), pixmap.height()) > PICTURE_SIZE:
                pixmap = pixmap.scaled(
                    PICTURE_SIZE,
                    PICTURE_SIZE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            self.image.setPixmap(pixmap)
        else:
            self.image.clear()
            self.image.setText(placeholder)

    def restyle(self) -> None:
        palette = self.palette()
        border = theme.card_border(palette).name(QColor.NameFormat.HexArgb)
        dim = theme.dim_text(palette).name()
        background = "#ffffff" if self.has_image else theme.card_colour(palette).name()
        self.image.setStyleSheet(
            f"QLabel#pictureImage {{ background: {background}; border: 1px solid {border}; border-radius: 6px;"
            f" color: {dim}; padding: 4px; }}"
        )
        self.caption.setStyleSheet(f"color: {dim};")


# -- the window -----------------------------------------------------------------------------------------------


class InspectEnrollmentDialog(QDialog):
    """The enrollment check; ``report`` is what is shown, ``add_requested`` asks the caller to add the account."""

    #: (ParsedUri, source): the user chose "Add account"; the caller confirms and saves.
    add_requested = Signal(object, str)

    def __init__(
        self,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        decoder: TaskRunner | None = None,
        grab: Grabber | None = None,
        hide_while_grabbing: Sequence[QWidget] = (),
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.decoder = decoder if decoder is not None else TaskRunner(self)
        self.grabber: Grabber = grab if grab is not None else _grab_screens
        self._hide_while_grabbing = list(hide_while_grabbing)
        self.report: InspectReport | None = None
        self.fixed_time: float | None = None  # None: follow the clock
        self.source = ""
        self.finding_cards: list[FindingCard] = []
        self.file_dialog: QFileDialog | None = None
        self.message_box: QWidget | None = None
        self._text = ""
        self._setting_time = False
        self._code_font = theme.code_font(self.font(), 1.15)

        self.setObjectName("inspectEnrollmentDialog")
        self.setWindowTitle(self.tr("Check an enrollment"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumSize(820, 640)
        self._build()
        self._restyle()
        self._show_empty()
        # Open at the content's natural height (plus a line for a field value that wraps once a report is shown,
        # as the secret's does in longer languages): squeezed to the minimum, the left column draws the pictures'
        # captions over the pictures. The minimum stays small for small screens.
        hint = self.layout().sizeHint()
        self.resize(max(820, hint.width()), max(640, hint.height() + self.fontMetrics().lineSpacing()))
        self.uri_edit.setFocus()

    # -- building -----------------------------------------------------------------------------------------

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "Paste the otpauth:// link a server shows at enrollment, open a picture of its QR code, or scan the "
                "screen. Nothing is saved unless you choose “Add account”."
            ),
            self,
        )
        intro.setWordWrap(True)
        self._dim_labels = [intro]

        self.uri_edit = QLineEdit(self)
        self.uri_edit.setObjectName("uriEdit")
        self.uri_edit.setAccessibleName(self.tr("otpauth link"))
        self.uri_edit.setPlaceholderText("otpauth://totp/Issuer:account?secret=…&issuer=Issuer")
        self.uri_edit.setClearButtonEnabled(True)
        self.uri_edit.setMinimumHeight(32)
        self.uri_edit.textEdited.connect(lambda text: self.inspect_text(text, self.tr("the link typed or pasted here")))
        self.open_button = QPushButton(self.tr("Open image…"), self)
        self.open_button.setToolTip(
            self.tr("Read the QR code in a {formats} image").format(formats=core_text(SUPPORTED))
        )
        self.open_button.clicked.connect(self.open_image)
        self.screen_button = QPushButton(self.tr("Scan screen"), self)
        self.screen_button.setToolTip(self.tr("Find a QR code shown on the screen"))
        self.screen_button.clicked.connect(self.scan_screen)
        inputs = QHBoxLayout()
        inputs.setSpacing(8)
        inputs.addWidget(self.uri_edit, 1)
        inputs.addWidget(self.open_button)
        inputs.addWidget(self.screen_button)

        self.source_label = QLabel(self)
        self.source_label.setObjectName("sourceLabel")
        self.source_label.setWordWrap(True)

        # Left: the two pictures and the fields.
        self.original = Picture(self.tr("As received"), self)
        self.rendered = Picture(self.tr("Re-rendered from the link"), self)
        pictures = QHBoxLayout()
        pictures.setSpacing(12)
        pictures.addWidget(self.original)
        pictures.addWidget(self.rendered)
        pictures.addStretch(1)

        self.fields_form = QFormLayout()
        self.fields_form.setVerticalSpacing(5)
        self.fields_form.setHorizontalSpacing(14)
        self.field_labels: dict[str, QLabel] = {}
        for key in _FIELD_ROWS:
            label = QLabel(self)
            label.setObjectName(f"field_{key}")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            self.field_labels[key] = label
            self.fields_form.addRow(self.tr(_FIELD_TITLES[key]), label)

        left = QVBoxLayout()
        left.setSpacing(12)
        left.addLayout(pictures)
        left.addLayout(self.fields_form)
        left.addStretch(1)

        # Right: the findings.
        self.findings_title = QLabel(self.tr("Findings"), self)
        self.findings_title.setFont(theme.scaled(self.font(), 1.05, bold=True))
        self.findings_summary = QLabel(self)
        self.findings_summary.setObjectName("findingsSummary")
        self.findings_summary.setWordWrap(True)
        self.findings_box = QWidget()
        self.findings_box.setObjectName("findingsBox")
        self.findings_layout = QVBoxLayout(self.findings_box)
        self.findings_layout.setContentsMargins(0, 0, 6, 0)
        self.findings_layout.setSpacing(8)
        self.findings_layout.addStretch(1)
        self.findings_scroll = QScrollArea(self)
        self.findings_scroll.setObjectName("findingsScroll")
        self.findings_scroll.setWidgetResizable(True)
        self.findings_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.findings_scroll.setWidget(self.findings_box)
        self.findings_scroll.setAccessibleName(self.tr("Findings"))
        right = QVBoxLayout()
        right.setSpacing(6)
        right.addWidget(self.findings_title)
        right.addWidget(self.findings_summary)
        right.addWidget(self.findings_scroll, 1)

        columns = QHBoxLayout()
        columns.setSpacing(20)
        columns.addLayout(left, 0)
        columns.addLayout(right, 1)

        # Codes, with the time they are for.
        codes_title = QLabel(self.tr("Codes"), self)
        codes_title.setFont(theme.scaled(self.font(), 1.05, bold=True))
        self.time_edit = QDateTimeEdit(self)
        self.time_edit.setObjectName("timeEdit")
        self.time_edit.setAccessibleName(self.tr("Time for the codes (UTC)"))
        self.time_edit.setTimeZone(QTimeZone.utc())
        self.time_edit.setDisplayFormat("yyyy-MM-dd HH:mm:ss")
        self.time_edit.setCalendarPopup(True)
        self.time_edit.setToolTip(self.tr("Set a time to see the codes for it; “Now” follows the clock again"))
        self.time_edit.dateTimeChanged.connect(self._time_edited)
        utc = QLabel("UTC", self)
        self.now_button = QPushButton(self.tr("Now"), self)
        self.now_button.setToolTip(self.tr("Show the codes for now again, by the window's clock"))
        self.now_button.setAccessibleDescription(self.now_button.toolTip())
        self.now_button.clicked.connect(self.follow_clock)
        self.clock_label = QLabel(self)
        self.clock_label.setObjectName("clockLabel")
        self.clock_label.setWordWrap(True)
        self._dim_labels.append(self.clock_label)
        time_row = QHBoxLayout()
        time_row.setSpacing(8)
        time_row.addWidget(codes_title)
        time_row.addSpacing(12)
        time_row.addWidget(self.time_edit)
        time_row.addWidget(utc)
        time_row.addWidget(self.now_button)
        time_row.addSpacing(8)
        time_row.addWidget(self.clock_label, 1)

        self.codes_table = QTableWidget(0, 5, self)
        self.codes_table.setObjectName("codesTable")
        self.codes_table.setAccessibleName(self.tr("Codes around the time"))
        self.codes_table.setHorizontalHeaderLabels(
            ["", self.tr("Step"), self.tr("Code"), self.tr("Valid from (UTC)"), self.tr("Valid until (UTC)")]
        )
        self.codes_table.verticalHeader().hide()
        self.codes_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.codes_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.codes_table.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.codes_table.setShowGrid(False)
        self.codes_table.setAlternatingRowColors(True)
        header = self.codes_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.codes_table.setFixedHeight(3 * 30 + header.sizeHint().height() + 4)
        self.codes_table.verticalHeader().setDefaultSectionSize(30)

        # Buttons.
        self.add_button = QPushButton(self.tr("Add account…"), self)
        self.add_button.setObjectName("addAccountButton")
        self.add_button.setToolTip(self.tr("Check the account once more and save it"))
        self.add_button.clicked.connect(self.add_account)
        self.json_button = QPushButton(self.tr("Export JSON…"), self)
        self.json_button.clicked.connect(lambda: self.choose_export("json"))
        self.markdown_button = QPushButton(self.tr("Export Markdown…"), self)
        self.markdown_button.clicked.connect(lambda: self.choose_export("md"))
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("savedLabel")
        self._dim_labels.append(self.saved_label)
        for button in (self.add_button, self.json_button, self.markdown_button, self.close_button):
            button.setIcon(QIcon())
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.add_button)
        buttons.addSpacing(6)
        buttons.addWidget(self.saved_label, 1)
        buttons.addWidget(self.json_button)
        buttons.addWidget(self.markdown_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(inputs)
        layout.addWidget(self.source_label)
        layout.addLayout(columns, 1)
        layout.addLayout(time_row)
        layout.addWidget(self.codes_table)
        layout.addLayout(buttons)

    # -- input --------------------------------------------------------------------------------------------

    def inspect_text(self, text: str, source: str = "", original: QImage | None = None) -> InspectReport | None:
        """Check a link (typed, pasted or decoded); ``original`` is the picture it came from, if any."""
        text = text.strip()
        self._text = text
        self.source = source
        if self.uri_edit.text().strip() != text:
            self.uri_edit.setText(text)
            self.uri_edit.setCursorPosition(0)  # the scheme and label, not the tail, stay in view
        self.saved_label.clear()
        if not text:
            self._show_empty()
            return None
        self.report = self._build_report()
        self._show_source(source)
        if original is not None:
            self.original.show_image(original)
        else:
            self.original.show_image(None, self.tr("No picture:\nthe link was typed or pasted"))
        self._show_report()
        return self.report

    def open_image(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Open a QR code image"))
        dialog.setObjectName("openImageDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr(IMAGE_FILTER))
        dialog.fileSelected.connect(self.inspect_file)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def inspect_file(self, path: str) -> None:
        """Decode an image file on the worker, then check the account code it holds."""
        name = Path(path).name
        self._busy(self.tr("Reading {name}…").format(name=name))
        self.decoder.run(lambda: decode_file_with_crops(path), lambda d: self._decoded(d, name), self._failed)

    def inspect_images(self, images: Sequence[np.ndarray], source: str) -> None:
        """Decode pictures (a screen grab) on the worker."""
        pictures = list(images)
        self._busy(self.tr("Reading the screen…"))
        self.decoder.run(lambda: decode_with_crops(pictures), lambda d: self._decoded(d, source), self._failed)

    def scan_screen(self) -> None:
        """Hide the windows for a moment (they may cover the code), grab every screen, decode on the worker."""
        hidden = [w for w in [self, *self._hide_while_grabbing] if w.isVisible()]
        for widget in hidden:
            widget.hide()

        def grab() -> None:
            try:
                images = self.grabber()
            except AuthenticatorError as err:
                self._failed(err)
                return
            finally:
                for widget in reversed(hidden):
                    widget.show()
                if hidden:
                    self.raise_()
                    self.activateWindow()
            self.inspect_images(images, self.tr("the screen"))

        QTimer.singleShot(HIDE_BEFORE_GRAB_MS if hidden else 0, grab)

    def _busy(self, text: str) -> None:
        self.open_button.setEnabled(False)
        self.screen_button.setEnabled(False)
        self._set_source_text(text, error=False)

    def _idle(self) -> None:
        self.open_button.setEnabled(True)
        self.screen_button.setEnabled(True)

    def _decoded(self, decoded: Decoded, source: str) -> None:
        self._idle()
        if not decoded.texts:
            self._set_source_text(self.tr("No QR code was found in {source}.").format(source=source), error=True)
            return
        index = next((i for i, t in enumerate(decoded.texts) if classify(t).kind == "otpauth"), None)
        if index is None:
            self._set_source_text(core_text(classify(decoded.texts[0]).message), error=True)
            return
        count = len(decoded.texts)
        if count > 1:
            where = InspectEnrollmentDialog.tr("{source} (%n codes; showing the first account code)", "", count)
            where = where.format(source=source)
        else:
            where = source
        self.inspect_text(classify(decoded.texts[index]).text, where, decoded.crops[index])

    def _failed(self, error: BaseException) -> None:
        self._idle()
        if not isinstance(error, AuthenticatorError):
            log.error("reading the enrollment failed: %s", type(error).__name__, exc_info=error)
        self._show_message(error)

    def _show_message(self, error: BaseException, title: str = "") -> None:
        box = error_box(error, self, title=title or self.tr("Check an enrollment"))
        self.message_box = box
        box.open()

    # -- time -----------------------------------------------------------------------------------------------

    def now(self) -> float:
        return self.fixed_time if self.fixed_time is not None else self.clock.now()

    def basis(self) -> tuple[TimeBasis, float]:
        """Where "now" comes from: a time the user set, the corrected clock, or the plain system clock."""
        if self.fixed_time is not None:
            return TimeBasis.GIVEN, 0.0
        offset = float(getattr(self.clock, "offset", 0.0) or 0.0)
        return (TimeBasis.CORRECTED, offset) if offset else (TimeBasis.SYSTEM, 0.0)

    def set_time(self, when: float | None) -> None:
        """Show the codes for ``when`` (Unix seconds), or follow the clock again (``None``)."""
        self.fixed_time = None if when is None else float(when)
        self._refresh_codes()

    def follow_clock(self) -> None:
        self.set_time(None)

    def tick(self, _now: float | None = None) -> None:
        """The window's ticker fired: codes that follow the clock move on."""
        if self.fixed_time is None:
            self._refresh_codes()

    def _time_edited(self, value: QDateTime) -> None:
        if not self._setting_time:
            self.set_time(float(value.toSecsSinceEpoch()))

    def _show_time(self, when: float) -> None:
        self._setting_time = True
        try:
            self.time_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(when), QTimeZone.utc()))
        finally:
            self._setting_time = False

    # -- showing --------------------------------------------------------------------------------------------

    def _build_report(self) -> InspectReport:
        basis, offset = self.basis()
        return inspect_uri(self._text, self.now(), basis=basis, correction_offset=offset, source=self.source)

    def _refresh_codes(self) -> None:
        when = self.now()
        self._show_time(when)
        if self._text:
            self.report = self._build_report()
            self._show_codes()
        else:
            self._show_clock_line()

    def _show_empty(self) -> None:
        self.report = None
        self._text = ""
        self._set_source_text("", error=False)
        self.original.show_image(None, self.tr("The QR code as the\nserver shows it"))
        self.rendered.show_image(None, self.tr("The same link,\nre-rendered here"))
        for label in self.field_labels.values():
            label.setText("—")
        self._set_field_visibility(None)
        self._show_findings([])
        self.findings_summary.setText(self.tr("Findings appear here once there is a link to check."))
        self._show_time(self.now())
        self._show_codes()
        self._update_buttons()
        self._restyle()

    def _show_source(self, source: str) -> None:
        self._set_source_text(self.tr("Read from {source}.").format(source=source) if source else "", error=False)

    def _set_source_text(self, text: str, *, error: bool) -> None:
        self.source_label.setText(text)
        self.source_label.setVisible(bool(text))
        colour = theme.error_colour(self.palette()) if error else theme.dim_text(self.palette())
        self.source_label.setStyleSheet(f"color: {colour.name()};")

    def _show_report(self) -> None:
        report = self.report
        assert report is not None
        fields = report.fields()
        if fields is None:
            for label in self.field_labels.values():
                label.setText("—")
        else:
            account = report.parsed.account if report.parsed is not None else None
            none = self.tr("(none)")
            values = {
                "issuer": fields["issuer"] or none,
                "name": fields["name"] or none,
                "type": type_label(account.type) if account is not None else str(fields["type"]),
                "algorithm": fields["algorithm"],
                "digits": fields["digits"],
                "period": f"{fields['period']} s" if fields["period"] is not None else "",
                "counter": fields["counter"] if fields["counter"] is not None else "",
                "secret": self.tr("{bits} bits ({length} base32 characters, not shown)").format(
                    bits=fields["secret_bits"], length=fields["secret_length"]
                ),
            }
            for key, value in values.items():
                self.field_labels[key].setText(str(value))
        self._set_field_visibility(report)
        canonical = report.canonical_uri()
        if canonical is not None:
            self.rendered.show_image(matrix_image(canonical))
        else:
            self.rendered.show_image(None, self.tr("No code:\nthe link gives no codes"))
        self._show_findings(report.findings)
        self._show_codes()
        self._update_buttons()
        self._restyle()

    def _set_field_visibility(self, report: InspectReport | None) -> None:
        account = report.parsed.account if report is not None and report.parsed is not None else None
        hotp = account is not None and account.type is OtpType.HOTP
        self.fields_form.setRowVisible(self.field_labels["period"], not hotp)
        self.fields_form.setRowVisible(self.field_labels["counter"], hotp)

    def _show_findings(self, findings: Sequence[Finding]) -> None:
        for card in self.finding_cards:
            self.findings_layout.removeWidget(card)
            card.deleteLater()
        self.finding_cards = []
        for position, finding in enumerate(findings):
            card = FindingCard(finding, self.findings_box)
            self.findings_layout.insertWidget(position, card)
            self.finding_cards.append(card)
        if self.report is not None:
            self.findings_summary.setText(summary(findings) + ".")
        worst = findings[0].severity if findings else None
        colour = severity_colour(worst, self.palette()) if worst is not None else theme.dim_text(self.palette())
        self.findings_summary.setStyleSheet(f"color: {colour.name()};")

    def _show_clock_line(self) -> None:
        basis, offset = self.basis()
        if basis is TimeBasis.GIVEN:
            text = self.tr("Codes for the time set here (no correction applied).")
        elif basis is TimeBasis.CORRECTED:
            text = self.tr("Now, by the corrected clock (system time {offset} s).").format(offset=f"{offset:+.3f}")
        else:
            text = self.tr("Now, by the system clock (no time correction).")
        self.clock_label.setText(text)

    def _show_codes(self) -> None:
        self._show_clock_line()
        report = self.report
        rows = report.codes if report is not None else []
        hotp = report is not None and report.parsed is not None and report.parsed.account.type is OtpType.HOTP
        self.codes_table.setHorizontalHeaderItem(1, QTableWidgetItem(self.tr("Counter") if hotp else self.tr("Step")))
        self.codes_table.setRowCount(len(rows))
        code_font = self._code_font
        for index, row in enumerate(rows):
            label = ("T" if row.offset == 0 else f"T{row.offset:+d}") if not hotp else f"{row.offset:+d}"
            cells = [
                label,
                str(row.step),
                format_code(row.code),
                _utc(row.valid_from) if row.valid_from is not None else "—",
                _utc(row.valid_until) if row.valid_until is not None else "—",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
                if column == 2:
                    font = QFont(code_font)
                    font.setBold(row.offset == 0)
                    item.setFont(font)
                    item.setData(Qt.ItemDataRole.AccessibleTextRole, " ".join(row.code))
                elif row.offset == 0:
                    font = QFont(self.font())
                    font.setBold(True)
                    item.setFont(font)
                self.codes_table.setItem(index, column, item)

    def _update_buttons(self) -> None:
        usable = self.report is not None and self.report.usable
        self.add_button.setEnabled(usable)
        has_report = self.report is not None
        self.json_button.setEnabled(has_report)
        self.markdown_button.setEnabled(has_report)

    # -- add, export ----------------------------------------------------------------------------------------

    def add_account(self) -> bool:
        """Hand the parsed link to the caller's confirmation (which saves only if accepted there)."""
        if self.report is None or self.report.parsed is None:
            return False
        parsed: ParsedUri = self.report.parsed
        self.accept()  # this window closes first, so the confirmation is the one on top
        self.add_requested.emit(parsed, self.source or self.tr("the enrollment check"))
        return True

    def choose_export(self, kind: str) -> QFileDialog | None:
        if self.report is None:
            return None
        suffix = "json" if kind == "json" else "md"
        title = self.tr("Export the report as JSON") if kind == "json" else self.tr("Export the report as Markdown")
        dialog = QFileDialog(self, title)
        dialog.setObjectName("exportReportDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(suffix)
        dialog.setNameFilter(self.tr("JSON (*.json)") if kind == "json" else self.tr("Markdown (*.md)"))
        dialog.selectFile(f"enrollment-check.{suffix}")
        dialog.fileSelected.connect(lambda path: self.save_json(path) if kind == "json" else self.save_markdown(path))
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def report_json(self) -> str:
        assert self.report is not None
        return json.dumps(self.report.to_json(), indent=2, ensure_ascii=False) + "\n"

    def save_json(self, path: str | Path) -> bool:
        """Write the report shown (secret left out) as JSON; False (with a message) if it cannot be written."""
        return self._save(Path(path), self.report_json())

    def save_markdown(self, path: str | Path) -> bool:
        assert self.report is not None
        return self._save(Path(path), self.report.to_markdown())

    def _save(self, path: Path, text: str) -> bool:
        try:
            write_atomic(path, text.encode("utf-8"), mode=0o644)
        except OSError as exc:
            from ...core.errors import InvalidInput

            reason = exc.strerror or type(exc).__name__
            message = self.tr("The report could not be saved to {file} ({reason}).").format(
                file=path.name, reason=reason
            )
            self._show_message(InvalidInput(message, ""))
            return False
        self.saved_label.setText(self.tr("Saved {file}").format(file=path.name))
        return True

    # -- look -----------------------------------------------------------------------------------------------

    def _restyle(self) -> None:
        palette = self.palette()
        dim = theme.dim_text(palette).name()
        for label in self._dim_labels:
            label.setStyleSheet(f"color: {dim};")
        for picture in (self.original, self.rendered):
            picture.restyle()
        for card in self.finding_cards:
            card.restyle()
        self.findings_box.setStyleSheet("QWidget#findingsBox { background: transparent; }")
        self.findings_scroll.viewport().setAutoFillBackground(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)


def _utc(when: int) -> str:
    return iso_utc(when).replace("T", " ").replace("Z", "")


def _grab_screens() -> list[np.ndarray]:
    from ...qr.screen import grab_screens

    return grab_screens()


def open_inspect_enrollment(window: MainWindow) -> InspectEnrollmentDialog:
    """The window's "Check an enrollment…": codes follow the window's ticker; "Add account" goes to the intake."""
    intake = window.intake
    dialog = InspectEnrollmentDialog(
        window.clock, window, decoder=intake.decoder, grab=lambda: intake.grab(), hide_while_grabbing=[window]
    )
    window.ticker.ticked.connect(dialog.tick)
    dialog.finished.connect(lambda _result: _disconnect(window, dialog))
    dialog.add_requested.connect(lambda parsed, source: intake.confirm(parsed, source))
    window._show_box(dialog)
    return dialog


def _disconnect(window: MainWindow, dialog: InspectEnrollmentDialog) -> None:
    with contextlib.suppress(RuntimeError, TypeError):  # already gone
        window.ticker.ticked.disconnect(dialog.tick)
