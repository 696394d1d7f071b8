"""Read QR codes from a camera (or a video file) with OpenCV, on a thread of its own, without Qt.

A camera blocks on every frame, so :class:`CameraScan` reads on a plain thread and reports through callbacks:
``on_frame`` (for a live preview: the caller posts it to its GUI thread), ``on_found`` once with the texts
of the first frame that held an account code (``classify`` says otpauth or migration), and ``on_error`` with a
sentence when the source cannot be opened. The source is a camera index (0, 1, …) or a video file path; a
file is how the tests drive the whole pipeline, since test machines have no camera.

Decoding every frame would waste the CPU on a 30 fps camera: frames are decoded at most every
``decode_every`` frames, and the scan stops at the first account found.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

import cv2
import numpy as np

from ..core.errors import AuthenticatorError
from ..core.i18n import N_, Message
from .decode import _quiet_opencv, classify, decode_image

#: Camera indices probed for the picker: few machines have more than five video devices.
PROBE_INDICES = range(5)

Source = int | str


class CameraUnavailable(AuthenticatorError):
    """No camera (or video file) could be opened."""

    exit_code = 1


def no_camera_error() -> CameraUnavailable:
    return CameraUnavailable(
        N_("No camera was found."),
        N_("Connect a camera, or save the QR code as an image (a screenshot or a photo) and open that instead."),
    )


def open_capture(source: Source) -> cv2.VideoCapture:
    """An opened ``cv2.VideoCapture``, or :class:`CameraUnavailable` (OpenCV's own complaints kept quiet)."""
    with _quiet_opencv():
        capture = cv2.VideoCapture(source)
    if not capture.isOpened():
        capture.release()
        if isinstance(source, int):
            raise CameraUnavailable(
                Message("Camera {number} cannot be opened.", number=source + 1),
                N_("It may be in use by another application, or access to it may be blocked."),
            )
        raise CameraUnavailable(N_("The video cannot be opened."))
    return capture


def probe_cameras(indices: range = PROBE_INDICES) -> list[int]:
    """The camera indices that open (each opened and closed at once): the choices for a camera picker."""
    found = []
    for index in indices:
        with _quiet_opencv():
            capture = cv2.VideoCapture(index)
            opened = capture.isOpened()
            capture.release()
        if opened:
            found.append(index)
    return found


@dataclass
class CameraScan:
    """Scan ``source`` on a background thread until an account code is found, the source ends, or
    :meth:`stop` is called. Callbacks run on the scan thread."""

    source: Source
    on_found: Callable[[list[str]], None]
    on_error: Callable[[AuthenticatorError], None] = lambda _error: None
    on_frame: Callable[[np.ndarray], None] | None = None
    on_finished: Callable[[], None] = lambda: None
    decode_every: int = 3
    frames_read: int = 0
    _stop: threading.Event = field(default_factory=threading.Event, repr=False)
    _thread: threading.Thread | None = field(default=None, repr=False)

    def start(self) -> None:
        self._thread = threading.Thread(target=self.run, name="camera-scan", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()

    def wait(self, timeout: float | None = None) -> bool:
        """True once the scan thread has ended."""
        if self._thread is None:
            return True
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def run(self) -> None:
        """The scan loop (also callable directly, for a synchronous scan of a video file)."""
        try:
            try:
                capture = open_capture(self.source)
            except CameraUnavailable as error:
                self.on_error(error)
                return
            try:
                self._loop(capture)
            finally:
                capture.release()
        finally:
            self.on_finished()

    def _loop(self, capture: cv2.VideoCapture) -> None:
        while not self._stop.is_set():
            ok, frame = capture.read()
            if not ok or frame is None:
                return  # end of a video file, or the camera went away
            self.frames_read += 1
            if self.on_frame is not None:
                self.on_frame(frame)
            if (self.frames_read - 1) % self.decode_every:
                continue
            texts = [code.text for code in decode_image(frame)]
            if any(classify(text).kind in ("otpauth", "migration") for text in texts):
                self.on_found(texts)
                return


def scan_source(source: Source, decode_every: int = 1) -> list[str]:
    """Synchronously scan a video file or camera to the first account code; [] if the source ends first."""
    found: list[str] = []
    errors: list[AuthenticatorError] = []
    CameraScan(source, on_found=found.extend, on_error=errors.append, decode_every=decode_every).run()
    if errors:
        raise errors[0]
    return found
