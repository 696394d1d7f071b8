"""Where secrets live: one OS-keyring item per account, keyed by the account's opaque id.

:class:`SecretStore` is the small interface the vault needs (in the spirit of Vorta's ``keyring/abc.py``):
``get_many`` exists because start-up reads every secret, and one keyring call per account costs ~18 ms
against gnome-keyring (9 s for 500 accounts) while one batched Secret Service call costs ~50 ms.

Failures are states, not fallbacks: an unavailable or locked keyring raises a :class:`SecretStoreError` whose
message says how to fix it. Nothing here ever writes a secret anywhere but the keyring.
"""

from __future__ import annotations

import logging
import threading
from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping
from typing import Any

from ..core.errors import SecretMissing, SecretStoreError, SecretStoreLocked, SecretStoreUnavailable
from ..core.i18n import N_, Message

log = logging.getLogger(__name__)

#: The keyring "service" every item is filed under; the item's "username" is the account id.
SERVICE = "authenticator-desktop"

# N_(): the window shows these translated (core/i18n.py).
UNAVAILABLE_HINT = N_(
    "Start your desktop's keyring (on Linux: GNOME Keyring or KWallet with the Secret Service enabled) "
    "and try again. Your accounts are safe: nothing was changed."
)
LOCKED_HINT = N_("Unlock your login keyring (for example with Seahorse, 'Passwords and Keys') and try again.")


class SecretStore(ABC):
    """A place that keeps one secret string per account id."""

    #: A name the UI can show ("GNOME Keyring", "memory").
    name: str = "secret store"

    @abstractmethod
    def get(self, account_id: str) -> str:
        """The secret, or :class:`SecretMissing` when there is no item for this id."""

    def get_many(self, account_ids: Iterable[str]) -> dict[str, str]:
        """Secrets for the ids that have one; ids without an item are simply absent."""
        found: dict[str, str] = {}
        for account_id in account_ids:
            try:
                found[account_id] = self.get(account_id)
            except SecretMissing:
                continue
        return found

    @abstractmethod
    def set(self, account_id: str, secret: str) -> None: ...

    def set_many(self, secrets: Mapping[str, str]) -> None:
        """Write several items (a bulk import). On failure some may have been written: the caller deletes
        them again with :meth:`delete_many`. Backends with a batched write override this."""
        for account_id, secret in secrets.items():
            self.set(account_id, secret)

    @abstractmethod
    def delete(self, account_id: str) -> None:
        """Remove the item; an item that is already gone is not an error."""

    def delete_many(self, account_ids: Iterable[str]) -> None:
        """Remove several items (undoing a failed bulk import); ids without an item are not an error."""
        for account_id in account_ids:
            self.delete(account_id)

    def check(self) -> None:  # noqa: B027 - optional hook, a no-op by default
        """Raise a :class:`SecretStoreError` if the store cannot be used right now."""


class MemorySecretStore(SecretStore):
    """Keeps secrets in a dict: for unit tests only, never used by the app."""

    name = "memory"

    def __init__(self, initial: dict[str, str] | None = None) -> None:
        self.items: dict[str, str] = dict(initial or {})
        self.fail_with: SecretStoreError | None = None
        self.get_calls = 0

    def _maybe_fail(self) -> None:
        if self.fail_with is not None:
            raise self.fail_with

    def get(self, account_id: str) -> str:
        self._maybe_fail()
        self.get_calls += 1
        try:
            return self.items[account_id]
        except KeyError:
            raise _missing(account_id) from None

    def get_many(self, account_ids: Iterable[str]) -> dict[str, str]:
        self._maybe_fail()
        self.get_calls += 1
        return {i: self.items[i] for i in account_ids if i in self.items}

    def set(self, account_id: str, secret: str) -> None:
        self._maybe_fail()
        self.items[account_id] = secret

    def delete(self, account_id: str) -> None:
        self._maybe_fail()
        self.items.pop(account_id, None)

    def check(self) -> None:
        self._maybe_fail()


