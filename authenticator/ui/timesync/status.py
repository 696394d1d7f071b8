"""The status-bar line: which clock the codes use, a busy indicator while syncing, and "Sync now".

Quiet on purpose: small dim text that only changes when the correction does (or once a minute, for "5 min
ago"), so it informs without competing with the codes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from .. import theme


class TimeStatus(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeStatus")
        self.label = QLabel(self)
        self.label.setObjectName("timeStatusText")
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(self.tr("Time correction"))
        self.busy = QProgressBar(self)
        self.busy.setObjectName("timeBusy")
        self.busy.setAccessibleName(self.tr("Syncing"))
        self.busy.setRange(0, 0)  # busy: no percentage to show, the query ends after one timeout at most
        self.busy.setTextVisible(False)
        self.busy.setFixedSize(64, 6)
        self.busy.hide()
        self.sync_button = QToolButton(self)
        self.sync_button.setObjectName("syncButton")
        self.sync_button.setText(self.tr("Sync now"))
        self.sync_button.setAccessibleName(self.sync_button.text())  # the visible words: speech input says them
        self.sync_button.setToolTip(self.tr("Measure the clock against time servers and correct the codes"))
        self.sync_button.setAccessibleDescription(self.sync_button.toolTip())
        self.sync_button.setAutoRaise(True)

        row = QHBoxLayout(self)
        row.setContentsMargins(12, 0, 4, 0)
        row.setSpacing(8)
        row.addWidget(self.busy, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.label, 1)
        row.addWidget(self.sync_button)
        self._restyle()

    @property
    def text(self) -> str:
        return self.label.text()

    def show_text(self, text: str) -> None:
        if text != self.label.text():
            self.label.setText(text)
            self.label.setAccessibleName(text)
            self.label.setToolTip(text)

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.busy.setVisible(busy)
        self.sync_button.setEnabled(not busy)
        if busy and text:
            self.show_text(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)

    def _restyle(self) -> None:
        palette = self.palette()
        dim = QPalette(self.label.palette())
        dim.setColor(QPalette.ColorRole.WindowText, theme.dim_text(palette))
        self.label.setPalette(dim)
        self.label.setFont(theme.scaled(self.font(), 0.92))
        self.sync_button.setFont(theme.scaled(self.font(), 0.92))
        hover = theme.mix(palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.WindowText), 0.08)
        self.sync_button.setStyleSheet(
            "QToolButton#syncButton { border: none; border-radius: 6px; padding: 3px 8px; }"
            f"QToolButton#syncButton:hover, QToolButton#syncButton:focus {{ background: {hover.name()}; }}"
        )
