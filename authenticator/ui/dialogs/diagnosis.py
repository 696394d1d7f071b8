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

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimeZone
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
from ...timesync.measurement import TimeMeasurement
from .. import theme
from ..i18n import core_text
from ..sizing import keep_minimum_width
from ..timesync.words import duration, sources_summary

if TYPE_CHECKING:
    from ...timesync.combine import CombinedOffset
    from ..timesync.controller import DiagnosisResult, TimeCorrectionController

#: The source table's columns (translated where the header is made).
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
    dst = {
        1: QCoreApplication.translate("DiagnosisWindow", "daylight saving time"),
        0: QCoreApplication.translate("DiagnosisWindow", "standard time (no daylight saving now)"),
    }.get(time.localtime(when).tm_isdst) or QCoreApplication.translate("DiagnosisWindow", "daylight saving unknown")
    zone = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace") or (local.tzname() or "")
    return f"{zone}, {utc}, {dst}"


def utc_text(when: float) -> str:
    return f"{datetime.fromtimestamp(when, UTC):%Y-%m-%d %H:%M:%S} UTC"


def service_words(web: TimeMeasurement, ntp_offset: float | None) -> str:
    """How a web server's clock compares with the time servers (or with this computer when they are unknown)."""
    if not web.ok:
        reason = core_text(web.error or "") or QCoreApplication.translate("DiagnosisWindow", "no answer")
        return f"{web.source}: {reason.rstrip('.')}."
    assert web.offset_seconds is not None
    ntp = ntp_offset is not None
    difference = web.offset_seconds - (ntp_offset or 0.0)
    margin = web.uncertainty_seconds or 0.5
    ahead = difference > 0
    if abs(difference) <= margin:
        if ntp:
            text = QCoreApplication.translate(
                "DiagnosisWindow",
                "{source}'s clock agrees with the time servers (within ±{margin}, the precision of its Date header):"
                " if it rejects codes, the cause is not its clock.",
            )
        else:
            text = QCoreApplication.translate(
                "DiagnosisWindow",
                "{source}'s clock agrees with this computer (within ±{margin}, the precision of its Date header):"
                " if it rejects codes, the cause is not its clock.",
            )
    elif ntp and abs(difference) > 30:
        if ahead:
            text = QCoreApplication.translate(
                "DiagnosisWindow",
                "{source}'s clock is {difference} ahead of the time servers: the service's own clock is wrong, so"
                " it may reject correct codes.",
            )
        else:
            text = QCoreApplication.translate(
                "DiagnosisWindow",
                "{source}'s clock is {difference} behind the time servers: the service's own clock is wrong, so"
                " it may reject correct codes.",
            )
    elif ntp:
        if ahead:
            text = QCoreApplication.translate(
                "DiagnosisWindow", "{source}'s clock is {difference} ahead of the time servers (±{margin})."
            )
        else:
            text = QCoreApplication.translate(
                "DiagnosisWindow", "{source}'s clock is {difference} behind the time servers (±{margin})."
            )
    elif ahead:
        text = QCoreApplication.translate(
            "DiagnosisWindow", "{source}'s clock is {difference} ahead of this computer (±{margin})."
        )
    else:
        text = QCoreApplication.translate(
            "DiagnosisWindow", "{source}'s clock is {difference} behind this computer (±{margin})."
        )
    return text.format(source=web.source, difference=duration(difference), margin=duration(margin))


def headline_text(state: ClockState, offset: float | None, corrected: bool) -> str:
    """The short line above the verdict: "Clock 47 s behind — codes corrected"."""
    if state is ClockState.UNKNOWN or offset is None:
        return QCoreApplication.translate("DiagnosisWindow", "The clock could not be checked")
    if state is ClockState.ABSURD:
        return QCoreApplication.translate("DiagnosisWindow", "Wrong date or time")
    if state is ClockState.CORRECT:
        return QCoreApplication.translate("DiagnosisWindow", "The clock is right")
    behind = offset > 0
    if corrected:
        if behind:
            text = QCoreApplication.translate("DiagnosisWindow", "Clock {duration} behind — codes corrected")
        else:
            text = QCoreApplication.translate("DiagnosisWindow", "Clock {duration} ahead — codes corrected")
    elif state is ClockState.MARGINAL:
        if behind:
            text = QCoreApplication.translate("DiagnosisWindow", "Clock {duration} behind — codes may be rejected")
        else:
            text = QCoreApplication.translate("DiagnosisWindow", "Clock {duration} ahead — codes may be rejected")
    elif behind:
        text = QCoreApplication.translate("DiagnosisWindow", "Clock {duration} behind — codes are rejected")
    else:
        text = QCoreApplication.translate("DiagnosisWindow", "Clock {duration} ahead — codes are rejected")
    return text.format(duration=duration(offset))


