"""Account icon files (Qt-free): atomic writes in <data dir>/icons, safe names, save order, removal with the account."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

from authenticator.core.account import Account
from authenticator.core.errors import AccountNotFound
from authenticator.core.groups import (
    MAX_GROUP_LENGTH,
    MAX_GROUPS,
    MAX_NOTE_LENGTH,
    all_groups,
    clean_note,
    normalize_groups,
    parse_groups,
)
from authenticator.storage.icons import (
    ICON_DEFAULT,
    ICON_KEEP,
    MAX_ICON_BYTES,
    icon_path,
    icons_dir,
    is_icon_name,
    read_icon,
    remove_account_icons,
    save_icon,
    save_with_icon,
)
from authenticator.storage.metadata import MetadataStore
from authenticator.storage.vault import Vault

KEY = "JBSWY3DPEHPK3PXP"


def tiny_png(rgb: tuple[int, int, int] = (255, 0, 0), size: int = 4) -> bytes:
    """A real PNG made without any image library (solid colour, 8-bit RGB)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    row = b"\0" + bytes(rgb) * size
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(row * size)) + chunk(b"IEND", b"")
    )


def test_save_writes_a_private_png_named_after_the_account_and_its_content(tmp_path: Path) -> None:
    png = tiny_png()
    name = save_icon(tmp_path, "0123abcd" * 4, png)
    assert name.startswith("0123abcd" * 4 + "-") and name.endswith(".png") and is_icon_name(name)
    path = icons_dir(tmp_path) / name
    assert path.read_bytes() == png
    assert (path.stat().st_mode & 0o777) == 0o600
    assert (icons_dir(tmp_path).stat().st_mode & 0o777) == 0o700
    assert not [p for p in icons_dir(tmp_path).iterdir() if p.name.startswith(".")]  # no temp file left
    assert read_icon(tmp_path, name) == png
    assert save_icon(tmp_path, "0123abcd" * 4, tiny_png((0, 0, 255))) != name  # new content, new name


def test_only_png_bytes_of_a_sane_size_are_saved(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        save_icon(tmp_path, "abc", b"GIF89a....")
    with pytest.raises(ValueError):
        save_icon(tmp_path, "abc", tiny_png()[:8] + b"\0" * MAX_ICON_BYTES)


@pytest.mark.parametrize("name", ["../accounts.json", "/etc/passwd", ".hidden.png", "a/b.png", "x.txt", "", "a..png"])
def test_names_from_the_metadata_file_cannot_leave_the_icons_folder(tmp_path: Path, name: str) -> None:
    (tmp_path / "accounts.json").write_text("{}")
    assert icon_path(tmp_path, name) is None
    assert read_icon(tmp_path, name) is None


def test_missing_damaged_or_oversized_files_read_as_no_icon(tmp_path: Path) -> None:
    assert read_icon(tmp_path, "abc-0123456789ab.png") is None
    icons_dir(tmp_path).mkdir()
    (icons_dir(tmp_path) / "abc-0123456789ab.png").write_bytes(b"not a png")
    assert read_icon(tmp_path, "abc-0123456789ab.png") is None
    (icons_dir(tmp_path) / "big-0123456789ab.png").write_bytes(tiny_png() + b"\0" * MAX_ICON_BYTES)
    assert read_icon(tmp_path, "big-0123456789ab.png") is None


def test_remove_account_icons_deletes_only_that_accounts_files(tmp_path: Path) -> None:
    mine = save_icon(tmp_path, "aaaa", tiny_png())
    older = save_icon(tmp_path, "aaaa", tiny_png((1, 2, 3)))
    other = save_icon(tmp_path, "aaaabbbb", tiny_png())  # an id that merely starts the same
    assert remove_account_icons(tmp_path, "aaaa") == 2
    assert not (icons_dir(tmp_path) / mine).exists() and not (icons_dir(tmp_path) / older).exists()
    assert (icons_dir(tmp_path) / other).exists()
    assert remove_account_icons(tmp_path / "nowhere", "aaaa") == 0


def test_save_with_icon_writes_first_and_drops_the_replaced_file_last(tmp_path: Path) -> None:
    saved: list[Account] = []

    def save(account: Account) -> Account:
        assert read_icon(tmp_path, account.icon) is not None  # the file exists before the account points at it
        saved.append(account)
        return account

    account = Account("GitHub", "alice")
    first = save_with_icon(tmp_path, account, tiny_png(), save)
    second = save_with_icon(tmp_path, first, tiny_png((0, 255, 0)), save)
    assert first.icon != second.icon
    assert read_icon(tmp_path, first.icon) is None  # replaced: deleted after the save
    assert read_icon(tmp_path, second.icon) is not None
    kept = save_with_icon(tmp_path, second.with_changes(note="n"), ICON_KEEP, lambda a: a)
    assert kept.icon == second.icon
    reset = save_with_icon(tmp_path, second, ICON_DEFAULT, lambda a: a)
    assert reset.icon == "" and read_icon(tmp_path, second.icon) is None


def test_a_failed_save_removes_the_new_file_and_keeps_the_old_one(tmp_path: Path) -> None:
    account = save_with_icon(tmp_path, Account("GitHub", "alice"), tiny_png(), lambda a: a)

    def fail(_account: Account) -> Account:
        raise AccountNotFound("That account no longer exists.")

    with pytest.raises(AccountNotFound):
        save_with_icon(tmp_path, account, tiny_png((9, 9, 9)), fail)
    assert [p.name for p in icons_dir(tmp_path).iterdir()] == [account.icon]


def test_removing_an_account_removes_its_icon_and_keeps_the_rest(tmp_path: Path, memory_secrets) -> None:  # type: ignore[no-untyped-def]
    vault = Vault(MetadataStore(tmp_path / "accounts.json"), memory_secrets)
    a = save_with_icon(vault.data_dir, Account("GitHub", "alice"), tiny_png(), lambda x: vault.add(x, KEY))
    b = save_with_icon(vault.data_dir, Account("Proton", "bob"), tiny_png((0, 0, 255)), lambda x: vault.add(x, KEY))
    assert vault.get(a.id).icon == a.icon and (icons_dir(tmp_path) / a.icon).exists()
    assert vault.remove(a.id) is True
    assert not (icons_dir(tmp_path) / a.icon).exists()
    assert (icons_dir(tmp_path) / b.icon).exists()
    assert a.id not in memory_secrets.items


def test_removing_an_account_without_an_icon_still_works(vault: Vault, memory_secrets) -> None:  # type: ignore[no-untyped-def]
    account = vault.add(Account("GitHub", "alice"), KEY)
    assert vault.remove(account.id) is True and vault.accounts() == []


# -- groups and notes (core/groups.py) ----------------------------------------------------------------------


def test_groups_are_trimmed_deduplicated_and_capped() -> None:
    assert parse_groups(" Work , personal ,work,,  Team   A ") == ("Work", "personal", "Team A")
    assert parse_groups("work, PERSONAL", known=["Work", "Personal"]) == ("Work", "Personal")
    assert parse_groups("") == ()
    assert len(normalize_groups(["x" * 500])[0]) == MAX_GROUP_LENGTH
    assert len(normalize_groups(f"g{i}" for i in range(100))) == MAX_GROUPS
    assert all_groups([("b", "A"), ("a", "C")]) == ["A", "b", "C"]


def test_notes_are_capped() -> None:
    assert clean_note("  hello \n") == "hello"
    assert len(clean_note("x" * (MAX_NOTE_LENGTH + 50))) == MAX_NOTE_LENGTH
