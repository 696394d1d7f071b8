"""The vault: accounts (metadata file) joined with their secrets (OS keyring).

The one object the GUI and the CLI both use. Order of writes is chosen so that no failure loses an account:

* add: the secret goes into the keyring first; if the metadata write then fails the new item is deleted
  again, so a failed add leaves nothing behind.
* remove: the account leaves the metadata file first, then its keyring item is deleted; if that delete fails
  an orphan item remains in the keyring, which loses nothing.

Secrets are cached in memory after the first read; :meth:`load_secrets` reads them all in one batched call
so start-up with hundreds of accounts costs one keyring round trip, not hundreds. Methods may block on the
keyring: the GUI calls them from worker threads.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..core.account import Account
from ..core.errors import AccountExists, AccountNotFound, AmbiguousQuery, SecretMissing, SecretStoreError
from ..core.i18n import N_, Message
from ..core.otp import decode_secret, encode_secret
from .icons import remove_account_icons
from .metadata import MetadataStore, Snapshot, ensure_private_dir
from .paths import data_dir, metadata_path
from .secrets import KeyringSecretStore, SecretStore

log = logging.getLogger(__name__)


class Vault:
    def __init__(self, metadata: MetadataStore, secrets: SecretStore) -> None:
        self.metadata = metadata
        self.secrets = secrets
        self._snapshot: Snapshot | None = None
        self._cache: dict[str, str] = {}
        self._lock = threading.RLock()
        self._load_lock = threading.Lock()

    @classmethod
    def open(cls, directory: str | Path | None = None, secrets: SecretStore | None = None) -> Vault:
        """The vault in ``directory`` (default: the user data folder) with the OS keyring."""
        folder = data_dir(directory)
        ensure_private_dir(folder)
        return cls(MetadataStore(metadata_path(folder)), secrets if secrets is not None else KeyringSecretStore())

    # -- accounts -----------------------------------------------------------------------------------------

    def accounts(self) -> list[Account]:
        """Accounts in display order, re-read if the file changed since the last read."""
        with self._lock:
            if self._snapshot is None or self._snapshot.stamp != self.metadata.stamp():
                self._snapshot = self.metadata.load()
            return list(self._snapshot.accounts)

    def changed_on_disk(self) -> bool:
        """True when another process saved the file since we last read or wrote it."""
        with self._lock:
            return self._snapshot is None or self._snapshot.stamp != self.metadata.stamp()

    def get(self, account_id: str) -> Account:
        for account in self.accounts():
            if account.id == account_id:
                return account
        raise AccountNotFound(N_("That account no longer exists."), N_("It may have been removed in another window."))

    def find(self, query: str) -> Account:
        """One account by id, id prefix, or issuer/name text (case-insensitive).

        An exact match on id, issuer, name or "issuer:name" wins over substring matches; several candidates
        raise :class:`AmbiguousQuery` listing them.
        """
        accounts = self.accounts()
        q = query.strip().casefold()
        if not q:
            raise AccountNotFound(N_("Give an issuer, a name or an id to choose an account."))
        for account in accounts:
            if account.id == query.strip():
                return account
        exact = [a for a in accounts if q in _exact_keys(a)]
        partial = exact or [
            a
            for a in accounts
            if a.id.startswith(q) or q in a.issuer.casefold() or q in a.name.casefold() or q in a.title.casefold()
        ]
        if len(partial) == 1:
            return partial[0]
        if not partial:
            raise AccountNotFound(
                Message("No account matches {query}.", query=repr(query)),
                N_("Run 'authenticator list' to see them all."),
            )
        raise AmbiguousQuery(
            Message("{count} accounts match {query}.", count=len(partial), query=repr(query)),
            N_("Use more of the issuer or name, or the account id."),
            candidates=[f"{a.id[:8]}  {a.title}" for a in partial],
        )

    def add(self, account: Account, secret: str) -> Account:
        """Store a new account at the end of the list; ``secret`` is Key text (normalised here)."""
        canonical = encode_secret(decode_secret(secret))
        with self._lock:
            # Checked before the keyring is touched: setting the secret first would overwrite the existing
            # account's secret, and the rollback below would then delete it.
            _require_absent(self.accounts(), account.id)
            self.secrets.set(account.id, canonical)
            try:
                snapshot = self.metadata.transact(lambda current: [*_require_absent(current, account.id), account])
            except BaseException:
                self.secrets.delete(account.id)
                raise
            self._snapshot = snapshot
            self._cache[account.id] = canonical
            return next(a for a in snapshot.accounts if a.id == account.id)

    def add_many(self, pairs: Sequence[tuple[Account, str]]) -> list[Account]:
        """Store several new accounts at the end of the list, all or nothing (an import).

        Every secret is checked and normalised before anything is written; then all of them go into the
        keyring (one batched call where the keyring has one), then ONE metadata transaction appends every
        account. If any step fails, the items written so far are deleted again and the error is re-raised:
        the account list is exactly as before, and no secret is left behind unless the keyring itself
        stopped answering mid-way (then orphan items remain, which lose nothing and show nowhere).
        """
        canonical: dict[str, str] = {}
        accounts: list[Account] = []
        for account, secret in pairs:
            if account.id in canonical:
                raise AccountExists(N_("The same account is in the import twice."), N_("Import it once."))
            canonical[account.id] = encode_secret(decode_secret(secret))
            accounts.append(account)
        if not accounts:
            return []
        ids = set(canonical)
        with self._lock:
            _require_all_absent(self.accounts(), ids)  # before the keyring: never overwrite a secret
            try:
                self.secrets.set_many(canonical)
                snapshot = self.metadata.transact(lambda current: [*_require_all_absent(current, ids), *accounts])
            except BaseException:
                try:
                    self.secrets.delete_many(list(canonical))
                except Exception as cleanup_error:  # the original error matters more; say what was left
                    log.warning(
                        "import failed and %d new keyring items could not be deleted (%s)",
                        len(canonical),
                        type(cleanup_error).__name__,
                    )
                raise
            self._snapshot = snapshot
            self._cache.update(canonical)
            return [a for a in snapshot.accounts if a.id in ids]

    def update(self, account: Account) -> Account:
        """Save changed fields of an existing account (not its secret, not its position)."""

        def change(current: list[Account]) -> list[Account]:
            return [
                account.with_changes(position=a.position) if a.id == account.id else a
                for a in _require(current, account.id)
            ]

        return self._transact_one(change, account.id)

    def advance_counter(self, account_id: str) -> Account:
        """HOTP: move to the next counter value, on top of whatever is on disk now."""

        def change(current: list[Account]) -> list[Account]:
            return [
                a.with_changes(counter=a.counter + 1) if a.id == account_id else a
                for a in _require(current, account_id)
            ]

        return self._transact_one(change, account_id)

    def set_favourite(self, account_id: str, favourite: bool) -> Account:
        """Mark or unmark a favourite on top of whatever is on disk now (a counter advanced meanwhile stays)."""

        def change(current: list[Account]) -> list[Account]:
            return [
                a.with_changes(favourite=favourite) if a.id == account_id else a for a in _require(current, account_id)
            ]

        return self._transact_one(change, account_id)

    def move(self, account_id: str, index: int) -> None:
        """Put an account at ``index`` in the display order."""

        def change(current: list[Account]) -> list[Account]:
            moving = next(a for a in _require(current, account_id) if a.id == account_id)
            rest = [a for a in current if a.id != account_id]
            rest.insert(max(0, min(index, len(rest))), moving)
            return rest

        with self._lock:
            self._snapshot = self.metadata.transact(change)

    def remove(self, account_id: str) -> bool:
        """Remove an account; returns False when its keyring item could not be deleted (an orphan remains).

        The keyring is checked first, so a locked or missing keyring refuses the removal and changes nothing.
        Once the account has left the metadata file, a failing item delete is not reported as a failed
        removal: the account is gone, and the orphan item loses nothing.
        """
        with self._lock:
            self.secrets.check()
            self._snapshot = self.metadata.transact(
                lambda current: [a for a in _require(current, account_id) if a.id != account_id]
            )
            self._cache.pop(account_id, None)
            self._remove_icons(account_id)
            try:
                self.secrets.delete(account_id)
                from .backup_codes import item_name  # the account's backup codes go with it

                self.secrets.delete(item_name(account_id))
            except SecretStoreError:
                log.warning("removed account %s but could not delete its keyring item", account_id[:8])
                return False
            return True

    @property
    def data_dir(self) -> Path:
        """The folder of the account list (icons live in its ``icons`` subfolder)."""
        return self.metadata.path.parent

    def _remove_icons(self, account_id: str) -> None:
        """The account's icon file goes with it; a file that cannot be deleted is only left unused."""
        try:
            remove_account_icons(self.data_dir, account_id)
        except OSError as exc:
            log.warning("removed account %s but could not delete its icon (%s)", account_id[:8], type(exc).__name__)

    def _transact_one(self, change, account_id: str) -> Account:  # type: ignore[no-untyped-def]
        with self._lock:
            self._snapshot = self.metadata.transact(change)
            return next(a for a in self._snapshot.accounts if a.id == account_id)

    # -- secrets ------------------------------------------------------------------------------------------

    def secret(self, account_id: str) -> str:
        """The account's secret (cached after the first read). Raises SecretMissing or a store error."""
        with self._lock:
            cached = self._cache.get(account_id)
        if cached is not None:
            return cached
        value = self.secrets.get(account_id)
        with self._lock:
            self._cache[account_id] = value
        return value

    def cached_secret(self, account_id: str) -> str | None:
        """The secret if already read; never touches the keyring (safe on the GUI thread)."""
        with self._lock:
            return self._cache.get(account_id)

    def load_secrets(self, account_ids: Iterable[str] | None = None) -> set[str]:
        """Read the secrets not yet cached in one batch; returns the ids whose keyring item is missing.

        Calls are serialised: a second caller (the window, while a start-up preload is still reading) waits
        for the first and then finds everything cached, instead of asking the keyring twice. An id's secret
        never changes (ids are never reused), so a cached secret is never stale.
        """
        with self._load_lock:
            ids = [a.id for a in self.accounts()] if account_ids is None else list(account_ids)
            with self._lock:
                wanted = [i for i in ids if i not in self._cache]
            found = self.secrets.get_many(wanted) if wanted else {}
            with self._lock:
                self._cache.update(found)
                return {i for i in ids if i not in self._cache}

    def forget_secrets(self) -> None:
        """Drop the in-memory cache (app lock, quit)."""
        with self._lock:
            self._cache.clear()


def _exact_keys(account: Account) -> set[str]:
    keys = {account.issuer.casefold(), account.name.casefold(), account.title.casefold(), account.id[:8]}
    if account.issuer and account.name:
        keys.add(f"{account.issuer}:{account.name}".casefold())
    keys.discard("")
    return keys


def _require_absent(current: list[Account], account_id: str) -> list[Account]:
    """Refuse a second account with the same id: the metadata file would no longer load."""
    if any(a.id == account_id for a in current):
        raise AccountExists(N_("This account is already in the list."), N_("Edit the existing account instead."))
    return current


def _require_all_absent(current: list[Account], ids: set[str]) -> list[Account]:
    if any(a.id in ids for a in current):
        raise AccountExists(
            N_("An imported account is already in the list."), N_("Import it again (it gets a new id).")
        )
    return current


def _require(current: list[Account], account_id: str) -> list[Account]:
    if not any(a.id == account_id for a in current):
        raise AccountNotFound(N_("That account no longer exists."), N_("It may have been removed in another window."))
    return current


__all__ = ["SecretMissing", "Vault"]
