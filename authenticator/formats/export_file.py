"""Writing an export so that success means the file on disk is readable, and failure changes nothing.

The bytes go to a temporary file beside the target (written and fsynced through
:func:`authenticator.storage.atomic.write_atomic`), are read back *from disk*, and are handed to a check
(decrypt and compare, parse and compare, decode the QR code); only when the check passes is the temporary
file renamed over the target. A write that cannot be verified leaves any previous file untouched and no
temporary file behind.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable
from pathlib import Path

from ..core.errors import AuthenticatorError, InvalidInput
from ..core.i18n import N_, Message
from ..storage.atomic import _fsync_dir, write_atomic


class ExportFailed(AuthenticatorError):
    """The export could not be written or did not read back as written; the previous file is unchanged."""

    exit_code = 6


def write_verified(path: Path, data: bytes, verify: Callable[[bytes], None], mode: int = 0o600) -> None:
    """Write ``data`` to ``path`` only if what lands on disk passes ``verify`` (which raises if not)."""
    path = Path(path)
    if path.is_dir():
        raise InvalidInput(Message("{path} is a folder.", path=path), N_("Give a file name to write the export to."))
    staging = path.with_name(f".{path.name}.{secrets.token_hex(4)}.verify")
    try:
        try:
            write_atomic(staging, data, mode=mode)
            written = staging.read_bytes()
        except OSError as exc:
            raise ExportFailed(
                Message(
                    "The export could not be written to {folder} ({reason}).",
                    folder=path.parent,
                    reason=str(exc.strerror or exc),
                ),
                N_("Check the folder's permissions and free space; nothing was changed."),
            ) from exc
        try:
            verify(written)
        except AuthenticatorError as exc:
            raise ExportFailed(
                Message(
                    "The export did not read back correctly ({reason}); {name} was not written.",
                    reason=exc.message,
                    name=path.name,
                ),
                N_("Try again, or write to another disk; nothing was changed."),
            ) from exc
        try:
            os.replace(staging, path)
        except OSError as exc:
            raise ExportFailed(
                Message(
                    "The export could not be saved as {path} ({reason}).", path=path, reason=str(exc.strerror or exc)
                )
            ) from exc
        _fsync_dir(path.parent)
    finally:
        with contextlib.suppress(OSError):
            staging.unlink()
