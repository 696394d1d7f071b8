"""Helper process for test_vault_concurrency.py: add accounts to a shared vault folder.

Usage: ``python add_worker.py FOLDER COUNT TAG``. Waits for a line on stdin (so that both workers start
together), then adds COUNT accounts named ``TAG-0`` ... through its own Vault object, with an in-memory
secret store (the metadata file is what is shared), and prints ``done START END`` (Unix times).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from authenticator.core.account import Account
from authenticator.storage.secrets import MemorySecretStore
from authenticator.storage.vault import Vault


def main() -> None:
    folder, count, tag = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    vault = Vault.open(folder, secrets=MemorySecretStore())
    print("ready", flush=True)
    sys.stdin.readline()
    started = time.time()
    vault.accounts()  # read now, so later adds must re-read what the other process wrote meanwhile
    for index in range(count):
        vault.add(Account(tag, f"{tag}-{index}"), "JBSWY3DPEHPK3PXP")
    print(f"done {started!r} {time.time()!r}", flush=True)


if __name__ == "__main__":
    main()
