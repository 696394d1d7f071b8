"""The app lock's password: an Argon2id verifier in the keyring, and the delay that grows with wrong guesses.

What the lock is for: hiding codes, issuers and names from someone at an unattended, unlocked desktop. It is
not encryption. The account secrets stay readable in the keyring to anyone who can use the user's keyring
session (the CLI, Seahorse, ``secret-tool``), and that same person could delete or replace the verifier item.
So the verifier lives in the keyring next to the secrets it guards (one item, :data:`ITEM_NAME`, through the
:class:`~.secrets.SecretStore` interface: account items are uuid hex, so the names cannot clash), and
nothing about the password is ever written to the settings or the metadata file; the settings only hold the
non-secret fact that a lock is enabled (not a boundary either: whoever can edit the user's settings file can
read the keyring as well).

The verifier is argon2-cffi's encoded Argon2id string (``$argon2id$v=19$m=…,t=…,p=…$salt$hash``): it names
its own parameters, so stronger defaults later still verify old items (and they are re-hashed on the next
successful unlock). Because the parameters come from a keyring item that could have been edited, they are
bounded before anything is derived: a tampered item that asks for 100 GiB or a million passes is refused with
a clear error instead of hanging the unlock.

Every function here that hashes or verifies takes ~0.1–0.5 s and may wait on the keyring: callers on a GUI
run them on a worker thread. :class:`Backoff` is pure bookkeeping with injected ``now`` values.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..core.errors import AuthenticatorError, InvalidInput, SecretMissing
from ..core.i18n import N_, Message
from .secrets import SecretStore

if TYPE_CHECKING:  # argon2 itself is imported on first use: the window builds its lock at start-up
    from argon2 import PasswordHasher

#: The keyring item (the "username" under the app's keyring service) that holds the verifier.
ITEM_NAME = "app-lock"
#: Shorter passwords are refused: the lock's only strength is the password (the Argon2 cost just slows guessing).
MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 1024

# Argon2id with 64 MiB, 3 passes, 4 lanes (RFC 9106's second recommended option): ~0.35 s on a laptop core,
# enough to make guessing slow, short enough that unlocking does not feel sluggish.
TIME_COST = 3
MEMORY_COST_KIB = 64 * 1024
PARALLELISM = 4
HASH_LENGTH = 32
SALT_LENGTH = 16

# Bounds for a stored verifier's parameters: generous above the defaults (room to raise them later), far below
# what would stall the app. time × memory bounds the total work: 2 GiB·passes is ~4 s on a laptop.
MAX_MEMORY_COST_KIB = 1024 * 1024
MAX_TIME_COST = 16
MAX_PARALLELISM = 16
MAX_WORK_KIB_PASSES = 2 * 1024 * 1024
MIN_STORED_SALT = 8
MIN_STORED_HASH = 16
MAX_STORED_HASH = 64
MAX_VERIFIER_LENGTH = 512


class AppLockError(AuthenticatorError):
    """The app lock cannot check a password (its verifier is missing or damaged)."""


class VerifierMissing(AppLockError):
    """The lock is enabled but the keyring has no verifier item (deleted with a keyring tool, or a new keyring)."""


class VerifierDamaged(AppLockError):
    """The verifier item is not a usable Argon2id string, or names parameters outside the bounds."""


class PasswordRejected(InvalidInput):
    """A new password that is too short or too long (says which, never repeats it)."""


def new_hasher() -> PasswordHasher:
    """The hasher for new verifiers (explicit parameters, so a library upgrade cannot change them silently)."""
    from argon2 import PasswordHasher, Type

    return PasswordHasher(
        time_cost=TIME_COST,
        memory_cost=MEMORY_COST_KIB,
        parallelism=PARALLELISM,
        hash_len=HASH_LENGTH,
        salt_len=SALT_LENGTH,
        type=Type.ID,
    )


def check_new_password(password: str) -> None:
    """Raise :class:`PasswordRejected` if ``password`` cannot become the lock password."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise PasswordRejected(
            Message("The password is too short: use at least {count} characters.", count=MIN_PASSWORD_LENGTH),
            N_("A few unrelated words make a long password that is easy to remember."),
        )
    if len(password) > MAX_PASSWORD_LENGTH:
        raise PasswordRejected(
            Message("The password is too long: at most {count} characters are accepted.", count=MAX_PASSWORD_LENGTH)
        )


