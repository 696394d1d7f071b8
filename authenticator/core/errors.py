"""Errors that carry a message for the user and a hint on what to do next.

Every layer raises these (never bare ``ValueError`` across a module boundary) so that the GUI can show
``message`` and ``hint`` in a dialog or banner, and the CLI can print them on stderr and exit with the
documented ``exit_code``. Messages never contain secrets.
"""

from __future__ import annotations

from .i18n import joined


class AuthenticatorError(Exception):
    """Base class: a user-facing ``message``, an optional ``hint`` and the CLI exit code."""

    exit_code = 1

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        # joined(): "message hint" in English, and still translatable part by part where str(error) is shown.
        return joined(self.message, self.hint)


# --- bad input -------------------------------------------------------------------------------------------


class InvalidInput(AuthenticatorError):
    """Something the user typed or a file held cannot be used."""

    exit_code = 3


class InvalidSecret(InvalidInput):
    """The Key text is not usable base32."""


class InvalidParameters(InvalidInput):
    """Type, algorithm, digits, period or counter out of range."""


class InvalidUri(InvalidInput):
    """An otpauth:// URI that cannot become an account."""


class InvalidTime(InvalidInput):
    """A --at TIME value that is neither ISO 8601 nor Unix seconds."""


class AccountExists(InvalidInput):
    """An account with this id is already in the list (adding it again would overwrite its secret)."""


# --- the vault -------------------------------------------------------------------------------------------


class AccountNotFound(AuthenticatorError):
    exit_code = 4


class AmbiguousQuery(AuthenticatorError):
    """A query that matches several accounts; ``candidates`` lists them for the user."""

    exit_code = 5

    def __init__(self, message: str, hint: str = "", candidates: list[str] | None = None) -> None:
        super().__init__(message, hint)
        self.candidates = candidates or []


class MetadataError(AuthenticatorError):
    """The metadata file cannot be read or written (corrupt, newer version, permissions, disk full)."""

    exit_code = 6


# --- the secret store ------------------------------------------------------------------------------------


class SecretStoreError(AuthenticatorError):
    """The OS keyring could not do what was asked."""

    exit_code = 7


class SecretStoreUnavailable(SecretStoreError):
    """No usable keyring at all (no Secret Service on the session bus, no backend)."""


class SecretStoreLocked(SecretStoreError):
    """The keyring exists but is locked and was not unlocked."""


class SecretMissing(SecretStoreError):
    """The account exists but its keyring item is gone."""
