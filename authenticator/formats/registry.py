"""Every known format, and picking one by sniffing the content (the extension is only a hint).

Format modules register themselves by being listed in :data:`FORMAT_MODULES`; they are imported on first
use so the CLI and the window start without them.
"""

from __future__ import annotations

import importlib

from ..core.i18n import N_, Message
from .base import Format, FormatError, ImportResult

#: Modules under authenticator.formats that define a ``FORMAT`` (a :class:`Format` instance) or ``FORMATS``
#: (a list of them). Order matters only for sniffing ties: more specific formats first.
FORMAT_MODULES: tuple[str, ...] = (
    # Ente's plain export is an otpauth URI list with codeDisplay=: "ente" sniffs before any generic URI list.
    "freeotp2",
    "stratum",
    "freeotp",
    "proton",
    "ente",
    # Part A importers. andOTP's encrypted backup has no magic number, so it sniffs last of all.
    "aegis",
    "twofas",
    "bitwarden",
    "google_migration",
    "uri_list",
    "andotp",
)

#: A file bigger than this is refused before it is read whole (the largest real export is a few MB).
MAX_IMPORT_BYTES = 20 * 2**20


def formats() -> list[Format]:
    found: list[Format] = []
    for module_name in FORMAT_MODULES:
        module = importlib.import_module(f"{__package__}.{module_name}")
        found.extend(getattr(module, "FORMATS", None) or [module.FORMAT])
    return found


def by_name(name: str) -> Format:
    for fmt in formats():
        if fmt.name == name:
            return fmt
    known = ", ".join(sorted(f.name for f in formats()))
    raise FormatError(
        Message("Unknown format {name}.", name=repr(name)), Message("Known formats: {known}.", known=known)
    )


def detect(data: bytes) -> Format:
    """The format ``data`` is in, by content."""
    if not data.strip():
        raise FormatError(N_("The file is empty."))
    for fmt in formats():
        if fmt.sniff(data):
            return fmt
    raise FormatError(
        N_("This file is not in a format Authenticator can import."),
        N_("Export from the other app again, or name the format with --format."),
    )


def read(data: bytes, password: str | None = None, format_name: str | None = None) -> ImportResult:
    """Detect (or take) the format and read ``data``; raises FormatError (PasswordRequired, WrongPassword)."""
    if len(data) > MAX_IMPORT_BYTES:
        raise FormatError(
            Message(
                "The file is {count} MB; exports are at most a few MB, so this is not one.",
                count=f"{len(data) / 2**20:.0f}",
            ),
            Message("Files above {limit} MB are refused.", limit=MAX_IMPORT_BYTES // 2**20),
        )
    fmt = by_name(format_name) if format_name else detect(data)
    return fmt.read(data, password)
