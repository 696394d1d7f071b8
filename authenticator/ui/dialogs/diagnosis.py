"""The clock diagnosis: what time this computer thinks it is, what the sources say, and what that means.

Shows the system time (local with its zone and daylight-saving state, and UTC), the corrected time the codes
use, every source's answer in a table, whether the OS keeps its clock in sync, and a verdict in plain words
with numbers (:func:`~authenticator.timesync.diagnosis.clock_verdict`). A web address field checks a service's
own clock from its ``Date`` header (prefilled from the selected account's website), which tells "my clock is
wrong" from "their clock is wrong". Measuring runs on the time controller's worker; the window stays live.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimeZone
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ...core.errors import AuthenticatorError
from ...timesync.correction import TimeCorrection, signed_seconds
from ...timesync.diagnosis import CORRECT_WITHIN_SECONDS, ClockState, SyncState, clock_verdict
from ...timesync.measurement import TimeMeasurement, format_duration
from .. import theme

if TYPE_CHECKING:
    from ...timesync.combine import CombinedOffset
    from ..timesync.controller import DiagnosisResult, TimeCorrectionController

COLUMNS = ("Source", "Offset", "Round trip", "Kind", "Result")


def local_time_text(when: float) -> str:
    """ "Sat 28 Nov 2026, 13:00:18 CET": local wall-clock time with the zone's abbreviation."""
    local = datetime.fromtimestamp(when).astimezone()
    return f"{local:%a %d %b %Y, %H:%M:%S} {local.tzname() or ''}".rstrip()


def zone_text(when: float) -> str:
    """ "Europe/Berlin, UTC+01:00, standard time": the zone, its offset now, and whether DST is in effect."""
    local = datetime.fromtimestamp(when).astimezone()
    offset = local.utcoffset()
    minutes = round(offset.total_seconds() / 60) if offset is not None else 0
    sign = "-" if minutes < 0 else "+"
    utc = f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    dst = {1: "daylight saving time", 0: "standard time (no daylight saving now)"}.get(
        time.localtime(when).tm_isdst, "daylight saving unknown"
    )
    zone = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace") or (local.tzname() or "")
    return f"{zone}, {utc}, {dst}"


def utc_text(when: float) -> str:
    return f"{datetime.fromtimestamp(when, UTC):%Y-%m-%d %H:%M:%S} UTC"


def service_words(web: TimeMeasurement, ntp_offset: float | None) -> str:
    """How a web server's clock compares with the time servers (or with this computer when they are unknown)."""
    if not web.ok:
        return f"{web.source}: {(web.error or 'no answer').rstrip('.')}."
    assert web.offset_seconds is not None
    reference = "the time servers" if ntp_offset is not None else "this computer"
    difference = web.offset_seconds - (ntp_offset or 0.0)
    margin = web.uncertainty_seconds or 0.5
    if abs(difference) <= margin:
        return (
            f"{web.source}'s clock agrees with {reference} (within ±{format_duration(margin)}, the precision of its"
            " Date header): if it rejects codes, the cause is not its clock."
        )
    direction = "ahead of" if difference > 0 else "behind"
    text = f"{web.source}'s clock is {format_duration(difference)} {direction} {reference}"
    if ntp_offset is not None and abs(difference) > 30:
        return text + ": the service's own clock is wrong, so it may reject correct codes."
    return text + f" (±{format_duration(margin)})."


def headline_text(state: ClockState, offset: float | None, corrected: bool) -> str:
    """The short line above the verdict: "Clock 47 s behind — codes corrected"."""
    if state is ClockState.UNKNOWN or offset is None:
        return "The clock could not be checked"
    if state is ClockState.ABSURD:
        return "Wrong date or time"
    if state is ClockState.CORRECT:
        return "The clock is right"
    off = f"Clock {format_duration(offset)} {'behind' if offset > 0 else 'ahead'}"
    if corrected:
        return f"{off} — codes corrected"
    return off + (" — codes may be rejected" if state is ClockState.MARGINAL else " — codes are rejected")


