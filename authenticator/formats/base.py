"""The contract every importer and exporter follows.

An importer is a :class:`Format` with ``sniff`` (cheap: does this look like mine?), ``is_encrypted`` and
``read`` (bytes + optional password → :class:`ImportResult`). ``read`` never touches files, the keyring
or the GUI, and raises only :class:`FormatError` (or its subclasses): callers, the hypothesis fuzz tests
and the CLI rely on that. One bad entry does not abort an import: it becomes an :class:`EntryError` beside
the good entries (Aegis's habit).

Key derivation parameters read from a file are checked with :mod:`.limits` before anything is derived, so
a hostile file fails in milliseconds instead of exhausting memory or time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from ..core.account import Account
from ..core.errors import InvalidInput


class FormatError(InvalidInput):
    """The file cannot be imported: not this format, damaged, or a KDF parameter out of bounds."""


class PasswordRequired(FormatError):
    """The file is encrypted and no password was given; the caller asks the user and calls again."""


class WrongPassword(FormatError):
    """Decryption failed: the password is wrong (or the file was altered, which looks the same)."""


@dataclass(frozen=True)
class ImportedEntry:
    """One account read from a file: the account (a new id) and its secret as canonical base32."""

    account: Account
    secret: str = field(repr=False)
    #: Extra fields some formats carry (notes, icon names); never secrets.
    note: str = ""


@dataclass(frozen=True)
class EntryError:
    """An entry that could not be imported, and why (the reason names no secret)."""

    index: int
    label: str
    reason: str


@dataclass(frozen=True)
class ImportResult:
    format_name: str
    entries: list[ImportedEntry]
    errors: list[EntryError] = field(default_factory=list)
    encrypted: bool = False


class Format:
    """Base class of one file format. Subclasses set the class attributes and override the methods."""

    #: Stable id used on the command line (``--format``) and in JSON: e.g. "aegis", "2fas", "google-migration".
    name: ClassVar[str] = ""
    #: What the user calls it: "Aegis vault", "2FAS backup".
    title: ClassVar[str] = ""
    #: Whether files of this format can be encrypted (the import UI asks for a password only then).
    can_be_encrypted: ClassVar[bool] = False
    #: Typical file name patterns, for file dialogs: ("*.json",).
    patterns: ClassVar[tuple[str, ...]] = ()

    def sniff(self, data: bytes) -> bool:
        """True when ``data`` looks like this format. Cheap and never raises."""
        raise NotImplementedError

    def is_encrypted(self, data: bytes) -> bool:
        """True when reading ``data`` needs a password. May raise FormatError on garbage."""
        return False

    def read(self, data: bytes, password: str | None = None) -> ImportResult:
        """Parse (and decrypt) ``data``. Raises PasswordRequired, WrongPassword or FormatError only."""
        raise NotImplementedError
