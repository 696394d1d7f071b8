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
from ...timesync.correction import TimeCorrection, signed_seconds
from ...timesync.measurement import format_duration
from .. import theme


def clock_text(when: float) -> str:
    """Local wall-clock time to the second, the way the corner of the screen shows it."""
    return time.strftime("%H:%M:%S", time.localtime(when))


class ManualOffsetDialog(QDialog):
    """Seconds to add to the system clock; shows the resulting time live so it can be compared with a phone."""

    def __init__(self, current: float, system_now: Callable[[], float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._system_now = system_now
        self.setObjectName("manualOffsetDialog")
        self.setWindowTitle("Set the time offset")
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(420)

        intro = QLabel(
            "If time servers cannot be reached, compare this computer's clock with a reliable one (your phone,"
            " time.is) and enter the difference. Positive: this computer is behind.",
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("intro")
        dim = intro.palette()
        dim.setColor(intro.foregroundRole(), theme.dim_text(self.palette()))
        intro.setPalette(dim)

        self.spin = QDoubleSpinBox(self)
        self.spin.setObjectName("offsetSpin")
        self.spin.setAccessibleName("Offset in seconds")
        self.spin.setDecimals(1)
        self.spin.setRange(-MAX_PLAUSIBLE_OFFSET_SECONDS, MAX_PLAUSIBLE_OFFSET_SECONDS)
        self.spin.setSingleStep(1.0)
        self.spin.setSuffix(" s")
        self.spin.setValue(current)
        self.spin.setMinimumHeight(30)
        self.preview = QLabel(self)
        self.preview.setObjectName("offsetPreview")
        self.preview.setAccessibleName("Corrected time")

        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.addRow("&Offset:", self.spin)
        form.addRow("Codes will use:", self.preview)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Apply")
        self.ok_button.setAccessibleName("Apply")
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

    def offset_seconds(self) -> float:
        return float(self.spin.value())

    def update_preview(self) -> None:
        offset = self.offset_seconds()
        corrected = clock_text(self._system_now() + offset)
        self.preview.setText(f"{corrected}  ({signed_seconds(offset)} from the system clock)")


class ConfirmOffsetBox(QMessageBox):
    """Asks before applying a correction beyond the threshold; "Don't apply" is the default answer."""

    def __init__(self, correction: TimeCorrection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.correction = correction
        offset = correction.offset_seconds
        direction = "behind" if offset > 0 else "ahead of"
        self.setObjectName("confirmOffsetBox")
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle("Time correction")
        self.setText(f"Move codes by {signed_seconds(offset)}?")
        self.setInformativeText(
            f"{correction.source or 'The time source'} says this computer's clock is {format_duration(offset)}"
            f" {direction} the real time. Clocks usually drift by seconds; a difference this large more often"
            " means a wrong time zone or date setting, or a time source that is wrong. Apply it only if your"
            " computer's clock really is that far off."
        )
        self.apply_button: QPushButton = self.addButton("Apply correction", QMessageBox.ButtonRole.AcceptRole)
        self.apply_button.setAccessibleName("Apply correction")
        self.cancel_button: QPushButton = self.addButton("Don't apply", QMessageBox.ButtonRole.RejectRole)
        self.cancel_button.setAccessibleName("Don't apply")
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)
        self.setAccessibleName(self.text())
        self.setAccessibleDescription(self.informativeText())
        self.setTextFormat(Qt.TextFormat.PlainText)

    @property
    def confirmed(self) -> bool:
        return self.clickedButton() is self.apply_button