def check_verifier(verifier: str) -> None:
    """Raise :class:`VerifierDamaged` unless ``verifier`` is an Argon2id string with bounded parameters."""
    from argon2 import Type, extract_parameters
    from argon2.exceptions import InvalidHashError

    hint = N_("Turn the lock off (or set a new password) to replace it.")
    if not isinstance(verifier, str) or not verifier.startswith("$argon2id$") or len(verifier) > MAX_VERIFIER_LENGTH:
        raise VerifierDamaged(N_("The app lock's stored password check is not an Argon2id verifier."), hint)
    try:
        params = extract_parameters(verifier)
    except (InvalidHashError, ValueError, TypeError):
        raise VerifierDamaged(N_("The app lock's stored password check is damaged."), hint) from None
    if params.type is not Type.ID:
        raise VerifierDamaged(N_("The app lock's stored password check is not an Argon2id verifier."), hint)
    bounds = (
        1 <= params.time_cost <= MAX_TIME_COST,
        8 * params.parallelism <= params.memory_cost <= MAX_MEMORY_COST_KIB,
        1 <= params.parallelism <= MAX_PARALLELISM,
        params.time_cost * params.memory_cost <= MAX_WORK_KIB_PASSES,
        params.salt_len >= MIN_STORED_SALT,
        MIN_STORED_HASH <= params.hash_len <= MAX_STORED_HASH,
    )
    if not all(bounds):
        raise VerifierDamaged(
            Message(
                "The app lock's stored password check asks for unreasonable Argon2 costs "
                "(t={time}, m={memory} KiB, p={lanes}); it was not used.",
                time=params.time_cost,
                memory=params.memory_cost,
                lanes=params.parallelism,
            ),
            hint,
        )


class AppLock:
    """Set, check, change and remove the lock password; the verifier is one item in ``store``.

    Blocking (keyring and Argon2): call from a worker thread.
    """

    def __init__(self, store: SecretStore, hasher: PasswordHasher | None = None, item: str = ITEM_NAME) -> None:
        self.store = store
        self._hasher = hasher
        self.item = item

    @property
    def hasher(self) -> PasswordHasher:
        if self._hasher is None:
            self._hasher = new_hasher()
        return self._hasher

    @hasher.setter
    def hasher(self, hasher: PasswordHasher) -> None:
        self._hasher = hasher

    def is_set(self) -> bool:
        """True if a verifier item exists (a keyring failure raises, it does not mean "no password")."""
        try:
            self.store.get(self.item)
        except SecretMissing:
            return False
        return True

    def set_password(self, password: str) -> None:
        """Store a verifier for ``password`` (replacing any old one)."""
        check_new_password(password)
        self.store.set(self.item, self.hasher.hash(password))

    def verify(self, password: str) -> bool:
        """True if ``password`` is the lock password.

        Raises :class:`VerifierMissing` / :class:`VerifierDamaged` when there is nothing usable to check
        against, and the store's :class:`~..core.errors.SecretStoreError` when the keyring cannot be read.
        """
        from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

        verifier = self._verifier()
        try:
            self.hasher.verify(verifier, password)
        except VerifyMismatchError:
            return False
        except (VerificationError, InvalidHashError):
            raise VerifierDamaged(
                N_("The app lock's stored password check is damaged."),
                N_("Turn the lock off (or set a new password) to replace it."),
            ) from None
        if self.hasher.check_needs_rehash(verifier):
            self.store.set(self.item, self.hasher.hash(password))  # old parameters: upgrade while we know it
        return True

    def change_password(self, current: str, new: str) -> bool:
        """Replace the password; False (nothing changed) if ``current`` is wrong."""
        check_new_password(new)
        if not self.verify(current):
            return False
        self.store.set(self.item, self.hasher.hash(new))
        return True

    def remove_password(self, current: str) -> bool:
        """Delete the verifier; False (nothing changed) if ``current`` is wrong."""
        if not self.verify(current):
            return False
        self.store.delete(self.item)
        return True

    def forget(self) -> None:
        """Delete the verifier without a password: only for a verifier that is already missing or damaged."""
        self.store.delete(self.item)

    def _verifier(self) -> str:
        try:
            verifier = self.store.get(self.item)
        except SecretMissing:
            raise VerifierMissing(
                N_("The app lock is on, but its password is missing from the keyring."),
                N_("It may have been removed with a keyring tool, or this is a new keyring."),
            ) from None
        check_verifier(verifier)
        return verifier


