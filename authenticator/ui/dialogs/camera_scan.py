"""Scan a QR code with a camera: a live preview, a camera picker, and a clear message when there is none.

The capture runs on :class:`~authenticator.qr.camera.CameraScan`'s own thread (a camera blocks on every
frame). Its callbacks never touch a widget: they emit signals of a bridge object that lives on the GUI thread,
so Qt queues them across. Preview frames are scaled and converted to a ``QImage`` on the capture thread (a
``QImage`` may be built on any thread, a ``QPixmap`` may not), and a frame is dropped while the GUI has not yet
shown the previous one: a busy window never builds a backlog of pictures. Probing the cameras can block for a
second per device, so it runs on a worker as well.

The dialog ends with the texts of the first frame that held an account code (``texts``); the intake confirms
them exactly as it does an opened image. However the dialog closes (code found, Cancel, Escape, the title bar's
close button), the capture is stopped and its thread joined first. Every callback carries the number of the
scan it belongs to, so a late frame or answer from a scan that was stopped (another camera picked, the dialog
closed) is ignored.

The source can be injected (a camera index, or a video file path: how the tests drive it), and so can the
probe, which is how a machine without a camera is simulated.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import AuthenticatorError
from ...qr.camera import CameraScan, Source, no_camera_error, probe_cameras
from .. import theme
from ..i18n import core_text
from ..sizing import keep_minimum_width
from ..workers import TaskRunner, default_runner

log = logging.getLogger(__name__)

Prober = Callable[[], list[int]]

#: The preview's smallest size; frames are scaled to fit the label, keeping their shape.
PREVIEW_SIZE = QSize(480, 360)

#: How long closing the dialog waits for the capture thread (a camera read returns within a frame or two).
JOIN_SECONDS = 3.0

# Translated where they are shown (CameraScanDialog.tr).
SCANNING_CAMERA = QT_TRANSLATE_NOOP(
    "CameraScanDialog", "Hold the QR code up to the camera. It is read as soon as it is sharp."
)
SCANNING_VIDEO = QT_TRANSLATE_NOOP("CameraScanDialog", "Reading the video…")
LOOKING = QT_TRANSLATE_NOOP("CameraScanDialog", "Looking for cameras…")


def source_name(source: Source) -> str:
    """How a source is named in "Found in …": "camera 1" or the video's file name."""
    if isinstance(source, int):
        return QCoreApplication.translate("CameraScanDialog", "camera {number}").format(number=source + 1)
    return Path(source).name


def camera_title(source: int) -> str:
    """How a camera is named in the picker: "Camera 1"."""
    return QCoreApplication.translate("CameraScanDialog", "Camera {number}").format(number=source + 1)


