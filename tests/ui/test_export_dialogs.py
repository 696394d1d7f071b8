"""The export dialogs: the encrypted backup (decrypted again with the importer), plain files behind an
explicit confirmation, Google Authenticator QR codes (compatibility preview, pages, PNG files) and the QR code
of a single account (decoded back to its otpauth:// link).

The accounts come from the ``accounts`` fixture (secrets forgotten, as after a restart: the export must read
them on the worker); files go to tmp_path; tests wait on ``busy`` and the runners, never on the clock.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from ui_support import OTHER_KEY, RFC_KEY, THIRD_KEY

from authenticator.core.account import Account, OtpType
from authenticator.core.uri import to_otpauth
from authenticator.formats import registry
from authenticator.formats.base import WrongPassword
from authenticator.formats.google_migration import MigrationAssembler
from authenticator.qr.decode import decode_image, load_image
from authenticator.qr.screen import qimage_to_gray
from authenticator.ui.dialogs.account_qr_dialog import SHARE_WARNING, AccountQrDialog
from authenticator.ui.dialogs.export_dialog import ENCRYPTED, GOOGLE_QR, PLAIN_JSON, URI_LIST, open_export
from authenticator.ui.dialogs.google_qr_dialog import GoogleQrDialog

SECRETS = {"GitHub": RFC_KEY, "Example Bank": OTHER_KEY, "Proton": THIRD_KEY}


def wait_done(qtbot, window, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not dialog.busy and window.runner.is_idle, timeout=15_000)


def secrets_by_issuer(path: Path, password: str | None = None) -> dict[str, str]:
    result = registry.read(path.read_bytes(), password)
    assert result.errors == []
    return {entry.account.issuer: entry.secret for entry in result.entries}


def test_encrypted_backup_decrypts_with_the_password(make_window, accounts, tmp_path, qtbot) -> None:
    window = make_window()
    dialog = open_export(window)
    assert window.active_dialog is dialog and dialog.kind == ENCRYPTED
    assert not dialog.export_button.isEnabled()  # no password yet
    qtbot.keyClicks(dialog.password, "correct horse")
    qtbot.keyClicks(dialog.password_again, "correct hors")
    assert dialog.mismatch.text() == "The passwords differ."
    assert not dialog.export_button.isEnabled()
    qtbot.keyClicks(dialog.password_again, "e")
    assert dialog.export_button.isEnabled() and dialog.mismatch.text() == ""

    out = tmp_path / "backup.json"
    dialog.export_to(out)
    wait_done(qtbot, window, dialog)
    assert "Exported 3 accounts to backup.json" in dialog.status.text()
    assert "decrypted with your password: it is verified" in dialog.status.text()
    assert dialog.cancel_button.text() == "Close"
    assert dialog.password.text() == ""  # not kept around
    assert secrets_by_issuer(out, "correct horse") == SECRETS
    with pytest.raises(WrongPassword):
        registry.read(out.read_bytes(), "wrong horse")
    assert b"GEZDGNBV" not in out.read_bytes()


@pytest.mark.parametrize("kind", [PLAIN_JSON, URI_LIST])
def test_plain_export_needs_an_explicit_confirmation(make_window, accounts, tmp_path, qtbot, kind) -> None:
    window = make_window()
    dialog = open_export(window)
    dialog.select(kind)
    assert dialog.warning.isVisibleTo(dialog) and "unencrypted" in dialog.warning.text()
    assert not dialog.password_box.isVisibleTo(dialog)
    assert not dialog.export_button.isEnabled()
    out = tmp_path / "plain.out"
    dialog.export_to(out)  # refused without the confirmation
    wait_done(qtbot, window, dialog)
    assert not out.exists()

    qtbot.mouseClick(dialog.understood, Qt.MouseButton.LeftButton)
    assert dialog.understood.isChecked() and dialog.export_button.isEnabled()
    dialog.export_to(out)
    wait_done(qtbot, window, dialog)
    assert "Exported 3 accounts" in dialog.status.text()
    assert "unencrypted" in dialog.status.text()
    assert secrets_by_issuer(out) == SECRETS
    assert out.stat().st_mode & 0o077 == 0  # readable by the user only


def test_export_dialog_hands_over_to_the_google_codes(make_window, accounts, qtbot) -> None:
    window = make_window()
    dialog = open_export(window)
    dialog.select(GOOGLE_QR)
    assert dialog.export_button.text() == "Show QR codes…"
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(window.active_dialog, GoogleQrDialog), timeout=5000)
    codes = window.active_dialog
    assert codes.summary.text() == "All 3 accounts will work in Google Authenticator."
    assert not codes.problem_list.isVisibleTo(codes)
    assert codes.pages.currentIndex() == 0  # the compatibility page comes first


def google_pairs() -> list[tuple[Account, str]]:
    odd = [
        (Account("Steam", "gamer", type=OtpType.STEAM, digits=5), OTHER_KEY),
        (Account("Seven", "digits", digits=7), OTHER_KEY),
        (Account("Slow", "minute", period=60), THIRD_KEY),
        (Account("Strong", "hash", algorithm="SHA256"), THIRD_KEY),
    ]
    fine = [(Account(f"Service {i}", f"user{i}@example.com"), RFC_KEY) for i in range(12)]
    return odd + fine


def test_google_qr_dialog_lists_problems_then_pages_through_the_codes(qtbot, tmp_path) -> None:
    dialog = GoogleQrDialog(google_pairs())
    qtbot.addWidget(dialog)
    dialog.show()
    items = [dialog.problem_list.item(i).text() for i in range(dialog.problem_list.count())]
    assert items == [
        "Steam (gamer) (left out): Google Authenticator has no Steam Guard codes.",
        "Seven (digits) (left out): Google Authenticator shows 6 or 8 digits, not 7.",
        "Slow (minute) (wrong codes): Google Authenticator always uses 30 s; this account changes every 60 s.",
        "Strong (hash) (wrong codes): Google Authenticator ignores SHA256 and would compute SHA1 codes.",
    ]
    assert "12 of 16 accounts will work" in dialog.summary.text()
    assert dialog.include_broken.isVisibleTo(dialog) and not dialog.include_broken.isChecked()

    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)
    assert dialog.page_label.text() == "QR 1 of 2"
    assert not dialog.previous_button.isEnabled() and dialog.next_button.isEnabled()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.page_label.text() == "QR 2 of 2" and not dialog.next_button.isEnabled()
    qtbot.mouseClick(dialog.previous_button, Qt.MouseButton.LeftButton)
    assert dialog.page_label.text() == "QR 1 of 2"

    assembler = MigrationAssembler()
    for image in dialog.images:
        [code] = decode_image(qimage_to_gray(image))
        assembler.add(code.text)
    assert len(assembler.result().entries) == 12  # the dropped and the broken ones were left out

    dialog.save_to(tmp_path)
    qtbot.waitUntil(lambda: not dialog.busy and bool(dialog.saved), timeout=10_000)
    assert [p.name for p in dialog.saved] == ["google-authenticator-1-of-2.png", "google-authenticator-2-of-2.png"]
    assert "Saved 2 PNG files" in dialog.status.text()
    for path, uri in zip(dialog.saved, dialog.uris, strict=True):
        assert [c.text for c in decode_image(load_image(path.read_bytes()))] == [uri]


def test_google_qr_dialog_can_include_the_broken_accounts(qtbot) -> None:
    dialog = GoogleQrDialog(google_pairs())
    qtbot.addWidget(dialog)
    dialog.include_broken.setChecked(True)
    dialog.make_codes()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)
    assembler = MigrationAssembler()
    for uri in dialog.uris:
        assembler.add(uri)
    assert len(assembler.result().entries) == 14


def test_account_qr_decodes_to_the_accounts_link(make_window, accounts, qtbot) -> None:
    window = make_window()
    github = accounts["github"]
    window.select_account(github.id)
    window.show_qr_action.trigger()
    qtbot.waitUntil(lambda: isinstance(window.active_dialog, AccountQrDialog), timeout=5000)
    dialog = window.active_dialog
    assert dialog.account == github
    assert dialog.warning.text() == SHARE_WARNING
    assert dialog.image.width() >= 300  # large enough to scan from the screen
    [code] = decode_image(qimage_to_gray(dialog.image))
    assert code.text == to_otpauth(github, RFC_KEY)
