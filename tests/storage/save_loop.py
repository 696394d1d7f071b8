"""Helper process for test_metadata_crash.py: save a large account list over and over until killed.

Usage: ``python save_loop.py PATH COUNT``. Flips between the two versions from :func:`versions`, through
``MetadataStore.transact`` exactly as the app saves. Prints ``ready`` once set up, then ``saved N`` after each
save, so the parent knows how far it got before the SIGKILL.
"""

from __future__ import annotations

import sys
from pathlib import Path

from authenticator.core.account import Account, OtpType
from authenticator.storage.metadata import MetadataStore


def versions(count: int) -> tuple[list[Account], list[Account]]:
    """Two lists of the same accounts that differ in every record and in total size."""
    old = [Account(f"Issuer {i}", f"user{i}@example.com", position=i, id=f"{i:032x}", note="old") for i in range(count)]
    new = [
        a.with_changes(
            issuer=a.issuer + " (renamed)",
            type=OtpType.HOTP,
            counter=i * 7,
            note="new version " * 3,
            groups=("Work",),
        )
        for i, a in enumerate(old)
    ]
    return old, new


def main() -> None:
    path, count = Path(sys.argv[1]), int(sys.argv[2])
    store = MetadataStore(path)
    pair = versions(count)
    print("ready", flush=True)
    saves = 0
    while True:
        # Flip whatever is on disk now, so every save is a real change even right after an earlier kill.
        store.transact(lambda current: pair[1] if current and current[0].note == "old" else pair[0])
        saves += 1
        print(f"saved {saves}", flush=True)


if __name__ == "__main__":
    main()
