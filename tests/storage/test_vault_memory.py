"""The vault with an in-memory secret store: lookups, edits, write order on failure, and the secret cache."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from authenticator.core.account import Account, OtpType
from authenticator.core.errors import (
    AccountExists,
    AccountNotFound,
    AmbiguousQuery,
    InvalidSecret,
    MetadataError,
    SecretMissing,
    SecretStoreLocked,
    SecretStoreUnavailable,
)
from authenticator.storage import metadata as metadata_module
from authenticator.storage.metadata import MetadataStore
from authenticator.storage.secrets import LOCKED_HINT, UNAVAILABLE_HINT, MemorySecretStore
from authenticator.storage.vault import Vault

SECRET = "JBSWY3DPEHPK3PXP"
OTHER_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"


def fresh(vault: Vault) -> Vault:
    """Another Vault object on the same file and store: what a second window or the CLI sees."""
    return Vault(MetadataStore(vault.metadata.path), vault.secrets)


@pytest.fixture
def populated(vault: Vault) -> dict[str, Account]:
    accounts = {
        "git": Account("Git", "alice"),
        "github_alice": Account("GitHub", "alice"),
        "github_bob": Account("GitHub", "bob"),
        "gitlab": Account("GitLab", "carol"),
        "bank": Account("Bank", "dave"),
    }
    for key, account in accounts.items():
        accounts[key] = vault.add(account, SECRET)
    return accounts


# --- add / get / accounts ------------------------------------------------------------------------------------


def test_add_appends_with_positions_and_normalises_the_secret(vault: Vault, memory_secrets: MemorySecretStore) -> None:
    first = vault.add(Account("A", "one"), "jbsw y3dp-ehpk 3pxp")
    second = vault.add(Account("B", "two"), OTHER_SECRET + "====")
    assert [a.id for a in vault.accounts()] == [first.id, second.id]
    assert (first.position, second.position) == (0, 1)
    assert memory_secrets.items == {first.id: SECRET, second.id: OTHER_SECRET}
    assert vault.cached_secret(first.id) == SECRET
    assert vault.get(second.id) == second
    assert [a.id for a in fresh(vault).accounts()] == [first.id, second.id]


def test_add_with_an_invalid_secret_stores_nothing(vault: Vault, memory_secrets: MemorySecretStore) -> None:
    with pytest.raises(InvalidSecret):
        vault.add(Account("A", "one"), "NOT BASE32 0189")
    assert memory_secrets.items == {}
    assert not vault.metadata.path.exists()
    assert vault.accounts() == []


def test_get_unknown_id(vault: Vault) -> None:
    vault.add(Account("A", "one"), SECRET)
    with pytest.raises(AccountNotFound):
        vault.get("0" * 32)


def test_accounts_on_an_empty_folder_creates_nothing(vault: Vault) -> None:
    assert vault.accounts() == []
    assert list(vault.metadata.path.parent.iterdir()) == []


# --- find ----------------------------------------------------------------------------------------------------


def test_find_exact_issuer_beats_partial_matches(vault: Vault, populated: dict[str, Account]) -> None:
    # "git" is a substring of GitHub and GitLab, but exactly the issuer "Git".
    assert vault.find("git") == populated["git"]
    assert vault.find("  GIT ") == populated["git"]


def test_find_exact_issuer_name_and_title(vault: Vault, populated: dict[str, Account]) -> None:
    assert vault.find("GitHub:bob") == populated["github_bob"]
    assert vault.find("github (alice)") == populated["github_alice"]
    assert vault.find("dave") == populated["bank"]
    assert vault.find("lab") == populated["gitlab"]  # a single partial match


def test_find_ambiguous_lists_the_candidates(vault: Vault, populated: dict[str, Account]) -> None:
    with pytest.raises(AmbiguousQuery) as info:
        vault.find("github")
    error = info.value
    assert "2 accounts match" in error.message
    assert sorted(error.candidates) == sorted(
        f"{populated[k].id[:8]}  {populated[k].title}" for k in ("github_alice", "github_bob")
    )
    with pytest.raises(AmbiguousQuery) as info:
        vault.find("alice")  # exact name of two accounts
    assert len(info.value.candidates) == 2


def test_find_by_id_and_id_prefix(vault: Vault, populated: dict[str, Account]) -> None:
    target = populated["github_bob"]
    assert vault.find(target.id) == target
    assert vault.find(target.id[:8]) == target
    others = [a.id for k, a in populated.items() if k != "github_bob"]
    texts = [a.title.casefold() for a in populated.values()]
    # The shortest prefix that names no other id and is not also text in an issuer or name (ids are random).
    prefix = next(
        target.id[:n]
        for n in range(1, 33)
        if not any(o.startswith(target.id[:n]) for o in others) and not any(target.id[:n] in t for t in texts)
    )
    assert vault.find(prefix) == target


def test_find_not_found_and_empty(vault: Vault, populated: dict[str, Account]) -> None:
    with pytest.raises(AccountNotFound, match="No account matches 'nothing'"):
        vault.find("nothing")
    with pytest.raises(AccountNotFound):
        vault.find("   ")


# --- update / move / remove / advance ------------------------------------------------------------------------


def test_update_keeps_position_and_secret(
    vault: Vault, populated: dict[str, Account], memory_secrets: MemorySecretStore
) -> None:
    target = populated["github_alice"]
    updated = vault.update(target.with_changes(name="alice2", note="new", position=99, favourite=True))
    assert updated.position == target.position == 1
    assert (updated.name, updated.note, updated.favourite) == ("alice2", "new", True)
    assert [a.id for a in fresh(vault).accounts()] == [a.id for a in populated.values()]
    assert fresh(vault).get(target.id) == updated
    assert memory_secrets.items[target.id] == SECRET


def test_update_of_a_removed_account_fails_and_changes_nothing(vault: Vault, populated: dict[str, Account]) -> None:
    before = vault.metadata.path.read_bytes()
    with pytest.raises(AccountNotFound):
        vault.update(Account("Ghost", "x"))
    assert vault.metadata.path.read_bytes() == before


def test_move(vault: Vault, populated: dict[str, Account]) -> None:
    ids = [a.id for a in populated.values()]
    vault.move(ids[3], 0)
    expected = [ids[3], ids[0], ids[1], ids[2], ids[4]]
    assert [a.id for a in vault.accounts()] == expected
    assert [a.position for a in vault.accounts()] == [0, 1, 2, 3, 4]
    vault.move(ids[3], 100)  # clamped to the end
    assert fresh(vault).accounts()[-1].id == ids[3]
    vault.move(ids[4], -5)  # clamped to the start
    assert fresh(vault).accounts()[0].id == ids[4]
    with pytest.raises(AccountNotFound):
        vault.move("f" * 32, 0)


def test_remove_deletes_the_keyring_item_and_the_cache(
    vault: Vault, populated: dict[str, Account], memory_secrets: MemorySecretStore
) -> None:
    target = populated["bank"]
    assert vault.cached_secret(target.id) == SECRET
    vault.remove(target.id)
    assert target.id not in memory_secrets.items
    assert vault.cached_secret(target.id) is None
    assert target.id not in [a.id for a in fresh(vault).accounts()]
    assert [a.position for a in vault.accounts()] == [0, 1, 2, 3]
    with pytest.raises(AccountNotFound):
        vault.remove(target.id)
    assert len(memory_secrets.items) == 4


def test_advance_counter_builds_on_what_is_on_disk(vault: Vault) -> None:
    account = vault.add(Account("Bank", "token", type=OtpType.HOTP, counter=7), SECRET)
    other_window = fresh(vault)
    assert vault.advance_counter(account.id).counter == 8
    assert other_window.advance_counter(account.id).counter == 9  # not 8: it re-reads under the lock
    assert fresh(vault).get(account.id).counter == 9
    with pytest.raises(AccountNotFound):
        vault.advance_counter("0" * 32)


def test_changes_from_another_vault_are_seen(vault: Vault, populated: dict[str, Account]) -> None:
    other = fresh(vault)
    assert len(other.accounts()) == 5
    assert not vault.changed_on_disk()
    added = other.add(Account("New", "one"), SECRET)
    assert vault.changed_on_disk()
    assert vault.accounts()[-1] == added
    assert not vault.changed_on_disk()


# --- secrets and the cache -----------------------------------------------------------------------------------


def test_load_secrets_is_one_batch_fills_the_cache_and_returns_missing_ids(
    tmp_path: Path, populated: dict[str, Account], vault: Vault, memory_secrets: MemorySecretStore
) -> None:
    ids = [a.id for a in populated.values()]
    del memory_secrets.items[ids[1]]
    reopened = Vault(MetadataStore(vault.metadata.path), memory_secrets)
    assert all(reopened.cached_secret(i) is None for i in ids)
    calls = memory_secrets.get_calls
    assert reopened.load_secrets() == {ids[1]}
    assert memory_secrets.get_calls == calls + 1
    assert [reopened.cached_secret(i) for i in ids] == [SECRET, None, SECRET, SECRET, SECRET]
    with pytest.raises(SecretMissing) as info:
        reopened.secret(ids[1])
    assert "missing from the keyring" in info.value.message
    assert reopened.load_secrets([ids[0], "unknown-id"]) == {"unknown-id"}


def test_secret_is_read_once_then_cached(vault: Vault, memory_secrets: MemorySecretStore) -> None:
    account = vault.add(Account("A", "b"), SECRET)
    reopened = fresh(vault)
    calls = memory_secrets.get_calls
    assert reopened.secret(account.id) == SECRET
    assert reopened.secret(account.id) == SECRET
    assert memory_secrets.get_calls == calls + 1
    reopened.forget_secrets()
    assert reopened.cached_secret(account.id) is None
    assert reopened.secret(account.id) == SECRET
    assert memory_secrets.get_calls == calls + 2


def test_cached_secret_never_touches_the_store(vault: Vault, memory_secrets: MemorySecretStore) -> None:
    account = vault.add(Account("A", "b"), SECRET)
    memory_secrets.fail_with = SecretStoreLocked("The keyring is locked.", LOCKED_HINT)
    assert vault.cached_secret(account.id) == SECRET
    assert fresh(vault).cached_secret(account.id) is None
    with pytest.raises(SecretStoreLocked):
        fresh(vault).secret(account.id)


# --- failures leave nothing half-done ------------------------------------------------------------------------


def test_failed_metadata_write_removes_the_new_keyring_item(
    vault: Vault, memory_secrets: MemorySecretStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    existing = vault.add(Account("Kept", "one"), SECRET)
    before = vault.metadata.path.read_bytes()

    def disk_full(path: Path, data: bytes, mode: int = 0o600) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(metadata_module, "write_atomic", disk_full)
    new = Account("New", "two")
    with pytest.raises(MetadataError) as info:
        vault.add(new, OTHER_SECRET)
    assert "could not be saved (No space left on device)" in info.value.message
    assert "unchanged" in info.value.hint
    assert memory_secrets.items == {existing.id: SECRET}
    assert vault.cached_secret(new.id) is None
    assert vault.metadata.path.read_bytes() == before
    assert [a.id for a in fresh(vault).accounts()] == [existing.id]


def test_metadata_that_cannot_be_read_fails_add_without_a_keyring_item(
    vault: Vault, memory_secrets: MemorySecretStore
) -> None:
    vault.metadata.path.mkdir()  # a folder where the file should be: reading fails even for root
    with pytest.raises(MetadataError, match="cannot be read"):
        vault.add(Account("New", "two"), SECRET)
    assert memory_secrets.items == {}


@pytest.mark.parametrize(
    "error",
    [
        SecretStoreUnavailable("The system keyring could not be opened.", UNAVAILABLE_HINT),
        SecretStoreLocked("The keyring is locked.", LOCKED_HINT),
    ],
)
def test_failed_secret_store_writes_no_metadata(vault: Vault, memory_secrets: MemorySecretStore, error) -> None:
    existing = vault.add(Account("Kept", "one"), SECRET)
    before = vault.metadata.path.read_bytes()
    memory_secrets.fail_with = error
    with pytest.raises(type(error)):
        vault.add(Account("New", "two"), OTHER_SECRET)
    assert vault.metadata.path.read_bytes() == before
    memory_secrets.fail_with = None
    assert memory_secrets.items == {existing.id: SECRET}

    # on a brand-new vault no file appears at all
    empty = Vault(MetadataStore(vault.metadata.path.with_name("other.json")), memory_secrets)
    memory_secrets.fail_with = error
    with pytest.raises(type(error)):
        empty.add(Account("New", "two"), OTHER_SECRET)
    assert not empty.metadata.path.exists()


def test_adding_the_same_account_twice_is_refused_and_keeps_its_secret(
    vault: Vault, memory_secrets: MemorySecretStore
) -> None:
    """Re-adding an Account object (same id) must neither overwrite its secret nor make the file unreadable."""
    account = vault.add(Account("A", "b"), SECRET)
    with pytest.raises(AccountExists, match="already in the list"):
        vault.add(account, OTHER_SECRET)
    assert memory_secrets.items == {account.id: SECRET}
    assert fresh(vault).accounts() == [account]


def test_remove_with_a_locked_keyring_changes_nothing(
    vault: Vault, populated: dict[str, Account], memory_secrets: MemorySecretStore
) -> None:
    target = populated["bank"]
    before = vault.metadata.path.read_bytes()
    memory_secrets.fail_with = SecretStoreLocked("The keyring is locked.", LOCKED_HINT)
    with pytest.raises(SecretStoreLocked):
        vault.remove(target.id)
    assert vault.metadata.path.read_bytes() == before
    memory_secrets.fail_with = None
    assert memory_secrets.items[target.id] == SECRET


def test_remove_reports_an_orphan_item_when_only_the_delete_fails(
    vault: Vault, populated: dict[str, Account], memory_secrets: MemorySecretStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = populated["bank"]

    def broken_delete(account_id: str) -> None:
        raise SecretStoreUnavailable("The system keyring did not answer.", UNAVAILABLE_HINT)

    monkeypatch.setattr(memory_secrets, "delete", broken_delete)
    assert vault.remove(target.id) is False
    assert target.id not in [a.id for a in fresh(vault).accounts()]
    assert memory_secrets.items[target.id] == SECRET  # the orphan item: nothing lost


def test_load_secrets_reads_only_what_is_not_cached(
    vault: Vault, populated: dict[str, Account], memory_secrets: MemorySecretStore
) -> None:
    cold = fresh(vault)
    calls = memory_secrets.get_calls
    assert cold.load_secrets() == set()
    assert memory_secrets.get_calls == calls + 1  # one batched read for every account
    assert cold.load_secrets() == set()  # a second caller (the window after a preload) finds all cached
    assert memory_secrets.get_calls == calls + 1
    assert all(cold.cached_secret(a.id) == SECRET for a in populated.values())