class DiagnosisWindow(QDialog):
    def __init__(self, controller: TimeCorrectionController, *, url: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.result: DiagnosisResult | None = None
        self.setObjectName("diagnosisWindow")
        self.setWindowTitle(self.tr("Clock check"))
        self.setAccessibleName(self.windowTitle())
        self.setSizeGripEnabled(True)

        self.verdict_card = QFrame(self)
        self.verdict_card.setObjectName("verdictCard")
        self.headline = self._label("headline", self.tr("Clock state"), bold=True)
        self.headline.setText(self.tr("Checking the clock…"))
        self.verdict = self._label("verdict", self.tr("Verdict"))
        self.verdict.hide()
        self.sync_line = self._label("systemSync", self.tr("Automatic time sync"))
        self.sync_line.hide()
        card = QVBoxLayout(self.verdict_card)
        card.setContentsMargins(16, 12, 14, 12)
        card.setSpacing(6)
        card.addWidget(self.headline)
        card.addWidget(self.verdict)
        card.addWidget(self.sync_line)

        self.system_time = self._label("systemTime", self.tr("System time"))
        self.zone = self._label("timeZone", self.tr("Time zone"))
        self.utc_time = self._label("utcTime", self.tr("System time in UTC"))
        self.corrected_time = self._label("correctedTime", self.tr("Corrected time"))
        times = QFormLayout()
        times.setHorizontalSpacing(18)
        times.setVerticalSpacing(6)
        times.addRow(self._caption(self.tr("System time:"), self.system_time), self.system_time)
        times.addRow(self._caption(self.tr("Time zone:"), self.zone), self.zone)
        times.addRow(self._caption(self.tr("UTC:"), self.utc_time), self.utc_time)
        times.addRow(self._caption(self.tr("Codes use:"), self.corrected_time), self.corrected_time)

        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("sourceTable")
        self.table.setAccessibleName(self.tr("Time sources"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Source"), self.tr("Offset"), self.tr("Round trip"), self.tr("Kind"), self.tr("Result")]
        )
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
        self.summary = self._label("summary", self.tr("Summary of the sources"))
        self._dim(self.summary)

        self.url_edit = QLineEdit(url, self)
        self.url_edit.setObjectName("serviceUrl")
        self.url_edit.setAccessibleName(self.tr("Service web address"))
        self.url_edit.setPlaceholderText(self.tr("https://example.com — the service that rejects codes"))
        self.url_edit.setClearButtonEnabled(True)
        self.url_edit.setMinimumHeight(30)
        self.url_edit.returnPressed.connect(self.start_check)
        self.check_button = QPushButton(self.tr("Check"), self)
        self.check_button.setAccessibleName(self.tr("Check the time again"))
        self.check_button.setToolTip(self.tr("Ask the time servers (and the service, if given) again"))
        self.check_button.clicked.connect(self.start_check)
        self.service_line = self._label("serviceClock", self.tr("Service clock"))
        self.service_line.hide()
        url_row = QHBoxLayout()
        url_row.setSpacing(8)
        url_row.addWidget(self.url_edit, 1)
        url_row.addWidget(self.check_button)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.apply_button = self.buttons.addButton(self.tr("Apply correction"), QDialogButtonBox.ButtonRole.ActionRole)
        self.apply_button.setAccessibleDescription(self.tr("Apply the measured offset to the codes"))
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
        layout.addWidget(self._section(self.tr("Time sources")))
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        layout.addSpacing(4)
        self.url_title = self._section(self.tr("Check a service's clock"))
        self.url_title.setBuddy(self.url_edit)
        layout.addWidget(self.url_title)
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
        keep_minimum_width(self, 620)  # wider when longer (translated) texts need it

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

    def _caption(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
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
            self.corrected_time.setText(self.tr("the system time (no time correction)"))
        else:
            corrected = datetime.fromtimestamp(system + offset).astimezone()
            self.corrected_time.setText(
                self.tr("{time} — the system time {offset}").format(
                    time=f"{corrected:%H:%M:%S}", offset=signed_seconds(offset)
                )
            )

    # -- checking -------------------------------------------------------------------------------------------

    def start_check(self) -> bool:
        """Measure again (time servers, the web address if any, the OS's sync state), off the GUI thread."""
        url = self.url_edit.text().strip() or None
        started = self.controller.check(url, self.show_result, self._check_failed)
        if started:
            self.headline.setText(self.tr("Checking the clock…"))
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
        if isinstance(error, AuthenticatorError):
            message = core_text(error.message)
        else:
            message = self.tr("The clock could not be checked.")
        self.headline.setText(self.tr("The clock could not be checked"))
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
        text = core_text(verdict.message)
        offset = self.controller.offset
        if measured is not None and offset != 0 and not self._corrected():
            text += " " + self.tr(
                "The correction in use ({correction}) no longer matches: the codes shown are {difference} off."
                " Apply the new correction."
            ).format(correction=signed_seconds(offset), difference=duration(measured - offset))
        self._state = verdict.state
        self.headline.setText(headline_text(verdict.state, measured, self._corrected()))
        self.verdict.setText(text)
        self.verdict.setAccessibleName(text)
        self.verdict.show()
        self.sync_line.setText(core_text(sync.message))
        self.sync_line.setVisible(bool(sync.message))
        if sync.state is SyncState.NOT_SYNCHRONIZED:
            self.sync_line.setStyleSheet(f"color: {theme.warning_colour(self.palette()).name()};")
        else:
            self.sync_line.setStyleSheet("")
        self.summary.setText(sources_summary(combined))
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
    if web:
        kind = QCoreApplication.translate("DiagnosisWindow", "web (Date header)")
    elif measurement.stratum:
        kind = QCoreApplication.translate("DiagnosisWindow", "NTP, stratum {stratum}").format(
            stratum=measurement.stratum
        )
    else:
        kind = "NTP"
    if not measurement.ok:
        reason = core_text(measurement.error or "").rstrip(".")
        return (
            measurement.source,
            "—",
            "—",
            kind,
            QCoreApplication.translate("DiagnosisWindow", "failed: {reason}").format(reason=reason),
        )
    assert measurement.offset_seconds is not None
    offset = f"{measurement.offset_seconds:+.3f} s"
    delay = f"{measurement.delay_seconds * 1000:.0f} ms" if measurement.delay_seconds is not None else "—"
    if measurement in combined.used:
        result = QCoreApplication.translate("DiagnosisWindow", "used")
    else:
        result = QCoreApplication.translate("DiagnosisWindow", "ignored: disagrees with the others")
    return measurement.source, offset, delay, kind, result