def preview_image(frame: np.ndarray, size: tuple[int, int]) -> QImage:
    """A BGR (or grayscale) frame as a QImage that fits in ``size`` (width, height), never enlarged.

    Runs on the capture thread; the QImage owns a copy of its pixels, so the frame can be reused at once.
    """
    height, width = frame.shape[:2]
    scale = min(size[0] / width, size[1] / height, 1.0)
    if scale < 1.0:
        frame = cv2.resize(frame, (max(1, round(width * scale)), max(1, round(height * scale))), cv2.INTER_AREA)
    height, width = frame.shape[:2]
    if frame.ndim == 2:
        pixels = np.ascontiguousarray(frame)
        return QImage(pixels.data, width, height, width, QImage.Format.Format_Grayscale8).copy()
    pixels = np.ascontiguousarray(cv2.cvtColor(frame, cv2.COLOR_BGR2RGB))
    return QImage(pixels.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()


class _Bridge(QObject):
    """Lives on the GUI thread; the capture thread emits these, Qt delivers them queued. The int is the scan."""

    frame = Signal(int, QImage)
    found = Signal(int, list)
    failed = Signal(int, object)
    ended = Signal(int)


class CameraScanDialog(QDialog):
    """Preview, camera picker, status; ``texts`` holds the decoded texts once a code was found (accepted)."""

    #: Emitted after a frame reached the preview.
    preview_shown = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        source: Source | None = None,
        probe: Prober | None = None,
        runner: TaskRunner | None = None,
        decode_every: int = 3,
    ) -> None:
        super().__init__(parent)
        self.probe: Prober = probe or probe_cameras
        self.runner = runner or default_runner()  # must outlive the dialog: a probe may still be running
        self.decode_every = decode_every
        self.texts: list[str] = []
        self.scan: CameraScan | None = None
        self.frames_shown = 0
        self._scan_number = 0
        self._failed_scan = 0  # the scan whose error is on screen (its end needs no second message)
        self._closed = False
        self._frame_pending = threading.Event()
        self._preview_size = (PREVIEW_SIZE.width(), PREVIEW_SIZE.height())
        self._bridge = _Bridge(self)
        self._bridge.frame.connect(self._show_frame)
        self._bridge.found.connect(self._found)
        self._bridge.failed.connect(self._failed)
        self._bridge.ended.connect(self._ended)

        self.setObjectName("cameraScanDialog")
        self.setWindowTitle(self.tr("Scan with camera"))
        self.setAccessibleName(self.windowTitle())

        self.picker = QComboBox(self)
        self.picker.setObjectName("cameraPicker")
        self.picker.setAccessibleName(self.tr("Camera"))
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.picker.currentIndexChanged.connect(self._picked)
        picker_label = QLabel(self.tr("&Camera"), self)
        picker_label.setBuddy(self.picker)

        self.preview = QLabel(self)
        self.preview.setObjectName("cameraPreview")
        self.preview.setAccessibleName(self.tr("Camera picture"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(PREVIEW_SIZE)
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setWordWrap(True)

        self.message = QLabel(self)
        self.message.setObjectName("cameraMessage")
        self.message.setAccessibleName(self.tr("Status"))
        self.message.setWordWrap(True)
        self.hint = QLabel(self)
        self.hint.setObjectName("cameraHint")
        self.hint.setWordWrap(True)
        palette = self.hint.palette()
        palette.setColor(palette.ColorRole.WindowText, theme.dim_text(palette))
        self.hint.setPalette(palette)

        self.buttons = QDialogButtonBox(self)
        self.retry_button = self.buttons.addButton(self.tr("Scan again"), QDialogButtonBox.ButtonRole.ActionRole)
        self.retry_button.clicked.connect(self.restart)
        self.cancel_button: QPushButton = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.clicked.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(picker_label)
        top.addWidget(self.picker, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)

        if source is None:
            self._look_for_cameras()
        else:
            self._offer([source])
        keep_minimum_width(self, 440)  # wider when longer (translated) texts need it

    # -- state ----------------------------------------------------------------------------------------------

    @property
    def scanning(self) -> bool:
        """A capture thread is running."""
        return self.scan is not None and not self.scan.wait(0)

    def current_source(self) -> Source | None:
        data = self.picker.currentData()
        return data if isinstance(data, int | str) else None

    def _say(self, message: str, hint: str = "", *, retry: bool = False) -> None:
        self.message.setText(message)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.retry_button.setVisible(retry)

    # -- cameras ------------------------------------------------------------------------------------------

    def _look_for_cameras(self) -> None:
        self.picker.blockSignals(True)
        self.picker.addItem(self.tr(LOOKING))
        self.picker.blockSignals(False)
        self.picker.setEnabled(False)
        self._say(self.tr(LOOKING))
        self.runner.run(self.probe, self._probed, self._probe_failed)

    def _probed(self, indices: list[int]) -> None:
        if self._closed:
            return
        if not indices:
            self._no_camera()
            return
        self._offer(list(indices))

    def _probe_failed(self, error: BaseException) -> None:
        if self._closed:
            return
        log.warning("camera probe failed: %s", type(error).__name__)
        self._no_camera()

    def _no_camera(self) -> None:
        error = no_camera_error()
        self.picker.blockSignals(True)
        self.picker.clear()
        self.picker.addItem(self.tr("No camera found"))
        self.picker.blockSignals(False)
        self.picker.setEnabled(False)
        self.preview.hide()  # an empty picture frame says nothing: the sentence and its hint stand alone
        self._say(core_text(error.message), core_text(error.hint))
        self.cancel_button.setText(self.tr("Close"))
        self.adjustSize()

    def _offer(self, sources: list[Source]) -> None:
        """Fill the picker and start scanning the first source."""
        self.picker.blockSignals(True)
        self.picker.clear()
        for source in sources:
            self.picker.addItem(camera_title(source) if isinstance(source, int) else source_name(source), source)
        self.picker.blockSignals(False)
        self.picker.setEnabled(len(sources) > 1)
        self.picker.setCurrentIndex(0)
        self.restart()

    def _picked(self, _index: int) -> None:
        self.restart()

    # -- the scan -----------------------------------------------------------------------------------------

    def restart(self) -> None:
        """(Re)start scanning the picked source; any running scan is stopped and joined first."""
        source = self.current_source()
        if source is None or self._closed:
            return
        self._stop_scan()
        self._frame_pending.clear()  # the old thread is joined: a frame it had claimed will never come
        self._scan_number += 1
        number = self._scan_number
        bridge = self._bridge
        self.preview.setText(self.tr(LOOKING) if isinstance(source, int) else self.tr(SCANNING_VIDEO))
        self._say(self.tr(SCANNING_CAMERA) if isinstance(source, int) else self.tr(SCANNING_VIDEO))
        self.scan = CameraScan(
            source,
            on_found=lambda texts: self._emit(number, bridge.found, number, list(texts)),
            on_error=lambda error: self._emit(number, bridge.failed, number, error),
            on_frame=lambda frame: self._offer_frame(number, frame),
            on_finished=lambda: self._emit(number, bridge.ended, number),
            decode_every=self.decode_every,
        )
        self.scan.start()

    def _emit(self, number: int, signal: Signal, *args: object) -> None:
        """Capture thread: post to the GUI unless this scan was stopped meanwhile."""
        if number != self._scan_number:
            return
        with contextlib.suppress(RuntimeError):  # the dialog is gone (a camera that would not stop in time)
            signal.emit(*args)  # type: ignore[attr-defined]

    def _offer_frame(self, number: int, frame: np.ndarray) -> None:
        """Capture thread: hand the frame to the preview, or drop it while the previous one is not shown yet."""
        if number != self._scan_number or self._frame_pending.is_set():
            return
        self._frame_pending.set()
        self._emit(number, self._bridge.frame, number, preview_image(frame, self._preview_size))

    def _show_frame(self, number: int, image: QImage) -> None:
        self._frame_pending.clear()
        if number != self._scan_number or self._closed:
            return
        self.preview.setPixmap(QPixmap.fromImage(image))
        self.frames_shown += 1
        self.preview_shown.emit()

    def _found(self, number: int, texts: list[str]) -> None:
        if number != self._scan_number or self._closed:
            return
        self.texts = texts
        self.accept()

    def _failed(self, number: int, error: AuthenticatorError) -> None:
        if number != self._scan_number or self._closed:
            return
        self._failed_scan = number
        self.preview.clear()
        self._say(core_text(error.message), core_text(error.hint), retry=True)

    def _ended(self, number: int) -> None:
        """The source ran out (end of the video, or the camera went away) without an account code."""
        if number != self._scan_number or self._closed:
            return
        if self.scan is not None:
            self.scan.wait(JOIN_SECONDS)
        if self._failed_scan == number:
            return  # its error is already on screen
        if isinstance(self.current_source(), int):
            self._say(
                self.tr("The camera stopped sending pictures."),
                self.tr("Check that it is connected and not in use by another application, then scan again."),
                retry=True,
            )
        else:
            self._say(
                self.tr("No account QR code was found in the video."),
                self.tr("Make sure the whole code is visible and sharp, or open a picture of it instead."),
                retry=True,
            )

    def _stop_scan(self) -> None:
        """Stop the running scan and join its thread (the ended scan stays in ``scan``, for ``frames_read``)."""
        self._scan_number += 1  # whatever the old scan still sends is stale from now on
        if self.scan is not None:
            self.scan.stop()
            if not self.scan.wait(JOIN_SECONDS):
                log.warning("the camera did not stop within %.0f s", JOIN_SECONDS)

    # -- closing --------------------------------------------------------------------------------------------

    def done(self, result: int) -> None:
        """Every way out (found, Cancel, Escape, the close button) comes here: stop and join the capture."""
        self._closed = True
        self._stop_scan()
        super().done(result)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        size = self.preview.contentsRect().size()
        self._preview_size = (max(1, size.width()), max(1, size.height()))  # read by the capture thread