#: Seconds to wait after the k-th wrong password in a row (k = 1, 2, …; the last value repeats).
DELAYS: tuple[float, ...] = (0, 0, 1, 2, 4, 8, 16, 30)


@dataclass
class Backoff:
    """How long the next try has to wait after wrong passwords: a pure policy, fed ``now`` by the caller.

    Two slips cost nothing; after that each wrong password doubles the wait up to 30 s. Together with the
    ~0.35 s Argon2 check this caps guessing at the keyboard at about two tries a minute. The state lives in
    memory only: restarting the app resets it, but a restart is slower than the first few delays anyway,
    and the settings file (where it could be kept) is the user's to edit.
    """

    delays: tuple[float, ...] = DELAYS
    failures: int = 0
    not_before: float | None = field(default=None)

    def failed(self, now: float) -> float:
        """Note a wrong password at ``now``; returns the wait before the next try (seconds)."""
        self.failures += 1
        delay = float(self.delays[min(self.failures, len(self.delays)) - 1])
        self.not_before = now + delay
        return delay

    def succeeded(self) -> None:
        self.failures = 0
        self.not_before = None

    def remaining(self, now: float) -> float:
        """Seconds until the next try is allowed (0: now). Capped at the longest delay, so a clock that
        jumps backwards (a time correction) cannot lock the user out for longer than that."""
        if self.not_before is None:
            return 0.0
        return min(max(0.0, self.not_before - now), float(max(self.delays)))

    def remaining_whole_seconds(self, now: float) -> int:
        """:meth:`remaining` rounded up, for a "Try again in N s" countdown."""
        return math.ceil(self.remaining(now))

    def allowed(self, now: float) -> bool:
        return self.remaining(now) <= 0


#: Estimated guessing entropy (bits) at or above which a password is called fair / strong.
FAIR_BITS = 45
STRONG_BITS = 65
_COMMON = frozenset(
    {"password", "passw0rd", "password1", "12345678", "123456789", "1234567890", "qwertyui", "qwerty123",
     "iloveyou", "letmein1", "abcdefgh", "11111111", "00000000", "sunshine", "football", "baseball",
     "welcome1", "admin123", "princess", "trustno1"}
)  # fmt: skip


def password_strength(password: str) -> int:
    """A rough strength: 0 too short, 1 weak, 2 fair, 3 strong (a hint for the user, not a rule).

    The estimate is length × log2(alphabet) with runs of one character and common passwords pulled down;
    it is only meant to nudge towards longer passwords.
    """
    if len(password) < MIN_PASSWORD_LENGTH:
        return 0
    if password.lower() in _COMMON or len(set(password)) <= 2:
        return 1
    pool = 0
    pool += 26 if any(c.islower() for c in password) else 0
    pool += 26 if any(c.isupper() for c in password) else 0
    pool += 10 if any(c.isdigit() for c in password) else 0
    pool += 33 if any(not c.isalnum() for c in password) else 0
    distinct = len(set(password))
    bits = min(len(password), 2 * distinct) * math.log2(max(pool, 2))
    if bits >= STRONG_BITS:
        return 3
    if bits >= FAIR_BITS:
        return 2
    return 1
