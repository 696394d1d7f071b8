"""The camera dialog, driven by video files (test machines have no camera): preview, found → confirm, cancel,
a video without an account, no camera, a camera that cannot be opened, and frames dropped while the GUI is busy.

Videos are MJPG .avi files written with cv2.VideoWriter and read through the same cv2.VideoCapture path a
camera uses. Tests wait with ``qtbot.waitUntil`` / signals and never sleep.
"""

from __future__ import annotations

import sys
from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from shiboken6 import isValid

sys.path.insert(0, str(Path(__file__).parents[1] / "qr"))

from qr_samples import place, render

from authenticator.ui.dialogs.camera_scan import CameraScanDialog, preview_image, source_name
from authenticator.ui.dialogs.confirm_account import ConfirmAccountDialog

URI = "otpauth://totp/Camera:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Camera"
SIZE = (640, 480)


def write_video(path: Path, frames: list[np.ndarray]) -> str:
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 30.0, SIZE)
    assert writer.isOpened()
    for frame in frames:
        writer.write(frame)
    writer.release()
    return str(path)


def blank() -> np.ndarray:
    return np.full((SIZE[1], SIZE[0], 3), 230, dtype=np.uint8)


def with_code(text: str) -> np.ndarray:
    return place(blank(), cv2.cvtColor(render(text, 5), cv2.COLOR_GRAY2BGR), 120, 60)


def open_dialog(qtbot, **kwargs) -> CameraScanDialog:  # type: ignore[no-untyped-def]
    dialog = CameraScanDialog(**kwargs)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def wait_for(qtbot, window, kind):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(window.active_dialog, kind), timeout=10_000)
    return window.active_dialog


def test_the_add_menu_opens_the_camera_dialog(make_window, qtbot) -> None:
    window = make_window()
    window.intake.camera_probe = lambda: []
    window.intake.camera_action.trigger()
    dialog = wait_for(qtbot, window, CameraScanDialog)
    qtbot.waitUntil(lambda: dialog.message.text() == "No camera was found.", timeout=5000)
    dialog.reject()


def test_code_in_the_video_is_found_previewed_and_confirmed(make_window, vault, tmp_path: Path, qtbot) -> None:
    window = make_window()
    video = write_video(tmp_path / "scan.avi", [blank()] * 12 + [with_code(URI)] * 6 + [blank()] * 5)
    dialog = window.intake.scan_camera(source=video)
    previews: list[bool] = []
    dialog.preview_shown.connect(lambda: previews.append(dialog.preview.pixmap().isNull()))
    assert window.active_dialog is dialog
    assert dialog.picker.currentText() == "scan.avi" and not dialog.picker.isEnabled()

    confirm = wait_for(qtbot, window, ConfirmAccountDialog)
    assert previews and not any(previews)  # frames reached the preview as pictures
    assert dialog.texts == [URI]
    assert not dialog.scanning  # capture thread joined
    qtbot.waitUntil(lambda: not isValid(dialog), timeout=5000)  # closed and gone
    assert dialog.scan is not None and dialog.scan.frames_read < 23  # stopped at the code, not at the end
    assert (confirm.parsed.account.issuer, confirm.parsed.account.name) == ("Camera", "alice@example.com")
    assert confirm.intro.text() == "Found in scan.avi."
    qtbot.mouseClick(confirm.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.runner.is_idle and len(vault.accounts()) == 1, timeout=5000)
    assert vault.accounts()[0].issuer == "Camera"


@pytest.mark.parametrize("how", ["cancel", "escape", "close"])
def test_closing_mid_stream_stops_and_joins_the_capture(make_window, vault, tmp_path: Path, qtbot, how: str) -> None:
    window = make_window()
    video = write_video(tmp_path / "long.avi", [blank()] * 600)
    dialog = window.intake.scan_camera(source=video)
    states: list[bool] = []

    def first_frame() -> None:
        if states:
            return
        states.append(dialog.scanning)  # the capture is still reading when the user closes
        if how == "cancel":
            qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        elif how == "escape":
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        else:
            dialog.close()  # the title bar's close button

    dialog.preview_shown.connect(first_frame)
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=10_000)
    assert states == [True]
    assert dialog.scan is not None and dialog.scan.wait(0)  # the thread has ended: joined on close
    assert not dialog.scanning
    assert dialog.scan.frames_read < 600  # it did not just run to the end of the video
    assert dialog.texts == []
    window.intake.decoder.wait()
    assert vault.accounts() == []


