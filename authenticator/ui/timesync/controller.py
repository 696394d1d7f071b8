"""Measure, confirm, store and apply the time correction for the window, without ever blocking it.

The window's clock is a :class:`~authenticator.core.clock.SystemClock`: the model, the ticker and the clipboard
guard all read that one object, so applying a correction is setting its ``offset`` (after the file is saved)
and ticking once so codes and countdowns move at once. The system clock is never touched.

Measuring runs on this controller's own one-thread :class:`TaskRunner`, not the window's: an NTP query may take
its whole timeout (2 s), and on the window's runner it would queue adds, edits and keyring reads behind it and
pause the "changed by the CLI?" check, which only runs while that runner is idle. The query touches no vault
state, so it needs none of that runner's ordering. The correction file is written on the same thread as the
measurement, so a save can never overtake the sync that produced it.

Nothing is applied silently: a result that is not :attr:`CombinedOffset.usable` is reported with its reason, and
one that would move codes by more than the ``time/confirm_above_seconds`` setting is applied only after the user
says yes. The measuring functions are attributes (``measure``, ``measure_web``, ``sync_status``) so tests can
swap in fakes that need no network.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ...core.errors import AuthenticatorError, InvalidInput
from ...timesync.correction import (
    MANUAL_SOURCE,
    NTP_AND,
    TimeCorrection,
    clear_correction,
    describe,
    load_correction,
    save_correction,
    signed_seconds,
)
from ..i18n import core_text
from ..settings import TIME_CONFIRM_ABOVE_SECONDS, TIME_NTP_SERVERS, TIME_SYNC_AT_STARTUP
from ..workers import TaskRunner
from .status import TimeStatus
from .words import sources_summary

if TYPE_CHECKING:
    from ...timesync.combine import CombinedOffset
    from ...timesync.diagnosis import SystemSyncStatus
    from ...timesync.measurement import TimeMeasurement
    from ..dialogs.diagnosis import DiagnosisWindow
    from ..dialogs.which_step import WhichStepDialog
    from ..main_window import MainWindow
    from .offset_dialogs import ConfirmOffsetBox, ManualOffsetDialog

log = logging.getLogger(__name__)

TimeSource = Callable[[], float]
MeasureNtp = Callable[[Sequence[str], TimeSource], "CombinedOffset"]
MeasureWeb = Callable[[str, TimeSource], "TimeMeasurement"]
SyncStatus = Callable[[], "SystemSyncStatus"]

_WEB_PREFIXES = ("http://", "https://")
#: A new measurement this close to the correction in use is the same correction: no need to ask again.
_SAME_CORRECTION_SECONDS = 5.0


def measure_ntp(servers: Sequence[str], time_source: TimeSource) -> CombinedOffset:
    from ...timesync.ntp import measure_ntp_offset

    return measure_ntp_offset(servers, time_source=time_source)


def measure_web(url: str, time_source: TimeSource) -> TimeMeasurement:
    from ...timesync.http_date import measure_http_date

    return measure_http_date(url, time_source=time_source)


def system_sync_status() -> SystemSyncStatus:
    from ...timesync.diagnosis import system_time_sync_status

    return system_time_sync_status()


@dataclass(frozen=True)
class SyncOutcome:
    """How a sync ended: ``applied`` (stored and in use), ``declined`` by the user, or ``reason`` it was not."""

    result: CombinedOffset | None
    applied: bool = False
    declined: bool = False
    reason: str = ""


@dataclass(frozen=True)
class DiagnosisResult:
    """Every source's answer combined, and what the OS says about its own clock sync."""

    combined: CombinedOffset
    system_sync: SystemSyncStatus


def source_label(combined: CombinedOffset) -> str:
    """ "NTP", the web address, or "NTP and https://…": where a stored correction came from, in short."""
    web = [m.source for m in combined.used if m.source.startswith(_WEB_PREFIXES)]
    if not web:
        return "NTP"
    return (NTP_AND if len(combined.used) > len(web) else "") + ", ".join(web)  # stored English; see source_words


def not_usable_reason(combined: CombinedOffset) -> str:
    """Why a sync applied nothing, in the window's language."""
    if combined.offset_seconds is None:
        return sources_summary(combined)
    if not combined.consistent:
        return (
            QCoreApplication.translate(
                "TimeCorrectionController",
                "The time sources disagree with each other, so there is no offset to trust.",
            )
            + " "
            + sources_summary(combined)
        )
    return QCoreApplication.translate(
        "TimeCorrectionController",
        "An offset of {offset} is not clock drift but a wrong date or time setting: fix the computer's date, time"
        " and time zone in the system settings.",
    ).format(offset=signed_seconds(combined.offset_seconds))


