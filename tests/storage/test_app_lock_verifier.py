"""The app lock's verifier (Argon2id in a keyring item) and the growing delay after wrong passwords.

Most tests use a cheap hasher (8 MiB, one pass) so they run in milliseconds; one test checks the real
parameters and how long they take. The Secret Service round trip runs under scripts/with-keyring.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator

import pytest
from argon2 import PasswordHasher, Type, extract_parameters

from authenticator.core.errors import SecretStoreLocked
from authenticator.storage import app_lock
from authenticator.storage.app_lock import (
    DELAYS,
    ITEM_NAME,
    AppLock,
    Backoff,
    PasswordRejected,
    VerifierDamaged,
    VerifierMissing,
    check_verifier,
    password_strength,
)
from authenticator.storage.secrets import KeyringSecretStore, MemorySecretStore

PASSWORD = "correct horse battery"
SALT = "c29tZXNhbHRzb21lc2FsdA"  # base64 of a 16-byte salt
DIGEST = "aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g"  # base64 of a 32-byte hash


def cheap_hasher() -> PasswordHasher:
    return PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1, hash_len=32, salt_len=16, type=Type.ID)


@pytest.fixture
def store() -> MemorySecretStore:
    return MemorySecretStore()


@pytest.fixture
def lock(store: MemorySecretStore) -> AppLock:
    return AppLock(store, hasher=cheap_hasher())


def test_set_then_verify_round_trip(lock: AppLock, store: MemorySecretStore) -> None:
    assert not lock.is_set()
    lock.set_password(PASSWORD)
    assert lock.is_set()
    assert lock.verify(PASSWORD)
    assert not lock.verify("correct horse battery ")  # a trailing space is a different password
    assert not lock.verify("")
    verifier = store.items[ITEM_NAME]
    assert verifier.startswith("$argon2id$")
    assert PASSWORD not in verifier
    assert list(store.items) == [ITEM_NAME]  # one item, named so it cannot clash with account ids (uuid hex)


def test_new_verifiers_use_the_declared_desktop_parameters(store: MemorySecretStore) -> None:
    lock = AppLock(store)
    started = time.perf_counter()
    lock.set_password(PASSWORD)
    hash_seconds = time.perf_counter() - started
    params = extract_parameters(store.items[ITEM_NAME])
    assert (params.type, params.time_cost, params.memory_cost, params.parallelism) == (
        Type.ID,
        app_lock.TIME_COST,
        app_lock.MEMORY_COST_KIB,
        app_lock.PARALLELISM,
    )
    started = time.perf_counter()
    assert lock.verify(PASSWORD)
    verify_seconds = time.perf_counter() - started
    print(f"argon2id m=64MiB t=3 p=4: hash {hash_seconds:.3f} s, verify {verify_seconds:.3f} s")
    assert hash_seconds < 5 and verify_seconds < 5  # ~0.35 s on a laptop; generous for slow CI machines


def test_too_short_and_too_long_passwords_are_refused(lock: AppLock, store: MemorySecretStore) -> None:
    with pytest.raises(PasswordRejected) as short:
        lock.set_password("seven77")
    assert "at least 8 characters" in short.value.message
    assert "seven77" not in str(short.value)
    with pytest.raises(PasswordRejected):
        lock.set_password("x" * (app_lock.MAX_PASSWORD_LENGTH + 1))
    assert store.items == {}


def test_change_needs_the_current_password(lock: AppLock) -> None:
    lock.set_password(PASSWORD)
    assert not lock.change_password("wrong password", "another long one")
    assert lock.verify(PASSWORD)  # unchanged
    assert lock.change_password(PASSWORD, "another long one")
    assert lock.verify("another long one")
    assert not lock.verify(PASSWORD)


def test_remove_needs_the_current_password(lock: AppLock, store: MemorySecretStore) -> None:
    lock.set_password(PASSWORD)
    assert not lock.remove_password("wrong password")
    assert ITEM_NAME in store.items
    assert lock.remove_password(PASSWORD)
    assert ITEM_NAME not in store.items
    assert not lock.is_set()


def test_a_missing_verifier_is_reported_not_treated_as_a_match(lock: AppLock) -> None:
    with pytest.raises(VerifierMissing) as info:
        lock.verify(PASSWORD)
    assert "missing from the keyring" in info.value.message


@pytest.mark.parametrize(
    "verifier",
    [
        "",
        "not a verifier",
        "$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$",  # no hash
        "$argon2id$v=19$m=65536,t=3,p=4$!!!$@@@",  # not base64
        "$argon2i$v=19$m=65536,t=3,p=4$c29tZXNhbHRzb21lc2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",  # argon2i
    ],
)
def test_a_damaged_verifier_is_refused(lock: AppLock, store: MemorySecretStore, verifier: str) -> None:
    store.items[ITEM_NAME] = verifier
    with pytest.raises(VerifierDamaged) as info:
        lock.verify(PASSWORD)
    assert info.value.hint  # says what to do


@pytest.mark.parametrize(
    ("params", "what"),
    [
        ("m=104857600,t=3,p=4", "100 GiB of memory"),
        ("m=65536,t=100000,p=4", "a hundred thousand passes"),
        ("m=65536,t=3,p=255", "255 lanes"),
        ("m=1048576,t=16,p=4", "1 GiB × 16 passes (above the total-work bound)"),
    ],
)
def test_absurd_parameters_from_a_tampered_item_are_refused_at_once(
    lock: AppLock, store: MemorySecretStore, params: str, what: str
) -> None:
    store.items[ITEM_NAME] = f"$argon2id$v=19${params}${SALT}${DIGEST}"
    started = time.perf_counter()
    with pytest.raises(VerifierDamaged) as info:
        lock.verify(PASSWORD)
    assert time.perf_counter() - started < 0.5, what  # refused before any hashing
    assert "unreasonable" in info.value.message


def test_the_bounds_accept_the_defaults_and_a_stronger_future_setting() -> None:
    check_verifier(app_lock.new_hasher().hash("x" * 8))
    # Only the parameters are checked, so a hand-made string stands in for a slow 256 MiB × 4 hash.
    check_verifier(f"$argon2id$v=19$m={256 * 1024},t=4,p=4${SALT}${DIGEST}")


def test_an_old_verifier_is_upgraded_on_a_successful_check(store: MemorySecretStore) -> None:
    AppLock(store, hasher=cheap_hasher()).set_password(PASSWORD)
    upgrading = AppLock(store)  # the real parameters
    assert upgrading.verify(PASSWORD)
    assert extract_parameters(store.items[ITEM_NAME]).memory_cost == app_lock.MEMORY_COST_KIB
    assert upgrading.verify(PASSWORD)


def test_keyring_errors_pass_through(lock: AppLock, store: MemorySecretStore) -> None:
    lock.set_password(PASSWORD)
    store.fail_with = SecretStoreLocked("The keyring is locked.", "Unlock it.")
    with pytest.raises(SecretStoreLocked):
        lock.verify(PASSWORD)
    with pytest.raises(SecretStoreLocked):
        lock.is_set()  # "cannot tell" is not "no password"


def test_forget_removes_a_damaged_verifier(lock: AppLock, store: MemorySecretStore) -> None:
    store.items[ITEM_NAME] = "garbage"
    lock.forget()
    assert not lock.is_set()


# --- the growing delay ---------------------------------------------------------------------------------------


def test_backoff_sequence_with_injected_time() -> None:
    backoff = Backoff()
    now = 1000.0
    waits = []
    for _ in range(10):
        assert backoff.allowed(now)
        waits.append(backoff.failed(now))
        now += waits[-1]
    assert waits == [0, 0, 1, 2, 4, 8, 16, 30, 30, 30]
    assert list(DELAYS) == [0, 0, 1, 2, 4, 8, 16, 30]


def test_backoff_counts_down_and_a_success_resets_it() -> None:
    backoff = Backoff()
    t = 500.0
    for _ in range(4):
        backoff.failed(t)
    assert backoff.remaining(t) == 2
    assert not backoff.allowed(t + 1.5)
    assert backoff.remaining_whole_seconds(t + 0.2) == 2
    assert backoff.remaining_whole_seconds(t + 1.2) == 1
    assert backoff.allowed(t + 2)
    backoff.succeeded()
    assert backoff.failures == 0 and backoff.allowed(t)
    assert backoff.failed(t) == 0  # a fresh start: the first slip is free again


def test_a_clock_that_jumps_back_cannot_lock_out_for_longer_than_the_cap() -> None:
    backoff = Backoff()
    for _ in range(8):
        backoff.failed(10_000.0)
    assert backoff.remaining(10_000.0 - 3600) == 30  # an hour back: still only the longest delay


def test_strength_hint() -> None:
    assert password_strength("short") == 0
    assert password_strength("password") == 1
    assert password_strength("aaaaaaaaaaaa") == 1
    assert password_strength("abcdefgh") == 1
    assert password_strength("tulip-Oven-42") >= 2
    assert password_strength("correct horse battery staple") == 3


# --- the real Secret Service ---------------------------------------------------------------------------------


@pytest.fixture
def keyring_store(secret_service: None) -> Iterator[KeyringSecretStore]:
    from keyring_items import delete_items

    service = f"authenticator-test-{uuid.uuid4().hex[:12]}"
    yield KeyringSecretStore(service=service)
    delete_items(service)


def test_the_verifier_round_trips_through_the_secret_service(keyring_store: KeyringSecretStore) -> None:
    from keyring_items import open_collection

    lock = AppLock(keyring_store)
    assert not lock.is_set()
    lock.set_password(PASSWORD)
    assert lock.verify(PASSWORD)
    assert not lock.verify("not the password")
    collection = open_collection()
    try:
        [item] = collection.search_items({"service": keyring_store.service, "username": ITEM_NAME})
        stored = item.get_secret().decode()
    finally:
        collection.connection.close()
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    assert AppLock(KeyringSecretStore(service=keyring_store.service)).verify(PASSWORD)  # a new connection
    assert lock.remove_password(PASSWORD)
    assert not lock.is_set()
