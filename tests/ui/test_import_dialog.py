"""The import dialog in the window: password prompt (wrong, then right), preview statuses, confirmation, a
failure that leaves the vault as it was, drops of export files, and a Google Authenticator export scanned as
three separate codes.

Files come from the shared vectors or are written to tmp_path; decryption runs on the dialog's runner and the
vault work on the window's, so tests wait on ``dialog.busy`` / the runners (no sleeps).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt, QUrl
from support import VECTORS
from test_intake import drop, wait_for_dialog
from ui_support import OTHER_KEY, RFC_KEY

from authenticator.core.account import Account
from authenticator.core.errors import MetadataError, SecretStoreUnavailable
from authenticator.formats.google_migration import MigrationAssembler
from authenticator.ui.dialogs.import_dialog import _PASSWORD, _PREVIEW, _PROBLEM, ImportDialog, import_file

AEGIS_ENCRYPTED = VECTORS / "aegis" / "importers" / "aegis_encrypted" / "aegis_encrypted.json"
AEGIS_PLAIN = VECTORS / "aegis" / "importers" / "aegis_plain" / "aegis_plain.json"
GOOGLE_3 = VECTORS / "johncallahan_otpauth_migration" / "google_migration" / "multi_batch_3" / "export_batches.txt"
NEW_KEY = "KRUGS4ZANFZSAYJAORSXG5BAONSWG4TF"


def wait_page(qtbot, dialog: ImportDialog, page: int) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: dialog.page == page and not dialog.busy, timeout=10_000)


def texts(dialog: ImportDialog) -> list[str]:
    return [dialog.list.item(i).text() for i in range(dialog.list.count())]


def uri_list(tmp_path: Path) -> Path:
    """One new entry, one with the secret of the existing GitHub account, one unsupported (MD5)."""
    path = tmp_path / "links.txt"
    path.write_text(
        f"otpauth://totp/Forum:bob?secret={NEW_KEY}&issuer=Forum\n"
        f"otpauth://totp/GitHub%20Old:alice?secret={RFC_KEY}\n"
        f"otpauth://totp/Legacy:carol?secret={OTHER_KEY}&algorithm=MD5\n"
    )
    return path


@pytest.fixture
def github(vault) -> Account:  # type: ignore[no-untyped-def]
    return vault.add(Account("GitHub", "alice@example.com"), RFC_KEY)


def test_encrypted_aegis_file_wrong_then_right_password(make_window, vault, github, qtbot) -> None:
    window = make_window()
    dialog = import_file(window, AEGIS_ENCRYPTED)
    assert window.active_dialog is dialog
    wait_page(qtbot, dialog, _PASSWORD)
    assert "encrypted" in dialog.password_label.text()
    assert dialog.password.echoMode() is dialog.password.EchoMode.Password
    assert not dialog.ok_button.isEnabled()  # nothing typed yet

    qtbot.keyClicks(dialog.password, "not the password")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.password_error.text() != "", timeout=10_000)
    wait_page(qtbot, dialog, _PASSWORD)
    assert "wrong" in dialog.password_error.text()
    assert vault.accounts() == [github]

    dialog.password.clear()
    qtbot.keyClicks(dialog.password, "test")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # Enter presses the default button
    wait_page(qtbot, dialog, _PREVIEW)
    assert len(dialog.rows) == 7
    assert all(text.endswith("— new") for text in texts(dialog))
    assert dialog.ok_button.text() == "Import 7 accounts"
    assert vault.accounts() == [github]  # nothing written before the confirmation

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.active_dialog is None and window.runner.is_idle, timeout=5000)
    saved = vault.accounts()
    assert len(saved) == 8 and saved[0] == github
    assert {a.issuer for a in saved[1:]} >= {"Deno", "Airbnb", "Boeing"}
    assert window.model.rowCount() == 8
    assert window.toast.text() == "Imported 7 accounts"


def test_cancel_at_the_password_prompt_changes_nothing(make_window, vault, github, qtbot) -> None:
    window = make_window()
    dialog = import_file(window, AEGIS_ENCRYPTED)
    wait_page(qtbot, dialog, _PASSWORD)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.active_dialog is None)
    assert vault.accounts() == [github]


def test_preview_marks_new_duplicate_and_unsupported_entries(make_window, vault, github, tmp_path, qtbot) -> None:
    window = make_window()
    dialog = import_file(window, uri_list(tmp_path))
    wait_page(qtbot, dialog, _PREVIEW)
    assert texts(dialog) == [
        "Forum (bob) — new",
        f"GitHub Old (alice) — duplicate of {github.title}",
        "line 3: Legacy:carol — unsupported: The algorithm 'MD5' is not supported.",
    ]
    new, duplicate, unsupported = (dialog.list.item(i) for i in range(3))
    assert new.checkState() == Qt.CheckState.Checked
    assert duplicate.checkState() == Qt.CheckState.Unchecked
    assert not unsupported.flags() & Qt.ItemFlag.ItemIsEnabled
    assert "1 new, 1 already in your list, 1 that cannot be imported" in dialog.summary.text()
    assert dialog.ok_button.text() == "Import 1 account"

    duplicate.setCheckState(Qt.CheckState.Checked)  # keep both
    assert dialog.ok_button.text() == "Import 2 accounts"
    new.setCheckState(Qt.CheckState.Unchecked)
    duplicate.setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.ok_button.isEnabled()
    new.setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.active_dialog is None and window.runner.is_idle, timeout=5000)
    assert [a.title for a in vault.accounts()] == [github.title, "Forum (bob)"]
    assert vault.secret(vault.accounts()[1].id) == NEW_KEY


def test_a_failing_metadata_write_leaves_the_vault_as_it_was(
    make_window, vault, github, memory_secrets, tmp_path, qtbot, monkeypatch
) -> None:
    window = make_window()
    dialog = import_file(window, uri_list(tmp_path))
    wait_page(qtbot, dialog, _PREVIEW)
    items_before = dict(memory_secrets.items)

    def broken(change):  # type: ignore[no-untyped-def]
        raise MetadataError("The account list could not be saved (disk full).")

    monkeypatch.setattr(vault.metadata, "transact", broken)  # after the secrets went into the keyring
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.import_error.isVisibleTo(dialog) and window.runner.is_idle, timeout=5000)
    assert "Nothing was imported" in dialog.import_error.text()
    assert "disk full" in dialog.import_error.text()
    assert window.active_dialog is dialog  # still open: the user may retry or cancel
    monkeypatch.undo()
    assert vault.accounts() == [github]
    assert memory_secrets.items == items_before  # the secrets written before the failure were taken back
    assert window.model.rowCount() == 1


def test_a_keyring_failure_while_importing_changes_nothing(
    make_window, vault, github, memory_secrets, tmp_path, qtbot
) -> None:
    window = make_window()
    dialog = import_file(window, AEGIS_PLAIN)
    wait_page(qtbot, dialog, _PREVIEW)
    items_before = dict(memory_secrets.items)
    memory_secrets.fail_with = SecretStoreUnavailable("The keyring is not available.")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.import_error.isVisibleTo(dialog) and window.runner.is_idle, timeout=5000)
    assert "keyring is not available" in dialog.import_error.text()
    memory_secrets.fail_with = None
    assert vault.accounts() == [github]
    assert memory_secrets.items == items_before
    # Retrying once the keyring is back works.
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.active_dialog is None and window.runner.is_idle, timeout=5000)
    assert len(vault.accounts()) == 8


def test_a_file_that_is_no_export_is_explained(make_window, vault, tmp_path, qtbot) -> None:
    window = make_window()
    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    dialog = import_file(window, notes)
    wait_page(qtbot, dialog, _PROBLEM)
    assert "not in a format Authenticator can import" in dialog.problem.text()
    assert not dialog.ok_button.isVisible()
    assert dialog.cancel_button.text() == "Close"
    assert vault.accounts() == []


def test_dropping_an_export_file_opens_the_import(make_window, vault, qtbot) -> None:
    window = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(AEGIS_PLAIN))])
    drop(window, mime)
    dialog = wait_for_dialog(qtbot, window, ImportDialog)
    wait_page(qtbot, dialog, _PREVIEW)
    assert len(dialog.rows) == 7
    assert vault.accounts() == []


def test_main_menu_has_import_and_export(make_window) -> None:
    window = make_window()
    assert window.import_action in window.main_menu.actions()
    assert window.export_action in window.main_menu.actions()


def test_google_export_scanned_in_three_codes_shows_progress_then_the_preview(make_window, vault, qtbot) -> None:
    window = make_window()
    links = [line for line in GOOGLE_3.read_text().splitlines() if line.strip()]
    assert len(links) == 3
    expected = MigrationAssembler()
    for link in links:
        expected.add(link)
    count = len(expected.result().entries)

    window.intake.add_text(links[2], "the pasted text")
    assert window.toast.text() == "1 of 3 scanned — scan the next code"
    window.intake.add_text(links[2], "the pasted text")  # the same code again
    assert window.toast.text() == "That code was already scanned. 1 of 3 scanned — scan the next code"
    window.intake.add_text(links[0], "the pasted text")
    assert window.toast.text() == "2 of 3 scanned — scan the next code"
    assert not isinstance(window.active_dialog, ImportDialog)
    window.intake.add_text(links[1], "the pasted text")
    dialog = wait_for_dialog(qtbot, window, ImportDialog)
    wait_page(qtbot, dialog, _PREVIEW)
    assert len(dialog.rows) == count
    assert "Google Authenticator export" in dialog.summary.text()
    assert window.intake.migration is None  # the next export starts afresh
    assert vault.accounts() == []
    new = sum(1 for row in dialog.rows if row.status.value == "new")
    assert new > 0
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.active_dialog is None and window.runner.is_idle, timeout=5000)
    assert len(vault.accounts()) == new


def test_a_code_of_another_export_starts_over(make_window, qtbot) -> None:
    from authenticator.formats.export_google import migration_uris

    window = make_window()
    first = migration_uris([(Account(f"A{i}", "x"), NEW_KEY) for i in range(12)], batch_id=1)
    other = migration_uris([(Account(f"B{i}", "y"), OTHER_KEY) for i in range(12)], batch_id=2)
    window.intake.add_text(first[0])
    assert window.toast.text() == "1 of 2 scanned — scan the next code"
    window.intake.add_text(other[1])
    assert window.toast.text() == "A new export: 1 of 2 scanned — scan the next code"
    window.intake.add_text(other[0])
    dialog = wait_for_dialog(qtbot, window, ImportDialog)
    wait_page(qtbot, dialog, _PREVIEW)
    assert {row.account.issuer for row in dialog.rows} == {f"B{i}" for i in range(12)}