def test_video_without_an_account_says_so_and_can_scan_again(tmp_path: Path, qtbot) -> None:
    video = write_video(tmp_path / "none.avi", [blank()] * 5 + [with_code("https://example.com/")] * 4)
    dialog = open_dialog(qtbot, source=video, decode_every=1)
    qtbot.waitUntil(lambda: dialog.message.text() == "No account QR code was found in the video.", timeout=10_000)
    assert dialog.isVisible() and not dialog.scanning
    assert dialog.hint.text().startswith("Make sure the whole code is visible")
    assert dialog.retry_button.isVisibleTo(dialog)
    first = dialog.scan
    dialog.retry_button.click()
    assert dialog.scan is not first and dialog.message.text() == "Reading the video…"
    assert not dialog.retry_button.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: dialog.message.text() == "No account QR code was found in the video.", timeout=10_000)
    assert dialog.scan is not None and dialog.scan.frames_read == 9
    dialog.reject()
    assert dialog.texts == []


def test_a_missing_video_is_a_clear_message(tmp_path: Path, qtbot) -> None:
    dialog = open_dialog(qtbot, source=str(tmp_path / "missing.avi"))
    qtbot.waitUntil(lambda: dialog.message.text() == "The video cannot be opened.", timeout=10_000)
    assert dialog.hint.text() == "" and dialog.retry_button.isVisibleTo(dialog)
    dialog.reject()


def test_no_camera_is_a_clear_message(make_window, qtbot) -> None:
    window = make_window()
    probed: list[bool] = []

    def probe() -> list[int]:
        probed.append(True)
        return []

    window.intake.camera_probe = probe
    dialog = window.intake.scan_camera()
    qtbot.waitUntil(lambda: dialog.message.text() == "No camera was found.", timeout=5000)
    assert probed == [True]
    assert dialog.hint.text().startswith("Connect a camera, or save the QR code as an image")
    assert dialog.picker.currentText() == "No camera found" and not dialog.picker.isEnabled()
    assert not dialog.preview.isVisibleTo(dialog)
    assert dialog.cancel_button.text() == "Close"
    assert dialog.scan is None  # nothing was started
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert window.active_dialog is None


def test_cameras_that_cannot_be_opened_are_explained(make_window, qtbot) -> None:
    """Indices far beyond any real device: the picker lists them, each says it cannot be opened."""
    window = make_window()
    window.intake.camera_probe = lambda: [90, 91]
    dialog = window.intake.scan_camera()
    qtbot.waitUntil(lambda: dialog.message.text() == "Camera 91 cannot be opened.", timeout=5000)
    assert [dialog.picker.itemText(i) for i in range(dialog.picker.count())] == ["Camera 91", "Camera 92"]
    assert dialog.picker.isEnabled()
    assert dialog.hint.text().startswith("It may be in use by another application")
    dialog.picker.setCurrentIndex(1)
    qtbot.waitUntil(lambda: dialog.message.text() == "Camera 92 cannot be opened.", timeout=5000)
    dialog.reject()
    assert not dialog.scanning
    assert window.active_dialog is None


def test_frames_are_dropped_while_the_gui_is_busy(tmp_path: Path, qtbot) -> None:
    """The GUI handles no events while the whole video is read: one frame waits for it, the rest are dropped."""
    video = write_video(tmp_path / "busy.avi", [blank()] * 30)
    dialog = open_dialog(qtbot, source=video)
    assert dialog.scan is not None and dialog.scan.wait(30)  # no event processed meanwhile
    assert dialog.scan.frames_read == 30
    qtbot.waitUntil(lambda: dialog.message.text() == "No account QR code was found in the video.", timeout=5000)
    assert dialog.frames_shown == 1
    assert not dialog.preview.pixmap().isNull()
    dialog.reject()


def test_preview_image_fits_keeps_colours_and_never_enlarges() -> None:
    frame = np.zeros((480, 640, 3), np.uint8)
    frame[:, :] = (255, 0, 0)  # BGR blue
    image = preview_image(frame, (320, 320))
    assert (image.width(), image.height()) == (320, 240)
    assert image.pixelColor(10, 10) == QColor(0, 0, 255)
    small = preview_image(np.full((30, 50), 7, np.uint8), (320, 320))
    assert (small.width(), small.height()) == (50, 30)
    assert small.pixelColor(0, 0) == QColor(7, 7, 7)


def test_source_names() -> None:
    assert source_name(0) == "camera 1"
    assert source_name("/tmp/videos/code.avi") == "code.avi"
