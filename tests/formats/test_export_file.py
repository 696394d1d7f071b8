"""write_verified: the file on disk is checked before it replaces the target; a failed check or write
changes nothing and leaves no temporary file."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from authenticator.core.errors import InvalidInput
from authenticator.formats.base import FormatError
from authenticator.formats.export_file import ExportFailed, write_verified


def refuse(_: bytes) -> None:
    raise FormatError("does not read back")


def test_writes_private_file_after_checking_the_bytes_on_disk(tmp_path: Path) -> None:
    out = tmp_path / "backup.json"
    seen: list[bytes] = []
    write_verified(out, b"new contents", seen.append)
    assert out.read_bytes() == b"new contents"
    assert seen == [b"new contents"]
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert os.listdir(tmp_path) == ["backup.json"]


def test_failed_check_leaves_the_previous_file_untouched(tmp_path: Path) -> None:
    out = tmp_path / "backup.json"
    out.write_bytes(b"previous backup")
    with pytest.raises(ExportFailed, match="did not read back"):
        write_verified(out, b"new contents", refuse)
    assert out.read_bytes() == b"previous backup"
    assert os.listdir(tmp_path) == ["backup.json"]


def test_failed_check_creates_nothing_when_there_was_no_file(tmp_path: Path) -> None:
    with pytest.raises(ExportFailed):
        write_verified(tmp_path / "backup.json", b"x", refuse)
    assert os.listdir(tmp_path) == []


def test_the_check_sees_what_is_on_disk_not_what_was_meant(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A write that lands damaged (simulated: the staging file is altered before it is read back) fails."""
    from authenticator.formats import export_file

    real = export_file.write_atomic

    def damaging(path: Path, data: bytes, mode: int = 0o600) -> None:
        real(path, data[:-1], mode)

    monkeypatch.setattr(export_file, "write_atomic", damaging)
    out = tmp_path / "backup.json"
    out.write_bytes(b"previous")

    def must_be_whole(written: bytes) -> None:
        if written != b"whole":
            raise FormatError("truncated")

    with pytest.raises(ExportFailed):
        write_verified(out, b"whole", must_be_whole)
    assert out.read_bytes() == b"previous"


def test_a_full_disk_is_a_clear_error_and_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from authenticator.formats import export_file

    def full(path: Path, data: bytes, mode: int = 0o600) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(export_file, "write_atomic", full)
    out = tmp_path / "backup.json"
    out.write_bytes(b"previous")
    with pytest.raises(ExportFailed, match="No space left"):
        write_verified(out, b"x", lambda _: None)
    assert out.read_bytes() == b"previous"
    assert os.listdir(tmp_path) == ["backup.json"]


def test_a_missing_parent_folder_cannot_be_written_when_it_is_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ExportFailed):
        write_verified(blocker / "backup.json", b"x", lambda _: None)


def test_a_folder_as_target_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="folder"):
        write_verified(tmp_path, b"x", lambda _: None)
