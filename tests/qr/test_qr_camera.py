"""The camera pipeline driven by a video file (test machines have no camera): blank frames, then a QR code.

Videos are MJPG .avi files written with cv2.VideoWriter, read back through the same cv2.VideoCapture path a
camera uses.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np
import pytest
from qr_samples import place, render

from authenticator.qr.camera import CameraScan, CameraUnavailable, open_capture, probe_cameras, scan_source

URI = "otpauth://totp/Camera:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Camera"
SIZE = (640, 480)


def write_video(path: Path, frames: list[np.ndarray]) -> Path:
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 10.0, SIZE)
    assert writer.isOpened()
    for frame in frames:
        writer.write(frame)
    writer.release()
    return path


def blank() -> np.ndarray:
    return np.full((SIZE[1], SIZE[0], 3), 230, dtype=np.uint8)


def with_code(text: str) -> np.ndarray:
    frame = blank()
    code = cv2.cvtColor(render(text, 5), cv2.COLOR_GRAY2BGR)
    return place(frame, code, 120, 60)


def test_blank_frames_then_a_code_is_found(tmp_path: Path) -> None:
    video = write_video(tmp_path / "scan.avi", [blank()] * 12 + [with_code(URI)] * 6 + [blank()] * 5)
    found: list[list[str]] = []
    frames: list[tuple[int, int]] = []
    finished: list[bool] = []
    scan = CameraScan(
        str(video),
        on_found=found.append,
        on_frame=lambda frame: frames.append(frame.shape[:2]),
        on_finished=lambda: finished.append(True),
        decode_every=3,
    )
    scan.start()
    assert scan.wait(30)
    assert found == [[URI]]
    assert finished == [True]
    assert 13 <= scan.frames_read <= 15  # stopped at the first decoded frame with the code, not at the end
    assert frames[0] == (SIZE[1], SIZE[0])


def test_a_video_without_an_account_ends_with_nothing(tmp_path: Path) -> None:
    video = write_video(tmp_path / "none.avi", [blank()] * 5 + [with_code("https://example.com/")] * 3)
    assert scan_source(str(video)) == []


def test_stop_ends_the_scan(tmp_path: Path) -> None:
    video = write_video(tmp_path / "long.avi", [blank()] * 200)
    scan = CameraScan(str(video), on_found=lambda texts: None, decode_every=1)
    scan.on_frame = lambda frame: scan.stop() if scan.frames_read >= 3 else None
    scan.start()
    assert scan.wait(30)
    assert scan.frames_read == 3


def test_missing_source_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CameraUnavailable, match="The video cannot be opened"):
        scan_source(str(tmp_path / "missing.avi"))
    errors: list[CameraUnavailable] = []
    CameraScan(99, on_found=lambda texts: None, on_error=errors.append).run()
    assert [e.message for e in errors] == ["Camera 100 cannot be opened."]
    with pytest.raises(CameraUnavailable):
        open_capture(99)


def test_probe_on_a_machine_without_cameras() -> None:
    no_camera = not any(Path("/dev").glob("video*"))
    if not no_camera:
        pytest.skip("this machine has video devices")
    assert probe_cameras() == []


def test_camera_module_loads_no_qt() -> None:
    code = "import sys, authenticator.qr.camera; print([m for m in sys.modules if m.startswith('PySide6')])"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert result.stdout.strip() == "[]"
