"""Helper for test_keyring_secret_service.py: what our keyring calls do when the collection is locked.

Run inside its own private keyring, never the shared test one:
``scripts/with-keyring python tests/storage/locked_probe.py FOLDER``. It stores one secret (and one vault
account in FOLDER) while unlocked, locks the default collection with secretstorage, then tries every
operation. Each one runs in a thread bounded by a timeout, because an unlock prompt that nobody can answer
could otherwise hang. Prints one JSON object as its last line.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from authenticator.core.account import Account
from authenticator.core.errors import AuthenticatorError
from authenticator.storage.metadata import MetadataStore
from authenticator.storage.secrets import KeyringSecretStore
from authenticator.storage.vault import Vault

SERVICE = "authenticator-locked-probe"
TIMEOUT_S = 30.0


def bounded(call: Callable[[], Any]) -> dict[str, Any]:
    """Run ``call`` in a daemon thread; report its exception (class, message, hint) and how long it took."""
    result: dict[str, Any] = {"class": "TIMEOUT"}

    def run() -> None:
        try:
            call()
        except AuthenticatorError as exc:
            result.update({"class": type(exc).__name__, "message": exc.message, "hint": exc.hint})
        except Exception as exc:
            result.update({"class": type(exc).__name__, "message": "(not an AuthenticatorError)", "hint": ""})
        else:
            result.update({"class": None})

    started = time.monotonic()
    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(TIMEOUT_S)
    result["seconds"] = round(time.monotonic() - started, 3)
    return result


def main() -> None:
    import secretstorage

    folder = Path(sys.argv[1])
    store = KeyringSecretStore(service=SERVICE)
    store.check()
    store.set("kept-id", "JBSWY3DPEHPK3PXP")
    vault = Vault.open(folder, secrets=KeyringSecretStore())
    kept = vault.add(Account("Kept", "before the lock"), "GEZDGNBVGY3TQOJQ")

    connection = secretstorage.dbus_init()
    collection = secretstorage.get_default_collection(connection)
    collection.lock()
    report: dict[str, Any] = {"locked": collection.is_locked()}
    metadata_before = vault.metadata.path.read_bytes()

    report["check"] = bounded(store.check)
    report["get"] = bounded(lambda: store.get("kept-id"))
    report["get_many"] = bounded(lambda: store.get_many(["kept-id"]))
    report["set"] = bounded(lambda: store.set("new-id", "JBSWY3DPEHPK3PXP"))
    report["delete"] = bounded(lambda: store.delete("kept-id"))
    report["vault_add"] = bounded(lambda: vault.add(Account("New", "while locked"), "JBSWY3DPEHPK3PXP"))
    report["metadata_unchanged_by_add"] = vault.metadata.path.read_bytes() == metadata_before
    reopened = Vault(MetadataStore(vault.metadata.path), KeyringSecretStore())
    report["vault_load_secrets"] = bounded(reopened.load_secrets)
    report["vault_secret"] = bounded(lambda: reopened.secret(kept.id))
    report["still_locked"] = collection.is_locked()
    connection.close()
    print(json.dumps(report), flush=True)


if __name__ == "__main__":
    main()
