"""The clipboard guard: secret hints on every copy, cleared after the delay only if the code is still there."""

from __future__ import annotations

import struct

import pytest
from PySide6.QtGui import QGuiApplication

from authenticator.ui.clipboard import (
    KDE_PASSWORD_HINT,
    MACOS_CONCEALED,
    WINDOWS_CLOUD,
    WINDOWS_EXCLUDE_MONITORING,
    WINDOWS_HISTORY,
    ClipboardGuard,
    secret_mime_data,
)
from authenticator.ui.settings import CLIPBOARD_CLEAR_AFTER


@pytest.fixture
def guard(qapp, clock, settings) -> ClipboardGuard:  # type: ignore[no-untyped-def]
    QGuiApplication.clipboard().clear()
    return ClipboardGuard(clock, settings)


def clipboard_text() -> str:
    return QGuiApplication.clipboard().text()


def test_secret_mime_data_carries_every_platform_hint(qapp) -> None:  # type: ignore[no-untyped-def]
    data = secret_mime_data("123456")
    assert data.text() == "123456"
    assert bytes(data.data(KDE_PASSWORD_HINT)) == b"secret"
    assert data.hasFormat(WINDOWS_EXCLUDE_MONITORING)
    assert bytes(data.data(WINDOWS_HISTORY)) == struct.pack("<I", 0) == b"\x00\x00\x00\x00"
    assert bytes(data.data(WINDOWS_CLOUD)) == b"\x00\x00\x00\x00"
    assert data.hasFormat(MACOS_CONCEALED)


def test_copy_puts_the_code_and_hints_on_the_clipboard(guard) -> None:
    assert guard.copy("123456") == 30
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.text() == "123456"
    assert bytes(mime.data(KDE_PASSWORD_HINT)) == b"secret"
    for fmt in (WINDOWS_EXCLUDE_MONITORING, WINDOWS_HISTORY, WINDOWS_CLOUD, MACOS_CONCEALED):
        assert mime.hasFormat(fmt), fmt


def test_cleared_after_the_delay_not_before(guard, clock) -> None:
    guard.copy("123456")
    clock.advance(29.9)
    assert guard.check() is False
    assert clipboard_text() == "123456"
    clock.advance(0.1)
    assert guard.check() is True
    assert clipboard_text() == ""
    assert not guard.pending


def test_not_cleared_if_the_user_copied_something_else(guard, clock) -> None:
    guard.copy("123456")
    QGuiApplication.clipboard().setText("my own text")
    clock.advance(60)
    assert guard.check() is False
    assert clipboard_text() == "my own text"
    assert not guard.pending  # forgotten: it will not clear later either


def test_delay_comes_from_the_settings(guard, clock, settings) -> None:
    settings.set(CLIPBOARD_CLEAR_AFTER, 10)
    assert guard.copy("654321") == 10
    clock.advance(10)
    assert guard.check() is True
    assert clipboard_text() == ""


def test_zero_delay_keeps_it_until_quit(guard, clock, settings) -> None:
    settings.set(CLIPBOARD_CLEAR_AFTER, 0)
    guard.copy("654321")
    clock.advance(3600)
    assert guard.check() is False
    assert clipboard_text() == "654321"
    assert guard.clear_now() is True
    assert clipboard_text() == ""


def test_clear_on_quit_only_if_still_ours(guard) -> None:
    guard.copy("111111")
    QGuiApplication.clipboard().setText("other")
    assert guard.clear_now() is False
    assert clipboard_text() == "other"
