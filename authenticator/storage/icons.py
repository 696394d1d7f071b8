"""Account icons chosen from a file: small PNG files in ``<data dir>/icons/``, one per account.

The GUI decodes and scales the user's picture (Qt reads PNG, JPEG, SVG and WebP) and hands this module the
finished PNG bytes; here they are written atomically and named ``<account id>-<content hash>.png``. The hash
in the name means a changed icon is a new name, so every cache keyed by :attr:`Account.icon` (the GUI's
pixmap cache, another open window) sees the change without being told.

The metadata file stores only that file name. A name is used only when it is a plain file name of the shape
written here, so a damaged or hand-edited metadata file can never make the app read or delete a file outside
the icons folder. Everything here is best effort on the reading side: a missing or damaged icon is simply
not there, and the account shows its default icon.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
from collections.abc import Callable
from pathlib import Path

from ..core.account import Account
from .atomic import write_atomic
from .metadata import ensure_private_dir

log = logging.getLogger(__name__)

ICONS_FOLDER = "icons"
#: The stored icons are at most ICON_SIZE square; the GUI scales pictures down to this before saving.
ICON_SIZE = 128
#: A 128×128 PNG is at most ~65 KB uncompressed; anything much bigger in the folder was not written by us.
MAX_ICON_BYTES = 512 * 1024
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

#: What :func:`save_with_icon` does with the icon: keep it, go back to the default, or store new PNG bytes.
ICON_KEEP: None = None
ICON_DEFAULT = b""
IconChange = bytes | None

_NAME = re.compile(r"^[0-9A-Za-z_]{1,64}(-[0-9a-f]{12})?\.png$")
_UNSAFE = re.compile(r"[^0-9A-Za-z_]")


def icons_dir(data_dir: Path) -> Path:
    return data_dir / ICONS_FOLDER


def is_icon_name(name: str) -> bool:
    """True for a bare file name of the shape :func:`save_icon` writes (no folders, no dot files)."""
    return bool(_NAME.match(name))


def icon_path(data_dir: Path, name: str) -> Path | None:
    """Where the icon called ``name`` lives, or None when the name is not one of ours."""
    return icons_dir(data_dir) / name if is_icon_name(name) else None


def _id_part(account_id: str) -> str:
    """The account id as used in file names (ids are uuid hex; anything else is made safe)."""
    return _UNSAFE.sub("_", account_id)[:64] or "account"


def icon_name_for(account_id: str, png: bytes) -> str:
    return f"{_id_part(account_id)}-{hashlib.sha256(png).hexdigest()[:12]}.png"


def save_icon(data_dir: Path, account_id: str, png: bytes) -> str:
    """Write ``png`` as the account's icon (atomically, private to the user); returns its file name."""
    if not png.startswith(PNG_SIGNATURE):
        raise ValueError("an account icon must be PNG data")
    if len(png) > MAX_ICON_BYTES:
        raise ValueError(f"an account icon must be at most {MAX_ICON_BYTES} bytes")
    folder = icons_dir(data_dir)
    ensure_private_dir(folder)
    name = icon_name_for(account_id, png)
    write_atomic(folder / name, png)
    return name


def read_icon(data_dir: Path, name: str) -> bytes | None:
    """The icon file's bytes, or None when the name is not ours or the file is missing, too big or unreadable."""
    path = icon_path(data_dir, name)
    if path is None:
        return None
    try:
        with open(path, "rb") as handle:
            if os.fstat(handle.fileno()).st_size > MAX_ICON_BYTES:
                return None
            data = handle.read(MAX_ICON_BYTES + 1)
    except OSError:
        return None
    if len(data) > MAX_ICON_BYTES or not data.startswith(PNG_SIGNATURE):
        return None
    return data


def remove_icon(data_dir: Path, name: str) -> None:
    """Delete the icon file called ``name`` if it exists (a name that is not ours is ignored)."""
    path = icon_path(data_dir, name)
    if path is not None:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def remove_account_icons(data_dir: Path, account_id: str) -> int:
    """Delete every icon file of the account (the current one and any left behind); returns how many."""
    folder = icons_dir(data_dir)
    if not folder.is_dir():
        return 0
    stem = _id_part(account_id)
    removed = 0
    for path in folder.glob(f"{stem}*.png"):
        if path.name == f"{stem}.png" or (path.name.startswith(f"{stem}-") and is_icon_name(path.name)):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                removed += 1
    return removed


def save_with_icon(data_dir: Path, account: Account, icon: IconChange, save: Callable[[Account], Account]) -> Account:
    """Save ``account`` with an icon change, in an order that never leaves it pointing at a missing file.

    The new file is written first, then ``save`` (``vault.add`` or ``vault.update``) stores the account with
    the new name; only after that is the file it replaces deleted. If ``save`` fails the new file is removed
    again and the old icon is untouched. If the new file cannot be written (a full disk, an unwritable
    folder), the account is saved with its icon unchanged: the caller sees that ``icon`` is not the returned
    account's and says so; losing a new account (its dialog is closed, its key typed) over a picture is worse.
    """
    if icon is ICON_KEEP:
        return save(account)
    old = account.icon
    new = ""
    if icon:
        try:
            new = save_icon(data_dir, account.id, icon)
        except OSError as exc:
            log.warning("could not write an account icon (%s); saving the account without it", type(exc).__name__)
            return save(account)
    try:
        saved = save(account.with_changes(icon=new))
    except BaseException:
        if new and new != old:
            remove_icon(data_dir, new)
        raise
    if old and old != new:
        try:
            remove_icon(data_dir, old)
        except OSError as exc:  # an unused file is left behind; the account is saved
            log.warning("could not delete a replaced icon (%s)", type(exc).__name__)
    return saved
