"""How the CLI shows things: account objects for JSON, ISO times, aligned plain-text tables, stderr lines.

The JSON keys here are a contract with scripts: add keys, never rename or remove them. Nothing here ever
receives a secret, so nothing here can print one.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..core.account import Account
    from ..core.uri import UriWarning

PROG = "authenticator"


def account_json(account: Account) -> dict[str, Any]:
    """The public view of an account for ``list --json`` and friends: parameters, never the secret."""
    return {
        "id": account.id,
        "issuer": account.issuer,
        "name": account.name,
        "type": account.type.value,
        "algorithm": account.algorithm,
        "digits": account.digits,
        "period": account.period,
        "counter": account.counter,
        "position": account.position,
        "url": account.url,
        "note": account.note,
        "groups": list(account.groups),
        "favourite": account.favourite,
    }


def warnings_json(warnings: list[UriWarning]) -> list[dict[str, str]]:
    return [{"code": w.code, "message": w.message} for w in warnings]


def iso_utc(when: float) -> str:
    """``2026-11-28T12:00:00Z``; fractions of a second only when there are some."""
    moment = datetime.fromtimestamp(when, UTC)
    text = moment.isoformat(timespec="microseconds" if moment.microsecond else "seconds")
    return text.replace("+00:00", "Z")


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def print_table(rows: list[list[str]]) -> None:
    """Columns separated by two spaces and padded to line up; the last column is not padded."""
    if not rows:
        return
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)] + [row[-1]]
        sys.stdout.write("  ".join(cells).rstrip() + "\n")


def warn(message: str) -> None:
    sys.stderr.write(f"{PROG}: warning: {message}\n")


def note(message: str) -> None:
    sys.stderr.write(f"{PROG}: {message}\n")


def error(message: str, hint: str = "", candidates: list[str] | None = None) -> None:
    sys.stderr.write(f"{PROG}: error: {message}\n")
    if hint:
        sys.stderr.write(f"hint: {hint}\n")
    for candidate in candidates or []:
        sys.stderr.write(f"  {candidate}\n")
