"""Two small questions: an offset typed by hand (for networks that block NTP), and "apply this large change?".

Both are returned unopened; the window shows them with ``open()`` (window-modal, the event loop and the codes
keep running) and tests answer them directly.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...timesync.combine import MAX_PLAUSIBLE_OFFSET_SECONDS
from ...timesync.correction import TimeCorrection, signed_seconds, source_words
from .. import theme
from ..i18n import core_text
from ..sizing import keep_minimum_width
from .words import duration


def clock_text(when: float) -> str:
    """Local wall-clock time to the second, the way the corner of the screen shows it."""
    return time.strftime("%H:%M:%S", time.localtime(when))


class ManualOffsetDialog(QDialog):
    """Seconds to add to the system clock; shows the resulting time live so it can be compared with a phone."""

    def __init__(self, current: float, system_now: Callable[[], float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._system_now = system_now
        self.setObjectName("manualOffsetDialog")
        self.setWindowTitle(self.tr("Set the time offset"))
        self.setAccessibleName(self.windowTitle())

        intro = QLabel(
            self.tr(
                "If time servers cannot be reached, compare this computer's clock with a reliable one (your phone,"
                " time.is) and enter the difference. Positive: this computer is behind."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("intro")
        dim = intro.palette()
        dim.setColor(intro.foregroundRole(), theme.dim_text(self.palette()))
        intro.setPalette(dim)

        self.spin = QDoubleSpinBox(self)
        self.spin.setObjectName("offsetSpin")
        self.spin.setAccessibleName(self.tr("Offset in seconds"))
        self.spin.setDecimals(1)
        self.spin.setRange(-MAX_PLAUSIBLE_OFFSET_SECONDS, MAX_PLAUSIBLE_OFFSET_SECONDS)
        self.spin.setSingleStep(1.0)
        self.spin.setSuffix(self.tr(" s", "unit suffix of seconds"))
        self.spin.setValue(current)
        self.spin.setMinimumHeight(30)
        self.preview = QLabel(self)
        self.preview.setObjectName("offsetPreview")
        self.preview.setAccessibleName(self.tr("Corrected time"))

        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.addRow(self.tr("&Offset:"), self.spin)
        form.addRow(self.tr("Codes will use:"), self.preview)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Apply"))
        for button in self.buttons.buttons():
            button.setIcon(QIcon())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.spin.valueChanged.connect(self.update_preview)
        self._timer = QTimer(self)  # decoration: the preview's seconds move while the dialog is open
        self._timer.timeout.connect(self.update_preview)
        self._timer.start(500)
        self.update_preview()
        self.spin.setFocus()
        self.spin.selectAll()
        keep_minimum_width(self, 420)  # wider when longer (translated) texts need it

    def offset_seconds(self) -> float:
        return float(self.spin.value())

    def update_preview(self) -> None:
        offset = self.offset_seconds()
        corrected = clock_text(self._system_now() + offset)
        self.preview.setText(
            self.tr("{time}  ({offset} from the system clock)").format(time=corrected, offset=signed_seconds(offset))
        )


class ConfirmOffsetBox(QMessageBox):
    """Asks before applying a correction beyond the threshold; "Don't apply" is the default answer."""

    def __init__(self, correction: TimeCorrection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.correction = correction
        offset = correction.offset_seconds
        self.setObjectName("confirmOffsetBox")
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Time correction"))
        self.setText(self.tr("Move codes by {offset}?").format(offset=signed_seconds(offset)))
        if offset > 0:
            said = self.tr("{source} says this computer's clock is {difference} behind the real time.")
        else:
            said = self.tr("{source} says this computer's clock is {difference} ahead of the real time.")
        source = core_text(source_words(correction.source)) or self.tr("The time source")
        self.setInformativeText(
            said.format(source=source, difference=duration(offset))
            + " "
            + self.tr(
                "Clocks usually drift by seconds; a difference this large more often means a wrong time zone or"
                " date setting, or a time source that is wrong. Apply it only if your computer's clock really is"
                " that far off."
            )
        )
        self.apply_button: QPushButton = self.addButton(self.tr("Apply correction"), QMessageBox.ButtonRole.AcceptRole)
        self.cancel_button: QPushButton = self.addButton(self.tr("Don't apply"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)
        self.setAccessibleName(self.text())
        self.setAccessibleDescription(self.informativeText())
        self.setTextFormat(Qt.TextFormat.PlainText)

    @property
    def confirmed(self) -> bool:
        return self.clickedButton() is self.apply_button
