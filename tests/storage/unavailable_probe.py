"""Helper for test_keyring_secret_service.py: what every keyring operation does with no Secret Service.

Run with ``DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent``. Usage: ``python unavailable_probe.py FOLDER``.
Prints one JSON object: for the backend ``keyring`` picks by itself ("default") and for a Secret Service
backend forced onto the dead bus ("secret-service"), each operation's exception class, message and hint;
then what ``Vault.add`` did and which files it left in FOLDER.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from authenticator.core.account import Account
from authenticator.core.errors import AuthenticatorError
from authenticator.storage.secrets import KeyringSecretStore
from authenticator.storage.vault import Vault


def outcome(call: Callable[[], Any]) -> dict[str, Any]:
    try:
        call()
    except AuthenticatorError as exc:
        return {"class": type(exc).__name__, "message": exc.message, "hint": exc.hint}
    except Exception as exc:  # an unmapped exception is a finding, not a crash of the probe
        return {"class": type(exc).__name__, "message": "(not an AuthenticatorError)", "hint": ""}
    return {"class": None}


def operations(store: KeyringSecretStore) -> dict[str, dict[str, Any]]:
    return {
        "check": outcome(store.check),
        "get": outcome(lambda: store.get("some-id")),
        "get_many": outcome(lambda: store.get_many(["some-id", "other-id"])),
        "set": outcome(lambda: store.set("some-id", "JBSWY3DPEHPK3PXP")),
        "delete": outcome(lambda: store.delete("some-id")),
    }


def main() -> None:
    from keyring.backends import SecretService

    folder = Path(sys.argv[1])
    default = KeyringSecretStore()
    report: dict[str, Any] = {
        "default_backend": type(default._keyring).__module__,
        "default": operations(default),
        "secret-service": operations(KeyringSecretStore(backend=SecretService.Keyring())),
    }
    vault = Vault.open(folder)
    report["vault_add"] = outcome(lambda: vault.add(Account("Example", "alice"), "JBSWY3DPEHPK3PXP"))
    report["vault_accounts"] = len(vault.accounts())
    report["files"] = sorted(p.name for p in folder.iterdir())
    print(json.dumps(report))


if __name__ == "__main__":
    main()
