"""The metadata file: issuer, name and parameters of every account, never a secret.

A versioned JSON document, replaced atomically. Every change is a *transaction*: take an exclusive file
lock, re-read the file, apply the change to what is on disk now, write, release. That is how the GUI and
the CLI can both be open on one vault without either overwriting the other's additions.

A damaged file is never overwritten: loading raises :class:`MetadataError` and leaves it for the user (and
for us) to inspect, because silently starting over would lose accounts whose secrets are still in the
keyring.
"""

from __future__ import annotations

import contextlib
import glob
import json
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.account import Account
from ..core.errors import AuthenticatorError, MetadataError
from ..core.i18n import N_, Message
from .atomic import write_atomic

if TYPE_CHECKING:
    from filelock import FileLock

FORMAT = "authenticator-metadata"
VERSION = 1
LOCK_TIMEOUT_S = 10.0


@dataclass(frozen=True)
class Snapshot:
    """The accounts as read, with a stamp to tell whether the file changed since."""

    accounts: tuple[Account, ...]
    stamp: tuple[int, int] | None  # (mtime_ns, size), None when the file does not exist


class MetadataStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock: FileLock | None = None  # created by the first write: reading never locks
        self._lock_created = threading.Lock()

    def _file_lock(self) -> FileLock:
        """The lock every writer takes. ``filelock`` is imported here, not at start-up: reading the list (all a
        starting window does before its first code is shown) never locks, and the import costs ~15 ms and 3 MiB."""
        with self._lock_created:
            if self._lock is None:
                from filelock import FileLock

                self._lock = FileLock(str(self.path.with_name(self.path.name + ".lock")), timeout=LOCK_TIMEOUT_S)
            return self._lock

    # -- reading ------------------------------------------------------------------------------------------

    def stamp(self) -> tuple[int, int] | None:
        try:
            st = self.path.stat()
        except FileNotFoundError:
            return None
        return (st.st_mtime_ns, st.st_size)

    def load(self) -> Snapshot:
        stamp = self.stamp()
        if stamp is None:
            return Snapshot((), None)
        try:
            raw = self.path.read_bytes()
        except OSError as exc:
            raise MetadataError(
                Message("The account list {path} cannot be read ({reason}).", path=str(self.path), reason=exc.strerror),
                N_("Check the file's permissions."),
            ) from exc
        return Snapshot(tuple(self._parse(raw)), stamp)

    def _parse(self, raw: bytes) -> list[Account]:
        damaged = MetadataError(
            Message("The account list {path} is damaged and was not changed.", path=str(self.path)),
            N_("Restore it from a backup, or move it aside to start a new list (your secrets stay in the keyring)."),
        )
        try:
            doc = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise damaged from exc
        if not isinstance(doc, dict) or doc.get("format") != FORMAT or not isinstance(doc.get("accounts"), list):
            raise damaged
        version = doc.get("version")
        if not isinstance(version, int) or version < 1:
            raise damaged
        if version > VERSION:
            raise MetadataError(
                Message(
                    "The account list {path} was written by a newer version of Authenticator.", path=str(self.path)
                ),
                N_("Update Authenticator to open it; the file was not changed."),
            )
        accounts: list[Account] = []
        seen: set[str] = set()
        for record in doc["accounts"]:
            if not isinstance(record, dict):
                raise damaged
            try:
                account = Account.from_dict(record)
            except AuthenticatorError as exc:
                raise damaged from exc
            if account.id in seen:
                raise damaged
            seen.add(account.id)
            accounts.append(account)
        accounts.sort(key=lambda a: a.position)
        return accounts

    # -- writing ------------------------------------------------------------------------------------------

    def transact(self, change: Callable[[list[Account]], list[Account]]) -> Snapshot:
        """Apply ``change`` to the accounts on disk now, under the lock, and write the result atomically.

        ``change`` gets a fresh list and returns the new one; positions are renumbered 0..n-1 in list order.
        If it raises, nothing is written.
        """
        from filelock import Timeout

        try:
            with self._file_lock():
                self._remove_stale_temp_files()
                current = list(self.load().accounts)
                updated = change(current)
                renumbered = [a if a.position == i else a.with_changes(position=i) for i, a in enumerate(updated)]
                self._write(renumbered)
                return Snapshot(tuple(renumbered), self.stamp())
        except Timeout as exc:
            raise MetadataError(
                N_("The account list is busy: another Authenticator window or command is saving it."),
                N_("Try again in a moment."),
            ) from exc

    def _remove_stale_temp_files(self) -> None:
        """Delete temp files of saves that were killed before their rename (only call under the lock).

        Every writer of this file holds the lock, so while we hold it no temp file is in use; without this,
        each crash mid-save would leave a copy of the whole list (never a secret) in the folder for good.
        """
        for leftover in self.path.parent.glob(f".{glob.escape(self.path.name)}.*.tmp"):
            with contextlib.suppress(OSError):
                leftover.unlink()

    def _write(self, accounts: list[Account]) -> None:
        doc: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "accounts": [a.to_dict() for a in accounts],
        }
        data = json.dumps(doc, indent=2, ensure_ascii=False).encode("utf-8") + b"\n"
        try:
            write_atomic(self.path, data)
        except OSError as exc:
            raise MetadataError(
                Message("The account list could not be saved ({reason}).", reason=exc.strerror or str(exc)),
                N_("Free some disk space or check the folder's permissions; the previous list is unchanged."),
            ) from exc


def ensure_private_dir(directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(directory, 0o700)