class KeyringSecretStore(SecretStore):
    """The OS keyring through the ``keyring`` package, with a batched read on the Secret Service."""

    def __init__(self, service: str = SERVICE, backend: object | None = None) -> None:
        self.service = service
        self._backend = backend
        self._backend_lock = threading.Lock()

    @property
    def _keyring(self) -> Any:
        """The backend, chosen on first use: importing ``keyring`` and probing D-Bus for a backend costs
        ~0.2 s, which must not sit on the GUI's start-up path (the first use happens on a worker)."""
        with self._backend_lock:
            if self._backend is None:
                import keyring

                self._backend = keyring.get_keyring()
            return self._backend

    @property
    def name(self) -> str:  # type: ignore[override]
        return _backend_name(self._keyring)

    # -- the interface ------------------------------------------------------------------------------------

    def check(self) -> None:
        from keyring.backends import fail

        if isinstance(self._keyring, fail.Keyring):
            raise SecretStoreUnavailable(
                N_("No system keyring was found, so secrets cannot be kept."), UNAVAILABLE_HINT
            )
        if self._is_secret_service():
            from . import secret_service

            with _translated_errors():
                secret_service.check_collection(secret_service.backend_collection(self._keyring))

    def get(self, account_id: str) -> str:
        with _translated_errors():
            value = self._keyring.get_password(self.service, account_id)
        if value is None:
            raise _missing(account_id)
        return value

    def get_many(self, account_ids: Iterable[str]) -> dict[str, str]:
        ids = list(account_ids)
        if not ids:
            return {}
        from . import secret_service

        if self._backend is None and secret_service.direct_read_allowed():
            # Start-up: keyring would choose the Secret Service, so read it without choosing (~0.1 s saved).
            with _translated_errors():
                return secret_service.read(secret_service.default_collection, self.service, ids)
        if self._is_secret_service():
            with _translated_errors():
                return secret_service.read(secret_service.backend_collection(self._keyring), self.service, ids)
        return super().get_many(ids)

    def set(self, account_id: str, secret: str) -> None:
        with _translated_errors():
            self._keyring.set_password(self.service, account_id, secret)

    def set_many(self, secrets: Mapping[str, str]) -> None:
        """On the Secret Service: every item created over one connection, the calls pipelined (5,000 items
        one ``set_password`` each would cost ~32 ms apiece, close to three minutes)."""
        if not secrets:
            return
        if self._is_secret_service():
            from . import secret_service

            with _translated_errors():
                secret_service.write(
                    secret_service.backend_collection(self._keyring),
                    self.service,
                    dict(secrets),
                    application=getattr(self._keyring, "appid", secret_service.KEYRING_APPLICATION),
                )
            return
        super().set_many(secrets)

    def delete_many(self, account_ids: Iterable[str]) -> None:
        ids = list(account_ids)
        if not ids:
            return
        if self._is_secret_service():
            from . import secret_service

            with _translated_errors():
                secret_service.delete(secret_service.backend_collection(self._keyring), self.service, ids)
            return
        super().delete_many(ids)

    def delete(self, account_id: str) -> None:
        import keyring.errors

        try:
            with _translated_errors(passthrough=(keyring.errors.PasswordDeleteError,)):
                self._keyring.delete_password(self.service, account_id)
        except keyring.errors.PasswordDeleteError:
            return  # already gone

    # -- helpers ------------------------------------------------------------------------------------------

    def _is_secret_service(self) -> bool:
        try:
            from keyring.backends import SecretService
        except ImportError:  # pragma: no cover - not on Linux
            return False
        return isinstance(self._keyring, SecretService.Keyring)


def _missing(account_id: str) -> SecretMissing:
    return SecretMissing(
        N_("This account's secret is missing from the keyring."),
        N_("Restore it from a backup, or remove the account and add it again with the service's QR code."),
    )


def _backend_name(backend: object) -> str:
    module = type(backend).__module__
    if "SecretService" in module:
        return "Secret Service"
    if "kwallet" in module:
        return "KWallet"
    if "Windows" in module:
        return "Windows Credential Manager"
    if "macOS" in module:
        return "macOS Keychain"
    return type(backend).__name__


class _translated_errors:
    """Turn keyring and D-Bus exceptions into our user-facing errors."""

    def __init__(self, passthrough: tuple[type[BaseException], ...] = ()) -> None:
        self.passthrough = passthrough

    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type, exc, tb) -> bool:  # type: ignore[no-untyped-def]
        if exc is None or isinstance(exc, (SecretStoreError, *self.passthrough)):
            return False
        import keyring.errors

        if isinstance(exc, keyring.errors.KeyringLocked) or _is_locked_dbus_error(exc):
            raise SecretStoreLocked(N_("The keyring is locked."), LOCKED_HINT) from exc
        if isinstance(exc, (keyring.errors.NoKeyringError, keyring.errors.InitError)):
            raise SecretStoreUnavailable(N_("The system keyring could not be opened."), UNAVAILABLE_HINT) from exc
        if isinstance(exc, (keyring.errors.KeyringError, OSError, RuntimeError)) or _is_dbus_error(exc):
            # Log the type only: some backends put item attributes in messages, never secrets, but be safe.
            log.warning("keyring call failed: %s", type(exc).__name__)
            raise SecretStoreUnavailable(
                Message("The system keyring did not answer ({error}).", error=type(exc).__name__), UNAVAILABLE_HINT
            ) from exc
        return False


def _is_dbus_error(exc: BaseException) -> bool:
    return type(exc).__module__.startswith(("secretstorage", "jeepney"))


def _is_locked_dbus_error(exc: BaseException) -> bool:
    return type(exc).__name__ in {"LockedException", "PromptDismissedException"}
