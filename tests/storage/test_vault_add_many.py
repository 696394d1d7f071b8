"""Vault.add_many: a bulk import is all or nothing, in memory and against the real Secret Service.

"Exactly as before" is checked on both sides: the account list on disk (a fresh Vault reads it) and every
keyring item (the memory store's dict, or the real items filed under the test's service name).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring_items import delete_items, open_collection

from authenticator.core.account import Account, OtpType
from authenticator.core.errors import AccountExists, InvalidSecret, MetadataError, SecretStoreUnavailable
from authenticator.storage.metadata import MetadataStore
from authenticator.storage.secrets import KeyringSecretStore, MemorySecretStore
from authenticator.storage.vault import Vault

SECRETS = ["JBSWY3DPEHPK3PXP", "GEZDGNBVGY3TQOJQ", "MFRGGZDFMZTWQ2LK", "NBSWY3DPO5XXE3DE", "ON2HE2LOM4QHO3ZA"]


def pairs(count: int = 5) -> list[tuple[Account, str]]:
    return [(Account(f"Issuer {i}", f"user{i}"), SECRETS[i % len(SECRETS)]) for i in range(count)]


def fresh(vault: Vault) -> Vault:
    return Vault(MetadataStore(vault.metadata.path), vault.secrets)


class FailingAfter(MemorySecretStore):
    """Writes ``limit`` items, then fails like a keyring that went away mid-import."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit
        self.writes = 0

    def set(self, account_id: str, secret: str) -> None:
        if self.writes >= self.limit:
            raise SecretStoreUnavailable("The system keyring did not answer.")
        self.writes += 1
        super().set(account_id, secret)


@pytest.fixture
def existing(vault: Vault) -> Account:
    return vault.add(Account("Existing", "me"), "KRUGS4ZANFZSAYLOEBSXQYLNOBWGKIDTMVRXEZLU")


# --- memory store ------------------------------------------------------------------------------------------


def test_adds_every_account_after_the_existing_ones_in_order(vault: Vault, existing: Account) -> None:
    batch = pairs(4)
    added = vault.add_many(batch)
    assert [a.id for a in added] == [a.id for a, _ in batch]
    assert [a.position for a in added] == [1, 2, 3, 4]
    on_disk = fresh(vault).accounts()
    assert [a.id for a in on_disk] == [existing.id] + [a.id for a, _ in batch]
    for account, secret in batch:
        assert vault.secrets.get(account.id) == secret
        assert vault.cached_secret(account.id) == secret


def test_secrets_are_normalised_like_add(vault: Vault) -> None:
    (account,) = vault.add_many([(Account("A", "b"), "jbsw y3dp-ehpk 3pxp====")])
    assert vault.secrets.get(account.id) == "JBSWY3DPEHPK3PXP"


