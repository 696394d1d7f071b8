"""Backup (recovery) codes per account, kept in the OS keyring beside the account's secret.

Services hand out a set of one-time recovery codes with two-factor login. They are as sensitive as the
secret (each one logs in without the second factor), so they live where the secret lives: a second keyring
item per account, named ``"<account id>:backup-codes"`` in the same keyring service, holding a JSON list of
``{"code": …, "used": …}``. They never go into the metadata file. The item is written through the
:class:`~.secrets.SecretStore` interface (its ``get``/``set``/``delete`` take any item name), so the
in-memory store used by unit tests works unchanged; :meth:`.vault.Vault.remove` deletes it with the account.

A new set replaces the old one whole: services void the old codes when they issue new ones, so merging would
only keep dead codes around. Marking a code used is what makes "how many are left" mean something; a used
code is kept (marked) so the user can see which ones they spent.

Codes are secrets: no message, repr or log line here contains one.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..core.errors import InvalidInput, SecretMissing
from ..core.i18n import N_, Message
from .secrets import SecretStore

#: The keyring item name is the account id plus this suffix.
ITEM_SUFFIX = ":backup-codes"
#: At or below this many unused codes the user is warned to get a new set.
LOW_REMAINING = 2
MAX_CODES = 100
MAX_CODE_LENGTH = 64

# Between codes: line breaks, commas, semicolons, tabs, or two or more spaces. One space stays inside a code,
# because services print codes as "1234 5678" (Google) and a person copies them that way.
_BETWEEN = re.compile(r"[\r\n,;\t]+| {2,}")
_BULLET = re.compile(r"^(?:[-*•·]|\(?\d{1,3}[.)])\s+")
_IGNORED_IN_MATCH = re.compile(r"[\s\-]")


class BackupCodeError(InvalidInput):
    """A backup code that cannot be used or stored (never repeats the code itself)."""


def item_name(account_id: str) -> str:
    """The keyring item that holds an account's backup codes."""
    return f"{account_id}{ITEM_SUFFIX}"


def normalize_code(code: str) -> str:
    """The form codes are compared in: case, spaces and dashes do not matter ("abcd-1234" = "ABCD 1234")."""
    return _IGNORED_IN_MATCH.sub("", code).casefold()


@dataclass(frozen=True)
class BackupCode:
    code: str = field(repr=False)
    used: bool = False

    def to_json(self) -> dict[str, object]:
        return {"code": self.code, "used": self.used}


@dataclass(frozen=True)
class BackupCodes:
    """An account's set of codes, in the order the service listed them."""

    codes: tuple[BackupCode, ...] = ()

    @property
    def total(self) -> int:
        return len(self.codes)

    @property
    def remaining(self) -> int:
        return sum(1 for c in self.codes if not c.used)

    @property
    def low(self) -> bool:
        """True when a set exists and at most :data:`LOW_REMAINING` codes are left: time to get a new set."""
        return bool(self.codes) and self.remaining <= LOW_REMAINING

    def next_unused(self) -> BackupCode | None:
        """The code to copy next (the first unused one)."""
        return next((c for c in self.codes if not c.used), None)

    def to_json(self) -> dict[str, object]:
        return {
            "codes": [c.to_json() for c in self.codes],
            "total": self.total,
            "remaining": self.remaining,
            "low": self.low,
        }


def parse_codes(text: str) -> list[str]:
    """The codes in pasted or typed text, in order, without duplicates.

    Codes may be separated by line breaks, commas, semicolons, tabs or two or more spaces; list bullets and
    numbering ("1.", "2)", "-") are dropped. A single space stays inside a code ("1234 5678"), unless every
    part is at least 6 characters long, which no service's code groups are: then the parts are codes.
    """
    codes: list[str] = []
    seen: set[str] = set()
    for chunk in _BETWEEN.split(text):
        chunk = _BULLET.sub("", chunk.strip()).strip()
        if not chunk:
            continue
        parts = chunk.split(" ")
        for part in parts if len(parts) > 1 and all(len(p) >= 6 for p in parts) else [chunk]:
            key = normalize_code(part)
            if key and key not in seen:
                seen.add(key)
                codes.append(part)
    return codes