class TimeCorrectionController(QObject):
    """Owns the time menu, the status-bar line and every change to the window clock's offset."""

    #: True while a measurement runs (sync or diagnosis check).
    busy_changed = Signal(bool)
    #: A sync ended (a :class:`SyncOutcome`), applied or not.
    sync_finished = Signal(object)
    #: The offset in use changed (seconds).
    correction_changed = Signal(float)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.clock: Any = window.clock
        self.settings = window.settings
        self.directory: Path = window.vault.metadata.path.parent
        self.runner = TaskRunner(self)
        self.measure: MeasureNtp = measure_ntp
        self.measure_web: MeasureWeb = measure_web
        self.sync_status: SyncStatus = system_sync_status
        self.last_result: CombinedOffset | None = None
        self._busy = False
        self._note = ""
        warnings: list[str] = []
        stored = load_correction(self.directory, warn=warnings.append)
        self.correction = stored if stored is not None and stored.offset_seconds == self.offset else None
        if warnings:
            self._note = self.tr("The stored time correction is damaged and was ignored.")
            log.warning("%s", warnings[0])

        self.status = TimeStatus(window)
        self.status.sync_button.clicked.connect(lambda: self.sync_now())
        self.status.sync_button.setEnabled(self.can_correct)
        bar = window.statusBar()
        bar.setSizeGripEnabled(False)
        bar.addWidget(self.status, 1)
        self._build_menu()
        window.ticker.ticked.connect(lambda _now: self.update_status())
        self.update_status()
        if self.settings.get(TIME_SYNC_AT_STARTUP) and self.can_correct:
            QTimer.singleShot(0, lambda: self.sync_now(interactive=False))

    # -- state ----------------------------------------------------------------------------------------------

    @property
    def can_correct(self) -> bool:
        """Only a system clock can be corrected (a fixed clock, as in tests and screenshots, cannot)."""
        return isinstance(getattr(self.clock, "offset", None), int | float) and hasattr(self.clock, "system_now")

    @property
    def offset(self) -> float:
        """The correction in use, in seconds (0 without one)."""
        return float(getattr(self.clock, "offset", 0.0))

    @property
    def busy(self) -> bool:
        return self._busy

    def system_now(self) -> float:
        """Uncorrected system time; measurements are always against it, so an offset is a whole correction."""
        reader = getattr(self.clock, "system_now", None)
        return float(reader()) if callable(reader) else float(self.clock.now())

    def servers(self) -> list[str]:
        """The NTP servers from the settings (the built-in list when empty); raises InvalidInput for a bad one."""
        from ...timesync.ntp import DEFAULT_NTP_SERVERS, parse_server

        raw = self.settings.get(TIME_NTP_SERVERS)
        text = ",".join(raw) if isinstance(raw, list | tuple) else str(raw or "")
        names = [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]
        return [str(parse_server(name)) for name in names or DEFAULT_NTP_SERVERS]

    def describe(self) -> str:
        if self.correction is None and self.offset != 0:
            return self.tr("Codes corrected by {offset}").format(offset=signed_seconds(self.offset))
        return core_text(describe(self.correction, self.system_now())).rstrip(".")

    def update_status(self) -> None:
        if self._busy:
            return
        text = self.describe()
        self.status.show_text(f"{self._note} {text}".strip() if self._note else text)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.status.set_busy(busy, text)
        for action in (self.sync_action, self.manual_action, self.reset_action):
            action.setEnabled(not busy and self.can_correct)
        if not busy:
            self.update_status()
        self.busy_changed.emit(busy)

    # -- menu -----------------------------------------------------------------------------------------------

    def _build_menu(self) -> None:
        window = self.window
        self.menu = QMenu(self.tr("&Time correction"), window)
        self.sync_action = QAction(self.tr("&Sync time now"), window)
        self.sync_action.setToolTip(self.tr("Measure the clock against time servers and correct the codes"))
        self.sync_action.triggered.connect(lambda: self.sync_now())
        self.manual_action = QAction(self.tr("Set the offset by &hand…"), window)
        self.manual_action.triggered.connect(self.open_manual_dialog)
        self.reset_action = QAction(self.tr("&Use system time"), window)
        self.reset_action.triggered.connect(self.use_system_time)
        self.startup_action = QAction(self.tr("Sync when the app s&tarts"), window)
        self.startup_action.setCheckable(True)
        self.startup_action.setChecked(bool(self.settings.get(TIME_SYNC_AT_STARTUP)))
        self.startup_action.toggled.connect(lambda on: self.settings.set(TIME_SYNC_AT_STARTUP, bool(on)))
        self.diagnosis_action = QAction(self.tr("Check the &clock…"), window)
        self.diagnosis_action.triggered.connect(self.open_diagnosis)
        self.which_step_action = QAction(self.tr("&Why was my code rejected?…"), window)
        self.which_step_action.triggered.connect(lambda: self.open_which_step())
        for action in (self.sync_action, self.manual_action, self.reset_action, self.startup_action):
            action.setEnabled(self.can_correct)
        self.menu.addAction(self.sync_action)
        self.menu.addAction(self.manual_action)
        self.menu.addAction(self.reset_action)
        self.menu.addSeparator()
        self.menu.addAction(self.startup_action)
        self.menu.addSeparator()
        self.menu.addAction(self.diagnosis_action)
        self.menu.addAction(self.which_step_action)
        window.main_menu.insertMenu(window.about_action, self.menu)
        window.main_menu.insertSeparator(window.about_action)

    # -- sync -----------------------------------------------------------------------------------------------

    def sync_now(self, *, interactive: bool = True) -> bool:
        """Measure against the NTP servers off the GUI thread; False if a measurement is already running.

        ``interactive`` (the menu, the button) shows why nothing was applied in a message box; the start-up
        sync only says so in the status bar. A large change asks in both cases.
        """
        if self._busy or not self.can_correct:
            return False
        try:
            servers = self.servers()
        except AuthenticatorError as exc:
            self._report(SyncOutcome(None, reason=core_text(exc.message)), interactive, exc)
            return False
        measure, source = self.measure, self.system_now
        self._set_busy(True, self.tr("Syncing with time servers…"))
        self.runner.run(
            lambda: measure(servers, source),
            lambda result: self._synced(result, interactive),
            lambda error: self._sync_failed(error, interactive),
        )
        return True

    def _synced(self, combined: CombinedOffset, interactive: bool) -> None:
        self._set_busy(False)
        self.last_result = combined
        if not combined.usable:
            self._report(SyncOutcome(combined, reason=not_usable_reason(combined)), interactive)
            return
        assert combined.offset_seconds is not None
        correction = TimeCorrection(
            combined.offset_seconds, source_label(combined), self.system_now(), tuple(m.source for m in combined.used)
        )
        self.offer(correction, combined)

    def _sync_failed(self, error: BaseException, interactive: bool) -> None:
        self._set_busy(False)
        if not isinstance(error, AuthenticatorError):
            log.error("time sync failed: %s", type(error).__name__, exc_info=error)
        if isinstance(error, AuthenticatorError):
            reason = core_text(error.message)
        else:
            reason = self.tr("The time could not be measured.")
        self._report(SyncOutcome(None, reason=reason), interactive, error)

    def _report(self, outcome: SyncOutcome, interactive: bool, error: BaseException | None = None) -> None:
        """A sync that applied nothing: say why (a box when the user asked, the status bar in any case)."""
        self._note = self.tr("Time sync failed; nothing changed.")
        self.update_status()
        if interactive:
            if error is None:
                error = InvalidInput(
                    self.tr("No time correction was applied."),
                    self.tr("{reason} Codes are unchanged.").format(reason=outcome.reason),
                )
            from ..dialogs.messages import error_box  # dialogs load when first shown, not at start-up

            self.window._show_box(error_box(error, self.window, title=self.tr("Time correction")))
        self.sync_finished.emit(outcome)

    def needs_confirmation(self, offset_seconds: float) -> bool:
        """A change beyond the threshold asks first, unless it repeats the correction already in use."""
        threshold = max(0, int(self.settings.get(TIME_CONFIRM_ABOVE_SECONDS)))
        return abs(offset_seconds) > threshold and abs(offset_seconds - self.offset) > _SAME_CORRECTION_SECONDS

    def offer(self, correction: TimeCorrection, combined: CombinedOffset | None = None) -> ConfirmOffsetBox | None:
        """Apply ``correction``, asking first when it is large; returns the question when one is shown."""
        if not self.needs_confirmation(correction.offset_seconds):
            self.apply(correction, combined)
            return None
        from .offset_dialogs import ConfirmOffsetBox

        box = ConfirmOffsetBox(correction, self.window)
        box.finished.connect(lambda _result: self._answered(box, correction, combined))
        self.window._show_box(box)
        return box

    def _answered(self, box: ConfirmOffsetBox, correction: TimeCorrection, combined: CombinedOffset | None) -> None:
        if box.confirmed:
            self.apply(correction, combined)
            return
        self._note = self.tr("A large time correction was not applied.")
        self.update_status()
        self.sync_finished.emit(SyncOutcome(combined, declined=True, reason="declined"))

    # -- apply, reset, manual -------------------------------------------------------------------------------

    def apply(self, correction: TimeCorrection, combined: CombinedOffset | None = None) -> None:
        """Store the correction (worker), then move the clock and refresh the codes (GUI thread)."""
        directory = self.directory

        def done(_path: object) -> None:
            self._set_offset(correction.offset_seconds, correction)
            self.window.toast.show_message(
                self.tr("Codes corrected by {offset}").format(offset=signed_seconds(correction.offset_seconds))
            )
            self.sync_finished.emit(SyncOutcome(combined, applied=True))

        def failed(error: BaseException) -> None:
            self.window._action_failed(error)
            self.sync_finished.emit(SyncOutcome(combined, reason="not saved"))

        self.runner.run(lambda: save_correction(directory, correction), done, failed)

    def use_system_time(self) -> None:
        """Back to plain system time: offset 0 and the stored correction removed."""
        if not self.can_correct:
            return

        def done(_removed: object) -> None:
            self._set_offset(0.0, None)
            self.window.toast.show_message(self.tr("Codes use the system clock"))

        self.runner.run(lambda: clear_correction(self.directory), done, self.window._action_failed)

    def set_manual_offset(self, seconds: float) -> None:
        self.apply(TimeCorrection(float(seconds), MANUAL_SOURCE, self.system_now()))

    def open_manual_dialog(self) -> ManualOffsetDialog | None:
        if not self.can_correct:
            return None
        from .offset_dialogs import ManualOffsetDialog

        dialog = ManualOffsetDialog(self.offset, self.system_now, self.window)
        dialog.accepted.connect(lambda: self.set_manual_offset(dialog.offset_seconds()))
        self.window._show_box(dialog)
        return dialog

    def _set_offset(self, seconds: float, correction: TimeCorrection | None) -> None:
        self.clock.offset = seconds
        self.correction = correction
        self._note = ""
        self.window.ticker.tick()  # codes, countdowns and the next tick follow the new "now" at once
        self.update_status()
        self.correction_changed.emit(seconds)

    # -- the other windows ----------------------------------------------------------------------------------

    def check(self, url: str | None, on_done: Callable[[DiagnosisResult], None], on_error: Callable) -> bool:
        """Diagnosis: NTP, the web address (if any) and the OS's sync state at once, off the GUI thread."""
        if self._busy:
            return False
        try:
            servers = self.servers()
        except AuthenticatorError as exc:
            on_error(exc)
            return False
        measure, web, status_of, source = self.measure, self.measure_web, self.sync_status, self.system_now
        no_answer = self.tr("No answer in time.")

        def work() -> DiagnosisResult:
            from ...timesync.combine import combine_measurements
            from ...timesync.measurement import failed

            extra: dict[str, Any] = {}
            threads = [threading.Thread(target=lambda: extra.update(sync=status_of()), daemon=True)]
            if url:
                threads.append(threading.Thread(target=lambda: extra.update(web=web(url, source)), daemon=True))
            for thread in threads:
                thread.start()
            ntp = measure(servers, source)
            for thread in threads:
                thread.join(8.0)  # the web request has its own 5 s timeout; a name lookup may add to it
            measurements = list(ntp.measurements or ntp.used + ntp.outliers + ntp.failed)
            if url:
                measurements.append(extra.get("web") or failed(url, no_answer))
            sync = extra.get("sync") or _unknown_sync()
            return DiagnosisResult(combine_measurements(measurements), sync)

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            self._set_busy(False)
            callback(value)

        self._set_busy(True, self.tr("Checking the clock…"))
        self.runner.run(work, lambda r: finish(on_done, r), lambda e: finish(on_error, e))
        return True

    def open_diagnosis(self) -> DiagnosisWindow:
        from ..dialogs.diagnosis import DiagnosisWindow

        account = self.window.current_account()
        dialog = DiagnosisWindow(self, url=account.url if account is not None else "", parent=self.window)
        self.window._show_box(dialog)
        dialog.start_check()
        return dialog

    def open_which_step(self, account_id: str | None = None) -> WhichStepDialog:
        from ..dialogs.which_step import WhichStepDialog

        current = self.window.current_account()
        dialog = WhichStepDialog(
            self.window.model.accounts,
            self.window.vault.cached_secret,
            self.clock,
            current_id=account_id or (current.id if current is not None else None),
            parent=self.window,
        )
        self.window._show_box(dialog)
        return dialog


def _unknown_sync() -> SystemSyncStatus:
    from ...timesync.diagnosis import SyncState, SystemSyncStatus

    return SystemSyncStatus(
        SyncState.UNKNOWN,
        None,
        None,
        QCoreApplication.translate("TimeCorrectionController", "The system's clock sync state could not be read."),
    )