def test_one_metadata_write_for_the_whole_batch(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    writes = []
    original = vault.metadata._write
    monkeypatch.setattr(vault.metadata, "_write", lambda accounts: (writes.append(len(accounts)), original(accounts)))
    vault.add_many(pairs(5))
    assert writes == [5]


def test_empty_batch_writes_nothing(vault: Vault) -> None:
    assert vault.add_many([]) == []
    assert not vault.metadata.path.exists()


def test_a_bad_secret_anywhere_writes_nothing(vault: Vault, existing: Account) -> None:
    items_before = dict(vault.secrets.items)
    batch = [*pairs(3), (Account("Bad", "x"), "not base32 !"), *pairs(2)]
    with pytest.raises(InvalidSecret):
        vault.add_many(batch)
    assert vault.secrets.items == items_before
    assert [a.id for a in fresh(vault).accounts()] == [existing.id]


@pytest.mark.parametrize("limit", [0, 1, 3, 4])
def test_keyring_failure_midway_leaves_the_vault_exactly_as_before(tmp_path: Path, limit: int) -> None:
    store = FailingAfter(limit=10**6)
    vault = Vault(MetadataStore(tmp_path / "accounts.json"), store)
    kept = vault.add(Account("Kept", "me"), SECRETS[0])
    metadata_before = vault.metadata.path.read_bytes()
    items_before = dict(store.items)
    store.limit, store.writes = limit, 0
    with pytest.raises(SecretStoreUnavailable):
        vault.add_many(pairs(5))
    assert store.items == items_before
    assert vault.metadata.path.read_bytes() == metadata_before
    assert [a.id for a in fresh(vault).accounts()] == [kept.id]


def test_metadata_failure_deletes_the_items_already_written(
    vault: Vault, existing: Account, monkeypatch: pytest.MonkeyPatch
) -> None:
    items_before = dict(vault.secrets.items)
    metadata_before = vault.metadata.path.read_bytes()

    def broken(accounts: list[Account]) -> None:
        raise MetadataError("The account list could not be saved (No space left on device).")

    monkeypatch.setattr(vault.metadata, "_write", broken)
    with pytest.raises(MetadataError):
        vault.add_many(pairs(5))
    assert vault.secrets.items == items_before
    assert vault.metadata.path.read_bytes() == metadata_before
    assert all(vault.cached_secret(a.id) is None for a, _ in pairs(5))


def test_an_id_already_in_the_list_refuses_everything_and_keeps_its_secret(vault: Vault, existing: Account) -> None:
    original_secret = vault.secrets.get(existing.id)
    batch = [*pairs(2), (existing.with_changes(issuer="Other"), SECRETS[1])]
    with pytest.raises(AccountExists):
        vault.add_many(batch)
    assert vault.secrets.get(existing.id) == original_secret
    assert set(vault.secrets.items) == {existing.id}
    assert [a.id for a in fresh(vault).accounts()] == [existing.id]


def test_the_same_id_twice_in_one_batch_is_refused(vault: Vault) -> None:
    account = Account("A", "b")
    with pytest.raises(AccountExists):
        vault.add_many([(account, SECRETS[0]), (account, SECRETS[1])])
    assert vault.secrets.items == {}


def test_every_field_is_kept(vault: Vault) -> None:
    rich = Account(
        "Bank",
        "me@example.com",
        type=OtpType.HOTP,
        algorithm="SHA512",
        digits=8,
        counter=42,
        note="desk drawer",
        groups=("money", "work"),
        favourite=True,
        url="https://bank.example",
    )
    vault.add_many([(rich, SECRETS[2])])
    (read,) = fresh(vault).accounts()
    assert read == rich.with_changes(position=0)


def test_store_default_set_many_and_delete_many_loop() -> None:
    store = MemorySecretStore()
    store.set_many({"a": "AAAA", "b": "BBBB"})
    assert store.items == {"a": "AAAA", "b": "BBBB"}
    store.delete_many(["a", "missing"])
    assert store.items == {"b": "BBBB"}


# --- the real Secret Service --------------------------------------------------------------------------------


@pytest.fixture
def service(secret_service: None) -> Iterator[str]:
    name = f"authenticator-test-{uuid.uuid4().hex[:12]}"
    yield name
    delete_items(name)


def _items(service: str) -> dict[str, str]:
    collection = open_collection()
    try:
        return {
            item.get_attributes()["username"]: item.get_secret().decode()
            for item in collection.search_items({"service": service})
        }
    finally:
        collection.connection.close()


def _secrets(count: int) -> dict[str, str]:
    return {f"id-{i:04d}": SECRETS[i % len(SECRETS)] + "A" * (i % 3) * 8 for i in range(count)}


@pytest.mark.secret_service
@pytest.mark.parametrize("count", [3, 150])  # one search per id, and one scan of the service (> 64 ids)
def test_batched_write_makes_the_items_keyring_itself_reads(service: str, count: int) -> None:
    store = KeyringSecretStore(service=service)
    wanted = _secrets(count)
    store.set_many(wanted)
    assert _items(service) == wanted
    assert store.get_many(list(wanted)) == wanted
    first = next(iter(wanted))
    assert keyring.get_password(service, first) == wanted[first]  # keyring's own lookup finds our items
    attributes = next(iter(open_collection().search_items({"service": service, "username": first}))).get_attributes()
    assert attributes["application"] == "Python keyring library"


@pytest.mark.secret_service
def test_batched_write_replaces_like_set_password(service: str) -> None:
    store = KeyringSecretStore(service=service)
    store.set("id-1", SECRETS[0])
    store.set_many({"id-1": SECRETS[1], "id-2": SECRETS[2]})
    assert _items(service) == {"id-1": SECRETS[1], "id-2": SECRETS[2]}  # one item per id, not two


@pytest.mark.secret_service
@pytest.mark.parametrize("count", [3, 150])
def test_batched_delete_removes_only_the_named_items(service: str, count: int) -> None:
    store = KeyringSecretStore(service=service)
    wanted = _secrets(count)
    store.set_many(wanted)
    doomed = list(wanted)[: count - 1]
    store.delete_many([*doomed, "never-written"])
    survivor = list(wanted)[-1]
    assert _items(service) == {survivor: wanted[survivor]}


@pytest.mark.secret_service
def test_vault_add_many_against_the_keyring_rolls_back_on_metadata_failure(
    service: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = Vault(MetadataStore(tmp_path / "accounts.json"), KeyringSecretStore(service=service))
    kept = vault.add(Account("Kept", "me"), SECRETS[0])
    before = _items(service)

    def broken(accounts: list[Account]) -> None:
        raise MetadataError("The account list could not be saved (disk full).")

    monkeypatch.setattr(vault.metadata, "_write", broken)
    with pytest.raises(MetadataError):
        vault.add_many(pairs(80))
    assert _items(service) == before
    monkeypatch.undo()
    added = vault.add_many(pairs(80))
    assert len(_items(service)) == 81
    fresh_vault = Vault(MetadataStore(tmp_path / "accounts.json"), KeyringSecretStore(service=service))
    assert fresh_vault.load_secrets() == set()
    assert [a.id for a in fresh_vault.accounts()] == [kept.id] + [a.id for a in added]