class BackupCodeStore:
    """Reads and writes backup codes in the same secret store (keyring service) as the account secrets."""

    def __init__(self, secrets: SecretStore) -> None:
        self.secrets = secrets

    def get(self, account_id: str) -> BackupCodes:
        """The account's codes; an empty set when none were stored."""
        try:
            raw = self.secrets.get(item_name(account_id))
        except SecretMissing:
            return BackupCodes()
        return _decode(raw)

    def replace(self, account_id: str, codes: Iterable[str]) -> BackupCodes:
        """Store a new set, discarding the old one (the service voided it). An empty set removes the item."""
        cleaned = _validate(list(codes))
        if not cleaned:
            self.clear(account_id)
            return BackupCodes()
        result = BackupCodes(tuple(BackupCode(c) for c in cleaned))
        self._save(account_id, result)
        return result

    def use(self, account_id: str, code: str) -> BackupCodes:
        """Mark ``code`` used (each works once); refuses a code not in the set or already used."""
        current = self.get(account_id)
        wanted = normalize_code(code)
        if not wanted:
            raise BackupCodeError(N_("The backup code is empty."), N_("Give one of the account's backup codes."))
        if not current.codes:
            raise BackupCodeError(N_("This account has no backup codes stored."), N_("Add the service's codes first."))
        index = next((i for i, c in enumerate(current.codes) if normalize_code(c.code) == wanted), None)
        if index is None:
            raise BackupCodeError(
                N_("That code is not one of this account's backup codes."),
                N_("Check for typos; codes of an older set no longer work once the service issued new ones."),
            )
        if current.codes[index].used:
            raise BackupCodeError(N_("That backup code was already used; each works only once."))
        codes = list(current.codes)
        codes[index] = BackupCode(codes[index].code, used=True)
        result = BackupCodes(tuple(codes))
        self._save(account_id, result)
        return result

    def clear(self, account_id: str) -> None:
        """Forget the account's codes (an item that is already gone is not an error)."""
        self.secrets.delete(item_name(account_id))

    def _save(self, account_id: str, codes: BackupCodes) -> None:
        payload = {"version": 1, "codes": [c.to_json() for c in codes.codes]}
        self.secrets.set(item_name(account_id), json.dumps(payload, ensure_ascii=False, separators=(",", ":")))


def _validate(codes: list[str]) -> list[str]:
    cleaned: list[str] = []
    seen: set[str] = set()
    for number, code in enumerate(codes, start=1):
        text = code.strip()
        if not text:
            continue
        if len(text) > MAX_CODE_LENGTH:
            raise BackupCodeError(
                Message(
                    "Backup code {number} is {count} characters long; the limit is {limit}.",
                    number=number,
                    count=len(text),
                    limit=MAX_CODE_LENGTH,
                ),
                N_("Put each code on its own line."),
            )
        if not text.isprintable():
            raise BackupCodeError(Message("Backup code {number} contains a control character.", number=number))
        key = normalize_code(text)
        if key not in seen:
            seen.add(key)
            cleaned.append(text)
    if len(cleaned) > MAX_CODES:
        raise BackupCodeError(
            Message(
                "{count} backup codes is more than any service issues (limit {limit}).",
                count=len(cleaned),
                limit=MAX_CODES,
            )
        )
    return cleaned


def _decode(raw: str) -> BackupCodes:
    """The stored JSON; a damaged item is an error that names no code."""
    try:
        data = json.loads(raw)
        items = data["codes"] if isinstance(data, dict) else data
        return BackupCodes(tuple(BackupCode(str(i["code"]), bool(i.get("used", False))) for i in items))
    except (ValueError, TypeError, KeyError, AttributeError):
        raise BackupCodeError(
            N_("The stored backup codes are damaged."), N_("Add the service's current codes again to replace them.")
        ) from None
