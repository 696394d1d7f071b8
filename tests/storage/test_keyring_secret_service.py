"""KeyringSecretStore and the vault against a real Secret Service (gnome-keyring on a private D-Bus session).

Run through ``scripts/with-keyring`` (``scripts/run-tests`` does). Each test files its items under its own
service name and deletes them afterwards, because all tests of one run share the keyring. The locked and
unavailable cases run in subprocesses: the locked one in a nested private keyring, so the shared one is never
locked.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from keyring_items import create_items, delete_items, open_collection

from authenticator.core.account import Account
from authenticator.core.errors import SecretMissing
from authenticator.storage.secrets import LOCKED_HINT, SERVICE, UNAVAILABLE_HINT, KeyringSecretStore
from authenticator.storage.vault import Vault

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]


@pytest.fixture
def service(secret_service: None) -> Iterator[str]:
    name = f"authenticator-test-{uuid.uuid4().hex[:12]}"
    yield name
    delete_items(name)


@pytest.fixture
def store(service: str) -> KeyringSecretStore:
    return KeyringSecretStore(service=service)


# --- the store -----------------------------------------------------------------------------------------------


def test_real_backend_is_the_secret_service_and_check_passes(store: KeyringSecretStore) -> None:
    assert store.name == "Secret Service"
    store.check()


def test_set_get_delete_round_trip(store: KeyringSecretStore) -> None:
    store.set("account-1", "JBSWY3DPEHPK3PXP")
    assert store.get("account-1") == "JBSWY3DPEHPK3PXP"
    store.set("account-1", "GEZDGNBVGY3TQOJQ")  # replaces, does not add a second item
    assert store.get("account-1") == "GEZDGNBVGY3TQOJQ"
    collection = open_collection()
    try:
        assert len(list(collection.search_items({"service": store.service, "username": "account-1"}))) == 1
    finally:
        collection.connection.close()
    store.delete("account-1")
    with pytest.raises(SecretMissing):
        store.get("account-1")


def test_get_of_a_missing_id_raises_secret_missing(store: KeyringSecretStore) -> None:
    with pytest.raises(SecretMissing) as info:
        store.get("never-stored")
    assert "missing from the keyring" in info.value.message
    assert "never-stored" not in str(info.value)


def test_delete_of_a_missing_id_is_fine(store: KeyringSecretStore) -> None:
    store.delete("never-stored")
    store.set("account-1", "JBSWY3DPEHPK3PXP")
    store.delete("account-1")
    store.delete("account-1")


def test_get_many_returns_exactly_the_wanted_ids_of_our_service(store: KeyringSecretStore, service: str) -> None:
    ours = {f"id-{i:03d}": f"SECRET{i:03d}AAAAAAAAAA" for i in range(50)}
    # Secret lengths around the AES block size exercise the padding removal of the batched read.
    ours |= {"len-15": "A" * 15, "len-16": "B" * 16, "len-17": "C" * 17, "len-32": "D" * 32, "utf8": "ключ-é"}
    create_items(service, ours)
    foreign_service = service + "-other"
    try:
        # Same usernames under another service name: must be ignored, never returned in their place.
        create_items(foreign_service, {username: "FOREIGN" for username in list(ours)[:10]} | {"only-foreign": "F"})
        wanted = set(list(ours)[5:45]) | {"len-15", "len-16", "len-17", "len-32", "utf8", "absent-1", "only-foreign"}
        found = store.get_many(wanted)
        assert found == {k: v for k, v in ours.items() if k in wanted}
        assert store.get_many([]) == {}
        assert store.get_many(["absent-1"]) == {}
        assert store.get_many(ours) == ours
    finally:
        delete_items(foreign_service)


def test_items_written_by_set_are_read_by_get_many(store: KeyringSecretStore) -> None:
    """The two paths (keyring per call, batched secretstorage) read and write the same items."""
    store.set("a", "JBSWY3DPEHPK3PXP")
    store.set("b", "GEZDGNBVGY3TQOJQ")
    assert store.get_many(["a", "b", "c"]) == {"a": "JBSWY3DPEHPK3PXP", "b": "GEZDGNBVGY3TQOJQ"}


# --- the vault -----------------------------------------------------------------------------------------------


def test_vault_round_trip_with_the_real_keyring(secret_service: None, tmp_path: Path) -> None:
    vault = Vault.open(tmp_path)
    added = []
    try:
        added.append(vault.add(Account("GitHub", "alice"), "jbsw y3dp ehpk 3pxp"))
        added.append(vault.add(Account("Bank", "bob"), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"))
        reopened = Vault.open(tmp_path)
        assert [a.id for a in reopened.accounts()] == [a.id for a in added]
        assert reopened.cached_secret(added[0].id) is None
        assert reopened.load_secrets() == set()
        assert reopened.cached_secret(added[0].id) == "JBSWY3DPEHPK3PXP"
        assert reopened.secret(added[1].id) == "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"

        # An item deleted behind the vault's back is reported as missing, not as an error.
        KeyringSecretStore().delete(added[1].id)
        assert Vault.open(tmp_path).load_secrets() == {added[1].id}

        reopened.remove(added[0].id)
        with pytest.raises(SecretMissing):
            KeyringSecretStore().get(added[0].id)
        for path in tmp_path.iterdir():
            assert b"JBSWY3DP" not in path.read_bytes()
    finally:
        delete_items(SERVICE, {a.id for a in added})


# --- unavailable and locked ----------------------------------------------------------------------------------


def _last_json_line(output: str) -> dict[str, Any]:
    lines = [line for line in output.splitlines() if line.startswith("{")]
    assert lines, f"no JSON report in the probe's output: {output[-2000:]}"
    return json.loads(lines[-1])


def test_no_secret_service_raises_unavailable_and_add_changes_nothing(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHON_KEYRING_BACKEND", "KEYRING_PROPERTY_BACKEND"}}
    env["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=/nonexistent"
    folder = tmp_path / "data"
    result = subprocess.run(
        [sys.executable, str(HERE / "unavailable_probe.py"), str(folder)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = _last_json_line(result.stdout)
    for backend in ("default", "secret-service"):
        for operation, outcome in report[backend].items():
            assert outcome["class"] == "SecretStoreUnavailable", (backend, operation, outcome)
            assert outcome["hint"] == UNAVAILABLE_HINT
            assert "keyring" in outcome["message"]
    assert report["default"]["check"]["message"] == "No system keyring was found, so secrets cannot be kept."
    assert report["vault_add"]["class"] == "SecretStoreUnavailable"
    assert "nothing was changed" in report["vault_add"]["hint"]
    assert report["vault_accounts"] == 0
    assert report["files"] == []  # no metadata file, no temp file


def test_locked_keyring_raises_locked_with_the_hint(secret_service: None, tmp_path: Path) -> None:
    # secret_service gates on a working gnome-keyring; the probe starts its own nested one.
    assert shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")
    # No display: gnome-keyring cannot show an unlock prompt, so an unlock attempt is dismissed (not a hang).
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY", "PYTHON_KEYRING_BACKEND"}}
    folder = tmp_path / "data"
    result = subprocess.run(
        [str(REPO / "scripts" / "with-keyring"), sys.executable, str(HERE / "locked_probe.py"), str(folder)],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = _last_json_line(result.stdout)
    assert report["locked"] is True
    for operation in ("check", "get", "get_many", "set", "delete", "vault_add", "vault_load_secrets", "vault_secret"):
        outcome = report[operation]
        assert outcome["class"] == "SecretStoreLocked", (operation, outcome)
        assert outcome["message"] == "The keyring is locked."
        assert outcome["hint"] == LOCKED_HINT
        assert outcome["seconds"] < 30
    assert report["metadata_unchanged_by_add"] is True
    assert report["still_locked"] is True  # nothing bypassed the lock


# --- cost, for the notes -------------------------------------------------------------------------------------

BENCH_ITEMS = int(os.environ.get("AUTHENTICATOR_KEYRING_BENCH_ITEMS", "500"))


def test_measure_batched_read_against_single_reads(
    store: KeyringSecretStore, service: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Prints the cost of reading BENCH_ITEMS secrets in one batch and one by one; asserts only correctness."""
    secrets = {f"bench-{i:04d}": f"BENCHSECRET{i:04d}AAAAA" for i in range(BENCH_ITEMS)}
    started = time.perf_counter()
    create_items(service, secrets)
    created = time.perf_counter() - started

    started = time.perf_counter()
    batched = store.get_many(secrets)
    batch_s = time.perf_counter() - started

    started = time.perf_counter()
    single = {account_id: store.get(account_id) for account_id in secrets}
    single_s = time.perf_counter() - started

    assert batched == single == secrets
    with capsys.disabled():
        print(
            f"\nkeyring cost for {BENCH_ITEMS} items: create (one connection) {created:.2f} s, "
            f"get_many {batch_s:.3f} s, {BENCH_ITEMS} x get {single_s:.2f} s "
            f"({single_s / BENCH_ITEMS * 1000:.1f} ms each, batch {single_s / batch_s:.0f}x faster)"
        )