class DiagnosisWindow(QDialog):
    def __init__(self, controller: TimeCorrectionController, *, url: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.result: DiagnosisResult | None = None
        self.setObjectName("diagnosisWindow")
        self.setWindowTitle("Clock check")
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(620)
        self.setSizeGripEnabled(True)

        self.verdict_card = QFrame(self)
        self.verdict_card.setObjectName("verdictCard")
        self.headline = self._label("headline", "Clock state", bold=True)
        self.headline.setText("Checking the clock…")
        self.verdict = self._label("verdict", "Verdict")
        self.verdict.hide()
        self.sync_line = self._label("systemSync", "Automatic time sync")
        self.sync_line.hide()
        card = QVBoxLayout(self.verdict_card)
        card.setContentsMargins(16, 12, 14, 12)
        card.setSpacing(6)
        card.addWidget(self.headline)
        card.addWidget(self.verdict)
        card.addWidget(self.sync_line)

        self.system_time = self._label("systemTime", "System time")
        self.zone = self._label("timeZone", "Time zone")
        self.utc_time = self._label("utcTime", "System time in UTC")
        self.corrected_time = self._label("correctedTime", "Corrected time")
        times = QFormLayout()
        times.setHorizontalSpacing(18)
        times.setVerticalSpacing(6)
        times.addRow(self._caption("System time:"), self.system_time)
        times.addRow(self._caption("Time zone:"), self.zone)
        times.addRow(self._caption("UTC:"), self.utc_time)
        times.addRow(self._caption("Codes use:"), self.corrected_time)

        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("sourceTable")
        self.table.setAccessibleName("Time sources")
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in range(len(COLUMNS) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.summary = self._label("summary", "Summary of the sources")
        self._dim(self.summary)

        self.url_edit = QLineEdit(url, self)
        self.url_edit.setObjectName("serviceUrl")
        self.url_edit.setAccessibleName("Service web address")
        self.url_edit.setPlaceholderText("https://example.com — the service that rejects codes")
        self.url_edit.setClearButtonEnabled(True)
        self.url_edit.setMinimumHeight(30)
        self.url_edit.returnPressed.connect(self.start_check)
        self.check_button = QPushButton("Check", self)
        self.check_button.setAccessibleName("Check the time again")
        self.check_button.setToolTip("Ask the time servers (and the service, if given) again")
        self.check_button.clicked.connect(self.start_check)
        self.service_line = self._label("serviceClock", "Service clock")
        self.service_line.hide()
        url_row = QHBoxLayout()
        url_row.setSpacing(8)
        url_row.addWidget(self.url_edit, 1)
        url_row.addWidget(self.check_button)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.apply_button = self.buttons.addButton("Apply correction", QDialogButtonBox.ButtonRole.ActionRole)
        self.apply_button.setAccessibleName("Apply this correction")
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply_measured)
        for button in self.buttons.buttons():
            button.setIcon(QIcon())
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.verdict_card)
        layout.addSpacing(2)
        layout.addLayout(times)
        layout.addSpacing(4)
        layout.addWidget(self._section("Time sources"))
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        layout.addSpacing(4)
        layout.addWidget(self._section("Check a service's clock"))
        layout.addLayout(url_row)
        layout.addWidget(self.service_line)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self._state = ClockState.UNKNOWN
        self._restyle()
        controller.window.ticker.ticked.connect(self.update_times)
        controller.correction_changed.connect(self._correction_changed)
        controller.busy_changed.connect(self._busy_changed)
        self.update_times()
        self.resize(680, 560)

    # -- building -------------------------------------------------------------------------------------------

    def _label(self, name: str, accessible: str, *, bold: bool = False) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAccessibleName(accessible)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if bold:
            label.setFont(theme.scaled(self.font(), 1.08, bold=True))
        return label

    def _caption(self, text: str) -> QLabel:
        label = QLabel(text, self)
        self._dim(label)
        return label

    def _section(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setFont(theme.scaled(self.font(), 1.0, bold=True))
        return label

    def _dim(self, label: QLabel) -> None:
        palette = QPalette(label.palette())
        palette.setColor(QPalette.ColorRole.WindowText, theme.dim_text(self.palette()))
        label.setPalette(palette)

    def _restyle(self) -> None:
        palette = self.palette()
        colour = {
            ClockState.CORRECT: palette.color(QPalette.ColorRole.WindowText),
            ClockState.MARGINAL: theme.warning_colour(palette),
            ClockState.BAD: theme.error_colour(palette),
            ClockState.ABSURD: theme.error_colour(palette),
        }.get(self._state, theme.dim_text(palette))
        if self._state in (ClockState.MARGINAL, ClockState.BAD) and self._corrected():
            colour = palette.color(QPalette.ColorRole.WindowText)  # the clock is off, but the codes shown are right
        self.headline.setStyleSheet(f"color: {colour.name()};")  # under the card's style sheet a palette is ignored
        card = theme.card_colour(palette).name()
        border = theme.card_border(palette).name(QColor.NameFormat.HexArgb)
        self.verdict_card.setStyleSheet(
            f"QFrame#verdictCard {{ background: {card}; border: 1px solid {border}; border-radius: 8px; }}"
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)

    # -- time -----------------------------------------------------------------------------------------------

    def update_times(self, *_: object) -> None:
        system = self.controller.system_now()
        offset = self.controller.offset
        self.system_time.setText(local_time_text(system))
        self.zone.setText(zone_text(system))
        self.utc_time.setText(utc_text(system))
        if offset == 0:
            self.corrected_time.setText("the system time (no time correction)")
        else:
            corrected = datetime.fromtimestamp(system + offset).astimezone()
            self.corrected_time.setText(f"{corrected:%H:%M:%S} — the system time {signed_seconds(offset)}")

    # -- checking -------------------------------------------------------------------------------------------

    def start_check(self) -> bool:
        """Measure again (time servers, the web address if any, the OS's sync state), off the GUI thread."""
        url = self.url_edit.text().strip() or None
        started = self.controller.check(url, self.show_result, self._check_failed)
        if started:
            self.headline.setText("Checking the clock…")
            self.apply_button.setEnabled(False)
        return started

    def _correction_changed(self, _offset: float) -> None:
        self._render()

    def _busy_changed(self, busy: bool) -> None:
        self.check_button.setEnabled(not busy)

    def _check_failed(self, error: BaseException) -> None:
        if not isValid(self):  # closed while the check ran
            return
        self.result = None
        self._state = ClockState.UNKNOWN
        message = error.message if isinstance(error, AuthenticatorError) else "The clock could not be checked."
        self.headline.setText("The clock could not be checked")
        self.verdict.setText(message)
        self.verdict.show()
        self._restyle()

    def show_result(self, result: DiagnosisResult) -> None:
        if not isValid(self):  # closed while the check ran
            return
        self.result = result
        self._fill_table(result.combined)
        self._render()

    def _measured(self) -> float | None:
        combined = self.result.combined if self.result is not None else None
        return combined.offset_seconds if combined is not None and combined.consistent else None

    def _corrected(self) -> bool:
        measured = self._measured()
        return measured is not None and abs(measured - self.controller.offset) < CORRECT_WITHIN_SECONDS

    def _render(self) -> None:
        """The verdict, the OS sync line and the service line from the last result and the offset in use."""
        self.update_times()
        if self.result is None:
            return
        combined, sync = self.result.combined, self.result.system_sync
        measured = self._measured()
        verdict = clock_verdict(measured, correction_applied=self._corrected())
        text = verdict.message
        offset = self.controller.offset
        if measured is not None and offset != 0 and not self._corrected():
            text += (
                f" The correction in use ({signed_seconds(offset)}) no longer matches: the codes shown are"
                f" {format_duration(measured - offset)} off. Apply the new correction."
            )
        self._state = verdict.state
        self.headline.setText(headline_text(verdict.state, measured, self._corrected()))
        self.verdict.setText(text)
        self.verdict.setAccessibleName(text)
        self.verdict.show()
        self.sync_line.setText(sync.message)
        self.sync_line.setVisible(bool(sync.message))
        if sync.state is SyncState.NOT_SYNCHRONIZED:
            self.sync_line.setStyleSheet(f"color: {theme.warning_colour(self.palette()).name()};")
        else:
            self.sync_line.setStyleSheet("")
        self.summary.setText(combined.message)
        web = next((m for m in combined.measurements if m.source.startswith(("http://", "https://"))), None)
        if web is not None and self.url_edit.text().strip():
            ntp = [m for m in combined.used if m is not web]
            ntp_offset = sorted(m.offset_seconds or 0.0 for m in ntp)[len(ntp) // 2] if ntp else None
            self.service_line.setText(service_words(web, ntp_offset))
            self.service_line.show()
        else:
            self.service_line.hide()
        self.apply_button.setEnabled(
            combined.usable and self.controller.can_correct and not self._corrected() and not self.controller.busy
        )
        self._restyle()

    def _fill_table(self, combined: CombinedOffset) -> None:
        rows = list(combined.measurements)
        self.table.setRowCount(len(rows))
        for row, measurement in enumerate(rows):
            for column, text in enumerate(_cells(measurement, combined)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column in (1, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()

    def apply_measured(self) -> None:
        """Offer the measured offset to the controller (which asks first when it is large)."""
        if self.result is None or not self.result.combined.usable:
            return
        from ..timesync.controller import source_label

        combined = self.result.combined
        assert combined.offset_seconds is not None
        correction = TimeCorrection(
            combined.offset_seconds,
            source_label(combined),
            self.controller.system_now(),
            tuple(m.source for m in combined.used),
        )
        self.apply_button.setEnabled(False)
        self.controller.offer(correction, combined)


def _cells(measurement: TimeMeasurement, combined: CombinedOffset) -> tuple[str, str, str, str, str]:
    web = measurement.source.startswith(("http://", "https://"))
    kind = "web (Date header)" if web else "NTP" + (f", stratum {measurement.stratum}" if measurement.stratum else "")
    if not measurement.ok:
        return measurement.source, "—", "—", kind, f"failed: {(measurement.error or '').rstrip('.')}"
    assert measurement.offset_seconds is not None
    offset = f"{measurement.offset_seconds:+.3f} s"
    delay = f"{measurement.delay_seconds * 1000:.0f} ms" if measurement.delay_seconds is not None else "—"
    result = "used" if measurement in combined.used else "ignored: disagrees with the others"
    return measurement.source, offset, delay, kind, result
