"""Backup codes: parsed from pasted text, kept in the secret store as a second item per account (never in the
metadata file), used once each, counted, replaced whole, and removed with the account."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from authenticator.core.account import Account
from authenticator.core.errors import SecretStoreUnavailable
from authenticator.storage.backup_codes import (
    BackupCodeError,
    BackupCodes,
    BackupCodeStore,
    item_name,
    parse_codes,
)
from authenticator.storage.secrets import KeyringSecretStore, MemorySecretStore
from authenticator.storage.vault import Vault

SECRET = "JBSWY3DPEHPK3PXP"
CODES = ["1234 5678", "2345 6789", "3456 7890", "4567 8901", "5678 9012"]


@pytest.fixture
def account(vault: Vault) -> Account:
    return vault.add(Account("GitHub", "octocat"), SECRET)


@pytest.fixture
def store(memory_secrets: MemorySecretStore) -> BackupCodeStore:
    return BackupCodeStore(memory_secrets)


# -- parsing ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("aaaa-1111\nbbbb-2222\r\ncccc-3333\n", ["aaaa-1111", "bbbb-2222", "cccc-3333"]),
        ("a1b2c3, d4e5f6; g7h8i9\tj0k1l2", ["a1b2c3", "d4e5f6", "g7h8i9", "j0k1l2"]),
        ("1234 5678    2345 6789\n3456 7890", ["1234 5678", "2345 6789", "3456 7890"]),  # Google's columns
        ("12345678 23456789 34567890", ["12345678", "23456789", "34567890"]),  # long parts: one space splits
        ("1. aaaa1111\n2) bbbb2222\n- cccc3333\n• dddd4444", ["aaaa1111", "bbbb2222", "cccc3333", "dddd4444"]),
        ("abcd-1234\nABCD 1234\nabcd1234\n", ["abcd-1234"]),  # the same code three ways
        ("  \n\n,,", []),
    ],
)
def test_parse_codes_accepts_any_separator(text: str, expected: list[str]) -> None:
    assert parse_codes(text) == expected


# -- the store --------------------------------------------------------------------------------------------


def test_codes_live_in_their_own_secret_store_item_never_in_the_metadata_file(
    store: BackupCodeStore, memory_secrets: MemorySecretStore, account: Account, tmp_path: Path
) -> None:
    stored = store.replace(account.id, CODES)
    assert (stored.total, stored.remaining, stored.low) == (5, 5, False)
    item = json.loads(memory_secrets.items[item_name(account.id)])
    assert [c["code"] for c in item["codes"]] == CODES and not any(c["used"] for c in item["codes"])
    assert memory_secrets.items[account.id] == SECRET  # the account's secret is untouched
    metadata = (tmp_path / "accounts.json").read_text()
    assert not any(code in metadata for code in CODES)
    assert store.get(account.id) == stored


def test_an_account_without_codes_has_an_empty_set(store: BackupCodeStore, account: Account) -> None:
    assert store.get(account.id) == BackupCodes()
    assert (store.get(account.id).low, store.get(account.id).next_unused()) == (False, None)


def test_each_code_works_once_and_the_count_goes_down(store: BackupCodeStore, account: Account) -> None:
    store.replace(account.id, CODES)
    after = store.use(account.id, "2345-6789")  # spaces, dashes and case do not matter
    assert after.remaining == 4 and after.codes[1].used and after.next_unused() == after.codes[0]
    with pytest.raises(BackupCodeError, match="already used") as used:
        store.use(account.id, "2345 6789")
    with pytest.raises(BackupCodeError, match="not one of") as unknown:
        store.use(account.id, "9999 0000")
    for error in (used.value, unknown.value):
        assert "2345" not in str(error) and "9999" not in str(error)  # codes never in messages
    assert store.get(account.id).remaining == 4


def test_low_at_two_or_fewer_remaining(store: BackupCodeStore, account: Account) -> None:
    store.replace(account.id, CODES)
    lows = [store.use(account.id, code).low for code in CODES]
    assert lows == [False, False, True, True, True]
    assert store.get(account.id).remaining == 0


def test_a_new_set_replaces_the_old_one_whole(store: BackupCodeStore, account: Account) -> None:
    store.replace(account.id, CODES)
    store.use(account.id, CODES[0])
    new = store.replace(account.id, ["new-1111", "new-2222"])
    assert [c.code for c in new.codes] == ["new-1111", "new-2222"] and new.remaining == 2
    with pytest.raises(BackupCodeError):
        store.use(account.id, CODES[1])  # voided with the old set
    assert store.replace(account.id, []) == BackupCodes() and store.get(account.id).total == 0


def test_using_a_code_without_a_set_or_an_empty_code(store: BackupCodeStore, account: Account) -> None:
    with pytest.raises(BackupCodeError, match="no backup codes"):
        store.use(account.id, "1234")
    store.replace(account.id, CODES)
    with pytest.raises(BackupCodeError, match="empty"):
        store.use(account.id, " - ")


def test_codes_that_cannot_be_stored_are_refused_by_number(store: BackupCodeStore, account: Account) -> None:
    with pytest.raises(BackupCodeError, match="Backup code 2 is 65 characters"):
        store.replace(account.id, ["ok", "x" * 65])
    with pytest.raises(BackupCodeError, match="control character"):
        store.replace(account.id, ["bad\x00code"])
    with pytest.raises(BackupCodeError, match="more than any service"):
        store.replace(account.id, [f"code{i}" for i in range(101)])
    assert store.get(account.id).total == 0


def test_a_damaged_item_is_an_error_naming_no_code(
    store: BackupCodeStore, memory_secrets: MemorySecretStore, account: Account
) -> None:
    memory_secrets.items[item_name(account.id)] = "{not json 1234-5678"
    with pytest.raises(BackupCodeError, match="damaged") as damaged:
        store.get(account.id)
    assert "1234" not in str(damaged.value)


def test_keyring_failures_are_reported_not_hidden(
    store: BackupCodeStore, memory_secrets: MemorySecretStore, account: Account
) -> None:
    memory_secrets.fail_with = SecretStoreUnavailable("no keyring")
    with pytest.raises(SecretStoreUnavailable):
        store.get(account.id)


def test_removing_the_account_removes_its_codes(
    vault: Vault, store: BackupCodeStore, memory_secrets: MemorySecretStore, account: Account
) -> None:
    other = vault.add(Account("Mail", "me"), SECRET)
    store.replace(account.id, CODES)
    store.replace(other.id, ["keep-1111"])
    assert vault.remove(account.id) is True
    assert item_name(account.id) not in memory_secrets.items and account.id not in memory_secrets.items
    assert store.get(other.id).total == 1


def test_the_codes_item_is_not_read_as_an_account_secret(
    vault: Vault, store: BackupCodeStore, account: Account
) -> None:
    store.replace(account.id, CODES)
    vault.forget_secrets()
    assert vault.load_secrets() == set() and vault.secret(account.id) == SECRET


@pytest.mark.secret_service
def test_round_trip_in_the_real_keyring(secret_service: None, tmp_path: Path) -> None:
    secrets = KeyringSecretStore(service=f"authenticator-test-{uuid.uuid4().hex[:8]}")
    vault = Vault.open(tmp_path, secrets)
    account = vault.add(Account("GitHub", "octocat"), SECRET)
    store = BackupCodeStore(secrets)
    try:
        store.replace(account.id, CODES)
        store.use(account.id, CODES[4])
        fresh = BackupCodeStore(KeyringSecretStore(service=secrets.service))
        assert fresh.get(account.id).remaining == 4 and fresh.get(account.id).codes[4].used
        assert Vault.open(tmp_path, KeyringSecretStore(service=secrets.service)).load_secrets() == set()
        vault.remove(account.id)
        assert fresh.get(account.id).total == 0
    finally:
        secrets.delete(account.id)
        store.clear(account.id)
