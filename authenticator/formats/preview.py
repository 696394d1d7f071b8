"""What an import would do, entry by entry, before anything is written (Qt-free: the GUI and the CLI share it).

Each row is *new*, a *duplicate* (the same secret as an account already in the list or earlier in the file,
or the same issuer and name as one in the list) or *unsupported* (the importer could not read the entry, with
its reason). Secrets are compared as bytes, so ``jbsw y3dp`` and ``JBSWY3DP`` are the same secret. The
import itself takes the rows the user kept (by default the new ones) and writes them with
:meth:`authenticator.storage.vault.Vault.add_many`, all or nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from ..core.account import Account
from ..core.errors import AuthenticatorError
from ..core.i18n import Message
from ..core.otp import decode_secret
from .base import ImportResult

if TYPE_CHECKING:
    from ..storage.vault import Vault


class Status(StrEnum):
    NEW = "new"
    DUPLICATE = "duplicate"
    UNSUPPORTED = "unsupported"


@dataclass(frozen=True)
class PreviewRow:
    """One entry of the file. ``account``/``secret`` are None for unsupported entries."""

    row: int  # 1-based, in the order shown: readable entries first (file order), then unreadable ones
    status: Status
    label: str
    account: Account | None = None
    secret: str | None = field(default=None, repr=False)
    reason: str = ""
    duplicate_of: str | None = None  # id of the account already in the list, when there is one

    def to_json(self) -> dict[str, Any]:
        """The row for ``import --json``: parameters and status, never the secret."""
        data: dict[str, Any] = {"row": self.row, "status": self.status.value, "label": self.label}
        if self.account is not None:
            a = self.account
            data.update(
                issuer=a.issuer,
                name=a.name,
                type=a.type.value,
                algorithm=a.algorithm,
                digits=a.digits,
                period=a.period,
                counter=a.counter,
                groups=list(a.groups),
            )
        data["reason"] = self.reason
        data["duplicate_of"] = self.duplicate_of
        return data


def preview(result: ImportResult, vault: Vault) -> list[PreviewRow]:
    """Rows for ``result`` against the accounts in ``vault`` (reads every secret: call off the GUI thread)."""
    vault.load_secrets()
    existing = [(account, vault.cached_secret(account.id)) for account in vault.accounts()]
    return compare(result, existing)


def compare(result: ImportResult, existing: Iterable[tuple[Account, str | None]]) -> list[PreviewRow]:
    """Rows for ``result`` against ``existing`` (account, secret or None when its secret is unreadable)."""
    by_secret: dict[bytes, Account] = {}
    by_title: dict[tuple[str, str], Account] = {}
    for account, secret in existing:
        key = _secret_key(secret)
        if key is not None:
            by_secret.setdefault(key, account)
        if any(_title_key(account)):
            by_title.setdefault(_title_key(account), account)

    rows: list[PreviewRow] = []
    seen_in_file: dict[bytes, int] = {}
    for entry in result.entries:
        account, number = entry.account, len(rows) + 1
        if entry.note and not account.note:
            account = account.with_changes(note=entry.note)
        key = _secret_key(entry.secret)
        twin = by_secret.get(key) if key is not None else None
        if twin is not None:
            row = PreviewRow(
                number,
                Status.DUPLICATE,
                account.title,
                account,
                entry.secret,
                Message("Same secret as {title}.", title=twin.title),
                twin.id,
            )
        elif key is not None and key in seen_in_file:
            reason = Message("Same secret as row {row} of this file.", row=seen_in_file[key])
            row = PreviewRow(number, Status.DUPLICATE, account.title, account, entry.secret, reason)
        elif (named := by_title.get(_title_key(account))) is not None:
            reason = Message(
                "An account named {title} is already in the list (with another secret).", title=named.title
            )
            row = PreviewRow(number, Status.DUPLICATE, account.title, account, entry.secret, reason, named.id)
        else:
            row = PreviewRow(number, Status.NEW, account.title, account, entry.secret)
        if key is not None:
            seen_in_file.setdefault(key, number)
        rows.append(row)
    for error in result.errors:
        rows.append(PreviewRow(len(rows) + 1, Status.UNSUPPORTED, error.label, reason=error.reason))
    return rows


def chosen(rows: Sequence[PreviewRow], *, include_duplicates: bool = False) -> list[tuple[Account, str]]:
    """The (account, secret) pairs an import writes: the new rows, plus duplicates when asked."""
    wanted = {Status.NEW, Status.DUPLICATE} if include_duplicates else {Status.NEW}
    return [
        (row.account, row.secret)
        for row in rows
        if row.status in wanted and row.account is not None and row.secret is not None
    ]


def _secret_key(secret: str | None) -> bytes | None:
    if not secret:
        return None
    try:
        return decode_secret(secret)
    except AuthenticatorError:
        return None


def _title_key(account: Account) -> tuple[str, str]:
    return (account.issuer.strip().casefold(), account.name.strip().casefold())
