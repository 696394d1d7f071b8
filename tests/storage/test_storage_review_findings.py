"""Regression tests for storage bugs found in review: an account saved without its icon rather than lost when
the icon cannot be written, and a favourite flag set on top of what is on disk (not over a newer counter)."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from authenticator.core.account import Account, OtpType
from authenticator.core.groups import MAX_NOTE_LENGTH, clean_note
from authenticator.storage import icons
from authenticator.storage.icons import ICON_DEFAULT, icons_dir, save_icon, save_with_icon
from authenticator.storage.vault import Vault

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64
KEY = "JBSWY3DPEHPK3PXP"


def test_an_icon_that_cannot_be_written_leaves_the_account_saved_without_it(vault: Vault) -> None:
    icons_dir(vault.data_dir).parent.mkdir(parents=True, exist_ok=True)
    icons_dir(vault.data_dir).write_text("not a folder")
    account = Account("GitHub", "alice")
    saved = save_with_icon(vault.data_dir, account, PNG, lambda a: vault.add(a, KEY))
    assert saved.icon == ""
    assert vault.get(account.id).issuer == "GitHub"


def test_a_failed_icon_write_on_edit_keeps_the_old_icon(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    account = vault.add(Account("GitHub", "alice"), KEY)
    old = save_icon(vault.data_dir, account.id, PNG)
    account = vault.update(account.with_changes(icon=old))

    def disk_full(_path: Path, _data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(icons, "write_atomic", disk_full)
    saved = save_with_icon(vault.data_dir, account.with_changes(name="bob"), PNG + b"x", vault.update)
    assert saved.name == "bob" and saved.icon == old
    assert (icons_dir(vault.data_dir) / old).is_file()


def test_use_default_still_works_without_an_icons_folder(vault: Vault) -> None:
    account = vault.add(Account("GitHub", "alice"), KEY)
    assert save_with_icon(vault.data_dir, account, ICON_DEFAULT, vault.update).icon == ""


def test_set_favourite_keeps_a_counter_advanced_meanwhile(vault: Vault) -> None:
    bank = vault.add(Account("Bank", "card", type=OtpType.HOTP, counter=5), KEY)
    vault.advance_counter(bank.id)  # e.g. the CLI, or "Next code" queued before the toggle
    saved = vault.set_favourite(bank.id, True)
    assert saved.favourite and saved.counter == 6
    assert vault.get(bank.id).counter == 6


def test_clean_note_keeps_a_longer_limit_when_given() -> None:
    long = "x" * (MAX_NOTE_LENGTH + 500)
    assert clean_note(long) == "x" * MAX_NOTE_LENGTH
    assert clean_note(long, limit=len(long)) == long
